//! Account recovery (ACC-10, ACC-11, ACC-12): the rules of the codes, the temporary
//! username, the identity-verification request and its document. Randomness and time
//! come from the caller; this module only says what is valid.

use serde::{Deserialize, Serialize};

use crate::i18n::RecoveryMsg;

/// A reset link or code is valid this long (15 minutes).
pub const SECRET_TTL_MS: i64 = 15 * 60_000;
/// A code sent by SMS may be tried this many times; then it is spent.
pub const MAX_CODE_TRIES: i64 = 5;
/// Digits of a code sent by SMS.
pub const CODE_DIGITS: usize = 6;

/// Reads a typed code: six digits, spaces and dashes ignored (`123 456`).
pub fn parse_code(input: &str) -> Option<String> {
    if input.len() > 32 {
        return None;
    }
    let digits: String = input.chars().filter(|c| !matches!(c, ' ' | '-' | '\u{a0}')).collect();
    (digits.len() == CODE_DIGITS && digits.bytes().all(|b| b.is_ascii_digit())).then_some(digits)
}

/// A code from random bytes: uniform over the 10^6 codes (rejection keeps it unbiased:
/// the caller passes fresh bytes until one fits).
pub fn code_from_random(random: u32) -> Option<String> {
    const CODES: u32 = 1_000_000;
    // The largest multiple of 10^6 below 2^32: values above it would favour small codes.
    let limit = u32::MAX - (u32::MAX % CODES) - 1;
    (random <= limit).then(|| format!("{:06}", random % CODES))
}

/// The letters of a temporary username: lower-case, without the look-alikes 0/o, 1/l/i.
const USERNAME_ALPHABET: &[u8] = b"23456789abcdefghjkmnpqrstuvwxyz";

/// A temporary username (ACC-12) from 8 random bytes: `orga-7k3m-9x2p` (about 40 bits,
/// readable aloud, typed in place of the login email).
pub fn temporary_username(random: [u8; 8]) -> String {
    let letter = |b: u8| USERNAME_ALPHABET[usize::from(b) % USERNAME_ALPHABET.len()] as char;
    let first: String = random[..4].iter().map(|b| letter(*b)).collect();
    let second: String = random[4..].iter().map(|b| letter(*b)).collect();
    format!("orga-{first}-{second}")
}

/// Is this what [`temporary_username`] makes (case and spaces aside)?
pub fn is_temporary_username(input: &str) -> bool {
    let s = input.trim().to_ascii_lowercase();
    let Some(rest) = s.strip_prefix("orga-") else { return false };
    let parts: Vec<&str> = rest.split('-').collect();
    parts.len() == 2 && parts.iter().all(|p| p.len() == 4 && p.bytes().all(|b| USERNAME_ALPHABET.contains(&b)))
}

/// How the person wants to receive the means to reset the password.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    /// A link to the login address and the recovery email.
    Email,
    /// A code to the recovery phone.
    Phone,
}

/// What the person of an identity-verification request lost.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Lost {
    Password,
    LoginEmail,
    /// The mailbox of the login email is gone (ACC-12).
    Mailbox,
    SecondFactor,
}

impl Lost {
    pub const ALL: [Lost; 4] = [Lost::Password, Lost::LoginEmail, Lost::Mailbox, Lost::SecondFactor];

    pub fn as_str(self) -> &'static str {
        match self {
            Lost::Password => "password",
            Lost::LoginEmail => "login_email",
            Lost::Mailbox => "mailbox",
            Lost::SecondFactor => "second_factor",
        }
    }

    pub fn parse(s: &str) -> Option<Lost> {
        Lost::ALL.into_iter().find(|l| l.as_str() == s)
    }

    pub fn label(self) -> RecoveryMsg {
        match self {
            Lost::Password => RecoveryMsg::LostPassword,
            Lost::LoginEmail => RecoveryMsg::LostLoginEmail,
            Lost::Mailbox => RecoveryMsg::LostMailbox,
            Lost::SecondFactor => RecoveryMsg::LostSecondFactor,
        }
    }
}

/// Where an identity-verification request stands; the person gets an email at each step.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Received,
    InReview,
    Accepted,
    Refused,
}

impl Status {
    pub const ALL: [Status; 4] = [Status::Received, Status::InReview, Status::Accepted, Status::Refused];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Received => "received",
            Status::InReview => "in_review",
            Status::Accepted => "accepted",
            Status::Refused => "refused",
        }
    }

    pub fn parse(s: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|v| v.as_str() == s)
    }

    /// Received → in review → accepted or refused; a decision is final. Deciding a
    /// received request passes through "in review" (the person is told both).
    pub fn may_become(self, next: Status) -> bool {
        matches!(
            (self, next),
            (Status::Received, Status::InReview | Status::Accepted | Status::Refused)
                | (Status::InReview, Status::Accepted | Status::Refused)
        )
    }
}

/// The kinds of document accepted, recognised by their first bytes, never by their name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DocumentType {
    Png,
    Jpeg,
    Pdf,
}

impl DocumentType {
    pub fn as_str(self) -> &'static str {
        match self {
            DocumentType::Png => "png",
            DocumentType::Jpeg => "jpeg",
            DocumentType::Pdf => "pdf",
        }
    }

    /// The type the content says it is (magic bytes), whatever the file was called.
    pub fn sniff(bytes: &[u8]) -> Option<DocumentType> {
        if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
            Some(DocumentType::Png)
        } else if bytes.starts_with(&[0xff, 0xd8, 0xff]) {
            Some(DocumentType::Jpeg)
        } else if bytes.starts_with(b"%PDF-") {
            Some(DocumentType::Pdf)
        } else {
            None
        }
    }
}

/// A document is at most this large (3 MB), its base64 form about a third more.
pub const DOCUMENT_MAX_BYTES: usize = 3 * 1024 * 1024;
/// The free-text account of what happened.
pub const DETAILS_MAX_CHARS: usize = 2000;

/// What is wrong with a recovery input.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[serde(rename_all = "snake_case")]
pub enum RecoveryError {
    #[error("a code is six digits")]
    CodeFormat,
    #[error("the document is not a PNG, JPEG or PDF file")]
    DocumentType,
    #[error("the document is larger than {max_bytes} bytes")]
    DocumentTooLarge { max_bytes: usize },
    #[error("a document is required")]
    DocumentMissing,
    #[error("the new login email is the recovery email")]
    SameAsRecoveryEmail,
}

impl RecoveryError {
    pub fn msg(self) -> RecoveryMsg {
        match self {
            RecoveryError::CodeFormat => RecoveryMsg::ErrorCodeFormat,
            RecoveryError::DocumentType => RecoveryMsg::ErrorDocumentType,
            RecoveryError::DocumentTooLarge { .. } => RecoveryMsg::ErrorDocumentTooLarge,
            RecoveryError::DocumentMissing => RecoveryMsg::ErrorDocumentMissing,
            RecoveryError::SameAsRecoveryEmail => RecoveryMsg::ErrorSameAsRecoveryEmail,
        }
    }
}

/// The free-text details, trimmed, within their cap.
pub fn details(input: &str) -> Result<String, crate::TextError> {
    let s = input.trim();
    if s.chars().count() > DETAILS_MAX_CHARS {
        return Err(crate::TextError::TooLong { max: DETAILS_MAX_CHARS });
    }
    Ok(s.to_string())
}

/// A string of the form `a•••@e•••.com`: hides all but the first letter of each part
/// (used in the support queue and in emails to the contact address, never before the
/// person proved anything).
pub fn mask_email(email: &str) -> String {
    let Some((local, domain)) = email.split_once('@') else { return "•••".into() };
    let first = |s: &str| s.chars().next().map(|c| format!("{c}•••")).unwrap_or_default();
    let (host, tld) = domain.rsplit_once('.').unwrap_or((domain, ""));
    format!("{}@{}.{}", first(local), first(host), tld)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_six_digits_and_unbiased() {
        assert_eq!(parse_code(" 123 456 ").as_deref(), Some("123456"));
        assert_eq!(parse_code("123-456").as_deref(), Some("123456"));
        for bad in ["12345", "1234567", "12a456", "", "١٢٣٤٥٦"] {
            assert_eq!(parse_code(bad), None, "{bad}");
        }
        assert_eq!(code_from_random(42).as_deref(), Some("000042"));
        assert_eq!(code_from_random(u32::MAX), None, "the biased tail is drawn again");
        assert!(code_from_random(u32::MAX - (u32::MAX % 1_000_000) - 1).is_some());
    }

    #[test]
    fn temporary_usernames_are_readable_and_recognised() {
        let name = temporary_username([0, 1, 2, 3, 250, 251, 252, 253]);
        assert!(name.starts_with("orga-") && name.len() == 14, "{name}");
        assert!(is_temporary_username(&name));
        assert!(is_temporary_username(&name.to_uppercase()));
        assert!(!name[5..].chars().any(|c| "0o1li".contains(c)), "{name}");
        for bad in ["orga-abcd", "orga-abc0-2345", "someone@example.com", "orga-abcd-efgh-jkmn"] {
            assert!(!is_temporary_username(bad), "{bad}");
        }
    }

    #[test]
    fn documents_are_recognised_by_content() {
        assert_eq!(DocumentType::sniff(b"\x89PNG\r\n\x1a\n...."), Some(DocumentType::Png));
        assert_eq!(DocumentType::sniff(&[0xff, 0xd8, 0xff, 0xe0]), Some(DocumentType::Jpeg));
        assert_eq!(DocumentType::sniff(b"%PDF-1.7\n"), Some(DocumentType::Pdf));
        assert_eq!(DocumentType::sniff(b"this is text named passport.png"), None);
        assert_eq!(DocumentType::sniff(b""), None);
    }

    #[test]
    fn statuses_move_forward_only() {
        assert!(Status::Received.may_become(Status::InReview));
        assert!(Status::InReview.may_become(Status::Accepted));
        assert!(Status::Received.may_become(Status::Refused));
        assert!(!Status::Accepted.may_become(Status::Refused));
        assert!(!Status::Refused.may_become(Status::InReview));
        assert!(!Status::InReview.may_become(Status::InReview));
        for s in Status::ALL {
            assert_eq!(Status::parse(s.as_str()), Some(s));
        }
        for l in Lost::ALL {
            assert_eq!(Lost::parse(l.as_str()), Some(l));
        }
    }

    #[test]
    fn details_are_capped_and_emails_masked() {
        assert!(details(&"x".repeat(DETAILS_MAX_CHARS)).is_ok());
        assert!(details(&"x".repeat(DETAILS_MAX_CHARS + 1)).is_err());
        assert_eq!(mask_email("anna@example.com"), "a•••@e•••.com");
    }
}
