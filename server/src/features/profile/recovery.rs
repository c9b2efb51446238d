//! The recovery channels (ACC-6, ACC-7), each set with the password typed again. A
//! recovery email is verified by a single-use link (hashed, 24 h) sent to it; until then
//! the page shows it as waiting and the old one, if any, stays. A recovery phone (a
//! number of a country we serve, in E.164) is verified by a 6-digit code sent by SMS:
//! drawn by `crate::ids`, stored hashed with the account and the number, valid 10
//! minutes, dropped after 5 wrong tries or once used; sending is limited per account and
//! per number.

use app::error::{Field, Problem};
use app::profile::api::{
    ConfirmRecoveryEmail, RemoveRecoveryEmail, RemoveRecoveryPhone, SendPhoneCode, SetRecoveryEmail, VerifyPhone,
};
use app::AppError;
use domain::i18n::ProfileMsg;
use domain::org_details::Country;
use domain::profile::{check_recovery_email, ProfileProblem, PHONE_CODE_DIGITS, PHONE_CODE_TRIES};
use domain::security_event::SecurityEvent;
use domain::Email;

use super::{mail, store};
use crate::caller::Caller;
use crate::clock::{DAY_MS, MINUTE_MS};
use crate::context::Ctx;
use crate::error::Result;
use crate::features::accounts::store::insert_token;
use crate::ids::{hash_secret, new_secret, random_bytes};
use crate::reauth::confirm_password;
use crate::sms::{self, Sms};
use crate::throttles::{self, Bucket};
use crate::{outbox, security_log};

const PHONE_CODE_MS: i64 = 10 * MINUTE_MS;

pub async fn set_recovery_email(
    cx: Ctx,
    caller: Caller,
    SetRecoveryEmail { email, password }: SetRecoveryEmail,
) -> Result<()> {
    let email = Email::parse(&email).map_err(|e| AppError::invalid(Field::Email, Problem::Email(e)))?;
    let email = email.as_str().to_string();
    let account = store::account(cx.pool(), &caller.user_id).await?;
    check_recovery_email(&email, &account.email).map_err(|p| AppError::invalid(Field::Email, Problem::Profile(p)))?;
    confirm_password(&cx, &caller, &password).await?;
    let now = cx.now();
    let mut tx = cx.write().await?;
    throttles::take(&mut tx, Bucket::ProfileEmail, &caller.user_id, now).await?;
    store::drop_tokens(&mut tx, &caller.user_id, store::RECOVERY_EMAIL, now).await?;
    let (secret, token_hash) = new_secret();
    insert_token(&mut tx, &token_hash, &caller.user_id, store::RECOVERY_EMAIL, &email, now, now + DAY_MS).await?;
    let link = cx.config().link(&format!("/confirm-recovery-email#token={secret}"));
    outbox::enqueue(&mut tx, &cx, mail::confirm_recovery(&email, account.lang(), &account.first_name, link)).await?;
    tx.commit().await?;
    cx.state.outbox_bell().notify_one();
    Ok(())
}

pub async fn confirm_recovery_email(cx: Ctx, ConfirmRecoveryEmail { token }: ConfirmRecoveryEmail) -> Result<String> {
    if token.len() > super::login_email::MAX_TOKEN_BYTES {
        return Err(AppError::LinkInvalid.into());
    }
    let now = cx.now();
    let mut tx = cx.write().await?;
    let (user_id, email) = store::take_token(&mut tx, &hash_secret(&token), store::RECOVERY_EMAIL, now)
        .await?
        .ok_or(AppError::LinkInvalid)?;
    let account = store::account(&mut *tx, &user_id).await?;
    // The login may have changed to this very address since the link was sent.
    if let Err(p) = check_recovery_email(&email, &account.email) {
        tx.commit().await?;
        return Err(AppError::invalid(Field::Email, Problem::Profile(p)).into());
    }
    sqlx::query(
        "UPDATE users SET recovery_email = $1, recovery_email_verified_at = $2 WHERE id = $3 AND closed_at IS NULL",
    )
    .bind(&email)
    .bind(now)
    .bind(&user_id)
    .execute(&mut *tx)
    .await?;
    security_log::record(&mut tx, &cx, &user_id, SecurityEvent::RecoveryEmailChanged, &email).await?;
    tx.commit().await?;
    Ok(email)
}

pub async fn remove_recovery_email(
    cx: Ctx,
    caller: Caller,
    RemoveRecoveryEmail { password }: RemoveRecoveryEmail,
) -> Result<()> {
    confirm_password(&cx, &caller, &password).await?;
    let now = cx.now();
    let mut tx = cx.write().await?;
    sqlx::query("UPDATE users SET recovery_email = NULL, recovery_email_verified_at = NULL WHERE id = $1")
        .bind(&caller.user_id)
        .execute(&mut *tx)
        .await?;
    store::drop_tokens(&mut tx, &caller.user_id, store::RECOVERY_EMAIL, now).await?;
    security_log::record(&mut tx, &cx, &caller.user_id, SecurityEvent::RecoveryEmailRemoved, "").await?;
    tx.commit().await?;
    Ok(())
}

fn code_hash(user_id: &str, phone: &str, code: &str) -> String {
    hash_secret(&format!("{user_id}:{phone}:{code}"))
}

/// Six decimal digits from the operating system's generator (the bias of 2^64 mod 10^6
/// is below one in 10^13).
fn new_code() -> String {
    let n = u64::from_le_bytes(random_bytes::<8>()) % 10u64.pow(PHONE_CODE_DIGITS as u32);
    format!("{n:0width$}", width = PHONE_CODE_DIGITS)
}

pub async fn send_phone_code(
    cx: Ctx,
    caller: Caller,
    SendPhoneCode { country, number, password }: SendPhoneCode,
) -> Result<String> {
    let country = Country::parse(&country).ok_or(AppError::invalid(Field::Country, Problem::NotAChoice))?;
    let phone = country.phone(&number).map_err(|e| AppError::invalid(Field::Phone, Problem::Detail(e)))?;
    confirm_password(&cx, &caller, &password).await?;
    let account = store::account(cx.pool(), &caller.user_id).await?;
    let now = cx.now();
    let mut tx = cx.write().await?;
    throttles::take(&mut tx, Bucket::PhoneCode, &caller.user_id, now).await?;
    throttles::take(&mut tx, Bucket::PhoneCode, &format!("phone:{phone}"), now).await?;
    let code = new_code();
    store::put_phone_check(
        &mut tx,
        &caller.user_id,
        &phone,
        &code_hash(&caller.user_id, &phone, &code),
        now,
        now + PHONE_CODE_MS,
    )
    .await?;
    let text = ProfileMsg::SmsPhoneCode.fill(account.lang(), &[("code", sms::SECRET)]);
    sms::enqueue(&mut tx, &cx, Sms { to: phone.clone(), text, secret: Some(code) }).await?;
    tx.commit().await?;
    Ok(phone)
}

pub async fn verify_phone(cx: Ctx, caller: Caller, VerifyPhone { code }: VerifyPhone) -> Result<String> {
    let problem = |p| AppError::invalid(Field::Code, Problem::Profile(p));
    let code: String = code.chars().filter(|c| !c.is_whitespace()).take(PHONE_CODE_DIGITS + 1).collect();
    let now = cx.now();
    let mut tx = cx.write().await?;
    store::count_phone_try(&mut tx, &caller.user_id).await?;
    let check = store::phone_check(&mut *tx, &caller.user_id).await?;
    let Some(check) = check.filter(|c| c.expires_at > now && c.failures <= PHONE_CODE_TRIES) else {
        store::drop_phone_check(&mut tx, &caller.user_id).await?;
        tx.commit().await?;
        return Err(problem(ProfileProblem::NoCodePending).into());
    };
    if code.len() != PHONE_CODE_DIGITS || code_hash(&caller.user_id, &check.phone, &code) != check.code_hash {
        if check.failures >= PHONE_CODE_TRIES {
            store::drop_phone_check(&mut tx, &caller.user_id).await?;
        }
        tx.commit().await?;
        return Err(AppError::invalid(Field::Code, Problem::WrongCode).into());
    }
    sqlx::query("UPDATE users SET recovery_phone = $1, recovery_phone_verified_at = $2 WHERE id = $3")
        .bind(&check.phone)
        .bind(now)
        .bind(&caller.user_id)
        .execute(&mut *tx)
        .await?;
    store::drop_phone_check(&mut tx, &caller.user_id).await?;
    security_log::record(&mut tx, &cx, &caller.user_id, SecurityEvent::RecoveryPhoneChanged, &check.phone).await?;
    tx.commit().await?;
    Ok(check.phone)
}

pub async fn remove_recovery_phone(
    cx: Ctx,
    caller: Caller,
    RemoveRecoveryPhone { password }: RemoveRecoveryPhone,
) -> Result<()> {
    confirm_password(&cx, &caller, &password).await?;
    let mut tx = cx.write().await?;
    sqlx::query("UPDATE users SET recovery_phone = NULL, recovery_phone_verified_at = NULL WHERE id = $1")
        .bind(&caller.user_id)
        .execute(&mut *tx)
        .await?;
    store::drop_phone_check(&mut tx, &caller.user_id).await?;
    security_log::record(&mut tx, &cx, &caller.user_id, SecurityEvent::RecoveryPhoneRemoved, "").await?;
    tx.commit().await?;
    Ok(())
}
