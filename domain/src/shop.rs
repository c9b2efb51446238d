//! The shop's rules (BIL-1, BIL-2): what a cart may hold (offers of the catalogue, a
//! valid domain name for a domain, capped quantities), whether a promo code applies to a
//! cart item and how much it takes off, and free offers granted to an organization.
//! The browser's quote and the server's checkout run these same functions; the server's
//! answer, under the organization's lock, is the one that counts.

use serde::{Deserialize, Serialize};

use crate::billing::{domain_offer, offer_by_id, LineAmount, Offer};
use crate::i18n::ShopMsg;
use crate::money::Money;
use crate::organization::Currency;
use crate::product::ProductKind;

/// At most this many items in one cart (one order, one invoice).
pub const MAX_ITEMS: usize = 20;
/// At most this many of one offer per item (a domain name is always one).
pub const MAX_QUANTITY: u32 = 10;
/// A product's chosen name (not a domain): at most this many characters.
pub const NAME_MAX_CHARS: usize = 100;
/// A promo code as typed: at most this many characters.
pub const CODE_MAX_CHARS: usize = 40;
/// An order key (idempotency): at most this many characters.
pub const ORDER_KEY_MAX_CHARS: usize = 64;

/// One item of a cart as the browser keeps it and sends it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CartItem {
    /// The catalogue offer's id (`domain_ch`, `web_hosting`…).
    pub offer: String,
    /// A domain's name (`example.ch`), or the name chosen for another product.
    #[serde(default)]
    pub name: String,
    pub quantity: u32,
}

/// What is wrong with a domain name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[serde(rename_all = "snake_case")]
pub enum DomainNameError {
    #[error("a domain name is a name and an extension, like example.ch")]
    Shape,
    #[error("letters, digits and hyphens only, not at the start or end")]
    Characters,
    #[error("the name before the extension has 1 to 63 characters")]
    Length,
    #[error("this extension is not sold")]
    Extension,
}

impl DomainNameError {
    pub fn msg(self) -> ShopMsg {
        match self {
            DomainNameError::Shape => ShopMsg::DomainShape,
            DomainNameError::Characters => ShopMsg::DomainCharacters,
            DomainNameError::Length => ShopMsg::DomainLength,
            DomainNameError::Extension => ShopMsg::DomainExtension,
        }
    }
}

/// A registrable domain name: one label and an extension the catalogue sells, lower
/// case (`example.ch`). Internationalized names are entered in their ASCII form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DomainName {
    name: String,
    extension: String,
}

impl DomainName {
    pub fn parse(input: &str) -> Result<DomainName, DomainNameError> {
        let s = input.trim().trim_end_matches('.').to_ascii_lowercase();
        let Some((label, extension)) = s.split_once('.') else { return Err(DomainNameError::Shape) };
        if extension.contains('.') || extension.is_empty() {
            return Err(DomainNameError::Shape);
        }
        if label.is_empty() || label.len() > 63 {
            return Err(DomainNameError::Length);
        }
        let allowed = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-';
        if !label.chars().all(allowed) || label.starts_with('-') || label.ends_with('-') {
            return Err(DomainNameError::Characters);
        }
        // `xn--` names are the ASCII form of internationalized ones; other labels with
        // hyphens in the 3rd and 4th places are reserved.
        if label.get(2..4) == Some("--") && !label.starts_with("xn--") {
            return Err(DomainNameError::Characters);
        }
        if domain_offer(extension).is_none() {
            return Err(DomainNameError::Extension);
        }
        Ok(DomainName { name: s.clone(), extension: extension.to_string() })
    }

    pub fn as_str(&self) -> &str {
        &self.name
    }

    pub fn extension(&self) -> &str {
        &self.extension
    }

    pub fn offer(&self) -> &'static Offer {
        domain_offer(&self.extension).expect("checked by parse")
    }
}

/// Why a cart item cannot be ordered.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "problem")]
pub enum ItemProblem {
    UnknownOffer,
    Domain {
        error: DomainNameError,
    },
    /// The domain name's extension is not the offer's.
    DomainOffer,
    NameTooLong,
    Quantity,
}

impl ItemProblem {
    pub fn msg(self) -> ShopMsg {
        match self {
            ItemProblem::UnknownOffer => ShopMsg::ProblemUnknownOffer,
            ItemProblem::Domain { error } => error.msg(),
            ItemProblem::DomainOffer => ShopMsg::DomainExtension,
            ItemProblem::NameTooLong => ShopMsg::ProblemNameTooLong,
            ItemProblem::Quantity => ShopMsg::ProblemQuantity,
        }
    }
}

/// A cart item that can be ordered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValidItem {
    pub offer: &'static Offer,
    /// The product's name: the domain name, or the chosen name (the offer's id if none).
    pub name: String,
    /// Domains: the extension (PRD-7).
    pub extension: Option<String>,
    pub quantity: u32,
}

impl ValidItem {
    /// Quantity × unit price in `currency`, before any discount.
    pub fn gross(&self, currency: Currency) -> Money {
        self.offer.price(currency).times(i64::from(self.quantity)).unwrap_or(Money::zero(currency))
    }
}

/// Checks one item: a known offer; for a domain, a valid name whose extension is the
/// offer's, and a quantity of one; otherwise 1 to [`MAX_QUANTITY`] and a name of at most
/// [`NAME_MAX_CHARS`].
pub fn check_item(item: &CartItem) -> Result<ValidItem, ItemProblem> {
    let offer = offer_by_id(&item.offer).ok_or(ItemProblem::UnknownOffer)?;
    if offer.kind == ProductKind::Domain {
        let name = DomainName::parse(&item.name).map_err(|error| ItemProblem::Domain { error })?;
        if name.offer().id != offer.id {
            return Err(ItemProblem::DomainOffer);
        }
        if item.quantity != 1 {
            return Err(ItemProblem::Quantity);
        }
        return Ok(ValidItem {
            offer,
            name: name.as_str().to_string(),
            extension: Some(name.extension().to_string()),
            quantity: 1,
        });
    }
    if item.quantity == 0 || item.quantity > MAX_QUANTITY {
        return Err(ItemProblem::Quantity);
    }
    let name = item.name.trim();
    if name.chars().count() > NAME_MAX_CHARS {
        return Err(ItemProblem::NameTooLong);
    }
    let name = if name.is_empty() { offer.id.to_string() } else { name.to_string() };
    Ok(ValidItem { offer, name, extension: None, quantity: item.quantity })
}

/// A promo code's discount: a fixed amount in one currency, or a percentage.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Discount {
    Fixed(Money),
    /// Whole percent, 1 to 100.
    Percent(u32),
}

/// What the server knows of a promo code (BIL-2).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PromoFacts {
    pub code: String,
    /// The product type it is for.
    pub kind: ProductKind,
    /// The only organization that may use it, if any.
    pub org_id: Option<String>,
    pub discount: Discount,
    pub expires_at: Option<i64>,
    pub max_uses: i64,
    pub uses: i64,
}

/// Why a promo code does not apply.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PromoRefusal {
    Unknown,
    Expired,
    UsedUp,
    WrongOrganization,
    NoMatchingProduct,
    /// A fixed discount in another currency than the organization's.
    WrongCurrency,
    /// The item has a code already, or this code is used on another item of the cart.
    AlreadyApplied,
}

impl PromoRefusal {
    pub fn msg(self) -> ShopMsg {
        match self {
            PromoRefusal::Unknown => ShopMsg::PromoUnknown,
            PromoRefusal::Expired => ShopMsg::PromoExpired,
            PromoRefusal::UsedUp => ShopMsg::PromoUsedUp,
            PromoRefusal::WrongOrganization => ShopMsg::PromoWrongOrganization,
            PromoRefusal::NoMatchingProduct => ShopMsg::PromoNoMatchingProduct,
            PromoRefusal::WrongCurrency => ShopMsg::PromoWrongCurrency,
            PromoRefusal::AlreadyApplied => ShopMsg::PromoAlreadyApplied,
        }
    }
}

/// Normalizes a typed code: trimmed, upper case (codes are stored that way).
pub fn normalize_code(code: &str) -> String {
    code.trim().to_ascii_uppercase()
}

/// Whether `code` (`None`: no such code) applies to `item` for `org_id` at `now`, and
/// how much it takes off the item's gross amount in `currency` — never more than that
/// amount. `already_applied`: the item has another code, or this code is on another item.
pub fn applies(
    code: Option<&PromoFacts>,
    org_id: &str,
    item: &ValidItem,
    currency: Currency,
    now: i64,
    already_applied: bool,
) -> Result<Money, PromoRefusal> {
    let code = code.ok_or(PromoRefusal::Unknown)?;
    if already_applied {
        return Err(PromoRefusal::AlreadyApplied);
    }
    if code.expires_at.is_some_and(|at| now >= at) {
        return Err(PromoRefusal::Expired);
    }
    if code.uses >= code.max_uses {
        return Err(PromoRefusal::UsedUp);
    }
    if code.org_id.as_deref().is_some_and(|o| o != org_id) {
        return Err(PromoRefusal::WrongOrganization);
    }
    if code.kind != item.offer.kind {
        return Err(PromoRefusal::NoMatchingProduct);
    }
    let gross = item.gross(currency);
    let off = match code.discount {
        Discount::Fixed(amount) if amount.currency != currency => return Err(PromoRefusal::WrongCurrency),
        Discount::Fixed(amount) => amount,
        Discount::Percent(p) => gross.percent_bp(p.min(100) * 100).unwrap_or(gross),
    };
    Ok(cap(off, gross))
}

fn cap(off: Money, gross: Money) -> Money {
    if off.is_negative() {
        Money::zero(gross.currency)
    } else if gross.checked_sub(off).map(Money::is_negative).unwrap_or(true) {
        gross
    } else {
        off
    }
}

/// A free offer granted to the organization (BIL-2): for an offer id, or for every
/// offer of a product type (its kind's code).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FreeOfferFacts {
    pub id: String,
    /// An offer id (`domain_ch`) or a product kind's code (`domain`).
    pub offer: String,
    pub expires_at: Option<i64>,
    pub used: bool,
}

/// Why a free offer cannot be used on an item.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FreeOfferRefusal {
    /// Not one of the organization's free offers.
    Unknown,
    Used,
    Expired,
    NoMatchingProduct,
    /// Chosen for two items of the cart.
    AlreadyApplied,
}

impl FreeOfferRefusal {
    pub fn msg(self) -> ShopMsg {
        match self {
            FreeOfferRefusal::Unknown => ShopMsg::FreeUnknown,
            FreeOfferRefusal::Used => ShopMsg::FreeUsed,
            FreeOfferRefusal::Expired => ShopMsg::FreeExpired,
            FreeOfferRefusal::NoMatchingProduct => ShopMsg::FreeNoMatchingProduct,
            FreeOfferRefusal::AlreadyApplied => ShopMsg::FreeAlreadyApplied,
        }
    }
}

impl FreeOfferFacts {
    /// Whether this free offer is for the item's offer (by id or by product type).
    pub fn matches(&self, item: &ValidItem) -> bool {
        self.offer == item.offer.id || self.offer == item.offer.kind.code()
    }

    /// Whether it can still be chosen at `now`.
    pub fn open(&self, now: i64) -> bool {
        !self.used && self.expires_at.is_none_or(|at| now < at)
    }
}

/// Whether `free` (`None`: not the organization's) may be used on `item` at `now`, and
/// what it takes off: one unit's price, so an item of one is free.
pub fn free_offer_applies(
    free: Option<&FreeOfferFacts>,
    item: &ValidItem,
    currency: Currency,
    now: i64,
    already_applied: bool,
) -> Result<Money, FreeOfferRefusal> {
    let free = free.ok_or(FreeOfferRefusal::Unknown)?;
    if already_applied {
        return Err(FreeOfferRefusal::AlreadyApplied);
    }
    if free.used {
        return Err(FreeOfferRefusal::Used);
    }
    if free.expires_at.is_some_and(|at| now >= at) {
        return Err(FreeOfferRefusal::Expired);
    }
    if !free.matches(item) {
        return Err(FreeOfferRefusal::NoMatchingProduct);
    }
    Ok(item.offer.price(currency))
}

/// The line of an invoice for an item with its discounts (a promo code and a free offer
/// together never take it below zero).
pub fn line(item: &ValidItem, currency: Currency, discounts: &[Money]) -> LineAmount {
    let gross = item.gross(currency);
    let total_off = Money::sum(currency, discounts.iter().copied()).unwrap_or(gross);
    LineAmount { quantity: i64::from(item.quantity), unit: item.offer.price(currency), discount: cap(total_off, gross) }
}

/// Why an order is refused as a whole (BIL-1…3), with what the user reads.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "refusal")]
pub enum OrderRefusal {
    EmptyCart,
    TooManyItems,
    Item {
        index: usize,
        problem: ItemProblem,
    },
    Promo {
        index: usize,
        code: String,
        reason: PromoRefusal,
    },
    FreeOffer {
        index: usize,
        reason: FreeOfferRefusal,
    },
    /// The prepaid balance does not cover the total: nothing was ordered.
    InsufficientBalance {
        balance_minor: i64,
        currency: Currency,
    },
    /// The payment provider declined: nothing was ordered.
    Declined,
    /// The payment profile is not the organization's (or removed).
    NoSuchProfile,
    /// The order key was used for another order's content.
    OrderKeyReused,
}

impl OrderRefusal {
    /// What the user reads, in `lang`.
    pub fn message(&self, lang: crate::Lang) -> String {
        match self {
            OrderRefusal::EmptyCart => ShopMsg::CartEmpty.text(lang).into(),
            OrderRefusal::TooManyItems => ShopMsg::ProblemTooManyItems.fill(lang, &[("max", &MAX_ITEMS.to_string())]),
            OrderRefusal::Item { index, problem } => ShopMsg::ItemRefused
                .fill(lang, &[("n", &(index + 1).to_string()), ("reason", problem.msg().text(lang))]),
            OrderRefusal::Promo { index, code, reason } => ShopMsg::PromoRefused
                .fill(lang, &[("code", code), ("n", &(index + 1).to_string()), ("reason", reason.msg().text(lang))]),
            OrderRefusal::FreeOffer { index, reason } => {
                ShopMsg::ItemRefused.fill(lang, &[("n", &(index + 1).to_string()), ("reason", reason.msg().text(lang))])
            }
            OrderRefusal::InsufficientBalance { balance_minor, currency } => {
                ShopMsg::InsufficientBalance.fill(lang, &[("balance", &currency.format_minor(*balance_minor, lang))])
            }
            OrderRefusal::Declined => ShopMsg::PaymentDeclined.text(lang).into(),
            OrderRefusal::NoSuchProfile => ShopMsg::NoSuchProfile.text(lang).into(),
            OrderRefusal::OrderKeyReused => ShopMsg::OrderKeyReused.text(lang).into(),
        }
    }
}

/// Whether `next` (after sign-up or sign-in) is a path of this site: it starts with
/// one `/`, not `//` or `/\` (another host), and holds no control character.
pub fn is_same_site_path(next: &str) -> bool {
    next.starts_with('/')
        && !next.starts_with("//")
        && !next.starts_with("/\\")
        && next.len() <= 200
        && !next.chars().any(|c| c.is_control() || c == '\\')
}

#[cfg(test)]
mod tests;

/// A product type's name.
pub fn kind_label(kind: ProductKind) -> ShopMsg {
    match kind {
        ProductKind::Domain => ShopMsg::KindDomain,
        ProductKind::WebHosting => ShopMsg::KindWebHosting,
        ProductKind::SiteCreator => ShopMsg::KindSiteCreator,
        ProductKind::CloudServer => ShopMsg::KindCloudServer,
        ProductKind::SslCertificate => ShopMsg::KindSslCertificate,
        ProductKind::CustomBrand => ShopMsg::KindCustomBrand,
        ProductKind::OfficeSuite => ShopMsg::KindOfficeSuite,
        ProductKind::MailService => ShopMsg::KindMailService,
        ProductKind::Drive => ShopMsg::KindDrive,
        ProductKind::PublicCloud => ShopMsg::KindPublicCloud,
        ProductKind::Backup => ShopMsg::KindBackup,
        ProductKind::Ticketing => ShopMsg::KindTicketing,
        ProductKind::Newsletter => ShopMsg::KindNewsletter,
        ProductKind::VideoStreaming => ShopMsg::KindVideoStreaming,
        ProductKind::RadioStreaming => ShopMsg::KindRadioStreaming,
        ProductKind::Nas => ShopMsg::KindNas,
    }
}

/// A category's name.
pub fn category_label(category: crate::Category) -> ShopMsg {
    use crate::Category;
    match category {
        Category::WebDomains => ShopMsg::CatWebDomains,
        Category::Collaborative => ShopMsg::CatCollaborative,
        Category::Cloud => ShopMsg::CatCloud,
        Category::Events => ShopMsg::CatEvents,
        Category::Streaming => ShopMsg::CatStreaming,
        Category::Nas => ShopMsg::CatNas,
    }
}

/// An offer's name as the shop and the invoice write it (`Domain name .ch`, `Office
/// suite S: 5 users, 50 GB`).
pub fn offer_label(offer: &Offer, lang: crate::Lang) -> String {
    let kind = kind_label(offer.kind).text(lang);
    if offer.kind == ProductKind::Domain {
        return ShopMsg::DomainOffer.fill(lang, &[("ext", offer.id.trim_start_matches("domain_"))]);
    }
    match (offer.users, offer.storage_gb) {
        (Some(users), Some(storage)) => ShopMsg::SuiteSize.fill(
            lang,
            &[
                ("kind", kind),
                ("size", &offer.id.rsplit('_').next().unwrap_or("").to_ascii_uppercase()),
                ("users", &users.to_string()),
                ("storage", &storage.to_string()),
            ],
        ),
        _ => kind.to_string(),
    }
}

impl OrderRefusal {
    /// The HTTP status a partner sees: a cart the console would not send 422, a payment
    /// that did not go through 402, a code or offer that does not apply 409.
    pub fn status(&self) -> u16 {
        match self {
            OrderRefusal::EmptyCart | OrderRefusal::TooManyItems | OrderRefusal::Item { .. } => 422,
            OrderRefusal::InsufficientBalance { .. } | OrderRefusal::Declined => 402,
            _ => 409,
        }
    }
}
