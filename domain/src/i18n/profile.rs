//! The profile page.

use super::Lang;

catalogue! {
    ProfileMsg;
    ProfileTitle { en: "My profile", fr: "Mon profil" }
    ProfileLoginEmail { en: "Login email", fr: "Adresse e-mail de connexion" }
    ProfileLanguageHelp { en: "The console and the emails you receive use this language.", fr: "La console et les e-mails que vous recevez utilisent cette langue." }
}
