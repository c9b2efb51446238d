//! BIL-3: the billing overview, payment methods, the prepaid balance and its emails.

use super::Lang;

catalogue! {
    PaymentsMsg;
    NavBilling { en: "Billing", fr: "Facturation" }
    BillingTitle { en: "Billing of {org}", fr: "Facturation de {org}" }
    BillingIntro { en: "The prepaid balance pays invoices by default; payment methods pay them otherwise.", fr: "Le solde prépayé règle les factures par défaut ; les moyens de paiement les règlent sinon." }
    BalanceHeading { en: "Prepaid balance", fr: "Solde prépayé" }
    DefaultMeans { en: "Invoices are paid by default with: {means}", fr: "Les factures sont réglées par défaut avec : {means}" }
    MeansBalance { en: "the prepaid balance", fr: "le solde prépayé" }
    NothingToPay { en: "No invoice to pay.", fr: "Aucune facture à payer." }
    TopUpHeading { en: "Top up the balance", fr: "Alimenter le solde" }
    FieldAmount { en: "Amount", fr: "Montant" }
    AmountIn { en: "Amount ({currency})", fr: "Montant ({currency})" }
    AmountBounds { en: "Between {min} and {max}.", fr: "Entre {min} et {max}." }
    PayWith { en: "Pay with", fr: "Payer avec" }
    TopUpButton { en: "Top up", fr: "Alimenter" }
    TopUpWorking { en: "Paying…", fr: "Paiement…" }
    TopUpCredited { en: "{amount} added to the balance.", fr: "{amount} ajoutés au solde." }
    TopUpDeclined { en: "The payment was declined: nothing was charged and the balance is unchanged.", fr: "Le paiement a été refusé : rien n'a été débité et le solde est inchangé." }
    TopUpPending { en: "The payment awaits the provider's confirmation: the balance grows once it is confirmed.", fr: "Le paiement attend la confirmation du prestataire : le solde augmentera dès qu'il sera confirmé." }
    TopUpNeedsProfile { en: "Add a payment method to top up the balance.", fr: "Ajoutez un moyen de paiement pour alimenter le solde." }
    WithdrawHeading { en: "Withdraw from the balance", fr: "Retirer du solde" }
    WithdrawHint { en: "The amount is paid back to the organization. Your password may be asked again; the legal representatives are told by email.", fr: "Le montant est remboursé à l'Organisation. Votre mot de passe peut vous être redemandé ; les représentants légaux sont prévenus par e-mail." }
    WithdrawButton { en: "Withdraw", fr: "Retirer" }
    WithdrawDone { en: "{amount} withdrawn from the balance.", fr: "{amount} retirés du solde." }
    ProfilesHeading { en: "Payment methods", fr: "Moyens de paiement" }
    ProfilesNone { en: "No payment method yet: invoices are paid from the prepaid balance.", fr: "Aucun moyen de paiement pour l'instant : les factures sont réglées par le solde prépayé." }
    ProfileDefault { en: "Default", fr: "Par défaut" }
    BalanceIsDefault { en: "The prepaid balance is the default.", fr: "Le solde prépayé est le moyen par défaut." }
    MakeDefault { en: "Make {label} the default", fr: "Choisir {label} par défaut" }
    UseBalance { en: "Pay with the prepaid balance by default", fr: "Régler par défaut avec le solde prépayé" }
    RemoveProfile { en: "Remove {label}", fr: "Retirer {label}" }
    ProfileRemoved { en: "Payment method removed.", fr: "Moyen de paiement retiré." }
    DefaultChanged { en: "Default payment method changed.", fr: "Moyen de paiement par défaut modifié." }
    AddHeading { en: "Add a payment method", fr: "Ajouter un moyen de paiement" }
    FieldMethod { en: "Payment method", fr: "Moyen de paiement" }
    FieldLabel { en: "Name", fr: "Nom" }
    FieldCard { en: "Test card", fr: "Carte de test" }
    CardOk { en: "Test card: always paid", fr: "Carte de test : toujours payée" }
    CardDecline { en: "Test card: always declined", fr: "Carte de test : toujours refusée" }
    CardDelayed { en: "Test card: confirmed later", fr: "Carte de test : confirmée plus tard" }
    AddButton { en: "Add", fr: "Ajouter" }
    ProfileAdded { en: "Payment method added.", fr: "Moyen de paiement ajouté." }
    NoProvider { en: "No payment provider is set up on this server: only the prepaid balance pays.", fr: "Aucun prestataire de paiement n'est configuré sur ce serveur : seul le solde prépayé paie." }
    ProviderTest { en: "Test provider", fr: "Prestataire de test" }
    MovementsHeading { en: "Balance history", fr: "Historique du solde" }
    MovementsNone { en: "No movement yet.", fr: "Aucun mouvement pour l'instant." }
    MovementsMore { en: "Show older", fr: "Afficher les plus anciens" }
    KindTopUp { en: "Top-up", fr: "Alimentation" }
    KindWithdrawal { en: "Withdrawal", fr: "Retrait" }
    KindPayment { en: "Invoice payment", fr: "Paiement de facture" }
    KindRefund { en: "Refund", fr: "Remboursement" }
    LinksHeading { en: "Also in billing", fr: "Aussi dans la facturation" }
    LinkInvoices { en: "Invoices", fr: "Factures" }
    LinkRenewals { en: "Renewals", fr: "Renouvellements" }
    LinkSupport { en: "Premium support", fr: "Support premium" }
    NotAllowed { en: "You cannot see this organization's billing.", fr: "Vous ne pouvez pas voir la facturation de cette Organisation." }
    ProblemNotAnAmount { en: "Type an amount such as 150 or 150.50.", fr: "Saisissez un montant comme 150 ou 150,50." }
    ProblemAmountTooSmall { en: "The amount is too small.", fr: "Le montant est trop petit." }
    ProblemAmountTooLarge { en: "The amount is too large.", fr: "Le montant est trop élevé." }
    ProblemMoreThanBalance { en: "The balance does not hold that much.", fr: "Le solde ne contient pas autant." }
    ProblemLabel { en: "Give a name of 1 to 60 characters.", fr: "Donnez un nom de 1 à 60 caractères." }
    ProblemUnknownProvider { en: "This payment provider is not available.", fr: "Ce prestataire de paiement n'est pas disponible." }
    ProblemUnknownToken { en: "The provider does not accept this card.", fr: "Le prestataire n'accepte pas cette carte." }
    ProblemTooManyProfiles { en: "The organization has as many payment methods as it may keep: remove one first.", fr: "L'Organisation a autant de moyens de paiement qu'elle peut en garder : retirez-en un d'abord." }
    MailWithdrawSubject { en: "{org}: {amount} withdrawn from the prepaid balance", fr: "{org} : {amount} retirés du solde prépayé" }
    MailWithdrawBody { en: "{actor} withdrew {amount} from the prepaid balance of {org}. The balance is now {balance}.\n\nIf you did not expect this, check the organization's audit log and its members.", fr: "{actor} a retiré {amount} du solde prépayé de {org}. Le solde est maintenant de {balance}.\n\nSi vous ne vous y attendiez pas, consultez le journal d'audit et les membres de l'Organisation." }
}
