//! The two-factor emails: turned on, turned off, a backup code used. None holds a link.

use domain::i18n::SecurityMsg;
use domain::two_factor::Method;
use domain::Lang;

use crate::mail::compose;
use crate::outbox::Email;

pub fn enabled(to: &str, lang: Lang, name: &str, method: Method) -> Email {
    let body = SecurityMsg::MailEnabledBody.fill(lang, &[("method", method.label().text(lang))]);
    compose(to, lang, Some(name), SecurityMsg::MailEnabledSubject.text(lang).into(), body)
}

pub fn disabled(to: &str, lang: Lang, name: &str) -> Email {
    compose(
        to,
        lang,
        Some(name),
        SecurityMsg::MailDisabledSubject.text(lang).into(),
        SecurityMsg::MailDisabledBody.text(lang).into(),
    )
}

pub fn backup_code_used(to: &str, lang: Lang, name: &str, left: u32) -> Email {
    let body = SecurityMsg::MailBackupUsedBody.fill(lang, &[("count", &left.to_string())]);
    compose(to, lang, Some(name), SecurityMsg::MailBackupUsedSubject.text(lang).into(), body)
}
