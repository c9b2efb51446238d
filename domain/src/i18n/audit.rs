//! The audit log page and its CSV export: actions and fields in words.

use super::Lang;

catalogue! {
    AuditMsg;
    AuditTitle { en: "Audit log of {org}", fr: "Journal d'audit de {org}" }
    AuditIntro { en: "Every change to the Organization, its members and invitations: who, what, when and from where. Newest first.", fr: "Chaque modification de l'Organisation, de ses membres et de ses invitations : qui, quoi, quand et d'où. Les plus récentes d'abord." }
    AuditFilterMember { en: "Person", fr: "Personne" }
    AuditFilterAction { en: "Action", fr: "Action" }
    AuditAnyone { en: "Everyone", fr: "Tout le monde" }
    AuditAnyAction { en: "All actions", fr: "Toutes les actions" }
    AuditExport { en: "Export as CSV", fr: "Exporter en CSV" }
    AuditExporting { en: "Preparing the file…", fr: "Préparation du fichier…" }
    AuditExported { en: "The file {file} is downloaded.", fr: "Le fichier {file} est téléchargé." }
    AuditExportTruncated { en: "The file {file} is downloaded. It holds the newest {rows} entries only: narrow the filter to export the others.", fr: "Le fichier {file} est téléchargé. Il ne contient que les {rows} entrées les plus récentes : affinez le filtre pour exporter les autres." }
    AuditNone { en: "No entry matches.", fr: "Aucune entrée ne correspond." }
    AuditMore { en: "Show older entries", fr: "Afficher les entrées plus anciennes" }
    AuditEntries { en: "Entries of the audit log", fr: "Entrées du journal d'audit" }
    AuditFrom { en: "From {ip}", fr: "Depuis {ip}" }
    AuditBy { en: "By {actor}", fr: "Par {actor}" }
    AuditConcerns { en: "Concerns {target}", fr: "Concerne {target}" }
    AuditSystem { en: "Orga (automatic)", fr: "Orga (automatique)" }
    AuditDeletedAccount { en: "a deleted account", fr: "un compte supprimé" }
    AuditBefore { en: "before", fr: "avant" }
    AuditAfter { en: "after", fr: "après" }
    AuditYes { en: "yes", fr: "oui" }
    AuditNo { en: "no", fr: "non" }
    AuditNothing { en: "(none)", fr: "(aucun)" }
    AuditChangeLine { en: "{field}: {before} → {after}", fr: "{field} : {before} → {after}" }
    AuditValueLine { en: "{field}: {value}", fr: "{field} : {value}" }
    // CSV column titles.
    AuditColTime { en: "Time (UTC)", fr: "Date et heure (UTC)" }
    AuditColActor { en: "By", fr: "Par" }
    AuditColActorEmail { en: "By (email)", fr: "Par (e-mail)" }
    AuditColAction { en: "Action", fr: "Action" }
    AuditColActionCode { en: "Action code", fr: "Code de l'action" }
    AuditColTarget { en: "Concerns", fr: "Concerne" }
    AuditColTargetEmail { en: "Concerns (email)", fr: "Concerne (e-mail)" }
    AuditColDetails { en: "Details", fr: "Détails" }
    AuditColIp { en: "IP address", fr: "Adresse IP" }
    // Actions.
    ActOrganizationCreated { en: "Organization created", fr: "Organisation créée" }
    ActOrganizationDetailsChanged { en: "Organization details changed", fr: "Coordonnées de l'Organisation modifiées" }
    ActOrganizationCustomized { en: "Organization appearance changed", fr: "Apparence de l'Organisation modifiée" }
    ActOrganizationDeleted { en: "Organization deleted", fr: "Organisation supprimée" }
    ActMemberJoined { en: "Joined the Organization", fr: "A rejoint l'Organisation" }
    ActMemberLeft { en: "Left the Organization", fr: "A quitté l'Organisation" }
    ActMemberRoleChanged { en: "Role changed", fr: "Rôle modifié" }
    ActMemberPermissionsChanged { en: "Permissions changed", fr: "Autorisations modifiées" }
    ActMemberRemoved { en: "Removed from the Organization", fr: "Retiré de l'Organisation" }
    ActMemberBlocked { en: "Member blocked", fr: "Membre bloqué" }
    ActMemberUnblocked { en: "Member unblocked", fr: "Membre débloqué" }
    ActInvitationCreated { en: "Invitation sent", fr: "Invitation envoyée" }
    ActInvitationResent { en: "Invitation sent again", fr: "Invitation renvoyée" }
    ActInvitationRevoked { en: "Invitation revoked", fr: "Invitation révoquée" }
    ActInvitationAccepted { en: "Invitation accepted", fr: "Invitation acceptée" }
    ActInvitationDeclined { en: "Invitation declined", fr: "Invitation refusée" }
    ActAuditExported { en: "Audit log exported", fr: "Journal d'audit exporté" }
    ActApiKeyCreated { en: "API key created", fr: "Clé d'API créée" }
    ActApiKeyRevoked { en: "API key revoked", fr: "Clé d'API révoquée" }
    ActEmbedOriginAdded { en: "Embedding origin allowed", fr: "Origine d'intégration autorisée" }
    ActEmbedOriginRemoved { en: "Embedding origin removed", fr: "Origine d'intégration retirée" }
    ActTwoFactorRequirementChanged { en: "Two-factor requirement changed", fr: "Exigence de double authentification modifiée" }
    ActSecurityAlertSent { en: "Security alert sent", fr: "Alerte de sécurité envoyée" }
    ActShopOrdered { en: "Order placed in the shop", fr: "Commande passée dans la boutique" }
    ActBillingDefaultMeansChanged { en: "Default means of payment changed", fr: "Moyen de paiement par défaut modifié" }
    ActBillingPaymentConfirmed { en: "Payment confirmed by the provider", fr: "Paiement confirmé par le prestataire" }
    ActBillingPaymentDeclined { en: "Payment declined by the provider", fr: "Paiement refusé par le prestataire" }
    ActBillingProfileAdded { en: "Payment profile added", fr: "Profil de paiement ajouté" }
    ActBillingProfileRemoved { en: "Payment profile removed", fr: "Profil de paiement supprimé" }
    ActBillingTopUp { en: "Prepaid balance topped up", fr: "Solde prépayé alimenté" }
    ActBillingWithdrawal { en: "Withdrawal from the prepaid balance", fr: "Retrait du solde prépayé" }
    ActInvoicePaid { en: "Invoice paid", fr: "Facture payée" }
    ActInvoiceProFormaMade { en: "Pro forma invoice made", fr: "Facture pro forma établie" }
    ActProductBlocked { en: "Product blocked", fr: "Produit bloqué" }
    ActProductUnblocked { en: "Product unblocked", fr: "Produit débloqué" }
    ActProductExpired { en: "Product expired", fr: "Produit expiré" }
    ActProductMaintenanceOn { en: "Maintenance mode turned on", fr: "Mode maintenance activé" }
    ActProductMaintenanceOff { en: "Maintenance mode turned off", fr: "Mode maintenance désactivé" }
    ActProductRedemptionStarted { en: "Domain in redemption", fr: "Domaine en rédemption" }
    ActProductReleased { en: "Domain released", fr: "Domaine libéré" }
    ActProductRenewalInvoiced { en: "Renewal invoiced", fr: "Renouvellement facturé" }
    ActProductRenewalUnpaid { en: "Renewal payment failed", fr: "Échec du paiement du renouvellement" }
    ActProductRenewalWarrantyChanged { en: "Renewal warranty changed", fr: "Garantie de renouvellement modifiée" }
    ActProductRenewed { en: "Product renewed", fr: "Produit renouvelé" }
    ActProductRestored { en: "Domain restored", fr: "Domaine restauré" }
    ActProductTerminated { en: "Product terminated", fr: "Produit résilié" }
    ActProductTerminationRequested { en: "Termination requested", fr: "Résiliation demandée" }
    ActProductUpgraded { en: "Product upgraded", fr: "Produit mis à niveau" }
    FieldRequireTwoFactor { en: "Two-factor authentication required", fr: "Double authentification exigée" }
    // Fields of the details.
    FieldRole { en: "Role", fr: "Rôle" }
    FieldEmail { en: "Email", fr: "E-mail" }
    FieldName { en: "Name", fr: "Nom" }
    FieldBillingRights { en: "Billing rights", fr: "Droits de facturation" }
    FieldRows { en: "Entries", fr: "Entrées" }
    FieldMember { en: "Person", fr: "Personne" }
    FieldAction { en: "Action", fr: "Action" }
    FieldKind { en: "Account type", fr: "Type de compte" }
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
