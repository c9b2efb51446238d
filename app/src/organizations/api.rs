//! Server functions on the user's organizations.

use leptos::prelude::*;
use leptos::server_fn::codec::Json;

use domain::organization::{Currency, DeletionBlocker};
use domain::{AccountType, Denied, Membership};
use serde::{Deserialize, Serialize};

use crate::error::AppError;
use crate::session::Me;

/// Makes `org_id` the organization the console works in, without a new sign-in.
#[server(endpoint = "organizations/switch", input = Json)]
pub async fn switch_organization(org_id: String) -> Result<Me, AppError> {
    crate::endpoint::serve(SwitchOrganization { org_id }).await
}

/// One of the user's organizations as "My organizations" lists it (ORG-1), with every
/// reason that keeps them from leaving it now (ORG-6), from `domain::leave_refusals`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MyOrganization {
    pub id: String,
    pub name: String,
    pub membership: Membership,
    /// The names of its legal representatives who are not blocked.
    pub legal_representatives: Vec<String>,
    pub leave_refusals: Vec<Denied>,
}

/// Every organization of the signed-in user, by name.
#[server(endpoint = "organizations/mine", input = Json)]
pub async fn my_organizations() -> Result<Vec<MyOrganization>, AppError> {
    crate::endpoint::serve(MyOrganizations {}).await
}

/// Creates an organization whose legal representative is the caller (ORG-2); it becomes
/// the current one. The currency follows from the country (`domain::currency_for`).
#[server(endpoint = "organizations/create", input = Json)]
pub async fn create_organization(name: String, kind: AccountType, country: String) -> Result<Me, AppError> {
    crate::endpoint::serve(CreateOrganization { name, kind, country }).await
}

/// Leaves an organization (ORG-6); the session moves to another one, if any.
#[server(endpoint = "organizations/leave", input = Json)]
pub async fn leave_organization(org_id: String) -> Result<Me, AppError> {
    crate::endpoint::serve(LeaveOrganization { org_id }).await
}

/// What deleting an organization would need (ORG-7): every unmet condition.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DeletionCheck {
    pub org_name: String,
    pub currency: Currency,
    pub blockers: Vec<DeletionBlocker>,
    pub paid_invoices: u64,
}

#[server(endpoint = "organizations/deletion_check", input = Json)]
pub async fn check_deletion(org_id: String) -> Result<DeletionCheck, AppError> {
    crate::endpoint::serve(CheckDeletion { org_id }).await
}

/// Deletes an organization once nothing blocks it (ORG-7), after the caller's password;
/// `email_invoices` sends them the list of its paid invoices.
#[server(endpoint = "organizations/delete", input = Json)]
pub async fn delete_organization(org_id: String, password: String, email_invoices: bool) -> Result<Me, AppError> {
    crate::endpoint::serve(DeleteOrganization { org_id, password, email_invoices }).await
}
