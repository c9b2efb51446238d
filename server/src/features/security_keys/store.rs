//! The SQL of security keys: `second_factors` rows of kind `webauthn` (the webauthn-rs
//! `Passkey` as JSON in `secret`, its credential id base64url in `credential_id`), and the
//! registrations in progress (`webauthn_registrations`).

use app::security_keys::api::SecurityKey;
use webauthn_rs::prelude::Passkey;

use crate::context::Tx;
use crate::error::Result;

#[derive(sqlx::FromRow)]
struct Row {
    id: String,
    label: String,
    created_at: i64,
    last_used_at: Option<i64>,
}

impl From<Row> for SecurityKey {
    fn from(r: Row) -> SecurityKey {
        SecurityKey { id: r.id, name: r.label, created_at: r.created_at, last_used_at: r.last_used_at }
    }
}

pub async fn list(pool: &sqlx::AnyPool, user_id: &str) -> Result<Vec<SecurityKey>> {
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT id, label, created_at, last_used_at FROM second_factors \
         WHERE user_id = $1 AND kind = 'webauthn' ORDER BY created_at, id",
    )
    .bind(user_id)
    .fetch_all(pool)
    .await?;
    Ok(rows.into_iter().map(SecurityKey::from).collect())
}

pub async fn one(tx: &mut Tx, user_id: &str, id: &str) -> Result<Option<SecurityKey>> {
    let row: Option<Row> = sqlx::query_as(
        "SELECT id, label, created_at, last_used_at FROM second_factors \
         WHERE id = $1 AND user_id = $2 AND kind = 'webauthn'",
    )
    .bind(id)
    .bind(user_id)
    .fetch_optional(&mut **tx)
    .await?;
    Ok(row.map(SecurityKey::from))
}

/// The user's keys as webauthn-rs reads them, with their row ids.
pub async fn passkeys(tx: &mut Tx, user_id: &str) -> Result<Vec<(String, Passkey)>> {
    let rows: Vec<(String, String)> = sqlx::query_as(
        "SELECT id, secret FROM second_factors WHERE user_id = $1 AND kind = 'webauthn' AND confirmed_at IS NOT NULL",
    )
    .bind(user_id)
    .fetch_all(&mut **tx)
    .await?;
    rows.into_iter()
        .map(|(id, json)| {
            let key: Passkey = serde_json::from_str(&json).map_err(|e| anyhow::anyhow!("stored passkey {id}: {e}"))?;
            Ok((id, key))
        })
        .collect()
}

/// Whether any account registered this credential already.
pub async fn credential_taken(tx: &mut Tx, credential_id: &str) -> Result<bool> {
    let (n,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM second_factors WHERE kind = 'webauthn' AND credential_id = $1")
            .bind(credential_id)
            .fetch_one(&mut **tx)
            .await?;
    Ok(n > 0)
}

pub async fn count(tx: &mut Tx, user_id: &str) -> Result<usize> {
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM second_factors WHERE user_id = $1 AND kind = 'webauthn'")
        .bind(user_id)
        .fetch_one(&mut **tx)
        .await?;
    Ok(usize::try_from(n).unwrap_or(usize::MAX))
}

pub struct NewKey<'a> {
    pub id: &'a str,
    pub user_id: &'a str,
    pub name: &'a str,
    pub passkey_json: &'a str,
    pub credential_id: &'a str,
    pub now: i64,
}

/// A new key, unconfirmed: `security::confirmed` confirms it in the same transaction.
pub async fn insert(tx: &mut Tx, key: NewKey<'_>) -> Result<()> {
    sqlx::query(
        "INSERT INTO second_factors (id, user_id, kind, label, secret, created_at, confirmed_at, credential_id) \
         VALUES ($1, $2, 'webauthn', $3, $4, $5, NULL, $6)",
    )
    .bind(key.id)
    .bind(key.user_id)
    .bind(key.name)
    .bind(key.passkey_json)
    .bind(key.now)
    .bind(key.credential_id)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

pub async fn rename(tx: &mut Tx, user_id: &str, id: &str, name: &str) -> Result<()> {
    sqlx::query("UPDATE second_factors SET label = $1 WHERE id = $2 AND user_id = $3 AND kind = 'webauthn'")
        .bind(name)
        .bind(id)
        .bind(user_id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

pub async fn delete(tx: &mut Tx, user_id: &str, id: &str) -> Result<()> {
    sqlx::query("DELETE FROM second_factors WHERE id = $1 AND user_id = $2 AND kind = 'webauthn'")
        .bind(id)
        .bind(user_id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// A new registration in progress; the session's earlier ones are dropped (one at a time).
pub async fn start_registration(
    tx: &mut Tx,
    id: &str,
    user_id: &str,
    session_hash: &str,
    state: &str,
    now: i64,
    expires_at: i64,
) -> Result<()> {
    sqlx::query("DELETE FROM webauthn_registrations WHERE session_hash = $1 OR expires_at < $2")
        .bind(session_hash)
        .bind(now)
        .execute(&mut **tx)
        .await?;
    sqlx::query(
        "INSERT INTO webauthn_registrations (id, user_id, session_hash, state, created_at, expires_at) \
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(id)
    .bind(user_id)
    .bind(session_hash)
    .bind(state)
    .bind(now)
    .bind(expires_at)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Takes (deletes) the registration `id` of this user and session: its state, if it has
/// not expired. A challenge is answered once.
pub async fn take_registration(
    tx: &mut Tx,
    id: &str,
    user_id: &str,
    session_hash: &str,
    now: i64,
) -> Result<Option<String>> {
    let row: Option<(String, i64)> = sqlx::query_as(
        "SELECT state, expires_at FROM webauthn_registrations WHERE id = $1 AND user_id = $2 AND session_hash = $3",
    )
    .bind(id)
    .bind(user_id)
    .bind(session_hash)
    .fetch_optional(&mut **tx)
    .await?;
    sqlx::query("DELETE FROM webauthn_registrations WHERE id = $1 AND user_id = $2")
        .bind(id)
        .bind(user_id)
        .execute(&mut **tx)
        .await?;
    Ok(row.filter(|(_, expires_at)| *expires_at > now).map(|(state, _)| state))
}
