//! Re-authentication for sensitive actions (removing a member, deleting an
//! organization…): the caller types their password again. Each attempt is counted
//! before the password is checked, per account, with the sign-in delays, so a stolen
//! session cannot be used to guess the password; a right password takes the count back.
//!
//! Changes to the account's own security (login email, password, two-factor
//! authentication, recovery data, closing the account) need a *recent* proof instead:
//! the password or a second factor given in the last [`RECENT_MS`] on this session
//! (`sessions.reauthenticated_at`, set at sign-in and by `auth/reauthenticate`; for an
//! embedded widget, on its token: `widget_tokens.reauthenticated_at`).

use app::error::{Field, Problem};
use app::AppError;

use crate::caller::{AuthMethod, Caller, Scope};
use crate::clock::MINUTE_MS;
use crate::context::Ctx;
use crate::error::Result;
use crate::throttles::{rate_limited, Bucket, Counter};

/// How long a proof of identity covers sensitive changes on the session that gave it.
pub const RECENT_MS: i64 = 10 * MINUTE_MS;

/// `Ok` when the caller's session signed in or re-authenticated in the last
/// [`RECENT_MS`]; `reauthentication_required` otherwise (and always for a caller that
/// is not a browser session).
pub async fn require_recent(cx: &Ctx, caller: &Caller) -> Result<()> {
    caller.require_console()?;
    let query = match (caller.via, &caller.scope) {
        (AuthMethod::Session, _) => sqlx::query_as("SELECT reauthenticated_at FROM sessions WHERE id_hash = $1")
            .bind(caller.session.id_hash.as_str()),
        (AuthMethod::Widget, Some(Scope { token_id: Some(id), .. })) => {
            sqlx::query_as("SELECT reauthenticated_at FROM widget_tokens WHERE id = $1").bind(id.as_str())
        }
        _ => return Err(AppError::ReauthenticationRequired.into()),
    };
    let at: Option<(Option<i64>,)> = query.fetch_optional(cx.pool()).await?;
    match at.and_then(|(at,)| at) {
        Some(at) if cx.now() - at <= RECENT_MS => Ok(()),
        _ => Err(AppError::ReauthenticationRequired.into()),
    }
}

/// Records that the caller's session has just proved its owner (a password or a second
/// factor typed again).
pub async fn mark_recent(cx: &Ctx, caller: &Caller) -> Result<()> {
    let query = match (caller.via, &caller.scope) {
        (AuthMethod::Widget, Some(Scope { token_id: Some(id), .. })) => {
            sqlx::query("UPDATE widget_tokens SET reauthenticated_at = $1 WHERE id = $2")
                .bind(cx.now())
                .bind(id.as_str())
        }
        _ => sqlx::query("UPDATE sessions SET reauthenticated_at = $1 WHERE id_hash = $2")
            .bind(cx.now())
            .bind(caller.session.id_hash.as_str()),
    };
    query.execute(cx.pool()).await?;
    Ok(())
}

/// A password longer than this is not a password (the policy's maximum is 128 code points).
const MAX_PASSWORD_BYTES: usize = 1024;

/// `Ok` when `password` is the caller's (the session then counts as re-authenticated);
/// an `invalid` password field (`wrong_password`), or `rate_limited`, otherwise.
pub async fn confirm_password(cx: &Ctx, caller: &Caller, password: &str) -> Result<()> {
    caller.require_console()?;
    let wrong = || AppError::invalid(Field::Password, Problem::WrongPassword);
    if password.is_empty() || password.len() > MAX_PASSWORD_BYTES {
        return Err(wrong().into());
    }
    let now = cx.now();
    let ticket = cx.state.hashing().admit()?;
    let mut tx = cx.write().await?;
    let mut counter = Counter::lock(&mut tx, Bucket::ReauthPassword, &caller.user_id).await?;
    counter.check(now).map_err(rate_limited)?;
    counter.fail(now);
    counter.save(&mut tx).await?;
    let stored: Option<(String,)> = sqlx::query_as("SELECT password_hash FROM users WHERE id = $1")
        .bind(&caller.user_id)
        .fetch_optional(&mut *tx)
        .await?;
    tx.commit().await?;
    if !ticket.verify(password.to_string(), stored.map(|(h,)| h)).await {
        tracing::warn!(user = %caller.user_id, "re-authentication failed: wrong password");
        return Err(wrong().into());
    }
    let mut tx = cx.write().await?;
    let mut counter = Counter::lock(&mut tx, Bucket::ReauthPassword, &caller.user_id).await?;
    counter.throttle = domain::Throttle::default();
    counter.save(&mut tx).await?;
    tx.commit().await?;
    mark_recent(cx, caller).await
}
