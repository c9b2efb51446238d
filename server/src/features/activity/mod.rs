//! The signed-in user's recent activity and sessions (SEC-6): the sign-ins, failed
//! attempts and security changes of the caller's own account, newest first, a page at a
//! time; the sessions still signed in, each revocable; signing out everywhere else or
//! everywhere. Only ever the caller's own: another account's session is `not_found`.

mod store;

use app::activity::api::ActivityCursor;
use app::activity::api::{
    ActiveSession, ActivityPage, ListActivity, ListSessions, RevokeSession, SignOutEverywhere, SignOutOthers,
    ACTIVITY_PER_PAGE,
};
use app::AppError;
use domain::SecurityEvent;

use crate::caller::Caller;
use crate::context::Ctx;
use crate::endpoints::Endpoints;
use crate::error::Result;
use crate::{security_log, sessions};

/// Longer than any id this feature hands out: refused before any work.
const MAX_ID_CHARS: usize = 128;

pub fn endpoints(api: &mut Endpoints) {
    api.signed_in(list);
    api.signed_in(list_sessions);
    api.signed_in(revoke);
    api.signed_in(sign_out_others);
    api.signed_in(sign_out_everywhere);
}

async fn list(cx: Ctx, caller: Caller, ListActivity { older }: ListActivity) -> Result<ActivityPage> {
    if older.as_ref().is_some_and(|c| c.id.len() > MAX_ID_CHARS) {
        return Err(AppError::BadRequest { message: "unknown cursor".into() }.into());
    }
    let mut entries = store::timeline(cx.pool(), &caller.user_id, older.as_ref(), ACTIVITY_PER_PAGE + 1).await?;
    let more = entries.len() > ACTIVITY_PER_PAGE as usize;
    entries.truncate(ACTIVITY_PER_PAGE as usize);
    let older = if more { entries.last().map(|e| ActivityCursor { at: e.at, id: e.id.clone() }) } else { None };
    Ok(ActivityPage { entries, older })
}

async fn list_sessions(cx: Ctx, caller: Caller, _: ListSessions) -> Result<Vec<ActiveSession>> {
    let rows = store::live_sessions(cx.pool(), &caller.user_id, cx.now()).await?;
    let mut sessions: Vec<ActiveSession> = rows.into_iter().map(|r| r.into_active(&caller.session.id_hash)).collect();
    // This browser's session first.
    sessions.sort_by_key(|s| !s.current);
    Ok(sessions)
}

async fn revoke(cx: Ctx, caller: Caller, RevokeSession { session_id }: RevokeSession) -> Result<()> {
    caller.require_console()?;
    if session_id.len() > MAX_ID_CHARS {
        return Err(AppError::NotFound.into());
    }
    let now = cx.now();
    let mut tx = cx.write().await?;
    // Among the caller's own live sessions only: any other id, whoever's, is not found.
    let target = store::live_sessions(&mut *tx, &caller.user_id, now)
        .await?
        .into_iter()
        .find(|s| s.public_id() == session_id)
        .ok_or(AppError::NotFound)?;
    sqlx::query("UPDATE sessions SET revoked_at = $1 WHERE id_hash = $2 AND user_id = $3 AND revoked_at IS NULL")
        .bind(now)
        .bind(&target.id_hash)
        .bind(&caller.user_id)
        .execute(&mut *tx)
        .await?;
    security_log::record(&mut tx, &cx, &caller.user_id, SecurityEvent::SessionRevoked, "").await?;
    tx.commit().await?;
    if target.id_hash == caller.session.id_hash {
        sessions::close(&cx).await?;
    }
    Ok(())
}

async fn sign_out_others(cx: Ctx, caller: Caller, _: SignOutOthers) -> Result<u64> {
    caller.require_console()?;
    let now = cx.now();
    let mut tx = cx.write().await?;
    let done =
        sqlx::query("UPDATE sessions SET revoked_at = $1 WHERE user_id = $2 AND id_hash <> $3 AND revoked_at IS NULL")
            .bind(now)
            .bind(&caller.user_id)
            .bind(&caller.session.id_hash)
            .execute(&mut *tx)
            .await?;
    security_log::record(&mut tx, &cx, &caller.user_id, SecurityEvent::SignedOutEverywhere, "others").await?;
    tx.commit().await?;
    Ok(done.rows_affected())
}

async fn sign_out_everywhere(cx: Ctx, caller: Caller, _: SignOutEverywhere) -> Result<()> {
    caller.require_console()?;
    let mut tx = cx.write().await?;
    sessions::revoke_all(&mut tx, &caller.user_id, cx.now()).await?;
    security_log::record(&mut tx, &cx, &caller.user_id, SecurityEvent::SignedOutEverywhere, "all").await?;
    tx.commit().await?;
    sessions::close(&cx).await
}
