//! Server functions of the shop (BIL-1, BIL-2): the public catalogue, a quote of the cart
//! for an organization (prices in its currency, VAT, each promo code's and free offer's
//! verdict), the checkout, and what the cart offers to choose from (free offers, payment
//! means). Quotes need `Action::ViewBilling`, the checkout `Action::Pay`.

use domain::product::{Category, ProductKind};
use domain::shop::{CartItem, FreeOfferRefusal, PromoRefusal};
use domain::Currency;
use leptos::prelude::*;
use leptos::server_fn::codec::Json;
use serde::{Deserialize, Serialize};

use crate::error::AppError;

/// An offer of the catalogue, with its prices (VAT excluded).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OfferView {
    pub id: String,
    pub kind: ProductKind,
    pub category: Category,
    pub period_months: u32,
    pub chf_minor: i64,
    pub eur_minor: i64,
    pub users: Option<u32>,
    pub storage_gb: Option<u32>,
}

/// How the order is paid: the prepaid balance (the default) or a payment profile.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PaymentMeans {
    #[default]
    Balance,
    Profile(String),
}

/// A promo code typed for one item of the cart (by its index).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PromoUse {
    pub code: String,
    pub item: usize,
}

/// A free offer chosen for one item of the cart.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FreeOfferUse {
    pub id: String,
    pub item: usize,
}

/// One item of a quote, in the organization's currency.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuoteLine {
    pub offer: String,
    pub name: String,
    pub quantity: u32,
    pub unit_minor: i64,
    pub discount_minor: i64,
    pub net_minor: i64,
}

/// A promo code's verdict: the amount it takes off, or why it does not apply.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PromoVerdict {
    pub code: String,
    pub item: usize,
    pub discount_minor: Option<i64>,
    pub refusal: Option<PromoRefusal>,
}

/// A free offer's verdict.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FreeOfferVerdict {
    pub id: String,
    pub item: usize,
    pub discount_minor: Option<i64>,
    pub refusal: Option<FreeOfferRefusal>,
}

/// The cart priced for an organization.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    pub currency: Currency,
    pub lines: Vec<QuoteLine>,
    pub promo_codes: Vec<PromoVerdict>,
    pub free_offers: Vec<FreeOfferVerdict>,
    pub subtotal_minor: i64,
    pub vat_rate_bp: u32,
    pub vat_minor: i64,
    pub total_minor: i64,
    /// The prepaid balance now.
    pub balance_minor: i64,
}

/// A free offer the organization may still use.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FreeOfferView {
    pub id: String,
    /// An offer id or a product type's code.
    pub offer: String,
    pub expires_at: Option<i64>,
}

/// A payment profile the order may be paid with.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProfileChoice {
    pub id: String,
    pub label: String,
}

/// What the cart offers to pay with.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PaymentChoices {
    pub currency: Currency,
    pub balance_minor: i64,
    pub profiles: Vec<ProfileChoice>,
}

/// A placed order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Order {
    pub invoice_id: String,
    pub number: String,
    pub currency: Currency,
    pub total_minor: i64,
    /// `true`: paid; `false`: waiting for the payment provider's confirmation.
    pub paid: bool,
    pub product_ids: Vec<String>,
}

/// The catalogue (no session needed).
#[server(endpoint = "shop/catalogue", input = Json)]
pub async fn shop_catalogue() -> Result<Vec<OfferView>, AppError> {
    crate::endpoint::serve(ShopCatalogue {}).await
}

/// Prices the cart for the organization, with each code's and free offer's verdict.
#[server(endpoint = "shop/quote", input = Json)]
pub async fn shop_quote(
    org_id: String,
    items: Vec<CartItem>,
    promo_codes: Vec<PromoUse>,
    free_offers: Vec<FreeOfferUse>,
) -> Result<Quote, AppError> {
    crate::endpoint::serve(ShopQuote { org_id, items, promo_codes, free_offers }).await
}

/// Orders the cart: one invoice, paid by `payment_means`, the products created. The same
/// `order_key` twice answers the first order (a double click orders once).
#[server(endpoint = "shop/checkout", input = Json)]
pub async fn shop_checkout(
    org_id: String,
    order_key: String,
    items: Vec<CartItem>,
    payment_means: PaymentMeans,
    promo_codes: Vec<PromoUse>,
    free_offers: Vec<FreeOfferUse>,
) -> Result<Order, AppError> {
    crate::endpoint::serve(ShopCheckout { org_id, order_key, items, payment_means, promo_codes, free_offers }).await
}

/// The organization's free offers not used yet.
#[server(endpoint = "shop/free_offers", input = Json)]
pub async fn shop_free_offers(org_id: String) -> Result<Vec<FreeOfferView>, AppError> {
    crate::endpoint::serve(ShopFreeOffers { org_id }).await
}

/// The prepaid balance and the payment profiles the order may be paid with.
#[server(endpoint = "shop/payment_choices", input = Json)]
pub async fn shop_payment_choices(org_id: String) -> Result<PaymentChoices, AppError> {
    crate::endpoint::serve(ShopPaymentChoices { org_id }).await
}
