//! Email confirmation (ACC-1): a single-use link sent at sign-up, and the page it opens,
//! which asks for the account's password too. The link proves the mailbox, the
//! password proves the person who signed up: someone who signed up with another
//! person's address cannot have that person confirm the account for them.

use app::session::Me;
use app::AppError;
use domain::Lang;
use sqlx::{Any, Transaction};

use crate::failure::OrInternal;
use crate::ids::{hash_secret, new_secret, now_ms, DAY_MS};
use crate::organizations::load_me;
use crate::request::RequestMeta;
use crate::state::AppState;
use crate::throttles::Bucket;
use crate::{mail, outbox, passwords, sessions};

const VERIFY_EMAIL: &str = "verify_email";

/// Creates a confirmation token for `email` and queues the email with its link.
pub async fn issue(
    tx: &mut Transaction<'static, Any>,
    state: &AppState,
    user_id: &str,
    email: &str,
    lang: Lang,
    first_name: &str,
) -> Result<(), AppError> {
    let now = now_ms();
    let (secret, token_hash) = new_secret();
    sqlx::query(
        "INSERT INTO one_time_tokens (token_hash, user_id, purpose, target, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(token_hash)
    .bind(user_id)
    .bind(VERIFY_EMAIL)
    .bind(email)
    .bind(now)
    .bind(now + DAY_MS)
    .execute(&mut **tx)
    .await
    .or_internal("create confirmation token")?;
    let link = state.config().link(&format!("/verify-email?token={secret}"));
    outbox::enqueue(tx, mail::verify_email(email, lang, first_name, &link)).await
}

/// Sends a new link after a sign-in attempt on an unconfirmed account, at most a few
/// times an hour, so sign-in cannot be used to flood a mailbox.
pub async fn resend(state: &AppState, user_id: &str, email: &str, lang: Lang, first_name: &str) -> Result<(), AppError> {
    let now = now_ms();
    if state.throttles().check(Bucket::Confirmation, user_id, now).is_err() {
        return Ok(());
    }
    state.throttles().failure(Bucket::Confirmation, user_id, now);
    let mut tx = state.write().await?;
    issue(&mut tx, state, user_id, email, lang, first_name).await?;
    tx.commit().await.or_internal("commit confirmation token")?;
    state.outbox_bell().notify_one();
    Ok(())
}

#[derive(sqlx::FromRow)]
struct Pending {
    user_id: String,
    target: String,
    password_hash: String,
}

pub async fn verify(state: &AppState, token: String, password: String) -> Result<Me, AppError> {
    let meta = RequestMeta::current();
    let now = now_ms();
    let token_hash = hash_secret(&token);
    let pending: Pending = sqlx::query_as(
        "SELECT t.user_id, t.target, u.password_hash FROM one_time_tokens t JOIN users u ON u.id = t.user_id \
         WHERE t.token_hash = $1 AND t.purpose = $2 AND t.used_at IS NULL AND t.expires_at > $3 AND u.email = t.target",
    )
    .bind(&token_hash)
    .bind(VERIFY_EMAIL)
    .bind(now)
    .fetch_optional(state.pool())
    .await
    .or_internal("find confirmation token")?
    .ok_or(AppError::LinkInvalid)?;
    let key = format!("confirm:{}", pending.user_id);
    state.throttles().check(Bucket::Account, &key, now).map_err(|_| AppError::InvalidCredentials)?;
    if !passwords::verify(password, Some(pending.password_hash)).await {
        state.throttles().failure(Bucket::Account, &key, now);
        return Err(AppError::InvalidCredentials);
    }
    let mut tx = state.write().await?;
    let used = sqlx::query("UPDATE one_time_tokens SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL")
        .bind(now)
        .bind(&token_hash)
        .execute(&mut *tx)
        .await
        .or_internal("use confirmation token")?;
    if used.rows_affected() != 1 {
        return Err(AppError::LinkInvalid);
    }
    sqlx::query("UPDATE users SET email_verified_at = $1 WHERE id = $2 AND email = $3 AND email_verified_at IS NULL")
        .bind(now)
        .bind(&pending.user_id)
        .bind(&pending.target)
        .execute(&mut *tx)
        .await
        .or_internal("confirm email")?;
    sessions::open(&mut tx, state, &meta, &pending.user_id, None, true).await?;
    tx.commit().await.or_internal("commit confirmation")?;
    load_me(state, &pending.user_id, None).await
}
