//! The shop, the cart and checkout (BIL-1, BIL-2), with the order's confirmation email.

use super::Lang;

catalogue! {
    ShopMsg;
    Title { en: "Shop", fr: "Boutique" }
    CartTitle { en: "Cart", fr: "Panier" }
    CartLink { en: "Cart ({count})", fr: "Panier ({count})" }
    CartEmpty { en: "Your cart is empty.", fr: "Votre panier est vide." }
    Add { en: "Add to cart", fr: "Ajouter au panier" }
    Added { en: "Added to the cart.", fr: "Ajouté au panier." }
    Remove { en: "Remove", fr: "Retirer" }
    PerYear { en: "per year, VAT excl.", fr: "par an, hors TVA" }
    DomainLabel { en: "Domain name", fr: "Nom de domaine" }
    DomainPlaceholder { en: "example.ch", fr: "exemple.ch" }
    ProductName { en: "Name (optional)", fr: "Nom (facultatif)" }
    Quantity { en: "Quantity", fr: "Quantité" }
    ShowPricesIn { en: "Prices in", fr: "Prix en" }
    GoToCart { en: "Go to the cart", fr: "Voir le panier" }
    BackToShop { en: "Continue shopping", fr: "Continuer mes achats" }
    Organization { en: "Organization", fr: "Organisation" }
    PaymentMethod { en: "Payment method", fr: "Moyen de paiement" }
    Balance { en: "Prepaid balance ({amount})", fr: "Solde prépayé ({amount})" }
    PromoCode { en: "Promo code", fr: "Code promo" }
    PromoFor { en: "For", fr: "Pour" }
    Apply { en: "Apply", fr: "Appliquer" }
    PromoApplied { en: "Code {code}: −{amount}", fr: "Code {code} : −{amount}" }
    FreeOffer { en: "Free offer", fr: "Offre gratuite" }
    FreeOfferNone { en: "Do not use", fr: "Ne pas utiliser" }
    FreeOfferChoice { en: "Use the free offer", fr: "Utiliser l'offre gratuite" }
    Subtotal { en: "Subtotal", fr: "Sous-total" }
    Vat { en: "VAT {rate}", fr: "TVA {rate}" }
    Total { en: "Total", fr: "Total" }
    Discount { en: "Discount", fr: "Remise" }
    Order { en: "Order", fr: "Commander" }
    OrderSignUp { en: "Create an account to order", fr: "Créer un compte pour commander" }
    OrderSignIn { en: "I already have an account", fr: "J'ai déjà un compte" }
    Ordered { en: "Thank you: your order is confirmed. Invoice {number}, {total}.", fr: "Merci : votre commande est confirmée. Facture {number}, {total}." }
    OrderedPending { en: "Your order is recorded. Invoice {number} ({total}) will be paid once the payment provider confirms it.", fr: "Votre commande est enregistrée. La facture {number} ({total}) sera payée dès que le prestataire de paiement l'aura confirmé." }
    SeeInvoices { en: "See the invoices", fr: "Voir les factures" }
    MayNotPay { en: "You may not order for this organization: {reason}", fr: "Vous ne pouvez pas commander pour cette Organisation : {reason}" }
    NoOrganizationToPay { en: "None of your organizations lets you order.", fr: "Aucune de vos Organisations ne vous permet de commander." }
    DomainShape { en: "A domain name is a name and an extension, like example.ch.", fr: "Un nom de domaine est un nom et une extension, comme exemple.ch." }
    DomainCharacters { en: "Use letters, digits and hyphens only, not at the start or end.", fr: "Utilisez seulement des lettres, chiffres et traits d'union, ni au début ni à la fin." }
    DomainLength { en: "The name before the extension has 1 to 63 characters.", fr: "Le nom avant l'extension a de 1 à 63 caractères." }
    DomainExtension { en: "This extension is not sold here.", fr: "Cette extension n'est pas vendue ici." }
    ProblemUnknownOffer { en: "This offer is not in the catalogue.", fr: "Cette offre n'est pas au catalogue." }
    ProblemNameTooLong { en: "The name is too long.", fr: "Le nom est trop long." }
    ProblemQuantity { en: "The quantity is not allowed.", fr: "Cette quantité n'est pas permise." }
    ProblemTooManyItems { en: "A cart holds at most {max} items.", fr: "Un panier contient au plus {max} articles." }
    ItemRefused { en: "Item {n}: {reason}", fr: "Article {n} : {reason}" }
    PromoRefused { en: "Code {code} (item {n}): {reason}", fr: "Code {code} (article {n}) : {reason}" }
    PromoUnknown { en: "this code does not exist.", fr: "ce code n'existe pas." }
    PromoExpired { en: "this code has expired.", fr: "ce code a expiré." }
    PromoUsedUp { en: "this code has been used up.", fr: "ce code a déjà été entièrement utilisé." }
    PromoWrongOrganization { en: "this code is for another organization.", fr: "ce code est réservé à une autre Organisation." }
    PromoNoMatchingProduct { en: "this code is for another type of product.", fr: "ce code concerne un autre type de produit." }
    PromoWrongCurrency { en: "this code is in another currency than the organization's.", fr: "ce code est dans une autre monnaie que celle de l'Organisation." }
    PromoAlreadyApplied { en: "one code per item, and each code once per cart.", fr: "un code par article, et chaque code une seule fois par panier." }
    FreeUnknown { en: "this free offer is not the organization's.", fr: "cette offre gratuite n'appartient pas à l'Organisation." }
    FreeUsed { en: "this free offer has been used.", fr: "cette offre gratuite a déjà été utilisée." }
    FreeExpired { en: "this free offer has expired.", fr: "cette offre gratuite a expiré." }
    FreeNoMatchingProduct { en: "this free offer is for another product.", fr: "cette offre gratuite concerne un autre produit." }
    FreeAlreadyApplied { en: "a free offer serves one item only.", fr: "une offre gratuite ne sert qu'à un article." }
    InsufficientBalance { en: "The prepaid balance ({balance}) does not cover the total: nothing was ordered. Top it up or choose another payment method.", fr: "Le solde prépayé ({balance}) ne couvre pas le total : rien n'a été commandé. Rechargez-le ou choisissez un autre moyen de paiement." }
    PaymentDeclined { en: "The payment was declined: nothing was ordered.", fr: "Le paiement a été refusé : rien n'a été commandé." }
    NoSuchProfile { en: "This payment method is not available any more.", fr: "Ce moyen de paiement n'est plus disponible." }
    OrderKeyReused { en: "This order was already placed with another content; reload the cart.", fr: "Cette commande a déjà été passée avec un autre contenu ; rechargez le panier." }
    MailOrderSubject { en: "Your order for {org}: invoice {number}", fr: "Votre commande pour {org} : facture {number}" }
    MailOrderBody { en: "Your order for {org} is confirmed.\n\n{lines}\n\nTotal (VAT incl.): {total} — {status}\nInvoice {number}: see the invoices of the organization in the console.", fr: "Votre commande pour {org} est confirmée.\n\n{lines}\n\nTotal (TVA incl.) : {total} — {status}\nFacture {number} : voir les factures de l'Organisation dans la console." }
    MailPaid { en: "paid", fr: "payée" }
    MailPending { en: "payment awaiting confirmation", fr: "paiement en attente de confirmation" }
    KindDomain { en: "Domain name", fr: "Nom de domaine" }
    KindWebHosting { en: "Web hosting", fr: "Hébergement web" }
    KindSiteCreator { en: "Site creator", fr: "Créateur de site" }
    KindCloudServer { en: "Cloud server", fr: "Serveur cloud" }
    KindSslCertificate { en: "SSL certificate", fr: "Certificat SSL" }
    KindCustomBrand { en: "Custom brand", fr: "Marque personnalisée" }
    KindOfficeSuite { en: "Office suite", fr: "Suite bureautique" }
    KindMailService { en: "Mail service", fr: "Service mail" }
    KindDrive { en: "Drive", fr: "Drive" }
    KindPublicCloud { en: "Public cloud", fr: "Cloud public" }
    KindBackup { en: "Backup", fr: "Sauvegarde" }
    KindTicketing { en: "Ticketing", fr: "Billetterie" }
    KindNewsletter { en: "Newsletter", fr: "Newsletter" }
    KindVideoStreaming { en: "Video streaming", fr: "Streaming vidéo" }
    KindRadioStreaming { en: "Radio streaming", fr: "Streaming radio" }
    KindNas { en: "NAS", fr: "NAS" }
    CatWebDomains { en: "Web & Domains", fr: "Web & Domaines" }
    CatCollaborative { en: "Collaborative tools", fr: "Outils collaboratifs" }
    CatCloud { en: "Cloud computing", fr: "Cloud computing" }
    CatEvents { en: "Events & marketing", fr: "Événements & marketing" }
    CatStreaming { en: "Streaming", fr: "Streaming" }
    CatNas { en: "NAS", fr: "NAS" }
    SuiteSize { en: "{kind} {size}: {users} users, {storage} GB", fr: "{kind} {size} : {users} utilisateurs, {storage} Go" }
    DomainOffer { en: "Domain name .{ext}", fr: "Nom de domaine .{ext}" }
}
