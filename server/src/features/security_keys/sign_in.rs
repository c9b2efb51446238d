//! The sign-in's second step with a security key (SEC-2): the pending sign-in (see
//! `accounts::second_step`) gets a challenge for its account's keys, kept in
//! `sign_in_attempts.webauthn_state`; the browser's answer uses it up, is counted like a
//! code before it is checked, and completes the sign-in when it proves one of the keys.

use app::security_keys::api::{Ceremony, SignInFinish, SignInStart};
use app::session::Me;
use domain::two_factor::Method;
use webauthn_rs::prelude::{Passkey, PasskeyAuthentication, PublicKeyCredential};

use super::{ceremony, store};
use crate::context::{Ctx, Tx};
use crate::error::Result;
use crate::features::accounts::second_step;
use crate::throttles::{rate_limited, Bucket, Counter};

pub async fn sign_in_start(cx: Ctx, _: SignInStart) -> Result<Ceremony> {
    let rp = ceremony::relying_party(&cx)?;
    let mut tx = cx.write().await?;
    let attempt = second_step::pending(&mut tx, &cx).await?;
    second_step::offered(&mut tx, &cx, &attempt, Method::SecurityKey).await?;
    let keys: Vec<Passkey> = store::passkeys(&mut tx, &attempt.user_id).await?.into_iter().map(|(_, k)| k).collect();
    let (options, state) = rp
        .start_passkey_authentication(&keys)
        .map_err(|e| anyhow::anyhow!("starting a WebAuthn authentication: {e}"))?;
    let state = serde_json::to_string(&state).map_err(anyhow::Error::from)?;
    sqlx::query("UPDATE sign_in_attempts SET webauthn_state = $1 WHERE id_hash = $2")
        .bind(state)
        .bind(&attempt.id_hash)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(Ceremony { id: String::new(), options: serde_json::to_string(&options).map_err(anyhow::Error::from)? })
}

pub async fn sign_in_finish(cx: Ctx, args: SignInFinish) -> Result<Me> {
    // Runs to its end even when the client goes away, like the other second steps.
    tokio::spawn(finish(cx, args)).await.map_err(|e| anyhow::anyhow!("security-key step task: {e}"))?
}

async fn finish(cx: Ctx, SignInFinish { credential }: SignInFinish) -> Result<Me> {
    let rp = ceremony::relying_party(&cx)?;
    let now = cx.now();
    // 1. Count the answer and use the challenge up, before checking anything.
    let mut tx = cx.write().await?;
    let attempt = second_step::pending(&mut tx, &cx).await?;
    second_step::offered(&mut tx, &cx, &attempt, Method::SecurityKey).await?;
    let mut counter = Counter::lock(&mut tx, Bucket::SecondFactor, &attempt.user_id).await?;
    counter.check(now).map_err(rate_limited)?;
    counter.fail(now);
    counter.save(&mut tx).await?;
    let (state,): (Option<String>,) = sqlx::query_as("SELECT webauthn_state FROM sign_in_attempts WHERE id_hash = $1")
        .bind(&attempt.id_hash)
        .fetch_one(&mut *tx)
        .await?;
    sqlx::query("UPDATE sign_in_attempts SET webauthn_state = NULL, failures = failures + 1 WHERE id_hash = $1")
        .bind(&attempt.id_hash)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;

    // 2. Check the answer against the challenge and the account's keys.
    let state: Option<PasskeyAuthentication> = state.and_then(|s| serde_json::from_str(&s).ok());
    let answer: Option<PublicKeyCredential> = serde_json::from_str(&credential).ok();
    let verified = match (&state, &answer) {
        (Some(state), Some(answer)) => rp.finish_passkey_authentication(answer, state).ok(),
        _ => None,
    };
    let mut tx = cx.write().await?;
    let Some(result) = verified else {
        second_step::record(&mut tx, &cx, &attempt.user_id, "wrong_code", Method::SecurityKey).await?;
        tx.commit().await?;
        tracing::warn!(user = %attempt.user_id, "sign-in second step: security key answer refused");
        return Err(ceremony::refused());
    };
    // 3. The key's new counter and last use; the counts taken back; the session opened.
    for (id, mut key) in store::passkeys(&mut tx, &attempt.user_id).await? {
        if key.update_credential(&result).is_some() {
            let json = serde_json::to_string(&key).map_err(anyhow::Error::from)?;
            used(&mut tx, &id, &json, now).await?;
        }
    }
    let mut counter = Counter::lock(&mut tx, Bucket::SecondFactor, &attempt.user_id).await?;
    counter.throttle = domain::Throttle::default();
    counter.save(&mut tx).await?;
    second_step::complete(tx, &cx, &attempt, Method::SecurityKey).await
}

/// After a sign-in with the key: its new signature counter and backup state, its last use.
async fn used(tx: &mut Tx, id: &str, passkey_json: &str, now: i64) -> Result<()> {
    sqlx::query("UPDATE second_factors SET secret = $1, last_used_at = $2 WHERE id = $3")
        .bind(passkey_json)
        .bind(now)
        .bind(id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}
