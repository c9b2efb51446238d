//! Names people and organizations go by: trimmed, non-empty, bounded, free of control
//! characters.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::i18n::Msg;

#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NameError {
    #[error("the name is empty")]
    Empty,
    #[error("the name is longer than {max} characters")]
    TooLong { max: usize },
    #[error("the name contains control characters")]
    ControlCharacters,
    /// Invisible formatting characters (bidi overrides, zero-width joiners…) that can
    /// make a name read differently from what it is.
    #[error("the name contains invisible formatting characters")]
    FormatCharacters,
}

impl NameError {
    pub fn msg(self) -> Msg {
        match self {
            NameError::Empty => Msg::NameEmpty,
            NameError::TooLong { .. } => Msg::NameTooLong,
            NameError::ControlCharacters => Msg::NameControlCharacters,
            NameError::FormatCharacters => Msg::NameFormatCharacters,
        }
    }
}

fn clean_name(input: &str, max: usize) -> Result<String, NameError> {
    let collapsed = input.split_whitespace().collect::<Vec<_>>().join(" ");
    if collapsed.is_empty() {
        return Err(NameError::Empty);
    }
    if collapsed.chars().count() > max {
        return Err(NameError::TooLong { max });
    }
    if collapsed.chars().any(char::is_control) {
        return Err(NameError::ControlCharacters);
    }
    if collapsed.chars().any(is_format_character) {
        return Err(NameError::FormatCharacters);
    }
    Ok(collapsed)
}

/// Unicode's format characters (general category Cf): bidi embeddings, overrides and
/// isolates, zero-width spaces and joiners, the soft hyphen, the byte-order mark, tags.
/// A person's initials for their avatar: the first letter of each name, upper-case.
pub fn initials(first_name: &str, last_name: &str) -> String {
    [first_name, last_name].iter().filter_map(|n| n.chars().next()).flat_map(char::to_uppercase).collect()
}

pub fn is_format_character(c: char) -> bool {
    matches!(c as u32,
        0x00AD | 0x0600..=0x0605 | 0x061C | 0x06DD | 0x070F | 0x0890..=0x0891 | 0x08E2 | 0x180E
        | 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x2064 | 0x2066..=0x206F | 0xFEFF
        | 0xFFF9..=0xFFFB | 0x110BD | 0x110CD | 0x13430..=0x1343F | 0x1BCA0..=0x1BCA3
        | 0x1D173..=0x1D17A | 0xE0001 | 0xE0020..=0xE007F)
}

macro_rules! name_type {
    ($(#[$doc:meta])* $name:ident, $max:expr) => {
        $(#[$doc])*
        #[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[serde(try_from = "String", into = "String")]
        pub struct $name(String);

        impl $name {
            pub const MAX_LEN: usize = $max;

            pub fn parse(input: &str) -> Result<Self, NameError> {
                clean_name(input, Self::MAX_LEN).map($name)
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl TryFrom<String> for $name {
            type Error = NameError;
            fn try_from(value: String) -> Result<Self, Self::Error> {
                Self::parse(&value)
            }
        }

        impl From<$name> for String {
            fn from(n: $name) -> String {
                n.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

name_type!(
    /// A first or last name of a person.
    PersonName,
    100
);
name_type!(
    /// The name of an organization.
    OrgName,
    120
);

impl OrgName {
    /// The organization created at an individual's sign-up is named after the person.
    pub fn for_person(first: &PersonName, last: &PersonName) -> OrgName {
        let full = format!("{} {}", first.as_str(), last.as_str());
        let truncated: String = full.chars().take(OrgName::MAX_LEN).collect();
        OrgName(truncated.trim_end().to_string())
    }
}

impl PersonName {
    /// The first letter of a name, upper-cased, for the initials badge (ACC-3).
    pub fn initial(&self) -> String {
        self.0.chars().next().map(|c| c.to_uppercase().collect()).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn trims_and_collapses_spaces() {
        assert_eq!(PersonName::parse("  Marie   Claire ").unwrap().as_str(), "Marie Claire");
    }

    #[test]
    fn refuses_empty_long_and_control_characters() {
        assert_eq!(PersonName::parse(" \t "), Err(NameError::Empty));
        assert_eq!(PersonName::parse(&"é".repeat(101)), Err(NameError::TooLong { max: 100 }));
        assert!(PersonName::parse(&"é".repeat(100)).is_ok());
        assert_eq!(OrgName::parse("Acme\u{0007}SA"), Err(NameError::ControlCharacters));
    }

    #[test]
    fn organization_named_after_person() {
        let first = PersonName::parse("Marie").unwrap();
        let last = PersonName::parse("Dupont").unwrap();
        assert_eq!(OrgName::for_person(&first, &last).as_str(), "Marie Dupont");
        assert_eq!(first.initial(), "M");
        let long = PersonName::parse(&"x".repeat(100)).unwrap();
        assert!(OrgName::parse(OrgName::for_person(&long, &long).as_str()).is_ok());
    }

    proptest! {
        #[test]
        fn a_parsed_name_parses_to_itself(s in "\\PC{0,130}") {
            if let Ok(n) = OrgName::parse(&s) {
                prop_assert_eq!(OrgName::parse(n.as_str()), Ok(n.clone()));
                prop_assert!(n.as_str().chars().count() <= OrgName::MAX_LEN);
            }
        }
    }

    #[test]
    fn names_refuse_bidi_overrides_and_invisible_characters() {
        for sneaky in ["Eve\u{202E}lipa", "Ad\u{200B}min", "\u{2067}Marie", "Paul\u{FEFF}", "Chlo\u{00AD}e"] {
            assert_eq!(PersonName::parse(sneaky), Err(NameError::FormatCharacters), "{sneaky:?}");
            assert_eq!(OrgName::parse(sneaky), Err(NameError::FormatCharacters), "{sneaky:?}");
        }
        assert!(PersonName::parse("{link}").is_ok(), "braces are letters like any other");
        assert!(PersonName::parse("Zoë Ñúñez-Öztürk").is_ok());
    }
}
