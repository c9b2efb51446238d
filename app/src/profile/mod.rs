//! "Manage my profile" (ACC-3…9, ACC-13): the login email in use, the password, the
//! recovery channels, language, country and time zone, the newsletter topics, closing
//! the account; and the pages the profile's emailed links open.

pub mod api;
#[cfg(feature = "ui")]
mod close;
#[cfg(feature = "ui")]
mod confirm;
#[cfg(feature = "ui")]
mod login;
#[cfg(feature = "ui")]
mod page;
#[cfg(feature = "ui")]
mod password;
#[cfg(feature = "ui")]
mod recovery;
#[cfg(feature = "ui")]
mod region;

#[cfg(feature = "ui")]
lazy_area!(
    /// The profile page.
    ProfileArea,
    page::ProfilePage
);

#[cfg(feature = "ui")]
lazy_area!(
    /// The page a link to confirm a new login or recovery email opens.
    ConfirmProfileEmailArea,
    confirm::ConfirmEmailPage
);
