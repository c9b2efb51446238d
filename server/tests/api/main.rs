//! Integration tests over HTTP: each starts the real server on a random port with a
//! fresh database — SQLite by default, PostgreSQL when TEST_DATABASE_URL is set.

mod helpers;

mod accounts;
mod audit;
mod concurrency;
mod cross_site;
mod endpoints;
mod invitations;
mod isolation;
mod member_admin;
mod members;
mod members_matrix;
mod organizations;
mod outbox;
mod profile;
mod reauthentication;
mod security;
mod settings;
mod sms;
