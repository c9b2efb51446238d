//! A member's permissions (MEM-1): billing rights, administrative emails and, for
//! collaborators and external users, the products they may manage. Changed under the
//! organization's lock through `domain` (`Action::ChangePermissions`); the member gets a
//! summary email and the change counts from their next request (nothing is cached in a
//! session).

use app::members::api::{
    MemberPermissions, MemberPermissionsOf, MemberRow, OrganizationProducts, ProductChoice, SetPermissions,
};
use app::AppError;
use domain::i18n::MembersMsg;
use domain::{Action, Lang};
use serde_json::json;

use super::{mail as member_mail, store};
use crate::audit::{self, Entry};
use crate::caller::Caller;
use crate::context::Ctx;
use crate::endpoints::Endpoints;
use crate::error::Result;
use crate::features::organizations::store::organization_name;
use crate::org_access::{LockedOrg, OrgMember};
use crate::outbox;

/// More products than an organization could select in one dialog.
const MAX_PRODUCTS: usize = 1000;

pub fn endpoints(api: &mut Endpoints) {
    api.signed_in(permissions);
    api.signed_in(set_permissions);
    api.signed_in(products);
}

async fn products(
    cx: Ctx,
    caller: Caller,
    OrganizationProducts { org_id }: OrganizationProducts,
) -> Result<Vec<ProductChoice>> {
    OrgMember::load(&cx, &caller, &org_id).await?.authorize(&Action::ManageMembers)?;
    store::product_choices(cx.pool(), &org_id, None).await
}

async fn permissions(
    cx: Ctx,
    caller: Caller,
    MemberPermissionsOf { org_id, user_id }: MemberPermissionsOf,
) -> Result<MemberPermissions> {
    // Managers read them (to change them); nobody else needs another member's.
    let you = OrgMember::load(&cx, &caller, &org_id).await?;
    you.authorize(&Action::ManageMembers)?;
    let member = store::member(cx.pool(), &org_id, &user_id).await?.ok_or(AppError::NotFound)?.into_member()?;
    let products = if member.membership.has_product_access_list() {
        store::product_choices(cx.pool(), &org_id, Some(&user_id)).await?
    } else {
        Vec::new()
    };
    Ok(MemberPermissions { member, products })
}

async fn set_permissions(cx: Ctx, caller: Caller, args: SetPermissions) -> Result<MemberRow> {
    let SetPermissions { org_id, user_id, billing_rights, admin_emails, mut products } = args;
    if products.len() > MAX_PRODUCTS {
        return Err(AppError::BadRequest { message: format!("at most {MAX_PRODUCTS} products") }.into());
    }
    products.sort();
    products.dedup();
    let mut locked = LockedOrg::lock(&cx, &caller, &org_id).await?;
    let row = store::member(&mut **locked.reader(), &org_id, &user_id).await?.ok_or(AppError::NotFound)?;
    let lang = row.lang();
    let mut target = row.into_member()?;
    let mut write = locked.authorize(&Action::ChangePermissions { role: target.membership.role })?;
    let before = target.membership.clone();
    let next = before.with_permissions(billing_rights, admin_emails);
    let limited = next.has_product_access_list();
    let granted_before = store::product_access(write.tx(), &org_id, &user_id).await?;
    if limited {
        // Only the organization's own products: anything else is a request the console
        // never sends.
        if !store::all_products_of(write.tx(), &org_id, &products).await? {
            return Err(AppError::BadRequest { message: "a product is not this organization's".into() }.into());
        }
        store::set_product_access(write.tx(), &org_id, &user_id, &products).await?;
    }
    let granted_after = if limited { products.clone() } else { granted_before.clone() };
    if next == before && granted_after == granted_before {
        return Ok(target);
    }
    store::set_membership(write.tx(), &org_id, &user_id, &next).await?;
    let (first, last, _) = store::person(write.tx(), &caller.user_id).await?;
    let org = organization_name(&mut **write.tx(), &org_id).await?;
    let summary = summary(&next, granted_after.len(), limited, lang);
    let email = member_mail::permissions_changed(&target, lang, &format!("{first} {last}"), &org, &summary);
    outbox::enqueue(write.tx(), &cx, email).await?;
    let detail = json!({
        "before": { "billing_rights": before.billing_rights, "admin_emails": before.admin_emails, "products": granted_before },
        "after": { "billing_rights": next.billing_rights, "admin_emails": next.admin_emails, "products": granted_after },
    });
    let entry = Entry {
        org_id: Some(&org_id),
        actor: Some(&caller.user_id),
        action: "member.permissions_changed",
        target: Some(&user_id),
        detail,
    };
    audit::record(write.tx(), &cx, entry).await?;
    write.commit(&cx).await?;
    target.membership = next;
    target.product_access = granted_after.len() as u32;
    Ok(target)
}

/// The permissions as the summary email lists them, in the member's language.
fn summary(m: &domain::Membership, products: usize, limited: bool, lang: Lang) -> String {
    let yes_no = |b: bool| if b { MembersMsg::PermissionOn.text(lang) } else { MembersMsg::PermissionOff.text(lang) };
    let mut lines = vec![
        format!("{}: {}", MembersMsg::PermissionBilling.text(lang), yes_no(m.billing_rights)),
        format!("{}: {}", MembersMsg::PermissionMailBilling.text(lang), yes_no(m.admin_emails.billing)),
        format!("{}: {}", MembersMsg::PermissionMailTechnical.text(lang), yes_no(m.admin_emails.technical)),
        format!("{}: {}", MembersMsg::PermissionMailSecurity.text(lang), yes_no(m.admin_emails.security)),
    ];
    if limited {
        lines.push(format!("{}: {products}", MembersMsg::PermissionProducts.text(lang)));
    }
    lines.join("\n")
}
