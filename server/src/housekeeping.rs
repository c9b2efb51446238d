//! Periodic clean-up shared by every server process: forgotten brute-force counters,
//! delivered emails past their retention, long-dead sessions. Each step is idempotent,
//! so several processes may run it.

use std::time::Duration;

use crate::error::Result;
use crate::state::AppState;
use crate::{outbox, throttles};

const EVERY: Duration = Duration::from_secs(10 * 60);

pub async fn run(state: AppState) {
    loop {
        if let Err(e) = once(&state).await {
            tracing::error!(error = %e, "housekeeping failed; will retry");
        }
        tokio::time::sleep(EVERY).await;
    }
}

pub async fn once(state: &AppState) -> Result<()> {
    let now = state.now();
    let mut tx = state.write().await?;
    throttles::forget_old(&mut tx, now).await?;
    outbox::redact_delivered(&mut tx, now).await?;
    crate::sms::redact_delivered(&mut tx, now).await?;
    crate::sessions::forget_ended(&mut tx, now).await?;
    crate::features::security::store::forget_ended_attempts(&mut tx, now).await?;
    crate::features::recovery::store::forget_old(&mut tx, now).await?;
    crate::features::integrations::store::forget_expired(&mut tx, now).await?;
    tx.commit().await?;
    Ok(())
}
