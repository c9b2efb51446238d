//! Time-driven work inside the server (PRD-6, PRD-7): every minute, each feature's jobs
//! look at what is due at the clock's time. Safe with several server processes on one
//! database: every job claims its run (job, subject, due moment) in `scheduled_runs`
//! in the transaction that does the work, so a run is done once whoever gets there
//! first. Tests call [`run_once`] with the time they choose.

use std::time::Duration;

use crate::error::Result;
use crate::features::renewals::jobs;
use crate::state::AppState;

const EVERY: Duration = Duration::from_secs(60);

/// The scheduler's loop, spawned by `orga serve`.
pub async fn run(state: AppState) {
    loop {
        if let Err(e) = run_once(&state, state.now()).await {
            tracing::error!(error = %e, "scheduler pass failed; will retry");
        }
        tokio::time::sleep(EVERY).await;
    }
}

/// One pass of every job as of `now` (Unix milliseconds); answers the steps done, as
/// (subject, job) pairs.
pub async fn run_once(state: &AppState, now: i64) -> Result<Vec<(String, String)>> {
    let renewals = jobs::run(state, now).await?;
    if !renewals.steps.is_empty() {
        tracing::info!(steps = renewals.steps.len(), "scheduler pass");
    }
    Ok(renewals.steps)
}
