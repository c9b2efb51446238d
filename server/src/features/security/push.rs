//! Push approval (SEC-1): a pending sign-in asks the person's other sessions; each polls
//! `security/pending_approvals` (one indexed read) and shows where the attempt comes
//! from; one of them approves or denies it. Only sessions of the same person see or
//! answer it, and only while it waits (2 minutes).

use app::security::api::{DecidePush, PendingApproval, PendingApprovals};
use app::AppError;
use domain::two_factor::PUSH_MS;

use crate::caller::Caller;
use crate::context::Ctx;
use crate::error::Result;

#[derive(sqlx::FromRow)]
struct Row {
    id_hash: String,
    ip: Option<String>,
    user_agent: Option<String>,
    created_at: i64,
}

pub async fn pending_approvals(cx: Ctx, caller: Caller, _: PendingApprovals) -> Result<Vec<PendingApproval>> {
    // Approving a sign-in is the console's alone: never a script's app password.
    caller.require_console()?;
    let now = cx.now();
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT id_hash, ip, user_agent, created_at FROM sign_in_attempts \
         WHERE user_id = $1 AND push_status = 'pending' AND push_asked_at > $2 AND expires_at > $3 \
           AND completed_at IS NULL ORDER BY push_asked_at DESC LIMIT 5",
    )
    .bind(&caller.user_id)
    .bind(now - PUSH_MS)
    .bind(now)
    .fetch_all(cx.pool())
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| PendingApproval { id: r.id_hash, ip: r.ip, user_agent: r.user_agent, at: r.created_at })
        .collect())
}

pub async fn decide_push(cx: Ctx, caller: Caller, DecidePush { id, approve }: DecidePush) -> Result<()> {
    caller.require_console()?;
    let now = cx.now();
    let done = sqlx::query(
        "UPDATE sign_in_attempts SET push_status = $1, push_decided_at = $2, push_decided_by = $3 \
         WHERE id_hash = $4 AND user_id = $5 AND push_status = 'pending' AND push_asked_at > $6 \
           AND expires_at > $2 AND completed_at IS NULL",
    )
    .bind(if approve { "approved" } else { "denied" })
    .bind(now)
    .bind(&caller.session.id_hash)
    .bind(&id)
    .bind(&caller.user_id)
    .bind(now - PUSH_MS)
    .execute(cx.pool())
    .await?;
    if done.rows_affected() != 1 {
        // Another person's attempt, an answered or expired one: nothing to decide.
        return Err(AppError::NotFound.into());
    }
    if !approve {
        tracing::warn!(user = %caller.user_id, "a sign-in was denied from another session");
    }
    Ok(())
}
