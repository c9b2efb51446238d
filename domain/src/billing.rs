//! Billing rules (BIL-1…6): the catalogue of offers with their prices in each currency,
//! VAT by the billing address's country, invoice numbers, and an invoice's totals
//! computed exactly from its lines.

use serde::{Deserialize, Serialize};

use crate::money::{Money, MoneyError};
use crate::organization::Currency;
use crate::product::ProductKind;

/// Standard VAT rate in basis points (810 = 8.1 %) for a billing address in `country`
/// (ISO code): Switzerland and Liechtenstein's 8.1 %, each EU state's standard rate
/// (the provider is registered for VAT OSS), and none outside (exports).
pub fn vat_rate_bp(country: &str) -> u32 {
    match country.trim().to_ascii_uppercase().as_str() {
        "CH" | "LI" => 810,
        "AT" => 2000,
        "BE" => 2100,
        "BG" => 2000,
        "CY" => 1900,
        "CZ" => 2100,
        "DE" => 1900,
        "DK" => 2500,
        "EE" => 2400,
        "ES" => 2100,
        "FI" => 2550,
        "FR" | "MC" => 2000,
        "GR" => 2400,
        "HR" => 2500,
        "HU" => 2700,
        "IE" => 2300,
        "IT" => 2200,
        "LT" => 2100,
        "LU" => 1700,
        "LV" => 2100,
        "MT" => 1800,
        "NL" => 2100,
        "PL" => 2300,
        "PT" => 2300,
        "RO" => 2100,
        "SE" => 2500,
        "SI" => 2200,
        "SK" => 2300,
        _ => 0,
    }
}

/// An invoice's number as printed: the organization's short prefix, the kind and the
/// gap-free sequence, e.g. `F-4KX2-000017` (final) or `PF-4KX2-000003` (pro forma).
pub fn invoice_number(org_id: &str, pro_forma: bool, seq: i64) -> String {
    let prefix: String =
        org_id.chars().filter(|c| c.is_ascii_alphanumeric()).take(6).collect::<String>().to_ascii_uppercase();
    format!("{}-{prefix}-{seq:06}", if pro_forma { "PF" } else { "F" })
}

/// One line of an invoice, before VAT: a quantity at a unit price, less a discount.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LineAmount {
    pub quantity: i64,
    pub unit: Money,
    pub discount: Money,
}

impl LineAmount {
    /// Quantity × unit − discount, never below zero.
    pub fn net(&self) -> Result<Money, MoneyError> {
        let gross = self.unit.times(self.quantity)?;
        let net = gross.checked_sub(self.discount)?;
        Ok(if net.is_negative() { Money::zero(net.currency) } else { net })
    }
}

/// An invoice's totals: VAT is computed once on the subtotal (not per line), rounded to
/// the cent, so the printed lines, subtotal, VAT and total always add up.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Totals {
    pub subtotal: Money,
    pub vat_rate_bp: u32,
    pub vat: Money,
    pub total: Money,
}

pub fn totals(currency: Currency, lines: &[LineAmount], vat_rate_bp: u32) -> Result<Totals, MoneyError> {
    let subtotal = Money::sum(currency, lines.iter().map(LineAmount::net).collect::<Result<Vec<_>, _>>()?)?;
    let vat = subtotal.percent_bp(vat_rate_bp)?;
    Ok(Totals { subtotal, vat_rate_bp, vat, total: subtotal.checked_add(vat)? })
}

/// An offer of the shop's catalogue (BIL-1): a product kind at a yearly (or monthly)
/// price in each currency, VAT excluded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Offer {
    /// Stable id, stored on products and invoice lines.
    pub id: &'static str,
    pub kind: ProductKind,
    pub period_months: u32,
    pub chf_minor: i64,
    pub eur_minor: i64,
    /// PRD-8: for an office suite, the users and storage it includes.
    pub users: Option<u32>,
    pub storage_gb: Option<u32>,
}

impl Offer {
    pub fn price(&self, currency: Currency) -> Money {
        Money::new(
            match currency {
                Currency::Chf => self.chf_minor,
                Currency::Eur => self.eur_minor,
            },
            currency,
        )
    }
}

const fn offer(id: &'static str, kind: ProductKind, chf_minor: i64, eur_minor: i64) -> Offer {
    Offer { id, kind, period_months: 12, chf_minor, eur_minor, users: None, storage_gb: None }
}

const fn suite(id: &'static str, users: u32, storage_gb: u32, chf_minor: i64, eur_minor: i64) -> Offer {
    Offer {
        id,
        kind: ProductKind::OfficeSuite,
        period_months: 12,
        chf_minor,
        eur_minor,
        users: Some(users),
        storage_gb: Some(storage_gb),
    }
}

/// The catalogue. Domains are priced per extension (`domain_ch`…); the office suite's
/// offers are ordered from the smallest up (PRD-8 moves only up this list).
pub const CATALOGUE: &[Offer] = &[
    offer("domain_ch", ProductKind::Domain, 1300, 1300),
    offer("domain_li", ProductKind::Domain, 1300, 1300),
    offer("domain_fr", ProductKind::Domain, 1200, 1200),
    offer("domain_com", ProductKind::Domain, 1500, 1500),
    offer("domain_net", ProductKind::Domain, 1800, 1800),
    offer("domain_org", ProductKind::Domain, 1700, 1700),
    offer("domain_eu", ProductKind::Domain, 900, 900),
    offer("domain_de", ProductKind::Domain, 900, 900),
    offer("domain_be", ProductKind::Domain, 1000, 1000),
    offer("domain_it", ProductKind::Domain, 1200, 1200),
    offer("domain_es", ProductKind::Domain, 1200, 1200),
    offer("web_hosting", ProductKind::WebHosting, 11880, 11880),
    offer("site_creator", ProductKind::SiteCreator, 7080, 7080),
    offer("cloud_server", ProductKind::CloudServer, 39600, 39600),
    offer("ssl_certificate", ProductKind::SslCertificate, 4900, 4900),
    offer("custom_brand", ProductKind::CustomBrand, 6000, 6000),
    suite("office_suite_s", 5, 50, 9000, 9000),
    suite("office_suite_m", 20, 500, 33600, 33600),
    suite("office_suite_l", 100, 3000, 142800, 142800),
    offer("mail_service", ProductKind::MailService, 5400, 5400),
    offer("drive", ProductKind::Drive, 2280, 2280),
    offer("public_cloud", ProductKind::PublicCloud, 12000, 12000),
    offer("backup", ProductKind::Backup, 3600, 3600),
    offer("ticketing", ProductKind::Ticketing, 0, 0),
    offer("newsletter", ProductKind::Newsletter, 9600, 9600),
    offer("video_streaming", ProductKind::VideoStreaming, 23880, 23880),
    offer("radio_streaming", ProductKind::RadioStreaming, 11880, 11880),
    offer("nas", ProductKind::Nas, 69900, 69900),
];

pub fn offer_by_id(id: &str) -> Option<&'static Offer> {
    CATALOGUE.iter().find(|o| o.id == id)
}

/// The domain offer for a name's extension (`example.ch` → `domain_ch`).
pub fn domain_offer(extension: &str) -> Option<&'static Offer> {
    CATALOGUE.iter().find(|o| o.kind == ProductKind::Domain && o.id.strip_prefix("domain_") == Some(extension))
}

/// BIL-6: premium support, per month, invoiced monthly, cancelled at the end of the term.
pub fn premium_support_monthly(currency: Currency) -> Money {
    Money::new(
        match currency {
            Currency::Chf => 4900,
            Currency::Eur => 4900,
        },
        currency,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const CHF: Currency = Currency::Chf;

    #[test]
    fn vat_follows_the_billing_country() {
        assert_eq!(vat_rate_bp("ch"), 810);
        assert_eq!(vat_rate_bp("FR"), 2000);
        assert_eq!(vat_rate_bp("DE"), 1900);
        assert_eq!(vat_rate_bp("CA"), 0);
    }

    #[test]
    fn totals_add_up_to_the_cent() {
        let line = |q, unit, discount| LineAmount {
            quantity: q,
            unit: Money::new(unit, CHF),
            discount: Money::new(discount, CHF),
        };
        let t = totals(CHF, &[line(1, 1300, 0), line(2, 995, 500), line(1, 100, 300)], 810).unwrap();
        // 13.00 + (19.90 − 5.00) + max(1.00 − 3.00, 0) = 27.90; 8.1 % = 2.2599 → 2.26.
        assert_eq!(t.subtotal.minor(), 2790);
        assert_eq!(t.vat.minor(), 226);
        assert_eq!(t.total.minor(), 3016);
    }

    #[test]
    fn numbers_and_offers() {
        assert_eq!(invoice_number("4kx2ab-77", false, 17), "F-4KX2AB-000017");
        assert_eq!(invoice_number("4kx2ab-77", true, 3), "PF-4KX2AB-000003");
        assert_eq!(domain_offer("ch").map(|o| o.id), Some("domain_ch"));
        assert!(domain_offer("zz").is_none());
        let ids: std::collections::HashSet<_> = CATALOGUE.iter().map(|o| o.id).collect();
        assert_eq!(ids.len(), CATALOGUE.len(), "offer ids are unique");
        for k in ProductKind::ALL {
            assert!(CATALOGUE.iter().any(|o| o.kind == k), "{k:?} can be ordered");
        }
    }
}
