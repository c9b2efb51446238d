//! Integration tests over HTTP: each starts the real server on a random port with a
//! fresh database — SQLite by default, PostgreSQL when TEST_DATABASE_URL is set.

mod helpers;

mod accounts;
mod activity;
mod audit;
mod concurrency;
mod cross_site;
mod embed;
mod endpoints;
mod invitations;
mod invoices;
mod isolation;
mod keys;
mod languages;
mod load;
mod member_admin;
mod members;
mod members_matrix;
mod membership_fuzz;
mod observability;
mod org_two_factor;
mod organizations;
mod outbox;
mod payments;
mod processes;
mod products;
mod profile;
mod reauthentication;
mod recovery;
mod renewals;
mod security;
mod settings;
mod shop;
mod sms;
mod two_factor;
