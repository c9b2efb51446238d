//! SQL of accounts: users, confirmation tokens, sign-in events.

use crate::context::Tx;
use crate::error::Result;
use sqlx::{Any, Executor};

#[derive(sqlx::FromRow)]
pub struct Credentials {
    pub id: String,
    pub password_hash: String,
    pub email_verified_at: Option<i64>,
    pub first_name: String,
    pub lang: String,
}

/// The credentials of an open (not closed, not blocked) account, by its login: the
/// login email, or while the login mailbox is lost (ACC-12) only the temporary username.
pub async fn credentials<'e, E: Executor<'e, Database = Any>>(ex: E, email: &str) -> Result<Option<Credentials>> {
    Ok(sqlx::query_as(
        "SELECT id, password_hash, email_verified_at, first_name, lang FROM users \
         WHERE ((email = $1 AND temporary_username IS NULL) OR temporary_username = $1) \
           AND closed_at IS NULL AND blocked_at IS NULL",
    )
    .bind(email)
    .fetch_optional(ex)
    .await?)
}

/// Did the account sign in successfully from `ip` since `since`?
pub async fn signed_in_from(tx: &mut Tx, user_id: &str, ip: &str, since: i64) -> Result<bool> {
    let row: Option<(i64,)> = sqlx::query_as(
        "SELECT 1 FROM sign_in_events WHERE user_id = $1 AND ip = $2 AND outcome = 'success' AND at > $3 LIMIT 1",
    )
    .bind(user_id)
    .bind(ip)
    .bind(since)
    .fetch_optional(&mut **tx)
    .await?;
    Ok(row.is_some())
}

pub struct SignInEvent<'a> {
    pub id: &'a str,
    pub user_id: &'a str,
    pub at: i64,
    pub ip: Option<&'a str>,
    pub user_agent: Option<&'a str>,
    pub outcome: &'a str,
}

pub async fn record_sign_in(tx: &mut Tx, e: SignInEvent<'_>) -> Result<()> {
    sqlx::query(
        "INSERT INTO sign_in_events (id, user_id, at, ip, user_agent, outcome) VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(e.id)
    .bind(e.user_id)
    .bind(e.at)
    .bind(e.ip)
    .bind(e.user_agent)
    .bind(e.outcome)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// An account by address: (id, first name, language, verified at).
pub async fn by_email(tx: &mut Tx, email: &str) -> Result<Option<(String, String, String, Option<i64>)>> {
    Ok(sqlx::query_as("SELECT id, first_name, lang, email_verified_at FROM users WHERE email = $1")
        .bind(email)
        .fetch_optional(&mut **tx)
        .await?)
}

pub struct NewUser<'a> {
    pub id: &'a str,
    pub email: &'a str,
    pub verified_at: Option<i64>,
    pub password_hash: &'a str,
    pub first_name: &'a str,
    pub last_name: &'a str,
    pub account_type: &'a str,
    pub lang: &'a str,
    /// ISO code chosen at sign-up (ORG-4).
    pub country: Option<&'a str>,
    pub now: i64,
}

/// Inserts the user; a unique violation (same address at the same instant) comes back
/// as an error the caller can recognise with `Error::is_unique_violation`.
pub async fn insert_user(tx: &mut Tx, u: NewUser<'_>) -> Result<()> {
    sqlx::query(
        "INSERT INTO users (id, email, email_verified_at, password_hash, first_name, last_name, account_type, lang, created_at, country) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
    )
    .bind(u.id)
    .bind(u.email)
    .bind(u.verified_at)
    .bind(u.password_hash)
    .bind(u.first_name)
    .bind(u.last_name)
    .bind(u.account_type)
    .bind(u.lang)
    .bind(u.now)
    .bind(u.country)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Removes an account that never confirmed its address, with the organization its
/// sign-up created. Such an account never signed in, so nothing else refers to it.
/// `false` (and nothing removed) when it was confirmed in the meantime: the row is
/// locked first, so a confirmation cannot slip in between.
pub async fn discard_unconfirmed(tx: &mut Tx, user_id: &str) -> Result<bool> {
    let still_unconfirmed = sqlx::query(
        "UPDATE users SET email_verified_at = email_verified_at WHERE id = $1 AND email_verified_at IS NULL",
    )
    .bind(user_id)
    .execute(&mut **tx)
    .await?;
    if still_unconfirmed.rows_affected() != 1 {
        return Ok(false);
    }
    let orgs: Vec<(String,)> =
        sqlx::query_as("SELECT org_id FROM memberships WHERE user_id = $1").bind(user_id).fetch_all(&mut **tx).await?;
    for statement in [
        "DELETE FROM one_time_tokens WHERE user_id = $1",
        "DELETE FROM sessions WHERE user_id = $1",
        "DELETE FROM sign_in_events WHERE user_id = $1",
        "DELETE FROM memberships WHERE user_id = $1",
    ] {
        sqlx::query(statement).bind(user_id).execute(&mut **tx).await?;
    }
    for (org_id,) in orgs {
        sqlx::query(
            "DELETE FROM organizations WHERE id = $1 AND NOT EXISTS (SELECT 1 FROM memberships WHERE org_id = $1)",
        )
        .bind(&org_id)
        .execute(&mut **tx)
        .await?;
    }
    sqlx::query("DELETE FROM users WHERE id = $1 AND email_verified_at IS NULL")
        .bind(user_id)
        .execute(&mut **tx)
        .await?;
    Ok(true)
}

pub const VERIFY_EMAIL: &str = "verify_email";

pub async fn insert_token(
    tx: &mut Tx,
    hash: &str,
    user_id: &str,
    purpose: &str,
    target: &str,
    now: i64,
    expires: i64,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO one_time_tokens (token_hash, user_id, purpose, target, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(hash)
    .bind(user_id)
    .bind(purpose)
    .bind(target)
    .bind(now)
    .bind(expires)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

#[derive(sqlx::FromRow)]
pub struct PendingConfirmation {
    pub user_id: String,
    pub target: String,
    pub password_hash: String,
}

pub async fn pending_confirmation<'e, E: Executor<'e, Database = Any>>(
    ex: E,
    token_hash: &str,
    now: i64,
) -> Result<Option<PendingConfirmation>> {
    Ok(sqlx::query_as(
        "SELECT t.user_id, t.target, u.password_hash FROM one_time_tokens t JOIN users u ON u.id = t.user_id \
         WHERE t.token_hash = $1 AND t.purpose = $2 AND t.used_at IS NULL AND t.expires_at > $3 AND u.email = t.target",
    )
    .bind(token_hash)
    .bind(VERIFY_EMAIL)
    .bind(now)
    .fetch_optional(ex)
    .await?)
}

/// Marks the token used; `false` if another request used it first.
pub async fn use_token(tx: &mut Tx, token_hash: &str, now: i64) -> Result<bool> {
    let used = sqlx::query("UPDATE one_time_tokens SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL")
        .bind(now)
        .bind(token_hash)
        .execute(&mut **tx)
        .await?;
    Ok(used.rows_affected() == 1)
}

pub async fn confirm_email(tx: &mut Tx, user_id: &str, email: &str, now: i64) -> Result<()> {
    sqlx::query("UPDATE users SET email_verified_at = $1 WHERE id = $2 AND email = $3 AND email_verified_at IS NULL")
        .bind(now)
        .bind(user_id)
        .bind(email)
        .execute(&mut **tx)
        .await?;
    Ok(())
}
