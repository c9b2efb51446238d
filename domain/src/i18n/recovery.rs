//! Recovery (ACC-10, ACC-11, ACC-12): the forgotten-password and forgotten-login pages,
//! the identity-verification request, the new login after a lost mailbox, and the
//! emails and SMS they send.

use super::Lang;

catalogue! {
    RecoveryMsg;
    // Links from the sign-in page.
    ForgotPasswordLink {
        en: "Forgot your password?",
        fr: "Mot de passe oublié ?",
        de: "Passwort vergessen?",
        it: "Password dimenticata?",
        es: "¿Olvidó su contraseña?",
    }
    ForgotLoginLink {
        en: "Forgot your login email?",
        fr: "Adresse de connexion oubliée ?",
        de: "Anmelde-E-Mail-Adresse vergessen?",
        it: "E-mail di accesso dimenticata?",
        es: "¿Olvidó su correo de inicio de sesión?",
    }
    IdentityCheckLink {
        en: "No access to any of these? Ask for an identity check",
        fr: "Aucune de ces options n'est possible ? Demandez une vérification d'identité",
        de: "Kein Zugriff auf diese Optionen? Identitätsprüfung beantragen",
        it: "Nessuna di queste opzioni è disponibile? Richieda una verifica dell'identità",
        es: "¿No tiene acceso a ninguna de estas opciones? Solicite una verificación de identidad",
    }
    BackToSignIn {
        en: "Back to sign-in",
        fr: "Retour à la connexion",
        de: "Zurück zur Anmeldung",
        it: "Torna all'accesso",
        es: "Volver al inicio de sesión",
    }

    // Forgotten password.
    ForgotPasswordTitle {
        en: "Reset your password",
        fr: "Réinitialiser votre mot de passe",
        de: "Passwort zurücksetzen",
        it: "Reimposta la password",
        es: "Restablecer la contraseña",
    }
    ForgotPasswordIntro {
        en: "Enter the login email of your account, then choose how to receive the means to set a new password.",
        fr: "Saisissez l'adresse e-mail de connexion de votre compte, puis choisissez comment recevoir de quoi définir un nouveau mot de passe.",
        de: "Geben Sie die Anmelde-E-Mail-Adresse Ihres Kontos ein und wählen Sie dann, auf welchem Weg Sie einen Link oder Code zum Festlegen eines neuen Passworts erhalten möchten.",
        it: "Inserisca l'e-mail di accesso del suo account, poi scelga come ricevere il necessario per impostare una nuova password.",
        es: "Introduzca el correo de inicio de sesión de su cuenta y elija cómo recibir lo necesario para establecer una nueva contraseña.",
    }
    FieldLoginEmail {
        en: "Login email",
        fr: "Adresse e-mail de connexion",
        de: "Anmelde-E-Mail-Adresse",
        it: "E-mail di accesso",
        es: "Correo de inicio de sesión",
    }
    ChannelLegend {
        en: "Receive",
        fr: "Recevoir",
        de: "Zustellung",
        it: "Modalità di invio",
        es: "Recibir",
    }
    ChannelEmail {
        en: "a link by email (login and recovery addresses)",
        fr: "un lien par e-mail (adresses de connexion et de récupération)",
        de: "Link per E-Mail (Anmelde- und Wiederherstellungsadresse)",
        it: "Link via e-mail (indirizzi di accesso e di recupero)",
        es: "un enlace por correo electrónico (direcciones de inicio de sesión y de recuperación)",
    }
    ChannelPhone {
        en: "a code by SMS (recovery mobile phone)",
        fr: "un code par SMS (téléphone mobile de récupération)",
        de: "Code per SMS (Mobiltelefon zur Wiederherstellung)",
        it: "Codice via SMS (cellulare di recupero)",
        es: "un código por SMS (teléfono móvil de recuperación)",
    }
    SendButton {
        en: "Send",
        fr: "Envoyer",
        de: "Senden",
        it: "Invia",
        es: "Enviar",
    }
    LinkSent {
        en: "If an account uses this login email, a link to set a new password has just been sent to its login address and to its recovery email. It is valid for 15 minutes and works once.",
        fr: "Si un compte utilise cette adresse de connexion, un lien pour définir un nouveau mot de passe vient d'être envoyé à son adresse de connexion et à son adresse de récupération. Il est valable 15 minutes et ne fonctionne qu'une fois.",
        de: "Falls ein Konto diese Anmelde-E-Mail-Adresse verwendet, wurde soeben ein Link zum Festlegen eines neuen Passworts an seine Anmelde- und seine Wiederherstellungsadresse gesendet. Er ist 15 Minuten gültig und funktioniert nur einmal.",
        it: "Se un account usa questa e-mail di accesso, abbiamo appena inviato un link per impostare una nuova password al suo indirizzo di accesso e alla sua e-mail di recupero. È valido 15 minuti e funziona una sola volta.",
        es: "Si alguna cuenta usa este correo de inicio de sesión, se acaba de enviar un enlace para establecer una nueva contraseña a su dirección de inicio de sesión y a su correo de recuperación. Es válido durante 15 minutos y solo funciona una vez.",
    }
    CodeSent {
        en: "If an account uses this login email and has a recovery mobile phone, a 6-digit code has just been sent to it by SMS. It is valid for 15 minutes.",
        fr: "Si un compte utilise cette adresse de connexion et possède un téléphone mobile de récupération, un code à 6 chiffres vient de lui être envoyé par SMS. Il est valable 15 minutes.",
        de: "Falls ein Konto diese Anmelde-E-Mail-Adresse verwendet und ein Mobiltelefon zur Wiederherstellung hinterlegt hat, wurde soeben ein 6-stelliger Code per SMS dorthin gesendet. Er ist 15 Minuten gültig.",
        it: "Se un account usa questa e-mail di accesso e ha un cellulare di recupero, a quel numero è stato appena inviato via SMS un codice di 6 cifre. È valido 15 minuti.",
        es: "Si alguna cuenta usa este correo de inicio de sesión y tiene un teléfono móvil de recuperación, se acaba de enviar a ese teléfono un código de 6 dígitos por SMS. Es válido durante 15 minutos.",
    }
    FieldCode {
        en: "Code received by SMS",
        fr: "Code reçu par SMS",
        de: "Per SMS erhaltener Code",
        it: "Codice ricevuto via SMS",
        es: "Código recibido por SMS",
    }
    CheckCodeButton {
        en: "Check the code",
        fr: "Vérifier le code",
        de: "Code prüfen",
        it: "Verifica il codice",
        es: "Verificar el código",
    }
    StartAgain {
        en: "Start again",
        fr: "Recommencer",
        de: "Neu beginnen",
        it: "Ricomincia",
        es: "Volver a empezar",
    }

    // New password.
    ResetPasswordTitle {
        en: "Choose a new password",
        fr: "Choisissez un nouveau mot de passe",
        de: "Neues Passwort wählen",
        it: "Scelga una nuova password",
        es: "Elija una nueva contraseña",
    }
    FieldNewPassword {
        en: "New password",
        fr: "Nouveau mot de passe",
        de: "Neues Passwort",
        it: "Nuova password",
        es: "Nueva contraseña",
    }
    ResetPasswordButton {
        en: "Save the new password",
        fr: "Enregistrer le nouveau mot de passe",
        de: "Neues Passwort speichern",
        it: "Salva la nuova password",
        es: "Guardar la nueva contraseña",
    }
    ResetDone {
        en: "Your password has been changed and every session of your account has ended. Sign in with the new password.",
        fr: "Votre mot de passe a été modifié et toutes les sessions de votre compte ont été fermées. Connectez-vous avec le nouveau mot de passe.",
        de: "Ihr Passwort wurde geändert und alle Sitzungen Ihres Kontos wurden beendet. Melden Sie sich mit dem neuen Passwort an.",
        it: "La sua password è stata modificata e tutte le sessioni del suo account sono state chiuse. Acceda con la nuova password.",
        es: "Se ha cambiado su contraseña y se han cerrado todas las sesiones de su cuenta. Inicie sesión con la nueva contraseña.",
    }
    ResetLinkMissing {
        en: "This page is opened by the link of a password-reset email.",
        fr: "Cette page s'ouvre avec le lien d'un e-mail de réinitialisation du mot de passe.",
        de: "Diese Seite wird über den Link in einer E-Mail zum Zurücksetzen des Passworts geöffnet.",
        it: "Questa pagina si apre dal link contenuto in un'e-mail di reimpostazione della password.",
        es: "Esta página se abre desde el enlace de un correo de restablecimiento de contraseña.",
    }

    // Forgotten login email.
    ForgotLoginTitle {
        en: "Find your login email",
        fr: "Retrouver votre adresse de connexion",
        de: "Anmelde-E-Mail-Adresse wiederfinden",
        it: "Ritrova l'e-mail di accesso",
        es: "Recuperar el correo de inicio de sesión",
    }
    ForgotLoginIntro {
        en: "Enter the recovery mobile phone of your account. Your login email will be sent to it by SMS, never shown here. If several accounts use this number, add the recovery email of yours: the login will be sent there.",
        fr: "Saisissez le téléphone mobile de récupération de votre compte. Votre adresse de connexion lui sera envoyée par SMS, jamais affichée ici. Si plusieurs comptes utilisent ce numéro, ajoutez l'adresse de récupération du vôtre : l'adresse de connexion y sera envoyée.",
        de: "Geben Sie die Mobilnummer zur Wiederherstellung Ihres Kontos ein. Ihre Anmelde-E-Mail-Adresse wird per SMS an diese Nummer gesendet und nie hier angezeigt. Wenn mehrere Konten diese Nummer verwenden, geben Sie zusätzlich die Wiederherstellungsadresse Ihres Kontos an: Die Anmelde-E-Mail-Adresse wird dann dorthin gesendet.",
        it: "Inserisca il cellulare di recupero del suo account. La sua e-mail di accesso verrà inviata via SMS a quel numero e mai mostrata qui. Se più account usano questo numero, aggiunga l'e-mail di recupero del suo: l'e-mail di accesso verrà inviata lì.",
        es: "Introduzca el teléfono móvil de recuperación de su cuenta. Su correo de inicio de sesión se enviará por SMS a ese número y nunca se mostrará aquí. Si varias cuentas usan este número, añada el correo de recuperación de la suya: el correo de inicio de sesión se enviará allí.",
    }
    FieldCountry {
        en: "Country of the number",
        fr: "Pays du numéro",
        de: "Land der Nummer",
        it: "Paese del numero",
        es: "País del número",
    }
    FieldMobile {
        en: "Mobile number",
        fr: "Numéro de mobile",
        de: "Mobilnummer",
        it: "Numero di cellulare",
        es: "Número de móvil",
    }
    FieldRecoveryEmailOptional {
        en: "Recovery email (if several accounts share the number)",
        fr: "Adresse de récupération (si plusieurs comptes partagent le numéro)",
        de: "Wiederherstellungsadresse (falls mehrere Konten die Nummer teilen)",
        it: "E-mail di recupero (se più account condividono il numero)",
        es: "Correo de recuperación (si varias cuentas comparten el número)",
    }
    LoginSent {
        en: "If an account matches, its login email has just been sent to its recovery channel.",
        fr: "Si un compte correspond, son adresse de connexion vient d'être envoyée à son moyen de récupération.",
        de: "Falls ein Konto übereinstimmt, wurde seine Anmelde-E-Mail-Adresse soeben über den hinterlegten Wiederherstellungsweg gesendet.",
        it: "Se un account corrisponde, la sua e-mail di accesso è stata appena inviata al relativo recapito di recupero.",
        es: "Si alguna cuenta coincide, su correo de inicio de sesión se acaba de enviar a su medio de recuperación.",
    }

    // Identity verification.
    IdentityTitle {
        en: "Identity verification",
        fr: "Vérification d'identité",
        de: "Identitätsprüfung",
        it: "Verifica dell'identità",
        es: "Verificación de identidad",
    }
    IdentityIntro {
        en: "When no recovery option works, our support team checks your identity from a document. You follow the request by email.",
        fr: "Quand aucune option de récupération ne fonctionne, notre équipe d'assistance vérifie votre identité à partir d'un document. Vous suivez la demande par e-mail.",
        de: "Wenn keine Wiederherstellungsoption funktioniert, prüft unser Support-Team Ihre Identität anhand eines Dokuments. Über den Stand der Anfrage informieren wir Sie per E-Mail.",
        it: "Quando nessuna opzione di recupero funziona, il nostro team di assistenza verifica la sua identità tramite un documento. Riceverà gli aggiornamenti sulla richiesta via e-mail.",
        es: "Cuando ninguna opción de recuperación funciona, nuestro equipo de soporte verifica su identidad a partir de un documento. Podrá seguir la solicitud por correo electrónico.",
    }
    FieldContactEmail {
        en: "Email where we can reach you",
        fr: "Adresse e-mail où vous joindre",
        de: "E-Mail-Adresse, unter der wir Sie erreichen",
        it: "E-mail a cui possiamo contattarla",
        es: "Correo electrónico donde podemos contactarle",
    }
    FieldAccountEmail {
        en: "Login email of the account, if you know it",
        fr: "Adresse de connexion du compte, si vous la connaissez",
        de: "Anmelde-E-Mail-Adresse des Kontos, falls bekannt",
        it: "E-mail di accesso dell'account, se la conosce",
        es: "Correo de inicio de sesión de la cuenta, si lo conoce",
    }
    FieldLost {
        en: "What did you lose?",
        fr: "Qu'avez-vous perdu ?",
        de: "Was haben Sie verloren?",
        it: "Che cosa ha perso?",
        es: "¿Qué ha perdido?",
    }
    LostPassword {
        en: "My password",
        fr: "Mon mot de passe",
        de: "Mein Passwort",
        it: "La mia password",
        es: "Mi contraseña",
    }
    LostLoginEmail {
        en: "My login email",
        fr: "Mon adresse de connexion",
        de: "Meine Anmelde-E-Mail-Adresse",
        it: "La mia e-mail di accesso",
        es: "Mi correo de inicio de sesión",
    }
    LostMailbox {
        en: "The mailbox of my login email",
        fr: "La boîte de mon adresse de connexion",
        de: "Das Postfach meiner Anmelde-E-Mail-Adresse",
        it: "La casella della mia e-mail di accesso",
        es: "El buzón de mi correo de inicio de sesión",
    }
    LostSecondFactor {
        en: "My second factor (two-step verification)",
        fr: "Mon second facteur (validation en deux étapes)",
        de: "Mein zweiter Faktor (Bestätigung in zwei Schritten)",
        it: "Il mio secondo fattore (verifica in due passaggi)",
        es: "Mi segundo factor (verificación en dos pasos)",
    }
    FieldDetails {
        en: "What happened (optional)",
        fr: "Ce qui s'est passé (facultatif)",
        de: "Was ist passiert? (optional)",
        it: "Cosa è successo (facoltativo)",
        es: "Qué ha ocurrido (opcional)",
    }
    FieldDocument {
        en: "Identity document (PNG, JPEG or PDF, at most 3 MB)",
        fr: "Pièce d'identité (PNG, JPEG ou PDF, 3 Mo au plus)",
        de: "Ausweisdokument (PNG, JPEG oder PDF, höchstens 3 MB)",
        it: "Documento d'identità (PNG, JPEG o PDF, max 3 MB)",
        es: "Documento de identidad (PNG, JPEG o PDF, 3 MB como máximo)",
    }
    IdentitySubmit {
        en: "Send the request",
        fr: "Envoyer la demande",
        de: "Anfrage senden",
        it: "Invia la richiesta",
        es: "Enviar la solicitud",
    }
    IdentityReceived {
        en: "Your request has been received. Its reference is {reference}; you will receive an email at each step.",
        fr: "Votre demande a été reçue. Sa référence est {reference} ; vous recevrez un e-mail à chaque étape.",
        de: "Ihre Anfrage ist eingegangen. Die Referenz lautet {reference}; Sie erhalten bei jedem Schritt eine E-Mail.",
        it: "La sua richiesta è stata ricevuta. Il riferimento è {reference}; riceverà un'e-mail a ogni passaggio.",
        es: "Hemos recibido su solicitud. Su referencia es {reference}; recibirá un correo electrónico en cada paso.",
    }
    SecondFactorNote {
        en: "Support never turns off two-step verification on request: an accepted request lets you set a new password, not skip the second step.",
        fr: "L'assistance ne désactive jamais la validation en deux étapes sur demande : une demande acceptée permet de définir un nouveau mot de passe, pas d'éviter la deuxième étape.",
        de: "Der Support deaktiviert die Bestätigung in zwei Schritten niemals auf Anfrage: Eine angenommene Anfrage erlaubt Ihnen, ein neues Passwort festzulegen, nicht aber, den zweiten Schritt zu überspringen.",
        it: "L'assistenza non disattiva mai la verifica in due passaggi su richiesta: una richiesta accettata le permette di impostare una nuova password, non di saltare il secondo passaggio.",
        es: "El soporte nunca desactiva la verificación en dos pasos a petición: una solicitud aceptada le permite establecer una nueva contraseña, no saltarse el segundo paso.",
    }

    // New login after a lost mailbox (ACC-12).
    ChooseLoginTitle {
        en: "Choose your new login email",
        fr: "Choisissez votre nouvelle adresse de connexion",
        de: "Neue Anmelde-E-Mail-Adresse wählen",
        it: "Scelga la nuova e-mail di accesso",
        es: "Elija su nuevo correo de inicio de sesión",
    }
    ChooseLoginIntro {
        en: "You signed in with a temporary username. Choose the email address you will sign in with from now on; we send a link to it to check it is yours.",
        fr: "Vous vous êtes connecté avec un nom d'utilisateur temporaire. Choisissez l'adresse e-mail avec laquelle vous vous connecterez désormais ; nous y envoyons un lien pour vérifier qu'elle est à vous.",
        de: "Sie haben sich mit einem temporären Benutzernamen angemeldet. Wählen Sie die E-Mail-Adresse, mit der Sie sich künftig anmelden; wir senden einen Link dorthin, um zu prüfen, ob sie Ihnen gehört.",
        it: "Ha effettuato l'accesso con un nome utente temporaneo. Scelga l'indirizzo e-mail con cui accederà d'ora in poi; a quell'indirizzo invieremo un link per verificare che le appartenga.",
        es: "Ha iniciado sesión con un nombre de usuario temporal. Elija la dirección de correo electrónico con la que iniciará sesión a partir de ahora; enviaremos un enlace a esa dirección para comprobar que es suya.",
    }
    FieldNewLoginEmail {
        en: "New login email",
        fr: "Nouvelle adresse de connexion",
        de: "Neue Anmelde-E-Mail-Adresse",
        it: "Nuova e-mail di accesso",
        es: "Nuevo correo de inicio de sesión",
    }
    ChooseLoginButton {
        en: "Send the link",
        fr: "Envoyer le lien",
        de: "Link senden",
        it: "Invia il link",
        es: "Enviar el enlace",
    }
    ChooseLoginSent {
        en: "A link has been sent to {email}. Open it in this browser to finish; it is valid for 24 hours.",
        fr: "Un lien a été envoyé à {email}. Ouvrez-le dans ce navigateur pour terminer ; il est valable 24 heures.",
        de: "Ein Link wurde an {email} gesendet. Öffnen Sie ihn in diesem Browser, um den Vorgang abzuschließen; er ist 24 Stunden gültig.",
        it: "Abbiamo inviato un link a {email}. Lo apra in questo browser per completare l'operazione; è valido 24 ore.",
        es: "Se ha enviado un enlace a {email}. Ábralo en este navegador para terminar; es válido durante 24 horas.",
    }
    ConfirmLoginTitle {
        en: "New login email",
        fr: "Nouvelle adresse de connexion",
        de: "Neue Anmelde-E-Mail-Adresse",
        it: "Nuova e-mail di accesso",
        es: "Nuevo correo de inicio de sesión",
    }
    ConfirmLoginWorking {
        en: "Checking the link…",
        fr: "Vérification du lien…",
        de: "Link wird geprüft…",
        it: "Verifica del link…",
        es: "Comprobando el enlace…",
    }
    ConfirmLoginDone {
        en: "Your login email is now {email}. The temporary username no longer works.",
        fr: "Votre adresse de connexion est désormais {email}. Le nom d'utilisateur temporaire ne fonctionne plus.",
        de: "Ihre Anmelde-E-Mail-Adresse lautet jetzt {email}. Der temporäre Benutzername funktioniert nicht mehr.",
        it: "La sua e-mail di accesso è ora {email}. Il nome utente temporaneo non funziona più.",
        es: "Su correo de inicio de sesión es ahora {email}. El nombre de usuario temporal ya no funciona.",
    }
    ConfirmLoginSignIn {
        en: "Sign in with your temporary username in this browser, then open the link again.",
        fr: "Connectez-vous avec votre nom d'utilisateur temporaire dans ce navigateur, puis rouvrez le lien.",
        de: "Melden Sie sich in diesem Browser mit Ihrem temporären Benutzernamen an und öffnen Sie den Link dann erneut.",
        it: "Acceda in questo browser con il suo nome utente temporaneo, poi apra di nuovo il link.",
        es: "Inicie sesión en este navegador con su nombre de usuario temporal y vuelva a abrir el enlace.",
    }
    OpenConsole {
        en: "Open the console",
        fr: "Ouvrir la console",
        de: "Konsole öffnen",
        it: "Apri la console",
        es: "Abrir la consola",
    }

    // Errors.
    ErrorCodeFormat {
        en: "A code is six digits.",
        fr: "Un code comporte six chiffres.",
        de: "Ein Code besteht aus sechs Ziffern.",
        it: "Un codice è composto da sei cifre.",
        es: "Un código tiene seis dígitos.",
    }
    ErrorDocumentType {
        en: "The file is not a PNG, JPEG or PDF document (its content was checked, not its name).",
        fr: "Le fichier n'est pas un document PNG, JPEG ou PDF (son contenu a été vérifié, pas son nom).",
        de: "Die Datei ist kein PNG-, JPEG- oder PDF-Dokument (geprüft wurde ihr Inhalt, nicht ihr Name).",
        it: "Il file non è un documento PNG, JPEG o PDF (è stato verificato il contenuto, non il nome).",
        es: "El archivo no es un documento PNG, JPEG o PDF (se ha comprobado su contenido, no su nombre).",
    }
    ErrorDocumentTooLarge {
        en: "The file is larger than 3 MB.",
        fr: "Le fichier dépasse 3 Mo.",
        de: "Die Datei ist größer als 3 MB.",
        it: "Il file supera i 3 MB.",
        es: "El archivo supera los 3 MB.",
    }
    ErrorDocumentMissing {
        en: "Add a document.",
        fr: "Ajoutez un document.",
        de: "Fügen Sie ein Dokument hinzu.",
        it: "Aggiunga un documento.",
        es: "Añada un documento.",
    }
    ErrorSameAsRecoveryEmail {
        en: "This is your recovery email: the login email must be another address.",
        fr: "C'est votre adresse de récupération : l'adresse de connexion doit en être une autre.",
        de: "Das ist Ihre Wiederherstellungsadresse: Die Anmelde-E-Mail-Adresse muss eine andere Adresse sein.",
        it: "Questa è la sua e-mail di recupero: l'e-mail di accesso deve essere un altro indirizzo.",
        es: "Este es su correo de recuperación: el correo de inicio de sesión debe ser otra dirección.",
    }

    // Emails.
    MailResetSubject {
        en: "Set a new Orga password",
        fr: "Définir un nouveau mot de passe Orga",
        de: "Neues Orga-Passwort festlegen",
        it: "Imposti una nuova password per Orga",
        es: "Establecer una nueva contraseña de Orga",
    }
    MailResetBody {
        en: "Someone asked to reset the password of the Orga account {login}. Open this link to choose a new one:\n{link}\n\nThe link is valid for 15 minutes and works once. If it was not you, ignore this email: your password stays the same.",
        fr: "Quelqu'un a demandé la réinitialisation du mot de passe du compte Orga {login}. Ouvrez ce lien pour en choisir un nouveau :\n{link}\n\nLe lien est valable 15 minutes et ne fonctionne qu'une fois. Si ce n'était pas vous, ignorez cet e-mail : votre mot de passe reste le même.",
        de: "Jemand hat das Zurücksetzen des Passworts für das Orga-Konto {login} angefordert. Öffnen Sie diesen Link, um ein neues zu wählen:\n{link}\n\nDer Link ist 15 Minuten gültig und funktioniert nur einmal. Falls Sie das nicht waren, ignorieren Sie diese E-Mail: Ihr Passwort bleibt unverändert.",
        it: "Qualcuno ha chiesto di reimpostare la password dell'account Orga {login}. Apra questo link per sceglierne una nuova:\n{link}\n\nIl link è valido 15 minuti e funziona una sola volta. Se non ha fatto lei questa richiesta, ignori questa e-mail: la sua password resta invariata.",
        es: "Alguien ha solicitado restablecer la contraseña de la cuenta de Orga {login}. Abra este enlace para elegir una nueva:\n{link}\n\nEl enlace es válido durante 15 minutos y solo funciona una vez. Si no fue usted, ignore este correo: su contraseña no cambia.",
    }
    MailPasswordResetSubject {
        en: "Your Orga password was changed",
        fr: "Votre mot de passe Orga a été modifié",
        de: "Ihr Orga-Passwort wurde geändert",
        it: "La sua password di Orga è stata modificata",
        es: "Se ha cambiado su contraseña de Orga",
    }
    MailPasswordResetBody {
        en: "The password of your Orga account was reset, and every session of the account was ended.\n\nIf it was not you, open the console, reset your password again and check the recent activity of your account.",
        fr: "Le mot de passe de votre compte Orga a été réinitialisé et toutes les sessions du compte ont été fermées.\n\nSi ce n'était pas vous, ouvrez la console, réinitialisez à nouveau votre mot de passe et vérifiez l'activité récente de votre compte.",
        de: "Das Passwort Ihres Orga-Kontos wurde zurückgesetzt und alle Sitzungen des Kontos wurden beendet.\n\nFalls Sie das nicht waren, öffnen Sie die Konsole, setzen Sie Ihr Passwort erneut zurück und prüfen Sie die letzten Aktivitäten Ihres Kontos.",
        it: "La password del suo account Orga è stata reimpostata e tutte le sessioni dell'account sono state chiuse.\n\nSe non ha effettuato lei questa operazione, apra la console, reimposti di nuovo la password e controlli l'attività recente del suo account.",
        es: "Se ha restablecido la contraseña de su cuenta de Orga y se han cerrado todas las sesiones de la cuenta.\n\nSi no fue usted, abra la consola, vuelva a restablecer su contraseña y revise la actividad reciente de su cuenta.",
    }
    MailLoginReminderSubject {
        en: "Your Orga login email",
        fr: "Votre adresse de connexion Orga",
        de: "Ihre Anmelde-E-Mail-Adresse für Orga",
        it: "La sua e-mail di accesso a Orga",
        es: "Su correo de inicio de sesión en Orga",
    }
    MailLoginReminderBody {
        en: "Someone asked for the login email of the Orga account whose recovery email is this address. It is:\n{login}\n\nIf it was not you, there is nothing to do.",
        fr: "Quelqu'un a demandé l'adresse de connexion du compte Orga dont l'adresse de récupération est celle-ci. La voici :\n{login}\n\nSi ce n'était pas vous, vous n'avez rien à faire.",
        de: "Jemand hat die Anmelde-E-Mail-Adresse des Orga-Kontos angefordert, dessen Wiederherstellungsadresse diese Adresse ist. Sie lautet:\n{login}\n\nFalls Sie das nicht waren, müssen Sie nichts tun.",
        it: "Qualcuno ha richiesto l'e-mail di accesso dell'account Orga che ha questo indirizzo come e-mail di recupero. Eccola:\n{login}\n\nSe non ha fatto lei questa richiesta, non deve fare nulla.",
        es: "Alguien ha solicitado el correo de inicio de sesión de la cuenta de Orga cuyo correo de recuperación es esta dirección. Es el siguiente:\n{login}\n\nSi no fue usted, no tiene que hacer nada.",
    }
    MailTemporaryUsernameSubject {
        en: "Your temporary Orga username",
        fr: "Votre nom d'utilisateur Orga temporaire",
        de: "Ihr temporärer Orga-Benutzername",
        it: "Il suo nome utente Orga temporaneo",
        es: "Su nombre de usuario temporal de Orga",
    }
    MailTemporaryUsernameBody {
        en: "The mailbox of your Orga login email is no longer available. Until you choose a new login email, sign in with this temporary username and your usual password:\n{username}\n\nThe console then asks for your new login email.",
        fr: "La boîte de votre adresse de connexion Orga n'est plus disponible. Jusqu'à ce que vous choisissiez une nouvelle adresse de connexion, connectez-vous avec ce nom d'utilisateur temporaire et votre mot de passe habituel :\n{username}\n\nLa console vous demandera alors votre nouvelle adresse de connexion.",
        de: "Das Postfach Ihrer Anmelde-E-Mail-Adresse für Orga ist nicht mehr verfügbar. Bis Sie eine neue Anmelde-E-Mail-Adresse wählen, melden Sie sich mit diesem temporären Benutzernamen und Ihrem gewohnten Passwort an:\n{username}\n\nDie Konsole fragt Sie dann nach Ihrer neuen Anmelde-E-Mail-Adresse.",
        it: "La casella della sua e-mail di accesso a Orga non è più disponibile. Finché non sceglie una nuova e-mail di accesso, acceda con questo nome utente temporaneo e la sua solita password:\n{username}\n\nLa console le chiederà poi la nuova e-mail di accesso.",
        es: "El buzón de su correo de inicio de sesión en Orga ya no está disponible. Hasta que elija un nuevo correo de inicio de sesión, inicie sesión con este nombre de usuario temporal y su contraseña habitual:\n{username}\n\nDespués, la consola le pedirá su nuevo correo de inicio de sesión.",
    }
    MailChooseLoginSubject {
        en: "Confirm your new Orga login email",
        fr: "Confirmez votre nouvelle adresse de connexion Orga",
        de: "Bestätigen Sie Ihre neue Anmelde-E-Mail-Adresse für Orga",
        it: "Confermi la sua nuova e-mail di accesso a Orga",
        es: "Confirme su nuevo correo de inicio de sesión en Orga",
    }
    MailChooseLoginBody {
        en: "Open this link, in the browser where you are signed in, to make this address the login email of your Orga account:\n{link}\n\nThe link is valid for 24 hours. If you did not ask for it, ignore this email.",
        fr: "Ouvrez ce lien, dans le navigateur où vous êtes connecté, pour faire de cette adresse l'adresse de connexion de votre compte Orga :\n{link}\n\nLe lien est valable 24 heures. Si vous ne l'avez pas demandé, ignorez cet e-mail.",
        de: "Öffnen Sie diesen Link in dem Browser, in dem Sie angemeldet sind, um diese Adresse zur Anmelde-E-Mail-Adresse Ihres Orga-Kontos zu machen:\n{link}\n\nDer Link ist 24 Stunden gültig. Falls Sie ihn nicht angefordert haben, ignorieren Sie diese E-Mail.",
        it: "Apra questo link, nel browser in cui ha effettuato l'accesso, per rendere questo indirizzo l'e-mail di accesso del suo account Orga:\n{link}\n\nIl link è valido 24 ore. Se non l'ha richiesto lei, ignori questa e-mail.",
        es: "Abra este enlace, en el navegador en el que tiene la sesión iniciada, para convertir esta dirección en el correo de inicio de sesión de su cuenta de Orga:\n{link}\n\nEl enlace es válido durante 24 horas. Si no lo ha solicitado, ignore este correo.",
    }
    MailLoginTakenSubject {
        en: "This address already has an Orga account",
        fr: "Cette adresse a déjà un compte Orga",
        de: "Für diese Adresse gibt es bereits ein Orga-Konto",
        it: "Questo indirizzo ha già un account Orga",
        es: "Esta dirección ya tiene una cuenta de Orga",
    }
    MailLoginTakenBody {
        en: "Someone asked to make this address the login email of an Orga account, but it already signs in to another account, so nothing changed. To use it, close or change that other account first.",
        fr: "Quelqu'un a demandé à faire de cette adresse l'adresse de connexion d'un compte Orga, mais elle sert déjà à se connecter à un autre compte : rien n'a changé. Pour l'utiliser, fermez ou modifiez d'abord cet autre compte.",
        de: "Jemand wollte diese Adresse zur Anmelde-E-Mail-Adresse eines Orga-Kontos machen, sie wird aber bereits für die Anmeldung bei einem anderen Konto verwendet; daher wurde nichts geändert. Um sie zu verwenden, schließen oder ändern Sie zuerst dieses andere Konto.",
        it: "Qualcuno ha chiesto di rendere questo indirizzo l'e-mail di accesso di un account Orga, ma è già usato per accedere a un altro account, quindi non è cambiato nulla. Per usarlo, chiuda o modifichi prima quell'altro account.",
        es: "Alguien ha solicitado convertir esta dirección en el correo de inicio de sesión de una cuenta de Orga, pero ya se usa para iniciar sesión en otra cuenta, así que no ha cambiado nada. Para usarla, cierre o modifique antes esa otra cuenta.",
    }
    MailIdentitySubject {
        en: "Your identity verification request {reference}",
        fr: "Votre demande de vérification d'identité {reference}",
        de: "Ihre Anfrage zur Identitätsprüfung {reference}",
        it: "La sua richiesta di verifica dell'identità {reference}",
        es: "Su solicitud de verificación de identidad {reference}",
    }
    MailIdentityReceived {
        en: "We received your identity verification request ({lost}). Our support team will review it; you will receive an email at each step.\n\nReference: {reference}",
        fr: "Nous avons reçu votre demande de vérification d'identité ({lost}). Notre équipe d'assistance va l'examiner ; vous recevrez un e-mail à chaque étape.\n\nRéférence : {reference}",
        de: "Wir haben Ihre Anfrage zur Identitätsprüfung ({lost}) erhalten. Unser Support-Team wird sie prüfen; Sie erhalten bei jedem Schritt eine E-Mail.\n\nReferenz: {reference}",
        it: "Abbiamo ricevuto la sua richiesta di verifica dell'identità ({lost}). Il nostro team di assistenza la esaminerà; riceverà un'e-mail a ogni passaggio.\n\nRiferimento: {reference}",
        es: "Hemos recibido su solicitud de verificación de identidad ({lost}). Nuestro equipo de soporte la revisará; recibirá un correo electrónico en cada paso.\n\nReferencia: {reference}",
    }
    MailIdentityInReview {
        en: "Our support team is now reviewing your identity verification request.\n\nReference: {reference}",
        fr: "Notre équipe d'assistance examine maintenant votre demande de vérification d'identité.\n\nRéférence : {reference}",
        de: "Unser Support-Team prüft jetzt Ihre Anfrage zur Identitätsprüfung.\n\nReferenz: {reference}",
        it: "Il nostro team di assistenza sta ora esaminando la sua richiesta di verifica dell'identità.\n\nRiferimento: {reference}",
        es: "Nuestro equipo de soporte está revisando ahora su solicitud de verificación de identidad.\n\nReferencia: {reference}",
    }
    MailIdentityAccepted {
        en: "Your identity has been verified. {next}\n\nReference: {reference}",
        fr: "Votre identité a été vérifiée. {next}\n\nRéférence : {reference}",
        de: "Ihre Identität wurde bestätigt. {next}\n\nReferenz: {reference}",
        it: "La sua identità è stata verificata. {next}\n\nRiferimento: {reference}",
        es: "Hemos verificado su identidad. {next}\n\nReferencia: {reference}",
    }
    MailIdentityRefused {
        en: "We could not verify your identity from this request, so your account stays as it is. {note}\n\nYou can send a new request with a clearer document.\n\nReference: {reference}",
        fr: "Nous n'avons pas pu vérifier votre identité avec cette demande ; votre compte reste inchangé. {note}\n\nVous pouvez envoyer une nouvelle demande avec un document plus lisible.\n\nRéférence : {reference}",
        de: "Wir konnten Ihre Identität anhand dieser Anfrage nicht bestätigen; Ihr Konto bleibt daher unverändert. {note}\n\nSie können eine neue Anfrage mit einem besser lesbaren Dokument senden.\n\nReferenz: {reference}",
        it: "Non siamo riusciti a verificare la sua identità con questa richiesta, quindi il suo account resta invariato. {note}\n\nPuò inviare una nuova richiesta con un documento più leggibile.\n\nRiferimento: {reference}",
        es: "No hemos podido verificar su identidad con esta solicitud, por lo que su cuenta sigue igual. {note}\n\nPuede enviar una nueva solicitud con un documento más legible.\n\nReferencia: {reference}",
    }
    MailIdentityNextReset {
        en: "A link to set a new password follows in a separate email (valid for 15 minutes).",
        fr: "Un lien pour définir un nouveau mot de passe suit dans un e-mail séparé (valable 15 minutes).",
        de: "Ein Link zum Festlegen eines neuen Passworts folgt in einer separaten E-Mail (15 Minuten gültig).",
        it: "Le invieremo in un messaggio separato un link per impostare una nuova password (valido 15 minuti).",
        es: "Le enviaremos en un mensaje aparte un enlace para establecer una nueva contraseña (válido durante 15 minutos).",
    }
    MailIdentityNextLogin {
        en: "The login email of your account follows in a separate email.",
        fr: "L'adresse de connexion de votre compte suit dans un e-mail séparé.",
        de: "Die Anmelde-E-Mail-Adresse Ihres Kontos folgt in einer separaten E-Mail.",
        it: "Le invieremo l'e-mail di accesso del suo account in un messaggio separato.",
        es: "Le enviaremos el correo de inicio de sesión de su cuenta en un mensaje aparte.",
    }
    MailIdentityNextUsername {
        en: "A temporary username follows in a separate email: sign in with it, then choose a new login email.",
        fr: "Un nom d'utilisateur temporaire suit dans un e-mail séparé : connectez-vous avec, puis choisissez une nouvelle adresse de connexion.",
        de: "Ein temporärer Benutzername folgt in einer separaten E-Mail: Melden Sie sich damit an und wählen Sie dann eine neue Anmelde-E-Mail-Adresse.",
        it: "Le invieremo un nome utente temporaneo in un messaggio separato: acceda con quello, poi scelga una nuova e-mail di accesso.",
        es: "Le enviaremos un nombre de usuario temporal en un mensaje aparte: inicie sesión con él y después elija un nuevo correo de inicio de sesión.",
    }
    MailIdentityNextNone {
        en: "We found no account matching the request; nothing was changed.",
        fr: "Nous n'avons trouvé aucun compte correspondant à la demande ; rien n'a été modifié.",
        de: "Wir haben kein Konto gefunden, das zur Anfrage passt; es wurde nichts geändert.",
        it: "Non abbiamo trovato alcun account corrispondente alla richiesta; non è stato modificato nulla.",
        es: "No hemos encontrado ninguna cuenta que corresponda a la solicitud; no se ha modificado nada.",
    }
    MailIdentityNextSecondFactor {
        en: "Support never turns off two-step verification on request: sign in with a backup code or another method you still have, or with a security key or phone you registered.",
        fr: "L'assistance ne désactive jamais la validation en deux étapes sur demande : connectez-vous avec un code de secours ou une autre méthode dont vous disposez encore, ou avec une clé de sécurité ou un téléphone enregistré.",
        de: "Der Support deaktiviert die Bestätigung in zwei Schritten niemals auf Anfrage: Melden Sie sich mit einem Backup-Code oder einer anderen Methode an, die Ihnen noch zur Verfügung steht, oder mit einem registrierten Sicherheitsschlüssel oder Telefon.",
        it: "L'assistenza non disattiva mai la verifica in due passaggi su richiesta: acceda con un codice di backup o con un altro metodo di cui dispone ancora, oppure con una chiave di sicurezza o un telefono che ha registrato.",
        es: "El soporte nunca desactiva la verificación en dos pasos a petición: inicie sesión con un código de respaldo u otro método del que aún disponga, o con una llave de seguridad o un teléfono que haya registrado.",
    }

    // SMS.
    SmsResetCode {
        en: "Orga: your password reset code is {code}. Valid 15 minutes. Never share it.",
        fr: "Orga : votre code de réinitialisation du mot de passe est {code}. Valable 15 minutes. Ne le communiquez à personne.",
        de: "Orga: Ihr Code zum Zurücksetzen des Passworts lautet {code}. 15 Minuten gültig. Geben Sie ihn niemals weiter.",
        it: "Orga: il suo codice per reimpostare la password è {code}. Valido 15 minuti. Non lo comunichi a nessuno.",
        es: "Orga: su código para restablecer la contraseña es {code}. Válido durante 15 minutos. No lo comparta con nadie.",
    }
    SmsLoginReminder {
        en: "Orga: the login email of your account is {login}",
        fr: "Orga : l'adresse de connexion de votre compte est {login}",
        de: "Orga: Die Anmelde-E-Mail-Adresse Ihres Kontos lautet {login}",
        it: "Orga: l'e-mail di accesso del suo account è {login}",
        es: "Orga: el correo de inicio de sesión de su cuenta es {login}",
    }
    SmsSeveralAccounts {
        en: "Orga: several accounts use this number. To receive your login email, enter your recovery email too on the page.",
        fr: "Orga : plusieurs comptes utilisent ce numéro. Pour recevoir votre adresse de connexion, saisissez aussi votre adresse de récupération sur la page.",
        de: "Orga: Mehrere Konten verwenden diese Nummer. Um Ihre Anmelde-E-Mail-Adresse zu erhalten, geben Sie auf der Seite zusätzlich Ihre Wiederherstellungsadresse ein.",
        it: "Orga: più account usano questo numero. Per ricevere la sua e-mail di accesso, inserisca nella pagina anche la sua e-mail di recupero.",
        es: "Orga: varias cuentas usan este número. Para recibir su correo de inicio de sesión, introduzca también su correo de recuperación en la página.",
    }
    SmsTemporaryUsername {
        en: "Orga: your login mailbox is gone. Sign in with the temporary username {username} and your usual password, then choose a new login email.",
        fr: "Orga : votre boîte de connexion n'existe plus. Connectez-vous avec le nom d'utilisateur temporaire {username} et votre mot de passe habituel, puis choisissez une nouvelle adresse de connexion.",
        de: "Orga: Das Postfach Ihrer Anmelde-E-Mail-Adresse existiert nicht mehr. Melden Sie sich mit dem temporären Benutzernamen {username} und Ihrem gewohnten Passwort an und wählen Sie dann eine neue Anmelde-E-Mail-Adresse.",
        it: "Orga: la casella della sua e-mail di accesso non esiste più. Acceda con il nome utente temporaneo {username} e la sua solita password, poi scelga una nuova e-mail di accesso.",
        es: "Orga: el buzón de su correo de inicio de sesión ya no existe. Inicie sesión con el nombre de usuario temporal {username} y su contraseña habitual y, después, elija un nuevo correo de inicio de sesión.",
    }
}
