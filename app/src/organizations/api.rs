//! Server functions on the user's organizations.

use leptos::prelude::*;
use leptos::server_fn::codec::Json;

use crate::error::AppError;
use crate::session::Me;

/// Makes `org_id` the organization the console works in, without a new sign-in.
#[server(endpoint = "organizations/switch", input = Json)]
pub async fn switch_organization(org_id: String) -> Result<Me, AppError> {
    crate::endpoint::serve(SwitchOrganization { org_id }).await
}
