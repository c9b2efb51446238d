//! The translation catalogue of the whole product: every string the console shows and
//! every email it sends, in every supported language.
//!
//! Each entry must give every language: a missing translation does not compile. The
//! client, the server's emails and the policy's refusals all read this one catalogue.
//! Placeholders are written `{name}` and filled by [`Msg::fill`].

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    En,
    Fr,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Fr];

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
        }
    }

    /// The language's own name, as offered in the language switcher.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Fr => "Français",
        }
    }

    /// Reads a language tag such as `fr-CH` or `en`; `None` for a language we don't
    /// speak yet.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The first language we speak from a browser's preference list (`navigator.languages`
    /// or an `Accept-Language` header), English otherwise.
    pub fn negotiate<'a>(preferences: impl IntoIterator<Item = &'a str>) -> Lang {
        preferences
            .into_iter()
            .filter_map(|p| Lang::from_tag(p.split(';').next().unwrap_or("")))
            .next()
            .unwrap_or_default()
    }
}

/// One part of the catalogue: `catalogue! { Name; Key { en: "…", fr: "…" } … }` makes
/// the enum `Name` whose every key must give every language, or nothing compiles.
macro_rules! catalogue {
    ($name:ident; $($key:ident { en: $en:expr, fr: $fr:expr $(,)? })*) => {
        /// A key of this part of the catalogue.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $name { $($key),* }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$key),*];

            /// The text in `lang`, placeholders left as they are.
            pub fn text(self, lang: Lang) -> &'static str {
                match lang {
                    Lang::En => match self { $($name::$key => $en),* },
                    Lang::Fr => match self { $($name::$key => $fr),* },
                }
            }

            /// The text in `lang` with each `{name}` replaced by its value.
            pub fn fill(self, lang: Lang, args: &[(&str, &str)]) -> String {
                super::fill(self.text(lang), args)
            }
        }

        impl super::Text for $name {
            fn text(self, lang: Lang) -> &'static str {
                $name::text(self, lang)
            }
        }
    };
}

pub mod activity;
pub mod audit;
mod auth;
mod devmail;
mod embed;
mod home;
pub mod invoices;
mod keys;
mod mail;
mod members;
mod organizations;
mod payments;
pub mod products;
mod profile;
mod recovery;
mod renewals;
mod security;
mod settings;
mod shared;
mod shop;

pub use activity::ActivityMsg;
pub use audit::AuditMsg;
pub use auth::AuthMsg;
pub use devmail::DevMailMsg;
pub use embed::EmbedMsg;
pub use home::HomeMsg;
pub use invoices::InvoicesMsg;
pub use keys::KeysMsg;
pub use mail::MailMsg;
pub use members::MembersMsg;
pub use organizations::{counted, OrgMsg};
pub use payments::PaymentsMsg;
pub use products::ProductsMsg;
pub use profile::ProfileMsg;
pub use recovery::RecoveryMsg;
pub use renewals::RenewalsMsg;
pub use security::SecurityMsg;
pub use settings::SettingsMsg;
pub use shared::Msg;
pub use shop::ShopMsg;

/// A sentence of the catalogue, whichever part it is in.
pub trait Text: Copy + 'static {
    fn text(self, lang: Lang) -> &'static str;
}

/// Every sentence of every part, for checks over the whole catalogue.
pub fn all_texts() -> Vec<(String, [&'static str; 2])> {
    fn part<T: Text + std::fmt::Debug>(all: &[T]) -> impl Iterator<Item = (String, [&'static str; 2])> + '_ {
        all.iter().map(|m| (format!("{m:?}"), [m.text(Lang::En), m.text(Lang::Fr)]))
    }
    part(Msg::ALL)
        .chain(part(AuthMsg::ALL))
        .chain(part(MembersMsg::ALL))
        .chain(part(HomeMsg::ALL))
        .chain(part(ProfileMsg::ALL))
        .chain(part(MailMsg::ALL))
        .chain(part(DevMailMsg::ALL))
        .chain(part(OrgMsg::ALL))
        .chain(part(AuditMsg::ALL))
        .chain(part(SettingsMsg::ALL))
        .chain(part(KeysMsg::ALL))
        .chain(part(SecurityMsg::ALL))
        .chain(part(ActivityMsg::ALL))
        .chain(part(RecoveryMsg::ALL))
        .chain(part(InvoicesMsg::ALL))
        .chain(part(PaymentsMsg::ALL))
        .chain(part(ProductsMsg::ALL))
        .chain(part(RenewalsMsg::ALL))
        .chain(part(ShopMsg::ALL))
        .chain(part(EmbedMsg::ALL))
        .collect()
}

/// Fills a template in one pass: a value is never read as a template, so a name typed
/// as `{link}` stays those six characters. Unknown placeholders are kept as written.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}').map(|close| (&after[..close], close)) {
            Some((name, close)) if args.iter().any(|(k, _)| *k == name) => {
                out.push_str(args.iter().find(|(k, _)| *k == name).map_or("", |(_, v)| *v));
                rest = &after[close + 1..];
            }
            _ => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

impl Lang {
    /// Whether `n` takes the language's "one" form (CLDR cardinal rules: English for 1
    /// only, French for 0 and 1).
    pub fn is_one(self, n: u64) -> bool {
        match self {
            Lang::En => n == 1,
            Lang::Fr => n <= 1,
        }
    }
}

macro_rules! plurals {
    ($($key:ident { en: [$en_one:expr, $en_other:expr], fr: [$fr_one:expr, $fr_other:expr] $(,)? })*) => {
        /// A sentence about a number, with one form per plural category of each language.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Plural { $($key),* }

        impl Plural {
            pub const ALL: &'static [Plural] = &[$(Plural::$key),*];

            /// The ("one", "other") forms in `lang`.
            pub fn forms(self, lang: Lang) -> [&'static str; 2] {
                match lang {
                    Lang::En => match self { $(Plural::$key => [$en_one, $en_other]),* },
                    Lang::Fr => match self { $(Plural::$key => [$fr_one, $fr_other]),* },
                }
            }
        }
    };
}

impl Plural {
    /// The sentence for `n` in `lang`, `{count}` filled with `n`.
    pub fn count(self, lang: Lang, n: u64, args: &[(&str, &str)]) -> String {
        let [one, other] = self.forms(lang);
        let n_text = n.to_string();
        let mut all = vec![("count", n_text.as_str())];
        all.extend_from_slice(args);
        fill(if lang.is_one(n) { one } else { other }, &all)
    }
}

plurals! {
    KeysRemoveCount { en: ["Remove {count} security key?", "Remove {count} security keys?"], fr: ["Retirer {count} clé de sécurité ?", "Retirer {count} clés de sécurité ?"] }
    MembersCount { en: ["{count} member", "{count} members"], fr: ["{count} membre", "{count} membres"] }
    MembersProductAccessEnds { en: ["This member manages {count} product of the organization: that access ends with the removal; the product stays with the organization.", "This member manages {count} products of the organization: that access ends with the removal; the products stay with the organization."], fr: ["Ce membre gère {count} produit de l'Organisation : cet accès prend fin avec le retrait ; le produit reste à l'Organisation.", "Ce membre gère {count} produits de l'Organisation : ces accès prennent fin avec le retrait ; les produits restent à l'Organisation."] }
    MembersSelected { en: ["{count} member selected", "{count} members selected"], fr: ["{count} membre sélectionné", "{count} membres sélectionnés"] }
    SecurityBackupCodesLeft { en: ["{count} backup code left.", "{count} backup codes left."], fr: ["{count} code de secours restant.", "{count} codes de secours restants."] }
    ActivityNonCompliant { en: ["{count} member has no two-factor authentication yet: they will be able to do nothing in the organization but set it up.", "{count} members have no two-factor authentication yet: they will be able to do nothing in the organization but set it up."], fr: ["{count} membre n'a pas encore la double authentification : il ne pourra rien faire dans l'Organisation sinon l'activer.", "{count} membres n'ont pas encore la double authentification : ils ne pourront rien faire dans l'Organisation sinon l'activer."] }
    ActivityAlertsSent { en: ["Security alert sent to {count} member.", "Security alert sent to {count} members."], fr: ["Alerte de sécurité envoyée à {count} membre.", "Alerte de sécurité envoyée à {count} membres."] }
    ProductsSelected { en: ["{count} product selected", "{count} products selected"], fr: ["{count} produit sélectionné", "{count} produits sélectionnés"] }
    ProductsCount { en: ["{count} product", "{count} products"], fr: ["{count} produit", "{count} produits"] }
    MembersBatchDone { en: ["Done for {count} member.", "Done for {count} members."], fr: ["Fait pour {count} membre.", "Fait pour {count} membres."] }
    // invoices (BIL-4)
    InvoicesSelected { en: ["{count} invoice selected", "{count} invoices selected"], fr: ["{count} facture sélectionnée", "{count} factures sélectionnées"] }
    // payments (BIL-3): the billing overview's counts.
    PaymentsInvoicesToPay { en: ["{count} invoice to pay: {amount}", "{count} invoices to pay: {amount}"], fr: ["{count} facture à payer : {amount}", "{count} factures à payer : {amount}"] }
    PaymentsPending { en: ["{count} payment awaits its confirmation.", "{count} payments await their confirmation."], fr: ["{count} paiement attend sa confirmation.", "{count} paiements attendent leur confirmation."] }
    // renewals (PRD-6)
    RenewalsSelected { en: ["{count} product selected", "{count} products selected"], fr: ["{count} produit sélectionné", "{count} produits sélectionnés"] }
    RenewalsWarrantyOn { en: ["Renewal warranty turned on for {count} product.", "Renewal warranty turned on for {count} products."], fr: ["Garantie de renouvellement activée pour {count} produit.", "Garantie de renouvellement activée pour {count} produits."] }
    // errors: waits in seconds.
    ErrorRateLimitedWait { en: ["Too many attempts. Please wait {count} second and try again.", "Too many attempts. Please wait {count} seconds and try again."], fr: ["Trop de tentatives. Veuillez patienter {count} seconde puis réessayer.", "Trop de tentatives. Veuillez patienter {count} secondes puis réessayer."] }
    ErrorOverloadedWait { en: ["Orga is very busy right now. Nothing was done: please try again in {count} second.", "Orga is very busy right now. Nothing was done: please try again in {count} seconds."], fr: ["Orga est très sollicité en ce moment. Rien n'a été fait : veuillez réessayer dans {count} seconde.", "Orga est très sollicité en ce moment. Rien n'a été fait : veuillez réessayer dans {count} secondes."] }
    RenewalsWarrantyOff { en: ["Renewal warranty turned off for {count} product.", "Renewal warranty turned off for {count} products."], fr: ["Garantie de renouvellement désactivée pour {count} produit.", "Garantie de renouvellement désactivée pour {count} produits."] }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_entry_is_translated_and_keeps_its_placeholders() {
        for (m, [en, fr]) in all_texts() {
            assert!(!en.is_empty() && !fr.is_empty(), "{m:?}");
            let holes = |s: &str| {
                let mut v: Vec<String> =
                    s.split('{').skip(1).filter_map(|p| p.split_once('}').map(|(h, _)| h.to_string())).collect();
                v.sort();
                v
            };
            assert_eq!(holes(en), holes(fr), "placeholders differ in {m:?}");
        }
    }

    #[test]
    fn plural_forms_keep_their_placeholders_and_follow_each_language() {
        for &p in Plural::ALL {
            for lang in Lang::ALL {
                for form in p.forms(lang) {
                    assert!(form.contains("{count}"), "{p:?} {lang:?}: {form}");
                }
            }
        }
        assert_eq!(Plural::MembersCount.count(Lang::En, 1, &[]), "1 member");
        assert_eq!(Plural::MembersCount.count(Lang::En, 0, &[]), "0 members");
        assert_eq!(Plural::MembersCount.count(Lang::En, 2, &[]), "2 members");
        assert_eq!(Plural::MembersCount.count(Lang::Fr, 0, &[]), "0 membre");
        assert_eq!(Plural::MembersCount.count(Lang::Fr, 1, &[]), "1 membre");
        assert_eq!(Plural::MembersCount.count(Lang::Fr, 2, &[]), "2 membres");
    }

    #[test]
    fn a_value_is_never_read_as_a_template() {
        let s = MailMsg::MailInviteSubject.fill(Lang::En, &[("inviter", "{org}"), ("org", "{link}")]);
        assert_eq!(s, "{org} invites you to join {link}");
        assert_eq!(fill("{a}{b}", &[("a", "{b}"), ("b", "x")]), "{b}x");
        assert_eq!(fill("keep {unknown} and {", &[("a", "1")]), "keep {unknown} and {");
    }

    #[test]
    fn fill_replaces_every_placeholder() {
        let s = HomeMsg::HomeYourRole.fill(Lang::Fr, &[("org", "Acme"), ("role", "Administrateur")]);
        assert_eq!(s, "Votre rôle dans Acme : Administrateur.");
    }

    #[test]
    fn negotiates_the_first_language_we_speak() {
        assert_eq!(Lang::negotiate(["de-CH", "fr-CH", "en"]), Lang::Fr);
        assert_eq!(Lang::negotiate(["en-GB;q=0.9"]), Lang::En);
        assert_eq!(Lang::negotiate(["ja"]), Lang::En);
        assert_eq!(Lang::from_tag("FR_ch"), Some(Lang::Fr));
    }
}
