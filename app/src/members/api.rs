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
    /// Products the member has been given access to (collaborators, external users).
    pub product_access: u32,
    /// The member has a confirmed second factor (SEC-7: those without are marked); told
    /// to legal representatives and administrators only, `None` for the others.
    #[serde(default)]
    pub two_factor: Option<bool>,
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

/// Which members the list shows besides the search (MEM-7).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MemberStatus {
    /// Members, with the pending invitations above them.
    #[default]
    Any,
    /// Blocked members only (SEC-9).
    Blocked,
    /// Pending invitations only.
    Invited,
    /// Members without a confirmed second factor (SEC-7).
    WithoutTwoFactor,
}

/// Where a page starts: keyset pagination, so the last page costs what the first does.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PageAt {
    #[default]
    First,
    /// The members after this one (a user id), in name order.
    After(String),
    /// The members before this one.
    Before(String),
    Last,
}

/// One page of the member list, with what the client needs to run the same policy
/// checks as the server.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MemberPage {
    pub org_id: String,
    pub org_name: String,
    pub members: Vec<MemberRow>,
    /// Members matching the search and filters, over all pages.
    pub total: u64,
    /// Members lie before this page / after it.
    pub has_previous: bool,
    pub has_next: bool,
    pub per_page: u32,
    /// Legal representatives who are not blocked, in the whole organization (the last
    /// one is protected).
    pub legal_representatives: u32,
    /// The caller's own membership, for `domain::authorize` in the browser.
    pub you: Membership,
    pub your_user_id: String,
    /// Invitations not yet answered (managers only; empty for others).
    pub pending: Vec<PendingInvitation>,
}

/// A page of members in name order: search (each word starts a word of the name or
/// email), role and status filters, keyset paging.
#[server(endpoint = "members/list", input = Json)]
pub async fn list_members(
    org_id: String,
    #[server(default)] search: String,
    #[server(default)] role: Option<Role>,
    #[server(default)] status: MemberStatus,
    #[server(default)] at: PageAt,
) -> Result<MemberPage, AppError> {
    crate::endpoint::serve(ListMembers { org_id, search, role, status, at }).await
}

/// Invites `email` with a role and, for collaborators and external users, billing
/// rights (managers always have them).
#[server(endpoint = "members/invite", input = Json)]
pub async fn invite_member(
    org_id: String,
    email: String,
    role: Role,
    #[server(default)] billing_rights: bool,
    #[server(default)] products: Vec<String>,
) -> Result<PendingInvitation, AppError> {
    crate::endpoint::serve(InviteMember { org_id, email, role, billing_rights, products }).await
}

/// The organization's products a collaborator or an external user may be given
/// (managers only), for the invite dialog.
#[server(endpoint = "members/products", input = Json)]
pub async fn organization_products(org_id: String) -> Result<Vec<ProductChoice>, AppError> {
    crate::endpoint::serve(OrganizationProducts { org_id }).await
}

#[server(endpoint = "members/change_role", input = Json)]
pub async fn change_role(org_id: String, user_id: String, role: Role) -> Result<MemberRow, AppError> {
    crate::endpoint::serve(ChangeRole { org_id, user_id, role }).await
}

/// Removes a member from the organization (MEM-5) after the caller typed their password
/// again; they are told by email. Only a legal representative removes a legal
/// representative, never the last one who is not blocked.
#[server(endpoint = "members/remove", input = Json)]
pub async fn remove_member(org_id: String, user_id: String, password: String) -> Result<(), AppError> {
    crate::endpoint::serve(RemoveMember { org_id, user_id, password }).await
}

/// Blocks a member's access to the organization (SEC-9); they are told by email.
#[server(endpoint = "members/block", input = Json)]
pub async fn block_member(org_id: String, user_id: String) -> Result<MemberRow, AppError> {
    crate::endpoint::serve(BlockMember { org_id, user_id }).await
}

/// Gives a blocked member their access back (SEC-9).
#[server(endpoint = "members/unblock", input = Json)]
pub async fn unblock_member(org_id: String, user_id: String) -> Result<MemberRow, AppError> {
    crate::endpoint::serve(UnblockMember { org_id, user_id }).await
}

/// A product of the organization and whether the member has access to it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProductChoice {
    pub id: String,
    pub name: String,
    pub kind: String,
    pub granted: bool,
}

/// A member's permissions as the permissions dialog shows them (MEM-1).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MemberPermissions {
    pub member: MemberRow,
    /// The organization's products (empty for managers: they manage them all).
    pub products: Vec<ProductChoice>,
}

#[server(endpoint = "members/permissions", input = Json)]
pub async fn member_permissions_of(org_id: String, user_id: String) -> Result<MemberPermissions, AppError> {
    crate::endpoint::serve(MemberPermissionsOf { org_id, user_id }).await
}

/// Sets a member's billing rights, administrative emails and (limited members) product
/// access; the member gets a summary email (MEM-4).
#[server(endpoint = "members/set_permissions", input = Json)]
pub async fn set_permissions(
    org_id: String,
    user_id: String,
    billing_rights: bool,
    admin_emails: domain::membership::AdminEmails,
    #[server(default)] products: Vec<String>,
) -> Result<MemberRow, AppError> {
    crate::endpoint::serve(SetPermissions { org_id, user_id, billing_rights, admin_emails, products }).await
}

/// What a batch action does to each selected member (MEM-7).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum MemberOp {
    ChangeRole { role: Role },
    Block,
    Unblock,
    Remove,
}

/// The outcome of a batch for one member: done, or the reason it was not.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BatchOutcome {
    pub user_id: String,
    pub error: Option<AppError>,
}

/// At most this many members in one batch.
pub const BATCH_MAX: usize = 100;

/// Applies `op` to each selected member, in one transaction: each is checked as a single
/// request would be (the last legal representative stays, MEM-3 holds…); those refused
/// are reported with the reason and the others done. Removing needs the password.
#[server(endpoint = "members/batch", input = Json)]
pub async fn batch_members(
    org_id: String,
    user_ids: Vec<String>,
    op: MemberOp,
    #[server(default)] password: String,
) -> Result<Vec<BatchOutcome>, AppError> {
    crate::endpoint::serve(BatchMembers { org_id, user_ids, op, password }).await
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
