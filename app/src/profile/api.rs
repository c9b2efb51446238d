//! Server functions of "Manage my profile" (ACC-4…9, ACC-13). Endpoints are stable: see
//! docs/API.md.

use domain::profile::NewsletterTopic;
use domain::Lang;
use leptos::prelude::*;
use leptos::server_fn::codec::Json;
use serde::{Deserialize, Serialize};

use crate::error::AppError;

/// What the profile page shows beyond `Me`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Profile {
    pub email: String,
    /// A new login email whose link was sent and not opened yet.
    pub pending_login: Option<String>,
    pub recovery_email: Option<RecoveryChannel>,
    pub recovery_phone: Option<RecoveryChannel>,
    pub country: Option<String>,
    pub time_zone: Option<String>,
    pub newsletter: Vec<NewsletterTopic>,
    /// The organizations that hold the account's closing back (ACC-13), by name.
    pub closure_blockers: Vec<String>,
}

/// A recovery email or phone (E.164), verified or waiting for its confirmation.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RecoveryChannel {
    pub address: String,
    pub verified: bool,
}

#[server(endpoint = "profile/get", input = Json)]
pub async fn get_profile() -> Result<Profile, AppError> {
    crate::endpoint::serve(GetProfile {}).await
}

/// Remembers the user's language: the console and every email follow it.
#[server(endpoint = "profile/set_language", input = Json)]
pub async fn set_language(lang: Lang) -> Result<(), AppError> {
    crate::endpoint::serve(SetLanguage { lang }).await
}

/// Country (ISO code) and IANA time zone; `None` or empty clears one (ACC-8).
#[server(endpoint = "profile/set_region", input = Json)]
pub async fn set_region(country: Option<String>, time_zone: Option<String>) -> Result<(), AppError> {
    crate::endpoint::serve(SetRegion { country, time_zone }).await
}

/// Subscribes to or unsubscribes from one newsletter topic; answers every topic now on.
#[server(endpoint = "profile/set_newsletter", input = Json)]
pub async fn set_newsletter(topic: NewsletterTopic, subscribed: bool) -> Result<Vec<NewsletterTopic>, AppError> {
    crate::endpoint::serve(SetNewsletter { topic, subscribed }).await
}

/// ACC-4: sends a link to `new_email`; the login changes when it is opened. The same
/// answer whether or not the address can be used.
#[server(endpoint = "profile/change_login_email", input = Json)]
pub async fn change_login_email(new_email: String, password: String) -> Result<(), AppError> {
    crate::endpoint::serve(ChangeLoginEmail { new_email, password }).await
}

/// ACC-4: the link's token; answers the new login email.
#[server(endpoint = "profile/confirm_login_email", input = Json)]
pub async fn confirm_login_email(token: String) -> Result<String, AppError> {
    crate::endpoint::serve(ConfirmLoginEmail { token }).await
}

/// ACC-5: the current password and the new one.
#[server(endpoint = "profile/change_password", input = Json)]
pub async fn change_password(current_password: String, new_password: String) -> Result<(), AppError> {
    crate::endpoint::serve(ChangePassword { current_password, new_password }).await
}

/// Ends every session of the account but this one; answers how many ended.
#[server(endpoint = "profile/sign_out_other_sessions", input = Json)]
pub async fn sign_out_other_sessions() -> Result<u64, AppError> {
    crate::endpoint::serve(SignOutOtherSessions {}).await
}

/// ACC-6: sets or replaces the recovery email; it is unverified until its link is opened.
#[server(endpoint = "profile/set_recovery_email", input = Json)]
pub async fn set_recovery_email(email: String, password: String) -> Result<(), AppError> {
    crate::endpoint::serve(SetRecoveryEmail { email, password }).await
}

/// ACC-6: the link's token; answers the confirmed address.
#[server(endpoint = "profile/confirm_recovery_email", input = Json)]
pub async fn confirm_recovery_email(token: String) -> Result<String, AppError> {
    crate::endpoint::serve(ConfirmRecoveryEmail { token }).await
}

#[server(endpoint = "profile/remove_recovery_email", input = Json)]
pub async fn remove_recovery_email(password: String) -> Result<(), AppError> {
    crate::endpoint::serve(RemoveRecoveryEmail { password }).await
}

/// ACC-7: sends a 6-digit code by SMS to the number (country code `CH`… and national or
/// international number); answers the number in E.164.
#[server(endpoint = "profile/send_phone_code", input = Json)]
pub async fn send_phone_code(country: String, number: String, password: String) -> Result<String, AppError> {
    crate::endpoint::serve(SendPhoneCode { country, number, password }).await
}

/// ACC-7: the code received; the number becomes the recovery phone.
#[server(endpoint = "profile/verify_phone", input = Json)]
pub async fn verify_phone(code: String) -> Result<String, AppError> {
    crate::endpoint::serve(VerifyPhone { code }).await
}

#[server(endpoint = "profile/remove_recovery_phone", input = Json)]
pub async fn remove_recovery_phone(password: String) -> Result<(), AppError> {
    crate::endpoint::serve(RemoveRecoveryPhone { password }).await
}

/// ACC-13: the password and the login email typed again.
#[server(endpoint = "profile/close_account", input = Json)]
pub async fn close_account(password: String, confirmation: String) -> Result<(), AppError> {
    crate::endpoint::serve(CloseAccount { password, confirmation }).await
}
