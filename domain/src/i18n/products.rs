//! Products (PRD-1…5, PRD-8): the names of categories, types and statuses, the lists, the
//! dashboard, and the emails about blocking and terminating.

use super::Lang;
use crate::product::{Category, ProductKind, ProductStatus};

catalogue! {
    ProductsMsg;
    NavProducts { en: "Products", fr: "Produits" }
    ProductsMenu { en: "products menu", fr: "menu des produits" }
    ProductsNone { en: "This organization has no products yet.", fr: "Cette Organisation n'a pas encore de produits." }
    ProductsHomeTitle { en: "Your products", fr: "Vos produits" }
    CatWebDomains { en: "Web & Domains", fr: "Web & Domaines" }
    CatCollaborative { en: "Collaborative tools", fr: "Outils collaboratifs" }
    CatCloud { en: "Cloud computing", fr: "Cloud computing" }
    CatEvents { en: "Events & marketing", fr: "Événements & marketing" }
    CatStreaming { en: "Streaming", fr: "Streaming" }
    CatNas { en: "NAS", fr: "NAS" }
    KindDomain { en: "Domain names", fr: "Noms de domaine" }
    KindWebHosting { en: "Web hosting", fr: "Hébergements web" }
    KindSiteCreator { en: "Site creator", fr: "Créateur de site" }
    KindCloudServer { en: "Cloud servers", fr: "Serveurs cloud" }
    KindSslCertificate { en: "SSL certificates", fr: "Certificats SSL" }
    KindCustomBrand { en: "Custom brand", fr: "Marque personnalisée" }
    KindOfficeSuite { en: "Office suite", fr: "Suite bureautique" }
    KindMailService { en: "Mail services", fr: "Services mail" }
    KindDrive { en: "Drives", fr: "Drives" }
    KindPublicCloud { en: "Public cloud", fr: "Cloud public" }
    KindBackup { en: "Backups", fr: "Sauvegardes" }
    KindTicketing { en: "Ticketing", fr: "Billetterie" }
    KindNewsletter { en: "Newsletters", fr: "Newsletters" }
    KindVideoStreaming { en: "Video streaming", fr: "Streaming vidéo" }
    KindRadioStreaming { en: "Radio streaming", fr: "Streaming radio" }
    KindNas { en: "NAS", fr: "NAS" }
    StatusActive { en: "Active", fr: "Actif" }
    StatusExpired { en: "Expired", fr: "Expiré" }
    StatusRedemption { en: "In redemption", fr: "En rédemption" }
    StatusReleased { en: "Released", fr: "Libéré" }
    StatusTerminated { en: "Terminated", fr: "Résilié" }
    ColName { en: "Name", fr: "Nom" }
    ColStatus { en: "Status", fr: "Statut" }
    ColExpiry { en: "Expires", fr: "Expiration" }
    ColRenewal { en: "Renewal warranty", fr: "Garantie de renouvellement" }
    SelectAll { en: "Select all", fr: "Tout sélectionner" }
    SelectProduct { en: "Select {name}", fr: "Sélectionner {name}" }
    RenewalOn { en: "On", fr: "Activée" }
    RenewalOff { en: "Off", fr: "Désactivée" }
    RenewalNotOffered { en: "Not offered", fr: "Non proposée" }
    BlockedLabel { en: "Management blocked", fr: "Gestion bloquée" }
    MaintenanceLabel { en: "Maintenance mode", fr: "Mode maintenance" }
    MaintenanceHelp { en: "Mail still arrives but mailboxes can't be read while it is on.", fr: "Le courrier arrive toujours mais les boîtes ne peuvent pas être lues tant qu'il est activé." }
    MaintenanceOn { en: "Maintenance on", fr: "Maintenance activée" }
    MaintenanceOff { en: "Maintenance off", fr: "Maintenance désactivée" }
    TurnMaintenanceOn { en: "Turn maintenance on", fr: "Activer la maintenance" }
    TurnMaintenanceOff { en: "Turn maintenance off", fr: "Désactiver la maintenance" }
    BundledIn { en: "Included in {name}", fr: "Inclus dans {name}" }
    Bundled { en: "Included products", fr: "Produits inclus" }
    NoExpiry { en: "No expiry", fr: "Sans échéance" }
    Block { en: "Block management", fr: "Bloquer la gestion" }
    Unblock { en: "Unblock management", fr: "Débloquer la gestion" }
    BlockSelected { en: "Block management", fr: "Bloquer la gestion" }
    UnblockSelected { en: "Unblock management", fr: "Débloquer la gestion" }
    Access { en: "Who has access", fr: "Qui y a accès" }
    AccessManagers { en: "Legal representatives and administrators", fr: "Responsables légaux et administrateurs" }
    AccessGranted { en: "Members granted access", fr: "Membres ayant l'accès" }
    AccessNobodyElse { en: "No other member has access.", fr: "Aucun autre membre n'y a accès." }
    Terminate { en: "Terminate", fr: "Résilier" }
    TerminateTitle { en: "Terminate {name}?", fr: "Résilier {name} ?" }
    TerminateWarning { en: "Terminating deletes the product's backups for good, and open charges remain due.", fr: "La résiliation supprime définitivement les sauvegardes du produit, et les frais en cours restent dus." }
    TerminateSend { en: "Send me the confirmation link", fr: "M'envoyer le lien de confirmation" }
    TerminateCheckEmail { en: "Check your email: the termination happens only once you follow the link we sent you.", fr: "Consultez vos emails : la résiliation n'a lieu qu'une fois le lien envoyé suivi." }
    TerminatePending { en: "Termination requested: waiting for the emailed confirmation.", fr: "Résiliation demandée : en attente de la confirmation par email." }
    ConfirmTitle { en: "Termination", fr: "Résiliation" }
    Confirmed { en: "{name} is terminated.", fr: "{name} est résilié." }
    Upgrade { en: "Change the offer", fr: "Changer d'offre" }
    UpgradeOffer { en: "{users} users, {storage} GB — {price} a year", fr: "{users} utilisateurs, {storage} Go — {price} par an" }
    UpgradeCurrent { en: "Current offer", fr: "Offre actuelle" }
    UpgradeTo { en: "Upgrade", fr: "Passer à cette offre" }
    UpgradeDone { en: "Upgraded: the price difference was invoiced and paid from the prepaid balance.", fr: "Offre changée : la différence de prix a été facturée et payée par le solde prépayé." }
    UpgradeNeedsPay { en: "Upgrading is paid from the prepaid balance: it needs billing rights.", fr: "L'évolution est payée par le solde prépayé : il faut les droits de facturation." }
    UpgradeInvoiceLine { en: "{name}: upgrade from {from} to {to}", fr: "{name} : évolution de {from} à {to}" }
    Done { en: "Done.", fr: "C'est fait." }
    BackToList { en: "Back to the list", fr: "Retour à la liste" }
    Dashboard { en: "Dashboard", fr: "Tableau de bord" }
    MailBlockedSubject { en: "Management of {product} blocked in {org}", fr: "Gestion de {product} bloquée dans {org}" }
    MailBlockedBody { en: "{actor} blocked the management of {product} in {org}: only legal representatives and administrators manage it now.", fr: "{actor} a bloqué la gestion de {product} dans {org} : seuls les responsables légaux et les administrateurs la gèrent désormais." }
    MailUnblockedSubject { en: "Management of {product} unblocked in {org}", fr: "Gestion de {product} débloquée dans {org}" }
    MailUnblockedBody { en: "{actor} unblocked the management of {product} in {org}: members granted access manage it again.", fr: "{actor} a débloqué la gestion de {product} dans {org} : les membres ayant l'accès la gèrent de nouveau." }
    MailConfirmSubject { en: "Confirm the termination of {product}", fr: "Confirmez la résiliation de {product}" }
    MailConfirmBody { en: "You asked to terminate {product} in {org}. Nothing happens until you follow this link (valid 24 hours):\n\n{link}\n\nTerminating deletes the product's backups for good; open charges remain due. If you did not ask for this, ignore this email.", fr: "Vous avez demandé la résiliation de {product} dans {org}. Rien ne se passe tant que vous ne suivez pas ce lien (valable 24 heures) :\n\n{link}\n\nLa résiliation supprime définitivement les sauvegardes du produit ; les frais en cours restent dus. Si vous n'êtes pas à l'origine de cette demande, ignorez cet email." }
    MailRequestedSubject { en: "Termination of {product} requested in {org}", fr: "Résiliation de {product} demandée dans {org}" }
    MailRequestedBody { en: "{actor} asked to terminate {product} in {org}. It happens once they confirm through the link emailed to them.", fr: "{actor} a demandé la résiliation de {product} dans {org}. Elle aura lieu quand cette personne la confirmera par le lien reçu par email." }
    MailTerminatedSubject { en: "{product} terminated in {org}", fr: "{product} résilié dans {org}" }
    MailTerminatedBody { en: "{actor} confirmed the termination of {product} in {org}. Its backups are deleted; open charges remain due.", fr: "{actor} a confirmé la résiliation de {product} dans {org}. Ses sauvegardes sont supprimées ; les frais en cours restent dus." }
}

/// The name of a category, in the catalogue.
pub fn category_name(c: Category) -> ProductsMsg {
    match c {
        Category::WebDomains => ProductsMsg::CatWebDomains,
        Category::Collaborative => ProductsMsg::CatCollaborative,
        Category::Cloud => ProductsMsg::CatCloud,
        Category::Events => ProductsMsg::CatEvents,
        Category::Streaming => ProductsMsg::CatStreaming,
        Category::Nas => ProductsMsg::CatNas,
    }
}

/// The name of a product type (plural, as a list's title).
pub fn kind_name(k: ProductKind) -> ProductsMsg {
    match k {
        ProductKind::Domain => ProductsMsg::KindDomain,
        ProductKind::WebHosting => ProductsMsg::KindWebHosting,
        ProductKind::SiteCreator => ProductsMsg::KindSiteCreator,
        ProductKind::CloudServer => ProductsMsg::KindCloudServer,
        ProductKind::SslCertificate => ProductsMsg::KindSslCertificate,
        ProductKind::CustomBrand => ProductsMsg::KindCustomBrand,
        ProductKind::OfficeSuite => ProductsMsg::KindOfficeSuite,
        ProductKind::MailService => ProductsMsg::KindMailService,
        ProductKind::Drive => ProductsMsg::KindDrive,
        ProductKind::PublicCloud => ProductsMsg::KindPublicCloud,
        ProductKind::Backup => ProductsMsg::KindBackup,
        ProductKind::Ticketing => ProductsMsg::KindTicketing,
        ProductKind::Newsletter => ProductsMsg::KindNewsletter,
        ProductKind::VideoStreaming => ProductsMsg::KindVideoStreaming,
        ProductKind::RadioStreaming => ProductsMsg::KindRadioStreaming,
        ProductKind::Nas => ProductsMsg::KindNas,
    }
}

pub fn status_name(s: ProductStatus) -> ProductsMsg {
    match s {
        ProductStatus::Active => ProductsMsg::StatusActive,
        ProductStatus::Expired => ProductsMsg::StatusExpired,
        ProductStatus::Redemption => ProductsMsg::StatusRedemption,
        ProductStatus::Released => ProductsMsg::StatusReleased,
        ProductStatus::Terminated => ProductsMsg::StatusTerminated,
    }
}

/// Every kind and category has a name in every language (the catalogue checks the rest).
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_category_and_status_is_named() {
        for k in ProductKind::ALL {
            assert!(!kind_name(k).text(Lang::Fr).is_empty());
        }
        for c in Category::ALL {
            assert!(!category_name(c).text(Lang::En).is_empty());
        }
        for s in ProductStatus::ALL {
            assert!(!status_name(s).text(Lang::En).is_empty());
        }
    }
}
