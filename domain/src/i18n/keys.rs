//! Security keys (WebAuthn) and app passwords (SEC-1, SEC-2, SEC-4).

use super::Lang;

catalogue! {
    KeysMsg;
    FieldName {
        en: "Name",
        fr: "Nom",
        de: "Name",
        it: "Nome",
        es: "Nombre",
    }
    SecurityKeysTitle {
        en: "Security keys",
        fr: "Clés de sécurité",
        de: "Sicherheitsschlüssel",
        it: "Chiavi di sicurezza",
        es: "Llaves de seguridad",
    }
    SecurityKeysIntro {
        en: "A security key (such as a YubiKey) or your device's built-in screen lock confirms it is you after your password.",
        fr: "Une clé de sécurité (par exemple une YubiKey) ou le verrouillage intégré de votre appareil confirme que c'est bien vous après votre mot de passe.",
        de: "Ein Sicherheitsschlüssel (etwa ein YubiKey) oder die integrierte Bildschirmsperre Ihres Geräts bestätigt nach Ihrem Passwort, dass Sie es sind.",
        it: "Una chiave di sicurezza (ad esempio una YubiKey) o il blocco schermo integrato del suo dispositivo conferma la sua identità dopo la password.",
        es: "Una llave de seguridad (como una YubiKey) o el bloqueo de pantalla integrado de su dispositivo confirma que es usted después de su contraseña.",
    }
    SecurityKeysNone {
        en: "No security key yet.",
        fr: "Aucune clé de sécurité pour l'instant.",
        de: "Noch kein Sicherheitsschlüssel.",
        it: "Ancora nessuna chiave di sicurezza.",
        es: "Aún no hay ninguna llave de seguridad.",
    }
    SecurityKeyAdd {
        en: "Add a security key",
        fr: "Ajouter une clé de sécurité",
        de: "Sicherheitsschlüssel hinzufügen",
        it: "Aggiungi una chiave di sicurezza",
        es: "Añadir una llave de seguridad",
    }
    SecurityKeyDefaultName {
        en: "Security key",
        fr: "Clé de sécurité",
        de: "Sicherheitsschlüssel",
        it: "Chiave di sicurezza",
        es: "Llave de seguridad",
    }
    SecurityKeyAddHelp {
        en: "Give it a name you will recognize, then touch or unlock your key when your browser asks.",
        fr: "Donnez-lui un nom que vous reconnaîtrez, puis touchez ou déverrouillez votre clé quand le navigateur le demande.",
        de: "Geben Sie ihm einen Namen, den Sie wiedererkennen, und berühren oder entsperren Sie dann Ihren Schlüssel, wenn Ihr Browser dazu auffordert.",
        it: "Scelga un nome facile da riconoscere, poi tocchi o sblocchi la chiave quando il browser lo richiede.",
        es: "Asígnele un nombre que reconozca y, después, toque o desbloquee su llave cuando el navegador se lo pida.",
    }
    SecurityKeyWaiting {
        en: "Touch or unlock your security key…",
        fr: "Touchez ou déverrouillez votre clé de sécurité…",
        de: "Berühren oder entsperren Sie Ihren Sicherheitsschlüssel…",
        it: "Tocchi o sblocchi la chiave di sicurezza…",
        es: "Toque o desbloquee su llave de seguridad…",
    }
    SecurityKeyAdded {
        en: "Security key added.",
        fr: "Clé de sécurité ajoutée.",
        de: "Sicherheitsschlüssel hinzugefügt.",
        it: "Chiave di sicurezza aggiunta.",
        es: "Llave de seguridad añadida.",
    }
    SecurityKeyCancelled {
        en: "The browser did not use a security key (cancelled, timed out, or this key cannot be used here). Try again.",
        fr: "Le navigateur n'a pas utilisé de clé de sécurité (annulation, délai dépassé ou clé inutilisable ici). Réessayez.",
        de: "Der Browser hat keinen Sicherheitsschlüssel verwendet (abgebrochen, Zeitüberschreitung oder Schlüssel hier nicht verwendbar). Versuchen Sie es erneut.",
        it: "Il browser non ha usato alcuna chiave di sicurezza (operazione annullata, tempo scaduto o chiave non utilizzabile qui). Riprovi.",
        es: "El navegador no ha usado ninguna llave de seguridad (se canceló, se agotó el tiempo o esta llave no se puede usar aquí). Inténtelo de nuevo.",
    }
    SecurityKeyUnsupported {
        en: "This browser cannot use security keys.",
        fr: "Ce navigateur ne peut pas utiliser de clés de sécurité.",
        de: "Dieser Browser kann keine Sicherheitsschlüssel verwenden.",
        it: "Questo browser non può usare chiavi di sicurezza.",
        es: "Este navegador no puede usar llaves de seguridad.",
    }
    SecurityKeyRename {
        en: "Rename",
        fr: "Renommer",
        de: "Umbenennen",
        it: "Rinomina",
        es: "Cambiar nombre",
    }
    SecurityKeyRenameNamed {
        en: "Rename {name}",
        fr: "Renommer {name}",
        de: "{name} umbenennen",
        it: "Rinomina {name}",
        es: "Cambiar el nombre de {name}",
    }
    SecurityKeyRenamed {
        en: "Name saved.",
        fr: "Nom enregistré.",
        de: "Name gespeichert.",
        it: "Nome salvato.",
        es: "Nombre guardado.",
    }
    SecurityKeySelect {
        en: "Select {name}",
        fr: "Sélectionner {name}",
        de: "{name} auswählen",
        it: "Seleziona {name}",
        es: "Seleccionar {name}",
    }
    SecurityKeyRemoveSelected {
        en: "Remove selected keys",
        fr: "Retirer les clés sélectionnées",
        de: "Ausgewählte Schlüssel entfernen",
        it: "Rimuovi le chiavi selezionate",
        es: "Quitar las llaves seleccionadas",
    }
    SecurityKeyAddedOn {
        en: "Added {date}",
        fr: "Ajoutée le {date}",
        de: "Hinzugefügt am {date}",
        it: "Aggiunta il {date}",
        es: "Añadida el {date}",
    }
    LastUsedOn {
        en: "Last used {date}",
        fr: "Dernière utilisation : {date}",
        de: "Zuletzt verwendet am {date}",
        it: "Ultimo utilizzo: {date}",
        es: "Último uso: {date}",
    }
    NeverUsed {
        en: "Never used",
        fr: "Jamais utilisée",
        de: "Nie verwendet",
        it: "Mai utilizzata",
        es: "Nunca usada",
    }
    SecurityKeyRemoveWarning {
        en: "You will no longer be able to confirm a sign-in with them.",
        fr: "Vous ne pourrez plus confirmer une connexion avec elles.",
        de: "Sie können eine Anmeldung dann nicht mehr damit bestätigen.",
        it: "Non potrà più confermare un accesso con queste chiavi.",
        es: "Ya no podrá confirmar un inicio de sesión con ellas.",
    }
    AppPasswordsTitle {
        en: "App passwords",
        fr: "Mots de passe d'application",
        de: "App-Passwörter",
        it: "Password per app",
        es: "Contraseñas de aplicación",
    }
    AppPasswordsIntro {
        en: "For sync tools and scripts that cannot ask for a second factor: they sign in with your login email and an app password. An app password cannot sign in to the console nor change your account's security.",
        fr: "Pour les outils de synchronisation et les scripts qui ne peuvent pas demander de second facteur : ils se connectent avec votre adresse e-mail de connexion et un mot de passe d'application. Un mot de passe d'application ne permet ni de se connecter à la console ni de modifier la sécurité de votre compte.",
        de: "Für Synchronisierungstools und Skripte, die keinen zweiten Faktor abfragen können: Diese melden sich mit Ihrer Anmelde-E-Mail-Adresse und einem App-Passwort an. Ein App-Passwort erlaubt weder die Anmeldung bei der Konsole noch Änderungen an der Sicherheit Ihres Kontos.",
        it: "Per gli strumenti di sincronizzazione e gli script che non possono chiedere un secondo fattore: accedono con la sua e-mail di accesso e una password per app. Una password per app non consente né di accedere alla console né di modificare la sicurezza del suo account.",
        es: "Para herramientas de sincronización y scripts que no pueden pedir un segundo factor: inician sesión con su correo de inicio de sesión y una contraseña de aplicación. Una contraseña de aplicación no permite iniciar sesión en la consola ni cambiar la seguridad de su cuenta.",
    }
    AppPasswordsNone {
        en: "No app password.",
        fr: "Aucun mot de passe d'application.",
        de: "Kein App-Passwort.",
        it: "Nessuna password per app.",
        es: "No hay ninguna contraseña de aplicación.",
    }
    AppPasswordCreate {
        en: "Create an app password",
        fr: "Créer un mot de passe d'application",
        de: "App-Passwort erstellen",
        it: "Crea una password per app",
        es: "Crear una contraseña de aplicación",
    }
    AppPasswordNameHelp {
        en: "For example: calendar sync on my laptop.",
        fr: "Par exemple : synchronisation du calendrier sur mon portable.",
        de: "Zum Beispiel: Kalendersynchronisierung auf meinem Laptop.",
        it: "Ad esempio: sincronizzazione del calendario sul mio portatile.",
        es: "Por ejemplo: sincronización del calendario en mi portátil.",
    }
    AppPasswordShownOnce {
        en: "The app password for “{name}”. Copy it now: it will not be shown again.",
        fr: "Le mot de passe d'application pour « {name} ». Copiez-le maintenant : il ne sera plus affiché.",
        de: "Das App-Passwort für „{name}“. Kopieren Sie es jetzt: Es wird nicht erneut angezeigt.",
        it: "La password per app «{name}». La copi ora: non verrà più mostrata.",
        es: "La contraseña de aplicación para «{name}». Cópiela ahora: no se volverá a mostrar.",
    }
    AppPasswordValue {
        en: "App password",
        fr: "Mot de passe d'application",
        de: "App-Passwort",
        it: "Password per app",
        es: "Contraseña de aplicación",
    }
    AppPasswordDone {
        en: "I have copied it",
        fr: "Je l'ai copié",
        de: "Ich habe es kopiert",
        it: "L'ho copiata",
        es: "Ya la he copiado",
    }
    AppPasswordRevoke {
        en: "Revoke",
        fr: "Révoquer",
        de: "Widerrufen",
        it: "Revoca",
        es: "Revocar",
    }
    AppPasswordRevokeNamed {
        en: "Revoke {name}",
        fr: "Révoquer {name}",
        de: "{name} widerrufen",
        it: "Revoca {name}",
        es: "Revocar {name}",
    }
    AppPasswordRevoked {
        en: "App password revoked: it no longer works.",
        fr: "Mot de passe d'application révoqué : il ne fonctionne plus.",
        de: "App-Passwort widerrufen: Es funktioniert nicht mehr.",
        it: "Password per app revocata: non funziona più.",
        es: "Contraseña de aplicación revocada: ya no funciona.",
    }
    AppPasswordCreatedOn {
        en: "Created {date}",
        fr: "Créé le {date}",
        de: "Erstellt am {date}",
        it: "Creata il {date}",
        es: "Creada el {date}",
    }
    AppPasswordNeverUsed {
        en: "Never used",
        fr: "Jamais utilisé",
        de: "Nie verwendet",
        it: "Mai utilizzata",
        es: "Nunca usada",
    }
    SignInWithKeyTitle {
        en: "Use your security key",
        fr: "Utilisez votre clé de sécurité",
        de: "Verwenden Sie Ihren Sicherheitsschlüssel",
        it: "Usi la sua chiave di sicurezza",
        es: "Use su llave de seguridad",
    }
    SignInWithKeyHelp {
        en: "Insert or touch your security key, or unlock your device, when your browser asks.",
        fr: "Insérez ou touchez votre clé de sécurité, ou déverrouillez votre appareil, quand le navigateur le demande.",
        de: "Stecken Sie Ihren Sicherheitsschlüssel ein oder berühren Sie ihn, oder entsperren Sie Ihr Gerät, wenn Ihr Browser dazu auffordert.",
        it: "Inserisca o tocchi la chiave di sicurezza, oppure sblocchi il dispositivo, quando il browser lo richiede.",
        es: "Inserte o toque su llave de seguridad, o desbloquee su dispositivo, cuando el navegador se lo pida.",
    }
    SignInWithKeyButton {
        en: "Use my security key",
        fr: "Utiliser ma clé de sécurité",
        de: "Sicherheitsschlüssel verwenden",
        it: "Usa la mia chiave di sicurezza",
        es: "Usar mi llave de seguridad",
    }
    MethodSecurityKey {
        en: "Security key",
        fr: "Clé de sécurité",
        de: "Sicherheitsschlüssel",
        it: "Chiave di sicurezza",
        es: "Llave de seguridad",
    }
    RefusedConsoleOnly {
        en: "An app password cannot do this: sign in to the console to change your account's security.",
        fr: "Un mot de passe d'application ne permet pas cette action : connectez-vous à la console pour modifier la sécurité de votre compte.",
        de: "Mit einem App-Passwort ist das nicht möglich: Melden Sie sich bei der Konsole an, um die Sicherheit Ihres Kontos zu ändern.",
        it: "Una password per app non consente questa operazione: acceda alla console per modificare la sicurezza del suo account.",
        es: "Una contraseña de aplicación no permite esta acción: inicie sesión en la consola para cambiar la seguridad de su cuenta.",
    }
    RefusedTwoFactorOff {
        en: "App passwords are available once two-factor authentication is on.",
        fr: "Les mots de passe d'application sont disponibles une fois la validation en deux étapes activée.",
        de: "App-Passwörter sind verfügbar, sobald die Zwei-Faktor-Authentifizierung aktiviert ist.",
        it: "Le password per app sono disponibili dopo l'attivazione dell'autenticazione a due fattori.",
        es: "Las contraseñas de aplicación están disponibles una vez activada la autenticación de dos factores.",
    }
    RefusedTooManyAppPasswords {
        en: "You have reached the maximum number of app passwords: revoke one you no longer use.",
        fr: "Vous avez atteint le nombre maximum de mots de passe d'application : révoquez-en un que vous n'utilisez plus.",
        de: "Sie haben die maximale Anzahl an App-Passwörtern erreicht: Widerrufen Sie eines, das Sie nicht mehr verwenden.",
        it: "Ha raggiunto il numero massimo di password per app: ne revochi una che non usa più.",
        es: "Ha alcanzado el número máximo de contraseñas de aplicación: revoque una que ya no use.",
    }
    RefusedTooManySecurityKeys {
        en: "You have reached the maximum number of security keys: remove one you no longer use.",
        fr: "Vous avez atteint le nombre maximum de clés de sécurité : retirez-en une que vous n'utilisez plus.",
        de: "Sie haben die maximale Anzahl an Sicherheitsschlüsseln erreicht: Entfernen Sie einen, den Sie nicht mehr verwenden.",
        it: "Ha raggiunto il numero massimo di chiavi di sicurezza: ne rimuova una che non usa più.",
        es: "Ha alcanzado el número máximo de llaves de seguridad: quite una que ya no use.",
    }
    RefusedKeyAnswer {
        en: "The security key's answer was not accepted. Try again.",
        fr: "La réponse de la clé de sécurité n'a pas été acceptée. Réessayez.",
        de: "Die Antwort des Sicherheitsschlüssels wurde nicht akzeptiert. Versuchen Sie es erneut.",
        it: "La risposta della chiave di sicurezza non è stata accettata. Riprovi.",
        es: "No se ha aceptado la respuesta de la llave de seguridad. Inténtelo de nuevo.",
    }
    RefusedKeyAlreadyRegistered {
        en: "This security key is already registered.",
        fr: "Cette clé de sécurité est déjà enregistrée.",
        de: "Dieser Sicherheitsschlüssel ist bereits registriert.",
        it: "Questa chiave di sicurezza è già registrata.",
        es: "Esta llave de seguridad ya está registrada.",
    }
    RefusedUnavailable {
        en: "Security keys cannot be used at this address of the console.",
        fr: "Les clés de sécurité ne sont pas utilisables à cette adresse de la console.",
        de: "Unter dieser Adresse der Konsole können keine Sicherheitsschlüssel verwendet werden.",
        it: "Le chiavi di sicurezza non possono essere usate a questo indirizzo della console.",
        es: "Las llaves de seguridad no se pueden usar en esta dirección de la consola.",
    }
}
