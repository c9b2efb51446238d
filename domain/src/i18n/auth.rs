//! Sign-up, email confirmation and sign-in.

use super::Lang;

catalogue! {
    AuthMsg;
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
}
