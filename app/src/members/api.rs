//! Server functions on an organization's members. Every one names the organization
//! explicitly; the server checks the caller's membership in it through `domain::policy`.

use domain::{Membership, Role};
use leptos::prelude::*;
use leptos::server_fn::codec::Json;
use serde::{Deserialize, Serialize};

use crate::error::AppError;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MemberRow {
    pub user_id: String,
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    pub membership: Membership,
}

impl MemberRow {
    pub fn full_name(&self) -> String {
        format!("{} {}", self.first_name, self.last_name)
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PendingInvitation {
    pub id: String,
    pub email: String,
    pub role: Role,
    /// Unix milliseconds.
    pub expires_at: i64,
}

/// One page of the member list, with what the client needs to run the same policy
/// checks as the server.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MemberPage {
    pub org_id: String,
    pub org_name: String,
    pub members: Vec<MemberRow>,
    /// Members matching the search, over all pages.
    pub total: u64,
    pub page: u32,
    pub per_page: u32,
    /// Legal representatives in the whole organization (the last one is protected).
    pub legal_representatives: u32,
    /// The caller's own membership, for `domain::authorize` in the browser.
    pub you: Membership,
    pub your_user_id: String,
    /// Invitations not yet answered (managers only; empty for others).
    pub pending: Vec<PendingInvitation>,
}

impl MemberPage {
    pub fn pages(&self) -> u32 {
        (self.total.div_ceil(u64::from(self.per_page.max(1))) as u32).max(1)
    }
}

#[server(endpoint = "members/list", input = Json)]
pub async fn list_members(org_id: String, search: String, page: u32) -> Result<MemberPage, AppError> {
    crate::endpoint::serve(ListMembers { org_id, search, page }).await
}

#[server(endpoint = "members/invite", input = Json)]
pub async fn invite_member(org_id: String, email: String, role: Role) -> Result<PendingInvitation, AppError> {
    crate::endpoint::serve(InviteMember { org_id, email, role }).await
}

#[server(endpoint = "members/change_role", input = Json)]
pub async fn change_role(org_id: String, user_id: String, role: Role) -> Result<MemberRow, AppError> {
    crate::endpoint::serve(ChangeRole { org_id, user_id, role }).await
}

/// Removes a member from the organization (MEM-5); they are told by email. Only a legal
/// representative removes a legal representative, never the last one.
#[server(endpoint = "members/remove", input = Json)]
pub async fn remove_member(org_id: String, user_id: String) -> Result<(), AppError> {
    crate::endpoint::serve(RemoveMember { org_id, user_id }).await
}

/// Sends the invitation again with a fresh link; the previous link stops working.
#[server(endpoint = "members/resend_invitation", input = Json)]
pub async fn resend_invitation(org_id: String, invitation_id: String) -> Result<PendingInvitation, AppError> {
    crate::endpoint::serve(ResendInvitation { org_id, invitation_id }).await
}

/// Withdraws a pending invitation; its link stops working.
#[server(endpoint = "members/revoke_invitation", input = Json)]
pub async fn revoke_invitation(org_id: String, invitation_id: String) -> Result<(), AppError> {
    crate::endpoint::serve(RevokeInvitation { org_id, invitation_id }).await
}
