//! The security page (`/security`), the sign-in second step, the push approval page, the
//! sign-in code SMS and the two-factor emails.

use super::Lang;

catalogue! {
    SecurityMsg;
    MethodSecurityKey {
        en: "Security key",
        fr: "Clé de sécurité",
        de: "Sicherheitsschlüssel",
        it: "Chiave di sicurezza",
        es: "Llave de seguridad",
    }
    MethodTotp {
        en: "Authenticator app",
        fr: "Application d'authentification",
        de: "Authenticator-App",
        it: "App di autenticazione",
        es: "Aplicación de autenticación",
    }
    MethodPush {
        en: "Approval from another device",
        fr: "Approbation depuis un autre appareil",
        de: "Genehmigung auf einem anderen Gerät",
        it: "Approvazione da un altro dispositivo",
        es: "Aprobación desde otro dispositivo",
    }
    MethodSms {
        en: "Code by SMS",
        fr: "Code par SMS",
        de: "Code per SMS",
        it: "Codice via SMS",
        es: "Código por SMS",
    }
    MethodBackupCode {
        en: "Backup code",
        fr: "Code de secours",
        de: "Backup-Code",
        it: "Codice di backup",
        es: "Código de respaldo",
    }

    SecondStepTitle {
        en: "Two-step verification",
        fr: "Validation en deux étapes",
        de: "Bestätigung in zwei Schritten",
        it: "Verifica in due passaggi",
        es: "Verificación en dos pasos",
    }
    SecondStepTotpHelp {
        en: "Enter the 6-digit code shown by your authenticator app.",
        fr: "Saisissez le code à 6 chiffres affiché par votre application d'authentification.",
        de: "Geben Sie den 6-stelligen Code ein, den Ihre Authenticator-App anzeigt.",
        it: "Inserisca il codice a 6 cifre mostrato dalla sua app di autenticazione.",
        es: "Introduzca el código de 6 dígitos que muestra su aplicación de autenticación.",
    }
    SecondStepSmsHelp {
        en: "We send a 6-digit code by SMS to your phone ending in {phone}.",
        fr: "Nous envoyons un code à 6 chiffres par SMS à votre téléphone se terminant par {phone}.",
        de: "Wir senden einen 6-stelligen Code per SMS an Ihr Telefon mit der Endung {phone}.",
        it: "Inviamo un codice a 6 cifre via SMS al suo telefono che termina con {phone}.",
        es: "Enviamos un código de 6 dígitos por SMS a su teléfono terminado en {phone}.",
    }
    SecondStepSmsSend {
        en: "Send the code",
        fr: "Envoyer le code",
        de: "Code senden",
        it: "Invia il codice",
        es: "Enviar el código",
    }
    SecondStepSmsSent {
        en: "Code sent. It is valid for 5 minutes.",
        fr: "Code envoyé. Il est valable 5 minutes.",
        de: "Code gesendet. Er ist 5 Minuten gültig.",
        it: "Codice inviato. È valido per 5 minuti.",
        es: "Código enviado. Es válido durante 5 minutos.",
    }
    SecondStepSmsResend {
        en: "Send a new code",
        fr: "Envoyer un nouveau code",
        de: "Neuen Code senden",
        it: "Invia un nuovo codice",
        es: "Enviar un código nuevo",
    }
    SecondStepBackupHelp {
        en: "Enter one of the backup codes you saved. Each code works once.",
        fr: "Saisissez l'un des codes de secours que vous avez conservés. Chaque code ne fonctionne qu'une fois.",
        de: "Geben Sie einen Ihrer gespeicherten Backup-Codes ein. Jeder Code funktioniert nur einmal.",
        it: "Inserisca uno dei codici di backup che ha salvato. Ogni codice funziona una sola volta.",
        es: "Introduzca uno de los códigos de respaldo que guardó. Cada código solo funciona una vez.",
    }
    SecondStepPushHelp {
        en: "Approve this sign-in from another device where you are signed in to Orga.",
        fr: "Approuvez cette connexion depuis un autre appareil sur lequel vous êtes connecté à Orga.",
        de: "Genehmigen Sie diese Anmeldung auf einem anderen Gerät, auf dem Sie bei Orga angemeldet sind.",
        it: "Approvi questo accesso da un altro dispositivo su cui è connesso a Orga.",
        es: "Apruebe este inicio de sesión desde otro dispositivo en el que tenga la sesión iniciada en Orga.",
    }
    SecondStepPushSend {
        en: "Ask for approval",
        fr: "Demander l'approbation",
        de: "Genehmigung anfordern",
        it: "Richiedi l'approvazione",
        es: "Solicitar aprobación",
    }
    SecondStepPushWaiting {
        en: "Waiting for your approval on your other device…",
        fr: "En attente de votre approbation sur votre autre appareil…",
        de: "Warten auf Ihre Genehmigung auf Ihrem anderen Gerät…",
        it: "In attesa della sua approvazione sull'altro dispositivo…",
        es: "Esperando su aprobación en su otro dispositivo…",
    }
    SecondStepPushDenied {
        en: "This sign-in was denied from your other device.",
        fr: "Cette connexion a été refusée depuis votre autre appareil.",
        de: "Diese Anmeldung wurde auf Ihrem anderen Gerät abgelehnt.",
        it: "Questo accesso è stato rifiutato dall'altro dispositivo.",
        es: "Este inicio de sesión se ha rechazado desde su otro dispositivo.",
    }
    SecondStepPushExpired {
        en: "Nobody answered in time. Ask again or use another method.",
        fr: "Personne n'a répondu à temps. Demandez à nouveau ou utilisez une autre méthode.",
        de: "Niemand hat rechtzeitig geantwortet. Fragen Sie erneut an oder verwenden Sie eine andere Methode.",
        it: "Nessuno ha risposto in tempo. Riprovi o usi un altro metodo.",
        es: "Nadie ha respondido a tiempo. Vuelva a solicitarlo o use otro método.",
    }
    SecondStepVerify {
        en: "Verify",
        fr: "Valider",
        de: "Überprüfen",
        it: "Verifica",
        es: "Verificar",
    }
    SecondStepOtherMethods {
        en: "Use another method",
        fr: "Utiliser une autre méthode",
        de: "Andere Methode verwenden",
        it: "Usa un altro metodo",
        es: "Usar otro método",
    }
    SecondStepNoMethod {
        en: "No access to any of these methods? Without a backup code, only an identity verification can give your account back: support never turns two-factor authentication off on request.",
        fr: "Aucune de ces méthodes n'est accessible ? Sans code de secours, seule une vérification d'identité peut vous rendre votre compte : le support ne désactive jamais la double authentification sur simple demande.",
        de: "Keine dieser Methoden verfügbar? Ohne Backup-Code erhalten Sie Ihr Konto nur über eine Identitätsprüfung zurück: Der Support deaktiviert die Zwei-Faktor-Authentifizierung niemals auf bloße Anfrage.",
        it: "Nessuno di questi metodi è disponibile? Senza un codice di backup, solo una verifica dell'identità può restituirle l'account: l'assistenza non disattiva mai l'autenticazione a due fattori su semplice richiesta.",
        es: "¿No tiene acceso a ninguno de estos métodos? Sin un código de respaldo, solo una verificación de identidad puede devolverle su cuenta: el soporte nunca desactiva la autenticación de dos factores por una simple solicitud.",
    }
    SignInExpired {
        en: "This sign-in has expired. Enter your password again.",
        fr: "Cette connexion a expiré. Saisissez à nouveau votre mot de passe.",
        de: "Diese Anmeldung ist abgelaufen. Geben Sie Ihr Passwort erneut ein.",
        it: "Questo accesso è scaduto. Inserisca di nuovo la password.",
        es: "Este inicio de sesión ha caducado. Introduzca de nuevo su contraseña.",
    }
    SecondStepStartOver {
        en: "Start again",
        fr: "Recommencer",
        de: "Neu beginnen",
        it: "Ricomincia",
        es: "Volver a empezar",
    }

    SecurityTitle {
        en: "Security",
        fr: "Sécurité",
        de: "Sicherheit",
        it: "Sicurezza",
        es: "Seguridad",
    }
    TwoFactorSection {
        en: "Two-factor authentication",
        fr: "Double authentification",
        de: "Zwei-Faktor-Authentifizierung",
        it: "Autenticazione a due fattori",
        es: "Autenticación de dos factores",
    }
    TwoFactorOn {
        en: "Two-factor authentication is on: signing in asks for your password and one of the methods below.",
        fr: "La double authentification est activée : la connexion demande votre mot de passe et l'une des méthodes ci-dessous.",
        de: "Die Zwei-Faktor-Authentifizierung ist aktiviert: Bei der Anmeldung werden Ihr Passwort und eine der folgenden Methoden abgefragt.",
        it: "L'autenticazione a due fattori è attiva: per accedere servono la password e uno dei metodi qui sotto.",
        es: "La autenticación de dos factores está activada: al iniciar sesión se le piden su contraseña y uno de los métodos siguientes.",
    }
    TwoFactorOff {
        en: "Two-factor authentication is off. Add a method so that your password alone is not enough to enter your account.",
        fr: "La double authentification est désactivée. Ajoutez une méthode pour que votre mot de passe seul ne suffise pas à entrer dans votre compte.",
        de: "Die Zwei-Faktor-Authentifizierung ist deaktiviert. Fügen Sie eine Methode hinzu, damit Ihr Passwort allein nicht genügt, um auf Ihr Konto zuzugreifen.",
        it: "L'autenticazione a due fattori è disattivata. Aggiunga un metodo affinché la sola password non basti per entrare nel suo account.",
        es: "La autenticación de dos factores está desactivada. Añada un método para que su contraseña no baste por sí sola para entrar en su cuenta.",
    }
    PushExplained {
        en: "Once a method is set up, you can also approve a sign-in from another device where you are signed in.",
        fr: "Une fois une méthode configurée, vous pouvez aussi approuver une connexion depuis un autre appareil sur lequel vous êtes connecté.",
        de: "Sobald eine Methode eingerichtet ist, können Sie eine Anmeldung auch auf einem anderen Gerät genehmigen, auf dem Sie angemeldet sind.",
        it: "Una volta configurato un metodo, può anche approvare un accesso da un altro dispositivo su cui è connesso.",
        es: "Una vez configurado un método, también puede aprobar un inicio de sesión desde otro dispositivo en el que tenga la sesión iniciada.",
    }
    FactorAdded {
        en: "Added {date}",
        fr: "Ajoutée le {date}",
        de: "Hinzugefügt am {date}",
        it: "Aggiunto il {date}",
        es: "Añadido el {date}",
    }
    FactorLastUsed {
        en: "last used {date}",
        fr: "dernière utilisation le {date}",
        de: "zuletzt verwendet am {date}",
        it: "ultimo utilizzo il {date}",
        es: "último uso el {date}",
    }
    FactorRemove {
        en: "Remove",
        fr: "Supprimer",
        de: "Entfernen",
        it: "Rimuovi",
        es: "Eliminar",
    }
    FactorRemoveNamed {
        en: "Remove {method}",
        fr: "Supprimer {method}",
        de: "{method} entfernen",
        it: "Rimuovi {method}",
        es: "Eliminar {method}",
    }
    FactorRemoved {
        en: "Method removed.",
        fr: "Méthode supprimée.",
        de: "Methode entfernt.",
        it: "Metodo rimosso.",
        es: "Método eliminado.",
    }

    TotpAdd {
        en: "Set up an authenticator app",
        fr: "Configurer une application d'authentification",
        de: "Authenticator-App einrichten",
        it: "Configura un'app di autenticazione",
        es: "Configurar una aplicación de autenticación",
    }
    TotpScan {
        en: "Scan this QR code with your authenticator app, or type the key below into it.",
        fr: "Scannez ce code QR avec votre application d'authentification, ou saisissez-y la clé ci-dessous.",
        de: "Scannen Sie diesen QR-Code mit Ihrer Authenticator-App oder geben Sie dort den Schlüssel unten ein.",
        it: "Scansioni questo codice QR con la sua app di autenticazione oppure vi inserisca la chiave qui sotto.",
        es: "Escanee este código QR con su aplicación de autenticación o introduzca en ella la clave que aparece abajo.",
    }
    TotpQrLabel {
        en: "QR code for your authenticator app",
        fr: "Code QR pour votre application d'authentification",
        de: "QR-Code für Ihre Authenticator-App",
        it: "Codice QR per la sua app di autenticazione",
        es: "Código QR para su aplicación de autenticación",
    }
    TotpKey {
        en: "Key",
        fr: "Clé",
        de: "Schlüssel",
        it: "Chiave",
        es: "Clave",
    }
    TotpConfirmHelp {
        en: "Then enter the 6-digit code the app shows, to check it works.",
        fr: "Saisissez ensuite le code à 6 chiffres affiché par l'application, pour vérifier qu'elle fonctionne.",
        de: "Geben Sie dann den 6-stelligen Code ein, den die App anzeigt, um zu prüfen, ob alles funktioniert.",
        it: "Poi inserisca il codice a 6 cifre mostrato dall'app, per verificare che funzioni.",
        es: "Después, introduzca el código de 6 dígitos que muestra la aplicación para comprobar que funciona.",
    }
    TotpConfirm {
        en: "Confirm",
        fr: "Confirmer",
        de: "Bestätigen",
        it: "Conferma",
        es: "Confirmar",
    }
    TotpEnabled {
        en: "The authenticator app is set up.",
        fr: "L'application d'authentification est configurée.",
        de: "Die Authenticator-App ist eingerichtet.",
        it: "L'app di autenticazione è configurata.",
        es: "La aplicación de autenticación está configurada.",
    }

    SmsAdd {
        en: "Add a phone for codes by SMS",
        fr: "Ajouter un téléphone pour les codes par SMS",
        de: "Telefon für SMS-Codes hinzufügen",
        it: "Aggiungi un telefono per i codici via SMS",
        es: "Añadir un teléfono para códigos por SMS",
    }
    SmsCountry {
        en: "Country",
        fr: "Pays",
        de: "Land",
        it: "Paese",
        es: "País",
    }
    SmsPhone {
        en: "Mobile number",
        fr: "Numéro de mobile",
        de: "Mobilnummer",
        it: "Numero di cellulare",
        es: "Número de móvil",
    }
    SmsCountriesServed {
        en: "Codes are sent by SMS to Swiss, French, Belgian and German numbers only.",
        fr: "Les codes sont envoyés par SMS aux numéros suisses, français, belges et allemands uniquement.",
        de: "Codes werden per SMS nur an Nummern aus der Schweiz, Frankreich, Belgien und Deutschland gesendet.",
        it: "I codici vengono inviati via SMS solo a numeri svizzeri, francesi, belgi e tedeschi.",
        es: "Los códigos se envían por SMS solo a números de Suiza, Francia, Bélgica y Alemania.",
    }
    SmsSendCode {
        en: "Send a code",
        fr: "Envoyer un code",
        de: "Code senden",
        it: "Invia un codice",
        es: "Enviar un código",
    }
    SmsCodeSent {
        en: "Enter the 6-digit code sent by SMS to {phone}.",
        fr: "Saisissez le code à 6 chiffres envoyé par SMS au {phone}.",
        de: "Geben Sie den 6-stelligen Code ein, der per SMS an {phone} gesendet wurde.",
        it: "Inserisca il codice a 6 cifre inviato via SMS al numero {phone}.",
        es: "Introduzca el código de 6 dígitos enviado por SMS al número {phone}.",
    }
    SmsEnabled {
        en: "The phone is verified.",
        fr: "Le téléphone est vérifié.",
        de: "Das Telefon ist verifiziert.",
        it: "Il telefono è verificato.",
        es: "El teléfono está verificado.",
    }
    SmsText {
        en: "Orga: your code is {code}. It is valid for 5 minutes. Never give it to anyone.",
        fr: "Orga : votre code est {code}. Il est valable 5 minutes. Ne le communiquez à personne.",
        de: "Orga: Ihr Code lautet {code}. Er ist 5 Minuten gültig. Geben Sie ihn niemals weiter.",
        it: "Orga: il suo codice è {code}. È valido per 5 minuti. Non lo comunichi mai a nessuno.",
        es: "Orga: su código es {code}. Es válido durante 5 minutos. No lo comparta con nadie.",
    }
    ProblemSmsCountry {
        en: "SMS codes are sent to Swiss, French, Belgian and German numbers only",
        fr: "les codes par SMS ne sont envoyés qu'aux numéros suisses, français, belges et allemands",
        de: "SMS-Codes werden nur an Nummern aus der Schweiz, Frankreich, Belgien und Deutschland gesendet",
        it: "i codici via SMS vengono inviati solo a numeri svizzeri, francesi, belgi e tedeschi",
        es: "los códigos por SMS solo se envían a números de Suiza, Francia, Bélgica y Alemania",
    }

    BackupSection {
        en: "Backup codes",
        fr: "Codes de secours",
        de: "Backup-Codes",
        it: "Codici di backup",
        es: "Códigos de respaldo",
    }
    BackupHelp {
        en: "If you lose your phone or security key, a backup code lets you sign in once.",
        fr: "Si vous perdez votre téléphone ou votre clé de sécurité, un code de secours vous permet de vous connecter une fois.",
        de: "Wenn Sie Ihr Telefon oder Ihren Sicherheitsschlüssel verlieren, können Sie sich mit einem Backup-Code einmal anmelden.",
        it: "Se perde il telefono o la chiave di sicurezza, un codice di backup le permette di accedere una volta.",
        es: "Si pierde su teléfono o su llave de seguridad, un código de respaldo le permite iniciar sesión una vez.",
    }
    BackupShownOnce {
        en: "Save these codes now: they are shown only this once. Each one works once.",
        fr: "Conservez ces codes maintenant : ils ne sont affichés qu'une seule fois. Chacun ne fonctionne qu'une fois.",
        de: "Speichern Sie diese Codes jetzt: Sie werden nur dieses eine Mal angezeigt. Jeder Code funktioniert nur einmal.",
        it: "Salvi ora questi codici: vengono mostrati solo questa volta. Ognuno funziona una sola volta.",
        es: "Guarde estos códigos ahora: solo se muestran esta vez. Cada uno funciona una sola vez.",
    }
    BackupDownload {
        en: "Download the codes",
        fr: "Télécharger les codes",
        de: "Codes herunterladen",
        it: "Scarica i codici",
        es: "Descargar los códigos",
    }
    BackupFileTitle {
        en: "Orga backup codes for {email}",
        fr: "Codes de secours Orga pour {email}",
        de: "Orga-Backup-Codes für {email}",
        it: "Codici di backup Orga per {email}",
        es: "Códigos de respaldo de Orga para {email}",
    }
    BackupSaved {
        en: "I have saved them",
        fr: "Je les ai conservés",
        de: "Ich habe sie gespeichert",
        it: "Li ho salvati",
        es: "Ya los he guardado",
    }
    BackupRegenerate {
        en: "Generate new codes",
        fr: "Générer de nouveaux codes",
        de: "Neue Codes erzeugen",
        it: "Genera nuovi codici",
        es: "Generar códigos nuevos",
    }
    BackupRegenerateHelp {
        en: "New codes replace every old one.",
        fr: "Les nouveaux codes remplacent tous les anciens.",
        de: "Neue Codes ersetzen alle bisherigen.",
        it: "I nuovi codici sostituiscono tutti quelli precedenti.",
        es: "Los códigos nuevos sustituyen a todos los anteriores.",
    }

    DisableTitle {
        en: "Turn off two-factor authentication",
        fr: "Désactiver la double authentification",
        de: "Zwei-Faktor-Authentifizierung deaktivieren",
        it: "Disattiva l'autenticazione a due fattori",
        es: "Desactivar la autenticación de dos factores",
    }
    DisableHelp {
        en: "Every method and backup code is removed; signing in then asks for your password only. Enter your password to confirm.",
        fr: "Toutes les méthodes et tous les codes de secours sont supprimés ; la connexion ne demande plus que votre mot de passe. Saisissez votre mot de passe pour confirmer.",
        de: "Alle Methoden und Backup-Codes werden entfernt; danach fragt die Anmeldung nur noch Ihr Passwort ab. Geben Sie zur Bestätigung Ihr Passwort ein.",
        it: "Tutti i metodi e i codici di backup vengono rimossi; per accedere basterà poi la password. Inserisca la password per confermare.",
        es: "Se eliminan todos los métodos y códigos de respaldo; después, para iniciar sesión solo se pedirá su contraseña. Introduzca su contraseña para confirmar.",
    }
    DisableButton {
        en: "Turn off",
        fr: "Désactiver",
        de: "Deaktivieren",
        it: "Disattiva",
        es: "Desactivar",
    }
    Disabled {
        en: "Two-factor authentication is off.",
        fr: "La double authentification est désactivée.",
        de: "Die Zwei-Faktor-Authentifizierung ist deaktiviert.",
        it: "L'autenticazione a due fattori è disattivata.",
        es: "La autenticación de dos factores está desactivada.",
    }

    ApproveTitle {
        en: "Approve a sign-in",
        fr: "Approuver une connexion",
        de: "Anmeldung genehmigen",
        it: "Approva un accesso",
        es: "Aprobar un inicio de sesión",
    }
    ApproveBanner {
        en: "A sign-in to your account waits for your approval.",
        fr: "Une connexion à votre compte attend votre approbation.",
        de: "Eine Anmeldung bei Ihrem Konto wartet auf Ihre Genehmigung.",
        it: "Un accesso al suo account è in attesa della sua approvazione.",
        es: "Un inicio de sesión en su cuenta está esperando su aprobación.",
    }
    ApproveReview {
        en: "Review",
        fr: "Examiner",
        de: "Prüfen",
        it: "Controlla",
        es: "Revisar",
    }
    ApproveIntro {
        en: "Someone typed your password and asks to sign in. Approve only if it is you.",
        fr: "Quelqu'un a saisi votre mot de passe et demande à se connecter. N'approuvez que si c'est vous.",
        de: "Jemand hat Ihr Passwort eingegeben und möchte sich anmelden. Genehmigen Sie nur, wenn Sie es selbst sind.",
        it: "Qualcuno ha inserito la sua password e chiede di accedere. Approvi solo se è lei.",
        es: "Alguien ha introducido su contraseña y solicita iniciar sesión. Apruebe solo si es usted.",
    }
    ApproveAddress {
        en: "Address",
        fr: "Adresse",
        de: "IP-Adresse",
        it: "Indirizzo IP",
        es: "Dirección IP",
    }
    ApproveDevice {
        en: "Browser",
        fr: "Navigateur",
        de: "Browser",
        it: "Browser",
        es: "Navegador",
    }
    ApproveTime {
        en: "Time",
        fr: "Heure",
        de: "Uhrzeit",
        it: "Ora",
        es: "Hora",
    }
    ApproveButton {
        en: "Approve",
        fr: "Approuver",
        de: "Genehmigen",
        it: "Approva",
        es: "Aprobar",
    }
    DenyButton {
        en: "Deny",
        fr: "Refuser",
        de: "Ablehnen",
        it: "Rifiuta",
        es: "Rechazar",
    }
    ApproveNone {
        en: "No sign-in waits for your approval.",
        fr: "Aucune connexion n'attend votre approbation.",
        de: "Keine Anmeldung wartet auf Ihre Genehmigung.",
        it: "Nessun accesso è in attesa della sua approvazione.",
        es: "Ningún inicio de sesión está esperando su aprobación.",
    }
    Approved {
        en: "Sign-in approved.",
        fr: "Connexion approuvée.",
        de: "Anmeldung genehmigt.",
        it: "Accesso approvato.",
        es: "Inicio de sesión aprobado.",
    }
    Denied {
        en: "Sign-in denied. If it was not you, change your password.",
        fr: "Connexion refusée. Si ce n'était pas vous, changez votre mot de passe.",
        de: "Anmeldung abgelehnt. Wenn Sie es nicht waren, ändern Sie Ihr Passwort.",
        it: "Accesso rifiutato. Se non era lei, cambi la password.",
        es: "Inicio de sesión rechazado. Si no era usted, cambie su contraseña.",
    }
    UnknownBrowser {
        en: "Unknown browser",
        fr: "Navigateur inconnu",
        de: "Unbekannter Browser",
        it: "Browser sconosciuto",
        es: "Navegador desconocido",
    }

    MailEnabledSubject {
        en: "Two-factor authentication is on",
        fr: "La double authentification est activée",
        de: "Die Zwei-Faktor-Authentifizierung ist aktiviert",
        it: "L'autenticazione a due fattori è attiva",
        es: "La autenticación de dos factores está activada",
    }
    MailEnabledBody {
        en: "Two-factor authentication was turned on for your Orga account ({method}). Signing in now asks for a second step after your password.\n\nIf it was not you, open the console, change your password and check the recent activity of your account.",
        fr: "La double authentification a été activée pour votre compte Orga ({method}). La connexion demande désormais une deuxième étape après votre mot de passe.\n\nSi ce n'était pas vous, ouvrez la console, changez votre mot de passe et vérifiez l'activité récente de votre compte.",
        de: "Für Ihr Orga-Konto wurde die Zwei-Faktor-Authentifizierung aktiviert ({method}). Bei der Anmeldung wird jetzt nach Ihrem Passwort ein zweiter Schritt verlangt.\n\nWenn Sie das nicht waren, öffnen Sie die Konsole, ändern Sie Ihr Passwort und prüfen Sie die letzten Aktivitäten Ihres Kontos.",
        it: "L'autenticazione a due fattori è stata attivata per il suo account Orga ({method}). Ora l'accesso richiede un secondo passaggio dopo la password.\n\nSe non è stato lei, apra la console, cambi la password e controlli l'attività recente del suo account.",
        es: "Se ha activado la autenticación de dos factores en su cuenta de Orga ({method}). Ahora, al iniciar sesión, se pide un segundo paso después de la contraseña.\n\nSi no ha sido usted, abra la consola, cambie su contraseña y revise la actividad reciente de su cuenta.",
    }
    MailDisabledSubject {
        en: "Two-factor authentication is off",
        fr: "La double authentification est désactivée",
        de: "Die Zwei-Faktor-Authentifizierung ist deaktiviert",
        it: "L'autenticazione a due fattori è disattivata",
        es: "La autenticación de dos factores está desactivada",
    }
    MailDisabledBody {
        en: "Two-factor authentication was turned off for your Orga account: your password alone now lets anyone in.\n\nIf it was not you, open the console, change your password and turn two-factor authentication on again.",
        fr: "La double authentification a été désactivée pour votre compte Orga : votre mot de passe suffit désormais pour y entrer.\n\nSi ce n'était pas vous, ouvrez la console, changez votre mot de passe et réactivez la double authentification.",
        de: "Für Ihr Orga-Konto wurde die Zwei-Faktor-Authentifizierung deaktiviert: Jetzt genügt allein Ihr Passwort, um sich bei Ihrem Konto anzumelden.\n\nWenn Sie das nicht waren, öffnen Sie die Konsole, ändern Sie Ihr Passwort und aktivieren Sie die Zwei-Faktor-Authentifizierung wieder.",
        it: "L'autenticazione a due fattori è stata disattivata per il suo account Orga: ora basta la sola password per entrarvi.\n\nSe non è stato lei, apra la console, cambi la password e riattivi l'autenticazione a due fattori.",
        es: "Se ha desactivado la autenticación de dos factores en su cuenta de Orga: ahora basta con su contraseña para entrar en ella.\n\nSi no ha sido usted, abra la consola, cambie su contraseña y vuelva a activar la autenticación de dos factores.",
    }
    MailBackupUsedSubject {
        en: "A backup code was used",
        fr: "Un code de secours a été utilisé",
        de: "Ein Backup-Code wurde verwendet",
        it: "È stato usato un codice di backup",
        es: "Se ha usado un código de respaldo",
    }
    MailBackupUsedBody {
        en: "A backup code was used to sign in to your Orga account. Codes left: {count}.\n\nIf it was not you, open the console, change your password and generate new backup codes.",
        fr: "Un code de secours a été utilisé pour vous connecter à votre compte Orga. Codes restants : {count}.\n\nSi ce n'était pas vous, ouvrez la console, changez votre mot de passe et générez de nouveaux codes de secours.",
        de: "Für eine Anmeldung bei Ihrem Orga-Konto wurde ein Backup-Code verwendet. Verbleibende Codes: {count}.\n\nWenn Sie das nicht waren, öffnen Sie die Konsole, ändern Sie Ihr Passwort und erzeugen Sie neue Backup-Codes.",
        it: "È stato usato un codice di backup per accedere al suo account Orga. Codici rimanenti: {count}.\n\nSe non è stato lei, apra la console, cambi la password e generi nuovi codici di backup.",
        es: "Se ha usado un código de respaldo para iniciar sesión en su cuenta de Orga. Códigos restantes: {count}.\n\nSi no ha sido usted, abra la consola, cambie su contraseña y genere nuevos códigos de respaldo.",
    }
}
