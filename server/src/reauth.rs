//! Re-authentication for sensitive actions (removing a member, deleting an
//! organization…): the caller types their password again. Each attempt is counted
//! before the password is checked, per account, with the sign-in delays, so a stolen
//! session cannot be used to guess the password; a right password takes the count back.

use app::error::{Field, Problem};
use app::AppError;

use crate::caller::Caller;
use crate::context::Ctx;
use crate::error::Result;
use crate::passwords;
use crate::throttles::{rate_limited, Bucket, Counter};

/// A password longer than this is not a password (the policy's maximum is 128 code points).
const MAX_PASSWORD_BYTES: usize = 1024;

/// `Ok` when `password` is the caller's; an `invalid` password field (`wrong_password`),
/// or `rate_limited`, otherwise.
pub async fn confirm_password(cx: &Ctx, caller: &Caller, password: &str) -> Result<()> {
    caller.require_console()?;
    let wrong = || AppError::invalid(Field::Password, Problem::WrongPassword);
    if password.is_empty() || password.len() > MAX_PASSWORD_BYTES {
        return Err(wrong().into());
    }
    let now = cx.now();
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
    if !passwords::verify(password.to_string(), stored.map(|(h,)| h)).await {
        tracing::warn!(user = %caller.user_id, "re-authentication failed: wrong password");
        return Err(wrong().into());
    }
    let mut tx = cx.write().await?;
    let mut counter = Counter::lock(&mut tx, Bucket::ReauthPassword, &caller.user_id).await?;
    counter.throttle = domain::Throttle::default();
    counter.save(&mut tx).await?;
    tx.commit().await?;
    Ok(())
}
