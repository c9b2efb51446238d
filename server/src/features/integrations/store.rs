//! The SQL of integrations: API keys, embedding origins, widget tokens.

use app::integrations::api::ApiKey;
use sqlx::{Any, Executor};

use crate::context::Tx;
use crate::error::Result;

#[derive(sqlx::FromRow)]
struct KeyRow {
    id: String,
    name: String,
    prefix: String,
    first_name: Option<String>,
    last_name: Option<String>,
    created_at: i64,
    last_used_at: Option<i64>,
    revoked_at: Option<i64>,
}

/// The organization's keys, newest first (at most 200: 20 active and recent revoked).
pub async fn keys<'e, E: Executor<'e, Database = Any>>(ex: E, org_id: &str) -> Result<Vec<ApiKey>> {
    let rows: Vec<KeyRow> = sqlx::query_as(
        "SELECT k.id, k.name, k.prefix, u.first_name, u.last_name, k.created_at, k.last_used_at, k.revoked_at \
         FROM api_keys k LEFT JOIN users u ON u.id = k.created_by WHERE k.org_id = $1 \
         ORDER BY k.revoked_at IS NOT NULL, k.created_at DESC, k.id LIMIT 200",
    )
    .bind(org_id)
    .fetch_all(ex)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| ApiKey {
            id: r.id,
            name: r.name,
            prefix: r.prefix,
            created_by: format!("{} {}", r.first_name.unwrap_or_default(), r.last_name.unwrap_or_default())
                .trim()
                .to_string(),
            created_at: r.created_at,
            last_used_at: r.last_used_at,
            revoked_at: r.revoked_at,
        })
        .collect())
}

pub async fn count_active_keys<'e, E: Executor<'e, Database = Any>>(ex: E, org_id: &str) -> Result<usize> {
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM api_keys WHERE org_id = $1 AND revoked_at IS NULL")
        .bind(org_id)
        .fetch_one(ex)
        .await?;
    Ok(n.max(0) as usize)
}

#[allow(clippy::too_many_arguments)]
pub async fn insert_key(
    tx: &mut Tx,
    id: &str,
    org_id: &str,
    name: &str,
    hash: &str,
    prefix: &str,
    created_by: &str,
    now: i64,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO api_keys (id, org_id, name, key_hash, prefix, created_by, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(id)
    .bind(org_id)
    .bind(name)
    .bind(hash)
    .bind(prefix)
    .bind(created_by)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Revokes a live key of the organization and the tokens it minted; its name, or `None`
/// when the organization has no such live key.
pub async fn revoke_key(tx: &mut Tx, org_id: &str, key_id: &str, now: i64) -> Result<Option<String>> {
    let name: Option<(String,)> = sqlx::query_as(
        "UPDATE api_keys SET revoked_at = $1 WHERE id = $2 AND org_id = $3 AND revoked_at IS NULL RETURNING name",
    )
    .bind(now)
    .bind(key_id)
    .bind(org_id)
    .fetch_optional(&mut **tx)
    .await?;
    if name.is_some() {
        sqlx::query("UPDATE widget_tokens SET revoked_at = $1 WHERE api_key_id = $2 AND revoked_at IS NULL")
            .bind(now)
            .bind(key_id)
            .execute(&mut **tx)
            .await?;
    }
    Ok(name.map(|(n,)| n))
}

pub async fn origins<'e, E: Executor<'e, Database = Any>>(ex: E, org_id: &str) -> Result<Vec<String>> {
    let rows: Vec<(String,)> = sqlx::query_as("SELECT origin FROM embed_origins WHERE org_id = $1 ORDER BY origin")
        .bind(org_id)
        .fetch_all(ex)
        .await?;
    Ok(rows.into_iter().map(|(o,)| o).collect())
}

pub async fn insert_origin(tx: &mut Tx, org_id: &str, origin: &str, now: i64) -> Result<()> {
    sqlx::query("INSERT INTO embed_origins (org_id, origin, created_at) VALUES ($1, $2, $3)")
        .bind(org_id)
        .bind(origin)
        .bind(now)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

pub async fn delete_origin(tx: &mut Tx, org_id: &str, origin: &str) -> Result<bool> {
    let done = sqlx::query("DELETE FROM embed_origins WHERE org_id = $1 AND origin = $2")
        .bind(org_id)
        .bind(origin)
        .execute(&mut **tx)
        .await?;
    Ok(done.rows_affected() > 0)
}

/// The member of the organization whose login is `email` (not blocked, account usable).
pub async fn member_by_email<'e, E: Executor<'e, Database = Any>>(
    ex: E,
    org_id: &str,
    email: &str,
) -> Result<Option<String>> {
    let row: Option<(String,)> = sqlx::query_as(
        "SELECT u.id FROM users u JOIN memberships m ON m.user_id = u.id AND m.org_id = $1 \
         WHERE u.email = $2 AND u.blocked_at IS NULL AND u.closed_at IS NULL AND m.blocked_at IS NULL",
    )
    .bind(org_id)
    .bind(email)
    .fetch_optional(ex)
    .await?;
    Ok(row.map(|(id,)| id))
}

pub struct NewToken<'a> {
    pub id: &'a str,
    pub hash: &'a str,
    pub api_key_id: &'a str,
    pub user_id: &'a str,
    pub org_id: &'a str,
    pub widgets: &'a str,
    pub max_role: &'a str,
    pub now: i64,
    pub expires_at: i64,
}

pub async fn insert_token(tx: &mut Tx, t: &NewToken<'_>) -> Result<()> {
    sqlx::query(
        "INSERT INTO widget_tokens (id, token_hash, api_key_id, user_id, org_id, widgets, max_role, created_at, \
         expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(t.id)
    .bind(t.hash)
    .bind(t.api_key_id)
    .bind(t.user_id)
    .bind(t.org_id)
    .bind(t.widgets)
    .bind(t.max_role)
    .bind(t.now)
    .bind(t.expires_at)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Tokens a day past their expiry are forgotten (housekeeping).
pub async fn forget_expired(tx: &mut Tx, now: i64) -> Result<u64> {
    let done = sqlx::query("DELETE FROM widget_tokens WHERE expires_at < $1")
        .bind(now - 24 * 60 * 60 * 1000)
        .execute(&mut **tx)
        .await?;
    Ok(done.rows_affected())
}

pub struct Who {
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    pub lang: String,
    pub org_name: String,
}

pub async fn who<'e, E: Executor<'e, Database = Any>>(ex: E, user_id: &str, org_id: &str) -> Result<Option<Who>> {
    let row: Option<(String, String, String, String, String)> = sqlx::query_as(
        "SELECT u.first_name, u.last_name, u.email, u.lang, o.name FROM users u, organizations o \
         WHERE u.id = $1 AND o.id = $2",
    )
    .bind(user_id)
    .bind(org_id)
    .fetch_optional(ex)
    .await?;
    Ok(row.map(|(first_name, last_name, email, lang, org_name)| Who { first_name, last_name, email, lang, org_name }))
}

/// The origins that may frame the organization's widgets, for the widget page's
/// `frame-ancestors` (empty for an organization that is gone).
pub async fn frame_ancestors<'e, E: Executor<'e, Database = Any>>(ex: E, org_id: &str) -> Result<Vec<String>> {
    let rows: Vec<(String,)> = sqlx::query_as(
        "SELECT e.origin FROM embed_origins e JOIN organizations o ON o.id = e.org_id \
         WHERE e.org_id = $1 AND o.deleted_at IS NULL ORDER BY e.origin",
    )
    .bind(org_id)
    .fetch_all(ex)
    .await?;
    Ok(rows.into_iter().map(|(o,)| o).collect())
}
