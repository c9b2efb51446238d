//! argon2id hashing with OWASP's parameters (19 MiB, 2 passes, 1 lane), run on the
//! blocking pool so sign-ins never stall the async threads.
//!
//! The hashing queue (issue 10, P4): at most one hash per core runs at once and the
//! others wait their turn in arrival order (tokio's semaphore is fair), so a burst
//! queues instead of slowing every hash down together. The queue is bounded: a request
//! that would need a hash while `depth` others are already waiting or running is
//! refused at once, before any other work (no counter touched, nothing written), with
//! `503 overloaded` and a `Retry-After` estimated from the queue and the measured hash
//! time. A request is admitted with [`HashQueue::admit`] and keeps its place (a
//! [`Ticket`]) until its hash is done. The queue's depth is per server
//! (`AppState::hashing`); the cores are shared by the whole process.

use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Instant;

use app::AppError;
use argon2::password_hash::{rand_core::OsRng, Output, ParamsString, PasswordHash, SaltString};
use argon2::{Algorithm, Argon2, Block, Params, Version};
use tokio::sync::Semaphore;

/// The recent time of one hash, in microseconds (an exponential moving average).
static HASH_MICROS: AtomicU64 = AtomicU64::new(30_000);

fn cores() -> usize {
    std::thread::available_parallelism().map_or(2, |n| n.get())
}

/// One hash per core at a time, for the whole process.
fn hashing_slots() -> &'static Semaphore {
    static SLOTS: OnceLock<Semaphore> = OnceLock::new();
    SLOTS.get_or_init(|| Semaphore::new(cores()))
}

/// The default depth: 32 waiting per core (at ~27 ms a hash, under a second of wait),
/// and never fewer than 64.
pub fn default_depth() -> usize {
    (32 * cores()).max(64)
}

/// The bounded queue in front of the hashing (one per server, in `AppState`).
pub struct HashQueue {
    /// Requests admitted: waiting for a core or hashing.
    admitted: AtomicUsize,
    /// The most requests admitted at once (`--hash-queue-depth`).
    depth: usize,
}

impl HashQueue {
    /// `depth` 0 is the default.
    pub fn new(depth: usize) -> Arc<HashQueue> {
        Arc::new(HashQueue { admitted: AtomicUsize::new(0), depth: if depth == 0 { default_depth() } else { depth } })
    }

    /// Requests waiting for a hash or hashing now (the `/metrics` gauge).
    pub fn len(&self) -> usize {
        self.admitted.load(Ordering::Relaxed)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Takes a place in the queue, or refuses at once when it is full.
    pub fn admit(self: &Arc<Self>) -> Result<Ticket, AppError> {
        let before = self.admitted.fetch_add(1, Ordering::AcqRel);
        if before >= self.depth {
            self.admitted.fetch_sub(1, Ordering::AcqRel);
            let micros = HASH_MICROS.load(Ordering::Relaxed) as usize;
            let wait_ms = (before * micros / cores()).div_ceil(1000);
            tracing::warn!(queued = before, "hashing queue full: request shed");
            return Err(AppError::Overloaded { retry_after_seconds: (wait_ms as u64).div_ceil(1000).max(1) });
        }
        Ok(Ticket(self.clone()))
    }

    /// Admits and hashes (see [`HashQueue::admit`] for the refusal).
    pub async fn hash(self: &Arc<Self>, password: String) -> crate::error::Result<String> {
        Ok(self.admit()?.hash(password).await?)
    }
}

/// A place in the hashing queue, given back when dropped.
pub struct Ticket(Arc<HashQueue>);

impl Drop for Ticket {
    fn drop(&mut self) {
        self.0.admitted.fetch_sub(1, Ordering::AcqRel);
    }
}

fn params() -> Params {
    Params::new(19 * 1024, 2, 1, None).expect("valid argon2 parameters")
}

fn argon2() -> Argon2<'static> {
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params())
}

/// Runs `work` with a work area of at least `blocks` argon2 blocks (19 MiB for ours),
/// taken from the spares and given back after: allocating, zeroing and faulting in
/// 19 MiB for every hash cost a fifth of the CPU of a sign-in (measured, issue 10).
fn with_memory<T>(blocks: usize, work: impl FnOnce(&mut [Block]) -> T) -> T {
    static SPARE: Mutex<Vec<Vec<Block>>> = Mutex::new(Vec::new());
    let taken = SPARE.lock().ok().and_then(|mut s| s.pop()).filter(|m| m.len() >= blocks);
    let mut memory = taken.unwrap_or_else(|| vec![Block::default(); blocks]);
    let out = work(&mut memory[..blocks]);
    if let Ok(mut spare) = SPARE.lock() {
        if spare.len() < cores() {
            spare.push(memory);
        }
    }
    out
}

/// One hash with the production parameters, as a PHC string, on the calling thread.
pub fn hash_blocking(password: &str) -> String {
    try_hash(password).expect("hash")
}

fn try_hash(password: &str) -> anyhow::Result<String> {
    let salt = SaltString::generate(&mut OsRng);
    let mut salt_bytes = [0u8; 64];
    let raw_salt = salt.decode_b64(&mut salt_bytes).map_err(|e| anyhow::anyhow!("salt: {e}"))?;
    let params = params();
    let mut out = [0u8; 32];
    with_memory(params.block_count(), |memory| {
        argon2().hash_password_into_with_memory(password.as_bytes(), raw_salt, &mut out, memory)
    })
    .map_err(|e| anyhow::anyhow!("hashing failed: {e}"))?;
    let phc = PasswordHash {
        algorithm: Algorithm::Argon2id.ident(),
        version: Some(Version::V0x13.into()),
        params: ParamsString::try_from(&params).map_err(|e| anyhow::anyhow!("params: {e}"))?,
        salt: Some(salt.as_salt()),
        hash: Some(Output::new(&out).map_err(|e| anyhow::anyhow!("output: {e}"))?),
    };
    Ok(phc.to_string())
}

/// Whether `password` matches the PHC string `stored` (its own parameters, so hashes
/// made with older parameters still check), compared in constant time.
fn matches(password: &str, stored: &str) -> bool {
    let check = || -> Option<bool> {
        let phc = PasswordHash::new(stored).ok()?;
        let algorithm = Algorithm::try_from(phc.algorithm).ok()?;
        let version = phc.version.map_or(Some(Version::V0x13), |v| Version::try_from(v).ok())?;
        let params = Params::try_from(&phc).ok()?;
        let expected = phc.hash?;
        let mut salt_bytes = [0u8; 64];
        let salt = phc.salt?.decode_b64(&mut salt_bytes).ok()?;
        let mut out = vec![0u8; expected.len()];
        let argon2 = Argon2::new(algorithm, version, params.clone());
        with_memory(params.block_count(), |memory| {
            argon2.hash_password_into_with_memory(password.as_bytes(), salt, &mut out, memory)
        })
        .ok()?;
        Some(Output::new(&out).ok()? == expected)
    };
    check().unwrap_or(false)
}

/// Runs `work` on the blocking pool once a core is free, and records its time.
async fn on_a_core<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> anyhow::Result<T> {
    let _slot = hashing_slots().acquire().await?;
    let started = Instant::now();
    let out = tokio::task::spawn_blocking(work).await?;
    let took = started.elapsed().as_micros().min(u128::from(u32::MAX)) as u64;
    let old = HASH_MICROS.load(Ordering::Relaxed);
    HASH_MICROS.store((old * 7 + took) / 8, Ordering::Relaxed);
    Ok(out)
}

impl Ticket {
    pub async fn hash(self, password: String) -> anyhow::Result<String> {
        on_a_core(move || try_hash(&password)).await?
    }

    /// Checks `password` against `stored`; with no stored hash (unknown account) it
    /// checks against a fixed one, so both answers take the same time.
    pub async fn verify(self, password: String, stored: Option<String>) -> bool {
        let known = stored.is_some();
        let stored = stored.unwrap_or_else(|| decoy().to_string());
        let ok = on_a_core(move || matches(&password, &stored)).await.unwrap_or(false);
        ok && known
    }
}

fn decoy() -> &'static str {
    static DECOY: OnceLock<String> = OnceLock::new();
    DECOY.get_or_init(|| hash_blocking("no account has this password"))
}

#[cfg(test)]
mod tests {
    use argon2::password_hash::{PasswordHasher, PasswordVerifier};

    use super::*;

    #[test]
    fn our_hashes_and_the_crates_check_each_other() {
        let ours = hash_blocking("correct horse battery staple");
        assert!(ours.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{ours}");
        let parsed = PasswordHash::new(&ours).unwrap();
        assert!(argon2().verify_password(b"correct horse battery staple", &parsed).is_ok());
        assert!(argon2().verify_password(b"correct horse battery stapler", &parsed).is_err());

        let salt = SaltString::generate(&mut OsRng);
        // Another cost, as a hash made by an earlier version could have.
        let older = Argon2::new(Algorithm::Argon2id, Version::V0x13, Params::new(8 * 1024, 3, 1, None).unwrap());
        let theirs = older.hash_password(b"tr0ub4dor&3 but longer", &salt).unwrap().to_string();
        assert!(matches("tr0ub4dor&3 but longer", &theirs));
        assert!(!matches("tr0ub4dor&3 but longer!", &theirs));
        assert!(matches("correct horse battery staple", &ours));
        assert!(!matches("", &ours));
        assert!(!matches("anything", "not a phc string"));
    }
}
