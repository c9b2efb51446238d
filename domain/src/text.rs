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

/// At most this many words of a search are matched (each must start a word of the member).
pub const SEARCH_MAX_TERMS: usize = 4;

/// Lower-case, without the accents of the languages we serve, so `chloe` finds Chloé.
pub fn fold(s: &str) -> String {
    s.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' => 'a',
            'ç' => 'c',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ñ' => 'n',
            'ò' | 'ó' | 'ô' | 'ö' | 'õ' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            'ý' | 'ÿ' => 'y',
            c => c,
        })
        .collect()
}

/// The words a member can be found by, each a prefix target: every word of the names,
/// the whole login email, its local part's pieces and its domain.
pub fn search_words(first_name: &str, last_name: &str, email: &str) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    let names = fold(&format!("{first_name} {last_name}"));
    words.extend(names.split(|c: char| c.is_whitespace() || c == '-' || c == '\'').map(str::to_string));
    let email = fold(email);
    if let Some((local, domain)) = email.split_once('@') {
        words.extend(local.split(['.', '_', '-', '+']).map(str::to_string));
        words.push(domain.to_string());
    }
    words.push(email);
    words.retain(|w| !w.is_empty());
    words.sort();
    words.dedup();
    words
}

/// The terms of a search as the member list matches them: folded words, at most
/// [`SEARCH_MAX_TERMS`]; a member matches when each term starts one of their words.
pub fn search_terms(search: &str) -> Vec<String> {
    let mut terms: Vec<String> = fold(search).split_whitespace().map(str::to_string).collect();
    terms.sort_by_key(|t| std::cmp::Reverse(t.chars().count()));
    terms.truncate(SEARCH_MAX_TERMS);
    terms
}

/// The exclusive upper bound of the words that start with `prefix` (for an index range
/// `word >= prefix AND word < upper`).
pub fn prefix_upper_bound(prefix: &str) -> String {
    format!("{prefix}\u{10FFFF}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn members_are_found_by_the_start_of_any_word() {
        let words = search_words("Chloé", "Dupont-Moreau", "chloe.dupont+work@example.ch");
        for w in ["chloe", "dupont", "moreau", "work", "example.ch", "chloe.dupont+work@example.ch"] {
            assert!(words.contains(&w.to_string()), "{w} in {words:?}");
        }
        assert_eq!(search_terms("  Chloé   DUP "), vec!["chloe".to_string(), "dup".to_string()]);
        assert_eq!(search_terms("a b c d e f").len(), SEARCH_MAX_TERMS);
        let upper = prefix_upper_bound("dup");
        assert!("dupont" < upper.as_str() && "dup" < upper.as_str());
        assert!("duq" > upper.as_str());
    }

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
