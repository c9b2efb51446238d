//! What every part of the console says: the product name, common buttons, errors, fields and
//! their problems, roles, refusals, navigation.

use super::Lang;

catalogue! {
    Msg;
    AppName {
        en: "Orga",
        fr: "Orga",
        de: "Orga",
        it: "Orga",
        es: "Orga",
    }
    Loading {
        en: "Loading…",
        fr: "Chargement…",
        de: "Wird geladen…",
        it: "Caricamento…",
        es: "Cargando…",
    }
    Cancel {
        en: "Cancel",
        fr: "Annuler",
        de: "Abbrechen",
        it: "Annulla",
        es: "Cancelar",
    }
    Save {
        en: "Save",
        fr: "Enregistrer",
        de: "Speichern",
        it: "Salva",
        es: "Guardar",
    }
    SkipToContent {
        en: "Skip to content",
        fr: "Aller au contenu",
        de: "Zum Inhalt springen",
        it: "Vai al contenuto",
        es: "Ir al contenido",
    }
    LanguageLabel {
        en: "Language",
        fr: "Langue",
        de: "Sprache",
        it: "Lingua",
        es: "Idioma",
    }
    ErrorInternal {
        en: "Something went wrong on our side. Please try again in a moment.",
        fr: "Un problème est survenu de notre côté. Veuillez réessayer dans un instant.",
        de: "Auf unserer Seite ist ein Fehler aufgetreten. Bitte versuchen Sie es in einem Moment erneut.",
        it: "Si è verificato un problema da parte nostra. Riprovi tra qualche istante.",
        es: "Se ha producido un error por nuestra parte. Vuelva a intentarlo en unos instantes.",
    }
    ErrorNetwork {
        en: "The console could not reach the server. Check your connection and try again.",
        fr: "La console n'a pas pu joindre le serveur. Vérifiez votre connexion et réessayez.",
        de: "Die Konsole konnte den Server nicht erreichen. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.",
        it: "La console non è riuscita a raggiungere il server. Controlli la connessione e riprovi.",
        es: "La consola no ha podido conectar con el servidor. Compruebe su conexión y vuelva a intentarlo.",
    }
    ErrorUnauthenticated {
        en: "Your session has ended. Please sign in again.",
        fr: "Votre session a pris fin. Veuillez vous reconnecter.",
        de: "Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.",
        it: "La sua sessione è terminata. Acceda di nuovo.",
        es: "Su sesión ha finalizado. Vuelva a iniciar sesión.",
    }
    ErrorNotFound {
        en: "This item does not exist or is no longer available to you.",
        fr: "Cet élément n'existe pas ou ne vous est plus accessible.",
        de: "Dieses Element existiert nicht oder ist für Sie nicht mehr verfügbar.",
        it: "Questo elemento non esiste o non è più accessibile.",
        es: "Este elemento no existe o ya no está disponible para usted.",
    }
    ErrorCrossSite {
        en: "Request refused: it did not come from the console itself.",
        fr: "Requête refusée : elle ne provient pas de la console elle-même.",
        de: "Anfrage abgelehnt, da sie nicht von der Konsole selbst stammt.",
        it: "Richiesta rifiutata: non proviene dalla console stessa.",
        es: "Solicitud rechazada: no procede de la propia consola.",
    }
    ErrorInvalidCredentials {
        en: "The email address or the password is incorrect.",
        fr: "L'adresse e-mail ou le mot de passe est incorrect.",
        de: "Die E-Mail-Adresse oder das Passwort ist falsch.",
        it: "L'indirizzo e-mail o la password non sono corretti.",
        es: "La dirección de correo electrónico o la contraseña no son correctas.",
    }
    ErrorEmailNotVerified {
        en: "Confirm your email address first: we have just sent you a new link.",
        fr: "Confirmez d'abord votre adresse e-mail : nous venons de vous renvoyer un lien.",
        de: "Bestätigen Sie zuerst Ihre E-Mail-Adresse: Wir haben Ihnen soeben einen neuen Link gesendet.",
        it: "Confermi prima il suo indirizzo e-mail: le abbiamo appena inviato un nuovo link.",
        es: "Confirme primero su dirección de correo electrónico: acabamos de enviarle un nuevo enlace.",
    }
    ErrorAlreadyMember {
        en: "This person is already a member of the organization.",
        fr: "Cette personne est déjà membre de l'Organisation.",
        de: "Diese Person ist bereits Mitglied der Organisation.",
        it: "Questa persona è già membro dell'Organizzazione.",
        es: "Esta persona ya es miembro de la Organización.",
    }
    ErrorInvitationInvalid {
        en: "This invitation is no longer valid: it was used, revoked or has expired.",
        fr: "Cette invitation n'est plus valable : elle a été utilisée, révoquée ou a expiré.",
        de: "Diese Einladung ist nicht mehr gültig, weil sie bereits verwendet oder widerrufen wurde oder abgelaufen ist.",
        it: "Questo invito non è più valido: è stato utilizzato, revocato oppure è scaduto.",
        es: "Esta invitación ya no es válida: se ha utilizado, se ha revocado o ha caducado.",
    }
    ErrorInvitationOtherEmail {
        en: "This invitation was sent to another email address.",
        fr: "Cette invitation a été envoyée à une autre adresse e-mail.",
        de: "Diese Einladung wurde an eine andere E-Mail-Adresse gesendet.",
        it: "Questo invito è stato inviato a un altro indirizzo e-mail.",
        es: "Esta invitación se envió a otra dirección de correo electrónico.",
    }
    ErrorAccountExists {
        en: "An account already uses this address: sign in to accept the invitation.",
        fr: "Un compte utilise déjà cette adresse : connectez-vous pour accepter l'invitation.",
        de: "Für diese Adresse gibt es bereits ein Konto: Melden Sie sich an, um die Einladung anzunehmen.",
        it: "Questo indirizzo è già associato a un account: acceda per accettare l'invito.",
        es: "Ya existe una cuenta con esta dirección: inicie sesión para aceptar la invitación.",
    }
    ErrorLinkInvalid {
        en: "This link is no longer valid: it was already used or has expired.",
        fr: "Ce lien n'est plus valable : il a déjà été utilisé ou a expiré.",
        de: "Dieser Link ist nicht mehr gültig: Er wurde bereits verwendet oder ist abgelaufen.",
        it: "Questo link non è più valido: è già stato utilizzato o è scaduto.",
        es: "Este enlace ya no es válido: ya se ha utilizado o ha caducado.",
    }
    ErrorReauthenticationRequired {
        en: "For your security, confirm it is you before this change.",
        fr: "Pour votre sécurité, confirmez qu'il s'agit bien de vous avant cette modification.",
        de: "Bestätigen Sie zu Ihrer Sicherheit vor dieser Änderung, dass Sie es sind.",
        it: "Per la sua sicurezza, confermi la sua identità prima di questa modifica.",
        es: "Por su seguridad, confirme que es usted antes de realizar este cambio.",
    }
    ReauthTitle {
        en: "Confirm it is you",
        fr: "Confirmez qu'il s'agit de vous",
        de: "Bestätigen Sie, dass Sie es sind",
        it: "Confermi la sua identità",
        es: "Confirme que es usted",
    }
    ReauthExplain {
        en: "This change protects your account. Enter your password, or a code from your two-factor authentication, to continue. You will not be asked again for 10 minutes.",
        fr: "Cette modification protège votre compte. Saisissez votre mot de passe, ou un code de votre authentification à deux facteurs, pour continuer. Cela ne vous sera plus demandé pendant 10 minutes.",
        de: "Diese Änderung schützt Ihr Konto. Geben Sie Ihr Passwort oder einen Code Ihrer Zwei-Faktor-Authentifizierung ein, um fortzufahren. In den nächsten 10 Minuten werden Sie nicht erneut gefragt.",
        it: "Questa modifica protegge il suo account. Per continuare, inserisca la sua password o un codice della sua autenticazione a due fattori. Non le verrà richiesto di nuovo per 10 minuti.",
        es: "Este cambio protege su cuenta. Para continuar, introduzca su contraseña o un código de su autenticación de dos factores. No se le volverá a pedir durante 10 minutos.",
    }
    ReauthUseCode {
        en: "Use a two-factor code instead",
        fr: "Utiliser plutôt un code à deux facteurs",
        de: "Stattdessen einen Zwei-Faktor-Code verwenden",
        it: "Usa invece un codice a due fattori",
        es: "Usar un código de dos factores en su lugar",
    }
    ReauthUsePassword {
        en: "Use my password instead",
        fr: "Utiliser plutôt mon mot de passe",
        de: "Stattdessen mein Passwort verwenden",
        it: "Usa invece la mia password",
        es: "Usar mi contraseña en su lugar",
    }
    ReauthConfirm {
        en: "Confirm",
        fr: "Confirmer",
        de: "Bestätigen",
        it: "Conferma",
        es: "Confirmar",
    }
    FieldCode {
        en: "Code",
        fr: "Code",
        de: "Code",
        it: "Codice",
        es: "Código",
    }
    ProblemWrongCode {
        en: "This code is not correct or has already been used.",
        fr: "Ce code est incorrect ou a déjà été utilisé.",
        de: "Dieser Code ist falsch oder wurde bereits verwendet.",
        it: "Questo codice non è corretto o è già stato utilizzato.",
        es: "Este código no es correcto o ya se ha utilizado.",
    }
    ErrorInvalidField {
        en: "{field}: {problem}",
        fr: "{field} : {problem}",
        de: "{field}: {problem}",
        it: "{field}: {problem}",
        es: "{field}: {problem}",
    }
    EmailEmpty {
        en: "Enter an email address.",
        fr: "Saisissez une adresse e-mail.",
        de: "Geben Sie eine E-Mail-Adresse ein.",
        it: "Inserisca un indirizzo e-mail.",
        es: "Introduzca una dirección de correo electrónico.",
    }
    EmailTooLong {
        en: "An email address has at most 254 characters.",
        fr: "Une adresse e-mail compte au plus 254 caractères.",
        de: "Eine E-Mail-Adresse hat höchstens 254 Zeichen.",
        it: "Un indirizzo e-mail può contenere al massimo 254 caratteri.",
        es: "Una dirección de correo electrónico tiene como máximo 254 caracteres.",
    }
    EmailMalformed {
        en: "Enter an email address of the form name@example.com.",
        fr: "Saisissez une adresse e-mail de la forme nom@exemple.ch.",
        de: "Geben Sie eine E-Mail-Adresse im Format name@beispiel.ch ein.",
        it: "Inserisca un indirizzo e-mail nel formato nome@esempio.ch.",
        es: "Introduzca una dirección de correo electrónico con el formato nombre@ejemplo.com.",
    }
    NameEmpty {
        en: "This field is required.",
        fr: "Ce champ est obligatoire.",
        de: "Dieses Feld ist erforderlich.",
        it: "Questo campo è obbligatorio.",
        es: "Este campo es obligatorio.",
    }
    NameFormatCharacters {
        en: "This name contains invisible formatting characters.",
        fr: "Ce nom contient des caractères de mise en forme invisibles.",
        de: "Dieser Name enthält unsichtbare Formatierungszeichen.",
        it: "Questo nome contiene caratteri di formattazione invisibili.",
        es: "Este nombre contiene caracteres de formato invisibles.",
    }
    NameTooLong {
        en: "This name is too long.",
        fr: "Ce nom est trop long.",
        de: "Dieser Name ist zu lang.",
        it: "Questo nome è troppo lungo.",
        es: "Este nombre es demasiado largo.",
    }
    TextTooLong {
        en: "This text is too long.",
        fr: "Ce texte est trop long.",
        de: "Dieser Text ist zu lang.",
        it: "Questo testo è troppo lungo.",
        es: "Este texto es demasiado largo.",
    }
    NameControlCharacters {
        en: "This name contains characters that are not allowed.",
        fr: "Ce nom contient des caractères non autorisés.",
        de: "Dieser Name enthält unzulässige Zeichen.",
        it: "Questo nome contiene caratteri non consentiti.",
        es: "Este nombre contiene caracteres no permitidos.",
    }
    PasswordTooShort {
        en: "Use at least 15 characters. A short sentence is easy to remember.",
        fr: "Utilisez au moins 15 caractères. Une courte phrase se retient facilement.",
        de: "Verwenden Sie mindestens 15 Zeichen. Ein kurzer Satz lässt sich leicht merken.",
        it: "Usi almeno 15 caratteri. Una breve frase è facile da ricordare.",
        es: "Utilice al menos 15 caracteres. Una frase corta es fácil de recordar.",
    }
    PasswordTooLong {
        en: "Use at most 128 characters.",
        fr: "Utilisez au plus 128 caractères.",
        de: "Verwenden Sie höchstens 128 Zeichen.",
        it: "Usi al massimo 128 caratteri.",
        es: "Utilice como máximo 128 caracteres.",
    }
    PasswordCommon {
        en: "This password is too common or too easy to guess: attackers try such passwords first. Choose another one.",
        fr: "Ce mot de passe est trop courant ou trop facile à deviner : les attaquants essaient ce genre de mot de passe en premier. Choisissez-en un autre.",
        de: "Dieses Passwort ist zu verbreitet oder zu leicht zu erraten: Angreifer probieren solche Passwörter zuerst aus. Wählen Sie ein anderes.",
        it: "Questa password è troppo comune o troppo facile da indovinare: i malintenzionati provano per prime password di questo tipo. Ne scelga un'altra.",
        es: "Esta contraseña es demasiado común o fácil de adivinar: los atacantes prueban primero este tipo de contraseñas. Elija otra.",
    }
    PasswordPersonal {
        en: "Your password must not contain your email address or your name.",
        fr: "Votre mot de passe ne doit contenir ni votre adresse e-mail ni votre nom.",
        de: "Ihr Passwort darf weder Ihre E-Mail-Adresse noch Ihren Namen enthalten.",
        it: "La password non deve contenere il suo indirizzo e-mail né il suo nome.",
        es: "Su contraseña no debe contener su dirección de correo electrónico ni su nombre.",
    }
    FieldEmail {
        en: "Email address",
        fr: "Adresse e-mail",
        de: "E-Mail-Adresse",
        it: "Indirizzo e-mail",
        es: "Correo electrónico",
    }
    FieldPassword {
        en: "Password",
        fr: "Mot de passe",
        de: "Passwort",
        it: "Password",
        es: "Contraseña",
    }
    FieldFirstName {
        en: "First name",
        fr: "Prénom",
        de: "Vorname",
        it: "Nome",
        es: "Nombre",
    }
    FieldLastName {
        en: "Last name",
        fr: "Nom",
        de: "Nachname",
        it: "Cognome",
        es: "Apellidos",
    }
    FieldAccountType {
        en: "Account type",
        fr: "Type de compte",
        de: "Kontotyp",
        it: "Tipo di account",
        es: "Tipo de cuenta",
    }
    FieldOrganizationName {
        en: "Organization name",
        fr: "Nom de l'Organisation",
        de: "Name der Organisation",
        it: "Nome dell'Organizzazione",
        es: "Nombre de la Organización",
    }
    FieldSearch {
        en: "Search",
        fr: "Recherche",
        de: "Suche",
        it: "Cerca",
        es: "Buscar",
    }
    FieldRole {
        en: "Role",
        fr: "Rôle",
        de: "Rolle",
        it: "Ruolo",
        es: "Rol",
    }
    AccountIndividual {
        en: "Individual",
        fr: "Particulier",
        de: "Privatperson",
        it: "Privato",
        es: "Particular",
    }
    AccountCompany {
        en: "Company",
        fr: "Entreprise",
        de: "Unternehmen",
        it: "Azienda",
        es: "Empresa",
    }
    AccountAssociation {
        en: "Association",
        fr: "Association",
        de: "Verein",
        it: "Associazione",
        es: "Asociación",
    }
    AccountPublicBody {
        en: "Public body",
        fr: "Administration publique",
        de: "Öffentliche Verwaltung",
        it: "Ente pubblico",
        es: "Administración pública",
    }
    RoleLegalRepresentative {
        en: "Legal representative",
        fr: "Responsable légal",
        de: "Gesetzlicher Vertreter",
        it: "Rappresentante legale",
        es: "Representante legal",
    }
    RoleAdministrator {
        en: "Administrator",
        fr: "Administrateur",
        de: "Administrator",
        it: "Amministratore",
        es: "Administrador",
    }
    RoleCollaborator {
        en: "Collaborator",
        fr: "Collaborateur",
        de: "Mitarbeiter",
        it: "Collaboratore",
        es: "Colaborador",
    }
    RoleExternal {
        en: "External user",
        fr: "Utilisateur externe",
        de: "Externer Benutzer",
        it: "Utente esterno",
        es: "Usuario externo",
    }
    RoleLegalRepresentativeHelp {
        en: "Owns the organization and is legally responsible for it.",
        fr: "Propriétaire de l'Organisation, légalement responsable de celle-ci.",
        de: "Inhaber der Organisation, rechtlich für sie verantwortlich.",
        it: "Titolare dell'Organizzazione, ne è legalmente responsabile.",
        es: "Titular de la Organización, legalmente responsable de ella.",
    }
    RoleAdministratorHelp {
        en: "All rights except those reserved to legal representatives.",
        fr: "Tous les droits sauf ceux réservés aux responsables légaux.",
        de: "Alle Rechte außer denen, die gesetzlichen Vertretern vorbehalten sind.",
        it: "Tutti i diritti tranne quelli riservati ai rappresentanti legali.",
        es: "Todos los derechos salvo los reservados a los representantes legales.",
    }
    RoleCollaboratorHelp {
        en: "Only the products granted, with or without billing rights.",
        fr: "Uniquement les produits attribués, avec ou sans droits de facturation.",
        de: "Nur die zugewiesenen Produkte, mit oder ohne Abrechnungsrechte.",
        it: "Solo i prodotti assegnati, con o senza diritti di fatturazione.",
        es: "Solo los productos asignados, con o sin permisos de facturación.",
    }
    RoleExternalHelp {
        en: "Like a collaborator, outside the organization: not in its directory.",
        fr: "Comme un collaborateur, hors de l'Organisation : absent de son annuaire.",
        de: "Wie ein Mitarbeiter, aber außerhalb der Organisation: nicht in ihrem Verzeichnis.",
        it: "Come un collaboratore, ma esterno all'Organizzazione: non compare nella sua rubrica.",
        es: "Como un colaborador, pero fuera de la Organización: no figura en su directorio.",
    }
    DeniedNotAMember {
        en: "You are not a member of this organization.",
        fr: "Vous n'êtes pas membre de cette Organisation.",
        de: "Sie sind kein Mitglied dieser Organisation.",
        it: "Non è membro di questa Organizzazione.",
        es: "No es miembro de esta Organización.",
    }
    DeniedBlocked {
        en: "Your access to this organization is blocked. Contact its administrators.",
        fr: "Votre accès à cette Organisation est bloqué. Contactez ses administrateurs.",
        de: "Ihr Zugang zu dieser Organisation ist gesperrt. Wenden Sie sich an deren Administratoren.",
        it: "Il suo accesso a questa Organizzazione è bloccato. Contatti gli amministratori dell'Organizzazione.",
        es: "Su acceso a esta Organización está bloqueado. Póngase en contacto con los administradores de la Organización.",
    }
    DeniedExternalDirectory {
        en: "External users do not see the organization's members.",
        fr: "Les utilisateurs externes ne voient pas les membres de l'Organisation.",
        de: "Externe Benutzer sehen die Mitglieder der Organisation nicht.",
        it: "Gli utenti esterni non vedono i membri dell'Organizzazione.",
        es: "Los usuarios externos no ven a los miembros de la Organización.",
    }
    DeniedOnlyManagers {
        en: "Only legal representatives and administrators manage members.",
        fr: "Seuls les responsables légaux et les administrateurs gèrent les membres.",
        de: "Nur gesetzliche Vertreter und Administratoren können Mitglieder verwalten.",
        it: "Solo i rappresentanti legali e gli amministratori possono gestire i membri.",
        es: "Solo los representantes legales y los administradores pueden gestionar los miembros.",
    }
    DeniedOnlyLrGrants {
        en: "Only a legal representative may grant the legal representative role.",
        fr: "Seul un responsable légal peut attribuer le rôle de responsable légal.",
        de: "Nur ein gesetzlicher Vertreter kann die Rolle „Gesetzlicher Vertreter“ vergeben.",
        it: "Solo un rappresentante legale può assegnare il ruolo di rappresentante legale.",
        es: "Solo un representante legal puede asignar el rol de representante legal.",
    }
    DeniedOnlyLrChanges {
        en: "Only a legal representative may change or remove a legal representative.",
        fr: "Seul un responsable légal peut modifier ou retirer un responsable légal.",
        de: "Nur ein gesetzlicher Vertreter kann einen gesetzlichen Vertreter ändern oder entfernen.",
        it: "Solo un rappresentante legale può modificare o rimuovere un rappresentante legale.",
        es: "Solo un representante legal puede modificar o quitar a un representante legal.",
    }
    DeniedLastLr {
        en: "The organization must keep at least one legal representative who is not blocked.",
        fr: "L'Organisation doit conserver au moins un responsable légal non bloqué.",
        de: "Die Organisation muss mindestens einen gesetzlichen Vertreter behalten, der nicht gesperrt ist.",
        it: "L'Organizzazione deve mantenere almeno un rappresentante legale non bloccato.",
        es: "La Organización debe conservar al menos un representante legal no bloqueado.",
    }
    ErrorInvitationNoLongerGrants {
        en: "This invitation offered the role {role}, which the person who sent it may no longer grant: it gives no access. Ask a legal representative or an administrator of the organization to invite you again.",
        fr: "Cette invitation proposait le rôle {role}, que la personne qui l'a envoyée ne peut plus attribuer : elle ne donne aucun accès. Demandez à un responsable légal ou à un administrateur de l'Organisation de vous inviter à nouveau.",
        de: "Diese Einladung bot die Rolle „{role}“ an, die die einladende Person nicht mehr vergeben darf. Die Einladung gewährt daher keinen Zugang. Bitten Sie einen gesetzlichen Vertreter oder einen Administrator der Organisation, Sie erneut einzuladen.",
        it: "Questo invito offriva il ruolo di {role}, che la persona che l'ha inviato non può più assegnare: non dà quindi alcun accesso. Chieda a un rappresentante legale o a un amministratore dell'Organizzazione di invitarla di nuovo.",
        es: "Esta invitación ofrecía el rol de {role}, que la persona que la envió ya no puede asignar: no da ningún acceso. Pida a un representante legal o a un administrador de la Organización que le envíe una nueva invitación.",
    }
    DeniedBlockYourself {
        en: "You cannot block yourself.",
        fr: "Vous ne pouvez pas vous bloquer vous-même.",
        de: "Sie können sich nicht selbst sperren.",
        it: "Non è possibile bloccare il proprio accesso.",
        es: "No puede bloquear su propio acceso.",
    }
    DeniedLastLrLeaving {
        en: "You are the organization's last legal representative: appoint another legal representative before leaving, or delete the organization.",
        fr: "Vous êtes le dernier responsable légal de l'Organisation : nommez un autre responsable légal avant de la quitter, ou supprimez l'Organisation.",
        de: "Sie sind der letzte gesetzliche Vertreter der Organisation: Ernennen Sie einen weiteren gesetzlichen Vertreter, bevor Sie sie verlassen, oder löschen Sie die Organisation.",
        it: "È l'ultimo rappresentante legale dell'Organizzazione: nomini un altro rappresentante legale prima di lasciarla, oppure elimini l'Organizzazione.",
        es: "Es el último representante legal de la Organización: nombre a otro representante legal antes de abandonarla o elimine la Organización.",
    }
    DeniedInOfficeSuite {
        en: "You are a user of the organization's office suite: ask an administrator to remove you from it first.",
        fr: "Vous êtes utilisateur de la suite bureautique de l'Organisation : demandez d'abord à un administrateur de vous en retirer.",
        de: "Sie sind Benutzer der Office-Suite der Organisation: Bitten Sie zuerst einen Administrator, Sie daraus zu entfernen.",
        it: "È un utente della suite per l'ufficio dell'Organizzazione: chieda prima a un amministratore di rimuoverla dalla suite.",
        es: "Es usuario de la suite ofimática de la Organización: pida primero a un administrador que le dé de baja de la suite.",
    }
    DeniedLoginHostedHere {
        en: "Your login email is hosted by one of the organization's mail services: change your login email first.",
        fr: "Votre adresse e-mail de connexion est hébergée par l'un des services mail de l'Organisation : changez d'abord d'adresse de connexion.",
        de: "Ihre Anmelde-E-Mail-Adresse wird von einem Mail-Dienst der Organisation gehostet: Ändern Sie zuerst Ihre Anmelde-E-Mail-Adresse.",
        it: "La sua e-mail di accesso è ospitata da uno dei servizi e-mail dell'Organizzazione: cambi prima la sua e-mail di accesso.",
        es: "Su correo de inicio de sesión está alojado en uno de los servicios de correo de la Organización: cambie primero su correo de inicio de sesión.",
    }
    DeniedOnlyLrEditsDetails {
        en: "Only legal representatives edit the organization's details.",
        fr: "Seuls les responsables légaux modifient les informations de l'Organisation.",
        de: "Nur gesetzliche Vertreter können die Angaben der Organisation bearbeiten.",
        it: "Solo i rappresentanti legali possono modificare i dati dell'Organizzazione.",
        es: "Solo los representantes legales pueden modificar los datos de la Organización.",
    }
    DeniedOnlyManagersCustomize {
        en: "Only legal representatives and administrators customize the organization.",
        fr: "Seuls les responsables légaux et les administrateurs personnalisent l'Organisation.",
        de: "Nur gesetzliche Vertreter und Administratoren können die Organisation anpassen.",
        it: "Solo i rappresentanti legali e gli amministratori possono personalizzare l'Organizzazione.",
        es: "Solo los representantes legales y los administradores pueden personalizar la Organización.",
    }
    DeniedOnlyManagersDelete {
        en: "Only legal representatives and administrators delete the organization.",
        fr: "Seuls les responsables légaux et les administrateurs suppriment l'Organisation.",
        de: "Nur gesetzliche Vertreter und Administratoren können die Organisation löschen.",
        it: "Solo i rappresentanti legali e gli amministratori possono eliminare l'Organizzazione.",
        es: "Solo los representantes legales y los administradores pueden eliminar la Organización.",
    }
    DeniedOnlyManagersSecurity {
        en: "Only legal representatives and administrators manage the organization's security.",
        fr: "Seuls les responsables légaux et les administrateurs gèrent la sécurité de l'Organisation.",
        de: "Nur gesetzliche Vertreter und Administratoren können die Sicherheit der Organisation verwalten.",
        it: "Solo i rappresentanti legali e gli amministratori possono gestire la sicurezza dell'Organizzazione.",
        es: "Solo los representantes legales y los administradores pueden gestionar la seguridad de la Organización.",
    }
    DeniedTwoFactorRequired {
        en: "This organization requires two-factor authentication: set it up on your account to continue.",
        fr: "Cette Organisation exige la double authentification : activez-la sur votre compte pour continuer.",
        de: "Diese Organisation verlangt die Zwei-Faktor-Authentifizierung: Richten Sie sie für Ihr Konto ein, um fortzufahren.",
        it: "Questa Organizzazione richiede l'autenticazione a due fattori: la attivi sul suo account per continuare.",
        es: "Esta Organización exige la autenticación de dos factores: actívela en su cuenta para continuar.",
    }
    DeniedChooseLoginFirst {
        en: "Your login mailbox was lost: choose your new login email first.",
        fr: "Votre boîte de connexion est perdue : choisissez d'abord votre nouvelle adresse e-mail de connexion.",
        de: "Ihr Anmelde-Postfach existiert nicht mehr: Wählen Sie zuerst Ihre neue Anmelde-E-Mail-Adresse.",
        it: "La casella di posta che usa per accedere non esiste più: scelga prima la sua nuova e-mail di accesso.",
        es: "El buzón con el que inicia sesión ya no existe: elija primero su nuevo correo de inicio de sesión.",
    }
    DeniedOwnTwoFactorFirst {
        en: "Turn on two-factor authentication on your own account first: otherwise the requirement would hold you back too.",
        fr: "Activez d'abord la double authentification sur votre propre compte : sinon l'exigence vous bloquerait aussi.",
        de: "Aktivieren Sie zuerst die Zwei-Faktor-Authentifizierung für Ihr eigenes Konto: Sonst würde die Vorgabe auch Sie ausschließen.",
        it: "Attivi prima l'autenticazione a due fattori sul suo account: altrimenti l'obbligo bloccherebbe anche il suo accesso.",
        es: "Active primero la autenticación de dos factores en su propia cuenta: de lo contrario, el requisito también le bloquearía a usted.",
    }
    DeniedProductNotGranted {
        en: "This product is not among those you manage: ask an administrator for access.",
        fr: "Ce produit ne fait pas partie de ceux que vous gérez : demandez l'accès à un administrateur.",
        de: "Dieses Produkt gehört nicht zu denen, die Sie verwalten: Bitten Sie einen Administrator um Zugriff.",
        it: "Questo prodotto non è tra quelli che gestisce: chieda l'accesso a un amministratore.",
        es: "Este producto no está entre los que usted gestiona: solicite acceso a un administrador.",
    }
    DeniedProductBlocked {
        en: "The management of this product is blocked: only legal representatives and administrators manage it.",
        fr: "La gestion de ce produit est bloquée : seuls les responsables légaux et les administrateurs la gèrent.",
        de: "Die Verwaltung dieses Produkts ist gesperrt: Nur gesetzliche Vertreter und Administratoren können es verwalten.",
        it: "La gestione di questo prodotto è bloccata: solo i rappresentanti legali e gli amministratori possono gestirlo.",
        es: "La gestión de este producto está bloqueada: solo los representantes legales y los administradores pueden gestionarlo.",
    }
    DeniedOnlyManagersBlockProducts {
        en: "Only legal representatives and administrators block or unblock a product's management.",
        fr: "Seuls les responsables légaux et les administrateurs bloquent ou débloquent la gestion d'un produit.",
        de: "Nur gesetzliche Vertreter und Administratoren können die Verwaltung eines Produkts sperren oder entsperren.",
        it: "Solo i rappresentanti legali e gli amministratori possono bloccare o sbloccare la gestione di un prodotto.",
        es: "Solo los representantes legales y los administradores pueden bloquear o desbloquear la gestión de un producto.",
    }
    DeniedOnlyManagersTerminate {
        en: "Only legal representatives and administrators terminate a product.",
        fr: "Seuls les responsables légaux et les administrateurs résilient un produit.",
        de: "Nur gesetzliche Vertreter und Administratoren können ein Produkt kündigen.",
        it: "Solo i rappresentanti legali e gli amministratori possono disdire un prodotto.",
        es: "Solo los representantes legales y los administradores pueden cancelar un producto.",
    }
    DeniedNoBillingRights {
        en: "Billing is reserved to legal representatives, administrators and members with billing rights.",
        fr: "La facturation est réservée aux responsables légaux, aux administrateurs et aux membres ayant les droits de facturation.",
        de: "Die Abrechnung ist gesetzlichen Vertretern, Administratoren und Mitgliedern mit Abrechnungsrechten vorbehalten.",
        it: "La fatturazione è riservata ai rappresentanti legali, agli amministratori e ai membri con diritti di fatturazione.",
        es: "La facturación está reservada a los representantes legales, los administradores y los miembros con permisos de facturación.",
    }
    DeniedOnlyManagersBillingSettings {
        en: "Only legal representatives and administrators manage payment methods, withdrawals and subscriptions.",
        fr: "Seuls les responsables légaux et les administrateurs gèrent les moyens de paiement, les retraits et les abonnements.",
        de: "Nur gesetzliche Vertreter und Administratoren können Zahlungsmethoden, Lastschriften und Abonnements verwalten.",
        it: "Solo i rappresentanti legali e gli amministratori possono gestire i metodi di pagamento, gli addebiti diretti e gli abbonamenti.",
        es: "Solo los representantes legales y los administradores pueden gestionar los métodos de pago, las domiciliaciones bancarias y las suscripciones.",
    }
    DeniedOnlyManagersAudit {
        en: "Only legal representatives and administrators see the audit log.",
        fr: "Seuls les responsables légaux et les administrateurs consultent le journal d'audit.",
        de: "Nur gesetzliche Vertreter und Administratoren können das Audit-Protokoll einsehen.",
        it: "Solo i rappresentanti legali e gli amministratori possono consultare il registro di audit.",
        es: "Solo los representantes legales y los administradores pueden consultar el registro de auditoría.",
    }
    StrengthLabel {
        en: "Strength: {level}",
        fr: "Robustesse : {level}",
        de: "Stärke: {level}",
        it: "Sicurezza: {level}",
        es: "Seguridad: {level}",
    }
    Strength0 {
        en: "Not accepted",
        fr: "Refusé",
        de: "Nicht zulässig",
        it: "Non accettata",
        es: "No aceptada",
    }
    Strength1 {
        en: "Weak",
        fr: "Faible",
        de: "Schwach",
        it: "Debole",
        es: "Débil",
    }
    Strength2 {
        en: "Fair",
        fr: "Moyen",
        de: "Mittel",
        it: "Media",
        es: "Media",
    }
    Strength3 {
        en: "Good",
        fr: "Bon",
        de: "Gut",
        it: "Buona",
        es: "Buena",
    }
    Strength4 {
        en: "Strong",
        fr: "Excellent",
        de: "Stark",
        it: "Forte",
        es: "Fuerte",
    }
    HeaderAccountMenu {
        en: "Account menu",
        fr: "Menu du compte",
        de: "Kontomenü",
        it: "Menu dell'account",
        es: "Menú de la cuenta",
    }
    HeaderSignedInAs {
        en: "Signed in as",
        fr: "Connecté en tant que",
        de: "Angemeldet als",
        it: "Accesso effettuato come",
        es: "Sesión iniciada como",
    }
    HeaderManageProfile {
        en: "Manage my profile",
        fr: "Gérer mon profil",
        de: "Mein Profil verwalten",
        it: "Gestisci il mio profilo",
        es: "Gestionar mi perfil",
    }
    HeaderSignOut {
        en: "Sign out",
        fr: "Se déconnecter",
        de: "Abmelden",
        it: "Esci",
        es: "Cerrar sesión",
    }
    NavHome {
        en: "Home",
        fr: "Accueil",
        de: "Startseite",
        it: "Home",
        es: "Inicio",
    }
    NavMembers {
        en: "Users",
        fr: "Utilisateurs",
        de: "Benutzer",
        it: "Utenti",
        es: "Usuarios",
    }
    // The header (shell): hidden words that complete what the buttons show.
    ShellMenu {
        en: "Menu",
        fr: "Menu",
        de: "Menü",
        it: "Menu",
        es: "Menú",
    }
    ShellAccountMenu {
        en: "account menu",
        fr: "menu du compte",
        de: "Kontomenü",
        it: "menu dell'account",
        es: "menú de la cuenta",
    }
    ShellSwitchOrganization {
        en: "switch organization",
        fr: "changer d'Organisation",
        de: "Organisation wechseln",
        it: "cambia Organizzazione",
        es: "cambiar de Organización",
    }
    ShellBlocked {
        en: "blocked",
        fr: "bloqué",
        de: "gesperrt",
        it: "bloccato",
        es: "bloqueado",
    }
    NavOrganization {
        en: "Organization",
        fr: "Organisation",
        de: "Organisation",
        it: "Organizzazione",
        es: "Organización",
    }
    NavAuditLog {
        en: "Audit log",
        fr: "Journal d'audit",
        de: "Audit-Protokoll",
        it: "Registro di audit",
        es: "Registro de auditoría",
    }
    NavMyOrganizations {
        en: "My organizations",
        fr: "Mes Organisations",
        de: "Meine Organisationen",
        it: "Le mie Organizzazioni",
        es: "Mis Organizaciones",
    }
    NavCreateOrganization {
        en: "Create an organization",
        fr: "Créer une Organisation",
        de: "Organisation erstellen",
        it: "Crea un'Organizzazione",
        es: "Crear una Organización",
    }
    OrgUnavailableTitle {
        en: "This organization is not available",
        fr: "Cette Organisation n'est pas accessible",
        de: "Diese Organisation ist nicht verfügbar",
        it: "Questa Organizzazione non è disponibile",
        es: "Esta Organización no está disponible",
    }
    NotFoundTitle {
        en: "Page not found",
        fr: "Page introuvable",
        de: "Seite nicht gefunden",
        it: "Pagina non trovata",
        es: "Página no encontrada",
    }
    NotFoundBack {
        en: "Back to the home page",
        fr: "Retour à l'accueil",
        de: "Zurück zur Startseite",
        it: "Torna alla pagina iniziale",
        es: "Volver al inicio",
    }
    // Issue 9, part `products`: its refusals (PRD-8).
    DeniedBundledWithSuite {
        en: "This product comes with an office suite: it ends when the suite is terminated, not on its own.",
        fr: "Ce produit est inclus dans une suite bureautique : il prend fin avec la résiliation de la suite, pas seul.",
        de: "Dieses Produkt ist in einer Office-Suite enthalten: Es endet mit der Kündigung der Suite und kann nicht einzeln gekündigt werden.",
        it: "Questo prodotto è incluso in una suite per l'ufficio: termina con la disdetta della suite e non può essere disdetto da solo.",
        es: "Este producto está incluido en una suite ofimática: finaliza con la cancelación de la suite y no puede cancelarse por separado.",
    }
    DeniedUpgradeOnly {
        en: "An office suite only moves up: more users and more storage, never down nor sideways.",
        fr: "Une suite bureautique ne peut qu'évoluer vers le haut : plus d'utilisateurs et plus de stockage, jamais vers le bas ni à l'identique.",
        de: "Bei einer Office-Suite ist nur ein Upgrade möglich: mehr Benutzer und mehr Speicherplatz, weder ein Downgrade noch ein gleichwertiger Wechsel.",
        it: "Una suite per l'ufficio può essere solo potenziata: più utenti e più spazio di archiviazione, mai ridotta né sostituita con una equivalente.",
        es: "Una suite ofimática solo puede ampliarse: más usuarios y más almacenamiento, nunca reducirse ni cambiarse por una equivalente.",
    }
    DeniedBalanceTooLowForUpgrade {
        en: "The prepaid balance does not cover this upgrade: top it up first.",
        fr: "Le solde prépayé ne couvre pas cette évolution : rechargez-le d'abord.",
        de: "Das Prepaid-Guthaben reicht für dieses Upgrade nicht aus: Laden Sie es zuerst auf.",
        it: "Il credito prepagato non copre questo potenziamento: lo ricarichi prima.",
        es: "El saldo prepago no cubre esta ampliación: recárguelo primero.",
    }
    DeniedOnlyManagersIntegrations {
        en: "Only legal representatives and administrators manage integrations.",
        fr: "Seuls les responsables légaux et les administrateurs gèrent les intégrations.",
        de: "Nur gesetzliche Vertreter und Administratoren können Integrationen verwalten.",
        it: "Solo i rappresentanti legali e gli amministratori possono gestire le integrazioni.",
        es: "Solo los representantes legales y los administradores pueden gestionar las integraciones.",
    }
}
