//! Server functions on app passwords (SEC-4): for sync tools and scripts, which send them
//! with HTTP Basic (`login email : app password`) to the API. Created once two-factor
//! authentication is on, shown once, listed with their last use, revoked.

use leptos::prelude::*;
use leptos::server_fn::codec::Json;
use serde::{Deserialize, Serialize};

use crate::error::AppError;

/// An app password as listed: never its value.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AppPassword {
    pub id: String,
    pub name: String,
    /// Unix milliseconds.
    pub created_at: i64,
    pub last_used_at: Option<i64>,
}

/// A new app password and its value, shown this once.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewAppPassword {
    pub app_password: AppPassword,
    /// Four groups of four letters (`abcd efgh ijkl mnop`).
    pub password: String,
}

/// Creates an app password (needs two-factor authentication on and a recent
/// re-authentication).
#[server(endpoint = "app_passwords/create", input = Json)]
pub async fn create_app_password(name: String) -> Result<NewAppPassword, AppError> {
    crate::endpoint::serve(CreateAppPassword { name }).await
}

#[server(endpoint = "app_passwords/list", input = Json)]
pub async fn list_app_passwords() -> Result<Vec<AppPassword>, AppError> {
    crate::endpoint::serve(ListAppPasswords {}).await
}

#[server(endpoint = "app_passwords/revoke", input = Json)]
pub async fn revoke_app_password(id: String) -> Result<(), AppError> {
    crate::endpoint::serve(RevokeAppPassword { id }).await
}
