//! The profile's emails, in the recipient's language. None of those sent to an address
//! being replaced carries a sign-in link.

use domain::i18n::ProfileMsg;
use domain::Lang;

use crate::mail::compose;
use crate::outbox::{Email, SECRET_LINK};

fn plain(to: &str, lang: Lang, name: &str, subject: ProfileMsg, body: String) -> Email {
    compose(to, lang, Some(name), subject.text(lang).into(), body)
}

/// To the new login address: its confirmation link, secret (sealed apart from the body).
pub fn confirm_login(to: &str, lang: Lang, name: &str, secret_link: String) -> Email {
    let body = ProfileMsg::MailLoginVerifyBody.fill(lang, &[("link", SECRET_LINK)]);
    plain(to, lang, name, ProfileMsg::MailLoginVerifySubject, body).with_secret_link(secret_link)
}

/// To an address that is already another account's login: told, nothing changed.
pub fn login_taken(to: &str, lang: Lang, name: &str) -> Email {
    plain(to, lang, name, ProfileMsg::MailLoginTakenSubject, ProfileMsg::MailLoginTakenBody.text(lang).into())
}

/// To the old login address once the new one is confirmed.
pub fn login_changed(to: &str, lang: Lang, name: &str, new_email: &str) -> Email {
    let body = ProfileMsg::MailLoginChangedBody.fill(lang, &[("email", new_email)]);
    plain(to, lang, name, ProfileMsg::MailLoginChangedSubject, body)
}

pub fn confirm_recovery(to: &str, lang: Lang, name: &str, secret_link: String) -> Email {
    let body = ProfileMsg::MailRecoveryVerifyBody.fill(lang, &[("link", SECRET_LINK)]);
    plain(to, lang, name, ProfileMsg::MailRecoveryVerifySubject, body).with_secret_link(secret_link)
}

pub fn password_changed(to: &str, lang: Lang, name: &str) -> Email {
    plain(to, lang, name, ProfileMsg::MailPasswordChangedSubject, ProfileMsg::MailPasswordChangedBody.text(lang).into())
}

pub fn goodbye(to: &str, lang: Lang, name: &str) -> Email {
    plain(to, lang, name, ProfileMsg::MailGoodbyeSubject, ProfileMsg::MailGoodbyeBody.text(lang).into())
}
