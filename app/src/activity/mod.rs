//! The signed-in user's recent activity and sessions (SEC-6).

pub mod api;
#[cfg(feature = "ui")]
mod page;

#[cfg(feature = "ui")]
lazy_area!(
    /// The recent-activity page.
    ActivityArea,
    page::ActivityPage
);
