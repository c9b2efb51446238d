//! Removing a member (MEM-5), under the organization's lock: the rule (only a legal
//! representative removes one, never the last) is `domain::authorize`'s, read against the
//! membership set as it is at that moment. The removed person is told by email.

use app::members::api::RemoveMember;
use app::AppError;
use domain::Action;
use serde_json::json;

use super::store;
use crate::audit::{self, Entry};
use crate::caller::Caller;
use crate::context::Ctx;
use crate::endpoints::Endpoints;
use crate::error::Result;
use crate::features::organizations::store::organization_name;
use crate::org_access::LockedOrg;
use crate::{mail, outbox};

pub fn endpoints(api: &mut Endpoints) {
    api.signed_in(remove);
}

async fn remove(cx: Ctx, caller: Caller, RemoveMember { org_id, user_id }: RemoveMember) -> Result<()> {
    let mut locked = LockedOrg::lock(&cx, &caller, &org_id).await?;
    let target = store::member(&mut **locked.reader(), &org_id, &user_id).await?.ok_or(AppError::NotFound)?;
    let lang = target.lang();
    let target = target.into_member()?;
    let legal_representatives = store::legal_representatives(&mut **locked.reader(), &org_id).await?;
    let action = Action::RemoveMember {
        role: target.membership.role,
        target_blocked: target.membership.blocked,
        legal_representatives,
    };
    let mut write = locked.authorize(&action)?;
    store::remove_membership(write.tx(), &org_id, &user_id).await?;
    let (actor_first, actor_last, _) = store::person(write.tx(), &caller.user_id).await?;
    let org = organization_name(&mut **write.tx(), &org_id).await?;
    let actor = format!("{actor_first} {actor_last}");
    let notice = mail::member_removed(mail::MemberRemoved {
        to: &target.email,
        lang,
        name: &target.first_name,
        actor: &actor,
        org: &org,
    });
    outbox::enqueue(write.tx(), &cx, notice).await?;
    let detail = json!({ "role": target.membership.role.as_str() });
    let entry = Entry {
        org_id: Some(&org_id),
        actor: Some(&caller.user_id),
        action: "member.removed",
        target: Some(&user_id),
        detail,
    };
    audit::record(write.tx(), &cx, entry).await?;
    write.commit(&cx).await
}
