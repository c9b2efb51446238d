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
lazy_area!(
    /// "My organizations": the list, leaving, creating (fetched when first opened).
    MyOrganizationsArea,
    mine::MyOrganizationsPage
);

#[cfg(feature = "ui")]
lazy_area!(
    /// Deleting an organization and its conditions (fetched when first opened).
    DeleteOrganizationArea,
    delete::DeleteOrganizationPage
);
