//! Sign-up, email confirmation and sign-in.

use super::Lang;

catalogue! {
    AuthMsg;
    SignInTitle {
        en: "Sign in",
        fr: "Connexion",
        de: "Anmelden",
        it: "Accedi",
        es: "Iniciar sesión",
    }
    SignInButton {
        en: "Sign in",
        fr: "Se connecter",
        de: "Anmelden",
        it: "Accedi",
        es: "Iniciar sesión",
    }
    SignInSessionOnly {
        en: "Sign in for this browser session only",
        fr: "Me connecter pour cette session du navigateur uniquement",
        de: "Nur für diese Browsersitzung anmelden",
        it: "Accedi solo per questa sessione del browser",
        es: "Iniciar sesión solo mientras el navegador esté abierto",
    }
    SignInNoAccount {
        en: "No account yet?",
        fr: "Pas encore de compte ?",
        de: "Noch kein Konto?",
        it: "Non ha ancora un account?",
        es: "¿Aún no tiene una cuenta?",
    }
    SignInCreateAccount {
        en: "Create an account",
        fr: "Créer un compte",
        de: "Konto erstellen",
        it: "Crea un account",
        es: "Crear una cuenta",
    }
    SignUpTitle {
        en: "Create your account",
        fr: "Créer votre compte",
        de: "Konto erstellen",
        it: "Crei il suo account",
        es: "Cree su cuenta",
    }
    SignUpButton {
        en: "Create my account",
        fr: "Créer mon compte",
        de: "Mein Konto erstellen",
        it: "Crea il mio account",
        es: "Crear mi cuenta",
    }
    SignUpHaveAccount {
        en: "Already have an account?",
        fr: "Vous avez déjà un compte ?",
        de: "Sie haben bereits ein Konto?",
        it: "Ha già un account?",
        es: "¿Ya tiene una cuenta?",
    }
    SignUpPasswordHelp {
        en: "At least 15 characters. A short sentence is easy to remember and hard to guess.",
        fr: "Au moins 15 caractères. Une courte phrase est facile à retenir et difficile à deviner.",
        de: "Mindestens 15 Zeichen. Ein kurzer Satz ist leicht zu merken und schwer zu erraten.",
        it: "Almeno 15 caratteri. Una breve frase è facile da ricordare e difficile da indovinare.",
        es: "Al menos 15 caracteres. Una frase corta es fácil de recordar y difícil de adivinar.",
    }
    SignUpCheckEmail {
        en: "Almost done: we sent a link to {email}. Open it to confirm your address and enter the console.",
        fr: "C'est presque fini : nous avons envoyé un lien à {email}. Ouvrez-le pour confirmer votre adresse et accéder à la console.",
        de: "Fast geschafft: Wir haben einen Link an {email} gesendet. Öffnen Sie ihn, um Ihre Adresse zu bestätigen und zur Konsole zu gelangen.",
        it: "Ci siamo quasi: abbiamo inviato un link a {email}. Lo apra per confermare il suo indirizzo e accedere alla console.",
        es: "Ya casi está: hemos enviado un enlace a {email}. Ábralo para confirmar su dirección y acceder a la consola.",
    }
    SignUpInvited {
        en: "{org} invites you to join as {role}. Create your account to accept.",
        fr: "{org} vous invite à la rejoindre en tant que {role}. Créez votre compte pour accepter.",
        de: "{org} lädt Sie als {role} ein. Erstellen Sie Ihr Konto, um die Einladung anzunehmen.",
        it: "{org} la invita a unirsi come {role}. Crei il suo account per accettare.",
        es: "{org} le invita a unirse como {role}. Cree su cuenta para aceptar.",
    }
    SignUpJoinButton {
        en: "Create my account and join",
        fr: "Créer mon compte et rejoindre",
        de: "Konto erstellen und beitreten",
        it: "Crea il mio account e accetta",
        es: "Crear mi cuenta y unirme",
    }
    VerifyEmailTitle {
        en: "Email confirmation",
        fr: "Confirmation de l'adresse e-mail",
        de: "Bestätigung der E-Mail-Adresse",
        it: "Conferma dell'indirizzo e-mail",
        es: "Confirmación del correo electrónico",
    }
    VerifyEmailIntro {
        en: "Enter the password you chose at sign-up to confirm this address.",
        fr: "Saisissez le mot de passe choisi à l'inscription pour confirmer cette adresse.",
        de: "Geben Sie das Passwort ein, das Sie bei der Registrierung gewählt haben, um diese Adresse zu bestätigen.",
        it: "Inserisca la password scelta al momento della registrazione per confermare questo indirizzo.",
        es: "Introduzca la contraseña que eligió al registrarse para confirmar esta dirección.",
    }
    VerifyEmailButton {
        en: "Confirm my address",
        fr: "Confirmer mon adresse",
        de: "Meine Adresse bestätigen",
        it: "Conferma il mio indirizzo",
        es: "Confirmar mi dirección",
    }
}
