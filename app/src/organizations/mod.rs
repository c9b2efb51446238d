//! The organizations a user belongs to and the switcher between them (ORG-1).

pub mod api;
#[cfg(feature = "ui")]
mod create;
#[cfg(feature = "ui")]
mod delete;
#[cfg(feature = "ui")]
mod mine;
#[cfg(feature = "ui")]
pub mod scope;
#[cfg(feature = "ui")]
mod switcher;

#[cfg(feature = "ui")]
pub use scope::{org_path, use_org, OrgFrame, ToCurrentOrg};

#[cfg(feature = "ui")]
pub use switcher::OrganizationSwitcher;

#[cfg(feature = "ui")]
pub use delete::DeleteOrganizationPage;
#[cfg(feature = "ui")]
pub use mine::MyOrganizationsPage;
