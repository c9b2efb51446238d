//! The summary the legal representatives receive after each change to the details
//! (ORG-3): what changed, before → after, in each recipient's language.

use domain::i18n::{Msg, SettingsMsg};
use domain::org_details::{Country, Currency};
use domain::{AccountType, Lang};

use crate::mail::compose;
use crate::outbox::Email;

/// A value as it reads in a summary.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Text(String),
    Kind(AccountType),
    Country(Option<Country>),
    Currency(Currency),
    Lang(Lang),
}

impl Value {
    /// For a summary, in `lang`.
    fn show(&self, lang: Lang) -> String {
        match self {
            Value::Text(s) if s.is_empty() => SettingsMsg::SettingsNotSet.text(lang).into(),
            Value::Text(s) => s.clone(),
            Value::Kind(k) => k.label().text(lang).into(),
            Value::Country(Some(c)) => c.label().text(lang).into(),
            Value::Country(None) => SettingsMsg::SettingsNotSet.text(lang).into(),
            Value::Currency(c) => c.code().into(),
            Value::Lang(l) => l.native_name().into(),
        }
    }

    /// For the audit log, in no language.
    pub fn plain(&self) -> serde_json::Value {
        match self {
            Value::Text(s) => s.clone().into(),
            Value::Kind(k) => k.as_str().into(),
            Value::Country(c) => c.map(Country::code).into(),
            Value::Currency(c) => c.code().into(),
            Value::Lang(l) => l.code().into(),
        }
    }
}

/// What a change is about.
#[derive(Clone, Debug, PartialEq)]
pub enum Subject {
    Name,
    Kind,
    Country,
    Street,
    Postcode,
    City,
    Phone,
    Currency,
    /// The language of invoices.
    Lang,
    /// A billing address, by its label.
    Billing(String),
}

impl Subject {
    fn label(&self, lang: Lang) -> String {
        match self {
            Subject::Name => Msg::FieldOrganizationName.text(lang).into(),
            Subject::Kind => SettingsMsg::FieldKind.text(lang).into(),
            Subject::Country => SettingsMsg::FieldCountry.text(lang).into(),
            Subject::Street => SettingsMsg::FieldStreet.text(lang).into(),
            Subject::Postcode => SettingsMsg::FieldPostcode.text(lang).into(),
            Subject::City => SettingsMsg::FieldCity.text(lang).into(),
            Subject::Phone => SettingsMsg::FieldPhone.text(lang).into(),
            Subject::Currency => SettingsMsg::SettingsCurrency.text(lang).into(),
            Subject::Lang => SettingsMsg::FieldInvoiceLanguage.text(lang).into(),
            Subject::Billing(label) => SettingsMsg::FieldBillingAddress.fill(lang, &[("label", label)]),
        }
    }

    /// The key of the audit entry's `before` / `after` objects.
    pub fn key(&self) -> String {
        match self {
            Subject::Name => "name".into(),
            Subject::Kind => "kind".into(),
            Subject::Country => "country".into(),
            Subject::Street => "street".into(),
            Subject::Postcode => "postcode".into(),
            Subject::City => "city".into(),
            Subject::Phone => "phone".into(),
            Subject::Currency => "currency".into(),
            Subject::Lang => "invoice_lang".into(),
            Subject::Billing(_) => "billing_address".into(),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Change {
    pub subject: Subject,
    pub before: Value,
    pub after: Value,
}

/// `{ "before": {…}, "after": {…} }` of the fields that changed.
pub fn audit_detail(changes: &[Change]) -> serde_json::Value {
    let side = |after: bool| {
        serde_json::Value::Object(
            changes.iter().map(|c| (c.subject.key(), if after { c.after.plain() } else { c.before.plain() })).collect(),
        )
    };
    serde_json::json!({ "before": side(false), "after": side(true) })
}

pub struct DetailsChanged<'a> {
    pub to: &'a str,
    pub lang: Lang,
    pub name: &'a str,
    pub actor: &'a str,
    pub org: &'a str,
    pub changes: &'a [Change],
    pub link: &'a str,
}

pub fn details_changed(m: DetailsChanged<'_>) -> Email {
    let lang = m.lang;
    let changes: Vec<String> = m
        .changes
        .iter()
        .map(|c| {
            SettingsMsg::MailChangeLine.fill(
                lang,
                &[("field", &c.subject.label(lang)), ("before", &c.before.show(lang)), ("after", &c.after.show(lang))],
            )
        })
        .collect();
    let changes = changes.join("\n");
    let args = [("actor", m.actor), ("org", m.org), ("changes", changes.as_str()), ("link", m.link)];
    compose(
        m.to,
        lang,
        Some(m.name),
        SettingsMsg::MailDetailsChangedSubject.fill(lang, &args),
        SettingsMsg::MailDetailsChangedBody.fill(lang, &args),
    )
}
