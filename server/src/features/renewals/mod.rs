//! Renewals (PRD-6, PRD-7): the "manage renewals" list, renewal warranty for a
//! selection, renewing by hand, restoring a domain in its redemption period — and, in
//! `jobs`, the scheduler's reminders, automatic renewals, expiry, redemption and
//! release. Charging (invoice, payment, extension) is `charge`, shared by both.

pub mod charge;
pub mod jobs;
mod mail;
pub mod store;

use app::renewals::api::{
    ListRenewals, RenewNow, RenewalDone, RenewalList, RenewalRow, Restore, SetWarranty, MAX_SELECTION,
};
use app::AppError;
use domain::renewal::{next_reminder, renew_refusal, restore_refusal, warranty_refusal, Bill, Refusal};
use domain::{Action, ProductStatus};
use serde_json::json;

use crate::audit::{self, Entry};
use crate::caller::Caller;
use crate::context::Ctx;
use crate::endpoints::Endpoints;
use crate::error::Result;
use crate::features::billing::payment::Paid;
use crate::org_access::{LockedOrg, OrgMember, OrgWrite};
use charge::Kind;
use store::{ProductRow, PRODUCT_COLUMNS};

/// Product ids are ours (32 hex digits); anything much longer is not one.
const MAX_ID_LEN: usize = 64;

pub fn endpoints(api: &mut Endpoints) {
    api.signed_in(list);
    api.signed_in(set_warranty);
    api.signed_in(renew_now);
    api.signed_in(restore);
}

fn refused(reason: Refusal) -> crate::error::Error {
    AppError::RenewalRefused { reason }.into()
}

async fn list(cx: Ctx, caller: Caller, ListRenewals { org_id }: ListRenewals) -> Result<RenewalList> {
    let member = OrgMember::load(&cx, &caller, &org_id).await?;
    member.authorize(&Action::ViewBilling)?;
    let now = cx.now();
    let mut tx = cx.pool().begin().await?;
    let (_, currency) = store::organization(&mut tx, &org_id).await?;
    let products: Vec<ProductRow> = sqlx::query_as(&format!(
        "SELECT {PRODUCT_COLUMNS} FROM products p WHERE p.org_id = $1 \
         AND p.status IN ('active', 'expired', 'redemption') ORDER BY p.expires_at, p.name, p.id"
    ))
    .bind(&org_id)
    .fetch_all(&mut *tx)
    .await?;
    let granted: Vec<(String,)> =
        sqlx::query_as("SELECT product_id FROM product_access WHERE org_id = $1 AND user_id = $2")
            .bind(&org_id)
            .bind(&caller.user_id)
            .fetch_all(&mut *tx)
            .await?;
    let mut rows = Vec::with_capacity(products.len());
    for p in products {
        let status = p.status()?;
        let restore_minor =
            (status == ProductStatus::Redemption).then(|| charge::restore_fee_minor(&p, currency) + p.price_minor);
        rows.push(RenewalRow {
            kind: p.kind()?,
            status,
            next_reminder_at: next_reminder(status, p.expires_at, now),
            granted: granted.iter().any(|(id,)| *id == p.id),
            blocked: p.management_blocked_at.is_some(),
            warranty: p.renewal_warranty != 0,
            restore_minor,
            product_id: p.id,
            name: p.name,
            expires_at: p.expires_at,
            price_minor: p.price_minor,
            redemption_ends_at: p.redemption_ends_at,
        });
    }
    Ok(RenewalList { currency, you: member.you, rows })
}

/// Reads the product under the lock (another organization's is not found) and whether
/// the caller was granted it.
async fn locked_product(locked: &mut LockedOrg, org_id: &str, user_id: &str, id: &str) -> Result<(ProductRow, bool)> {
    if id.len() > MAX_ID_LEN {
        return Err(AppError::NotFound.into());
    }
    let product = store::product(locked.reader(), org_id, id).await?.ok_or(AppError::NotFound)?;
    let granted = store::granted(locked.reader(), org_id, user_id, id).await?;
    Ok((product, granted))
}

/// Spending the organization's money on a product: billing rights (`Pay`) and the right
/// to manage that product.
fn authorize_product(locked: LockedOrg, product: &ProductRow, granted: bool) -> Result<OrgWrite> {
    let write = locked.authorize(&Action::Pay)?;
    write.permits(&Action::ManageProduct { granted, blocked: product.management_blocked_at.is_some() })?;
    Ok(write)
}

async fn set_warranty(
    cx: Ctx,
    caller: Caller,
    SetWarranty { org_id, mut product_ids, on }: SetWarranty,
) -> Result<u64> {
    product_ids.sort();
    product_ids.dedup();
    if product_ids.is_empty() || product_ids.len() > MAX_SELECTION {
        let message = format!("name between 1 and {MAX_SELECTION} products");
        return Err(AppError::BadRequest { message }.into());
    }
    let mut locked = LockedOrg::lock(&cx, &caller, &org_id).await?;
    let mut products = Vec::with_capacity(product_ids.len());
    for id in &product_ids {
        products.push(locked_product(&mut locked, &org_id, &caller.user_id, id).await?);
    }
    let mut write = locked.authorize(&Action::Pay)?;
    for (p, granted) in &products {
        write.permits(&Action::ManageProduct { granted: *granted, blocked: p.management_blocked_at.is_some() })?;
        if let Some(reason) = warranty_refusal(p.kind()?, p.status()?) {
            return Err(refused(reason));
        }
    }
    let mut changed = 0;
    for (p, _) in products.iter().filter(|(p, _)| (p.renewal_warranty != 0) != on) {
        sqlx::query("UPDATE products SET renewal_warranty = $2 WHERE id = $1")
            .bind(&p.id)
            .bind(i64::from(on))
            .execute(&mut **write.tx())
            .await?;
        let entry = Entry {
            org_id: Some(&org_id),
            actor: Some(&caller.user_id),
            action: "product.renewal_warranty_changed",
            target: Some(&p.id),
            detail: json!({ "before": { "renewal_warranty": !on }, "after": { "renewal_warranty": on } }),
        };
        audit::record(write.tx(), &cx, entry).await?;
        changed += 1;
    }
    write.commit(&cx).await?;
    Ok(changed)
}

async fn renew_now(cx: Ctx, caller: Caller, RenewNow { org_id, product_id }: RenewNow) -> Result<RenewalDone> {
    let mut locked = LockedOrg::lock(&cx, &caller, &org_id).await?;
    let (product, granted) = locked_product(&mut locked, &org_id, &caller.user_id, &product_id).await?;
    let mut write = authorize_product(locked, &product, granted)?;
    if let Some(reason) = renew_refusal(product.status()?) {
        return Err(refused(reason));
    }
    let done = charge_and_apply(&cx, &caller, &mut write, &product, Kind::Renewal).await?;
    write.commit(&cx).await?;
    Ok(done)
}

async fn restore(cx: Ctx, caller: Caller, Restore { org_id, product_id }: Restore) -> Result<RenewalDone> {
    let now = cx.now();
    let mut locked = LockedOrg::lock(&cx, &caller, &org_id).await?;
    let (product, granted) = locked_product(&mut locked, &org_id, &caller.user_id, &product_id).await?;
    let mut write = authorize_product(locked, &product, granted)?;
    if let Some(reason) = restore_refusal(product.status()?, product.redemption_ends_at, now) {
        return Err(refused(reason));
    }
    let done = charge_and_apply(&cx, &caller, &mut write, &product, Kind::Restore).await?;
    write.commit(&cx).await?;
    Ok(done)
}

/// Invoices (or takes the open bill of this expiry), pays, and extends when paid; a
/// payment that took nothing is refused and the whole change rolled back.
async fn charge_and_apply(
    cx: &Ctx,
    caller: &Caller,
    write: &mut OrgWrite,
    product: &ProductRow,
    kind: Kind,
) -> Result<RenewalDone> {
    let now = cx.now();
    let (_, currency) = store::organization(write.tx(), &product.org_id).await?;
    let (bill, open) = store::bill(write.tx(), product).await?;
    let (invoice_id, number) = match (bill, open, kind) {
        // A renewal already invoiced for this expiry (its automatic payment failed, or
        // it waits for a provider): that invoice, not a second one.
        (Bill::Unpaid | Bill::Paid, Some(id), Kind::Renewal) => {
            let (number,): (String,) = sqlx::query_as("SELECT number FROM invoices WHERE id = $1")
                .bind(&id)
                .fetch_one(&mut **write.tx())
                .await?;
            (id, number)
        }
        _ => {
            let issued = charge::invoice(write.tx(), product, kind, currency, Some(&caller.user_id), now).await?;
            (issued.id, issued.number)
        }
    };
    let state = cx.state.clone();
    let paid = charge::pay(write.tx(), &state, &product.org_id, &invoice_id, Some(&caller.user_id), now).await?;
    if let Some(reason) = charge::refusal(&paid) {
        return Err(refused(reason));
    }
    let expires_at = match paid {
        Paid::Paid => Some(charge::extend(write.tx(), product, &invoice_id, now).await?),
        _ => None,
    };
    let action = match kind {
        Kind::Renewal => "product.renewed",
        Kind::Restore => "product.restored",
    };
    let entry = Entry {
        org_id: Some(&product.org_id),
        actor: Some(&caller.user_id),
        action,
        target: Some(&product.id),
        detail: json!({ "invoice": number, "expires_at": product.expires_at, "new_expires_at": expires_at }),
    };
    audit::record(write.tx(), cx, entry).await?;
    Ok(RenewalDone { invoice_number: number, expires_at })
}
