//! Brute-force protection (SEC-8): growing delays after repeated failures, per account
//! and per address. The caller passes the time in; this module keeps no clock.

/// Failures of one key (an account or an IP address) and the delay they earned.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Throttle {
    failures: u32,
    last_failure_ms: i64,
    locked_until_ms: i64,
}

/// How many failures are free, how the delay grows after them, and when they are
/// forgotten.
#[derive(Clone, Copy, Debug)]
pub struct ThrottlePolicy {
    pub free_failures: u32,
    pub first_delay_ms: i64,
    pub max_delay_ms: i64,
    /// Failures older than this are forgotten.
    pub forget_after_ms: i64,
}

impl ThrottlePolicy {
    /// For one account from one client address: five free tries, then 30 s doubling up
    /// to 15 min. This is the lock an attacker meets; the owner at their own address
    /// does not share it.
    pub const ACCOUNT: ThrottlePolicy = ThrottlePolicy {
        free_failures: 5,
        first_delay_ms: 30_000,
        max_delay_ms: 15 * 60_000,
        forget_after_ms: 60 * 60_000,
    };
    /// For one account from every address together: a slow limit against guesses
    /// spread over many addresses (100 free, then 1 min doubling up to 1 h). It does not
    /// apply at an address the account signed in from recently, so nobody can lock the
    /// owner out by failing on purpose.
    pub const ACCOUNT_EVERYWHERE: ThrottlePolicy = ThrottlePolicy {
        free_failures: 100,
        first_delay_ms: 60_000,
        max_delay_ms: 60 * 60_000,
        forget_after_ms: 24 * 60 * 60_000,
    };
    /// For one address, which may hide many people: more free tries.
    pub const ADDRESS: ThrottlePolicy = ThrottlePolicy {
        free_failures: 30,
        first_delay_ms: 10_000,
        max_delay_ms: 15 * 60_000,
        forget_after_ms: 60 * 60_000,
    };
    /// Invitations sent by one person: a team's onboarding passes, a spam run does not.
    pub const INVITATIONS: ThrottlePolicy = ThrottlePolicy {
        free_failures: 100,
        first_delay_ms: 60_000,
        max_delay_ms: 60 * 60_000,
        forget_after_ms: 60 * 60_000,
    };
    /// Confirmation links re-sent to one account: a few, then one every 10 minutes or more.
    pub const CONFIRMATIONS: ThrottlePolicy = ThrottlePolicy {
        free_failures: 3,
        first_delay_ms: 10 * 60_000,
        max_delay_ms: 60 * 60_000,
        forget_after_ms: 60 * 60_000,
    };
    /// Sign-ups from one address: generous for an office, stops a script.
    pub const SIGN_UP: ThrottlePolicy = ThrottlePolicy {
        free_failures: 20,
        first_delay_ms: 60_000,
        max_delay_ms: 60 * 60_000,
        forget_after_ms: 60 * 60_000,
    };
}

impl Throttle {
    /// A throttle as stored: failures, the last failure and the end of the lock.
    pub fn from_stored(failures: u32, last_failure_ms: i64, locked_until_ms: i64) -> Throttle {
        Throttle { failures, last_failure_ms, locked_until_ms }
    }

    /// (failures, last failure, locked until), to store.
    pub fn stored(&self) -> (u32, i64, i64) {
        (self.failures, self.last_failure_ms, self.locked_until_ms)
    }

    /// Takes back one failure that turned out not to be one (a successful sign-in
    /// counted before its password was checked). A lock already earned stays.
    pub fn forgive_one(&mut self) {
        self.failures = self.failures.saturating_sub(1);
    }

    /// `Err(retry_after_ms)` while the key must wait.
    pub fn check(&self, now_ms: i64) -> Result<(), i64> {
        if now_ms < self.locked_until_ms {
            Err(self.locked_until_ms - now_ms)
        } else {
            Ok(())
        }
    }

    pub fn record_failure(&mut self, policy: &ThrottlePolicy, now_ms: i64) {
        if now_ms - self.last_failure_ms > policy.forget_after_ms {
            self.failures = 0;
        }
        self.failures += 1;
        self.last_failure_ms = now_ms;
        if self.failures > policy.free_failures {
            let doublings = (self.failures - policy.free_failures - 1).min(20);
            let delay = policy.first_delay_ms.saturating_mul(1 << doublings).min(policy.max_delay_ms);
            self.locked_until_ms = now_ms + delay;
        }
    }

    /// A success wipes the slate.
    pub fn record_success(&mut self) {
        *self = Throttle::default();
    }

    /// Nothing left to remember: the entry can be dropped.
    pub fn is_forgotten(&self, policy: &ThrottlePolicy, now_ms: i64) -> bool {
        now_ms >= self.locked_until_ms && now_ms - self.last_failure_ms > policy.forget_after_ms
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const P: ThrottlePolicy = ThrottlePolicy::ACCOUNT;

    #[test]
    fn free_failures_then_growing_delays() {
        let mut t = Throttle::default();
        let mut now = 1_000_000;
        for _ in 0..5 {
            t.record_failure(&P, now);
            assert_eq!(t.check(now), Ok(()));
        }
        t.record_failure(&P, now);
        assert_eq!(t.check(now), Err(30_000));
        now += 30_000;
        assert_eq!(t.check(now), Ok(()));
        t.record_failure(&P, now);
        assert_eq!(t.check(now), Err(60_000));
        for _ in 0..20 {
            t.record_failure(&P, now);
        }
        assert_eq!(t.check(now), Err(15 * 60_000), "the delay is capped");
    }

    #[test]
    fn still_locked_until_the_delay_passes_and_success_resets() {
        let mut t = Throttle::default();
        for _ in 0..6 {
            t.record_failure(&P, 0);
        }
        assert!(t.check(29_999).is_err());
        assert!(t.check(30_000).is_ok());
        t.record_success();
        assert_eq!(t, Throttle::default());
    }

    #[test]
    fn a_stored_throttle_comes_back_the_same() {
        let mut t = Throttle::default();
        for _ in 0..7 {
            t.record_failure(&P, 1_000);
        }
        let (f, last, until) = t.stored();
        assert_eq!(Throttle::from_stored(f, last, until), t);
        assert!(Throttle::from_stored(f, last, until).check(1_000).is_err());
    }

    #[test]
    fn forgiving_takes_back_a_failure_but_not_a_lock() {
        let mut t = Throttle::default();
        t.record_failure(&P, 0);
        t.forgive_one();
        assert_eq!(t.stored().0, 0);
        for _ in 0..6 {
            t.record_failure(&P, 0);
        }
        t.forgive_one();
        assert!(t.check(0).is_err(), "the lock stays");
    }

    #[test]
    fn old_failures_are_forgotten() {
        let mut t = Throttle::default();
        for _ in 0..5 {
            t.record_failure(&P, 0);
        }
        let later = P.forget_after_ms + 1;
        assert!(t.is_forgotten(&P, later));
        t.record_failure(&P, later);
        assert_eq!(t.check(later), Ok(()), "the count started again");
    }
}
