//! Invitations seen by an organization's managers (MEM-2, MEM-3): sending, resending (a
//! fresh link; the old one stops working) and revoking. Each path that ends or replaces
//! a pending invitation passes the same rule as revoking it.

use app::error::{Field, Problem};
use app::members::api::{InviteMember, PendingInvitation, ResendInvitation, RevokeInvitation};
use app::AppError;
use domain::{Action, Email, Lang, Role};
use serde_json::json;

use super::store::{self, NewInvitation};
use crate::audit::{self, Entry};
use crate::caller::Caller;
use crate::clock::DAY_MS;
use crate::context::Ctx;
use crate::endpoints::Endpoints;
use crate::error::Result;
use crate::features::organizations::store::organization_name;
use crate::ids::{new_id, new_secret};
use crate::org_access::{LockedOrg, OrgWrite};
use crate::throttles::{self, Bucket};
use crate::{mail, outbox};

/// An invitation link is valid this long (ASVS: short-lived secrets).
const INVITATION_DAYS: i64 = 7;
/// More products than one invitation could offer.
const MAX_PRODUCTS: usize = 1000;

pub fn endpoints(api: &mut Endpoints) {
    api.signed_in(invite);
    api.signed_in(resend);
    api.signed_in(revoke);
}

async fn invite(
    cx: Ctx,
    caller: Caller,
    InviteMember { org_id, email, role, billing_rights, mut products }: InviteMember,
) -> Result<PendingInvitation> {
    let email = Email::parse(&email).map_err(|e| AppError::invalid(Field::Email, Problem::Email(e)))?;
    if products.len() > MAX_PRODUCTS || (role.is_manager() && !products.is_empty()) {
        // Managers manage every product: a list for them is a request the console never sends.
        return Err(
            AppError::BadRequest { message: "product access is for collaborators and external users".into() }.into()
        );
    }
    products.sort();
    products.dedup();
    let mut locked = LockedOrg::lock(&cx, &caller, &org_id).await?;
    // A new invitation replaces the pending ones for the address: that withdraws them,
    // so the caller must be allowed to revoke each.
    let replaced = store::unanswered_roles_for(locked.reader(), &org_id, email.as_str()).await?;
    for offered in replaced {
        domain::authorize(Some(locked.you()), &Action::ManageInvitation { role: offered })?;
    }
    let mut write = locked.authorize(&Action::InviteMember { role })?;
    if !store::all_products_of(write.tx(), &org_id, &products).await? {
        return Err(AppError::BadRequest { message: "a product is not this organization's".into() }.into());
    }
    let offer = Offer { role, billing_rights, products };
    let invitation = issue(&mut write, &cx, &email, offer, "invitation.created").await?;
    write.commit(&cx).await?;
    Ok(invitation)
}

/// Locks the organization, finds the pending invitation and checks that the caller may
/// manage it.
async fn manageable(cx: &Ctx, caller: &Caller, org_id: &str, invitation_id: &str) -> Result<(OrgWrite, Email, Role)> {
    let mut locked = LockedOrg::lock(cx, caller, org_id).await?;
    let (email, role) = store::pending_by_id(locked.reader(), org_id, invitation_id, cx.now())
        .await?
        .ok_or(AppError::InvitationInvalid)?;
    let write = locked.authorize(&Action::ManageInvitation { role })?;
    Ok((write, email, role))
}

async fn resend(
    cx: Ctx,
    caller: Caller,
    ResendInvitation { org_id, invitation_id }: ResendInvitation,
) -> Result<PendingInvitation> {
    let (mut write, email, role) = manageable(&cx, &caller, &org_id, &invitation_id).await?;
    let billing_rights = store::invitation_billing_rights(write.tx(), &invitation_id).await?;
    let products = store::invitation_products(write.tx(), &invitation_id).await?;
    let offer = Offer { role, billing_rights, products };
    let invitation = issue(&mut write, &cx, &email, offer, "invitation.resent").await?;
    write.commit(&cx).await?;
    Ok(invitation)
}

async fn revoke(cx: Ctx, caller: Caller, RevokeInvitation { org_id, invitation_id }: RevokeInvitation) -> Result<()> {
    let (mut write, email, role) = manageable(&cx, &caller, &org_id, &invitation_id).await?;
    store::revoke(write.tx(), &invitation_id, cx.now()).await?;
    let detail = json!({ "email": email.as_str(), "role": role.as_str() });
    let entry = Entry {
        org_id: Some(&org_id),
        actor: Some(&caller.user_id),
        action: "invitation.revoked",
        target: Some(&invitation_id),
        detail,
    };
    audit::record(write.tx(), &cx, entry).await?;
    write.commit(&cx).await
}

/// Creates the invitation (replacing any pending one for the address) and queues its
/// email. Each email sent counts against the inviter's allowance, so the console cannot
/// be used to spam.
/// What an invitation offers (MEM-2).
struct Offer {
    role: Role,
    billing_rights: bool,
    /// Products of the organization (collaborators and external users).
    products: Vec<String>,
}

async fn issue(
    write: &mut OrgWrite,
    cx: &Ctx,
    email: &Email,
    Offer { role, billing_rights, products }: Offer,
    audit_action: &'static str,
) -> Result<PendingInvitation> {
    let now = cx.now();
    let org_id = write.org_id().to_string();
    let inviter_id = write.actor_id().to_string();
    throttles::take(write.tx(), Bucket::Invitation, &inviter_id, now).await?;
    let invitee = store::account_by_email(write.tx(), email.as_str()).await?;
    if let Some((invitee_id, _)) = &invitee {
        if crate::org_access::membership(&mut **write.tx(), &org_id, invitee_id).await?.is_some() {
            return Err(AppError::AlreadyMember.into());
        }
    }
    store::revoke_unanswered_for(write.tx(), &org_id, email.as_str(), now).await?;
    let (inviter_first, inviter_last, inviter_lang) = store::person(write.tx(), &inviter_id).await?;
    let org_name = organization_name(&mut **write.tx(), &org_id).await?;
    let id = new_id();
    let (secret, token_hash) = new_secret();
    let expires_at = now + INVITATION_DAYS * DAY_MS;
    let row = NewInvitation {
        id: &id,
        org_id: &org_id,
        email: email.as_str(),
        role,
        billing_rights: role.is_manager() || billing_rights,
        token_hash: &token_hash,
        invited_by: &inviter_id,
        now,
        expires_at,
    };
    store::insert_invitation(write.tx(), row).await?;
    store::set_invitation_products(write.tx(), &id, &products).await?;
    // The invitee's language when they have an account, else the inviter's.
    let lang_tag = invitee.as_ref().map(|(_, l)| l.as_str()).unwrap_or(&inviter_lang);
    // A secret in the fragment: it never reaches a server or a proxy log.
    let link = match &invitee {
        Some(_) => mail::Link::Plain(cx.config().link("/sign-in")),
        None => mail::Link::Secret(cx.config().link(&format!("/sign-up#invitation={secret}"))),
    };
    let inviter = format!("{inviter_first} {inviter_last}");
    let message = mail::invitation(mail::Invitation {
        to: email.as_str(),
        lang: Lang::from_tag(lang_tag).unwrap_or_default(),
        inviter: &inviter,
        org: &org_name,
        role,
        link,
        days: INVITATION_DAYS,
        has_account: invitee.is_some(),
    });
    outbox::enqueue(write.tx(), cx, message).await?;
    let detail = json!({ "email": email.as_str(), "role": role.as_str() });
    let entry =
        Entry { org_id: Some(&org_id), actor: Some(&inviter_id), action: audit_action, target: Some(&id), detail };
    audit::record(write.tx(), cx, entry).await?;
    Ok(PendingInvitation { id, email: email.to_string(), role, expires_at })
}
