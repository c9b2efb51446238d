//! SQL of the invited side: pending invitations by link or by id, and their answers.

use domain::Role;
use sqlx::{Any, Executor};

use crate::context::Tx;
use crate::error::Result;
use crate::ids::hash_secret;

/// A pending invitation: not answered, not revoked, not expired, to a living organization.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Pending {
    pub id: String,
    pub org_id: String,
    pub org_name: String,
    pub email: String,
    role: String,
    pub billing_rights: i64,
    pub inviter_first: String,
    pub inviter_last: String,
    pub invited_by: String,
}

impl Pending {
    pub fn role(&self) -> Result<Role> {
        Ok(Role::parse(&self.role).ok_or_else(|| anyhow::anyhow!("unknown role {:?} in the database", self.role))?)
    }
}

const PENDING: &str = "SELECT i.id, i.org_id, o.name AS org_name, i.email, i.role, i.billing_rights, \
     u.first_name AS inviter_first, u.last_name AS inviter_last, i.invited_by \
     FROM invitations i JOIN organizations o ON o.id = i.org_id JOIN users u ON u.id = i.invited_by \
     WHERE i.accepted_at IS NULL AND i.declined_at IS NULL AND i.revoked_at IS NULL \
       AND i.expires_at > $1 AND o.deleted_at IS NULL";

pub async fn by_token<'e, E: Executor<'e, Database = Any>>(ex: E, token: &str, now: i64) -> Result<Option<Pending>> {
    Ok(sqlx::query_as(&format!("{PENDING} AND i.token_hash = $2"))
        .bind(now)
        .bind(hash_secret(token))
        .fetch_optional(ex)
        .await?)
}

pub async fn by_id_for<'e, E: Executor<'e, Database = Any>>(
    ex: E,
    id: &str,
    email: &str,
    now: i64,
) -> Result<Option<Pending>> {
    Ok(sqlx::query_as(&format!("{PENDING} AND i.id = $2 AND i.email = $3"))
        .bind(now)
        .bind(id)
        .bind(email)
        .fetch_optional(ex)
        .await?)
}

pub async fn for_email<'e, E: Executor<'e, Database = Any>>(ex: E, email: &str, now: i64) -> Result<Vec<Pending>> {
    Ok(sqlx::query_as(&format!("{PENDING} AND i.email = $2 ORDER BY i.created_at"))
        .bind(now)
        .bind(email)
        .fetch_all(ex)
        .await?)
}

/// The user's login email, once verified.
pub async fn verified_email<'e, E: Executor<'e, Database = Any>>(ex: E, user_id: &str) -> Result<Option<String>> {
    let row: Option<(String,)> =
        sqlx::query_as("SELECT email FROM users WHERE id = $1 AND email_verified_at IS NOT NULL")
            .bind(user_id)
            .fetch_optional(ex)
            .await?;
    Ok(row.map(|r| r.0))
}

pub async fn mark(tx: &mut Tx, id: &str, column: Answer, now: i64) -> Result<()> {
    let sql = match column {
        Answer::Accepted => "UPDATE invitations SET accepted_at = $1 WHERE id = $2",
        Answer::Declined => "UPDATE invitations SET declined_at = $1 WHERE id = $2",
    };
    sqlx::query(sql).bind(now).bind(id).execute(&mut **tx).await?;
    Ok(())
}

#[derive(Clone, Copy)]
pub enum Answer {
    Accepted,
    Declined,
}

/// Gives the new member access to the products the invitation offered, those still the
/// organization's and running (MEM-2).
pub async fn grant_invited_products(tx: &mut Tx, invitation_id: &str, org_id: &str, user_id: &str) -> Result<()> {
    sqlx::query(
        "INSERT INTO product_access (org_id, user_id, product_id) \
         SELECT $1, $2, ip.product_id FROM invitation_products ip JOIN products p ON p.id = ip.product_id \
         WHERE ip.invitation_id = $3 AND p.org_id = $1 AND p.status <> 'terminated'",
    )
    .bind(org_id)
    .bind(user_id)
    .bind(invitation_id)
    .execute(&mut **tx)
    .await?;
    Ok(())
}
