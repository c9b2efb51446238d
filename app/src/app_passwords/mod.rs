//! App passwords (SEC-4): the section of the security page.

pub mod api;
#[cfg(feature = "ui")]
mod section;

#[cfg(feature = "ui")]
pub use section::AppPasswordsSection;
