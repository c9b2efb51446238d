//! SQL of recovery: accounts found by login or phone, SMS codes, reset and new-login
//! tokens (in `one_time_tokens`), identity-verification requests.

use sqlx::{Any, Executor};

use crate::context::Tx;
use crate::error::Result;

pub const RESET_PASSWORD: &str = "reset_password";
pub const CHOOSE_LOGIN: &str = "choose_login";

/// An open account and its verified recovery channels.
#[derive(sqlx::FromRow, Clone)]
pub struct Account {
    pub id: String,
    pub email: String,
    pub first_name: String,
    pub last_name: String,
    pub lang: String,
    pub recovery_email: Option<String>,
    pub recovery_phone: Option<String>,
}

const ACCOUNT: &str = "SELECT id, email, first_name, last_name, lang, \
     CASE WHEN recovery_email_verified_at IS NOT NULL THEN recovery_email END AS recovery_email, \
     CASE WHEN recovery_phone_verified_at IS NOT NULL THEN recovery_phone END AS recovery_phone \
     FROM users WHERE closed_at IS NULL AND blocked_at IS NULL AND email_verified_at IS NOT NULL";

pub async fn account_by_login<'e, E: Executor<'e, Database = Any>>(ex: E, email: &str) -> Result<Option<Account>> {
    Ok(sqlx::query_as(&format!("{ACCOUNT} AND email = $1")).bind(email).fetch_optional(ex).await?)
}

pub async fn account_by_id<'e, E: Executor<'e, Database = Any>>(ex: E, id: &str) -> Result<Option<Account>> {
    Ok(sqlx::query_as(&format!("{ACCOUNT} AND id = $1")).bind(id).fetch_optional(ex).await?)
}

/// Accounts whose verified recovery phone is `e164` (a few at most: it is a person's).
pub async fn accounts_by_phone<'e, E: Executor<'e, Database = Any>>(ex: E, e164: &str) -> Result<Vec<Account>> {
    Ok(sqlx::query_as(&format!(
        "{ACCOUNT} AND recovery_phone = $1 AND recovery_phone_verified_at IS NOT NULL LIMIT 20"
    ))
    .bind(e164)
    .fetch_all(ex)
    .await?)
}

pub struct NewCode<'a> {
    pub id_hash: &'a str,
    pub user_id: &'a str,
    pub code_hash: &'a str,
    pub to_number: &'a str,
    pub now: i64,
    pub expires_at: i64,
}

pub async fn insert_code(tx: &mut Tx, c: NewCode<'_>) -> Result<()> {
    sqlx::query(
        "INSERT INTO recovery_codes (id_hash, user_id, code_hash, to_number, created_at, expires_at) \
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(c.id_hash)
    .bind(c.user_id)
    .bind(c.code_hash)
    .bind(c.to_number)
    .bind(c.now)
    .bind(c.expires_at)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// A code still open to tries: (user id, code hash, failures so far). Locks the row on
/// PostgreSQL (a no-op write first), so two tries of one code count one after the other.
pub async fn open_code(tx: &mut Tx, id_hash: &str, now: i64) -> Result<Option<(String, String, i64)>> {
    sqlx::query("UPDATE recovery_codes SET failures = failures WHERE id_hash = $1")
        .bind(id_hash)
        .execute(&mut **tx)
        .await?;
    Ok(sqlx::query_as(
        "SELECT user_id, code_hash, failures FROM recovery_codes \
         WHERE id_hash = $1 AND used_at IS NULL AND expires_at > $2 AND failures < $3",
    )
    .bind(id_hash)
    .bind(now)
    .bind(domain::recovery::MAX_CODE_TRIES)
    .fetch_optional(&mut **tx)
    .await?)
}

pub async fn fail_code(tx: &mut Tx, id_hash: &str) -> Result<()> {
    sqlx::query("UPDATE recovery_codes SET failures = failures + 1 WHERE id_hash = $1")
        .bind(id_hash)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

pub async fn use_code(tx: &mut Tx, id_hash: &str, now: i64) -> Result<bool> {
    let done = sqlx::query("UPDATE recovery_codes SET used_at = $1 WHERE id_hash = $2 AND used_at IS NULL")
        .bind(now)
        .bind(id_hash)
        .execute(&mut **tx)
        .await?;
    Ok(done.rows_affected() == 1)
}

/// The account an unused, unexpired token of `purpose` belongs to, and its target.
pub async fn token_owner(tx: &mut Tx, token_hash: &str, purpose: &str, now: i64) -> Result<Option<(String, String)>> {
    Ok(sqlx::query_as(
        "SELECT user_id, target FROM one_time_tokens \
         WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > $3",
    )
    .bind(token_hash)
    .bind(purpose)
    .bind(now)
    .fetch_optional(&mut **tx)
    .await?)
}

/// Spends every open reset secret of the account (links and codes): after a reset none
/// of the others may be used.
pub async fn spend_reset_secrets(tx: &mut Tx, user_id: &str, now: i64) -> Result<()> {
    sqlx::query("UPDATE one_time_tokens SET used_at = $1 WHERE user_id = $2 AND purpose = $3 AND used_at IS NULL")
        .bind(now)
        .bind(user_id)
        .bind(RESET_PASSWORD)
        .execute(&mut **tx)
        .await?;
    sqlx::query("UPDATE recovery_codes SET used_at = $1 WHERE user_id = $2 AND used_at IS NULL")
        .bind(now)
        .bind(user_id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

pub async fn set_password(tx: &mut Tx, user_id: &str, hash: &str) -> Result<()> {
    sqlx::query("UPDATE users SET password_hash = $1 WHERE id = $2")
        .bind(hash)
        .bind(user_id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// The language of the account whose login is `email`, if one is (it is told in its own).
pub async fn login_taken(tx: &mut Tx, email: &str) -> Result<Option<String>> {
    let row: Option<(String,)> =
        sqlx::query_as("SELECT lang FROM users WHERE email = $1").bind(email).fetch_optional(&mut **tx).await?;
    Ok(row.map(|(lang,)| lang))
}

/// ACC-12: the account signs in with `username` (not its login email) until it chooses
/// a new login.
pub async fn set_temporary_username(tx: &mut Tx, user_id: &str, username: &str) -> Result<()> {
    sqlx::query("UPDATE users SET temporary_username = $1, must_change_login = 1 WHERE id = $2")
        .bind(username)
        .bind(user_id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// (must change login, recovery email) of an account.
pub async fn login_state(tx: &mut Tx, user_id: &str) -> Result<Option<(i64, Option<String>)>> {
    Ok(sqlx::query_as("SELECT must_change_login, recovery_email FROM users WHERE id = $1")
        .bind(user_id)
        .fetch_optional(&mut **tx)
        .await?)
}

/// The new login replaces the old one and the temporary username ends.
pub async fn set_login(tx: &mut Tx, user_id: &str, email: &str, now: i64) -> Result<()> {
    sqlx::query(
        "UPDATE users SET email = $1, email_verified_at = $2, temporary_username = NULL, must_change_login = 0 \
         WHERE id = $3",
    )
    .bind(email)
    .bind(now)
    .bind(user_id)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

pub async fn org_ids(tx: &mut Tx, user_id: &str) -> Result<Vec<String>> {
    let rows: Vec<(String,)> =
        sqlx::query_as("SELECT org_id FROM memberships WHERE user_id = $1").bind(user_id).fetch_all(&mut **tx).await?;
    Ok(rows.into_iter().map(|r| r.0).collect())
}

/// An identity-verification request as support sees it.
#[derive(sqlx::FromRow, Clone, Debug)]
pub struct IdentityRequest {
    pub id: String,
    pub status: String,
    pub reason: String,
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    pub account_email: Option<String>,
    pub user_id: Option<String>,
    pub lang: String,
    pub details: String,
    pub document_type: Option<String>,
    pub decision_note: Option<String>,
    pub ip: Option<String>,
    pub created_at: i64,
    pub updated_at: Option<i64>,
}

const IDENTITY: &str =
    "SELECT id, status, reason, first_name, last_name, email, account_email, user_id, lang, details, \
     document_type, decision_note, ip, created_at, updated_at FROM identity_verification_requests";

pub struct NewIdentityRequest<'a> {
    pub id: &'a str,
    pub first_name: &'a str,
    pub last_name: &'a str,
    pub email: &'a str,
    pub account_email: Option<&'a str>,
    pub user_id: Option<&'a str>,
    pub reason: &'a str,
    pub details: &'a str,
    pub lang: &'a str,
    pub document_type: &'a str,
    pub document_base64: &'a str,
    pub ip: Option<&'a str>,
    pub now: i64,
}

pub async fn insert_identity_request(tx: &mut Tx, r: NewIdentityRequest<'_>) -> Result<()> {
    sqlx::query(
        "INSERT INTO identity_verification_requests (id, email, reason, details, status, created_at, user_id, lang, \
         document_type, document_base64, updated_at, first_name, last_name, account_email, ip) \
         VALUES ($1, $2, $3, $4, 'received', $5, $6, $7, $8, $9, $5, $10, $11, $12, $13)",
    )
    .bind(r.id)
    .bind(r.email)
    .bind(r.reason)
    .bind(r.details)
    .bind(r.now)
    .bind(r.user_id)
    .bind(r.lang)
    .bind(r.document_type)
    .bind(r.document_base64)
    .bind(r.first_name)
    .bind(r.last_name)
    .bind(r.account_email)
    .bind(r.ip)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Open requests first (received, then in review), oldest first; then the decided ones.
pub async fn identity_requests<'e, E: Executor<'e, Database = Any>>(ex: E) -> Result<Vec<IdentityRequest>> {
    Ok(sqlx::query_as(&format!(
        "{IDENTITY} ORDER BY CASE status WHEN 'received' THEN 0 WHEN 'in_review' THEN 1 ELSE 2 END, created_at LIMIT 200"
    ))
    .fetch_all(ex)
    .await?)
}

pub async fn identity_request<'e, E: Executor<'e, Database = Any>>(ex: E, id: &str) -> Result<Option<IdentityRequest>> {
    Ok(sqlx::query_as(&format!("{IDENTITY} WHERE id = $1")).bind(id).fetch_optional(ex).await?)
}

/// Moves a request from `from` to `to`; `false` if someone else moved it first.
pub async fn move_identity_request(
    tx: &mut Tx,
    id: &str,
    from: &str,
    to: &str,
    note: Option<&str>,
    now: i64,
) -> Result<bool> {
    let done = sqlx::query(
        "UPDATE identity_verification_requests SET status = $1, updated_at = $2, \
         decision_note = COALESCE($3, decision_note) WHERE id = $4 AND status = $5",
    )
    .bind(to)
    .bind(now)
    .bind(note)
    .bind(id)
    .bind(from)
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Decided identity requests keep their document this long (questions, appeals).
pub const DOCUMENT_RETENTION_MS: i64 = 30 * crate::clock::DAY_MS;

/// Housekeeping: spent or expired codes go a day after their expiry; the identity
/// document of a request decided more than [`DOCUMENT_RETENTION_MS`] ago is erased.
pub async fn forget_old(tx: &mut Tx, now: i64) -> Result<()> {
    sqlx::query("DELETE FROM recovery_codes WHERE expires_at < $1")
        .bind(now - crate::clock::DAY_MS)
        .execute(&mut **tx)
        .await?;
    sqlx::query(
        "UPDATE identity_verification_requests SET document_base64 = NULL \
         WHERE status IN ('accepted', 'refused') AND updated_at < $1 AND document_base64 IS NOT NULL",
    )
    .bind(now - DOCUMENT_RETENTION_MS)
    .execute(&mut **tx)
    .await?;
    Ok(())
}
