//! Accounts (ACC-2, ACC-8): who is signed in, sign-in with brute-force protection,
//! sign-out, language. Sign-up is in `sign_up`, email confirmation in `confirmation`.

use app::session::Me;
use app::AppError;
use domain::{Email, Lang, Membership};

use crate::failure::OrInternal;
use crate::ids::{new_id, now_ms};
use crate::organizations::load_me;
use crate::request::RequestMeta;
use crate::state::AppState;
use crate::throttles::Bucket;
use crate::{confirmation, passwords, sessions};

pub async fn me(state: &AppState) -> Result<Option<Me>, AppError> {
    let meta = RequestMeta::current();
    match sessions::current(state, &meta).await {
        Ok(s) => load_me(state, &s.user_id, s.current_org_id.as_deref()).await.map(Some),
        Err(AppError::Unauthenticated) => Ok(None),
        Err(e) => Err(e),
    }
}

pub(crate) fn rate_limited(retry_after_ms: i64) -> AppError {
    AppError::RateLimited { retry_after_seconds: (retry_after_ms as u64).div_ceil(1000) }
}

pub async fn insert_membership(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    org_id: &str,
    user_id: &str,
    m: &Membership,
    now: i64,
) -> Result<(), AppError> {
    sqlx::query(
        "INSERT INTO memberships (org_id, user_id, role, billing_rights, mail_billing, mail_technical, mail_security, created_at, sort_name) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, (SELECT LOWER(last_name || ' ' || first_name) FROM users WHERE id = $2))",
    )
    .bind(org_id)
    .bind(user_id)
    .bind(m.role.as_str())
    .bind(i64::from(m.billing_rights))
    .bind(i64::from(m.admin_emails.billing))
    .bind(i64::from(m.admin_emails.technical))
    .bind(i64::from(m.admin_emails.security))
    .bind(now)
    .execute(&mut **tx)
    .await
    .or_internal("add membership")?;
    Ok(())
}

#[derive(sqlx::FromRow)]
struct Credentials {
    id: String,
    password_hash: String,
    email_verified_at: Option<i64>,
    first_name: String,
    lang: String,
}

pub async fn sign_in(state: &AppState, email: String, password: String, session_only: bool) -> Result<Me, AppError> {
    let meta = RequestMeta::current();
    let now = now_ms();
    let address = meta.address_key();
    state.throttles().check(Bucket::Address, &address, now).map_err(rate_limited)?;
    let email = Email::parse(&email).map(|e| e.to_string()).unwrap_or_else(|_| email.trim().to_lowercase());
    let user: Option<Credentials> = sqlx::query_as(
        "SELECT id, password_hash, email_verified_at, first_name, lang FROM users \
         WHERE email = $1 AND closed_at IS NULL AND blocked_at IS NULL",
    )
    .bind(&email)
    .fetch_optional(state.pool())
    .await
    .or_internal("find user")?;
    // A locked account is answered like a wrong password, after the same work, so
    // the answer tells nothing about the account.
    let locked = state.throttles().check(Bucket::Account, &email, now).is_err();
    let ok = passwords::verify(password, user.as_ref().map(|u| u.password_hash.clone())).await;
    let user = match user {
        Some(u) if ok && !locked => u,
        _ => {
            state.throttles().failure(Bucket::Account, &email, now);
            state.throttles().failure(Bucket::Address, &address, now);
            return Err(AppError::InvalidCredentials);
        }
    };
    state.throttles().success(Bucket::Account, &email);
    if user.email_verified_at.is_none() {
        let lang = Lang::from_tag(&user.lang).unwrap_or_default();
        confirmation::resend(state, &user.id, &email, lang, &user.first_name).await?;
        return Err(AppError::EmailNotVerified);
    }
    let mut tx = state.write().await?;
    sessions::open(&mut tx, state, &meta, &user.id, None, !session_only).await?;
    sqlx::query("INSERT INTO sign_in_events (id, user_id, at, ip, user_agent, outcome) VALUES ($1, $2, $3, $4, $5, 'success')")
        .bind(new_id())
        .bind(&user.id)
        .bind(now)
        .bind(meta.ip.as_deref())
        .bind(meta.user_agent.as_deref())
        .execute(&mut *tx)
        .await
        .or_internal("record sign-in")?;
    tx.commit().await.or_internal("commit sign-in")?;
    load_me(state, &user.id, None).await
}

pub async fn sign_out(state: &AppState) -> Result<(), AppError> {
    sessions::close(state, &RequestMeta::current()).await
}

pub async fn set_language(state: &AppState, lang: Lang) -> Result<(), AppError> {
    let session = sessions::current(state, &RequestMeta::current()).await?;
    sqlx::query("UPDATE users SET lang = $1 WHERE id = $2")
        .bind(lang.code())
        .bind(&session.user_id)
        .execute(state.pool())
        .await
        .or_internal("set language")?;
    Ok(())
}
