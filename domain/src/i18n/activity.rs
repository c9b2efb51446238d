//! Security signals (SEC-5…SEC-7): the recent-activity page and its sessions, the
//! security emails, the organization-wide two-factor requirement and its alerts.

use super::Lang;
use crate::SecurityEvent;

catalogue! {
    ActivityMsg;
    ActivityTitle { en: "Recent activity", fr: "Activité récente" }
    ActivityIntro { en: "Sign-ins to your account, failed attempts and changes to its security, newest first. Times are in your time zone ({zone}).", fr: "Les connexions à votre compte, les tentatives échouées et les modifications de sa sécurité, les plus récentes d'abord. Les heures sont dans votre fuseau horaire ({zone})." }
    ActivityEventsHeading { en: "Sign-ins and security changes", fr: "Connexions et modifications de sécurité" }
    ActivityNone { en: "Nothing to show yet.", fr: "Rien à afficher pour l'instant." }
    ActivityMore { en: "Show older activity", fr: "Afficher l'activité plus ancienne" }
    ActivityIp { en: "IP address {ip}", fr: "Adresse IP {ip}" }
    ActivityUnknownIp { en: "IP address unknown", fr: "Adresse IP inconnue" }
    ActivityAdvice { en: "Something you do not recognise? Sign out the sessions you do not know, change your password and turn on two-factor authentication.", fr: "Quelque chose que vous ne reconnaissez pas ? Déconnectez les sessions inconnues, changez votre mot de passe et activez la double authentification." }
    ActivitySecurityLink { en: "Security settings", fr: "Réglages de sécurité" }
    // Sign-ins.
    SignInSuccess { en: "Signed in", fr: "Connexion" }
    SignInSuccessWith { en: "Signed in with {method}", fr: "Connexion avec {method}" }
    SignInWrongPassword { en: "Failed sign-in: wrong password", fr: "Connexion échouée : mauvais mot de passe" }
    SignInLocked { en: "Sign-in refused: too many attempts", fr: "Connexion refusée : trop de tentatives" }
    SignInSecondFactorFailed { en: "Failed sign-in: wrong second-factor code", fr: "Connexion échouée : mauvais code de double authentification" }
    SignInOther { en: "Sign-in attempt", fr: "Tentative de connexion" }
    MethodPassword { en: "password", fr: "mot de passe" }
    MethodTotp { en: "authenticator app", fr: "application d'authentification" }
    MethodWebauthn { en: "security key", fr: "clé de sécurité" }
    MethodSms { en: "SMS code", fr: "code SMS" }
    MethodPush { en: "approval from another device", fr: "approbation depuis un autre appareil" }
    MethodBackupCode { en: "backup code", fr: "code de secours" }
    // Security changes (every `SecurityEvent`).
    EventPasswordChanged { en: "Password changed", fr: "Mot de passe modifié" }
    EventPasswordReset { en: "Password reset (forgotten password)", fr: "Mot de passe réinitialisé (mot de passe oublié)" }
    EventLoginEmailChangeRequested { en: "Change of login email requested", fr: "Changement d'adresse de connexion demandé" }
    EventLoginEmailChanged { en: "Login email changed", fr: "Adresse de connexion modifiée" }
    EventRecoveryEmailChanged { en: "Recovery email changed", fr: "Adresse e-mail de secours modifiée" }
    EventRecoveryEmailRemoved { en: "Recovery email removed", fr: "Adresse e-mail de secours supprimée" }
    EventRecoveryPhoneChanged { en: "Recovery phone changed", fr: "Téléphone de secours modifié" }
    EventRecoveryPhoneRemoved { en: "Recovery phone removed", fr: "Téléphone de secours supprimé" }
    EventTotpEnabled { en: "Authenticator app added", fr: "Application d'authentification ajoutée" }
    EventSmsFactorAdded { en: "SMS two-factor authentication added", fr: "Double authentification par SMS ajoutée" }
    EventSecurityKeyAdded { en: "Security key added", fr: "Clé de sécurité ajoutée" }
    EventSecurityKeyRemoved { en: "Security key removed", fr: "Clé de sécurité supprimée" }
    EventSecondFactorRemoved { en: "Two-factor method removed", fr: "Méthode de double authentification supprimée" }
    EventTwoFactorDisabled { en: "Two-factor authentication turned off", fr: "Double authentification désactivée" }
    EventBackupCodesGenerated { en: "New backup codes generated", fr: "Nouveaux codes de secours générés" }
    EventBackupCodeUsed { en: "Backup code used", fr: "Code de secours utilisé" }
    EventAppPasswordCreated { en: "App password created", fr: "Mot de passe d'application créé" }
    EventAppPasswordRevoked { en: "App password revoked", fr: "Mot de passe d'application révoqué" }
    EventSessionRevoked { en: "A session was signed out", fr: "Une session a été déconnectée" }
    EventSignedOutEverywhere { en: "Signed out everywhere", fr: "Déconnexion partout" }
    EventTemporaryUsernameIssued { en: "Temporary username issued", fr: "Identifiant temporaire attribué" }
    EventIdentityVerificationRequested { en: "Identity verification requested", fr: "Vérification d'identité demandée" }
    EventLanguageChanged { en: "Language changed", fr: "Langue modifiée" }
    EventAccountClosed { en: "Account closed", fr: "Compte fermé" }
    EventOther { en: "Security change", fr: "Modification de sécurité" }
    // Devices: "{browser} on {os}".
    DeviceOn { en: "{browser} on {os}", fr: "{browser} sur {os}" }
    DeviceUnknownBrowser { en: "Unknown browser", fr: "Navigateur inconnu" }
    DeviceUnknownSystem { en: "unknown system", fr: "système inconnu" }
    // Sessions.
    SessionsHeading { en: "Active sessions", fr: "Sessions actives" }
    SessionsIntro { en: "Browsers where your account is signed in now.", fr: "Les navigateurs où votre compte est connecté en ce moment." }
    SessionThis { en: "This browser", fr: "Ce navigateur" }
    SessionSignedIn { en: "Signed in: {time}", fr: "Connexion : {time}" }
    SessionLastUsed { en: "Last used: {time}", fr: "Dernière utilisation : {time}" }
    SessionRevoke { en: "Sign out {device}", fr: "Déconnecter {device}" }
    SessionRevoked { en: "That session is signed out.", fr: "Cette session est déconnectée." }
    SignOutOthers { en: "Sign out everywhere else", fr: "Se déconnecter partout ailleurs" }
    SignOutOthersDone { en: "Every other session is signed out.", fr: "Toutes les autres sessions sont déconnectées." }
    SignOutEverywhere { en: "Sign out everywhere", fr: "Se déconnecter partout" }
    SignOutEverywhereConfirm { en: "Sign out every session, this one included? You will have to sign in again.", fr: "Déconnecter toutes les sessions, y compris celle-ci ? Vous devrez vous reconnecter." }
    // Emails (SEC-5): no link, on purpose.
    MailNewSignInSubject { en: "New sign-in to your Orga account", fr: "Nouvelle connexion à votre compte Orga" }
    MailNewSignInBody { en: "Your Orga account {email} was just signed in to from {what}.\n\nWhen: {time}\nNetwork: {network} (IP address {ip})\nBrowser: {device}\n\nIf this was you, there is nothing to do: this happens with a new browser, a private window or another connection.\n\nIf it was not you, open the Orga console yourself — type its address, do not follow a link in an email — look at the recent activity of your account, sign out the sessions you do not know, change your password and turn on two-factor authentication.\n\nThis email contains no link on purpose: a message that asks you to sign in through a link does not come from us.", fr: "Votre compte Orga {email} vient d'être connecté depuis {what}.\n\nQuand : {time}\nRéseau : {network} (adresse IP {ip})\nNavigateur : {device}\n\nSi c'était vous, il n'y a rien à faire : cela arrive avec un nouveau navigateur, une fenêtre privée ou une autre connexion.\n\nSi ce n'était pas vous, ouvrez vous-même la console Orga — tapez son adresse, ne suivez pas un lien reçu par e-mail — consultez l'activité récente de votre compte, déconnectez les sessions inconnues, changez votre mot de passe et activez la double authentification.\n\nCet e-mail ne contient volontairement aucun lien : un message qui vous demande de vous connecter par un lien ne vient pas de nous." }
    MailNewDevice { en: "a new device", fr: "un nouvel appareil" }
    MailNewNetwork { en: "a new network", fr: "un nouveau réseau" }
    MailNewDeviceAndNetwork { en: "a new device on a new network", fr: "un nouvel appareil sur un nouveau réseau" }
    MailWrongPasswordSubject { en: "Failed sign-in to your Orga account", fr: "Connexion échouée à votre compte Orga" }
    MailWrongPasswordBody { en: "Someone typed a wrong password for your Orga account {email}.\n\nWhen: {time}\nNetwork: {network} (IP address {ip})\nBrowser: {device}\n\nIf this was you, there is nothing to do. If not, your password held: the attempt was refused. To be safe, open the Orga console yourself — type its address, do not follow a link in an email — look at the recent activity of your account and turn on two-factor authentication.\n\nWe send this email at most once an hour. It contains no link on purpose: a message that asks you to sign in through a link does not come from us.", fr: "Quelqu'un a saisi un mauvais mot de passe pour votre compte Orga {email}.\n\nQuand : {time}\nRéseau : {network} (adresse IP {ip})\nNavigateur : {device}\n\nSi c'était vous, il n'y a rien à faire. Sinon, votre mot de passe a tenu : la tentative a été refusée. Par prudence, ouvrez vous-même la console Orga — tapez son adresse, ne suivez pas un lien reçu par e-mail — consultez l'activité récente de votre compte et activez la double authentification.\n\nNous envoyons cet e-mail au plus une fois par heure. Il ne contient volontairement aucun lien : un message qui vous demande de vous connecter par un lien ne vient pas de nous." }
    MailUnknown { en: "unknown", fr: "inconnu" }
    // SEC-7: the organization-wide requirement.
    OrgSecurityHeading { en: "Security", fr: "Sécurité" }
    RequireTwoFactor { en: "Require two-factor authentication", fr: "Exiger la double authentification" }
    RequireTwoFactorHelp { en: "Members without two-factor authentication can then do nothing in this organization but set it up (external users may leave instead). App passwords and API access keep working.", fr: "Les membres sans double authentification ne peuvent alors plus rien faire dans cette Organisation sinon l'activer (les utilisateurs externes peuvent la quitter à la place). Les mots de passe d'application et l'accès à l'API continuent de fonctionner." }
    RequireTwoFactorOn { en: "Required", fr: "Exigée" }
    RequireTwoFactorOff { en: "Not required", fr: "Non exigée" }
    RequireTwoFactorConfirmTitle { en: "Require two-factor authentication?", fr: "Exiger la double authentification ?" }
    RequireTwoFactorAllCompliant { en: "Every member already uses two-factor authentication.", fr: "Tous les membres utilisent déjà la double authentification." }
    RequireTwoFactorConfirm { en: "Require it", fr: "L'exiger" }
    RequireTwoFactorStopTitle { en: "Stop requiring two-factor authentication?", fr: "Ne plus exiger la double authentification ?" }
    RequireTwoFactorStopText { en: "Members without two-factor authentication will be able to work in the organization again.", fr: "Les membres sans double authentification pourront de nouveau travailler dans l'Organisation." }
    RequireTwoFactorStop { en: "Stop requiring it", fr: "Ne plus l'exiger" }
    RequireTwoFactorSaved { en: "Saved.", fr: "Enregistré." }
    MemberNoTwoFactor { en: "No two-factor authentication", fr: "Sans double authentification" }
    FilterWithoutTwoFactor { en: "Without two-factor authentication", fr: "Sans double authentification" }
    SendSecurityAlert { en: "Send a security alert", fr: "Envoyer une alerte de sécurité" }
    // The gate (SEC-7) as the member held back sees it.
    GateTitle { en: "{org} requires two-factor authentication", fr: "{org} exige la double authentification" }
    GateText { en: "Until you turn on two-factor authentication on your account, you can do nothing else in this organization. Your other organizations are not affected.", fr: "Tant que vous n'avez pas activé la double authentification sur votre compte, vous ne pouvez rien faire d'autre dans cette Organisation. Vos autres Organisations ne sont pas concernées." }
    GateSetUp { en: "Set up two-factor authentication", fr: "Activer la double authentification" }
    GateLeaveText { en: "As an external user, you may leave the organization instead.", fr: "En tant qu'utilisateur externe, vous pouvez quitter l'Organisation à la place." }
    GateLeave { en: "Leave {org}", fr: "Quitter {org}" }
    // The security alert email (SEC-7).
    MailAlertSubject { en: "{org} asks you to check the security of your account", fr: "{org} vous demande de vérifier la sécurité de votre compte" }
    MailAlertBody { en: "{actor}, of the organization {org}, asks you to check the security settings of your Orga account {email}.\n\nTwo-factor authentication: {two_factor}\nRecovery email: {recovery_email}\nRecovery phone: {recovery_phone}\n\n{requirement}Open the Orga console yourself — type its address, do not follow a link in an email — and go to your account's security settings from the menu with your initials.\n\nThis email contains no link on purpose: a message that asks you to sign in through a link does not come from us.", fr: "{actor}, de l'Organisation {org}, vous demande de vérifier les réglages de sécurité de votre compte Orga {email}.\n\nDouble authentification : {two_factor}\nE-mail de secours : {recovery_email}\nTéléphone de secours : {recovery_phone}\n\n{requirement}Ouvrez vous-même la console Orga — tapez son adresse, ne suivez pas un lien reçu par e-mail — et allez dans les réglages de sécurité de votre compte depuis le menu à vos initiales.\n\nCet e-mail ne contient volontairement aucun lien : un message qui vous demande de vous connecter par un lien ne vient pas de nous." }
    MailAlertRequirement { en: "The organization requires two-factor authentication: until you turn it on, you can do nothing else in it.\n\n", fr: "L'Organisation exige la double authentification : tant que vous ne l'avez pas activée, vous ne pouvez rien y faire d'autre.\n\n" }
    MailAlertOn { en: "on", fr: "activée" }
    MailAlertOff { en: "off", fr: "désactivée" }
    MailAlertSet { en: "set", fr: "renseigné" }
    MailAlertNotSet { en: "not set", fr: "non renseigné" }
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
