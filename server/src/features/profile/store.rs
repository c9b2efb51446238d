//! The profile's SQL: the account's own row, its pending links and codes, its
//! newsletter topics.

use domain::profile::NewsletterTopic;
use domain::Lang;
use sqlx::{Any, Executor};

use crate::context::Tx;
use crate::error::Result;

/// Purposes of `one_time_tokens` rows written here.
pub const CHANGE_LOGIN: &str = "change_login";
pub const RECOVERY_EMAIL: &str = "recovery_email";

#[derive(sqlx::FromRow)]
pub struct Account {
    pub email: String,
    pub first_name: String,
    pub last_name: String,
    pub lang: String,
    pub country: Option<String>,
    pub time_zone: Option<String>,
    pub recovery_email: Option<String>,
    pub recovery_email_verified_at: Option<i64>,
    pub recovery_phone: Option<String>,
    pub recovery_phone_verified_at: Option<i64>,
}

impl Account {
    pub fn lang(&self) -> Lang {
        Lang::from_tag(&self.lang).unwrap_or_default()
    }
}

pub async fn account<'e, E: Executor<'e, Database = Any>>(ex: E, user_id: &str) -> Result<Account> {
    Ok(sqlx::query_as(
        "SELECT email, first_name, last_name, lang, country, time_zone, recovery_email, recovery_email_verified_at, \
         recovery_phone, recovery_phone_verified_at FROM users WHERE id = $1",
    )
    .bind(user_id)
    .fetch_one(ex)
    .await?)
}

/// The newest unused, unexpired token of `purpose` for the user: its target.
pub async fn pending_target<'e, E: Executor<'e, Database = Any>>(
    ex: E,
    user_id: &str,
    purpose: &str,
    now: i64,
) -> Result<Option<String>> {
    let row: Option<(Option<String>,)> = sqlx::query_as(
        "SELECT target FROM one_time_tokens WHERE user_id = $1 AND purpose = $2 AND used_at IS NULL \
         AND expires_at > $3 ORDER BY created_at DESC LIMIT 1",
    )
    .bind(user_id)
    .bind(purpose)
    .bind(now)
    .fetch_optional(ex)
    .await?;
    Ok(row.and_then(|(t,)| t))
}

/// Ends the user's unused tokens of `purpose`: a new link replaces the old ones.
pub async fn drop_tokens(tx: &mut Tx, user_id: &str, purpose: &str, now: i64) -> Result<()> {
    sqlx::query("UPDATE one_time_tokens SET used_at = $1 WHERE user_id = $2 AND purpose = $3 AND used_at IS NULL")
        .bind(now)
        .bind(user_id)
        .bind(purpose)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Takes a token of `purpose` once: the user and the target, or `None` if it is unknown,
/// used, expired or of another purpose.
pub async fn take_token(tx: &mut Tx, token_hash: &str, purpose: &str, now: i64) -> Result<Option<(String, String)>> {
    let row: Option<(String, Option<String>)> = sqlx::query_as(
        "SELECT user_id, target FROM one_time_tokens WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL \
         AND expires_at > $3",
    )
    .bind(token_hash)
    .bind(purpose)
    .bind(now)
    .fetch_optional(&mut **tx)
    .await?;
    let Some((user_id, Some(target))) = row else { return Ok(None) };
    let used = sqlx::query("UPDATE one_time_tokens SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL")
        .bind(now)
        .bind(token_hash)
        .execute(&mut **tx)
        .await?;
    Ok((used.rows_affected() == 1).then_some((user_id, target)))
}

/// The account whose login (or temporary username) is `email`, if any, open or not.
pub async fn login_owner<'e, E: Executor<'e, Database = Any>>(
    ex: E,
    email: &str,
) -> Result<Option<(String, String, String)>> {
    Ok(sqlx::query_as("SELECT id, first_name, lang FROM users WHERE email = $1").bind(email).fetch_optional(ex).await?)
}

pub async fn newsletter<'e, E: Executor<'e, Database = Any>>(ex: E, user_id: &str) -> Result<Vec<NewsletterTopic>> {
    let rows: Vec<(String,)> = sqlx::query_as("SELECT topic FROM newsletter_subscriptions WHERE user_id = $1")
        .bind(user_id)
        .fetch_all(ex)
        .await?;
    let on: Vec<NewsletterTopic> = rows.iter().filter_map(|(t,)| NewsletterTopic::parse(t)).collect();
    Ok(NewsletterTopic::ALL.into_iter().filter(|t| on.contains(t)).collect())
}

/// Subscribes or unsubscribes; idempotent, so two clicks at once cannot collide.
pub async fn set_newsletter(tx: &mut Tx, user_id: &str, topic: NewsletterTopic, subscribed: bool) -> Result<()> {
    let statement = if subscribed {
        "INSERT INTO newsletter_subscriptions (user_id, topic) VALUES ($1, $2) ON CONFLICT (user_id, topic) DO NOTHING"
    } else {
        "DELETE FROM newsletter_subscriptions WHERE user_id = $1 AND topic = $2"
    };
    sqlx::query(statement).bind(user_id).bind(topic.as_str()).execute(&mut **tx).await?;
    Ok(())
}

/// The organizations the user belongs to (not deleted), sorted by id: the order their
/// member locks are taken in.
pub async fn organization_ids<'e, E: Executor<'e, Database = Any>>(ex: E, user_id: &str) -> Result<Vec<String>> {
    let rows: Vec<(String,)> = sqlx::query_as(
        "SELECT m.org_id FROM memberships m JOIN organizations o ON o.id = m.org_id \
         WHERE m.user_id = $1 AND o.deleted_at IS NULL ORDER BY m.org_id",
    )
    .bind(user_id)
    .fetch_all(ex)
    .await?;
    Ok(rows.into_iter().map(|(id,)| id).collect())
}

/// The phone waiting for its code, if any.
#[derive(sqlx::FromRow)]
pub struct PhoneCheck {
    pub phone: String,
    pub code_hash: String,
    pub expires_at: i64,
    pub failures: i64,
}

pub async fn phone_check<'e, E: Executor<'e, Database = Any>>(ex: E, user_id: &str) -> Result<Option<PhoneCheck>> {
    Ok(sqlx::query_as("SELECT phone, code_hash, expires_at, failures FROM recovery_phone_checks WHERE user_id = $1")
        .bind(user_id)
        .fetch_optional(ex)
        .await?)
}

pub async fn put_phone_check(
    tx: &mut Tx,
    user_id: &str,
    phone: &str,
    code_hash: &str,
    now: i64,
    expires: i64,
) -> Result<()> {
    sqlx::query("DELETE FROM recovery_phone_checks WHERE user_id = $1").bind(user_id).execute(&mut **tx).await?;
    sqlx::query(
        "INSERT INTO recovery_phone_checks (user_id, phone, code_hash, sent_at, expires_at, failures) \
         VALUES ($1, $2, $3, $4, $5, 0)",
    )
    .bind(user_id)
    .bind(phone)
    .bind(code_hash)
    .bind(now)
    .bind(expires)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

pub async fn drop_phone_check(tx: &mut Tx, user_id: &str) -> Result<()> {
    sqlx::query("DELETE FROM recovery_phone_checks WHERE user_id = $1").bind(user_id).execute(&mut **tx).await?;
    Ok(())
}

/// Counts one try of the waiting code before it is compared (the row stays locked until
/// commit on PostgreSQL), so parallel guesses cannot all slip under the limit.
pub async fn count_phone_try(tx: &mut Tx, user_id: &str) -> Result<()> {
    sqlx::query("UPDATE recovery_phone_checks SET failures = failures + 1 WHERE user_id = $1")
        .bind(user_id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}
