//! The member list, invitations sent by managers, role changes.

use super::Lang;

catalogue! {
    MembersMsg;
    MembersTitle { en: "Users of {org}", fr: "Utilisateurs de {org}" }
    MembersInvite { en: "Invite a user", fr: "Inviter un utilisateur" }
    MembersSearch { en: "Search by name or email", fr: "Rechercher par nom ou e-mail" }
    MembersNone { en: "No member matches.", fr: "Aucun membre ne correspond." }
    MembersName { en: "Name", fr: "Nom" }
    MembersActionsFor { en: "Actions for {name}", fr: "Actions pour {name}" }
    MembersRemove { en: "Remove from the organization", fr: "Retirer de l'Organisation" }
    MembersRemoveTitle { en: "Remove {name}?", fr: "Retirer {name} ?" }
    MembersRemoveExplain { en: "{name} will no longer see {org} nor manage any of its products. They will be told by email. To give access again, send a new invitation.", fr: "{name} ne verra plus {org} et ne gérera plus aucun de ses produits. Un e-mail l'en informera. Pour lui redonner accès, envoyez une nouvelle invitation." }
    FilterRole { en: "Role", fr: "Rôle" }
    FilterAnyRole { en: "All roles", fr: "Tous les rôles" }
    FilterStatus { en: "Show", fr: "Afficher" }
    FilterAnyStatus { en: "Members and invitations", fr: "Membres et invitations" }
    FilterBlocked { en: "Blocked members", fr: "Membres bloqués" }
    FilterInvited { en: "Pending invitations", fr: "Invitations en attente" }
    MembersActions { en: "Actions", fr: "Actions" }
    MembersPages { en: "Pages of the member list", fr: "Pages de la liste des membres" }
    MembersFirst { en: "First page", fr: "Première page" }
    MembersLast { en: "Last page", fr: "Dernière page" }
    MembersNoInvitation { en: "No pending invitation matches.", fr: "Aucune invitation en attente ne correspond." }
    MembersSelectAll { en: "Select every member of this page", fr: "Sélectionner tous les membres de cette page" }
    MembersSelect { en: "Select {name}", fr: "Sélectionner {name}" }
    MembersPermissions { en: "Permissions", fr: "Autorisations" }
    MembersBlock { en: "Block", fr: "Bloquer" }
    MembersUnblock { en: "Unblock", fr: "Débloquer" }
    MembersBlockedBadge { en: "Blocked", fr: "Bloqué" }
    MembersBlockDone { en: "{name} is blocked: they can no longer open the organization. They have been told by email.", fr: "{name} est bloqué : il ne peut plus ouvrir l'Organisation. Un e-mail l'en a informé." }
    MembersUnblockDone { en: "{name} is unblocked and has been told by email.", fr: "{name} est débloqué ; un e-mail l'en a informé." }
    BatchAction { en: "Action for the selection", fr: "Action pour la sélection" }
    BatchMakeRole { en: "Make {role}", fr: "Nommer {role}" }
    BatchApply { en: "Apply", fr: "Appliquer" }
    BatchRefused { en: "Not done for these members:", fr: "Non effectué pour ces membres :" }
    PermissionsTitle { en: "Permissions of {name}", fr: "Autorisations de {name}" }
    PermissionsBilling { en: "Billing", fr: "Facturation" }
    PermissionsEmails { en: "Administrative emails", fr: "E-mails administratifs" }
    PermissionsManagersBill { en: "Legal representatives and administrators always have billing rights.", fr: "Les responsables légaux et les administrateurs ont toujours les droits de facturation." }
    PermissionsManagersAll { en: "Legal representatives and administrators manage every product.", fr: "Les responsables légaux et les administrateurs gèrent tous les produits." }
    PermissionsNoProducts { en: "The organization has no product yet.", fr: "L'Organisation n'a encore aucun produit." }
    PermissionsSaved { en: "The permissions of {name} are saved. They have been told by email.", fr: "Les autorisations de {name} sont enregistrées. Un e-mail l'en a informé." }
    MembersRemovePassword { en: "Your password, to confirm", fr: "Votre mot de passe, pour confirmer" }
    MembersRemoveTick { en: "I understand that this member loses access to the organization now", fr: "Je comprends que ce membre perd dès maintenant l'accès à l'Organisation" }
    InviteExpiry { en: "The invitation is valid for 7 days.", fr: "L'invitation est valable 7 jours." }
    MembersRemoveConfirm { en: "Remove", fr: "Retirer" }
    MembersRemoveDone { en: "{name} no longer belongs to the organization.", fr: "{name} ne fait plus partie de l'Organisation." }
    MembersChangeRole { en: "Change the role", fr: "Modifier le rôle" }
    MembersYou { en: "{name} (you)", fr: "{name} (vous)" }
    MembersPrevious { en: "Previous page", fr: "Page précédente" }
    MembersNext { en: "Next page", fr: "Page suivante" }
    MembersPage { en: "Page {page} of {pages}", fr: "Page {page} sur {pages}" }
    MembersPending { en: "Pending invitations", fr: "Invitations en attente" }
    MembersInvitedAs { en: "invited as {role}", fr: "invité en tant que {role}" }
    MembersInvitationExpires { en: "expires on {date}", fr: "expire le {date}" }
    MembersResend { en: "Resend", fr: "Renvoyer" }
    MembersRevoke { en: "Revoke", fr: "Révoquer" }
    MembersResendFor { en: "Resend the invitation to {email}", fr: "Renvoyer l'invitation à {email}" }
    MembersRevokeFor { en: "Revoke the invitation to {email}", fr: "Révoquer l'invitation à {email}" }
    InvitationResent { en: "Invitation sent again to {email}. The previous link no longer works.", fr: "Invitation renvoyée à {email}. Le lien précédent ne fonctionne plus." }
    InvitationRevoked { en: "The invitation to {email} is revoked.", fr: "L'invitation à {email} est révoquée." }
    MembersReadOnly { en: "You can see the members; only legal representatives and administrators manage them.", fr: "Vous voyez les membres ; seuls les responsables légaux et les administrateurs les gèrent." }
    InviteTitle { en: "Invite a user", fr: "Inviter un utilisateur" }
    InviteSend { en: "Send the invitation", fr: "Envoyer l'invitation" }
    InviteSent { en: "Invitation sent to {email}.", fr: "Invitation envoyée à {email}." }
    ChangeRoleLosesPermissions { en: "With this role, billing rights and administrative emails are turned off.", fr: "Avec ce rôle, les droits de facturation et les e-mails administratifs sont désactivés." }
    ChangeRoleGainsPermissions { en: "With this role, the member gets billing rights and the administrative emails.", fr: "Avec ce rôle, le membre obtient les droits de facturation et les e-mails administratifs." }
    ChangeRoleTitle { en: "Change the role of {name}", fr: "Modifier le rôle de {name}" }
    ChangeRoleCurrent { en: "Current role", fr: "Rôle actuel" }
    PermissionOn { en: "yes", fr: "oui" }
    PermissionOff { en: "no", fr: "non" }
    PermissionBilling { en: "Billing rights (see and pay invoices)", fr: "Droits de facturation (voir et payer les factures)" }
    PermissionMailBilling { en: "Billing emails", fr: "E-mails de facturation" }
    PermissionMailTechnical { en: "Technical emails", fr: "E-mails techniques" }
    PermissionMailSecurity { en: "Security emails", fr: "E-mails de sécurité" }
    PermissionProducts { en: "Products they may manage", fr: "Produits qu'il peut gérer" }
    MailBlockedSubject { en: "Your access to {org} is blocked", fr: "Votre accès à {org} est bloqué" }
    MailBlockedBody { en: "{actor} blocked your access to the organization {org}. Until it is unblocked, you cannot open it in the console nor manage its products.\n\nIf you do not know why, contact {actor} or another administrator of {org}.", fr: "{actor} a bloqué votre accès à l'Organisation {org}. Tant qu'il n'est pas débloqué, vous ne pouvez ni l'ouvrir dans la console ni gérer ses produits.\n\nSi vous n'en connaissez pas la raison, contactez {actor} ou un autre administrateur de {org}." }
    MailUnblockedSubject { en: "Your access to {org} is back", fr: "Votre accès à {org} est rétabli" }
    MailUnblockedBody { en: "{actor} unblocked your access to the organization {org}. You can open it in the console again.", fr: "{actor} a débloqué votre accès à l'Organisation {org}. Vous pouvez à nouveau l'ouvrir dans la console." }
    MailPermissionsSubject { en: "Your permissions in {org} have changed", fr: "Vos autorisations dans {org} ont changé" }
    MailPermissionsBody { en: "{actor} changed your permissions in the organization {org}. They are now:\n\n{summary}", fr: "{actor} a modifié vos autorisations dans l'Organisation {org}. Les voici désormais :\n\n{summary}" }
    ChangeRoleLrWarning { en: "A legal representative is legally responsible for the organization and can do everything in it, including managing the other legal representatives and deleting the organization.", fr: "Un responsable légal répond juridiquement de l'Organisation et peut tout y faire, y compris gérer les autres responsables légaux et supprimer l'Organisation." }
    ChangeRoleLrConfirm { en: "I confirm that this person legally represents the organization", fr: "Je confirme que cette personne représente légalement l'Organisation" }
    ChangeRoleDone { en: "{name} is now {role}. They have been notified by email.", fr: "{name} est désormais {role}. Un e-mail l'en a informé." }
}
