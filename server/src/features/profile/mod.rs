//! "Manage my profile" (ACC-3…9, ACC-13): what the page shows, the language, country and
//! time zone, the newsletter topics; the login email, password, recovery channels and
//! closing in their own modules. Every change of a credential or a recovery channel
//! asks for the password again (`reauth::confirm_password`, counted before it is
//! checked) and is recorded as a security event.

mod close;
mod login_email;
mod mail;
mod password;
mod recovery;
mod store;

use app::error::{Field, Problem};
use app::profile::api::{GetProfile, Profile, RecoveryChannel, SetLanguage, SetNewsletter, SetRegion};
use app::AppError;
use domain::profile::{NewsletterTopic, ProfileProblem, TIME_ZONE_MAX_CHARS};
use domain::SecurityEvent;

use crate::caller::Caller;
use crate::context::Ctx;
use crate::endpoints::Endpoints;
use crate::error::Result;
use crate::security_log;

pub fn endpoints(api: &mut Endpoints) {
    api.signed_in(get_profile);
    api.signed_in(set_language);
    api.signed_in(set_region);
    api.signed_in(set_newsletter);
    api.signed_in(login_email::change_login_email);
    api.public(login_email::confirm_login_email);
    api.signed_in(password::change_password);
    api.signed_in(password::sign_out_other_sessions);
    api.public(password::check_password);
    api.signed_in(recovery::set_recovery_email);
    api.public(recovery::confirm_recovery_email);
    api.signed_in(recovery::remove_recovery_email);
    api.signed_in(recovery::send_phone_code);
    api.signed_in(recovery::verify_phone);
    api.signed_in(recovery::remove_recovery_phone);
    api.signed_in(close::close_account);
}

async fn get_profile(cx: Ctx, caller: Caller, _: GetProfile) -> Result<Profile> {
    let now = cx.now();
    let account = store::account(cx.pool(), &caller.user_id).await?;
    let pending_login = store::pending_target(cx.pool(), &caller.user_id, store::CHANGE_LOGIN, now).await?;
    let pending_recovery = store::pending_target(cx.pool(), &caller.user_id, store::RECOVERY_EMAIL, now).await?;
    let recovery_email = match (pending_recovery, account.recovery_email, account.recovery_email_verified_at) {
        (Some(address), _, _) => Some(RecoveryChannel { address, verified: false }),
        (None, Some(address), verified) => Some(RecoveryChannel { address, verified: verified.is_some() }),
        (None, None, _) => None,
    };
    let pending_phone = store::phone_check(cx.pool(), &caller.user_id).await?.filter(|c| c.expires_at > now);
    let recovery_phone = match (pending_phone, account.recovery_phone, account.recovery_phone_verified_at) {
        (Some(check), _, _) => Some(RecoveryChannel { address: check.phone, verified: false }),
        (None, Some(address), verified) => Some(RecoveryChannel { address, verified: verified.is_some() }),
        (None, None, _) => None,
    };
    let closure_blockers = close::blockers(&cx, &caller).await?;
    Ok(Profile {
        email: account.email,
        pending_login,
        recovery_email,
        recovery_phone,
        country: account.country,
        time_zone: account.time_zone,
        newsletter: store::newsletter(cx.pool(), &caller.user_id).await?,
        closure_blockers,
    })
}

async fn set_language(cx: Ctx, caller: Caller, SetLanguage { lang }: SetLanguage) -> Result<()> {
    let mut tx = cx.write().await?;
    let changed = sqlx::query("UPDATE users SET lang = $1 WHERE id = $2 AND lang <> $1")
        .bind(lang.code())
        .bind(&caller.user_id)
        .execute(&mut *tx)
        .await?;
    if changed.rows_affected() > 0 {
        security_log::record(&mut tx, &cx, &caller.user_id, SecurityEvent::LanguageChanged, lang.code()).await?;
    }
    tx.commit().await?;
    Ok(())
}

/// An IANA time zone name, as the database of `chrono-tz` knows it.
fn parse_time_zone(input: &str) -> Result<String, AppError> {
    let invalid = || AppError::invalid(Field::TimeZone, Problem::Profile(ProfileProblem::UnknownTimeZone));
    let name = input.trim();
    if name.chars().count() > TIME_ZONE_MAX_CHARS {
        return Err(invalid());
    }
    name.parse::<chrono_tz::Tz>().map(|tz| tz.name().to_string()).map_err(|_| invalid())
}

async fn set_region(cx: Ctx, caller: Caller, SetRegion { country, time_zone }: SetRegion) -> Result<()> {
    let country = match country.as_deref().map(str::trim).filter(|c| !c.is_empty()) {
        Some(code) => Some(app::settings::api::parse_country(code)?.code()),
        None => None,
    };
    let time_zone = match time_zone.as_deref().map(str::trim).filter(|z| !z.is_empty()) {
        Some(zone) => Some(parse_time_zone(zone)?),
        None => None,
    };
    sqlx::query("UPDATE users SET country = $1, time_zone = $2 WHERE id = $3")
        .bind(country)
        .bind(time_zone)
        .bind(&caller.user_id)
        .execute(cx.pool())
        .await?;
    Ok(())
}

async fn set_newsletter(
    cx: Ctx,
    caller: Caller,
    SetNewsletter { topic, subscribed }: SetNewsletter,
) -> Result<Vec<NewsletterTopic>> {
    let mut tx = cx.write().await?;
    store::set_newsletter(&mut tx, &caller.user_id, topic, subscribed).await?;
    let topics = store::newsletter(&mut *tx, &caller.user_id).await?;
    tx.commit().await?;
    Ok(topics)
}
