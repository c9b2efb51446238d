//! Invoices (BIL-4, BIL-5): the history (keyset pages, newest first), one invoice, the
//! unpaid ones, paying one, and a pro forma gathering unpaid ones. Reads need
//! `Action::ViewBilling`, paying and pro formas `Action::Pay`; every query names the
//! organization, so another organization's invoice is `not_found`.

use app::invoices::api::{
    InvoiceCursor, InvoiceDetail, InvoiceLine, InvoicePage, InvoiceSummary, InvoicesToPay, ListInvoices, MakeProForma,
    PayAnswer, PayInvoice, PayMeans, PayOutcome, ProFormaAnswer, INVOICES_PER_PAGE,
};
use app::AppError;
use domain::invoice::{awaits_payment, pro_forma_selection, InvoiceKind, InvoiceRefusal, InvoiceStatus};
use domain::{Action, Currency, Lang};
use serde_json::json;
use sqlx::{Any, Executor};

use super::invoicing::{self, NewLine};
use super::payment::{self, Means, Paid};
use crate::audit::{self, Entry};
use crate::caller::Caller;
use crate::context::{Ctx, Tx};
use crate::error::Result;
use crate::features::organizations::store::organization_name;
use crate::org_access::{LockedOrg, OrgMember};

/// No id is longer: a longer one names nothing.
pub const ID_MAX_CHARS: usize = 100;

const SUMMARY: &str = "id, number, kind, status, issued_at, due_at, paid_at, currency, total_minor";

#[derive(sqlx::FromRow)]
pub struct SummaryRow {
    id: String,
    number: String,
    kind: String,
    status: String,
    issued_at: i64,
    due_at: Option<i64>,
    paid_at: Option<i64>,
    currency: String,
    total_minor: i64,
}

impl SummaryRow {
    pub fn summary(self) -> InvoiceSummary {
        InvoiceSummary {
            kind: InvoiceKind::parse(&self.kind).unwrap_or(InvoiceKind::Final),
            status: InvoiceStatus::parse(&self.status).unwrap_or(InvoiceStatus::Unpaid),
            currency: Currency::parse(&self.currency).unwrap_or(Currency::Eur),
            id: self.id,
            number: self.number,
            issued_at: self.issued_at,
            due_at: self.due_at,
            paid_at: self.paid_at,
            total_minor: self.total_minor,
        }
    }
}

/// An id the caller sent: too long is a request no browser sends.
pub fn checked_id(id: &str) -> Result<()> {
    if id.is_empty() || id.chars().count() > ID_MAX_CHARS {
        return Err(AppError::NotFound.into());
    }
    Ok(())
}

pub fn refused(reason: InvoiceRefusal) -> crate::error::Error {
    AppError::InvoiceRefused { reason }.into()
}

/// One invoice of the organization, or `not_found`.
pub async fn summary<'e, E: Executor<'e, Database = Any>>(ex: E, org_id: &str, id: &str) -> Result<InvoiceSummary> {
    let row: Option<SummaryRow> =
        sqlx::query_as(&format!("SELECT {SUMMARY} FROM invoices WHERE id = $1 AND org_id = $2"))
            .bind(id)
            .bind(org_id)
            .fetch_optional(ex)
            .await?;
    row.map(SummaryRow::summary).ok_or_else(|| AppError::NotFound.into())
}

/// The caller's language, for what is printed on their behalf.
pub async fn user_lang<'e, E: Executor<'e, Database = Any>>(ex: E, user_id: &str) -> Result<Lang> {
    let (lang,): (String,) = sqlx::query_as("SELECT lang FROM users WHERE id = $1").bind(user_id).fetch_one(ex).await?;
    Ok(Lang::from_tag(&lang).unwrap_or_default())
}

pub async fn list(
    cx: Ctx,
    caller: Caller,
    ListInvoices { org_id, status, after }: ListInvoices,
) -> Result<InvoicePage> {
    if let Some(c) = &after {
        checked_id(&c.id)?;
    }
    let member = OrgMember::load(&cx, &caller, &org_id).await?;
    member.authorize(&Action::ViewBilling)?;
    let limit = i64::from(INVOICES_PER_PAGE) + 1;
    let (after_at, after_id) = after.map(|c| (c.issued_at, c.id)).unwrap_or((i64::MAX, String::new()));
    // Newest first; the cursor is the last invoice shown: older ones, or as old with a
    // smaller id. Without a cursor every invoice qualifies.
    let mut sql = format!(
        "SELECT {SUMMARY} FROM invoices WHERE org_id = $1 \
         AND (issued_at < $2 OR (issued_at = $2 AND ($3 = '' OR id < $3)))"
    );
    if status.is_some() {
        sql.push_str(" AND status = $5");
    }
    sql.push_str(" ORDER BY issued_at DESC, id DESC LIMIT $4");
    let mut q = sqlx::query_as::<_, SummaryRow>(&sql).bind(&org_id).bind(after_at).bind(&after_id).bind(limit);
    if let Some(s) = status {
        q = q.bind(s.code());
    }
    let mut rows = q.fetch_all(cx.pool()).await?;
    let more = rows.len() as i64 > i64::from(INVOICES_PER_PAGE);
    rows.truncate(INVOICES_PER_PAGE as usize);
    let invoices: Vec<InvoiceSummary> = rows.into_iter().map(SummaryRow::summary).collect();
    let next =
        if more { invoices.last().map(|i| InvoiceCursor { issued_at: i.issued_at, id: i.id.clone() }) } else { None };
    Ok(InvoicePage { org_name: organization_name(cx.pool(), &org_id).await?, invoices, next })
}

/// The whole invoice, as printed.
pub async fn detail<'e, E>(ex: E, org_id: &str, id: &str) -> Result<InvoiceDetail>
where
    E: Executor<'e, Database = Any> + Copy,
{
    let summary = summary(ex, org_id, id).await?;
    type Row = (Option<String>, Option<String>, i64, i64, i64);
    let (name, address, subtotal, vat, rate): Row = sqlx::query_as(
        "SELECT billing_name, billing_address, subtotal_minor, vat_minor, vat_rate_bp FROM invoices WHERE id = $1",
    )
    .bind(id)
    .fetch_one(ex)
    .await?;
    let lines: Vec<(String, i64, i64, i64)> = sqlx::query_as(
        "SELECT description, quantity, unit_minor, discount_minor FROM invoice_lines WHERE invoice_id = $1 \
         ORDER BY position, id",
    )
    .bind(id)
    .fetch_all(ex)
    .await?;
    let gathers: Vec<(String,)> = sqlx::query_as(
        "SELECT i.number FROM pro_forma_items p JOIN invoices i ON i.id = p.invoice_id \
         WHERE p.pro_forma_id = $1 ORDER BY i.issued_at, i.number",
    )
    .bind(id)
    .fetch_all(ex)
    .await?;
    Ok(InvoiceDetail {
        summary,
        billing_name: name.unwrap_or_default(),
        billing_address: address.unwrap_or_default(),
        lines: lines
            .into_iter()
            .map(|(description, quantity, unit_minor, discount_minor)| InvoiceLine {
                description,
                quantity,
                unit_minor,
                discount_minor,
                amount_minor: quantity.saturating_mul(unit_minor).saturating_sub(discount_minor),
            })
            .collect(),
        subtotal_minor: subtotal,
        vat_minor: vat,
        vat_rate_bp: rate,
        gathers: gathers.into_iter().map(|g| g.0).collect(),
    })
}

pub async fn get(
    cx: Ctx,
    caller: Caller,
    app::invoices::api::GetInvoice { org_id, invoice_id }: app::invoices::api::GetInvoice,
) -> Result<InvoiceDetail> {
    checked_id(&invoice_id)?;
    let member = OrgMember::load(&cx, &caller, &org_id).await?;
    member.authorize(&Action::ViewBilling)?;
    detail(cx.pool(), &org_id, &invoice_id).await
}

pub async fn to_pay(cx: Ctx, caller: Caller, InvoicesToPay { org_id }: InvoicesToPay) -> Result<Vec<InvoiceSummary>> {
    let member = OrgMember::load(&cx, &caller, &org_id).await?;
    member.authorize(&Action::ViewBilling)?;
    let rows: Vec<SummaryRow> = sqlx::query_as(&format!(
        "SELECT {SUMMARY} FROM invoices WHERE org_id = $1 AND kind = 'final' AND status = 'unpaid' \
         ORDER BY issued_at, id LIMIT 500"
    ))
    .bind(&org_id)
    .fetch_all(cx.pool())
    .await?;
    Ok(rows.into_iter().map(SummaryRow::summary).collect())
}

pub async fn pay(cx: Ctx, caller: Caller, PayInvoice { org_id, invoice_id, means }: PayInvoice) -> Result<PayAnswer> {
    checked_id(&invoice_id)?;
    let means = match means {
        PayMeans::Balance => Means::Balance,
        PayMeans::Profile { profile_id } => {
            checked_id(&profile_id).map_err(|_| refused(InvoiceRefusal::NoSuchProfile))?;
            Means::Profile(profile_id)
        }
    };
    let mut locked = LockedOrg::lock(&cx, &caller, &org_id).await?;
    let invoice = summary(&mut **locked.reader(), &org_id, &invoice_id).await;
    let mut write = locked.authorize(&Action::Pay)?;
    let invoice = invoice?;
    awaits_payment(invoice.kind, invoice.status).map_err(refused)?;
    let now = cx.now();
    let outcome =
        payment::pay_invoice(write.tx(), &cx.state, &org_id, &invoice_id, &means, Some(&caller.user_id), now).await?;
    let answer = match outcome {
        Paid::Paid => PayOutcome::Paid,
        Paid::Pending { .. } => PayOutcome::Pending,
        Paid::InsufficientBalance { .. } => return Err(refused(InvoiceRefusal::InsufficientBalance)),
        Paid::NoSuchProfile => return Err(refused(InvoiceRefusal::NoSuchProfile)),
        Paid::Declined { .. } => {
            // The declined attempt is kept (payments), the invoice stays unpaid.
            write.commit(&cx).await?;
            return Err(refused(InvoiceRefusal::Declined));
        }
    };
    let detail =
        json!({ "invoice": invoice.number, "means": means.code(), "outcome": format!("{answer:?}").to_lowercase() });
    let record =
        Entry { org_id: Some(&org_id), actor: Some(&caller.user_id), action: "invoice.paid", target: None, detail };
    audit::record(write.tx(), &cx, record).await?;
    let invoice = summary(&mut **write.tx(), &org_id, &invoice_id).await?;
    write.commit(&cx).await?;
    Ok(PayAnswer { outcome: answer, invoice })
}

/// The lines of the gathered invoices, each marked with its invoice's number.
async fn gathered_lines(tx: &mut Tx, invoice_id: &str, number: &str) -> Result<Vec<NewLine>> {
    type LineRow = (Option<String>, String, Option<String>, i64, i64, i64);
    let rows: Vec<LineRow> = sqlx::query_as(
        "SELECT product_id, description, offer, quantity, unit_minor, discount_minor FROM invoice_lines \
         WHERE invoice_id = $1 ORDER BY position, id",
    )
    .bind(invoice_id)
    .fetch_all(&mut **tx)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(product_id, description, offer, quantity, unit_minor, discount_minor)| NewLine {
            product_id,
            item_kind: "product",
            offer,
            description: format!("{description} ({number})"),
            quantity,
            unit_minor,
            discount_minor,
            promo_code: None,
        })
        .collect())
}

pub async fn pro_forma(
    cx: Ctx,
    caller: Caller,
    MakeProForma { org_id, invoice_ids }: MakeProForma,
) -> Result<ProFormaAnswer> {
    for id in &invoice_ids {
        checked_id(id)?;
    }
    let ids = pro_forma_selection(&invoice_ids).map_err(refused)?;
    let locked = LockedOrg::lock(&cx, &caller, &org_id).await?;
    let mut write = locked.authorize(&Action::Pay)?;
    let mut chosen = Vec::with_capacity(ids.len());
    for id in &ids {
        let s = summary(&mut **write.tx(), &org_id, id).await?;
        awaits_payment(s.kind, s.status).map_err(refused)?;
        chosen.push(s);
    }
    let mut lines = Vec::new();
    for s in &chosen {
        lines.extend(gathered_lines(write.tx(), &s.id, &s.number).await?);
    }
    let now = cx.now();
    let issued = invoicing::issue_pro_forma(write.tx(), &org_id, Some(&caller.user_id), &lines, now).await?;
    for s in &chosen {
        sqlx::query("INSERT INTO pro_forma_items (pro_forma_id, invoice_id) VALUES ($1, $2)")
            .bind(&issued.id)
            .bind(&s.id)
            .execute(&mut **write.tx())
            .await?;
    }
    let numbers: Vec<&str> = chosen.iter().map(|s| s.number.as_str()).collect();
    let detail = json!({ "pro_forma": issued.number, "invoices": numbers });
    let record = Entry {
        org_id: Some(&org_id),
        actor: Some(&caller.user_id),
        action: "invoice.pro_forma_made",
        target: None,
        detail,
    };
    audit::record(write.tx(), &cx, record).await?;
    write.commit(&cx).await?;
    Ok(ProFormaAnswer { id: issued.id, number: issued.number })
}
