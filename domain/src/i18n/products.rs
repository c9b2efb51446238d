//! Products (PRD-1…5, PRD-8): the names of categories, types and statuses, the lists, the
//! dashboard, and the emails about blocking and terminating.

use super::Lang;
use crate::product::{Category, ProductKind, ProductStatus};

catalogue! {
    ProductsMsg;
    NavProducts {
        en: "Products",
        fr: "Produits",
        de: "Produkte",
        it: "Prodotti",
        es: "Productos",
    }
    ProductsMenu {
        en: "products menu",
        fr: "menu des produits",
        de: "Produktmenü",
        it: "menu dei prodotti",
        es: "menú de productos",
    }
    ProductsNone {
        en: "This organization has no products yet.",
        fr: "Cette Organisation n'a pas encore de produits.",
        de: "Diese Organisation hat noch keine Produkte.",
        it: "Questa Organizzazione non ha ancora prodotti.",
        es: "Esta Organización aún no tiene productos.",
    }
    ProductsHomeTitle {
        en: "Your products",
        fr: "Vos produits",
        de: "Ihre Produkte",
        it: "I suoi prodotti",
        es: "Sus productos",
    }
    CatWebDomains {
        en: "Web & Domains",
        fr: "Web & Domaines",
        de: "Web & Domains",
        it: "Web & domini",
        es: "Web & dominios",
    }
    CatCollaborative {
        en: "Collaborative tools",
        fr: "Outils collaboratifs",
        de: "Kollaborationstools",
        it: "Strumenti collaborativi",
        es: "Herramientas colaborativas",
    }
    CatCloud {
        en: "Cloud computing",
        fr: "Cloud computing",
        de: "Cloud-Computing",
        it: "Cloud computing",
        es: "Computación en la nube",
    }
    CatEvents {
        en: "Events & marketing",
        fr: "Événements & marketing",
        de: "Events & Marketing",
        it: "Eventi & marketing",
        es: "Eventos & marketing",
    }
    CatStreaming {
        en: "Streaming",
        fr: "Streaming",
        de: "Streaming",
        it: "Streaming",
        es: "Streaming",
    }
    CatNas {
        en: "NAS",
        fr: "NAS",
        de: "NAS",
        it: "NAS",
        es: "NAS",
    }
    KindDomain {
        en: "Domain names",
        fr: "Noms de domaine",
        de: "Domainnamen",
        it: "Nomi di dominio",
        es: "Nombres de dominio",
    }
    KindWebHosting {
        en: "Web hosting",
        fr: "Hébergements web",
        de: "Webhostings",
        it: "Hosting web",
        es: "Alojamientos web",
    }
    KindSiteCreator {
        en: "Site creator",
        fr: "Créateur de site",
        de: "Website-Baukasten",
        it: "Creatore di siti",
        es: "Creador de sitios",
    }
    KindCloudServer {
        en: "Cloud servers",
        fr: "Serveurs cloud",
        de: "Cloud-Server",
        it: "Server cloud",
        es: "Servidores cloud",
    }
    KindSslCertificate {
        en: "SSL certificates",
        fr: "Certificats SSL",
        de: "SSL-Zertifikate",
        it: "Certificati SSL",
        es: "Certificados SSL",
    }
    KindCustomBrand {
        en: "Custom brand",
        fr: "Marque personnalisée",
        de: "Eigene Marke",
        it: "Marchio personalizzato",
        es: "Marca personalizada",
    }
    KindOfficeSuite {
        en: "Office suite",
        fr: "Suite bureautique",
        de: "Office-Suite",
        it: "Suite per l'ufficio",
        es: "Suite ofimática",
    }
    KindMailService {
        en: "Mail services",
        fr: "Services mail",
        de: "Mail-Dienste",
        it: "Servizi e-mail",
        es: "Servicios de correo",
    }
    KindDrive {
        en: "Drives",
        fr: "Drives",
        de: "Drives",
        it: "Drive",
        es: "Drives",
    }
    KindPublicCloud {
        en: "Public cloud",
        fr: "Cloud public",
        de: "Public Cloud",
        it: "Cloud pubblico",
        es: "Nube pública",
    }
    KindBackup {
        en: "Backups",
        fr: "Sauvegardes",
        de: "Backups",
        it: "Backup",
        es: "Copias de seguridad",
    }
    KindTicketing {
        en: "Ticketing",
        fr: "Billetterie",
        de: "Ticketing",
        it: "Biglietteria",
        es: "Venta de entradas",
    }
    KindNewsletter {
        en: "Newsletters",
        fr: "Newsletters",
        de: "Newsletter",
        it: "Newsletter",
        es: "Newsletters",
    }
    KindVideoStreaming {
        en: "Video streaming",
        fr: "Streaming vidéo",
        de: "Videostreaming",
        it: "Streaming video",
        es: "Streaming de vídeo",
    }
    KindRadioStreaming {
        en: "Radio streaming",
        fr: "Streaming radio",
        de: "Radiostreaming",
        it: "Streaming radio",
        es: "Streaming de radio",
    }
    KindNas {
        en: "NAS",
        fr: "NAS",
        de: "NAS",
        it: "NAS",
        es: "NAS",
    }
    StatusActive {
        en: "Active",
        fr: "Actif",
        de: "Aktiv",
        it: "Attivo",
        es: "Activo",
    }
    StatusExpired {
        en: "Expired",
        fr: "Expiré",
        de: "Abgelaufen",
        it: "Scaduto",
        es: "Caducado",
    }
    StatusRedemption {
        en: "In redemption",
        fr: "En rédemption",
        de: "In Wiederherstellungsphase",
        it: "In fase di riscatto",
        es: "En periodo de redención",
    }
    StatusReleased {
        en: "Released",
        fr: "Libéré",
        de: "Freigegeben",
        it: "Rilasciato",
        es: "Liberado",
    }
    StatusTerminated {
        en: "Terminated",
        fr: "Résilié",
        de: "Gekündigt",
        it: "Disdetto",
        es: "Cancelado",
    }
    ColName {
        en: "Name",
        fr: "Nom",
        de: "Name",
        it: "Nome",
        es: "Nombre",
    }
    ColStatus {
        en: "Status",
        fr: "Statut",
        de: "Status",
        it: "Stato",
        es: "Estado",
    }
    ColExpiry {
        en: "Expires",
        fr: "Expiration",
        de: "Ablaufdatum",
        it: "Scadenza",
        es: "Vencimiento",
    }
    ColRenewal {
        en: "Renewal warranty",
        fr: "Garantie de renouvellement",
        de: "Verlängerungsgarantie",
        it: "Garanzia di rinnovo",
        es: "Garantía de renovación",
    }
    SelectAll {
        en: "Select all",
        fr: "Tout sélectionner",
        de: "Alle auswählen",
        it: "Seleziona tutto",
        es: "Seleccionar todo",
    }
    SelectProduct {
        en: "Select {name}",
        fr: "Sélectionner {name}",
        de: "{name} auswählen",
        it: "Seleziona {name}",
        es: "Seleccionar {name}",
    }
    RenewalOn {
        en: "On",
        fr: "Activée",
        de: "Aktiviert",
        it: "Attivata",
        es: "Activada",
    }
    RenewalOff {
        en: "Off",
        fr: "Désactivée",
        de: "Deaktiviert",
        it: "Disattivata",
        es: "Desactivada",
    }
    RenewalNotOffered {
        en: "Not offered",
        fr: "Non proposée",
        de: "Nicht verfügbar",
        it: "Non disponibile",
        es: "No disponible",
    }
    BlockedLabel {
        en: "Management blocked",
        fr: "Gestion bloquée",
        de: "Verwaltung gesperrt",
        it: "Gestione bloccata",
        es: "Gestión bloqueada",
    }
    MaintenanceLabel {
        en: "Maintenance mode",
        fr: "Mode maintenance",
        de: "Wartungsmodus",
        it: "Modalità manutenzione",
        es: "Modo de mantenimiento",
    }
    MaintenanceHelp {
        en: "Mail still arrives but mailboxes can't be read while it is on.",
        fr: "Le courrier arrive toujours mais les boîtes ne peuvent pas être lues tant qu'il est activé.",
        de: "E-Mails kommen weiterhin an, aber die Postfächer können nicht gelesen werden, solange er aktiv ist.",
        it: "La posta continua ad arrivare, ma le caselle di posta non possono essere lette finché è attiva.",
        es: "El correo sigue llegando, pero los buzones no se pueden leer mientras esté activado.",
    }
    MaintenanceOn {
        en: "Maintenance on",
        fr: "Maintenance activée",
        de: "Wartung aktiviert",
        it: "Manutenzione attivata",
        es: "Mantenimiento activado",
    }
    MaintenanceOff {
        en: "Maintenance off",
        fr: "Maintenance désactivée",
        de: "Wartung deaktiviert",
        it: "Manutenzione disattivata",
        es: "Mantenimiento desactivado",
    }
    TurnMaintenanceOn {
        en: "Turn maintenance on",
        fr: "Activer la maintenance",
        de: "Wartung aktivieren",
        it: "Attiva la manutenzione",
        es: "Activar el mantenimiento",
    }
    TurnMaintenanceOff {
        en: "Turn maintenance off",
        fr: "Désactiver la maintenance",
        de: "Wartung deaktivieren",
        it: "Disattiva la manutenzione",
        es: "Desactivar el mantenimiento",
    }
    BundledIn {
        en: "Included in {name}",
        fr: "Inclus dans {name}",
        de: "Enthalten in {name}",
        it: "Incluso in {name}",
        es: "Incluido en {name}",
    }
    Bundled {
        en: "Included products",
        fr: "Produits inclus",
        de: "Enthaltene Produkte",
        it: "Prodotti inclusi",
        es: "Productos incluidos",
    }
    NoExpiry {
        en: "No expiry",
        fr: "Sans échéance",
        de: "Unbefristet",
        it: "Senza scadenza",
        es: "Sin vencimiento",
    }
    Block {
        en: "Block management",
        fr: "Bloquer la gestion",
        de: "Verwaltung sperren",
        it: "Blocca la gestione",
        es: "Bloquear la gestión",
    }
    Unblock {
        en: "Unblock management",
        fr: "Débloquer la gestion",
        de: "Verwaltung entsperren",
        it: "Sblocca la gestione",
        es: "Desbloquear la gestión",
    }
    BlockSelected {
        en: "Block management",
        fr: "Bloquer la gestion",
        de: "Verwaltung sperren",
        it: "Blocca la gestione",
        es: "Bloquear la gestión",
    }
    UnblockSelected {
        en: "Unblock management",
        fr: "Débloquer la gestion",
        de: "Verwaltung entsperren",
        it: "Sblocca la gestione",
        es: "Desbloquear la gestión",
    }
    Access {
        en: "Who has access",
        fr: "Qui y a accès",
        de: "Wer hat Zugriff",
        it: "Chi ha accesso",
        es: "Quién tiene acceso",
    }
    AccessManagers {
        en: "Legal representatives and administrators",
        fr: "Responsables légaux et administrateurs",
        de: "Gesetzliche Vertreter und Administratoren",
        it: "Rappresentanti legali e amministratori",
        es: "Representantes legales y administradores",
    }
    AccessGranted {
        en: "Members granted access",
        fr: "Membres ayant l'accès",
        de: "Mitglieder mit Zugriff",
        it: "Membri con accesso",
        es: "Miembros con acceso",
    }
    AccessNobodyElse {
        en: "No other member has access.",
        fr: "Aucun autre membre n'y a accès.",
        de: "Kein anderes Mitglied hat Zugriff.",
        it: "Nessun altro membro ha accesso.",
        es: "Ningún otro miembro tiene acceso.",
    }
    Terminate {
        en: "Terminate",
        fr: "Résilier",
        de: "Kündigen",
        it: "Disdici",
        es: "Dar de baja",
    }
    TerminateTitle {
        en: "Terminate {name}?",
        fr: "Résilier {name} ?",
        de: "{name} kündigen?",
        it: "Disdire {name}?",
        es: "¿Dar de baja {name}?",
    }
    TerminateWarning {
        en: "Terminating deletes the product's backups for good, and open charges remain due.",
        fr: "La résiliation supprime définitivement les sauvegardes du produit, et les frais en cours restent dus.",
        de: "Die Kündigung löscht die Backups des Produkts endgültig, und offene Beträge bleiben fällig.",
        it: "La disdetta elimina definitivamente i backup del prodotto e gli importi non ancora saldati restano dovuti.",
        es: "La cancelación elimina definitivamente las copias de seguridad del producto, y los importes pendientes deberán abonarse igualmente.",
    }
    TerminateSend {
        en: "Send me the confirmation link",
        fr: "M'envoyer le lien de confirmation",
        de: "Bestätigungslink senden",
        it: "Invia il link di conferma",
        es: "Enviarme el enlace de confirmación",
    }
    TerminateCheckEmail {
        en: "Check your email: the termination happens only once you follow the link we sent you.",
        fr: "Consultez vos emails : la résiliation n'a lieu qu'une fois le lien envoyé suivi.",
        de: "Prüfen Sie Ihre E-Mails: Die Kündigung erfolgt erst, wenn Sie den Link öffnen, den wir Ihnen gesendet haben.",
        it: "Controlli la sua e-mail: la disdetta avviene solo quando avrà aperto il link che le abbiamo inviato.",
        es: "Revise su correo electrónico: la cancelación solo se produce cuando abra el enlace que le hemos enviado.",
    }
    TerminatePending {
        en: "Termination requested: waiting for the emailed confirmation.",
        fr: "Résiliation demandée : en attente de la confirmation par email.",
        de: "Kündigung angefordert: Warten auf die Bestätigung per E-Mail.",
        it: "Disdetta richiesta: in attesa della conferma via e-mail.",
        es: "Cancelación solicitada: a la espera de la confirmación por correo electrónico.",
    }
    ConfirmTitle {
        en: "Termination",
        fr: "Résiliation",
        de: "Kündigung",
        it: "Disdetta",
        es: "Cancelación",
    }
    Confirmed {
        en: "{name} is terminated.",
        fr: "{name} est résilié.",
        de: "{name} wurde gekündigt.",
        it: "{name} è stato disdetto.",
        es: "{name} se ha dado de baja.",
    }
    Upgrade {
        en: "Change the offer",
        fr: "Changer d'offre",
        de: "Tarif wechseln",
        it: "Cambia piano",
        es: "Cambiar de plan",
    }
    UpgradeOffer {
        en: "{users} users, {storage} GB — {price} a year",
        fr: "{users} utilisateurs, {storage} Go — {price} par an",
        de: "{users} Benutzer, {storage} GB — {price} pro Jahr",
        it: "{users} utenti, {storage} GB — {price} all'anno",
        es: "{users} usuarios, {storage} GB — {price} al año",
    }
    UpgradeCurrent {
        en: "Current offer",
        fr: "Offre actuelle",
        de: "Aktueller Tarif",
        it: "Piano attuale",
        es: "Plan actual",
    }
    UpgradeTo {
        en: "Upgrade",
        fr: "Passer à cette offre",
        de: "Upgraden",
        it: "Passa a questo piano",
        es: "Cambiar a este plan",
    }
    UpgradeDone {
        en: "Upgraded: the price difference was invoiced and paid from the prepaid balance.",
        fr: "Offre changée : la différence de prix a été facturée et payée par le solde prépayé.",
        de: "Tarif gewechselt: Die Preisdifferenz wurde in Rechnung gestellt und mit dem Prepaid-Guthaben bezahlt.",
        it: "Piano cambiato: la differenza di prezzo è stata fatturata e pagata con il credito prepagato.",
        es: "Plan cambiado: la diferencia de precio se ha facturado y pagado con el saldo prepago.",
    }
    UpgradeNeedsPay {
        en: "Upgrading is paid from the prepaid balance: it needs billing rights.",
        fr: "L'évolution est payée par le solde prépayé : il faut les droits de facturation.",
        de: "Der Tarifwechsel wird mit dem Prepaid-Guthaben bezahlt: Dafür sind Abrechnungsrechte erforderlich.",
        it: "Il cambio di piano viene pagato con il credito prepagato: servono i diritti di fatturazione.",
        es: "El cambio de plan se paga con el saldo prepago: requiere permisos de facturación.",
    }
    UpgradeInvoiceLine {
        en: "{name}: upgrade from {from} to {to}",
        fr: "{name} : évolution de {from} à {to}",
        de: "{name}: Upgrade von {from} auf {to}",
        it: "{name}: passaggio da {from} a {to}",
        es: "{name}: ampliación de {from} a {to}",
    }
    Done {
        en: "Done.",
        fr: "C'est fait.",
        de: "Erledigt.",
        it: "Fatto.",
        es: "Listo.",
    }
    BackToList {
        en: "Back to the list",
        fr: "Retour à la liste",
        de: "Zurück zur Liste",
        it: "Torna all'elenco",
        es: "Volver a la lista",
    }
    Dashboard {
        en: "Dashboard",
        fr: "Tableau de bord",
        de: "Dashboard",
        it: "Pannello di controllo",
        es: "Panel de control",
    }
    MailBlockedSubject {
        en: "Management of {product} blocked in {org}",
        fr: "Gestion de {product} bloquée dans {org}",
        de: "Verwaltung von {product} in {org} gesperrt",
        it: "Gestione di {product} bloccata in {org}",
        es: "Gestión de {product} bloqueada en {org}",
    }
    MailBlockedBody {
        en: "{actor} blocked the management of {product} in {org}: only legal representatives and administrators manage it now.",
        fr: "{actor} a bloqué la gestion de {product} dans {org} : seuls les responsables légaux et les administrateurs la gèrent désormais.",
        de: "{actor} hat die Verwaltung von {product} in {org} gesperrt: Nur noch gesetzliche Vertreter und Administratoren verwalten das Produkt.",
        it: "{actor} ha bloccato la gestione di {product} in {org}: ora solo i rappresentanti legali e gli amministratori possono gestirlo.",
        es: "{actor} ha bloqueado la gestión de {product} en {org}: ahora solo los representantes legales y los administradores pueden gestionarlo.",
    }
    MailUnblockedSubject {
        en: "Management of {product} unblocked in {org}",
        fr: "Gestion de {product} débloquée dans {org}",
        de: "Verwaltung von {product} in {org} entsperrt",
        it: "Gestione di {product} sbloccata in {org}",
        es: "Gestión de {product} desbloqueada en {org}",
    }
    MailUnblockedBody {
        en: "{actor} unblocked the management of {product} in {org}: members granted access manage it again.",
        fr: "{actor} a débloqué la gestion de {product} dans {org} : les membres ayant l'accès la gèrent de nouveau.",
        de: "{actor} hat die Verwaltung von {product} in {org} entsperrt: Mitglieder mit Zugriff können das Produkt wieder verwalten.",
        it: "{actor} ha sbloccato la gestione di {product} in {org}: i membri con accesso possono di nuovo gestirlo.",
        es: "{actor} ha desbloqueado la gestión de {product} en {org}: los miembros con acceso pueden volver a gestionarlo.",
    }
    MailConfirmSubject {
        en: "Confirm the termination of {product}",
        fr: "Confirmez la résiliation de {product}",
        de: "Bestätigen Sie die Kündigung von {product}",
        it: "Confermi la disdetta di {product}",
        es: "Confirme la cancelación de {product}",
    }
    MailConfirmBody {
        en: "You asked to terminate {product} in {org}. Nothing happens until you follow this link (valid 24 hours):\n\n{link}\n\nTerminating deletes the product's backups for good; open charges remain due. If you did not ask for this, ignore this email.",
        fr: "Vous avez demandé la résiliation de {product} dans {org}. Rien ne se passe tant que vous ne suivez pas ce lien (valable 24 heures) :\n\n{link}\n\nLa résiliation supprime définitivement les sauvegardes du produit ; les frais en cours restent dus. Si vous n'êtes pas à l'origine de cette demande, ignorez cet email.",
        de: "Sie haben die Kündigung von {product} in {org} angefordert. Es geschieht nichts, solange Sie diesen Link nicht öffnen (24 Stunden gültig):\\n\\n{link}\\n\\nDie Kündigung löscht die Backups des Produkts endgültig; offene Beträge bleiben fällig. Falls Sie dies nicht angefordert haben, ignorieren Sie diese E-Mail.",
        it: "Ha chiesto la disdetta di {product} in {org}. Non succederà nulla finché non aprirà questo link (valido 24 ore):\\n\\n{link}\\n\\nLa disdetta elimina definitivamente i backup del prodotto; gli importi non ancora saldati restano dovuti. Se non ha fatto lei questa richiesta, ignori questa e-mail.",
        es: "Ha solicitado la cancelación de {product} en {org}. No ocurrirá nada hasta que abra este enlace (válido 24 horas):\\n\\n{link}\\n\\nLa cancelación elimina definitivamente las copias de seguridad del producto; los importes pendientes deberán abonarse igualmente. Si no ha realizado esta solicitud, ignore este correo electrónico.",
    }
    MailRequestedSubject {
        en: "Termination of {product} requested in {org}",
        fr: "Résiliation de {product} demandée dans {org}",
        de: "Kündigung von {product} in {org} angefordert",
        it: "Disdetta di {product} richiesta in {org}",
        es: "Cancelación de {product} solicitada en {org}",
    }
    MailRequestedBody {
        en: "{actor} asked to terminate {product} in {org}. It happens once they confirm through the link emailed to them.",
        fr: "{actor} a demandé la résiliation de {product} dans {org}. Elle aura lieu quand cette personne la confirmera par le lien reçu par email.",
        de: "{actor} hat die Kündigung von {product} in {org} angefordert. Sie wird wirksam, sobald die Person sie über den per E-Mail erhaltenen Link bestätigt.",
        it: "{actor} ha chiesto la disdetta di {product} in {org}. Avverrà quando questa persona la confermerà tramite il link ricevuto via e-mail.",
        es: "{actor} ha solicitado la cancelación de {product} en {org}. Se hará efectiva cuando esa persona la confirme mediante el enlace que ha recibido por correo electrónico.",
    }
    MailTerminatedSubject {
        en: "{product} terminated in {org}",
        fr: "{product} résilié dans {org}",
        de: "{product} in {org} gekündigt",
        it: "{product} disdetto in {org}",
        es: "{product} dado de baja en {org}",
    }
    MailTerminatedBody {
        en: "{actor} confirmed the termination of {product} in {org}. Its backups are deleted; open charges remain due.",
        fr: "{actor} a confirmé la résiliation de {product} dans {org}. Ses sauvegardes sont supprimées ; les frais en cours restent dus.",
        de: "{actor} hat die Kündigung von {product} in {org} bestätigt. Die Backups des Produkts sind gelöscht; offene Beträge bleiben fällig.",
        it: "{actor} ha confermato la disdetta di {product} in {org}. I backup del prodotto sono stati eliminati; gli importi non ancora saldati restano dovuti.",
        es: "{actor} ha confirmado la cancelación de {product} en {org}. Las copias de seguridad del producto se han eliminado; los importes pendientes deberán abonarse igualmente.",
    }
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
