//! Invoice PDFs (BIL-4): a paid final invoice or any pro forma, drawn with `lopdf` in
//! the invoice's own language — the organization's logo and billing address, the
//! number, dates, lines, subtotal, VAT and total; a pro forma says in large letters that
//! it has no legal, tax or accounting value. Text uses the standard Helvetica fonts in
//! WinAnsi encoding (every character of French and English), so no font file ships.

use app::invoices::api::{DownloadInvoicePdf, InvoiceDetail, InvoicePdf};
use base64::Engine;
use domain::i18n::InvoicesMsg;
use domain::invoice::{may_download, InvoiceKind};
use domain::locale::{self, Locale};
use domain::{Action, Lang, Money};
use lopdf::content::{Content, Operation};
use lopdf::{dictionary, Document, Object, Stream, StringFormat};

use super::invoices::{checked_id, detail, refused};
use crate::caller::Caller;
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::org_access::OrgMember;

const PAGE_W: f32 = 595.0;
const PAGE_H: f32 = 842.0;
const MARGIN: f32 = 50.0;
const RIGHT: f32 = PAGE_W - MARGIN;
/// Below this a page is full.
const BOTTOM: f32 = 90.0;

pub async fn download(
    cx: Ctx,
    caller: Caller,
    DownloadInvoicePdf { org_id, invoice_id }: DownloadInvoicePdf,
) -> Result<InvoicePdf> {
    checked_id(&invoice_id)?;
    let member = OrgMember::load(&cx, &caller, &org_id).await?;
    member.authorize(&Action::ViewBilling)?;
    let invoice = detail(cx.pool(), &org_id, &invoice_id).await?;
    may_download(invoice.summary.kind, invoice.summary.status).map_err(refused)?;
    let (lang,): (String,) =
        sqlx::query_as("SELECT lang FROM invoices WHERE id = $1").bind(&invoice_id).fetch_one(cx.pool()).await?;
    let lang = Lang::from_tag(&lang).unwrap_or_default();
    let logo =
        crate::features::settings::store::logo(cx.pool(), &org_id, domain::org_details::LogoKind::Square).await?;
    let logo = logo.and_then(|b64| base64::engine::general_purpose::STANDARD.decode(b64).ok());
    let bytes = render(&invoice, lang, logo.as_deref())?;
    Ok(InvoicePdf {
        filename: format!("{}.pdf", invoice.summary.number),
        pdf_base64: base64::engine::general_purpose::STANDARD.encode(bytes),
    })
}

/// A character in WinAnsiEncoding (PDF 1.7, annex D), `?` when it has none.
fn win_ansi(c: char) -> u8 {
    match c {
        ' '..='~' => c as u8,
        '\u{a0}' | '\u{202f}' => 0xa0,
        '\u{a1}'..='\u{ff}' => c as u32 as u8,
        '€' => 0x80,
        '‚' => 0x82,
        '„' => 0x84,
        '…' => 0x85,
        'Œ' => 0x8c,
        '‘' => 0x91,
        '’' => 0x92,
        '“' => 0x93,
        '”' => 0x94,
        '•' => 0x95,
        '–' => 0x96,
        '—' => 0x97,
        '™' => 0x99,
        'œ' => 0x9c,
        'Ÿ' => 0x9f,
        _ => b'?',
    }
}

fn encode(text: &str) -> Object {
    Object::String(text.chars().map(win_ansi).collect(), StringFormat::Literal)
}

/// Helvetica's advance widths (per 1000) for what amounts and numbers are made of; other
/// characters count as an average letter. Enough to align amounts on the right.
fn width(text: &str, size: f32) -> f32 {
    let units: u32 = text
        .chars()
        .map(|c| match c {
            '0'..='9' => 556,
            ' ' | '.' | ',' | '\u{a0}' | '\u{202f}' | ':' | 'i' | 'l' | 'j' | 'I' | 'f' | 't' => 278,
            '-' | '(' | ')' | 'r' => 333,
            '%' => 889,
            'm' | 'M' | 'W' => 833,
            'A'..='Z' => 700,
            _ => 540,
        })
        .sum();
    units as f32 * size / 1000.0
}

/// Cuts `text` into lines of at most `max` characters, at spaces when it can.
fn wrap(text: &str, max: usize) -> Vec<String> {
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        for word in paragraph.split_whitespace() {
            let mut word = word.to_string();
            while word.chars().count() > max {
                if !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                }
                let head: String = word.chars().take(max).collect();
                word = word.chars().skip(max).collect();
                lines.push(head);
            }
            if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > max {
                lines.push(std::mem::take(&mut line));
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(&word);
        }
        if !line.is_empty() {
            lines.push(line);
        }
    }
    lines
}

/// The pages being drawn: operations of each page, and the current height.
struct Pages {
    pages: Vec<Vec<Operation>>,
    y: f32,
}

impl Pages {
    fn new() -> Pages {
        Pages { pages: vec![Vec::new()], y: PAGE_H - MARGIN }
    }

    fn ops(&mut self) -> &mut Vec<Operation> {
        self.pages.last_mut().expect("a page")
    }

    fn text_at(&mut self, x: f32, y: f32, text: &str, size: f32, bold: bool) {
        let font = if bold { "F2" } else { "F1" };
        let ops = self.ops();
        ops.push(Operation::new("BT", vec![]));
        ops.push(Operation::new("Tf", vec![font.into(), size.into()]));
        ops.push(Operation::new("Td", vec![x.into(), y.into()]));
        ops.push(Operation::new("Tj", vec![encode(text)]));
        ops.push(Operation::new("ET", vec![]));
    }

    fn right_at(&mut self, right: f32, y: f32, text: &str, size: f32, bold: bool) {
        self.text_at(right - width(text, size), y, text, size, bold);
    }

    /// A line of text at the current height, then down.
    fn line(&mut self, text: &str, size: f32, bold: bool) {
        self.room(size * 1.4);
        let y = self.y;
        self.text_at(MARGIN, y, text, size, bold);
        self.y -= size * 1.4;
    }

    fn rule(&mut self) {
        let y = self.y + 4.0;
        let ops = self.ops();
        ops.push(Operation::new("w", vec![0.5.into()]));
        ops.push(Operation::new("m", vec![MARGIN.into(), y.into()]));
        ops.push(Operation::new("l", vec![RIGHT.into(), y.into()]));
        ops.push(Operation::new("S", vec![]));
        self.y -= 8.0;
    }

    /// A new page when `needed` points do not fit.
    fn room(&mut self, needed: f32) {
        if self.y - needed < BOTTOM {
            self.pages.push(Vec::new());
            self.y = PAGE_H - MARGIN;
        }
    }

    fn colour(&mut self, r: f32, g: f32, b: f32) {
        self.ops().push(Operation::new("rg", vec![r.into(), g.into(), b.into()]));
    }
}

/// A logo decoded by content (PNG or JPEG, as stored), flattened on white, as an image
/// XObject; `None` when it does not decode.
fn logo_object(bytes: &[u8]) -> Option<(Stream, u32, u32)> {
    let img = image::load_from_memory(bytes).ok()?.to_rgba8();
    let (w, h) = img.dimensions();
    let mut rgb = Vec::with_capacity((w * h * 3) as usize);
    for p in img.pixels() {
        let a = u32::from(p[3]);
        for c in 0..3 {
            rgb.push(((u32::from(p[c]) * a + 255 * (255 - a)) / 255) as u8);
        }
    }
    let mut stream = Stream::new(
        dictionary! {
            "Type" => "XObject",
            "Subtype" => "Image",
            "Width" => i64::from(w),
            "Height" => i64::from(h),
            "ColorSpace" => "DeviceRGB",
            "BitsPerComponent" => 8,
        },
        rgb,
    );
    let _ = stream.compress();
    Some((stream, w, h))
}

fn money(minor: i64, inv: &InvoiceDetail, lang: Lang) -> String {
    Money::new(minor, inv.summary.currency).format(lang)
}

/// The invoice's locale: its language, written the way its currency's country writes.
fn locale(inv: &InvoiceDetail, lang: Lang) -> Locale {
    Locale::for_money(lang, inv.summary.currency)
}

/// The PDF of `inv`, in `lang`, with the organization's logo when it has one.
pub fn render(inv: &InvoiceDetail, lang: Lang, logo: Option<&[u8]>) -> Result<Vec<u8>> {
    let pro_forma = inv.summary.kind == InvoiceKind::ProForma;
    let t = |m: InvoicesMsg| m.text(lang);
    let mut p = Pages::new();
    let logo = logo.and_then(logo_object);

    // Head: the logo at top right, the title and number at left.
    if let Some((_, w, h)) = &logo {
        let side = 64.0_f32;
        let (dw, dh) = if w >= h { (side, side * *h as f32 / *w as f32) } else { (side * *w as f32 / *h as f32, side) };
        let ops = p.ops();
        ops.push(Operation::new("q", vec![]));
        ops.push(Operation::new(
            "cm",
            vec![dw.into(), 0.into(), 0.into(), dh.into(), (RIGHT - dw).into(), (PAGE_H - MARGIN - dh).into()],
        ));
        ops.push(Operation::new("Do", vec!["Logo".into()]));
        ops.push(Operation::new("Q", vec![]));
    }
    p.line(t(if pro_forma { InvoicesMsg::PdfProForma } else { InvoicesMsg::PdfInvoice }), 22.0, true);
    p.line(&InvoicesMsg::PdfNumber.fill(lang, &[("number", &inv.summary.number)]), 11.0, false);
    p.line(
        &InvoicesMsg::IssuedOn.fill(lang, &[("date", &locale::date(inv.summary.issued_at, locale(inv, lang)))]),
        11.0,
        false,
    );
    if let Some(due) = inv.summary.due_at.filter(|_| !pro_forma) {
        p.line(&InvoicesMsg::DueOn.fill(lang, &[("date", &locale::date(due, locale(inv, lang)))]), 11.0, false);
    }
    p.y -= 8.0;
    if pro_forma {
        p.y -= 8.0;
        // In large letters, in red, before anything else can be read as an invoice.
        p.colour(0.75, 0.05, 0.05);
        for l in wrap(t(InvoicesMsg::ProFormaWarning), 34) {
            p.line(&l, 22.0, true);
        }
        p.colour(0.0, 0.0, 0.0);
        p.y -= 6.0;
    }

    // To whom.
    p.line(t(InvoicesMsg::BilledTo), 10.0, true);
    for l in wrap(&inv.billing_name, 60) {
        p.line(&l, 11.0, false);
    }
    for l in wrap(&inv.billing_address, 60) {
        p.line(&l, 11.0, false);
    }
    p.y -= 10.0;
    p.line(&InvoicesMsg::PdfCurrency.fill(lang, &[("currency", inv.summary.currency.code())]), 9.0, false);

    // Lines.
    let (x_qty, x_unit, x_amount) = (RIGHT - 210.0, RIGHT - 95.0, RIGHT);
    let head = |p: &mut Pages| {
        p.room(30.0);
        let y = p.y;
        p.text_at(MARGIN, y, t(InvoicesMsg::ColDescription), 9.0, true);
        p.right_at(x_qty, y, t(InvoicesMsg::ColQuantity), 9.0, true);
        p.right_at(x_unit, y, t(InvoicesMsg::ColUnit), 9.0, true);
        p.right_at(x_amount, y, t(InvoicesMsg::ColAmount), 9.0, true);
        p.y -= 14.0;
        p.rule();
    };
    head(&mut p);
    for line in &inv.lines {
        let mut texts = wrap(&line.description, 48);
        if line.discount_minor != 0 {
            texts.push(format!("{}: -{}", t(InvoicesMsg::ColDiscount), money(line.discount_minor, inv, lang)));
        }
        let needed = 14.0 * texts.len() as f32 + 4.0;
        if p.y - needed < BOTTOM {
            p.room(f32::MAX);
            head(&mut p);
        }
        let y = p.y;
        p.right_at(x_qty, y, &line.quantity.to_string(), 10.0, false);
        p.right_at(x_unit, y, &money(line.unit_minor, inv, lang), 10.0, false);
        p.right_at(x_amount, y, &money(line.amount_minor, inv, lang), 10.0, false);
        for text in texts {
            let y = p.y;
            p.text_at(MARGIN, y, &text, 10.0, false);
            p.y -= 14.0;
        }
        p.y -= 4.0;
    }
    p.rule();

    // Totals.
    p.room(70.0);
    let rate = locale::rate_bp(inv.vat_rate_bp, locale(inv, lang));
    let rows = [
        (t(InvoicesMsg::Subtotal).to_string(), money(inv.subtotal_minor, inv, lang), false),
        (InvoicesMsg::Vat.fill(lang, &[("rate", &rate)]), money(inv.vat_minor, inv, lang), false),
        (t(InvoicesMsg::TotalDue).to_string(), money(inv.summary.total_minor, inv, lang), true),
    ];
    for (label, amount, bold) in rows {
        let y = p.y;
        p.right_at(x_unit, y, &label, 11.0, bold);
        p.right_at(x_amount, y, &amount, 11.0, bold);
        p.y -= 16.0;
    }
    p.y -= 10.0;
    if let Some(paid) = inv.summary.paid_at.filter(|_| !pro_forma) {
        p.line(&InvoicesMsg::PdfPaid.fill(lang, &[("date", &locale::date(paid, locale(inv, lang)))]), 11.0, false);
    }
    if !inv.gathers.is_empty() {
        for l in wrap(&InvoicesMsg::ProFormaOf.fill(lang, &[("numbers", &inv.gathers.join(", "))]), 90) {
            p.line(&l, 9.0, false);
        }
    }

    // Every page's foot: the product, the page, and for a pro forma the warning again.
    let count = p.pages.len();
    let foot = t(InvoicesMsg::PdfFooter);
    for (i, ops) in p.pages.iter_mut().enumerate() {
        let mut page = Pages { pages: vec![std::mem::take(ops)], y: 0.0 };
        page.colour(0.3, 0.3, 0.3);
        page.text_at(MARGIN, 40.0, foot, 8.0, false);
        page.right_at(RIGHT, 40.0, &format!("{} / {count}", i + 1), 8.0, false);
        if pro_forma {
            page.colour(0.75, 0.05, 0.05);
            page.text_at(MARGIN, 56.0, t(InvoicesMsg::ProFormaWarning), 10.0, true);
        }
        *ops = page.pages.pop().unwrap_or_default();
    }
    write(p.pages, logo.map(|(s, _, _)| s), &inv.summary.number)
}

fn write(pages: Vec<Vec<Operation>>, logo: Option<Stream>, title: &str) -> Result<Vec<u8>> {
    let pdf = |e: lopdf::Error| Error::Internal(anyhow::anyhow!("pdf: {e}"));
    let mut doc = Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let font = |name: &str| {
        dictionary! { "Type" => "Font", "Subtype" => "Type1", "BaseFont" => name.to_string(), "Encoding" => "WinAnsiEncoding" }
    };
    let regular = doc.add_object(font("Helvetica"));
    let bold = doc.add_object(font("Helvetica-Bold"));
    let mut resources = dictionary! { "Font" => dictionary! { "F1" => regular, "F2" => bold } };
    if let Some(logo) = logo {
        let id = doc.add_object(logo);
        resources.set("XObject", dictionary! { "Logo" => id });
    }
    let resources_id = doc.add_object(resources);
    let mut kids = Vec::new();
    for ops in pages {
        let content = Content { operations: ops }.encode().map_err(pdf)?;
        let mut stream = Stream::new(dictionary! {}, content);
        let _ = stream.compress();
        let content_id = doc.add_object(stream);
        let page_id = doc.add_object(dictionary! { "Type" => "Page", "Parent" => pages_id, "Contents" => content_id });
        kids.push(Object::from(page_id));
    }
    let count = kids.len() as i64;
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! {
            "Type" => "Pages",
            "Kids" => kids,
            "Count" => count,
            "Resources" => resources_id,
            "MediaBox" => vec![0.into(), 0.into(), (PAGE_W as i64).into(), (PAGE_H as i64).into()],
        }),
    );
    let catalog_id = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog_id);
    let info_id =
        doc.add_object(dictionary! { "Title" => encode(title), "Producer" => Object::string_literal("Orga") });
    doc.trailer.set("Info", info_id);
    let mut out = Vec::new();
    doc.save_to(&mut out).map_err(|e| Error::Internal(anyhow::anyhow!("pdf: {e}")))?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_text_are_printed_as_written() {
        assert_eq!(
            encode("Échéance — 8,10 €"),
            Object::String(b"\xc9ch\xe9ance \x97 8,10 \x80".to_vec(), StringFormat::Literal)
        );
        assert_eq!(wrap("a bb ccc", 4), vec!["a bb", "ccc"]);
        assert_eq!(wrap("abcdefghij", 4), vec!["abcd", "efgh", "ij"]);
    }
}
