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
    counts: VersionedCounts,
    /// BIL-3: the payment providers, by name (the test provider only with `--dev`).
    payment_providers: Vec<Arc<dyn crate::features::billing::payment::PaymentProvider>>,
    /// The bounded queue in front of password hashing (issue 10).
    hashing: Arc<crate::passwords::HashQueue>,
    metrics: Arc<crate::metrics::Metrics>,
    /// False while the migrations run at start: only `/healthz` and `/readyz` answer.
    ready: std::sync::atomic::AtomicBool,
}

/// Counts that are expensive to take (the members of a 10,000-member organization),
/// remembered with the version of what they count: a count is used again only while the
/// database still says that version, so every process stays right without telling the
/// others anything.
#[derive(Default)]
pub struct VersionedCounts(std::sync::Mutex<std::collections::HashMap<String, (i64, u64)>>);

impl VersionedCounts {
    /// Above this many entries the cache starts again empty (a bound, not a policy).
    const MAX_ENTRIES: usize = 10_000;

    pub fn get(&self, key: &str, version: i64) -> Option<u64> {
        let map = self.0.lock().ok()?;
        map.get(key).filter(|(v, _)| *v == version).map(|(_, n)| *n)
    }

    pub fn put(&self, key: String, version: i64, count: u64) {
        if let Ok(mut map) = self.0.lock() {
            if map.len() >= Self::MAX_ENTRIES {
                map.clear();
            }
            map.insert(key, (version, count));
        }
    }
}

impl AppState {
    pub fn new(pool: AnyPool, config: Config, postgres: bool) -> AppState {
        AppState::with_clock(pool, config, postgres, Arc::new(Clock::default()))
    }

    /// With a clock the caller keeps a handle to (tests move it forward).
    pub fn with_clock(pool: AnyPool, config: Config, postgres: bool, clock: Arc<Clock>) -> AppState {
        let mut payment_providers: Vec<Arc<dyn crate::features::billing::payment::PaymentProvider>> = Vec::new();
        if config.dev {
            payment_providers.push(Arc::new(crate::features::billing::payment::TestPaymentProvider));
        }
        AppState(Arc::new(Inner {
            pool,
            clock,
            outbox_bell: Notify::new(),
            postgres,
            counts: VersionedCounts::default(),
            hashing: crate::passwords::HashQueue::new(config.hash_queue_depth),
            metrics: crate::metrics::Metrics::new(),
            ready: std::sync::atomic::AtomicBool::new(true),
            config,
            payment_providers,
        }))
    }

    /// The payment provider a profile names, if this process has it.
    pub fn payment_provider(&self, name: &str) -> Option<Arc<dyn crate::features::billing::payment::PaymentProvider>> {
        self.0.payment_providers.iter().find(|p| p.name() == name).cloned()
    }

    pub fn hashing(&self) -> &Arc<crate::passwords::HashQueue> {
        &self.0.hashing
    }

    pub fn metrics(&self) -> &crate::metrics::Metrics {
        &self.0.metrics
    }

    /// Whether the database is migrated and requests may be served.
    pub fn is_ready(&self) -> bool {
        self.0.ready.load(std::sync::atomic::Ordering::Acquire)
    }

    pub fn set_ready(&self, ready: bool) {
        self.0.ready.store(ready, std::sync::atomic::Ordering::Release);
    }

    pub fn counts(&self) -> &VersionedCounts {
        &self.0.counts
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
