//! Products (PRD-1…8): what an organization bought, as an administrative record — a
//! kind within a category, a status, an expiry date and renewal settings. Orga runs no
//! service itself; every rule about the record lives here.

use serde::{Deserialize, Serialize};

/// The sidebar's groups of product types (PRD-1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    WebDomains,
    Collaborative,
    Cloud,
    Events,
    Streaming,
    Nas,
}

impl Category {
    pub const ALL: [Category; 6] = [
        Category::WebDomains,
        Category::Collaborative,
        Category::Cloud,
        Category::Events,
        Category::Streaming,
        Category::Nas,
    ];

    /// As stored in `products.category`.
    pub fn code(self) -> &'static str {
        match self {
            Category::WebDomains => "web_domains",
            Category::Collaborative => "collaborative",
            Category::Cloud => "cloud",
            Category::Events => "events",
            Category::Streaming => "streaming",
            Category::Nas => "nas",
        }
    }

    pub fn parse(code: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.code() == code)
    }

    pub fn kinds(self) -> impl Iterator<Item = ProductKind> {
        ProductKind::ALL.into_iter().filter(move |k| k.category() == self)
    }
}

/// Every product type of SPEC PRD-1, by category.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProductKind {
    // Web & Domains
    Domain,
    WebHosting,
    SiteCreator,
    CloudServer,
    SslCertificate,
    CustomBrand,
    // Collaborative tools
    OfficeSuite,
    MailService,
    Drive,
    // Cloud computing
    PublicCloud,
    Backup,
    // Events & marketing
    Ticketing,
    Newsletter,
    // Streaming
    VideoStreaming,
    RadioStreaming,
    // NAS
    Nas,
}

impl ProductKind {
    pub const ALL: [ProductKind; 16] = [
        ProductKind::Domain,
        ProductKind::WebHosting,
        ProductKind::SiteCreator,
        ProductKind::CloudServer,
        ProductKind::SslCertificate,
        ProductKind::CustomBrand,
        ProductKind::OfficeSuite,
        ProductKind::MailService,
        ProductKind::Drive,
        ProductKind::PublicCloud,
        ProductKind::Backup,
        ProductKind::Ticketing,
        ProductKind::Newsletter,
        ProductKind::VideoStreaming,
        ProductKind::RadioStreaming,
        ProductKind::Nas,
    ];

    /// As stored in `products.kind` and written in addresses (`/o/<id>/products/<code>`).
    pub fn code(self) -> &'static str {
        match self {
            ProductKind::Domain => "domain",
            ProductKind::WebHosting => "web_hosting",
            ProductKind::SiteCreator => "site_creator",
            ProductKind::CloudServer => "cloud_server",
            ProductKind::SslCertificate => "ssl_certificate",
            ProductKind::CustomBrand => "custom_brand",
            ProductKind::OfficeSuite => "office_suite",
            ProductKind::MailService => "mail_service",
            ProductKind::Drive => "drive",
            ProductKind::PublicCloud => "public_cloud",
            ProductKind::Backup => "backup",
            ProductKind::Ticketing => "ticketing",
            ProductKind::Newsletter => "newsletter",
            ProductKind::VideoStreaming => "video_streaming",
            ProductKind::RadioStreaming => "radio_streaming",
            ProductKind::Nas => "nas",
        }
    }

    pub fn parse(code: &str) -> Option<ProductKind> {
        ProductKind::ALL.into_iter().find(|k| k.code() == code)
    }

    pub fn category(self) -> Category {
        match self {
            ProductKind::Domain
            | ProductKind::WebHosting
            | ProductKind::SiteCreator
            | ProductKind::CloudServer
            | ProductKind::SslCertificate
            | ProductKind::CustomBrand => Category::WebDomains,
            ProductKind::OfficeSuite | ProductKind::MailService | ProductKind::Drive => Category::Collaborative,
            ProductKind::PublicCloud | ProductKind::Backup => Category::Cloud,
            ProductKind::Ticketing | ProductKind::Newsletter => Category::Events,
            ProductKind::VideoStreaming | ProductKind::RadioStreaming => Category::Streaming,
            ProductKind::Nas => Category::Nas,
        }
    }

    /// PRD-6: renewal warranty is offered for every product but NAS.
    pub fn offers_renewal_warranty(self) -> bool {
        self != ProductKind::Nas
    }

    /// PRD-4: only a mail service has a maintenance mode.
    pub fn has_maintenance_mode(self) -> bool {
        self == ProductKind::MailService
    }
}

/// A product's administrative state.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProductStatus {
    Active,
    /// Past its expiry date, not renewed (and not a domain in redemption).
    Expired,
    /// PRD-7: a domain past expiry that can still be restored.
    Redemption,
    /// PRD-7: a domain whose redemption period ended; free for anyone to register.
    Released,
    /// PRD-5: terminated through the emailed link.
    Terminated,
}

impl ProductStatus {
    pub const ALL: [ProductStatus; 5] = [
        ProductStatus::Active,
        ProductStatus::Expired,
        ProductStatus::Redemption,
        ProductStatus::Released,
        ProductStatus::Terminated,
    ];

    pub fn code(self) -> &'static str {
        match self {
            ProductStatus::Active => "active",
            ProductStatus::Expired => "expired",
            ProductStatus::Redemption => "redemption",
            ProductStatus::Released => "released",
            ProductStatus::Terminated => "terminated",
        }
    }

    pub fn parse(code: &str) -> Option<ProductStatus> {
        ProductStatus::ALL.into_iter().find(|s| s.code() == code)
    }

    /// Still the organization's: counted by ORG-7 and listed (released and terminated
    /// products are history).
    pub fn is_live(self) -> bool {
        matches!(self, ProductStatus::Active | ProductStatus::Expired | ProductStatus::Redemption)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_one_category_and_a_stable_code() {
        for k in ProductKind::ALL {
            assert_eq!(ProductKind::parse(k.code()), Some(k));
            assert!(k.category().kinds().any(|x| x == k));
        }
        for c in Category::ALL {
            assert_eq!(Category::parse(c.code()), Some(c));
            assert!(c.kinds().count() >= 1);
        }
    }

    #[test]
    fn renewal_warranty_is_never_offered_for_nas() {
        assert!(!ProductKind::Nas.offers_renewal_warranty());
        assert!(ProductKind::ALL.into_iter().filter(|k| *k != ProductKind::Nas).all(|k| k.offers_renewal_warranty()));
        assert!(ProductKind::MailService.has_maintenance_mode() && !ProductKind::Domain.has_maintenance_mode());
    }
}
