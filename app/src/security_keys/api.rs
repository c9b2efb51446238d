//! Server functions on security keys (WebAuthn, SEC-1, SEC-2): register (two steps: the
//! server's challenge, then the browser's answer), list, rename, remove, and the
//! sign-in's second step with a key.
//!
//! The WebAuthn options and answers travel as JSON text in the WebAuthn JSON
//! serialization (binary fields base64url): the browser turns them into
//! `navigator.credentials` calls and back; the client needs no WebAuthn types of its own.

use leptos::prelude::*;
use leptos::server_fn::codec::Json;
use serde::{Deserialize, Serialize};

use crate::error::AppError;

/// A security key of the signed-in user.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SecurityKey {
    pub id: String,
    pub name: String,
    /// Unix milliseconds.
    pub created_at: i64,
    pub last_used_at: Option<i64>,
}

/// A key just registered; the backup codes when it turned two-factor authentication on
/// (shown once).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeyAdded {
    pub key: SecurityKey,
    pub backup_codes: Option<Vec<String>>,
}

/// A WebAuthn ceremony the server started: its id and the options for the browser
/// (`PublicKeyCredentialCreationOptions` or `…RequestOptions`, as `{"publicKey": …}` JSON).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ceremony {
    pub id: String,
    pub options: String,
}

/// Starts registering a key (needs a recent re-authentication).
#[server(endpoint = "security_keys/register_start", input = Json)]
pub async fn register_start() -> Result<Ceremony, AppError> {
    crate::endpoint::serve(RegisterStart {}).await
}

/// Finishes registering: the browser's answer (`PublicKeyCredential` JSON) to the
/// ceremony `id`, and the key's name.
#[server(endpoint = "security_keys/register_finish", input = Json)]
pub async fn register_finish(id: String, name: String, credential: String) -> Result<KeyAdded, AppError> {
    crate::endpoint::serve(RegisterFinish { id, name, credential }).await
}

#[server(endpoint = "security_keys/list", input = Json)]
pub async fn list_security_keys() -> Result<Vec<SecurityKey>, AppError> {
    crate::endpoint::serve(ListSecurityKeys {}).await
}

#[server(endpoint = "security_keys/rename", input = Json)]
pub async fn rename_security_key(id: String, name: String) -> Result<SecurityKey, AppError> {
    crate::endpoint::serve(RenameSecurityKey { id, name }).await
}

/// Removes the given keys, all or none (needs a recent re-authentication).
#[server(endpoint = "security_keys/remove", input = Json)]
pub async fn remove_security_keys(ids: Vec<String>) -> Result<(), AppError> {
    crate::endpoint::serve(RemoveSecurityKeys { ids }).await
}

/// The sign-in's second step with a security key: the challenge for the pending
/// sign-in's account (its keys only).
#[server(endpoint = "security_keys/sign_in_start", input = Json)]
pub async fn sign_in_start() -> Result<Ceremony, AppError> {
    crate::endpoint::serve(SignInStart {}).await
}

/// Completes the pending sign-in with the browser's answer (`PublicKeyCredential` JSON)
/// to the challenge of `security_keys/sign_in_start`; the session is open.
#[server(endpoint = "security_keys/sign_in_finish", input = Json)]
pub async fn sign_in_finish(credential: String) -> Result<crate::session::Me, AppError> {
    crate::endpoint::serve(SignInFinish { credential }).await
}
