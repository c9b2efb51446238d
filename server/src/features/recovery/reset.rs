//! ACC-10, forgotten password: a link by email or a code by SMS, then a new password.
//!
//! Nothing on the page tells whether the account exists: the request always answers a
//! fresh random `request_id`, whether a link, a code or nothing was sent; a code is
//! checked under that id, and an id that names nothing is answered like a wrong code.
//! No masked address or number is shown either: a mask is itself an answer (an
//! attacker who knows the person's number recognises a fake one). Rate limits are
//! keyed by what was typed (the address, the client), so they too answer alike.

use app::error::{Field, Problem};
use app::recovery::api::{CheckCode, RequestReset, ResetPassword, ResetRequested, ResetTicket};
use app::AppError;
use domain::password::PersonalWords;
use domain::recovery::{self, Channel, RecoveryError};
use domain::security_event::SecurityEvent;
use domain::{Email, Lang, Password};

use super::{mail, store};
use crate::context::{Ctx, Tx};
use crate::error::Result;
use crate::features::accounts::store as accounts;
use crate::ids::{hash_secret, new_secret, random_bytes};
use crate::throttles::{self, Bucket, Counter};
use crate::{outbox, security_log, sessions, sms};

/// Longer than any address or secret we hand out: not one of ours.
const MAX_INPUT_BYTES: usize = 320;

pub async fn request_reset(cx: Ctx, RequestReset { email, channel }: RequestReset) -> Result<ResetRequested> {
    if email.len() > MAX_INPUT_BYTES {
        return Err(AppError::invalid(Field::Email, Problem::Email(domain::EmailError::TooLong)).into());
    }
    let login = Email::parse(&email).map_err(|e| AppError::invalid(Field::Email, Problem::Email(e)))?;
    let now = cx.now();
    let (request_id, id_hash) = new_secret();
    let mut tx = cx.write().await?;
    throttles::take(&mut tx, Bucket::RecoveryAddress, &cx.request.address_key(), now).await?;
    throttles::take(&mut tx, Bucket::RecoveryAccount, login.as_str(), now).await?;
    let account = store::account_by_login(&mut *tx, login.as_str()).await?;
    match (channel, account) {
        (Channel::Email, Some(account)) => {
            let token = issue_token(&mut tx, &cx, &account.id, &account.email).await?;
            send_link(&mut tx, &cx, &account, &token).await?;
        }
        (Channel::Phone, Some(account)) => {
            if let Some(number) = &account.recovery_phone {
                send_code(&mut tx, &cx, &account, number, &request_id, &id_hash).await?;
            }
        }
        (_, None) => {}
    }
    tx.commit().await?;
    cx.state.outbox_bell().notify_one();
    Ok(ResetRequested { request_id })
}

/// A reset token for the account (15 minutes, single use); the secret is returned once.
async fn issue_token(tx: &mut Tx, cx: &Ctx, user_id: &str, login: &str) -> Result<String> {
    let now = cx.now();
    let (secret, token_hash) = new_secret();
    accounts::insert_token(tx, &token_hash, user_id, store::RESET_PASSWORD, login, now, now + recovery::SECRET_TTL_MS)
        .await?;
    Ok(secret)
}

/// The link goes to the login address and to the verified recovery email: whichever
/// mailbox the person still has (ACC-12: the login's may be gone).
pub async fn send_link(tx: &mut Tx, cx: &Ctx, account: &store::Account, token: &str) -> Result<()> {
    let lang = Lang::from_tag(&account.lang).unwrap_or_default();
    let link = cx.config().link(&format!("/reset-password#token={token}"));
    outbox::enqueue(tx, cx, mail::reset_link(&account.email, lang, &account.email, link.clone())).await?;
    if let Some(recovery) = account.recovery_email.as_deref().filter(|r| *r != account.email) {
        outbox::enqueue(tx, cx, mail::reset_link(recovery, lang, &account.email, link)).await?;
    }
    Ok(())
}

/// Sends a code by SMS, unless this number got too many already (then silently
/// nothing: a refusal would tell that the account exists and has this phone).
async fn send_code(
    tx: &mut Tx,
    cx: &Ctx,
    account: &store::Account,
    number: &str,
    request_id: &str,
    id_hash: &str,
) -> Result<()> {
    let now = cx.now();
    if !sms_allowed(tx, cx, number).await? {
        return Ok(());
    }
    let code = loop {
        if let Some(code) = recovery::code_from_random(u32::from_be_bytes(random_bytes::<4>())) {
            break code;
        }
    };
    let code_hash = hash_secret(&format!("{request_id}:{code}"));
    let new = store::NewCode {
        id_hash,
        user_id: &account.id,
        code_hash: &code_hash,
        to_number: number,
        now,
        expires_at: now + recovery::SECRET_TTL_MS,
    };
    store::insert_code(tx, new).await?;
    let lang = Lang::from_tag(&account.lang).unwrap_or_default();
    let text = domain::i18n::RecoveryMsg::SmsResetCode.fill(lang, &[("code", sms::SECRET)]);
    sms::enqueue(tx, cx, sms::Sms { to: number.to_string(), text, secret: Some(code) }).await
}

/// Counts one SMS to `number`; `false` when the number had its share (SMS pumping).
pub async fn sms_allowed(tx: &mut Tx, cx: &Ctx, number: &str) -> Result<bool> {
    let now = cx.now();
    let mut counter = Counter::lock(tx, Bucket::RecoverySms, number).await?;
    if counter.check(now).is_err() {
        tracing::warn!(ip = %cx.request.address_key(), "recovery SMS refused: number rate limit");
        return Ok(false);
    }
    counter.fail(now);
    counter.save(tx).await?;
    Ok(true)
}

pub async fn check_code(cx: Ctx, CheckCode { request_id, code }: CheckCode) -> Result<ResetTicket> {
    let invalid = || AppError::invalid(Field::Code, Problem::WrongCode);
    let code = recovery::parse_code(&code)
        .ok_or(AppError::invalid(Field::Code, Problem::Recovery(RecoveryError::CodeFormat)))?;
    let now = cx.now();
    let mut tx = cx.write().await?;
    // Every try counts against the client, known request or not.
    throttles::take(&mut tx, Bucket::RecoveryGuess, &cx.request.address_key(), now).await?;
    let id_hash = hash_secret(&request_id);
    let open = if request_id.len() > MAX_INPUT_BYTES { None } else { store::open_code(&mut tx, &id_hash, now).await? };
    let Some((user_id, code_hash, _)) = open else {
        tx.commit().await?;
        return Err(invalid().into());
    };
    if hash_secret(&format!("{request_id}:{code}")) != code_hash {
        store::fail_code(&mut tx, &id_hash).await?;
        tx.commit().await?;
        return Err(invalid().into());
    }
    if !store::use_code(&mut tx, &id_hash, now).await? {
        return Err(invalid().into());
    }
    let account = store::account_by_id(&mut *tx, &user_id).await?.ok_or_else(invalid)?;
    let token = issue_token(&mut tx, &cx, &account.id, &account.email).await?;
    tx.commit().await?;
    Ok(ResetTicket { token })
}

pub async fn reset_password(cx: Ctx, ResetPassword { token, password }: ResetPassword) -> Result<()> {
    let now = cx.now();
    let token_hash = hash_secret(&token);
    let account = {
        let mut tx = cx.write().await?;
        let owner = if token.len() > MAX_INPUT_BYTES {
            None
        } else {
            store::token_owner(&mut tx, &token_hash, store::RESET_PASSWORD, now).await?
        };
        let Some((user_id, _)) = owner else { return Err(AppError::LinkInvalid.into()) };
        let account = store::account_by_id(&mut *tx, &user_id).await?.ok_or(AppError::LinkInvalid)?;
        tx.commit().await?;
        account
    };
    let personal = PersonalWords { email: Some(&account.email), names: vec![&account.first_name, &account.last_name] };
    let password = Password::parse_checked(&password, &personal)
        .map_err(|e| AppError::invalid(Field::Password, Problem::Password(e)))?;
    let hash = cx.state.hashing().hash(password.expose().to_string()).await?;
    let mut tx = cx.write().await?;
    // Checked again: the token may have been used or have expired while hashing.
    if store::token_owner(&mut tx, &token_hash, store::RESET_PASSWORD, cx.now()).await?.is_none()
        || !accounts::use_token(&mut tx, &token_hash, now).await?
    {
        return Err(AppError::LinkInvalid.into());
    }
    store::set_password(&mut tx, &account.id, &hash).await?;
    store::spend_reset_secrets(&mut tx, &account.id, now).await?;
    let ended = sessions::revoke_all(&mut tx, &account.id, now).await?;
    security_log::record(&mut tx, &cx, &account.id, SecurityEvent::PasswordReset, &format!("sessions ended: {ended}"))
        .await?;
    let lang = Lang::from_tag(&account.lang).unwrap_or_default();
    outbox::enqueue(&mut tx, &cx, mail::password_reset(&account.email, lang, &account.first_name)).await?;
    tx.commit().await?;
    cx.state.outbox_bell().notify_one();
    Ok(())
}
