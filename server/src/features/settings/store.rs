//! SQL of the settings feature: an organization's details, billing addresses,
//! appearance and logos, with typed rows.

use app::settings::api::{Appearance, BillingAddress, Details};
use domain::org_details::{default_initials, Country, Currency, LogoKind, OrgColor};
use domain::{AccountType, Lang};
use sqlx::{Any, Executor};

use crate::context::Tx;
use crate::error::Result;

#[derive(sqlx::FromRow)]
struct DetailsRow {
    name: String,
    kind: String,
    country: Option<String>,
    address_line1: Option<String>,
    postal_code: Option<String>,
    city: Option<String>,
    phone: Option<String>,
    currency: String,
    lang: String,
    initials: Option<String>,
    color: Option<String>,
}

/// The organization's details and the header square's initials and colour; `None` when
/// it does not exist (any more).
pub async fn details<'e, E: Executor<'e, Database = Any>>(
    ex: E,
    org_id: &str,
) -> Result<Option<(Details, Option<String>, OrgColor)>> {
    let row: Option<DetailsRow> = sqlx::query_as(
        "SELECT name, kind, country, address_line1, postal_code, city, phone, currency, lang, initials, color \
         FROM organizations WHERE id = $1 AND deleted_at IS NULL",
    )
    .bind(org_id)
    .fetch_optional(ex)
    .await?;
    let Some(r) = row else { return Ok(None) };
    let kind = AccountType::parse(&r.kind).ok_or_else(|| anyhow::anyhow!("unknown organization kind {:?}", r.kind))?;
    let details = Details {
        name: r.name,
        kind,
        country: r.country.as_deref().and_then(Country::parse),
        street: r.address_line1.unwrap_or_default(),
        postcode: r.postal_code.unwrap_or_default(),
        city: r.city.unwrap_or_default(),
        phone: r.phone.unwrap_or_default(),
        currency: Currency::parse(&r.currency).unwrap_or(Currency::Eur),
        lang: Lang::from_tag(&r.lang).unwrap_or_default(),
    };
    let color = r.color.as_deref().and_then(OrgColor::parse).unwrap_or_default();
    Ok(Some((details, r.initials, color)))
}

pub async fn set_details(tx: &mut Tx, org_id: &str, d: &Details) -> Result<()> {
    sqlx::query(
        "UPDATE organizations SET name = $1, kind = $2, country = $3, address_line1 = $4, postal_code = $5, \
         city = $6, phone = $7, currency = $8, lang = $9 WHERE id = $10",
    )
    .bind(&d.name)
    .bind(d.kind.as_str())
    .bind(d.country.map(Country::code))
    .bind(&d.street)
    .bind(&d.postcode)
    .bind(&d.city)
    .bind(Some(d.phone.as_str()).filter(|p| !p.is_empty()))
    .bind(d.currency.code())
    .bind(d.lang.code())
    .bind(org_id)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// The legal representatives' address, first name and language: they receive the
/// summary of every change to the details.
pub async fn legal_representatives(tx: &mut Tx, org_id: &str) -> Result<Vec<(String, String, Lang)>> {
    let rows: Vec<(String, String, String)> = sqlx::query_as(
        "SELECT u.email, u.first_name, u.lang FROM memberships m JOIN users u ON u.id = m.user_id \
         WHERE m.org_id = $1 AND m.role = 'legal_representative' ORDER BY u.email",
    )
    .bind(org_id)
    .fetch_all(&mut **tx)
    .await?;
    Ok(rows.into_iter().map(|(e, n, l)| (e, n, Lang::from_tag(&l).unwrap_or_default())).collect())
}

pub async fn full_name(tx: &mut Tx, user_id: &str) -> Result<String> {
    let (first, last): (String, String) = sqlx::query_as("SELECT first_name, last_name FROM users WHERE id = $1")
        .bind(user_id)
        .fetch_one(&mut **tx)
        .await?;
    Ok(format!("{first} {last}"))
}

#[derive(sqlx::FromRow)]
struct BillingRow {
    id: String,
    label: String,
    country: String,
    address_line1: String,
    postal_code: String,
    city: String,
}

impl BillingRow {
    fn into_address(self) -> Result<BillingAddress> {
        let country = Country::parse(&self.country)
            .ok_or_else(|| anyhow::anyhow!("unknown country {:?} in billing_addresses", self.country))?;
        Ok(BillingAddress {
            id: self.id,
            label: self.label,
            country,
            street: self.address_line1,
            postcode: self.postal_code,
            city: self.city,
        })
    }
}

const BILLING: &str = "SELECT id, label, country, address_line1, postal_code, city FROM billing_addresses";

pub async fn billing_addresses<'e, E: Executor<'e, Database = Any>>(
    ex: E,
    org_id: &str,
) -> Result<Vec<BillingAddress>> {
    let rows: Vec<BillingRow> = sqlx::query_as(&format!("{BILLING} WHERE org_id = $1 ORDER BY created_at, id"))
        .bind(org_id)
        .fetch_all(ex)
        .await?;
    rows.into_iter().map(BillingRow::into_address).collect()
}

pub async fn billing_address(tx: &mut Tx, org_id: &str, id: &str) -> Result<Option<BillingAddress>> {
    let row: Option<BillingRow> = sqlx::query_as(&format!("{BILLING} WHERE org_id = $1 AND id = $2"))
        .bind(org_id)
        .bind(id)
        .fetch_optional(&mut **tx)
        .await?;
    row.map(BillingRow::into_address).transpose()
}

pub async fn count_billing_addresses(tx: &mut Tx, org_id: &str) -> Result<usize> {
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM billing_addresses WHERE org_id = $1")
        .bind(org_id)
        .fetch_one(&mut **tx)
        .await?;
    Ok(n as usize)
}

pub async fn insert_billing_address(tx: &mut Tx, org_id: &str, a: &BillingAddress, now: i64) -> Result<()> {
    sqlx::query(
        "INSERT INTO billing_addresses (id, org_id, label, address_line1, postal_code, city, country, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(&a.id)
    .bind(org_id)
    .bind(&a.label)
    .bind(&a.street)
    .bind(&a.postcode)
    .bind(&a.city)
    .bind(a.country.code())
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

pub async fn update_billing_address(tx: &mut Tx, org_id: &str, a: &BillingAddress) -> Result<()> {
    sqlx::query(
        "UPDATE billing_addresses SET label = $1, address_line1 = $2, postal_code = $3, city = $4, country = $5 \
         WHERE org_id = $6 AND id = $7",
    )
    .bind(&a.label)
    .bind(&a.street)
    .bind(&a.postcode)
    .bind(&a.city)
    .bind(a.country.code())
    .bind(org_id)
    .bind(&a.id)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

pub async fn billing_address_in_use(tx: &mut Tx, id: &str) -> Result<bool> {
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM products WHERE billing_address_id = $1")
        .bind(id)
        .fetch_one(&mut **tx)
        .await?;
    Ok(n > 0)
}

pub async fn delete_billing_address(tx: &mut Tx, org_id: &str, id: &str) -> Result<()> {
    sqlx::query("DELETE FROM billing_addresses WHERE org_id = $1 AND id = $2")
        .bind(org_id)
        .bind(id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

pub async fn set_appearance(tx: &mut Tx, org_id: &str, initials: Option<&str>, color: OrgColor) -> Result<()> {
    sqlx::query("UPDATE organizations SET initials = $1, color = $2 WHERE id = $3")
        .bind(initials)
        .bind(color.as_str())
        .bind(org_id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// The versioned address a logo is served at.
pub fn logo_url(org_id: &str, kind: LogoKind, updated_at: i64) -> String {
    format!("/logos/{org_id}/{}.png?v={updated_at}", kind.as_str())
}

/// When each logo was last stored.
pub async fn logo_versions<'e, E: Executor<'e, Database = Any>>(ex: E, org_id: &str) -> Result<Vec<(LogoKind, i64)>> {
    let rows: Vec<(String, i64)> = sqlx::query_as("SELECT kind, updated_at FROM organization_logos WHERE org_id = $1")
        .bind(org_id)
        .fetch_all(ex)
        .await?;
    Ok(rows.into_iter().filter_map(|(k, v)| LogoKind::parse(&k).map(|k| (k, v))).collect())
}

pub fn appearance(
    org_id: &str,
    name: &str,
    initials: Option<String>,
    color: OrgColor,
    logos: &[(LogoKind, i64)],
) -> Appearance {
    let url = |kind: LogoKind| logos.iter().find(|(k, _)| *k == kind).map(|(k, v)| logo_url(org_id, *k, *v));
    Appearance {
        initials: initials.unwrap_or_else(|| default_initials(name)),
        color,
        square_logo: url(LogoKind::Square),
        wide_logo: url(LogoKind::Wide),
    }
}

pub async fn put_logo(
    tx: &mut Tx,
    org_id: &str,
    kind: LogoKind,
    png_base64: &str,
    size: (u32, u32),
    now: i64,
) -> Result<()> {
    sqlx::query("DELETE FROM organization_logos WHERE org_id = $1 AND kind = $2")
        .bind(org_id)
        .bind(kind.as_str())
        .execute(&mut **tx)
        .await?;
    sqlx::query(
        "INSERT INTO organization_logos (org_id, kind, png_base64, width, height, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(org_id)
    .bind(kind.as_str())
    .bind(png_base64)
    .bind(i64::from(size.0))
    .bind(i64::from(size.1))
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Removes a logo; `false` when there was none.
pub async fn delete_logo(tx: &mut Tx, org_id: &str, kind: LogoKind) -> Result<bool> {
    let done = sqlx::query("DELETE FROM organization_logos WHERE org_id = $1 AND kind = $2")
        .bind(org_id)
        .bind(kind.as_str())
        .execute(&mut **tx)
        .await?;
    Ok(done.rows_affected() > 0)
}

/// A stored logo (PNG, base64) of an organization that still exists.
pub async fn logo<'e, E: Executor<'e, Database = Any>>(ex: E, org_id: &str, kind: LogoKind) -> Result<Option<String>> {
    let row: Option<(String,)> = sqlx::query_as(
        "SELECT l.png_base64 FROM organization_logos l JOIN organizations o ON o.id = l.org_id \
         WHERE l.org_id = $1 AND l.kind = $2 AND o.deleted_at IS NULL",
    )
    .bind(org_id)
    .bind(kind.as_str())
    .fetch_optional(ex)
    .await?;
    Ok(row.map(|r| r.0))
}

/// The header square of an organization, for the session (`load_me`).
pub fn square(
    org_id: &str,
    initials: Option<String>,
    color: Option<&str>,
    logo_version: Option<i64>,
) -> app::session::OrgSquare {
    app::session::OrgSquare {
        initials,
        color: color.and_then(OrgColor::parse).unwrap_or_default(),
        logo: logo_version.map(|v| logo_url(org_id, LogoKind::Square, v)),
    }
}

/// The country chosen at sign-up, with the currency it decides (ORG-4).
pub async fn set_country(tx: &mut Tx, org_id: &str, country: Country) -> Result<()> {
    sqlx::query("UPDATE organizations SET country = $1, currency = $2 WHERE id = $3")
        .bind(country.code())
        .bind(country.currency().code())
        .bind(org_id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}
