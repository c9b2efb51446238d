//! Products' SQL.

use app::products::api::{BundleParent, ProductRow};
use domain::billing::Offer;
use domain::{ProductKind, ProductStatus};
use sqlx::{Any, Executor};

use crate::context::Tx;
use crate::error::Result;
use crate::ids::new_id;

/// A product to create for an organization, from a catalogue offer.
pub struct NewProduct<'a> {
    pub org_id: &'a str,
    pub offer: &'a Offer,
    /// The name shown (a domain name, or a name the buyer chose).
    pub name: &'a str,
    /// Domains: the extension (`ch`), which decides the redemption rules (PRD-7).
    pub extension: Option<&'a str>,
    /// Renewal price in the organization's currency.
    pub price_minor: i64,
    pub renewal_warranty: bool,
    pub bundle_parent_id: Option<&'a str>,
    pub now: i64,
}

/// Creates an active product expiring one period from now; returns its id.
pub async fn insert(tx: &mut Tx, p: NewProduct<'_>) -> Result<String> {
    let id = new_id();
    let expires_at = p.now + i64::from(p.offer.period_months) * 365 * crate::clock::DAY_MS / 12;
    sqlx::query(
        "INSERT INTO products (id, org_id, category, kind, name, status, expires_at, renewal_warranty, bundle_parent_id, \
         created_at, offer, extension, period_months, price_minor, users_quota, storage_gb) \
         VALUES ($1, $2, $3, $4, $5, 'active', $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)",
    )
    .bind(&id)
    .bind(p.org_id)
    .bind(p.offer.kind.category().code())
    .bind(p.offer.kind.code())
    .bind(p.name)
    .bind(expires_at)
    .bind(i64::from(p.renewal_warranty && p.offer.kind.offers_renewal_warranty()))
    .bind(p.bundle_parent_id)
    .bind(p.now)
    .bind(p.offer.id)
    .bind(p.extension)
    .bind(i64::from(p.offer.period_months))
    .bind(p.price_minor)
    .bind(p.offer.users.map(i64::from))
    .bind(p.offer.storage_gb.map(i64::from))
    .execute(&mut **tx)
    .await?;
    Ok(id)
}

/// The columns of `products p` that make a [`ProductRow`], with `$1` the caller's user id
/// (for `granted`) and the bundle parent `pp` joined.
const ROW: &str = "SELECT p.id, p.kind, p.name, p.status, p.expires_at, p.renewal_warranty, p.maintenance_mode, \
     p.management_blocked_at, p.bundle_parent_id, pp.name AS parent_name, p.offer, \
     (SELECT COUNT(*) FROM product_access pa WHERE pa.org_id = p.org_id AND pa.product_id = p.id AND pa.user_id = $1) AS granted \
     FROM products p LEFT JOIN products pp ON pp.id = p.bundle_parent_id";

/// Live products: the organization's still (not released, not terminated).
const LIVE: &str = "p.status IN ('active', 'expired', 'redemption')";

#[derive(sqlx::FromRow)]
pub struct Row {
    id: String,
    kind: String,
    name: String,
    status: String,
    expires_at: Option<i64>,
    renewal_warranty: i64,
    maintenance_mode: i64,
    management_blocked_at: Option<i64>,
    bundle_parent_id: Option<String>,
    parent_name: Option<String>,
    offer: Option<String>,
    granted: i64,
}

impl Row {
    /// The wire row; `manager`: the caller manages every product (MEM-1). `None` for a
    /// kind or status this build does not know.
    fn into_product(self, manager: bool) -> Option<ProductRow> {
        Some(ProductRow {
            kind: ProductKind::parse(&self.kind)?,
            status: ProductStatus::parse(&self.status)?,
            id: self.id,
            name: self.name,
            expires_at: self.expires_at,
            renewal_warranty: self.renewal_warranty != 0,
            maintenance: self.maintenance_mode != 0,
            blocked: self.management_blocked_at.is_some(),
            bundle_parent: self.bundle_parent_id.zip(self.parent_name).map(|(id, name)| BundleParent { id, name }),
            granted: manager || self.granted > 0,
            offer: self.offer,
        })
    }
}

/// The organization's live products (of one kind), by name.
pub async fn list<'e, E: Executor<'e, Database = Any>>(
    ex: E,
    org_id: &str,
    user_id: &str,
    manager: bool,
    kind: Option<ProductKind>,
) -> Result<Vec<ProductRow>> {
    let of_kind = if kind.is_some() { " AND p.kind = $3" } else { "" };
    let sql = format!("{ROW} WHERE p.org_id = $2 AND {LIVE}{of_kind} ORDER BY p.name, p.id LIMIT 1000");
    let mut query = sqlx::query_as(&sql).bind(user_id).bind(org_id);
    if let Some(kind) = kind {
        query = query.bind(kind.code());
    }
    let rows: Vec<Row> = query.fetch_all(ex).await?;
    Ok(rows.into_iter().filter_map(|r| r.into_product(manager)).collect())
}

/// One live product of the organization; `None` when it is not one (another
/// organization's, terminated, unknown).
pub async fn one<'e, E: Executor<'e, Database = Any>>(
    ex: E,
    org_id: &str,
    product_id: &str,
    user_id: &str,
    manager: bool,
) -> Result<Option<ProductRow>> {
    let row: Option<Row> = sqlx::query_as(&format!("{ROW} WHERE p.id = $3 AND p.org_id = $2 AND {LIVE}"))
        .bind(user_id)
        .bind(org_id)
        .bind(product_id)
        .fetch_optional(ex)
        .await?;
    Ok(row.and_then(|r| r.into_product(manager)))
}

/// The live products bundled with `parent_id`.
pub async fn bundled<'e, E: Executor<'e, Database = Any>>(
    ex: E,
    org_id: &str,
    parent_id: &str,
    user_id: &str,
    manager: bool,
) -> Result<Vec<ProductRow>> {
    let rows: Vec<Row> =
        sqlx::query_as(&format!("{ROW} WHERE p.org_id = $2 AND p.bundle_parent_id = $3 AND {LIVE} ORDER BY p.name"))
            .bind(user_id)
            .bind(org_id)
            .bind(parent_id)
            .fetch_all(ex)
            .await?;
    Ok(rows.into_iter().filter_map(|r| r.into_product(manager)).collect())
}

/// Live products per kind.
pub async fn counts<'e, E: Executor<'e, Database = Any>>(ex: E, org_id: &str) -> Result<Vec<(String, i64)>> {
    Ok(sqlx::query_as(&format!(
        "SELECT p.kind, COUNT(*) FROM products p WHERE p.org_id = $1 AND {LIVE} GROUP BY p.kind"
    ))
    .bind(org_id)
    .fetch_all(ex)
    .await?)
}

/// A member to email or to list: (user id, first name, last name, email, lang, role).
pub type Person = (String, String, String, String, String, String);

/// Members of the organization: every one (`managers_only` false), or the unblocked
/// legal representatives and administrators.
pub async fn members<'e, E: Executor<'e, Database = Any>>(
    ex: E,
    org_id: &str,
    managers_only: bool,
) -> Result<Vec<Person>> {
    let filter = if managers_only {
        " AND m.role IN ('legal_representative', 'administrator') AND m.blocked_at IS NULL"
    } else {
        ""
    };
    Ok(sqlx::query_as(&format!(
        "SELECT u.id, u.first_name, u.last_name, u.email, u.lang, m.role FROM memberships m \
         JOIN users u ON u.id = m.user_id WHERE m.org_id = $1{filter} ORDER BY u.last_name, u.first_name, u.id"
    ))
    .bind(org_id)
    .fetch_all(ex)
    .await?)
}

/// The limited members granted the product (MEM-1).
pub async fn granted_members<'e, E: Executor<'e, Database = Any>>(
    ex: E,
    org_id: &str,
    product_id: &str,
) -> Result<Vec<Person>> {
    Ok(sqlx::query_as(
        "SELECT u.id, u.first_name, u.last_name, u.email, u.lang, m.role FROM product_access pa \
         JOIN memberships m ON m.org_id = pa.org_id AND m.user_id = pa.user_id JOIN users u ON u.id = pa.user_id \
         WHERE pa.org_id = $1 AND pa.product_id = $2 AND m.role IN ('collaborator', 'external') \
         ORDER BY u.last_name, u.first_name, u.id",
    )
    .bind(org_id)
    .bind(product_id)
    .fetch_all(ex)
    .await?)
}

/// PRD-3: blocks (`Some((now, by))`) or unblocks a product's management.
pub async fn set_blocked(tx: &mut Tx, product_id: &str, blocked: Option<(i64, &str)>) -> Result<()> {
    sqlx::query("UPDATE products SET management_blocked_at = $1, management_blocked_by = $2 WHERE id = $3")
        .bind(blocked.map(|b| b.0))
        .bind(blocked.map(|b| b.1))
        .bind(product_id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

pub async fn set_maintenance(tx: &mut Tx, product_id: &str, on: bool, now: i64) -> Result<()> {
    sqlx::query("UPDATE products SET maintenance_mode = $1, maintenance_changed_at = $2 WHERE id = $3")
        .bind(i64::from(on))
        .bind(now)
        .bind(product_id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// A termination waiting for its link.
pub async fn termination_pending<'e, E: Executor<'e, Database = Any>>(
    ex: E,
    product_id: &str,
    now: i64,
) -> Result<bool> {
    let (n,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM product_terminations WHERE product_id = $1 AND confirmed_at IS NULL \
         AND cancelled_at IS NULL AND expires_at > $2",
    )
    .bind(product_id)
    .bind(now)
    .fetch_one(ex)
    .await?;
    Ok(n > 0)
}

/// Records a termination request, ending earlier open ones for the product (their
/// links stop working).
pub async fn insert_termination(
    tx: &mut Tx,
    product_id: &str,
    org_id: &str,
    requested_by: &str,
    token_hash: &str,
    now: i64,
    expires_at: i64,
) -> Result<()> {
    sqlx::query(
        "UPDATE product_terminations SET cancelled_at = $2 WHERE product_id = $1 AND confirmed_at IS NULL \
         AND cancelled_at IS NULL",
    )
    .bind(product_id)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    sqlx::query(
        "INSERT INTO product_terminations (id, product_id, org_id, requested_by, token_hash, created_at, expires_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(new_id())
    .bind(product_id)
    .bind(org_id)
    .bind(requested_by)
    .bind(token_hash)
    .bind(now)
    .bind(expires_at)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// An open termination by its link's hash: (id, product, organization, requester).
pub async fn open_termination(
    tx: &mut Tx,
    token_hash: &str,
    now: i64,
) -> Result<Option<(String, String, String, String)>> {
    Ok(sqlx::query_as(
        "SELECT id, product_id, org_id, requested_by FROM product_terminations WHERE token_hash = $1 \
         AND confirmed_at IS NULL AND cancelled_at IS NULL AND expires_at > $2",
    )
    .bind(token_hash)
    .bind(now)
    .fetch_optional(&mut **tx)
    .await?)
}

/// Uses the link up (once: `false` when another request used it first).
pub async fn confirm_termination(tx: &mut Tx, termination_id: &str, now: i64) -> Result<bool> {
    let done = sqlx::query("UPDATE product_terminations SET confirmed_at = $2 WHERE id = $1 AND confirmed_at IS NULL")
        .bind(termination_id)
        .bind(now)
        .execute(&mut **tx)
        .await?;
    Ok(done.rows_affected() == 1)
}

/// Terminates the product and the products bundled with it (PRD-5, PRD-8); their
/// access grants end.
pub async fn terminate(tx: &mut Tx, product_id: &str, now: i64) -> Result<()> {
    sqlx::query(
        "UPDATE products SET status = 'terminated', terminated_at = $2 WHERE (id = $1 OR bundle_parent_id = $1) \
         AND status IN ('active', 'expired', 'redemption')",
    )
    .bind(product_id)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// PRD-8: the office suite's new offer, quota and renewal price.
pub async fn set_offer(tx: &mut Tx, product_id: &str, offer: &Offer, price_minor: i64) -> Result<()> {
    sqlx::query("UPDATE products SET offer = $1, users_quota = $2, storage_gb = $3, price_minor = $4 WHERE id = $5")
        .bind(offer.id)
        .bind(offer.users.map(i64::from))
        .bind(offer.storage_gb.map(i64::from))
        .bind(price_minor)
        .bind(product_id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Office suites: (users, storage GB).
pub async fn quota<'e, E: Executor<'e, Database = Any>>(ex: E, product_id: &str) -> Result<(Option<i64>, Option<i64>)> {
    Ok(sqlx::query_as("SELECT users_quota, storage_gb FROM products WHERE id = $1")
        .bind(product_id)
        .fetch_one(ex)
        .await?)
}
