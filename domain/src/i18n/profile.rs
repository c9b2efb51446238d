//! "Manage my profile" (ACC-3…9, ACC-13): the page, its refusals and its emails.

use super::Lang;

catalogue! {
    ProfileMsg;
    ProfileTitle {
        en: "Manage my profile",
        fr: "Gérer mon profil",
        de: "Mein Profil verwalten",
        it: "Gestisci il mio profilo",
        es: "Gestionar mi perfil",
    }
    ProfileLoginEmail {
        en: "Login email",
        fr: "Adresse e-mail de connexion",
        de: "Anmelde-E-Mail-Adresse",
        it: "E-mail di accesso",
        es: "Correo de inicio de sesión",
    }
    ProfileLanguageHelp {
        en: "The console and the emails you receive use this language.",
        fr: "La console et les e-mails que vous recevez utilisent cette langue.",
        de: "Die Konsole und die E-Mails, die Sie erhalten, verwenden diese Sprache.",
        it: "La console e le e-mail che riceve usano questa lingua.",
        es: "La consola y los correos electrónicos que recibe usan este idioma.",
    }
    ProfileSignedInAs {
        en: "Signed in as {email}",
        fr: "Connecté en tant que {email}",
        de: "Angemeldet als {email}",
        it: "Accesso eseguito come {email}",
        es: "Sesión iniciada como {email}",
    }
    ProfileChange {
        en: "Change",
        fr: "Modifier",
        de: "Ändern",
        it: "Modifica",
        es: "Cambiar",
    }
    ProfileSave {
        en: "Save",
        fr: "Enregistrer",
        de: "Speichern",
        it: "Salva",
        es: "Guardar",
    }
    ProfileSaved {
        en: "Saved.",
        fr: "Enregistré.",
        de: "Gespeichert.",
        it: "Salvato.",
        es: "Guardado.",
    }
    ProfileCurrentPassword {
        en: "Current password",
        fr: "Mot de passe actuel",
        de: "Aktuelles Passwort",
        it: "Password attuale",
        es: "Contraseña actual",
    }
    ProfileConnection {
        en: "Connection settings",
        fr: "Paramètres de connexion",
        de: "Anmeldeeinstellungen",
        it: "Impostazioni di accesso",
        es: "Configuración de inicio de sesión",
    }
    // ACC-4
    LoginChangeTitle {
        en: "Change the login email",
        fr: "Modifier l'adresse e-mail de connexion",
        de: "Anmelde-E-Mail-Adresse ändern",
        it: "Modifica l'e-mail di accesso",
        es: "Cambiar el correo de inicio de sesión",
    }
    LoginNewEmail {
        en: "New login email",
        fr: "Nouvelle adresse e-mail de connexion",
        de: "Neue Anmelde-E-Mail-Adresse",
        it: "Nuova e-mail di accesso",
        es: "Nuevo correo de inicio de sesión",
    }
    LoginChangeHelp {
        en: "We send a link to the new address; the login changes when you open it. It must differ from your recovery email.",
        fr: "Nous envoyons un lien à la nouvelle adresse ; l'identifiant change quand vous l'ouvrez. Elle doit être différente de votre adresse de récupération.",
        de: "Wir senden einen Link an die neue Adresse; die Änderung gilt, sobald Sie ihn öffnen. Die neue Adresse muss sich von Ihrer Wiederherstellungsadresse unterscheiden.",
        it: "Inviamo un link al nuovo indirizzo; l'e-mail di accesso cambia quando lo apre. Il nuovo indirizzo deve essere diverso dalla sua e-mail di recupero.",
        es: "Enviamos un enlace a la nueva dirección; el correo de inicio de sesión cambia cuando usted lo abre. La nueva dirección debe ser distinta de su correo de recuperación.",
    }
    LoginChangeSent {
        en: "If {email} can be used, a confirmation link is on its way there. It is valid 24 hours.",
        fr: "Si {email} peut être utilisée, un lien de confirmation y est envoyé. Il est valable 24 heures.",
        de: "Falls {email} verwendet werden kann, ist ein Bestätigungslink dorthin unterwegs. Er ist 24 Stunden gültig.",
        it: "Se è possibile usare {email}, le stiamo inviando a quell'indirizzo un link di conferma. È valido 24 ore.",
        es: "Si {email} puede usarse, le estamos enviando a esa dirección un enlace de confirmación. Es válido durante 24 horas.",
    }
    LoginConfirmTitle {
        en: "Confirm the new login email",
        fr: "Confirmer la nouvelle adresse de connexion",
        de: "Neue Anmelde-E-Mail-Adresse bestätigen",
        it: "Conferma la nuova e-mail di accesso",
        es: "Confirmar el nuevo correo de inicio de sesión",
    }
    LoginConfirmed {
        en: "Your login email is now {email}.",
        fr: "Votre adresse de connexion est maintenant {email}.",
        de: "Ihre Anmelde-E-Mail-Adresse lautet jetzt {email}.",
        it: "La sua e-mail di accesso è ora {email}.",
        es: "Su correo de inicio de sesión es ahora {email}.",
    }
    LoginPending {
        en: "Waiting for confirmation: {email}",
        fr: "En attente de confirmation : {email}",
        de: "Bestätigung ausstehend: {email}",
        it: "In attesa di conferma: {email}",
        es: "Pendiente de confirmación: {email}",
    }
    // ACC-5
    PasswordTitle {
        en: "Password",
        fr: "Mot de passe",
        de: "Passwort",
        it: "Password",
        es: "Contraseña",
    }
    PasswordChangeTitle {
        en: "Change the password",
        fr: "Modifier le mot de passe",
        de: "Passwort ändern",
        it: "Modifica la password",
        es: "Cambiar la contraseña",
    }
    PasswordNew {
        en: "New password",
        fr: "Nouveau mot de passe",
        de: "Neues Passwort",
        it: "Nuova password",
        es: "Nueva contraseña",
    }
    PasswordChanged {
        en: "Your password was changed.",
        fr: "Votre mot de passe a été modifié.",
        de: "Ihr Passwort wurde geändert.",
        it: "La sua password è stata modificata.",
        es: "Se ha cambiado su contraseña.",
    }
    PasswordSignOutOthers {
        en: "Sign out every other session",
        fr: "Déconnecter toutes les autres sessions",
        de: "Alle anderen Sitzungen abmelden",
        it: "Disconnetti tutte le altre sessioni",
        es: "Cerrar todas las demás sesiones",
    }
    PasswordSignOutOthersHelp {
        en: "Browsers and devices where you are still signed in with the old password will have to sign in again.",
        fr: "Les navigateurs et appareils encore connectés avec l'ancien mot de passe devront se reconnecter.",
        de: "Browser und Geräte, auf denen Sie noch mit dem alten Passwort angemeldet sind, müssen sich erneut anmelden.",
        it: "I browser e i dispositivi ancora connessi con la vecchia password dovranno accedere di nuovo.",
        es: "Los navegadores y dispositivos en los que aún tenga la sesión iniciada con la contraseña anterior tendrán que volver a iniciar sesión.",
    }
    SessionsSignedOut {
        en: "Every other session was signed out.",
        fr: "Toutes les autres sessions ont été déconnectées.",
        de: "Alle anderen Sitzungen wurden abgemeldet.",
        it: "Tutte le altre sessioni sono state disconnesse.",
        es: "Se han cerrado todas las demás sesiones.",
    }
    PasswordChecking {
        en: "Checking the password…",
        fr: "Vérification du mot de passe…",
        de: "Passwort wird geprüft…",
        it: "Verifica della password…",
        es: "Comprobando la contraseña…",
    }
    // ACC-6
    RecoveryEmailTitle {
        en: "Recovery email",
        fr: "Adresse e-mail de récupération",
        de: "Wiederherstellungs-E-Mail-Adresse",
        it: "E-mail di recupero",
        es: "Correo de recuperación",
    }
    RecoveryEmailHelp {
        en: "Used to recover access if you forget your password. It must differ from the login email.",
        fr: "Sert à récupérer l'accès si vous oubliez votre mot de passe. Elle doit être différente de l'adresse de connexion.",
        de: "Dient dazu, den Zugang wiederherzustellen, falls Sie Ihr Passwort vergessen. Sie muss sich von der Anmelde-E-Mail-Adresse unterscheiden.",
        it: "Serve a recuperare l'accesso se dimentica la password. Deve essere diversa dall'e-mail di accesso.",
        es: "Sirve para recuperar el acceso si olvida su contraseña. Debe ser distinto del correo de inicio de sesión.",
    }
    RecoveryNone {
        en: "None",
        fr: "Aucune",
        de: "Keine",
        it: "Nessuno",
        es: "Ninguno",
    }
    RecoveryVerified {
        en: "Verified",
        fr: "Vérifiée",
        de: "Verifiziert",
        it: "Verificato",
        es: "Verificado",
    }
    RecoveryWaiting {
        en: "Waiting for confirmation",
        fr: "En attente de confirmation",
        de: "Bestätigung ausstehend",
        it: "In attesa di conferma",
        es: "Pendiente de confirmación",
    }
    RecoveryEmailSent {
        en: "A confirmation link was sent to {email}. It is valid 24 hours.",
        fr: "Un lien de confirmation a été envoyé à {email}. Il est valable 24 heures.",
        de: "Ein Bestätigungslink wurde an {email} gesendet. Er ist 24 Stunden gültig.",
        it: "Abbiamo inviato un link di conferma a {email}. È valido 24 ore.",
        es: "Se ha enviado un enlace de confirmación a {email}. Es válido durante 24 horas.",
    }
    RecoveryRemove {
        en: "Remove",
        fr: "Supprimer",
        de: "Entfernen",
        it: "Rimuovi",
        es: "Eliminar",
    }
    RecoveryRemoved {
        en: "Removed.",
        fr: "Supprimé.",
        de: "Entfernt.",
        it: "Rimosso.",
        es: "Eliminado.",
    }
    RecoveryEmailConfirmed {
        en: "Your recovery email {email} is confirmed.",
        fr: "Votre adresse de récupération {email} est confirmée.",
        de: "Ihre Wiederherstellungsadresse {email} ist bestätigt.",
        it: "La sua e-mail di recupero {email} è confermata.",
        es: "Su correo de recuperación {email} está confirmado.",
    }
    // ACC-7
    RecoveryPhoneTitle {
        en: "Recovery mobile phone",
        fr: "Téléphone mobile de récupération",
        de: "Mobiltelefon zur Wiederherstellung",
        it: "Cellulare di recupero",
        es: "Teléfono móvil de recuperación",
    }
    RecoveryPhoneHelp {
        en: "We send a 6-digit code by SMS to check the number.",
        fr: "Nous envoyons un code à 6 chiffres par SMS pour vérifier le numéro.",
        de: "Wir senden einen 6-stelligen Code per SMS, um die Nummer zu prüfen.",
        it: "Inviamo un codice di 6 cifre via SMS per verificare il numero.",
        es: "Enviamos un código de 6 dígitos por SMS para verificar el número.",
    }
    PhoneCountry {
        en: "Country code",
        fr: "Indicatif du pays",
        de: "Ländervorwahl",
        it: "Prefisso internazionale",
        es: "Prefijo del país",
    }
    PhoneNumber {
        en: "Mobile number",
        fr: "Numéro de mobile",
        de: "Mobilnummer",
        it: "Numero di cellulare",
        es: "Número de móvil",
    }
    PhoneSendCode {
        en: "Send the code",
        fr: "Envoyer le code",
        de: "Code senden",
        it: "Invia il codice",
        es: "Enviar el código",
    }
    PhoneCode {
        en: "Code received by SMS",
        fr: "Code reçu par SMS",
        de: "Per SMS erhaltener Code",
        it: "Codice ricevuto via SMS",
        es: "Código recibido por SMS",
    }
    PhoneCodeSent {
        en: "A code was sent to {phone}. It is valid 10 minutes.",
        fr: "Un code a été envoyé au {phone}. Il est valable 10 minutes.",
        de: "Ein Code wurde an {phone} gesendet. Er ist 10 Minuten gültig.",
        it: "Abbiamo inviato un codice al numero {phone}. È valido 10 minuti.",
        es: "Se ha enviado un código al {phone}. Es válido durante 10 minutos.",
    }
    PhoneVerify {
        en: "Verify",
        fr: "Vérifier",
        de: "Bestätigen",
        it: "Verifica",
        es: "Verificar",
    }
    PhoneVerified {
        en: "Your recovery phone {phone} is verified.",
        fr: "Votre téléphone de récupération {phone} est vérifié.",
        de: "Ihre Wiederherstellungsnummer {phone} ist verifiziert.",
        it: "Il suo cellulare di recupero {phone} è verificato.",
        es: "Su teléfono de recuperación {phone} está verificado.",
    }
    // ACC-8
    RegionTitle {
        en: "Language and region",
        fr: "Langue et région",
        de: "Sprache und Region",
        it: "Lingua e regione",
        es: "Idioma y región",
    }
    ProfileCountry {
        en: "Country",
        fr: "Pays",
        de: "Land",
        it: "Paese",
        es: "País",
    }
    ProfileTimeZone {
        en: "Time zone",
        fr: "Fuseau horaire",
        de: "Zeitzone",
        it: "Fuso orario",
        es: "Zona horaria",
    }
    ProfileTimeZoneHelp {
        en: "Dates and times in the console are shown in this time zone.",
        fr: "Les dates et heures de la console sont affichées dans ce fuseau horaire.",
        de: "Datum und Uhrzeit werden in der Konsole in dieser Zeitzone angezeigt.",
        it: "Le date e gli orari della console sono mostrati in questo fuso orario.",
        es: "Las fechas y horas de la consola se muestran en esta zona horaria.",
    }
    ProfileTimeZoneBrowser {
        en: "Use this browser's time zone ({zone})",
        fr: "Utiliser le fuseau de ce navigateur ({zone})",
        de: "Zeitzone dieses Browsers verwenden ({zone})",
        it: "Usa il fuso orario di questo browser ({zone})",
        es: "Usar la zona horaria de este navegador ({zone})",
    }
    // ACC-9
    NewsletterTitle {
        en: "Orga news",
        fr: "Actualités Orga",
        de: "Neuigkeiten von Orga",
        it: "Novità di Orga",
        es: "Novedades de Orga",
    }
    NewsletterHelp {
        en: "Choose the topics you want to hear about. Each switch is saved at once.",
        fr: "Choisissez les thèmes qui vous intéressent. Chaque interrupteur est enregistré aussitôt.",
        de: "Wählen Sie die Themen, über die Sie informiert werden möchten. Jeder Schalter wird sofort gespeichert.",
        it: "Scelga gli argomenti che le interessano. Ogni interruttore viene salvato subito.",
        es: "Elija los temas que le interesan. Cada interruptor se guarda al instante.",
    }
    TopicDomains {
        en: "Domain names",
        fr: "Noms de domaine",
        de: "Domainnamen",
        it: "Nomi di dominio",
        es: "Nombres de dominio",
    }
    TopicHosting {
        en: "Web hosting",
        fr: "Hébergement web",
        de: "Webhosting",
        it: "Hosting web",
        es: "Alojamiento web",
    }
    TopicCloud {
        en: "Cloud servers",
        fr: "Serveurs cloud",
        de: "Cloud-Server",
        it: "Server cloud",
        es: "Servidores en la nube",
    }
    TopicBackup {
        en: "Backup",
        fr: "Sauvegarde",
        de: "Datensicherung",
        it: "Backup",
        es: "Copias de seguridad",
    }
    TopicMail {
        en: "Mail",
        fr: "Messagerie",
        de: "E-Mail",
        it: "Posta elettronica",
        es: "Correo electrónico",
    }
    TopicDrive {
        en: "Online storage",
        fr: "Stockage en ligne",
        de: "Online-Speicher",
        it: "Archiviazione online",
        es: "Almacenamiento en línea",
    }
    TopicCollaboration {
        en: "Collaboration tools",
        fr: "Outils collaboratifs",
        de: "Tools für die Zusammenarbeit",
        it: "Strumenti di collaborazione",
        es: "Herramientas de colaboración",
    }
    TopicStreaming {
        en: "Streaming",
        fr: "Streaming",
        de: "Streaming",
        it: "Streaming",
        es: "Streaming",
    }
    TopicCompany {
        en: "Company news",
        fr: "Nouvelles de l'entreprise",
        de: "Neuigkeiten aus dem Unternehmen",
        it: "Notizie dall'azienda",
        es: "Noticias de la empresa",
    }
    // ACC-13
    CloseTitle {
        en: "Close my account",
        fr: "Fermer mon compte",
        de: "Mein Konto schließen",
        it: "Chiudi il mio account",
        es: "Cerrar mi cuenta",
    }
    CloseExplain {
        en: "Your account and your sessions end; you leave every organization, and those where you are alone and that have no product are closed with it. This cannot be undone.",
        fr: "Votre compte et vos sessions prennent fin ; vous quittez toutes les Organisations, et celles où vous êtes seul et qui n'ont aucun produit sont fermées avec lui. C'est irréversible.",
        de: "Ihr Konto und Ihre Sitzungen werden beendet; Sie verlassen alle Organisationen, und diejenigen, in denen Sie allein sind und die kein Produkt haben, werden mit ihm geschlossen. Dies kann nicht rückgängig gemacht werden.",
        it: "Il suo account e le sue sessioni terminano; lascia tutte le Organizzazioni, e quelle in cui è l'unico membro e che non hanno prodotti vengono chiuse insieme all'account. L'operazione è irreversibile.",
        es: "Su cuenta y sus sesiones finalizan; sale de todas las Organizaciones, y aquellas en las que es el único miembro y que no tienen ningún producto se cierran con ella. Esta acción no se puede deshacer.",
    }
    CloseBlocked {
        en: "You cannot close your account yet: you are the last legal representative of these organizations, which still have products or other members. Name another legal representative, or empty them first:",
        fr: "Vous ne pouvez pas encore fermer votre compte : vous êtes le dernier responsable légal de ces Organisations, qui ont encore des produits ou d'autres membres. Nommez un autre responsable légal, ou videz-les d'abord :",
        de: "Sie können Ihr Konto noch nicht schließen: Sie sind der letzte gesetzliche Vertreter dieser Organisationen, die noch Produkte oder andere Mitglieder haben. Ernennen Sie einen anderen gesetzlichen Vertreter oder entfernen Sie zuerst deren Produkte und Mitglieder:",
        it: "Non può ancora chiudere il suo account: è l'ultimo rappresentante legale di queste Organizzazioni, che hanno ancora prodotti o altri membri. Nomini un altro rappresentante legale oppure rimuova prima prodotti e membri:",
        es: "Todavía no puede cerrar su cuenta: es el último representante legal de estas Organizaciones, que aún tienen productos u otros miembros. Nombre a otro representante legal o vacíelas primero:",
    }
    CloseConfirmLabel {
        en: "Type your login email to confirm",
        fr: "Saisissez votre adresse de connexion pour confirmer",
        de: "Geben Sie zur Bestätigung Ihre Anmelde-E-Mail-Adresse ein",
        it: "Per confermare, inserisca la sua e-mail di accesso",
        es: "Introduzca su correo de inicio de sesión para confirmar",
    }
    CloseButton {
        en: "Close my account for good",
        fr: "Fermer définitivement mon compte",
        de: "Mein Konto endgültig schließen",
        it: "Chiudi definitivamente il mio account",
        es: "Cerrar mi cuenta definitivamente",
    }
    ClosedNotice {
        en: "Your account is closed. Goodbye.",
        fr: "Votre compte est fermé. Au revoir.",
        de: "Ihr Konto ist geschlossen. Auf Wiedersehen.",
        it: "Il suo account è chiuso. Arrivederci.",
        es: "Su cuenta está cerrada. Adiós.",
    }
    // Refusals
    ProblemSameAsRecovery {
        en: "it is your recovery email; the login email must differ from it",
        fr: "c'est votre adresse de récupération ; l'adresse de connexion doit en être différente",
        de: "das ist Ihre Wiederherstellungsadresse; die Anmelde-E-Mail-Adresse muss sich davon unterscheiden",
        it: "è la sua e-mail di recupero; l'e-mail di accesso deve essere diversa",
        es: "es su correo de recuperación; el correo de inicio de sesión debe ser distinto",
    }
    ProblemSameAsLogin {
        en: "it is your login email; the recovery email must differ from it",
        fr: "c'est votre adresse de connexion ; l'adresse de récupération doit en être différente",
        de: "das ist Ihre Anmelde-E-Mail-Adresse; die Wiederherstellungsadresse muss sich davon unterscheiden",
        it: "è la sua e-mail di accesso; l'e-mail di recupero deve essere diversa",
        es: "es su correo de inicio de sesión; el correo de recuperación debe ser distinto",
    }
    ProblemUnchanged {
        en: "it is already your login email",
        fr: "c'est déjà votre adresse de connexion",
        de: "das ist bereits Ihre Anmelde-E-Mail-Adresse",
        it: "è già la sua e-mail di accesso",
        es: "ya es su correo de inicio de sesión",
    }
    ProblemTimeZone {
        en: "not a time zone we know (for example Europe/Zurich)",
        fr: "fuseau horaire inconnu (par exemple Europe/Zurich)",
        de: "keine uns bekannte Zeitzone (zum Beispiel Europe/Zurich)",
        it: "fuso orario sconosciuto (ad esempio Europe/Zurich)",
        es: "zona horaria desconocida (por ejemplo, Europe/Zurich)",
    }
    ProblemNoCode {
        en: "no code is waiting or it has expired: ask for a new one",
        fr: "aucun code n'est en attente ou il a expiré : demandez-en un nouveau",
        de: "kein Code ausstehend oder Code abgelaufen: Fordern Sie einen neuen an",
        it: "nessun codice in attesa o codice scaduto: ne richieda uno nuovo",
        es: "no hay ningún código pendiente o ha caducado: solicite uno nuevo",
    }
    ProblemConfirmation {
        en: "type your login email exactly",
        fr: "saisissez exactement votre adresse de connexion",
        de: "geben Sie Ihre Anmelde-E-Mail-Adresse genau ein",
        it: "inserisca esattamente la sua e-mail di accesso",
        es: "introduzca exactamente su correo de inicio de sesión",
    }
    FieldTimeZone {
        en: "Time zone",
        fr: "Fuseau horaire",
        de: "Zeitzone",
        it: "Fuso orario",
        es: "Zona horaria",
    }
    FieldConfirmation {
        en: "Confirmation",
        fr: "Confirmation",
        de: "Bestätigung",
        it: "Conferma",
        es: "Confirmación",
    }
    FieldNewPassword {
        en: "New password",
        fr: "Nouveau mot de passe",
        de: "Neues Passwort",
        it: "Nuova password",
        es: "Nueva contraseña",
    }
    // Emails
    MailLoginVerifySubject {
        en: "Confirm your new Orga login email",
        fr: "Confirmez votre nouvelle adresse de connexion Orga",
        de: "Bestätigen Sie Ihre neue Anmelde-E-Mail-Adresse für Orga",
        it: "Confermi la sua nuova e-mail di accesso a Orga",
        es: "Confirme su nuevo correo de inicio de sesión en Orga",
    }
    MailLoginVerifyBody {
        en: "You asked to sign in to Orga with this address from now on. To confirm, open this link within 24 hours:\n\n{link}\n\nIf it was not you, ignore this email: nothing changes.",
        fr: "Vous avez demandé à vous connecter à Orga avec cette adresse désormais. Pour confirmer, ouvrez ce lien dans les 24 heures :\n\n{link}\n\nSi ce n'était pas vous, ignorez cet e-mail : rien ne change.",
        de: "Sie möchten sich künftig mit dieser Adresse bei Orga anmelden. Öffnen Sie zur Bestätigung innerhalb von 24 Stunden diesen Link:\n\n{link}\n\nFalls Sie das nicht waren, ignorieren Sie diese E-Mail: Es ändert sich nichts.",
        it: "Ha chiesto di accedere a Orga con questo indirizzo d'ora in poi. Per confermare, apra questo link entro 24 ore:\n\n{link}\n\nSe non ha fatto lei questa richiesta, ignori questa e-mail: non cambierà nulla.",
        es: "Ha solicitado iniciar sesión en Orga con esta dirección a partir de ahora. Para confirmarlo, abra este enlace en las próximas 24 horas:\n\n{link}\n\nSi no fue usted, ignore este correo: no cambiará nada.",
    }
    MailLoginTakenSubject {
        en: "Your address and Orga",
        fr: "Votre adresse et Orga",
        de: "Ihre Adresse und Orga",
        it: "Il suo indirizzo e Orga",
        es: "Su dirección y Orga",
    }
    MailLoginTakenBody {
        en: "Someone asked to make this address the login of another Orga account. It is already the login of your account, so nothing changed.\n\nIf it was you, sign in with this address instead. If not, there is nothing to do.",
        fr: "Quelqu'un a demandé à faire de cette adresse l'identifiant d'un autre compte Orga. C'est déjà l'identifiant de votre compte, donc rien n'a changé.\n\nSi c'était vous, connectez-vous plutôt avec cette adresse. Sinon, vous n'avez rien à faire.",
        de: "Jemand wollte diese Adresse zur Anmelde-E-Mail-Adresse eines anderen Orga-Kontos machen. Sie ist bereits die Anmelde-E-Mail-Adresse Ihres Kontos, daher wurde nichts geändert.\n\nWenn Sie das waren, melden Sie sich stattdessen mit dieser Adresse an. Andernfalls müssen Sie nichts tun.",
        it: "Qualcuno ha chiesto di usare questo indirizzo come e-mail di accesso di un altro account Orga. È già l'e-mail di accesso del suo account, quindi non è cambiato nulla.\n\nSe la richiesta è sua, acceda invece con questo indirizzo. Altrimenti non deve fare nulla.",
        es: "Alguien ha solicitado usar esta dirección como correo de inicio de sesión de otra cuenta de Orga. Ya es el correo de inicio de sesión de su cuenta, así que no ha cambiado nada.\n\nSi fue usted, inicie sesión directamente con esta dirección. Si no, no tiene que hacer nada.",
    }
    MailLoginChangedSubject {
        en: "Your Orga login email was changed",
        fr: "Votre adresse de connexion Orga a été modifiée",
        de: "Ihre Anmelde-E-Mail-Adresse für Orga wurde geändert",
        it: "La sua e-mail di accesso a Orga è stata modificata",
        es: "Se ha cambiado su correo de inicio de sesión en Orga",
    }
    MailLoginChangedBody {
        en: "Your Orga account now signs in with {email}; this address is no longer its login.\n\nIf you did not make this change, contact our support at once.",
        fr: "Votre compte Orga se connecte désormais avec {email} ; cette adresse n'en est plus l'identifiant.\n\nSi vous n'avez pas fait ce changement, contactez immédiatement notre support.",
        de: "Für Ihr Orga-Konto melden Sie sich jetzt mit {email} an; diese Adresse ist nicht mehr die Anmelde-E-Mail-Adresse.\n\nFalls Sie diese Änderung nicht vorgenommen haben, wenden Sie sich sofort an unseren Support.",
        it: "Ora si accede al suo account Orga con {email}; questo indirizzo non è più l'e-mail di accesso.\n\nSe non ha effettuato lei questa modifica, contatti subito la nostra assistenza.",
        es: "Ahora se inicia sesión en su cuenta de Orga con {email}; esta dirección ya no es su correo de inicio de sesión.\n\nSi no ha hecho usted este cambio, póngase en contacto de inmediato con nuestro soporte.",
    }
    MailRecoveryVerifySubject {
        en: "Confirm your Orga recovery email",
        fr: "Confirmez votre adresse de récupération Orga",
        de: "Bestätigen Sie Ihre Wiederherstellungsadresse für Orga",
        it: "Confermi la sua e-mail di recupero per Orga",
        es: "Confirme su correo de recuperación de Orga",
    }
    MailRecoveryVerifyBody {
        en: "This address was given as the recovery email of an Orga account. To confirm it, open this link within 24 hours:\n\n{link}\n\nIf it was not you, ignore this email.",
        fr: "Cette adresse a été indiquée comme adresse de récupération d'un compte Orga. Pour la confirmer, ouvrez ce lien dans les 24 heures :\n\n{link}\n\nSi ce n'était pas vous, ignorez cet e-mail.",
        de: "Diese Adresse wurde als Wiederherstellungsadresse eines Orga-Kontos angegeben. Öffnen Sie zur Bestätigung innerhalb von 24 Stunden diesen Link:\n\n{link}\n\nFalls Sie das nicht waren, ignorieren Sie diese E-Mail.",
        it: "Questo indirizzo è stato indicato come e-mail di recupero di un account Orga. Per confermarlo, apra questo link entro 24 ore:\n\n{link}\n\nSe non ha fatto lei questa richiesta, ignori questa e-mail.",
        es: "Esta dirección se ha indicado como correo de recuperación de una cuenta de Orga. Para confirmarla, abra este enlace en las próximas 24 horas:\n\n{link}\n\nSi no fue usted, ignore este correo.",
    }
    MailPasswordChangedSubject {
        en: "Your Orga password was changed",
        fr: "Votre mot de passe Orga a été modifié",
        de: "Ihr Orga-Passwort wurde geändert",
        it: "La sua password di Orga è stata modificata",
        es: "Se ha cambiado su contraseña de Orga",
    }
    MailPasswordChangedBody {
        en: "The password of your Orga account was just changed.\n\nIf you did not make this change, contact our support at once.",
        fr: "Le mot de passe de votre compte Orga vient d'être modifié.\n\nSi vous n'avez pas fait ce changement, contactez immédiatement notre support.",
        de: "Das Passwort Ihres Orga-Kontos wurde soeben geändert.\n\nFalls Sie diese Änderung nicht vorgenommen haben, wenden Sie sich sofort an unseren Support.",
        it: "La password del suo account Orga è appena stata modificata.\n\nSe non ha effettuato lei questa modifica, contatti subito la nostra assistenza.",
        es: "La contraseña de su cuenta de Orga se acaba de cambiar.\n\nSi no ha hecho usted este cambio, póngase en contacto de inmediato con nuestro soporte.",
    }
    MailGoodbyeSubject {
        en: "Your Orga account is closed",
        fr: "Votre compte Orga est fermé",
        de: "Ihr Orga-Konto ist geschlossen",
        it: "Il suo account Orga è chiuso",
        es: "Su cuenta de Orga está cerrada",
    }
    MailGoodbyeBody {
        en: "Your Orga account is closed and you were signed out everywhere. Thank you for having used Orga.\n\nIf you did not close it, contact our support at once.",
        fr: "Votre compte Orga est fermé et vous avez été déconnecté partout. Merci d'avoir utilisé Orga.\n\nSi vous ne l'avez pas fermé, contactez immédiatement notre support.",
        de: "Ihr Orga-Konto ist geschlossen und Sie wurden überall abgemeldet. Vielen Dank, dass Sie Orga genutzt haben.\n\nFalls Sie es nicht selbst geschlossen haben, wenden Sie sich sofort an unseren Support.",
        it: "Il suo account Orga è chiuso e la disconnessione è avvenuta ovunque. Grazie per aver usato Orga.\n\nSe non l'ha chiuso lei, contatti subito la nostra assistenza.",
        es: "Su cuenta de Orga está cerrada y se ha cerrado su sesión en todas partes. Gracias por haber usado Orga.\n\nSi no la ha cerrado usted, póngase en contacto de inmediato con nuestro soporte.",
    }
    SmsPhoneCode {
        en: "Orga: your code to verify this recovery phone is {code}. It is valid 10 minutes.",
        fr: "Orga : votre code pour vérifier ce téléphone de récupération est {code}. Il est valable 10 minutes.",
        de: "Orga: Ihr Code zur Bestätigung dieser Wiederherstellungsnummer lautet {code}. Er ist 10 Minuten gültig.",
        it: "Orga: il suo codice per verificare questo cellulare di recupero è {code}. È valido 10 minuti.",
        es: "Orga: su código para verificar este teléfono de recuperación es {code}. Es válido durante 10 minutos.",
    }
}
