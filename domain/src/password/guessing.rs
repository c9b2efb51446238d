//! The full password check the server runs on sign-up, password change and reset
//! (ACC-5): zxcvbn's frequency lists (30,000 leaked passwords, 30,000 English Wikipedia
//! words, 19,000 words of TV and film, 14,700 first names and 10,000 surnames: 93,855
//! entries) with its patterns over them (l33t, reversed, repeated, keyboard walks,
//! sequences, dates), so `qwertyuiop123456` and `iloveyouforever` are refused; and, word
//! for word, the `passwords` crate's list of 99,838 leaked passwords (193,693 entries in
//! all). Kept out of
//! the browser's build (the `guessing` feature): the client asks `auth/check_password`.

use super::{Password, PasswordError, PasswordVerdict, PersonalWords};

/// zxcvbn's score 3: more than 10^8 guesses, what an offline attacker with a slow hash
/// (argon2id) cannot reach for one account.
pub const MIN_SCORE: u8 = 3;

impl Password {
    /// `parse` and then the guessing check: the policy the server applies.
    pub fn parse_checked(input: &str, personal: &PersonalWords<'_>) -> Result<Password, PasswordError> {
        let password = Password::parse(input, personal)?;
        if is_leaked(input) || guess_score(input, personal) < MIN_SCORE {
            return Err(PasswordError::Common);
        }
        Ok(password)
    }

    /// What the meter shows: the strength (0–4) and the reason of a refusal, if any.
    pub fn assess(input: &str, personal: &PersonalWords<'_>) -> PasswordVerdict {
        match Password::parse_checked(input, personal) {
            Ok(_) => PasswordVerdict { strength: guess_score(input, personal).max(MIN_SCORE), refusal: None },
            Err(e) => PasswordVerdict { strength: 0, refusal: Some(e) },
        }
    }
}

/// On the list of leaked passwords, as typed or in lower case.
fn is_leaked(input: &str) -> bool {
    passwords::analyzer::is_common_password(input) || passwords::analyzer::is_common_password(input.to_lowercase())
}

fn guess_score(input: &str, personal: &PersonalWords<'_>) -> u8 {
    let mut words: Vec<String> = Vec::new();
    if let Some(email) = personal.email {
        let email = email.to_lowercase();
        if let Some((local, _)) = email.rsplit_once('@') {
            words.extend(local.split(['.', '-', '_', '+']).map(str::to_string));
        }
        words.push(email);
    }
    words.extend(personal.names.iter().flat_map(|n| n.split_whitespace()).map(str::to_lowercase));
    let inputs: Vec<&str> = words.iter().map(String::as_str).filter(|w| !w.is_empty()).collect();
    zxcvbn::zxcvbn(input, &inputs).score().into()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn none() -> PersonalWords<'static> {
        PersonalWords::default()
    }

    #[test]
    fn the_two_examples_of_the_issue_are_refused() {
        for pw in ["qwertyuiop123456", "iloveyouforever", "qwertyuiop1234567"] {
            assert_eq!(Password::parse_checked(pw, &none()), Err(PasswordError::Common), "{pw}");
            assert_eq!(Password::assess(pw, &none()).refusal, Some(PasswordError::Common));
        }
    }

    #[test]
    fn passwords_on_the_leaked_list_are_refused_word_for_word() {
        for pw in ["30secondstomars", "1qazxsw23edcvfr4", "123456789zxcvbnm", "30SecondsToMars"] {
            assert!(is_leaked(pw), "{pw}");
            assert_eq!(Password::parse_checked(pw, &none()), Err(PasswordError::Common), "{pw}");
        }
        assert!(!is_leaked("orange tractor sings loudly"));
    }

    #[test]
    fn leaked_passwords_and_dictionary_words_are_refused() {
        for pw in [
            "passwordpassword",
            "trustno1trustno1",
            "1qaz2wsx3edc4rfv",
            "p@ssw0rdp@ssw0rd",
            "dragon1234567890",
            "elizabethelizabeth",
            "football19901990",
            "123456789abcdefg",
        ] {
            assert_eq!(Password::parse_checked(pw, &none()), Err(PasswordError::Common), "{pw}");
        }
    }

    #[test]
    fn pass_phrases_are_accepted() {
        for pw in [
            "orange tractor sings loudly",
            "blue tractor sings at noon",
            "mallory knows this password",
            "wrong password, long enough",
            "Zwei Kaffee und ein Gipfeli",
        ] {
            let verdict = Password::assess(pw, &none());
            assert_eq!(verdict.refusal, None, "{pw}");
            assert!(verdict.strength >= MIN_SCORE, "{pw}");
            assert!(Password::parse_checked(pw, &none()).is_ok(), "{pw}");
        }
    }

    #[test]
    fn the_cheap_rules_come_first() {
        assert_eq!(Password::parse_checked("short", &none()), Err(PasswordError::TooShort { min: 15 }));
        let long = "a b".repeat(60);
        assert_eq!(Password::parse_checked(&long, &none()), Err(PasswordError::TooLong { max: 128 }));
        let personal = PersonalWords { email: Some("zoe.muller@example.ch"), names: vec!["Zoé", "Muller"] };
        assert_eq!(
            Password::parse_checked("zoe-muller is my name", &personal),
            Err(PasswordError::ContainsPersonalInformation)
        );
    }
}
