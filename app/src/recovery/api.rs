//! Server functions of recovery (ACC-10, ACC-11, ACC-12). Every public one answers the
//! same whether or not an account matches: what it found is told only over the
//! account's own channels (its mailboxes, its phone). Endpoints are stable: see docs/API.md.

use domain::recovery::{Channel, Lost};
use leptos::prelude::*;
use leptos::server_fn::codec::Json;
use serde::{Deserialize, Serialize};

use crate::error::AppError;
use crate::session::Me;

/// The answer to a reset request: an opaque reference, random for every request, under
/// which a code sent by SMS is checked (it names nothing when no code was sent).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ResetRequested {
    pub request_id: String,
}

/// A right code buys a reset ticket: the same secret an emailed link carries.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ResetTicket {
    pub token: String,
}

/// What the identity-verification form sends (its document in base64, like a logo).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct IdentityCheckInput {
    pub first_name: String,
    pub last_name: String,
    pub contact_email: String,
    /// The login email of the account, if the person knows it.
    #[serde(default)]
    pub account_email: Option<String>,
    pub lost: Lost,
    #[serde(default)]
    pub details: String,
    pub document_base64: String,
    pub lang: domain::Lang,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct IdentityCheckReceived {
    /// What the person quotes to support and finds in the emails.
    pub reference: String,
}

/// ACC-10: sends a reset link (email) or a code (SMS) for the login `email`.
#[server(endpoint = "recovery/request_reset", input = Json)]
pub async fn request_reset(email: String, channel: Channel) -> Result<ResetRequested, AppError> {
    crate::endpoint::serve(RequestReset { email, channel }).await
}

/// ACC-10: the code received by SMS for `request_id`; at most five tries.
#[server(endpoint = "recovery/check_code", input = Json)]
pub async fn check_code(request_id: String, code: String) -> Result<ResetTicket, AppError> {
    crate::endpoint::serve(CheckCode { request_id, code }).await
}

/// ACC-10: sets the new password with the emailed (or code-bought) token; every session
/// of the account ends.
#[server(endpoint = "recovery/reset_password", input = Json)]
pub async fn reset_password(token: String, password: String) -> Result<(), AppError> {
    crate::endpoint::serve(ResetPassword { token, password }).await
}

/// ACC-11: sends the login email over the recovery channel of the account whose
/// recovery phone is `phone` (and recovery email `recovery_email`, when given).
#[server(endpoint = "recovery/find_login", input = Json)]
pub async fn find_login(country: String, phone: String, recovery_email: Option<String>) -> Result<(), AppError> {
    crate::endpoint::serve(FindLogin { country, phone, recovery_email }).await
}

/// The last resort: an identity-verification request for support (body up to 5 MB).
#[server(endpoint = "recovery/request_identity_check", input = Json)]
pub async fn request_identity_check(input: IdentityCheckInput) -> Result<IdentityCheckReceived, AppError> {
    crate::endpoint::serve(RequestIdentityCheck { input }).await
}

/// ACC-12: signed in with a temporary username, the user names a new login email; a
/// link is sent to it.
#[server(endpoint = "recovery/choose_login", input = Json)]
pub async fn choose_login(email: String) -> Result<(), AppError> {
    crate::endpoint::serve(ChooseLogin { email }).await
}

/// ACC-12: the link sent to the new login email, opened in the signed-in browser.
#[server(endpoint = "recovery/confirm_login", input = Json)]
pub async fn confirm_login(token: String) -> Result<Me, AppError> {
    crate::endpoint::serve(ConfirmLogin { token }).await
}
