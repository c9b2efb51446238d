//! ACC-11, forgotten login email: the recovery phone (and, when several accounts share
//! it, the recovery email) → the login is sent over that channel, never shown. The
//! answer is the same empty success whatever was found; what the person needs to know
//! (several accounts, so add the recovery email) is told by SMS to the number itself.

use app::error::{Field, Problem};
use app::recovery::api::FindLogin;
use app::AppError;
use domain::i18n::RecoveryMsg;
use domain::org_details::Country;
use domain::org_details::DetailError;
use domain::{Email, Lang};

use super::reset::sms_allowed;
use super::{mail, store};
use crate::context::Ctx;
use crate::error::Result;
use crate::throttles::{self, Bucket};
use crate::{outbox, sms};

pub async fn find_login(cx: Ctx, FindLogin { country, phone, recovery_email }: FindLogin) -> Result<()> {
    let country = Country::parse(&country)
        .ok_or(AppError::invalid(Field::Country, Problem::Detail(DetailError::UnknownCountry)))?;
    let number = country.phone(&phone).map_err(|e| AppError::invalid(Field::Phone, Problem::Detail(e)))?;
    let recovery_email = match recovery_email.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        Some(s) => Some(Email::parse(s).map_err(|e| AppError::invalid(Field::Email, Problem::Email(e)))?),
        None => None,
    };
    let now = cx.now();
    let mut tx = cx.write().await?;
    throttles::take(&mut tx, Bucket::RecoveryAddress, &cx.request.address_key(), now).await?;
    // Keyed by the number typed, account or not: the same limit for everyone.
    throttles::take(&mut tx, Bucket::RecoveryAccount, &number, now).await?;
    let accounts = store::accounts_by_phone(&mut *tx, &number).await?;
    match (&recovery_email, accounts.as_slice()) {
        (Some(wanted), accounts) => {
            let found = accounts.iter().find(|a| a.recovery_email.as_deref() == Some(wanted.as_str()));
            if let Some(account) = found {
                let lang = Lang::from_tag(&account.lang).unwrap_or_default();
                outbox::enqueue(&mut tx, &cx, mail::login_reminder(wanted.as_str(), lang, &account.email)).await?;
            }
        }
        (None, [account]) => {
            if sms_allowed(&mut tx, &cx, &number).await? {
                let lang = Lang::from_tag(&account.lang).unwrap_or_default();
                let text = RecoveryMsg::SmsLoginReminder.fill(lang, &[("login", sms::SECRET)]);
                sms::enqueue(&mut tx, &cx, sms::Sms { to: number.clone(), text, secret: Some(account.email.clone()) })
                    .await?;
            }
        }
        (None, [first, _, ..]) => {
            if sms_allowed(&mut tx, &cx, &number).await? {
                let lang = Lang::from_tag(&first.lang).unwrap_or_default();
                let text = RecoveryMsg::SmsSeveralAccounts.text(lang).to_string();
                sms::enqueue(&mut tx, &cx, sms::Sms { to: number.clone(), text, secret: None }).await?;
            }
        }
        (None, []) => {}
    }
    tx.commit().await?;
    cx.state.outbox_bell().notify_one();
    Ok(())
}
