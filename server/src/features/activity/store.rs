//! SQL of the activity feature: the account's sign-ins and security changes as one
//! keyset-paged timeline, and its live sessions.

use app::activity::api::{ActiveSession, ActivityCursor, ActivityEntry, ActivityKind};
use sqlx::{Any, Executor};

use crate::error::Result;
use crate::ids::hash_secret;
use crate::sessions::{BROWSER_ONLY_IDLE_MS, PERSISTENT_IDLE_MS};

#[derive(sqlx::FromRow)]
struct EntryRow {
    source: String,
    id: String,
    at: i64,
    ip: Option<String>,
    user_agent: Option<String>,
    kind: String,
    method: Option<String>,
}

/// Up to `limit` entries of the user's timeline before `older` (newest first). Each
/// side reads its `(user_id, at)` index from the cursor on.
pub async fn timeline<'e, E: Executor<'e, Database = Any>>(
    ex: E,
    user_id: &str,
    older: Option<&ActivityCursor>,
    limit: u32,
) -> Result<Vec<ActivityEntry>> {
    let (at, id) = older.map_or((i64::MAX, String::new()), |c| (c.at, c.id.clone()));
    // Without a cursor every entry is older than "the end of time".
    let before = if older.is_some() { "(at < $2 OR (at = $2 AND id < $3))" } else { "at < $2" };
    let sql = format!(
        "SELECT * FROM (\
           SELECT 'sign_in' AS source, id, at, ip, user_agent, outcome AS kind, method FROM sign_in_events \
           WHERE user_id = $1 AND {before} \
           UNION ALL \
           SELECT 'security' AS source, id, at, ip, user_agent, kind, CAST(NULL AS TEXT) AS method FROM security_events \
           WHERE user_id = $1 AND {before}\
         ) t ORDER BY at DESC, id DESC LIMIT {limit}"
    );
    let mut query = sqlx::query_as::<_, EntryRow>(&sql).bind(user_id).bind(at);
    if older.is_some() {
        query = query.bind(id);
    }
    let rows = query.fetch_all(ex).await?;
    Ok(rows
        .into_iter()
        .map(|r| ActivityEntry {
            kind: if r.source == "sign_in" {
                ActivityKind::SignIn { outcome: r.kind, method: r.method }
            } else {
                ActivityKind::Security { event: r.kind }
            },
            id: r.id,
            at: r.at,
            ip: r.ip,
            user_agent: r.user_agent,
        })
        .collect())
}

#[derive(sqlx::FromRow)]
pub struct SessionRow {
    pub id_hash: String,
    created_at: i64,
    last_seen_at: i64,
    ip: Option<String>,
    user_agent: Option<String>,
    second_factor: Option<String>,
}

impl SessionRow {
    /// The name the client gets: derived from the stored hash, so it opens nothing.
    pub fn public_id(&self) -> String {
        public_id(&self.id_hash)
    }

    pub fn into_active(self, current_hash: &str) -> ActiveSession {
        ActiveSession {
            id: self.public_id(),
            current: self.id_hash == current_hash,
            signed_in_at: self.created_at,
            last_used_at: self.last_seen_at,
            ip: self.ip,
            user_agent: self.user_agent,
            method: self.second_factor,
        }
    }
}

pub fn public_id(id_hash: &str) -> String {
    hash_secret(&format!("session:{id_hash}"))
}

/// The user's sessions that still let a browser in (the same limits as
/// `sessions::current`), most recently used first.
pub async fn live_sessions<'e, E: Executor<'e, Database = Any>>(
    ex: E,
    user_id: &str,
    now: i64,
) -> Result<Vec<SessionRow>> {
    Ok(sqlx::query_as(
        "SELECT id_hash, created_at, last_seen_at, ip, user_agent, second_factor FROM sessions \
         WHERE user_id = $1 AND revoked_at IS NULL AND expires_at > $2 \
           AND last_seen_at > (CASE WHEN persistent = 1 THEN $3 ELSE $4 END) \
         ORDER BY last_seen_at DESC, created_at DESC LIMIT 200",
    )
    .bind(user_id)
    .bind(now)
    .bind(now - PERSISTENT_IDLE_MS)
    .bind(now - BROWSER_ONLY_IDLE_MS)
    .fetch_all(ex)
    .await?)
}
