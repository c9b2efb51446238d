//! An organization's settings (ORG-3, ORG-4, ORG-5): the details and postal address
//! (legal representatives; a summary email to them after each change), the currency the
//! address decides, extra billing addresses, and the header square and logos (legal
//! representatives and administrators). Logos are served by [`serve_logo`].

mod appearance;
mod billing;
mod mail;
pub mod store;

use app::settings::api::{parse_details, Details, GetSettings, OrgSettings, UpdateDetails};
use app::AppError;
use domain::Action;

pub use appearance::serve_logo;
use mail::{Change, Subject, Value};

use crate::audit::{self, Entry};
use crate::caller::Caller;
use crate::context::Ctx;
use crate::endpoints::Endpoints;
use crate::error::Result;
use crate::org_access::{LockedOrg, OrgMember, OrgWrite};
use crate::outbox;

pub fn endpoints(api: &mut Endpoints) {
    api.signed_in(get);
    api.signed_in(update_details);
    billing::endpoints(api);
    appearance::endpoints(api);
}

/// Every member reads the settings; what they may change is for `domain::authorize`.
async fn get(cx: Ctx, caller: Caller, GetSettings { org_id }: GetSettings) -> Result<OrgSettings> {
    let member = OrgMember::load(&cx, &caller, &org_id).await?;
    member.authorize(&Action::OpenOrganization)?;
    load(&cx, &org_id, member.you).await
}

async fn load(cx: &Ctx, org_id: &str, you: domain::Membership) -> Result<OrgSettings> {
    let (details, initials, color) = store::details(cx.pool(), org_id).await?.ok_or(AppError::NotFound)?;
    let billing_addresses = store::billing_addresses(cx.pool(), org_id).await?;
    let logos = store::logo_versions(cx.pool(), org_id).await?;
    let appearance = store::appearance(org_id, &details.name, initials, color, &logos);
    Ok(OrgSettings { org_id: org_id.to_string(), details, billing_addresses, appearance, you })
}

fn diff(before: &Details, after: &Details) -> Vec<Change> {
    let mut changes = Vec::new();
    let mut text = |subject: Subject, b: &str, a: &str| {
        if b != a {
            changes.push(Change { subject, before: Value::Text(b.into()), after: Value::Text(a.into()) });
        }
    };
    text(Subject::Name, &before.name, &after.name);
    text(Subject::Street, &before.street, &after.street);
    text(Subject::Postcode, &before.postcode, &after.postcode);
    text(Subject::City, &before.city, &after.city);
    text(Subject::Phone, &before.phone, &after.phone);
    if before.kind != after.kind {
        changes.push(Change {
            subject: Subject::Kind,
            before: Value::Kind(before.kind),
            after: Value::Kind(after.kind),
        });
    }
    if before.country != after.country {
        let (b, a) = (Value::Country(before.country), Value::Country(after.country));
        changes.push(Change { subject: Subject::Country, before: b, after: a });
    }
    if before.lang != after.lang {
        changes.push(Change {
            subject: Subject::Lang,
            before: Value::Lang(before.lang),
            after: Value::Lang(after.lang),
        });
    }
    if before.currency != after.currency {
        let (b, a) = (Value::Currency(before.currency), Value::Currency(after.currency));
        changes.push(Change { subject: Subject::Currency, before: b, after: a });
    }
    changes
}

/// The summary email to every legal representative and the audit entry, in the
/// transaction of the change.
pub(crate) async fn record(
    cx: &Ctx,
    write: &mut OrgWrite,
    action: &str,
    target: Option<&str>,
    changes: &[Change],
) -> Result<()> {
    let org_id = write.org_id().to_string();
    let actor_id = write.actor_id().to_string();
    let actor = store::full_name(write.tx(), &actor_id).await?;
    let (details, _, _) = store::details(&mut **write.tx(), &org_id).await?.ok_or(AppError::NotFound)?;
    let link = cx.config().link(&format!("/o/{org_id}/settings"));
    for (to, name, lang) in store::legal_representatives(write.tx(), &org_id).await? {
        let email = mail::details_changed(mail::DetailsChanged {
            to: &to,
            lang,
            name: &name,
            actor: &actor,
            org: &details.name,
            changes,
            link: &link,
        });
        outbox::enqueue(write.tx(), cx, email).await?;
    }
    let entry = Entry {
        org_id: Some(&org_id),
        actor: Some(&actor_id),
        action,
        target: Some(target.unwrap_or(&org_id)),
        detail: mail::audit_detail(changes),
    };
    audit::record(write.tx(), cx, entry).await
}

async fn update_details(
    cx: Ctx,
    caller: Caller,
    UpdateDetails { org_id, details }: UpdateDetails,
) -> Result<OrgSettings> {
    let mut locked = LockedOrg::lock(&cx, &caller, &org_id).await?;
    let (before, _, _) = store::details(&mut **locked.reader(), &org_id).await?.ok_or(AppError::NotFound)?;
    let you = locked.you().clone();
    let mut write = locked.authorize(&Action::EditOrganization)?;
    let mut after = parse_details(&details)?;
    if details.lang.is_none() {
        after.lang = before.lang;
    }
    let changes = diff(&before, &after);
    if !changes.is_empty() {
        store::set_details(write.tx(), &org_id, &after).await?;
        record(&cx, &mut write, "organization.details_changed", None, &changes).await?;
        write.commit(&cx).await?;
    }
    load(&cx, &org_id, you).await
}
