//! Creating an organization (ORG-2): the creator becomes its legal representative, the
//! currency follows from the country (`domain::currency_for`), and it becomes the
//! session's current organization. At most a few per account and day.

use app::error::{Field, Problem};
use app::organizations::api::CreateOrganization;
use app::session::Me;
use app::AppError;
use domain::organization::Country;
use domain::{Membership, OrgName, Role};
use serde_json::json;

use super::{facts, store};
use crate::audit::{self, Entry};
use crate::caller::Caller;
use crate::context::Ctx;
use crate::error::Result;
use crate::ids::new_id;
use crate::sessions;
use crate::throttles::{self, Bucket};

pub async fn create(
    cx: Ctx,
    caller: Caller,
    CreateOrganization { name, kind, country }: CreateOrganization,
) -> Result<Me> {
    let name = OrgName::parse(&name).map_err(|e| AppError::invalid(Field::OrganizationName, Problem::Name(e)))?;
    let country = Country::parse(&country).ok_or(AppError::invalid(Field::Country, Problem::NotAChoice))?;
    let currency = country.currency();
    let now = cx.now();
    let org_id = new_id();
    let mut tx = cx.write().await?;
    throttles::take(&mut tx, Bucket::OrganizationCreation, &caller.user_id, now).await?;
    let lang = crate::features::billing::invoices::user_lang(&mut *tx, &caller.user_id).await?;
    store::create_organization(&mut tx, &org_id, name.as_str(), kind.as_str(), lang, now).await?;
    facts::set_country(&mut tx, &org_id, country.code, currency).await?;
    store::insert_membership(&mut tx, &org_id, &caller.user_id, &Membership::new(Role::LegalRepresentative, true), now)
        .await?;
    let detail = json!({ "before": null, "after": {
        "name": name.as_str(), "kind": kind.as_str(), "country": country.code, "currency": currency.code(),
    }});
    let entry = Entry {
        org_id: Some(&org_id),
        actor: Some(&caller.user_id),
        action: "organization.created",
        target: Some(&org_id),
        detail,
    };
    audit::record(&mut tx, &cx, entry).await?;
    tx.commit().await?;
    sessions::set_current_org(&cx, &caller.session, &org_id).await?;
    store::load_me(&cx, &caller.user_id, Some(&org_id)).await
}
