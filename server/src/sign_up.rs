//! Sign-up (ACC-1). Without an invitation: the person, an organization they legally
//! represent, and a confirmation link — with one answer whatever the address, so
//! sign-up reveals no account. From an invitation link: a confirmed account that joins
//! the inviting organization at once.

use app::auth::api::{SignUpInput, SignUpOutcome};
use app::error::{Field, Problem};
use app::AppError;
use domain::password::PersonalWords;
use domain::{Email, Lang, Membership, OrgName, Password, PersonName, Role};
use serde_json::json;
use sqlx::{Any, Transaction};

use crate::accounts::{insert_membership, rate_limited};
use crate::audit::{self, Entry};
use crate::failure::OrInternal;
use crate::ids::{new_id, now_ms};
use crate::organizations::{load_me, lock_members};
use crate::request::RequestMeta;
use crate::state::AppState;
use crate::throttles::Bucket;
use crate::{confirmation, invitations, mail, outbox, passwords, sessions};

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

fn is_unique_violation(e: &sqlx::Error) -> bool {
    e.as_database_error().is_some_and(|d| d.is_unique_violation())
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
    match (&input.invitation, org_name) {
        (Some(token), _) => join_by_invitation(state, &meta, &input, &account, &hash, token).await,
        (None, Some(org_name)) => {
            create_account(state, &meta, &input, &account, &hash, &org_name).await?;
            Ok(SignUpOutcome::CheckYourEmail { email: account.email.to_string() })
        }
        (None, None) => Err(AppError::Internal),
    }
}

async fn create_account(
    state: &AppState,
    meta: &RequestMeta,
    input: &SignUpInput,
    account: &NewAccount,
    hash: &str,
    org_name: &OrgName,
) -> Result<(), AppError> {
    let now = now_ms();
    let mut tx = state.write().await?;
    let existing: Option<(String, String, String, Option<i64>)> =
        sqlx::query_as("SELECT id, first_name, lang, email_verified_at FROM users WHERE email = $1")
            .bind(account.email.as_str())
            .fetch_optional(&mut *tx)
            .await
            .or_internal("find user")?;
    match existing {
        Some((_, name, lang, Some(_))) => {
            // The owner of the address learns of the attempt; the visitor learns nothing.
            let lang = Lang::from_tag(&lang).unwrap_or_default();
            let link = state.config().link("/sign-in");
            outbox::enqueue(&mut tx, mail::already_registered(account.email.as_str(), lang, &name, &link)).await?;
            tx.commit().await.or_internal("commit sign-up")?;
            state.outbox_bell().notify_one();
            return Ok(());
        }
        // Never confirmed: whoever signed up with this address before could not prove
        // it. The newest sign-up replaces that account, and its link is the only valid one.
        Some((stale_id, _, _, None)) => discard_unconfirmed(&mut tx, &stale_id).await?,
        None => {}
    }
    let user_id = new_id();
    let org_id = new_id();
    let inserted = sqlx::query(
        "INSERT INTO users (id, email, password_hash, first_name, last_name, account_type, lang, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(&user_id)
    .bind(account.email.as_str())
    .bind(hash)
    .bind(account.first.as_str())
    .bind(account.last.as_str())
    .bind(input.account_type.as_str())
    .bind(input.lang.code())
    .bind(now)
    .execute(&mut *tx)
    .await;
    match inserted {
        // Two sign-ups with one address at the same instant: the second gets the same
        // answer as any other, and the first one's link goes out.
        Err(e) if is_unique_violation(&e) => return Ok(()),
        other => other.or_internal("create user")?,
    };
    sqlx::query("INSERT INTO organizations (id, name, kind, created_at) VALUES ($1, $2, $3, $4)")
        .bind(&org_id)
        .bind(org_name.as_str())
        .bind(input.account_type.as_str())
        .bind(now)
        .execute(&mut *tx)
        .await
        .or_internal("create organization")?;
    insert_membership(&mut tx, &org_id, &user_id, &Membership::new(Role::LegalRepresentative, true), now).await?;
    confirmation::issue(&mut tx, state, &user_id, account.email.as_str(), input.lang, account.first.as_str()).await?;
    let detail = json!({ "name": org_name.as_str(), "kind": input.account_type.as_str() });
    audit::record(&mut tx, meta, Entry { org_id: Some(&org_id), actor: Some(&user_id), action: "organization.created", target: Some(&org_id), detail })
        .await?;
    tx.commit().await.or_internal("commit sign-up")?;
    state.outbox_bell().notify_one();
    Ok(())
}

/// Removes an account that never confirmed its address, with the organization its
/// sign-up created. Such an account never signed in, so nothing else refers to it.
async fn discard_unconfirmed(tx: &mut Transaction<'static, Any>, user_id: &str) -> Result<(), AppError> {
    let orgs: Vec<(String,)> = sqlx::query_as("SELECT org_id FROM memberships WHERE user_id = $1")
        .bind(user_id)
        .fetch_all(&mut **tx)
        .await
        .or_internal("find unconfirmed organizations")?;
    for statement in [
        "DELETE FROM one_time_tokens WHERE user_id = $1",
        "DELETE FROM sessions WHERE user_id = $1",
        "DELETE FROM sign_in_events WHERE user_id = $1",
        "DELETE FROM memberships WHERE user_id = $1",
    ] {
        sqlx::query(statement).bind(user_id).execute(&mut **tx).await.or_internal("discard unconfirmed account")?;
    }
    for (org_id,) in orgs {
        sqlx::query("DELETE FROM organizations WHERE id = $1 AND NOT EXISTS (SELECT 1 FROM memberships WHERE org_id = $1)")
            .bind(&org_id)
            .execute(&mut **tx)
            .await
            .or_internal("discard unconfirmed organization")?;
    }
    sqlx::query("DELETE FROM users WHERE id = $1 AND email_verified_at IS NULL")
        .bind(user_id)
        .execute(&mut **tx)
        .await
        .or_internal("discard unconfirmed account")?;
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
    let existing: Option<(String, Option<i64>)> = sqlx::query_as("SELECT id, email_verified_at FROM users WHERE email = $1")
        .bind(account.email.as_str())
        .fetch_optional(&mut *tx)
        .await
        .or_internal("find user")?;
    match existing {
        Some((_, Some(_))) => return Err(AppError::AccountExists),
        Some((stale_id, None)) => discard_unconfirmed(&mut tx, &stale_id).await?,
        None => {}
    }
    let user_id = new_id();
    let inserted = sqlx::query(
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
    .await;
    match inserted {
        Err(e) if is_unique_violation(&e) => return Err(AppError::AccountExists),
        other => other.or_internal("create user")?,
    };
    invitations::join(&mut tx, meta, &invitation, &user_id, now).await?;
    sessions::open(&mut tx, state, meta, &user_id, Some(&invitation.org_id), true).await?;
    tx.commit().await.or_internal("commit sign-up")?;
    let me = load_me(state, &user_id, Some(&invitation.org_id)).await?;
    Ok(SignUpOutcome::SignedIn { me })
}
