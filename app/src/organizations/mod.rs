//! The organizations a user belongs to and the switcher between them (ORG-1).

pub mod api;
mod switcher;

pub use switcher::OrganizationSwitcher;
