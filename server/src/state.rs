//! What every request shares: the database pool, the configuration, the brute-force
//! counters and the outbox worker's doorbell.

use std::sync::Arc;

use sqlx::AnyPool;
use tokio::sync::Notify;

use crate::config::Config;
use crate::throttles::Throttles;

#[derive(Clone)]
pub struct AppState(Arc<Inner>);

pub struct Inner {
    pub pool: AnyPool,
    pub config: Config,
    pub throttles: Throttles,
    /// Rung after a transaction that queued email commits.
    pub outbox_bell: Notify,
    pub postgres: bool,
}

impl AppState {
    pub fn new(pool: AnyPool, config: Config, postgres: bool) -> AppState {
        AppState(Arc::new(Inner { pool, config, throttles: Throttles::default(), outbox_bell: Notify::new(), postgres }))
    }

    pub fn pool(&self) -> &AnyPool {
        &self.0.pool
    }

    pub fn config(&self) -> &Config {
        &self.0.config
    }

    pub fn throttles(&self) -> &Throttles {
        &self.0.throttles
    }

    pub fn outbox_bell(&self) -> &Notify {
        &self.0.outbox_bell
    }
}

impl AppState {
    /// A write transaction (see [`crate::db::begin_write`]).
    pub async fn write(&self) -> Result<sqlx::Transaction<'static, sqlx::Any>, app::AppError> {
        use crate::failure::OrInternal;
        crate::db::begin_write(self.pool(), self.0.postgres).await.or_internal("begin transaction")
    }
}
