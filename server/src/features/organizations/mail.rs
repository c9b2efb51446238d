//! The emails of leaving and deleting an organization, in the recipient's language.

use domain::i18n::OrgMsg;
use domain::organization::Currency;
use domain::Lang;

use super::facts::PaidInvoice;
use crate::mail::compose;
use crate::outbox::Email;

pub struct MemberLeft<'a> {
    pub to: &'a str,
    pub lang: Lang,
    pub name: &'a str,
    pub member: &'a str,
    pub member_email: &'a str,
    pub org: &'a str,
    pub link: &'a str,
}

/// To a legal representative: a member left the organization.
pub fn member_left(m: MemberLeft<'_>) -> Email {
    let lang = m.lang;
    compose(
        m.to,
        lang,
        Some(m.name),
        OrgMsg::MailLeftSubject.fill(lang, &[("name", m.member), ("org", m.org)]),
        OrgMsg::MailLeftBody
            .fill(lang, &[("name", m.member), ("email", m.member_email), ("org", m.org), ("link", m.link)]),
    )
}

/// To the person who deleted the organization: its paid invoices (the PDFs come later).
pub fn paid_invoices(to: &str, lang: Lang, name: &str, org: &str, invoices: &[PaidInvoice]) -> Email {
    let subject = OrgMsg::MailInvoicesSubject.fill(lang, &[("org", org)]);
    let body = if invoices.is_empty() {
        OrgMsg::MailInvoicesNone.fill(lang, &[("org", org)])
    } else {
        let list: Vec<String> = invoices
            .iter()
            .map(|i| {
                let amount = match Currency::parse(&i.currency) {
                    Some(c) => c.format_minor(i.total_minor, lang),
                    None => format!("{} {}", i.currency, i.total_minor),
                };
                let line = OrgMsg::MailInvoiceLine.fill(
                    lang,
                    &[
                        ("number", &i.number),
                        ("date", &domain::locale::date(i.issued_at, lang.into())),
                        ("amount", &amount),
                    ],
                );
                format!("- {line}")
            })
            .collect();
        OrgMsg::MailInvoicesBody.fill(lang, &[("org", org), ("list", &list.join("\n"))])
    };
    compose(to, lang, Some(name), subject, body)
}
