//! The user's organizations: loading memberships, building the session view (`Me`), and
//! switching the current organization (ORG-1). Creating one is part of sign-up here.

use app::session::{Me, OrgSummary};
use app::AppError;
use domain::membership::AdminEmails;
use domain::{Lang, Membership, Role};
use sqlx::{Any, Executor};

use crate::failure::OrInternal;
use crate::request::RequestMeta;
use crate::sessions;
use crate::state::AppState;

/// The columns of `memberships m` that make a [`Membership`].
pub const MEMBERSHIP_COLUMNS: &str =
    "m.role, m.billing_rights, m.mail_billing, m.mail_technical, m.mail_security, m.blocked_at";

#[derive(sqlx::FromRow)]
pub struct MembershipRow {
    role: String,
    billing_rights: i64,
    mail_billing: i64,
    mail_technical: i64,
    mail_security: i64,
    blocked_at: Option<i64>,
}

impl MembershipRow {
    pub fn into_membership(self) -> Result<Membership, AppError> {
        let role = Role::parse(&self.role).ok_or(AppError::Internal)?;
        Ok(Membership {
            role,
            billing_rights: self.billing_rights != 0,
            admin_emails: AdminEmails {
                billing: self.mail_billing != 0,
                technical: self.mail_technical != 0,
                security: self.mail_security != 0,
            },
            blocked: self.blocked_at.is_some(),
        })
    }
}

/// The user's membership in an organization that still exists.
pub async fn membership<'e, E: Executor<'e, Database = Any>>(
    ex: E,
    org_id: &str,
    user_id: &str,
) -> Result<Option<Membership>, AppError> {
    let row: Option<MembershipRow> = sqlx::query_as(&format!(
        "SELECT {MEMBERSHIP_COLUMNS} FROM memberships m JOIN organizations o ON o.id = m.org_id \
         WHERE m.org_id = $1 AND m.user_id = $2 AND o.deleted_at IS NULL"
    ))
    .bind(org_id)
    .bind(user_id)
    .fetch_optional(ex)
    .await
    .or_internal("load membership")?;
    row.map(MembershipRow::into_membership).transpose()
}

/// Makes the organization's membership set change one at a time: the first write of any
/// transaction that adds, removes or changes members. PostgreSQL holds the row lock
/// until commit; SQLite's write transactions are serialized already.
pub async fn lock_members(tx: &mut sqlx::Transaction<'static, Any>, org_id: &str) -> Result<bool, AppError> {
    let done = sqlx::query("UPDATE organizations SET member_version = member_version + 1 WHERE id = $1 AND deleted_at IS NULL")
        .bind(org_id)
        .execute(&mut **tx)
        .await
        .or_internal("lock organization")?;
    Ok(done.rows_affected() == 1)
}

#[derive(sqlx::FromRow)]
struct UserRow {
    email: String,
    first_name: String,
    last_name: String,
    lang: String,
}

#[derive(sqlx::FromRow)]
struct OrgRow {
    id: String,
    name: String,
    #[sqlx(flatten)]
    membership: MembershipRow,
}

/// The session view of a user, with `current_org_id` falling back to their first
/// organization when the remembered one is gone.
pub async fn load_me(state: &AppState, user_id: &str, current: Option<&str>) -> Result<Me, AppError> {
    let user: UserRow = sqlx::query_as("SELECT email, first_name, last_name, lang FROM users WHERE id = $1")
        .bind(user_id)
        .fetch_optional(state.pool())
        .await
        .or_internal("load user")?
        .ok_or(AppError::Unauthenticated)?;
    let rows: Vec<OrgRow> = sqlx::query_as(&format!(
        "SELECT o.id, o.name, {MEMBERSHIP_COLUMNS} FROM memberships m JOIN organizations o ON o.id = m.org_id \
         WHERE m.user_id = $1 AND o.deleted_at IS NULL ORDER BY o.name, o.id"
    ))
    .bind(user_id)
    .fetch_all(state.pool())
    .await
    .or_internal("load organizations")?;
    let organizations = rows
        .into_iter()
        .map(|r| Ok(OrgSummary { id: r.id, name: r.name, membership: r.membership.into_membership()? }))
        .collect::<Result<Vec<_>, AppError>>()?;
    let current_org_id = current
        .filter(|c| organizations.iter().any(|o| o.id == *c))
        .map(str::to_string)
        .or_else(|| organizations.first().map(|o| o.id.clone()));
    Ok(Me {
        user_id: user_id.to_string(),
        email: user.email,
        first_name: user.first_name,
        last_name: user.last_name,
        lang: Lang::from_tag(&user.lang).unwrap_or_default(),
        organizations,
        current_org_id,
        dev_mode: state.config().dev,
    })
}

pub async fn switch(state: &AppState, org_id: String) -> Result<Me, AppError> {
    let meta = RequestMeta::current();
    let session = sessions::current(state, &meta).await?;
    if membership(state.pool(), &org_id, &session.user_id).await?.is_none() {
        return Err(AppError::Denied { reason: domain::Denied::NotAMember });
    }
    sessions::set_current_org(state, &session, &org_id).await?;
    load_me(state, &session.user_id, Some(&org_id)).await
}
