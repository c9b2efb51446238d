//! Issuing invoices (BIL-4): numbers without gaps per organization and kind (a counter
//! row bumped in the invoice's own transaction, so a rolled-back order gives its number
//! back and concurrent orders queue on the row), VAT by the billing address's country,
//! totals computed by `domain::billing::totals` from the lines.

use domain::billing::{invoice_number, totals, vat_rate_bp, LineAmount};
use domain::{Currency, Lang, Money};

use crate::context::Tx;
use crate::error::{Error, Result};
use crate::ids::new_id;

/// A line to invoice, in the organization's currency.
#[derive(Clone, Debug)]
pub struct NewLine {
    pub product_id: Option<String>,
    /// product, renewal, restore, upgrade, support
    pub item_kind: &'static str,
    pub offer: Option<String>,
    /// What the line says (a domain name, an offer's name): shown as written.
    pub description: String,
    pub quantity: i64,
    pub unit_minor: i64,
    pub discount_minor: i64,
    pub promo_code: Option<String>,
}

/// An invoice just written.
#[derive(Clone, Debug)]
pub struct Issued {
    pub id: String,
    pub number: String,
    pub total: Money,
}

/// Whom an invoice is addressed to: the organization's name and postal address, or
/// one of its billing addresses (ORG-4).
struct Addressee {
    name: String,
    address: String,
    country: String,
    currency: Currency,
}

async fn addressee(tx: &mut Tx, org_id: &str, billing_address_id: Option<&str>) -> Result<Addressee> {
    type Row = (String, Option<String>, Option<String>, Option<String>, Option<String>, Option<String>, String);
    let (name, l1, l2, pc, city, country, currency): Row = sqlx::query_as(
        "SELECT name, address_line1, address_line2, postal_code, city, country, currency FROM organizations WHERE id = $1",
    )
    .bind(org_id)
    .fetch_one(&mut **tx)
    .await?;
    let currency = Currency::parse(&currency).unwrap_or(Currency::Eur);
    let join =
        |l1: Option<String>, l2: Option<String>, pc: Option<String>, city: Option<String>, country: Option<String>| {
            let town = [pc.unwrap_or_default(), city.unwrap_or_default()].join(" ").trim().to_string();
            [l1, l2, Some(town), country]
                .into_iter()
                .flatten()
                .filter(|s| !s.trim().is_empty())
                .collect::<Vec<_>>()
                .join("\n")
        };
    if let Some(id) = billing_address_id {
        let row: Option<(String, String, Option<String>, String, String, String)> = sqlx::query_as(
            "SELECT label, address_line1, address_line2, postal_code, city, country FROM billing_addresses \
             WHERE id = $1 AND org_id = $2",
        )
        .bind(id)
        .bind(org_id)
        .fetch_optional(&mut **tx)
        .await?;
        if let Some((label, l1, l2, pc, city, country)) = row {
            let address = join(Some(l1), l2, Some(pc), Some(city), Some(country.clone()));
            return Ok(Addressee { name: format!("{name} — {label}"), address, country, currency });
        }
    }
    let country_code = country.clone().unwrap_or_default();
    Ok(Addressee { name, address: join(l1, l2, pc, city, country), country: country_code, currency })
}

/// The next number of the organization's sequence for `kind` (final, pro_forma).
pub async fn next_seq(tx: &mut Tx, org_id: &str, kind: &str) -> Result<i64> {
    let (seq,): (i64,) = sqlx::query_as(
        "INSERT INTO invoice_counters (org_id, kind, last_number) VALUES ($1, $2, 1) \
         ON CONFLICT (org_id, kind) DO UPDATE SET last_number = invoice_counters.last_number + 1 \
         RETURNING last_number",
    )
    .bind(org_id)
    .bind(kind)
    .fetch_one(&mut **tx)
    .await?;
    Ok(seq)
}

/// The language the organization's invoices are written in (its details, X-1): their
/// lines' descriptions and their PDFs.
pub async fn org_lang<'e, E: sqlx::Executor<'e, Database = sqlx::Any>>(ex: E, org_id: &str) -> Result<Lang> {
    let (lang,): (String,) =
        sqlx::query_as("SELECT lang FROM organizations WHERE id = $1").bind(org_id).fetch_one(ex).await?;
    Ok(Lang::from_tag(&lang).unwrap_or_default())
}

/// Writes a final invoice, unpaid, for `lines` (at least one) in the organization's
/// currency and language.
pub async fn issue(
    tx: &mut Tx,
    org_id: &str,
    created_by: Option<&str>,
    billing_address_id: Option<&str>,
    lines: &[NewLine],
    now: i64,
) -> Result<Issued> {
    write(tx, org_id, created_by, billing_address_id, lines, now, false).await
}

/// Writes a pro forma (BIL-4): the same shape, its own sequence, no legal value, never
/// paid.
pub async fn issue_pro_forma(
    tx: &mut Tx,
    org_id: &str,
    created_by: Option<&str>,
    lines: &[NewLine],
    now: i64,
) -> Result<Issued> {
    write(tx, org_id, created_by, None, lines, now, true).await
}

#[allow(clippy::too_many_arguments)]
async fn write(
    tx: &mut Tx,
    org_id: &str,
    created_by: Option<&str>,
    billing_address_id: Option<&str>,
    lines: &[NewLine],
    now: i64,
    pro_forma: bool,
) -> Result<Issued> {
    let lang = org_lang(&mut **tx, org_id).await?;
    let lang = lang.code();
    if lines.is_empty() {
        return Err(Error::Internal(anyhow::anyhow!("an invoice needs a line")));
    }
    let to = addressee(tx, org_id, billing_address_id).await?;
    let amounts: Vec<LineAmount> = lines
        .iter()
        .map(|l| LineAmount {
            quantity: l.quantity,
            unit: Money::new(l.unit_minor, to.currency),
            discount: Money::new(l.discount_minor, to.currency),
        })
        .collect();
    let rate = vat_rate_bp(&to.country);
    let t = totals(to.currency, &amounts, rate).map_err(|e| Error::Internal(anyhow::anyhow!("{e}")))?;
    let kind = if pro_forma { "pro_forma" } else { "final" };
    let seq = next_seq(tx, org_id, kind).await?;
    let number = invoice_number(org_id, pro_forma, seq);
    let id = new_id();
    let status = if pro_forma {
        "pro_forma"
    } else if t.total.is_zero() {
        "paid"
    } else {
        "unpaid"
    };
    sqlx::query(
        "INSERT INTO invoices (id, org_id, number, kind, status, currency, total_minor, issued_at, due_at, paid_at, seq, \
         subtotal_minor, vat_minor, vat_rate_bp, country, billing_name, billing_address, lang, created_by) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)",
    )
    .bind(&id)
    .bind(org_id)
    .bind(&number)
    .bind(kind)
    .bind(status)
    .bind(to.currency.code())
    .bind(t.total.minor())
    .bind(now)
    .bind(now + 30 * crate::clock::DAY_MS)
    .bind((status == "paid").then_some(now))
    .bind(seq)
    .bind(t.subtotal.minor())
    .bind(t.vat.minor())
    .bind(i64::from(rate))
    .bind(&to.country)
    .bind(&to.name)
    .bind(&to.address)
    .bind(lang)
    .bind(created_by)
    .execute(&mut **tx)
    .await?;
    for (position, l) in lines.iter().enumerate() {
        sqlx::query(
            "INSERT INTO invoice_lines (id, invoice_id, product_id, description, quantity, unit_minor, item_kind, offer, \
             discount_minor, promo_code, position) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
        )
        .bind(new_id())
        .bind(&id)
        .bind(l.product_id.as_deref())
        .bind(&l.description)
        .bind(l.quantity)
        .bind(l.unit_minor)
        .bind(l.item_kind)
        .bind(l.offer.as_deref())
        .bind(l.discount_minor)
        .bind(l.promo_code.as_deref())
        .bind(position as i64)
        .execute(&mut **tx)
        .await?;
    }
    Ok(Issued { id, number, total: t.total })
}
