//! PRD-5: terminating a product takes two steps. The request (legal representatives and
//! administrators) emails the requester a single-use link (SHA-256 at rest, 24 hours)
//! and tells the other managers; nothing changes until the link is followed. The link's
//! page confirms: the requester must still be allowed to terminate, the product still
//! live; it and its bundled products end, and the other managers are told. A product
//! bundled with an office suite ends with the suite, never alone (PRD-8).

use app::products::api::{ConfirmTermination, RequestTermination};
use app::AppError;
use domain::office_suite::terminate_separately;
use domain::{authorize, Action};
use serde_json::json;

use super::{checked_id, mail, store};
use crate::audit::{self, Entry};
use crate::caller::Caller;
use crate::clock::DAY_MS;
use crate::context::Ctx;
use crate::error::Result;
use crate::features::members::store::person;
use crate::features::organizations::store::organization_name;
use crate::ids::{hash_secret, new_secret};
use crate::org_access::{lock_members, membership, LockedOrg};
use crate::outbox;

/// Longer than any link's token: refused before it is hashed.
const MAX_TOKEN_BYTES: usize = 200;

pub async fn request(
    cx: Ctx,
    caller: Caller,
    RequestTermination { org_id, product_id }: RequestTermination,
) -> Result<()> {
    checked_id(&product_id)?;
    let mut locked = LockedOrg::lock(&cx, &caller, &org_id).await?;
    let product = store::one(&mut **locked.reader(), &org_id, &product_id, &caller.user_id, true)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut write = locked.authorize(&Action::TerminateProduct)?;
    terminate_separately(product.bundle_parent.is_some())?;
    let now = cx.now();
    let (secret, token_hash) = new_secret();
    store::insert_termination(write.tx(), &product_id, &org_id, &caller.user_id, &token_hash, now, now + DAY_MS)
        .await?;
    let org = organization_name(&mut **write.tx(), &org_id).await?;
    let managers = store::members(&mut **write.tx(), &org_id, true).await?;
    let (first, last, _) = person(write.tx(), &caller.user_id).await?;
    let actor = format!("{first} {last}");
    let link = cx.config().link(&format!("/confirm-termination#token={secret}"));
    let me = managers.iter().find(|p| p.0 == caller.user_id).cloned();
    let me = match me {
        Some(me) => me,
        None => {
            let (email, lang): (String, String) = sqlx::query_as("SELECT email, lang FROM users WHERE id = $1")
                .bind(&caller.user_id)
                .fetch_one(&mut **write.tx())
                .await?;
            (caller.user_id.clone(), first.clone(), last.clone(), email, lang, String::new())
        }
    };
    outbox::enqueue(write.tx(), &cx, mail::confirm_termination(&me, &product.name, &org, link)).await?;
    for other in managers.iter().filter(|p| p.0 != caller.user_id) {
        outbox::enqueue(write.tx(), &cx, mail::termination_requested(other, &actor, &product.name, &org)).await?;
    }
    let entry = Entry {
        org_id: Some(&org_id),
        actor: Some(&caller.user_id),
        action: "product.termination_requested",
        target: Some(&product_id),
        detail: json!({ "product": product.name }),
    };
    audit::record(write.tx(), &cx, entry).await?;
    write.commit(&cx).await?;
    Ok(())
}

/// The link's page. Anyone holding the link may follow it (it went to the requester's
/// mailbox), but a session of someone else is refused: the link is not theirs.
pub async fn confirm(cx: Ctx, ConfirmTermination { token }: ConfirmTermination) -> Result<String> {
    if token.is_empty() || token.len() > MAX_TOKEN_BYTES {
        return Err(AppError::LinkInvalid.into());
    }
    let session_user = Caller::identify(&cx).await.ok().map(|c| c.user_id);
    let now = cx.now();
    let mut tx = cx.write().await?;
    let (termination_id, product_id, org_id, requester) =
        store::open_termination(&mut tx, &hash_secret(&token), now).await?.ok_or(AppError::LinkInvalid)?;
    if session_user.as_ref().is_some_and(|u| *u != requester) {
        return Err(AppError::LinkInvalid.into());
    }
    // Under the organization's lock, the requester must still be allowed to terminate.
    if !lock_members(&mut tx, &org_id).await? {
        return Err(AppError::LinkInvalid.into());
    }
    let you = membership(&mut *tx, &org_id, &requester).await?;
    authorize(you.as_ref(), &Action::TerminateProduct)?;
    let product = store::one(&mut *tx, &org_id, &product_id, &requester, true).await?.ok_or(AppError::LinkInvalid)?;
    terminate_separately(product.bundle_parent.is_some())?;
    if !store::confirm_termination(&mut tx, &termination_id, now).await? {
        return Err(AppError::LinkInvalid.into());
    }
    store::terminate(&mut tx, &product_id, now).await?;
    let org = organization_name(&mut *tx, &org_id).await?;
    let (first, last, _) = person(&mut tx, &requester).await?;
    let actor = format!("{first} {last}");
    for other in store::members(&mut *tx, &org_id, true).await?.iter().filter(|p| p.0 != requester) {
        outbox::enqueue(&mut tx, &cx, mail::terminated(other, &actor, &product.name, &org)).await?;
    }
    let entry = Entry {
        org_id: Some(&org_id),
        actor: Some(&requester),
        action: "product.terminated",
        target: Some(&product_id),
        detail: json!({ "product": product.name, "before": { "status": product.status.code() }, "after": { "status": "terminated" } }),
    };
    audit::record(&mut tx, &cx, entry).await?;
    tx.commit().await?;
    cx.state.outbox_bell().notify_one();
    Ok(product.name)
}
