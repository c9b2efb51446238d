//! The home page and the invitations inbox.

use super::Lang;

catalogue! {
    HomeMsg;
    HomeWelcome {
        en: "Welcome, {name}",
        fr: "Bienvenue, {name}",
        de: "Willkommen, {name}",
        it: "Le diamo il benvenuto, {name}",
        es: "Le damos la bienvenida, {name}",
    }
    HomeYourRole {
        en: "Your role in {org}: {role}.",
        fr: "Votre rôle dans {org} : {role}.",
        de: "Ihre Rolle in {org}: {role}.",
        it: "Il suo ruolo in {org}: {role}.",
        es: "Su rol en {org}: {role}.",
    }
    HomeInvitations {
        en: "Invitations for you",
        fr: "Invitations reçues",
        de: "Ihre Einladungen",
        it: "Inviti ricevuti",
        es: "Invitaciones recibidas",
    }
    HomeInvitationLine {
        en: "{org} invites you as {role}.",
        fr: "{org} vous invite en tant que {role}.",
        de: "{org} lädt Sie als {role} ein.",
        it: "{org} la invita come {role}.",
        es: "{org} le invita como {role}.",
    }
    HomeAccept {
        en: "Accept",
        fr: "Accepter",
        de: "Annehmen",
        it: "Accetta",
        es: "Aceptar",
    }
    HomeDecline {
        en: "Decline",
        fr: "Refuser",
        de: "Ablehnen",
        it: "Rifiuta",
        es: "Rechazar",
    }
    HomeNoOrganization {
        en: "You belong to no organization at the moment.",
        fr: "Vous n'appartenez actuellement à aucune Organisation.",
        de: "Sie gehören derzeit keiner Organisation an.",
        it: "Al momento non fa parte di alcuna Organizzazione.",
        es: "Actualmente no pertenece a ninguna Organización.",
    }
}
