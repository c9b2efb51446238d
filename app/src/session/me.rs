//! The signed-in user as the server describes them: who they are, their
//! organizations and the one they are working in (wire types).

use domain::org_details::OrgColor;
use domain::{Lang, Membership, Role};
use serde::{Deserialize, Serialize};

/// An organization the signed-in user belongs to, with their membership in it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OrgSummary {
    pub id: String,
    pub name: String,
    pub membership: Membership,
    /// What the header square shows (ORG-5).
    #[serde(default)]
    pub square: OrgSquare,
    /// The organization requires two-factor authentication of its members (SEC-7).
    #[serde(default)]
    pub requires_two_factor: bool,
}

/// The header square: the square logo if any, else the initials on the colour.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct OrgSquare {
    /// Chosen initials; `None` for the default from the name.
    pub initials: Option<String>,
    pub color: OrgColor,
    /// The versioned URL of the square logo.
    pub logo: Option<String>,
}

impl OrgSummary {
    pub fn role(&self) -> Role {
        self.membership.role
    }

    /// Up to two letters for the organization's square in the header (ORG-5).
    pub fn initials(&self) -> String {
        self.square.initials.clone().unwrap_or_else(|| domain::org_details::default_initials(&self.name))
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
    /// The IANA time zone the user chose (`Europe/Zurich`); `None`: the browser's (ACC-8).
    #[serde(default)]
    pub time_zone: Option<String>,
    /// The user's country (ISO code), if known (ACC-8).
    #[serde(default)]
    pub country: Option<String>,
    /// At least one second factor is set up (SEC-1).
    #[serde(default)]
    pub two_factor: bool,
    /// The login mailbox was lost: a new login email must be chosen first (ACC-12).
    #[serde(default)]
    pub must_choose_login: bool,
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
        domain::names::initials(&self.first_name, &self.last_name)
    }

    pub fn full_name(&self) -> String {
        format!("{} {}", self.first_name, self.last_name)
    }
}
