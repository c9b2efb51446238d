//! Server functions of an organization's security (SEC-7): the organization-wide
//! two-factor requirement and the security alerts managers email to members. Legal
//! representatives and administrators only (`Action::RequireTwoFactor`,
//! `Action::SendSecurityAlert`).

use leptos::prelude::*;
use leptos::server_fn::codec::Json;
use serde::{Deserialize, Serialize};

use crate::error::AppError;

/// At most this many members per alert request (a page of the member list).
pub const MAX_ALERT_RECIPIENTS: usize = 100;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrgSecurity {
    /// Members must have two-factor authentication to work in the organization.
    pub requires_two_factor: bool,
    /// Members without a confirmed second factor (blocked members included).
    pub without_two_factor: u64,
}

/// Whether the organization requires 2FA, and how many members have none.
#[server(endpoint = "org_security/status", input = Json)]
pub async fn org_security_status(org_id: String) -> Result<OrgSecurity, AppError> {
    crate::endpoint::serve(OrgSecurityStatus { org_id }).await
}

/// Turns the organization-wide two-factor requirement on or off (audited).
#[server(endpoint = "org_security/require_two_factor", input = Json)]
pub async fn require_two_factor(org_id: String, required: bool) -> Result<OrgSecurity, AppError> {
    crate::endpoint::serve(RequireTwoFactor { org_id, required }).await
}

/// Emails each named member a security alert about their account's settings (audited,
/// rate-limited per organization); answers how many were sent.
#[server(endpoint = "org_security/send_alert", input = Json)]
pub async fn send_security_alert(org_id: String, user_ids: Vec<String>) -> Result<u64, AppError> {
    crate::endpoint::serve(SendSecurityAlert { org_id, user_ids }).await
}
