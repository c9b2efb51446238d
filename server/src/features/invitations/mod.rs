//! Invitations (MEM-2) seen from the invited side: the preview behind an emailed link,
//! the console's inbox, accepting and declining.

pub mod store;

use app::invitations::api::{
    AcceptInvitation, DeclineInvitation, InvitationForMe, InvitationPreview, MyInvitations, PreviewInvitation,
};
use app::session::Me;
use app::AppError;
use domain::Membership;
use serde_json::json;

use self::store::{Answer, Pending};
use crate::audit::{self, Entry};
use crate::caller::Caller;
use crate::context::{Ctx, Tx};
use crate::endpoints::Endpoints;
use crate::error::Result;
use crate::features::organizations::store::{insert_membership, load_me};
use crate::org_access::{lock_members, membership};
use crate::sessions;

pub fn endpoints(api: &mut Endpoints) {
    api.signed_in(mine);
    api.public(preview);
    api.signed_in(accept);
    api.signed_in(decline);
}

/// Adds the user to the invitation's organization (or keeps them if already there) and
/// marks the invitation accepted. The caller holds the organization's member lock.
///
/// The invitation is checked again now: its sender must still be allowed to grant the
/// role it offers (still a member, not blocked, still a legal representative for that
/// role). If not, it grants nothing and the invited person is told why.
pub async fn join(tx: &mut Tx, cx: &Ctx, inv: &Pending, user_id: &str) -> Result<()> {
    let role = inv.role()?;
    let now = cx.now();
    let sender = membership(&mut **tx, &inv.org_id, &inv.invited_by).await?;
    if domain::authorize(sender.as_ref(), &domain::Action::InviteMember { role }).is_err() {
        tracing::info!(invitation = %inv.id, "invitation no longer grants its role: its sender may not grant it any more");
        return Err(AppError::InvitationNoLongerGrants { role }.into());
    }
    if membership(&mut **tx, &inv.org_id, user_id).await?.is_none() {
        insert_membership(tx, &inv.org_id, user_id, &Membership::new(role, inv.billing_rights != 0), now).await?;
        store::grant_invited_products(tx, &inv.id, &inv.org_id, user_id).await?;
    }
    store::mark(tx, &inv.id, Answer::Accepted, now).await?;
    let detail = json!({ "invitation": inv.id, "role": role.as_str() });
    let entry = Entry {
        org_id: Some(&inv.org_id),
        actor: Some(user_id),
        action: "member.joined",
        target: Some(user_id),
        detail,
    };
    audit::record(tx, cx, entry).await
}

async fn preview(cx: Ctx, PreviewInvitation { token }: PreviewInvitation) -> Result<InvitationPreview> {
    let inv = store::by_token(cx.pool(), &token, cx.now()).await?.ok_or(AppError::InvitationInvalid)?;
    Ok(InvitationPreview { role: inv.role()?, org_name: inv.org_name, email: inv.email })
}

async fn verified_email(cx: &Ctx, caller: &Caller) -> Result<String> {
    Ok(store::verified_email(cx.pool(), &caller.user_id).await?.ok_or(AppError::Unauthenticated)?)
}

async fn mine(cx: Ctx, caller: Caller, _: MyInvitations) -> Result<Vec<InvitationForMe>> {
    let email = verified_email(&cx, &caller).await?;
    store::for_email(cx.pool(), &email, cx.now())
        .await?
        .into_iter()
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

/// The invitation addressed to the caller, read again under its organization's lock
/// (it may have been revoked or answered meanwhile).
async fn locked_invitation(cx: &Ctx, caller: &Caller, invitation_id: &str) -> Result<(Tx, Pending)> {
    let email = verified_email(cx, caller).await?;
    let inv = store::by_id_for(cx.pool(), invitation_id, &email, cx.now()).await?.ok_or(AppError::InvitationInvalid)?;
    let mut tx = cx.write().await?;
    if !lock_members(&mut tx, &inv.org_id).await? {
        return Err(AppError::InvitationInvalid.into());
    }
    let inv = store::by_id_for(&mut *tx, invitation_id, &email, cx.now()).await?.ok_or(AppError::InvitationInvalid)?;
    Ok((tx, inv))
}

async fn accept(cx: Ctx, caller: Caller, AcceptInvitation { invitation_id }: AcceptInvitation) -> Result<Me> {
    let (mut tx, inv) = locked_invitation(&cx, &caller, &invitation_id).await?;
    join(&mut tx, &cx, &inv, &caller.user_id).await?;
    tx.commit().await?;
    sessions::set_current_org(&cx, &caller.session, &inv.org_id).await?;
    load_me(&cx, &caller.user_id, Some(&inv.org_id)).await
}

async fn decline(cx: Ctx, caller: Caller, DeclineInvitation { invitation_id }: DeclineInvitation) -> Result<()> {
    let (mut tx, inv) = locked_invitation(&cx, &caller, &invitation_id).await?;
    store::mark(&mut tx, &inv.id, Answer::Declined, cx.now()).await?;
    let detail = json!({ "invitation": inv.id });
    let entry = Entry {
        org_id: Some(&inv.org_id),
        actor: Some(&caller.user_id),
        action: "invitation.declined",
        target: Some(&inv.id),
        detail,
    };
    audit::record(&mut tx, &cx, entry).await?;
    tx.commit().await?;
    Ok(())
}
