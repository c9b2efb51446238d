//! Security keys (WebAuthn): the section of the security page, the sign-in's step with a
//! key, and the browser side of the ceremonies.

pub mod api;
#[cfg(feature = "ui")]
mod browser;
#[cfg(feature = "ui")]
mod section;
#[cfg(feature = "ui")]
mod sign_in;

#[cfg(feature = "ui")]
pub use section::{local_date, SecurityKeysSection};
#[cfg(feature = "ui")]
pub use sign_in::SecurityKeyStep;
