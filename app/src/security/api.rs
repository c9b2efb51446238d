//! Server functions of the security page (SEC-1…3): the two-factor methods, backup
//! codes, turning 2FA off, and approving a sign-in from another device. Changes need the
//! session to have proved its owner in the last 10 minutes (`reauthentication_required`
//! otherwise: the shell's dialog asks for the password or a code, then retries).

use domain::org_details::Country;
use domain::two_factor::Method;
use leptos::prelude::*;
use leptos::server_fn::codec::Json;
use serde::{Deserialize, Serialize};

use crate::error::AppError;

/// One confirmed method of the account.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Factor {
    pub id: String,
    pub method: Method,
    /// What the person knows it by: the app's name, the phone's end (`•• 67`), the key's name.
    pub label: String,
    /// Unix ms.
    pub created_at: i64,
    pub last_used_at: Option<i64>,
}

/// What the security page shows.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SecurityOverview {
    pub factors: Vec<Factor>,
    pub backup_codes_left: u32,
}

impl SecurityOverview {
    pub fn two_factor_on(&self) -> bool {
        !self.factors.is_empty()
    }
}

/// A new authenticator-app secret, to confirm with a first code.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TotpSetup {
    pub factor_id: String,
    /// The secret in base32, for typing into the app.
    pub secret: String,
    /// The `otpauth://` address the QR code holds.
    pub otpauth_url: String,
    /// The QR code as an SVG image.
    pub qr_svg: String,
}

/// A factor confirmed; the backup codes when this turned two-factor authentication on
/// (shown once).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FactorConfirmed {
    pub backup_codes: Option<Vec<String>>,
}

/// A phone being added: a code was sent to it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SmsSetup {
    pub factor_id: String,
    /// The number in E.164.
    pub phone: String,
}

/// A sign-in that waits for approval from one of the person's other sessions.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PendingApproval {
    pub id: String,
    pub ip: Option<String>,
    pub user_agent: Option<String>,
    /// When the password was typed (Unix ms).
    pub at: i64,
}

#[server(endpoint = "security/overview", input = Json)]
pub async fn overview() -> Result<SecurityOverview, AppError> {
    crate::endpoint::serve(Overview {}).await
}

/// Starts setting up an authenticator app (an unconfirmed secret, replaced by a later start).
#[server(endpoint = "security/start_totp", input = Json)]
pub async fn start_totp() -> Result<TotpSetup, AppError> {
    crate::endpoint::serve(StartTotp {}).await
}

#[server(endpoint = "security/confirm_totp", input = Json)]
pub async fn confirm_totp(factor_id: String, code: String) -> Result<FactorConfirmed, AppError> {
    crate::endpoint::serve(ConfirmTotp { factor_id, code }).await
}

/// Starts adding a phone for SMS codes (CH, FR, BE, DE numbers): a code is sent to it.
#[server(endpoint = "security/add_sms", input = Json)]
pub async fn add_sms(country: Country, phone: String) -> Result<SmsSetup, AppError> {
    crate::endpoint::serve(AddSms { country, phone }).await
}

#[server(endpoint = "security/confirm_sms", input = Json)]
pub async fn confirm_sms(factor_id: String, code: String) -> Result<FactorConfirmed, AppError> {
    crate::endpoint::serve(ConfirmSms { factor_id, code }).await
}

/// Removes one method; removing the last one turns two-factor authentication off.
#[server(endpoint = "security/remove_factor", input = Json)]
pub async fn remove_factor(factor_id: String) -> Result<(), AppError> {
    crate::endpoint::serve(RemoveFactor { factor_id }).await
}

/// Ten new backup codes replacing the old ones, shown once.
#[server(endpoint = "security/regenerate_backup_codes", input = Json)]
pub async fn regenerate_backup_codes() -> Result<Vec<String>, AppError> {
    crate::endpoint::serve(RegenerateBackupCodes {}).await
}

/// Turns two-factor authentication off (SEC-3): every method and backup code goes.
#[server(endpoint = "security/disable", input = Json)]
pub async fn disable(password: String) -> Result<(), AppError> {
    crate::endpoint::serve(Disable { password }).await
}

/// Sign-ins that wait for this person's approval (asked by every other session now and then).
#[server(endpoint = "security/pending_approvals", input = Json)]
pub async fn pending_approvals() -> Result<Vec<PendingApproval>, AppError> {
    crate::endpoint::serve(PendingApprovals {}).await
}

#[server(endpoint = "security/decide_push", input = Json)]
pub async fn decide_push(id: String, approve: bool) -> Result<(), AppError> {
    crate::endpoint::serve(DecidePush { id, approve }).await
}
