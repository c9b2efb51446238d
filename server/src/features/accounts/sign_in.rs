//! Sign-in (ACC-2) with brute-force protection that holds under parallel requests:
//! every attempt is counted before its password is checked, at most one check per
//! account is in flight, and the counters live in the database (`throttles`). The same
//! answer and the same work whether or not the account exists.
//!
//! Limits (see `domain::throttle`): one account from one address — 5 free failures,
//! then 30 s doubling to 15 min; one account from everywhere — 100 free, then 1 min
//! doubling to 1 h, not applied at an address the account signed in from in the last
//! 90 days; one address whatever the account — 30 free, then 10 s doubling to 15 min.
//! An IPv6 client counts by its /64 network (one customer's line).

use app::auth::api::{SignIn, SignInOutcome};
use app::AppError;
use domain::{Email, Lang};

use super::{confirmation, second_step, store};
use crate::clock::DAY_MS;
use crate::context::Ctx;
use crate::error::Result;
use crate::features::organizations::store::load_me;
use crate::ids::new_id;
use crate::sessions;
use crate::throttles::{rate_limited, Bucket, Counter};

/// Longer than any password of the policy (128 code points of at most 4 bytes).
const MAX_PASSWORD_BYTES: usize = 1024;
/// Longer than any address: refused like a wrong password, before any work.
const MAX_EMAIL_CHARS: usize = 320;
/// An address the account signed in from within this period is the owner's.
const KNOWN_ADDRESS_MS: i64 = 90 * DAY_MS;
/// How long a password check may hold the account's "in flight" mark (it is cleared as
/// soon as the check ends; this only bounds a process that died meanwhile).
const CHECK_MS: i64 = 10_000;

pub async fn sign_in(cx: Ctx, args: SignIn) -> Result<SignInOutcome> {
    // The attempt runs to its end even when the client goes away mid-check: a dropped
    // request must neither leave the account marked busy nor skip its settlement.
    tokio::spawn(attempt(cx, args)).await.map_err(|e| anyhow::anyhow!("sign-in task: {e}"))?
}

async fn attempt(cx: Ctx, SignIn { email, password, session_only }: SignIn) -> Result<SignInOutcome> {
    // Longer than any password the policy accepts: checked as an empty one (same work,
    // same answer as a wrong password).
    let password = if password.len() > MAX_PASSWORD_BYTES { String::new() } else { password };
    // A place in the hashing queue first: when it is full the attempt is refused before
    // it is counted (503 overloaded, not a failure against the account).
    let ticket = cx.state.hashing().admit()?;
    let now = cx.now();
    let address = cx.request.address_key();
    let email = if email.chars().count() > MAX_EMAIL_CHARS {
        None
    } else {
        Some(Email::parse(&email).map(|e| e.to_string()).unwrap_or_else(|_| email.trim().to_lowercase()))
    };
    let user = match &email {
        Some(email) => store::credentials(cx.pool(), email).await?,
        None => None,
    };
    let account_key = email.clone().unwrap_or_else(|| "(too long)".into());

    // 1. Count the attempt, under the counters' locks, before any password is checked.
    let mut tx = cx.write().await?;
    let mut by_address = Counter::lock(&mut tx, Bucket::Address, &address).await?;
    if let Err(wait) = by_address.check(now) {
        tracing::warn!(ip = %address, "sign-in refused: address rate limit");
        return Err(rate_limited(wait).into());
    }
    let known_address = match (&user, cx.request.ip.as_deref()) {
        (Some(u), Some(ip)) => store::signed_in_from(&mut tx, &u.id, ip, now - KNOWN_ADDRESS_MS).await?,
        _ => false,
    };
    // Counters are always locked in one order (address, account, pair), here and when
    // settling, so concurrent sign-ins never wait for each other in a cycle.
    let mut account = Counter::lock(&mut tx, Bucket::Account, &account_key).await?;
    if account.busy_until > now && !known_address {
        // Another check of this account is running: one guess at a time. The owner at
        // an address they signed in from is not held back by someone else's guesses.
        return Err(rate_limited(1_000).into());
    }
    let mut pair = Counter::lock(&mut tx, Bucket::AccountAddress, &format!("{account_key}\n{address}")).await?;
    let locked = email.is_none() || pair.check(now).is_err() || (!known_address && account.check(now).is_err());
    by_address.fail(now);
    pair.fail(now);
    if !known_address {
        account.fail(now);
    }
    account.busy_until = now + CHECK_MS;
    for counter in [&by_address, &account, &pair] {
        counter.save(&mut tx).await?;
    }
    tx.commit().await?;

    // 2. Check the password (a locked account gets the same work and the same answer).
    let ok = ticket.verify(password, user.as_ref().map(|u| u.password_hash.clone())).await;

    // 3. Settle: a success takes its counts back; either way the check is over.
    let mut tx = cx.write().await?;
    let success = ok && !locked && user.is_some();
    let mut by_address = Counter::lock(&mut tx, Bucket::Address, &address).await?;
    let mut account = Counter::lock(&mut tx, Bucket::Account, &account_key).await?;
    account.busy_until = 0;
    if success {
        by_address.throttle.forgive_one();
        by_address.save(&mut tx).await?;
        let mut pair = Counter::lock(&mut tx, Bucket::AccountAddress, &format!("{account_key}\n{address}")).await?;
        pair.throttle = domain::Throttle::default();
        pair.save(&mut tx).await?;
        if !known_address {
            account.throttle.forgive_one();
        }
    }
    account.save(&mut tx).await?;
    let outcome = match (&user, success, locked) {
        (None, _, _) => None,
        (Some(_), true, _) => Some("success"),
        (Some(_), false, true) => Some("locked"),
        (Some(_), false, false) => Some("wrong_password"),
    };
    // With two-factor authentication a right password starts the second step, which
    // records how the sign-in ends.
    let second_step = match &user {
        Some(u) if success && u.email_verified_at.is_some() => {
            second_step::begin(&mut tx, &cx, &u.id, !session_only).await?
        }
        _ => None,
    };
    if let (Some(u), Some(outcome)) = (&user, outcome) {
        if outcome != "success" || (u.email_verified_at.is_some() && second_step.is_none()) {
            let event = store::SignInEvent {
                id: &new_id(),
                user_id: &u.id,
                at: now,
                ip: cx.request.ip.as_deref(),
                user_agent: cx.request.user_agent.as_deref(),
                outcome,
            };
            store::record_sign_in(&mut tx, event).await?;
            if outcome == "wrong_password" {
                crate::signals::on_wrong_password(&mut tx, &cx, &u.id).await?;
            }
        }
    }
    if !success {
        tx.commit().await?;
        if locked && user.is_some() {
            tracing::warn!(ip = %address, "sign-in refused: account locked");
        }
        return Err(AppError::InvalidCredentials.into());
    }
    let user = user.ok_or_else(|| anyhow::anyhow!("success without an account"))?;
    if user.email_verified_at.is_none() {
        tx.commit().await?;
        let lang = Lang::from_tag(&user.lang).unwrap_or_default();
        confirmation::resend(&cx, &user.id, &account_key, lang, &user.first_name).await?;
        return Err(AppError::EmailNotVerified.into());
    }
    if let Some(second_step) = second_step {
        tx.commit().await?;
        return Ok(second_step);
    }
    sessions::open(&mut tx, &cx, &user.id, None, !session_only).await?;
    tx.commit().await?;
    Ok(SignInOutcome::SignedIn { me: load_me(&cx, &user.id, None).await? })
}
