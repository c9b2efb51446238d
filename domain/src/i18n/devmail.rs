//! The development mail viewer.

use super::Lang;

catalogue! {
    DevMailMsg;
    DevMailTitle {
        en: "Mail viewer (development)",
        fr: "Visionneuse d'e-mails (développement)",
        de: "Mail-Viewer (Entwicklung)",
        it: "Visualizzatore e-mail (sviluppo)",
        es: "Visor de correo (desarrollo)",
    }
    DevMailIntro {
        en: "Every email and text message the console has queued, newest first. Without SMTP (or an SMS gateway) configured, they stay here.",
        fr: "Tous les e-mails et SMS mis en file par la console, du plus récent au plus ancien. Sans SMTP (ni passerelle SMS) configuré, ils restent ici.",
        de: "Alle E-Mails und SMS, die die Konsole in die Warteschlange gestellt hat, die neuesten zuerst. Solange kein SMTP-Server (bzw. kein SMS-Gateway) konfiguriert ist, bleiben sie hier.",
        it: "Tutte le e-mail e gli SMS messi in coda dalla console, dal più recente al meno recente. Se non è configurato un server SMTP (o un gateway SMS), restano qui.",
        es: "Todos los correos electrónicos y SMS que la consola ha puesto en cola, del más reciente al más antiguo. Si no hay ningún SMTP (ni pasarela SMS) configurado, se quedan aquí.",
    }
    DevMailSms {
        en: "Text message (SMS)",
        fr: "SMS",
        de: "SMS",
        it: "SMS",
        es: "SMS",
    }
    DevMailNone {
        en: "No email yet.",
        fr: "Aucun e-mail pour l'instant.",
        de: "Noch keine E-Mails.",
        it: "Ancora nessuna e-mail.",
        es: "Aún no hay correos.",
    }
    DevMailTo {
        en: "To: {to} · {status}",
        fr: "À : {to} · {status}",
        de: "An: {to} · {status}",
        it: "A: {to} · {status}",
        es: "Para: {to} · {status}",
    }
    DevMailStatusSent {
        en: "delivered",
        fr: "distribué",
        de: "zugestellt",
        it: "consegnato",
        es: "entregado",
    }
    DevMailStatusPending {
        en: "kept here",
        fr: "conservé ici",
        de: "hier aufbewahrt",
        it: "conservato qui",
        es: "guardado aquí",
    }
}
