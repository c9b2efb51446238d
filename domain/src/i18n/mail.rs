//! Every email the product sends.

use super::Lang;

catalogue! {
    MailMsg;
    MailGreeting { en: "Hello {name},", fr: "Bonjour {name}," }
    MailSignature { en: "— The Orga team", fr: "— L'équipe Orga" }
    MailVerifySubject { en: "Confirm your email address", fr: "Confirmez votre adresse e-mail" }
    MailVerifyBody { en: "Open this link to confirm your address and enter the console:\n{link}\n\nThe link is valid for 24 hours and works once. If you did not create an Orga account, you can ignore this email.", fr: "Ouvrez ce lien pour confirmer votre adresse et accéder à la console :\n{link}\n\nLe lien est valable 24 heures et ne fonctionne qu'une fois. Si vous n'avez pas créé de compte Orga, ignorez cet e-mail." }
    MailAlreadyRegisteredSubject { en: "Your Orga account", fr: "Votre compte Orga" }
    MailAlreadyRegisteredBody { en: "Someone tried to create an Orga account with this address, which already has one. To sign in, open the console: {link}\n\nIf it was not you, there is nothing to do.", fr: "Quelqu'un a tenté de créer un compte Orga avec cette adresse, qui en possède déjà un. Pour vous connecter, ouvrez la console : {link}\n\nSi ce n'était pas vous, vous n'avez rien à faire." }
    MailInviteSubject { en: "{inviter} invites you to join {org}", fr: "{inviter} vous invite à rejoindre {org}" }
    MailInviteNewBody { en: "{inviter} invites you to join the organization {org} on Orga as {role}.\n\nCreate your account with this link to accept:\n{link}\n\nThe invitation expires in {days} days.", fr: "{inviter} vous invite à rejoindre l'Organisation {org} sur Orga en tant que {role}.\n\nCréez votre compte avec ce lien pour accepter :\n{link}\n\nL'invitation expire dans {days} jours." }
    MailInviteExistingBody { en: "{inviter} invites you to join the organization {org} on Orga as {role}.\n\nSign in to accept or decline the invitation:\n{link}\n\nThe invitation expires in {days} days.", fr: "{inviter} vous invite à rejoindre l'Organisation {org} sur Orga en tant que {role}.\n\nConnectez-vous pour accepter ou refuser l'invitation :\n{link}\n\nL'invitation expire dans {days} jours." }
    MailMemberRemovedSubject { en: "You no longer belong to {org}", fr: "Vous ne faites plus partie de {org}" }
    MailMemberRemovedBody { en: "{actor} removed you from the organization {org}. You no longer see it in the console, nor its products.\n\nIf you think this is a mistake, contact {actor} or another administrator of {org}.", fr: "{actor} vous a retiré de l'Organisation {org}. Vous ne la voyez plus dans la console, ni ses produits.\n\nSi vous pensez qu'il s'agit d'une erreur, contactez {actor} ou un autre administrateur de {org}." }
    MailRoleChangedSubject { en: "Your role in {org} has changed", fr: "Votre rôle dans {org} a changé" }
    MailRoleChangedBody { en: "{actor} changed your role in the organization {org}.\n\nBefore: {from}\nNow: {to}\n\nYou can see your organizations in the console: {link}", fr: "{actor} a modifié votre rôle dans l'Organisation {org}.\n\nAvant : {from}\nDésormais : {to}\n\nVous retrouvez vos Organisations dans la console : {link}" }
}
