//! The signed-in user's recent activity and sessions (SEC-6).

pub mod api;
