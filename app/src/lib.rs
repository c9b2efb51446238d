//! Orga's client: the Leptos console compiled to WebAssembly, grouped by feature. Each
//! feature folder holds its pages and, in `api.rs`, the declarations of the server
//! functions it calls with the types they exchange.
//!
//! Two builds share this crate. With the `ui` feature (the browser build, through
//! `csr`), everything. Without it (the server's build, `ssr`), only the contract: the
//! `api.rs` modules, [`error`], the session's wire types and [`endpoint`], the seam
//! where the server plugs in the bodies — no component is compiled into the server.

pub mod auth;
pub mod devmail;
pub mod error;
pub mod invitations;
pub mod members;
pub mod organizations;
pub mod profile;
pub mod session;

#[cfg(feature = "ssr")]
pub mod endpoint;

#[cfg(feature = "ui")]
mod app;
#[cfg(feature = "ui")]
pub mod home;
#[cfg(feature = "ui")]
pub mod i18n;
#[cfg(feature = "ui")]
pub mod shell;

#[cfg(feature = "ui")]
pub use app::App;
pub use error::AppError;
