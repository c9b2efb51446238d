//! HTTP Basic with an app password (SEC-4): how scripts and sync clients call the API.
//! `Authorization: Basic base64(login email ":" app password)` on any request; when the
//! header is there, it alone says who calls (cookies are ignored), and a wrong one is
//! `401 unauthenticated` — never with a `WWW-Authenticate` challenge, so a browser never
//! keeps such credentials to send on its own.
//!
//! Guessing is counted like wrong passwords at sign-in (the same counters: one account
//! from one address, one account everywhere, one address), and refused while the
//! account-and-address or the address counter says wait. An app password is 16 random
//! letters (~75 bits), so its SHA-256 is enough at rest and the lookup is by hash.
//! Only accounts with two-factor authentication on, not blocked nor closed, get in.

use app::AppError;
use base64::Engine;
use domain::Email;

use crate::clock::MINUTE_MS;
use crate::context::Ctx;
use crate::error::Result;
use crate::ids::hash_secret;
use crate::throttles::{Bucket, Counter};

/// The longest login email read from a Basic header.
const MAX_EMAIL_CHARS: usize = 320;

/// Who the Basic credentials name: the account and the app password used.
pub struct AppPasswordCaller {
    pub user_id: String,
    pub app_password_id: String,
}

/// The account and app password of `authorization` (the header's value), or
/// `unauthenticated` (malformed, unknown, wrong, revoked, or while guesses are held back).
pub async fn identify(cx: &Ctx, authorization: &str) -> Result<AppPasswordCaller> {
    let (email, password) = parse(authorization).ok_or(AppError::Unauthenticated)?;
    let now = cx.now();
    let address = cx.request.address_key();
    let email_key = Email::parse(&email).map(|e| e.to_string()).unwrap_or_else(|_| email.trim().to_lowercase());
    let pair_key = format!("{email_key}\n{address}");

    let mut read = cx.pool().begin().await?;
    let held_back = crate::throttles::check(&mut read, Bucket::Address, &address, now).await?.is_err()
        || crate::throttles::check(&mut read, Bucket::AccountAddress, &pair_key, now).await?.is_err();
    if held_back {
        tracing::warn!(ip = %address, "app password refused: rate limit");
        return Err(AppError::Unauthenticated.into());
    }
    let found: Option<(String, String, Option<i64>)> = match domain::keys::normalize_app_password(&password) {
        Some(letters) => {
            sqlx::query_as(
                "SELECT a.id, a.user_id, a.last_used_at FROM app_passwords a JOIN users u ON u.id = a.user_id \
                 WHERE a.password_hash = $1 AND u.email = $2 AND a.revoked_at IS NULL \
                   AND u.blocked_at IS NULL AND u.closed_at IS NULL AND u.email_verified_at IS NOT NULL \
                   AND EXISTS (SELECT 1 FROM second_factors f WHERE f.user_id = u.id AND f.confirmed_at IS NOT NULL)",
            )
            .bind(hash_secret(&letters))
            .bind(&email_key)
            .fetch_optional(&mut *read)
            .await?
        }
        None => None,
    };
    read.commit().await?;

    let Some((app_password_id, user_id, last_used_at)) = found else {
        // Counted like a wrong password at sign-in, in the same lock order.
        let mut tx = cx.write().await?;
        for (bucket, key) in
            [(Bucket::Address, &address), (Bucket::Account, &email_key), (Bucket::AccountAddress, &pair_key)]
        {
            let mut counter = Counter::lock(&mut tx, bucket, key).await?;
            counter.fail(now);
            counter.save(&mut tx).await?;
        }
        tx.commit().await?;
        tracing::warn!(ip = %address, "app password refused: wrong credentials");
        return Err(AppError::Unauthenticated.into());
    };
    if last_used_at.is_none_or(|at| now - at >= MINUTE_MS) {
        sqlx::query("UPDATE app_passwords SET last_used_at = $1 WHERE id = $2")
            .bind(now)
            .bind(&app_password_id)
            .execute(cx.pool())
            .await?;
    }
    Ok(AppPasswordCaller { user_id, app_password_id })
}

/// `Basic base64(user ":" password)` → (user, password); `None` for anything else.
fn parse(authorization: &str) -> Option<(String, String)> {
    let (scheme, encoded) = authorization.trim().split_once(' ')?;
    if !scheme.eq_ignore_ascii_case("basic") {
        return None;
    }
    let decoded = base64::engine::general_purpose::STANDARD.decode(encoded.trim()).ok()?;
    let text = String::from_utf8(decoded).ok()?;
    let (user, password) = text.split_once(':')?;
    (!user.is_empty() && user.chars().count() <= MAX_EMAIL_CHARS).then(|| (user.to_string(), password.to_string()))
}

#[cfg(test)]
mod tests {
    use super::parse;

    #[test]
    fn only_well_formed_basic_credentials_are_read() {
        let header =
            |s: &str| format!("Basic {}", base64::Engine::encode(&base64::engine::general_purpose::STANDARD, s));
        assert_eq!(parse(&header("ann@example.ch:abcd efgh")), Some(("ann@example.ch".into(), "abcd efgh".into())));
        assert_eq!(parse(&header("ann@example.ch:a:b")), Some(("ann@example.ch".into(), "a:b".into())));
        assert_eq!(parse(&header("no colon")), None);
        assert_eq!(parse(&header(":password")), None);
        assert_eq!(parse("Bearer abc"), None);
        assert_eq!(parse("Basic %%%"), None);
        assert_eq!(parse(""), None);
    }
}
