//! Closing the account (ACC-13). Refused while the user is the last legal
//! representative (not blocked) of an organization that still has products or other
//! members: the facts are read under each organization's member lock, taken in one
//! order, and judged by `domain::profile::closure_blockers` — the rule the page uses to
//! list the blocking organizations before anyone tries. On success the user leaves every
//! organization as `organizations/leave` does (its legal representatives told, an audit
//! entry), their own empty organizations are closed, every session ends, a goodbye
//! email goes out.

use app::error::{Field, Problem};
use app::profile::api::CloseAccount;
use app::AppError;
use domain::profile::{check_closure_confirmation, closure_blockers, ClosureFacts};
use domain::security_event::SecurityEvent;
use domain::Role;
use serde_json::json;

use super::{mail, store};
use crate::audit::{self, Entry};
use crate::caller::Caller;
use crate::context::{Ctx, Tx};
use crate::error::Result;
use crate::features::organizations::facts;
use crate::features::organizations::mail::{member_left, MemberLeft};
use crate::org_access::{legal_representatives, lock_members, membership};
use crate::reauth::confirm_password;
use crate::{outbox, security_log, sessions};

async fn closure_facts(conn: &mut sqlx::AnyConnection, org_id: &str, user_id: &str) -> Result<Option<ClosureFacts>> {
    let Some(you) = membership(&mut *conn, org_id, user_id).await? else { return Ok(None) };
    let representatives = legal_representatives(&mut *conn, org_id).await?;
    let (deletion, _, org_name) = facts::deletion_facts(conn, org_id, user_id).await?;
    Ok(Some(ClosureFacts {
        org_id: org_id.to_string(),
        org_name,
        legal_representative: you.role == Role::LegalRepresentative && !you.blocked,
        legal_representatives: representatives,
        other_members: deletion.other_members,
        live_products: deletion.active_products,
    }))
}

/// The names of the organizations that hold the closing back now, for the page.
pub async fn blockers(cx: &Ctx, caller: &Caller) -> Result<Vec<String>> {
    let mut conn = cx.pool().acquire().await?;
    let mut all = Vec::new();
    for org_id in store::organization_ids(&mut *conn, &caller.user_id).await? {
        all.extend(closure_facts(&mut conn, &org_id, &caller.user_id).await?);
    }
    Ok(closure_blockers(&all).into_iter().map(|f| f.org_name.clone()).collect())
}

pub async fn close_account(
    cx: Ctx,
    caller: Caller,
    CloseAccount { password, confirmation }: CloseAccount,
) -> Result<()> {
    let account = store::account(cx.pool(), &caller.user_id).await?;
    check_closure_confirmation(&confirmation, &account.email)
        .map_err(|p| AppError::invalid(Field::Confirmation, Problem::Profile(p)))?;
    confirm_password(&cx, &caller, &password).await?;
    let now = cx.now();
    let mut tx = cx.write().await?;
    let mut all = Vec::new();
    for org_id in store::organization_ids(&mut *tx, &caller.user_id).await? {
        if lock_members(&mut tx, &org_id).await? {
            all.extend(closure_facts(&mut tx, &org_id, &caller.user_id).await?);
        }
    }
    let blocking = closure_blockers(&all);
    if !blocking.is_empty() {
        let organizations = blocking.into_iter().map(|f| f.org_name.clone()).collect();
        return Err(AppError::ClosureBlocked { organizations }.into());
    }
    let member = format!("{} {}", account.first_name, account.last_name);
    for org in &all {
        if org.closes_with_account() {
            facts::delete_organization(&mut tx, &org.org_id, now).await?;
            facts::forget_current_org(&mut tx, &org.org_id, None).await?;
        } else {
            leave(&mut tx, &cx, org, &caller.user_id, &member, &account.email).await?;
        }
    }
    sqlx::query("UPDATE users SET closed_at = $1 WHERE id = $2 AND closed_at IS NULL")
        .bind(now)
        .bind(&caller.user_id)
        .execute(&mut *tx)
        .await?;
    sessions::revoke_all(&mut tx, &caller.user_id, now).await?;
    sqlx::query("UPDATE one_time_tokens SET used_at = $1 WHERE user_id = $2 AND used_at IS NULL")
        .bind(now)
        .bind(&caller.user_id)
        .execute(&mut *tx)
        .await?;
    store::drop_phone_check(&mut tx, &caller.user_id).await?;
    sqlx::query("DELETE FROM newsletter_subscriptions WHERE user_id = $1")
        .bind(&caller.user_id)
        .execute(&mut *tx)
        .await?;
    security_log::record(&mut tx, &cx, &caller.user_id, SecurityEvent::AccountClosed, "").await?;
    outbox::enqueue(&mut tx, &cx, mail::goodbye(&account.email, account.lang(), &account.first_name)).await?;
    tx.commit().await?;
    cx.state.outbox_bell().notify_one();
    sessions::close(&cx).await
}

/// Leaves one organization as `organizations/leave` does.
async fn leave(tx: &mut Tx, cx: &Ctx, org: &ClosureFacts, user_id: &str, member: &str, email: &str) -> Result<()> {
    let role = membership(&mut **tx, &org.org_id, user_id).await?.map(|m| m.role);
    facts::remove_membership(tx, &org.org_id, user_id).await?;
    facts::forget_current_org(tx, &org.org_id, Some(user_id)).await?;
    let link = cx.config().link(&format!("/o/{}/members", org.org_id));
    for (to, name, lang) in facts::legal_representative_contacts(&mut **tx, &org.org_id).await? {
        let notice = member_left(MemberLeft {
            to: &to,
            lang,
            name: &name,
            member,
            member_email: email,
            org: &org.org_name,
            link: &link,
        });
        outbox::enqueue(tx, cx, notice).await?;
    }
    let detail = json!({ "before": { "role": role.map(Role::as_str) }, "after": null });
    let entry =
        Entry { org_id: Some(&org.org_id), actor: Some(user_id), action: "member.left", target: Some(user_id), detail };
    audit::record(tx, cx, entry).await
}
