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

/// Escapes text for HTML (element content and quoted attribute values).
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A line of text as HTML: escaped, with each web address (and the secret link's
/// placeholder, filled when sending) made a link.
fn line_html(line: &str) -> String {
    let mut out = String::new();
    let mut rest = line;
    loop {
        let next = ["https://", "http://", SECRET_LINK].iter().filter_map(|m| rest.find(m)).min();
        let Some(at) = next else { break };
        out.push_str(&escape_html(&rest[..at]));
        let tail = &rest[at..];
        let link = if tail.starts_with(SECRET_LINK) {
            SECRET_LINK
        } else {
            let end = tail.find(char::is_whitespace).unwrap_or(tail.len());
            // A sentence's full stop or a closing bracket is not part of the address.
            tail[..end].trim_end_matches(['.', ',', ';', ':', ')', '!', '?', '»', '"', '\''])
        };
        let href = escape_html(link);
        out.push_str(&format!("<a href=\"{href}\">{href}</a>"));
        rest = &tail[link.len()..];
    }
    out.push_str(&escape_html(rest));
    out
}

/// The HTML alternative of a text email: one paragraph per block of lines, line breaks
/// kept, everything escaped (a name cannot add markup), addresses as links.
pub fn html_from_text(subject: &str, body: &str) -> String {
    let paragraphs: Vec<String> = body
        .replace("\r\n", "\n")
        .split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(|p| format!("<p>{}</p>", p.lines().map(line_html).collect::<Vec<_>>().join("<br>\n")))
        .collect();
    format!(
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{}</title></head>\n\
         <body style=\"margin:0;padding:16px;font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;\
         font-size:16px;line-height:1.5;color:#1f2328;background:#ffffff\">\n\
         <div style=\"max-width:600px;margin:0 auto;overflow-wrap:anywhere\">\n{}\n</div>\n</body></html>\n",
        escape_html(subject),
        paragraphs.join("\n")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_escapes_text_and_links_addresses() {
        let html = html_from_text(
            "Hi <b>",
            "Hello <script>alert(1)</script> & co,\n\nOpen https://orga.test/sign-in?a=1&b=2.\nNext line\n\nLink: \u{1}secret-link\u{1}",
        );
        assert!(html.contains("<title>Hi &lt;b&gt;</title>"), "{html}");
        assert!(html.contains("<p>Hello &lt;script&gt;alert(1)&lt;/script&gt; &amp; co,</p>"), "{html}");
        assert!(html.contains(
            "<p>Open <a href=\"https://orga.test/sign-in?a=1&amp;b=2\">https://orga.test/sign-in?a=1&amp;b=2</a>.<br>\nNext line</p>"
        ), "{html}");
        assert!(html.contains(&format!("<a href=\"{SECRET_LINK}\">{SECRET_LINK}</a>")), "{html}");
        assert!(!html.contains("<script>"));
    }
}
