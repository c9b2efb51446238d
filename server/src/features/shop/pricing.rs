//! Pricing a cart for an organization (BIL-1, BIL-2): each item checked against the
//! catalogue, priced in the organization's currency, each promo code and free offer
//! judged by `domain::shop`, VAT by the organization's country. The quote runs it on a
//! plain connection; the checkout again under the organization's lock.

use std::collections::HashSet;

use app::shop::api::{FreeOfferUse, FreeOfferVerdict, PromoUse, PromoVerdict, QuoteLine};
use app::AppError;
use domain::billing::{totals, vat_rate_bp, LineAmount, Totals};
use domain::shop::{
    applies, check_item, free_offer_applies, line, normalize_code, CartItem, OrderRefusal, ValidItem, CODE_MAX_CHARS,
    MAX_ITEMS,
};
use domain::{Currency, Money};
use sqlx::AnyConnection;

use super::store;
use crate::error::{Error, Result};

/// A cart priced: the valid items, their invoice lines, every code's and free offer's
/// verdict, the totals.
pub struct Priced {
    pub currency: Currency,
    pub items: Vec<ValidItem>,
    pub lines: Vec<LineAmount>,
    pub promo_codes: Vec<PromoVerdict>,
    pub free_offers: Vec<FreeOfferVerdict>,
    pub totals: Totals,
}

impl Priced {
    pub fn quote_lines(&self) -> Vec<QuoteLine> {
        self.items
            .iter()
            .zip(&self.lines)
            .map(|(item, l)| QuoteLine {
                offer: item.offer.id.to_string(),
                name: item.name.clone(),
                quantity: item.quantity,
                unit_minor: l.unit.minor(),
                discount_minor: l.discount.minor(),
                net_minor: l.net().map(Money::minor).unwrap_or(0),
            })
            .collect()
    }

    /// The first refusal among the codes and free offers, for a checkout.
    pub fn first_refusal(&self) -> Option<OrderRefusal> {
        let promo = self
            .promo_codes
            .iter()
            .find_map(|v| v.refusal.map(|reason| OrderRefusal::Promo { index: v.item, code: v.code.clone(), reason }));
        promo.or_else(|| {
            self.free_offers
                .iter()
                .find_map(|v| v.refusal.map(|reason| OrderRefusal::FreeOffer { index: v.item, reason }))
        })
    }
}

fn refused(refusal: OrderRefusal) -> Error {
    AppError::OrderRefused { refusal }.into()
}

fn bad(message: &str) -> Error {
    AppError::BadRequest { message: message.into() }.into()
}

pub async fn price(
    conn: &mut AnyConnection,
    org_id: &str,
    items: &[CartItem],
    promo_codes: &[PromoUse],
    free_offers: &[FreeOfferUse],
    now: i64,
) -> Result<Priced> {
    if items.is_empty() {
        return Err(refused(OrderRefusal::EmptyCart));
    }
    if items.len() > MAX_ITEMS {
        return Err(refused(OrderRefusal::TooManyItems));
    }
    if promo_codes.len() > MAX_ITEMS || free_offers.len() > MAX_ITEMS {
        return Err(bad("at most one promo code and one free offer per item"));
    }
    if promo_codes.iter().any(|p| p.item >= items.len()) || free_offers.iter().any(|f| f.item >= items.len()) {
        return Err(bad("a promo code or free offer names an item the cart does not have"));
    }
    let valid = items
        .iter()
        .enumerate()
        .map(|(index, item)| check_item(item).map_err(|problem| refused(OrderRefusal::Item { index, problem })))
        .collect::<Result<Vec<_>>>()?;
    let (currency, country) = store::currency_and_country(conn, org_id).await?;
    let mut discounts: Vec<Vec<Money>> = vec![Vec::new(); valid.len()];

    let mut items_with_code = HashSet::new();
    let mut codes_used = HashSet::new();
    let mut promo_verdicts = Vec::new();
    for p in promo_codes {
        let code = normalize_code(&p.code);
        let facts = if code.is_empty() || code.chars().count() > CODE_MAX_CHARS {
            None
        } else {
            store::promo(conn, &code).await?
        };
        let again = items_with_code.contains(&p.item) || codes_used.contains(&code);
        let verdict = applies(facts.as_ref(), org_id, &valid[p.item], currency, now, again);
        if let Ok(off) = verdict {
            discounts[p.item].push(off);
            items_with_code.insert(p.item);
            codes_used.insert(code.clone());
        }
        let shown: String = code.chars().take(CODE_MAX_CHARS).collect();
        promo_verdicts.push(PromoVerdict {
            code: shown,
            item: p.item,
            discount_minor: verdict.ok().map(Money::minor),
            refusal: verdict.err(),
        });
    }

    let mut items_with_free = HashSet::new();
    let mut frees_used = HashSet::new();
    let mut free_verdicts = Vec::new();
    for f in free_offers {
        let facts = if f.id.len() > 64 { None } else { store::free_offer(conn, org_id, &f.id).await? };
        let again = items_with_free.contains(&f.item) || frees_used.contains(&f.id);
        let verdict = free_offer_applies(facts.as_ref(), &valid[f.item], currency, now, again);
        if let Ok(off) = verdict {
            discounts[f.item].push(off);
            items_with_free.insert(f.item);
            frees_used.insert(f.id.clone());
        }
        free_verdicts.push(FreeOfferVerdict {
            id: f.id.chars().take(64).collect(),
            item: f.item,
            discount_minor: verdict.ok().map(Money::minor),
            refusal: verdict.err(),
        });
    }

    let lines: Vec<LineAmount> = valid.iter().zip(&discounts).map(|(item, d)| line(item, currency, d)).collect();
    let totals = totals(currency, &lines, vat_rate_bp(&country)).map_err(|e| anyhow::anyhow!("cart totals: {e}"))?;
    Ok(Priced { currency, items: valid, lines, promo_codes: promo_verdicts, free_offers: free_verdicts, totals })
}
