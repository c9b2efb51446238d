//! Partner embedding and API keys (EMB-1, EMB-2): the console's integrations page, the
//! widgets' own sentences, and the refusals of tokens and keys.

use super::Lang;

catalogue! {
    EmbedMsg;
    IntegrationsTitle {
        en: "Integrations",
        fr: "Intégrations",
        de: "Integrationen",
        it: "Integrazioni",
        es: "Integraciones",
    }
    IntegrationsIntro {
        en: "Partners embed Orga's widgets in their own portal and call its API with a key. Everything they do follows the same rules as the console.",
        fr: "Les partenaires intègrent les widgets d'Orga dans leur propre portail et appellent son API avec une clé. Tout ce qu'ils font suit les mêmes règles que la console.",
        de: "Partner binden die Widgets von Orga in ihr eigenes Portal ein und rufen die API mit einem Schlüssel auf. Für alles, was sie tun, gelten dieselben Regeln wie in der Konsole.",
        it: "I partner incorporano i widget di Orga nel proprio portale e ne chiamano l'API con una chiave. Tutto ciò che fanno segue le stesse regole della console.",
        es: "Los socios insertan los widgets de Orga en su propio portal y llaman a su API con una clave. Todo lo que hacen sigue las mismas reglas que la consola.",
    }
    IntegrationsReadOnly {
        en: "Only legal representatives and administrators manage API keys and embedding origins.",
        fr: "Seuls les responsables légaux et les administrateurs gèrent les clés d'API et les origines d'intégration.",
        de: "Nur gesetzliche Vertreter und Administratoren verwalten API-Schlüssel und zugelassene Websites.",
        it: "Solo i rappresentanti legali e gli amministratori gestiscono le chiavi API e le origini di incorporamento.",
        es: "Solo los representantes legales y los administradores gestionan las claves de API y los orígenes de inserción.",
    }
    ApiKeysTitle {
        en: "API keys",
        fr: "Clés d'API",
        de: "API-Schlüssel",
        it: "Chiavi API",
        es: "Claves de API",
    }
    ApiKeysNone {
        en: "No API key yet.",
        fr: "Aucune clé d'API pour l'instant.",
        de: "Noch kein API-Schlüssel.",
        it: "Ancora nessuna chiave API.",
        es: "Aún no hay ninguna clave de API.",
    }
    ApiKeyName {
        en: "Name of the key",
        fr: "Nom de la clé",
        de: "Name des Schlüssels",
        it: "Nome della chiave",
        es: "Nombre de la clave",
    }
    ApiKeyCreate {
        en: "Create an API key",
        fr: "Créer une clé d'API",
        de: "API-Schlüssel erstellen",
        it: "Crea una chiave API",
        es: "Crear una clave de API",
    }
    ApiKeyCreated {
        en: "Copy this key now: it will not be shown again.",
        fr: "Copiez cette clé maintenant : elle ne sera plus affichée.",
        de: "Kopieren Sie diesen Schlüssel jetzt: Er wird nicht noch einmal angezeigt.",
        it: "Copi ora questa chiave: non verrà più mostrata.",
        es: "Copie esta clave ahora: no se volverá a mostrar.",
    }
    ApiKeyCeiling {
        en: "A key acts as you, in this organization only, and never does more than you may: if your role changes, so does the key's reach.",
        fr: "Une clé agit en votre nom, dans cette Organisation seulement, et ne fait jamais plus que vous : si votre rôle change, sa portée change aussi.",
        de: "Ein Schlüssel handelt in Ihrem Namen, nur in dieser Organisation, und darf nie mehr als Sie: Ändert sich Ihre Rolle, ändert sich auch die Reichweite des Schlüssels.",
        it: "Una chiave agisce a suo nome, solo in questa Organizzazione, e non può mai fare più di lei: se il suo ruolo cambia, cambia anche la portata della chiave.",
        es: "Una clave actúa en su nombre, solo en esta Organización, y nunca puede hacer más que usted: si su rol cambia, también cambia el alcance de la clave.",
    }
    ApiKeyCreatedBy {
        en: "Created by {name} on {date}",
        fr: "Créée par {name} le {date}",
        de: "Erstellt von {name} am {date}",
        it: "Creata da {name} il {date}",
        es: "Creada por {name} el {date}",
    }
    ApiKeyLastUsed {
        en: "Last used on {date}",
        fr: "Dernière utilisation le {date}",
        de: "Zuletzt verwendet am {date}",
        it: "Ultimo utilizzo il {date}",
        es: "Último uso el {date}",
    }
    ApiKeyNeverUsed {
        en: "Never used",
        fr: "Jamais utilisée",
        de: "Nie verwendet",
        it: "Mai utilizzata",
        es: "Nunca usada",
    }
    ApiKeyRevoked {
        en: "Revoked on {date}",
        fr: "Révoquée le {date}",
        de: "Widerrufen am {date}",
        it: "Revocata il {date}",
        es: "Revocada el {date}",
    }
    ApiKeyRevoke {
        en: "Revoke",
        fr: "Révoquer",
        de: "Widerrufen",
        it: "Revoca",
        es: "Revocar",
    }
    ApiKeyRevokeNamed {
        en: "Revoke the key {name}",
        fr: "Révoquer la clé {name}",
        de: "Schlüssel {name} widerrufen",
        it: "Revoca la chiave {name}",
        es: "Revocar la clave {name}",
    }
    ApiKeyRevokedDone {
        en: "The key {name} is revoked: it and the tokens it minted stop working now.",
        fr: "La clé {name} est révoquée : elle et les jetons qu'elle a émis cessent de fonctionner dès maintenant.",
        de: "Der Schlüssel {name} ist widerrufen: Er und die damit ausgestellten Tokens funktionieren ab sofort nicht mehr.",
        it: "La chiave {name} è stata revocata: la chiave e i token che ha emesso smettono di funzionare da subito.",
        es: "La clave {name} se ha revocado: tanto la clave como los tokens que emitió dejan de funcionar desde este momento.",
    }
    OriginsTitle {
        en: "Embedding origins",
        fr: "Origines d'intégration",
        de: "Einbettungs-Origins",
        it: "Origini di incorporamento",
        es: "Orígenes de inserción",
    }
    OriginsIntro {
        en: "The sites allowed to show this organization's widgets, such as https://portal.example.com. Any other site is refused by the browser.",
        fr: "Les sites autorisés à afficher les widgets de cette Organisation, par exemple https://portal.example.com. Le navigateur refuse tout autre site.",
        de: "Die Websites, die die Widgets dieser Organisation anzeigen dürfen, zum Beispiel https://portal.example.com. Jede andere Website wird vom Browser abgelehnt.",
        it: "I siti autorizzati a mostrare i widget di questa Organizzazione, ad esempio https://portal.example.com. Il browser rifiuta qualsiasi altro sito.",
        es: "Los sitios autorizados a mostrar los widgets de esta Organización, por ejemplo https://portal.example.com. El navegador rechaza cualquier otro sitio.",
    }
    OriginsNone {
        en: "No site may embed the widgets yet.",
        fr: "Aucun site ne peut encore intégrer les widgets.",
        de: "Noch keine Website darf die Widgets einbetten.",
        it: "Nessun sito può ancora incorporare i widget.",
        es: "Todavía ningún sitio puede insertar los widgets.",
    }
    OriginField {
        en: "Origin",
        fr: "Origine",
        de: "Origin",
        it: "Origine",
        es: "Origen",
    }
    OriginAdd {
        en: "Allow this origin",
        fr: "Autoriser cette origine",
        de: "Website zulassen",
        it: "Autorizza questa origine",
        es: "Autorizar este origen",
    }
    OriginRemove {
        en: "Remove",
        fr: "Retirer",
        de: "Entfernen",
        it: "Rimuovi",
        es: "Quitar",
    }
    OriginRemoveNamed {
        en: "Remove the origin {origin}",
        fr: "Retirer l'origine {origin}",
        de: "{origin} entfernen",
        it: "Rimuovi l'origine {origin}",
        es: "Quitar el origen {origin}",
    }
    OriginAdded {
        en: "{origin} may now embed the widgets.",
        fr: "{origin} peut désormais intégrer les widgets.",
        de: "{origin} darf die Widgets jetzt einbetten.",
        it: "{origin} può ora incorporare i widget.",
        es: "{origin} ya puede insertar los widgets.",
    }
    OriginRemoved {
        en: "{origin} may no longer embed the widgets.",
        fr: "{origin} ne peut plus intégrer les widgets.",
        de: "{origin} darf die Widgets nicht mehr einbetten.",
        it: "{origin} non può più incorporare i widget.",
        es: "{origin} ya no puede insertar los widgets.",
    }
    OriginMalformed {
        en: "Write an origin such as https://portal.example.com (no path).",
        fr: "Saisissez une origine comme https://portal.example.com (sans chemin).",
        de: "Geben Sie eine Adresse wie https://portal.example.com ein (ohne Pfad).",
        it: "Inserisca un'origine come https://portal.example.com (senza percorso).",
        es: "Escriba un origen como https://portal.example.com (sin ruta).",
    }
    OriginNotHttps {
        en: "An origin must use https (http is accepted for localhost only).",
        fr: "Une origine doit utiliser https (http n'est accepté que pour localhost).",
        de: "Eine zugelassene Website muss https verwenden (http ist nur für localhost erlaubt).",
        it: "Un'origine deve usare https (http è accettato solo per localhost).",
        es: "Un origen debe usar https (http solo se acepta para localhost).",
    }
    OriginTooLong {
        en: "An origin is at most 200 characters.",
        fr: "Une origine compte au plus 200 caractères.",
        de: "Die Adresse darf höchstens 200 Zeichen lang sein.",
        it: "Un'origine può contenere al massimo 200 caratteri.",
        es: "Un origen puede tener como máximo 200 caracteres.",
    }
    ApiDocs {
        en: "API reference (OpenAPI)",
        fr: "Référence de l'API (OpenAPI)",
        de: "API-Referenz (OpenAPI)",
        it: "Riferimento API (OpenAPI)",
        es: "Referencia de la API (OpenAPI)",
    }
    WidgetOrganizationSwitcher {
        en: "Organization switcher",
        fr: "Sélecteur d'Organisation",
        de: "Organisationsauswahl",
        it: "Selettore di Organizzazione",
        es: "Selector de Organización",
    }
    WidgetMembers {
        en: "Member table",
        fr: "Table des membres",
        de: "Mitgliedertabelle",
        it: "Tabella dei membri",
        es: "Tabla de miembros",
    }
    WidgetSecurity {
        en: "Security",
        fr: "Sécurité",
        de: "Sicherheit",
        it: "Sicurezza",
        es: "Seguridad",
    }
    WidgetProfile {
        en: "Profile",
        fr: "Profil",
        de: "Profil",
        it: "Profilo",
        es: "Perfil",
    }
    WidgetLoading {
        en: "Loading…",
        fr: "Chargement…",
        de: "Wird geladen…",
        it: "Caricamento…",
        es: "Cargando…",
    }
    WidgetWaitingToken {
        en: "Waiting for the portal to sign you in…",
        fr: "En attente de la connexion par le portail…",
        de: "Warten auf die Anmeldung durch das Portal…",
        it: "In attesa dell'accesso tramite il portale…",
        es: "Esperando a que el portal inicie su sesión…",
    }
    WidgetExpired {
        en: "Your session in this widget has ended. Reload the page.",
        fr: "Votre session dans ce widget est terminée. Rechargez la page.",
        de: "Ihre Sitzung in diesem Widget ist beendet. Laden Sie die Seite neu.",
        it: "La sua sessione in questo widget è terminata. Ricarichi la pagina.",
        es: "Su sesión en este widget ha finalizado. Vuelva a cargar la página.",
    }
    WidgetCurrent {
        en: "current",
        fr: "actuelle",
        de: "aktuell",
        it: "attuale",
        es: "actual",
    }
    WidgetChoose {
        en: "Work in {org}",
        fr: "Travailler dans {org}",
        de: "In {org} arbeiten",
        it: "Lavora in {org}",
        es: "Trabajar en {org}",
    }
    WidgetTwoFactorOn {
        en: "Two-factor authentication is on.",
        fr: "L'authentification à deux facteurs est activée.",
        de: "Die Zwei-Faktor-Authentifizierung ist aktiviert.",
        it: "L'autenticazione a due fattori è attiva.",
        es: "La autenticación de dos factores está activada.",
    }
    WidgetTwoFactorOff {
        en: "Two-factor authentication is off.",
        fr: "L'authentification à deux facteurs est désactivée.",
        de: "Die Zwei-Faktor-Authentifizierung ist deaktiviert.",
        it: "L'autenticazione a due fattori è disattivata.",
        es: "La autenticación de dos factores está desactivada.",
    }
    WidgetSessions {
        en: "Signed-in sessions",
        fr: "Sessions ouvertes",
        de: "Aktive Sitzungen",
        it: "Sessioni aperte",
        es: "Sesiones abiertas",
    }
    WidgetThisWidget {
        en: "The widgets use no session of their own.",
        fr: "Les widgets n'utilisent pas de session propre.",
        de: "Die Widgets verwenden keine eigene Sitzung.",
        it: "I widget non usano una sessione propria.",
        es: "Los widgets no usan una sesión propia.",
    }
    WidgetEndSession {
        en: "End this session",
        fr: "Fermer cette session",
        de: "Sitzung beenden",
        it: "Chiudi questa sessione",
        es: "Cerrar esta sesión",
    }
    WidgetEndSessionOf {
        en: "End this session ({device})",
        fr: "Fermer cette session ({device})",
        de: "Sitzung beenden ({device})",
        it: "Chiudi questa sessione ({device})",
        es: "Cerrar esta sesión ({device})",
    }
    WidgetSessionEnded {
        en: "Session ended.",
        fr: "Session fermée.",
        de: "Sitzung beendet.",
        it: "Sessione chiusa.",
        es: "Sesión cerrada.",
    }
    WidgetSetUpTotp {
        en: "Set up an authenticator app",
        fr: "Configurer une application d'authentification",
        de: "Authenticator-App einrichten",
        it: "Configura un'app di autenticazione",
        es: "Configurar una aplicación de autenticación",
    }
    WidgetTotpScan {
        en: "Scan this code with your authenticator app, or type the key below, then enter the 6-digit code it shows.",
        fr: "Scannez ce code avec votre application d'authentification, ou saisissez la clé ci-dessous, puis entrez le code à 6 chiffres qu'elle affiche.",
        de: "Scannen Sie diesen Code mit Ihrer Authenticator-App oder geben Sie den Schlüssel unten ein. Geben Sie dann den 6-stelligen Code ein, den die App anzeigt.",
        it: "Scansioni questo codice con la sua app di autenticazione o inserisca la chiave qui sotto, poi inserisca il codice a 6 cifre mostrato dall'app.",
        es: "Escanee este código con su aplicación de autenticación o introduzca la clave que aparece abajo y, después, introduzca el código de 6 dígitos que muestre la aplicación.",
    }
    WidgetTotpConfirm {
        en: "Turn on",
        fr: "Activer",
        de: "Aktivieren",
        it: "Attiva",
        es: "Activar",
    }
    WidgetBackupCodes {
        en: "Keep these backup codes somewhere safe: each works once if you lose your phone.",
        fr: "Conservez ces codes de secours en lieu sûr : chacun fonctionne une fois si vous perdez votre téléphone.",
        de: "Bewahren Sie diese Backup-Codes sicher auf: Jeder funktioniert einmal, falls Sie Ihr Telefon verlieren.",
        it: "Conservi questi codici di backup in un luogo sicuro: se perde il telefono, ognuno funziona una volta.",
        es: "Guarde estos códigos de respaldo en un lugar seguro: si pierde su teléfono, cada uno funciona una vez.",
    }
    WidgetPasswordFirst {
        en: "For your security, type your password first.",
        fr: "Pour votre sécurité, saisissez d'abord votre mot de passe.",
        de: "Geben Sie zu Ihrer Sicherheit zuerst Ihr Passwort ein.",
        it: "Per la sua sicurezza, inserisca prima la password.",
        es: "Por su seguridad, introduzca primero su contraseña.",
    }
    WidgetConfirm {
        en: "Confirm",
        fr: "Confirmer",
        de: "Bestätigen",
        it: "Conferma",
        es: "Confirmar",
    }
    WidgetSaved {
        en: "Saved.",
        fr: "Enregistré.",
        de: "Gespeichert.",
        it: "Salvato.",
        es: "Guardado.",
    }
    RefusedOutOfScope {
        en: "This widget may not do that.",
        fr: "Ce widget ne peut pas faire cela.",
        de: "Dieses Widget darf das nicht.",
        it: "Questo widget non può farlo.",
        es: "Este widget no puede hacer eso.",
    }
    RefusedBeyondCreator {
        en: "The token would reach beyond what the API key's creator may do.",
        fr: "Le jeton irait au-delà de ce que peut faire le créateur de la clé d'API.",
        de: "Das Token würde mehr erlauben, als der Ersteller des API-Schlüssels darf.",
        it: "Il token andrebbe oltre ciò che può fare il creatore della chiave API.",
        es: "El token iría más allá de lo que puede hacer el creador de la clave de API.",
    }
    RefusedCreatorLostRights {
        en: "The API key's creator no longer manages the organization.",
        fr: "Le créateur de la clé d'API ne gère plus l'Organisation.",
        de: "Der Ersteller des API-Schlüssels verwaltet die Organisation nicht mehr.",
        it: "Il creatore della chiave API non gestisce più l'Organizzazione.",
        es: "El creador de la clave de API ya no gestiona la Organización.",
    }
    RefusedNoSuchMember {
        en: "No such member in this organization.",
        fr: "Aucun membre de ce nom dans l'Organisation.",
        de: "In dieser Organisation gibt es kein solches Mitglied.",
        it: "In questa Organizzazione non esiste un membro corrispondente.",
        es: "No existe ese miembro en esta Organización.",
    }
    RefusedNoWidget {
        en: "Name at least one widget: organization_switcher, members, security or profile.",
        fr: "Nommez au moins un widget : organization_switcher, members, security ou profile.",
        de: "Geben Sie mindestens ein Widget an: organization_switcher, members, security oder profile.",
        it: "Indichi almeno un widget: organization_switcher, members, security o profile.",
        es: "Indique al menos un widget: organization_switcher, members, security o profile.",
    }
    RefusedBadLifetime {
        en: "A token lives between 1 and 60 minutes.",
        fr: "Un jeton vit entre 1 et 60 minutes.",
        de: "Ein Token ist zwischen 1 und 60 Minuten gültig.",
        it: "Un token ha una durata compresa tra 1 e 60 minuti.",
        es: "Un token tiene una validez de entre 1 y 60 minutos.",
    }
    RefusedTooManyApiKeys {
        en: "An organization holds at most 20 API keys: revoke one first.",
        fr: "Une Organisation détient au plus 20 clés d'API : révoquez-en une d'abord.",
        de: "Eine Organisation kann höchstens 20 API-Schlüssel haben: Widerrufen Sie zuerst einen.",
        it: "Un'Organizzazione può avere al massimo 20 chiavi API: ne revochi prima una.",
        es: "Una Organización puede tener como máximo 20 claves de API: revoque primero una.",
    }
    RefusedTooManyOrigins {
        en: "An organization allows at most 20 origins: remove one first.",
        fr: "Une Organisation autorise au plus 20 origines : retirez-en une d'abord.",
        de: "Eine Organisation kann höchstens 20 Websites zulassen: Entfernen Sie zuerst eine.",
        it: "Un'Organizzazione può autorizzare al massimo 20 origini: ne rimuova prima una.",
        es: "Una Organización puede autorizar como máximo 20 orígenes: quite primero uno.",
    }
    RefusedOriginExists {
        en: "This origin is allowed already.",
        fr: "Cette origine est déjà autorisée.",
        de: "Diese Website ist bereits zugelassen.",
        it: "Questa origine è già autorizzata.",
        es: "Este origen ya está autorizado.",
    }
}
