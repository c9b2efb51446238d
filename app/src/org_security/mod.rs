//! An organization's security (SEC-7): the two-factor requirement in its settings, the
//! security alerts from the member list, and what a member held back by it sees.

pub mod api;
#[cfg(feature = "ui")]
mod gate;
#[cfg(feature = "ui")]
mod section;

#[cfg(feature = "ui")]
pub use gate::TwoFactorGate;
#[cfg(feature = "ui")]
pub use section::TwoFactorSection;
