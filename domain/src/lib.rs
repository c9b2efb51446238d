//! Orga's pure rules: the types that can only hold valid values, the permission policy
//! shared by the browser and the server, and the translation catalogue.
//!
//! This crate does no I/O, reads no clock and draws no random numbers: whatever it needs
//! of the world is passed in. It compiles for `wasm32-unknown-unknown` and native alike.

pub mod account_type;
pub mod billing;
pub mod device;
pub mod email;
pub mod embed;
pub mod i18n;
pub mod invoice;
pub mod keys;
pub mod locale;
pub mod membership;
pub mod money;
pub mod names;
pub mod office_suite;
pub mod org_details;
pub mod organization;
pub mod password;
pub mod payments;
pub mod policy;
pub mod product;
pub mod profile;
pub mod recovery;
pub mod renewal;
pub mod role;
pub mod security_event;
pub mod shop;
pub mod text;
pub mod throttle;
pub mod two_factor;

pub use account_type::AccountType;
pub use email::{Email, EmailError};
pub use i18n::{Lang, Msg, Plural};
pub use locale::Locale;
pub use membership::Membership;
pub use money::Money;
pub use names::{NameError, OrgName, PersonName};
pub use organization::{currency_for, Country, Currency};
pub use password::{Password, PasswordError, PasswordVerdict};
pub use policy::{authorize, Action, Denied};
pub use product::{Category, ProductKind, ProductStatus};
pub use role::Role;
pub use security_event::SecurityEvent;
pub use text::TextError;
pub use throttle::{Throttle, ThrottlePolicy};
