//! The organizations a user belongs to and the switcher between them (ORG-1).

pub mod api;
#[cfg(feature = "ui")]
mod switcher;

#[cfg(feature = "ui")]
pub use switcher::OrganizationSwitcher;
