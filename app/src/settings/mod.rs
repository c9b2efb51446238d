//! An organization's settings (ORG-3, ORG-4, ORG-5): details, postal and billing
//! addresses with the currency they decide, the header square and the logos.

pub mod api;
#[cfg(feature = "ui")]
mod page;
#[cfg(feature = "ui")]
pub mod square;

#[cfg(feature = "ui")]
lazy_area!(
    /// The settings page.
    SettingsArea,
    page::SettingsPage
);
