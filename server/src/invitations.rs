//! Invitations (MEM-2) seen from the invited side: the preview behind an emailed link,
//! the console's inbox, accepting and declining.

use app::invitations::api::{InvitationForMe, InvitationPreview};
use app::session::Me;
use app::AppError;
use domain::{Membership, Role};
use serde_json::json;
use sqlx::{Any, Executor, Transaction};

use crate::accounts::insert_membership;
use crate::audit::{self, Entry};
use crate::failure::OrInternal;
use crate::ids::{hash_secret, now_ms};
use crate::organizations::{load_me, lock_members, membership};
use crate::request::RequestMeta;
use crate::sessions;
use crate::state::AppState;

/// A pending invitation: not answered, not revoked, not expired, to a living organization.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Pending {
    pub id: String,
    pub org_id: String,
    pub org_name: String,
    pub email: String,
    pub role: String,
    pub billing_rights: i64,
    pub inviter_first: String,
    pub inviter_last: String,
}

impl Pending {
    pub fn role(&self) -> Result<Role, AppError> {
        Role::parse(&self.role).ok_or(AppError::Internal)
    }
}

const PENDING: &str = "SELECT i.id, i.org_id, o.name AS org_name, i.email, i.role, i.billing_rights, \
     u.first_name AS inviter_first, u.last_name AS inviter_last \
     FROM invitations i JOIN organizations o ON o.id = i.org_id JOIN users u ON u.id = i.invited_by \
     WHERE i.accepted_at IS NULL AND i.declined_at IS NULL AND i.revoked_at IS NULL \
       AND i.expires_at > $1 AND o.deleted_at IS NULL";

pub async fn by_token<'e, E: Executor<'e, Database = Any>>(ex: E, token: &str) -> Result<Option<Pending>, AppError> {
    sqlx::query_as(&format!("{PENDING} AND i.token_hash = $2"))
        .bind(now_ms())
        .bind(hash_secret(token))
        .fetch_optional(ex)
        .await
        .or_internal("find invitation")
}

async fn by_id_for<'e, E: Executor<'e, Database = Any>>(ex: E, id: &str, email: &str) -> Result<Option<Pending>, AppError> {
    sqlx::query_as(&format!("{PENDING} AND i.id = $2 AND i.email = $3"))
        .bind(now_ms())
        .bind(id)
        .bind(email)
        .fetch_optional(ex)
        .await
        .or_internal("find invitation")
}

/// Adds the user to the invitation's organization (or keeps them if already there) and
/// marks the invitation accepted. The caller holds the organization's member lock.
pub async fn join(
    tx: &mut Transaction<'static, Any>,
    meta: &RequestMeta,
    inv: &Pending,
    user_id: &str,
    now: i64,
) -> Result<(), AppError> {
    let role = inv.role()?;
    if membership(&mut **tx, &inv.org_id, user_id).await?.is_none() {
        insert_membership(tx, &inv.org_id, user_id, &Membership::new(role, inv.billing_rights != 0), now).await?;
    }
    sqlx::query("UPDATE invitations SET accepted_at = $1 WHERE id = $2")
        .bind(now)
        .bind(&inv.id)
        .execute(&mut **tx)
        .await
        .or_internal("accept invitation")?;
    let detail = json!({ "invitation": inv.id, "role": role.as_str() });
    audit::record(tx, meta, Entry { org_id: Some(&inv.org_id), actor: Some(user_id), action: "member.joined", target: Some(user_id), detail })
        .await
}

pub async fn preview(state: &AppState, token: String) -> Result<InvitationPreview, AppError> {
    let inv = by_token(state.pool(), &token).await?.ok_or(AppError::InvitationInvalid)?;
    Ok(InvitationPreview { org_name: inv.org_name.clone(), email: inv.email.clone(), role: inv.role()? })
}

/// The signed-in user's verified login email.
async fn verified_email(state: &AppState, user_id: &str) -> Result<String, AppError> {
    let row: Option<(String,)> = sqlx::query_as("SELECT email FROM users WHERE id = $1 AND email_verified_at IS NOT NULL")
        .bind(user_id)
        .fetch_optional(state.pool())
        .await
        .or_internal("load email")?;
    row.map(|r| r.0).ok_or(AppError::Unauthenticated)
}

pub async fn mine(state: &AppState) -> Result<Vec<InvitationForMe>, AppError> {
    let session = sessions::current(state, &RequestMeta::current()).await?;
    let email = verified_email(state, &session.user_id).await?;
    let rows: Vec<Pending> = sqlx::query_as(&format!("{PENDING} AND i.email = $2 ORDER BY i.created_at"))
        .bind(now_ms())
        .bind(&email)
        .fetch_all(state.pool())
        .await
        .or_internal("list invitations")?;
    rows.into_iter()
        .map(|r| {
            Ok(InvitationForMe {
                role: r.role()?,
                inviter_name: format!("{} {}", r.inviter_first, r.inviter_last),
                id: r.id,
                org_name: r.org_name,
            })
        })
        .collect()
}

pub async fn accept(state: &AppState, invitation_id: String) -> Result<Me, AppError> {
    let meta = RequestMeta::current();
    let session = sessions::current(state, &meta).await?;
    let email = verified_email(state, &session.user_id).await?;
    let inv = by_id_for(state.pool(), &invitation_id, &email).await?.ok_or(AppError::InvitationInvalid)?;
    let mut tx = state.write().await?;
    if !lock_members(&mut tx, &inv.org_id).await? {
        return Err(AppError::InvitationInvalid);
    }
    let inv = by_id_for(&mut *tx, &invitation_id, &email).await?.ok_or(AppError::InvitationInvalid)?;
    join(&mut tx, &meta, &inv, &session.user_id, now_ms()).await?;
    tx.commit().await.or_internal("commit acceptance")?;
    sessions::set_current_org(state, &session, &inv.org_id).await?;
    load_me(state, &session.user_id, Some(&inv.org_id)).await
}

pub async fn decline(state: &AppState, invitation_id: String) -> Result<(), AppError> {
    let meta = RequestMeta::current();
    let session = sessions::current(state, &meta).await?;
    let email = verified_email(state, &session.user_id).await?;
    let inv = by_id_for(state.pool(), &invitation_id, &email).await?.ok_or(AppError::InvitationInvalid)?;
    let mut tx = state.write().await?;
    // Under the lock, like accept and resend, so the three never interleave.
    lock_members(&mut tx, &inv.org_id).await?;
    let inv = by_id_for(&mut *tx, &invitation_id, &email).await?.ok_or(AppError::InvitationInvalid)?;
    sqlx::query("UPDATE invitations SET declined_at = $1 WHERE id = $2")
        .bind(now_ms())
        .bind(&inv.id)
        .execute(&mut *tx)
        .await
        .or_internal("decline invitation")?;
    let detail = json!({ "invitation": inv.id });
    audit::record(&mut tx, &meta, Entry { org_id: Some(&inv.org_id), actor: Some(&session.user_id), action: "invitation.declined", target: Some(&inv.id), detail })
        .await?;
    tx.commit().await.or_internal("commit decline")
}
