//! Server functions of sign-up and sign-in. Endpoints are stable: see docs/API.md.

use domain::{AccountType, Lang};
use leptos::prelude::*;
use leptos::server_fn::codec::Json;
use serde::{Deserialize, Serialize};

use crate::error::AppError;
use crate::session::Me;

/// What a sign-up form sends.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SignUpInput {
    pub email: String,
    pub password: String,
    pub first_name: String,
    pub last_name: String,
    pub account_type: AccountType,
    /// Required for every account type but `individual`.
    pub organization_name: Option<String>,
    pub lang: Lang,
    /// ISO code of the country (`CH`); required without an invitation: the new
    /// organization is invoiced in its currency (ORG-4).
    #[serde(default)]
    pub country: Option<String>,
    /// The token of the invitation link the person followed, if any.
    pub invitation: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum SignUpOutcome {
    /// A confirmation link was sent; the same answer whether or not the address already
    /// had an account, so sign-up reveals nothing.
    CheckYourEmail { email: String },
    /// Signed up from an invitation: the link already proved the address.
    SignedIn { me: Me },
}

#[server(endpoint = "auth/me", input = Json)]
pub async fn current_user() -> Result<Option<Me>, AppError> {
    crate::endpoint::serve(CurrentUser {}).await
}

#[server(endpoint = "auth/sign_up", input = Json)]
pub async fn sign_up(input: SignUpInput) -> Result<SignUpOutcome, AppError> {
    crate::endpoint::serve(SignUp { input }).await
}

/// Confirms the address of a new account: the emailed token and the account's password.
#[server(endpoint = "auth/verify_email", input = Json)]
pub async fn verify_email(token: String, password: String) -> Result<Me, AppError> {
    crate::endpoint::serve(VerifyEmail { token, password }).await
}

pub use domain::two_factor::Method;

/// What a right password leads to.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum SignInOutcome {
    /// No second factor set up: the session is open.
    SignedIn { me: Me },
    /// Two-factor authentication is on: no session yet. A pending sign-in (its own
    /// short-lived cookie, 10 minutes) waits for one of `methods` through
    /// `auth/second_factor` (or `auth/request_push` then `auth/push_status`).
    SecondFactor {
        /// In the order to propose them; `default` is the first.
        methods: Vec<Method>,
        default: Method,
        /// The end of the SMS phone's number (`•• 67`), when SMS is among the methods.
        phone_hint: Option<String>,
    },
}

#[server(endpoint = "auth/sign_in", input = Json)]
pub async fn sign_in(email: String, password: String, session_only: bool) -> Result<SignInOutcome, AppError> {
    crate::endpoint::serve(SignIn { email, password, session_only }).await
}

/// Completes the pending sign-in with a code: `totp` (the authenticator app's six
/// digits), `sms` (the code sent by `auth/send_sign_in_sms`) or `backup_code`. Five wrong
/// codes end the pending sign-in.
#[server(endpoint = "auth/second_factor", input = Json)]
pub async fn second_factor(method: Method, code: String) -> Result<Me, AppError> {
    crate::endpoint::serve(SecondFactor { method, code }).await
}

/// Sends a sign-in code by SMS to the account's verified phone (resending is limited).
#[server(endpoint = "auth/send_sign_in_sms", input = Json)]
pub async fn send_sign_in_sms() -> Result<(), AppError> {
    crate::endpoint::serve(SendSignInSms {}).await
}

/// Asks the account's other signed-in sessions to approve the pending sign-in.
#[server(endpoint = "auth/request_push", input = Json)]
pub async fn request_push() -> Result<(), AppError> {
    crate::endpoint::serve(RequestPush {}).await
}

/// Where a push approval request stands.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum PushAnswer {
    /// Nobody answered yet: ask again in a few seconds.
    Waiting,
    /// Approved: the session is open.
    SignedIn { me: Me },
    /// Denied from the other device: the pending sign-in is over.
    Denied,
    /// Not answered within 2 minutes: ask again or use another method.
    Expired,
}

/// The answer to the pending sign-in's push request (polled by the waiting page).
#[server(endpoint = "auth/push_status", input = Json)]
pub async fn push_status() -> Result<PushAnswer, AppError> {
    crate::endpoint::serve(PushStatus {}).await
}

#[server(endpoint = "auth/sign_out", input = Json)]
pub async fn sign_out() -> Result<(), AppError> {
    crate::endpoint::serve(SignOut {}).await
}

/// The server's opinion of a password being typed (ACC-5): strength and refusal, with
/// the full policy (common and breached passwords), which the browser does not ship.
#[server(endpoint = "auth/check_password", input = Json)]
pub async fn check_password(
    password: String,
    email: Option<String>,
    first_name: Option<String>,
    last_name: Option<String>,
) -> Result<domain::PasswordVerdict, AppError> {
    crate::endpoint::serve(CheckPassword { password, email, first_name, last_name }).await
}

/// Confirms it is still the account's owner before a sensitive change: the password, or
/// a code of a second factor (one of the two). The session then counts as
/// re-authenticated for 10 minutes.
#[server(endpoint = "auth/reauthenticate", input = Json)]
pub async fn reauthenticate(password: Option<String>, code: Option<String>) -> Result<(), AppError> {
    crate::endpoint::serve(Reauthenticate { password, code }).await
}
