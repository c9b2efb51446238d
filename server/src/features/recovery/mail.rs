//! The emails and SMS texts of recovery, in the recipient's language.

use domain::i18n::RecoveryMsg;
use domain::Lang;

use crate::mail::compose;
use crate::outbox::{Email, SECRET_LINK};

/// The reset link for the account `login` (sealed apart from the body).
pub fn reset_link(to: &str, lang: Lang, login: &str, link: String) -> Email {
    compose(
        to,
        lang,
        None,
        RecoveryMsg::MailResetSubject.text(lang).into(),
        RecoveryMsg::MailResetBody.fill(lang, &[("login", login), ("link", SECRET_LINK)]),
    )
    .with_secret_link(link)
}

/// Told to the login address after a reset; no link in it.
pub fn password_reset(to: &str, lang: Lang, name: &str) -> Email {
    compose(
        to,
        lang,
        Some(name),
        RecoveryMsg::MailPasswordResetSubject.text(lang).into(),
        RecoveryMsg::MailPasswordResetBody.text(lang).into(),
    )
}

pub fn login_reminder(to: &str, lang: Lang, login: &str) -> Email {
    compose(
        to,
        lang,
        None,
        RecoveryMsg::MailLoginReminderSubject.text(lang).into(),
        RecoveryMsg::MailLoginReminderBody.fill(lang, &[("login", login)]),
    )
}

pub fn temporary_username(to: &str, lang: Lang, name: &str, username: &str) -> Email {
    compose(
        to,
        lang,
        Some(name),
        RecoveryMsg::MailTemporaryUsernameSubject.text(lang).into(),
        RecoveryMsg::MailTemporaryUsernameBody.fill(lang, &[("username", username)]),
    )
}

pub fn choose_login(to: &str, lang: Lang, name: &str, link: String) -> Email {
    compose(
        to,
        lang,
        Some(name),
        RecoveryMsg::MailChooseLoginSubject.text(lang).into(),
        RecoveryMsg::MailChooseLoginBody.fill(lang, &[("link", SECRET_LINK)]),
    )
    .with_secret_link(link)
}

pub fn login_taken(to: &str, lang: Lang) -> Email {
    compose(
        to,
        lang,
        None,
        RecoveryMsg::MailLoginTakenSubject.text(lang).into(),
        RecoveryMsg::MailLoginTakenBody.text(lang).into(),
    )
}

/// A step of an identity-verification request, to its contact address.
pub fn identity_step(to: &str, lang: Lang, name: &str, reference: &str, body: String) -> Email {
    compose(to, lang, Some(name), RecoveryMsg::MailIdentitySubject.fill(lang, &[("reference", reference)]), body)
}
