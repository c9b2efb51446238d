//! SQL of "My organizations", leaving and deleting (ORG-1, ORG-6, ORG-7): the facts the
//! rules in `domain` are applied to, and the writes that remove a membership or an
//! organization.

use domain::organization::{Currency, DeletionFacts};
use domain::{Lang, ProductStatus};
use sqlx::{Any, Executor};

use crate::context::Tx;
use crate::error::Result;

/// A product that is still the organization's (ORG-7): active, expired or a domain in
/// redemption (`ProductStatus::is_live`); released and terminated products are history.
fn live_product() -> String {
    let codes: Vec<String> =
        ProductStatus::ALL.into_iter().filter(|s| s.is_live()).map(|s| format!("'{}'", s.code())).collect();
    format!("p.status IN ({}) AND p.terminated_at IS NULL", codes.join(", "))
}

/// Names of the organization's legal representatives who are not blocked, by name.
pub async fn legal_representative_names<'e, E: Executor<'e, Database = Any>>(
    ex: E,
    org_id: &str,
) -> Result<Vec<String>> {
    let rows: Vec<(String, String)> = sqlx::query_as(
        "SELECT u.first_name, u.last_name FROM memberships m JOIN users u ON u.id = m.user_id \
         WHERE m.org_id = $1 AND m.role = 'legal_representative' AND m.blocked_at IS NULL \
         ORDER BY m.sort_name, m.user_id LIMIT 20",
    )
    .bind(org_id)
    .fetch_all(ex)
    .await?;
    Ok(rows.into_iter().map(|(f, l)| format!("{f} {l}")).collect())
}

/// Whether the user has a seat in one of the organization's office suites still running.
pub async fn in_office_suite<'e, E: Executor<'e, Database = Any>>(ex: E, org_id: &str, user_id: &str) -> Result<bool> {
    let (n,): (i64,) = sqlx::query_as(&format!(
        "SELECT COUNT(*) FROM product_seats s JOIN products p ON p.id = s.product_id \
         WHERE p.org_id = $1 AND p.kind = 'office_suite' AND {} AND s.user_id = $2",
        live_product()
    ))
    .bind(org_id)
    .bind(user_id)
    .fetch_one(ex)
    .await?;
    Ok(n > 0)
}

/// The domain of a login email, lower-case (`anna@Example.CH` → `example.ch`).
pub fn email_domain(email: &str) -> String {
    email.rsplit_once('@').map(|(_, d)| d.trim().trim_end_matches('.').to_lowercase()).unwrap_or_default()
}

/// Whether one of the organization's mail services still running hosts this domain.
pub async fn hosts_domain<'e, E: Executor<'e, Database = Any>>(ex: E, org_id: &str, domain: &str) -> Result<bool> {
    let (n,): (i64,) = sqlx::query_as(&format!(
        "SELECT COUNT(*) FROM mail_domains d JOIN products p ON p.id = d.product_id \
         WHERE p.org_id = $1 AND p.kind = 'mail_service' AND {} AND d.domain = $2",
        live_product()
    ))
    .bind(org_id)
    .bind(domain)
    .fetch_one(ex)
    .await?;
    Ok(n > 0)
}

/// The user's login email, first name, last name and language.
pub async fn user<'e, E: Executor<'e, Database = Any>>(ex: E, user_id: &str) -> Result<(String, String, String, Lang)> {
    let (email, first, last, lang): (String, String, String, String) =
        sqlx::query_as("SELECT email, first_name, last_name, lang FROM users WHERE id = $1")
            .bind(user_id)
            .fetch_one(ex)
            .await?;
    Ok((email, first, last, Lang::from_tag(&lang).unwrap_or_default()))
}

/// The legal representatives to tell about a change, with their language.
pub async fn legal_representative_contacts<'e, E: Executor<'e, Database = Any>>(
    ex: E,
    org_id: &str,
) -> Result<Vec<(String, String, Lang)>> {
    let rows: Vec<(String, String, String)> = sqlx::query_as(
        "SELECT u.email, u.first_name, u.lang FROM memberships m JOIN users u ON u.id = m.user_id \
         WHERE m.org_id = $1 AND m.role = 'legal_representative' AND m.blocked_at IS NULL ORDER BY u.email",
    )
    .bind(org_id)
    .fetch_all(ex)
    .await?;
    Ok(rows.into_iter().map(|(e, n, l)| (e, n, Lang::from_tag(&l).unwrap_or_default())).collect())
}

/// Removes one membership and what hangs on it (product access, search words).
pub async fn remove_membership(tx: &mut Tx, org_id: &str, user_id: &str) -> Result<()> {
    for table in ["product_access", "member_search_words", "memberships"] {
        sqlx::query(&format!("DELETE FROM {table} WHERE org_id = $1 AND user_id = $2"))
            .bind(org_id)
            .bind(user_id)
            .execute(&mut **tx)
            .await?;
    }
    Ok(())
}

/// No session of `user_id` (every one when `None`) keeps working in `org_id`.
pub async fn forget_current_org(tx: &mut Tx, org_id: &str, user_id: Option<&str>) -> Result<()> {
    match user_id {
        Some(user_id) => {
            sqlx::query("UPDATE sessions SET current_org_id = NULL WHERE current_org_id = $1 AND user_id = $2")
                .bind(org_id)
                .bind(user_id)
                .execute(&mut **tx)
                .await?
        }
        None => {
            sqlx::query("UPDATE sessions SET current_org_id = NULL WHERE current_org_id = $1")
                .bind(org_id)
                .execute(&mut **tx)
                .await?
        }
    };
    Ok(())
}

/// What deleting the organization depends on, as `actor` would see it.
pub async fn deletion_facts(
    conn: &mut sqlx::AnyConnection,
    org_id: &str,
    actor: &str,
) -> Result<(DeletionFacts, Currency, String)> {
    let (products,): (i64,) =
        sqlx::query_as(&format!("SELECT COUNT(*) FROM products p WHERE p.org_id = $1 AND {}", live_product()))
            .bind(org_id)
            .fetch_one(&mut *conn)
            .await?;
    let (members,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM memberships WHERE org_id = $1 AND user_id <> $2")
        .bind(org_id)
        .bind(actor)
        .fetch_one(&mut *conn)
        .await?;
    let (unpaid,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM invoices WHERE org_id = $1 AND status = 'unpaid' AND kind = 'final'")
            .bind(org_id)
            .fetch_one(&mut *conn)
            .await?;
    let (balance, currency, name): (i64, String, String) =
        sqlx::query_as("SELECT prepaid_balance_minor, currency, name FROM organizations WHERE id = $1")
            .bind(org_id)
            .fetch_one(&mut *conn)
            .await?;
    let facts = DeletionFacts {
        active_products: products.max(0) as u64,
        other_members: members.max(0) as u64,
        unpaid_invoices: unpaid.max(0) as u64,
        prepaid_balance_minor: balance,
    };
    Ok((facts, Currency::parse(&currency).unwrap_or(Currency::Eur), name))
}

/// A paid invoice, for the list emailed on deletion.
#[derive(sqlx::FromRow)]
pub struct PaidInvoice {
    pub number: String,
    pub currency: String,
    pub total_minor: i64,
    pub issued_at: i64,
}

pub async fn paid_invoices<'e, E: Executor<'e, Database = Any>>(ex: E, org_id: &str) -> Result<Vec<PaidInvoice>> {
    Ok(sqlx::query_as(
        "SELECT number, currency, total_minor, issued_at FROM invoices \
         WHERE org_id = $1 AND status = 'paid' AND kind = 'final' ORDER BY issued_at, number",
    )
    .bind(org_id)
    .fetch_all(ex)
    .await?)
}

/// Marks the organization deleted and revokes its pending invitations.
pub async fn delete_organization(tx: &mut Tx, org_id: &str, now: i64) -> Result<()> {
    sqlx::query("UPDATE organizations SET deleted_at = $1 WHERE id = $2 AND deleted_at IS NULL")
        .bind(now)
        .bind(org_id)
        .execute(&mut **tx)
        .await?;
    sqlx::query(
        "UPDATE invitations SET revoked_at = $1 WHERE org_id = $2 \
         AND accepted_at IS NULL AND declined_at IS NULL AND revoked_at IS NULL",
    )
    .bind(now)
    .bind(org_id)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Sets the country and the currency that follows from it.
pub async fn set_country(tx: &mut Tx, org_id: &str, country: &str, currency: Currency) -> Result<()> {
    sqlx::query("UPDATE organizations SET country = $1, currency = $2 WHERE id = $3")
        .bind(country)
        .bind(currency.code())
        .bind(org_id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}
