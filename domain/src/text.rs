//! Free text that is not a name nor an address: searches, and later notes and labels.
//! Every such input has a length cap, checked in the browser (the field's `maxlength`)
//! and again on the server, where a longer one is a clear `invalid`, never a failure.

use serde::{Deserialize, Serialize};

use crate::i18n::Msg;

/// A member search longer than any name or address is not a search.
pub const SEARCH_MAX_CHARS: usize = 100;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[serde(rename_all = "snake_case")]
pub enum TextError {
    #[error("the text is longer than {max} characters")]
    TooLong { max: usize },
}

impl TextError {
    pub fn msg(self) -> Msg {
        match self {
            TextError::TooLong { .. } => Msg::TextTooLong,
        }
    }
}

/// A search query, trimmed; empty means "everything".
pub fn search(s: &str) -> Result<&str, TextError> {
    let s = s.trim();
    if s.chars().count() > SEARCH_MAX_CHARS {
        return Err(TextError::TooLong { max: SEARCH_MAX_CHARS });
    }
    Ok(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn searches_are_trimmed_and_capped() {
        assert_eq!(search("  Marie "), Ok("Marie"));
        assert_eq!(search(""), Ok(""));
        let long = "é".repeat(SEARCH_MAX_CHARS);
        assert_eq!(search(&long), Ok(long.as_str()));
        let longer = "é".repeat(SEARCH_MAX_CHARS + 1);
        assert_eq!(search(&longer), Err(TextError::TooLong { max: SEARCH_MAX_CHARS }));
    }
}
