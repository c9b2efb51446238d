//! Two-factor authentication (SEC-1…3): the security page's methods — authenticator
//! app ([`totp`]), SMS phone ([`phone`]) — backup codes, removing a method, turning 2FA
//! off, and approving another device's sign-in ([`push`]). [`factors`] checks codes for
//! the sign-in second step (`accounts`) and re-authentication. Every change needs a
//! recent proof of identity on the session (`reauth::require_recent`), is recorded in
//! the account's security events, and the first method turning 2FA on or the last one
//! going emails the person.

pub mod factors;
mod mail;
pub mod phone;
pub mod push;
pub mod store;
mod totp;

use app::error::{Field, Problem};
use app::security::api::{
    Disable, Factor, FactorConfirmed, Overview, RegenerateBackupCodes, RemoveFactor, SecurityOverview,
};
use app::AppError;
use domain::two_factor::Method;
use domain::{Lang, SecurityEvent};

use crate::caller::Caller;
use crate::context::{Ctx, Tx};
use crate::endpoints::Endpoints;
use crate::error::Result;
use crate::throttles::{rate_limited, Bucket, Counter};
use crate::{outbox, reauth, security_log};

pub fn endpoints(api: &mut Endpoints) {
    api.signed_in(overview);
    api.signed_in(totp::start_totp);
    api.signed_in(totp::confirm_totp);
    api.signed_in(phone::add_sms);
    api.signed_in(phone::confirm_sms);
    api.signed_in(remove_factor);
    api.signed_in(regenerate_backup_codes);
    api.signed_in(disable);
    api.signed_in(push::pending_approvals);
    api.signed_in(push::decide_push);
}

async fn overview(cx: Ctx, caller: Caller, _: Overview) -> Result<SecurityOverview> {
    caller.require_console()?;
    let factors = store::confirmed_factors(cx.pool(), &caller.user_id)
        .await?
        .into_iter()
        .filter_map(|f| {
            Some(Factor {
                method: Method::from_factor_kind(&f.kind)?,
                id: f.id,
                label: f.label,
                created_at: f.created_at,
                last_used_at: f.last_used_at,
            })
        })
        .collect();
    let backup_codes_left = store::backup_codes_left(cx.pool(), &caller.user_id).await?;
    Ok(SecurityOverview { factors, backup_codes_left })
}

/// Confirms a factor being set up; when it is the person's first, 2FA is now on: ten
/// backup codes (returned, shown once) and an email.
pub(crate) async fn confirmed(
    tx: &mut Tx,
    cx: &Ctx,
    user_id: &str,
    factor_id: &str,
    method: Method,
) -> Result<FactorConfirmed> {
    let was_on = !store::confirmed_factors(&mut **tx, user_id).await?.is_empty();
    if !store::confirm(tx, factor_id, cx.now()).await? {
        return Err(AppError::NotFound.into());
    }
    let event = match method {
        Method::Sms => SecurityEvent::SmsFactorAdded,
        Method::SecurityKey => SecurityEvent::SecurityKeyAdded,
        _ => SecurityEvent::TotpEnabled,
    };
    security_log::record(tx, cx, user_id, event, "").await?;
    if was_on {
        return Ok(FactorConfirmed { backup_codes: None });
    }
    let codes = factors::new_backup_codes(tx, cx, user_id).await?;
    let (email, first_name, lang) = store::addressee(tx, user_id).await?;
    let lang = Lang::from_tag(&lang).unwrap_or_default();
    outbox::enqueue(tx, cx, mail::enabled(&email, lang, &first_name, method)).await?;
    Ok(FactorConfirmed { backup_codes: Some(codes) })
}

/// Counts a code typed while setting up a factor before it is checked (the second-step
/// delays, per account); `forgive` takes it back when it was right.
async fn count_guess(tx: &mut Tx, cx: &Ctx, user_id: &str) -> Result<()> {
    let now = cx.now();
    let mut counter = Counter::lock(tx, Bucket::SecondFactor, user_id).await?;
    counter.check(now).map_err(rate_limited)?;
    counter.fail(now);
    counter.save(tx).await
}

async fn forgive(tx: &mut Tx, user_id: &str) -> Result<()> {
    let mut counter = Counter::lock(tx, Bucket::SecondFactor, user_id).await?;
    counter.throttle = domain::Throttle::default();
    counter.save(tx).await
}

fn wrong_code() -> AppError {
    AppError::invalid(Field::Code, Problem::WrongCode)
}

async fn remove_factor(cx: Ctx, caller: Caller, RemoveFactor { factor_id }: RemoveFactor) -> Result<()> {
    reauth::require_recent(&cx, &caller).await?;
    let mut tx = cx.write().await?;
    let Some(factor) = store::factor(&mut tx, &caller.user_id, &factor_id).await? else {
        return Err(AppError::NotFound.into());
    };
    store::delete_factor(&mut tx, &caller.user_id, &factor_id).await?;
    if factor.confirmed_at.is_some() {
        let event = if Some(factor.kind.as_str()) == Method::SecurityKey.factor_kind() {
            SecurityEvent::SecurityKeyRemoved
        } else {
            SecurityEvent::SecondFactorRemoved
        };
        security_log::record(&mut tx, &cx, &caller.user_id, event, &factor.label).await?;
        if store::confirmed_factors(&mut *tx, &caller.user_id).await?.is_empty() {
            turned_off(&mut tx, &cx, &caller.user_id).await?;
        }
    }
    tx.commit().await?;
    Ok(())
}

async fn regenerate_backup_codes(cx: Ctx, caller: Caller, _: RegenerateBackupCodes) -> Result<Vec<String>> {
    reauth::require_recent(&cx, &caller).await?;
    let mut tx = cx.write().await?;
    if store::confirmed_factors(&mut *tx, &caller.user_id).await?.is_empty() {
        // Backup codes stand in for a factor: without 2FA there is nothing to back up.
        return Err(AppError::NotFound.into());
    }
    let codes = factors::new_backup_codes(&mut tx, &cx, &caller.user_id).await?;
    tx.commit().await?;
    Ok(codes)
}

/// SEC-3: the password, then every factor and backup code goes.
async fn disable(cx: Ctx, caller: Caller, Disable { password }: Disable) -> Result<()> {
    reauth::confirm_password(&cx, &caller, &password).await?;
    let mut tx = cx.write().await?;
    if store::confirmed_factors(&mut *tx, &caller.user_id).await?.is_empty() {
        store::delete_everything(&mut tx, &caller.user_id).await?;
        tx.commit().await?;
        return Ok(());
    }
    turned_off(&mut tx, &cx, &caller.user_id).await?;
    tx.commit().await?;
    Ok(())
}

/// Two-factor authentication is off: what is left goes, recorded, and the person told.
pub(crate) async fn turned_off(tx: &mut Tx, cx: &Ctx, user_id: &str) -> Result<()> {
    store::delete_everything(tx, user_id).await?;
    // App passwords exist only with 2FA on (SEC-4): turning it off ends them.
    crate::features::app_passwords::revoke_all(tx, user_id, cx.now()).await?;
    security_log::record(tx, cx, user_id, SecurityEvent::TwoFactorDisabled, "").await?;
    let (email, first_name, lang) = store::addressee(tx, user_id).await?;
    let lang = Lang::from_tag(&lang).unwrap_or_default();
    outbox::enqueue(tx, cx, mail::disabled(&email, lang, &first_name)).await
}
