//! `auth/reauthenticate`: the signed-in user proves again it is them (the password, or a
//! code of a second factor: the authenticator app's or a backup code) before a sensitive
//! change; the session then counts as re-authenticated for [`crate::reauth::RECENT_MS`].

use app::auth::api::Reauthenticate;
use app::error::{Field, Problem};
use app::AppError;

use crate::caller::Caller;
use crate::context::Ctx;
use crate::error::Result;
use crate::features::security::factors;
use crate::reauth;
use crate::throttles::{rate_limited, Bucket, Counter};

pub async fn reauthenticate(cx: Ctx, caller: Caller, Reauthenticate { password, code }: Reauthenticate) -> Result<()> {
    caller.require_console()?;
    match (password, code) {
        (Some(password), None) => reauth::confirm_password(&cx, &caller, &password).await,
        (None, Some(code)) => confirm_code(&cx, &caller, &code).await,
        _ => Err(AppError::BadRequest { message: "give either a password or a code".into() }.into()),
    }
}

/// A code of the caller's authenticator app or one of their backup codes, used up; each
/// attempt counted before it is checked (the re-authentication delays, per account).
async fn confirm_code(cx: &Ctx, caller: &Caller, code: &str) -> Result<()> {
    let wrong = || AppError::invalid(Field::Code, Problem::WrongCode);
    let Some(code) = domain::two_factor::typed_code(code) else { return Err(wrong().into()) };
    let now = cx.now();
    let mut tx = cx.write().await?;
    let mut counter = Counter::lock(&mut tx, Bucket::ReauthPassword, &caller.user_id).await?;
    counter.check(now).map_err(rate_limited)?;
    counter.fail(now);
    counter.save(&mut tx).await?;
    tx.commit().await?;

    let mut tx = cx.write().await?;
    if factors::check_any(&mut tx, cx, &caller.user_id, &code).await?.is_none() {
        tx.commit().await?;
        tracing::warn!(user = %caller.user_id, "re-authentication failed: wrong code");
        return Err(wrong().into());
    }
    let mut counter = Counter::lock(&mut tx, Bucket::ReauthPassword, &caller.user_id).await?;
    counter.throttle = domain::Throttle::default();
    counter.save(&mut tx).await?;
    tx.commit().await?;
    reauth::mark_recent(cx, caller).await
}
