//! The signed-in user as the server describes them: who they are, their
//! organizations and the one they are working in (wire types).

use domain::{Lang, Membership, Role};
use serde::{Deserialize, Serialize};

/// An organization the signed-in user belongs to, with their membership in it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OrgSummary {
    pub id: String,
    pub name: String,
    pub membership: Membership,
}

impl OrgSummary {
    pub fn role(&self) -> Role {
        self.membership.role
    }

    /// Up to two letters for the organization's square in the header (ORG-5).
    pub fn initials(&self) -> String {
        self.name.split_whitespace().filter_map(|w| w.chars().next()).take(2).flat_map(char::to_uppercase).collect()
    }
}

/// The signed-in user as the console sees them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Me {
    pub user_id: String,
    pub email: String,
    pub first_name: String,
    pub last_name: String,
    pub lang: Lang,
    pub organizations: Vec<OrgSummary>,
    pub current_org_id: Option<String>,
    /// The server runs in development mode (the mail viewer is available).
    pub dev_mode: bool,
}

impl Me {
    pub fn current_org(&self) -> Option<&OrgSummary> {
        let id = self.current_org_id.as_deref()?;
        self.organizations.iter().find(|o| o.id == id)
    }

    pub fn initials(&self) -> String {
        [&self.first_name, &self.last_name]
            .iter()
            .filter_map(|n| n.chars().next())
            .flat_map(char::to_uppercase)
            .collect()
    }

    pub fn full_name(&self) -> String {
        format!("{} {}", self.first_name, self.last_name)
    }
}
