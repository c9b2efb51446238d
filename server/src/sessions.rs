//! Server-side sessions (ACC-2): a random cookie value whose hash names a row; revoking
//! the row ends the session wherever the cookie is.

use crate::clock::{DAY_MS, MINUTE_MS};
use crate::context::{Ctx, Tx};
use crate::error::Result;
use crate::ids::{hash_secret, new_secret};
use app::AppError;

/// Lifetimes. A persistent session ("keep me signed in") ends 30 days after sign-in
/// at the latest, and after 7 days without a request; a "this browser session only" one
/// after 12 hours at the latest and 2 hours without a request (the browser also drops
/// its cookie when it closes). Requests refresh `last_seen_at` at most every 5 minutes.
pub const PERSISTENT_MS: i64 = 30 * DAY_MS;
pub const PERSISTENT_IDLE_MS: i64 = 7 * DAY_MS;
pub const BROWSER_ONLY_MS: i64 = DAY_MS / 2;
pub const BROWSER_ONLY_IDLE_MS: i64 = 2 * 60 * MINUTE_MS;
/// Ended sessions stay this long for the account's activity, then go.
const KEEP_ENDED_MS: i64 = 90 * DAY_MS;

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct SessionRow {
    pub id_hash: String,
    pub user_id: String,
    pub current_org_id: Option<String>,
    pub last_seen_at: i64,
    /// The account signed in with a temporary username (ACC-12) and has no login email
    /// yet: only choosing one is open (see `endpoints::OPEN_WHILE_CHOOSING_LOGIN`).
    pub must_change_login: i64,
}

/// The caller's live session, or `Unauthenticated`.
pub async fn current(cx: &Ctx) -> Result<SessionRow> {
    let token = cx.request.cookie(cx.config().session_cookie()).ok_or(AppError::Unauthenticated)?;
    let now = cx.now();
    let row: Option<SessionRow> = sqlx::query_as(
        "SELECT s.id_hash, s.user_id, s.current_org_id, s.last_seen_at, u.must_change_login FROM sessions s \
         JOIN users u ON u.id = s.user_id \
         WHERE s.id_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > $2 \
           AND s.last_seen_at > (CASE WHEN s.persistent = 1 THEN $3 ELSE $4 END) \
           AND u.blocked_at IS NULL AND u.closed_at IS NULL",
    )
    .bind(hash_secret(token))
    .bind(now)
    .bind(now - PERSISTENT_IDLE_MS)
    .bind(now - BROWSER_ONLY_IDLE_MS)
    .fetch_optional(cx.pool())
    .await?;
    let row = row.ok_or(AppError::Unauthenticated)?;
    if now - row.last_seen_at > 5 * MINUTE_MS {
        sqlx::query("UPDATE sessions SET last_seen_at = $1 WHERE id_hash = $2")
            .bind(now)
            .bind(&row.id_hash)
            .execute(cx.pool())
            .await?;
    }
    Ok(row)
}

/// Opens a new session (a new identifier at every sign-in) and sets its cookie. The
/// password (and second factor) just given count as a recent re-authentication.
/// Returns the new session's id hash.
pub async fn open(
    tx: &mut Tx,
    cx: &Ctx,
    user_id: &str,
    current_org_id: Option<&str>,
    persistent: bool,
) -> Result<String> {
    let (secret, hash) = new_secret();
    let now = cx.now();
    // The session this browser had before, if any, ends here: one browser, one session.
    if let Some(previous) = cx.request.cookie(cx.config().session_cookie()) {
        sqlx::query("UPDATE sessions SET revoked_at = $1 WHERE id_hash = $2 AND revoked_at IS NULL")
            .bind(now)
            .bind(hash_secret(previous))
            .execute(&mut **tx)
            .await?;
    }
    let lifetime = if persistent { PERSISTENT_MS } else { BROWSER_ONLY_MS };
    // Every sign-in ends here, whatever its steps: the one place to notice a new device.
    let origin = crate::signals::on_sign_in(tx, cx, user_id).await?;
    sqlx::query(
        "INSERT INTO sessions (id_hash, user_id, current_org_id, persistent, created_at, last_seen_at, expires_at, ip, user_agent, \
         reauthenticated_at, device_hash, network) VALUES ($1, $2, $3, $4, $5, $5, $6, $7, $8, $5, $9, $10)",
    )
    .bind(&hash)
    .bind(user_id)
    .bind(current_org_id)
    .bind(i64::from(persistent))
    .bind(now)
    .bind(now + lifetime)
    .bind(cx.request.ip.as_deref())
    .bind(cx.request.user_agent.as_deref())
    .bind(origin.device_hash)
    .bind(origin.network)
    .execute(&mut **tx)
    .await?;
    let max_age = if persistent { format!("; Max-Age={}", PERSISTENT_MS / 1000) } else { String::new() };
    cx.set_cookie(format!("{}={secret}{}{max_age}", cx.config().session_cookie(), attributes(cx)));
    Ok(hash)
}

/// Revokes the caller's session, if any, and clears the cookie.
pub async fn close(cx: &Ctx) -> Result<()> {
    if let Some(token) = cx.request.cookie(cx.config().session_cookie()) {
        sqlx::query("UPDATE sessions SET revoked_at = $1 WHERE id_hash = $2 AND revoked_at IS NULL")
            .bind(cx.now())
            .bind(hash_secret(token))
            .execute(cx.pool())
            .await?;
    }
    cx.set_cookie(format!("{}=; Max-Age=0{}", cx.config().session_cookie(), attributes(cx)));
    Ok(())
}

/// Ends every session of the user (blocking, closing, an operator's request).
pub async fn revoke_all(tx: &mut Tx, user_id: &str, now: i64) -> Result<u64> {
    let done = sqlx::query("UPDATE sessions SET revoked_at = $1 WHERE user_id = $2 AND revoked_at IS NULL")
        .bind(now)
        .bind(user_id)
        .execute(&mut **tx)
        .await?;
    Ok(done.rows_affected())
}

/// Deletes sessions that ended long ago.
pub async fn forget_ended(tx: &mut Tx, now: i64) -> Result<u64> {
    let before = now - KEEP_ENDED_MS;
    let done = sqlx::query("DELETE FROM sessions WHERE expires_at < $1 OR revoked_at < $1")
        .bind(before)
        .execute(&mut **tx)
        .await?;
    Ok(done.rows_affected())
}

pub async fn set_current_org(cx: &Ctx, session: &SessionRow, org_id: &str) -> Result<()> {
    sqlx::query("UPDATE sessions SET current_org_id = $1 WHERE id_hash = $2")
        .bind(org_id)
        .bind(&session.id_hash)
        .execute(cx.pool())
        .await?;
    Ok(())
}

/// The cookie attributes of the session (and of the sign-in's pending second step).
pub fn attributes(cx: &Ctx) -> &'static str {
    if cx.config().secure_cookies {
        "; Path=/; HttpOnly; Secure; SameSite=Lax"
    } else {
        "; Path=/; HttpOnly; SameSite=Lax"
    }
}
