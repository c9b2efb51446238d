//! Invitations seen by an organization's managers (MEM-2, MEM-3): sending, the pending
//! list, resending (a fresh link; the old one stops working) and revoking.

use app::error::{Field, Problem};
use app::members::api::PendingInvitation;
use app::AppError;
use domain::{authorize, Action, Email, Lang, Role};
use serde_json::json;
use sqlx::{Any, Transaction};

use crate::audit::{self, Entry};
use crate::failure::OrInternal;
use crate::ids::{new_id, new_secret, now_ms, DAY_MS};
use crate::members::actor;
use crate::organizations::{lock_members, membership};
use crate::request::RequestMeta;
use crate::sessions;
use crate::state::AppState;
use crate::throttles::Bucket;
use crate::{mail, outbox};

const INVITATION_DAYS: i64 = 14;

pub async fn pending(state: &AppState, org_id: &str) -> Result<Vec<PendingInvitation>, AppError> {
    let rows: Vec<(String, String, String, i64)> = sqlx::query_as(
        "SELECT id, email, role, expires_at FROM invitations WHERE org_id = $1 AND accepted_at IS NULL \
         AND declined_at IS NULL AND revoked_at IS NULL AND expires_at > $2 ORDER BY created_at DESC LIMIT 200",
    )
    .bind(org_id)
    .bind(now_ms())
    .fetch_all(state.pool())
    .await
    .or_internal("list invitations")?;
    rows.into_iter()
        .map(|(id, email, role, expires_at)| {
            Ok(PendingInvitation { id, email, role: Role::parse(&role).ok_or(AppError::Internal)?, expires_at })
        })
        .collect()
}

/// Checks, under the organization's member lock, that the caller may still `action`.
async fn authorize_locked(
    tx: &mut Transaction<'static, Any>,
    org_id: &str,
    user_id: &str,
    action: Action,
) -> Result<(), AppError> {
    lock_members(tx, org_id).await?;
    let you = membership(&mut **tx, org_id, user_id).await?;
    authorize(you.as_ref(), &action).map_err(|reason| AppError::Denied { reason })
}

pub async fn invite(state: &AppState, org_id: String, email: String, role: Role) -> Result<PendingInvitation, AppError> {
    let meta = RequestMeta::current();
    let (session, _) = actor(state, &org_id, Action::InviteMember { role }).await?;
    let email = Email::parse(&email).map_err(|e| AppError::invalid(Field::Email, Problem::Email(e)))?;
    let mut tx = state.write().await?;
    // Checked again inside the transaction: the caller's role may have changed since.
    authorize_locked(&mut tx, &org_id, &session.user_id, Action::InviteMember { role }).await?;
    let invitation = issue(&mut tx, state, &meta, &org_id, &session.user_id, &email, role).await?;
    tx.commit().await.or_internal("commit invitation")?;
    state.outbox_bell().notify_one();
    Ok(invitation)
}

/// A pending invitation of `org_id`: (email, role).
async fn find_pending(tx: &mut Transaction<'static, Any>, org_id: &str, id: &str) -> Result<(Email, Role), AppError> {
    let row: Option<(String, String)> = sqlx::query_as(
        "SELECT email, role FROM invitations WHERE id = $1 AND org_id = $2 AND accepted_at IS NULL \
         AND declined_at IS NULL AND revoked_at IS NULL AND expires_at > $3",
    )
    .bind(id)
    .bind(org_id)
    .bind(now_ms())
    .fetch_optional(&mut **tx)
    .await
    .or_internal("find invitation")?;
    let (email, role) = row.ok_or(AppError::InvitationInvalid)?;
    Ok((Email::parse(&email).map_err(|_| AppError::Internal)?, Role::parse(&role).ok_or(AppError::Internal)?))
}

/// Locks the organization's members, finds the pending invitation and checks that the
/// caller may manage it: (session, email, role).
async fn manageable(
    tx: &mut Transaction<'static, Any>,
    session: &sessions::SessionRow,
    org_id: &str,
    invitation_id: &str,
) -> Result<(Email, Role), AppError> {
    lock_members(tx, org_id).await?;
    let you = membership(&mut **tx, org_id, &session.user_id).await?;
    // Not a member: refuse before saying anything about the invitation.
    let you = you.ok_or(AppError::Denied { reason: domain::Denied::NotAMember })?;
    let (email, role) = find_pending(tx, org_id, invitation_id).await?;
    authorize(Some(&you), &Action::ManageInvitation { role }).map_err(|reason| AppError::Denied { reason })?;
    Ok((email, role))
}

pub async fn resend(state: &AppState, org_id: String, invitation_id: String) -> Result<PendingInvitation, AppError> {
    let meta = RequestMeta::current();
    // The session is read (and maybe touched) before the write transaction starts: on
    // SQLite a second writer inside it would wait for ourselves.
    let session = sessions::current(state, &meta).await?;
    let mut tx = state.write().await?;
    let (email, role) = manageable(&mut tx, &session, &org_id, &invitation_id).await?;
    let invitation = issue(&mut tx, state, &meta, &org_id, &session.user_id, &email, role).await?;
    tx.commit().await.or_internal("commit invitation")?;
    state.outbox_bell().notify_one();
    Ok(invitation)
}

pub async fn revoke(state: &AppState, org_id: String, invitation_id: String) -> Result<(), AppError> {
    let meta = RequestMeta::current();
    // The session is read (and maybe touched) before the write transaction starts: on
    // SQLite a second writer inside it would wait for ourselves.
    let session = sessions::current(state, &meta).await?;
    let mut tx = state.write().await?;
    let (email, role) = manageable(&mut tx, &session, &org_id, &invitation_id).await?;
    sqlx::query("UPDATE invitations SET revoked_at = $1 WHERE id = $2")
        .bind(now_ms())
        .bind(&invitation_id)
        .execute(&mut *tx)
        .await
        .or_internal("revoke invitation")?;
    let detail = json!({ "email": email.as_str(), "role": role.as_str() });
    audit::record(&mut tx, &meta, Entry { org_id: Some(&org_id), actor: Some(&session.user_id), action: "invitation.revoked", target: Some(&invitation_id), detail })
        .await?;
    tx.commit().await.or_internal("commit revocation")
}

/// Creates the invitation (replacing any pending one for the address) and queues its
/// email. The caller has authorized the action under the member lock. Each email sent
/// counts against the inviter's allowance, so the console cannot be used to spam.
async fn issue(
    tx: &mut Transaction<'static, Any>,
    state: &AppState,
    meta: &RequestMeta,
    org_id: &str,
    inviter_id: &str,
    email: &Email,
    role: Role,
) -> Result<PendingInvitation, AppError> {
    let now = now_ms();
    state.throttles().check(Bucket::Invitation, inviter_id, now).map_err(crate::accounts::rate_limited)?;
    state.throttles().failure(Bucket::Invitation, inviter_id, now);
    let invitee: Option<(String, String)> = sqlx::query_as("SELECT id, lang FROM users WHERE email = $1")
        .bind(email.as_str())
        .fetch_optional(&mut **tx)
        .await
        .or_internal("find invitee")?;
    if let Some((invitee_id, _)) = &invitee {
        if membership(&mut **tx, org_id, invitee_id).await?.is_some() {
            return Err(AppError::AlreadyMember);
        }
    }
    sqlx::query(
        "UPDATE invitations SET revoked_at = $1 WHERE org_id = $2 AND email = $3 \
         AND accepted_at IS NULL AND declined_at IS NULL AND revoked_at IS NULL",
    )
    .bind(now)
    .bind(org_id)
    .bind(email.as_str())
    .execute(&mut **tx)
    .await
    .or_internal("replace invitation")?;
    let (inviter_first, inviter_last, inviter_lang): (String, String, String) =
        sqlx::query_as("SELECT first_name, last_name, lang FROM users WHERE id = $1")
            .bind(inviter_id)
            .fetch_one(&mut **tx)
            .await
            .or_internal("load inviter")?;
    let (org_name,): (String,) = sqlx::query_as("SELECT name FROM organizations WHERE id = $1")
        .bind(org_id)
        .fetch_one(&mut **tx)
        .await
        .or_internal("load organization")?;
    let id = new_id();
    let (secret, token_hash) = new_secret();
    let expires_at = now + INVITATION_DAYS * DAY_MS;
    sqlx::query(
        "INSERT INTO invitations (id, org_id, email, role, billing_rights, token_hash, invited_by, created_at, expires_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(&id)
    .bind(org_id)
    .bind(email.as_str())
    .bind(role.as_str())
    .bind(i64::from(role.is_manager()))
    .bind(token_hash)
    .bind(inviter_id)
    .bind(now)
    .bind(expires_at)
    .execute(&mut **tx)
    .await
    .or_internal("create invitation")?;
    // The invitee's language when they have an account, else the inviter's.
    let lang_tag = invitee.as_ref().map(|(_, l)| l.as_str()).unwrap_or(&inviter_lang);
    let link = match &invitee {
        Some(_) => state.config().link("/sign-in"),
        None => state.config().link(&format!("/sign-up?invitation={secret}")),
    };
    let inviter = format!("{inviter_first} {inviter_last}");
    let message = mail::invitation(mail::Invitation {
        to: email.as_str(),
        lang: Lang::from_tag(lang_tag).unwrap_or_default(),
        inviter: &inviter,
        org: &org_name,
        role,
        link: &link,
        days: INVITATION_DAYS,
        has_account: invitee.is_some(),
    });
    outbox::enqueue(tx, message).await?;
    let detail = json!({ "email": email.as_str(), "role": role.as_str() });
    audit::record(tx, meta, Entry { org_id: Some(org_id), actor: Some(inviter_id), action: "invitation.created", target: Some(&id), detail })
        .await?;
    Ok(PendingInvitation { id, email: email.to_string(), role, expires_at })
}
