//! "My organizations" (ORG-1), creating an organization (ORG-2), leaving one (ORG-6) and
//! deleting one (ORG-7), with their emails. Sentences about a count come in a "one" and
//! an "other" form (`…One` / `…Other`), chosen by [`super::Lang::is_one`].

use super::Lang;

catalogue! {
    OrgMsg;
    MyOrgsTitle {
        en: "My organizations",
        fr: "Mes Organisations",
        de: "Meine Organisationen",
        it: "Le mie Organizzazioni",
        es: "Mis Organizaciones",
    }
    MyOrgsIntro {
        en: "Every organization you belong to. Open one to work in it.",
        fr: "Toutes les Organisations dont vous faites partie. Ouvrez-en une pour y travailler.",
        de: "Alle Organisationen, denen Sie angehören. Öffnen Sie eine, um darin zu arbeiten.",
        it: "Tutte le Organizzazioni di cui fa parte. Ne apra una per lavorarci.",
        es: "Todas las Organizaciones de las que forma parte. Abra una para trabajar en ella.",
    }
    MyOrgsEmpty {
        en: "You do not belong to any organization yet. Create one below, or accept an invitation.",
        fr: "Vous ne faites encore partie d'aucune Organisation. Créez-en une ci-dessous, ou acceptez une invitation.",
        de: "Sie gehören noch keiner Organisation an. Erstellen Sie unten eine oder nehmen Sie eine Einladung an.",
        it: "Non fa ancora parte di nessuna Organizzazione. Ne crei una qui sotto o accetti un invito.",
        es: "Todavía no forma parte de ninguna Organización. Cree una a continuación o acepte una invitación.",
    }
    MyOrgsYourRole {
        en: "Your role: {role}",
        fr: "Votre rôle : {role}",
        de: "Ihre Rolle: {role}",
        it: "Il suo ruolo: {role}",
        es: "Su rol: {role}",
    }
    MyOrgsBlocked {
        en: "Blocked",
        fr: "Bloqué",
        de: "Gesperrt",
        it: "Bloccato",
        es: "Bloqueado",
    }
    MyOrgsLegalRepresentatives {
        en: "Legal representatives: {names}",
        fr: "Responsables légaux : {names}",
        de: "Gesetzliche Vertreter: {names}",
        it: "Rappresentanti legali: {names}",
        es: "Representantes legales: {names}",
    }
    MyOrgsCurrent {
        en: "Current",
        fr: "Actuelle",
        de: "Aktuell",
        it: "Attuale",
        es: "Actual",
    }
    MyOrgsOpen {
        en: "Open",
        fr: "Ouvrir",
        de: "Öffnen",
        it: "Apri",
        es: "Abrir",
    }
    MyOrgsOpenFor {
        en: "Open {org}",
        fr: "Ouvrir {org}",
        de: "{org} öffnen",
        it: "Apri {org}",
        es: "Abrir {org}",
    }
    MyOrgsLeave {
        en: "Leave",
        fr: "Quitter",
        de: "Verlassen",
        it: "Abbandona",
        es: "Salir",
    }
    MyOrgsLeaveFor {
        en: "Leave {org}",
        fr: "Quitter {org}",
        de: "{org} verlassen",
        it: "Abbandona {org}",
        es: "Salir de {org}",
    }
    MyOrgsDelete {
        en: "Delete",
        fr: "Supprimer",
        de: "Löschen",
        it: "Elimina",
        es: "Eliminar",
    }
    MyOrgsDeleteFor {
        en: "Delete {org}",
        fr: "Supprimer {org}",
        de: "{org} löschen",
        it: "Elimina {org}",
        es: "Eliminar {org}",
    }
    MyOrgsCannotLeave {
        en: "You cannot leave {org} yet:",
        fr: "Vous ne pouvez pas encore quitter {org} :",
        de: "Sie können {org} noch nicht verlassen:",
        it: "Non può ancora abbandonare {org}:",
        es: "Todavía no puede salir de {org}:",
    }
    LeaveTitle {
        en: "Leave {org}?",
        fr: "Quitter {org} ?",
        de: "{org} verlassen?",
        it: "Abbandonare {org}?",
        es: "¿Salir de {org}?",
    }
    LeaveExplain {
        en: "You will no longer see {org} nor manage any of its products. Its legal representatives will be told by email. To come back, you will need a new invitation.",
        fr: "Vous ne verrez plus {org} et ne gérerez plus aucun de ses produits. Ses responsables légaux en seront informés par e-mail. Pour y revenir, il vous faudra une nouvelle invitation.",
        de: "Sie sehen {org} dann nicht mehr und können keines ihrer Produkte mehr verwalten. Die gesetzlichen Vertreter werden per E-Mail benachrichtigt. Um zurückzukehren, benötigen Sie eine neue Einladung.",
        it: "Non vedrà più {org} e non potrà più gestirne i prodotti. I suoi rappresentanti legali ne saranno informati via e-mail. Per tornare, le servirà un nuovo invito.",
        es: "Dejará de ver {org} y no podrá gestionar ninguno de sus productos. Sus representantes legales recibirán un aviso por correo electrónico. Para volver, necesitará una nueva invitación.",
    }
    LeaveConfirm {
        en: "Leave the organization",
        fr: "Quitter l'Organisation",
        de: "Organisation verlassen",
        it: "Abbandona l'Organizzazione",
        es: "Salir de la Organización",
    }
    LeaveDone {
        en: "You left {org}.",
        fr: "Vous avez quitté {org}.",
        de: "Sie haben {org} verlassen.",
        it: "Ha abbandonato {org}.",
        es: "Ha salido de {org}.",
    }
    CreateTitle {
        en: "Create an organization",
        fr: "Créer une Organisation",
        de: "Organisation erstellen",
        it: "Crea un'Organizzazione",
        es: "Crear una Organización",
    }
    CreateIntro {
        en: "You will be its legal representative. You can invite other users afterwards.",
        fr: "Vous en serez le responsable légal. Vous pourrez inviter d'autres utilisateurs ensuite.",
        de: "Sie werden ihr gesetzlicher Vertreter. Weitere Benutzer können Sie anschließend einladen.",
        it: "Ne sarà il rappresentante legale. Potrà invitare altri utenti in seguito.",
        es: "Será su representante legal. Después podrá invitar a otros usuarios.",
    }
    CreateType {
        en: "Type of organization",
        fr: "Type d'Organisation",
        de: "Art der Organisation",
        it: "Tipo di Organizzazione",
        es: "Tipo de Organización",
    }
    CreateCountry {
        en: "Country",
        fr: "Pays",
        de: "Land",
        it: "Paese",
        es: "País",
    }
    CreateCurrency {
        en: "Invoices will be in {currency}: it follows from the country.",
        fr: "Les factures seront en {currency} : la devise découle du pays.",
        de: "Rechnungen werden in {currency} ausgestellt: Die Währung ergibt sich aus dem Land.",
        it: "Le fatture saranno in {currency}: la valuta dipende dal paese.",
        es: "Las facturas se emitirán en {currency}: la moneda depende del país.",
    }
    CreateSubmit {
        en: "Create the organization",
        fr: "Créer l'Organisation",
        de: "Organisation erstellen",
        it: "Crea l'Organizzazione",
        es: "Crear la Organización",
    }
    ProblemNotAChoice {
        en: "choose one of the options offered.",
        fr: "choisissez l'une des options proposées.",
        de: "Wählen Sie eine der angebotenen Optionen.",
        it: "scelga una delle opzioni proposte.",
        es: "elija una de las opciones ofrecidas.",
    }
    ProblemWrongPassword {
        en: "this is not your password.",
        fr: "ce n'est pas votre mot de passe.",
        de: "Das ist nicht Ihr Passwort.",
        it: "questa non è la sua password.",
        es: "esta no es su contraseña.",
    }
    DeleteTitle {
        en: "Delete {org}",
        fr: "Supprimer {org}",
        de: "{org} löschen",
        it: "Elimina {org}",
        es: "Eliminar {org}",
    }
    DeleteIntro {
        en: "Deleting the organization removes it for all its members and revokes its pending invitations. Your own account stays; you will continue in another of your organizations.",
        fr: "La suppression de l'Organisation la retire à tous ses membres et révoque ses invitations en attente. Votre propre compte est conservé ; vous continuerez dans une autre de vos Organisations.",
        de: "Durch das Löschen wird die Organisation für alle Mitglieder entfernt, und ihre ausstehenden Einladungen werden widerrufen. Ihr eigenes Konto bleibt bestehen; Sie arbeiten in einer Ihrer anderen Organisationen weiter.",
        it: "Eliminando l'Organizzazione, questa viene rimossa per tutti i suoi membri e i suoi inviti in sospeso vengono revocati. Il suo account personale resta attivo; continuerà in un'altra delle sue Organizzazioni.",
        es: "Al eliminar la Organización, esta desaparece para todos sus miembros y se revocan sus invitaciones pendientes. Su propia cuenta se conserva; continuará en otra de sus Organizaciones.",
    }
    DeleteUnmet {
        en: "Before {org} can be deleted:",
        fr: "Avant de pouvoir supprimer {org} :",
        de: "Bevor {org} gelöscht werden kann:",
        it: "Prima di poter eliminare {org}:",
        es: "Antes de poder eliminar {org}:",
    }
    DeleteProductsOne {
        en: "{count} product is not terminated: terminate it first.",
        fr: "{count} produit n'est pas résilié : résiliez-le d'abord.",
        de: "{count} Produkt ist nicht gekündigt: Kündigen Sie es zuerst.",
        it: "{count} prodotto non è stato disdetto: lo disdica prima.",
        es: "{count} producto no está cancelado: cancélelo primero.",
    }
    DeleteProductsOther {
        en: "{count} products are not terminated: terminate them first.",
        fr: "{count} produits ne sont pas résiliés : résiliez-les d'abord.",
        de: "{count} Produkte sind nicht gekündigt: Kündigen Sie sie zuerst.",
        it: "{count} prodotti non sono stati disdetti: li disdica prima.",
        es: "{count} productos no están cancelados: cancélelos primero.",
    }
    DeleteMembersOne {
        en: "{count} other member still belongs to the organization: remove them on the Users page.",
        fr: "{count} autre membre fait encore partie de l'Organisation : retirez-le depuis la page Utilisateurs.",
        de: "{count} weiteres Mitglied gehört noch zur Organisation: Entfernen Sie es auf der Seite „Benutzer“.",
        it: "C'è ancora {count} altro membro nell'Organizzazione: lo rimuova dalla pagina Utenti.",
        es: "Queda {count} miembro más en la Organización: quítelo desde la página Usuarios.",
    }
    DeleteMembersOther {
        en: "{count} other members still belong to the organization: remove them on the Users page.",
        fr: "{count} autres membres font encore partie de l'Organisation : retirez-les depuis la page Utilisateurs.",
        de: "{count} weitere Mitglieder gehören noch zur Organisation: Entfernen Sie sie auf der Seite „Benutzer“.",
        it: "Ci sono ancora {count} altri membri nell'Organizzazione: li rimuova dalla pagina Utenti.",
        es: "Quedan {count} miembros más en la Organización: quítelos desde la página Usuarios.",
    }
    DeleteInvoicesOne {
        en: "{count} invoice is unpaid: pay it first.",
        fr: "{count} facture est impayée : réglez-la d'abord.",
        de: "{count} Rechnung ist unbezahlt: Bezahlen Sie sie zuerst.",
        it: "{count} fattura non è stata pagata: la paghi prima.",
        es: "{count} factura está pendiente de pago: páguela primero.",
    }
    DeleteInvoicesOther {
        en: "{count} invoices are unpaid: pay them first.",
        fr: "{count} factures sont impayées : réglez-les d'abord.",
        de: "{count} Rechnungen sind unbezahlt: Bezahlen Sie sie zuerst.",
        it: "{count} fatture non sono state pagate: le paghi prima.",
        es: "{count} facturas están pendientes de pago: páguelas primero.",
    }
    DeleteBalance {
        en: "A prepaid balance of {amount} remains: use it up or ask support to refund it.",
        fr: "Il reste un solde prépayé de {amount} : utilisez-le ou demandez son remboursement au support.",
        de: "Es bleibt ein Prepaid-Guthaben von {amount}: Brauchen Sie es auf oder bitten Sie den Support um Rückerstattung.",
        it: "Resta un credito prepagato di {amount}: lo utilizzi o chieda all'assistenza di rimborsarlo.",
        es: "Queda un saldo prepago de {amount}: utilícelo o solicite su reembolso al soporte.",
    }
    DeleteGoToMembers {
        en: "Go to the users",
        fr: "Voir les utilisateurs",
        de: "Zu den Benutzern",
        it: "Vai agli utenti",
        es: "Ir a los usuarios",
    }
    DeleteReady {
        en: "Every condition is met. This cannot be undone.",
        fr: "Toutes les conditions sont remplies. Cette action est irréversible.",
        de: "Alle Bedingungen sind erfüllt. Dies kann nicht rückgängig gemacht werden.",
        it: "Tutte le condizioni sono soddisfatte. L'operazione è irreversibile.",
        es: "Se cumplen todas las condiciones. Esta acción no se puede deshacer.",
    }
    DeleteEmailInvoices {
        en: "Email me the list of paid invoices",
        fr: "M'envoyer par e-mail la liste des factures payées",
        de: "Mir die Liste der bezahlten Rechnungen per E-Mail senden",
        it: "Inviami via e-mail l'elenco delle fatture pagate",
        es: "Enviarme por correo electrónico la lista de facturas pagadas",
    }
    DeletePasswordHelp {
        en: "Enter your password to confirm.",
        fr: "Saisissez votre mot de passe pour confirmer.",
        de: "Geben Sie zur Bestätigung Ihr Passwort ein.",
        it: "Inserisca la sua password per confermare.",
        es: "Introduzca su contraseña para confirmar.",
    }
    DeleteConfirm {
        en: "Delete the organization",
        fr: "Supprimer l'Organisation",
        de: "Organisation löschen",
        it: "Elimina l'Organizzazione",
        es: "Eliminar la Organización",
    }
    DeleteDone {
        en: "{org} is deleted.",
        fr: "{org} est supprimée.",
        de: "{org} wurde gelöscht.",
        it: "{org} è stata eliminata.",
        es: "Se ha eliminado {org}.",
    }
    MailLeftSubject {
        en: "{name} left {org}",
        fr: "{name} a quitté {org}",
        de: "{name} hat {org} verlassen",
        it: "{name} ha abbandonato {org}",
        es: "{name} ha salido de {org}",
    }
    MailLeftBody {
        en: "{name} ({email}) left the organization {org}. They no longer see it nor its products.\n\nYou can see the members in the console: {link}",
        fr: "{name} ({email}) a quitté l'Organisation {org}. Cette personne ne la voit plus, ni ses produits.\n\nVous retrouvez les membres dans la console : {link}",
        de: "{name} ({email}) hat die Organisation {org} verlassen. Die Person sieht weder die Organisation noch ihre Produkte mehr.\n\nDie Mitglieder finden Sie in der Konsole: {link}",
        it: "{name} ({email}) ha abbandonato l'Organizzazione {org}. Questa persona non vede più né l'Organizzazione né i suoi prodotti.\n\nPuò consultare i membri nella console: {link}",
        es: "{name} ({email}) ha salido de la Organización {org}. Esta persona ya no ve la Organización ni sus productos.\n\nPuede consultar la lista de miembros en la consola: {link}",
    }
    MailInvoicesSubject {
        en: "The paid invoices of {org}",
        fr: "Les factures payées de {org}",
        de: "Die bezahlten Rechnungen von {org}",
        it: "Le fatture pagate di {org}",
        es: "Las facturas pagadas de {org}",
    }
    MailInvoicesBody {
        en: "As you asked when deleting the organization {org}, here are its paid invoices:\n\n{list}",
        fr: "Comme vous l'avez demandé en supprimant l'Organisation {org}, voici ses factures payées :\n\n{list}",
        de: "Wie von Ihnen beim Löschen der Organisation {org} gewünscht, erhalten Sie hier ihre bezahlten Rechnungen:\n\n{list}",
        it: "Come richiesto al momento dell'eliminazione dell'Organizzazione {org}, ecco le fatture pagate:\n\n{list}",
        es: "Tal como solicitó al eliminar la Organización {org}, aquí tiene las facturas pagadas:\n\n{list}",
    }
    MailInvoicesNone {
        en: "As you asked when deleting the organization {org}: it had no paid invoices.",
        fr: "Comme vous l'avez demandé en supprimant l'Organisation {org} : elle n'avait aucune facture payée.",
        de: "Wie von Ihnen beim Löschen der Organisation {org} gewünscht: Für diese Organisation liegen keine bezahlten Rechnungen vor.",
        it: "Come richiesto al momento dell'eliminazione dell'Organizzazione {org}: non risultano fatture pagate.",
        es: "Tal como solicitó al eliminar la Organización {org}: no consta ninguna factura pagada.",
    }
    MailInvoiceLine {
        en: "{number}, {date}, {amount}",
        fr: "{number}, {date}, {amount}",
        de: "{number}, {date}, {amount}",
        it: "{number}, {date}, {amount}",
        es: "{number}, {date}, {amount}",
    }
}

/// The "one" or "other" form of a sentence about `n`, `{count}` filled.
pub fn counted(lang: Lang, n: u64, one: OrgMsg, other: OrgMsg) -> String {
    let form = if lang.is_one(n) { one } else { other };
    form.fill(lang, &[("count", &crate::locale::integer(i64::try_from(n).unwrap_or(i64::MAX), lang.into()))])
}
