//! What every part of the console says: the product name, common buttons, errors, fields and
//! their problems, roles, refusals, navigation.

use super::Lang;

catalogue! {
    Msg;
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
    ErrorCrossSite { en: "Request refused: it did not come from the console itself.", fr: "Requête refusée : elle ne provient pas de la console elle-même." }
    ErrorInvalidCredentials { en: "The email address or the password is incorrect.", fr: "L'adresse e-mail ou le mot de passe est incorrect." }
    ErrorEmailNotVerified { en: "Confirm your email address first: we have just sent you a new link.", fr: "Confirmez d'abord votre adresse e-mail : nous venons de vous renvoyer un lien." }
    ErrorAlreadyMember { en: "This person is already a member of the organization.", fr: "Cette personne est déjà membre de l'Organisation." }
    ErrorInvitationInvalid { en: "This invitation is no longer valid: it was used, revoked or has expired.", fr: "Cette invitation n'est plus valable : elle a été utilisée, révoquée ou a expiré." }
    ErrorInvitationOtherEmail { en: "This invitation was sent to another email address.", fr: "Cette invitation a été envoyée à une autre adresse e-mail." }
    ErrorAccountExists { en: "An account already uses this address: sign in to accept the invitation.", fr: "Un compte utilise déjà cette adresse : connectez-vous pour accepter l'invitation." }
    ErrorLinkInvalid { en: "This link is no longer valid: it was already used or has expired.", fr: "Ce lien n'est plus valable : il a déjà été utilisé ou a expiré." }
    ErrorReauthenticationRequired { en: "For your security, confirm it is you before this change.", fr: "Pour votre sécurité, confirmez qu'il s'agit bien de vous avant cette modification." }
    ReauthTitle { en: "Confirm it is you", fr: "Confirmez qu'il s'agit de vous" }
    ReauthExplain { en: "This change protects your account. Enter your password, or a code from your two-factor authentication, to continue. You will not be asked again for 10 minutes.", fr: "Cette modification protège votre compte. Saisissez votre mot de passe, ou un code de votre authentification à deux facteurs, pour continuer. Cela ne vous sera plus demandé pendant 10 minutes." }
    ReauthUseCode { en: "Use a two-factor code instead", fr: "Utiliser plutôt un code à deux facteurs" }
    ReauthUsePassword { en: "Use my password instead", fr: "Utiliser plutôt mon mot de passe" }
    ReauthConfirm { en: "Confirm", fr: "Confirmer" }
    FieldCode { en: "Code", fr: "Code" }
    ProblemWrongCode { en: "This code is not correct or has already been used.", fr: "Ce code est incorrect ou a déjà été utilisé." }
    ErrorInvalidField { en: "{field}: {problem}", fr: "{field} : {problem}" }
    EmailEmpty { en: "Enter an email address.", fr: "Saisissez une adresse e-mail." }
    EmailTooLong { en: "An email address has at most 254 characters.", fr: "Une adresse e-mail compte au plus 254 caractères." }
    EmailMalformed { en: "Enter an email address of the form name@example.com.", fr: "Saisissez une adresse e-mail de la forme nom@exemple.ch." }
    NameEmpty { en: "This field is required.", fr: "Ce champ est obligatoire." }
    NameFormatCharacters { en: "This name contains invisible formatting characters.", fr: "Ce nom contient des caractères de mise en forme invisibles." }
    NameTooLong { en: "This name is too long.", fr: "Ce nom est trop long." }
    TextTooLong { en: "This text is too long.", fr: "Ce texte est trop long." }
    NameControlCharacters { en: "This name contains characters that are not allowed.", fr: "Ce nom contient des caractères non autorisés." }
    PasswordTooShort { en: "Use at least 15 characters. A short sentence is easy to remember.", fr: "Utilisez au moins 15 caractères. Une courte phrase se retient facilement." }
    PasswordTooLong { en: "Use at most 128 characters.", fr: "Utilisez au plus 128 caractères." }
    PasswordCommon { en: "This password is too common or too easy to guess: attackers try such passwords first. Choose another one.", fr: "Ce mot de passe est trop courant ou trop facile à deviner : les attaquants essaient ce genre de mot de passe en premier. Choisissez-en un autre." }
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
    DeniedLastLr { en: "The organization must keep at least one legal representative who is not blocked.", fr: "L'Organisation doit conserver au moins un responsable légal non bloqué." }
    ErrorInvitationNoLongerGrants { en: "This invitation offered the role {role}, which the person who sent it may no longer grant: it gives no access. Ask a legal representative or an administrator of the organization to invite you again.", fr: "Cette invitation proposait le rôle {role}, que la personne qui l'a envoyée ne peut plus attribuer : elle ne donne aucun accès. Demandez à un responsable légal ou à un administrateur de l'Organisation de vous inviter à nouveau." }
    DeniedBlockYourself { en: "You cannot block yourself.", fr: "Vous ne pouvez pas vous bloquer vous-même." }
    DeniedLastLrLeaving { en: "You are the organization's last legal representative: appoint another legal representative before leaving, or delete the organization.", fr: "Vous êtes le dernier responsable légal de l'Organisation : nommez un autre responsable légal avant de la quitter, ou supprimez l'Organisation." }
    DeniedInOfficeSuite { en: "You are a user of the organization's office suite: ask an administrator to remove you from it first.", fr: "Vous êtes utilisateur de la suite bureautique de l'Organisation : demandez d'abord à un administrateur de vous en retirer." }
    DeniedLoginHostedHere { en: "Your login email is hosted by one of the organization's mail services: change your login email first.", fr: "Votre adresse e-mail de connexion est hébergée par l'un des services mail de l'Organisation : changez d'abord d'adresse de connexion." }
    DeniedOnlyLrEditsDetails { en: "Only legal representatives edit the organization's details.", fr: "Seuls les responsables légaux modifient les informations de l'Organisation." }
    DeniedOnlyManagersCustomize { en: "Only legal representatives and administrators customize the organization.", fr: "Seuls les responsables légaux et les administrateurs personnalisent l'Organisation." }
    DeniedOnlyManagersDelete { en: "Only legal representatives and administrators delete the organization.", fr: "Seuls les responsables légaux et les administrateurs suppriment l'Organisation." }
    DeniedOnlyManagersSecurity { en: "Only legal representatives and administrators manage the organization's security.", fr: "Seuls les responsables légaux et les administrateurs gèrent la sécurité de l'Organisation." }
    DeniedTwoFactorRequired { en: "This organization requires two-factor authentication: set it up on your account to continue.", fr: "Cette Organisation exige la double authentification : activez-la sur votre compte pour continuer." }
    DeniedChooseLoginFirst { en: "Your login mailbox was lost: choose your new login email first.", fr: "Votre boîte de connexion est perdue : choisissez d'abord votre nouvelle adresse e-mail de connexion." }
    DeniedOwnTwoFactorFirst { en: "Turn on two-factor authentication on your own account first: otherwise the requirement would hold you back too.", fr: "Activez d'abord la double authentification sur votre propre compte : sinon l'exigence vous bloquerait aussi." }
    DeniedProductNotGranted { en: "This product is not among those you manage: ask an administrator for access.", fr: "Ce produit ne fait pas partie de ceux que vous gérez : demandez l'accès à un administrateur." }
    DeniedProductBlocked { en: "The management of this product is blocked: only legal representatives and administrators manage it.", fr: "La gestion de ce produit est bloquée : seuls les responsables légaux et les administrateurs la gèrent." }
    DeniedOnlyManagersBlockProducts { en: "Only legal representatives and administrators block or unblock a product's management.", fr: "Seuls les responsables légaux et les administrateurs bloquent ou débloquent la gestion d'un produit." }
    DeniedOnlyManagersTerminate { en: "Only legal representatives and administrators terminate a product.", fr: "Seuls les responsables légaux et les administrateurs résilient un produit." }
    DeniedNoBillingRights { en: "Billing is reserved to legal representatives, administrators and members with billing rights.", fr: "La facturation est réservée aux responsables légaux, aux administrateurs et aux membres ayant les droits de facturation." }
    DeniedOnlyManagersBillingSettings { en: "Only legal representatives and administrators manage payment methods, withdrawals and subscriptions.", fr: "Seuls les responsables légaux et les administrateurs gèrent les moyens de paiement, les retraits et les abonnements." }
    DeniedOnlyManagersAudit { en: "Only legal representatives and administrators see the audit log.", fr: "Seuls les responsables légaux et les administrateurs consultent le journal d'audit." }
    StrengthLabel { en: "Strength: {level}", fr: "Robustesse : {level}" }
    Strength0 { en: "Not accepted", fr: "Refusé" }
    Strength1 { en: "Weak", fr: "Faible" }
    Strength2 { en: "Fair", fr: "Moyen" }
    Strength3 { en: "Good", fr: "Bon" }
    Strength4 { en: "Strong", fr: "Excellent" }
    HeaderAccountMenu { en: "Account menu", fr: "Menu du compte" }
    HeaderSignedInAs { en: "Signed in as", fr: "Connecté en tant que" }
    HeaderManageProfile { en: "Manage my profile", fr: "Gérer mon profil" }
    HeaderSignOut { en: "Sign out", fr: "Se déconnecter" }
    NavHome { en: "Home", fr: "Accueil" }
    NavMembers { en: "Users", fr: "Utilisateurs" }
    // The header (shell): hidden words that complete what the buttons show.
    ShellMenu { en: "Menu", fr: "Menu" }
    ShellAccountMenu { en: "account menu", fr: "menu du compte" }
    ShellSwitchOrganization { en: "switch organization", fr: "changer d'Organisation" }
    ShellBlocked { en: "blocked", fr: "bloqué" }
    NavOrganization { en: "Organization", fr: "Organisation" }
    NavAuditLog { en: "Audit log", fr: "Journal d'audit" }
    NavMyOrganizations { en: "My organizations", fr: "Mes Organisations" }
    NavCreateOrganization { en: "Create an organization", fr: "Créer une Organisation" }
    OrgUnavailableTitle { en: "This organization is not available", fr: "Cette Organisation n'est pas accessible" }
    NotFoundTitle { en: "Page not found", fr: "Page introuvable" }
    NotFoundBack { en: "Back to the home page", fr: "Retour à l'accueil" }
    // Issue 9, part `products`: its refusals (PRD-8).
    DeniedBundledWithSuite { en: "This product comes with an office suite: it ends when the suite is terminated, not on its own.", fr: "Ce produit est inclus dans une suite bureautique : il prend fin avec la résiliation de la suite, pas seul." }
    DeniedUpgradeOnly { en: "An office suite only moves up: more users and more storage, never down nor sideways.", fr: "Une suite bureautique ne peut qu'évoluer vers le haut : plus d'utilisateurs et plus de stockage, jamais vers le bas ni à l'identique." }
    DeniedBalanceTooLowForUpgrade { en: "The prepaid balance does not cover this upgrade: top it up first.", fr: "Le solde prépayé ne couvre pas cette évolution : rechargez-le d'abord." }
    DeniedOnlyManagersIntegrations { en: "Only legal representatives and administrators manage integrations.", fr: "Seuls les responsables légaux et les administrateurs gèrent les intégrations." }
}
