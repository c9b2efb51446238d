//! Two-factor authentication (SEC-1, SEC-2): the methods of the sign-in second step and
//! which of them a person may use, the one-time codes' rules ([`totp`] for authenticator
//! apps, [`backup_code`], SMS codes) and which phones may receive them ([`sms`]). Time is
//! passed in; randomness too.

pub mod backup_code;
pub mod sms;
pub mod totp;

use serde::{Deserialize, Serialize};

pub use sms::SmsPhoneError;

use crate::i18n::SecurityMsg;

/// A pending sign-in waits this long for its second step.
pub const ATTEMPT_MS: i64 = 10 * 60_000;
/// Wrong codes that end a pending sign-in (the password must be typed again).
pub const MAX_FAILURES_PER_ATTEMPT: i64 = 5;
/// A push approval request waits this long for an answer.
pub const PUSH_MS: i64 = 2 * 60_000;
/// A code sent by SMS is valid this long.
pub const SMS_CODE_MS: i64 = 5 * 60_000;
/// A new SMS code may be asked for after this long…
pub const SMS_RESEND_AFTER_MS: i64 = 30_000;
/// …and at most this many times for one sign-in or one phone being added.
pub const SMS_MAX_SENDS: i64 = 3;
/// Longest code a person can type (a backup code with its dashes and spaces).
pub const CODE_MAX_CHARS: usize = 40;

/// A way to complete the sign-in second step.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Method {
    /// A security key (WebAuthn).
    SecurityKey,
    /// A code of an authenticator app (RFC 6238).
    Totp,
    /// Approval from another device where the person is signed in.
    Push,
    /// A code sent by SMS to a verified phone.
    Sms,
    /// One of the ten single-use backup codes.
    BackupCode,
}

impl Method {
    /// In the order the second step proposes them: the first available is the default.
    pub const ALL: [Method; 5] = [Method::SecurityKey, Method::Totp, Method::Push, Method::Sms, Method::BackupCode];

    /// As stored in `sessions.second_factor` and `sign_in_events.method`.
    pub fn as_str(self) -> &'static str {
        match self {
            Method::SecurityKey => "webauthn",
            Method::Totp => "totp",
            Method::Push => "push",
            Method::Sms => "sms",
            Method::BackupCode => "backup_code",
        }
    }

    pub fn parse(s: &str) -> Option<Method> {
        Method::ALL.into_iter().find(|m| m.as_str() == s)
    }

    /// The `second_factors.kind` of a factor that gives this method (push and backup
    /// codes are not factors of their own).
    pub fn factor_kind(self) -> Option<&'static str> {
        match self {
            Method::SecurityKey => Some("webauthn"),
            Method::Totp => Some("totp"),
            Method::Sms => Some("sms"),
            Method::Push | Method::BackupCode => None,
        }
    }

    pub fn from_factor_kind(kind: &str) -> Option<Method> {
        Method::ALL.into_iter().find(|m| m.factor_kind() == Some(kind))
    }

    pub fn label(self) -> SecurityMsg {
        match self {
            Method::SecurityKey => SecurityMsg::MethodSecurityKey,
            Method::Totp => SecurityMsg::MethodTotp,
            Method::Push => SecurityMsg::MethodPush,
            Method::Sms => SecurityMsg::MethodSms,
            Method::BackupCode => SecurityMsg::MethodBackupCode,
        }
    }
}

/// What a person has set up, as far as the second step is concerned.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Enrolment {
    /// The methods of the person's confirmed factors (TOTP, SMS, security keys).
    pub factors: Vec<Method>,
    /// Unused backup codes.
    pub backup_codes_left: u32,
    /// Whether another session of the person is alive to approve a push.
    pub other_session: bool,
}

impl Enrolment {
    /// Two-factor authentication is on once one factor is confirmed.
    pub fn is_on(&self) -> bool {
        !self.factors.is_empty()
    }

    /// The methods the second step offers, in order, or none when 2FA is off. Push needs
    /// another live session; backup codes need one left.
    pub fn methods(&self) -> Vec<Method> {
        if !self.is_on() {
            return Vec::new();
        }
        Method::ALL
            .into_iter()
            .filter(|m| match m {
                Method::Push => self.other_session,
                Method::BackupCode => self.backup_codes_left > 0,
                m => self.factors.contains(m),
            })
            .collect()
    }
}

/// A code as typed: spaces and dashes dropped, capped. `None` when empty or too long.
pub fn typed_code(input: &str) -> Option<String> {
    if input.chars().count() > CODE_MAX_CHARS {
        return None;
    }
    let code: String = input.chars().filter(|c| !c.is_whitespace() && *c != '-').collect();
    (!code.is_empty()).then_some(code)
}

/// A six-digit code (authenticator app, SMS), from what was typed.
pub fn six_digits(input: &str) -> Option<String> {
    typed_code(input).filter(|c| c.len() == 6 && c.bytes().all(|b| b.is_ascii_digit()))
}

/// "Firefox on Windows" from a browser's user agent, to say where a sign-in comes from;
/// `None` when nothing is recognized.
pub fn browser_of(user_agent: &str) -> Option<String> {
    let has = |s: &str| user_agent.contains(s);
    let browser = if has("Edg/") {
        Some("Edge")
    } else if has("OPR/") {
        Some("Opera")
    } else if has("Firefox/") {
        Some("Firefox")
    } else if has("Chrome/") || has("Chromium/") || has("CriOS/") {
        Some("Chrome")
    } else if has("Safari/") {
        Some("Safari")
    } else {
        None
    };
    let system = if has("Android") {
        Some("Android")
    } else if has("iPhone") || has("iPad") {
        Some("iOS")
    } else if has("Windows") {
        Some("Windows")
    } else if has("Mac OS X") || has("Macintosh") {
        Some("macOS")
    } else if has("CrOS") {
        Some("ChromeOS")
    } else if has("Linux") {
        Some("Linux")
    } else {
        None
    };
    match (browser, system) {
        (Some(b), Some(s)) => Some(format!("{b} · {s}")),
        (Some(one), None) | (None, Some(one)) => Some(one.to_string()),
        (None, None) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn methods_follow_what_is_set_up() {
        let off = Enrolment { factors: vec![], backup_codes_left: 10, other_session: true };
        assert!(off.methods().is_empty(), "no factor, no second step");
        let totp = Enrolment { factors: vec![Method::Totp], backup_codes_left: 10, other_session: false };
        assert_eq!(totp.methods(), [Method::Totp, Method::BackupCode]);
        let all = Enrolment { factors: vec![Method::Sms, Method::Totp], backup_codes_left: 0, other_session: true };
        assert_eq!(all.methods(), [Method::Totp, Method::Push, Method::Sms]);
    }

    #[test]
    fn methods_round_trip_and_codes_are_read_leniently() {
        for m in Method::ALL {
            assert_eq!(Method::parse(m.as_str()), Some(m));
        }
        assert_eq!(Method::from_factor_kind("webauthn"), Some(Method::SecurityKey));
        assert_eq!(six_digits(" 123 456 "), Some("123456".into()));
        assert_eq!(six_digits("12345"), None);
        assert_eq!(six_digits("12345a"), None);
        assert_eq!(typed_code(&"1".repeat(41)), None);
    }

    #[test]
    fn browsers_are_named_from_their_user_agent() {
        let chrome =
            "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36";
        assert_eq!(browser_of(chrome).as_deref(), Some("Chrome · Linux"));
        let firefox = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:121.0) Gecko/20100101 Firefox/121.0";
        assert_eq!(browser_of(firefox).as_deref(), Some("Firefox · Windows"));
        let safari = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Version/17.0 Mobile/15E148 Safari/604.1";
        assert_eq!(browser_of(safari).as_deref(), Some("Safari · iOS"));
        assert_eq!(browser_of("curl/8.0"), None);
    }
}
