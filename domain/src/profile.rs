//! The user's own account (ACC-4…9, ACC-13): what may be changed and when, for the
//! profile page to grey out and explain, and for the server to apply again.

use serde::{Deserialize, Serialize};

use crate::i18n::ProfileMsg;

/// Why a profile change was refused, beyond a field that does not parse.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[serde(rename_all = "snake_case")]
pub enum ProfileProblem {
    #[error("the login email must differ from the recovery email")]
    SameAsRecoveryEmail,
    #[error("the recovery email must differ from the login email")]
    SameAsLoginEmail,
    #[error("this is already the login email")]
    Unchanged,
    #[error("not a time zone")]
    UnknownTimeZone,
    #[error("no code is waiting, or it has expired: ask for a new one")]
    NoCodePending,
    #[error("the confirmation is not the login email")]
    ConfirmationMismatch,
}

impl ProfileProblem {
    pub fn msg(self) -> ProfileMsg {
        match self {
            ProfileProblem::SameAsRecoveryEmail => ProfileMsg::ProblemSameAsRecovery,
            ProfileProblem::SameAsLoginEmail => ProfileMsg::ProblemSameAsLogin,
            ProfileProblem::Unchanged => ProfileMsg::ProblemUnchanged,
            ProfileProblem::UnknownTimeZone => ProfileMsg::ProblemTimeZone,
            ProfileProblem::NoCodePending => ProfileMsg::ProblemNoCode,
            ProfileProblem::ConfirmationMismatch => ProfileMsg::ProblemConfirmation,
        }
    }
}

/// ACC-4: a new login email, already parsed, against the account's addresses.
pub fn check_new_login(new: &str, current: &str, recovery: Option<&str>) -> Result<(), ProfileProblem> {
    if new.eq_ignore_ascii_case(current) {
        return Err(ProfileProblem::Unchanged);
    }
    if recovery.is_some_and(|r| r.eq_ignore_ascii_case(new)) {
        return Err(ProfileProblem::SameAsRecoveryEmail);
    }
    Ok(())
}

/// ACC-6: a recovery email must not be the login it would help recover.
pub fn check_recovery_email(recovery: &str, login: &str) -> Result<(), ProfileProblem> {
    if recovery.eq_ignore_ascii_case(login) {
        return Err(ProfileProblem::SameAsLoginEmail);
    }
    Ok(())
}

/// ACC-13: closing is confirmed by typing the login email.
pub fn check_closure_confirmation(typed: &str, login: &str) -> Result<(), ProfileProblem> {
    if typed.trim().eq_ignore_ascii_case(login) {
        Ok(())
    } else {
        Err(ProfileProblem::ConfirmationMismatch)
    }
}

/// ACC-7: a code sent by SMS.
pub const PHONE_CODE_DIGITS: usize = 6;
/// Wrong codes accepted before the code is dropped and a new one must be asked for.
pub const PHONE_CODE_TRIES: i64 = 5;

/// What the account's closing depends on in one organization it belongs to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClosureFacts {
    pub org_id: String,
    pub org_name: String,
    /// The user is one of its legal representatives and not blocked.
    pub legal_representative: bool,
    /// Its legal representatives who are not blocked, the user included.
    pub legal_representatives: usize,
    pub other_members: u64,
    pub live_products: u64,
}

impl ClosureFacts {
    /// ACC-13: closing would leave this organization, which still has products or other
    /// members, without a legal representative.
    pub fn blocks_closure(&self) -> bool {
        self.legal_representative
            && self.legal_representatives <= 1
            && (self.other_members > 0 || self.live_products > 0)
    }

    /// Nobody else and nothing in it: it is closed with the account.
    pub fn closes_with_account(&self) -> bool {
        self.other_members == 0 && self.live_products == 0
    }
}

/// The organizations that hold the closing back, in the order given.
pub fn closure_blockers(facts: &[ClosureFacts]) -> Vec<&ClosureFacts> {
    facts.iter().filter(|f| f.blocks_closure()).collect()
}

/// ACC-9: the newsletter topics, one toggle each.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NewsletterTopic {
    Domains,
    Hosting,
    Cloud,
    Backup,
    Mail,
    Drive,
    Collaboration,
    Streaming,
    Company,
}

impl NewsletterTopic {
    pub const ALL: [NewsletterTopic; 9] = [
        NewsletterTopic::Domains,
        NewsletterTopic::Hosting,
        NewsletterTopic::Cloud,
        NewsletterTopic::Backup,
        NewsletterTopic::Mail,
        NewsletterTopic::Drive,
        NewsletterTopic::Collaboration,
        NewsletterTopic::Streaming,
        NewsletterTopic::Company,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            NewsletterTopic::Domains => "domains",
            NewsletterTopic::Hosting => "hosting",
            NewsletterTopic::Cloud => "cloud",
            NewsletterTopic::Backup => "backup",
            NewsletterTopic::Mail => "mail",
            NewsletterTopic::Drive => "drive",
            NewsletterTopic::Collaboration => "collaboration",
            NewsletterTopic::Streaming => "streaming",
            NewsletterTopic::Company => "company",
        }
    }

    pub fn parse(s: &str) -> Option<NewsletterTopic> {
        NewsletterTopic::ALL.into_iter().find(|t| t.as_str() == s)
    }

    pub fn label(self) -> ProfileMsg {
        match self {
            NewsletterTopic::Domains => ProfileMsg::TopicDomains,
            NewsletterTopic::Hosting => ProfileMsg::TopicHosting,
            NewsletterTopic::Cloud => ProfileMsg::TopicCloud,
            NewsletterTopic::Backup => ProfileMsg::TopicBackup,
            NewsletterTopic::Mail => ProfileMsg::TopicMail,
            NewsletterTopic::Drive => ProfileMsg::TopicDrive,
            NewsletterTopic::Collaboration => ProfileMsg::TopicCollaboration,
            NewsletterTopic::Streaming => ProfileMsg::TopicStreaming,
            NewsletterTopic::Company => ProfileMsg::TopicCompany,
        }
    }
}

/// The longest IANA time zone name accepted (the longest real one has 32 characters).
pub const TIME_ZONE_MAX_CHARS: usize = 64;

#[cfg(test)]
mod tests {
    use super::*;

    fn org(lr: bool, lrs: usize, others: u64, products: u64) -> ClosureFacts {
        ClosureFacts {
            org_id: "o".into(),
            org_name: "Org".into(),
            legal_representative: lr,
            legal_representatives: lrs,
            other_members: others,
            live_products: products,
        }
    }

    #[test]
    fn the_last_legal_representative_of_a_living_organization_cannot_close() {
        assert!(org(true, 1, 1, 0).blocks_closure());
        assert!(org(true, 1, 0, 2).blocks_closure());
        assert!(!org(true, 1, 0, 0).blocks_closure(), "an empty organization closes with the account");
        assert!(!org(true, 2, 3, 1).blocks_closure(), "another legal representative stays");
        assert!(!org(false, 1, 3, 1).blocks_closure(), "a plain member just leaves");
        let facts = [org(true, 1, 1, 0), org(false, 1, 1, 1), org(true, 1, 0, 0)];
        assert_eq!(closure_blockers(&facts).len(), 1);
        assert!(org(true, 1, 0, 0).closes_with_account());
        assert!(!org(false, 1, 1, 0).closes_with_account());
    }

    #[test]
    fn login_and_recovery_emails_differ() {
        assert_eq!(check_new_login("a@x.ch", "A@x.ch", None), Err(ProfileProblem::Unchanged));
        assert_eq!(check_new_login("r@x.ch", "a@x.ch", Some("R@x.ch")), Err(ProfileProblem::SameAsRecoveryEmail));
        assert_eq!(check_new_login("b@x.ch", "a@x.ch", Some("r@x.ch")), Ok(()));
        assert_eq!(check_recovery_email("A@x.ch", "a@x.ch"), Err(ProfileProblem::SameAsLoginEmail));
        assert_eq!(check_recovery_email("r@x.ch", "a@x.ch"), Ok(()));
    }

    #[test]
    fn closing_is_confirmed_by_the_login_email() {
        assert_eq!(check_closure_confirmation(" Anna@Example.ch ", "anna@example.ch"), Ok(()));
        assert_eq!(check_closure_confirmation("close", "anna@example.ch"), Err(ProfileProblem::ConfirmationMismatch));
    }

    #[test]
    fn topics_round_trip() {
        for t in NewsletterTopic::ALL {
            assert_eq!(NewsletterTopic::parse(t.as_str()), Some(t));
        }
        assert_eq!(NewsletterTopic::parse("spam"), None);
    }
}
