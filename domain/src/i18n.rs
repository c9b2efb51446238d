//! The translation catalogue of the whole product: every string the console shows and
//! every email it sends, in every supported language.
//!
//! Each entry must give every language: a missing translation does not compile. The
//! client, the server's emails and the policy's refusals all read this one catalogue.
//! Placeholders are written `{name}` and filled by [`Msg::fill`].

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    En,
    Fr,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Fr];

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
        }
    }

    /// The language's own name, as offered in the language switcher.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Fr => "Français",
        }
    }

    /// Reads a language tag such as `fr-CH` or `en`; `None` for a language we don't
    /// speak yet.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The first language we speak from a browser's preference list (`navigator.languages`
    /// or an `Accept-Language` header), English otherwise.
    pub fn negotiate<'a>(preferences: impl IntoIterator<Item = &'a str>) -> Lang {
        preferences
            .into_iter()
            .filter_map(|p| Lang::from_tag(p.split(';').next().unwrap_or("")))
            .next()
            .unwrap_or_default()
    }
}

macro_rules! catalogue {
    ($($key:ident { en: $en:expr, fr: $fr:expr $(,)? })*) => {
        /// A key of the catalogue.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Msg { $($key),* }

        impl Msg {
            pub const ALL: &'static [Msg] = &[$(Msg::$key),*];

            /// The text in `lang`, placeholders left as they are.
            pub fn text(self, lang: Lang) -> &'static str {
                match lang {
                    Lang::En => match self { $(Msg::$key => $en),* },
                    Lang::Fr => match self { $(Msg::$key => $fr),* },
                }
            }
        }
    };
}

impl Msg {
    /// The text in `lang` with each `{name}` replaced by its value.
    pub fn fill(self, lang: Lang, args: &[(&str, &str)]) -> String {
        fill(self.text(lang), args)
    }
}

/// Fills a template in one pass: a value is never read as a template, so a name typed
/// as `{link}` stays those six characters. Unknown placeholders are kept as written.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}').map(|close| (&after[..close], close)) {
            Some((name, close)) if args.iter().any(|(k, _)| *k == name) => {
                out.push_str(args.iter().find(|(k, _)| *k == name).map_or("", |(_, v)| *v));
                rest = &after[close + 1..];
            }
            _ => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

impl Lang {
    /// Whether `n` takes the language's "one" form (CLDR cardinal rules: English for 1
    /// only, French for 0 and 1).
    pub fn is_one(self, n: u64) -> bool {
        match self {
            Lang::En => n == 1,
            Lang::Fr => n <= 1,
        }
    }
}

macro_rules! plurals {
    ($($key:ident { en: [$en_one:expr, $en_other:expr], fr: [$fr_one:expr, $fr_other:expr] $(,)? })*) => {
        /// A sentence about a number, with one form per plural category of each language.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Plural { $($key),* }

        impl Plural {
            pub const ALL: &'static [Plural] = &[$(Plural::$key),*];

            /// The ("one", "other") forms in `lang`.
            pub fn forms(self, lang: Lang) -> [&'static str; 2] {
                match lang {
                    Lang::En => match self { $(Plural::$key => [$en_one, $en_other]),* },
                    Lang::Fr => match self { $(Plural::$key => [$fr_one, $fr_other]),* },
                }
            }
        }
    };
}

impl Plural {
    /// The sentence for `n` in `lang`, `{count}` filled with `n`.
    pub fn count(self, lang: Lang, n: u64, args: &[(&str, &str)]) -> String {
        let [one, other] = self.forms(lang);
        let n_text = n.to_string();
        let mut all = vec![("count", n_text.as_str())];
        all.extend_from_slice(args);
        fill(if lang.is_one(n) { one } else { other }, &all)
    }
}

plurals! {
    MembersCount { en: ["{count} member", "{count} members"], fr: ["{count} membre", "{count} membres"] }
}

catalogue! {
    AppName { en: "Orga", fr: "Orga" }
    Loading { en: "Loading…", fr: "Chargement…" }
    Cancel { en: "Cancel", fr: "Annuler" }
    Save { en: "Save", fr: "Enregistrer" }
    SkipToContent { en: "Skip to content", fr: "Aller au contenu" }
    LanguageLabel { en: "Language", fr: "Langue" }

    ErrorInternal { en: "Something went wrong on our side. Please try again in a moment.", fr: "Un problème est survenu de notre côté. Veuillez réessayer dans un instant." }
    ErrorNetwork { en: "The console could not reach the server. Check your connection and try again.", fr: "La console n'a pas pu joindre le serveur. Vérifiez votre connexion et réessayez." }
    ErrorUnauthenticated { en: "Your session has ended. Please sign in again.", fr: "Votre session a pris fin. Veuillez vous reconnecter." }
    ErrorNotFound { en: "This item does not exist or is no longer available to you.", fr: "Cet élément n'existe pas ou ne vous est plus accessible." }
    ErrorRateLimited { en: "Too many attempts. Please wait {seconds} seconds and try again.", fr: "Trop de tentatives. Veuillez patienter {seconds} secondes puis réessayer." }
    ErrorCrossSite { en: "Request refused: it did not come from the console itself.", fr: "Requête refusée : elle ne provient pas de la console elle-même." }
    ErrorInvalidCredentials { en: "The email address or the password is incorrect.", fr: "L'adresse e-mail ou le mot de passe est incorrect." }
    ErrorEmailNotVerified { en: "Confirm your email address first: we have just sent you a new link.", fr: "Confirmez d'abord votre adresse e-mail : nous venons de vous renvoyer un lien." }
    ErrorAlreadyMember { en: "This person is already a member of the organization.", fr: "Cette personne est déjà membre de l'Organisation." }
    ErrorInvitationInvalid { en: "This invitation is no longer valid: it was used, revoked or has expired.", fr: "Cette invitation n'est plus valable : elle a été utilisée, révoquée ou a expiré." }
    ErrorInvitationOtherEmail { en: "This invitation was sent to another email address.", fr: "Cette invitation a été envoyée à une autre adresse e-mail." }
    ErrorAccountExists { en: "An account already uses this address: sign in to accept the invitation.", fr: "Un compte utilise déjà cette adresse : connectez-vous pour accepter l'invitation." }
    ErrorLinkInvalid { en: "This link is no longer valid: it was already used or has expired.", fr: "Ce lien n'est plus valable : il a déjà été utilisé ou a expiré." }
    ErrorInvalidField { en: "{field}: {problem}", fr: "{field} : {problem}" }

    EmailEmpty { en: "Enter an email address.", fr: "Saisissez une adresse e-mail." }
    EmailTooLong { en: "An email address has at most 254 characters.", fr: "Une adresse e-mail compte au plus 254 caractères." }
    EmailMalformed { en: "Enter an email address of the form name@example.com.", fr: "Saisissez une adresse e-mail de la forme nom@exemple.ch." }
    NameEmpty { en: "This field is required.", fr: "Ce champ est obligatoire." }
    NameTooLong { en: "This name is too long.", fr: "Ce nom est trop long." }
    TextTooLong { en: "This text is too long.", fr: "Ce texte est trop long." }
    NameControlCharacters { en: "This name contains characters that are not allowed.", fr: "Ce nom contient des caractères non autorisés." }
    PasswordTooShort { en: "Use at least 15 characters. A short sentence is easy to remember.", fr: "Utilisez au moins 15 caractères. Une courte phrase se retient facilement." }
    PasswordTooLong { en: "Use at most 128 characters.", fr: "Utilisez au plus 128 caractères." }
    PasswordCommon { en: "This password is too common: attackers try it first. Choose another one.", fr: "Ce mot de passe est trop courant : les attaquants l'essaient en premier. Choisissez-en un autre." }
    PasswordPersonal { en: "Your password must not contain your email address or your name.", fr: "Votre mot de passe ne doit contenir ni votre adresse e-mail ni votre nom." }

    FieldEmail { en: "Email address", fr: "Adresse e-mail" }
    FieldPassword { en: "Password", fr: "Mot de passe" }
    FieldFirstName { en: "First name", fr: "Prénom" }
    FieldLastName { en: "Last name", fr: "Nom" }
    FieldAccountType { en: "Account type", fr: "Type de compte" }
    FieldOrganizationName { en: "Organization name", fr: "Nom de l'Organisation" }
    FieldSearch { en: "Search", fr: "Recherche" }
    FieldRole { en: "Role", fr: "Rôle" }

    AccountIndividual { en: "Individual", fr: "Particulier" }
    AccountCompany { en: "Company", fr: "Entreprise" }
    AccountAssociation { en: "Association", fr: "Association" }
    AccountPublicBody { en: "Public body", fr: "Administration publique" }

    RoleLegalRepresentative { en: "Legal representative", fr: "Responsable légal" }
    RoleAdministrator { en: "Administrator", fr: "Administrateur" }
    RoleCollaborator { en: "Collaborator", fr: "Collaborateur" }
    RoleExternal { en: "External user", fr: "Utilisateur externe" }
    RoleLegalRepresentativeHelp { en: "Owns the organization and is legally responsible for it.", fr: "Propriétaire de l'Organisation, légalement responsable de celle-ci." }
    RoleAdministratorHelp { en: "All rights except those reserved to legal representatives.", fr: "Tous les droits sauf ceux réservés aux responsables légaux." }
    RoleCollaboratorHelp { en: "Only the products granted, with or without billing rights.", fr: "Uniquement les produits attribués, avec ou sans droits de facturation." }
    RoleExternalHelp { en: "Like a collaborator, outside the organization: not in its directory.", fr: "Comme un collaborateur, hors de l'Organisation : absent de son annuaire." }

    DeniedNotAMember { en: "You are not a member of this organization.", fr: "Vous n'êtes pas membre de cette Organisation." }
    DeniedBlocked { en: "Your access to this organization is blocked. Contact its administrators.", fr: "Votre accès à cette Organisation est bloqué. Contactez ses administrateurs." }
    DeniedExternalDirectory { en: "External users do not see the organization's members.", fr: "Les utilisateurs externes ne voient pas les membres de l'Organisation." }
    DeniedOnlyManagers { en: "Only legal representatives and administrators manage members.", fr: "Seuls les responsables légaux et les administrateurs gèrent les membres." }
    DeniedOnlyLrGrants { en: "Only a legal representative may grant the legal representative role.", fr: "Seul un responsable légal peut attribuer le rôle de responsable légal." }
    DeniedOnlyLrChanges { en: "Only a legal representative may change or remove a legal representative.", fr: "Seul un responsable légal peut modifier ou retirer un responsable légal." }
    DeniedLastLr { en: "The organization must keep at least one legal representative.", fr: "L'Organisation doit conserver au moins un responsable légal." }

    SignInTitle { en: "Sign in", fr: "Connexion" }
    SignInButton { en: "Sign in", fr: "Se connecter" }
    SignInSessionOnly { en: "Sign in for this browser session only", fr: "Me connecter pour cette session du navigateur uniquement" }
    SignInNoAccount { en: "No account yet?", fr: "Pas encore de compte ?" }
    SignInCreateAccount { en: "Create an account", fr: "Créer un compte" }
    SignUpTitle { en: "Create your account", fr: "Créer votre compte" }
    SignUpButton { en: "Create my account", fr: "Créer mon compte" }
    SignUpHaveAccount { en: "Already have an account?", fr: "Vous avez déjà un compte ?" }
    SignUpPasswordHelp { en: "At least 15 characters. A short sentence is easy to remember and hard to guess.", fr: "Au moins 15 caractères. Une courte phrase est facile à retenir et difficile à deviner." }
    SignUpCheckEmail { en: "Almost done: we sent a link to {email}. Open it to confirm your address and enter the console.", fr: "C'est presque fini : nous avons envoyé un lien à {email}. Ouvrez-le pour confirmer votre adresse et accéder à la console." }
    SignUpInvited { en: "{org} invites you to join as {role}. Create your account to accept.", fr: "{org} vous invite à la rejoindre en tant que {role}. Créez votre compte pour accepter." }
    SignUpJoinButton { en: "Create my account and join", fr: "Créer mon compte et rejoindre" }
    VerifyEmailTitle { en: "Email confirmation", fr: "Confirmation de l'adresse e-mail" }
    VerifyEmailIntro { en: "Enter the password you chose at sign-up to confirm this address.", fr: "Saisissez le mot de passe choisi à l'inscription pour confirmer cette adresse." }
    VerifyEmailButton { en: "Confirm my address", fr: "Confirmer mon adresse" }
    StrengthLabel { en: "Strength: {level}", fr: "Robustesse : {level}" }
    Strength0 { en: "Not accepted", fr: "Refusé" }
    Strength1 { en: "Weak", fr: "Faible" }
    Strength2 { en: "Fair", fr: "Moyen" }
    Strength3 { en: "Good", fr: "Bon" }
    Strength4 { en: "Strong", fr: "Excellent" }

    HeaderSwitcherLabel { en: "Switch organization (current: {org})", fr: "Changer d'Organisation (actuelle : {org})" }
    HeaderAccountMenu { en: "Account menu", fr: "Menu du compte" }
    HeaderSignedInAs { en: "Signed in as", fr: "Connecté en tant que" }
    HeaderManageProfile { en: "Manage my profile", fr: "Gérer mon profil" }
    HeaderManageOrganization { en: "Manage my organization", fr: "Gérer mon Organisation" }
    HeaderSignOut { en: "Sign out", fr: "Se déconnecter" }
    NavHome { en: "Home", fr: "Accueil" }
    NavMembers { en: "Users", fr: "Utilisateurs" }

    HomeWelcome { en: "Welcome, {name}", fr: "Bienvenue, {name}" }
    HomeYourRole { en: "Your role in {org}: {role}.", fr: "Votre rôle dans {org} : {role}." }
    HomeInvitations { en: "Invitations for you", fr: "Invitations reçues" }
    HomeInvitationLine { en: "{org} invites you as {role}.", fr: "{org} vous invite en tant que {role}." }
    HomeAccept { en: "Accept", fr: "Accepter" }
    HomeDecline { en: "Decline", fr: "Refuser" }
    HomeNoOrganization { en: "You belong to no organization at the moment.", fr: "Vous n'appartenez actuellement à aucune Organisation." }

    MembersTitle { en: "Users of {org}", fr: "Utilisateurs de {org}" }
    MembersInvite { en: "Invite a user", fr: "Inviter un utilisateur" }
    MembersSearch { en: "Search by name or email", fr: "Rechercher par nom ou e-mail" }
    MembersNone { en: "No member matches.", fr: "Aucun membre ne correspond." }
    MembersName { en: "Name", fr: "Nom" }
    MembersActionsFor { en: "Actions for {name}", fr: "Actions pour {name}" }
    MembersChangeRole { en: "Change the role", fr: "Modifier le rôle" }
    MembersYou { en: "{name} (you)", fr: "{name} (vous)" }
    MembersPrevious { en: "Previous page", fr: "Page précédente" }
    MembersNext { en: "Next page", fr: "Page suivante" }
    MembersPage { en: "Page {page} of {pages}", fr: "Page {page} sur {pages}" }
    MembersPending { en: "Pending invitations", fr: "Invitations en attente" }
    MembersInvitedAs { en: "invited as {role}", fr: "invité en tant que {role}" }
    MembersResend { en: "Resend", fr: "Renvoyer" }
    MembersRevoke { en: "Revoke", fr: "Révoquer" }
    MembersResendFor { en: "Resend the invitation to {email}", fr: "Renvoyer l'invitation à {email}" }
    MembersRevokeFor { en: "Revoke the invitation to {email}", fr: "Révoquer l'invitation à {email}" }
    InvitationResent { en: "Invitation sent again to {email}. The previous link no longer works.", fr: "Invitation renvoyée à {email}. Le lien précédent ne fonctionne plus." }
    InvitationRevoked { en: "The invitation to {email} is revoked.", fr: "L'invitation à {email} est révoquée." }
    MembersReadOnly { en: "You can see the members; only legal representatives and administrators manage them.", fr: "Vous voyez les membres ; seuls les responsables légaux et les administrateurs les gèrent." }

    InviteTitle { en: "Invite a user", fr: "Inviter un utilisateur" }
    InviteSend { en: "Send the invitation", fr: "Envoyer l'invitation" }
    InviteSent { en: "Invitation sent to {email}.", fr: "Invitation envoyée à {email}." }
    ChangeRoleLosesPermissions { en: "With this role, billing rights and administrative emails are turned off.", fr: "Avec ce rôle, les droits de facturation et les e-mails administratifs sont désactivés." }
    ChangeRoleGainsPermissions { en: "With this role, the member gets billing rights and the administrative emails.", fr: "Avec ce rôle, le membre obtient les droits de facturation et les e-mails administratifs." }
    ChangeRoleTitle { en: "Change the role of {name}", fr: "Modifier le rôle de {name}" }
    ChangeRoleCurrent { en: "Current role", fr: "Rôle actuel" }
    ChangeRoleDone { en: "{name} is now {role}. They have been notified by email.", fr: "{name} est désormais {role}. Un e-mail l'en a informé." }

    ProfileTitle { en: "My profile", fr: "Mon profil" }
    ProfileLoginEmail { en: "Login email", fr: "Adresse e-mail de connexion" }
    ProfileLanguageHelp { en: "The console and the emails you receive use this language.", fr: "La console et les e-mails que vous recevez utilisent cette langue." }

    DevMailTitle { en: "Mail viewer (development)", fr: "Visionneuse d'e-mails (développement)" }
    DevMailIntro { en: "Every email the console has queued, newest first. Without SMTP configured, they stay here.", fr: "Tous les e-mails mis en file par la console, du plus récent au plus ancien. Sans SMTP configuré, ils restent ici." }
    DevMailNone { en: "No email yet.", fr: "Aucun e-mail pour l'instant." }
    DevMailTo { en: "To: {to} · {status}", fr: "À : {to} · {status}" }
    DevMailStatusSent { en: "delivered", fr: "distribué" }
    DevMailStatusPending { en: "kept here", fr: "conservé ici" }

    NotFoundTitle { en: "Page not found", fr: "Page introuvable" }
    NotFoundBack { en: "Back to the home page", fr: "Retour à l'accueil" }

    MailGreeting { en: "Hello {name},", fr: "Bonjour {name}," }
    MailSignature { en: "— The Orga team", fr: "— L'équipe Orga" }
    MailVerifySubject { en: "Confirm your email address", fr: "Confirmez votre adresse e-mail" }
    MailVerifyBody { en: "Open this link to confirm your address and enter the console:\n{link}\n\nThe link is valid for 24 hours and works once. If you did not create an Orga account, you can ignore this email.", fr: "Ouvrez ce lien pour confirmer votre adresse et accéder à la console :\n{link}\n\nLe lien est valable 24 heures et ne fonctionne qu'une fois. Si vous n'avez pas créé de compte Orga, ignorez cet e-mail." }
    MailAlreadyRegisteredSubject { en: "Your Orga account", fr: "Votre compte Orga" }
    MailAlreadyRegisteredBody { en: "Someone tried to create an Orga account with this address, which already has one. To sign in, open the console: {link}\n\nIf it was not you, there is nothing to do.", fr: "Quelqu'un a tenté de créer un compte Orga avec cette adresse, qui en possède déjà un. Pour vous connecter, ouvrez la console : {link}\n\nSi ce n'était pas vous, vous n'avez rien à faire." }
    MailInviteSubject { en: "{inviter} invites you to join {org}", fr: "{inviter} vous invite à rejoindre {org}" }
    MailInviteNewBody { en: "{inviter} invites you to join the organization {org} on Orga as {role}.\n\nCreate your account with this link to accept:\n{link}\n\nThe invitation expires in {days} days.", fr: "{inviter} vous invite à rejoindre l'Organisation {org} sur Orga en tant que {role}.\n\nCréez votre compte avec ce lien pour accepter :\n{link}\n\nL'invitation expire dans {days} jours." }
    MailInviteExistingBody { en: "{inviter} invites you to join the organization {org} on Orga as {role}.\n\nSign in to accept or decline the invitation:\n{link}\n\nThe invitation expires in {days} days.", fr: "{inviter} vous invite à rejoindre l'Organisation {org} sur Orga en tant que {role}.\n\nConnectez-vous pour accepter ou refuser l'invitation :\n{link}\n\nL'invitation expire dans {days} jours." }
    MailRoleChangedSubject { en: "Your role in {org} has changed", fr: "Votre rôle dans {org} a changé" }
    MailRoleChangedBody { en: "{actor} changed your role in the organization {org}.\n\nBefore: {from}\nNow: {to}\n\nYou can see your organizations in the console: {link}", fr: "{actor} a modifié votre rôle dans l'Organisation {org}.\n\nAvant : {from}\nDésormais : {to}\n\nVous retrouvez vos Organisations dans la console : {link}" }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_entry_is_translated_and_keeps_its_placeholders() {
        for &m in Msg::ALL {
            let en = m.text(Lang::En);
            let fr = m.text(Lang::Fr);
            assert!(!en.is_empty() && !fr.is_empty(), "{m:?}");
            let holes = |s: &str| {
                let mut v: Vec<String> =
                    s.split('{').skip(1).filter_map(|p| p.split_once('}').map(|(h, _)| h.to_string())).collect();
                v.sort();
                v
            };
            assert_eq!(holes(en), holes(fr), "placeholders differ in {m:?}");
        }
    }

    #[test]
    fn plural_forms_keep_their_placeholders_and_follow_each_language() {
        for &p in Plural::ALL {
            for lang in Lang::ALL {
                for form in p.forms(lang) {
                    assert!(form.contains("{count}"), "{p:?} {lang:?}: {form}");
                }
            }
        }
        assert_eq!(Plural::MembersCount.count(Lang::En, 1, &[]), "1 member");
        assert_eq!(Plural::MembersCount.count(Lang::En, 0, &[]), "0 members");
        assert_eq!(Plural::MembersCount.count(Lang::En, 2, &[]), "2 members");
        assert_eq!(Plural::MembersCount.count(Lang::Fr, 0, &[]), "0 membre");
        assert_eq!(Plural::MembersCount.count(Lang::Fr, 1, &[]), "1 membre");
        assert_eq!(Plural::MembersCount.count(Lang::Fr, 2, &[]), "2 membres");
    }

    #[test]
    fn a_value_is_never_read_as_a_template() {
        let s = Msg::MailInviteSubject.fill(Lang::En, &[("inviter", "{org}"), ("org", "{link}")]);
        assert_eq!(s, "{org} invites you to join {link}");
        assert_eq!(fill("{a}{b}", &[("a", "{b}"), ("b", "x")]), "{b}x");
        assert_eq!(fill("keep {unknown} and {", &[("a", "1")]), "keep {unknown} and {");
    }

    #[test]
    fn fill_replaces_every_placeholder() {
        let s = Msg::HomeYourRole.fill(Lang::Fr, &[("org", "Acme"), ("role", "Administrateur")]);
        assert_eq!(s, "Votre rôle dans Acme : Administrateur.");
    }

    #[test]
    fn negotiates_the_first_language_we_speak() {
        assert_eq!(Lang::negotiate(["de-CH", "fr-CH", "en"]), Lang::Fr);
        assert_eq!(Lang::negotiate(["en-GB;q=0.9"]), Lang::En);
        assert_eq!(Lang::negotiate(["ja"]), Lang::En);
        assert_eq!(Lang::from_tag("FR_ch"), Some(Lang::Fr));
    }
}
