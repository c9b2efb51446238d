//! The password policy (ACC-5), after NIST SP 800-63B-4 for passwords used as a single
//! factor: 15 to 128 characters counted in code points, no composition rules, refused
//! when common or when it contains the user's own email or name.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::i18n::Msg;

#[cfg(feature = "guessing")]
pub mod guessing;

/// A password that satisfied the policy. Its `Debug` never shows the secret and it
/// cannot be serialized, so it cannot leak into a log line or an answer by accident.
#[derive(Clone, PartialEq, Eq)]
pub struct Password(String);

#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PasswordError {
    #[error("the password has fewer than {min} characters")]
    TooShort { min: usize },
    #[error("the password has more than {max} characters")]
    TooLong { max: usize },
    #[error("the password is among the most common passwords")]
    Common,
    #[error("the password contains your email address or your name")]
    ContainsPersonalInformation,
}

impl PasswordError {
    pub fn msg(self) -> Msg {
        match self {
            PasswordError::TooShort { .. } => Msg::PasswordTooShort,
            PasswordError::TooLong { .. } => Msg::PasswordTooLong,
            PasswordError::Common => Msg::PasswordCommon,
            PasswordError::ContainsPersonalInformation => Msg::PasswordPersonal,
        }
    }
}

/// The server's opinion of a password being typed: the meter's strength (0–4) and why it
/// would be refused, if it would.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PasswordVerdict {
    pub strength: u8,
    pub refusal: Option<PasswordError>,
}

/// What the password must not contain: the account's email and names.
#[derive(Clone, Debug, Default)]
pub struct PersonalWords<'a> {
    pub email: Option<&'a str>,
    pub names: Vec<&'a str>,
}

impl Password {
    pub const MIN_LEN: usize = 15;
    pub const MAX_LEN: usize = 128;

    pub fn parse(input: &str, personal: &PersonalWords<'_>) -> Result<Password, PasswordError> {
        let len = input.chars().count();
        if len < Self::MIN_LEN {
            return Err(PasswordError::TooShort { min: Self::MIN_LEN });
        }
        if len > Self::MAX_LEN {
            return Err(PasswordError::TooLong { max: Self::MAX_LEN });
        }
        let lower = input.to_lowercase();
        if is_common(&lower) {
            return Err(PasswordError::Common);
        }
        if contains_personal(&lower, personal) {
            return Err(PasswordError::ContainsPersonalInformation);
        }
        Ok(Password(input.to_string()))
    }

    /// The secret itself, for hashing and nothing else.
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// A rough strength score from 0 to 4 for the meter under the password field. The
    /// policy above decides acceptance; this only encourages longer pass-phrases.
    pub fn strength(input: &str) -> u8 {
        let len = input.chars().count();
        if len < Self::MIN_LEN || is_common(&input.to_lowercase()) {
            return 0;
        }
        let distinct = {
            let mut cs: Vec<char> = input.chars().collect();
            cs.sort_unstable();
            cs.dedup();
            cs.len()
        };
        match (len, distinct) {
            (_, d) if d < 6 => 1,
            (l, _) if l < 20 => 2,
            (l, d) if l < 28 || d < 12 => 3,
            _ => 4,
        }
    }
}

impl fmt::Debug for Password {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Password(***)")
    }
}

fn contains_personal(lower: &str, personal: &PersonalWords<'_>) -> bool {
    let mut words: Vec<String> = Vec::new();
    if let Some(email) = personal.email {
        let email = email.to_lowercase();
        if let Some((local, _)) = email.rsplit_once('@') {
            words.push(local.to_string());
        }
        words.push(email);
    }
    for name in &personal.names {
        for part in name.split_whitespace() {
            words.push(part.to_lowercase());
        }
    }
    // Very short words ("Li", "Al") would refuse innocent passwords.
    words.iter().filter(|w| w.chars().count() >= 3).any(|w| lower.contains(w.as_str()))
}

/// Passwords people pick first, in English, French, German and Italian, and keyboard
/// walks. A password is common when it is one of these, a repetition of one, or one of
/// these followed by digits and punctuation only.
const COMMON: &[&str] = &[
    "password",
    "passw0rd",
    "p@ssw0rd",
    "p@ssword",
    "motdepasse",
    "passwort",
    "parola",
    "123456",
    "1234567",
    "12345678",
    "123456789",
    "1234567890",
    "qwerty",
    "azerty",
    "qwertz",
    "iloveyou",
    "jetaime",
    "ichliebedich",
    "tiamo",
    "admin",
    "administrator",
    "welcome",
    "bienvenue",
    "willkommen",
    "benvenuto",
    "monkey",
    "dragon",
    "football",
    "letmein",
    "sunshine",
    "princess",
    "baseball",
    "master",
    "shadow",
    "superman",
    "trustno1",
    "starwars",
    "whatever",
    "michael",
    "jennifer",
    "jordan",
    "hunter",
    "ranger",
    "buster",
    "soccer",
    "harley",
    "batman",
    "andrew",
    "tigger",
    "charlie",
    "robert",
    "thomas",
    "hockey",
    "killer",
    "george",
    "secret",
    "summer",
    "winter",
    "spring",
    "autumn",
    "bonjour",
    "soleil",
    "doudou",
    "chouchou",
    "loulou",
    "nicolas",
    "marseille",
    "liberte",
    "changeme",
    "default",
    "hosting",
    "computer",
    "internet",
    "samsung",
    "google",
    "facebook",
    "pokemon",
    "naruto",
    "minecraft",
    "fortnite",
    "cheese",
    "chocolate",
    "freedom",
    "flower",
    "hello",
    "loveme",
    "lovely",
    "abc123",
    "111111",
    "000000",
    "654321",
    "666666",
    "121212",
    "123123",
    "zaq12wsx",
    "1qaz2wsx",
    "qazwsx",
    "asdfgh",
    "zxcvbn",
    "mustang",
    "access",
    "login",
    "orga",
    "schweiz",
    "suisse",
    "svizzera",
    "fussball",
    "hallo",
    "ciao",
    "amore",
    "juventus",
    "correcthorsebatterystaple",
    "thequickbrownfox",
    "iloveyou2",
    "letmein123",
    "welcome123",
    "password123",
];

const WALKS: &[&str] = &[
    "abcdefghijklmnopqrstuvwxyz",
    "01234567890123456789012345678901234567890",
    "qwertyuiopasdfghjklzxcvbnm",
    "azertyuiopqsdfghjklmwxcvbn",
    "qwertzuiopasdfghjklyxcvbnm",
    "1q2w3e4r5t6y7u8i9o0p",
    "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p",
];

fn is_common(lower: &str) -> bool {
    if COMMON.contains(&lower) {
        return true;
    }
    let chars: Vec<char> = lower.chars().collect();
    // A repeated unit: "aaaaaaaaaaaaaaa", "abcabcabcabcabca", "passwordpassword".
    for unit in 1..=chars.len() / 2 {
        if chars.iter().enumerate().all(|(i, c)| *c == chars[i % unit]) {
            return true;
        }
    }
    // A keyboard or alphabet walk, forwards or backwards.
    for walk in WALKS {
        let backwards: String = walk.chars().rev().collect();
        if walk.contains(lower) || backwards.contains(lower) {
            return true;
        }
    }
    // A common word followed by a common word, digits or punctuation only.
    COMMON.iter().filter(|w| w.len() >= 4).any(|w| {
        lower.strip_prefix(w).is_some_and(|rest| {
            rest.chars().all(|c| c.is_ascii_digit() || c.is_ascii_punctuation())
                || COMMON.contains(&rest)
                || is_common_suffix(rest, w)
        })
    })
}

fn is_common_suffix(rest: &str, word: &str) -> bool {
    let trimmed = rest.trim_end_matches(|c: char| c.is_ascii_digit() || c.is_ascii_punctuation());
    trimmed == word || COMMON.contains(&trimmed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn none() -> PersonalWords<'static> {
        PersonalWords::default()
    }

    #[test]
    fn length_is_counted_in_code_points() {
        // 15 code points, 30 bytes: long enough.
        let accented = "éèàùçéèàùçéèàû";
        assert_eq!(accented.chars().count(), 14);
        assert_eq!(Password::parse(accented, &none()), Err(PasswordError::TooShort { min: 15 }));
        assert!(Password::parse("éèàùçéèàùçéèàûô", &none()).is_ok());
        assert!(Password::parse(&"🦀🐧🎉".repeat(5).replacen('🎉', "x", 1), &none()).is_ok());
    }

    #[test]
    fn bounds() {
        assert_eq!(Password::parse("short pass", &none()), Err(PasswordError::TooShort { min: 15 }));
        let long: String = (0..129).map(|i| char::from(b'a' + (i % 26) as u8)).collect();
        assert_eq!(Password::parse(&long, &none()), Err(PasswordError::TooLong { max: 128 }));
        assert!(Password::parse(&long[..128], &none()).is_err_and(|e| e == PasswordError::Common));
    }

    #[test]
    fn no_composition_rules() {
        // Lower case letters and spaces only: a pass-phrase is fine.
        assert!(Password::parse("blue tractor sings at noon", &none()).is_ok());
    }

    #[test]
    fn common_passwords_and_their_usual_variations_are_refused() {
        for pw in [
            "passwordpassword",
            "Password12345678",
            "motdepasse123456!",
            "aaaaaaaaaaaaaaaa",
            "123456789012345",
            "qwertyuiopasdfgh",
            "QwertyuiopAsdfgh",
            "azertyuiopqsdfgh",
            "correcthorsebatterystaple",
            "iloveyouiloveyou",
            "welcome123welcome",
            "zyxwvutsrqponmlk",
        ] {
            assert_eq!(Password::parse(pw, &none()), Err(PasswordError::Common), "{pw}");
        }
    }

    #[test]
    fn personal_information_is_refused() {
        let personal = PersonalWords { email: Some("Marie.Dupont@example.ch"), names: vec!["Marie", "Dupont"] };
        assert_eq!(
            Password::parse("my name is marie and I sing", &personal),
            Err(PasswordError::ContainsPersonalInformation)
        );
        assert_eq!(
            Password::parse("xx marie.dupont xx yy", &personal),
            Err(PasswordError::ContainsPersonalInformation)
        );
        assert!(Password::parse("blue tractor sings at noon", &personal).is_ok());
        // Two-letter names are not checked: they would refuse innocent words.
        let short = PersonalWords { email: None, names: vec!["Li"] };
        assert!(Password::parse("lightning strikes twice", &short).is_ok());
    }

    #[test]
    fn debug_never_shows_the_secret() {
        let p = Password::parse("blue tractor sings at noon", &none()).unwrap();
        assert_eq!(format!("{p:?}"), "Password(***)");
    }

    #[test]
    fn strength_meter_grows_with_length_and_variety() {
        assert_eq!(Password::strength("short"), 0);
        assert_eq!(Password::strength("passwordpassword"), 0);
        let s2 = Password::strength("tractor singing");
        let s4 = Password::strength("blue tractor sings at noon, loudly");
        assert!(s2 >= 1 && s2 < s4, "{s2} {s4}");
        assert_eq!(s4, 4);
    }

    proptest! {
        #[test]
        fn accepted_passwords_respect_the_bounds(s in "\\PC{0,140}") {
            if Password::parse(&s, &none()).is_ok() {
                let n = s.chars().count();
                prop_assert!((15..=128).contains(&n));
            }
        }
    }
}
