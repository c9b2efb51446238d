//! Server functions of the signed-in user's recent activity and sessions (SEC-6): the
//! sign-ins, failed attempts and security changes of the caller's own account, newest
//! first, and the sessions still signed in, each revocable.

use leptos::prelude::*;
use leptos::server_fn::codec::Json;
use serde::{Deserialize, Serialize};

use crate::error::AppError;

/// Entries per page of the activity.
pub const ACTIVITY_PER_PAGE: u32 = 30;

/// Where the next page starts: the last entry shown (ordered by time, then id).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActivityCursor {
    pub at: i64,
    pub id: String,
}

/// What happened.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ActivityKind {
    /// A sign-in attempt: `success`, `wrong_password`, `locked`…; the method that
    /// completed it (`password`, `totp`, `webauthn`, `sms`, `push`, `backup_code`).
    SignIn { outcome: String, method: Option<String> },
    /// A change to the account's security (`domain::security_event::SecurityEvent`).
    Security { event: String },
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActivityEntry {
    pub id: String,
    /// Unix milliseconds.
    pub at: i64,
    pub kind: ActivityKind,
    pub ip: Option<String>,
    /// The browser's `User-Agent`, shortened by `domain::device::describe` for display.
    pub user_agent: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActivityPage {
    pub entries: Vec<ActivityEntry>,
    /// Where older entries start, if there are any.
    pub older: Option<ActivityCursor>,
}

/// A session still signed in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActiveSession {
    /// Names the session for `activity/revoke_session`; not its cookie, nor what it is
    /// stored under.
    pub id: String,
    /// The session of this request.
    pub current: bool,
    /// Unix milliseconds.
    pub signed_in_at: i64,
    pub last_used_at: i64,
    pub ip: Option<String>,
    pub user_agent: Option<String>,
    /// How its sign-in was completed (`password`, `totp`…), when known.
    pub method: Option<String>,
}

/// The caller's sign-ins, failed attempts and security changes, newest first; `older`
/// continues from an earlier page's cursor.
#[server(endpoint = "activity/list", input = Json)]
pub async fn list_activity(#[server(default)] older: Option<ActivityCursor>) -> Result<ActivityPage, AppError> {
    crate::endpoint::serve(ListActivity { older }).await
}

/// The caller's sessions still signed in, this one first.
#[server(endpoint = "activity/sessions", input = Json)]
pub async fn list_sessions() -> Result<Vec<ActiveSession>, AppError> {
    crate::endpoint::serve(ListSessions {}).await
}

/// Signs out one of the caller's sessions (`not_found` for any other id).
#[server(endpoint = "activity/revoke_session", input = Json)]
pub async fn revoke_session(session_id: String) -> Result<(), AppError> {
    crate::endpoint::serve(RevokeSession { session_id }).await
}

/// Signs out every session of the caller but this one; answers how many ended.
#[server(endpoint = "activity/sign_out_others", input = Json)]
pub async fn sign_out_others() -> Result<u64, AppError> {
    crate::endpoint::serve(SignOutOthers {}).await
}

/// Signs out every session of the caller, this one included.
#[server(endpoint = "activity/sign_out_everywhere", input = Json)]
pub async fn sign_out_everywhere() -> Result<(), AppError> {
    crate::endpoint::serve(SignOutEverywhere {}).await
}
