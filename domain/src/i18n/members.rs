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
    MembersRemoveConfirm { en: "Remove", fr: "Retirer" }
    MembersRemoveDone { en: "{name} no longer belongs to the organization.", fr: "{name} ne fait plus partie de l'Organisation." }
    MembersChangeRole { en: "Change the role", fr: "Modifier le rôle" }
    MembersYou { en: "{name} (you)", fr: "{name} (vous)" }
    MembersPrevious { en: "Previous page", fr: "Page précédente" }
    MembersNext { en: "Next page", fr: "Page suivante" }
    MembersPage { en: "Page {page} of {pages}", fr: "Page {page} sur {pages}" }
    MembersPending { en: "Pending invitations", fr: "Invitations en attente" }
    MembersInvitedAs { en: "invited as {role}", fr: "invité en tant que {role}" }
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
    ChangeRoleDone { en: "{name} is now {role}. They have been notified by email.", fr: "{name} est désormais {role}. Un e-mail l'en a informé." }
}
