//! Extra billing addresses (ORG-4): legal representatives add, edit and remove them;
//! each is validated like the postal address and carries a label.

use app::error::{Field, Problem};
use app::settings::api::{
    parse_billing as parse, AddBillingAddress, BillingAddress, RemoveBillingAddress, UpdateBillingAddress,
};
use app::AppError;
use domain::org_details::{Address, DetailError, MAX_BILLING_ADDRESSES};
use domain::Action;

use super::mail::{Change, Subject, Value};
use super::{record, store};
use crate::caller::Caller;
use crate::context::Ctx;
use crate::endpoints::Endpoints;
use crate::error::Result;
use crate::ids::new_id;
use crate::org_access::LockedOrg;

pub fn endpoints(api: &mut Endpoints) {
    api.signed_in(add);
    api.signed_in(update);
    api.signed_in(remove);
}

fn one_line(a: &BillingAddress) -> String {
    Address { country: a.country, street: a.street.clone(), postcode: a.postcode.clone(), city: a.city.clone() }
        .one_line()
}

async fn add(
    cx: Ctx,
    caller: Caller,
    AddBillingAddress { org_id, address }: AddBillingAddress,
) -> Result<BillingAddress> {
    let locked = LockedOrg::lock(&cx, &caller, &org_id).await?;
    let mut write = locked.authorize(&Action::EditOrganization)?;
    let added = parse(new_id(), &address)?;
    if store::count_billing_addresses(write.tx(), &org_id).await? >= MAX_BILLING_ADDRESSES {
        return Err(AppError::invalid(Field::Label, Problem::Detail(DetailError::TooMany)).into());
    }
    store::insert_billing_address(write.tx(), &org_id, &added, cx.now()).await?;
    let change = Change {
        subject: Subject::Billing(added.label.clone()),
        before: Value::Text(String::new()),
        after: Value::Text(format!("{} — {}", added.label, one_line(&added))),
    };
    record(&cx, &mut write, "organization.billing_address_added", Some(&added.id), &[change]).await?;
    write.commit(&cx).await?;
    Ok(added)
}

async fn update(
    cx: Ctx,
    caller: Caller,
    UpdateBillingAddress { org_id, id, address }: UpdateBillingAddress,
) -> Result<BillingAddress> {
    let locked = LockedOrg::lock(&cx, &caller, &org_id).await?;
    let mut write = locked.authorize(&Action::EditOrganization)?;
    let before = store::billing_address(write.tx(), &org_id, &id).await?.ok_or(AppError::NotFound)?;
    let after = parse(id.clone(), &address)?;
    if before == after {
        return Ok(after);
    }
    store::update_billing_address(write.tx(), &org_id, &after).await?;
    let change = Change {
        subject: Subject::Billing(after.label.clone()),
        before: Value::Text(format!("{} — {}", before.label, one_line(&before))),
        after: Value::Text(format!("{} — {}", after.label, one_line(&after))),
    };
    record(&cx, &mut write, "organization.billing_address_changed", Some(&id), &[change]).await?;
    write.commit(&cx).await?;
    Ok(after)
}

async fn remove(cx: Ctx, caller: Caller, RemoveBillingAddress { org_id, id }: RemoveBillingAddress) -> Result<()> {
    let locked = LockedOrg::lock(&cx, &caller, &org_id).await?;
    let mut write = locked.authorize(&Action::EditOrganization)?;
    let before = store::billing_address(write.tx(), &org_id, &id).await?.ok_or(AppError::NotFound)?;
    if store::billing_address_in_use(write.tx(), &id).await? {
        return Err(AppError::invalid(Field::Label, Problem::Detail(DetailError::InUse)).into());
    }
    store::delete_billing_address(write.tx(), &org_id, &id).await?;
    let change = Change {
        subject: Subject::Billing(before.label.clone()),
        before: Value::Text(format!("{} — {}", before.label, one_line(&before))),
        after: Value::Text(String::new()),
    };
    record(&cx, &mut write, "organization.billing_address_removed", Some(&id), &[change]).await?;
    write.commit(&cx).await?;
    Ok(())
}
