//! The four roles a member can hold in an organization, strongest first.

use serde::{Deserialize, Serialize};

use crate::i18n::Msg;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Owner of the organization, legally responsible for it.
    LegalRepresentative,
    /// Every right except those reserved to legal representatives.
    Administrator,
    /// Limited to the products granted to them, with or without billing rights.
    Collaborator,
    /// Limited like a collaborator, and left out of organization-wide sharing.
    External,
}

impl Role {
    /// Strongest first, the order the UI lists them in.
    pub const ALL: [Role; 4] = [Role::LegalRepresentative, Role::Administrator, Role::Collaborator, Role::External];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::LegalRepresentative => "legal_representative",
            Role::Administrator => "administrator",
            Role::Collaborator => "collaborator",
            Role::External => "external",
        }
    }

    pub fn parse(s: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_str() == s)
    }

    /// Legal representatives and administrators run the organization; the two other
    /// roles are limited to what is granted to them.
    pub fn is_manager(self) -> bool {
        matches!(self, Role::LegalRepresentative | Role::Administrator)
    }

    pub fn label(self) -> Msg {
        match self {
            Role::LegalRepresentative => Msg::RoleLegalRepresentative,
            Role::Administrator => Msg::RoleAdministrator,
            Role::Collaborator => Msg::RoleCollaborator,
            Role::External => Msg::RoleExternal,
        }
    }

    pub fn description(self) -> Msg {
        match self {
            Role::LegalRepresentative => Msg::RoleLegalRepresentativeHelp,
            Role::Administrator => Msg::RoleAdministratorHelp,
            Role::Collaborator => Msg::RoleCollaboratorHelp,
            Role::External => Msg::RoleExternalHelp,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_unknown_names_are_refused() {
        for r in Role::ALL {
            assert_eq!(Role::parse(r.as_str()), Some(r));
            assert_eq!(serde_json::to_string(&r).unwrap(), format!("\"{}\"", r.as_str()));
        }
        assert_eq!(Role::parse("owner"), None);
        assert!(serde_json::from_str::<Role>("\"owner\"").is_err());
    }

    #[test]
    fn strongest_first() {
        let mut sorted = Role::ALL;
        sorted.sort();
        assert_eq!(sorted, Role::ALL);
        assert_eq!(Role::ALL.iter().filter(|r| r.is_manager()).count(), 2);
    }
}
