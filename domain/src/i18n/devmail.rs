//! The development mail viewer.

use super::Lang;

catalogue! {
    DevMailMsg;
    DevMailTitle { en: "Mail viewer (development)", fr: "Visionneuse d'e-mails (développement)" }
    DevMailIntro { en: "Every email the console has queued, newest first. Without SMTP configured, they stay here.", fr: "Tous les e-mails mis en file par la console, du plus récent au plus ancien. Sans SMTP configuré, ils restent ici." }
    DevMailNone { en: "No email yet.", fr: "Aucun e-mail pour l'instant." }
    DevMailTo { en: "To: {to} · {status}", fr: "À : {to} · {status}" }
    DevMailStatusSent { en: "delivered", fr: "distribué" }
    DevMailStatusPending { en: "kept here", fr: "conservé ici" }
}
