//! Recovery when the user cannot sign in (ACC-10, ACC-11, ACC-12) and the
//! identity-verification request for support. No public body here tells whether an
//! account exists: each answers alike and tells what it found only over the account's
//! own channels.

mod find_login;
pub mod identity;
mod mail;
pub mod new_login;
mod reset;
pub mod store;

use crate::endpoints::Endpoints;

pub fn endpoints(api: &mut Endpoints) {
    api.public(reset::request_reset);
    api.public(reset::check_code);
    api.public(reset::reset_password);
    api.public(find_login::find_login);
    api.public(identity::request_identity_check);
    api.signed_in(new_login::choose_login);
    api.signed_in(new_login::confirm_login);
}
