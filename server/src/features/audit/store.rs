//! SQL of the audit log's reads: a page of entries (keyset on `(created_at, id)`, the
//! `audit_log_org_page` index), the actions and people for the filter.

use app::audit::api::{AuditCursor, AuditFilter, AuditPerson};
use sqlx::{Any, Executor};

use crate::error::Result;

#[derive(sqlx::FromRow)]
pub struct Row {
    pub id: String,
    pub created_at: i64,
    pub action: String,
    pub actor_user_id: Option<String>,
    pub actor_first: Option<String>,
    pub actor_last: Option<String>,
    pub actor_email: Option<String>,
    pub target: Option<String>,
    pub target_first: Option<String>,
    pub target_last: Option<String>,
    pub target_email: Option<String>,
    pub detail: String,
    pub ip: Option<String>,
}

fn person(
    id: Option<&String>,
    first: Option<&String>,
    last: Option<&String>,
    email: Option<&String>,
) -> Option<AuditPerson> {
    Some(AuditPerson { user_id: id?.clone(), name: format!("{} {}", first?, last?), email: email?.clone() })
}

impl Row {
    pub fn actor(&self) -> Option<AuditPerson> {
        person(
            self.actor_user_id.as_ref(),
            self.actor_first.as_ref(),
            self.actor_last.as_ref(),
            self.actor_email.as_ref(),
        )
    }

    pub fn target_person(&self) -> Option<AuditPerson> {
        person(self.target.as_ref(), self.target_first.as_ref(), self.target_last.as_ref(), self.target_email.as_ref())
    }
}

/// Entries of `org_id` matching `filter`, newest first, older than `after`, at most `limit`.
pub async fn entries<'e, E: Executor<'e, Database = Any>>(
    ex: E,
    org_id: &str,
    filter: &AuditFilter,
    after: Option<&AuditCursor>,
    limit: u32,
) -> Result<Vec<Row>> {
    let (before_time, before_id) = after.map_or((i64::MAX, String::new()), |c| (c.created_at, c.id.clone()));
    Ok(sqlx::query_as(
        "SELECT a.id, a.created_at, a.action, a.actor_user_id, \
                ua.first_name AS actor_first, ua.last_name AS actor_last, ua.email AS actor_email, \
                a.target, ut.first_name AS target_first, ut.last_name AS target_last, ut.email AS target_email, \
                a.detail, a.ip \
         FROM audit_log a \
         LEFT JOIN users ua ON ua.id = a.actor_user_id \
         LEFT JOIN users ut ON ut.id = a.target \
         WHERE a.org_id = $1 \
           AND ($2 = '' OR a.actor_user_id = $2 OR a.target = $2) \
           AND ($3 = '' OR a.action = $3) \
           AND (a.created_at < $4 OR (a.created_at = $4 AND $5 <> '' AND a.id < $5)) \
         ORDER BY a.created_at DESC, a.id DESC LIMIT $6",
    )
    .bind(org_id)
    .bind(filter.member.clone().unwrap_or_default())
    .bind(filter.action.clone().unwrap_or_default())
    .bind(before_time)
    .bind(before_id)
    .bind(i64::from(limit))
    .fetch_all(ex)
    .await?)
}

/// The actions that occur in the organization's log.
pub async fn actions<'e, E: Executor<'e, Database = Any>>(ex: E, org_id: &str) -> Result<Vec<String>> {
    let rows: Vec<(String,)> =
        sqlx::query_as("SELECT DISTINCT action FROM audit_log WHERE org_id = $1 ORDER BY action LIMIT 200")
            .bind(org_id)
            .fetch_all(ex)
            .await?;
    Ok(rows.into_iter().map(|(a,)| a).collect())
}

/// The organization's members and the people its log names, by name (at most 500).
pub async fn people<'e, E: Executor<'e, Database = Any>>(ex: E, org_id: &str) -> Result<Vec<AuditPerson>> {
    let rows: Vec<(String, String, String, String)> = sqlx::query_as(
        "SELECT u.id, u.first_name, u.last_name, u.email FROM users u WHERE u.id IN ( \
             SELECT user_id FROM memberships WHERE org_id = $1 \
             UNION SELECT actor_user_id FROM audit_log WHERE org_id = $1 AND actor_user_id IS NOT NULL \
             UNION SELECT target FROM audit_log WHERE org_id = $1 AND target IS NOT NULL) \
         ORDER BY u.last_name, u.first_name, u.id LIMIT 500",
    )
    .bind(org_id)
    .fetch_all(ex)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(user_id, first, last, email)| AuditPerson { user_id, name: format!("{first} {last}"), email })
        .collect())
}

/// Exports `actor` made of `org_id`'s log since `since`: (count, oldest time).
pub async fn exports_since<'e, E: Executor<'e, Database = Any>>(
    ex: E,
    org_id: &str,
    actor: &str,
    since: i64,
) -> Result<(i64, Option<i64>)> {
    Ok(sqlx::query_as(
        "SELECT COUNT(*), MIN(created_at) FROM audit_log \
         WHERE org_id = $1 AND action = 'audit.exported' AND actor_user_id = $2 AND created_at > $3",
    )
    .bind(org_id)
    .bind(actor)
    .bind(since)
    .fetch_one(ex)
    .await?)
}

/// A user's language tag.
pub async fn lang<'e, E: Executor<'e, Database = Any>>(ex: E, user_id: &str) -> Result<String> {
    let (lang,): (String,) = sqlx::query_as("SELECT lang FROM users WHERE id = $1").bind(user_id).fetch_one(ex).await?;
    Ok(lang)
}
