//! The home page and the invitations inbox.

use super::Lang;

catalogue! {
    HomeMsg;
    HomeWelcome { en: "Welcome, {name}", fr: "Bienvenue, {name}" }
    HomeYourRole { en: "Your role in {org}: {role}.", fr: "Votre rôle dans {org} : {role}." }
    HomeInvitations { en: "Invitations for you", fr: "Invitations reçues" }
    HomeInvitationLine { en: "{org} invites you as {role}.", fr: "{org} vous invite en tant que {role}." }
    HomeAccept { en: "Accept", fr: "Accepter" }
    HomeDecline { en: "Decline", fr: "Refuser" }
    HomeNoOrganization { en: "You belong to no organization at the moment.", fr: "Vous n'appartenez actuellement à aucune Organisation." }
}
