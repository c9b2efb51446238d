//! ACC-12, lost login mailbox: the temporary username (issued by support or when the
//! provider's mail service of the login address ends), sent by SMS and to the recovery
//! email; signed in with it, the user must choose a new login email, proved by a link.

use app::error::{Field, Problem};
use app::recovery::api::{ChooseLogin, ConfirmLogin};
use app::session::Me;
use app::AppError;
use domain::i18n::RecoveryMsg;
use domain::recovery::{self, RecoveryError};
use domain::security_event::SecurityEvent;
use domain::{Email, Lang};

use super::{mail, store};
use crate::caller::Caller;
use crate::clock::DAY_MS;
use crate::context::{Ctx, Tx};
use crate::error::Result;
use crate::features::accounts::store as accounts;
use crate::features::organizations::store::{index_member_words, load_me};
use crate::ids::{hash_secret, new_secret, random_bytes};
use crate::throttles::{self, Bucket};
use crate::{outbox, security_log, sms};

/// Gives the account a temporary username and sends it by SMS to the recovery phone and
/// by email to the recovery email (and to `also_to`, a contact address support
/// verified). The login email stops signing in until a new one is chosen.
pub async fn issue_temporary_username(
    tx: &mut Tx,
    cx: &Ctx,
    account: &store::Account,
    also_to: Option<&str>,
) -> Result<String> {
    let username = loop {
        let candidate = recovery::temporary_username(random_bytes::<8>());
        let taken: Option<(String,)> = sqlx::query_as("SELECT id FROM users WHERE temporary_username = $1")
            .bind(&candidate)
            .fetch_optional(&mut **tx)
            .await?;
        if taken.is_none() {
            break candidate;
        }
    };
    store::set_temporary_username(tx, &account.id, &username).await?;
    let lang = Lang::from_tag(&account.lang).unwrap_or_default();
    if let Some(number) = &account.recovery_phone {
        let text = RecoveryMsg::SmsTemporaryUsername.fill(lang, &[("username", sms::SECRET)]);
        sms::enqueue(tx, cx, sms::Sms { to: number.clone(), text, secret: Some(username.clone()) }).await?;
    }
    let mut recipients: Vec<&str> = account.recovery_email.as_deref().into_iter().collect();
    if let Some(extra) = also_to.filter(|a| !recipients.contains(a)) {
        recipients.push(extra);
    }
    for to in recipients {
        outbox::enqueue(tx, cx, mail::temporary_username(to, lang, &account.first_name, &username)).await?;
    }
    security_log::record(tx, cx, &account.id, SecurityEvent::TemporaryUsernameIssued, "").await?;
    Ok(username)
}

pub async fn choose_login(cx: Ctx, caller: Caller, ChooseLogin { email }: ChooseLogin) -> Result<()> {
    let email = Email::parse(&email).map_err(|e| AppError::invalid(Field::Email, Problem::Email(e)))?;
    let now = cx.now();
    let mut tx = cx.write().await?;
    let Some((must_change, recovery_email)) = store::login_state(&mut tx, &caller.user_id).await? else {
        return Err(AppError::Unauthenticated.into());
    };
    if must_change == 0 {
        return Err(AppError::NotFound.into());
    }
    if recovery_email.as_deref() == Some(email.as_str()) {
        return Err(AppError::invalid(Field::Email, Problem::Recovery(RecoveryError::SameAsRecoveryEmail)).into());
    }
    throttles::take(&mut tx, Bucket::RecoveryAccount, &format!("choose-login\n{}", caller.user_id), now).await?;
    let account = store::account_by_id(&mut *tx, &caller.user_id).await?.ok_or(AppError::Unauthenticated)?;
    let lang = Lang::from_tag(&account.lang).unwrap_or_default();
    // Whether the address is taken is told to the address, not to the page.
    if let Some(owner_lang) = store::login_taken(&mut tx, email.as_str()).await? {
        let owner_lang = Lang::from_tag(&owner_lang).unwrap_or_default();
        outbox::enqueue(&mut tx, &cx, mail::login_taken(email.as_str(), owner_lang)).await?;
    } else {
        let (secret, token_hash) = new_secret();
        accounts::insert_token(
            &mut tx,
            &token_hash,
            &account.id,
            store::CHOOSE_LOGIN,
            email.as_str(),
            now,
            now + DAY_MS,
        )
        .await?;
        let link = cx.config().link(&format!("/confirm-login#token={secret}"));
        outbox::enqueue(&mut tx, &cx, mail::choose_login(email.as_str(), lang, &account.first_name, link)).await?;
    }
    tx.commit().await?;
    cx.state.outbox_bell().notify_one();
    Ok(())
}

pub async fn confirm_login(cx: Ctx, caller: Caller, ConfirmLogin { token }: ConfirmLogin) -> Result<Me> {
    let now = cx.now();
    let token_hash = hash_secret(&token);
    let mut tx = cx.write().await?;
    let owner = if token.len() > 320 {
        None
    } else {
        store::token_owner(&mut tx, &token_hash, store::CHOOSE_LOGIN, now).await?
    };
    // Another account's link is no link for this one.
    let Some((_, new_login)) = owner.filter(|(user_id, _)| *user_id == caller.user_id) else {
        return Err(AppError::LinkInvalid.into());
    };
    match store::login_state(&mut tx, &caller.user_id).await? {
        Some((must_change, _)) if must_change != 0 => {}
        _ => return Err(AppError::LinkInvalid.into()),
    }
    if store::login_taken(&mut tx, &new_login).await?.is_some() {
        return Err(AppError::AccountExists.into());
    }
    if !accounts::use_token(&mut tx, &token_hash, now).await? {
        return Err(AppError::LinkInvalid.into());
    }
    if let Err(e) = store::set_login(&mut tx, &caller.user_id, &new_login, now).await {
        return Err(if e.is_unique_violation() { AppError::AccountExists.into() } else { e });
    }
    for org_id in store::org_ids(&mut tx, &caller.user_id).await? {
        index_member_words(&mut tx, &org_id, &caller.user_id).await?;
    }
    security_log::record(&mut tx, &cx, &caller.user_id, SecurityEvent::LoginEmailChanged, &new_login).await?;
    tx.commit().await?;
    load_me(&cx, &caller.user_id, caller.session.current_org_id.as_deref()).await
}
