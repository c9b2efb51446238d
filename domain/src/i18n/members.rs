//! The member list, invitations sent by managers, role changes.

use super::Lang;

catalogue! {
    MembersMsg;
    MembersTitle {
        en: "Users of {org}",
        fr: "Utilisateurs de {org}",
        de: "Benutzer von {org}",
        it: "Utenti di {org}",
        es: "Usuarios de {org}",
    }
    MembersInvite {
        en: "Invite a user",
        fr: "Inviter un utilisateur",
        de: "Benutzer einladen",
        it: "Invita un utente",
        es: "Invitar a un usuario",
    }
    MembersSearch {
        en: "Search by name or email",
        fr: "Rechercher par nom ou e-mail",
        de: "Nach Name oder E-Mail suchen",
        it: "Cerca per nome o e-mail",
        es: "Buscar por nombre o correo electrónico",
    }
    MembersNone {
        en: "No member matches.",
        fr: "Aucun membre ne correspond.",
        de: "Kein Mitglied entspricht der Suche.",
        it: "Nessun membro corrisponde.",
        es: "Ningún miembro coincide.",
    }
    MembersName {
        en: "Name",
        fr: "Nom",
        de: "Name",
        it: "Nome",
        es: "Nombre",
    }
    MembersActionsFor {
        en: "Actions for {name}",
        fr: "Actions pour {name}",
        de: "Aktionen für {name}",
        it: "Azioni per {name}",
        es: "Acciones para {name}",
    }
    MembersRemove {
        en: "Remove from the organization",
        fr: "Retirer de l'Organisation",
        de: "Aus der Organisation entfernen",
        it: "Rimuovi dall'Organizzazione",
        es: "Quitar de la Organización",
    }
    MembersRemoveTitle {
        en: "Remove {name}?",
        fr: "Retirer {name} ?",
        de: "{name} entfernen?",
        it: "Rimuovere {name}?",
        es: "¿Quitar a {name}?",
    }
    MembersRemoveExplain {
        en: "{name} will no longer see {org} nor manage any of its products. They will be told by email. To give access again, send a new invitation.",
        fr: "{name} ne verra plus {org} et ne gérera plus aucun de ses produits. Un e-mail l'en informera. Pour lui redonner accès, envoyez une nouvelle invitation.",
        de: "{name} sieht {org} dann nicht mehr und kann keines ihrer Produkte mehr verwalten. Die Person wird per E-Mail benachrichtigt. Um wieder Zugriff zu gewähren, senden Sie eine neue Einladung.",
        it: "{name} non vedrà più {org} e non potrà più gestirne i prodotti. Riceverà una notifica via e-mail. Per ripristinare l'accesso, invii un nuovo invito.",
        es: "{name} dejará de ver {org} y no podrá gestionar ninguno de sus productos. Se le informará por correo electrónico. Para volver a darle acceso, envíe una nueva invitación.",
    }
    FilterRole {
        en: "Role",
        fr: "Rôle",
        de: "Rolle",
        it: "Ruolo",
        es: "Rol",
    }
    FilterAnyRole {
        en: "All roles",
        fr: "Tous les rôles",
        de: "Alle Rollen",
        it: "Tutti i ruoli",
        es: "Todos los roles",
    }
    FilterStatus {
        en: "Show",
        fr: "Afficher",
        de: "Anzeigen",
        it: "Mostra",
        es: "Mostrar",
    }
    FilterAnyStatus {
        en: "Members and invitations",
        fr: "Membres et invitations",
        de: "Mitglieder und Einladungen",
        it: "Membri e inviti",
        es: "Miembros e invitaciones",
    }
    FilterBlocked {
        en: "Blocked members",
        fr: "Membres bloqués",
        de: "Gesperrte Mitglieder",
        it: "Membri bloccati",
        es: "Miembros bloqueados",
    }
    FilterInvited {
        en: "Pending invitations",
        fr: "Invitations en attente",
        de: "Ausstehende Einladungen",
        it: "Inviti in sospeso",
        es: "Invitaciones pendientes",
    }
    MembersActions {
        en: "Actions",
        fr: "Actions",
        de: "Aktionen",
        it: "Azioni",
        es: "Acciones",
    }
    MembersPages {
        en: "Pages of the member list",
        fr: "Pages de la liste des membres",
        de: "Seiten der Mitgliederliste",
        it: "Pagine dell'elenco dei membri",
        es: "Páginas de la lista de miembros",
    }
    MembersFirst {
        en: "First page",
        fr: "Première page",
        de: "Erste Seite",
        it: "Prima pagina",
        es: "Primera página",
    }
    MembersLast {
        en: "Last page",
        fr: "Dernière page",
        de: "Letzte Seite",
        it: "Ultima pagina",
        es: "Última página",
    }
    MembersNoInvitation {
        en: "No pending invitation matches.",
        fr: "Aucune invitation en attente ne correspond.",
        de: "Keine ausstehende Einladung entspricht der Suche.",
        it: "Nessun invito in sospeso corrisponde.",
        es: "Ninguna invitación pendiente coincide.",
    }
    MembersSelectAll {
        en: "Select every member of this page",
        fr: "Sélectionner tous les membres de cette page",
        de: "Alle Mitglieder dieser Seite auswählen",
        it: "Seleziona tutti i membri di questa pagina",
        es: "Seleccionar todos los miembros de esta página",
    }
    MembersSelect {
        en: "Select {name}",
        fr: "Sélectionner {name}",
        de: "{name} auswählen",
        it: "Seleziona {name}",
        es: "Seleccionar a {name}",
    }
    MembersPermissions {
        en: "Permissions",
        fr: "Autorisations",
        de: "Berechtigungen",
        it: "Autorizzazioni",
        es: "Permisos",
    }
    MembersBlock {
        en: "Block",
        fr: "Bloquer",
        de: "Sperren",
        it: "Blocca",
        es: "Bloquear",
    }
    MembersUnblock {
        en: "Unblock",
        fr: "Débloquer",
        de: "Entsperren",
        it: "Sblocca",
        es: "Desbloquear",
    }
    MembersBlockedBadge {
        en: "Blocked",
        fr: "Bloqué",
        de: "Gesperrt",
        it: "Bloccato",
        es: "Bloqueado",
    }
    MembersBlockDone {
        en: "{name} is blocked: they can no longer open the organization. They have been told by email.",
        fr: "{name} est bloqué : il ne peut plus ouvrir l'Organisation. Un e-mail l'en a informé.",
        de: "{name} ist gesperrt und kann die Organisation nicht mehr öffnen. Die Person wurde per E-Mail benachrichtigt.",
        it: "L'accesso di {name} è stato bloccato: non può più aprire l'Organizzazione. È stata inviata una notifica via e-mail.",
        es: "Se ha bloqueado a {name}: ya no puede abrir la Organización. Se le ha informado por correo electrónico.",
    }
    MembersUnblockDone {
        en: "{name} is unblocked and has been told by email.",
        fr: "{name} est débloqué ; un e-mail l'en a informé.",
        de: "{name} ist entsperrt und wurde per E-Mail benachrichtigt.",
        it: "L'accesso di {name} è stato sbloccato; è stata inviata una notifica via e-mail.",
        es: "Se ha desbloqueado a {name} y se le ha informado por correo electrónico.",
    }
    BatchAction {
        en: "Action for the selection",
        fr: "Action pour la sélection",
        de: "Aktion für die Auswahl",
        it: "Azione sulla selezione",
        es: "Acción para la selección",
    }
    BatchMakeRole {
        en: "Make {role}",
        fr: "Nommer {role}",
        de: "Als {role} festlegen",
        it: "Imposta come {role}",
        es: "Cambiar a {role}",
    }
    BatchApply {
        en: "Apply",
        fr: "Appliquer",
        de: "Anwenden",
        it: "Applica",
        es: "Aplicar",
    }
    BatchRefused {
        en: "Not done for these members:",
        fr: "Non effectué pour ces membres :",
        de: "Für diese Mitglieder nicht ausgeführt:",
        it: "Non eseguito per questi membri:",
        es: "No se ha realizado para estos miembros:",
    }
    PermissionsTitle {
        en: "Permissions of {name}",
        fr: "Autorisations de {name}",
        de: "Berechtigungen von {name}",
        it: "Autorizzazioni di {name}",
        es: "Permisos de {name}",
    }
    PermissionsBilling {
        en: "Billing",
        fr: "Facturation",
        de: "Abrechnung",
        it: "Fatturazione",
        es: "Facturación",
    }
    PermissionsEmails {
        en: "Administrative emails",
        fr: "E-mails administratifs",
        de: "Administrative E-Mails",
        it: "E-mail amministrative",
        es: "Correos administrativos",
    }
    PermissionsManagersBill {
        en: "Legal representatives and administrators always have billing rights.",
        fr: "Les responsables légaux et les administrateurs ont toujours les droits de facturation.",
        de: "Gesetzliche Vertreter und Administratoren haben immer Abrechnungsrechte.",
        it: "I rappresentanti legali e gli amministratori hanno sempre i diritti di fatturazione.",
        es: "Los representantes legales y los administradores siempre tienen permisos de facturación.",
    }
    PermissionsManagersAll {
        en: "Legal representatives and administrators manage every product.",
        fr: "Les responsables légaux et les administrateurs gèrent tous les produits.",
        de: "Gesetzliche Vertreter und Administratoren verwalten alle Produkte.",
        it: "I rappresentanti legali e gli amministratori gestiscono tutti i prodotti.",
        es: "Los representantes legales y los administradores gestionan todos los productos.",
    }
    PermissionsNoProducts {
        en: "The organization has no product yet.",
        fr: "L'Organisation n'a encore aucun produit.",
        de: "Die Organisation hat noch keine Produkte.",
        it: "L'Organizzazione non ha ancora nessun prodotto.",
        es: "La Organización aún no tiene ningún producto.",
    }
    PermissionsSaved {
        en: "The permissions of {name} are saved. They have been told by email.",
        fr: "Les autorisations de {name} sont enregistrées. Un e-mail l'en a informé.",
        de: "Die Berechtigungen von {name} wurden gespeichert. Die Person wurde per E-Mail benachrichtigt.",
        it: "Le autorizzazioni di {name} sono state salvate. È stata inviata una notifica via e-mail.",
        es: "Se han guardado los permisos de {name}. Se le ha informado por correo electrónico.",
    }
    MembersRemovePassword {
        en: "Your password, to confirm",
        fr: "Votre mot de passe, pour confirmer",
        de: "Ihr Passwort zur Bestätigung",
        it: "La sua password, per conferma",
        es: "Su contraseña, para confirmar",
    }
    MembersRemoveTick {
        en: "I understand that this member loses access to the organization now",
        fr: "Je comprends que ce membre perd dès maintenant l'accès à l'Organisation",
        de: "Ich verstehe, dass dieses Mitglied ab sofort keinen Zugriff mehr auf die Organisation hat",
        it: "Sono consapevole che questo membro perde subito l'accesso all'Organizzazione",
        es: "Entiendo que este miembro pierde desde ahora el acceso a la Organización",
    }
    InviteExpiry {
        en: "The invitation is valid for 7 days.",
        fr: "L'invitation est valable 7 jours.",
        de: "Die Einladung ist 7 Tage gültig.",
        it: "L'invito è valido per 7 giorni.",
        es: "La invitación es válida durante 7 días.",
    }
    MembersRemoveConfirm {
        en: "Remove",
        fr: "Retirer",
        de: "Entfernen",
        it: "Rimuovi",
        es: "Quitar",
    }
    MembersRemoveDone {
        en: "{name} no longer belongs to the organization.",
        fr: "{name} ne fait plus partie de l'Organisation.",
        de: "{name} gehört nicht mehr zur Organisation.",
        it: "{name} non fa più parte dell'Organizzazione.",
        es: "{name} ya no forma parte de la Organización.",
    }
    MembersChangeRole {
        en: "Change the role",
        fr: "Modifier le rôle",
        de: "Rolle ändern",
        it: "Cambia ruolo",
        es: "Cambiar el rol",
    }
    MembersYou {
        en: "{name} (you)",
        fr: "{name} (vous)",
        de: "{name} (Sie)",
        it: "{name} (Lei)",
        es: "{name} (usted)",
    }
    MembersPrevious {
        en: "Previous page",
        fr: "Page précédente",
        de: "Vorherige Seite",
        it: "Pagina precedente",
        es: "Página anterior",
    }
    MembersNext {
        en: "Next page",
        fr: "Page suivante",
        de: "Nächste Seite",
        it: "Pagina successiva",
        es: "Página siguiente",
    }
    MembersPage {
        en: "Page {page} of {pages}",
        fr: "Page {page} sur {pages}",
        de: "Seite {page} von {pages}",
        it: "Pagina {page} di {pages}",
        es: "Página {page} de {pages}",
    }
    MembersPending {
        en: "Pending invitations",
        fr: "Invitations en attente",
        de: "Ausstehende Einladungen",
        it: "Inviti in sospeso",
        es: "Invitaciones pendientes",
    }
    MembersInvitedAs {
        en: "invited as {role}",
        fr: "invité en tant que {role}",
        de: "eingeladen als {role}",
        it: "invitato come {role}",
        es: "invitado como {role}",
    }
    MembersInvitationExpires {
        en: "expires on {date}",
        fr: "expire le {date}",
        de: "läuft am {date} ab",
        it: "scade il {date}",
        es: "caduca el {date}",
    }
    MembersResend {
        en: "Resend",
        fr: "Renvoyer",
        de: "Erneut senden",
        it: "Reinvia",
        es: "Reenviar",
    }
    MembersRevoke {
        en: "Revoke",
        fr: "Révoquer",
        de: "Widerrufen",
        it: "Revoca",
        es: "Revocar",
    }
    MembersResendFor {
        en: "Resend the invitation to {email}",
        fr: "Renvoyer l'invitation à {email}",
        de: "Einladung an {email} erneut senden",
        it: "Reinvia l'invito a {email}",
        es: "Reenviar la invitación a {email}",
    }
    MembersRevokeFor {
        en: "Revoke the invitation to {email}",
        fr: "Révoquer l'invitation à {email}",
        de: "Einladung an {email} widerrufen",
        it: "Revoca l'invito a {email}",
        es: "Revocar la invitación a {email}",
    }
    InvitationResent {
        en: "Invitation sent again to {email}. The previous link no longer works.",
        fr: "Invitation renvoyée à {email}. Le lien précédent ne fonctionne plus.",
        de: "Einladung erneut an {email} gesendet. Der vorherige Link funktioniert nicht mehr.",
        it: "Invito inviato di nuovo a {email}. Il link precedente non funziona più.",
        es: "Invitación reenviada a {email}. El enlace anterior ya no funciona.",
    }
    InvitationRevoked {
        en: "The invitation to {email} is revoked.",
        fr: "L'invitation à {email} est révoquée.",
        de: "Die Einladung an {email} wurde widerrufen.",
        it: "L'invito a {email} è stato revocato.",
        es: "Se ha revocado la invitación a {email}.",
    }
    MembersReadOnly {
        en: "You can see the members; only legal representatives and administrators manage them.",
        fr: "Vous voyez les membres ; seuls les responsables légaux et les administrateurs les gèrent.",
        de: "Sie können die Mitglieder sehen; nur gesetzliche Vertreter und Administratoren verwalten sie.",
        it: "Può vedere i membri; solo i rappresentanti legali e gli amministratori possono gestirli.",
        es: "Puede ver a los miembros; solo los representantes legales y los administradores pueden gestionarlos.",
    }
    InviteTitle {
        en: "Invite a user",
        fr: "Inviter un utilisateur",
        de: "Benutzer einladen",
        it: "Invita un utente",
        es: "Invitar a un usuario",
    }
    InviteSend {
        en: "Send the invitation",
        fr: "Envoyer l'invitation",
        de: "Einladung senden",
        it: "Invia l'invito",
        es: "Enviar la invitación",
    }
    InviteSent {
        en: "Invitation sent to {email}.",
        fr: "Invitation envoyée à {email}.",
        de: "Einladung an {email} gesendet.",
        it: "Invito inviato a {email}.",
        es: "Invitación enviada a {email}.",
    }
    ChangeRoleLosesPermissions {
        en: "With this role, billing rights and administrative emails are turned off.",
        fr: "Avec ce rôle, les droits de facturation et les e-mails administratifs sont désactivés.",
        de: "Mit dieser Rolle werden Abrechnungsrechte und administrative E-Mails deaktiviert.",
        it: "Con questo ruolo, i diritti di fatturazione e le e-mail amministrative vengono disattivati.",
        es: "Con este rol, se desactivan los permisos de facturación y los correos administrativos.",
    }
    ChangeRoleGainsPermissions {
        en: "With this role, the member gets billing rights and the administrative emails.",
        fr: "Avec ce rôle, le membre obtient les droits de facturation et les e-mails administratifs.",
        de: "Mit dieser Rolle erhält das Mitglied Abrechnungsrechte und die administrativen E-Mails.",
        it: "Con questo ruolo, il membro ottiene i diritti di fatturazione e le e-mail amministrative.",
        es: "Con este rol, el miembro obtiene permisos de facturación y los correos administrativos.",
    }
    ChangeRoleTitle {
        en: "Change the role of {name}",
        fr: "Modifier le rôle de {name}",
        de: "Rolle von {name} ändern",
        it: "Cambia il ruolo di {name}",
        es: "Cambiar el rol de {name}",
    }
    ChangeRoleCurrent {
        en: "Current role",
        fr: "Rôle actuel",
        de: "Aktuelle Rolle",
        it: "Ruolo attuale",
        es: "Rol actual",
    }
    PermissionOn {
        en: "yes",
        fr: "oui",
        de: "ja",
        it: "sì",
        es: "sí",
    }
    PermissionOff {
        en: "no",
        fr: "non",
        de: "nein",
        it: "no",
        es: "no",
    }
    PermissionBilling {
        en: "Billing rights (see and pay invoices)",
        fr: "Droits de facturation (voir et payer les factures)",
        de: "Abrechnungsrechte (Rechnungen einsehen und bezahlen)",
        it: "Diritti di fatturazione (vedere e pagare le fatture)",
        es: "Permisos de facturación (ver y pagar facturas)",
    }
    PermissionMailBilling {
        en: "Billing emails",
        fr: "E-mails de facturation",
        de: "Abrechnungs-E-Mails",
        it: "E-mail di fatturazione",
        es: "Correos de facturación",
    }
    PermissionMailTechnical {
        en: "Technical emails",
        fr: "E-mails techniques",
        de: "Technische E-Mails",
        it: "E-mail tecniche",
        es: "Correos técnicos",
    }
    PermissionMailSecurity {
        en: "Security emails",
        fr: "E-mails de sécurité",
        de: "Sicherheits-E-Mails",
        it: "E-mail di sicurezza",
        es: "Correos de seguridad",
    }
    PermissionProducts {
        en: "Products they may manage",
        fr: "Produits qu'il peut gérer",
        de: "Produkte, die das Mitglied verwalten darf",
        it: "Prodotti che può gestire",
        es: "Productos que puede gestionar",
    }
    MailBlockedSubject {
        en: "Your access to {org} is blocked",
        fr: "Votre accès à {org} est bloqué",
        de: "Ihr Zugriff auf {org} ist gesperrt",
        it: "Il suo accesso a {org} è bloccato",
        es: "Su acceso a {org} está bloqueado",
    }
    MailBlockedBody {
        en: "{actor} blocked your access to the organization {org}. Until it is unblocked, you cannot open it in the console nor manage its products.\n\nIf you do not know why, contact {actor} or another administrator of {org}.",
        fr: "{actor} a bloqué votre accès à l'Organisation {org}. Tant qu'il n'est pas débloqué, vous ne pouvez ni l'ouvrir dans la console ni gérer ses produits.\n\nSi vous n'en connaissez pas la raison, contactez {actor} ou un autre administrateur de {org}.",
        de: "{actor} hat Ihren Zugriff auf die Organisation {org} gesperrt. Solange der Zugriff gesperrt ist, können Sie die Organisation weder in der Konsole öffnen noch ihre Produkte verwalten.\n\nWenn Sie den Grund nicht kennen, wenden Sie sich an {actor} oder einen anderen Administrator von {org}.",
        it: "{actor} ha bloccato il suo accesso all'Organizzazione {org}. Finché l'accesso resta bloccato, non può aprirla nella console né gestirne i prodotti.\n\nSe non ne conosce il motivo, contatti {actor} o un altro amministratore di {org}.",
        es: "{actor} ha bloqueado su acceso a la Organización {org}. Mientras siga bloqueado, no podrá abrirla en la consola ni gestionar sus productos.\n\nSi no sabe por qué, póngase en contacto con {actor} o con otro administrador de {org}.",
    }
    MailUnblockedSubject {
        en: "Your access to {org} is back",
        fr: "Votre accès à {org} est rétabli",
        de: "Ihr Zugriff auf {org} ist wiederhergestellt",
        it: "Il suo accesso a {org} è stato ripristinato",
        es: "Se ha restablecido su acceso a {org}",
    }
    MailUnblockedBody {
        en: "{actor} unblocked your access to the organization {org}. You can open it in the console again.",
        fr: "{actor} a débloqué votre accès à l'Organisation {org}. Vous pouvez à nouveau l'ouvrir dans la console.",
        de: "{actor} hat Ihren Zugriff auf die Organisation {org} entsperrt. Sie können sie wieder in der Konsole öffnen.",
        it: "{actor} ha sbloccato il suo accesso all'Organizzazione {org}. Ora può di nuovo aprirla nella console.",
        es: "{actor} ha desbloqueado su acceso a la Organización {org}. Ya puede volver a abrirla en la consola.",
    }
    MailPermissionsSubject {
        en: "Your permissions in {org} have changed",
        fr: "Vos autorisations dans {org} ont changé",
        de: "Ihre Berechtigungen in {org} wurden geändert",
        it: "Le sue autorizzazioni in {org} sono cambiate",
        es: "Sus permisos en {org} han cambiado",
    }
    MailPermissionsBody {
        en: "{actor} changed your permissions in the organization {org}. They are now:\n\n{summary}",
        fr: "{actor} a modifié vos autorisations dans l'Organisation {org}. Les voici désormais :\n\n{summary}",
        de: "{actor} hat Ihre Berechtigungen in der Organisation {org} geändert. Sie haben jetzt folgende Berechtigungen:\n\n{summary}",
        it: "{actor} ha modificato le sue autorizzazioni nell'Organizzazione {org}. Ora sono le seguenti:\n\n{summary}",
        es: "{actor} ha modificado sus permisos en la Organización {org}. Ahora son los siguientes:\n\n{summary}",
    }
    ChangeRoleLrWarning {
        en: "A legal representative is legally responsible for the organization and can do everything in it, including managing the other legal representatives and deleting the organization.",
        fr: "Un responsable légal répond juridiquement de l'Organisation et peut tout y faire, y compris gérer les autres responsables légaux et supprimer l'Organisation.",
        de: "Ein gesetzlicher Vertreter ist rechtlich für die Organisation verantwortlich und kann darin alles tun, auch die anderen gesetzlichen Vertreter verwalten und die Organisation löschen.",
        it: "Un rappresentante legale risponde giuridicamente dell'Organizzazione e può fare tutto al suo interno, compresi la gestione degli altri rappresentanti legali e l'eliminazione dell'Organizzazione.",
        es: "Un representante legal responde jurídicamente de la Organización y puede hacer de todo en ella, incluso gestionar a los demás representantes legales y eliminar la Organización.",
    }
    ChangeRoleLrConfirm {
        en: "I confirm that this person legally represents the organization",
        fr: "Je confirme que cette personne représente légalement l'Organisation",
        de: "Ich bestätige, dass diese Person die Organisation rechtlich vertritt",
        it: "Confermo che questa persona rappresenta legalmente l'Organizzazione",
        es: "Confirmo que esta persona representa legalmente a la Organización",
    }
    ChangeRoleDone {
        en: "{name} is now {role}. They have been notified by email.",
        fr: "{name} est désormais {role}. Un e-mail l'en a informé.",
        de: "{name} ist jetzt {role}. Die Person wurde per E-Mail benachrichtigt.",
        it: "{name} ora è {role}. È stata inviata una notifica via e-mail.",
        es: "{name} ahora es {role}. Se le ha informado por correo electrónico.",
    }
}
