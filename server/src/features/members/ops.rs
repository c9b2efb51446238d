//! What can be done to one member (change the role, block, unblock, remove), each read,
//! authorized and written under the organization's lock, with its email and audit entry
//! in the same transaction. The single-member endpoints and the batch actions (MEM-7)
//! both go through [`apply`], so a batch can do nothing a single request could not.

use app::members::api::{MemberOp, MemberRow};
use app::AppError;
use domain::Action;
use serde_json::json;

use super::{mail as member_mail, store};
use crate::audit::{self, Entry};
use crate::caller::Caller;
use crate::context::Ctx;
use crate::error::Result;
use crate::features::organizations::store::organization_name;
use crate::org_access::OrgWrite;
use crate::{mail, outbox};

/// The policy's action for `op` on `target`, with the facts read under the lock.
pub fn action_for(op: MemberOp, target: &MemberRow, caller: &Caller, legal_representatives: usize) -> Action {
    let m = &target.membership;
    match op {
        MemberOp::ChangeRole { role } => {
            Action::ChangeRole { from: m.role, to: role, target_blocked: m.blocked, legal_representatives }
        }
        MemberOp::Block => {
            Action::BlockMember { role: m.role, yourself: target.user_id == caller.user_id, legal_representatives }
        }
        MemberOp::Unblock => Action::UnblockMember { role: m.role },
        MemberOp::Remove => Action::RemoveMember { role: m.role, target_blocked: m.blocked, legal_representatives },
    }
}

/// Applies `op` to the member `user_id`; the member as they are afterwards (`None` once
/// removed). A refusal changes nothing.
pub async fn apply(
    write: &mut OrgWrite,
    cx: &Ctx,
    caller: &Caller,
    user_id: &str,
    op: MemberOp,
) -> Result<Option<MemberRow>> {
    let org_id = write.org_id().to_string();
    let row = store::member(&mut **write.tx(), &org_id, user_id).await?.ok_or(AppError::NotFound)?;
    let lang = row.lang();
    let mut target = row.into_member()?;
    let legal_representatives = crate::org_access::legal_representatives(&mut **write.tx(), &org_id).await?;
    write.permits(&action_for(op, &target, caller, legal_representatives))?;
    let before = target.membership.clone();
    let (actor_first, actor_last, _) = store::person(write.tx(), &caller.user_id).await?;
    let actor = format!("{actor_first} {actor_last}");
    let org = organization_name(&mut **write.tx(), &org_id).await?;
    let (email, audit_action, detail) = match op {
        MemberOp::ChangeRole { role } => {
            if before.role == role {
                return Ok(Some(target));
            }
            let next = before.with_role(role);
            store::set_membership(write.tx(), &org_id, user_id, &next).await?;
            target.membership = next;
            let link = cx.config().link("/");
            let email = mail::role_changed(mail::RoleChanged {
                to: &target.email,
                lang,
                name: &target.first_name,
                actor: &actor,
                org: &org,
                from: before.role,
                new_role: role,
                link: &link,
            });
            // The facts the policy judged, so the log alone can show the change was
            // allowed (`by`: the actor's membership under the lock).
            let by = write.actor();
            let detail = json!({ "before": { "role": before.role.as_str() }, "after": { "role": role.as_str() },
                "by": { "role": by.role.as_str(), "blocked": by.blocked },
                "target_blocked": before.blocked, "legal_representatives": legal_representatives });
            (email, "member.role_changed", detail)
        }
        MemberOp::Block | MemberOp::Unblock => {
            let blocked = op == MemberOp::Block;
            if before.blocked == blocked {
                return Ok(Some(target));
            }
            store::set_blocked(write.tx(), &org_id, user_id, blocked.then_some((cx.now(), caller.user_id.as_str())))
                .await?;
            target.membership.blocked = blocked;
            let email = member_mail::blocked(&target, lang, &actor, &org, blocked);
            let detail = json!({ "before": { "blocked": !blocked }, "after": { "blocked": blocked }, "role": before.role.as_str() });
            (email, if blocked { "member.blocked" } else { "member.unblocked" }, detail)
        }
        MemberOp::Remove => {
            store::remove_membership(write.tx(), &org_id, user_id).await?;
            let email = mail::member_removed(mail::MemberRemoved {
                to: &target.email,
                lang,
                name: &target.first_name,
                actor: &actor,
                org: &org,
            });
            let detail =
                json!({ "before": { "role": before.role.as_str(), "products": target.product_access }, "after": null });
            (email, "member.removed", detail)
        }
    };
    outbox::enqueue(write.tx(), cx, email).await?;
    let entry = Entry {
        org_id: Some(&org_id),
        actor: Some(&caller.user_id),
        action: audit_action,
        target: Some(user_id),
        detail,
    };
    audit::record(write.tx(), cx, entry).await?;
    Ok((op != MemberOp::Remove).then_some(target))
}
