//! The kind of account chosen at sign-up (ACC-1), which also names the first organization.

use serde::{Deserialize, Serialize};

use crate::i18n::Msg;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AccountType {
    Individual,
    Company,
    Association,
    PublicBody,
}

impl AccountType {
    pub const ALL: [AccountType; 4] =
        [AccountType::Individual, AccountType::Company, AccountType::Association, AccountType::PublicBody];

    /// An individual's organization is named after the person; every other kind of
    /// account names its organization itself.
    pub fn names_organization_after_person(self) -> bool {
        matches!(self, AccountType::Individual)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            AccountType::Individual => "individual",
            AccountType::Company => "company",
            AccountType::Association => "association",
            AccountType::PublicBody => "public_body",
        }
    }

    pub fn parse(s: &str) -> Option<AccountType> {
        AccountType::ALL.into_iter().find(|t| t.as_str() == s)
    }

    pub fn label(self) -> Msg {
        match self {
            AccountType::Individual => Msg::AccountIndividual,
            AccountType::Company => Msg::AccountCompany,
            AccountType::Association => Msg::AccountAssociation,
            AccountType::PublicBody => Msg::AccountPublicBody,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_type_round_trips_through_its_name() {
        for t in AccountType::ALL {
            assert_eq!(AccountType::parse(t.as_str()), Some(t));
        }
        assert_eq!(AccountType::parse("pirate"), None);
    }

    #[test]
    fn only_individuals_name_the_organization_after_themselves() {
        let after_person: Vec<_> =
            AccountType::ALL.into_iter().filter(|t| t.names_organization_after_person()).collect();
        assert_eq!(after_person, vec![AccountType::Individual]);
    }
}
