//! Server functions of partner integrations (EMB-1, EMB-2): an organization's API keys
//! and embedding origins, managed in the console by legal representatives and
//! administrators; the widget token a partner's backend mints with an API key; and
//! what a widget learns of the token it holds.

use domain::embed::Widget;
use domain::{Lang, Role};
use leptos::prelude::*;
use leptos::server_fn::codec::Json;
use serde::{Deserialize, Serialize};

use crate::error::AppError;

/// An API key as listed: never its value, only the first characters to recognize it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApiKey {
    pub id: String,
    pub name: String,
    /// `orga_key_` and the key's first four characters.
    pub prefix: String,
    /// The name of the member who created it (the key acts as them).
    pub created_by: String,
    /// Unix milliseconds.
    pub created_at: i64,
    pub last_used_at: Option<i64>,
    pub revoked_at: Option<i64>,
}

/// A new API key and its value, shown this once.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewApiKey {
    pub api_key: ApiKey,
    pub key: String,
}

/// The organization's API keys, newest first (revoked ones too, with when).
#[server(endpoint = "api_keys/list", input = Json)]
pub async fn list_api_keys(org_id: String) -> Result<Vec<ApiKey>, AppError> {
    crate::endpoint::serve(ListApiKeys { org_id }).await
}

/// Creates an API key acting as the caller in this organization (needs a recent
/// re-authentication).
#[server(endpoint = "api_keys/create", input = Json)]
pub async fn create_api_key(org_id: String, name: String) -> Result<NewApiKey, AppError> {
    crate::endpoint::serve(CreateApiKey { org_id, name }).await
}

/// Revokes a key and every token it minted, at once.
#[server(endpoint = "api_keys/revoke", input = Json)]
pub async fn revoke_api_key(org_id: String, key_id: String) -> Result<(), AppError> {
    crate::endpoint::serve(RevokeApiKey { org_id, key_id }).await
}

/// The origins allowed to frame the organization's widgets, sorted.
#[server(endpoint = "embed/origins", input = Json)]
pub async fn list_origins(org_id: String) -> Result<Vec<String>, AppError> {
    crate::endpoint::serve(ListOrigins { org_id }).await
}

#[server(endpoint = "embed/add_origin", input = Json)]
pub async fn add_origin(org_id: String, origin: String) -> Result<Vec<String>, AppError> {
    crate::endpoint::serve(AddOrigin { org_id, origin }).await
}

#[server(endpoint = "embed/remove_origin", input = Json)]
pub async fn remove_origin(org_id: String, origin: String) -> Result<Vec<String>, AppError> {
    crate::endpoint::serve(RemoveOrigin { org_id, origin }).await
}

/// A widget token, as the partner's backend receives it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MintedToken {
    /// `orga_wt_…`: send it as `Authorization: Bearer`.
    pub token: String,
    /// Unix milliseconds.
    pub expires_at: i64,
    pub org_id: String,
    pub user_id: String,
    pub widgets: Vec<Widget>,
    /// The strongest role the widget acts with: the user's own, never above this.
    pub max_role: Role,
}

/// Called by a partner's backend with `Authorization: Bearer <API key>`: a token for
/// the member with login `email` in the key's organization, for `widgets`, living
/// `lifetime_seconds` (60…3600, default 600), acting at most as `max_role` (default and
/// ceiling: the key's creator's role).
#[server(endpoint = "embed/mint_token", input = Json)]
pub async fn mint_token(
    email: String,
    widgets: Vec<String>,
    #[server(default)] lifetime_seconds: Option<u32>,
    #[server(default)] max_role: Option<Role>,
) -> Result<MintedToken, AppError> {
    crate::endpoint::serve(MintToken { email, widgets, lifetime_seconds, max_role }).await
}

/// What a widget knows of the token it holds.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WidgetSession {
    pub user_id: String,
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    pub lang: Lang,
    pub org_id: String,
    pub org_name: String,
    pub widgets: Vec<Widget>,
    /// The role the widget acts with (the member's own, capped by the token).
    pub role: Role,
    pub expires_at: i64,
}

/// The token's user, organization and scope (widget tokens only).
#[server(endpoint = "embed/session", input = Json)]
pub async fn get_widget_session() -> Result<WidgetSession, AppError> {
    crate::endpoint::serve(GetWidgetSession {}).await
}
