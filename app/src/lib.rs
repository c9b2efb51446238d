//! Orga's client: the Leptos console compiled to WebAssembly, grouped by feature. Each
//! feature folder holds its pages and, in `api.rs`, the declarations of the server
//! functions it calls (their bodies live in the `server` crate, behind [`backend`]).

pub mod auth;
pub mod devmail;
pub mod error;
pub mod home;
pub mod i18n;
pub mod invitations;
pub mod members;
pub mod organizations;
pub mod profile;
pub mod session;
pub mod shell;

#[cfg(feature = "ssr")]
pub mod backend;

mod app;
pub use app::App;
pub use error::AppError;
