//! SQL of the members feature: member rows, role changes and the invitations managers
//! send, with typed rows.

use app::members::api::{MemberRow, PendingInvitation};
use domain::{Email, Membership, Role};
use sqlx::{Any, Executor};

use crate::context::Tx;
use crate::error::Result;
use crate::org_access::{MembershipRow, MEMBERSHIP_COLUMNS};

#[derive(sqlx::FromRow)]
pub struct Row {
    user_id: String,
    first_name: String,
    last_name: String,
    email: String,
    lang: String,
    #[sqlx(flatten)]
    membership: MembershipRow,
}

impl Row {
    pub fn lang(&self) -> domain::Lang {
        domain::Lang::from_tag(&self.lang).unwrap_or_default()
    }

    pub fn into_member(self) -> Result<MemberRow> {
        Ok(MemberRow {
            user_id: self.user_id,
            first_name: self.first_name,
            last_name: self.last_name,
            email: self.email,
            membership: self.membership.into_membership()?,
        })
    }
}

const MEMBER: &str = "SELECT u.id AS user_id, u.first_name, u.last_name, u.email, u.lang";

/// A page of members, `search` being a LIKE pattern or empty for all; and the total.
pub async fn page<'c, E>(ex: E, org_id: &str, pattern: &str, per_page: u32, page: u32) -> Result<(Vec<Row>, u64, u32)>
where
    E: Executor<'c, Database = Any> + Copy,
{
    // Without a search, a page is a range of the (org_id, sort_name) index.
    let filter = if pattern.is_empty() {
        "FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.org_id = $1 AND $2 = ''"
    } else {
        "FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.org_id = $1 \
         AND (LOWER(u.first_name || ' ' || u.last_name) LIKE $2 ESCAPE '\\' OR u.email LIKE $2 ESCAPE '\\')"
    };
    let (total,): (i64,) =
        sqlx::query_as(&format!("SELECT COUNT(*) {filter}")).bind(org_id).bind(pattern).fetch_one(ex).await?;
    let page = page.min((total.max(1) as u32 - 1) / per_page);
    let rows: Vec<Row> = sqlx::query_as(&format!(
        "{MEMBER}, {MEMBERSHIP_COLUMNS} {filter} ORDER BY m.sort_name, m.user_id LIMIT $3 OFFSET $4"
    ))
    .bind(org_id)
    .bind(pattern)
    .bind(i64::from(per_page))
    .bind(i64::from(page * per_page))
    .fetch_all(ex)
    .await?;
    Ok((rows, total as u64, page))
}

pub async fn member<'e, E: Executor<'e, Database = Any>>(ex: E, org_id: &str, user_id: &str) -> Result<Option<Row>> {
    Ok(sqlx::query_as(&format!(
        "{MEMBER}, {MEMBERSHIP_COLUMNS} FROM memberships m JOIN users u ON u.id = m.user_id \
         WHERE m.org_id = $1 AND m.user_id = $2"
    ))
    .bind(org_id)
    .bind(user_id)
    .fetch_optional(ex)
    .await?)
}

/// The organization's legal representatives who are not blocked (the one that must stay).
pub async fn legal_representatives<'e, E: Executor<'e, Database = Any>>(ex: E, org_id: &str) -> Result<usize> {
    let (n,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM memberships WHERE org_id = $1 AND role = 'legal_representative' AND blocked_at IS NULL",
    )
    .bind(org_id)
    .fetch_one(ex)
    .await?;
    Ok(n as usize)
}

/// A user's display name and language: (first, last, lang).
pub async fn person(tx: &mut Tx, user_id: &str) -> Result<(String, String, String)> {
    Ok(sqlx::query_as("SELECT first_name, last_name, lang FROM users WHERE id = $1")
        .bind(user_id)
        .fetch_one(&mut **tx)
        .await?)
}

/// Writes a membership's role and the permissions that go with it.
pub async fn set_membership(tx: &mut Tx, org_id: &str, user_id: &str, m: &Membership) -> Result<()> {
    sqlx::query(
        "UPDATE memberships SET role = $1, billing_rights = $2, mail_billing = $3, mail_technical = $4, \
         mail_security = $5 WHERE org_id = $6 AND user_id = $7",
    )
    .bind(m.role.as_str())
    .bind(i64::from(m.billing_rights))
    .bind(i64::from(m.admin_emails.billing))
    .bind(i64::from(m.admin_emails.technical))
    .bind(i64::from(m.admin_emails.security))
    .bind(org_id)
    .bind(user_id)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Removes the membership and what hangs on it (product access).
pub async fn remove_membership(tx: &mut Tx, org_id: &str, user_id: &str) -> Result<()> {
    sqlx::query("DELETE FROM product_access WHERE org_id = $1 AND user_id = $2")
        .bind(org_id)
        .bind(user_id)
        .execute(&mut **tx)
        .await?;
    sqlx::query("DELETE FROM memberships WHERE org_id = $1 AND user_id = $2")
        .bind(org_id)
        .bind(user_id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

const OPEN_INVITATION: &str = "accepted_at IS NULL AND declined_at IS NULL AND revoked_at IS NULL AND expires_at > $2";

pub async fn pending<'e, E: Executor<'e, Database = Any>>(
    ex: E,
    org_id: &str,
    now: i64,
) -> Result<Vec<PendingInvitation>> {
    let rows: Vec<(String, String, String, i64)> = sqlx::query_as(&format!(
        "SELECT id, email, role, expires_at FROM invitations WHERE org_id = $1 AND {OPEN_INVITATION} \
         ORDER BY created_at DESC LIMIT 200"
    ))
    .bind(org_id)
    .bind(now)
    .fetch_all(ex)
    .await?;
    rows.into_iter()
        .map(|(id, email, role, expires_at)| Ok(PendingInvitation { id, email, role: parse_role(&role)?, expires_at }))
        .collect()
}

/// A pending invitation of `org_id`: (email, role).
pub async fn pending_by_id(tx: &mut Tx, org_id: &str, id: &str, now: i64) -> Result<Option<(Email, Role)>> {
    let row: Option<(String, String)> = sqlx::query_as(&format!(
        "SELECT email, role FROM invitations WHERE org_id = $1 AND {OPEN_INVITATION} AND id = $3"
    ))
    .bind(org_id)
    .bind(now)
    .bind(id)
    .fetch_optional(&mut **tx)
    .await?;
    row.map(|(email, role)| {
        Ok((Email::parse(&email).map_err(|e| anyhow::anyhow!("stored email: {e}"))?, parse_role(&role)?))
    })
    .transpose()
}

/// The roles offered by the invitations still pending for `email` (expired ones too:
/// replacing them is withdrawing them).
pub async fn unanswered_roles_for(tx: &mut Tx, org_id: &str, email: &str) -> Result<Vec<Role>> {
    let rows: Vec<(String,)> = sqlx::query_as(
        "SELECT role FROM invitations WHERE org_id = $1 AND email = $2 \
         AND accepted_at IS NULL AND declined_at IS NULL AND revoked_at IS NULL",
    )
    .bind(org_id)
    .bind(email)
    .fetch_all(&mut **tx)
    .await?;
    rows.iter().map(|(r,)| parse_role(r)).collect()
}

pub async fn revoke_unanswered_for(tx: &mut Tx, org_id: &str, email: &str, now: i64) -> Result<()> {
    sqlx::query(
        "UPDATE invitations SET revoked_at = $1 WHERE org_id = $2 AND email = $3 \
         AND accepted_at IS NULL AND declined_at IS NULL AND revoked_at IS NULL",
    )
    .bind(now)
    .bind(org_id)
    .bind(email)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

pub async fn revoke(tx: &mut Tx, id: &str, now: i64) -> Result<()> {
    sqlx::query("UPDATE invitations SET revoked_at = $1 WHERE id = $2").bind(now).bind(id).execute(&mut **tx).await?;
    Ok(())
}

pub struct NewInvitation<'a> {
    pub id: &'a str,
    pub org_id: &'a str,
    pub email: &'a str,
    pub role: Role,
    pub token_hash: &'a str,
    pub invited_by: &'a str,
    pub now: i64,
    pub expires_at: i64,
}

pub async fn insert_invitation(tx: &mut Tx, i: NewInvitation<'_>) -> Result<()> {
    sqlx::query(
        "INSERT INTO invitations (id, org_id, email, role, billing_rights, token_hash, invited_by, created_at, expires_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(i.id)
    .bind(i.org_id)
    .bind(i.email)
    .bind(i.role.as_str())
    .bind(i64::from(i.role.is_manager()))
    .bind(i.token_hash)
    .bind(i.invited_by)
    .bind(i.now)
    .bind(i.expires_at)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// The account behind an address, if any: (user id, language).
pub async fn account_by_email(tx: &mut Tx, email: &str) -> Result<Option<(String, String)>> {
    Ok(sqlx::query_as("SELECT id, lang FROM users WHERE email = $1").bind(email).fetch_optional(&mut **tx).await?)
}

fn parse_role(s: &str) -> Result<Role> {
    Ok(Role::parse(s).ok_or_else(|| anyhow::anyhow!("unknown role {s:?} in the database"))?)
}
