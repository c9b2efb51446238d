//! The development mail viewer.

use super::Lang;

catalogue! {
    DevMailMsg;
    DevMailTitle { en: "Mail viewer (development)", fr: "Visionneuse d'e-mails (développement)" }
    DevMailIntro { en: "Every email and text message the console has queued, newest first. Without SMTP (or an SMS gateway) configured, they stay here.", fr: "Tous les e-mails et SMS mis en file par la console, du plus récent au plus ancien. Sans SMTP (ni passerelle SMS) configuré, ils restent ici." }
    DevMailSms { en: "Text message (SMS)", fr: "SMS" }
    DevMailNone { en: "No email yet.", fr: "Aucun e-mail pour l'instant." }
    DevMailTo { en: "To: {to} · {status}", fr: "À : {to} · {status}" }
    DevMailStatusSent { en: "delivered", fr: "distribué" }
    DevMailStatusPending { en: "kept here", fr: "conservé ici" }
}
