//! The user's own profile: login email and language (ACC-3, ACC-8).

pub mod api;
mod page;

pub use page::ProfilePage;
