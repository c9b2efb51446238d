//! PRD-8: an office suite moves only up (`domain::office_suite::upgrade_allowed`), within
//! its organization. The price difference of the offers, in the organization's currency,
//! is invoiced (`billing::invoicing::issue`) and paid from the prepaid balance in the same
//! transaction; a balance that does not cover it changes nothing (the invoice and its
//! number roll back).

use app::products::api::{UpgradeOfficeSuite, Upgraded};
use app::AppError;
use domain::billing::offer_by_id;
use domain::i18n::ProductsMsg;
use domain::office_suite::upgrade_allowed;
use domain::{Action, Currency, Denied, ProductKind};
use serde_json::json;

use super::{checked_id, store};
use crate::audit::{self, Entry};
use crate::caller::Caller;
use crate::context::Ctx;
use crate::error::Result;
use crate::features::billing::invoicing::{self, NewLine};
use crate::features::billing::payment::{pay_invoice, Means, Paid};
use crate::org_access::LockedOrg;

pub async fn upgrade(
    cx: Ctx,
    caller: Caller,
    UpgradeOfficeSuite { org_id, product_id, offer }: UpgradeOfficeSuite,
) -> Result<Upgraded> {
    checked_id(&product_id)?;
    let to = offer_by_id(&offer).ok_or_else(|| AppError::BadRequest { message: "no such offer".into() })?;
    let mut locked = LockedOrg::lock(&cx, &caller, &org_id).await?;
    let manager = locked.you().role.is_manager();
    let mut product = store::one(&mut **locked.reader(), &org_id, &product_id, &caller.user_id, manager)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut write = locked.authorize(&product.manage())?;
    write.permits(&Action::Pay)?;
    if product.kind != ProductKind::OfficeSuite {
        return Err(Denied::UpgradeOnly.into());
    }
    let from = product.offer.as_deref().and_then(offer_by_id).ok_or(Denied::UpgradeOnly)?;
    upgrade_allowed(from, to)?;
    let (currency,): (String,) = sqlx::query_as("SELECT currency FROM organizations WHERE id = $1")
        .bind(&org_id)
        .fetch_one(&mut **write.tx())
        .await?;
    let currency = Currency::parse(&currency).unwrap_or(Currency::Eur);
    let difference = to.price(currency).minor() - from.price(currency).minor();
    let lang = invoicing::org_lang(&mut **write.tx(), &org_id).await?;
    let describe = |o: &domain::billing::Offer| {
        format!("{} / {} GB", o.users.unwrap_or_default(), o.storage_gb.unwrap_or_default())
    };
    let description = ProductsMsg::UpgradeInvoiceLine
        .fill(lang, &[("name", &product.name), ("from", &describe(from)), ("to", &describe(to))]);
    let line = NewLine {
        product_id: Some(product_id.clone()),
        item_kind: "upgrade",
        offer: Some(to.id.to_string()),
        description,
        quantity: 1,
        unit_minor: difference.max(0),
        discount_minor: 0,
        promo_code: None,
    };
    let now = cx.now();
    let issued = invoicing::issue(write.tx(), &org_id, Some(&caller.user_id), None, &[line], now).await?;
    match pay_invoice(write.tx(), &cx.state, &org_id, &issued.id, &Means::Balance, Some(&caller.user_id), now).await? {
        Paid::Paid => {}
        _ => return Err(Denied::BalanceTooLowForUpgrade.into()),
    }
    store::set_offer(write.tx(), &product_id, to, to.price(currency).minor()).await?;
    product.offer = Some(to.id.to_string());
    let entry = Entry {
        org_id: Some(&org_id),
        actor: Some(&caller.user_id),
        action: "product.upgraded",
        target: Some(&product_id),
        detail: json!({ "product": product.name, "before": { "offer": from.id }, "after": { "offer": to.id }, "invoice": issued.number }),
    };
    audit::record(write.tx(), &cx, entry).await?;
    write.commit(&cx).await?;
    Ok(Upgraded { product, invoice_number: issued.number })
}
