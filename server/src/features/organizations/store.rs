//! SQL of organizations and memberships shared by the features that create them.

use app::session::{Me, OrgSummary};
use app::AppError;
use domain::{Lang, Membership};
use sqlx::{Any, Executor};

use crate::context::{Ctx, Tx};
use crate::error::Result;
use crate::org_access::{MembershipRow, MEMBERSHIP_COLUMNS};

#[derive(sqlx::FromRow)]
struct UserRow {
    email: String,
    first_name: String,
    last_name: String,
    lang: String,
    time_zone: Option<String>,
    country: Option<String>,
    must_change_login: i64,
    two_factor: i64,
}

#[derive(sqlx::FromRow)]
struct OrgRow {
    id: String,
    name: String,
    initials: Option<String>,
    color: Option<String>,
    logo_version: Option<i64>,
    require_two_factor: i64,
    #[sqlx(flatten)]
    membership: MembershipRow,
}

/// The session view of a user, with `current_org_id` falling back to their first
/// organization when the remembered one is gone.
pub async fn load_me(cx: &Ctx, user_id: &str, current: Option<&str>) -> Result<Me> {
    let user: UserRow = sqlx::query_as("SELECT email, first_name, last_name, lang, time_zone, country, must_change_login, \
         (SELECT COUNT(*) FROM second_factors f WHERE f.user_id = users.id AND f.confirmed_at IS NOT NULL) AS two_factor \
         FROM users WHERE id = $1",
    )
        .bind(user_id)
        .fetch_optional(cx.pool())
        .await?
        .ok_or(AppError::Unauthenticated)?;
    let rows: Vec<OrgRow> = sqlx::query_as(&format!(
        "SELECT o.id, o.name, o.initials, o.color, l.updated_at AS logo_version, o.require_two_factor, {MEMBERSHIP_COLUMNS} \
         FROM memberships m JOIN organizations o ON o.id = m.org_id \
         LEFT JOIN organization_logos l ON l.org_id = o.id AND l.kind = 'square' \
         WHERE m.user_id = $1 AND o.deleted_at IS NULL ORDER BY o.name, o.id"
    ))
    .bind(user_id)
    .fetch_all(cx.pool())
    .await?;
    let organizations = rows
        .into_iter()
        .map(|r| {
            let square =
                crate::features::settings::store::square(&r.id, r.initials, r.color.as_deref(), r.logo_version);
            Ok(OrgSummary {
                id: r.id,
                name: r.name,
                membership: r.membership.into_membership()?,
                square,
                requires_two_factor: r.require_two_factor != 0,
            })
        })
        .collect::<Result<Vec<_>>>()?;
    let current_org_id = current
        .filter(|c| organizations.iter().any(|o| o.id == *c))
        .map(str::to_string)
        .or_else(|| organizations.first().map(|o| o.id.clone()));
    Ok(Me {
        user_id: user_id.to_string(),
        email: user.email,
        first_name: user.first_name,
        last_name: user.last_name,
        lang: Lang::from_tag(&user.lang).unwrap_or_default(),
        time_zone: user.time_zone,
        country: user.country,
        two_factor: user.two_factor > 0,
        must_choose_login: user.must_change_login != 0,
        organizations,
        current_org_id,
        dev_mode: cx.config().dev,
    })
}

pub async fn insert_membership(tx: &mut Tx, org_id: &str, user_id: &str, m: &Membership, now: i64) -> Result<()> {
    sqlx::query(
        "INSERT INTO memberships (org_id, user_id, role, billing_rights, mail_billing, mail_technical, mail_security, created_at, sort_name) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, (SELECT LOWER(last_name || ' ' || first_name) FROM users WHERE id = $2))",
    )
    .bind(org_id)
    .bind(user_id)
    .bind(m.role.as_str())
    .bind(i64::from(m.billing_rights))
    .bind(i64::from(m.admin_emails.billing))
    .bind(i64::from(m.admin_emails.technical))
    .bind(i64::from(m.admin_emails.security))
    .bind(now)
    .execute(&mut **tx)
    .await?;
    index_member_words(tx, org_id, user_id).await
}

/// Writes the words a member is searched by (MEM-7), from their names and login email
/// as they are now. Whatever changes those calls it again for each of the user's
/// organizations.
pub async fn index_member_words(tx: &mut Tx, org_id: &str, user_id: &str) -> Result<()> {
    let (first, last, email): (String, String, String) =
        sqlx::query_as("SELECT first_name, last_name, email FROM users WHERE id = $1")
            .bind(user_id)
            .fetch_one(&mut **tx)
            .await?;
    sqlx::query("DELETE FROM member_search_words WHERE org_id = $1 AND user_id = $2")
        .bind(org_id)
        .bind(user_id)
        .execute(&mut **tx)
        .await?;
    for word in domain::text::search_words(&first, &last, &email) {
        sqlx::query("INSERT INTO member_search_words (org_id, word, user_id) VALUES ($1, $2, $3)")
            .bind(org_id)
            .bind(word)
            .bind(user_id)
            .execute(&mut **tx)
            .await?;
    }
    Ok(())
}

/// A new organization, its invoices in `lang` (its creator's) until its details say
/// otherwise.
pub async fn create_organization(tx: &mut Tx, id: &str, name: &str, kind: &str, lang: Lang, now: i64) -> Result<()> {
    sqlx::query("INSERT INTO organizations (id, name, kind, lang, created_at) VALUES ($1, $2, $3, $4, $5)")
        .bind(id)
        .bind(name)
        .bind(kind)
        .bind(lang.code())
        .bind(now)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// The organization's name.
pub async fn organization_name<'e, E: Executor<'e, Database = Any>>(ex: E, org_id: &str) -> Result<String> {
    let (name,): (String,) =
        sqlx::query_as("SELECT name FROM organizations WHERE id = $1").bind(org_id).fetch_one(ex).await?;
    Ok(name)
}
