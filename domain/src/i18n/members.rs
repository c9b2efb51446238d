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
    ChangeRoleDone { en: "{name} is now {role}. They have been notified by email.", fr: "{name} est désormais {role}. Un e-mail l'en a informé." }
}
