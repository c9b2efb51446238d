//! Security keys (WebAuthn) and app passwords (SEC-1, SEC-2, SEC-4).

use super::Lang;

catalogue! {
    KeysMsg;
    FieldName { en: "Name", fr: "Nom" }
    SecurityKeysTitle { en: "Security keys", fr: "Clés de sécurité" }
    SecurityKeysIntro { en: "A security key (such as a YubiKey) or your device's built-in screen lock confirms it is you after your password.", fr: "Une clé de sécurité (par exemple une YubiKey) ou le verrouillage intégré de votre appareil confirme que c'est bien vous après votre mot de passe." }
    SecurityKeysNone { en: "No security key yet.", fr: "Aucune clé de sécurité pour l'instant." }
    SecurityKeyAdd { en: "Add a security key", fr: "Ajouter une clé de sécurité" }
    SecurityKeyDefaultName { en: "Security key", fr: "Clé de sécurité" }
    SecurityKeyAddHelp { en: "Give it a name you will recognize, then touch or unlock your key when your browser asks.", fr: "Donnez-lui un nom que vous reconnaîtrez, puis touchez ou déverrouillez votre clé quand le navigateur le demande." }
    SecurityKeyWaiting { en: "Touch or unlock your security key…", fr: "Touchez ou déverrouillez votre clé de sécurité…" }
    SecurityKeyAdded { en: "Security key added.", fr: "Clé de sécurité ajoutée." }
    SecurityKeyCancelled { en: "The browser did not use a security key (cancelled, timed out, or this key cannot be used here). Try again.", fr: "Le navigateur n'a pas utilisé de clé de sécurité (annulation, délai dépassé ou clé inutilisable ici). Réessayez." }
    SecurityKeyUnsupported { en: "This browser cannot use security keys.", fr: "Ce navigateur ne peut pas utiliser de clés de sécurité." }
    SecurityKeyRename { en: "Rename", fr: "Renommer" }
    SecurityKeyRenameNamed { en: "Rename {name}", fr: "Renommer {name}" }
    SecurityKeyRenamed { en: "Name saved.", fr: "Nom enregistré." }
    SecurityKeySelect { en: "Select {name}", fr: "Sélectionner {name}" }
    SecurityKeyRemoveSelected { en: "Remove selected keys", fr: "Retirer les clés sélectionnées" }
    SecurityKeyAddedOn { en: "Added {date}", fr: "Ajoutée le {date}" }
    LastUsedOn { en: "Last used {date}", fr: "Dernière utilisation : {date}" }
    NeverUsed { en: "Never used", fr: "Jamais utilisée" }
    SecurityKeyRemoveWarning { en: "You will no longer be able to confirm a sign-in with them.", fr: "Vous ne pourrez plus confirmer une connexion avec elles." }
    AppPasswordsTitle { en: "App passwords", fr: "Mots de passe d'application" }
    AppPasswordsIntro { en: "For sync tools and scripts that cannot ask for a second factor: they sign in with your login email and an app password. An app password cannot sign in to the console nor change your account's security.", fr: "Pour les outils de synchronisation et les scripts qui ne peuvent pas demander de second facteur : ils se connectent avec votre adresse e-mail de connexion et un mot de passe d'application. Un mot de passe d'application ne permet ni de se connecter à la console ni de modifier la sécurité de votre compte." }
    AppPasswordsNone { en: "No app password.", fr: "Aucun mot de passe d'application." }
    AppPasswordCreate { en: "Create an app password", fr: "Créer un mot de passe d'application" }
    AppPasswordNameHelp { en: "For example: calendar sync on my laptop.", fr: "Par exemple : synchronisation du calendrier sur mon portable." }
    AppPasswordShownOnce { en: "The app password for “{name}”. Copy it now: it will not be shown again.", fr: "Le mot de passe d'application pour « {name} ». Copiez-le maintenant : il ne sera plus affiché." }
    AppPasswordValue { en: "App password", fr: "Mot de passe d'application" }
    AppPasswordDone { en: "I have copied it", fr: "Je l'ai copié" }
    AppPasswordRevoke { en: "Revoke", fr: "Révoquer" }
    AppPasswordRevokeNamed { en: "Revoke {name}", fr: "Révoquer {name}" }
    AppPasswordRevoked { en: "App password revoked: it no longer works.", fr: "Mot de passe d'application révoqué : il ne fonctionne plus." }
    AppPasswordCreatedOn { en: "Created {date}", fr: "Créé le {date}" }
    AppPasswordNeverUsed { en: "Never used", fr: "Jamais utilisé" }
    SignInWithKeyTitle { en: "Use your security key", fr: "Utilisez votre clé de sécurité" }
    SignInWithKeyHelp { en: "Insert or touch your security key, or unlock your device, when your browser asks.", fr: "Insérez ou touchez votre clé de sécurité, ou déverrouillez votre appareil, quand le navigateur le demande." }
    SignInWithKeyButton { en: "Use my security key", fr: "Utiliser ma clé de sécurité" }
    MethodSecurityKey { en: "Security key", fr: "Clé de sécurité" }
    RefusedConsoleOnly { en: "An app password cannot do this: sign in to the console to change your account's security.", fr: "Un mot de passe d'application ne permet pas cette action : connectez-vous à la console pour modifier la sécurité de votre compte." }
    RefusedTwoFactorOff { en: "App passwords are available once two-factor authentication is on.", fr: "Les mots de passe d'application sont disponibles une fois la validation en deux étapes activée." }
    RefusedTooManyAppPasswords { en: "You have reached the maximum number of app passwords: revoke one you no longer use.", fr: "Vous avez atteint le nombre maximum de mots de passe d'application : révoquez-en un que vous n'utilisez plus." }
    RefusedTooManySecurityKeys { en: "You have reached the maximum number of security keys: remove one you no longer use.", fr: "Vous avez atteint le nombre maximum de clés de sécurité : retirez-en une que vous n'utilisez plus." }
    RefusedKeyAnswer { en: "The security key's answer was not accepted. Try again.", fr: "La réponse de la clé de sécurité n'a pas été acceptée. Réessayez." }
    RefusedKeyAlreadyRegistered { en: "This security key is already registered.", fr: "Cette clé de sécurité est déjà enregistrée." }
    RefusedUnavailable { en: "Security keys cannot be used at this address of the console.", fr: "Les clés de sécurité ne sont pas utilisables à cette adresse de la console." }
}
