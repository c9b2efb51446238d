//! Sign-in (ACC-2) with brute-force protection: per-address and per-account counters,
//! the same answer and the same work whether or not the account exists.

use app::auth::api::SignIn;
use app::session::Me;
use app::AppError;
use domain::{Email, Lang};

use super::{confirmation, store};
use crate::context::Ctx;
use crate::error::Result;
use crate::features::organizations::store::load_me;
use crate::ids::new_id;
use crate::throttles::{rate_limited, Bucket};
use crate::{passwords, sessions};

/// Longer than any address: refused like a wrong password, before any work.
const MAX_EMAIL_CHARS: usize = 320;

pub async fn sign_in(cx: Ctx, SignIn { email, password, session_only }: SignIn) -> Result<Me> {
    let now = cx.now();
    let address = cx.request.address_key();
    let throttles = cx.state.throttles();
    throttles.check(Bucket::Address, &address, now).map_err(rate_limited)?;
    if email.chars().count() > MAX_EMAIL_CHARS {
        throttles.failure(Bucket::Address, &address, now);
        return Err(AppError::InvalidCredentials.into());
    }
    let email = Email::parse(&email).map(|e| e.to_string()).unwrap_or_else(|_| email.trim().to_lowercase());
    let user = store::credentials(cx.pool(), &email).await?;
    // A locked account is answered like a wrong password, after the same work, so
    // the answer tells nothing about the account.
    let locked = throttles.check(Bucket::Account, &email, now).is_err();
    let ok = passwords::verify(password, user.as_ref().map(|u| u.password_hash.clone())).await;
    let user = match user {
        Some(u) if ok && !locked => u,
        _ => {
            throttles.failure(Bucket::Account, &email, now);
            throttles.failure(Bucket::Address, &address, now);
            return Err(AppError::InvalidCredentials.into());
        }
    };
    throttles.success(Bucket::Account, &email);
    if user.email_verified_at.is_none() {
        let lang = Lang::from_tag(&user.lang).unwrap_or_default();
        confirmation::resend(&cx, &user.id, &email, lang, &user.first_name).await?;
        return Err(AppError::EmailNotVerified.into());
    }
    let mut tx = cx.write().await?;
    sessions::open(&mut tx, &cx, &user.id, None, !session_only).await?;
    let event = store::SignInEvent {
        id: &new_id(),
        user_id: &user.id,
        at: now,
        ip: cx.request.ip.as_deref(),
        user_agent: cx.request.user_agent.as_deref(),
        outcome: "success",
    };
    store::record_sign_in(&mut tx, event).await?;
    tx.commit().await?;
    load_me(&cx, &user.id, None).await
}
