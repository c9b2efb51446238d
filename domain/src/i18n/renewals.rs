//! Renewals and expiry (PRD-6, PRD-7): the "manage renewals" page, its refusals and the
//! scheduler's emails.

use super::Lang;

catalogue! {
    RenewalsMsg;
    NavRenewals { en: "Renewals", fr: "Renouvellements" }
    Title { en: "Manage renewals", fr: "Gérer les renouvellements" }
    Intro { en: "With renewal warranty on, a product is renewed at its expiry, invoiced and paid from the default payment profile (the prepaid balance when there is none). Reminders are emailed 30, 7 and 1 days before.", fr: "Avec la garantie de renouvellement, un produit est renouvelé à son échéance, facturé et payé avec le profil de paiement par défaut (le solde prépayé s'il n'y en a pas). Des rappels sont envoyés par email 30, 7 et 1 jours avant." }
    Empty { en: "The organization has no product to renew.", fr: "L'Organisation n'a aucun produit à renouveler." }
    Loading { en: "Loading the products…", fr: "Chargement des produits…" }
    ColProduct { en: "Product", fr: "Produit" }
    ColExpires { en: "Expires", fr: "Échéance" }
    ColPrice { en: "Renewal price", fr: "Prix du renouvellement" }
    ColWarranty { en: "Renewal warranty", fr: "Garantie de renouvellement" }
    ColNextReminder { en: "Next reminder", fr: "Prochain rappel" }
    ColStatus { en: "Status", fr: "Statut" }
    WarrantyOn { en: "On", fr: "Activée" }
    WarrantyOff { en: "Off", fr: "Désactivée" }
    NoReminder { en: "None", fr: "Aucun" }
    SelectAll { en: "Select all", fr: "Tout sélectionner" }
    SelectProduct { en: "Select {name}", fr: "Sélectionner {name}" }
    TurnOn { en: "Turn renewal warranty on", fr: "Activer la garantie de renouvellement" }
    TurnOff { en: "Turn renewal warranty off", fr: "Désactiver la garantie de renouvellement" }
    StatusActive { en: "Active", fr: "Actif" }
    StatusExpired { en: "Expired", fr: "Expiré" }
    StatusRedemption { en: "In redemption until {date}", fr: "En rédemption jusqu'au {date}" }
    StatusReleased { en: "Released", fr: "Libéré" }
    StatusTerminated { en: "Terminated", fr: "Résilié" }
    Restore { en: "Restore for {amount}", fr: "Restaurer pour {amount}" }
    RestoreLabel { en: "Restore {name} for {amount}", fr: "Restaurer {name} pour {amount}" }
    RenewNow { en: "Renew now", fr: "Renouveler maintenant" }
    RenewNowLabel { en: "Renew {name} now for {amount}", fr: "Renouveler {name} maintenant pour {amount}" }
    Renewed { en: "{name} is renewed until {date} (invoice {number}).", fr: "{name} est renouvelé jusqu'au {date} (facture {number})." }
    Restored { en: "{name} is restored until {date} (invoice {number}).", fr: "{name} est restauré jusqu'au {date} (facture {number})." }
    PaymentPending { en: "Invoice {number} waits for the payment provider's confirmation; {name} is renewed once it is paid.", fr: "La facture {number} attend la confirmation du prestataire de paiement ; {name} est renouvelé dès son paiement." }
    RefusalWarrantyNotOffered { en: "Renewal warranty is not offered for NAS products.", fr: "La garantie de renouvellement n'est pas proposée pour les NAS." }
    RefusalNotRenewable { en: "This product was released or terminated: there is nothing to renew.", fr: "Ce produit a été libéré ou résilié : il n'y a rien à renouveler." }
    RefusalInRedemption { en: "This domain is in its redemption period: restore it instead.", fr: "Ce domaine est en période de rédemption : restaurez-le plutôt." }
    RefusalNotInRedemption { en: "Only a domain in its redemption period can be restored.", fr: "Seul un domaine en période de rédemption peut être restauré." }
    RefusalInsufficientBalance { en: "The prepaid balance does not cover the amount: nothing was charged. Top up the balance or add a payment profile.", fr: "Le solde prépayé ne couvre pas le montant : rien n'a été débité. Rechargez le solde ou ajoutez un profil de paiement." }
    RefusalPaymentDeclined { en: "The payment was declined: nothing was charged.", fr: "Le paiement a été refusé : rien n'a été débité." }
    MailReminderSubject { en: "{name} expires on {date}", fr: "{name} arrive à échéance le {date}" }
    MailReminderWarranty { en: "{name} ({org}) expires on {date}. Its renewal warranty is on: it will be renewed for {amount} (VAT excluded) and paid from the organization's default payment means.", fr: "{name} ({org}) arrive à échéance le {date}. Sa garantie de renouvellement est activée : il sera renouvelé pour {amount} (hors TVA) et payé avec le moyen de paiement par défaut de l'Organisation." }
    MailReminderNoWarranty { en: "{name} ({org}) expires on {date}. Its renewal warranty is off: renew it in Orga (\"Manage renewals\") before that date, or it will expire.", fr: "{name} ({org}) arrive à échéance le {date}. Sa garantie de renouvellement est désactivée : renouvelez-le dans Orga (« Gérer les renouvellements ») avant cette date, sinon il expirera." }
    MailRenewedSubject { en: "{name} is renewed", fr: "{name} est renouvelé" }
    MailRenewedBody { en: "{name} ({org}) was renewed until {date}. Invoice {number} of {total} is paid.", fr: "{name} ({org}) a été renouvelé jusqu'au {date}. La facture {number} de {total} est payée." }
    MailPaymentFailedSubject { en: "The renewal of {name} is not paid", fr: "Le renouvellement de {name} n'est pas payé" }
    MailPaymentFailedBody { en: "The renewal of {name} ({org}) could not be paid: invoice {number} of {total} is open. Pay it before {date}, or the product will expire.", fr: "Le renouvellement de {name} ({org}) n'a pas pu être payé : la facture {number} de {total} est ouverte. Payez-la avant le {date}, sinon le produit expirera." }
    MailExpiredSubject { en: "{name} has expired", fr: "{name} a expiré" }
    MailExpiredBody { en: "{name} ({org}) was not renewed and has expired.", fr: "{name} ({org}) n'a pas été renouvelé et a expiré." }
    MailRedemptionSubject { en: "{name} has entered its redemption period", fr: "{name} est entré en période de rédemption" }
    MailRedemptionBody { en: "The domain {name} ({org}) was not renewed. It can be restored until {date} for {fee} plus the renewal (VAT excluded), in Orga (\"Manage renewals\"); after that it is released and anyone may register it.", fr: "Le domaine {name} ({org}) n'a pas été renouvelé. Il peut être restauré jusqu'au {date} pour {fee} plus le renouvellement (hors TVA), dans Orga (« Gérer les renouvellements ») ; ensuite il est libéré et n'importe qui peut l'enregistrer." }
    MailReleasedSubject { en: "{name} was released", fr: "{name} a été libéré" }
    MailReleasedBody { en: "The redemption period of the domain {name} ({org}) is over: the domain was released.", fr: "La période de rédemption du domaine {name} ({org}) est terminée : le domaine a été libéré." }
}
