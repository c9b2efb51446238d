//! The shop's SQL: promo codes and free offers as `domain::shop` judges them, the
//! payment choices, and placed orders by their key.

use domain::product::ProductKind;
use domain::shop::{Discount, FreeOfferFacts, PromoFacts};
use domain::{Currency, Money};
use sqlx::AnyConnection;

use crate::error::Result;

/// The organization's currency and the country that decides its VAT.
pub async fn currency_and_country(conn: &mut AnyConnection, org_id: &str) -> Result<(Currency, String)> {
    let (currency, country): (String, Option<String>) =
        sqlx::query_as("SELECT currency, country FROM organizations WHERE id = $1")
            .bind(org_id)
            .fetch_one(&mut *conn)
            .await?;
    Ok((Currency::parse(&currency).unwrap_or(Currency::Eur), country.unwrap_or_default()))
}

type PromoRow = (String, String, Option<String>, i64, String, Option<i64>, Option<i64>, i64, i64);

/// A promo code by its (normalized) text.
pub async fn promo(conn: &mut AnyConnection, code: &str) -> Result<Option<PromoFacts>> {
    let row: Option<PromoRow> = sqlx::query_as(
        "SELECT code, product_kind, org_id, discount_minor, currency, expires_at, discount_percent, max_uses, uses \
         FROM promo_codes WHERE code = $1",
    )
    .bind(code)
    .fetch_optional(&mut *conn)
    .await?;
    Ok(row.and_then(|(code, kind, org_id, minor, currency, expires_at, percent, max_uses, uses)| {
        let discount = match percent {
            Some(p) => Discount::Percent(u32::try_from(p.clamp(0, 100)).unwrap_or(0)),
            None => Discount::Fixed(Money::new(minor, Currency::parse(&currency)?)),
        };
        Some(PromoFacts { code, kind: ProductKind::parse(&kind)?, org_id, discount, expires_at, max_uses, uses })
    }))
}

/// One of the organization's free offers (`None` when the id is not theirs).
pub async fn free_offer(conn: &mut AnyConnection, org_id: &str, id: &str) -> Result<Option<FreeOfferFacts>> {
    let row: Option<(String, String, Option<i64>, Option<i64>)> =
        sqlx::query_as("SELECT id, offer, expires_at, used_at FROM free_offers WHERE id = $1 AND org_id = $2")
            .bind(id)
            .bind(org_id)
            .fetch_optional(&mut *conn)
            .await?;
    Ok(row.map(|(id, offer, expires_at, used_at)| FreeOfferFacts { id, offer, expires_at, used: used_at.is_some() }))
}

/// The organization's free offers still open at `now`.
pub async fn open_free_offers(conn: &mut AnyConnection, org_id: &str, now: i64) -> Result<Vec<FreeOfferFacts>> {
    let rows: Vec<(String, String, Option<i64>)> = sqlx::query_as(
        "SELECT id, offer, expires_at FROM free_offers WHERE org_id = $1 AND used_at IS NULL \
         AND (expires_at IS NULL OR expires_at > $2) ORDER BY granted_at, id",
    )
    .bind(org_id)
    .bind(now)
    .fetch_all(&mut *conn)
    .await?;
    Ok(rows.into_iter().map(|(id, offer, expires_at)| FreeOfferFacts { id, offer, expires_at, used: false }).collect())
}

/// The prepaid balance and the payment profiles in use.
pub async fn payment_choices(conn: &mut AnyConnection, org_id: &str) -> Result<(Currency, i64, Vec<(String, String)>)> {
    let (currency, balance): (String, i64) =
        sqlx::query_as("SELECT currency, prepaid_balance_minor FROM organizations WHERE id = $1")
            .bind(org_id)
            .fetch_one(&mut *conn)
            .await?;
    let profiles: Vec<(String, String)> = sqlx::query_as(
        "SELECT id, label FROM payment_profiles WHERE org_id = $1 AND removed_at IS NULL \
         ORDER BY is_default DESC, created_at, id",
    )
    .bind(org_id)
    .fetch_all(&mut *conn)
    .await?;
    Ok((Currency::parse(&currency).unwrap_or(Currency::Eur), balance, profiles))
}

/// Counts one use of a code, unless it is used up or expired meanwhile (the guard makes
/// concurrent checkouts in different organizations never use it beyond `max_uses`).
pub async fn use_promo(conn: &mut AnyConnection, code: &str, now: i64) -> Result<bool> {
    let done = sqlx::query(
        "UPDATE promo_codes SET uses = uses + 1, used_at = $2 WHERE code = $1 AND uses < max_uses \
         AND (expires_at IS NULL OR expires_at > $2)",
    )
    .bind(code)
    .bind(now)
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Marks a free offer used by an invoice, unless it was used meanwhile.
pub async fn use_free_offer(
    conn: &mut AnyConnection,
    org_id: &str,
    id: &str,
    invoice_id: &str,
    now: i64,
) -> Result<bool> {
    let done = sqlx::query(
        "UPDATE free_offers SET used_at = $3, used_invoice_id = $4 WHERE id = $1 AND org_id = $2 AND used_at IS NULL",
    )
    .bind(id)
    .bind(org_id)
    .bind(now)
    .bind(invoice_id)
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// An order placed before with this key: (fingerprint, invoice id, product ids).
pub async fn order_by_key(
    conn: &mut AnyConnection,
    org_id: &str,
    key: &str,
) -> Result<Option<(String, String, String)>> {
    Ok(sqlx::query_as(
        "SELECT fingerprint, invoice_id, product_ids FROM shop_orders WHERE org_id = $1 AND order_key = $2",
    )
    .bind(org_id)
    .bind(key)
    .fetch_optional(&mut *conn)
    .await?)
}

/// A promo code, as the operator creates it (`orga billing promo-create`).
pub struct NewPromo<'a> {
    pub code: &'a str,
    pub kind: ProductKind,
    pub org_id: Option<&'a str>,
    pub discount: Discount,
    pub currency: Currency,
    pub expires_at: Option<i64>,
    pub max_uses: i64,
}

pub async fn insert_promo(conn: &mut AnyConnection, p: NewPromo<'_>) -> Result<()> {
    let (minor, percent) = match p.discount {
        Discount::Fixed(m) => (m.minor(), None),
        Discount::Percent(x) => (0, Some(i64::from(x))),
    };
    sqlx::query(
        "INSERT INTO promo_codes (code, product_kind, org_id, discount_minor, currency, expires_at, discount_percent, \
         max_uses, uses) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 0)",
    )
    .bind(p.code)
    .bind(p.kind.code())
    .bind(p.org_id)
    .bind(minor)
    .bind(p.currency.code())
    .bind(p.expires_at)
    .bind(percent)
    .bind(p.max_uses)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Grants a free offer (an offer id or a product type's code) to an organization.
pub async fn grant_free_offer(
    conn: &mut AnyConnection,
    org_id: &str,
    offer: &str,
    expires_at: Option<i64>,
    now: i64,
) -> Result<String> {
    let id = crate::ids::new_id();
    sqlx::query("INSERT INTO free_offers (id, org_id, offer, granted_at, expires_at) VALUES ($1, $2, $3, $4, $5)")
        .bind(&id)
        .bind(org_id)
        .bind(offer)
        .bind(now)
        .bind(expires_at)
        .execute(&mut *conn)
        .await?;
    Ok(id)
}
