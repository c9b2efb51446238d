//! Products (PRD-1…8): the lists per type, a product's dashboard and its administrative
//! actions. `store::insert` is how every other feature (the shop, renewals) creates one.
//!
//! Reads go through `OrgMember` (every member sees the organization's products; a
//! limited member's verdict `ManageProduct { granted, blocked }` comes with each row);
//! changes take the organization's lock, read the product under it and authorize
//! against what they read. A product of another organization, or no longer live, is
//! `not_found`, whatever the caller's role.

mod mail;
pub mod store;
mod terminate;
mod upgrade;

use app::products::api::{
    AccessPerson, BlockProducts, GetProduct, KindCount, ListProducts, ProductDashboard, ProductList, ProductRow,
    ProductSummary, SetMaintenance, SummarizeProducts, UnblockProducts, MAX_BATCH,
};
use app::AppError;
use domain::{Action, Currency, ProductKind, Role};
use serde_json::json;

use crate::audit::{self, Entry};
use crate::caller::Caller;
use crate::context::Ctx;
use crate::endpoints::Endpoints;
use crate::error::Result;
use crate::features::members::store::person;
use crate::features::organizations::store::organization_name;
use crate::org_access::{LockedOrg, OrgMember};
use crate::outbox;

/// Longer than any product id: refused before any query.
const ID_MAX_CHARS: usize = 100;

pub fn endpoints(api: &mut Endpoints) {
    api.signed_in(list);
    api.signed_in(summary);
    api.signed_in(get);
    api.signed_in(block);
    api.signed_in(unblock);
    api.signed_in(set_maintenance);
    api.signed_in(terminate::request);
    api.public(terminate::confirm);
    api.signed_in(upgrade::upgrade);
}

fn checked_id(id: &str) -> Result<()> {
    if id.is_empty() || id.chars().count() > ID_MAX_CHARS {
        return Err(AppError::NotFound.into());
    }
    Ok(())
}

async fn list(cx: Ctx, caller: Caller, ListProducts { org_id, kind }: ListProducts) -> Result<ProductList> {
    let member = OrgMember::load(&cx, &caller, &org_id).await?;
    let manager = member.you.role.is_manager();
    let products = store::list(cx.pool(), &org_id, &caller.user_id, manager, kind).await?;
    Ok(ProductList { org_id, products })
}

async fn summary(cx: Ctx, caller: Caller, SummarizeProducts { org_id }: SummarizeProducts) -> Result<ProductSummary> {
    OrgMember::load(&cx, &caller, &org_id).await?;
    let counts = store::counts(cx.pool(), &org_id).await?;
    let kinds = ProductKind::ALL
        .into_iter()
        .filter_map(|kind| {
            let (_, n) = counts.iter().find(|(k, _)| k == kind.code())?;
            Some(KindCount { kind, count: (*n).clamp(0, i64::from(u32::MAX)) as u32 })
        })
        .collect();
    Ok(ProductSummary { org_id, kinds })
}

fn person_of(p: store::Person) -> Option<AccessPerson> {
    let (user_id, first, last, email, _, role) = p;
    Some(AccessPerson { user_id, name: format!("{first} {last}"), email, role: Role::parse(&role)? })
}

async fn get(cx: Ctx, caller: Caller, GetProduct { org_id, product_id }: GetProduct) -> Result<ProductDashboard> {
    checked_id(&product_id)?;
    let member = OrgMember::load(&cx, &caller, &org_id).await?;
    let manager = member.you.role.is_manager();
    let product =
        store::one(cx.pool(), &org_id, &product_id, &caller.user_id, manager).await?.ok_or(AppError::NotFound)?;
    let mut access: Vec<AccessPerson> =
        store::members(cx.pool(), &org_id, true).await?.into_iter().filter_map(person_of).collect();
    access.extend(store::granted_members(cx.pool(), &org_id, &product_id).await?.into_iter().filter_map(person_of));
    let bundled = store::bundled(cx.pool(), &org_id, &product_id, &caller.user_id, manager).await?;
    let termination_pending = store::termination_pending(cx.pool(), &product_id, cx.now()).await?;
    let (users, storage) = store::quota(cx.pool(), &product_id).await?;
    let (currency,): (String,) =
        sqlx::query_as("SELECT currency FROM organizations WHERE id = $1").bind(&org_id).fetch_one(cx.pool()).await?;
    Ok(ProductDashboard {
        product,
        access,
        bundled,
        termination_pending,
        users_quota: users.and_then(|n| u32::try_from(n).ok()),
        storage_gb: storage.and_then(|n| u32::try_from(n).ok()),
        currency: Currency::parse(&currency).unwrap_or(Currency::Eur),
    })
}

async fn block(
    cx: Ctx,
    caller: Caller,
    BlockProducts { org_id, product_ids }: BlockProducts,
) -> Result<Vec<ProductRow>> {
    set_blocked(cx, caller, org_id, product_ids, true).await
}

async fn unblock(
    cx: Ctx,
    caller: Caller,
    UnblockProducts { org_id, product_ids }: UnblockProducts,
) -> Result<Vec<ProductRow>> {
    set_blocked(cx, caller, org_id, product_ids, false).await
}

/// PRD-3 for each product named (a batch is all or nothing): blocked or unblocked, every
/// member emailed in their language, audited.
async fn set_blocked(
    cx: Ctx,
    caller: Caller,
    org_id: String,
    mut product_ids: Vec<String>,
    blocked: bool,
) -> Result<Vec<ProductRow>> {
    if product_ids.is_empty() || product_ids.len() > MAX_BATCH {
        return Err(AppError::BadRequest { message: format!("between 1 and {MAX_BATCH} products") }.into());
    }
    for id in &product_ids {
        checked_id(id)?;
    }
    product_ids.sort();
    product_ids.dedup();
    let mut locked = LockedOrg::lock(&cx, &caller, &org_id).await?;
    let mut products = Vec::with_capacity(product_ids.len());
    for id in &product_ids {
        let p = store::one(&mut **locked.reader(), &org_id, id, &caller.user_id, true).await?;
        products.push(p.ok_or(AppError::NotFound)?);
    }
    let mut write = locked.authorize(&Action::BlockProduct)?;
    let (first, last, _) = person(write.tx(), &caller.user_id).await?;
    let actor = format!("{first} {last}");
    let org = organization_name(&mut **write.tx(), &org_id).await?;
    let everyone = store::members(&mut **write.tx(), &org_id, false).await?;
    let now = cx.now();
    for p in products.iter_mut() {
        if p.blocked == blocked {
            continue;
        }
        store::set_blocked(write.tx(), &p.id, blocked.then_some((now, caller.user_id.as_str()))).await?;
        p.blocked = blocked;
        for member in &everyone {
            outbox::enqueue(write.tx(), &cx, mail::blocked(member, blocked, &actor, &p.name, &org)).await?;
        }
        let entry = Entry {
            org_id: Some(&org_id),
            actor: Some(&caller.user_id),
            action: if blocked { "product.blocked" } else { "product.unblocked" },
            target: Some(&p.id),
            detail: json!({ "product": p.name, "before": { "blocked": !blocked }, "after": { "blocked": blocked } }),
        };
        audit::record(write.tx(), &cx, entry).await?;
    }
    write.commit(&cx).await?;
    Ok(products)
}

/// PRD-4: a mail service's maintenance mode, by whoever manages the product.
async fn set_maintenance(
    cx: Ctx,
    caller: Caller,
    SetMaintenance { org_id, product_id, on }: SetMaintenance,
) -> Result<ProductRow> {
    checked_id(&product_id)?;
    let mut locked = LockedOrg::lock(&cx, &caller, &org_id).await?;
    let manager = locked.you().role.is_manager();
    let mut product = store::one(&mut **locked.reader(), &org_id, &product_id, &caller.user_id, manager)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut write = locked.authorize(&product.manage())?;
    if !product.kind.has_maintenance_mode() {
        return Err(AppError::BadRequest { message: "only a mail service has a maintenance mode".into() }.into());
    }
    if product.maintenance != on {
        store::set_maintenance(write.tx(), &product_id, on, cx.now()).await?;
        product.maintenance = on;
        let entry = Entry {
            org_id: Some(&org_id),
            actor: Some(&caller.user_id),
            action: if on { "product.maintenance_on" } else { "product.maintenance_off" },
            target: Some(&product_id),
            detail: json!({ "product": product.name, "before": { "maintenance": !on }, "after": { "maintenance": on } }),
        };
        audit::record(write.tx(), &cx, entry).await?;
    }
    write.commit(&cx).await?;
    Ok(product)
}
