//! Security keys and app passwords (SEC-1, SEC-4): the names people give them, how many
//! one account may hold, when an app password may be created, and the app password's
//! shape. The server applies these rules inside the transaction; the client uses them to
//! grey out and explain.

use serde::{Deserialize, Serialize};

use crate::i18n::KeysMsg;
use crate::names::{is_format_character, NameError};

/// The longest name of a security key or an app password.
pub const NAME_MAX_CHARS: usize = 60;
/// Security keys one account may register.
pub const MAX_SECURITY_KEYS: usize = 10;
/// App passwords one account may hold at once (revoked ones do not count).
pub const MAX_APP_PASSWORDS: usize = 20;
/// Letters in an app password: 16 letters of 26, about 75 bits from a CSPRNG — too many
/// to guess through the API's limits, so a SHA-256 of it is enough at rest.
pub const APP_PASSWORD_LETTERS: usize = 16;
/// Random bytes the server draws for one app password (two per letter, so the modulo's
/// bias is below 2⁻¹²).
pub const APP_PASSWORD_RANDOM_BYTES: usize = 2 * APP_PASSWORD_LETTERS;

/// A security key's or an app password's name: trimmed, inner spaces collapsed, capped,
/// no control or invisible formatting characters.
pub fn parse_name(input: &str) -> Result<String, NameError> {
    let collapsed = input.split_whitespace().collect::<Vec<_>>().join(" ");
    if collapsed.is_empty() {
        return Err(NameError::Empty);
    }
    if collapsed.chars().count() > NAME_MAX_CHARS {
        return Err(NameError::TooLong { max: NAME_MAX_CHARS });
    }
    if collapsed.chars().any(char::is_control) {
        return Err(NameError::ControlCharacters);
    }
    if collapsed.chars().any(is_format_character) {
        return Err(NameError::FormatCharacters);
    }
    Ok(collapsed)
}

/// Why a security-key or app-password action is refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[serde(rename_all = "snake_case")]
pub enum KeyRefusal {
    /// The request signed in with an app password: account security needs the console.
    #[error("an app password cannot change the account's security")]
    ConsoleOnly,
    /// App passwords exist only while two-factor authentication is on (SEC-4).
    #[error("app passwords need two-factor authentication")]
    TwoFactorOff,
    #[error("too many app passwords")]
    TooManyAppPasswords,
    #[error("too many security keys")]
    TooManySecurityKeys,
    /// The browser's answer did not prove the key (wrong challenge, origin, signature,
    /// an expired or used challenge, a key of another account).
    #[error("the security key's answer was not accepted")]
    KeyAnswerRefused,
    /// This key is registered already (on this account or another).
    #[error("this security key is registered already")]
    KeyAlreadyRegistered,
    /// The console's address is not a domain name (an IP address): browsers offer no
    /// security keys there.
    #[error("security keys need the console to be served under a domain name")]
    Unavailable,
}

impl KeyRefusal {
    pub fn msg(self) -> KeysMsg {
        match self {
            KeyRefusal::ConsoleOnly => KeysMsg::RefusedConsoleOnly,
            KeyRefusal::TwoFactorOff => KeysMsg::RefusedTwoFactorOff,
            KeyRefusal::TooManyAppPasswords => KeysMsg::RefusedTooManyAppPasswords,
            KeyRefusal::TooManySecurityKeys => KeysMsg::RefusedTooManySecurityKeys,
            KeyRefusal::KeyAnswerRefused => KeysMsg::RefusedKeyAnswer,
            KeyRefusal::KeyAlreadyRegistered => KeysMsg::RefusedKeyAlreadyRegistered,
            KeyRefusal::Unavailable => KeysMsg::RefusedUnavailable,
        }
    }
}

/// Whether one more app password may be created: only with two-factor authentication on
/// (otherwise the password alone is as strong, SEC-4) and within the cap.
pub fn may_create_app_password(two_factor_on: bool, active: usize) -> Result<(), KeyRefusal> {
    if !two_factor_on {
        return Err(KeyRefusal::TwoFactorOff);
    }
    if active >= MAX_APP_PASSWORDS {
        return Err(KeyRefusal::TooManyAppPasswords);
    }
    Ok(())
}

/// Whether one more security key may be registered.
pub fn may_register_security_key(registered: usize) -> Result<(), KeyRefusal> {
    if registered >= MAX_SECURITY_KEYS {
        return Err(KeyRefusal::TooManySecurityKeys);
    }
    Ok(())
}

/// An app password from random bytes (the server's CSPRNG): 16 lower-case letters shown
/// in four groups, `abcd efgh ijkl mnop`.
pub fn app_password_from_random(bytes: &[u8; APP_PASSWORD_RANDOM_BYTES]) -> String {
    let letters: Vec<char> = bytes
        .chunks_exact(2)
        .map(|pair| {
            let n = u16::from_be_bytes([pair[0], pair[1]]);
            char::from(b'a' + (n % 26) as u8)
        })
        .collect();
    letters.chunks(4).map(|group| group.iter().collect::<String>()).collect::<Vec<_>>().join(" ")
}

/// The letters of an app password as typed or pasted (spaces, dashes and case ignored),
/// or `None` when it cannot be one — then nothing is looked up.
pub fn normalize_app_password(input: &str) -> Option<String> {
    if input.len() > 4 * APP_PASSWORD_LETTERS {
        return None;
    }
    let letters: String =
        input.chars().filter(|c| !c.is_whitespace() && *c != '-').map(|c| c.to_ascii_lowercase()).collect();
    (letters.len() == APP_PASSWORD_LETTERS && letters.bytes().all(|b| b.is_ascii_lowercase())).then_some(letters)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_trimmed_capped_and_visible() {
        assert_eq!(parse_name("  YubiKey   5C  ").unwrap(), "YubiKey 5C");
        assert_eq!(parse_name("   "), Err(NameError::Empty));
        assert_eq!(parse_name(&"k".repeat(NAME_MAX_CHARS)).unwrap().chars().count(), NAME_MAX_CHARS);
        assert_eq!(parse_name(&"k".repeat(NAME_MAX_CHARS + 1)), Err(NameError::TooLong { max: NAME_MAX_CHARS }));
        assert_eq!(parse_name("key\u{0007}"), Err(NameError::ControlCharacters));
        assert_eq!(parse_name("key\u{202E}yek"), Err(NameError::FormatCharacters));
        assert_eq!(parse_name("Clé de Chloé").unwrap(), "Clé de Chloé");
    }

    #[test]
    fn app_passwords_need_two_factor_and_stay_within_the_cap() {
        assert_eq!(may_create_app_password(false, 0), Err(KeyRefusal::TwoFactorOff));
        assert_eq!(may_create_app_password(true, 0), Ok(()));
        assert_eq!(may_create_app_password(true, MAX_APP_PASSWORDS - 1), Ok(()));
        assert_eq!(may_create_app_password(true, MAX_APP_PASSWORDS), Err(KeyRefusal::TooManyAppPasswords));
        assert_eq!(may_register_security_key(MAX_SECURITY_KEYS - 1), Ok(()));
        assert_eq!(may_register_security_key(MAX_SECURITY_KEYS), Err(KeyRefusal::TooManySecurityKeys));
    }

    #[test]
    fn an_app_password_is_four_groups_of_four_letters_read_back_however_typed() {
        let mut bytes = [0u8; APP_PASSWORD_RANDOM_BYTES];
        for (i, b) in bytes.iter_mut().enumerate() {
            *b = (i * 37 + 11) as u8;
        }
        let shown = app_password_from_random(&bytes);
        assert_eq!(shown.len(), 19);
        let groups: Vec<&str> = shown.split(' ').collect();
        assert_eq!(groups.len(), 4);
        assert!(groups.iter().all(|g| g.len() == 4 && g.bytes().all(|b| b.is_ascii_lowercase())));
        let letters = shown.replace(' ', "");
        assert_eq!(normalize_app_password(&shown).as_deref(), Some(letters.as_str()));
        assert_eq!(normalize_app_password(&shown.to_uppercase().replace(' ', "-")).as_deref(), Some(letters.as_str()));
        assert_eq!(normalize_app_password("blue tractor sings at noon"), None);
        assert_eq!(normalize_app_password("abcd efgh ijkl mno1"), None);
        assert_eq!(normalize_app_password(&"a".repeat(1000)), None);
    }
}
