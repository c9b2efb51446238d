//! The audit log's reads: the page of entries and the CSV export, for legal
//! representatives and administrators (`Action::ViewAuditLog`). Entries are written by
//! `crate::audit::record` in the transaction of each change.

mod csv;
mod store;

use app::audit::api::{
    AuditChange, AuditEntry, AuditExport, AuditFilter, AuditPage, ExportAudit, ListAudit, AUDIT_EXPORT_MAX_ROWS,
    AUDIT_PER_PAGE,
};
use app::error::{Field, Problem};
use app::AppError;
use domain::i18n::{audit as words, AuditMsg};
use domain::text::TextError;
use domain::{Action, Lang};
use serde_json::{json, Value};

use crate::audit::{self, Entry};
use crate::caller::Caller;
use crate::clock::HOUR_MS;
use crate::context::Ctx;
use crate::endpoints::Endpoints;
use crate::error::Result;
use crate::features::organizations::store::organization_name;
use crate::org_access::{LockedOrg, OrgMember};

/// Exports one person may make of one organization's log in an hour.
pub const EXPORTS_PER_HOUR: i64 = 10;

/// Longer ids or action names than this are not ids nor action names.
const ID_MAX_CHARS: usize = 100;

pub fn endpoints(api: &mut Endpoints) {
    api.signed_in(list);
    api.signed_in(export);
}

/// Refuses a filter no browser sends (an id or action name longer than any).
fn checked(filter: AuditFilter) -> Result<AuditFilter> {
    let too_long = |s: &Option<String>| s.as_ref().is_some_and(|s| s.chars().count() > ID_MAX_CHARS);
    if too_long(&filter.member) || too_long(&filter.action) {
        return Err(AppError::invalid(Field::Search, Problem::Text(TextError::TooLong { max: ID_MAX_CHARS })).into());
    }
    let clean = |s: Option<String>| s.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
    Ok(AuditFilter { member: clean(filter.member), action: clean(filter.action) })
}

async fn list(cx: Ctx, caller: Caller, ListAudit { org_id, filter, after }: ListAudit) -> Result<AuditPage> {
    let filter = checked(filter)?;
    if after.as_ref().is_some_and(|c| c.id.chars().count() > ID_MAX_CHARS) {
        return Err(AppError::invalid(Field::Search, Problem::Text(TextError::TooLong { max: ID_MAX_CHARS })).into());
    }
    let member = OrgMember::load(&cx, &caller, &org_id).await?;
    member.authorize(&Action::ViewAuditLog)?;
    let mut rows = store::entries(cx.pool(), &org_id, &filter, after.as_ref(), AUDIT_PER_PAGE + 1).await?;
    let more = rows.len() > AUDIT_PER_PAGE as usize;
    rows.truncate(AUDIT_PER_PAGE as usize);
    let entries: Vec<AuditEntry> = rows.into_iter().map(entry).collect();
    let next = if more {
        entries.last().map(|e| app::audit::api::AuditCursor { created_at: e.created_at, id: e.id.clone() })
    } else {
        None
    };
    Ok(AuditPage {
        org_name: organization_name(cx.pool(), &org_id).await?,
        actions: store::actions(cx.pool(), &org_id).await?,
        people: store::people(cx.pool(), &org_id).await?,
        org_id,
        entries,
        next,
    })
}

fn entry(row: store::Row) -> AuditEntry {
    let detail: Value = serde_json::from_str(&row.detail).unwrap_or(Value::Null);
    let target = row.target_person();
    let target_text = match &target {
        Some(_) => None,
        None => detail.get("email").and_then(Value::as_str).map(str::to_string),
    };
    AuditEntry {
        actor: row.actor(),
        actor_deleted: row.actor_user_id.is_some() && row.actor_first.is_none(),
        target,
        target_text,
        changes: changes(&detail),
        id: row.id,
        created_at: row.created_at,
        action: row.action,
        ip: row.ip,
    }
}

fn text(v: &Value) -> Option<String> {
    match v {
        Value::Null => None,
        Value::String(s) => Some(s.clone()),
        other => Some(other.to_string()),
    }
}

/// The details as changed values: `{ "before": {..}, "after": {..} }` field by field
/// (only what differs, unless nothing does), `{ "from", "to" }` as the role, and any other
/// key as a value. Internal ids are left out.
fn changes(detail: &Value) -> Vec<AuditChange> {
    let Some(map) = detail.as_object() else { return Vec::new() };
    if map.contains_key("before") || map.contains_key("after") {
        let (before, after) = (map.get("before").unwrap_or(&Value::Null), map.get("after").unwrap_or(&Value::Null));
        if let (None, None) = (before.as_object(), after.as_object()) {
            return vec![AuditChange { field: "value".into(), before: text(before), after: text(after) }];
        }
        let empty = serde_json::Map::new();
        let (b, a) = (before.as_object().unwrap_or(&empty), after.as_object().unwrap_or(&empty));
        let mut fields: Vec<&String> = b.keys().collect();
        fields.extend(a.keys().filter(|k| !b.contains_key(*k)));
        let all: Vec<AuditChange> = fields
            .into_iter()
            .map(|f| AuditChange { field: f.clone(), before: b.get(f).and_then(text), after: a.get(f).and_then(text) })
            .collect();
        let differing: Vec<AuditChange> = all.iter().filter(|c| c.before != c.after).cloned().collect();
        return if differing.is_empty() { all } else { differing };
    }
    if let (Some(from), Some(to)) = (map.get("from"), map.get("to")) {
        return vec![AuditChange { field: "role".into(), before: text(from), after: text(to) }];
    }
    map.iter()
        .filter(|(k, v)| !v.is_null() && !matches!(k.as_str(), "invitation" | "org_id" | "user_id"))
        .map(|(k, v)| AuditChange { field: k.clone(), before: None, after: text(v) })
        .collect()
}

/// The details in words on one line: `Role: Administrator → Collaborator; Email: a@b.ch`.
fn changes_text(changes: &[AuditChange], lang: Lang) -> String {
    changes
        .iter()
        .map(|c| words::change_text(&c.field, c.before.as_deref(), c.after.as_deref(), lang))
        .collect::<Vec<_>>()
        .join("; ")
}

/// A file name part from the organization's name: letters and digits, dashes between.
fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let out: String = out.trim_end_matches('-').chars().take(40).collect();
    if out.is_empty() {
        "organization".into()
    } else {
        out
    }
}

async fn export(cx: Ctx, caller: Caller, ExportAudit { org_id, filter }: ExportAudit) -> Result<AuditExport> {
    let filter = checked(filter)?;
    // The export is itself an entry of the log, written before the file is read: it
    // counts against the hourly allowance even if the download fails.
    let mut locked = LockedOrg::lock(&cx, &caller, &org_id).await?;
    let now = cx.now();
    let (recent, oldest) =
        store::exports_since(&mut **locked.reader(), &org_id, &caller.user_id, now - HOUR_MS).await?;
    let mut write = locked.authorize(&Action::ViewAuditLog)?;
    if recent >= EXPORTS_PER_HOUR {
        let retry_after = oldest.map_or(HOUR_MS, |t| t + HOUR_MS - now).max(1000);
        return Err(crate::throttles::rate_limited(retry_after).into());
    }
    let detail = json!({ "member": filter.member, "action": filter.action });
    let record =
        Entry { org_id: Some(&org_id), actor: Some(&caller.user_id), action: "audit.exported", target: None, detail };
    audit::record(write.tx(), &cx, record).await?;
    write.commit(&cx).await?;

    let lang = Lang::from_tag(&store::lang(cx.pool(), &caller.user_id).await?).unwrap_or_default();
    let org_name = organization_name(cx.pool(), &org_id).await?;
    let mut rows = store::entries(cx.pool(), &org_id, &filter, None, AUDIT_EXPORT_MAX_ROWS + 1).await?;
    let truncated = rows.len() > AUDIT_EXPORT_MAX_ROWS as usize;
    rows.truncate(AUDIT_EXPORT_MAX_ROWS as usize);
    let mut out = String::with_capacity(rows.len() * 160 + 200);
    let titles = [
        AuditMsg::AuditColTime,
        AuditMsg::AuditColActor,
        AuditMsg::AuditColActorEmail,
        AuditMsg::AuditColAction,
        AuditMsg::AuditColActionCode,
        AuditMsg::AuditColTarget,
        AuditMsg::AuditColTargetEmail,
        AuditMsg::AuditColDetails,
        AuditMsg::AuditColIp,
    ];
    csv::push_row(&mut out, &titles.map(|t| t.text(lang)));
    let count = rows.len() as u32;
    for row in rows {
        let e = entry(row);
        let (actor_name, actor_email) = match &e.actor {
            Some(p) => (p.name.clone(), p.email.clone()),
            None if e.actor_deleted => (AuditMsg::AuditDeletedAccount.text(lang).to_string(), String::new()),
            None => (AuditMsg::AuditSystem.text(lang).to_string(), String::new()),
        };
        let (target_name, target_email) = match (&e.target, &e.target_text) {
            (Some(p), _) => (p.name.clone(), p.email.clone()),
            (None, Some(t)) => (String::new(), t.clone()),
            (None, None) => (String::new(), String::new()),
        };
        csv::push_row(
            &mut out,
            &[
                csv::utc_time(e.created_at),
                actor_name,
                actor_email,
                words::action_text(&e.action, lang),
                e.action.clone(),
                target_name,
                target_email,
                changes_text(&e.changes, lang),
                e.ip.clone().unwrap_or_default(),
            ],
        );
    }
    Ok(AuditExport {
        filename: format!("audit-{}-{}.csv", slug(&org_name), csv::utc_date(now)),
        csv: out,
        rows: count,
        truncated,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn details_read_as_changes() {
        let c = changes(
            &json!({ "before": { "role": "administrator", "billing_rights": true }, "after": { "role": "collaborator", "billing_rights": true } }),
        );
        assert_eq!(
            c,
            vec![AuditChange {
                field: "role".into(),
                before: Some("administrator".into()),
                after: Some("collaborator".into())
            }]
        );
        let c = changes(&json!({ "from": "administrator", "to": "external" }));
        assert_eq!(changes_text(&c, Lang::En), "Role: Administrator → External user");
        let c = changes(&json!({ "email": "a@b.ch", "role": "collaborator", "invitation": "x" }));
        assert_eq!(changes_text(&c, Lang::Fr), "E-mail : a@b.ch; Rôle : Collaborateur");
        assert!(changes(&json!("odd")).is_empty());
    }

    #[test]
    fn file_names_are_plain() {
        assert_eq!(slug("Acme & Söhne, SA"), "acme-s-hne-sa");
        assert_eq!(slug("***"), "organization");
    }
}
