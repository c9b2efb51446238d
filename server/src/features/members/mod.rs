//! An organization's members (MEM-1…MEM-4, MEM-7): the list and role changes here, the
//! invitations managers send in `invitations`. Every body names the organization
//! explicitly and goes through `org_access`.

mod invitations;
mod remove;
pub mod store;

use app::error::{Field, Problem};
use app::members::api::{ChangeRole, ListMembers, MemberPage, MemberRow};
use app::AppError;
use domain::Action;
use serde_json::json;

use crate::audit::{self, Entry};
use crate::caller::Caller;
use crate::context::Ctx;
use crate::endpoints::Endpoints;
use crate::error::Result;
use crate::features::organizations::store::organization_name;
use crate::org_access::{LockedOrg, OrgMember};
use crate::{mail, outbox};

const PER_PAGE: u32 = 50;

pub fn endpoints(api: &mut Endpoints) {
    api.signed_in(list);
    api.signed_in(change_role);
    invitations::endpoints(api);
    remove::endpoints(api);
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

async fn list(cx: Ctx, caller: Caller, ListMembers { org_id, search, page }: ListMembers) -> Result<MemberPage> {
    let search = domain::text::search(&search).map_err(|e| AppError::invalid(Field::Search, Problem::Text(e)))?;
    let member = OrgMember::load(&cx, &caller, &org_id).await?;
    member.authorize(&Action::ViewMembers)?;
    let pattern = if search.is_empty() { String::new() } else { like_pattern(search) };
    let (rows, total, page) = store::page(cx.pool(), &org_id, &pattern, PER_PAGE, page).await?;
    let legal_representatives = store::legal_representatives(cx.pool(), &org_id).await?;
    let org_name = organization_name(cx.pool(), &org_id).await?;
    let pending =
        if member.you.role.is_manager() { store::pending(cx.pool(), &org_id, cx.now()).await? } else { Vec::new() };
    Ok(MemberPage {
        members: rows.into_iter().map(store::Row::into_member).collect::<Result<_>>()?,
        org_id,
        org_name,
        total,
        page,
        per_page: PER_PAGE,
        legal_representatives: legal_representatives as u32,
        you: member.you,
        your_user_id: caller.user_id,
        pending,
    })
}

async fn change_role(cx: Ctx, caller: Caller, ChangeRole { org_id, user_id, role }: ChangeRole) -> Result<MemberRow> {
    // Everything below reads the membership set under the organization's lock, so two
    // concurrent changes cannot both see "two legal representatives" and both demote.
    let mut locked = LockedOrg::lock(&cx, &caller, &org_id).await?;
    let target = store::member(&mut **locked.reader(), &org_id, &user_id).await?.ok_or(AppError::NotFound)?;
    let target_lang = target.lang();
    let mut target = target.into_member()?;
    let legal_representatives = store::legal_representatives(&mut **locked.reader(), &org_id).await?;
    let from = target.membership.role;
    let mut write = locked.authorize(&Action::ChangeRole {
        from,
        to: role,
        target_blocked: target.membership.blocked,
        legal_representatives,
    })?;
    if from == role {
        return Ok(target);
    }
    let next = target.membership.with_role(role);
    store::set_membership(write.tx(), &org_id, &user_id, &next).await?;
    let (actor_first, actor_last, _) = store::person(write.tx(), &caller.user_id).await?;
    let org_name = organization_name(&mut **write.tx(), &org_id).await?;
    let actor_name = format!("{actor_first} {actor_last}");
    let link = cx.config().link("/");
    let summary = mail::role_changed(mail::RoleChanged {
        to: &target.email,
        lang: target_lang,
        name: &target.first_name,
        actor: &actor_name,
        org: &org_name,
        from,
        new_role: role,
        link: &link,
    });
    outbox::enqueue(write.tx(), &cx, summary).await?;
    let detail = json!({ "from": from.as_str(), "to": role.as_str() });
    let entry = Entry {
        org_id: Some(&org_id),
        actor: Some(&caller.user_id),
        action: "member.role_changed",
        target: Some(&user_id),
        detail,
    };
    audit::record(write.tx(), &cx, entry).await?;
    write.commit(&cx).await?;
    target.membership = next;
    Ok(target)
}
