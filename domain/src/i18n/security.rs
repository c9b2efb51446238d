//! The security page (`/security`), the sign-in second step, the push approval page, the
//! sign-in code SMS and the two-factor emails.

use super::Lang;

catalogue! {
    SecurityMsg;
    MethodSecurityKey { en: "Security key", fr: "Clé de sécurité" }
    MethodTotp { en: "Authenticator app", fr: "Application d'authentification" }
    MethodPush { en: "Approval from another device", fr: "Approbation depuis un autre appareil" }
    MethodSms { en: "Code by SMS", fr: "Code par SMS" }
    MethodBackupCode { en: "Backup code", fr: "Code de secours" }

    SecondStepTitle { en: "Two-step verification", fr: "Validation en deux étapes" }
    SecondStepTotpHelp { en: "Enter the 6-digit code shown by your authenticator app.", fr: "Saisissez le code à 6 chiffres affiché par votre application d'authentification." }
    SecondStepSmsHelp { en: "We send a 6-digit code by SMS to your phone ending in {phone}.", fr: "Nous envoyons un code à 6 chiffres par SMS à votre téléphone se terminant par {phone}." }
    SecondStepSmsSend { en: "Send the code", fr: "Envoyer le code" }
    SecondStepSmsSent { en: "Code sent. It is valid for 5 minutes.", fr: "Code envoyé. Il est valable 5 minutes." }
    SecondStepSmsResend { en: "Send a new code", fr: "Envoyer un nouveau code" }
    SecondStepBackupHelp { en: "Enter one of the backup codes you saved. Each code works once.", fr: "Saisissez l'un des codes de secours que vous avez conservés. Chaque code ne fonctionne qu'une fois." }
    SecondStepPushHelp { en: "Approve this sign-in from another device where you are signed in to Orga.", fr: "Approuvez cette connexion depuis un autre appareil sur lequel vous êtes connecté à Orga." }
    SecondStepPushSend { en: "Ask for approval", fr: "Demander l'approbation" }
    SecondStepPushWaiting { en: "Waiting for your approval on your other device…", fr: "En attente de votre approbation sur votre autre appareil…" }
    SecondStepPushDenied { en: "This sign-in was denied from your other device.", fr: "Cette connexion a été refusée depuis votre autre appareil." }
    SecondStepPushExpired { en: "Nobody answered in time. Ask again or use another method.", fr: "Personne n'a répondu à temps. Demandez à nouveau ou utilisez une autre méthode." }
    SecondStepVerify { en: "Verify", fr: "Valider" }
    SecondStepOtherMethods { en: "Use another method", fr: "Utiliser une autre méthode" }
    SecondStepNoMethod { en: "No access to any of these methods? Without a backup code, only an identity verification can give your account back: support never turns two-factor authentication off on request.", fr: "Aucune de ces méthodes n'est accessible ? Sans code de secours, seule une vérification d'identité peut vous rendre votre compte : le support ne désactive jamais la double authentification sur simple demande." }
    SignInExpired { en: "This sign-in has expired. Enter your password again.", fr: "Cette connexion a expiré. Saisissez à nouveau votre mot de passe." }
    SecondStepStartOver { en: "Start again", fr: "Recommencer" }

    SecurityTitle { en: "Security", fr: "Sécurité" }
    TwoFactorSection { en: "Two-factor authentication", fr: "Double authentification" }
    TwoFactorOn { en: "Two-factor authentication is on: signing in asks for your password and one of the methods below.", fr: "La double authentification est activée : la connexion demande votre mot de passe et l'une des méthodes ci-dessous." }
    TwoFactorOff { en: "Two-factor authentication is off. Add a method so that your password alone is not enough to enter your account.", fr: "La double authentification est désactivée. Ajoutez une méthode pour que votre mot de passe seul ne suffise pas à entrer dans votre compte." }
    PushExplained { en: "Once a method is set up, you can also approve a sign-in from another device where you are signed in.", fr: "Une fois une méthode configurée, vous pouvez aussi approuver une connexion depuis un autre appareil sur lequel vous êtes connecté." }
    FactorAdded { en: "Added {date}", fr: "Ajoutée le {date}" }
    FactorLastUsed { en: "last used {date}", fr: "dernière utilisation le {date}" }
    FactorRemove { en: "Remove", fr: "Supprimer" }
    FactorRemoveNamed { en: "Remove {method}", fr: "Supprimer {method}" }
    FactorRemoved { en: "Method removed.", fr: "Méthode supprimée." }

    TotpAdd { en: "Set up an authenticator app", fr: "Configurer une application d'authentification" }
    TotpScan { en: "Scan this QR code with your authenticator app, or type the key below into it.", fr: "Scannez ce code QR avec votre application d'authentification, ou saisissez-y la clé ci-dessous." }
    TotpQrLabel { en: "QR code for your authenticator app", fr: "Code QR pour votre application d'authentification" }
    TotpKey { en: "Key", fr: "Clé" }
    TotpConfirmHelp { en: "Then enter the 6-digit code the app shows, to check it works.", fr: "Saisissez ensuite le code à 6 chiffres affiché par l'application, pour vérifier qu'elle fonctionne." }
    TotpConfirm { en: "Confirm", fr: "Confirmer" }
    TotpEnabled { en: "The authenticator app is set up.", fr: "L'application d'authentification est configurée." }

    SmsAdd { en: "Add a phone for codes by SMS", fr: "Ajouter un téléphone pour les codes par SMS" }
    SmsCountry { en: "Country", fr: "Pays" }
    SmsPhone { en: "Mobile number", fr: "Numéro de mobile" }
    SmsCountriesServed { en: "Codes are sent by SMS to Swiss, French, Belgian and German numbers only.", fr: "Les codes sont envoyés par SMS aux numéros suisses, français, belges et allemands uniquement." }
    SmsSendCode { en: "Send a code", fr: "Envoyer un code" }
    SmsCodeSent { en: "Enter the 6-digit code sent by SMS to {phone}.", fr: "Saisissez le code à 6 chiffres envoyé par SMS au {phone}." }
    SmsEnabled { en: "The phone is verified.", fr: "Le téléphone est vérifié." }
    SmsText { en: "Orga: your code is {code}. It is valid for 5 minutes. Never give it to anyone.", fr: "Orga : votre code est {code}. Il est valable 5 minutes. Ne le communiquez à personne." }
    ProblemSmsCountry { en: "SMS codes are sent to Swiss, French, Belgian and German numbers only", fr: "les codes par SMS ne sont envoyés qu'aux numéros suisses, français, belges et allemands" }

    BackupSection { en: "Backup codes", fr: "Codes de secours" }
    BackupHelp { en: "If you lose your phone or security key, a backup code lets you sign in once.", fr: "Si vous perdez votre téléphone ou votre clé de sécurité, un code de secours vous permet de vous connecter une fois." }
    BackupShownOnce { en: "Save these codes now: they are shown only this once. Each one works once.", fr: "Conservez ces codes maintenant : ils ne sont affichés qu'une seule fois. Chacun ne fonctionne qu'une fois." }
    BackupDownload { en: "Download the codes", fr: "Télécharger les codes" }
    BackupFileTitle { en: "Orga backup codes for {email}", fr: "Codes de secours Orga pour {email}" }
    BackupSaved { en: "I have saved them", fr: "Je les ai conservés" }
    BackupRegenerate { en: "Generate new codes", fr: "Générer de nouveaux codes" }
    BackupRegenerateHelp { en: "New codes replace every old one.", fr: "Les nouveaux codes remplacent tous les anciens." }

    DisableTitle { en: "Turn off two-factor authentication", fr: "Désactiver la double authentification" }
    DisableHelp { en: "Every method and backup code is removed; signing in then asks for your password only. Enter your password to confirm.", fr: "Toutes les méthodes et tous les codes de secours sont supprimés ; la connexion ne demande plus que votre mot de passe. Saisissez votre mot de passe pour confirmer." }
    DisableButton { en: "Turn off", fr: "Désactiver" }
    Disabled { en: "Two-factor authentication is off.", fr: "La double authentification est désactivée." }

    ApproveTitle { en: "Approve a sign-in", fr: "Approuver une connexion" }
    ApproveBanner { en: "A sign-in to your account waits for your approval.", fr: "Une connexion à votre compte attend votre approbation." }
    ApproveReview { en: "Review", fr: "Examiner" }
    ApproveIntro { en: "Someone typed your password and asks to sign in. Approve only if it is you.", fr: "Quelqu'un a saisi votre mot de passe et demande à se connecter. N'approuvez que si c'est vous." }
    ApproveAddress { en: "Address", fr: "Adresse" }
    ApproveDevice { en: "Browser", fr: "Navigateur" }
    ApproveTime { en: "Time", fr: "Heure" }
    ApproveButton { en: "Approve", fr: "Approuver" }
    DenyButton { en: "Deny", fr: "Refuser" }
    ApproveNone { en: "No sign-in waits for your approval.", fr: "Aucune connexion n'attend votre approbation." }
    Approved { en: "Sign-in approved.", fr: "Connexion approuvée." }
    Denied { en: "Sign-in denied. If it was not you, change your password.", fr: "Connexion refusée. Si ce n'était pas vous, changez votre mot de passe." }
    UnknownBrowser { en: "Unknown browser", fr: "Navigateur inconnu" }

    MailEnabledSubject { en: "Two-factor authentication is on", fr: "La double authentification est activée" }
    MailEnabledBody { en: "Two-factor authentication was turned on for your Orga account ({method}). Signing in now asks for a second step after your password.\n\nIf it was not you, open the console, change your password and check the recent activity of your account.", fr: "La double authentification a été activée pour votre compte Orga ({method}). La connexion demande désormais une deuxième étape après votre mot de passe.\n\nSi ce n'était pas vous, ouvrez la console, changez votre mot de passe et vérifiez l'activité récente de votre compte." }
    MailDisabledSubject { en: "Two-factor authentication is off", fr: "La double authentification est désactivée" }
    MailDisabledBody { en: "Two-factor authentication was turned off for your Orga account: your password alone now lets anyone in.\n\nIf it was not you, open the console, change your password and turn two-factor authentication on again.", fr: "La double authentification a été désactivée pour votre compte Orga : votre mot de passe suffit désormais pour y entrer.\n\nSi ce n'était pas vous, ouvrez la console, changez votre mot de passe et réactivez la double authentification." }
    MailBackupUsedSubject { en: "A backup code was used", fr: "Un code de secours a été utilisé" }
    MailBackupUsedBody { en: "A backup code was used to sign in to your Orga account. Codes left: {count}.\n\nIf it was not you, open the console, change your password and generate new backup codes.", fr: "Un code de secours a été utilisé pour vous connecter à votre compte Orga. Codes restants : {count}.\n\nSi ce n'était pas vous, ouvrez la console, changez votre mot de passe et générez de nouveaux codes de secours." }
}
