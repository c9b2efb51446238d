//! What every request shares: the database pool, the configuration, the clock and the
//! outbox worker's doorbell. (Brute-force counters are in the database: `throttles`.)

use std::sync::Arc;

use sqlx::AnyPool;
use tokio::sync::Notify;

use crate::clock::Clock;
use crate::config::Config;
use crate::context::Tx;
use crate::error::Result;

#[derive(Clone)]
pub struct AppState(Arc<Inner>);

struct Inner {
    pool: AnyPool,
    config: Config,
    clock: Arc<Clock>,
    /// Rung after a transaction that queued email commits.
    outbox_bell: Notify,
    postgres: bool,
}

impl AppState {
    pub fn new(pool: AnyPool, config: Config, postgres: bool) -> AppState {
        AppState::with_clock(pool, config, postgres, Arc::new(Clock::default()))
    }

    /// With a clock the caller keeps a handle to (tests move it forward).
    pub fn with_clock(pool: AnyPool, config: Config, postgres: bool, clock: Arc<Clock>) -> AppState {
        AppState(Arc::new(Inner { pool, config, clock, outbox_bell: Notify::new(), postgres }))
    }

    pub fn is_postgres(&self) -> bool {
        self.0.postgres
    }

    pub fn pool(&self) -> &AnyPool {
        &self.0.pool
    }

    pub fn config(&self) -> &Config {
        &self.0.config
    }

    /// Unix milliseconds, from the state's clock.
    pub fn now(&self) -> i64 {
        self.0.clock.now_ms()
    }

    pub fn outbox_bell(&self) -> &Notify {
        &self.0.outbox_bell
    }

    /// A write transaction (see [`crate::db::begin_write`]).
    pub async fn write(&self) -> Result<Tx> {
        Ok(crate::db::begin_write(self.pool(), self.0.postgres).await?)
    }
}
