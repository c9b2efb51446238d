//! Security keys (WebAuthn, SEC-1): registered with a recent re-authentication, named,
//! renamed, removed several at once (with a recent re-authentication), and used as the
//! second step of a sign-in (`sign_in.rs`). Keys are webauthn-rs passkeys (user
//! verification required); their state lives in `second_factors` (kind `webauthn`).
//! Only from the console: a caller using an app password manages none.

mod ceremony;
mod sign_in;
mod store;

use app::error::{Field, Problem};
use app::security_keys::api::{
    Ceremony, KeyAdded, ListSecurityKeys, RegisterFinish, RegisterStart, RemoveSecurityKeys, RenameSecurityKey,
    SecurityKey,
};
use app::AppError;
use base64::Engine;
use domain::keys::{may_register_security_key, parse_name, KeyRefusal, MAX_SECURITY_KEYS};
use domain::security_event::SecurityEvent;
use domain::two_factor::Method;
use webauthn_rs::prelude::{CredentialID, PasskeyRegistration, RegisterPublicKeyCredential};

use crate::caller::Caller;
use crate::context::Ctx;
use crate::endpoints::Endpoints;
use crate::error::Result;
use crate::features::security;
use crate::ids::new_id;
use crate::{reauth, security_log};

pub fn endpoints(api: &mut Endpoints) {
    api.signed_in(register_start);
    api.signed_in(register_finish);
    api.signed_in(list);
    api.signed_in(rename);
    api.signed_in(remove);
    api.public(sign_in::sign_in_start);
    api.public(sign_in::sign_in_finish);
}

/// A credential id as stored (base64url, no padding).
fn credential_text(id: &CredentialID) -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(AsRef::<[u8]>::as_ref(id))
}

async fn register_start(cx: Ctx, caller: Caller, _: RegisterStart) -> Result<Ceremony> {
    caller.require_console()?;
    reauth::require_recent(&cx, &caller).await?;
    let rp = ceremony::relying_party(&cx)?;
    let now = cx.now();
    let mut tx = cx.write().await?;
    let existing = store::passkeys(&mut tx, &caller.user_id).await?;
    may_register_security_key(existing.len()).map_err(|reason| AppError::KeyRefused { reason })?;
    let (email, first, last): (String, String, String) =
        sqlx::query_as("SELECT email, first_name, last_name FROM users WHERE id = $1")
            .bind(&caller.user_id)
            .fetch_one(&mut *tx)
            .await?;
    let exclude = existing.iter().map(|(_, k)| k.cred_id().clone()).collect();
    let handle = ceremony::user_handle(&caller.user_id)?;
    let (options, state) = rp
        .start_passkey_registration(handle, &email, &format!("{first} {last}"), Some(exclude))
        .map_err(|e| anyhow::anyhow!("starting a WebAuthn registration: {e}"))?;
    let id = new_id();
    let state = serde_json::to_string(&state).map_err(anyhow::Error::from)?;
    store::start_registration(
        &mut tx,
        &id,
        &caller.user_id,
        &caller.session.id_hash,
        &state,
        now,
        now + ceremony::CHALLENGE_MS,
    )
    .await?;
    tx.commit().await?;
    Ok(Ceremony { id, options: serde_json::to_string(&options).map_err(anyhow::Error::from)? })
}

async fn register_finish(
    cx: Ctx,
    caller: Caller,
    RegisterFinish { id, name, credential }: RegisterFinish,
) -> Result<KeyAdded> {
    caller.require_console()?;
    let name = parse_name(&name).map_err(|e| AppError::invalid(Field::KeyName, Problem::Name(e)))?;
    reauth::require_recent(&cx, &caller).await?;
    let rp = ceremony::relying_party(&cx)?;
    let now = cx.now();
    // The challenge is used up by this answer, whether or not it proves anything.
    let mut tx = cx.write().await?;
    let state = store::take_registration(&mut tx, &id, &caller.user_id, &caller.session.id_hash, now).await?;
    tx.commit().await?;
    let state: PasskeyRegistration = state.and_then(|s| serde_json::from_str(&s).ok()).ok_or_else(ceremony::refused)?;
    let answer: RegisterPublicKeyCredential = serde_json::from_str(&credential).map_err(|_| ceremony::refused())?;
    let passkey = rp.finish_passkey_registration(&answer, &state).map_err(|e| {
        tracing::warn!(user = %caller.user_id, error = %e, "security key registration refused");
        ceremony::refused()
    })?;
    let credential_id = credential_text(passkey.cred_id());
    let mut tx = cx.write().await?;
    crate::db::lock_account(&mut tx, &caller.user_id).await?;
    if store::credential_taken(&mut tx, &credential_id).await? {
        return Err(AppError::KeyRefused { reason: KeyRefusal::KeyAlreadyRegistered }.into());
    }
    may_register_security_key(store::count(&mut tx, &caller.user_id).await?)
        .map_err(|reason| AppError::KeyRefused { reason })?;
    let key_id = new_id();
    let passkey_json = serde_json::to_string(&passkey).map_err(anyhow::Error::from)?;
    let key = store::NewKey {
        id: &key_id,
        user_id: &caller.user_id,
        name: &name,
        passkey_json: &passkey_json,
        credential_id: &credential_id,
        now,
    };
    store::insert(&mut tx, key).await?;
    // The first factor turns 2FA on: backup codes (shown once) and an email.
    let done = security::confirmed(&mut tx, &cx, &caller.user_id, &key_id, Method::SecurityKey).await?;
    tx.commit().await?;
    let key = SecurityKey { id: key_id, name, created_at: now, last_used_at: None };
    Ok(KeyAdded { key, backup_codes: done.backup_codes })
}

async fn list(cx: Ctx, caller: Caller, _: ListSecurityKeys) -> Result<Vec<SecurityKey>> {
    caller.require_console()?;
    store::list(cx.pool(), &caller.user_id).await
}

async fn rename(cx: Ctx, caller: Caller, RenameSecurityKey { id, name }: RenameSecurityKey) -> Result<SecurityKey> {
    caller.require_console()?;
    let name = parse_name(&name).map_err(|e| AppError::invalid(Field::KeyName, Problem::Name(e)))?;
    let mut tx = cx.write().await?;
    let mut key = store::one(&mut tx, &caller.user_id, &id).await?.ok_or(AppError::NotFound)?;
    store::rename(&mut tx, &caller.user_id, &id, &name).await?;
    tx.commit().await?;
    key.name = name;
    Ok(key)
}

/// Removes every key named, or none when one of them is not the caller's.
async fn remove(cx: Ctx, caller: Caller, RemoveSecurityKeys { mut ids }: RemoveSecurityKeys) -> Result<()> {
    caller.require_console()?;
    ids.sort();
    ids.dedup();
    if ids.is_empty() || ids.len() > MAX_SECURITY_KEYS {
        return Err(AppError::NotFound.into());
    }
    reauth::require_recent(&cx, &caller).await?;
    let mut tx = cx.write().await?;
    for id in &ids {
        let key = store::one(&mut tx, &caller.user_id, id).await?.ok_or(AppError::NotFound)?;
        store::delete(&mut tx, &caller.user_id, id).await?;
        security_log::record(&mut tx, &cx, &caller.user_id, SecurityEvent::SecurityKeyRemoved, &key.name).await?;
    }
    if security::store::confirmed_factors(&mut *tx, &caller.user_id).await?.is_empty() {
        security::turned_off(&mut tx, &cx, &caller.user_id).await?;
    }
    tx.commit().await?;
    Ok(())
}
