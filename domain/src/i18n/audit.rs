//! The audit log page and its CSV export: actions and fields in words.

use super::Lang;

catalogue! {
    AuditMsg;
    AuditTitle {
        en: "Audit log of {org}",
        fr: "Journal d'audit de {org}",
        de: "Audit-Protokoll von {org}",
        it: "Registro di audit di {org}",
        es: "Registro de auditoría de {org}",
    }
    AuditIntro {
        en: "Every change to the Organization, its members and invitations: who, what, when and from where. Newest first.",
        fr: "Chaque modification de l'Organisation, de ses membres et de ses invitations : qui, quoi, quand et d'où. Les plus récentes d'abord.",
        de: "Jede Änderung an der Organisation, ihren Mitgliedern und Einladungen: wer, was, wann und von wo. Die neuesten zuerst.",
        it: "Ogni modifica all'Organizzazione, ai suoi membri e agli inviti: chi, cosa, quando e da dove. Dai più recenti.",
        es: "Cada cambio en la Organización, sus miembros e invitaciones: quién, qué, cuándo y desde dónde. Primero los más recientes.",
    }
    AuditFilterMember {
        en: "Person",
        fr: "Personne",
        de: "Person",
        it: "Persona",
        es: "Persona",
    }
    AuditFilterAction {
        en: "Action",
        fr: "Action",
        de: "Aktion",
        it: "Azione",
        es: "Acción",
    }
    AuditAnyone {
        en: "Everyone",
        fr: "Tout le monde",
        de: "Alle",
        it: "Tutti",
        es: "Todos",
    }
    AuditAnyAction {
        en: "All actions",
        fr: "Toutes les actions",
        de: "Alle Aktionen",
        it: "Tutte le azioni",
        es: "Todas las acciones",
    }
    AuditExport {
        en: "Export as CSV",
        fr: "Exporter en CSV",
        de: "Als CSV exportieren",
        it: "Esporta in CSV",
        es: "Exportar como CSV",
    }
    AuditExporting {
        en: "Preparing the file…",
        fr: "Préparation du fichier…",
        de: "Datei wird vorbereitet…",
        it: "Preparazione del file…",
        es: "Preparando el archivo…",
    }
    AuditExported {
        en: "The file {file} is downloaded.",
        fr: "Le fichier {file} est téléchargé.",
        de: "Die Datei {file} wurde heruntergeladen.",
        it: "Il file {file} è stato scaricato.",
        es: "Se ha descargado el archivo {file}.",
    }
    AuditExportTruncated {
        en: "The file {file} is downloaded. It holds the newest {rows} entries only: narrow the filter to export the others.",
        fr: "Le fichier {file} est téléchargé. Il ne contient que les {rows} entrées les plus récentes : affinez le filtre pour exporter les autres.",
        de: "Die Datei {file} wurde heruntergeladen. Sie enthält nur die {rows} neuesten Einträge: Schränken Sie den Filter ein, um die übrigen zu exportieren.",
        it: "Il file {file} è stato scaricato. Contiene solo le {rows} voci più recenti: restringa il filtro per esportare le altre.",
        es: "Se ha descargado el archivo {file}. Solo contiene las {rows} entradas más recientes: acote el filtro para exportar las demás.",
    }
    AuditNone {
        en: "No entry matches.",
        fr: "Aucune entrée ne correspond.",
        de: "Keine passenden Einträge.",
        it: "Nessuna voce corrispondente.",
        es: "Ninguna entrada coincide.",
    }
    AuditMore {
        en: "Show older entries",
        fr: "Afficher les entrées plus anciennes",
        de: "Ältere Einträge anzeigen",
        it: "Mostra voci meno recenti",
        es: "Mostrar entradas anteriores",
    }
    AuditEntries {
        en: "Entries of the audit log",
        fr: "Entrées du journal d'audit",
        de: "Einträge des Audit-Protokolls",
        it: "Voci del registro di audit",
        es: "Entradas del registro de auditoría",
    }
    AuditFrom {
        en: "From {ip}",
        fr: "Depuis {ip}",
        de: "IP-Adresse {ip}",
        it: "Indirizzo IP {ip}",
        es: "Desde {ip}",
    }
    AuditBy {
        en: "By {actor}",
        fr: "Par {actor}",
        de: "Durch {actor}",
        it: "Da {actor}",
        es: "Por {actor}",
    }
    AuditConcerns {
        en: "Concerns {target}",
        fr: "Concerne {target}",
        de: "Betrifft {target}",
        it: "Riguarda {target}",
        es: "Afecta a {target}",
    }
    AuditSystem {
        en: "Orga (automatic)",
        fr: "Orga (automatique)",
        de: "Orga (automatisch)",
        it: "Orga (automatico)",
        es: "Orga (automático)",
    }
    AuditDeletedAccount {
        en: "a deleted account",
        fr: "un compte supprimé",
        de: "ein gelöschtes Konto",
        it: "un account eliminato",
        es: "una cuenta eliminada",
    }
    AuditBefore {
        en: "before",
        fr: "avant",
        de: "vorher",
        it: "prima",
        es: "antes",
    }
    AuditAfter {
        en: "after",
        fr: "après",
        de: "nachher",
        it: "dopo",
        es: "después",
    }
    AuditYes {
        en: "yes",
        fr: "oui",
        de: "ja",
        it: "sì",
        es: "sí",
    }
    AuditNo {
        en: "no",
        fr: "non",
        de: "nein",
        it: "no",
        es: "no",
    }
    AuditNothing {
        en: "(none)",
        fr: "(aucun)",
        de: "(keine)",
        it: "(nessuno)",
        es: "(ninguno)",
    }
    AuditChangeLine {
        en: "{field}: {before} → {after}",
        fr: "{field} : {before} → {after}",
        de: "{field}: {before} → {after}",
        it: "{field}: {before} → {after}",
        es: "{field}: {before} → {after}",
    }
    AuditValueLine {
        en: "{field}: {value}",
        fr: "{field} : {value}",
        de: "{field}: {value}",
        it: "{field}: {value}",
        es: "{field}: {value}",
    }
    // CSV column titles.
    AuditColTime {
        en: "Time (UTC)",
        fr: "Date et heure (UTC)",
        de: "Datum und Uhrzeit (UTC)",
        it: "Data e ora (UTC)",
        es: "Fecha y hora (UTC)",
    }
    AuditColActor {
        en: "By",
        fr: "Par",
        de: "Ausgeführt von",
        it: "Autore",
        es: "Autor",
    }
    AuditColActorEmail {
        en: "By (email)",
        fr: "Par (e-mail)",
        de: "Ausgeführt von (E-Mail)",
        it: "Autore (e-mail)",
        es: "Autor (correo electrónico)",
    }
    AuditColAction {
        en: "Action",
        fr: "Action",
        de: "Aktion",
        it: "Azione",
        es: "Acción",
    }
    AuditColActionCode {
        en: "Action code",
        fr: "Code de l'action",
        de: "Aktionscode",
        it: "Codice azione",
        es: "Código de acción",
    }
    AuditColTarget {
        en: "Concerns",
        fr: "Concerne",
        de: "Betrifft",
        it: "Riguarda",
        es: "Afecta a",
    }
    AuditColTargetEmail {
        en: "Concerns (email)",
        fr: "Concerne (e-mail)",
        de: "Betrifft (E-Mail)",
        it: "Riguarda (e-mail)",
        es: "Afecta a (correo electrónico)",
    }
    AuditColDetails {
        en: "Details",
        fr: "Détails",
        de: "Details",
        it: "Dettagli",
        es: "Detalles",
    }
    AuditColIp {
        en: "IP address",
        fr: "Adresse IP",
        de: "IP-Adresse",
        it: "Indirizzo IP",
        es: "Dirección IP",
    }
    // Actions.
    ActOrganizationCreated {
        en: "Organization created",
        fr: "Organisation créée",
        de: "Organisation erstellt",
        it: "Organizzazione creata",
        es: "Organización creada",
    }
    ActOrganizationDetailsChanged {
        en: "Organization details changed",
        fr: "Coordonnées de l'Organisation modifiées",
        de: "Angaben zur Organisation geändert",
        it: "Dati dell'Organizzazione modificati",
        es: "Datos de la Organización modificados",
    }
    ActOrganizationCustomized {
        en: "Organization appearance changed",
        fr: "Apparence de l'Organisation modifiée",
        de: "Erscheinungsbild der Organisation geändert",
        it: "Aspetto dell'Organizzazione modificato",
        es: "Apariencia de la Organización modificada",
    }
    ActOrganizationDeleted {
        en: "Organization deleted",
        fr: "Organisation supprimée",
        de: "Organisation gelöscht",
        it: "Organizzazione eliminata",
        es: "Organización eliminada",
    }
    ActMemberJoined {
        en: "Joined the Organization",
        fr: "A rejoint l'Organisation",
        de: "Der Organisation beigetreten",
        it: "Ingresso nell'Organizzazione",
        es: "Se unió a la Organización",
    }
    ActMemberLeft {
        en: "Left the Organization",
        fr: "A quitté l'Organisation",
        de: "Organisation verlassen",
        it: "Uscita dall'Organizzazione",
        es: "Abandonó la Organización",
    }
    ActMemberRoleChanged {
        en: "Role changed",
        fr: "Rôle modifié",
        de: "Rolle geändert",
        it: "Ruolo modificato",
        es: "Rol cambiado",
    }
    ActMemberPermissionsChanged {
        en: "Permissions changed",
        fr: "Autorisations modifiées",
        de: "Berechtigungen geändert",
        it: "Autorizzazioni modificate",
        es: "Permisos cambiados",
    }
    ActMemberRemoved {
        en: "Removed from the Organization",
        fr: "Retiré de l'Organisation",
        de: "Aus der Organisation entfernt",
        it: "Rimozione dall'Organizzazione",
        es: "Quitado de la Organización",
    }
    ActMemberBlocked {
        en: "Member blocked",
        fr: "Membre bloqué",
        de: "Mitglied gesperrt",
        it: "Membro bloccato",
        es: "Miembro bloqueado",
    }
    ActMemberUnblocked {
        en: "Member unblocked",
        fr: "Membre débloqué",
        de: "Mitglied entsperrt",
        it: "Membro sbloccato",
        es: "Miembro desbloqueado",
    }
    ActInvitationCreated {
        en: "Invitation sent",
        fr: "Invitation envoyée",
        de: "Einladung gesendet",
        it: "Invito inviato",
        es: "Invitación enviada",
    }
    ActInvitationResent {
        en: "Invitation sent again",
        fr: "Invitation renvoyée",
        de: "Einladung erneut gesendet",
        it: "Invito inviato di nuovo",
        es: "Invitación reenviada",
    }
    ActInvitationRevoked {
        en: "Invitation revoked",
        fr: "Invitation révoquée",
        de: "Einladung widerrufen",
        it: "Invito revocato",
        es: "Invitación revocada",
    }
    ActInvitationAccepted {
        en: "Invitation accepted",
        fr: "Invitation acceptée",
        de: "Einladung angenommen",
        it: "Invito accettato",
        es: "Invitación aceptada",
    }
    ActInvitationDeclined {
        en: "Invitation declined",
        fr: "Invitation refusée",
        de: "Einladung abgelehnt",
        it: "Invito rifiutato",
        es: "Invitación rechazada",
    }
    ActAuditExported {
        en: "Audit log exported",
        fr: "Journal d'audit exporté",
        de: "Audit-Protokoll exportiert",
        it: "Registro di audit esportato",
        es: "Registro de auditoría exportado",
    }
    ActApiKeyCreated {
        en: "API key created",
        fr: "Clé d'API créée",
        de: "API-Schlüssel erstellt",
        it: "Chiave API creata",
        es: "Clave de API creada",
    }
    ActApiKeyRevoked {
        en: "API key revoked",
        fr: "Clé d'API révoquée",
        de: "API-Schlüssel widerrufen",
        it: "Chiave API revocata",
        es: "Clave de API revocada",
    }
    ActEmbedOriginAdded {
        en: "Embedding origin allowed",
        fr: "Origine d'intégration autorisée",
        de: "Zugelassene Website hinzugefügt",
        it: "Origine di incorporamento autorizzata",
        es: "Origen de inserción autorizado",
    }
    ActEmbedOriginRemoved {
        en: "Embedding origin removed",
        fr: "Origine d'intégration retirée",
        de: "Zugelassene Website entfernt",
        it: "Origine di incorporamento rimossa",
        es: "Origen de inserción eliminado",
    }
    ActTwoFactorRequirementChanged {
        en: "Two-factor requirement changed",
        fr: "Exigence de double authentification modifiée",
        de: "Pflicht zur Zwei-Faktor-Authentifizierung geändert",
        it: "Obbligo di autenticazione a due fattori modificato",
        es: "Requisito de autenticación de dos factores modificado",
    }
    ActSecurityAlertSent {
        en: "Security alert sent",
        fr: "Alerte de sécurité envoyée",
        de: "Sicherheitswarnung gesendet",
        it: "Avviso di sicurezza inviato",
        es: "Alerta de seguridad enviada",
    }
    ActShopOrdered {
        en: "Order placed in the shop",
        fr: "Commande passée dans la boutique",
        de: "Bestellung im Shop aufgegeben",
        it: "Ordine effettuato nel negozio",
        es: "Pedido realizado en la tienda",
    }
    ActBillingDefaultMeansChanged {
        en: "Default means of payment changed",
        fr: "Moyen de paiement par défaut modifié",
        de: "Standard-Zahlungsmethode geändert",
        it: "Metodo di pagamento predefinito modificato",
        es: "Método de pago predeterminado cambiado",
    }
    ActBillingPaymentConfirmed {
        en: "Payment confirmed by the provider",
        fr: "Paiement confirmé par le prestataire",
        de: "Zahlung vom Anbieter bestätigt",
        it: "Pagamento confermato dal fornitore",
        es: "Pago confirmado por el proveedor",
    }
    ActBillingPaymentDeclined {
        en: "Payment declined by the provider",
        fr: "Paiement refusé par le prestataire",
        de: "Zahlung vom Anbieter abgelehnt",
        it: "Pagamento rifiutato dal fornitore",
        es: "Pago rechazado por el proveedor",
    }
    ActBillingProfileAdded {
        en: "Payment profile added",
        fr: "Profil de paiement ajouté",
        de: "Zahlungsprofil hinzugefügt",
        it: "Profilo di pagamento aggiunto",
        es: "Perfil de pago añadido",
    }
    ActBillingProfileRemoved {
        en: "Payment profile removed",
        fr: "Profil de paiement supprimé",
        de: "Zahlungsprofil entfernt",
        it: "Profilo di pagamento rimosso",
        es: "Perfil de pago eliminado",
    }
    ActBillingTopUp {
        en: "Prepaid balance topped up",
        fr: "Solde prépayé alimenté",
        de: "Prepaid-Guthaben aufgeladen",
        it: "Credito prepagato ricaricato",
        es: "Saldo prepago recargado",
    }
    ActBillingWithdrawal {
        en: "Withdrawal from the prepaid balance",
        fr: "Retrait du solde prépayé",
        de: "Abbuchung vom Prepaid-Guthaben",
        it: "Prelievo dal credito prepagato",
        es: "Cargo al saldo prepago",
    }
    ActInvoicePaid {
        en: "Invoice paid",
        fr: "Facture payée",
        de: "Rechnung bezahlt",
        it: "Fattura pagata",
        es: "Factura pagada",
    }
    ActInvoiceProFormaMade {
        en: "Pro forma invoice made",
        fr: "Facture pro forma établie",
        de: "Proforma-Rechnung erstellt",
        it: "Fattura proforma emessa",
        es: "Factura proforma emitida",
    }
    ActProductBlocked {
        en: "Product blocked",
        fr: "Produit bloqué",
        de: "Produkt gesperrt",
        it: "Prodotto bloccato",
        es: "Producto bloqueado",
    }
    ActProductUnblocked {
        en: "Product unblocked",
        fr: "Produit débloqué",
        de: "Produkt entsperrt",
        it: "Prodotto sbloccato",
        es: "Producto desbloqueado",
    }
    ActProductExpired {
        en: "Product expired",
        fr: "Produit expiré",
        de: "Produkt abgelaufen",
        it: "Prodotto scaduto",
        es: "Producto caducado",
    }
    ActProductMaintenanceOn {
        en: "Maintenance mode turned on",
        fr: "Mode maintenance activé",
        de: "Wartungsmodus aktiviert",
        it: "Modalità manutenzione attivata",
        es: "Modo de mantenimiento activado",
    }
    ActProductMaintenanceOff {
        en: "Maintenance mode turned off",
        fr: "Mode maintenance désactivé",
        de: "Wartungsmodus deaktiviert",
        it: "Modalità manutenzione disattivata",
        es: "Modo de mantenimiento desactivado",
    }
    ActProductRedemptionStarted {
        en: "Domain in redemption",
        fr: "Domaine en rédemption",
        de: "Domain in der Redemption-Phase",
        it: "Dominio in fase di redemption",
        es: "Dominio en periodo de redención",
    }
    ActProductReleased {
        en: "Domain released",
        fr: "Domaine libéré",
        de: "Domain freigegeben",
        it: "Dominio rilasciato",
        es: "Dominio liberado",
    }
    ActProductRenewalInvoiced {
        en: "Renewal invoiced",
        fr: "Renouvellement facturé",
        de: "Verlängerung in Rechnung gestellt",
        it: "Rinnovo fatturato",
        es: "Renovación facturada",
    }
    ActProductRenewalUnpaid {
        en: "Renewal payment failed",
        fr: "Échec du paiement du renouvellement",
        de: "Zahlung der Verlängerung fehlgeschlagen",
        it: "Pagamento del rinnovo non riuscito",
        es: "Fallo en el pago de la renovación",
    }
    ActProductRenewalWarrantyChanged {
        en: "Renewal warranty changed",
        fr: "Garantie de renouvellement modifiée",
        de: "Verlängerungsgarantie geändert",
        it: "Garanzia di rinnovo modificata",
        es: "Garantía de renovación modificada",
    }
    ActProductRenewed {
        en: "Product renewed",
        fr: "Produit renouvelé",
        de: "Produkt verlängert",
        it: "Prodotto rinnovato",
        es: "Producto renovado",
    }
    ActProductRestored {
        en: "Domain restored",
        fr: "Domaine restauré",
        de: "Domain wiederhergestellt",
        it: "Dominio ripristinato",
        es: "Dominio restaurado",
    }
    ActProductTerminated {
        en: "Product terminated",
        fr: "Produit résilié",
        de: "Produkt gekündigt",
        it: "Prodotto disdetto",
        es: "Producto cancelado",
    }
    ActProductTerminationRequested {
        en: "Termination requested",
        fr: "Résiliation demandée",
        de: "Kündigung beantragt",
        it: "Disdetta richiesta",
        es: "Cancelación solicitada",
    }
    ActProductUpgraded {
        en: "Product upgraded",
        fr: "Produit mis à niveau",
        de: "Produkt-Upgrade durchgeführt",
        it: "Upgrade del prodotto effettuato",
        es: "Producto mejorado",
    }
    FieldRequireTwoFactor {
        en: "Two-factor authentication required",
        fr: "Double authentification exigée",
        de: "Zwei-Faktor-Authentifizierung erforderlich",
        it: "Autenticazione a due fattori obbligatoria",
        es: "Autenticación de dos factores obligatoria",
    }
    // Fields of the details.
    FieldRole {
        en: "Role",
        fr: "Rôle",
        de: "Rolle",
        it: "Ruolo",
        es: "Rol",
    }
    FieldEmail {
        en: "Email",
        fr: "E-mail",
        de: "E-Mail",
        it: "E-mail",
        es: "Correo electrónico",
    }
    FieldName {
        en: "Name",
        fr: "Nom",
        de: "Name",
        it: "Nome",
        es: "Nombre",
    }
    FieldBillingRights {
        en: "Billing rights",
        fr: "Droits de facturation",
        de: "Abrechnungsrechte",
        it: "Diritti di fatturazione",
        es: "Permisos de facturación",
    }
    FieldRows {
        en: "Entries",
        fr: "Entrées",
        de: "Einträge",
        it: "Voci",
        es: "Entradas",
    }
    FieldMember {
        en: "Person",
        fr: "Personne",
        de: "Person",
        it: "Persona",
        es: "Persona",
    }
    FieldAction {
        en: "Action",
        fr: "Action",
        de: "Aktion",
        it: "Azione",
        es: "Acción",
    }
    FieldKind {
        en: "Account type",
        fr: "Type de compte",
        de: "Kontotyp",
        it: "Tipo di account",
        es: "Tipo de cuenta",
    }
    FieldInvoiceLanguage {
        en: "Language of invoices",
        fr: "Langue des factures",
        de: "Sprache der Rechnungen",
        it: "Lingua delle fatture",
        es: "Idioma de las facturas",
    }
}

impl AuditMsg {
    /// An action of the log in words; `None` for one this version does not know (shown
    /// as its name).
    pub fn for_action(action: &str) -> Option<AuditMsg> {
        Some(match action {
            "organization.created" => AuditMsg::ActOrganizationCreated,
            "organization.details_changed" | "organization.renamed" => AuditMsg::ActOrganizationDetailsChanged,
            "organization.customized" | "organization.logo_changed" => AuditMsg::ActOrganizationCustomized,
            "organization.deleted" => AuditMsg::ActOrganizationDeleted,
            "member.joined" => AuditMsg::ActMemberJoined,
            "member.left" => AuditMsg::ActMemberLeft,
            "member.role_changed" => AuditMsg::ActMemberRoleChanged,
            "member.permissions_changed" => AuditMsg::ActMemberPermissionsChanged,
            "member.removed" => AuditMsg::ActMemberRemoved,
            "member.blocked" => AuditMsg::ActMemberBlocked,
            "member.unblocked" => AuditMsg::ActMemberUnblocked,
            "invitation.created" => AuditMsg::ActInvitationCreated,
            "invitation.resent" => AuditMsg::ActInvitationResent,
            "invitation.revoked" => AuditMsg::ActInvitationRevoked,
            "invitation.accepted" => AuditMsg::ActInvitationAccepted,
            "invitation.declined" => AuditMsg::ActInvitationDeclined,
            "audit.exported" => AuditMsg::ActAuditExported,
            "api_key.created" => AuditMsg::ActApiKeyCreated,
            "api_key.revoked" => AuditMsg::ActApiKeyRevoked,
            "embed.origin_added" => AuditMsg::ActEmbedOriginAdded,
            "embed.origin_removed" => AuditMsg::ActEmbedOriginRemoved,
            "organization.two_factor_requirement_changed" => AuditMsg::ActTwoFactorRequirementChanged,
            "member.security_alert_sent" => AuditMsg::ActSecurityAlertSent,
            "shop.ordered" => AuditMsg::ActShopOrdered,
            "billing.default_means_changed" => AuditMsg::ActBillingDefaultMeansChanged,
            "billing.payment_confirmed" => AuditMsg::ActBillingPaymentConfirmed,
            "billing.payment_declined" => AuditMsg::ActBillingPaymentDeclined,
            "billing.profile_added" => AuditMsg::ActBillingProfileAdded,
            "billing.profile_removed" => AuditMsg::ActBillingProfileRemoved,
            "billing.top_up" => AuditMsg::ActBillingTopUp,
            "billing.withdrawal" => AuditMsg::ActBillingWithdrawal,
            "invoice.paid" => AuditMsg::ActInvoicePaid,
            "invoice.pro_forma_made" => AuditMsg::ActInvoiceProFormaMade,
            "product.blocked" => AuditMsg::ActProductBlocked,
            "product.unblocked" => AuditMsg::ActProductUnblocked,
            "product.expired" => AuditMsg::ActProductExpired,
            "product.maintenance_on" => AuditMsg::ActProductMaintenanceOn,
            "product.maintenance_off" => AuditMsg::ActProductMaintenanceOff,
            "product.redemption_started" => AuditMsg::ActProductRedemptionStarted,
            "product.released" => AuditMsg::ActProductReleased,
            "product.renewal_invoiced" => AuditMsg::ActProductRenewalInvoiced,
            "product.renewal_unpaid" => AuditMsg::ActProductRenewalUnpaid,
            "product.renewal_warranty_changed" => AuditMsg::ActProductRenewalWarrantyChanged,
            "product.renewed" => AuditMsg::ActProductRenewed,
            "product.restored" => AuditMsg::ActProductRestored,
            "product.terminated" => AuditMsg::ActProductTerminated,
            "product.termination_requested" => AuditMsg::ActProductTerminationRequested,
            "product.upgraded" => AuditMsg::ActProductUpgraded,
            _ => return None,
        })
    }

    /// A field of an entry's details in words; `None` for one this version does not know.
    pub fn for_field(field: &str) -> Option<AuditMsg> {
        Some(match field {
            "role" => AuditMsg::FieldRole,
            "email" => AuditMsg::FieldEmail,
            "name" => AuditMsg::FieldName,
            "billing_rights" => AuditMsg::FieldBillingRights,
            "rows" => AuditMsg::FieldRows,
            "member" => AuditMsg::FieldMember,
            "action" => AuditMsg::FieldAction,
            "kind" => AuditMsg::FieldKind,
            "require_two_factor" => AuditMsg::FieldRequireTwoFactor,
            "invoice_lang" => AuditMsg::FieldInvoiceLanguage,
            _ => return None,
        })
    }
}

/// The action in words in `lang`, or its name when unknown.
pub fn action_text(action: &str, lang: Lang) -> String {
    AuditMsg::for_action(action).map_or_else(|| action.to_string(), |m| m.text(lang).to_string())
}

/// The field in words in `lang`, or its name when unknown.
pub fn field_text(field: &str, lang: Lang) -> String {
    AuditMsg::for_field(field).map_or_else(|| field.replace('_', " "), |m| m.text(lang).to_string())
}

/// A value of the details in words: roles, yes/no and actions translated, anything else
/// as it is.
pub fn value_text(field: &str, value: &str, lang: Lang) -> String {
    if let Some(role) = crate::Role::parse(value) {
        return role.label().text(lang).to_string();
    }
    if let Some(kind) = crate::AccountType::parse(value).filter(|_| field == "kind") {
        return kind.label().text(lang).to_string();
    }
    match (field, value) {
        ("invoice_lang", code) => {
            Lang::from_tag(code).map_or_else(|| code.to_string(), |l| l.native_name().to_string())
        }
        (_, "true") => AuditMsg::AuditYes.text(lang).to_string(),
        (_, "false") => AuditMsg::AuditNo.text(lang).to_string(),
        ("action", a) => action_text(a, lang),
        _ => value.to_string(),
    }
}

/// One changed value on one line: `Role: Administrator → Collaborator`, or
/// `Email: a@b.ch` when there is no "before".
pub fn change_text(field: &str, before: Option<&str>, after: Option<&str>, lang: Lang) -> String {
    let value = |v: Option<&str>| match v {
        Some(v) => value_text(field, v, lang),
        None => AuditMsg::AuditNothing.text(lang).to_string(),
    };
    let name = field_text(field, lang);
    match before {
        Some(_) => AuditMsg::AuditChangeLine
            .fill(lang, &[("field", &name), ("before", &value(before)), ("after", &value(after))]),
        None => AuditMsg::AuditValueLine.fill(lang, &[("field", &name), ("value", &value(after))]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn actions_fields_and_values_read_as_words() {
        assert_eq!(action_text("member.role_changed", Lang::Fr), "Rôle modifié");
        assert_eq!(action_text("something.new", Lang::En), "something.new");
        assert_eq!(field_text("billing_rights", Lang::En), "Billing rights");
        assert_eq!(field_text("seat_count", Lang::En), "seat count");
        assert_eq!(value_text("role", "administrator", Lang::Fr), "Administrateur");
        assert_eq!(value_text("billing_rights", "true", Lang::Fr), "oui");
        assert_eq!(field_text("kind", Lang::En), "Account type");
        assert_eq!(value_text("email", "a@b.ch", Lang::Fr), "a@b.ch");
        assert_eq!(
            change_text("role", Some("administrator"), Some("external"), Lang::Fr),
            "Rôle : Administrateur → Utilisateur externe"
        );
        assert_eq!(change_text("role", Some("administrator"), None, Lang::En), "Role: Administrator → (none)");
    }
}

#[cfg(test)]
mod billing_words {
    use super::*;

    /// Every action the products and billing features write to the log reads as words.
    #[test]
    fn product_and_billing_actions_read_as_words() {
        let codes = [
            "billing.default_means_changed",
            "billing.payment_confirmed",
            "billing.payment_declined",
            "billing.profile_added",
            "billing.profile_removed",
            "billing.top_up",
            "billing.withdrawal",
            "invoice.paid",
            "invoice.pro_forma_made",
            "product.blocked",
            "product.unblocked",
            "product.expired",
            "product.maintenance_on",
            "product.maintenance_off",
            "product.redemption_started",
            "product.released",
            "product.renewal_invoiced",
            "product.renewal_unpaid",
            "product.renewal_warranty_changed",
            "product.renewed",
            "product.restored",
            "product.terminated",
            "product.termination_requested",
            "product.upgraded",
            "api_key.created",
            "api_key.revoked",
            "embed.origin_added",
            "embed.origin_removed",
        ];
        for code in codes {
            for lang in [Lang::En, Lang::Fr] {
                let text = action_text(code, lang);
                assert_ne!(text, code, "{code} in {lang:?}");
                assert!(!text.contains('.') && !text.contains('_'), "{code}: {text}");
            }
        }
        assert_eq!(action_text("product.terminated", Lang::Fr), "Produit résilié");
    }
}
