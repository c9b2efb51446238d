//! Changing the login email (ACC-4): the password, then a single-use link (hashed, 24 h)
//! to the new address; the login changes when it is opened. The answer to the request
//! is the same whether or not the address is free: when it is another account's login,
//! no link is sent and that account's owner is told instead, so the form cannot be used
//! to learn who has an account. On confirmation the old address is told (no link in that
//! email) and the member search words follow the new address.

use app::error::{Field, Problem};
use app::profile::api::{ChangeLoginEmail, ConfirmLoginEmail};
use app::AppError;
use domain::profile::check_new_login;
use domain::security_event::SecurityEvent;
use domain::{Email, Lang};

/// Longer than any link's token: refused before it is hashed.
pub(super) const MAX_TOKEN_BYTES: usize = 320;

use super::{mail, store};
use crate::caller::Caller;
use crate::clock::DAY_MS;
use crate::context::Ctx;
use crate::error::Result;
use crate::features::accounts::store::{insert_token, VERIFY_EMAIL};
use crate::features::organizations::store::index_member_words;
use crate::ids::{hash_secret, new_secret};
use crate::reauth::confirm_password;
use crate::throttles::{self, Bucket};
use crate::{outbox, security_log};

pub async fn change_login_email(
    cx: Ctx,
    caller: Caller,
    ChangeLoginEmail { new_email, password }: ChangeLoginEmail,
) -> Result<()> {
    let new = Email::parse(&new_email).map_err(|e| AppError::invalid(Field::Email, Problem::Email(e)))?;
    let new = new.as_str().to_string();
    let account = store::account(cx.pool(), &caller.user_id).await?;
    check_new_login(&new, &account.email, account.recovery_email.as_deref())
        .map_err(|p| AppError::invalid(Field::Email, Problem::Profile(p)))?;
    confirm_password(&cx, &caller, &password).await?;
    let now = cx.now();
    let mut tx = cx.write().await?;
    throttles::take(&mut tx, Bucket::ProfileEmail, &caller.user_id, now).await?;
    match store::login_owner(&mut *tx, &new).await? {
        Some((_, name, lang)) => {
            let lang = Lang::from_tag(&lang).unwrap_or_default();
            outbox::enqueue(&mut tx, &cx, mail::login_taken(&new, lang, &name)).await?;
        }
        None => {
            store::drop_tokens(&mut tx, &caller.user_id, store::CHANGE_LOGIN, now).await?;
            let (secret, token_hash) = new_secret();
            insert_token(&mut tx, &token_hash, &caller.user_id, store::CHANGE_LOGIN, &new, now, now + DAY_MS).await?;
            let link = cx.config().link(&format!("/confirm-login-email#token={secret}"));
            outbox::enqueue(&mut tx, &cx, mail::confirm_login(&new, account.lang(), &account.first_name, link)).await?;
        }
    }
    security_log::record(&mut tx, &cx, &caller.user_id, SecurityEvent::LoginEmailChangeRequested, &new).await?;
    tx.commit().await?;
    cx.state.outbox_bell().notify_one();
    Ok(())
}

pub async fn confirm_login_email(cx: Ctx, ConfirmLoginEmail { token }: ConfirmLoginEmail) -> Result<String> {
    if token.len() > MAX_TOKEN_BYTES {
        return Err(AppError::LinkInvalid.into());
    }
    let now = cx.now();
    let mut tx = cx.write().await?;
    let (user_id, new) = store::take_token(&mut tx, &hash_secret(&token), store::CHANGE_LOGIN, now)
        .await?
        .ok_or(AppError::LinkInvalid)?;
    let account = store::account(&mut *tx, &user_id).await?;
    let (closed,): (Option<i64>,) =
        sqlx::query_as("SELECT closed_at FROM users WHERE id = $1").bind(&user_id).fetch_one(&mut *tx).await?;
    // Taken since the link was sent (another account's login) or the account closed: the
    // link does nothing.
    if closed.is_some() || store::login_owner(&mut *tx, &new).await?.is_some() {
        tx.commit().await?;
        return Err(AppError::LinkInvalid.into());
    }
    if let Err(p) = check_new_login(&new, &account.email, account.recovery_email.as_deref()) {
        tx.commit().await?;
        return Err(AppError::invalid(Field::Email, Problem::Profile(p)).into());
    }
    let changed = sqlx::query("UPDATE users SET email = $1, email_verified_at = $2 WHERE id = $3")
        .bind(&new)
        .bind(now)
        .bind(&user_id)
        .execute(&mut *tx)
        .await
        .map_err(crate::error::Error::from);
    // Taken at this very moment by a sign-up or another change: the link does nothing.
    if let Err(e) = changed {
        return Err(if e.is_unique_violation() { AppError::LinkInvalid.into() } else { e });
    }
    // Links to the old address (its sign-up confirmation) prove nothing any more.
    store::drop_tokens(&mut tx, &user_id, VERIFY_EMAIL, now).await?;
    store::drop_tokens(&mut tx, &user_id, store::CHANGE_LOGIN, now).await?;
    for org_id in store::organization_ids(&mut *tx, &user_id).await? {
        index_member_words(&mut tx, &org_id, &user_id).await?;
    }
    let told = mail::login_changed(&account.email, account.lang(), &account.first_name, &new);
    outbox::enqueue(&mut tx, &cx, told).await?;
    let detail = format!("{} → {new}", account.email);
    security_log::record(&mut tx, &cx, &user_id, SecurityEvent::LoginEmailChanged, &detail).await?;
    tx.commit().await?;
    cx.state.outbox_bell().notify_one();
    Ok(new)
}
