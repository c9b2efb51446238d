//! The products feature's emails (PRD-3, PRD-5), each in its recipient's language.

use domain::i18n::ProductsMsg;
use domain::Lang;

use super::store::Person;
use crate::mail::compose;
use crate::outbox::{Email, SECRET_LINK};

fn lang_of(p: &Person) -> Lang {
    Lang::from_tag(&p.4).unwrap_or_default()
}

fn to(p: &Person, subject: ProductsMsg, body: ProductsMsg, args: &[(&str, &str)]) -> Email {
    let lang = lang_of(p);
    compose(&p.3, lang, Some(&p.1), subject.fill(lang, args), body.fill(lang, args))
}

/// PRD-3: to every member, when a product's management is blocked or unblocked.
pub fn blocked(p: &Person, blocked: bool, actor: &str, product: &str, org: &str) -> Email {
    let args = [("actor", actor), ("product", product), ("org", org)];
    if blocked {
        to(p, ProductsMsg::MailBlockedSubject, ProductsMsg::MailBlockedBody, &args)
    } else {
        to(p, ProductsMsg::MailUnblockedSubject, ProductsMsg::MailUnblockedBody, &args)
    }
}

/// PRD-5: the requester's confirmation link (sealed apart from the body).
pub fn confirm_termination(p: &Person, product: &str, org: &str, link: String) -> Email {
    let args = [("product", product), ("org", org), ("link", SECRET_LINK)];
    to(p, ProductsMsg::MailConfirmSubject, ProductsMsg::MailConfirmBody, &args).with_secret_link(link)
}

/// PRD-5: to the other administrators, when a termination is requested.
pub fn termination_requested(p: &Person, actor: &str, product: &str, org: &str) -> Email {
    let args = [("actor", actor), ("product", product), ("org", org)];
    to(p, ProductsMsg::MailRequestedSubject, ProductsMsg::MailRequestedBody, &args)
}

/// PRD-5: to the other administrators, once the termination is confirmed.
pub fn terminated(p: &Person, actor: &str, product: &str, org: &str) -> Email {
    let args = [("actor", actor), ("product", product), ("org", org)];
    to(p, ProductsMsg::MailTerminatedSubject, ProductsMsg::MailTerminatedBody, &args)
}
