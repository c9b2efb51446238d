//! Brute-force and rate-limit counters (SEC-8), kept in the database so every server
//! process sees the same counts and a restart forgets nothing. Each change happens in a
//! write transaction that first locks the counter's row, so concurrent requests count
//! one after the other. The rules (free failures, growing delays) are `domain::throttle`.

use app::AppError;
use domain::{Throttle, ThrottlePolicy};

use crate::context::Tx;
use crate::error::Result;

#[derive(Clone, Copy, Debug)]
pub enum Bucket {
    /// Sign-in failures for one account from one client address.
    AccountAddress,
    /// Sign-in failures for one account from everywhere.
    Account,
    /// Sign-in failures from one client address, whatever the account.
    Address,
    SignUp,
    /// Invitations sent, keyed by the inviting user.
    Invitation,
    /// Confirmation links re-sent, keyed by user.
    Confirmation,
    /// Wrong passwords on an email-confirmation link, keyed by user.
    ConfirmationPassword,
    /// Passwords typed again for a sensitive action (removing a member, deleting an
    /// organization), keyed by user.
    ReauthPassword,
    /// Organizations created, keyed by user (ORG-2).
    OrganizationCreation,
    /// Codes typed at the sign-in second step or to confirm a new factor, keyed by user.
    SecondFactor,
    /// Text messages with a code sent (sign-in, a phone being added), keyed by user.
    SmsSend,
    /// "Wrong password" emails to one account (SEC-5), keyed by user: one an hour.
    WrongPasswordEmail,
    /// Security alerts sent from one organization (SEC-7), keyed by organization.
    SecurityAlert,
    /// Recovery requests (reset, forgotten login) from one client address.
    RecoveryAddress,
    /// Recovery requests for one typed login email or phone number, account or not.
    RecoveryAccount,
    /// Recovery SMS to one number (codes, login reminders): against SMS pumping.
    RecoverySms,
    /// Recovery codes tried from one client address, whatever the request.
    RecoveryGuess,
    /// Identity-verification requests, keyed by client address and by contact address.
    IdentityCheck,
    /// Passwords checked for the strength meter, keyed by client address (ACC-5).
    PasswordCheck,
    /// Verification links for a new login or recovery email, keyed by user (ACC-4, ACC-6).
    ProfileEmail,
    /// SMS codes sent to a recovery phone, keyed by user and by number (ACC-7).
    PhoneCode,
}

impl Bucket {
    fn name(self) -> &'static str {
        match self {
            Bucket::AccountAddress => "account_address",
            Bucket::Account => "account",
            Bucket::Address => "address",
            Bucket::SignUp => "sign_up",
            Bucket::Invitation => "invitation",
            Bucket::Confirmation => "confirmation",
            Bucket::ConfirmationPassword => "confirmation_password",
            Bucket::ReauthPassword => "reauth_password",
            Bucket::OrganizationCreation => "organization_creation",
            Bucket::SecondFactor => "second_factor",
            Bucket::SmsSend => "sms_send",
            Bucket::WrongPasswordEmail => "wrong_password_email",
            Bucket::SecurityAlert => "security_alert",
            Bucket::RecoveryAddress => "recovery_address",
            Bucket::RecoveryAccount => "recovery_account",
            Bucket::RecoverySms => "recovery_sms",
            Bucket::RecoveryGuess => "recovery_guess",
            Bucket::IdentityCheck => "identity_check",
            Bucket::PasswordCheck => "password_check",
            Bucket::ProfileEmail => "profile_email",
            Bucket::PhoneCode => "phone_code",
        }
    }

    pub fn policy(self) -> ThrottlePolicy {
        match self {
            Bucket::AccountAddress | Bucket::ConfirmationPassword | Bucket::ReauthPassword => ThrottlePolicy::ACCOUNT,
            Bucket::Account => ThrottlePolicy::ACCOUNT_EVERYWHERE,
            Bucket::SecondFactor => ThrottlePolicy::ACCOUNT,
            // 5 free, then one every 10 minutes, the wait doubling up to a day.
            Bucket::SmsSend => ThrottlePolicy {
                free_failures: 5,
                first_delay_ms: 10 * 60_000,
                max_delay_ms: 24 * 60 * 60_000,
                forget_after_ms: 24 * 60 * 60_000,
            },
            Bucket::Address => ThrottlePolicy::ADDRESS,
            Bucket::SignUp => ThrottlePolicy::SIGN_UP,
            Bucket::Invitation => ThrottlePolicy::INVITATIONS,
            Bucket::Confirmation => ThrottlePolicy::CONFIRMATIONS,
            // 10 a day (each creation counts; the 10th starts the wait), then one an
            // hour, the wait doubling up to a day.
            Bucket::OrganizationCreation => ThrottlePolicy {
                free_failures: 9,
                first_delay_ms: 60 * 60_000,
                max_delay_ms: 24 * 60 * 60_000,
                forget_after_ms: 24 * 60 * 60_000,
            },
            // The first email, then nothing for an hour.
            Bucket::WrongPasswordEmail => ThrottlePolicy {
                free_failures: 0,
                first_delay_ms: 60 * 60_000,
                max_delay_ms: 60 * 60_000,
                forget_after_ms: 60 * 60_000,
            },
            // 50 alerts an hour from one organization (a batch counts each member; the
            // 50th starts the wait), then one every 10 minutes, doubling up to an hour.
            Bucket::SecurityAlert => ThrottlePolicy {
                free_failures: 49,
                first_delay_ms: 10 * 60_000,
                max_delay_ms: 60 * 60_000,
                forget_after_ms: 60 * 60_000,
            },
            // Recovery (each use counts; the last free one starts the wait): 20 requests
            // an hour from one address; 5 an hour for one login or number; 3 SMS to one
            // number, then one every 30 min doubling to a day; 5 identity requests a day.
            Bucket::RecoveryAddress => ThrottlePolicy {
                free_failures: 19,
                first_delay_ms: 60_000,
                max_delay_ms: 60 * 60_000,
                forget_after_ms: 60 * 60_000,
            },
            Bucket::RecoveryAccount => ThrottlePolicy {
                free_failures: 4,
                first_delay_ms: 15 * 60_000,
                max_delay_ms: 60 * 60_000,
                forget_after_ms: 60 * 60_000,
            },
            Bucket::RecoverySms => ThrottlePolicy {
                free_failures: 2,
                first_delay_ms: 30 * 60_000,
                max_delay_ms: 24 * 60 * 60_000,
                forget_after_ms: 24 * 60 * 60_000,
            },
            Bucket::RecoveryGuess => ThrottlePolicy::ADDRESS,
            Bucket::IdentityCheck => ThrottlePolicy {
                free_failures: 4,
                first_delay_ms: 60 * 60_000,
                max_delay_ms: 24 * 60 * 60_000,
                forget_after_ms: 24 * 60 * 60_000,
            },
            // A meter asks as the person types (debounced): 200 an hour, then waits.
            Bucket::PasswordCheck => ThrottlePolicy {
                free_failures: 200,
                first_delay_ms: 60_000,
                max_delay_ms: 15 * 60_000,
                forget_after_ms: 60 * 60_000,
            },
            // 5 links a day, then one an hour.
            Bucket::ProfileEmail => ThrottlePolicy {
                free_failures: 4,
                first_delay_ms: 60 * 60_000,
                max_delay_ms: 24 * 60 * 60_000,
                forget_after_ms: 24 * 60 * 60_000,
            },
            // 3 codes, then a wait of an hour doubling up to a day.
            Bucket::PhoneCode => ThrottlePolicy {
                free_failures: 2,
                first_delay_ms: 60 * 60_000,
                max_delay_ms: 24 * 60 * 60_000,
                forget_after_ms: 24 * 60 * 60_000,
            },
        }
    }
}

/// One counter, read under its row lock, to change and [`Counter::save`].
pub struct Counter {
    bucket: Bucket,
    key: String,
    pub throttle: Throttle,
    /// A password check for this key is in flight until then (Unix ms).
    pub busy_until: i64,
}

impl Counter {
    /// Locks and reads the counter (creating it), for the rest of the transaction.
    pub async fn lock(tx: &mut Tx, bucket: Bucket, key: &str) -> Result<Counter> {
        // Housekeeping may delete a forgotten row between these statements: try again.
        for _ in 0..3 {
            sqlx::query("INSERT INTO throttles (bucket, key) VALUES ($1, $2) ON CONFLICT (bucket, key) DO NOTHING")
                .bind(bucket.name())
                .bind(key)
                .execute(&mut **tx)
                .await?;
            // A no-op write takes PostgreSQL's row lock; SQLite's write transaction holds
            // the whole database already.
            sqlx::query("UPDATE throttles SET failures = failures WHERE bucket = $1 AND key = $2")
                .bind(bucket.name())
                .bind(key)
                .execute(&mut **tx)
                .await?;
            let row: Option<(i64, i64, i64, i64)> = sqlx::query_as(
                "SELECT failures, last_failure_at, locked_until, busy_until FROM throttles WHERE bucket = $1 AND key = $2",
            )
            .bind(bucket.name())
            .bind(key)
            .fetch_optional(&mut **tx)
            .await?;
            if let Some((failures, last, until, busy)) = row {
                let throttle = Throttle::from_stored(failures.clamp(0, i64::from(u32::MAX)) as u32, last, until);
                return Ok(Counter { bucket, key: key.to_string(), throttle, busy_until: busy });
            }
        }
        Err(anyhow::anyhow!("the {} counter kept disappearing", bucket.name()).into())
    }

    pub fn check(&self, now: i64) -> std::result::Result<(), i64> {
        self.throttle.check(now)
    }

    pub fn fail(&mut self, now: i64) {
        self.throttle.record_failure(&self.bucket.policy(), now);
    }

    pub async fn save(&self, tx: &mut Tx) -> Result<()> {
        let (failures, last, until) = self.throttle.stored();
        sqlx::query(
            "UPDATE throttles SET failures = $1, last_failure_at = $2, locked_until = $3, busy_until = $4 \
             WHERE bucket = $5 AND key = $6",
        )
        .bind(i64::from(failures))
        .bind(last)
        .bind(until)
        .bind(self.busy_until)
        .bind(self.bucket.name())
        .bind(&self.key)
        .execute(&mut **tx)
        .await?;
        Ok(())
    }
}

/// `Err(retry_after_ms)` while `key` must wait (a read, no lock).
pub async fn check(tx: &mut Tx, bucket: Bucket, key: &str, now: i64) -> Result<std::result::Result<(), i64>> {
    let row: Option<(i64,)> = sqlx::query_as("SELECT locked_until FROM throttles WHERE bucket = $1 AND key = $2")
        .bind(bucket.name())
        .bind(key)
        .fetch_optional(&mut **tx)
        .await?;
    Ok(match row {
        Some((until,)) if until > now => Err(until - now),
        _ => Ok(()),
    })
}

/// Refuses while `key` must wait, else counts one more use: for allowances (sign-ups,
/// invitations) where each use counts.
pub async fn take(tx: &mut Tx, bucket: Bucket, key: &str, now: i64) -> Result<()> {
    let mut counter = Counter::lock(tx, bucket, key).await?;
    counter.check(now).map_err(rate_limited)?;
    counter.fail(now);
    counter.save(tx).await
}

/// Forgets counters nobody needs any more (run now and then by the outbox worker).
pub async fn forget_old(tx: &mut Tx, now: i64) -> Result<u64> {
    let oldest_kept = now - 24 * 60 * 60_000;
    let done =
        sqlx::query("DELETE FROM throttles WHERE last_failure_at < $1 AND locked_until < $2 AND busy_until < $2")
            .bind(oldest_kept)
            .bind(now)
            .execute(&mut **tx)
            .await?;
    Ok(done.rows_affected())
}

/// The answer while a counter says wait.
pub fn rate_limited(retry_after_ms: i64) -> AppError {
    AppError::RateLimited { retry_after_seconds: (retry_after_ms.max(1) as u64).div_ceil(1000) }
}
