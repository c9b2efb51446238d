//! The product's features, one folder each: the bodies of that feature's server
//! functions (declared in `app/src/<feature>/api.rs`), its rules applied, and its SQL in
//! `store.rs` with typed rows. A feature registers its own bodies in `endpoints()`;
//! this list names features, not endpoints.

pub mod accounts;
pub mod activity;
pub mod app_passwords;
pub mod audit;
pub mod billing;
pub mod devmail;
pub mod integrations;
pub mod invitations;
pub mod members;
pub mod org_security;
pub mod organizations;
pub mod products;
pub mod profile;
pub mod recovery;
pub mod renewals;
pub mod security;
pub mod security_keys;
pub mod settings;
pub mod shop;

use crate::endpoints::Endpoints;

pub fn endpoints(api: &mut Endpoints) {
    accounts::endpoints(api);
    organizations::endpoints(api);
    members::endpoints(api);
    invitations::endpoints(api);
    profile::endpoints(api);
    security::endpoints(api);
    settings::endpoints(api);
    devmail::endpoints(api);
    audit::endpoints(api);
    security_keys::endpoints(api);
    app_passwords::endpoints(api);
    activity::endpoints(api);
    org_security::endpoints(api);
    recovery::endpoints(api);
    billing::endpoints(api);
    products::endpoints(api);
    renewals::endpoints(api);
    shop::endpoints(api);
    integrations::endpoints(api);
}
