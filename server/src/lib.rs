//! Orga's server: a thin axum application that serves the built client, answers the
//! server functions declared in `app` (their bodies are in [`backend`]), keeps sessions
//! and data in SQLite or PostgreSQL, and delivers email through a durable outbox.

pub mod config;
pub mod db;
pub mod demo;
pub mod http;
pub mod outbox;

mod accounts;
mod audit;
mod backend;
mod confirmation;
mod failure;
mod ids;
mod invitations;
mod mail;
mod member_invitations;
mod members;
mod organizations;
mod passwords;
mod request;
mod sessions;
mod sign_up;
mod state;
mod throttles;

pub use state::AppState;
