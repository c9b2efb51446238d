//! What an operator does from the command line (`orga account …`), for which the
//! console has no screen yet: end an account's sessions, block and unblock it. Blocking
//! ends the sessions too, so lifting the block later brings no old cookie back.

use anyhow::Context;

use crate::sessions;
use crate::state::AppState;

async fn user_id(state: &AppState, email: &str) -> anyhow::Result<String> {
    let row: Option<(String,)> = sqlx::query_as("SELECT id FROM users WHERE email = $1")
        .bind(email.trim().to_lowercase())
        .fetch_optional(state.pool())
        .await?;
    row.map(|r| r.0).with_context(|| format!("no account has the login email {email}"))
}

/// Ends every session of the account; returns how many were live.
pub async fn revoke_sessions(state: &AppState, email: &str) -> anyhow::Result<u64> {
    let id = user_id(state, email).await?;
    let mut tx = state.write().await.map_err(anyhow_of)?;
    let ended = sessions::revoke_all(&mut tx, &id, state.now()).await.map_err(anyhow_of)?;
    tx.commit().await?;
    Ok(ended)
}

/// Blocks the account and ends its sessions, in one transaction.
pub async fn block(state: &AppState, email: &str) -> anyhow::Result<u64> {
    let id = user_id(state, email).await?;
    let now = state.now();
    let mut tx = state.write().await.map_err(anyhow_of)?;
    sqlx::query("UPDATE users SET blocked_at = $1 WHERE id = $2 AND blocked_at IS NULL")
        .bind(now)
        .bind(&id)
        .execute(&mut *tx)
        .await?;
    let ended = sessions::revoke_all(&mut tx, &id, now).await.map_err(anyhow_of)?;
    tx.commit().await?;
    Ok(ended)
}

pub async fn unblock(state: &AppState, email: &str) -> anyhow::Result<()> {
    let id = user_id(state, email).await?;
    sqlx::query("UPDATE users SET blocked_at = NULL WHERE id = $1").bind(&id).execute(state.pool()).await?;
    Ok(())
}

fn anyhow_of(e: crate::error::Error) -> anyhow::Error {
    anyhow::anyhow!("{e}")
}
