//! Deleting an organization (ORG-7). The conditions (no product running, no other
//! member, no unpaid invoice, no prepaid balance) are `domain::deletion_blockers`, read
//! again under the organization's lock; the caller re-enters their password, counted
//! like a sign-in attempt before it is checked so it cannot be guessed. The account
//! survives and lands in another organization.

use app::organizations::api::{CheckDeletion, DeleteOrganization, DeletionCheck};
use app::session::Me;
use app::AppError;
use domain::organization::deletion_blockers;
use domain::Action;
use serde_json::json;

use super::leave::land_elsewhere;
use super::{facts, mail};
use crate::audit::{self, Entry};
use crate::caller::Caller;
use crate::context::Ctx;
use crate::error::Result;
use crate::org_access::{LockedOrg, OrgMember};
use crate::{outbox, reauth};

pub async fn check(cx: Ctx, caller: Caller, CheckDeletion { org_id }: CheckDeletion) -> Result<DeletionCheck> {
    let member = OrgMember::load(&cx, &caller, &org_id).await?;
    member.authorize(&Action::DeleteOrganization)?;
    let mut conn = cx.pool().acquire().await?;
    let (facts, currency, org_name) = facts::deletion_facts(&mut conn, &org_id, &caller.user_id).await?;
    let paid_invoices = facts::paid_invoices(&mut *conn, &org_id).await?.len() as u64;
    Ok(DeletionCheck { org_name, currency, blockers: deletion_blockers(&facts), paid_invoices })
}

pub async fn delete(
    cx: Ctx,
    caller: Caller,
    DeleteOrganization { org_id, password, email_invoices }: DeleteOrganization,
) -> Result<Me> {
    // Who may not delete learns so before any password is looked at.
    OrgMember::load(&cx, &caller, &org_id).await?.authorize(&Action::DeleteOrganization)?;
    reauth::confirm_password(&cx, &caller, &password).await?;

    let now = cx.now();
    let mut locked = LockedOrg::lock(&cx, &caller, &org_id).await?;
    let (facts, currency, org_name) = facts::deletion_facts(locked.reader(), &org_id, &caller.user_id).await?;
    let mut write = locked.authorize(&Action::DeleteOrganization)?;
    let blockers = deletion_blockers(&facts);
    if !blockers.is_empty() {
        return Err(AppError::DeletionBlocked { blockers, currency }.into());
    }
    if email_invoices {
        let invoices = facts::paid_invoices(&mut **write.tx(), &org_id).await?;
        let (email, first, _, lang) = facts::user(&mut **write.tx(), &caller.user_id).await?;
        let summary = mail::paid_invoices(&email, lang, &first, &org_name, &invoices);
        outbox::enqueue(write.tx(), &cx, summary).await?;
    }
    facts::remove_membership(write.tx(), &org_id, &caller.user_id).await?;
    facts::delete_organization(write.tx(), &org_id, now).await?;
    facts::forget_current_org(write.tx(), &org_id, None).await?;
    let detail = json!({ "before": { "name": org_name, "currency": currency.code() }, "after": null });
    let entry = Entry {
        org_id: Some(&org_id),
        actor: Some(&caller.user_id),
        action: "organization.deleted",
        target: Some(&org_id),
        detail,
    };
    audit::record(write.tx(), &cx, entry).await?;
    write.commit(&cx).await?;
    land_elsewhere(&cx, &caller).await
}
