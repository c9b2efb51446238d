//! Orga's pure rules: the types that can only hold valid values, the permission policy
//! shared by the browser and the server, and the translation catalogue.
//!
//! This crate does no I/O, reads no clock and draws no random numbers: whatever it needs
//! of the world is passed in. It compiles for `wasm32-unknown-unknown` and native alike.

pub mod account_type;
pub mod device;
pub mod email;
pub mod i18n;
pub mod keys;
pub mod membership;
pub mod names;
pub mod org_details;
pub mod organization;
pub mod password;
pub mod policy;
pub mod profile;
pub mod recovery;
pub mod role;
pub mod security_event;
pub mod text;
pub mod throttle;
pub mod two_factor;

pub use account_type::AccountType;
pub use email::{Email, EmailError};
pub use i18n::{Lang, Msg, Plural};
pub use membership::Membership;
pub use names::{NameError, OrgName, PersonName};
pub use organization::{currency_for, Country, Currency};
pub use password::{Password, PasswordError, PasswordVerdict};
pub use policy::{authorize, Action, Denied};
pub use role::Role;
pub use security_event::SecurityEvent;
pub use text::TextError;
pub use throttle::{Throttle, ThrottlePolicy};
