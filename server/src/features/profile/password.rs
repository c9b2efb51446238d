//! The password (ACC-5): changing it (the current one, then the new one under the full
//! policy, `Password::parse_checked`), signing out every other session afterwards, and
//! the meter's question `auth/check_password`, which runs the same policy so the browser
//! need not ship zxcvbn's dictionaries.

use app::auth::api::CheckPassword;
use app::error::{Field, Problem};
use app::profile::api::{ChangePassword, SignOutOtherSessions};
use app::AppError;
use domain::password::PersonalWords;
use domain::security_event::SecurityEvent;
use domain::{Password, PasswordError, PasswordVerdict};

use super::{mail, store};
use crate::caller::Caller;
use crate::context::Ctx;
use crate::error::Result;
use crate::reauth::confirm_password;
use crate::throttles::{self, Bucket};
use crate::{outbox, security_log};

/// Longer than this is no password (the policy stops at 128 code points): the meter's
/// answer comes without running the estimator on it.
const MAX_PASSWORD_BYTES: usize = 1024;
/// Longer than this is no email or name.
const MAX_WORD_BYTES: usize = 320;

pub async fn change_password(
    cx: Ctx,
    caller: Caller,
    ChangePassword { current_password, new_password }: ChangePassword,
) -> Result<()> {
    let account = store::account(cx.pool(), &caller.user_id).await?;
    let personal = PersonalWords {
        email: Some(&account.email),
        names: vec![account.first_name.as_str(), account.last_name.as_str()],
    };
    let new = Password::parse_checked(&new_password, &personal)
        .map_err(|e| AppError::invalid(Field::NewPassword, Problem::Password(e)))?;
    confirm_password(&cx, &caller, &current_password).await?;
    let hash = cx.state.hashing().hash(new.expose().to_string()).await?;
    let mut tx = cx.write().await?;
    sqlx::query("UPDATE users SET password_hash = $1 WHERE id = $2")
        .bind(hash)
        .bind(&caller.user_id)
        .execute(&mut *tx)
        .await?;
    security_log::record(&mut tx, &cx, &caller.user_id, SecurityEvent::PasswordChanged, "").await?;
    outbox::enqueue(&mut tx, &cx, mail::password_changed(&account.email, account.lang(), &account.first_name)).await?;
    tx.commit().await?;
    cx.state.outbox_bell().notify_one();
    Ok(())
}

pub async fn sign_out_other_sessions(cx: Ctx, caller: Caller, _: SignOutOtherSessions) -> Result<u64> {
    let now = cx.now();
    let mut tx = cx.write().await?;
    let ended =
        sqlx::query("UPDATE sessions SET revoked_at = $1 WHERE user_id = $2 AND revoked_at IS NULL AND id_hash <> $3")
            .bind(now)
            .bind(&caller.user_id)
            .bind(&caller.session.id_hash)
            .execute(&mut *tx)
            .await?
            .rows_affected();
    security_log::record(&mut tx, &cx, &caller.user_id, SecurityEvent::SignedOutEverywhere, &ended.to_string()).await?;
    tx.commit().await?;
    Ok(ended)
}

pub async fn check_password(
    cx: Ctx,
    CheckPassword { password, email, first_name, last_name }: CheckPassword,
) -> Result<PasswordVerdict> {
    let now = cx.now();
    let mut tx = cx.write().await?;
    throttles::take(&mut tx, Bucket::PasswordCheck, &cx.request.address_key(), now).await?;
    tx.commit().await?;
    if password.len() > MAX_PASSWORD_BYTES {
        let refusal = Some(PasswordError::TooLong { max: Password::MAX_LEN });
        return Ok(PasswordVerdict { strength: 0, refusal });
    }
    // A signed-in caller's own words count too, whatever the form sent.
    let own = match Caller::identify(&cx).await {
        Ok(caller) => {
            let a = store::account(cx.pool(), &caller.user_id).await?;
            vec![a.email, a.first_name, a.last_name]
        }
        Err(_) => Vec::new(),
    };
    let sent: Vec<String> =
        [email, first_name, last_name].into_iter().flatten().filter(|w| w.len() <= MAX_WORD_BYTES).collect();
    let verdict = tokio::task::spawn_blocking(move || {
        let email = sent.first().filter(|w| w.contains('@')).or(own.first()).map(String::as_str);
        let names = sent.iter().chain(own.iter()).filter(|w| !w.contains('@')).map(String::as_str).collect();
        Password::assess(&password, &PersonalWords { email, names })
    })
    .await
    .map_err(|e| anyhow::anyhow!("password check: {e}"))?;
    Ok(verdict)
}
