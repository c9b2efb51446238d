//! Checking and using up a code of the person's second factors: the authenticator app's
//! (each time step once) and backup codes (each once). Used by the sign-in second step
//! and by `auth/reauthenticate`; the callers count the guesses.

use domain::two_factor::{backup_code, totp, Method};
use domain::{Lang, SecurityEvent};

use super::{mail, store};
use crate::context::{Ctx, Tx};
use crate::error::Result;
use crate::ids::hash_secret;
use crate::{outbox, security_log};

/// A code that was right, and what it was.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Proof {
    Totp,
    BackupCode,
}

impl Proof {
    pub fn method(self) -> Method {
        match self {
            Proof::Totp => Method::Totp,
            Proof::BackupCode => Method::BackupCode,
        }
    }
}

/// Checks `code` against the person's authenticator apps, using its time step up.
pub async fn check_totp(tx: &mut Tx, cx: &Ctx, user_id: &str, code: &str) -> Result<bool> {
    let now = cx.now();
    let seconds = u64::try_from(now / 1000).unwrap_or(0);
    for factor in store::confirmed_of_kind(tx, user_id, "totp").await? {
        let Some(secret) = open_secret(cx, &factor.secret) else {
            tracing::error!(factor = %factor.id, "a TOTP secret this server cannot open");
            continue;
        };
        let last = factor.last_step.and_then(|s| u64::try_from(s).ok());
        if let Some(step) = totp::accept(&secret, code, seconds, last) {
            if store::take_step(tx, &factor.id, i64::try_from(step).unwrap_or(i64::MAX), now).await? {
                return Ok(true);
            }
        }
    }
    Ok(false)
}

/// Uses a backup code of the person; records it and tells them by email, with the count
/// left.
pub async fn check_backup_code(tx: &mut Tx, cx: &Ctx, user_id: &str, code: &str) -> Result<bool> {
    let Some(code) = backup_code::normalize(code) else { return Ok(false) };
    if !store::use_backup_code(tx, user_id, &hash_secret(&code), cx.now()).await? {
        return Ok(false);
    }
    let left = store::backup_codes_left(&mut **tx, user_id).await?;
    security_log::record(tx, cx, user_id, SecurityEvent::BackupCodeUsed, &format!("{left} left")).await?;
    let (email, first_name, lang) = store::addressee(tx, user_id).await?;
    let lang = Lang::from_tag(&lang).unwrap_or_default();
    outbox::enqueue(tx, cx, mail::backup_code_used(&email, lang, &first_name, left)).await?;
    Ok(true)
}

/// A code of the person's authenticator app or a backup code (re-authentication).
pub async fn check_any(tx: &mut Tx, cx: &Ctx, user_id: &str, code: &str) -> Result<Option<Proof>> {
    if domain::two_factor::six_digits(code).is_some() {
        return Ok(check_totp(tx, cx, user_id, code).await?.then_some(Proof::Totp));
    }
    Ok(check_backup_code(tx, cx, user_id, code).await?.then_some(Proof::BackupCode))
}

/// Ten new backup codes for the person (the old ones go), as shown once.
pub async fn new_backup_codes(tx: &mut Tx, cx: &Ctx, user_id: &str) -> Result<Vec<String>> {
    let codes: Vec<String> = (0..backup_code::COUNT)
        .map(|_| backup_code::from_random(crate::ids::random_bytes::<{ backup_code::RANDOM_BYTES }>()))
        .collect();
    let hashes: Vec<String> = codes.iter().filter_map(|c| backup_code::normalize(c)).map(|c| hash_secret(&c)).collect();
    store::replace_backup_codes(tx, user_id, &hashes, cx.now()).await?;
    security_log::record(tx, cx, user_id, SecurityEvent::BackupCodesGenerated, "").await?;
    Ok(codes)
}

/// A TOTP secret is stored sealed, in base32.
pub fn seal_secret(cx: &Ctx, secret: &[u8]) -> String {
    cx.config().secret_key.seal(&totp::secret_base32(secret))
}

fn open_secret(cx: &Ctx, sealed: &str) -> Option<Vec<u8>> {
    totp::secret_from_base32(&cx.config().secret_key.open(sealed)?)
}

/// A six-digit code sent by SMS, and the hash kept of it.
pub fn new_sms_code() -> (String, String) {
    let n = u32::from_be_bytes(crate::ids::random_bytes::<4>()) % 1_000_000;
    let code = format!("{n:06}");
    let hash = hash_secret(&code);
    (code, hash)
}
