//! Accounts (ACC-1, ACC-2, ACC-8): sign-up with or without an invitation, email
//! confirmation, sign-in with brute-force protection, sign-out, language.

use app::auth::api::{SignUpInput, SignUpOutcome};
use app::error::{Field, Problem};
use app::session::Me;
use app::AppError;
use domain::password::PersonalWords;
use domain::{Email, Lang, Membership, OrgName, Password, PersonName, Role};
use serde_json::json;

use crate::audit::{self, Entry};
use crate::failure::OrInternal;
use crate::ids::{hash_secret, new_id, new_secret, now_ms, DAY_MS};
use crate::organizations::{load_me, lock_members};
use crate::request::RequestMeta;
use crate::state::AppState;
use crate::throttles::Bucket;
use crate::{invitations, mail, outbox, passwords, sessions};

const VERIFY_EMAIL: &str = "verify_email";

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

/// The sign-up form, parsed by the same `domain` types the browser used.
struct NewAccount {
    email: Email,
    first: PersonName,
    last: PersonName,
    password: Password,
}

fn parse(input: &SignUpInput) -> Result<NewAccount, AppError> {
    let email = Email::parse(&input.email).map_err(|e| AppError::invalid(Field::Email, Problem::Email(e)))?;
    let first = PersonName::parse(&input.first_name).map_err(|e| AppError::invalid(Field::FirstName, Problem::Name(e)))?;
    let last = PersonName::parse(&input.last_name).map_err(|e| AppError::invalid(Field::LastName, Problem::Name(e)))?;
    let personal = PersonalWords { email: Some(email.as_str()), names: vec![first.as_str(), last.as_str()] };
    let password =
        Password::parse(&input.password, &personal).map_err(|e| AppError::invalid(Field::Password, Problem::Password(e)))?;
    Ok(NewAccount { email, first, last, password })
}

pub async fn sign_up(state: &AppState, input: SignUpInput) -> Result<SignUpOutcome, AppError> {
    let meta = RequestMeta::current();
    let now = now_ms();
    state.throttles().check(Bucket::SignUp, &meta.address_key(), now).map_err(rate_limited)?;
    let account = parse(&input)?;
    let org_name = match (&input.invitation, input.account_type.names_organization_after_person()) {
        (Some(_), _) => None,
        (None, true) => Some(OrgName::for_person(&account.first, &account.last)),
        (None, false) => Some(
            OrgName::parse(input.organization_name.as_deref().unwrap_or(""))
                .map_err(|e| AppError::invalid(Field::OrganizationName, Problem::Name(e)))?,
        ),
    };
    state.throttles().failure(Bucket::SignUp, &meta.address_key(), now);
    let hash = passwords::hash(account.password.expose().to_string()).await.or_internal("hash password")?;

    if let Some(token) = &input.invitation {
        return join_by_invitation(state, &meta, &input, &account, &hash, token).await;
    }
    let org_name = org_name.ok_or(AppError::Internal)?;
    let mut tx = state.write().await?;
    let existing: Option<(String, String)> = sqlx::query_as("SELECT first_name, lang FROM users WHERE email = $1")
        .bind(account.email.as_str())
        .fetch_optional(&mut *tx)
        .await
        .or_internal("find user")?;
    if let Some((name, lang)) = existing {
        // The owner of the address learns of the attempt; the visitor learns nothing.
        let lang = Lang::from_tag(&lang).unwrap_or_default();
        let link = state.config().link("/sign-in");
        outbox::enqueue(&mut tx, mail::already_registered(account.email.as_str(), lang, &name, &link)).await?;
    } else {
        let user_id = new_id();
        let org_id = new_id();
        sqlx::query(
            "INSERT INTO users (id, email, password_hash, first_name, last_name, account_type, lang, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(&user_id)
        .bind(account.email.as_str())
        .bind(&hash)
        .bind(account.first.as_str())
        .bind(account.last.as_str())
        .bind(input.account_type.as_str())
        .bind(input.lang.code())
        .bind(now)
        .execute(&mut *tx)
        .await
        .or_internal("create user")?;
        sqlx::query("INSERT INTO organizations (id, name, kind, created_at) VALUES ($1, $2, $3, $4)")
            .bind(&org_id)
            .bind(org_name.as_str())
            .bind(input.account_type.as_str())
            .bind(now)
            .execute(&mut *tx)
            .await
            .or_internal("create organization")?;
        insert_membership(&mut tx, &org_id, &user_id, &Membership::new(Role::LegalRepresentative, true), now).await?;
        let (secret, token_hash) = new_secret();
        sqlx::query(
            "INSERT INTO one_time_tokens (token_hash, user_id, purpose, target, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(token_hash)
        .bind(&user_id)
        .bind(VERIFY_EMAIL)
        .bind(account.email.as_str())
        .bind(now)
        .bind(now + DAY_MS)
        .execute(&mut *tx)
        .await
        .or_internal("create confirmation token")?;
        let link = state.config().link(&format!("/verify-email?token={secret}"));
        outbox::enqueue(&mut tx, mail::verify_email(account.email.as_str(), input.lang, account.first.as_str(), &link))
            .await?;
        let detail = json!({ "name": org_name.as_str(), "kind": input.account_type.as_str() });
        audit::record(&mut tx, &meta, Entry { org_id: Some(&org_id), actor: Some(&user_id), action: "organization.created", target: Some(&org_id), detail })
            .await?;
    }
    if let Err(e) = tx.commit().await {
        // Two sign-ups with one address at the same instant: the unique email refused
        // the second, which gets the same answer as any other.
        tracing::info!(error = %e, "sign-up not committed");
    }
    state.outbox_bell().notify_one();
    Ok(SignUpOutcome::CheckYourEmail { email: account.email.to_string() })
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

/// Sign-up from an invitation link: the link proved the address, so the account is
/// confirmed and joins the inviting organization instead of creating one.
async fn join_by_invitation(
    state: &AppState,
    meta: &RequestMeta,
    input: &SignUpInput,
    account: &NewAccount,
    hash: &str,
    token: &str,
) -> Result<SignUpOutcome, AppError> {
    let now = now_ms();
    let invitation = invitations::by_token(state.pool(), token).await?.ok_or(AppError::InvitationInvalid)?;
    if invitation.email != account.email.as_str() {
        return Err(AppError::InvitationOtherEmail);
    }
    let mut tx = state.write().await?;
    if !lock_members(&mut tx, &invitation.org_id).await? {
        return Err(AppError::InvitationInvalid);
    }
    // Read again under the lock: it may have been used or revoked meanwhile.
    let invitation = invitations::by_token(&mut *tx, token).await?.ok_or(AppError::InvitationInvalid)?;
    let taken: Option<(String,)> = sqlx::query_as("SELECT id FROM users WHERE email = $1")
        .bind(account.email.as_str())
        .fetch_optional(&mut *tx)
        .await
        .or_internal("find user")?;
    if taken.is_some() {
        return Err(AppError::AccountExists);
    }
    let user_id = new_id();
    sqlx::query(
        "INSERT INTO users (id, email, email_verified_at, password_hash, first_name, last_name, account_type, lang, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $3)",
    )
    .bind(&user_id)
    .bind(account.email.as_str())
    .bind(now)
    .bind(hash)
    .bind(account.first.as_str())
    .bind(account.last.as_str())
    .bind(input.account_type.as_str())
    .bind(input.lang.code())
    .execute(&mut *tx)
    .await
    .or_internal("create user")?;
    invitations::join(&mut tx, meta, &invitation, &user_id, now).await?;
    sessions::open(&mut tx, state, meta, &user_id, Some(&invitation.org_id), true).await?;
    tx.commit().await.or_internal("commit sign-up")?;
    let me = load_me(state, &user_id, Some(&invitation.org_id)).await?;
    Ok(SignUpOutcome::SignedIn { me })
}

pub async fn verify_email(state: &AppState, token: String) -> Result<Me, AppError> {
    let meta = RequestMeta::current();
    let now = now_ms();
    let mut tx = state.write().await?;
    let row: Option<(String, String)> = sqlx::query_as(
        "UPDATE one_time_tokens SET used_at = $1 \
         WHERE token_hash = $2 AND purpose = $3 AND used_at IS NULL AND expires_at > $1 \
         RETURNING user_id, target",
    )
    .bind(now)
    .bind(hash_secret(&token))
    .bind(VERIFY_EMAIL)
    .fetch_optional(&mut *tx)
    .await
    .or_internal("use confirmation token")?;
    let (user_id, email) = row.ok_or(AppError::LinkInvalid)?;
    sqlx::query("UPDATE users SET email_verified_at = $1 WHERE id = $2 AND email = $3 AND email_verified_at IS NULL")
        .bind(now)
        .bind(&user_id)
        .bind(&email)
        .execute(&mut *tx)
        .await
        .or_internal("confirm email")?;
    sessions::open(&mut tx, state, &meta, &user_id, None, true).await?;
    tx.commit().await.or_internal("commit confirmation")?;
    load_me(state, &user_id, None).await
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
        resend_confirmation(state, &user, &email).await?;
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

async fn resend_confirmation(state: &AppState, user: &Credentials, email: &str) -> Result<(), AppError> {
    let now = now_ms();
    let (secret, token_hash) = new_secret();
    let mut tx = state.write().await?;
    sqlx::query(
        "INSERT INTO one_time_tokens (token_hash, user_id, purpose, target, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(token_hash)
    .bind(&user.id)
    .bind(VERIFY_EMAIL)
    .bind(email)
    .bind(now)
    .bind(now + DAY_MS)
    .execute(&mut *tx)
    .await
    .or_internal("create confirmation token")?;
    let lang = Lang::from_tag(&user.lang).unwrap_or_default();
    let link = state.config().link(&format!("/verify-email?token={secret}"));
    outbox::enqueue(&mut tx, mail::verify_email(email, lang, &user.first_name, &link)).await?;
    tx.commit().await.or_internal("commit confirmation token")?;
    state.outbox_bell().notify_one();
    Ok(())
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
