//! Invoices, pro formas and their PDF (BIL-4, BIL-5), premium support (BIL-6) and the
//! help page.

use super::Lang;

catalogue! {
    InvoicesMsg;
    NavInvoices {
        en: "Invoices",
        fr: "Factures",
        de: "Rechnungen",
        it: "Fatture",
        es: "Facturas",
    }
    NavSupport {
        en: "Premium support",
        fr: "Support premium",
        de: "Premium-Support",
        it: "Assistenza premium",
        es: "Soporte premium",
    }
    NavHelp {
        en: "Help",
        fr: "Aide",
        de: "Hilfe",
        it: "Aiuto",
        es: "Ayuda",
    }
    InvoicesTitle {
        en: "Invoices of {org}",
        fr: "Factures de {org}",
        de: "Rechnungen von {org}",
        it: "Fatture di {org}",
        es: "Facturas de {org}",
    }
    InvoicesIntro {
        en: "Amounts are in the organization's currency, VAT by the billing address's country.",
        fr: "Les montants sont dans la monnaie de l'Organisation, la TVA selon le pays de l'adresse de facturation.",
        de: "Die Beträge lauten auf die Währung der Organisation, die MwSt. richtet sich nach dem Land der Rechnungsadresse.",
        it: "Gli importi sono nella valuta dell'Organizzazione, l'IVA dipende dal paese dell'indirizzo di fatturazione.",
        es: "Los importes están en la moneda de la Organización y el IVA depende del país de la dirección de facturación.",
    }
    TabHistory {
        en: "History",
        fr: "Historique",
        de: "Verlauf",
        it: "Storico",
        es: "Historial",
    }
    TabToPay {
        en: "To pay",
        fr: "À payer",
        de: "Zu zahlen",
        it: "Da pagare",
        es: "Pendiente de pago",
    }
    FilterStatus {
        en: "Status",
        fr: "Statut",
        de: "Status",
        it: "Stato",
        es: "Estado",
    }
    FilterAll {
        en: "All",
        fr: "Toutes",
        de: "Alle",
        it: "Tutte",
        es: "Todas",
    }
    ColNumber {
        en: "Number",
        fr: "Numéro",
        de: "Nummer",
        it: "Numero",
        es: "Número",
    }
    ColDate {
        en: "Date",
        fr: "Date",
        de: "Datum",
        it: "Data",
        es: "Fecha",
    }
    ColTotal {
        en: "Total",
        fr: "Total",
        de: "Gesamt",
        it: "Totale",
        es: "Total",
    }
    ColStatus {
        en: "Status",
        fr: "Statut",
        de: "Status",
        it: "Stato",
        es: "Estado",
    }
    StatusUnpaid {
        en: "Unpaid",
        fr: "Impayée",
        de: "Offen",
        it: "Non pagata",
        es: "Impagada",
    }
    StatusPaid {
        en: "Paid",
        fr: "Payée",
        de: "Bezahlt",
        it: "Pagata",
        es: "Pagada",
    }
    StatusCancelled {
        en: "Cancelled",
        fr: "Annulée",
        de: "Storniert",
        it: "Annullata",
        es: "Anulada",
    }
    StatusProForma {
        en: "Pro forma",
        fr: "Pro forma",
        de: "Proforma",
        it: "Proforma",
        es: "Proforma",
    }
    NoInvoices {
        en: "No invoice yet.",
        fr: "Aucune facture pour l'instant.",
        de: "Noch keine Rechnungen.",
        it: "Ancora nessuna fattura.",
        es: "Todavía no hay facturas.",
    }
    NothingToPay {
        en: "Nothing to pay: every invoice is paid.",
        fr: "Rien à payer : toutes les factures sont payées.",
        de: "Nichts zu zahlen: Alle Rechnungen sind bezahlt.",
        it: "Nulla da pagare: tutte le fatture sono pagate.",
        es: "Nada que pagar: todas las facturas están pagadas.",
    }
    More {
        en: "Show older invoices",
        fr: "Afficher les factures plus anciennes",
        de: "Ältere Rechnungen anzeigen",
        it: "Mostra fatture precedenti",
        es: "Mostrar facturas anteriores",
    }
    Download {
        en: "Download PDF",
        fr: "Télécharger le PDF",
        de: "PDF herunterladen",
        it: "Scarica PDF",
        es: "Descargar PDF",
    }
    DownloadNamed {
        en: "Download PDF of {number}",
        fr: "Télécharger le PDF de {number}",
        de: "PDF von {number} herunterladen",
        it: "Scarica il PDF di {number}",
        es: "Descargar el PDF de {number}",
    }
    Open {
        en: "Open invoice {number}",
        fr: "Ouvrir la facture {number}",
        de: "Rechnung {number} öffnen",
        it: "Apri la fattura {number}",
        es: "Abrir la factura {number}",
    }
    Select {
        en: "Select {number}",
        fr: "Sélectionner {number}",
        de: "{number} auswählen",
        it: "Seleziona {number}",
        es: "Seleccionar {number}",
    }
    Pay {
        en: "Pay from the balance",
        fr: "Payer avec le solde",
        de: "Mit Guthaben bezahlen",
        it: "Paga con il credito",
        es: "Pagar con el saldo",
    }
    PayNamed {
        en: "Pay {number} from the balance",
        fr: "Payer {number} avec le solde",
        de: "{number} mit Guthaben bezahlen",
        it: "Paga {number} con il credito",
        es: "Pagar {number} con el saldo",
    }
    PaidNotice {
        en: "Invoice {number} is paid.",
        fr: "La facture {number} est payée.",
        de: "Die Rechnung {number} ist bezahlt.",
        it: "La fattura {number} è stata pagata.",
        es: "La factura {number} está pagada.",
    }
    PendingNotice {
        en: "The payment of {number} awaits the provider's confirmation.",
        fr: "Le paiement de {number} attend la confirmation du prestataire.",
        de: "Die Zahlung von {number} wartet auf die Bestätigung des Zahlungsanbieters.",
        it: "Il pagamento di {number} è in attesa della conferma del gestore dei pagamenti.",
        es: "El pago de {number} está pendiente de la confirmación del proveedor de pagos.",
    }
    GenerateProForma {
        en: "Generate a pro forma invoice",
        fr: "Générer une facture pro forma",
        de: "Proforma-Rechnung erstellen",
        it: "Genera fattura proforma",
        es: "Generar factura proforma",
    }
    ProFormaMade {
        en: "Pro forma {number} generated and downloaded.",
        fr: "Pro forma {number} générée et téléchargée.",
        de: "Proforma-Rechnung {number} erstellt und heruntergeladen.",
        it: "Fattura proforma {number} generata e scaricata.",
        es: "Factura proforma {number} generada y descargada.",
    }
    ToPayTotal {
        en: "Total due: {total}",
        fr: "Total dû : {total}",
        de: "Offener Gesamtbetrag: {total}",
        it: "Totale da pagare: {total}",
        es: "Total a pagar: {total}",
    }
    BackToInvoices {
        en: "Back to the invoices",
        fr: "Retour aux factures",
        de: "Zurück zu den Rechnungen",
        it: "Torna alle fatture",
        es: "Volver a las facturas",
    }
    DetailTitle {
        en: "Invoice {number}",
        fr: "Facture {number}",
        de: "Rechnung {number}",
        it: "Fattura {number}",
        es: "Factura {number}",
    }
    ProFormaTitle {
        en: "Pro forma invoice {number}",
        fr: "Facture pro forma {number}",
        de: "Proforma-Rechnung {number}",
        it: "Fattura proforma {number}",
        es: "Factura proforma {number}",
    }
    ProFormaWarning {
        en: "Pro forma — no legal, tax or accounting value",
        fr: "Pro forma — sans valeur légale, fiscale ni comptable",
        de: "Proforma – ohne rechtliche, steuerliche oder buchhalterische Gültigkeit",
        it: "Proforma — senza valore legale, fiscale o contabile",
        es: "Proforma — sin valor legal, fiscal ni contable",
    }
    IssuedOn {
        en: "Issued on {date}",
        fr: "Émise le {date}",
        de: "Ausgestellt am {date}",
        it: "Emessa il {date}",
        es: "Emitida el {date}",
    }
    DueOn {
        en: "Due on {date}",
        fr: "Échéance le {date}",
        de: "Fällig am {date}",
        it: "Scade il {date}",
        es: "Vence el {date}",
    }
    PaidOn {
        en: "Paid on {date}",
        fr: "Payée le {date}",
        de: "Bezahlt am {date}",
        it: "Pagata il {date}",
        es: "Pagada el {date}",
    }
    BilledTo {
        en: "Billed to",
        fr: "Facturé à",
        de: "Rechnung an",
        it: "Intestata a",
        es: "Facturado a",
    }
    ColDescription {
        en: "Description",
        fr: "Désignation",
        de: "Beschreibung",
        it: "Descrizione",
        es: "Descripción",
    }
    ColQuantity {
        en: "Qty",
        fr: "Qté",
        de: "Menge",
        it: "Qtà",
        es: "Cant.",
    }
    ColUnit {
        en: "Unit price",
        fr: "Prix unitaire",
        de: "Einzelpreis",
        it: "Prezzo unitario",
        es: "Precio unitario",
    }
    ColDiscount {
        en: "Discount",
        fr: "Remise",
        de: "Rabatt",
        it: "Sconto",
        es: "Descuento",
    }
    ColAmount {
        en: "Amount",
        fr: "Montant",
        de: "Betrag",
        it: "Importo",
        es: "Importe",
    }
    Subtotal {
        en: "Subtotal (VAT excluded)",
        fr: "Sous-total (hors TVA)",
        de: "Zwischensumme (ohne MwSt.)",
        it: "Subtotale (IVA esclusa)",
        es: "Subtotal (sin IVA)",
    }
    Vat {
        en: "VAT {rate} %",
        fr: "TVA {rate} %",
        de: "MwSt. {rate} %",
        it: "IVA {rate}%",
        es: "IVA {rate} %",
    }
    TotalDue {
        en: "Total",
        fr: "Total",
        de: "Gesamtbetrag",
        it: "Totale",
        es: "Total",
    }
    ProFormaOf {
        en: "Made from the unpaid invoices: {numbers}",
        fr: "Établie à partir des factures impayées : {numbers}",
        de: "Erstellt aus den offenen Rechnungen: {numbers}",
        it: "Generata dalle fatture non pagate: {numbers}",
        es: "Generada a partir de las facturas impagadas: {numbers}",
    }
    PdfInvoice {
        en: "Invoice",
        fr: "Facture",
        de: "Rechnung",
        it: "Fattura",
        es: "Factura",
    }
    PdfProForma {
        en: "Pro forma invoice",
        fr: "Facture pro forma",
        de: "Proforma-Rechnung",
        it: "Fattura proforma",
        es: "Factura proforma",
    }
    PdfNumber {
        en: "Number: {number}",
        fr: "Numéro : {number}",
        de: "Nummer: {number}",
        it: "Numero: {number}",
        es: "Número: {number}",
    }
    PdfCurrency {
        en: "Amounts in {currency}",
        fr: "Montants en {currency}",
        de: "Beträge in {currency}",
        it: "Importi in {currency}",
        es: "Importes en {currency}",
    }
    PdfPaid {
        en: "Paid on {date}. Thank you.",
        fr: "Payée le {date}. Merci.",
        de: "Bezahlt am {date}. Vielen Dank.",
        it: "Pagata il {date}. Grazie.",
        es: "Pagada el {date}. Gracias.",
    }
    PdfFooter {
        en: "Orga — customer console",
        fr: "Orga — console client",
        de: "Orga – Kundenkonsole",
        it: "Orga — console clienti",
        es: "Orga — consola de clientes",
    }
    RefusedUnpaidFinal {
        en: "A final invoice can be downloaded once it is paid.",
        fr: "Une facture définitive peut être téléchargée une fois payée.",
        de: "Eine endgültige Rechnung kann erst nach ihrer Bezahlung heruntergeladen werden.",
        it: "Una fattura definitiva può essere scaricata solo dopo il pagamento.",
        es: "Una factura definitiva solo se puede descargar una vez pagada.",
    }
    RefusedCancelled {
        en: "A cancelled invoice cannot be downloaded.",
        fr: "Une facture annulée ne peut pas être téléchargée.",
        de: "Eine stornierte Rechnung kann nicht heruntergeladen werden.",
        it: "Una fattura annullata non può essere scaricata.",
        es: "Una factura anulada no se puede descargar.",
    }
    RefusedNotAwaitingPayment {
        en: "This invoice is not awaiting payment.",
        fr: "Cette facture n'attend pas de paiement.",
        de: "Für diese Rechnung steht keine Zahlung aus.",
        it: "Questa fattura non è in attesa di pagamento.",
        es: "Esta factura no está pendiente de pago.",
    }
    RefusedNothingSelected {
        en: "Select at least one invoice to pay.",
        fr: "Sélectionnez au moins une facture à payer.",
        de: "Wählen Sie mindestens eine zu zahlende Rechnung aus.",
        it: "Selezioni almeno una fattura da pagare.",
        es: "Seleccione al menos una factura para pagar.",
    }
    RefusedTooManySelected {
        en: "A pro forma gathers at most 50 invoices.",
        fr: "Une pro forma regroupe au plus 50 factures.",
        de: "Eine Proforma-Rechnung umfasst höchstens 50 Rechnungen.",
        it: "Una fattura proforma raggruppa al massimo 50 fatture.",
        es: "Una factura proforma agrupa como máximo 50 facturas.",
    }
    RefusedInsufficientBalance {
        en: "The prepaid balance does not cover the amount: top it up or pay another way.",
        fr: "Le solde prépayé ne couvre pas le montant : rechargez-le ou payez autrement.",
        de: "Das Prepaid-Guthaben deckt den Betrag nicht: Laden Sie es auf oder zahlen Sie auf andere Weise.",
        it: "Il credito prepagato non copre l'importo: lo ricarichi o paghi in un altro modo.",
        es: "El saldo prepago no cubre el importe: recárguelo o pague de otra forma.",
    }
    RefusedDeclined {
        en: "The payment was declined.",
        fr: "Le paiement a été refusé.",
        de: "Die Zahlung wurde abgelehnt.",
        it: "Il pagamento è stato rifiutato.",
        es: "Se ha rechazado el pago.",
    }
    RefusedNoSuchProfile {
        en: "This payment profile does not exist or was removed.",
        fr: "Ce profil de paiement n'existe pas ou a été retiré.",
        de: "Diese Zahlungsmethode existiert nicht oder wurde entfernt.",
        it: "Questo metodo di pagamento non esiste o è stato rimosso.",
        es: "Este método de pago no existe o se ha eliminado.",
    }
    RefusedAlreadySubscribed {
        en: "Premium support is already subscribed.",
        fr: "Le support premium est déjà souscrit.",
        de: "Der Premium-Support ist bereits abonniert.",
        it: "L'assistenza premium è già stata sottoscritta.",
        es: "El soporte premium ya está contratado.",
    }
    RefusedNotSubscribed {
        en: "Premium support is not subscribed, or already ends at the end of its term.",
        fr: "Le support premium n'est pas souscrit, ou prend déjà fin au terme de sa période.",
        de: "Der Premium-Support ist nicht abonniert oder endet bereits zum Ende der Laufzeit.",
        it: "L'assistenza premium non è sottoscritta o termina già alla fine del periodo in corso.",
        es: "El soporte premium no está contratado o ya finaliza al término de su periodo.",
    }
    SupportTitle {
        en: "Premium support",
        fr: "Support premium",
        de: "Premium-Support",
        it: "Assistenza premium",
        es: "Soporte premium",
    }
    SupportIntro {
        en: "Premium support answers your organization first, by phone and email, seven days a week, and follows each request until it is solved.",
        fr: "Le support premium répond en priorité à votre Organisation, par téléphone et e-mail, sept jours sur sept, et suit chaque demande jusqu'à sa résolution.",
        de: "Der Premium-Support beantwortet die Anfragen Ihrer Organisation vorrangig, per Telefon und E-Mail, an sieben Tagen pro Woche, und begleitet jede Anfrage bis zu ihrer Lösung.",
        it: "L'assistenza premium risponde con priorità alla sua Organizzazione, per telefono ed e-mail, sette giorni su sette, e segue ogni richiesta fino alla sua risoluzione.",
        es: "El soporte premium atiende a su Organización con prioridad, por teléfono y correo electrónico, los siete días de la semana, y sigue cada solicitud hasta resolverla.",
    }
    SupportPrice {
        en: "{price} per month, invoiced monthly and paid from the prepaid balance.",
        fr: "{price} par mois, facturé mensuellement et payé avec le solde prépayé.",
        de: "{price} pro Monat, monatlich abgerechnet und mit dem Prepaid-Guthaben bezahlt.",
        it: "{price} al mese, con fatturazione mensile e pagamento tramite il credito prepagato.",
        es: "{price} al mes, con facturación mensual y pago con el saldo prepago.",
    }
    SupportActive {
        en: "Premium support is active until {date}.",
        fr: "Le support premium est actif jusqu'au {date}.",
        de: "Der Premium-Support ist bis zum {date} aktiv.",
        it: "L'assistenza premium è attiva fino al {date}.",
        es: "El soporte premium está activo hasta el {date}.",
    }
    SupportEnding {
        en: "Premium support ends on {date} (cancelled at term).",
        fr: "Le support premium prend fin le {date} (résilié au terme).",
        de: "Der Premium-Support endet am {date} (zum Laufzeitende gekündigt).",
        it: "L'assistenza premium termina il {date} (disdetta alla scadenza).",
        es: "El soporte premium finaliza el {date} (cancelado al final del periodo).",
    }
    SupportInactive {
        en: "Your organization has no premium support.",
        fr: "Votre Organisation n'a pas de support premium.",
        de: "Ihre Organisation hat keinen Premium-Support.",
        it: "La sua Organizzazione non ha l'assistenza premium.",
        es: "Su Organización no tiene soporte premium.",
    }
    SupportSubscribe {
        en: "Subscribe to premium support",
        fr: "Souscrire au support premium",
        de: "Premium-Support abonnieren",
        it: "Sottoscrivi l'assistenza premium",
        es: "Contratar soporte premium",
    }
    SupportResume {
        en: "Keep premium support",
        fr: "Conserver le support premium",
        de: "Premium-Support behalten",
        it: "Mantieni l'assistenza premium",
        es: "Mantener el soporte premium",
    }
    SupportCancel {
        en: "Cancel at the end of the term",
        fr: "Résilier au terme",
        de: "Zum Laufzeitende kündigen",
        it: "Disdici alla scadenza",
        es: "Cancelar al final del periodo",
    }
    SupportSubscribed {
        en: "Premium support subscribed: invoice {number} paid.",
        fr: "Support premium souscrit : facture {number} payée.",
        de: "Premium-Support abonniert: Rechnung {number} bezahlt.",
        it: "Assistenza premium sottoscritta: fattura {number} pagata.",
        es: "Soporte premium contratado: factura {number} pagada.",
    }
    SupportCancelled {
        en: "Premium support will end on {date}.",
        fr: "Le support premium prendra fin le {date}.",
        de: "Der Premium-Support endet am {date}.",
        it: "L'assistenza premium terminerà il {date}.",
        es: "El soporte premium finalizará el {date}.",
    }
    SupportResumed {
        en: "Premium support continues.",
        fr: "Le support premium continue.",
        de: "Der Premium-Support wird fortgesetzt.",
        it: "L'assistenza premium continua.",
        es: "El soporte premium continúa.",
    }
    SupportLine {
        en: "Premium support, one month",
        fr: "Support premium, un mois",
        de: "Premium-Support, ein Monat",
        it: "Assistenza premium, un mese",
        es: "Soporte premium, un mes",
    }
    HelpTitle {
        en: "Help",
        fr: "Aide",
        de: "Hilfe",
        it: "Aiuto",
        es: "Ayuda",
    }
    HelpIntro {
        en: "Orga is where you manage what your organization bought and what it pays: members, products, invoices and security.",
        fr: "Orga est l'endroit où vous gérez ce que votre Organisation a acheté et ce qu'elle paie : membres, produits, factures et sécurité.",
        de: "In Orga verwalten Sie, was Ihre Organisation gekauft hat und was sie bezahlt: Mitglieder, Produkte, Rechnungen und Sicherheit.",
        it: "In Orga gestisce ciò che la sua Organizzazione ha acquistato e ciò che paga: membri, prodotti, fatture e sicurezza.",
        es: "En Orga gestiona lo que su Organización ha comprado y lo que paga: miembros, productos, facturas y seguridad.",
    }
    HelpCanTitle {
        en: "What support can do",
        fr: "Ce que le support peut faire",
        de: "Was der Support tun kann",
        it: "Cosa può fare l'assistenza",
        es: "Qué puede hacer el soporte",
    }
    HelpCan1 {
        en: "Help you use the console: members, roles, products, invoices, payments and security settings.",
        fr: "Vous aider à utiliser la console : membres, rôles, produits, factures, paiements et réglages de sécurité.",
        de: "Ihnen bei der Nutzung der Konsole helfen: Mitglieder, Rollen, Produkte, Rechnungen, Zahlungen und Sicherheitseinstellungen.",
        it: "Aiutarla a usare la console: membri, ruoli, prodotti, fatture, pagamenti e impostazioni di sicurezza.",
        es: "Ayudarle a usar la consola: miembros, roles, productos, facturas, pagos y ajustes de seguridad.",
    }
    HelpCan2 {
        en: "Answer questions about the infrastructure we run: domains, DNS, hosting, mail services, storage and their availability.",
        fr: "Répondre aux questions sur l'infrastructure que nous exploitons : domaines, DNS, hébergement, services mail, stockage et leur disponibilité.",
        de: "Fragen zu der von uns betriebenen Infrastruktur beantworten: Domains, DNS, Hosting, Mail-Dienste, Speicherplatz und deren Verfügbarkeit.",
        it: "Rispondere alle domande sull'infrastruttura che gestiamo: domini, DNS, hosting, servizi e-mail, spazio di archiviazione e relativa disponibilità.",
        es: "Responder a preguntas sobre la infraestructura que gestionamos: dominios, DNS, alojamiento, servicios de correo, almacenamiento y su disponibilidad.",
    }
    HelpCan3 {
        en: "Check an invoice, a payment or a renewal with you.",
        fr: "Vérifier avec vous une facture, un paiement ou un renouvellement.",
        de: "Eine Rechnung, eine Zahlung oder eine Verlängerung gemeinsam mit Ihnen prüfen.",
        it: "Verificare con Lei una fattura, un pagamento o un rinnovo.",
        es: "Revisar con usted una factura, un pago o una renovación.",
    }
    HelpCannotTitle {
        en: "What support cannot do",
        fr: "Ce que le support ne peut pas faire",
        de: "Was der Support nicht tun kann",
        it: "Cosa non può fare l'assistenza",
        es: "Qué no puede hacer el soporte",
    }
    HelpCannot1 {
        en: "Write, fix or design your website's content.",
        fr: "Rédiger, corriger ou concevoir le contenu de votre site web.",
        de: "Die Inhalte Ihrer Website schreiben, korrigieren oder gestalten.",
        it: "Scrivere, correggere o progettare i contenuti del suo sito web.",
        es: "Redactar, corregir o diseñar el contenido de su sitio web.",
    }
    HelpCannot2 {
        en: "Organize your mailboxes, folders or messages for you.",
        fr: "Organiser vos boîtes mail, dossiers ou messages à votre place.",
        de: "Ihre Postfächer, Ordner oder Nachrichten für Sie organisieren.",
        it: "Organizzare al suo posto caselle di posta, cartelle o messaggi.",
        es: "Organizar por usted sus buzones, carpetas o mensajes.",
    }
    HelpCannot3 {
        en: "Turn off a member's two-factor authentication or act in an organization without its legal representatives.",
        fr: "Désactiver la double authentification d'un membre ou agir dans une Organisation sans ses représentants légaux.",
        de: "Die Zwei-Faktor-Authentifizierung eines Mitglieds deaktivieren oder im Namen einer Organisation ohne deren gesetzliche Vertreter handeln.",
        it: "Disattivare l'autenticazione a due fattori di un membro o agire in un'Organizzazione senza i suoi rappresentanti legali.",
        es: "Desactivar la autenticación de dos factores de un miembro o actuar en una Organización sin sus representantes legales.",
    }
    HelpPremiumTitle {
        en: "Premium support",
        fr: "Support premium",
        de: "Premium-Support",
        it: "Assistenza premium",
        es: "Soporte premium",
    }
    HelpPremium {
        en: "With premium support, your organization is answered first, by phone too, every day. Legal representatives and administrators subscribe to it and cancel it at the end of a term from the organization's premium support page.",
        fr: "Avec le support premium, votre Organisation est servie en priorité, aussi par téléphone, tous les jours. Les représentants légaux et administrateurs le souscrivent et le résilient au terme depuis la page support premium de l'Organisation.",
        de: "Mit dem Premium-Support wird Ihre Organisation vorrangig betreut, auch per Telefon, und zwar an jedem Tag. Gesetzliche Vertreter und Administratoren abonnieren ihn auf der Premium-Support-Seite der Organisation und kündigen ihn dort zum Ende einer Laufzeit.",
        it: "Con l'assistenza premium, la sua Organizzazione riceve risposta con priorità, anche per telefono, tutti i giorni. I rappresentanti legali e gli amministratori la sottoscrivono e la disdicono alla fine di un periodo dalla pagina «Assistenza premium» dell'Organizzazione.",
        es: "Con el soporte premium, su Organización recibe atención prioritaria, también por teléfono, todos los días. Los representantes legales y los administradores lo contratan, y lo cancelan al final de un periodo, desde la página «Soporte premium» de la Organización.",
    }
    HelpPremiumLink {
        en: "Open premium support",
        fr: "Ouvrir le support premium",
        de: "Premium-Support öffnen",
        it: "Apri l'assistenza premium",
        es: "Abrir el soporte premium",
    }
    HelpTourTitle {
        en: "A short tour of the console",
        fr: "Petite visite de la console",
        de: "Ein kurzer Rundgang durch die Konsole",
        it: "Breve tour della console",
        es: "Un breve recorrido por la consola",
    }
    HelpTourHome {
        en: "Home: your organization at a glance and the invitations you received.",
        fr: "Accueil : votre Organisation en un coup d'œil et les invitations reçues.",
        de: "Startseite: Ihre Organisation auf einen Blick und die erhaltenen Einladungen.",
        it: "Home: la sua Organizzazione a colpo d'occhio e gli inviti ricevuti.",
        es: "Inicio: su Organización de un vistazo y las invitaciones recibidas.",
    }
    HelpTourSwitcher {
        en: "The square at top left: switch between your organizations.",
        fr: "Le carré en haut à gauche : passez d'une Organisation à l'autre.",
        de: "Das Quadrat oben links: Wechseln Sie zwischen Ihren Organisationen.",
        it: "Il quadrato in alto a sinistra: passi da un'Organizzazione all'altra.",
        es: "El cuadrado de arriba a la izquierda: pase de una Organización a otra.",
    }
    HelpTourMembers {
        en: "Members: invite people, give roles, billing rights and product access.",
        fr: "Membres : invitez des personnes, donnez des rôles, des droits de facturation et l'accès aux produits.",
        de: "Mitglieder: Personen einladen, Rollen, Abrechnungsrechte und Zugriff auf Produkte vergeben.",
        it: "Membri: inviti persone, assegni ruoli, diritti di fatturazione e accesso ai prodotti.",
        es: "Miembros: invite a personas y asigne roles, permisos de facturación y acceso a productos.",
    }
    HelpTourProducts {
        en: "Products: domains, hosting, mail and more, with their expiry and renewal.",
        fr: "Produits : domaines, hébergement, mail et plus, avec leur échéance et leur renouvellement.",
        de: "Produkte: Domains, Hosting, Mail und mehr, mit Ablaufdatum und Verlängerung.",
        it: "Prodotti: domini, hosting, e-mail e altro, con scadenza e rinnovo.",
        es: "Productos: dominios, alojamiento, correo y más, con su vencimiento y su renovación.",
    }
    HelpTourInvoices {
        en: "Invoices: the history, what is left to pay, pro forma invoices and PDFs.",
        fr: "Factures : l'historique, ce qui reste à payer, les factures pro forma et les PDF.",
        de: "Rechnungen: der Verlauf, offene Beträge, Proforma-Rechnungen und PDFs.",
        it: "Fatture: lo storico, ciò che resta da pagare, le fatture proforma e i PDF.",
        es: "Facturas: el historial, lo que queda por pagar, las facturas proforma y los PDF.",
    }
    HelpTourSettings {
        en: "Settings: the organization's details, billing addresses and logo.",
        fr: "Réglages : les coordonnées de l'Organisation, ses adresses de facturation et son logo.",
        de: "Einstellungen: die Angaben der Organisation, ihre Rechnungsadressen und ihr Logo.",
        it: "Impostazioni: i dati dell'Organizzazione, gli indirizzi di fatturazione e il logo.",
        es: "Configuración: los datos de la Organización, sus direcciones de facturación y su logotipo.",
    }
    HelpTourSecurity {
        en: "Security and your profile, from the menu at top right: two-factor authentication, sessions, password.",
        fr: "Sécurité et votre profil, depuis le menu en haut à droite : double authentification, sessions, mot de passe.",
        de: "Sicherheit und Ihr Profil, über das Menü oben rechts: Zwei-Faktor-Authentifizierung, Sitzungen, Passwort.",
        it: "Sicurezza e il suo profilo, dal menu in alto a destra: autenticazione a due fattori, sessioni, password.",
        es: "Seguridad y su perfil, desde el menú de arriba a la derecha: autenticación de dos factores, sesiones, contraseña.",
    }
}
