//! Invoices, pro formas and their PDF (BIL-4, BIL-5), premium support (BIL-6) and the
//! help page.

use super::Lang;

catalogue! {
    InvoicesMsg;
    NavInvoices { en: "Invoices", fr: "Factures" }
    NavSupport { en: "Premium support", fr: "Support premium" }
    NavHelp { en: "Help", fr: "Aide" }
    InvoicesTitle { en: "Invoices of {org}", fr: "Factures de {org}" }
    InvoicesIntro { en: "Amounts are in the organization's currency, VAT by the billing address's country.", fr: "Les montants sont dans la monnaie de l'Organisation, la TVA selon le pays de l'adresse de facturation." }
    TabHistory { en: "History", fr: "Historique" }
    TabToPay { en: "To pay", fr: "À payer" }
    FilterStatus { en: "Status", fr: "Statut" }
    FilterAll { en: "All", fr: "Toutes" }
    ColNumber { en: "Number", fr: "Numéro" }
    ColDate { en: "Date", fr: "Date" }
    ColTotal { en: "Total", fr: "Total" }
    ColStatus { en: "Status", fr: "Statut" }
    StatusUnpaid { en: "Unpaid", fr: "Impayée" }
    StatusPaid { en: "Paid", fr: "Payée" }
    StatusCancelled { en: "Cancelled", fr: "Annulée" }
    StatusProForma { en: "Pro forma", fr: "Pro forma" }
    NoInvoices { en: "No invoice yet.", fr: "Aucune facture pour l'instant." }
    NothingToPay { en: "Nothing to pay: every invoice is paid.", fr: "Rien à payer : toutes les factures sont payées." }
    More { en: "Show older invoices", fr: "Afficher les factures plus anciennes" }
    Download { en: "Download PDF", fr: "Télécharger le PDF" }
    DownloadNamed { en: "Download PDF of {number}", fr: "Télécharger le PDF de {number}" }
    Open { en: "Open invoice {number}", fr: "Ouvrir la facture {number}" }
    Select { en: "Select {number}", fr: "Sélectionner {number}" }
    Pay { en: "Pay from the balance", fr: "Payer avec le solde" }
    PayNamed { en: "Pay {number} from the balance", fr: "Payer {number} avec le solde" }
    PaidNotice { en: "Invoice {number} is paid.", fr: "La facture {number} est payée." }
    PendingNotice { en: "The payment of {number} awaits the provider's confirmation.", fr: "Le paiement de {number} attend la confirmation du prestataire." }
    GenerateProForma { en: "Generate a pro forma invoice", fr: "Générer une facture pro forma" }
    ProFormaMade { en: "Pro forma {number} generated and downloaded.", fr: "Pro forma {number} générée et téléchargée." }
    ToPayTotal { en: "Total due: {total}", fr: "Total dû : {total}" }
    BackToInvoices { en: "Back to the invoices", fr: "Retour aux factures" }
    DetailTitle { en: "Invoice {number}", fr: "Facture {number}" }
    ProFormaTitle { en: "Pro forma invoice {number}", fr: "Facture pro forma {number}" }
    ProFormaWarning { en: "Pro forma — no legal, tax or accounting value", fr: "Pro forma — sans valeur légale, fiscale ni comptable" }
    IssuedOn { en: "Issued on {date}", fr: "Émise le {date}" }
    DueOn { en: "Due on {date}", fr: "Échéance le {date}" }
    PaidOn { en: "Paid on {date}", fr: "Payée le {date}" }
    BilledTo { en: "Billed to", fr: "Facturé à" }
    ColDescription { en: "Description", fr: "Désignation" }
    ColQuantity { en: "Qty", fr: "Qté" }
    ColUnit { en: "Unit price", fr: "Prix unitaire" }
    ColDiscount { en: "Discount", fr: "Remise" }
    ColAmount { en: "Amount", fr: "Montant" }
    Subtotal { en: "Subtotal (VAT excluded)", fr: "Sous-total (hors TVA)" }
    Vat { en: "VAT {rate} %", fr: "TVA {rate} %" }
    TotalDue { en: "Total", fr: "Total" }
    ProFormaOf { en: "Made from the unpaid invoices: {numbers}", fr: "Établie à partir des factures impayées : {numbers}" }
    PdfInvoice { en: "Invoice", fr: "Facture" }
    PdfProForma { en: "Pro forma invoice", fr: "Facture pro forma" }
    PdfNumber { en: "Number: {number}", fr: "Numéro : {number}" }
    PdfCurrency { en: "Amounts in {currency}", fr: "Montants en {currency}" }
    PdfPaid { en: "Paid on {date}. Thank you.", fr: "Payée le {date}. Merci." }
    PdfFooter { en: "Orga — customer console", fr: "Orga — console client" }
    RefusedUnpaidFinal { en: "A final invoice can be downloaded once it is paid.", fr: "Une facture définitive peut être téléchargée une fois payée." }
    RefusedCancelled { en: "A cancelled invoice cannot be downloaded.", fr: "Une facture annulée ne peut pas être téléchargée." }
    RefusedNotAwaitingPayment { en: "This invoice is not awaiting payment.", fr: "Cette facture n'attend pas de paiement." }
    RefusedNothingSelected { en: "Select at least one invoice to pay.", fr: "Sélectionnez au moins une facture à payer." }
    RefusedTooManySelected { en: "A pro forma gathers at most 50 invoices.", fr: "Une pro forma regroupe au plus 50 factures." }
    RefusedInsufficientBalance { en: "The prepaid balance does not cover the amount: top it up or pay another way.", fr: "Le solde prépayé ne couvre pas le montant : rechargez-le ou payez autrement." }
    RefusedDeclined { en: "The payment was declined.", fr: "Le paiement a été refusé." }
    RefusedNoSuchProfile { en: "This payment profile does not exist or was removed.", fr: "Ce profil de paiement n'existe pas ou a été retiré." }
    RefusedAlreadySubscribed { en: "Premium support is already subscribed.", fr: "Le support premium est déjà souscrit." }
    RefusedNotSubscribed { en: "Premium support is not subscribed, or already ends at the end of its term.", fr: "Le support premium n'est pas souscrit, ou prend déjà fin au terme de sa période." }
    SupportTitle { en: "Premium support", fr: "Support premium" }
    SupportIntro { en: "Premium support answers your organization first, by phone and email, seven days a week, and follows each request until it is solved.", fr: "Le support premium répond en priorité à votre Organisation, par téléphone et e-mail, sept jours sur sept, et suit chaque demande jusqu'à sa résolution." }
    SupportPrice { en: "{price} per month, invoiced monthly and paid from the prepaid balance.", fr: "{price} par mois, facturé mensuellement et payé avec le solde prépayé." }
    SupportActive { en: "Premium support is active until {date}.", fr: "Le support premium est actif jusqu'au {date}." }
    SupportEnding { en: "Premium support ends on {date} (cancelled at term).", fr: "Le support premium prend fin le {date} (résilié au terme)." }
    SupportInactive { en: "Your organization has no premium support.", fr: "Votre Organisation n'a pas de support premium." }
    SupportSubscribe { en: "Subscribe to premium support", fr: "Souscrire au support premium" }
    SupportResume { en: "Keep premium support", fr: "Conserver le support premium" }
    SupportCancel { en: "Cancel at the end of the term", fr: "Résilier au terme" }
    SupportSubscribed { en: "Premium support subscribed: invoice {number} paid.", fr: "Support premium souscrit : facture {number} payée." }
    SupportCancelled { en: "Premium support will end on {date}.", fr: "Le support premium prendra fin le {date}." }
    SupportResumed { en: "Premium support continues.", fr: "Le support premium continue." }
    SupportLine { en: "Premium support, one month", fr: "Support premium, un mois" }
    HelpTitle { en: "Help", fr: "Aide" }
    HelpIntro { en: "Orga is where you manage what your organization bought and what it pays: members, products, invoices and security.", fr: "Orga est l'endroit où vous gérez ce que votre Organisation a acheté et ce qu'elle paie : membres, produits, factures et sécurité." }
    HelpCanTitle { en: "What support can do", fr: "Ce que le support peut faire" }
    HelpCan1 { en: "Help you use the console: members, roles, products, invoices, payments and security settings.", fr: "Vous aider à utiliser la console : membres, rôles, produits, factures, paiements et réglages de sécurité." }
    HelpCan2 { en: "Answer questions about the infrastructure we run: domains, DNS, hosting, mail services, storage and their availability.", fr: "Répondre aux questions sur l'infrastructure que nous exploitons : domaines, DNS, hébergement, services mail, stockage et leur disponibilité." }
    HelpCan3 { en: "Check an invoice, a payment or a renewal with you.", fr: "Vérifier avec vous une facture, un paiement ou un renouvellement." }
    HelpCannotTitle { en: "What support cannot do", fr: "Ce que le support ne peut pas faire" }
    HelpCannot1 { en: "Write, fix or design your website's content.", fr: "Rédiger, corriger ou concevoir le contenu de votre site web." }
    HelpCannot2 { en: "Organize your mailboxes, folders or messages for you.", fr: "Organiser vos boîtes mail, dossiers ou messages à votre place." }
    HelpCannot3 { en: "Turn off a member's two-factor authentication or act in an organization without its legal representatives.", fr: "Désactiver la double authentification d'un membre ou agir dans une Organisation sans ses représentants légaux." }
    HelpPremiumTitle { en: "Premium support", fr: "Support premium" }
    HelpPremium { en: "With premium support, your organization is answered first, by phone too, every day. Legal representatives and administrators subscribe to it and cancel it at the end of a term from the organization's premium support page.", fr: "Avec le support premium, votre Organisation est servie en priorité, aussi par téléphone, tous les jours. Les représentants légaux et administrateurs le souscrivent et le résilient au terme depuis la page support premium de l'Organisation." }
    HelpPremiumLink { en: "Open premium support", fr: "Ouvrir le support premium" }
    HelpTourTitle { en: "A short tour of the console", fr: "Petite visite de la console" }
    HelpTourHome { en: "Home: your organization at a glance and the invitations you received.", fr: "Accueil : votre Organisation en un coup d'œil et les invitations reçues." }
    HelpTourSwitcher { en: "The square at top left: switch between your organizations.", fr: "Le carré en haut à gauche : passez d'une Organisation à l'autre." }
    HelpTourMembers { en: "Members: invite people, give roles, billing rights and product access.", fr: "Membres : invitez des personnes, donnez des rôles, des droits de facturation et l'accès aux produits." }
    HelpTourProducts { en: "Products: domains, hosting, mail and more, with their expiry and renewal.", fr: "Produits : domaines, hébergement, mail et plus, avec leur échéance et leur renouvellement." }
    HelpTourInvoices { en: "Invoices: the history, what is left to pay, pro forma invoices and PDFs.", fr: "Factures : l'historique, ce qui reste à payer, les factures pro forma et les PDF." }
    HelpTourSettings { en: "Settings: the organization's details, billing addresses and logo.", fr: "Réglages : les coordonnées de l'Organisation, ses adresses de facturation et son logo." }
    HelpTourSecurity { en: "Security and your profile, from the menu at top right: two-factor authentication, sessions, password.", fr: "Sécurité et votre profil, depuis le menu en haut à droite : double authentification, sessions, mot de passe." }
}
