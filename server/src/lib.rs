//! Orga's server: a thin axum application that serves the built client, answers the
//! server functions declared in `app` (their bodies are in [`features`]), keeps sessions
//! and data in SQLite or PostgreSQL, and delivers email through a durable outbox.
//!
//! Platform modules (this level) know nothing of features; features use them.

pub mod clock;
pub mod config;
pub mod db;
pub mod demo;
pub mod endpoints;
pub mod error;
pub mod features;
pub mod housekeeping;
pub mod http;
pub mod metrics;
pub mod openapi;
pub mod operator;
pub mod outbox;
pub mod partner_demo;
pub mod scheduler;

mod audit;
mod basic_auth;
mod bearer;
mod caller;
mod context;
mod ids;
mod language_tables;
mod mail;
mod org_access;
pub mod passwords;
pub mod reauth;
pub mod sealing;
mod security_log;
mod sessions;
mod signals;
pub mod sms;
mod state;
mod throttles;

pub use state::AppState;
