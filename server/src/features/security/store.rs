//! The SQL of two-factor authentication: factors, backup codes, and what the second step
//! needs to know of an account.

use domain::two_factor::{Enrolment, Method};
use sqlx::{Any, Executor};

use crate::context::Tx;
use crate::error::Result;
use crate::sessions::{BROWSER_ONLY_IDLE_MS, PERSISTENT_IDLE_MS};

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct FactorRow {
    pub id: String,
    pub kind: String,
    pub label: String,
    pub secret: String,
    pub created_at: i64,
    pub last_used_at: Option<i64>,
    pub confirmed_at: Option<i64>,
    pub last_step: Option<i64>,
    pub setup_code_hash: Option<String>,
    pub setup_code_sent_at: Option<i64>,
    pub setup_sends: i64,
    pub setup_failures: i64,
}

const FACTOR_COLUMNS: &str = "id, kind, label, secret, created_at, last_used_at, confirmed_at, last_step, \
     setup_code_hash, setup_code_sent_at, setup_sends, setup_failures";

/// The person's confirmed factors, oldest first.
pub async fn confirmed_factors<'e, E: Executor<'e, Database = Any>>(ex: E, user_id: &str) -> Result<Vec<FactorRow>> {
    Ok(sqlx::query_as(&format!(
        "SELECT {FACTOR_COLUMNS} FROM second_factors WHERE user_id = $1 AND confirmed_at IS NOT NULL ORDER BY created_at, id"
    ))
    .bind(user_id)
    .fetch_all(ex)
    .await?)
}

/// One factor of the person (confirmed or not); another person's id finds nothing.
pub async fn factor(tx: &mut Tx, user_id: &str, factor_id: &str) -> Result<Option<FactorRow>> {
    Ok(sqlx::query_as(&format!("SELECT {FACTOR_COLUMNS} FROM second_factors WHERE id = $1 AND user_id = $2"))
        .bind(factor_id)
        .bind(user_id)
        .fetch_optional(&mut **tx)
        .await?)
}

/// The person's confirmed factor of `kind` (the first), e.g. the phone for SMS codes.
pub async fn confirmed_of_kind(tx: &mut Tx, user_id: &str, kind: &str) -> Result<Vec<FactorRow>> {
    Ok(sqlx::query_as(&format!(
        "SELECT {FACTOR_COLUMNS} FROM second_factors \
         WHERE user_id = $1 AND kind = $2 AND confirmed_at IS NOT NULL ORDER BY created_at, id"
    ))
    .bind(user_id)
    .bind(kind)
    .fetch_all(&mut **tx)
    .await?)
}

pub struct NewFactor<'a> {
    pub id: &'a str,
    pub user_id: &'a str,
    pub kind: &'a str,
    pub label: &'a str,
    pub secret: &'a str,
    pub now: i64,
}

/// A factor being set up; earlier unconfirmed ones of the same kind go.
pub async fn insert_unconfirmed(tx: &mut Tx, f: NewFactor<'_>) -> Result<()> {
    sqlx::query("DELETE FROM second_factors WHERE user_id = $1 AND kind = $2 AND confirmed_at IS NULL")
        .bind(f.user_id)
        .bind(f.kind)
        .execute(&mut **tx)
        .await?;
    sqlx::query(
        "INSERT INTO second_factors (id, user_id, kind, label, secret, created_at) VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(f.id)
    .bind(f.user_id)
    .bind(f.kind)
    .bind(f.label)
    .bind(f.secret)
    .bind(f.now)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Marks a factor confirmed; `false` when it was already (a second confirmation).
pub async fn confirm(tx: &mut Tx, factor_id: &str, now: i64) -> Result<bool> {
    let done = sqlx::query(
        "UPDATE second_factors SET confirmed_at = $1, last_used_at = $1, setup_code_hash = NULL \
         WHERE id = $2 AND confirmed_at IS NULL",
    )
    .bind(now)
    .bind(factor_id)
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Accepts TOTP step `step` for the factor unless a step as late was accepted already
/// (one write, so two requests with one code cannot both pass).
pub async fn take_step(tx: &mut Tx, factor_id: &str, step: i64, now: i64) -> Result<bool> {
    let done = sqlx::query(
        "UPDATE second_factors SET last_step = $1, last_used_at = $2 \
         WHERE id = $3 AND (last_step IS NULL OR last_step < $1)",
    )
    .bind(step)
    .bind(now)
    .bind(factor_id)
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected() == 1)
}

pub async fn touch(tx: &mut Tx, factor_id: &str, now: i64) -> Result<()> {
    sqlx::query("UPDATE second_factors SET last_used_at = $1 WHERE id = $2")
        .bind(now)
        .bind(factor_id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

pub async fn set_setup_code(tx: &mut Tx, factor_id: &str, code_hash: &str, now: i64) -> Result<()> {
    sqlx::query(
        "UPDATE second_factors SET setup_code_hash = $1, setup_code_sent_at = $2, setup_sends = setup_sends + 1, \
         setup_failures = 0 WHERE id = $3",
    )
    .bind(code_hash)
    .bind(now)
    .bind(factor_id)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

pub async fn setup_failed(tx: &mut Tx, factor_id: &str) -> Result<()> {
    sqlx::query("UPDATE second_factors SET setup_failures = setup_failures + 1 WHERE id = $1")
        .bind(factor_id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Removes one factor of the person; `false` when it is not theirs.
pub async fn delete_factor(tx: &mut Tx, user_id: &str, factor_id: &str) -> Result<bool> {
    let done = sqlx::query("DELETE FROM second_factors WHERE id = $1 AND user_id = $2")
        .bind(factor_id)
        .bind(user_id)
        .execute(&mut **tx)
        .await?;
    Ok(done.rows_affected() == 1)
}

/// Turning 2FA off: every factor, backup code and pending sign-in of the person.
pub async fn delete_everything(tx: &mut Tx, user_id: &str) -> Result<()> {
    for statement in [
        "DELETE FROM second_factors WHERE user_id = $1",
        "DELETE FROM backup_codes WHERE user_id = $1",
        "DELETE FROM sign_in_attempts WHERE user_id = $1",
    ] {
        sqlx::query(statement).bind(user_id).execute(&mut **tx).await?;
    }
    Ok(())
}

/// Replaces the person's backup codes by these hashes.
pub async fn replace_backup_codes(tx: &mut Tx, user_id: &str, hashes: &[String], now: i64) -> Result<()> {
    sqlx::query("DELETE FROM backup_codes WHERE user_id = $1").bind(user_id).execute(&mut **tx).await?;
    for hash in hashes {
        sqlx::query("INSERT INTO backup_codes (user_id, code_hash, created_at) VALUES ($1, $2, $3)")
            .bind(user_id)
            .bind(hash)
            .bind(now)
            .execute(&mut **tx)
            .await?;
    }
    Ok(())
}

/// Uses a backup code once (one write: the same code cannot pass twice).
pub async fn use_backup_code(tx: &mut Tx, user_id: &str, code_hash: &str, now: i64) -> Result<bool> {
    let done =
        sqlx::query("UPDATE backup_codes SET used_at = $1 WHERE user_id = $2 AND code_hash = $3 AND used_at IS NULL")
            .bind(now)
            .bind(user_id)
            .bind(code_hash)
            .execute(&mut **tx)
            .await?;
    Ok(done.rows_affected() == 1)
}

pub async fn backup_codes_left<'e, E: Executor<'e, Database = Any>>(ex: E, user_id: &str) -> Result<u32> {
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM backup_codes WHERE user_id = $1 AND used_at IS NULL")
        .bind(user_id)
        .fetch_one(ex)
        .await?;
    Ok(u32::try_from(n).unwrap_or(0))
}

/// Live sessions of the person (the ones that could approve a push).
pub async fn live_sessions(tx: &mut Tx, user_id: &str, now: i64) -> Result<i64> {
    let (n,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM sessions WHERE user_id = $1 AND revoked_at IS NULL AND expires_at > $2 \
           AND last_seen_at > (CASE WHEN persistent = 1 THEN $3 ELSE $4 END)",
    )
    .bind(user_id)
    .bind(now)
    .bind(now - PERSISTENT_IDLE_MS)
    .bind(now - BROWSER_ONLY_IDLE_MS)
    .fetch_one(&mut **tx)
    .await?;
    Ok(n)
}

/// What the second step can offer the person now.
pub async fn enrolment(tx: &mut Tx, user_id: &str, now: i64) -> Result<Enrolment> {
    let factors = confirmed_factors(&mut **tx, user_id).await?;
    let mut methods: Vec<Method> = factors.iter().filter_map(|f| Method::from_factor_kind(&f.kind)).collect();
    methods.dedup();
    Ok(Enrolment {
        factors: methods,
        backup_codes_left: backup_codes_left(&mut **tx, user_id).await?,
        other_session: live_sessions(tx, user_id, now).await? > 0,
    })
}

/// The person's login email, first name and language (for their emails).
pub async fn addressee(tx: &mut Tx, user_id: &str) -> Result<(String, String, String)> {
    Ok(sqlx::query_as("SELECT email, first_name, lang FROM users WHERE id = $1")
        .bind(user_id)
        .fetch_one(&mut **tx)
        .await?)
}
