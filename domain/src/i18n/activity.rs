//! Security signals (SEC-5…SEC-7): the recent-activity page and its sessions, the
//! security emails, the organization-wide two-factor requirement and its alerts.

use super::Lang;
use crate::SecurityEvent;

catalogue! {
    ActivityMsg;
    ActivityTitle {
        en: "Recent activity",
        fr: "Activité récente",
        de: "Letzte Aktivitäten",
        it: "Attività recente",
        es: "Actividad reciente",
    }
    ActivityIntro {
        en: "Sign-ins to your account, failed attempts and changes to its security, newest first. Times are in your time zone ({zone}).",
        fr: "Les connexions à votre compte, les tentatives échouées et les modifications de sa sécurité, les plus récentes d'abord. Les heures sont dans votre fuseau horaire ({zone}).",
        de: "Anmeldungen bei Ihrem Konto, fehlgeschlagene Versuche und Änderungen an seiner Sicherheit, die neuesten zuerst. Alle Zeiten in Ihrer Zeitzone ({zone}).",
        it: "Accessi al suo account, tentativi non riusciti e modifiche alla sua sicurezza, dai più recenti. Gli orari sono indicati nel suo fuso orario ({zone}).",
        es: "Inicios de sesión en su cuenta, intentos fallidos y cambios en su seguridad, primero los más recientes. Las horas se muestran en su zona horaria ({zone}).",
    }
    ActivityEventsHeading {
        en: "Sign-ins and security changes",
        fr: "Connexions et modifications de sécurité",
        de: "Anmeldungen und Sicherheitsänderungen",
        it: "Accessi e modifiche di sicurezza",
        es: "Inicios de sesión y cambios de seguridad",
    }
    ActivityNone {
        en: "Nothing to show yet.",
        fr: "Rien à afficher pour l'instant.",
        de: "Noch nichts anzuzeigen.",
        it: "Ancora nulla da mostrare.",
        es: "Todavía no hay nada que mostrar.",
    }
    ActivityMore {
        en: "Show older activity",
        fr: "Afficher l'activité plus ancienne",
        de: "Ältere Aktivitäten anzeigen",
        it: "Mostra attività meno recenti",
        es: "Mostrar actividad anterior",
    }
    ActivityIp {
        en: "IP address {ip}",
        fr: "Adresse IP {ip}",
        de: "IP-Adresse {ip}",
        it: "Indirizzo IP {ip}",
        es: "Dirección IP {ip}",
    }
    ActivityUnknownIp {
        en: "IP address unknown",
        fr: "Adresse IP inconnue",
        de: "IP-Adresse unbekannt",
        it: "Indirizzo IP sconosciuto",
        es: "Dirección IP desconocida",
    }
    ActivityAdvice {
        en: "Something you do not recognise? Sign out the sessions you do not know, change your password and turn on two-factor authentication.",
        fr: "Quelque chose que vous ne reconnaissez pas ? Déconnectez les sessions inconnues, changez votre mot de passe et activez la double authentification.",
        de: "Kommt Ihnen etwas unbekannt vor? Melden Sie Sitzungen ab, die Sie nicht kennen, ändern Sie Ihr Passwort und aktivieren Sie die Zwei-Faktor-Authentifizierung.",
        it: "Qualcosa che non riconosce? Disconnetta le sessioni che non conosce, cambi la password e attivi l'autenticazione a due fattori.",
        es: "¿Algo que no reconoce? Cierre las sesiones que no conozca, cambie su contraseña y active la autenticación de dos factores.",
    }
    ActivitySecurityLink {
        en: "Security settings",
        fr: "Réglages de sécurité",
        de: "Sicherheitseinstellungen",
        it: "Impostazioni di sicurezza",
        es: "Ajustes de seguridad",
    }
    // Sign-ins.
    SignInSuccess {
        en: "Signed in",
        fr: "Connexion",
        de: "Angemeldet",
        it: "Accesso effettuato",
        es: "Sesión iniciada",
    }
    SignInSuccessWith {
        en: "Signed in with {method}",
        fr: "Connexion avec {method}",
        de: "Angemeldet mit {method}",
        it: "Accesso effettuato con {method}",
        es: "Sesión iniciada con {method}",
    }
    SignInWrongPassword {
        en: "Failed sign-in: wrong password",
        fr: "Connexion échouée : mauvais mot de passe",
        de: "Anmeldung fehlgeschlagen: falsches Passwort",
        it: "Accesso non riuscito: password errata",
        es: "Inicio de sesión fallido: contraseña incorrecta",
    }
    SignInLocked {
        en: "Sign-in refused: too many attempts",
        fr: "Connexion refusée : trop de tentatives",
        de: "Anmeldung verweigert: zu viele Versuche",
        it: "Accesso rifiutato: troppi tentativi",
        es: "Inicio de sesión rechazado: demasiados intentos",
    }
    SignInSecondFactorFailed {
        en: "Failed sign-in: wrong second-factor code",
        fr: "Connexion échouée : mauvais code de double authentification",
        de: "Anmeldung fehlgeschlagen: falscher Zwei-Faktor-Code",
        it: "Accesso non riuscito: codice a due fattori errato",
        es: "Inicio de sesión fallido: código de dos factores incorrecto",
    }
    SignInOther {
        en: "Sign-in attempt",
        fr: "Tentative de connexion",
        de: "Anmeldeversuch",
        it: "Tentativo di accesso",
        es: "Intento de inicio de sesión",
    }
    MethodPassword {
        en: "password",
        fr: "mot de passe",
        de: "Passwort",
        it: "password",
        es: "contraseña",
    }
    MethodTotp {
        en: "authenticator app",
        fr: "application d'authentification",
        de: "Authenticator-App",
        it: "app di autenticazione",
        es: "aplicación de autenticación",
    }
    MethodWebauthn {
        en: "security key",
        fr: "clé de sécurité",
        de: "Sicherheitsschlüssel",
        it: "chiave di sicurezza",
        es: "llave de seguridad",
    }
    MethodSms {
        en: "SMS code",
        fr: "code SMS",
        de: "SMS-Code",
        it: "codice SMS",
        es: "código SMS",
    }
    MethodPush {
        en: "approval from another device",
        fr: "approbation depuis un autre appareil",
        de: "Bestätigung auf einem anderen Gerät",
        it: "approvazione da un altro dispositivo",
        es: "aprobación desde otro dispositivo",
    }
    MethodBackupCode {
        en: "backup code",
        fr: "code de secours",
        de: "Backup-Code",
        it: "codice di backup",
        es: "código de respaldo",
    }
    // Security changes (every `SecurityEvent`).
    EventPasswordChanged {
        en: "Password changed",
        fr: "Mot de passe modifié",
        de: "Passwort geändert",
        it: "Password modificata",
        es: "Contraseña cambiada",
    }
    EventPasswordReset {
        en: "Password reset (forgotten password)",
        fr: "Mot de passe réinitialisé (mot de passe oublié)",
        de: "Passwort zurückgesetzt (Passwort vergessen)",
        it: "Password reimpostata (password dimenticata)",
        es: "Contraseña restablecida (contraseña olvidada)",
    }
    EventLoginEmailChangeRequested {
        en: "Change of login email requested",
        fr: "Changement d'adresse de connexion demandé",
        de: "Änderung der Anmelde-E-Mail-Adresse angefordert",
        it: "Modifica dell'e-mail di accesso richiesta",
        es: "Cambio del correo de inicio de sesión solicitado",
    }
    EventLoginEmailChanged {
        en: "Login email changed",
        fr: "Adresse de connexion modifiée",
        de: "Anmelde-E-Mail-Adresse geändert",
        it: "E-mail di accesso modificata",
        es: "Correo de inicio de sesión cambiado",
    }
    EventRecoveryEmailChanged {
        en: "Recovery email changed",
        fr: "Adresse e-mail de secours modifiée",
        de: "E-Mail-Adresse zur Wiederherstellung geändert",
        it: "E-mail di recupero modificata",
        es: "Correo de recuperación cambiado",
    }
    EventRecoveryEmailRemoved {
        en: "Recovery email removed",
        fr: "Adresse e-mail de secours supprimée",
        de: "E-Mail-Adresse zur Wiederherstellung entfernt",
        it: "E-mail di recupero rimossa",
        es: "Correo de recuperación eliminado",
    }
    EventRecoveryPhoneChanged {
        en: "Recovery phone changed",
        fr: "Téléphone de secours modifié",
        de: "Telefonnummer zur Wiederherstellung geändert",
        it: "Telefono di recupero modificato",
        es: "Teléfono de recuperación cambiado",
    }
    EventRecoveryPhoneRemoved {
        en: "Recovery phone removed",
        fr: "Téléphone de secours supprimé",
        de: "Telefonnummer zur Wiederherstellung entfernt",
        it: "Telefono di recupero rimosso",
        es: "Teléfono de recuperación eliminado",
    }
    EventTotpEnabled {
        en: "Authenticator app added",
        fr: "Application d'authentification ajoutée",
        de: "Authenticator-App hinzugefügt",
        it: "App di autenticazione aggiunta",
        es: "Aplicación de autenticación añadida",
    }
    EventSmsFactorAdded {
        en: "SMS two-factor authentication added",
        fr: "Double authentification par SMS ajoutée",
        de: "Zwei-Faktor-Authentifizierung per SMS hinzugefügt",
        it: "Autenticazione a due fattori via SMS aggiunta",
        es: "Autenticación de dos factores por SMS añadida",
    }
    EventSecurityKeyAdded {
        en: "Security key added",
        fr: "Clé de sécurité ajoutée",
        de: "Sicherheitsschlüssel hinzugefügt",
        it: "Chiave di sicurezza aggiunta",
        es: "Llave de seguridad añadida",
    }
    EventSecurityKeyRemoved {
        en: "Security key removed",
        fr: "Clé de sécurité supprimée",
        de: "Sicherheitsschlüssel entfernt",
        it: "Chiave di sicurezza rimossa",
        es: "Llave de seguridad eliminada",
    }
    EventSecondFactorRemoved {
        en: "Two-factor method removed",
        fr: "Méthode de double authentification supprimée",
        de: "Zwei-Faktor-Methode entfernt",
        it: "Metodo di autenticazione a due fattori rimosso",
        es: "Método de autenticación de dos factores eliminado",
    }
    EventTwoFactorDisabled {
        en: "Two-factor authentication turned off",
        fr: "Double authentification désactivée",
        de: "Zwei-Faktor-Authentifizierung deaktiviert",
        it: "Autenticazione a due fattori disattivata",
        es: "Autenticación de dos factores desactivada",
    }
    EventBackupCodesGenerated {
        en: "New backup codes generated",
        fr: "Nouveaux codes de secours générés",
        de: "Neue Backup-Codes erstellt",
        it: "Nuovi codici di backup generati",
        es: "Nuevos códigos de respaldo generados",
    }
    EventBackupCodeUsed {
        en: "Backup code used",
        fr: "Code de secours utilisé",
        de: "Backup-Code verwendet",
        it: "Codice di backup utilizzato",
        es: "Código de respaldo utilizado",
    }
    EventAppPasswordCreated {
        en: "App password created",
        fr: "Mot de passe d'application créé",
        de: "App-Passwort erstellt",
        it: "Password per app creata",
        es: "Contraseña de aplicación creada",
    }
    EventAppPasswordRevoked {
        en: "App password revoked",
        fr: "Mot de passe d'application révoqué",
        de: "App-Passwort widerrufen",
        it: "Password per app revocata",
        es: "Contraseña de aplicación revocada",
    }
    EventSessionRevoked {
        en: "A session was signed out",
        fr: "Une session a été déconnectée",
        de: "Eine Sitzung wurde abgemeldet",
        it: "Una sessione è stata disconnessa",
        es: "Se cerró una sesión",
    }
    EventSignedOutEverywhere {
        en: "Signed out everywhere",
        fr: "Déconnexion partout",
        de: "Überall abgemeldet",
        it: "Tutte le sessioni disconnesse",
        es: "Todas las sesiones cerradas",
    }
    EventTemporaryUsernameIssued {
        en: "Temporary username issued",
        fr: "Identifiant temporaire attribué",
        de: "Temporärer Benutzername vergeben",
        it: "Nome utente temporaneo assegnato",
        es: "Nombre de usuario temporal asignado",
    }
    EventIdentityVerificationRequested {
        en: "Identity verification requested",
        fr: "Vérification d'identité demandée",
        de: "Identitätsprüfung angefordert",
        it: "Verifica dell'identità richiesta",
        es: "Verificación de identidad solicitada",
    }
    EventLanguageChanged {
        en: "Language changed",
        fr: "Langue modifiée",
        de: "Sprache geändert",
        it: "Lingua modificata",
        es: "Idioma cambiado",
    }
    EventAccountClosed {
        en: "Account closed",
        fr: "Compte fermé",
        de: "Konto geschlossen",
        it: "Account chiuso",
        es: "Cuenta cerrada",
    }
    EventOther {
        en: "Security change",
        fr: "Modification de sécurité",
        de: "Sicherheitsänderung",
        it: "Modifica di sicurezza",
        es: "Cambio de seguridad",
    }
    // Devices: "{browser} on {os}".
    DeviceOn {
        en: "{browser} on {os}",
        fr: "{browser} sur {os}",
        de: "{browser} unter {os}",
        it: "{browser} su {os}",
        es: "{browser} en {os}",
    }
    DeviceUnknownBrowser {
        en: "Unknown browser",
        fr: "Navigateur inconnu",
        de: "Unbekannter Browser",
        it: "Browser sconosciuto",
        es: "Navegador desconocido",
    }
    DeviceUnknownSystem {
        en: "unknown system",
        fr: "système inconnu",
        de: "einem unbekannten System",
        it: "un sistema sconosciuto",
        es: "un sistema desconocido",
    }
    // Sessions.
    SessionsHeading {
        en: "Active sessions",
        fr: "Sessions actives",
        de: "Aktive Sitzungen",
        it: "Sessioni attive",
        es: "Sesiones activas",
    }
    SessionsIntro {
        en: "Browsers where your account is signed in now.",
        fr: "Les navigateurs où votre compte est connecté en ce moment.",
        de: "Browser, in denen Ihr Konto gerade angemeldet ist.",
        it: "Browser in cui il suo account è attualmente connesso.",
        es: "Navegadores en los que su cuenta tiene ahora una sesión iniciada.",
    }
    SessionThis {
        en: "This browser",
        fr: "Ce navigateur",
        de: "Dieser Browser",
        it: "Questo browser",
        es: "Este navegador",
    }
    SessionSignedIn {
        en: "Signed in: {time}",
        fr: "Connexion : {time}",
        de: "Angemeldet: {time}",
        it: "Accesso: {time}",
        es: "Inicio de sesión: {time}",
    }
    SessionLastUsed {
        en: "Last used: {time}",
        fr: "Dernière utilisation : {time}",
        de: "Zuletzt verwendet: {time}",
        it: "Ultimo utilizzo: {time}",
        es: "Último uso: {time}",
    }
    SessionRevoke {
        en: "Sign out {device}",
        fr: "Déconnecter {device}",
        de: "{device} abmelden",
        it: "Disconnetti {device}",
        es: "Cerrar sesión en {device}",
    }
    SessionRevoked {
        en: "That session is signed out.",
        fr: "Cette session est déconnectée.",
        de: "Diese Sitzung wurde abgemeldet.",
        it: "La sessione è stata disconnessa.",
        es: "Se ha cerrado esa sesión.",
    }
    SignOutOthers {
        en: "Sign out everywhere else",
        fr: "Se déconnecter partout ailleurs",
        de: "Alle anderen Sitzungen abmelden",
        it: "Disconnetti le altre sessioni",
        es: "Cerrar las demás sesiones",
    }
    SignOutOthersDone {
        en: "Every other session is signed out.",
        fr: "Toutes les autres sessions sont déconnectées.",
        de: "Alle anderen Sitzungen wurden abgemeldet.",
        it: "Tutte le altre sessioni sono state disconnesse.",
        es: "Se han cerrado todas las demás sesiones.",
    }
    SignOutEverywhere {
        en: "Sign out everywhere",
        fr: "Se déconnecter partout",
        de: "Überall abmelden",
        it: "Disconnetti tutte le sessioni",
        es: "Cerrar todas las sesiones",
    }
    SignOutEverywhereConfirm {
        en: "Sign out every session, this one included? You will have to sign in again.",
        fr: "Déconnecter toutes les sessions, y compris celle-ci ? Vous devrez vous reconnecter.",
        de: "Alle Sitzungen abmelden, auch diese? Sie müssen sich danach erneut anmelden.",
        it: "Disconnettere tutte le sessioni, compresa questa? Dovrà accedere di nuovo.",
        es: "¿Cerrar todas las sesiones, incluida esta? Tendrá que volver a iniciar sesión.",
    }
    // Emails (SEC-5): no link, on purpose.
    MailNewSignInSubject {
        en: "New sign-in to your Orga account",
        fr: "Nouvelle connexion à votre compte Orga",
        de: "Neue Anmeldung bei Ihrem Orga-Konto",
        it: "Nuovo accesso al suo account Orga",
        es: "Nuevo inicio de sesión en su cuenta de Orga",
    }
    MailNewSignInBody {
        en: "Your Orga account {email} was just signed in to from {what}.\n\nWhen: {time}\nNetwork: {network} (IP address {ip})\nBrowser: {device}\n\nIf this was you, there is nothing to do: this happens with a new browser, a private window or another connection.\n\nIf it was not you, open the Orga console yourself — type its address, do not follow a link in an email — look at the recent activity of your account, sign out the sessions you do not know, change your password and turn on two-factor authentication.\n\nThis email contains no link on purpose: a message that asks you to sign in through a link does not come from us.",
        fr: "Votre compte Orga {email} vient d'être connecté depuis {what}.\n\nQuand : {time}\nRéseau : {network} (adresse IP {ip})\nNavigateur : {device}\n\nSi c'était vous, il n'y a rien à faire : cela arrive avec un nouveau navigateur, une fenêtre privée ou une autre connexion.\n\nSi ce n'était pas vous, ouvrez vous-même la console Orga — tapez son adresse, ne suivez pas un lien reçu par e-mail — consultez l'activité récente de votre compte, déconnectez les sessions inconnues, changez votre mot de passe et activez la double authentification.\n\nCet e-mail ne contient volontairement aucun lien : un message qui vous demande de vous connecter par un lien ne vient pas de nous.",
        de: "Soeben hat sich jemand von {what} aus bei Ihrem Orga-Konto {email} angemeldet.\n\nWann: {time}\nNetzwerk: {network} (IP-Adresse {ip})\nBrowser: {device}\n\nWenn Sie das waren, müssen Sie nichts tun: Das kommt bei einem neuen Browser, einem privaten Fenster oder einer anderen Verbindung vor.\n\nWenn Sie es nicht waren, öffnen Sie die Orga-Konsole selbst – geben Sie ihre Adresse ein, folgen Sie keinem Link in einer E-Mail –, sehen Sie sich die letzten Aktivitäten Ihres Kontos an, melden Sie Sitzungen ab, die Sie nicht kennen, ändern Sie Ihr Passwort und aktivieren Sie die Zwei-Faktor-Authentifizierung.\n\nDiese E-Mail enthält absichtlich keinen Link: Eine Nachricht, die Sie auffordert, sich über einen Link anzumelden, stammt nicht von uns.",
        it: "È appena stato effettuato un accesso al suo account Orga {email} da {what}.\n\nQuando: {time}\nRete: {network} (indirizzo IP {ip})\nBrowser: {device}\n\nSe riconosce questo accesso, non deve fare nulla: succede con un nuovo browser, una finestra privata o un'altra connessione.\n\nSe non lo riconosce, apra personalmente la console Orga – digiti l'indirizzo, non segua un link ricevuto per e-mail –, consulti l'attività recente del suo account, disconnetta le sessioni che non conosce, cambi la password e attivi l'autenticazione a due fattori.\n\nQuesta e-mail non contiene volutamente alcun link: un messaggio che le chiede di accedere tramite un link non proviene da noi.",
        es: "Se acaba de iniciar sesión en su cuenta de Orga {email} desde {what}.\n\nCuándo: {time}\nRed: {network} (dirección IP {ip})\nNavegador: {device}\n\nSi fue usted, no tiene que hacer nada: esto ocurre con un navegador nuevo, una ventana privada u otra conexión.\n\nSi no fue usted, abra directamente la consola de Orga —escriba la dirección, no siga un enlace recibido por correo electrónico—, consulte la actividad reciente de su cuenta, cierre las sesiones que no reconozca, cambie su contraseña y active la autenticación de dos factores.\n\nEste correo electrónico no contiene ningún enlace de forma intencionada: un mensaje que le pide iniciar sesión mediante un enlace no procede de nosotros.",
    }
    MailNewDevice {
        en: "a new device",
        fr: "un nouvel appareil",
        de: "einem neuen Gerät",
        it: "un nuovo dispositivo",
        es: "un nuevo dispositivo",
    }
    MailNewNetwork {
        en: "a new network",
        fr: "un nouveau réseau",
        de: "einem neuen Netzwerk",
        it: "una nuova rete",
        es: "una nueva red",
    }
    MailNewDeviceAndNetwork {
        en: "a new device on a new network",
        fr: "un nouvel appareil sur un nouveau réseau",
        de: "einem neuen Gerät in einem neuen Netzwerk",
        it: "un nuovo dispositivo su una nuova rete",
        es: "un nuevo dispositivo en una nueva red",
    }
    MailWrongPasswordSubject {
        en: "Failed sign-in to your Orga account",
        fr: "Connexion échouée à votre compte Orga",
        de: "Fehlgeschlagene Anmeldung bei Ihrem Orga-Konto",
        it: "Accesso non riuscito al suo account Orga",
        es: "Inicio de sesión fallido en su cuenta de Orga",
    }
    MailWrongPasswordBody {
        en: "Someone typed a wrong password for your Orga account {email}.\n\nWhen: {time}\nNetwork: {network} (IP address {ip})\nBrowser: {device}\n\nIf this was you, there is nothing to do. If not, your password held: the attempt was refused. To be safe, open the Orga console yourself — type its address, do not follow a link in an email — look at the recent activity of your account and turn on two-factor authentication.\n\nWe send this email at most once an hour. It contains no link on purpose: a message that asks you to sign in through a link does not come from us.",
        fr: "Quelqu'un a saisi un mauvais mot de passe pour votre compte Orga {email}.\n\nQuand : {time}\nRéseau : {network} (adresse IP {ip})\nNavigateur : {device}\n\nSi c'était vous, il n'y a rien à faire. Sinon, votre mot de passe a tenu : la tentative a été refusée. Par prudence, ouvrez vous-même la console Orga — tapez son adresse, ne suivez pas un lien reçu par e-mail — consultez l'activité récente de votre compte et activez la double authentification.\n\nNous envoyons cet e-mail au plus une fois par heure. Il ne contient volontairement aucun lien : un message qui vous demande de vous connecter par un lien ne vient pas de nous.",
        de: "Jemand hat für Ihr Orga-Konto {email} ein falsches Passwort eingegeben.\n\nWann: {time}\nNetzwerk: {network} (IP-Adresse {ip})\nBrowser: {device}\n\nWenn Sie das waren, müssen Sie nichts tun. Andernfalls hat Ihr Passwort standgehalten: Der Versuch wurde abgewiesen. Öffnen Sie sicherheitshalber die Orga-Konsole selbst – geben Sie ihre Adresse ein, folgen Sie keinem Link in einer E-Mail –, sehen Sie sich die letzten Aktivitäten Ihres Kontos an und aktivieren Sie die Zwei-Faktor-Authentifizierung.\n\nWir senden diese E-Mail höchstens einmal pro Stunde. Sie enthält absichtlich keinen Link: Eine Nachricht, die Sie auffordert, sich über einen Link anzumelden, stammt nicht von uns.",
        it: "Qualcuno ha inserito una password errata per il suo account Orga {email}.\n\nQuando: {time}\nRete: {network} (indirizzo IP {ip})\nBrowser: {device}\n\nSe riconosce questo tentativo, non deve fare nulla. Altrimenti, la sua password ha retto: il tentativo è stato respinto. Per sicurezza, apra personalmente la console Orga – digiti l'indirizzo, non segua un link ricevuto per e-mail –, consulti l'attività recente del suo account e attivi l'autenticazione a due fattori.\n\nInviamo questa e-mail al massimo una volta all'ora. Non contiene volutamente alcun link: un messaggio che le chiede di accedere tramite un link non proviene da noi.",
        es: "Alguien ha introducido una contraseña incorrecta para su cuenta de Orga {email}.\n\nCuándo: {time}\nRed: {network} (dirección IP {ip})\nNavegador: {device}\n\nSi fue usted, no tiene que hacer nada. Si no, su contraseña ha resistido: el intento fue rechazado. Por precaución, abra directamente la consola de Orga —escriba la dirección, no siga un enlace recibido por correo electrónico—, consulte la actividad reciente de su cuenta y active la autenticación de dos factores.\n\nEnviamos este correo electrónico como máximo una vez por hora. No contiene ningún enlace de forma intencionada: un mensaje que le pide iniciar sesión mediante un enlace no procede de nosotros.",
    }
    MailUnknown {
        en: "unknown",
        fr: "inconnu",
        de: "unbekannt",
        it: "non disponibile",
        es: "desconocido",
    }
    // SEC-7: the organization-wide requirement.
    OrgSecurityHeading {
        en: "Security",
        fr: "Sécurité",
        de: "Sicherheit",
        it: "Sicurezza",
        es: "Seguridad",
    }
    RequireTwoFactor {
        en: "Require two-factor authentication",
        fr: "Exiger la double authentification",
        de: "Zwei-Faktor-Authentifizierung vorschreiben",
        it: "Rendi obbligatoria l'autenticazione a due fattori",
        es: "Exigir la autenticación de dos factores",
    }
    RequireTwoFactorHelp {
        en: "Members without two-factor authentication can then do nothing in this organization but set it up (external users may leave instead). App passwords and API access keep working.",
        fr: "Les membres sans double authentification ne peuvent alors plus rien faire dans cette Organisation sinon l'activer (les utilisateurs externes peuvent la quitter à la place). Les mots de passe d'application et l'accès à l'API continuent de fonctionner.",
        de: "Mitglieder ohne Zwei-Faktor-Authentifizierung können in dieser Organisation dann nichts anderes tun, als sie einzurichten (externe Benutzer können die Organisation stattdessen verlassen). App-Passwörter und API-Zugriff funktionieren weiterhin.",
        it: "I membri senza autenticazione a due fattori non potranno fare altro in questa Organizzazione che attivarla (gli utenti esterni possono in alternativa lasciare l'Organizzazione). Le password per app e l'accesso all'API continuano a funzionare.",
        es: "Los miembros sin autenticación de dos factores no podrán hacer nada en esta Organización salvo activarla (los usuarios externos pueden, en su lugar, abandonar la Organización). Las contraseñas de aplicación y el acceso a la API siguen funcionando.",
    }
    RequireTwoFactorOn {
        en: "Required",
        fr: "Exigée",
        de: "Erforderlich",
        it: "Obbligatoria",
        es: "Obligatoria",
    }
    RequireTwoFactorOff {
        en: "Not required",
        fr: "Non exigée",
        de: "Nicht erforderlich",
        it: "Facoltativa",
        es: "No obligatoria",
    }
    RequireTwoFactorConfirmTitle {
        en: "Require two-factor authentication?",
        fr: "Exiger la double authentification ?",
        de: "Zwei-Faktor-Authentifizierung vorschreiben?",
        it: "Rendere obbligatoria l'autenticazione a due fattori?",
        es: "¿Exigir la autenticación de dos factores?",
    }
    RequireTwoFactorAllCompliant {
        en: "Every member already uses two-factor authentication.",
        fr: "Tous les membres utilisent déjà la double authentification.",
        de: "Alle Mitglieder nutzen bereits die Zwei-Faktor-Authentifizierung.",
        it: "Tutti i membri usano già l'autenticazione a due fattori.",
        es: "Todos los miembros ya usan la autenticación de dos factores.",
    }
    RequireTwoFactorConfirm {
        en: "Require it",
        fr: "L'exiger",
        de: "Vorschreiben",
        it: "Rendi obbligatoria",
        es: "Exigirla",
    }
    RequireTwoFactorStopTitle {
        en: "Stop requiring two-factor authentication?",
        fr: "Ne plus exiger la double authentification ?",
        de: "Zwei-Faktor-Authentifizierung nicht mehr vorschreiben?",
        it: "Rendere facoltativa l'autenticazione a due fattori?",
        es: "¿Dejar de exigir la autenticación de dos factores?",
    }
    RequireTwoFactorStopText {
        en: "Members without two-factor authentication will be able to work in the organization again.",
        fr: "Les membres sans double authentification pourront de nouveau travailler dans l'Organisation.",
        de: "Mitglieder ohne Zwei-Faktor-Authentifizierung können dann wieder in der Organisation arbeiten.",
        it: "I membri senza autenticazione a due fattori potranno di nuovo lavorare nell'Organizzazione.",
        es: "Los miembros sin autenticación de dos factores podrán volver a trabajar en la Organización.",
    }
    RequireTwoFactorStop {
        en: "Stop requiring it",
        fr: "Ne plus l'exiger",
        de: "Nicht mehr vorschreiben",
        it: "Rendi facoltativa",
        es: "Dejar de exigirla",
    }
    RequireTwoFactorSaved {
        en: "Saved.",
        fr: "Enregistré.",
        de: "Gespeichert.",
        it: "Salvato.",
        es: "Guardado.",
    }
    MemberNoTwoFactor {
        en: "No two-factor authentication",
        fr: "Sans double authentification",
        de: "Keine Zwei-Faktor-Authentifizierung",
        it: "Senza autenticazione a due fattori",
        es: "Sin autenticación de dos factores",
    }
    FilterWithoutTwoFactor {
        en: "Without two-factor authentication",
        fr: "Sans double authentification",
        de: "Ohne Zwei-Faktor-Authentifizierung",
        it: "Senza autenticazione a due fattori",
        es: "Sin autenticación de dos factores",
    }
    SendSecurityAlert {
        en: "Send a security alert",
        fr: "Envoyer une alerte de sécurité",
        de: "Sicherheitswarnung senden",
        it: "Invia un avviso di sicurezza",
        es: "Enviar una alerta de seguridad",
    }
    // The gate (SEC-7) as the member held back sees it.
    GateTitle {
        en: "{org} requires two-factor authentication",
        fr: "{org} exige la double authentification",
        de: "{org} verlangt die Zwei-Faktor-Authentifizierung",
        it: "{org} richiede l'autenticazione a due fattori",
        es: "{org} exige la autenticación de dos factores",
    }
    GateText {
        en: "Until you turn on two-factor authentication on your account, you can do nothing else in this organization. Your other organizations are not affected.",
        fr: "Tant que vous n'avez pas activé la double authentification sur votre compte, vous ne pouvez rien faire d'autre dans cette Organisation. Vos autres Organisations ne sont pas concernées.",
        de: "Solange Sie die Zwei-Faktor-Authentifizierung für Ihr Konto nicht aktivieren, können Sie in dieser Organisation nichts anderes tun. Ihre anderen Organisationen sind davon nicht betroffen.",
        it: "Finché non attiva l'autenticazione a due fattori sul suo account, non può fare nient'altro in questa Organizzazione. Le sue altre Organizzazioni non sono interessate.",
        es: "Hasta que active la autenticación de dos factores en su cuenta, no podrá hacer nada más en esta Organización. Sus otras Organizaciones no se ven afectadas.",
    }
    GateSetUp {
        en: "Set up two-factor authentication",
        fr: "Activer la double authentification",
        de: "Zwei-Faktor-Authentifizierung einrichten",
        it: "Configura l'autenticazione a due fattori",
        es: "Configurar la autenticación de dos factores",
    }
    GateLeaveText {
        en: "As an external user, you may leave the organization instead.",
        fr: "En tant qu'utilisateur externe, vous pouvez quitter l'Organisation à la place.",
        de: "Als externer Benutzer können Sie die Organisation stattdessen verlassen.",
        it: "In quanto utente esterno, può invece lasciare l'Organizzazione.",
        es: "Como usuario externo, puede, en su lugar, abandonar la Organización.",
    }
    GateLeave {
        en: "Leave {org}",
        fr: "Quitter {org}",
        de: "{org} verlassen",
        it: "Lascia {org}",
        es: "Abandonar {org}",
    }
    // The security alert email (SEC-7).
    MailAlertSubject {
        en: "{org} asks you to check the security of your account",
        fr: "{org} vous demande de vérifier la sécurité de votre compte",
        de: "{org} bittet Sie, die Sicherheit Ihres Kontos zu überprüfen",
        it: "{org} le chiede di verificare la sicurezza del suo account",
        es: "{org} le pide que compruebe la seguridad de su cuenta",
    }
    MailAlertBody {
        en: "{actor}, of the organization {org}, asks you to check the security settings of your Orga account {email}.\n\nTwo-factor authentication: {two_factor}\nRecovery email: {recovery_email}\nRecovery phone: {recovery_phone}\n\n{requirement}Open the Orga console yourself — type its address, do not follow a link in an email — and go to your account's security settings from the menu with your initials.\n\nThis email contains no link on purpose: a message that asks you to sign in through a link does not come from us.",
        fr: "{actor}, de l'Organisation {org}, vous demande de vérifier les réglages de sécurité de votre compte Orga {email}.\n\nDouble authentification : {two_factor}\nE-mail de secours : {recovery_email}\nTéléphone de secours : {recovery_phone}\n\n{requirement}Ouvrez vous-même la console Orga — tapez son adresse, ne suivez pas un lien reçu par e-mail — et allez dans les réglages de sécurité de votre compte depuis le menu à vos initiales.\n\nCet e-mail ne contient volontairement aucun lien : un message qui vous demande de vous connecter par un lien ne vient pas de nous.",
        de: "{actor} von der Organisation {org} bittet Sie, die Sicherheitseinstellungen Ihres Orga-Kontos {email} zu überprüfen.\n\nZwei-Faktor-Authentifizierung: {two_factor}\nE-Mail-Adresse zur Wiederherstellung: {recovery_email}\nTelefonnummer zur Wiederherstellung: {recovery_phone}\n\n{requirement}Öffnen Sie die Orga-Konsole selbst – geben Sie ihre Adresse ein, folgen Sie keinem Link in einer E-Mail – und rufen Sie über das Menü mit Ihren Initialen die Sicherheitseinstellungen Ihres Kontos auf.\n\nDiese E-Mail enthält absichtlich keinen Link: Eine Nachricht, die Sie auffordert, sich über einen Link anzumelden, stammt nicht von uns.",
        it: "{actor}, dell'Organizzazione {org}, le chiede di verificare le impostazioni di sicurezza del suo account Orga {email}.\n\nAutenticazione a due fattori: {two_factor}\nE-mail di recupero: {recovery_email}\nTelefono di recupero: {recovery_phone}\n\n{requirement}Apra personalmente la console Orga – digiti l'indirizzo, non segua un link ricevuto per e-mail – e vada alle impostazioni di sicurezza del suo account dal menu con le sue iniziali.\n\nQuesta e-mail non contiene volutamente alcun link: un messaggio che le chiede di accedere tramite un link non proviene da noi.",
        es: "{actor}, de la Organización {org}, le pide que compruebe los ajustes de seguridad de su cuenta de Orga {email}.\n\nAutenticación de dos factores: {two_factor}\nCorreo de recuperación: {recovery_email}\nTeléfono de recuperación: {recovery_phone}\n\n{requirement}Abra directamente la consola de Orga —escriba la dirección, no siga un enlace recibido por correo electrónico— y vaya a los ajustes de seguridad de su cuenta desde el menú con sus iniciales.\n\nEste correo electrónico no contiene ningún enlace de forma intencionada: un mensaje que le pide iniciar sesión mediante un enlace no procede de nosotros.",
    }
    MailAlertRequirement {
        en: "The organization requires two-factor authentication: until you turn it on, you can do nothing else in it.\n\n",
        fr: "L'Organisation exige la double authentification : tant que vous ne l'avez pas activée, vous ne pouvez rien y faire d'autre.\n\n",
        de: "Die Organisation schreibt die Zwei-Faktor-Authentifizierung vor: Solange Sie sie nicht aktivieren, können Sie dort nichts anderes tun.\n\n",
        it: "L'Organizzazione richiede l'autenticazione a due fattori: finché non la attiva, non può fare nient'altro al suo interno.\n\n",
        es: "La Organización exige la autenticación de dos factores: hasta que la active, no podrá hacer nada más en ella.\n\n",
    }
    MailAlertOn {
        en: "on",
        fr: "activée",
        de: "aktiviert",
        it: "attiva",
        es: "activada",
    }
    MailAlertOff {
        en: "off",
        fr: "désactivée",
        de: "nicht aktiviert",
        it: "non attiva",
        es: "no activada",
    }
    MailAlertSet {
        en: "set",
        fr: "renseigné",
        de: "hinterlegt",
        it: "presente",
        es: "configurado",
    }
    MailAlertNotSet {
        en: "not set",
        fr: "non renseigné",
        de: "nicht hinterlegt",
        it: "non presente",
        es: "no configurado",
    }
}

impl ActivityMsg {
    /// The words for a sign-in method (`sessions.second_factor`, `sign_in_events.method`).
    pub fn for_method(method: &str) -> Option<ActivityMsg> {
        Some(match method {
            "password" => ActivityMsg::MethodPassword,
            "totp" => ActivityMsg::MethodTotp,
            "webauthn" => ActivityMsg::MethodWebauthn,
            "sms" => ActivityMsg::MethodSms,
            "push" => ActivityMsg::MethodPush,
            "backup_code" => ActivityMsg::MethodBackupCode,
            _ => return None,
        })
    }

    /// The words for a security change: every kind has its own.
    pub fn for_event(event: SecurityEvent) -> ActivityMsg {
        match event {
            SecurityEvent::PasswordChanged => ActivityMsg::EventPasswordChanged,
            SecurityEvent::PasswordReset => ActivityMsg::EventPasswordReset,
            SecurityEvent::LoginEmailChangeRequested => ActivityMsg::EventLoginEmailChangeRequested,
            SecurityEvent::LoginEmailChanged => ActivityMsg::EventLoginEmailChanged,
            SecurityEvent::RecoveryEmailChanged => ActivityMsg::EventRecoveryEmailChanged,
            SecurityEvent::RecoveryEmailRemoved => ActivityMsg::EventRecoveryEmailRemoved,
            SecurityEvent::RecoveryPhoneChanged => ActivityMsg::EventRecoveryPhoneChanged,
            SecurityEvent::RecoveryPhoneRemoved => ActivityMsg::EventRecoveryPhoneRemoved,
            SecurityEvent::TotpEnabled => ActivityMsg::EventTotpEnabled,
            SecurityEvent::SmsFactorAdded => ActivityMsg::EventSmsFactorAdded,
            SecurityEvent::SecurityKeyAdded => ActivityMsg::EventSecurityKeyAdded,
            SecurityEvent::SecurityKeyRemoved => ActivityMsg::EventSecurityKeyRemoved,
            SecurityEvent::SecondFactorRemoved => ActivityMsg::EventSecondFactorRemoved,
            SecurityEvent::TwoFactorDisabled => ActivityMsg::EventTwoFactorDisabled,
            SecurityEvent::BackupCodesGenerated => ActivityMsg::EventBackupCodesGenerated,
            SecurityEvent::BackupCodeUsed => ActivityMsg::EventBackupCodeUsed,
            SecurityEvent::AppPasswordCreated => ActivityMsg::EventAppPasswordCreated,
            SecurityEvent::AppPasswordRevoked => ActivityMsg::EventAppPasswordRevoked,
            SecurityEvent::SessionRevoked => ActivityMsg::EventSessionRevoked,
            SecurityEvent::SignedOutEverywhere => ActivityMsg::EventSignedOutEverywhere,
            SecurityEvent::TemporaryUsernameIssued => ActivityMsg::EventTemporaryUsernameIssued,
            SecurityEvent::IdentityVerificationRequested => ActivityMsg::EventIdentityVerificationRequested,
            SecurityEvent::LanguageChanged => ActivityMsg::EventLanguageChanged,
            SecurityEvent::AccountClosed => ActivityMsg::EventAccountClosed,
        }
    }

    /// The words for a stored kind (`security_events.kind`); one this version does not
    /// know is a plain "security change".
    pub fn for_event_code(code: &str) -> ActivityMsg {
        SecurityEvent::parse(code).map_or(ActivityMsg::EventOther, ActivityMsg::for_event)
    }

    /// The words for a sign-in's outcome (`sign_in_events.outcome`).
    pub fn for_outcome(outcome: &str) -> ActivityMsg {
        match outcome {
            "success" => ActivityMsg::SignInSuccess,
            "wrong_password" => ActivityMsg::SignInWrongPassword,
            "locked" => ActivityMsg::SignInLocked,
            "second_factor_failed" | "wrong_code" => ActivityMsg::SignInSecondFactorFailed,
            _ => ActivityMsg::SignInOther,
        }
    }
}

/// "Firefox on Windows", in `lang`, from what [`crate::device::describe`] recognised.
pub fn device_text(device: crate::device::Device, lang: Lang) -> String {
    let browser = device.browser.unwrap_or_else(|| ActivityMsg::DeviceUnknownBrowser.text(lang));
    let os = device.os.unwrap_or_else(|| ActivityMsg::DeviceUnknownSystem.text(lang));
    ActivityMsg::DeviceOn.fill(lang, &[("browser", browser), ("os", os)])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_security_event_has_its_own_words() {
        let mut seen = std::collections::HashSet::new();
        for event in SecurityEvent::ALL {
            let msg = ActivityMsg::for_event(*event);
            assert_ne!(msg, ActivityMsg::EventOther, "{event:?}");
            assert!(seen.insert(msg), "{event:?} shares its words");
            assert_eq!(ActivityMsg::for_event_code(event.as_str()), msg);
        }
        assert_eq!(ActivityMsg::for_event_code("from_a_later_version"), ActivityMsg::EventOther);
    }
}
