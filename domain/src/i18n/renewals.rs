//! Renewals and expiry (PRD-6, PRD-7): the "manage renewals" page, its refusals and the
//! scheduler's emails.

use super::Lang;

catalogue! {
    RenewalsMsg;
    NavRenewals {
        en: "Renewals",
        fr: "Renouvellements",
        de: "Verlängerungen",
        it: "Rinnovi",
        es: "Renovaciones",
    }
    Title {
        en: "Manage renewals",
        fr: "Gérer les renouvellements",
        de: "Verlängerungen verwalten",
        it: "Gestisci i rinnovi",
        es: "Gestionar renovaciones",
    }
    Intro {
        en: "With renewal warranty on, a product is renewed at its expiry, invoiced and paid from the default payment profile (the prepaid balance when there is none). Reminders are emailed 30, 7 and 1 days before.",
        fr: "Avec la garantie de renouvellement, un produit est renouvelé à son échéance, facturé et payé avec le profil de paiement par défaut (le solde prépayé s'il n'y en a pas). Des rappels sont envoyés par email 30, 7 et 1 jours avant.",
        de: "Bei aktivierter Verlängerungsgarantie wird ein Produkt bei Ablauf verlängert, in Rechnung gestellt und mit der Standardzahlungsmethode bezahlt (mit dem Prepaid-Guthaben, wenn keine festgelegt ist). Erinnerungen werden 30 Tage, 7 Tage und 1 Tag vorher per E-Mail versandt.",
        it: "Con la garanzia di rinnovo attiva, un prodotto viene rinnovato alla scadenza, fatturato e pagato con il metodo di pagamento predefinito (con il credito prepagato, se non ce n'è uno). I promemoria vengono inviati via e-mail 30, 7 e 1 giorno prima.",
        es: "Con la garantía de renovación activada, un producto se renueva al caducar, se factura y se paga con el método de pago predeterminado (con el saldo prepago si no hay ninguno). Se envían recordatorios por correo electrónico 30, 7 y 1 día antes.",
    }
    Empty {
        en: "The organization has no product to renew.",
        fr: "L'Organisation n'a aucun produit à renouveler.",
        de: "Die Organisation hat keine Produkte, die verlängert werden können.",
        it: "L'Organizzazione non ha prodotti da rinnovare.",
        es: "La Organización no tiene productos que renovar.",
    }
    Loading {
        en: "Loading the products…",
        fr: "Chargement des produits…",
        de: "Produkte werden geladen…",
        it: "Caricamento dei prodotti…",
        es: "Cargando los productos…",
    }
    ColProduct {
        en: "Product",
        fr: "Produit",
        de: "Produkt",
        it: "Prodotto",
        es: "Producto",
    }
    ColExpires {
        en: "Expires",
        fr: "Échéance",
        de: "Ablaufdatum",
        it: "Scadenza",
        es: "Vencimiento",
    }
    ColPrice {
        en: "Renewal price",
        fr: "Prix du renouvellement",
        de: "Verlängerungspreis",
        it: "Prezzo di rinnovo",
        es: "Precio de renovación",
    }
    ColWarranty {
        en: "Renewal warranty",
        fr: "Garantie de renouvellement",
        de: "Verlängerungsgarantie",
        it: "Garanzia di rinnovo",
        es: "Garantía de renovación",
    }
    ColNextReminder {
        en: "Next reminder",
        fr: "Prochain rappel",
        de: "Nächste Erinnerung",
        it: "Prossimo promemoria",
        es: "Próximo recordatorio",
    }
    ColStatus {
        en: "Status",
        fr: "Statut",
        de: "Status",
        it: "Stato",
        es: "Estado",
    }
    WarrantyOn {
        en: "On",
        fr: "Activée",
        de: "Aktiviert",
        it: "Attiva",
        es: "Activada",
    }
    WarrantyOff {
        en: "Off",
        fr: "Désactivée",
        de: "Deaktiviert",
        it: "Disattivata",
        es: "Desactivada",
    }
    NoReminder {
        en: "None",
        fr: "Aucun",
        de: "Keine",
        it: "Nessuno",
        es: "Ninguno",
    }
    SelectAll {
        en: "Select all",
        fr: "Tout sélectionner",
        de: "Alle auswählen",
        it: "Seleziona tutti",
        es: "Seleccionar todos",
    }
    SelectProduct {
        en: "Select {name}",
        fr: "Sélectionner {name}",
        de: "{name} auswählen",
        it: "Seleziona {name}",
        es: "Seleccionar {name}",
    }
    TurnOn {
        en: "Turn renewal warranty on",
        fr: "Activer la garantie de renouvellement",
        de: "Verlängerungsgarantie aktivieren",
        it: "Attiva la garanzia di rinnovo",
        es: "Activar la garantía de renovación",
    }
    TurnOff {
        en: "Turn renewal warranty off",
        fr: "Désactiver la garantie de renouvellement",
        de: "Verlängerungsgarantie deaktivieren",
        it: "Disattiva la garanzia di rinnovo",
        es: "Desactivar la garantía de renovación",
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
        en: "In redemption until {date}",
        fr: "En rédemption jusqu'au {date}",
        de: "Wiederherstellbar bis {date}",
        it: "In fase di riscatto fino al {date}",
        es: "En periodo de redención hasta el {date}",
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
    Restore {
        en: "Restore for {amount}",
        fr: "Restaurer pour {amount}",
        de: "Für {amount} wiederherstellen",
        it: "Ripristina per {amount}",
        es: "Restaurar por {amount}",
    }
    RestoreLabel {
        en: "Restore {name} for {amount}",
        fr: "Restaurer {name} pour {amount}",
        de: "{name} für {amount} wiederherstellen",
        it: "Ripristina {name} per {amount}",
        es: "Restaurar {name} por {amount}",
    }
    RenewNow {
        en: "Renew now",
        fr: "Renouveler maintenant",
        de: "Jetzt verlängern",
        it: "Rinnova ora",
        es: "Renovar ahora",
    }
    RenewNowLabel {
        en: "Renew {name} now for {amount}",
        fr: "Renouveler {name} maintenant pour {amount}",
        de: "{name} jetzt für {amount} verlängern",
        it: "Rinnova ora {name} per {amount}",
        es: "Renovar {name} ahora por {amount}",
    }
    Renewed {
        en: "{name} is renewed until {date} (invoice {number}).",
        fr: "{name} est renouvelé jusqu'au {date} (facture {number}).",
        de: "{name} ist bis zum {date} verlängert (Rechnung {number}).",
        it: "{name} è stato rinnovato fino al {date} (fattura {number}).",
        es: "{name} se ha renovado hasta el {date} (factura {number}).",
    }
    Restored {
        en: "{name} is restored until {date} (invoice {number}).",
        fr: "{name} est restauré jusqu'au {date} (facture {number}).",
        de: "{name} ist bis zum {date} wiederhergestellt (Rechnung {number}).",
        it: "{name} è stato ripristinato fino al {date} (fattura {number}).",
        es: "{name} se ha restaurado hasta el {date} (factura {number}).",
    }
    PaymentPending {
        en: "Invoice {number} waits for the payment provider's confirmation; {name} is renewed once it is paid.",
        fr: "La facture {number} attend la confirmation du prestataire de paiement ; {name} est renouvelé dès son paiement.",
        de: "Die Rechnung {number} wartet auf die Bestätigung des Zahlungsanbieters; {name} wird verlängert, sobald sie bezahlt ist.",
        it: "La fattura {number} è in attesa della conferma del gestore dei pagamenti; {name} verrà rinnovato non appena sarà pagata.",
        es: "La factura {number} está pendiente de la confirmación del proveedor de pagos; {name} se renovará en cuanto se pague.",
    }
    RefusalWarrantyNotOffered {
        en: "Renewal warranty is not offered for NAS products.",
        fr: "La garantie de renouvellement n'est pas proposée pour les NAS.",
        de: "Für NAS-Produkte wird keine Verlängerungsgarantie angeboten.",
        it: "La garanzia di rinnovo non è disponibile per i prodotti NAS.",
        es: "La garantía de renovación no está disponible para los productos NAS.",
    }
    RefusalNotRenewable {
        en: "This product was released or terminated: there is nothing to renew.",
        fr: "Ce produit a été libéré ou résilié : il n'y a rien à renouveler.",
        de: "Dieses Produkt wurde freigegeben oder gekündigt: Es gibt nichts zu verlängern.",
        it: "Questo prodotto è stato rilasciato o disdetto: non c'è nulla da rinnovare.",
        es: "Este producto se ha liberado o cancelado: no hay nada que renovar.",
    }
    RefusalInRedemption {
        en: "This domain is in its redemption period: restore it instead.",
        fr: "Ce domaine est en période de rédemption : restaurez-le plutôt.",
        de: "Diese Domain befindet sich in der Wiederherstellungsphase: Stellen Sie sie stattdessen wieder her.",
        it: "Questo dominio è nella fase di riscatto: lo ripristini invece di rinnovarlo.",
        es: "Este dominio está en periodo de redención: restáurelo en lugar de renovarlo.",
    }
    RefusalNotInRedemption {
        en: "Only a domain in its redemption period can be restored.",
        fr: "Seul un domaine en période de rédemption peut être restauré.",
        de: "Nur eine Domain in der Wiederherstellungsphase kann wiederhergestellt werden.",
        it: "Solo un dominio nella fase di riscatto può essere ripristinato.",
        es: "Solo se puede restaurar un dominio que esté en periodo de redención.",
    }
    RefusalInsufficientBalance {
        en: "The prepaid balance does not cover the amount: nothing was charged. Top up the balance or add a payment profile.",
        fr: "Le solde prépayé ne couvre pas le montant : rien n'a été débité. Rechargez le solde ou ajoutez un profil de paiement.",
        de: "Das Prepaid-Guthaben deckt den Betrag nicht: Es wurde nichts belastet. Laden Sie das Guthaben auf oder fügen Sie eine Zahlungsmethode hinzu.",
        it: "Il credito prepagato non copre l'importo: non è stato addebitato nulla. Ricarichi il credito o aggiunga un metodo di pagamento.",
        es: "El saldo prepago no cubre el importe: no se ha cobrado nada. Recargue el saldo o añada un método de pago.",
    }
    RefusalPaymentDeclined {
        en: "The payment was declined: nothing was charged.",
        fr: "Le paiement a été refusé : rien n'a été débité.",
        de: "Die Zahlung wurde abgelehnt: Es wurde nichts belastet.",
        it: "Il pagamento è stato rifiutato: non è stato addebitato nulla.",
        es: "Se ha rechazado el pago: no se ha cobrado nada.",
    }
    MailReminderSubject {
        en: "{name} expires on {date}",
        fr: "{name} arrive à échéance le {date}",
        de: "{name} läuft am {date} ab",
        it: "{name} scade il {date}",
        es: "{name} caduca el {date}",
    }
    MailReminderWarranty {
        en: "{name} ({org}) expires on {date}. Its renewal warranty is on: it will be renewed for {amount} (VAT excluded) and paid from the organization's default payment means.",
        fr: "{name} ({org}) arrive à échéance le {date}. Sa garantie de renouvellement est activée : il sera renouvelé pour {amount} (hors TVA) et payé avec le moyen de paiement par défaut de l'Organisation.",
        de: "{name} ({org}) läuft am {date} ab. Die Verlängerungsgarantie ist aktiviert: Das Produkt wird für {amount} (ohne MwSt.) verlängert und mit der Standardzahlungsmethode der Organisation bezahlt.",
        it: "{name} ({org}) scade il {date}. La garanzia di rinnovo è attiva: verrà rinnovato per {amount} (IVA esclusa) e pagato con il metodo di pagamento predefinito dell'Organizzazione.",
        es: "{name} ({org}) caduca el {date}. Su garantía de renovación está activada: se renovará por {amount} (sin IVA) y se pagará con el método de pago predeterminado de la Organización.",
    }
    MailReminderNoWarranty {
        en: "{name} ({org}) expires on {date}. Its renewal warranty is off: renew it in Orga (\"Manage renewals\") before that date, or it will expire.",
        fr: "{name} ({org}) arrive à échéance le {date}. Sa garantie de renouvellement est désactivée : renouvelez-le dans Orga (« Gérer les renouvellements ») avant cette date, sinon il expirera.",
        de: "{name} ({org}) läuft am {date} ab. Die Verlängerungsgarantie ist deaktiviert: Verlängern Sie das Produkt vor diesem Datum in Orga („Verlängerungen verwalten“), sonst läuft es ab.",
        it: "{name} ({org}) scade il {date}. La garanzia di rinnovo è disattivata: lo rinnovi in Orga («Gestisci i rinnovi») prima di tale data, altrimenti scadrà.",
        es: "{name} ({org}) caduca el {date}. Su garantía de renovación está desactivada: renuévelo en Orga («Gestionar renovaciones») antes de esa fecha o caducará.",
    }
    MailRenewedSubject {
        en: "{name} is renewed",
        fr: "{name} est renouvelé",
        de: "{name} wurde verlängert",
        it: "{name} è stato rinnovato",
        es: "{name} se ha renovado",
    }
    MailRenewedBody {
        en: "{name} ({org}) was renewed until {date}. Invoice {number} of {total} is paid.",
        fr: "{name} ({org}) a été renouvelé jusqu'au {date}. La facture {number} de {total} est payée.",
        de: "{name} ({org}) wurde bis zum {date} verlängert. Die Rechnung {number} über {total} ist bezahlt.",
        it: "{name} ({org}) è stato rinnovato fino al {date}. La fattura {number} di {total} è stata pagata.",
        es: "{name} ({org}) se ha renovado hasta el {date}. La factura {number} de {total} está pagada.",
    }
    MailPaymentFailedSubject {
        en: "The renewal of {name} is not paid",
        fr: "Le renouvellement de {name} n'est pas payé",
        de: "Die Verlängerung von {name} ist nicht bezahlt",
        it: "Il rinnovo di {name} non è stato pagato",
        es: "La renovación de {name} no se ha pagado",
    }
    MailPaymentFailedBody {
        en: "The renewal of {name} ({org}) could not be paid: invoice {number} of {total} is open. Pay it before {date}, or the product will expire.",
        fr: "Le renouvellement de {name} ({org}) n'a pas pu être payé : la facture {number} de {total} est ouverte. Payez-la avant le {date}, sinon le produit expirera.",
        de: "Die Verlängerung von {name} ({org}) konnte nicht bezahlt werden: Die Rechnung {number} über {total} ist offen. Bezahlen Sie sie vor dem {date}, sonst läuft das Produkt ab.",
        it: "Non è stato possibile pagare il rinnovo di {name} ({org}): la fattura {number} di {total} è ancora aperta. La paghi prima del {date}, altrimenti il prodotto scadrà.",
        es: "No se ha podido pagar la renovación de {name} ({org}): la factura {number} de {total} está pendiente. Páguela antes del {date} o el producto caducará.",
    }
    MailExpiredSubject {
        en: "{name} has expired",
        fr: "{name} a expiré",
        de: "{name} ist abgelaufen",
        it: "{name} è scaduto",
        es: "{name} ha caducado",
    }
    MailExpiredBody {
        en: "{name} ({org}) was not renewed and has expired.",
        fr: "{name} ({org}) n'a pas été renouvelé et a expiré.",
        de: "{name} ({org}) wurde nicht verlängert und ist abgelaufen.",
        it: "{name} ({org}) non è stato rinnovato ed è scaduto.",
        es: "{name} ({org}) no se ha renovado y ha caducado.",
    }
    MailRedemptionSubject {
        en: "{name} has entered its redemption period",
        fr: "{name} est entré en période de rédemption",
        de: "Für {name} hat die Wiederherstellungsphase begonnen",
        it: "{name} è entrato nella fase di riscatto",
        es: "{name} ha entrado en periodo de redención",
    }
    MailRedemptionBody {
        en: "The domain {name} ({org}) was not renewed. It can be restored until {date} for {fee} plus the renewal (VAT excluded), in Orga (\"Manage renewals\"); after that it is released and anyone may register it.",
        fr: "Le domaine {name} ({org}) n'a pas été renouvelé. Il peut être restauré jusqu'au {date} pour {fee} plus le renouvellement (hors TVA), dans Orga (« Gérer les renouvellements ») ; ensuite il est libéré et n'importe qui peut l'enregistrer.",
        de: "Die Domain {name} ({org}) wurde nicht verlängert. Sie kann bis zum {date} für {fee} zuzüglich der Verlängerung (ohne MwSt.) in Orga („Verlängerungen verwalten“) wiederhergestellt werden; danach wird sie freigegeben und kann von jedem registriert werden.",
        it: "Il dominio {name} ({org}) non è stato rinnovato. Può essere ripristinato fino al {date} per {fee} più il rinnovo (IVA esclusa), in Orga («Gestisci i rinnovi»); dopodiché verrà rilasciato e chiunque potrà registrarlo.",
        es: "El dominio {name} ({org}) no se ha renovado. Puede restaurarse hasta el {date} por {fee} más la renovación (sin IVA), en Orga («Gestionar renovaciones»); después se liberará y cualquiera podrá registrarlo.",
    }
    MailReleasedSubject {
        en: "{name} was released",
        fr: "{name} a été libéré",
        de: "{name} wurde freigegeben",
        it: "{name} è stato rilasciato",
        es: "{name} se ha liberado",
    }
    MailReleasedBody {
        en: "The redemption period of the domain {name} ({org}) is over: the domain was released.",
        fr: "La période de rédemption du domaine {name} ({org}) est terminée : le domaine a été libéré.",
        de: "Die Wiederherstellungsphase der Domain {name} ({org}) ist beendet: Die Domain wurde freigegeben.",
        it: "La fase di riscatto del dominio {name} ({org}) è terminata: il dominio è stato rilasciato.",
        es: "El periodo de redención del dominio {name} ({org}) ha terminado: el dominio se ha liberado.",
    }
}
