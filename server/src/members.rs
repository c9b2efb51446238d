//! An organization's members (MEM-1, MEM-3, MEM-4, MEM-7): the list and role changes;
//! invitations are in `member_invitations`. Every function checks the caller's membership in the
//! organization named by the request through `domain::authorize`.

use app::members::api::{MemberPage, MemberRow};
use app::AppError;
use domain::{authorize, Action, Lang, Membership, Role};
use serde_json::json;

use crate::audit::{self, Entry};
use crate::failure::OrInternal;
use crate::organizations::{lock_members, membership, MembershipRow, MEMBERSHIP_COLUMNS};
use crate::request::RequestMeta;
use crate::sessions::{self, SessionRow};
use crate::state::AppState;
use crate::{mail, member_invitations, outbox};

const PER_PAGE: u32 = 50;

/// The caller's session and their membership in `org_id`, authorized for `action`.
pub(crate) async fn actor(state: &AppState, org_id: &str, action: Action) -> Result<(SessionRow, Membership), AppError> {
    let session = sessions::current(state, &RequestMeta::current()).await?;
    let m = membership(state.pool(), org_id, &session.user_id).await?;
    authorize(m.as_ref(), &action).map_err(|reason| AppError::Denied { reason })?;
    Ok((session, m.ok_or(AppError::Internal)?))
}

#[derive(sqlx::FromRow)]
struct Row {
    user_id: String,
    first_name: String,
    last_name: String,
    email: String,
    #[sqlx(flatten)]
    membership: MembershipRow,
}

impl Row {
    fn into_member(self) -> Result<MemberRow, AppError> {
        Ok(MemberRow {
            user_id: self.user_id,
            first_name: self.first_name,
            last_name: self.last_name,
            email: self.email,
            membership: self.membership.into_membership()?,
        })
    }
}

fn like_pattern(search: &str) -> String {
    let escaped: String = search
        .trim()
        .to_lowercase()
        .chars()
        .flat_map(|c| match c {
            '%' | '_' | '\\' => vec!['\\', c],
            c => vec![c],
        })
        .collect();
    format!("%{escaped}%")
}

pub async fn list(state: &AppState, org_id: String, search: String, page: u32) -> Result<MemberPage, AppError> {
    let (session, you) = actor(state, &org_id, Action::ViewMembers).await?;
    // Without a search, a page is a range of the (org_id, sort_name) index.
    let filter = if search.trim().is_empty() {
        "FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.org_id = $1 AND $2 = ''"
    } else {
        "FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.org_id = $1 \
         AND (LOWER(u.first_name || ' ' || u.last_name) LIKE $2 ESCAPE '\\' OR u.email LIKE $2 ESCAPE '\\')"
    };
    let pattern = if search.trim().is_empty() { String::new() } else { like_pattern(&search) };
    let (total,): (i64,) = sqlx::query_as(&format!("SELECT COUNT(*) {filter}"))
        .bind(&org_id)
        .bind(&pattern)
        .fetch_one(state.pool())
        .await
        .or_internal("count members")?;
    let page = page.min((total.max(1) as u32 - 1) / PER_PAGE);
    let rows: Vec<Row> = sqlx::query_as(&format!(
        "SELECT u.id AS user_id, u.first_name, u.last_name, u.email, {MEMBERSHIP_COLUMNS} {filter} \
         ORDER BY m.sort_name, m.user_id LIMIT $3 OFFSET $4"
    ))
    .bind(&org_id)
    .bind(&pattern)
    .bind(i64::from(PER_PAGE))
    .bind(i64::from(page * PER_PAGE))
    .fetch_all(state.pool())
    .await
    .or_internal("list members")?;
    let (lrs,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM memberships WHERE org_id = $1 AND role = 'legal_representative'")
        .bind(&org_id)
        .fetch_one(state.pool())
        .await
        .or_internal("count legal representatives")?;
    let (org_name,): (String,) = sqlx::query_as("SELECT name FROM organizations WHERE id = $1")
        .bind(&org_id)
        .fetch_one(state.pool())
        .await
        .or_internal("load organization")?;
    let pending = if you.role.is_manager() { member_invitations::pending(state, &org_id).await? } else { Vec::new() };
    Ok(MemberPage {
        members: rows.into_iter().map(Row::into_member).collect::<Result<_, _>>()?,
        org_id,
        org_name,
        total: total as u64,
        page,
        per_page: PER_PAGE,
        legal_representatives: lrs as u32,
        you,
        your_user_id: session.user_id,
        pending,
    })
}

pub async fn change_role(state: &AppState, org_id: String, user_id: String, role: Role) -> Result<MemberRow, AppError> {
    let meta = RequestMeta::current();
    let session = sessions::current(state, &meta).await?;
    let mut tx = state.write().await?;
    // Everything below reads the membership set under the organization's lock, so two
    // concurrent changes cannot both see "two legal representatives" and both demote.
    lock_members(&mut tx, &org_id).await?;
    let you = membership(&mut *tx, &org_id, &session.user_id).await?;
    // Not a member: refuse before saying anything about the target.
    let you = you.ok_or(AppError::Denied { reason: domain::Denied::NotAMember })?;
    let target: Option<Row> = sqlx::query_as(&format!(
        "SELECT u.id AS user_id, u.first_name, u.last_name, u.email, {MEMBERSHIP_COLUMNS} \
         FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.org_id = $1 AND m.user_id = $2"
    ))
    .bind(&org_id)
    .bind(&user_id)
    .fetch_optional(&mut *tx)
    .await
    .or_internal("load member")?;
    let mut target = target.ok_or(AppError::NotFound)?.into_member()?;
    let (lrs,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM memberships WHERE org_id = $1 AND role = 'legal_representative'")
        .bind(&org_id)
        .fetch_one(&mut *tx)
        .await
        .or_internal("count legal representatives")?;
    let from = target.membership.role;
    let action = Action::ChangeRole { from, to: role, legal_representatives: lrs as usize };
    authorize(Some(&you), &action).map_err(|reason| AppError::Denied { reason })?;
    if from == role {
        return Ok(target);
    }
    sqlx::query("UPDATE memberships SET role = $1, billing_rights = CASE WHEN $2 = 1 THEN 1 ELSE billing_rights END WHERE org_id = $3 AND user_id = $4")
        .bind(role.as_str())
        .bind(i64::from(role.is_manager()))
        .bind(&org_id)
        .bind(&user_id)
        .execute(&mut *tx)
        .await
        .or_internal("change role")?;
    let (actor_first, actor_last): (String, String) = sqlx::query_as("SELECT first_name, last_name FROM users WHERE id = $1")
        .bind(&session.user_id)
        .fetch_one(&mut *tx)
        .await
        .or_internal("load actor")?;
    let (org_name,): (String,) = sqlx::query_as("SELECT name FROM organizations WHERE id = $1")
        .bind(&org_id)
        .fetch_one(&mut *tx)
        .await
        .or_internal("load organization")?;
    let (target_lang,): (String,) = sqlx::query_as("SELECT lang FROM users WHERE id = $1")
        .bind(&user_id)
        .fetch_one(&mut *tx)
        .await
        .or_internal("load member language")?;
    let actor_name = format!("{actor_first} {actor_last}");
    let link = state.config().link("/");
    let summary = mail::role_changed(mail::RoleChanged {
        to: &target.email,
        lang: Lang::from_tag(&target_lang).unwrap_or_default(),
        name: &target.first_name,
        actor: &actor_name,
        org: &org_name,
        from,
        new_role: role,
        link: &link,
    });
    outbox::enqueue(&mut tx, summary).await?;
    let detail = json!({ "from": from.as_str(), "to": role.as_str() });
    audit::record(&mut tx, &meta, Entry { org_id: Some(&org_id), actor: Some(&session.user_id), action: "member.role_changed", target: Some(&user_id), detail })
        .await?;
    tx.commit().await.or_internal("commit role change")?;
    state.outbox_bell().notify_one();
    target.membership.role = role;
    if role.is_manager() {
        target.membership.billing_rights = true;
    }
    Ok(target)
}
