//! The user's own profile: login email and language (ACC-3, ACC-8).

pub mod api;
#[cfg(feature = "ui")]
mod page;

#[cfg(feature = "ui")]
lazy_area!(
    /// The profile page.
    ProfileArea,
    page::ProfilePage
);
