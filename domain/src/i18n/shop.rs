//! The shop, the cart and checkout (BIL-1, BIL-2), with the order's confirmation email.

use super::Lang;

catalogue! {
    ShopMsg;
    Title {
        en: "Shop",
        fr: "Boutique",
        de: "Shop",
        it: "Negozio",
        es: "Tienda",
    }
    CartTitle {
        en: "Cart",
        fr: "Panier",
        de: "Warenkorb",
        it: "Carrello",
        es: "Carrito",
    }
    CartLink {
        en: "Cart ({count})",
        fr: "Panier ({count})",
        de: "Warenkorb ({count})",
        it: "Carrello ({count})",
        es: "Carrito ({count})",
    }
    CartEmpty {
        en: "Your cart is empty.",
        fr: "Votre panier est vide.",
        de: "Ihr Warenkorb ist leer.",
        it: "Il suo carrello è vuoto.",
        es: "Su carrito está vacío.",
    }
    Add {
        en: "Add to cart",
        fr: "Ajouter au panier",
        de: "In den Warenkorb",
        it: "Aggiungi al carrello",
        es: "Añadir al carrito",
    }
    Added {
        en: "Added to the cart.",
        fr: "Ajouté au panier.",
        de: "Zum Warenkorb hinzugefügt.",
        it: "Aggiunto al carrello.",
        es: "Añadido al carrito.",
    }
    Remove {
        en: "Remove",
        fr: "Retirer",
        de: "Entfernen",
        it: "Rimuovi",
        es: "Quitar",
    }
    PerYear {
        en: "per year, VAT excl.",
        fr: "par an, hors TVA",
        de: "pro Jahr, zzgl. MwSt.",
        it: "all'anno, IVA esclusa",
        es: "al año, sin IVA",
    }
    DomainLabel {
        en: "Domain name",
        fr: "Nom de domaine",
        de: "Domainname",
        it: "Nome di dominio",
        es: "Nombre de dominio",
    }
    DomainPlaceholder {
        en: "example.ch",
        fr: "exemple.ch",
        de: "beispiel.ch",
        it: "esempio.ch",
        es: "ejemplo.ch",
    }
    ProductName {
        en: "Name (optional)",
        fr: "Nom (facultatif)",
        de: "Name (optional)",
        it: "Nome (facoltativo)",
        es: "Nombre (opcional)",
    }
    Quantity {
        en: "Quantity",
        fr: "Quantité",
        de: "Anzahl",
        it: "Quantità",
        es: "Cantidad",
    }
    ShowPricesIn {
        en: "Prices in",
        fr: "Prix en",
        de: "Preise in",
        it: "Prezzi in",
        es: "Precios en",
    }
    GoToCart {
        en: "Go to the cart",
        fr: "Voir le panier",
        de: "Zum Warenkorb",
        it: "Vai al carrello",
        es: "Ir al carrito",
    }
    BackToShop {
        en: "Continue shopping",
        fr: "Continuer mes achats",
        de: "Weiter einkaufen",
        it: "Continua gli acquisti",
        es: "Seguir comprando",
    }
    Organization {
        en: "Organization",
        fr: "Organisation",
        de: "Organisation",
        it: "Organizzazione",
        es: "Organización",
    }
    PaymentMethod {
        en: "Payment method",
        fr: "Moyen de paiement",
        de: "Zahlungsmethode",
        it: "Metodo di pagamento",
        es: "Método de pago",
    }
    Balance {
        en: "Prepaid balance ({amount})",
        fr: "Solde prépayé ({amount})",
        de: "Prepaid-Guthaben ({amount})",
        it: "Credito prepagato ({amount})",
        es: "Saldo prepago ({amount})",
    }
    PromoCode {
        en: "Promo code",
        fr: "Code promo",
        de: "Aktionscode",
        it: "Codice promozionale",
        es: "Código promocional",
    }
    PromoFor {
        en: "For",
        fr: "Pour",
        de: "Für",
        it: "Per",
        es: "Para",
    }
    Apply {
        en: "Apply",
        fr: "Appliquer",
        de: "Einlösen",
        it: "Applica",
        es: "Aplicar",
    }
    PromoApplied {
        en: "Code {code}: −{amount}",
        fr: "Code {code} : −{amount}",
        de: "Aktionscode {code}: −{amount}",
        it: "Codice {code}: −{amount}",
        es: "Código {code}: −{amount}",
    }
    FreeOffer {
        en: "Free offer",
        fr: "Offre gratuite",
        de: "Gratisangebot",
        it: "Offerta gratuita",
        es: "Oferta gratuita",
    }
    FreeOfferNone {
        en: "Do not use",
        fr: "Ne pas utiliser",
        de: "Nicht verwenden",
        it: "Non utilizzare",
        es: "No usar",
    }
    FreeOfferChoice {
        en: "Use the free offer",
        fr: "Utiliser l'offre gratuite",
        de: "Gratisangebot verwenden",
        it: "Utilizza l'offerta gratuita",
        es: "Usar la oferta gratuita",
    }
    Subtotal {
        en: "Subtotal",
        fr: "Sous-total",
        de: "Zwischensumme",
        it: "Subtotale",
        es: "Subtotal",
    }
    Vat {
        en: "VAT {rate} %",
        fr: "TVA {rate} %",
        de: "MwSt. {rate} %",
        it: "IVA {rate}%",
        es: "IVA {rate} %",
    }
    Total {
        en: "Total",
        fr: "Total",
        de: "Gesamt",
        it: "Totale",
        es: "Total",
    }
    Discount {
        en: "Discount",
        fr: "Remise",
        de: "Rabatt",
        it: "Sconto",
        es: "Descuento",
    }
    Order {
        en: "Order",
        fr: "Commander",
        de: "Zahlungspflichtig bestellen",
        it: "Ordina",
        es: "Realizar pedido",
    }
    OrderSignUp {
        en: "Create an account to order",
        fr: "Créer un compte pour commander",
        de: "Konto erstellen, um zu bestellen",
        it: "Crea un account per ordinare",
        es: "Crear una cuenta para pedir",
    }
    OrderSignIn {
        en: "I already have an account",
        fr: "J'ai déjà un compte",
        de: "Ich habe bereits ein Konto",
        it: "Ho già un account",
        es: "Ya tengo una cuenta",
    }
    Ordered {
        en: "Thank you: your order is confirmed. Invoice {number}, {total}.",
        fr: "Merci : votre commande est confirmée. Facture {number}, {total}.",
        de: "Vielen Dank! Ihre Bestellung ist bestätigt. Rechnung {number}, {total}.",
        it: "Grazie! Il suo ordine è confermato. Fattura {number}, {total}.",
        es: "¡Gracias! Su pedido está confirmado. Factura {number}, {total}.",
    }
    OrderedPending {
        en: "Your order is recorded. Invoice {number} ({total}) will be paid once the payment provider confirms it.",
        fr: "Votre commande est enregistrée. La facture {number} ({total}) sera payée dès que le prestataire de paiement l'aura confirmé.",
        de: "Ihre Bestellung wurde erfasst. Die Rechnung {number} ({total}) wird beglichen, sobald der Zahlungsanbieter die Zahlung bestätigt.",
        it: "Il suo ordine è stato registrato. La fattura {number} ({total}) verrà saldata non appena il fornitore del servizio di pagamento avrà confermato il pagamento.",
        es: "Su pedido se ha registrado. La factura {number} ({total}) se pagará en cuanto el proveedor de pagos confirme el pago.",
    }
    SeeInvoices {
        en: "See the invoices",
        fr: "Voir les factures",
        de: "Rechnungen anzeigen",
        it: "Visualizza le fatture",
        es: "Ver las facturas",
    }
    MayNotPay {
        en: "You may not order for this organization: {reason}",
        fr: "Vous ne pouvez pas commander pour cette Organisation : {reason}",
        de: "Sie können für diese Organisation nicht bestellen: {reason}",
        it: "Non può ordinare per questa Organizzazione: {reason}",
        es: "No puede hacer pedidos para esta Organización: {reason}",
    }
    NoOrganizationToPay {
        en: "None of your organizations lets you order.",
        fr: "Aucune de vos Organisations ne vous permet de commander.",
        de: "In keiner Ihrer Organisationen dürfen Sie bestellen.",
        it: "Nessuna delle sue Organizzazioni le consente di ordinare.",
        es: "Ninguna de sus Organizaciones le permite hacer pedidos.",
    }
    DomainShape {
        en: "A domain name is a name and an extension, like example.ch.",
        fr: "Un nom de domaine est un nom et une extension, comme exemple.ch.",
        de: "Ein Domainname besteht aus einem Namen und einer Endung, z. B. beispiel.ch.",
        it: "Un nome di dominio è composto da un nome e un'estensione, come esempio.ch.",
        es: "Un nombre de dominio consta de un nombre y una extensión, como ejemplo.ch.",
    }
    DomainCharacters {
        en: "Use letters, digits and hyphens only, not at the start or end.",
        fr: "Utilisez seulement des lettres, chiffres et traits d'union, ni au début ni à la fin.",
        de: "Verwenden Sie nur Buchstaben, Ziffern und Bindestriche; Bindestriche nicht am Anfang oder Ende.",
        it: "Utilizzi solo lettere, cifre e trattini; i trattini non possono stare all'inizio o alla fine.",
        es: "Utilice solo letras, números y guiones; los guiones no pueden ir al principio ni al final.",
    }
    DomainLength {
        en: "The name before the extension has 1 to 63 characters.",
        fr: "Le nom avant l'extension a de 1 à 63 caractères.",
        de: "Der Name vor der Endung muss 1 bis 63 Zeichen lang sein.",
        it: "Il nome prima dell'estensione deve avere da 1 a 63 caratteri.",
        es: "El nombre antes de la extensión debe tener entre 1 y 63 caracteres.",
    }
    DomainExtension {
        en: "This extension is not sold here.",
        fr: "Cette extension n'est pas vendue ici.",
        de: "Diese Endung wird hier nicht angeboten.",
        it: "Questa estensione non è in vendita qui.",
        es: "Esta extensión no se vende aquí.",
    }
    ProblemUnknownOffer {
        en: "This offer is not in the catalogue.",
        fr: "Cette offre n'est pas au catalogue.",
        de: "Dieses Angebot ist nicht im Katalog.",
        it: "Questa offerta non è presente nel catalogo.",
        es: "Esta oferta no está en el catálogo.",
    }
    ProblemNameTooLong {
        en: "The name is too long.",
        fr: "Le nom est trop long.",
        de: "Der Name ist zu lang.",
        it: "Il nome è troppo lungo.",
        es: "El nombre es demasiado largo.",
    }
    ProblemQuantity {
        en: "The quantity is not allowed.",
        fr: "Cette quantité n'est pas permise.",
        de: "Diese Anzahl ist nicht zulässig.",
        it: "Questa quantità non è consentita.",
        es: "Esta cantidad no está permitida.",
    }
    ProblemTooManyItems {
        en: "A cart holds at most {max} items.",
        fr: "Un panier contient au plus {max} articles.",
        de: "Ein Warenkorb enthält höchstens {max} Artikel.",
        it: "Un carrello può contenere al massimo {max} articoli.",
        es: "Un carrito admite como máximo {max} artículos.",
    }
    ItemRefused {
        en: "Item {n}: {reason}",
        fr: "Article {n} : {reason}",
        de: "Artikel {n}: {reason}",
        it: "Articolo {n}: {reason}",
        es: "Artículo {n}: {reason}",
    }
    PromoRefused {
        en: "Code {code} (item {n}): {reason}",
        fr: "Code {code} (article {n}) : {reason}",
        de: "Code {code} (Artikel {n}): {reason}",
        it: "Codice {code} (articolo {n}): {reason}",
        es: "Código {code} (artículo {n}): {reason}",
    }
    PromoUnknown {
        en: "this code does not exist.",
        fr: "ce code n'existe pas.",
        de: "dieser Code existiert nicht.",
        it: "questo codice non esiste.",
        es: "este código no existe.",
    }
    PromoExpired {
        en: "this code has expired.",
        fr: "ce code a expiré.",
        de: "dieser Code ist abgelaufen.",
        it: "questo codice è scaduto.",
        es: "este código ha caducado.",
    }
    PromoUsedUp {
        en: "this code has been used up.",
        fr: "ce code a déjà été entièrement utilisé.",
        de: "dieser Code ist bereits aufgebraucht.",
        it: "questo codice è esaurito.",
        es: "este código ya se ha agotado.",
    }
    PromoWrongOrganization {
        en: "this code is for another organization.",
        fr: "ce code est réservé à une autre Organisation.",
        de: "dieser Code gilt für eine andere Organisation.",
        it: "questo codice è riservato a un'altra Organizzazione.",
        es: "este código está reservado a otra Organización.",
    }
    PromoNoMatchingProduct {
        en: "this code is for another type of product.",
        fr: "ce code concerne un autre type de produit.",
        de: "dieser Code gilt für eine andere Produktart.",
        it: "questo codice vale per un altro tipo di prodotto.",
        es: "este código es para otro tipo de producto.",
    }
    PromoWrongCurrency {
        en: "this code is in another currency than the organization's.",
        fr: "ce code est dans une autre monnaie que celle de l'Organisation.",
        de: "dieser Code lautet auf eine andere Währung als die der Organisation.",
        it: "questo codice è in una valuta diversa da quella dell'Organizzazione.",
        es: "este código está en una moneda distinta de la de la Organización.",
    }
    PromoAlreadyApplied {
        en: "one code per item, and each code once per cart.",
        fr: "un code par article, et chaque code une seule fois par panier.",
        de: "ein Code pro Artikel und jeder Code nur einmal pro Warenkorb.",
        it: "un codice per articolo e ogni codice una sola volta per carrello.",
        es: "un código por artículo y cada código una sola vez por carrito.",
    }
    FreeUnknown {
        en: "this free offer is not the organization's.",
        fr: "cette offre gratuite n'appartient pas à l'Organisation.",
        de: "dieses Gratisangebot gehört nicht zur Organisation.",
        it: "questa offerta gratuita non appartiene all'Organizzazione.",
        es: "esta oferta gratuita no pertenece a la Organización.",
    }
    FreeUsed {
        en: "this free offer has been used.",
        fr: "cette offre gratuite a déjà été utilisée.",
        de: "dieses Gratisangebot wurde bereits genutzt.",
        it: "questa offerta gratuita è già stata utilizzata.",
        es: "esta oferta gratuita ya se ha utilizado.",
    }
    FreeExpired {
        en: "this free offer has expired.",
        fr: "cette offre gratuite a expiré.",
        de: "dieses Gratisangebot ist abgelaufen.",
        it: "questa offerta gratuita è scaduta.",
        es: "esta oferta gratuita ha caducado.",
    }
    FreeNoMatchingProduct {
        en: "this free offer is for another product.",
        fr: "cette offre gratuite concerne un autre produit.",
        de: "dieses Gratisangebot gilt für ein anderes Produkt.",
        it: "questa offerta gratuita vale per un altro prodotto.",
        es: "esta oferta gratuita es para otro producto.",
    }
    FreeAlreadyApplied {
        en: "a free offer serves one item only.",
        fr: "une offre gratuite ne sert qu'à un article.",
        de: "ein Gratisangebot gilt nur für einen Artikel.",
        it: "un'offerta gratuita vale per un solo articolo.",
        es: "una oferta gratuita solo sirve para un artículo.",
    }
    InsufficientBalance {
        en: "The prepaid balance ({balance}) does not cover the total: nothing was ordered. Top it up or choose another payment method.",
        fr: "Le solde prépayé ({balance}) ne couvre pas le total : rien n'a été commandé. Rechargez-le ou choisissez un autre moyen de paiement.",
        de: "Das Prepaid-Guthaben ({balance}) deckt den Gesamtbetrag nicht: Es wurde nichts bestellt. Laden Sie es auf oder wählen Sie eine andere Zahlungsmethode.",
        it: "Il credito prepagato ({balance}) non copre il totale: non è stato ordinato nulla. Lo ricarichi o scelga un altro metodo di pagamento.",
        es: "El saldo prepago ({balance}) no cubre el total: no se ha realizado ningún pedido. Recárguelo o elija otro método de pago.",
    }
    PaymentDeclined {
        en: "The payment was declined: nothing was ordered.",
        fr: "Le paiement a été refusé : rien n'a été commandé.",
        de: "Die Zahlung wurde abgelehnt: Es wurde nichts bestellt.",
        it: "Il pagamento è stato rifiutato: non è stato ordinato nulla.",
        es: "El pago ha sido rechazado: no se ha realizado ningún pedido.",
    }
    NoSuchProfile {
        en: "This payment method is not available any more.",
        fr: "Ce moyen de paiement n'est plus disponible.",
        de: "Diese Zahlungsmethode ist nicht mehr verfügbar.",
        it: "Questo metodo di pagamento non è più disponibile.",
        es: "Este método de pago ya no está disponible.",
    }
    OrderKeyReused {
        en: "This order was already placed with another content; reload the cart.",
        fr: "Cette commande a déjà été passée avec un autre contenu ; rechargez le panier.",
        de: "Diese Bestellung wurde bereits mit einem anderen Inhalt aufgegeben; laden Sie den Warenkorb neu.",
        it: "Questo ordine è già stato effettuato con un contenuto diverso; ricarichi il carrello.",
        es: "Este pedido ya se realizó con otro contenido; vuelva a cargar el carrito.",
    }
    MailOrderSubject {
        en: "Your order for {org}: invoice {number}",
        fr: "Votre commande pour {org} : facture {number}",
        de: "Ihre Bestellung für {org}: Rechnung {number}",
        it: "Il suo ordine per {org}: fattura {number}",
        es: "Su pedido para {org}: factura {number}",
    }
    MailOrderBody {
        en: "Your order for {org} is confirmed.\n\n{lines}\n\nTotal (VAT incl.): {total} — {status}\nInvoice {number}: see the invoices of the organization in the console.",
        fr: "Votre commande pour {org} est confirmée.\n\n{lines}\n\nTotal (TVA incl.) : {total} — {status}\nFacture {number} : voir les factures de l'Organisation dans la console.",
        de: "Ihre Bestellung für {org} ist bestätigt.\n\n{lines}\n\nGesamtbetrag (inkl. MwSt.): {total} — {status}\nRechnung {number}: Sie finden sie bei den Rechnungen der Organisation in der Konsole.",
        it: "Il suo ordine per {org} è confermato.\n\n{lines}\n\nTotale (IVA incl.): {total} — {status}\nFattura {number}: la trova tra le fatture dell'Organizzazione nella console.",
        es: "Su pedido para {org} está confirmado.\n\n{lines}\n\nTotal (IVA incl.): {total} — {status}\nFactura {number}: puede consultarla en las facturas de la Organización en la consola.",
    }
    MailPaid {
        en: "paid",
        fr: "payée",
        de: "bezahlt",
        it: "pagato",
        es: "pagado",
    }
    MailPending {
        en: "payment awaiting confirmation",
        fr: "paiement en attente de confirmation",
        de: "Zahlung wartet auf Bestätigung",
        it: "pagamento in attesa di conferma",
        es: "pago pendiente de confirmación",
    }
    KindDomain {
        en: "Domain name",
        fr: "Nom de domaine",
        de: "Domainname",
        it: "Nome di dominio",
        es: "Nombre de dominio",
    }
    KindWebHosting {
        en: "Web hosting",
        fr: "Hébergement web",
        de: "Webhosting",
        it: "Hosting web",
        es: "Alojamiento web",
    }
    KindSiteCreator {
        en: "Site creator",
        fr: "Créateur de site",
        de: "Website-Baukasten",
        it: "Creatore di siti",
        es: "Creador de sitios",
    }
    KindCloudServer {
        en: "Cloud server",
        fr: "Serveur cloud",
        de: "Cloud-Server",
        it: "Server cloud",
        es: "Servidor cloud",
    }
    KindSslCertificate {
        en: "SSL certificate",
        fr: "Certificat SSL",
        de: "SSL-Zertifikat",
        it: "Certificato SSL",
        es: "Certificado SSL",
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
        en: "Mail service",
        fr: "Service mail",
        de: "Mail-Dienst",
        it: "Servizio e-mail",
        es: "Servicio de correo",
    }
    KindDrive {
        en: "Drive",
        fr: "Drive",
        de: "Drive",
        it: "Drive",
        es: "Drive",
    }
    KindPublicCloud {
        en: "Public cloud",
        fr: "Cloud public",
        de: "Public Cloud",
        it: "Cloud pubblico",
        es: "Nube pública",
    }
    KindBackup {
        en: "Backup",
        fr: "Sauvegarde",
        de: "Backup",
        it: "Backup",
        es: "Copia de seguridad",
    }
    KindTicketing {
        en: "Ticketing",
        fr: "Billetterie",
        de: "Ticketing",
        it: "Biglietteria",
        es: "Venta de entradas",
    }
    KindNewsletter {
        en: "Newsletter",
        fr: "Newsletter",
        de: "Newsletter",
        it: "Newsletter",
        es: "Newsletter",
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
    SuiteSize {
        en: "{kind} {size}: {users} users, {storage} GB",
        fr: "{kind} {size} : {users} utilisateurs, {storage} Go",
        de: "{kind} {size}: {users} Benutzer, {storage} GB",
        it: "{kind} {size}: {users} utenti, {storage} GB",
        es: "{kind} {size}: {users} usuarios, {storage} GB",
    }
    DomainOffer {
        en: "Domain name .{ext}",
        fr: "Nom de domaine .{ext}",
        de: "Domainname .{ext}",
        it: "Nome di dominio .{ext}",
        es: "Nombre de dominio .{ext}",
    }
}
