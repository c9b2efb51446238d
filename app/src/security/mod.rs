//! The security page (`/security`, SEC-1…3): two-factor methods, backup codes, turning
//! 2FA off; and the banner every signed-in page shows when a sign-in waits for this
//! person's approval (push).

pub mod api;
#[cfg(feature = "ui")]
mod approve;
#[cfg(feature = "ui")]
mod backup_codes;
#[cfg(feature = "ui")]
mod methods;
#[cfg(feature = "ui")]
pub mod page;
#[cfg(feature = "ui")]
mod turn_off;

#[cfg(feature = "ui")]
pub use approve::ApprovalBanner;

#[cfg(feature = "ui")]
lazy_area!(
    /// The security page.
    SecurityArea,
    page::SecurityPage
);

/// A time in the person's language and time zone (the browser's when none is set or the
/// browser does not know it).
#[cfg(feature = "ui")]
pub(crate) fn local_time(ms: i64, lang: domain::Lang, time_zone: Option<String>) -> String {
    crate::dates::format(ms, lang, time_zone.as_deref(), crate::dates::Shown::DateTime)
}
