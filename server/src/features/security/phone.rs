//! Adding a phone for sign-in codes by SMS: Swiss, French, Belgian and German numbers
//! only (`domain::two_factor::sms`), proved by a first code sent to it. Sending is
//! limited per account (`Bucket::SmsSend`) and per phone being added.

use app::error::{Field, Problem};
use app::security::api::{AddSms, ConfirmSms, FactorConfirmed, SmsSetup};
use app::AppError;
use domain::i18n::SecurityMsg;
use domain::two_factor::{self, sms as rule, Method, SmsPhoneError};
use domain::Lang;

use super::{confirmed, count_guess, factors, forgive, store, wrong_code};
use crate::caller::Caller;
use crate::context::{Ctx, Tx};
use crate::error::Result;
use crate::ids::{hash_secret, new_id};
use crate::throttles::{self, Bucket};
use crate::{reauth, sms};

pub async fn add_sms(cx: Ctx, caller: Caller, AddSms { country, phone }: AddSms) -> Result<SmsSetup> {
    reauth::require_recent(&cx, &caller).await?;
    let e164 = rule::phone(country, &phone).map_err(|e| match e {
        SmsPhoneError::Invalid(e) => AppError::invalid(Field::Phone, Problem::Detail(e)),
        SmsPhoneError::CountryNotServed => AppError::invalid(Field::Phone, Problem::SmsCountry),
    })?;
    let mut tx = cx.write().await?;
    throttles::take(&mut tx, Bucket::SmsSend, &caller.user_id, cx.now()).await?;
    // Per number too, so many accounts cannot flood one phone.
    throttles::take(&mut tx, Bucket::SmsSend, &format!("phone:{e164}"), cx.now()).await?;
    let factor_id = new_id();
    let hint = rule::hint(&e164);
    let new = store::NewFactor {
        id: &factor_id,
        user_id: &caller.user_id,
        kind: "sms",
        label: &hint,
        secret: &e164,
        now: cx.now(),
    };
    store::insert_unconfirmed(&mut tx, new).await?;
    let (code, hash) = factors::new_sms_code();
    store::set_setup_code(&mut tx, &factor_id, &hash, cx.now()).await?;
    send_code(&mut tx, &cx, &caller.user_id, &e164, code).await?;
    tx.commit().await?;
    Ok(SmsSetup { factor_id, phone: e164 })
}

pub async fn confirm_sms(
    cx: Ctx,
    caller: Caller,
    ConfirmSms { factor_id, code }: ConfirmSms,
) -> Result<FactorConfirmed> {
    reauth::require_recent(&cx, &caller).await?;
    let now = cx.now();
    let mut tx = cx.write().await?;
    let factor = store::factor(&mut tx, &caller.user_id, &factor_id).await?;
    let Some(factor) = factor.filter(|f| f.kind == "sms" && f.confirmed_at.is_none()) else {
        return Err(AppError::NotFound.into());
    };
    count_guess(&mut tx, &cx, &caller.user_id).await?;
    let fresh = factor.setup_code_sent_at.is_some_and(|at| now - at <= two_factor::SMS_CODE_MS)
        && factor.setup_failures < two_factor::MAX_FAILURES_PER_ATTEMPT;
    let right = two_factor::six_digits(&code).map(|c| hash_secret(&c)) == factor.setup_code_hash;
    if !(fresh && right && factor.setup_code_hash.is_some()) {
        store::setup_failed(&mut tx, &factor.id).await?;
        tx.commit().await?;
        return Err(wrong_code().into());
    }
    forgive(&mut tx, &caller.user_id).await?;
    let done = confirmed(&mut tx, &cx, &caller.user_id, &factor.id, Method::Sms).await?;
    tx.commit().await?;
    Ok(done)
}

/// Queues the SMS with `code` (sealed apart from the text), in the person's language.
pub async fn send_code(tx: &mut Tx, cx: &Ctx, user_id: &str, e164: &str, code: String) -> Result<()> {
    let (_, _, lang) = store::addressee(tx, user_id).await?;
    let lang = Lang::from_tag(&lang).unwrap_or_default();
    let text = SecurityMsg::SmsText.fill(lang, &[("code", sms::SECRET)]);
    sms::enqueue(tx, cx, sms::Sms { to: e164.to_string(), text, secret: Some(code) }).await
}
