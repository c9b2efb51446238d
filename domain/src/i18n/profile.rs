//! "Manage my profile" (ACC-3…9, ACC-13): the page, its refusals and its emails.

use super::Lang;

catalogue! {
    ProfileMsg;
    ProfileTitle { en: "Manage my profile", fr: "Gérer mon profil" }
    ProfileLoginEmail { en: "Login email", fr: "Adresse e-mail de connexion" }
    ProfileLanguageHelp { en: "The console and the emails you receive use this language.", fr: "La console et les e-mails que vous recevez utilisent cette langue." }
    ProfileSignedInAs { en: "Signed in as {email}", fr: "Connecté en tant que {email}" }
    ProfileChange { en: "Change", fr: "Modifier" }
    ProfileSave { en: "Save", fr: "Enregistrer" }
    ProfileSaved { en: "Saved.", fr: "Enregistré." }
    ProfileCurrentPassword { en: "Current password", fr: "Mot de passe actuel" }
    ProfileConnection { en: "Connection settings", fr: "Paramètres de connexion" }
    // ACC-4
    LoginChangeTitle { en: "Change the login email", fr: "Modifier l'adresse e-mail de connexion" }
    LoginNewEmail { en: "New login email", fr: "Nouvelle adresse e-mail de connexion" }
    LoginChangeHelp { en: "We send a link to the new address; the login changes when you open it. It must differ from your recovery email.", fr: "Nous envoyons un lien à la nouvelle adresse ; l'identifiant change quand vous l'ouvrez. Elle doit être différente de votre adresse de récupération." }
    LoginChangeSent { en: "If {email} can be used, a confirmation link is on its way there. It is valid 24 hours.", fr: "Si {email} peut être utilisée, un lien de confirmation y est envoyé. Il est valable 24 heures." }
    LoginConfirmTitle { en: "Confirm the new login email", fr: "Confirmer la nouvelle adresse de connexion" }
    LoginConfirmed { en: "Your login email is now {email}.", fr: "Votre adresse de connexion est maintenant {email}." }
    LoginPending { en: "Waiting for confirmation: {email}", fr: "En attente de confirmation : {email}" }
    // ACC-5
    PasswordTitle { en: "Password", fr: "Mot de passe" }
    PasswordChangeTitle { en: "Change the password", fr: "Modifier le mot de passe" }
    PasswordNew { en: "New password", fr: "Nouveau mot de passe" }
    PasswordChanged { en: "Your password was changed.", fr: "Votre mot de passe a été modifié." }
    PasswordSignOutOthers { en: "Sign out every other session", fr: "Déconnecter toutes les autres sessions" }
    PasswordSignOutOthersHelp { en: "Browsers and devices where you are still signed in with the old password will have to sign in again.", fr: "Les navigateurs et appareils encore connectés avec l'ancien mot de passe devront se reconnecter." }
    SessionsSignedOut { en: "Every other session was signed out.", fr: "Toutes les autres sessions ont été déconnectées." }
    PasswordChecking { en: "Checking the password…", fr: "Vérification du mot de passe…" }
    // ACC-6
    RecoveryEmailTitle { en: "Recovery email", fr: "Adresse e-mail de récupération" }
    RecoveryEmailHelp { en: "Used to recover access if you forget your password. It must differ from the login email.", fr: "Sert à récupérer l'accès si vous oubliez votre mot de passe. Elle doit être différente de l'adresse de connexion." }
    RecoveryNone { en: "None", fr: "Aucune" }
    RecoveryVerified { en: "Verified", fr: "Vérifiée" }
    RecoveryWaiting { en: "Waiting for confirmation", fr: "En attente de confirmation" }
    RecoveryEmailSent { en: "A confirmation link was sent to {email}. It is valid 24 hours.", fr: "Un lien de confirmation a été envoyé à {email}. Il est valable 24 heures." }
    RecoveryRemove { en: "Remove", fr: "Supprimer" }
    RecoveryRemoved { en: "Removed.", fr: "Supprimé." }
    RecoveryEmailConfirmed { en: "Your recovery email {email} is confirmed.", fr: "Votre adresse de récupération {email} est confirmée." }
    // ACC-7
    RecoveryPhoneTitle { en: "Recovery mobile phone", fr: "Téléphone mobile de récupération" }
    RecoveryPhoneHelp { en: "We send a 6-digit code by SMS to check the number.", fr: "Nous envoyons un code à 6 chiffres par SMS pour vérifier le numéro." }
    PhoneCountry { en: "Country code", fr: "Indicatif du pays" }
    PhoneNumber { en: "Mobile number", fr: "Numéro de mobile" }
    PhoneSendCode { en: "Send the code", fr: "Envoyer le code" }
    PhoneCode { en: "Code received by SMS", fr: "Code reçu par SMS" }
    PhoneCodeSent { en: "A code was sent to {phone}. It is valid 10 minutes.", fr: "Un code a été envoyé au {phone}. Il est valable 10 minutes." }
    PhoneVerify { en: "Verify", fr: "Vérifier" }
    PhoneVerified { en: "Your recovery phone {phone} is verified.", fr: "Votre téléphone de récupération {phone} est vérifié." }
    // ACC-8
    RegionTitle { en: "Language and region", fr: "Langue et région" }
    ProfileCountry { en: "Country", fr: "Pays" }
    ProfileTimeZone { en: "Time zone", fr: "Fuseau horaire" }
    ProfileTimeZoneHelp { en: "Dates and times in the console are shown in this time zone.", fr: "Les dates et heures de la console sont affichées dans ce fuseau horaire." }
    ProfileTimeZoneBrowser { en: "Use this browser's time zone ({zone})", fr: "Utiliser le fuseau de ce navigateur ({zone})" }
    // ACC-9
    NewsletterTitle { en: "Orga news", fr: "Actualités Orga" }
    NewsletterHelp { en: "Choose the topics you want to hear about. Each switch is saved at once.", fr: "Choisissez les thèmes qui vous intéressent. Chaque interrupteur est enregistré aussitôt." }
    TopicDomains { en: "Domain names", fr: "Noms de domaine" }
    TopicHosting { en: "Web hosting", fr: "Hébergement web" }
    TopicCloud { en: "Cloud servers", fr: "Serveurs cloud" }
    TopicBackup { en: "Backup", fr: "Sauvegarde" }
    TopicMail { en: "Mail", fr: "Messagerie" }
    TopicDrive { en: "Online storage", fr: "Stockage en ligne" }
    TopicCollaboration { en: "Collaboration tools", fr: "Outils collaboratifs" }
    TopicStreaming { en: "Streaming", fr: "Streaming" }
    TopicCompany { en: "Company news", fr: "Nouvelles de l'entreprise" }
    // ACC-13
    CloseTitle { en: "Close my account", fr: "Fermer mon compte" }
    CloseExplain { en: "Your account and your sessions end; you leave every organization, and those where you are alone and that have no product are closed with it. This cannot be undone.", fr: "Votre compte et vos sessions prennent fin ; vous quittez toutes les Organisations, et celles où vous êtes seul et qui n'ont aucun produit sont fermées avec lui. C'est irréversible." }
    CloseBlocked { en: "You cannot close your account yet: you are the last legal representative of these organizations, which still have products or other members. Name another legal representative, or empty them first:", fr: "Vous ne pouvez pas encore fermer votre compte : vous êtes le dernier responsable légal de ces Organisations, qui ont encore des produits ou d'autres membres. Nommez un autre responsable légal, ou videz-les d'abord :" }
    CloseConfirmLabel { en: "Type your login email to confirm", fr: "Saisissez votre adresse de connexion pour confirmer" }
    CloseButton { en: "Close my account for good", fr: "Fermer définitivement mon compte" }
    ClosedNotice { en: "Your account is closed. Goodbye.", fr: "Votre compte est fermé. Au revoir." }
    // Refusals
    ProblemSameAsRecovery { en: "it is your recovery email; the login email must differ from it", fr: "c'est votre adresse de récupération ; l'adresse de connexion doit en être différente" }
    ProblemSameAsLogin { en: "it is your login email; the recovery email must differ from it", fr: "c'est votre adresse de connexion ; l'adresse de récupération doit en être différente" }
    ProblemUnchanged { en: "it is already your login email", fr: "c'est déjà votre adresse de connexion" }
    ProblemTimeZone { en: "not a time zone we know (for example Europe/Zurich)", fr: "fuseau horaire inconnu (par exemple Europe/Zurich)" }
    ProblemNoCode { en: "no code is waiting or it has expired: ask for a new one", fr: "aucun code n'est en attente ou il a expiré : demandez-en un nouveau" }
    ProblemConfirmation { en: "type your login email exactly", fr: "saisissez exactement votre adresse de connexion" }
    FieldTimeZone { en: "Time zone", fr: "Fuseau horaire" }
    FieldConfirmation { en: "Confirmation", fr: "Confirmation" }
    FieldNewPassword { en: "New password", fr: "Nouveau mot de passe" }
    // Emails
    MailLoginVerifySubject { en: "Confirm your new Orga login email", fr: "Confirmez votre nouvelle adresse de connexion Orga" }
    MailLoginVerifyBody { en: "You asked to sign in to Orga with this address from now on. To confirm, open this link within 24 hours:\n\n{link}\n\nIf it was not you, ignore this email: nothing changes.", fr: "Vous avez demandé à vous connecter à Orga avec cette adresse désormais. Pour confirmer, ouvrez ce lien dans les 24 heures :\n\n{link}\n\nSi ce n'était pas vous, ignorez cet e-mail : rien ne change." }
    MailLoginTakenSubject { en: "Your address and Orga", fr: "Votre adresse et Orga" }
    MailLoginTakenBody { en: "Someone asked to make this address the login of another Orga account. It is already the login of your account, so nothing changed.\n\nIf it was you, sign in with this address instead. If not, there is nothing to do.", fr: "Quelqu'un a demandé à faire de cette adresse l'identifiant d'un autre compte Orga. C'est déjà l'identifiant de votre compte, donc rien n'a changé.\n\nSi c'était vous, connectez-vous plutôt avec cette adresse. Sinon, vous n'avez rien à faire." }
    MailLoginChangedSubject { en: "Your Orga login email was changed", fr: "Votre adresse de connexion Orga a été modifiée" }
    MailLoginChangedBody { en: "Your Orga account now signs in with {email}; this address is no longer its login.\n\nIf you did not make this change, contact our support at once.", fr: "Votre compte Orga se connecte désormais avec {email} ; cette adresse n'en est plus l'identifiant.\n\nSi vous n'avez pas fait ce changement, contactez immédiatement notre support." }
    MailRecoveryVerifySubject { en: "Confirm your Orga recovery email", fr: "Confirmez votre adresse de récupération Orga" }
    MailRecoveryVerifyBody { en: "This address was given as the recovery email of an Orga account. To confirm it, open this link within 24 hours:\n\n{link}\n\nIf it was not you, ignore this email.", fr: "Cette adresse a été indiquée comme adresse de récupération d'un compte Orga. Pour la confirmer, ouvrez ce lien dans les 24 heures :\n\n{link}\n\nSi ce n'était pas vous, ignorez cet e-mail." }
    MailPasswordChangedSubject { en: "Your Orga password was changed", fr: "Votre mot de passe Orga a été modifié" }
    MailPasswordChangedBody { en: "The password of your Orga account was just changed.\n\nIf you did not make this change, contact our support at once.", fr: "Le mot de passe de votre compte Orga vient d'être modifié.\n\nSi vous n'avez pas fait ce changement, contactez immédiatement notre support." }
    MailGoodbyeSubject { en: "Your Orga account is closed", fr: "Votre compte Orga est fermé" }
    MailGoodbyeBody { en: "Your Orga account is closed and you were signed out everywhere. Thank you for having used Orga.\n\nIf you did not close it, contact our support at once.", fr: "Votre compte Orga est fermé et vous avez été déconnecté partout. Merci d'avoir utilisé Orga.\n\nSi vous ne l'avez pas fermé, contactez immédiatement notre support." }
    SmsPhoneCode { en: "Orga: your code to verify this recovery phone is {code}. It is valid 10 minutes.", fr: "Orga : votre code pour vérifier ce téléphone de récupération est {code}. Il est valable 10 minutes." }
}
