//! Server functions on an organization's audit log: the entries, newest first, a
//! page at a time, and the CSV export. Legal representatives and administrators only
//! (`Action::ViewAuditLog`).

use leptos::prelude::*;
use leptos::server_fn::codec::Json;
use serde::{Deserialize, Serialize};

use crate::error::AppError;

/// Entries per page of the log.
pub const AUDIT_PER_PAGE: u32 = 50;

/// Where the next page starts: the last entry shown (the log is ordered by time, then id).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditCursor {
    pub created_at: i64,
    pub id: String,
}

/// What to show: everything, or one person's doings (as actor or target), or one action.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditFilter {
    /// A user id: entries they did or that concern them.
    pub member: Option<String>,
    /// An action name such as `member.role_changed`.
    pub action: Option<String>,
}

/// Someone named in the log, as they are now (a deleted account has no name).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditPerson {
    pub user_id: String,
    pub name: String,
    pub email: String,
}

/// One changed value: a field with its value before and after (either may be absent).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditChange {
    pub field: String,
    pub before: Option<String>,
    pub after: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEntry {
    pub id: String,
    /// Unix milliseconds.
    pub created_at: i64,
    /// An action name such as `member.role_changed` (unknown ones are shown as they are).
    pub action: String,
    /// Who did it; `None` for Orga itself or an account deleted since.
    pub actor: Option<AuditPerson>,
    /// The actor's account was deleted since.
    pub actor_deleted: bool,
    /// The person the action concerns, when it is a person with an account.
    pub target: Option<AuditPerson>,
    /// What the action concerns when it is not an account (an invited address).
    pub target_text: Option<String>,
    pub changes: Vec<AuditChange>,
    pub ip: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditPage {
    pub org_id: String,
    pub org_name: String,
    pub entries: Vec<AuditEntry>,
    /// The cursor of the next (older) page; `None` on the last one.
    pub next: Option<AuditCursor>,
    /// The actions that occur in this organization's log, for the filter.
    pub actions: Vec<String>,
    /// The people named in this organization's log and its members, for the filter.
    pub people: Vec<AuditPerson>,
}

/// The audit export: a CSV file's name and text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditExport {
    pub filename: String,
    pub csv: String,
    /// Entries in the file (at most [`AUDIT_EXPORT_MAX_ROWS`]).
    pub rows: u32,
    /// More entries matched than the file holds.
    pub truncated: bool,
}

/// The most entries one export holds.
pub const AUDIT_EXPORT_MAX_ROWS: u32 = 50_000;

#[server(endpoint = "audit/list", input = Json)]
pub async fn list_audit(
    org_id: String,
    filter: AuditFilter,
    after: Option<AuditCursor>,
) -> Result<AuditPage, AppError> {
    crate::endpoint::serve(ListAudit { org_id, filter, after }).await
}

/// The entries matching the filter as CSV (RFC 4180; cells a spreadsheet would read as a
/// formula are neutralized). Each export is itself recorded in the log, and limited per
/// person and hour.
#[server(endpoint = "audit/export", input = Json)]
pub async fn export_audit(org_id: String, filter: AuditFilter) -> Result<AuditExport, AppError> {
    crate::endpoint::serve(ExportAudit { org_id, filter }).await
}
