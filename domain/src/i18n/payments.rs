//! BIL-3: the billing overview, payment methods, the prepaid balance and its emails.

use super::Lang;

catalogue! {
    PaymentsMsg;
    NavBilling {
        en: "Billing",
        fr: "Facturation",
        de: "Abrechnung",
        it: "Fatturazione",
        es: "Facturación",
    }
    BillingTitle {
        en: "Billing of {org}",
        fr: "Facturation de {org}",
        de: "Abrechnung von {org}",
        it: "Fatturazione di {org}",
        es: "Facturación de {org}",
    }
    BillingIntro {
        en: "The prepaid balance pays invoices by default; payment methods pay them otherwise.",
        fr: "Le solde prépayé règle les factures par défaut ; les moyens de paiement les règlent sinon.",
        de: "Rechnungen werden standardmäßig mit dem Prepaid-Guthaben bezahlt, andernfalls mit einer Zahlungsmethode.",
        it: "Per impostazione predefinita le fatture vengono pagate con il credito prepagato; in alternativa, con un metodo di pagamento.",
        es: "De forma predeterminada, las facturas se pagan con el saldo prepago; en su defecto, con un método de pago.",
    }
    BalanceHeading {
        en: "Prepaid balance",
        fr: "Solde prépayé",
        de: "Prepaid-Guthaben",
        it: "Credito prepagato",
        es: "Saldo prepago",
    }
    DefaultMeans {
        en: "Invoices are paid by default with: {means}",
        fr: "Les factures sont réglées par défaut avec : {means}",
        de: "Standardzahlungsmethode für Rechnungen: {means}",
        it: "Metodo di pagamento predefinito per le fatture: {means}",
        es: "Método de pago predeterminado para las facturas: {means}",
    }
    MeansBalance {
        en: "the prepaid balance",
        fr: "le solde prépayé",
        de: "Prepaid-Guthaben",
        it: "credito prepagato",
        es: "saldo prepago",
    }
    NothingToPay {
        en: "No invoice to pay.",
        fr: "Aucune facture à payer.",
        de: "Keine offenen Rechnungen.",
        it: "Nessuna fattura da pagare.",
        es: "No hay facturas pendientes de pago.",
    }
    TopUpHeading {
        en: "Top up the balance",
        fr: "Alimenter le solde",
        de: "Guthaben aufladen",
        it: "Ricarica il credito",
        es: "Recargar el saldo",
    }
    FieldAmount {
        en: "Amount",
        fr: "Montant",
        de: "Betrag",
        it: "Importo",
        es: "Importe",
    }
    AmountIn {
        en: "Amount ({currency})",
        fr: "Montant ({currency})",
        de: "Betrag ({currency})",
        it: "Importo ({currency})",
        es: "Importe ({currency})",
    }
    AmountBounds {
        en: "Between {min} and {max}.",
        fr: "Entre {min} et {max}.",
        de: "Zwischen {min} und {max}.",
        it: "Tra {min} e {max}.",
        es: "Entre {min} y {max}.",
    }
    PayWith {
        en: "Pay with",
        fr: "Payer avec",
        de: "Bezahlen mit",
        it: "Paga con",
        es: "Pagar con",
    }
    TopUpButton {
        en: "Top up",
        fr: "Alimenter",
        de: "Aufladen",
        it: "Ricarica",
        es: "Recargar",
    }
    TopUpWorking {
        en: "Paying…",
        fr: "Paiement…",
        de: "Zahlung läuft…",
        it: "Pagamento in corso…",
        es: "Pagando…",
    }
    TopUpCredited {
        en: "{amount} added to the balance.",
        fr: "{amount} ajoutés au solde.",
        de: "{amount} wurden dem Guthaben gutgeschrieben.",
        it: "Sono stati aggiunti {amount} al credito.",
        es: "Se han añadido {amount} al saldo.",
    }
    TopUpDeclined {
        en: "The payment was declined: nothing was charged and the balance is unchanged.",
        fr: "Le paiement a été refusé : rien n'a été débité et le solde est inchangé.",
        de: "Die Zahlung wurde abgelehnt: Es wurde nichts belastet und das Guthaben ist unverändert.",
        it: "Il pagamento è stato rifiutato: non è stato addebitato nulla e il credito è invariato.",
        es: "Se ha rechazado el pago: no se ha cobrado nada y el saldo no ha cambiado.",
    }
    TopUpPending {
        en: "The payment awaits the provider's confirmation: the balance grows once it is confirmed.",
        fr: "Le paiement attend la confirmation du prestataire : le solde augmentera dès qu'il sera confirmé.",
        de: "Die Zahlung wartet auf die Bestätigung des Zahlungsanbieters: Das Guthaben erhöht sich, sobald sie bestätigt ist.",
        it: "Il pagamento è in attesa della conferma del gestore dei pagamenti: il credito aumenterà non appena sarà confermato.",
        es: "El pago está pendiente de la confirmación del proveedor de pagos: el saldo aumentará en cuanto se confirme.",
    }
    TopUpNeedsProfile {
        en: "Add a payment method to top up the balance.",
        fr: "Ajoutez un moyen de paiement pour alimenter le solde.",
        de: "Fügen Sie eine Zahlungsmethode hinzu, um das Guthaben aufzuladen.",
        it: "Aggiunga un metodo di pagamento per ricaricare il credito.",
        es: "Añada un método de pago para recargar el saldo.",
    }
    WithdrawHeading {
        en: "Withdraw from the balance",
        fr: "Retirer du solde",
        de: "Guthaben auszahlen",
        it: "Preleva dal credito",
        es: "Retirar del saldo",
    }
    WithdrawHint {
        en: "The amount is paid back to the organization. Your password may be asked again; the legal representatives are told by email.",
        fr: "Le montant est remboursé à l'Organisation. Votre mot de passe peut vous être redemandé ; les représentants légaux sont prévenus par e-mail.",
        de: "Der Betrag wird an die Organisation zurückgezahlt. Möglicherweise werden Sie erneut nach Ihrem Passwort gefragt; die gesetzlichen Vertreter werden per E-Mail benachrichtigt.",
        it: "L'importo viene rimborsato all'Organizzazione. Potrebbe esserle richiesta di nuovo la password; i rappresentanti legali vengono avvisati via e-mail.",
        es: "El importe se reembolsa a la Organización. Es posible que se le vuelva a pedir la contraseña; los representantes legales reciben un aviso por correo electrónico.",
    }
    WithdrawButton {
        en: "Withdraw",
        fr: "Retirer",
        de: "Auszahlen",
        it: "Preleva",
        es: "Retirar",
    }
    WithdrawDone {
        en: "{amount} withdrawn from the balance.",
        fr: "{amount} retirés du solde.",
        de: "{amount} wurden vom Guthaben ausgezahlt.",
        it: "Sono stati prelevati {amount} dal credito.",
        es: "Se han retirado {amount} del saldo.",
    }
    ProfilesHeading {
        en: "Payment methods",
        fr: "Moyens de paiement",
        de: "Zahlungsmethoden",
        it: "Metodi di pagamento",
        es: "Métodos de pago",
    }
    ProfilesNone {
        en: "No payment method yet: invoices are paid from the prepaid balance.",
        fr: "Aucun moyen de paiement pour l'instant : les factures sont réglées par le solde prépayé.",
        de: "Noch keine Zahlungsmethode: Rechnungen werden mit dem Prepaid-Guthaben bezahlt.",
        it: "Ancora nessun metodo di pagamento: le fatture vengono pagate con il credito prepagato.",
        es: "Todavía no hay ningún método de pago: las facturas se pagan con el saldo prepago.",
    }
    ProfileDefault {
        en: "Default",
        fr: "Par défaut",
        de: "Standard",
        it: "Predefinito",
        es: "Predeterminado",
    }
    BalanceIsDefault {
        en: "The prepaid balance is the default.",
        fr: "Le solde prépayé est le moyen par défaut.",
        de: "Das Prepaid-Guthaben ist die Standardzahlungsmethode.",
        it: "Il credito prepagato è il metodo predefinito.",
        es: "El saldo prepago es el método predeterminado.",
    }
    MakeDefault {
        en: "Make {label} the default",
        fr: "Choisir {label} par défaut",
        de: "{label} als Standard festlegen",
        it: "Imposta {label} come predefinito",
        es: "Establecer {label} como predeterminado",
    }
    UseBalance {
        en: "Pay with the prepaid balance by default",
        fr: "Régler par défaut avec le solde prépayé",
        de: "Prepaid-Guthaben als Standard verwenden",
        it: "Usa il credito prepagato come predefinito",
        es: "Usar el saldo prepago como predeterminado",
    }
    RemoveProfile {
        en: "Remove {label}",
        fr: "Retirer {label}",
        de: "{label} entfernen",
        it: "Rimuovi {label}",
        es: "Eliminar {label}",
    }
    ProfileRemoved {
        en: "Payment method removed.",
        fr: "Moyen de paiement retiré.",
        de: "Zahlungsmethode entfernt.",
        it: "Metodo di pagamento rimosso.",
        es: "Método de pago eliminado.",
    }
    DefaultChanged {
        en: "Default payment method changed.",
        fr: "Moyen de paiement par défaut modifié.",
        de: "Standardzahlungsmethode geändert.",
        it: "Metodo di pagamento predefinito modificato.",
        es: "Se ha cambiado el método de pago predeterminado.",
    }
    AddHeading {
        en: "Add a payment method",
        fr: "Ajouter un moyen de paiement",
        de: "Zahlungsmethode hinzufügen",
        it: "Aggiungi un metodo di pagamento",
        es: "Añadir un método de pago",
    }
    FieldMethod {
        en: "Payment method",
        fr: "Moyen de paiement",
        de: "Zahlungsmethode",
        it: "Metodo di pagamento",
        es: "Método de pago",
    }
    FieldLabel {
        en: "Name",
        fr: "Nom",
        de: "Bezeichnung",
        it: "Nome",
        es: "Nombre",
    }
    FieldCard {
        en: "Test card",
        fr: "Carte de test",
        de: "Testkarte",
        it: "Carta di test",
        es: "Tarjeta de prueba",
    }
    CardOk {
        en: "Test card: always paid",
        fr: "Carte de test : toujours payée",
        de: "Testkarte: immer erfolgreich",
        it: "Carta di test: sempre accettata",
        es: "Tarjeta de prueba: siempre aceptada",
    }
    CardDecline {
        en: "Test card: always declined",
        fr: "Carte de test : toujours refusée",
        de: "Testkarte: immer abgelehnt",
        it: "Carta di test: sempre rifiutata",
        es: "Tarjeta de prueba: siempre rechazada",
    }
    CardDelayed {
        en: "Test card: confirmed later",
        fr: "Carte de test : confirmée plus tard",
        de: "Testkarte: später bestätigt",
        it: "Carta di test: confermata più tardi",
        es: "Tarjeta de prueba: confirmada más tarde",
    }
    AddButton {
        en: "Add",
        fr: "Ajouter",
        de: "Hinzufügen",
        it: "Aggiungi",
        es: "Añadir",
    }
    ProfileAdded {
        en: "Payment method added.",
        fr: "Moyen de paiement ajouté.",
        de: "Zahlungsmethode hinzugefügt.",
        it: "Metodo di pagamento aggiunto.",
        es: "Método de pago añadido.",
    }
    NoProvider {
        en: "No payment provider is set up on this server: only the prepaid balance pays.",
        fr: "Aucun prestataire de paiement n'est configuré sur ce serveur : seul le solde prépayé paie.",
        de: "Auf diesem Server ist kein Zahlungsanbieter eingerichtet: Es kann nur mit dem Prepaid-Guthaben bezahlt werden.",
        it: "Su questo server non è configurato alcun gestore dei pagamenti: si può pagare solo con il credito prepagato.",
        es: "No hay ningún proveedor de pagos configurado en este servidor: solo se puede pagar con el saldo prepago.",
    }
    ProviderTest {
        en: "Test provider",
        fr: "Prestataire de test",
        de: "Testanbieter",
        it: "Gestore di test",
        es: "Proveedor de prueba",
    }
    MovementsHeading {
        en: "Balance history",
        fr: "Historique du solde",
        de: "Guthabenverlauf",
        it: "Movimenti del credito",
        es: "Historial del saldo",
    }
    MovementsNone {
        en: "No movement yet.",
        fr: "Aucun mouvement pour l'instant.",
        de: "Noch keine Buchungen.",
        it: "Ancora nessun movimento.",
        es: "Todavía no hay movimientos.",
    }
    MovementsMore {
        en: "Show older",
        fr: "Afficher les plus anciens",
        de: "Ältere anzeigen",
        it: "Mostra precedenti",
        es: "Mostrar anteriores",
    }
    KindTopUp {
        en: "Top-up",
        fr: "Alimentation",
        de: "Aufladung",
        it: "Ricarica",
        es: "Recarga",
    }
    KindWithdrawal {
        en: "Withdrawal",
        fr: "Retrait",
        de: "Auszahlung",
        it: "Prelievo",
        es: "Retirada",
    }
    KindPayment {
        en: "Invoice payment",
        fr: "Paiement de facture",
        de: "Rechnungszahlung",
        it: "Pagamento fattura",
        es: "Pago de factura",
    }
    KindRefund {
        en: "Refund",
        fr: "Remboursement",
        de: "Rückerstattung",
        it: "Rimborso",
        es: "Reembolso",
    }
    LinksHeading {
        en: "Also in billing",
        fr: "Aussi dans la facturation",
        de: "Weiteres zur Abrechnung",
        it: "Altro sulla fatturazione",
        es: "Más sobre facturación",
    }
    LinkInvoices {
        en: "Invoices",
        fr: "Factures",
        de: "Rechnungen",
        it: "Fatture",
        es: "Facturas",
    }
    LinkRenewals {
        en: "Renewals",
        fr: "Renouvellements",
        de: "Verlängerungen",
        it: "Rinnovi",
        es: "Renovaciones",
    }
    LinkSupport {
        en: "Premium support",
        fr: "Support premium",
        de: "Premium-Support",
        it: "Assistenza premium",
        es: "Soporte premium",
    }
    NotAllowed {
        en: "You cannot see this organization's billing.",
        fr: "Vous ne pouvez pas voir la facturation de cette Organisation.",
        de: "Sie können die Abrechnung dieser Organisation nicht einsehen.",
        it: "Non può visualizzare la fatturazione di questa Organizzazione.",
        es: "No puede ver la facturación de esta Organización.",
    }
    ProblemNotAnAmount {
        en: "Type an amount such as 150 or 150.50.",
        fr: "Saisissez un montant comme 150 ou 150,50.",
        de: "Geben Sie einen Betrag wie 150 oder 150,50 ein.",
        it: "Inserisca un importo come 150 o 150,50.",
        es: "Introduzca un importe como 150 o 150,50.",
    }
    ProblemAmountTooSmall {
        en: "The amount is too small.",
        fr: "Le montant est trop petit.",
        de: "Der Betrag ist zu niedrig.",
        it: "L'importo è troppo basso.",
        es: "El importe es demasiado bajo.",
    }
    ProblemAmountTooLarge {
        en: "The amount is too large.",
        fr: "Le montant est trop élevé.",
        de: "Der Betrag ist zu hoch.",
        it: "L'importo è troppo alto.",
        es: "El importe es demasiado alto.",
    }
    ProblemMoreThanBalance {
        en: "The balance does not hold that much.",
        fr: "Le solde ne contient pas autant.",
        de: "Das Guthaben reicht dafür nicht aus.",
        it: "Il credito non è sufficiente.",
        es: "El saldo no es suficiente.",
    }
    ProblemLabel {
        en: "Give a name of 1 to 60 characters.",
        fr: "Donnez un nom de 1 à 60 caractères.",
        de: "Geben Sie eine Bezeichnung mit 1 bis 60 Zeichen ein.",
        it: "Inserisca un nome da 1 a 60 caratteri.",
        es: "Introduzca un nombre de 1 a 60 caracteres.",
    }
    ProblemUnknownProvider {
        en: "This payment provider is not available.",
        fr: "Ce prestataire de paiement n'est pas disponible.",
        de: "Dieser Zahlungsanbieter ist nicht verfügbar.",
        it: "Questo gestore dei pagamenti non è disponibile.",
        es: "Este proveedor de pagos no está disponible.",
    }
    ProblemUnknownToken {
        en: "The provider does not accept this card.",
        fr: "Le prestataire n'accepte pas cette carte.",
        de: "Der Zahlungsanbieter akzeptiert diese Karte nicht.",
        it: "Il gestore dei pagamenti non accetta questa carta.",
        es: "El proveedor de pagos no acepta esta tarjeta.",
    }
    ProblemTooManyProfiles {
        en: "The organization has as many payment methods as it may keep: remove one first.",
        fr: "L'Organisation a autant de moyens de paiement qu'elle peut en garder : retirez-en un d'abord.",
        de: "Die Organisation hat bereits die maximale Anzahl an Zahlungsmethoden: Entfernen Sie zuerst eine.",
        it: "L'Organizzazione ha già il numero massimo di metodi di pagamento: ne rimuova prima uno.",
        es: "La Organización ya tiene el número máximo de métodos de pago: elimine uno primero.",
    }
    MailWithdrawSubject {
        en: "{org}: {amount} withdrawn from the prepaid balance",
        fr: "{org} : {amount} retirés du solde prépayé",
        de: "{org}: {amount} vom Prepaid-Guthaben ausgezahlt",
        it: "{org}: {amount} prelevati dal credito prepagato",
        es: "{org}: {amount} retirados del saldo prepago",
    }
    MailWithdrawBody {
        en: "{actor} withdrew {amount} from the prepaid balance of {org}. The balance is now {balance}.\n\nIf you did not expect this, check the organization's audit log and its members.",
        fr: "{actor} a retiré {amount} du solde prépayé de {org}. Le solde est maintenant de {balance}.\n\nSi vous ne vous y attendiez pas, consultez le journal d'audit et les membres de l'Organisation.",
        de: "{actor} hat {amount} vom Prepaid-Guthaben von {org} ausgezahlt. Das Guthaben beträgt jetzt {balance}.\n\nFalls Sie das nicht erwartet haben, prüfen Sie das Audit-Protokoll und die Mitglieder der Organisation.",
        it: "{actor} ha prelevato {amount} dal credito prepagato di {org}. Il credito ora è di {balance}.\n\nSe non se lo aspettava, controlli il registro di audit e i membri dell'Organizzazione.",
        es: "{actor} ha retirado {amount} del saldo prepago de {org}. El saldo es ahora de {balance}.\n\nSi no lo esperaba, revise el registro de auditoría y los miembros de la Organización.",
    }
}
