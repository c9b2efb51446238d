//! Email confirmation (ACC-1): a single-use link sent at sign-up, and the page it opens,
//! which asks for the account's password too. The link proves the mailbox, the
//! password proves the person who signed up: someone who signed up with another
//! person's address cannot have that person confirm the account for them.

use app::auth::api::VerifyEmail;
use app::session::Me;
use app::AppError;
use domain::Lang;

use super::store;
use crate::clock::DAY_MS;
use crate::context::{Ctx, Tx};
use crate::error::Result;
use crate::features::organizations::store::load_me;
use crate::ids::{hash_secret, new_secret};
use crate::throttles::{Bucket, Counter};
use crate::{mail, outbox, sessions};

/// Creates a confirmation token for `email` and queues the email with its link.
pub async fn issue(tx: &mut Tx, cx: &Ctx, user_id: &str, email: &str, lang: Lang, first_name: &str) -> Result<()> {
    let now = cx.now();
    let (secret, token_hash) = new_secret();
    store::insert_token(tx, &token_hash, user_id, store::VERIFY_EMAIL, email, now, now + DAY_MS).await?;
    // In the fragment: it never reaches a server or a proxy log.
    let link = cx.config().link(&format!("/verify-email#token={secret}"));
    outbox::enqueue(tx, cx, mail::verify_email(email, lang, first_name, link)).await
}

/// Sends a new link after a sign-in attempt on an unconfirmed account, at most a few
/// times an hour, so sign-in cannot be used to flood a mailbox.
pub async fn resend(cx: &Ctx, user_id: &str, email: &str, lang: Lang, first_name: &str) -> Result<()> {
    let now = cx.now();
    let mut tx = cx.write().await?;
    let mut sent = Counter::lock(&mut tx, Bucket::Confirmation, user_id).await?;
    if sent.check(now).is_err() {
        return Ok(());
    }
    sent.fail(now);
    sent.save(&mut tx).await?;
    issue(&mut tx, cx, user_id, email, lang, first_name).await?;
    tx.commit().await?;
    cx.state.outbox_bell().notify_one();
    Ok(())
}

pub async fn verify(cx: Ctx, VerifyEmail { token, password }: VerifyEmail) -> Result<Me> {
    let now = cx.now();
    let token_hash = hash_secret(&token);
    let pending = store::pending_confirmation(cx.pool(), &token_hash, now).await?.ok_or(AppError::LinkInvalid)?;
    // The attempt is counted before the password is checked, so parallel guesses
    // cannot all slip under the limit; a full hashing queue refuses it before that.
    let ticket = cx.state.hashing().admit()?;
    let mut tx = cx.write().await?;
    let mut guesses = Counter::lock(&mut tx, Bucket::ConfirmationPassword, &pending.user_id).await?;
    guesses.check(now).map_err(|_| AppError::InvalidCredentials)?;
    guesses.fail(now);
    guesses.save(&mut tx).await?;
    tx.commit().await?;
    if !ticket.verify(password, Some(pending.password_hash)).await {
        return Err(AppError::InvalidCredentials.into());
    }
    let mut tx = cx.write().await?;
    let mut guesses = Counter::lock(&mut tx, Bucket::ConfirmationPassword, &pending.user_id).await?;
    guesses.throttle = domain::Throttle::default();
    guesses.save(&mut tx).await?;
    if !store::use_token(&mut tx, &token_hash, now).await? {
        return Err(AppError::LinkInvalid.into());
    }
    store::confirm_email(&mut tx, &pending.user_id, &pending.target, now).await?;
    sessions::open(&mut tx, &cx, &pending.user_id, None, true).await?;
    tx.commit().await?;
    load_me(&cx, &pending.user_id, None).await
}
