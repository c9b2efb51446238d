//! Authenticator-app codes (RFC 6238 over RFC 4226, through `totp-rs`): six digits, a
//! 30-second step, one step of drift either way, and each step accepted once — the
//! caller keeps the last accepted step and passes it back.

use totp_rs::{Algorithm, Builder};

pub const DIGITS: u8 = 6;
pub const STEP_SECONDS: u64 = 30;
/// 160 bits, as RFC 4226 recommends.
pub const SECRET_BYTES: usize = 20;
/// Steps of drift accepted either way.
pub const SKEW: u64 = 1;

/// The code of `secret` at `unix_seconds` with `digits` digits; `None` for a secret
/// shorter than 128 bits or a digit count outside 6–8.
pub fn code_at(secret: &[u8], digits: u8, unix_seconds: u64) -> Option<String> {
    let totp = Builder::new()
        .with_algorithm(Algorithm::SHA1)
        .with_digits(digits)
        .with_skew(0)
        .with_step_duration(STEP_SECONDS)
        .with_secret(secret.to_vec())
        .build()
        .ok()?;
    Some(totp.generate(unix_seconds).to_string())
}

/// The time step `code` belongs to, when it is the six-digit code of `secret` within one
/// step of `unix_seconds` and that step is later than `last_step` (a code is accepted
/// once, and never one older than the last accepted).
pub fn accept(secret: &[u8], code: &str, unix_seconds: u64, last_step: Option<u64>) -> Option<u64> {
    let code = super::six_digits(code)?;
    let now = unix_seconds / STEP_SECONDS;
    (now.saturating_sub(SKEW)..=now + SKEW)
        .filter(|step| last_step.is_none_or(|last| *step > last))
        .find(|step| code_at(secret, DIGITS, step * STEP_SECONDS).is_some_and(|c| constant_eq(&c, &code)))
}

/// The secret as authenticator apps take it typed in: base32 without padding.
pub fn secret_base32(secret: &[u8]) -> String {
    totp_rs::Secret::from(secret.to_vec()).to_base32()
}

/// The secret back from its base32 form; `None` when it is not one.
pub fn secret_from_base32(text: &str) -> Option<Vec<u8>> {
    totp_rs::Secret::try_from_base32(text).ok().map(|s| s.to_vec())
}

fn constant_eq(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.bytes().zip(b.bytes()).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    const SEED: &[u8] = b"12345678901234567890";

    #[test]
    fn rfc_6238_appendix_b_sha1_vectors() {
        for (t, code) in [
            (59, "94287082"),
            (1_111_111_109, "07081804"),
            (1_111_111_111, "14050471"),
            (1_234_567_890, "89005924"),
            (2_000_000_000, "69279037"),
            (20_000_000_000, "65353130"),
        ] {
            assert_eq!(code_at(SEED, 8, t).as_deref(), Some(code), "T = {t}");
        }
    }

    #[test]
    fn one_step_of_drift_either_way_and_each_step_once() {
        let t = 1_111_111_109;
        let step = t / STEP_SECONDS;
        let code = code_at(SEED, DIGITS, t).unwrap();
        assert_eq!(accept(SEED, &code, t, None), Some(step));
        assert_eq!(accept(SEED, &code, t + STEP_SECONDS, None), Some(step), "one step late");
        assert_eq!(accept(SEED, &code, t - STEP_SECONDS, None), Some(step), "one step early");
        assert_eq!(accept(SEED, &code, t + 2 * STEP_SECONDS, None), None, "two steps late");
        assert_eq!(accept(SEED, &code, t - 2 * STEP_SECONDS, None), None, "two steps early");
        assert_eq!(accept(SEED, &code, t, Some(step)), None, "replay");
        let next = code_at(SEED, DIGITS, t + STEP_SECONDS).unwrap();
        assert_eq!(accept(SEED, &next, t, Some(step)), Some(step + 1), "the next step still works");
        assert_eq!(accept(SEED, "000000x", t, None), None);
        assert_eq!(code_at(b"short", DIGITS, t), None, "a secret under 128 bits is refused");
    }

    #[test]
    fn the_secret_reads_as_base32() {
        assert_eq!(secret_base32(SEED), "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assert_eq!(secret_from_base32("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ").as_deref(), Some(SEED));
    }
}
