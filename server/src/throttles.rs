//! The brute-force counters of this server process, keyed by account and by address,
//! applying `domain::throttle` with the current time.

use std::collections::HashMap;
use std::sync::Mutex;

use app::AppError;
use domain::{Throttle, ThrottlePolicy};

#[derive(Default)]
pub struct Throttles {
    accounts: Mutex<HashMap<String, Throttle>>,
    addresses: Mutex<HashMap<String, Throttle>>,
    sign_ups: Mutex<HashMap<String, Throttle>>,
    invitations: Mutex<HashMap<String, Throttle>>,
    confirmations: Mutex<HashMap<String, Throttle>>,
}

#[derive(Clone, Copy)]
pub enum Bucket {
    Account,
    Address,
    SignUp,
    /// Invitations sent, keyed by the inviting user.
    Invitation,
    /// Confirmation links re-sent, keyed by user.
    Confirmation,
}

impl Throttles {
    fn map(&self, bucket: Bucket) -> (&Mutex<HashMap<String, Throttle>>, ThrottlePolicy) {
        match bucket {
            Bucket::Account => (&self.accounts, ThrottlePolicy::ACCOUNT),
            Bucket::Address => (&self.addresses, ThrottlePolicy::ADDRESS),
            Bucket::SignUp => (&self.sign_ups, ThrottlePolicy::SIGN_UP),
            Bucket::Invitation => (&self.invitations, ThrottlePolicy::INVITATIONS),
            Bucket::Confirmation => (&self.confirmations, ThrottlePolicy::CONFIRMATIONS),
        }
    }

    /// `Err(retry_after_ms)` while `key` must wait.
    pub fn check(&self, bucket: Bucket, key: &str, now_ms: i64) -> Result<(), i64> {
        let (map, _) = self.map(bucket);
        let map = map.lock().unwrap_or_else(|p| p.into_inner());
        map.get(key).map_or(Ok(()), |t| t.check(now_ms))
    }

    pub fn failure(&self, bucket: Bucket, key: &str, now_ms: i64) {
        let (map, policy) = self.map(bucket);
        let mut map = map.lock().unwrap_or_else(|p| p.into_inner());
        if map.len() > 100_000 {
            map.retain(|_, t| !t.is_forgotten(&policy, now_ms));
        }
        map.entry(key.to_string()).or_default().record_failure(&policy, now_ms);
    }

    pub fn success(&self, bucket: Bucket, key: &str) {
        let (map, _) = self.map(bucket);
        map.lock().unwrap_or_else(|p| p.into_inner()).remove(key);
    }
}

/// The answer while a counter says wait.
pub fn rate_limited(retry_after_ms: i64) -> AppError {
    AppError::RateLimited { retry_after_seconds: (retry_after_ms as u64).div_ceil(1000) }
}
