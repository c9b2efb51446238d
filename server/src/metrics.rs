//! Prometheus metrics (issue 10): request latency by endpoint, the password-hashing
//! queue's depth, the outbox's backlog and sign-in failures, in the text format at
//! `GET /metrics`. The two gauges are read when scraped (the queue from this process,
//! the backlog from the database, so every process reports the same backlog).
//!
//! Labels are bounded: an endpoint is a registered `/api/…` path or one of a few fixed
//! names (`api_unknown`, `static`, `health`, `webhook`, `metrics`), never a raw path a
//! client made up.

use std::sync::Arc;

use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::{exponential_buckets, Histogram};
use prometheus_client::registry::Registry;

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct RequestLabels {
    pub endpoint: String,
    /// `2xx`, `4xx`, `5xx`…
    pub status: String,
}

pub struct Metrics {
    registry: Registry,
    requests: Family<RequestLabels, Histogram>,
    sign_in_failures: Counter,
    hash_queue: Gauge,
    outbox_backlog: Gauge,
}

fn latency_histogram() -> Histogram {
    // 1 ms to ~33 s.
    Histogram::new(exponential_buckets(0.001, 2.0, 16))
}

impl Metrics {
    pub fn new() -> Arc<Metrics> {
        let mut registry = Registry::with_prefix("orga");
        let requests = Family::<RequestLabels, Histogram>::new_with_constructor(latency_histogram as fn() -> Histogram);
        registry.register(
            "http_request_duration_seconds",
            "Time to answer a request, by endpoint and status class",
            requests.clone(),
        );
        let sign_in_failures = Counter::default();
        registry.register(
            "sign_in_failures",
            "Sign-ins refused for a wrong password, an unknown account or a locked one",
            sign_in_failures.clone(),
        );
        let hash_queue = Gauge::default();
        registry.register(
            "sign_in_queue_depth",
            "Requests waiting for a password hash or hashing, in this process",
            hash_queue.clone(),
        );
        let outbox_backlog = Gauge::default();
        registry.register("outbox_backlog", "Emails queued and not yet delivered", outbox_backlog.clone());
        Arc::new(Metrics { registry, requests, sign_in_failures, hash_queue, outbox_backlog })
    }

    pub fn observe(&self, endpoint: &str, status: u16, seconds: f64) {
        let labels = RequestLabels { endpoint: endpoint.to_string(), status: format!("{}xx", status / 100) };
        self.requests.get_or_create(&labels).observe(seconds);
    }

    pub fn sign_in_failed(&self) {
        self.sign_in_failures.inc();
    }

    /// The text exposition, with the gauges set to what they are now.
    pub fn render(&self, hash_queue: usize, outbox_backlog: i64) -> String {
        self.hash_queue.set(hash_queue as i64);
        self.outbox_backlog.set(outbox_backlog);
        let mut out = String::new();
        let _ = prometheus_client::encoding::text::encode(&mut out, &self.registry);
        out
    }
}
