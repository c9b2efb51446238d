//! The sign-in second step (SEC-2). A right password for an account with two-factor
//! authentication opens no session: it starts a pending sign-in — a row named by the
//! hash of a random value kept in its own short-lived cookie, tied to the account and to
//! "keep me signed in" — which one of the account's methods completes within 10
//! minutes. Guesses are counted before they are checked: per pending sign-in (five wrong
//! codes end it) and per account (`Bucket::SecondFactor`, the sign-in delays). A
//! completed, ended or expired pending sign-in is refused (`sign_in_expired`); its
//! cookie grants nothing else, and only its own account's factors can complete it.

use app::auth::api::{Method, PushAnswer, PushStatus, RequestPush, SecondFactor, SendSignInSms, SignInOutcome};
use app::error::{Field, Problem};
use app::session::Me;
use app::AppError;
use domain::two_factor::{self, ATTEMPT_MS, MAX_FAILURES_PER_ATTEMPT, PUSH_MS, SMS_MAX_SENDS, SMS_RESEND_AFTER_MS};

use crate::context::{Ctx, Tx};
use crate::error::Result;
use crate::features::organizations::store::load_me;
use crate::features::security::{factors, phone, store as factors_store};
use crate::ids::{hash_secret, new_id, new_secret};
use crate::sessions;
use crate::throttles::{self, rate_limited, Bucket, Counter};

#[derive(Clone, Debug, sqlx::FromRow)]
pub(crate) struct Attempt {
    pub(crate) id_hash: String,
    pub(crate) user_id: String,
    persistent: i64,
    push_status: Option<String>,
    push_asked_at: Option<i64>,
    sms_code_hash: Option<String>,
    sms_sent_at: Option<i64>,
    sms_sends: i64,
}

fn cookie_name(cx: &Ctx) -> &'static str {
    if cx.config().secure_cookies {
        "__Host-orga_sign_in"
    } else {
        "orga_sign_in"
    }
}

/// After a right password: `None` when the account has no second factor (open the
/// session), else the pending sign-in is started and its cookie set.
pub async fn begin(tx: &mut Tx, cx: &Ctx, user_id: &str, persistent: bool) -> Result<Option<SignInOutcome>> {
    let now = cx.now();
    let enrolment = factors_store::enrolment(tx, user_id, now).await?;
    let methods = enrolment.methods();
    let Some(&default) = methods.first() else { return Ok(None) };
    // One pending sign-in per browser: the one this browser had ends here.
    if let Some(previous) = cx.request.cookie(cookie_name(cx)) {
        sqlx::query("DELETE FROM sign_in_attempts WHERE id_hash = $1 AND completed_at IS NULL")
            .bind(hash_secret(previous))
            .execute(&mut **tx)
            .await?;
    }
    let (secret, hash) = new_secret();
    sqlx::query(
        "INSERT INTO sign_in_attempts (id_hash, user_id, persistent, created_at, expires_at, ip, user_agent) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(hash)
    .bind(user_id)
    .bind(i64::from(persistent))
    .bind(now)
    .bind(now + ATTEMPT_MS)
    .bind(cx.request.ip.as_deref())
    .bind(cx.request.user_agent.as_deref())
    .execute(&mut **tx)
    .await?;
    cx.set_cookie(format!("{}={secret}{}; Max-Age={}", cookie_name(cx), sessions::attributes(cx), ATTEMPT_MS / 1000));
    let phone_hint = if methods.contains(&Method::Sms) {
        factors_store::confirmed_of_kind(tx, user_id, "sms").await?.first().map(|f| f.label.clone())
    } else {
        None
    };
    Ok(Some(SignInOutcome::SecondFactor { methods, default, phone_hint }))
}

/// The browser's pending sign-in, still open, or `sign_in_expired`.
pub(crate) async fn pending(tx: &mut Tx, cx: &Ctx) -> Result<Attempt> {
    let token = cx.request.cookie(cookie_name(cx)).ok_or(AppError::SignInExpired)?;
    let row: Option<Attempt> = sqlx::query_as(
        "SELECT id_hash, user_id, persistent, push_status, push_asked_at, sms_code_hash, sms_sent_at, sms_sends \
         FROM sign_in_attempts WHERE id_hash = $1 AND completed_at IS NULL AND expires_at > $2 AND failures < $3",
    )
    .bind(hash_secret(token))
    .bind(cx.now())
    .bind(MAX_FAILURES_PER_ATTEMPT)
    .fetch_optional(&mut **tx)
    .await?;
    Ok(row.ok_or(AppError::SignInExpired)?)
}

/// Refuses a method the account does not have (or the second step cannot take a code for).
pub(crate) async fn offered(tx: &mut Tx, cx: &Ctx, attempt: &Attempt, method: Method) -> Result<()> {
    let enrolment = factors_store::enrolment(tx, &attempt.user_id, cx.now()).await?;
    if enrolment.methods().contains(&method) {
        Ok(())
    } else {
        Err(AppError::BadRequest { message: format!("{} is not a method of this sign-in", method.as_str()) }.into())
    }
}

pub async fn second_factor(cx: Ctx, SecondFactor { method, code }: SecondFactor) -> Result<Me> {
    // Runs to its end even when the client goes away, like the password check.
    tokio::spawn(check_code(cx, method, code)).await.map_err(|e| anyhow::anyhow!("second-step task: {e}"))?
}

async fn check_code(cx: Ctx, method: Method, code: String) -> Result<Me> {
    if !matches!(method, Method::Totp | Method::Sms | Method::BackupCode) {
        return Err(AppError::BadRequest { message: "this method takes no code".into() }.into());
    }
    let now = cx.now();
    // 1. Count the guess, per pending sign-in and per account, before checking it.
    let mut tx = cx.write().await?;
    let attempt = pending(&mut tx, &cx).await?;
    offered(&mut tx, &cx, &attempt, method).await?;
    let mut counter = Counter::lock(&mut tx, Bucket::SecondFactor, &attempt.user_id).await?;
    counter.check(now).map_err(rate_limited)?;
    counter.fail(now);
    counter.save(&mut tx).await?;
    sqlx::query("UPDATE sign_in_attempts SET failures = failures + 1 WHERE id_hash = $1")
        .bind(&attempt.id_hash)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;

    // 2. Check it, using it up.
    let mut tx = cx.write().await?;
    let code = two_factor::typed_code(&code).unwrap_or_default();
    let right = match method {
        Method::Totp => factors::check_totp(&mut tx, &cx, &attempt.user_id, &code).await?,
        Method::BackupCode => factors::check_backup_code(&mut tx, &cx, &attempt.user_id, &code).await?,
        _ => sms_code_right(&mut tx, &cx, &attempt, &code).await?,
    };
    if !right {
        record(&mut tx, &cx, &attempt.user_id, "wrong_code", method).await?;
        tx.commit().await?;
        tracing::warn!(user = %attempt.user_id, method = method.as_str(), "sign-in second step: wrong code");
        return Err(AppError::invalid(Field::Code, Problem::WrongCode).into());
    }
    // 3. A right code takes its counts back and completes the sign-in.
    let mut counter = Counter::lock(&mut tx, Bucket::SecondFactor, &attempt.user_id).await?;
    counter.throttle = domain::Throttle::default();
    counter.save(&mut tx).await?;
    complete(tx, &cx, &attempt, method).await
}

/// The SMS code sent for this pending sign-in, within its 5 minutes, once.
async fn sms_code_right(tx: &mut Tx, cx: &Ctx, attempt: &Attempt, code: &str) -> Result<bool> {
    let (Some(hash), Some(sent_at)) = (&attempt.sms_code_hash, attempt.sms_sent_at) else { return Ok(false) };
    if cx.now() - sent_at > two_factor::SMS_CODE_MS
        || two_factor::six_digits(code).map(|c| hash_secret(&c)).as_ref() != Some(hash)
    {
        return Ok(false);
    }
    let done =
        sqlx::query("UPDATE sign_in_attempts SET sms_code_hash = NULL WHERE id_hash = $1 AND sms_code_hash = $2")
            .bind(&attempt.id_hash)
            .bind(hash)
            .execute(&mut **tx)
            .await?;
    if let Some(factor_id) =
        sqlx::query_as::<_, (Option<String>,)>("SELECT sms_factor_id FROM sign_in_attempts WHERE id_hash = $1")
            .bind(&attempt.id_hash)
            .fetch_one(&mut **tx)
            .await?
            .0
    {
        factors_store::touch(tx, &factor_id, cx.now()).await?;
    }
    Ok(done.rows_affected() == 1)
}

/// Ends the pending sign-in and opens the session (once: a second completion finds it
/// completed), recording how the second step was passed.
pub(crate) async fn complete(mut tx: Tx, cx: &Ctx, attempt: &Attempt, method: Method) -> Result<Me> {
    let now = cx.now();
    let done = sqlx::query(
        "UPDATE sign_in_attempts SET completed_at = $1 WHERE id_hash = $2 AND completed_at IS NULL AND expires_at > $1",
    )
    .bind(now)
    .bind(&attempt.id_hash)
    .execute(&mut *tx)
    .await?;
    if done.rows_affected() != 1 {
        return Err(AppError::SignInExpired.into());
    }
    let session = sessions::open(&mut tx, cx, &attempt.user_id, None, attempt.persistent != 0).await?;
    sqlx::query("UPDATE sessions SET second_factor = $1, second_factor_at = $2 WHERE id_hash = $3")
        .bind(method.as_str())
        .bind(now)
        .bind(&session)
        .execute(&mut *tx)
        .await?;
    record(&mut tx, cx, &attempt.user_id, "success", method).await?;
    tx.commit().await?;
    cx.set_cookie(format!("{}=; Max-Age=0{}", cookie_name(cx), sessions::attributes(cx)));
    load_me(cx, &attempt.user_id, None).await
}

pub(crate) async fn record(tx: &mut Tx, cx: &Ctx, user_id: &str, outcome: &str, method: Method) -> Result<()> {
    sqlx::query(
        "INSERT INTO sign_in_events (id, user_id, at, ip, user_agent, outcome, method) VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(new_id())
    .bind(user_id)
    .bind(cx.now())
    .bind(cx.request.ip.as_deref())
    .bind(cx.request.user_agent.as_deref())
    .bind(outcome)
    .bind(method.as_str())
    .execute(&mut **tx)
    .await?;
    Ok(())
}

pub async fn send_sign_in_sms(cx: Ctx, _: SendSignInSms) -> Result<()> {
    let now = cx.now();
    let mut tx = cx.write().await?;
    let attempt = pending(&mut tx, &cx).await?;
    offered(&mut tx, &cx, &attempt, Method::Sms).await?;
    if let Some(sent_at) = attempt.sms_sent_at.filter(|at| now - at < SMS_RESEND_AFTER_MS) {
        return Err(rate_limited(SMS_RESEND_AFTER_MS - (now - sent_at)).into());
    }
    if attempt.sms_sends >= SMS_MAX_SENDS {
        return Err(rate_limited(ATTEMPT_MS).into());
    }
    throttles::take(&mut tx, Bucket::SmsSend, &attempt.user_id, now).await?;
    let phones = factors_store::confirmed_of_kind(&mut tx, &attempt.user_id, "sms").await?;
    let Some(phone_factor) = phones.first() else { return Err(AppError::NotFound.into()) };
    let (code, hash) = factors::new_sms_code();
    sqlx::query(
        "UPDATE sign_in_attempts SET sms_factor_id = $1, sms_code_hash = $2, sms_sent_at = $3, sms_sends = sms_sends + 1 \
         WHERE id_hash = $4",
    )
    .bind(&phone_factor.id)
    .bind(hash)
    .bind(now)
    .bind(&attempt.id_hash)
    .execute(&mut *tx)
    .await?;
    phone::send_code(&mut tx, &cx, &attempt.user_id, &phone_factor.secret, code).await?;
    tx.commit().await?;
    Ok(())
}

pub async fn request_push(cx: Ctx, _: RequestPush) -> Result<()> {
    let now = cx.now();
    let mut tx = cx.write().await?;
    let attempt = pending(&mut tx, &cx).await?;
    offered(&mut tx, &cx, &attempt, Method::Push).await?;
    let waiting =
        attempt.push_status.as_deref() == Some("pending") && attempt.push_asked_at.is_some_and(|at| now - at < PUSH_MS);
    if !waiting {
        sqlx::query(
            "UPDATE sign_in_attempts SET push_status = 'pending', push_asked_at = $1, push_decided_at = NULL, \
             push_decided_by = NULL WHERE id_hash = $2",
        )
        .bind(now)
        .bind(&attempt.id_hash)
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(())
}

pub async fn push_status(cx: Ctx, _: PushStatus) -> Result<PushAnswer> {
    let now = cx.now();
    let mut tx = cx.write().await?;
    let attempt = pending(&mut tx, &cx).await?;
    let asked = attempt.push_asked_at.unwrap_or(0);
    match attempt.push_status.as_deref() {
        Some("approved") => complete(tx, &cx, &attempt, Method::Push).await.map(|me| PushAnswer::SignedIn { me }),
        Some("denied") => {
            // Denied from the other device: this pending sign-in is over.
            sqlx::query("UPDATE sign_in_attempts SET expires_at = $1 WHERE id_hash = $2")
                .bind(now)
                .bind(&attempt.id_hash)
                .execute(&mut *tx)
                .await?;
            record(&mut tx, &cx, &attempt.user_id, "denied", Method::Push).await?;
            tx.commit().await?;
            Ok(PushAnswer::Denied)
        }
        Some("pending") if now - asked < PUSH_MS => Ok(PushAnswer::Waiting),
        _ => Ok(PushAnswer::Expired),
    }
}
