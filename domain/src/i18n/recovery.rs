//! Recovery (ACC-10, ACC-11, ACC-12): the forgotten-password and forgotten-login pages,
//! the identity-verification request, the new login after a lost mailbox, and the
//! emails and SMS they send.

use super::Lang;

catalogue! {
    RecoveryMsg;
    // Links from the sign-in page.
    ForgotPasswordLink { en: "Forgot your password?", fr: "Mot de passe oublié ?" }
    ForgotLoginLink { en: "Forgot your login email?", fr: "Adresse de connexion oubliée ?" }
    IdentityCheckLink { en: "No access to any of these? Ask for an identity check", fr: "Aucune de ces options n'est possible ? Demandez une vérification d'identité" }
    BackToSignIn { en: "Back to sign-in", fr: "Retour à la connexion" }

    // Forgotten password.
    ForgotPasswordTitle { en: "Reset your password", fr: "Réinitialiser votre mot de passe" }
    ForgotPasswordIntro { en: "Enter the login email of your account, then choose how to receive the means to set a new password.", fr: "Saisissez l'adresse e-mail de connexion de votre compte, puis choisissez comment recevoir de quoi définir un nouveau mot de passe." }
    FieldLoginEmail { en: "Login email", fr: "Adresse e-mail de connexion" }
    ChannelLegend { en: "Receive", fr: "Recevoir" }
    ChannelEmail { en: "a link by email (login and recovery addresses)", fr: "un lien par e-mail (adresses de connexion et de récupération)" }
    ChannelPhone { en: "a code by SMS (recovery mobile phone)", fr: "un code par SMS (téléphone mobile de récupération)" }
    SendButton { en: "Send", fr: "Envoyer" }
    LinkSent { en: "If an account uses this login email, a link to set a new password has just been sent to its login address and to its recovery email. It is valid for 15 minutes and works once.", fr: "Si un compte utilise cette adresse de connexion, un lien pour définir un nouveau mot de passe vient d'être envoyé à son adresse de connexion et à son adresse de récupération. Il est valable 15 minutes et ne fonctionne qu'une fois." }
    CodeSent { en: "If an account uses this login email and has a recovery mobile phone, a 6-digit code has just been sent to it by SMS. It is valid for 15 minutes.", fr: "Si un compte utilise cette adresse de connexion et possède un téléphone mobile de récupération, un code à 6 chiffres vient de lui être envoyé par SMS. Il est valable 15 minutes." }
    FieldCode { en: "Code received by SMS", fr: "Code reçu par SMS" }
    CheckCodeButton { en: "Check the code", fr: "Vérifier le code" }
    StartAgain { en: "Start again", fr: "Recommencer" }

    // New password.
    ResetPasswordTitle { en: "Choose a new password", fr: "Choisissez un nouveau mot de passe" }
    FieldNewPassword { en: "New password", fr: "Nouveau mot de passe" }
    ResetPasswordButton { en: "Save the new password", fr: "Enregistrer le nouveau mot de passe" }
    ResetDone { en: "Your password has been changed and every session of your account has ended. Sign in with the new password.", fr: "Votre mot de passe a été modifié et toutes les sessions de votre compte ont été fermées. Connectez-vous avec le nouveau mot de passe." }
    ResetLinkMissing { en: "This page is opened by the link of a password-reset email.", fr: "Cette page s'ouvre avec le lien d'un e-mail de réinitialisation du mot de passe." }

    // Forgotten login email.
    ForgotLoginTitle { en: "Find your login email", fr: "Retrouver votre adresse de connexion" }
    ForgotLoginIntro { en: "Enter the recovery mobile phone of your account. Your login email will be sent to it by SMS, never shown here. If several accounts use this number, add the recovery email of yours: the login will be sent there.", fr: "Saisissez le téléphone mobile de récupération de votre compte. Votre adresse de connexion lui sera envoyée par SMS, jamais affichée ici. Si plusieurs comptes utilisent ce numéro, ajoutez l'adresse de récupération du vôtre : l'adresse de connexion y sera envoyée." }
    FieldCountry { en: "Country of the number", fr: "Pays du numéro" }
    FieldMobile { en: "Mobile number", fr: "Numéro de mobile" }
    FieldRecoveryEmailOptional { en: "Recovery email (if several accounts share the number)", fr: "Adresse de récupération (si plusieurs comptes partagent le numéro)" }
    LoginSent { en: "If an account matches, its login email has just been sent to its recovery channel.", fr: "Si un compte correspond, son adresse de connexion vient d'être envoyée à son moyen de récupération." }

    // Identity verification.
    IdentityTitle { en: "Identity verification", fr: "Vérification d'identité" }
    IdentityIntro { en: "When no recovery option works, our support team checks your identity from a document. You follow the request by email.", fr: "Quand aucune option de récupération ne fonctionne, notre équipe d'assistance vérifie votre identité à partir d'un document. Vous suivez la demande par e-mail." }
    FieldContactEmail { en: "Email where we can reach you", fr: "Adresse e-mail où vous joindre" }
    FieldAccountEmail { en: "Login email of the account, if you know it", fr: "Adresse de connexion du compte, si vous la connaissez" }
    FieldLost { en: "What did you lose?", fr: "Qu'avez-vous perdu ?" }
    LostPassword { en: "My password", fr: "Mon mot de passe" }
    LostLoginEmail { en: "My login email", fr: "Mon adresse de connexion" }
    LostMailbox { en: "The mailbox of my login email", fr: "La boîte de mon adresse de connexion" }
    LostSecondFactor { en: "My second factor (two-step verification)", fr: "Mon second facteur (validation en deux étapes)" }
    FieldDetails { en: "What happened (optional)", fr: "Ce qui s'est passé (facultatif)" }
    FieldDocument { en: "Identity document (PNG, JPEG or PDF, at most 3 MB)", fr: "Pièce d'identité (PNG, JPEG ou PDF, 3 Mo au plus)" }
    IdentitySubmit { en: "Send the request", fr: "Envoyer la demande" }
    IdentityReceived { en: "Your request has been received. Its reference is {reference}; you will receive an email at each step.", fr: "Votre demande a été reçue. Sa référence est {reference} ; vous recevrez un e-mail à chaque étape." }
    SecondFactorNote { en: "Support never turns off two-step verification on request: an accepted request lets you set a new password, not skip the second step.", fr: "L'assistance ne désactive jamais la validation en deux étapes sur demande : une demande acceptée permet de définir un nouveau mot de passe, pas d'éviter la deuxième étape." }

    // New login after a lost mailbox (ACC-12).
    ChooseLoginTitle { en: "Choose your new login email", fr: "Choisissez votre nouvelle adresse de connexion" }
    ChooseLoginIntro { en: "You signed in with a temporary username. Choose the email address you will sign in with from now on; we send a link to it to check it is yours.", fr: "Vous vous êtes connecté avec un nom d'utilisateur temporaire. Choisissez l'adresse e-mail avec laquelle vous vous connecterez désormais ; nous y envoyons un lien pour vérifier qu'elle est à vous." }
    FieldNewLoginEmail { en: "New login email", fr: "Nouvelle adresse de connexion" }
    ChooseLoginButton { en: "Send the link", fr: "Envoyer le lien" }
    ChooseLoginSent { en: "A link has been sent to {email}. Open it in this browser to finish; it is valid for 24 hours.", fr: "Un lien a été envoyé à {email}. Ouvrez-le dans ce navigateur pour terminer ; il est valable 24 heures." }
    ConfirmLoginTitle { en: "New login email", fr: "Nouvelle adresse de connexion" }
    ConfirmLoginWorking { en: "Checking the link…", fr: "Vérification du lien…" }
    ConfirmLoginDone { en: "Your login email is now {email}. The temporary username no longer works.", fr: "Votre adresse de connexion est désormais {email}. Le nom d'utilisateur temporaire ne fonctionne plus." }
    ConfirmLoginSignIn { en: "Sign in with your temporary username in this browser, then open the link again.", fr: "Connectez-vous avec votre nom d'utilisateur temporaire dans ce navigateur, puis rouvrez le lien." }
    OpenConsole { en: "Open the console", fr: "Ouvrir la console" }

    // Errors.
    ErrorCodeFormat { en: "A code is six digits.", fr: "Un code comporte six chiffres." }
    ErrorDocumentType { en: "The file is not a PNG, JPEG or PDF document (its content was checked, not its name).", fr: "Le fichier n'est pas un document PNG, JPEG ou PDF (son contenu a été vérifié, pas son nom)." }
    ErrorDocumentTooLarge { en: "The file is larger than 3 MB.", fr: "Le fichier dépasse 3 Mo." }
    ErrorDocumentMissing { en: "Add a document.", fr: "Ajoutez un document." }
    ErrorSameAsRecoveryEmail { en: "This is your recovery email: the login email must be another address.", fr: "C'est votre adresse de récupération : l'adresse de connexion doit en être une autre." }

    // Emails.
    MailResetSubject { en: "Set a new Orga password", fr: "Définir un nouveau mot de passe Orga" }
    MailResetBody { en: "Someone asked to reset the password of the Orga account {login}. Open this link to choose a new one:\n{link}\n\nThe link is valid for 15 minutes and works once. If it was not you, ignore this email: your password stays the same.", fr: "Quelqu'un a demandé la réinitialisation du mot de passe du compte Orga {login}. Ouvrez ce lien pour en choisir un nouveau :\n{link}\n\nLe lien est valable 15 minutes et ne fonctionne qu'une fois. Si ce n'était pas vous, ignorez cet e-mail : votre mot de passe reste le même." }
    MailPasswordResetSubject { en: "Your Orga password was changed", fr: "Votre mot de passe Orga a été modifié" }
    MailPasswordResetBody { en: "The password of your Orga account was reset, and every session of the account was ended.\n\nIf it was not you, open the console, reset your password again and check the recent activity of your account.", fr: "Le mot de passe de votre compte Orga a été réinitialisé et toutes les sessions du compte ont été fermées.\n\nSi ce n'était pas vous, ouvrez la console, réinitialisez à nouveau votre mot de passe et vérifiez l'activité récente de votre compte." }
    MailLoginReminderSubject { en: "Your Orga login email", fr: "Votre adresse de connexion Orga" }
    MailLoginReminderBody { en: "Someone asked for the login email of the Orga account whose recovery email is this address. It is:\n{login}\n\nIf it was not you, there is nothing to do.", fr: "Quelqu'un a demandé l'adresse de connexion du compte Orga dont l'adresse de récupération est celle-ci. La voici :\n{login}\n\nSi ce n'était pas vous, vous n'avez rien à faire." }
    MailTemporaryUsernameSubject { en: "Your temporary Orga username", fr: "Votre nom d'utilisateur Orga temporaire" }
    MailTemporaryUsernameBody { en: "The mailbox of your Orga login email is no longer available. Until you choose a new login email, sign in with this temporary username and your usual password:\n{username}\n\nThe console then asks for your new login email.", fr: "La boîte de votre adresse de connexion Orga n'est plus disponible. Jusqu'à ce que vous choisissiez une nouvelle adresse de connexion, connectez-vous avec ce nom d'utilisateur temporaire et votre mot de passe habituel :\n{username}\n\nLa console vous demandera alors votre nouvelle adresse de connexion." }
    MailChooseLoginSubject { en: "Confirm your new Orga login email", fr: "Confirmez votre nouvelle adresse de connexion Orga" }
    MailChooseLoginBody { en: "Open this link, in the browser where you are signed in, to make this address the login email of your Orga account:\n{link}\n\nThe link is valid for 24 hours. If you did not ask for it, ignore this email.", fr: "Ouvrez ce lien, dans le navigateur où vous êtes connecté, pour faire de cette adresse l'adresse de connexion de votre compte Orga :\n{link}\n\nLe lien est valable 24 heures. Si vous ne l'avez pas demandé, ignorez cet e-mail." }
    MailLoginTakenSubject { en: "This address already has an Orga account", fr: "Cette adresse a déjà un compte Orga" }
    MailLoginTakenBody { en: "Someone asked to make this address the login email of an Orga account, but it already signs in to another account, so nothing changed. To use it, close or change that other account first.", fr: "Quelqu'un a demandé à faire de cette adresse l'adresse de connexion d'un compte Orga, mais elle sert déjà à se connecter à un autre compte : rien n'a changé. Pour l'utiliser, fermez ou modifiez d'abord cet autre compte." }
    MailIdentitySubject { en: "Your identity verification request {reference}", fr: "Votre demande de vérification d'identité {reference}" }
    MailIdentityReceived { en: "We received your identity verification request ({lost}). Our support team will review it; you will receive an email at each step.\n\nReference: {reference}", fr: "Nous avons reçu votre demande de vérification d'identité ({lost}). Notre équipe d'assistance va l'examiner ; vous recevrez un e-mail à chaque étape.\n\nRéférence : {reference}" }
    MailIdentityInReview { en: "Our support team is now reviewing your identity verification request.\n\nReference: {reference}", fr: "Notre équipe d'assistance examine maintenant votre demande de vérification d'identité.\n\nRéférence : {reference}" }
    MailIdentityAccepted { en: "Your identity has been verified. {next}\n\nReference: {reference}", fr: "Votre identité a été vérifiée. {next}\n\nRéférence : {reference}" }
    MailIdentityRefused { en: "We could not verify your identity from this request, so your account stays as it is. {note}\n\nYou can send a new request with a clearer document.\n\nReference: {reference}", fr: "Nous n'avons pas pu vérifier votre identité avec cette demande ; votre compte reste inchangé. {note}\n\nVous pouvez envoyer une nouvelle demande avec un document plus lisible.\n\nRéférence : {reference}" }
    MailIdentityNextReset { en: "A link to set a new password follows in a separate email (valid for 15 minutes).", fr: "Un lien pour définir un nouveau mot de passe suit dans un e-mail séparé (valable 15 minutes)." }
    MailIdentityNextLogin { en: "The login email of your account follows in a separate email.", fr: "L'adresse de connexion de votre compte suit dans un e-mail séparé." }
    MailIdentityNextUsername { en: "A temporary username follows in a separate email: sign in with it, then choose a new login email.", fr: "Un nom d'utilisateur temporaire suit dans un e-mail séparé : connectez-vous avec, puis choisissez une nouvelle adresse de connexion." }
    MailIdentityNextNone { en: "We found no account matching the request; nothing was changed.", fr: "Nous n'avons trouvé aucun compte correspondant à la demande ; rien n'a été modifié." }
    MailIdentityNextSecondFactor { en: "Support never turns off two-step verification on request: sign in with a backup code or another method you still have, or with a security key or phone you registered.", fr: "L'assistance ne désactive jamais la validation en deux étapes sur demande : connectez-vous avec un code de secours ou une autre méthode dont vous disposez encore, ou avec une clé de sécurité ou un téléphone enregistré." }

    // SMS.
    SmsResetCode { en: "Orga: your password reset code is {code}. Valid 15 minutes. Never share it.", fr: "Orga : votre code de réinitialisation du mot de passe est {code}. Valable 15 minutes. Ne le communiquez à personne." }
    SmsLoginReminder { en: "Orga: the login email of your account is {login}", fr: "Orga : l'adresse de connexion de votre compte est {login}" }
    SmsSeveralAccounts { en: "Orga: several accounts use this number. To receive your login email, enter your recovery email too on the page.", fr: "Orga : plusieurs comptes utilisent ce numéro. Pour recevoir votre adresse de connexion, saisissez aussi votre adresse de récupération sur la page." }
    SmsTemporaryUsername { en: "Orga: your login mailbox is gone. Sign in with the temporary username {username} and your usual password, then choose a new login email.", fr: "Orga : votre boîte de connexion n'existe plus. Connectez-vous avec le nom d'utilisateur temporaire {username} et votre mot de passe habituel, puis choisissez une nouvelle adresse de connexion." }
}
