//! Renewals' SQL: a product's renewal facts, the bills (renewal and restore invoices)
//! of its current expiry, the people emailed about it, and the runs the scheduler
//! claims.

use domain::renewal::{Bill, Facts};
use domain::{Currency, Lang, ProductKind, ProductStatus};

use crate::context::Tx;
use crate::error::Result;

/// A product as renewals read it.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct ProductRow {
    pub id: String,
    pub org_id: String,
    pub kind: String,
    pub name: String,
    pub status: String,
    pub expires_at: Option<i64>,
    pub renewal_warranty: i64,
    pub extension: Option<String>,
    pub redemption_ends_at: Option<i64>,
    pub period_months: i64,
    pub price_minor: i64,
    pub billing_address_id: Option<String>,
    pub management_blocked_at: Option<i64>,
    pub offer: Option<String>,
}

pub const PRODUCT_COLUMNS: &str = "p.id, p.org_id, p.kind, p.name, p.status, p.expires_at, p.renewal_warranty, \
     p.extension, p.redemption_ends_at, p.period_months, p.price_minor, p.billing_address_id, \
     p.management_blocked_at, p.offer";

impl ProductRow {
    pub fn kind(&self) -> Result<ProductKind> {
        Ok(ProductKind::parse(&self.kind).ok_or_else(|| anyhow::anyhow!("unknown product kind {:?}", self.kind))?)
    }

    pub fn status(&self) -> Result<ProductStatus> {
        Ok(ProductStatus::parse(&self.status)
            .ok_or_else(|| anyhow::anyhow!("unknown product status {:?}", self.status))?)
    }

    pub fn facts(&self, bill: Bill) -> Result<Facts> {
        Ok(Facts {
            kind: self.kind()?,
            status: self.status()?,
            expires_at: self.expires_at,
            warranty: self.renewal_warranty != 0,
            extension: self.extension.clone(),
            redemption_ends_at: self.redemption_ends_at,
            bill,
        })
    }
}

/// The product `id` of `org_id`, if it is one of its products.
pub async fn product(tx: &mut Tx, org_id: &str, id: &str) -> Result<Option<ProductRow>> {
    Ok(sqlx::query_as(&format!("SELECT {PRODUCT_COLUMNS} FROM products p WHERE p.id = $1 AND p.org_id = $2"))
        .bind(id)
        .bind(org_id)
        .fetch_optional(&mut **tx)
        .await?)
}

/// Whether `user_id` was granted the product (MEM-1).
pub async fn granted(tx: &mut Tx, org_id: &str, user_id: &str, product_id: &str) -> Result<bool> {
    let (n,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM product_access WHERE org_id = $1 AND user_id = $2 AND product_id = $3")
            .bind(org_id)
            .bind(user_id)
            .bind(product_id)
            .fetch_one(&mut **tx)
            .await?;
    Ok(n > 0)
}

/// The bill of the product's current expiry not yet applied: paid (to apply), unpaid,
/// or none; with its invoice.
pub async fn bill(tx: &mut Tx, product: &ProductRow) -> Result<(Bill, Option<String>)> {
    let Some(expires_at) = product.expires_at else { return Ok((Bill::None, None)) };
    let rows: Vec<(String, String)> = sqlx::query_as(
        "SELECT r.invoice_id, i.status FROM product_renewals r JOIN invoices i ON i.id = r.invoice_id \
         WHERE r.product_id = $1 AND r.expires_at = $2 AND r.applied_at IS NULL",
    )
    .bind(&product.id)
    .bind(expires_at)
    .fetch_all(&mut **tx)
    .await?;
    if let Some((id, _)) = rows.iter().find(|(_, s)| s == "paid") {
        return Ok((Bill::Paid, Some(id.clone())));
    }
    Ok(rows.into_iter().find(|(_, s)| s == "unpaid").map_or((Bill::None, None), |(id, _)| (Bill::Unpaid, Some(id))))
}

/// Records that `invoice_id` renews (or restores) the product's current expiry.
pub async fn record_bill(tx: &mut Tx, product: &ProductRow, invoice_id: &str, kind: &str, now: i64) -> Result<()> {
    sqlx::query(
        "INSERT INTO product_renewals (invoice_id, product_id, org_id, kind, expires_at, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(invoice_id)
    .bind(&product.id)
    .bind(&product.org_id)
    .bind(kind)
    .bind(product.expires_at.unwrap_or(now))
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// The product lapsed: its open bills are cancelled (nothing is owed for a renewal that
/// did not happen; a domain is restored with a new invoice).
pub async fn cancel_open_bills(tx: &mut Tx, product_id: &str) -> Result<()> {
    sqlx::query(
        "UPDATE invoices SET status = 'cancelled' WHERE status = 'unpaid' AND id IN \
         (SELECT invoice_id FROM product_renewals WHERE product_id = $1 AND applied_at IS NULL)",
    )
    .bind(product_id)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// The organization's name and currency.
pub async fn organization(tx: &mut Tx, org_id: &str) -> Result<(String, Currency)> {
    let (name, currency): (String, String) = sqlx::query_as("SELECT name, currency FROM organizations WHERE id = $1")
        .bind(org_id)
        .fetch_one(&mut **tx)
        .await?;
    Ok((name, Currency::parse(&currency).unwrap_or(Currency::Eur)))
}

/// Someone emailed about the organization's renewals.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Recipient {
    pub email: String,
    pub first_name: String,
    pub lang: String,
}

impl Recipient {
    pub fn lang(&self) -> Lang {
        Lang::from_tag(&self.lang).unwrap_or_default()
    }
}

/// Members who receive billing emails, and the managers (legal representatives and
/// administrators), not blocked, with an open account; legal representatives first.
pub async fn recipients(tx: &mut Tx, org_id: &str) -> Result<Vec<Recipient>> {
    Ok(sqlx::query_as(
        "SELECT u.email, u.first_name, u.lang FROM memberships m JOIN users u ON u.id = m.user_id \
         WHERE m.org_id = $1 AND m.blocked_at IS NULL AND u.closed_at IS NULL AND u.blocked_at IS NULL \
         AND (m.mail_billing <> 0 OR m.role IN ('legal_representative', 'administrator')) \
         ORDER BY CASE WHEN m.role = 'legal_representative' THEN 0 ELSE 1 END, m.created_at, u.id",
    )
    .bind(org_id)
    .fetch_all(&mut **tx)
    .await?)
}

/// The default payment profile (BIL-3), if the organization has one.
pub async fn default_profile(tx: &mut Tx, org_id: &str) -> Result<Option<String>> {
    let row: Option<(String,)> = sqlx::query_as(
        "SELECT id FROM payment_profiles WHERE org_id = $1 AND is_default <> 0 AND removed_at IS NULL \
         ORDER BY created_at, id LIMIT 1",
    )
    .bind(org_id)
    .fetch_optional(&mut **tx)
    .await?;
    Ok(row.map(|(id,)| id))
}

/// Claims the run of `job` for `subject_id` due at `due_at` in this transaction: `false`
/// when another run (another process, an earlier run) has it — the work is then not
/// done here.
pub async fn claim(tx: &mut Tx, job: &str, subject_id: &str, due_at: i64, now: i64) -> Result<bool> {
    let done = sqlx::query(
        "INSERT INTO scheduled_runs (job, subject_id, due_at, done_at, outcome) VALUES ($1, $2, $3, $4, 'started') \
         ON CONFLICT (job, subject_id, due_at) DO NOTHING",
    )
    .bind(job)
    .bind(subject_id)
    .bind(due_at)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Whether that run was done already (a cheap look before taking any lock).
pub async fn claimed<'e, E: sqlx::Executor<'e, Database = sqlx::Any>>(
    ex: E,
    job: &str,
    subject_id: &str,
    due_at: i64,
) -> Result<bool> {
    let (n,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM scheduled_runs WHERE job = $1 AND subject_id = $2 AND due_at = $3")
            .bind(job)
            .bind(subject_id)
            .bind(due_at)
            .fetch_one(ex)
            .await?;
    Ok(n > 0)
}

pub async fn settle_run(tx: &mut Tx, job: &str, subject_id: &str, due_at: i64, outcome: &str) -> Result<()> {
    sqlx::query("UPDATE scheduled_runs SET outcome = $4 WHERE job = $1 AND subject_id = $2 AND due_at = $3")
        .bind(job)
        .bind(subject_id)
        .bind(due_at)
        .bind(outcome)
        .execute(&mut **tx)
        .await?;
    Ok(())
}
