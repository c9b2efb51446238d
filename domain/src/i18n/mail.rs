//! Every email the product sends.

use super::Lang;

catalogue! {
    MailMsg;
    MailGreeting {
        en: "Hello {name},",
        fr: "Bonjour {name},",
        de: "Hallo {name},",
        it: "Gentile {name},",
        es: "Hola, {name}:",
    }
    MailSignature {
        en: "— The Orga team",
        fr: "— L'équipe Orga",
        de: "Freundliche Grüße\nIhr Orga-Team",
        it: "Cordiali saluti,\nIl team di Orga",
        es: "Saludos cordiales,\nEl equipo de Orga",
    }
    MailVerifySubject {
        en: "Confirm your email address",
        fr: "Confirmez votre adresse e-mail",
        de: "Bestätigen Sie Ihre E-Mail-Adresse",
        it: "Confermi il suo indirizzo e-mail",
        es: "Confirme su dirección de correo electrónico",
    }
    MailVerifyBody {
        en: "Open this link to confirm your address and enter the console:\n{link}\n\nThe link is valid for 24 hours and works once. If you did not create an Orga account, you can ignore this email.",
        fr: "Ouvrez ce lien pour confirmer votre adresse et accéder à la console :\n{link}\n\nLe lien est valable 24 heures et ne fonctionne qu'une fois. Si vous n'avez pas créé de compte Orga, ignorez cet e-mail.",
        de: "Öffnen Sie diesen Link, um Ihre Adresse zu bestätigen und zur Konsole zu gelangen:\n{link}\n\nDer Link ist 24 Stunden gültig und kann nur einmal verwendet werden. Wenn Sie kein Orga-Konto erstellt haben, können Sie diese E-Mail ignorieren.",
        it: "Apra questo link per confermare il suo indirizzo e accedere alla console:\n{link}\n\nIl link è valido per 24 ore e può essere usato una sola volta. Se non ha creato un account Orga, può ignorare questa e-mail.",
        es: "Abra este enlace para confirmar su dirección y acceder a la consola:\n{link}\n\nEl enlace es válido durante 24 horas y solo puede usarse una vez. Si no ha creado una cuenta de Orga, puede ignorar este correo.",
    }
    MailAlreadyRegisteredSubject {
        en: "Your Orga account",
        fr: "Votre compte Orga",
        de: "Ihr Orga-Konto",
        it: "Il suo account Orga",
        es: "Su cuenta de Orga",
    }
    MailAlreadyRegisteredBody {
        en: "Someone tried to create an Orga account with this address, which already has one. To sign in, open the console: {link}\n\nIf it was not you, there is nothing to do.",
        fr: "Quelqu'un a tenté de créer un compte Orga avec cette adresse, qui en possède déjà un. Pour vous connecter, ouvrez la console : {link}\n\nSi ce n'était pas vous, vous n'avez rien à faire.",
        de: "Jemand hat versucht, mit dieser Adresse ein Orga-Konto zu erstellen, obwohl für sie bereits eines besteht. Um sich anzumelden, öffnen Sie die Konsole: {link}\n\nWenn Sie das nicht waren, müssen Sie nichts tun.",
        it: "Qualcuno ha tentato di creare un account Orga con questo indirizzo, che ne ha già uno. Per accedere, apra la console: {link}\n\nSe non ha effettuato Lei questo tentativo, non deve fare nulla.",
        es: "Alguien ha intentado crear una cuenta de Orga con esta dirección, que ya tiene una. Para iniciar sesión, abra la consola: {link}\n\nSi no ha sido usted, no tiene que hacer nada.",
    }
    MailInviteSubject {
        en: "{inviter} invites you to join {org}",
        fr: "{inviter} vous invite à rejoindre {org}",
        de: "{inviter} lädt Sie ein, {org} beizutreten",
        it: "{inviter} la invita a unirsi a {org}",
        es: "{inviter} le invita a unirse a {org}",
    }
    MailInviteNewBody {
        en: "{inviter} invites you to join the organization {org} on Orga as {role}.\n\nCreate your account with this link to accept:\n{link}\n\nThe invitation expires in {days} days.",
        fr: "{inviter} vous invite à rejoindre l'Organisation {org} sur Orga en tant que {role}.\n\nCréez votre compte avec ce lien pour accepter :\n{link}\n\nL'invitation expire dans {days} jours.",
        de: "{inviter} lädt Sie ein, der Organisation {org} auf Orga als {role} beizutreten.\n\nErstellen Sie über diesen Link Ihr Konto, um die Einladung anzunehmen:\n{link}\n\nDie Einladung läuft in {days} Tagen ab.",
        it: "{inviter} la invita a unirsi all'Organizzazione {org} su Orga come {role}.\n\nCrei il suo account con questo link per accettare:\n{link}\n\nL'invito scade tra {days} giorni.",
        es: "{inviter} le invita a unirse a la Organización {org} en Orga como {role}.\n\nCree su cuenta con este enlace para aceptar:\n{link}\n\nLa invitación caduca en {days} días.",
    }
    MailInviteExistingBody {
        en: "{inviter} invites you to join the organization {org} on Orga as {role}.\n\nSign in to accept or decline the invitation:\n{link}\n\nThe invitation expires in {days} days.",
        fr: "{inviter} vous invite à rejoindre l'Organisation {org} sur Orga en tant que {role}.\n\nConnectez-vous pour accepter ou refuser l'invitation :\n{link}\n\nL'invitation expire dans {days} jours.",
        de: "{inviter} lädt Sie ein, der Organisation {org} auf Orga als {role} beizutreten.\n\nMelden Sie sich an, um die Einladung anzunehmen oder abzulehnen:\n{link}\n\nDie Einladung läuft in {days} Tagen ab.",
        it: "{inviter} la invita a unirsi all'Organizzazione {org} su Orga come {role}.\n\nAcceda per accettare o rifiutare l'invito:\n{link}\n\nL'invito scade tra {days} giorni.",
        es: "{inviter} le invita a unirse a la Organización {org} en Orga como {role}.\n\nInicie sesión para aceptar o rechazar la invitación:\n{link}\n\nLa invitación caduca en {days} días.",
    }
    MailMemberRemovedSubject {
        en: "You no longer belong to {org}",
        fr: "Vous ne faites plus partie de {org}",
        de: "Sie gehören nicht mehr zu {org}",
        it: "Non fa più parte di {org}",
        es: "Ya no forma parte de {org}",
    }
    MailMemberRemovedBody {
        en: "{actor} removed you from the organization {org}. You no longer see it in the console, nor its products.\n\nIf you think this is a mistake, contact {actor} or another administrator of {org}.",
        fr: "{actor} vous a retiré de l'Organisation {org}. Vous ne la voyez plus dans la console, ni ses produits.\n\nSi vous pensez qu'il s'agit d'une erreur, contactez {actor} ou un autre administrateur de {org}.",
        de: "{actor} hat Sie aus der Organisation {org} entfernt. Sie sehen die Organisation und ihre Produkte nicht mehr in der Konsole.\n\nWenn Sie glauben, dass es sich um einen Fehler handelt, wenden Sie sich an {actor} oder einen anderen Administrator von {org}.",
        it: "{actor} ha revocato la sua appartenenza all'Organizzazione {org}. Nella console non vedrà più l'Organizzazione né i relativi prodotti.\n\nSe ritiene che si tratti di un errore, contatti {actor} o un altro amministratore di {org}.",
        es: "{actor} le ha quitado de la Organización {org}. Ya no verá la Organización ni sus productos en la consola.\n\nSi cree que se trata de un error, póngase en contacto con {actor} o con otro administrador de {org}.",
    }
    MailRoleChangedSubject {
        en: "Your role in {org} has changed",
        fr: "Votre rôle dans {org} a changé",
        de: "Ihre Rolle in {org} hat sich geändert",
        it: "Il suo ruolo in {org} è cambiato",
        es: "Su rol en {org} ha cambiado",
    }
    MailRoleChangedBody {
        en: "{actor} changed your role in the organization {org}.\n\nBefore: {from}\nNow: {to}\n\nYou can see your organizations in the console: {link}",
        fr: "{actor} a modifié votre rôle dans l'Organisation {org}.\n\nAvant : {from}\nDésormais : {to}\n\nVous retrouvez vos Organisations dans la console : {link}",
        de: "{actor} hat Ihre Rolle in der Organisation {org} geändert.\n\nBisher: {from}\nNeu: {to}\n\nIhre Organisationen finden Sie in der Konsole: {link}",
        it: "{actor} ha modificato il suo ruolo nell'Organizzazione {org}.\n\nPrima: {from}\nOra: {to}\n\nPuò vedere le sue Organizzazioni nella console: {link}",
        es: "{actor} ha cambiado su rol en la Organización {org}.\n\nAntes: {from}\nAhora: {to}\n\nPuede ver sus Organizaciones en la consola: {link}",
    }
}
