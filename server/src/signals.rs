//! Security signals (SEC-5): the device and network a sign-in comes from, and the
//! emails that tell the account's owner about a sign-in from a new one and about a wrong
//! password typed for the account. A device is remembered by a long-lived random cookie
//! (stored hashed); a network by the address's IPv4 /24 or IPv6 /48. The emails say
//! when, where and with what, in the owner's language and time zone, and carry no link.

use std::net::IpAddr;

use domain::i18n::activity::device_text;
use domain::i18n::ActivityMsg;
use domain::Lang;

use crate::clock::DAY_MS;
use crate::context::{Ctx, Tx};
use crate::error::Result;
use crate::ids::{hash_secret, new_secret};
use crate::outbox;
use crate::throttles::{Bucket, Counter};

/// The device cookie lives 400 days (the longest a browser keeps one).
const DEVICE_MAX_AGE_S: i64 = 400 * DAY_MS / 1000;
/// Longer than any cookie we set: a value beyond it is not ours.
const MAX_DEVICE_COOKIE_CHARS: usize = 64;

/// Where a session comes from, as stored on it.
pub struct Origin {
    pub device_hash: String,
    pub network: Option<String>,
}

/// The network an address belongs to, as remembered: an IPv4 /24, an IPv6 /48.
pub fn network_of(ip: &str) -> Option<String> {
    match ip.parse::<IpAddr>().ok()?.to_canonical() {
        IpAddr::V4(v4) => ipnet::Ipv4Net::new(v4, 24).ok().map(|n| n.trunc().to_string()),
        IpAddr::V6(v6) => ipnet::Ipv6Net::new(v6, 48).ok().map(|n| n.trunc().to_string()),
    }
}

fn device_cookie(cx: &Ctx) -> &'static str {
    if cx.config().secure_cookies {
        "__Host-orga_device"
    } else {
        "orga_device"
    }
}

/// This browser's device mark: the one its cookie carries, else a new one (set on the
/// answer). Only the hash is stored.
fn device(cx: &Ctx) -> String {
    if let Some(value) =
        cx.request.cookie(device_cookie(cx)).filter(|v| !v.is_empty() && v.len() <= MAX_DEVICE_COOKIE_CHARS)
    {
        return hash_secret(value);
    }
    let (secret, hash) = new_secret();
    let secure = if cx.config().secure_cookies { "; Secure" } else { "" };
    cx.set_cookie(format!(
        "{}={secret}; Max-Age={DEVICE_MAX_AGE_S}; Path=/; HttpOnly{secure}; SameSite=Lax",
        device_cookie(cx)
    ));
    hash
}

/// Called by `sessions::open` for every sign-in: remembers the device and network and,
/// unless this is the account's very first session, emails the owner when either is new.
pub async fn on_sign_in(tx: &mut Tx, cx: &Ctx, user_id: &str) -> Result<Origin> {
    let now = cx.now();
    let device_hash = device(cx);
    let network = cx.request.ip.as_deref().and_then(network_of);
    let (seen_before,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM known_devices WHERE user_id = $1")
        .bind(user_id)
        .fetch_one(&mut **tx)
        .await?;
    let new_device = remember(tx, "known_devices", "device_hash", user_id, &device_hash, now).await?;
    let new_network = match &network {
        Some(net) => remember(tx, "known_networks", "network", user_id, net, now).await?,
        None => false,
    };
    let what = match (new_device, new_network) {
        (true, true) => Some(ActivityMsg::MailNewDeviceAndNetwork),
        (true, false) => Some(ActivityMsg::MailNewDevice),
        (false, true) => Some(ActivityMsg::MailNewNetwork),
        (false, false) => None,
    };
    // The first session of an account (right after sign-up) is its owner's by definition.
    if let (Some(what), true) = (what, seen_before > 0) {
        let owner = Owner::load(tx, user_id).await?;
        let lang = owner.lang();
        let place = where_and_when(cx, &owner);
        let mut args = vec![("email", owner.email.as_str()), ("what", what.text(lang))];
        args.extend(place.iter().map(|(k, v)| (*k, v.as_str())));
        let body = ActivityMsg::MailNewSignInBody.fill(lang, &args);
        let email = crate::mail::compose(
            &owner.email,
            lang,
            Some(&owner.first_name),
            ActivityMsg::MailNewSignInSubject.text(lang).into(),
            body,
        );
        outbox::enqueue(tx, cx, email).await?;
    }
    Ok(Origin { device_hash, network })
}

/// Records that the user was seen with `value`; `true` when it was new.
async fn remember(tx: &mut Tx, table: &str, column: &str, user_id: &str, value: &str, now: i64) -> Result<bool> {
    let done = sqlx::query(&format!("UPDATE {table} SET last_seen_at = $1 WHERE user_id = $2 AND {column} = $3"))
        .bind(now)
        .bind(user_id)
        .bind(value)
        .execute(&mut **tx)
        .await?;
    if done.rows_affected() > 0 {
        return Ok(false);
    }
    sqlx::query(&format!(
        "INSERT INTO {table} (user_id, {column}, first_seen_at, last_seen_at) VALUES ($1, $2, $3, $3) \
         ON CONFLICT (user_id, {column}) DO NOTHING"
    ))
    .bind(user_id)
    .bind(value)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(true)
}

/// A wrong password was typed for the account: its owner is told, at most once an hour.
pub async fn on_wrong_password(tx: &mut Tx, cx: &Ctx, user_id: &str) -> Result<()> {
    let now = cx.now();
    let mut allowance = Counter::lock(tx, Bucket::WrongPasswordEmail, user_id).await?;
    if allowance.check(now).is_err() {
        return Ok(());
    }
    allowance.fail(now);
    allowance.save(tx).await?;
    let owner = Owner::load(tx, user_id).await?;
    let lang = owner.lang();
    let place = where_and_when(cx, &owner);
    let mut args = vec![("email", owner.email.as_str())];
    args.extend(place.iter().map(|(k, v)| (*k, v.as_str())));
    let body = ActivityMsg::MailWrongPasswordBody.fill(lang, &args);
    let subject = ActivityMsg::MailWrongPasswordSubject.text(lang).into();
    outbox::enqueue(tx, cx, crate::mail::compose(&owner.email, lang, Some(&owner.first_name), subject, body)).await
}

/// The account's owner as the emails address them.
#[derive(sqlx::FromRow)]
struct Owner {
    email: String,
    first_name: String,
    lang: String,
    time_zone: Option<String>,
}

impl Owner {
    async fn load(tx: &mut Tx, user_id: &str) -> Result<Owner> {
        Ok(sqlx::query_as("SELECT email, first_name, lang, time_zone FROM users WHERE id = $1")
            .bind(user_id)
            .fetch_one(&mut **tx)
            .await?)
    }

    fn lang(&self) -> Lang {
        Lang::from_tag(&self.lang).unwrap_or_default()
    }
}

/// `time`, `network`, `ip` and `device` of this request, for the owner.
fn where_and_when(cx: &Ctx, owner: &Owner) -> [(&'static str, String); 4] {
    let lang = owner.lang();
    let unknown = || ActivityMsg::MailUnknown.text(lang).to_string();
    let ip = cx.request.ip.clone().unwrap_or_else(unknown);
    let network = cx.request.ip.as_deref().and_then(network_of).unwrap_or_else(unknown);
    let device = device_text(domain::device::describe(cx.request.user_agent.as_deref().unwrap_or("")), lang);
    [
        ("time", local_time(cx.now(), owner.time_zone.as_deref(), lang)),
        ("network", network),
        ("ip", ip),
        ("device", device),
    ]
}

/// A moment in the user's time zone (UTC when they chose none or it is unknown), written
/// the way their language writes dates, with the zone's abbreviation.
pub fn local_time(ms: i64, time_zone: Option<&str>, lang: Lang) -> String {
    let zone = time_zone.and_then(|tz| jiff::tz::TimeZone::get(tz).ok()).unwrap_or(jiff::tz::TimeZone::UTC);
    let Ok(at) = jiff::Timestamp::from_millisecond(ms) else {
        return String::new();
    };
    let zoned = at.to_zoned(zone);
    let when = domain::locale::local_date_time(
        zoned.year(),
        zoned.month(),
        zoned.day(),
        zoned.hour(),
        zoned.minute(),
        lang.into(),
    );
    format!("{when} {}", zoned.strftime("%Z"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn networks_are_a_24_or_a_48() {
        assert_eq!(network_of("203.0.113.77").as_deref(), Some("203.0.113.0/24"));
        assert_eq!(network_of("::ffff:203.0.113.77").as_deref(), Some("203.0.113.0/24"));
        assert_eq!(network_of("2001:db8:abcd:12::1").as_deref(), Some("2001:db8:abcd::/48"));
        assert_eq!(network_of("not an address"), None);
    }

    #[test]
    fn times_are_in_the_users_zone() {
        // 2026-01-15 12:00 UTC.
        let ms = 1_768_478_400_000;
        assert_eq!(local_time(ms, Some("Europe/Zurich"), Lang::De), "15.01.2026, 13:00 CET");
        assert_eq!(local_time(ms, Some("Europe/Zurich"), Lang::Fr), "15 janv. 2026, 13:00 CET");
        assert_eq!(local_time(ms, Some("Europe/Madrid"), Lang::Es), "15 ene 2026, 13:00 CET");
        assert_eq!(local_time(ms, Some("Europe/Rome"), Lang::It), "15 gen 2026, 13:00 CET");
        assert_eq!(local_time(ms, None, Lang::En), "Jan 15, 2026, 12:00\u{202f}PM UTC");
        assert_eq!(local_time(ms, Some("Not/AZone"), Lang::En), "Jan 15, 2026, 12:00\u{202f}PM UTC");
    }
}
