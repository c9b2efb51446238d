//! Leaving an organization (ORG-6), under its lock: the reasons that hold a member back
//! (the last unblocked legal representative, an office-suite seat, a login email hosted
//! by one of its mail services) are read under the lock and judged by
//! `domain::authorize`. The legal representatives are told by email; the session moves
//! to another organization, or to none.

use app::organizations::api::LeaveOrganization;
use app::session::Me;
use domain::Action;
use serde_json::json;

use super::mail::{self, MemberLeft};
use super::{facts, store};
use crate::audit::{self, Entry};
use crate::caller::Caller;
use crate::context::Ctx;
use crate::error::Result;
use crate::org_access::LockedOrg;
use crate::{outbox, sessions};

pub async fn leave(cx: Ctx, caller: Caller, LeaveOrganization { org_id }: LeaveOrganization) -> Result<Me> {
    let mut locked = LockedOrg::lock_to_leave(&cx, &caller, &org_id).await?;
    let (email, first, last, _) = facts::user(&mut **locked.reader(), &caller.user_id).await?;
    let legal_representatives = crate::org_access::legal_representatives(&mut **locked.reader(), &org_id).await?;
    let in_office_suite = facts::in_office_suite(&mut **locked.reader(), &org_id, &caller.user_id).await?;
    let login_hosted_here = facts::hosts_domain(&mut **locked.reader(), &org_id, &facts::email_domain(&email)).await?;
    let role = locked.you().role;
    let mut write =
        locked.authorize(&Action::LeaveOrganization { legal_representatives, in_office_suite, login_hosted_here })?;
    facts::remove_membership(write.tx(), &org_id, &caller.user_id).await?;
    facts::forget_current_org(write.tx(), &org_id, Some(&caller.user_id)).await?;
    let org = store::organization_name(&mut **write.tx(), &org_id).await?;
    let member = format!("{first} {last}");
    let link = cx.config().link(&format!("/o/{org_id}/members"));
    for (to, name, lang) in facts::legal_representative_contacts(&mut **write.tx(), &org_id).await? {
        let notice = mail::member_left(MemberLeft {
            to: &to,
            lang,
            name: &name,
            member: &member,
            member_email: &email,
            org: &org,
            link: &link,
        });
        outbox::enqueue(write.tx(), &cx, notice).await?;
    }
    let detail = json!({ "before": { "role": role.as_str() }, "after": null });
    let entry = Entry {
        org_id: Some(&org_id),
        actor: Some(&caller.user_id),
        action: "member.left",
        target: Some(&caller.user_id),
        detail,
    };
    audit::record(write.tx(), &cx, entry).await?;
    write.commit(&cx).await?;
    land_elsewhere(&cx, &caller).await
}

/// The session after the current organization went away: the first one left, if any.
pub async fn land_elsewhere(cx: &Ctx, caller: &Caller) -> Result<Me> {
    let me = store::load_me(cx, &caller.user_id, None).await?;
    if let Some(next) = &me.current_org_id {
        sessions::set_current_org(cx, &caller.session, next).await?;
    }
    Ok(me)
}
