//! The emails Orga sends, composed from the translation catalogue in the recipient's
//! language.

use domain::i18n::MailMsg;
use domain::{Lang, Role};

use crate::outbox::{Email, SECRET_LINK};

pub fn compose(to: &str, lang: Lang, name: Option<&str>, subject: String, body: String) -> Email {
    let greeting =
        name.map(|n| format!("{}\n\n", MailMsg::MailGreeting.fill(lang, &[("name", n)]))).unwrap_or_default();
    let body = format!("{greeting}{body}\n\n{}", MailMsg::MailSignature.text(lang));
    Email { to: to.to_string(), subject, body, secret_link: None }
}

/// The confirmation link is secret: it is sealed apart from the body (see `outbox`).
pub fn verify_email(to: &str, lang: Lang, name: &str, secret_link: String) -> Email {
    compose(
        to,
        lang,
        Some(name),
        MailMsg::MailVerifySubject.text(lang).into(),
        MailMsg::MailVerifyBody.fill(lang, &[("link", SECRET_LINK)]),
    )
    .with_secret_link(secret_link)
}

pub fn already_registered(to: &str, lang: Lang, name: &str, link: &str) -> Email {
    compose(
        to,
        lang,
        Some(name),
        MailMsg::MailAlreadyRegisteredSubject.text(lang).into(),
        MailMsg::MailAlreadyRegisteredBody.fill(lang, &[("link", link)]),
    )
}

/// An invitation; a new person's link is secret (sealed apart from the body), an
/// account's is the sign-in page.
pub struct Invitation<'a> {
    pub to: &'a str,
    pub lang: Lang,
    pub inviter: &'a str,
    pub org: &'a str,
    pub role: Role,
    pub link: Link,
    pub days: i64,
    /// The address already has an account: it signs in to answer instead of signing up.
    pub has_account: bool,
}

pub fn invitation(i: Invitation<'_>) -> Email {
    let role = i.role.label().text(i.lang);
    let days = i.days.to_string();
    let (link, secret) = match i.link {
        Link::Plain(link) => (link, None),
        Link::Secret(link) => (SECRET_LINK.to_string(), Some(link)),
    };
    let args = [("inviter", i.inviter), ("org", i.org), ("role", role), ("link", &link), ("days", &days)];
    let body = if i.has_account { MailMsg::MailInviteExistingBody } else { MailMsg::MailInviteNewBody };
    let email = compose(i.to, i.lang, None, MailMsg::MailInviteSubject.fill(i.lang, &args), body.fill(i.lang, &args));
    match secret {
        Some(link) => email.with_secret_link(link),
        None => email,
    }
}

pub enum Link {
    /// A link anyone may see (the sign-in page).
    Plain(String),
    /// A link that carries a token.
    Secret(String),
}

pub struct RoleChanged<'a> {
    pub to: &'a str,
    pub lang: Lang,
    pub name: &'a str,
    pub actor: &'a str,
    pub org: &'a str,
    pub from: Role,
    pub new_role: Role,
    pub link: &'a str,
}

pub struct MemberRemoved<'a> {
    pub to: &'a str,
    pub lang: Lang,
    pub name: &'a str,
    pub actor: &'a str,
    pub org: &'a str,
}

pub fn member_removed(r: MemberRemoved<'_>) -> Email {
    let args = [("actor", r.actor), ("org", r.org)];
    compose(
        r.to,
        r.lang,
        Some(r.name),
        MailMsg::MailMemberRemovedSubject.fill(r.lang, &args),
        MailMsg::MailMemberRemovedBody.fill(r.lang, &args),
    )
}

pub fn role_changed(r: RoleChanged<'_>) -> Email {
    let from = r.from.label().text(r.lang);
    let to_role = r.new_role.label().text(r.lang);
    let args = [("actor", r.actor), ("org", r.org), ("from", from), ("to", to_role), ("link", r.link)];
    compose(
        r.to,
        r.lang,
        Some(r.name),
        MailMsg::MailRoleChangedSubject.fill(r.lang, &args),
        MailMsg::MailRoleChangedBody.fill(r.lang, &args),
    )
}
