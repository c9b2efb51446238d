//! The shop (BIL-1, BIL-2): the public catalogue, quotes of a cart for an organization
//! (`Action::ViewBilling`), what the cart offers (free offers, payment choices) and the
//! checkout (`Action::Pay`, in `checkout.rs`). Prices, codes and free offers are judged
//! by `domain::shop` in `pricing.rs`; the SQL is in `store.rs`. Promo codes and free
//! offers are created by the operator (`orga billing …`, `operator::billing`).

mod checkout;
mod pricing;
pub mod store;

use app::shop::api::{
    FreeOfferView, OfferView, PaymentChoices, ProfileChoice, Quote, ShopCatalogue, ShopFreeOffers, ShopPaymentChoices,
    ShopQuote,
};
use domain::billing::CATALOGUE;
use domain::Action;

use crate::caller::Caller;
use crate::context::Ctx;
use crate::endpoints::Endpoints;
use crate::error::Result;
use crate::org_access::OrgMember;

pub fn endpoints(api: &mut Endpoints) {
    api.public(catalogue);
    api.signed_in(quote);
    api.signed_in(checkout::checkout);
    api.signed_in(free_offers);
    api.signed_in(payment_choices);
}

async fn catalogue(_cx: Ctx, _: ShopCatalogue) -> Result<Vec<OfferView>> {
    Ok(CATALOGUE
        .iter()
        .map(|o| OfferView {
            id: o.id.to_string(),
            kind: o.kind,
            category: o.kind.category(),
            period_months: o.period_months,
            chf_minor: o.chf_minor,
            eur_minor: o.eur_minor,
            users: o.users,
            storage_gb: o.storage_gb,
        })
        .collect())
}

async fn quote(cx: Ctx, caller: Caller, q: ShopQuote) -> Result<Quote> {
    let member = OrgMember::load(&cx, &caller, &q.org_id).await?;
    member.authorize(&Action::ViewBilling)?;
    let mut conn = cx.pool().acquire().await?;
    let priced = pricing::price(&mut conn, &q.org_id, &q.items, &q.promo_codes, &q.free_offers, cx.now()).await?;
    let (_, balance, _) = store::payment_choices(&mut conn, &q.org_id).await?;
    Ok(Quote {
        currency: priced.currency,
        lines: priced.quote_lines(),
        subtotal_minor: priced.totals.subtotal.minor(),
        vat_rate_bp: priced.totals.vat_rate_bp,
        vat_minor: priced.totals.vat.minor(),
        total_minor: priced.totals.total.minor(),
        promo_codes: priced.promo_codes,
        free_offers: priced.free_offers,
        balance_minor: balance,
    })
}

async fn free_offers(cx: Ctx, caller: Caller, ShopFreeOffers { org_id }: ShopFreeOffers) -> Result<Vec<FreeOfferView>> {
    let member = OrgMember::load(&cx, &caller, &org_id).await?;
    member.authorize(&Action::ViewBilling)?;
    let mut conn = cx.pool().acquire().await?;
    Ok(store::open_free_offers(&mut conn, &org_id, cx.now())
        .await?
        .into_iter()
        .map(|f| FreeOfferView { id: f.id, offer: f.offer, expires_at: f.expires_at })
        .collect())
}

async fn payment_choices(
    cx: Ctx,
    caller: Caller,
    ShopPaymentChoices { org_id }: ShopPaymentChoices,
) -> Result<PaymentChoices> {
    let member = OrgMember::load(&cx, &caller, &org_id).await?;
    member.authorize(&Action::ViewBilling)?;
    let mut conn = cx.pool().acquire().await?;
    let (currency, balance_minor, profiles) = store::payment_choices(&mut conn, &org_id).await?;
    Ok(PaymentChoices {
        currency,
        balance_minor,
        profiles: profiles.into_iter().map(|(id, label)| ProfileChoice { id, label }).collect(),
    })
}
