//! A login or contact email address, parsed once and valid ever after.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::i18n::Msg;

/// A syntactically valid email address, trimmed and lower-cased so that two spellings of
/// the same address compare equal (login identifiers are case-insensitive).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Email(String);

#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EmailError {
    #[error("the email address is empty")]
    Empty,
    #[error("the email address is longer than 254 characters")]
    TooLong,
    #[error("the email address is not of the form name@domain.tld")]
    Malformed,
}

impl EmailError {
    pub fn msg(self) -> Msg {
        match self {
            EmailError::Empty => Msg::EmailEmpty,
            EmailError::TooLong => Msg::EmailTooLong,
            EmailError::Malformed => Msg::EmailMalformed,
        }
    }
}

impl Email {
    pub const MAX_LEN: usize = 254;

    pub fn parse(input: &str) -> Result<Email, EmailError> {
        let s = input.trim();
        if s.is_empty() {
            return Err(EmailError::Empty);
        }
        if s.chars().count() > Self::MAX_LEN {
            return Err(EmailError::TooLong);
        }
        let (local, domain) = s.rsplit_once('@').ok_or(EmailError::Malformed)?;
        let local_ok = !local.is_empty()
            && local.chars().count() <= 64
            && !local.starts_with('.')
            && !local.ends_with('.')
            && !local.contains("..")
            && local.chars().all(|c| c.is_alphanumeric() || "!#$%&'*+/=?^_`{|}~.-".contains(c));
        let labels: Vec<&str> = domain.split('.').collect();
        let domain_ok = labels.len() >= 2
            && labels.iter().all(|l| {
                !l.is_empty()
                    && l.chars().count() <= 63
                    && !l.starts_with('-')
                    && !l.ends_with('-')
                    && l.chars().all(|c| c.is_alphanumeric() || c == '-')
            })
            && labels.last().is_some_and(|tld| tld.chars().count() >= 2);
        if !(local_ok && domain_ok) {
            return Err(EmailError::Malformed);
        }
        Ok(Email(s.to_lowercase()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The part before the `@`, used to reject passwords that contain it.
    pub fn local_part(&self) -> &str {
        self.0.rsplit_once('@').map(|(l, _)| l).unwrap_or(&self.0)
    }
}

impl TryFrom<String> for Email {
    type Error = EmailError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Email::parse(&value)
    }
}

impl From<Email> for String {
    fn from(e: Email) -> String {
        e.0
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn accepts_ordinary_addresses_and_normalises_case() {
        let e = Email::parse("  Marie.Dupont+orga@Example.CH ").unwrap();
        assert_eq!(e.as_str(), "marie.dupont+orga@example.ch");
        assert_eq!(e.local_part(), "marie.dupont+orga");
    }

    #[test]
    fn refuses_what_is_not_an_address() {
        assert_eq!(Email::parse(""), Err(EmailError::Empty));
        assert_eq!(Email::parse("   "), Err(EmailError::Empty));
        for bad in [
            "marie",
            "marie@",
            "@example.com",
            "marie@example",
            "marie@@example.com",
            "marie@exa mple.com",
            ".marie@example.com",
            "ma..rie@example.com",
            "marie@-example.com",
            "marie@example.c",
        ] {
            assert_eq!(Email::parse(bad), Err(EmailError::Malformed), "{bad}");
        }
        let long = format!("{}@example.com", "a".repeat(250));
        assert_eq!(Email::parse(&long), Err(EmailError::TooLong));
    }

    #[test]
    fn deserialising_validates_too() {
        let ok: Email = serde_json::from_str("\"a@b.ch\"").unwrap();
        assert_eq!(ok.as_str(), "a@b.ch");
        assert!(serde_json::from_str::<Email>("\"not-an-email\"").is_err());
    }

    proptest! {
        #[test]
        fn parsing_is_idempotent(local in "[a-z0-9][a-z0-9.+_-]{0,20}[a-z0-9]", domain in "[a-z][a-z0-9-]{0,10}[a-z]\\.[a-z]{2,6}") {
            let e = Email::parse(&format!("{local}@{domain}"));
            if let Ok(e) = e {
                prop_assert_eq!(Email::parse(e.as_str()), Ok(e.clone()));
            }
        }

        #[test]
        fn never_panics(s in ".{0,300}") {
            let _ = Email::parse(&s);
        }
    }
}
