//! Partner embedding and API keys (EMB-1, EMB-2): the console's integrations page, the
//! widgets' own sentences, and the refusals of tokens and keys.

use super::Lang;

catalogue! {
    EmbedMsg;
    IntegrationsTitle { en: "Integrations", fr: "Intégrations" }
    IntegrationsIntro { en: "Partners embed Orga's widgets in their own portal and call its API with a key. Everything they do follows the same rules as the console.", fr: "Les partenaires intègrent les widgets d'Orga dans leur propre portail et appellent son API avec une clé. Tout ce qu'ils font suit les mêmes règles que la console." }
    IntegrationsReadOnly { en: "Only legal representatives and administrators manage API keys and embedding origins.", fr: "Seuls les responsables légaux et les administrateurs gèrent les clés d'API et les origines d'intégration." }
    ApiKeysTitle { en: "API keys", fr: "Clés d'API" }
    ApiKeysNone { en: "No API key yet.", fr: "Aucune clé d'API pour l'instant." }
    ApiKeyName { en: "Name of the key", fr: "Nom de la clé" }
    ApiKeyCreate { en: "Create an API key", fr: "Créer une clé d'API" }
    ApiKeyCreated { en: "Copy this key now: it will not be shown again.", fr: "Copiez cette clé maintenant : elle ne sera plus affichée." }
    ApiKeyCeiling { en: "A key acts as you, in this organization only, and never does more than you may: if your role changes, so does the key's reach.", fr: "Une clé agit en votre nom, dans cette Organisation seulement, et ne fait jamais plus que vous : si votre rôle change, sa portée change aussi." }
    ApiKeyCreatedBy { en: "Created by {name} on {date}", fr: "Créée par {name} le {date}" }
    ApiKeyLastUsed { en: "Last used on {date}", fr: "Dernière utilisation le {date}" }
    ApiKeyNeverUsed { en: "Never used", fr: "Jamais utilisée" }
    ApiKeyRevoked { en: "Revoked on {date}", fr: "Révoquée le {date}" }
    ApiKeyRevoke { en: "Revoke", fr: "Révoquer" }
    ApiKeyRevokeNamed { en: "Revoke the key {name}", fr: "Révoquer la clé {name}" }
    ApiKeyRevokedDone { en: "The key {name} is revoked: it and the tokens it minted stop working now.", fr: "La clé {name} est révoquée : elle et les jetons qu'elle a émis cessent de fonctionner dès maintenant." }
    OriginsTitle { en: "Embedding origins", fr: "Origines d'intégration" }
    OriginsIntro { en: "The sites allowed to show this organization's widgets, such as https://portal.example.com. Any other site is refused by the browser.", fr: "Les sites autorisés à afficher les widgets de cette Organisation, par exemple https://portal.example.com. Le navigateur refuse tout autre site." }
    OriginsNone { en: "No site may embed the widgets yet.", fr: "Aucun site ne peut encore intégrer les widgets." }
    OriginField { en: "Origin", fr: "Origine" }
    OriginAdd { en: "Allow this origin", fr: "Autoriser cette origine" }
    OriginRemove { en: "Remove", fr: "Retirer" }
    OriginRemoveNamed { en: "Remove the origin {origin}", fr: "Retirer l'origine {origin}" }
    OriginAdded { en: "{origin} may now embed the widgets.", fr: "{origin} peut désormais intégrer les widgets." }
    OriginRemoved { en: "{origin} may no longer embed the widgets.", fr: "{origin} ne peut plus intégrer les widgets." }
    OriginMalformed { en: "Write an origin such as https://portal.example.com (no path).", fr: "Saisissez une origine comme https://portal.example.com (sans chemin)." }
    OriginNotHttps { en: "An origin must use https (http is accepted for localhost only).", fr: "Une origine doit utiliser https (http n'est accepté que pour localhost)." }
    OriginTooLong { en: "An origin is at most 200 characters.", fr: "Une origine compte au plus 200 caractères." }
    ApiDocs { en: "API reference (OpenAPI)", fr: "Référence de l'API (OpenAPI)" }
    WidgetOrganizationSwitcher { en: "Organization switcher", fr: "Sélecteur d'Organisation" }
    WidgetMembers { en: "Member table", fr: "Table des membres" }
    WidgetSecurity { en: "Security", fr: "Sécurité" }
    WidgetProfile { en: "Profile", fr: "Profil" }
    WidgetLoading { en: "Loading…", fr: "Chargement…" }
    WidgetWaitingToken { en: "Waiting for the portal to sign you in…", fr: "En attente de la connexion par le portail…" }
    WidgetExpired { en: "Your session in this widget has ended. Reload the page.", fr: "Votre session dans ce widget est terminée. Rechargez la page." }
    WidgetCurrent { en: "current", fr: "actuelle" }
    WidgetChoose { en: "Work in {org}", fr: "Travailler dans {org}" }
    WidgetTwoFactorOn { en: "Two-factor authentication is on.", fr: "L'authentification à deux facteurs est activée." }
    WidgetTwoFactorOff { en: "Two-factor authentication is off.", fr: "L'authentification à deux facteurs est désactivée." }
    WidgetSessions { en: "Signed-in sessions", fr: "Sessions ouvertes" }
    WidgetThisWidget { en: "The widgets use no session of their own.", fr: "Les widgets n'utilisent pas de session propre." }
    WidgetEndSession { en: "End this session", fr: "Fermer cette session" }
    WidgetEndSessionOf { en: "End this session ({device})", fr: "Fermer cette session ({device})" }
    WidgetSessionEnded { en: "Session ended.", fr: "Session fermée." }
    WidgetSetUpTotp { en: "Set up an authenticator app", fr: "Configurer une application d'authentification" }
    WidgetTotpScan { en: "Scan this code with your authenticator app, or type the key below, then enter the 6-digit code it shows.", fr: "Scannez ce code avec votre application d'authentification, ou saisissez la clé ci-dessous, puis entrez le code à 6 chiffres qu'elle affiche." }
    WidgetTotpConfirm { en: "Turn on", fr: "Activer" }
    WidgetBackupCodes { en: "Keep these backup codes somewhere safe: each works once if you lose your phone.", fr: "Conservez ces codes de secours en lieu sûr : chacun fonctionne une fois si vous perdez votre téléphone." }
    WidgetPasswordFirst { en: "For your security, type your password first.", fr: "Pour votre sécurité, saisissez d'abord votre mot de passe." }
    WidgetConfirm { en: "Confirm", fr: "Confirmer" }
    WidgetSaved { en: "Saved.", fr: "Enregistré." }
    RefusedOutOfScope { en: "This widget may not do that.", fr: "Ce widget ne peut pas faire cela." }
    RefusedBeyondCreator { en: "The token would reach beyond what the API key's creator may do.", fr: "Le jeton irait au-delà de ce que peut faire le créateur de la clé d'API." }
    RefusedCreatorLostRights { en: "The API key's creator no longer manages the organization.", fr: "Le créateur de la clé d'API ne gère plus l'Organisation." }
    RefusedNoSuchMember { en: "No such member in this organization.", fr: "Aucun membre de ce nom dans l'Organisation." }
    RefusedNoWidget { en: "Name at least one widget: organization_switcher, members, security or profile.", fr: "Nommez au moins un widget : organization_switcher, members, security ou profile." }
    RefusedBadLifetime { en: "A token lives between 1 and 60 minutes.", fr: "Un jeton vit entre 1 et 60 minutes." }
    RefusedTooManyApiKeys { en: "An organization holds at most 20 API keys: revoke one first.", fr: "Une Organisation détient au plus 20 clés d'API : révoquez-en une d'abord." }
    RefusedTooManyOrigins { en: "An organization allows at most 20 origins: remove one first.", fr: "Une Organisation autorise au plus 20 origines : retirez-en une d'abord." }
    RefusedOriginExists { en: "This origin is allowed already.", fr: "Cette origine est déjà autorisée." }
}
