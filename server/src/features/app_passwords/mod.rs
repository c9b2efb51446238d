//! App passwords (SEC-4): created once two-factor authentication is on (with a recent
//! re-authentication), shown once, listed with their last use, revoked. Only from the
//! console: a caller using an app password manages none. How they are accepted by the
//! API is `crate::basic_auth`.

mod store;

use app::app_passwords::api::{AppPassword, CreateAppPassword, ListAppPasswords, NewAppPassword, RevokeAppPassword};
use app::error::{Field, Problem};
use app::AppError;
use domain::keys::{app_password_from_random, may_create_app_password, normalize_app_password, parse_name};
use domain::security_event::SecurityEvent;

use crate::caller::Caller;
use crate::context::Ctx;
use crate::endpoints::Endpoints;
use crate::error::Result;
use crate::ids::{hash_secret, new_id, random_bytes};
use crate::{reauth, security_log};

pub fn endpoints(api: &mut Endpoints) {
    api.signed_in(create);
    api.signed_in(list);
    api.signed_in(revoke);
}

async fn create(cx: Ctx, caller: Caller, CreateAppPassword { name }: CreateAppPassword) -> Result<NewAppPassword> {
    caller.require_console()?;
    let name = parse_name(&name).map_err(|e| AppError::invalid(Field::KeyName, Problem::Name(e)))?;
    reauth::require_recent(&cx, &caller).await?;
    let now = cx.now();
    let mut tx = cx.write().await?;
    crate::db::lock_account(&mut tx, &caller.user_id).await?;
    let two_factor = store::two_factor_on(&mut tx, &caller.user_id).await?;
    let active = store::count_active(&mut tx, &caller.user_id).await?;
    may_create_app_password(two_factor, active).map_err(|reason| AppError::KeyRefused { reason })?;
    let password = app_password_from_random(&random_bytes());
    let letters =
        normalize_app_password(&password).ok_or_else(|| anyhow::anyhow!("an app password of another shape"))?;
    let row = AppPassword { id: new_id(), name, created_at: now, last_used_at: None };
    store::insert(&mut tx, &caller.user_id, &row, &hash_secret(&letters)).await?;
    security_log::record(&mut tx, &cx, &caller.user_id, SecurityEvent::AppPasswordCreated, &row.name).await?;
    tx.commit().await?;
    Ok(NewAppPassword { app_password: row, password })
}

async fn list(cx: Ctx, caller: Caller, _: ListAppPasswords) -> Result<Vec<AppPassword>> {
    caller.require_console()?;
    store::active(cx.pool(), &caller.user_id).await
}

/// Revokes every working app password of the user (two-factor authentication turned off).
pub(crate) async fn revoke_all(tx: &mut crate::context::Tx, user_id: &str, now: i64) -> Result<()> {
    store::revoke_all(tx, user_id, now).await
}

/// Revoking takes effect at once: the next request with it is `unauthenticated`.
async fn revoke(cx: Ctx, caller: Caller, RevokeAppPassword { id }: RevokeAppPassword) -> Result<()> {
    caller.require_console()?;
    let mut tx = cx.write().await?;
    let name = store::revoke(&mut tx, &caller.user_id, &id, cx.now()).await?.ok_or(AppError::NotFound)?;
    security_log::record(&mut tx, &cx, &caller.user_id, SecurityEvent::AppPasswordRevoked, &name).await?;
    tx.commit().await?;
    Ok(())
}
