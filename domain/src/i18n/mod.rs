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
    De,
    It,
    Es,
}

impl Lang {
    /// Every language of the console, in the order the switcher offers them.
    pub const ALL: [Lang; 5] = [Lang::En, Lang::Fr, Lang::De, Lang::It, Lang::Es];

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::De => "de",
            Lang::It => "it",
            Lang::Es => "es",
        }
    }

    /// The language's own name, as offered in the language switcher.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Fr => "Français",
            Lang::De => "Deutsch",
            Lang::It => "Italiano",
            Lang::Es => "Español",
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

/// One part of the catalogue: `catalogue! { Name; Key { en: "…", fr: "…", de: "…", it: "…",
/// es: "…" } … }` makes the enum `Name` whose every key must give every language, in that
/// order, or nothing compiles.
macro_rules! catalogue {
    ($name:ident; $($key:ident { en: $en:expr, fr: $fr:expr, de: $de:expr, it: $it:expr, es: $es:expr $(,)? })*) => {
        /// A key of this part of the catalogue.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $name { $($key),* }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$key),*];
            /// The part's name in a language table ([`table`], [`lazy`]).
            pub const PART: &'static str = stringify!($name);

            /// The text in `lang`, placeholders left as they are.
            pub fn text(self, lang: Lang) -> &'static str {
                let en = match self { $($name::$key => $en),* };
                #[cfg(not(feature = "lazy_languages"))]
                return match lang {
                    Lang::En => en,
                    Lang::Fr => match self { $($name::$key => $fr),* },
                    Lang::De => match self { $($name::$key => $de),* },
                    Lang::It => match self { $($name::$key => $it),* },
                    Lang::Es => match self { $($name::$key => $es),* },
                };
                #[cfg(feature = "lazy_languages")]
                return match lang {
                    Lang::En => en,
                    other => super::lazy::text(Self::PART, self as usize, other).unwrap_or(en),
                };
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
#[cfg(feature = "lazy_languages")]
pub mod lazy;
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

/// Calls `$then!` with every part of the catalogue but the plurals.
#[cfg(not(feature = "lazy_languages"))]
macro_rules! each_part {
    ($then:ident) => {
        $then!(
            Msg,
            AuthMsg,
            MembersMsg,
            HomeMsg,
            ProfileMsg,
            MailMsg,
            DevMailMsg,
            OrgMsg,
            AuditMsg,
            SettingsMsg,
            KeysMsg,
            SecurityMsg,
            ActivityMsg,
            RecoveryMsg,
            InvoicesMsg,
            PaymentsMsg,
            ProductsMsg,
            RenewalsMsg,
            ShopMsg,
            EmbedMsg
        )
    };
}

/// Every sentence of every part, for checks over the whole catalogue.
#[cfg(not(feature = "lazy_languages"))]
pub fn all_texts() -> Vec<(String, [&'static str; 5])> {
    fn part<T: Text + std::fmt::Debug>(all: &[T]) -> impl Iterator<Item = (String, [&'static str; 5])> + '_ {
        all.iter().map(|m| (format!("{m:?}"), Lang::ALL.map(|l| m.text(l))))
    }
    macro_rules! texts {
        ($($part:ident),*) => { std::iter::empty()$(.chain(part($part::ALL)))*.collect() };
    }
    each_part!(texts)
}

/// One language's whole catalogue as the client fetches it when it is built with
/// `lazy_languages`: each part's texts in key order, the plurals' forms two by two.
#[cfg(not(feature = "lazy_languages"))]
pub fn table(lang: Lang) -> Vec<(&'static str, Vec<&'static str>)> {
    macro_rules! rows {
        ($($part:ident),*) => {
            vec![
                $(($part::PART, $part::ALL.iter().map(|m| m.text(lang)).collect()),)*
                (Plural::PART, Plural::ALL.iter().flat_map(|p| p.forms(lang)).collect()),
            ]
        };
    }
    each_part!(rows)
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
    /// A label (`Square logo`) placed inside a sentence (`Remove the {logo}`): its first
    /// letter lowered, except in German, whose nouns keep their capital.
    pub fn mid_sentence(self, label: &str) -> String {
        let mut chars = label.chars();
        match (self, chars.next()) {
            (Lang::De, _) | (_, None) => label.to_string(),
            (_, Some(first)) => first.to_lowercase().chain(chars).collect(),
        }
    }

    /// Whether `n` takes the language's "one" form (CLDR's cardinal rules: 1 in English,
    /// German, Italian and Spanish, 0 and 1 in French; every other category takes "other").
    pub fn is_one(self, n: u64) -> bool {
        crate::locale::takes_one_form(self, n)
    }
}

macro_rules! plurals {
    ($($key:ident {
        en: [$en_one:expr, $en_other:expr $(,)?],
        fr: [$fr_one:expr, $fr_other:expr $(,)?],
        de: [$de_one:expr, $de_other:expr $(,)?],
        it: [$it_one:expr, $it_other:expr $(,)?],
        es: [$es_one:expr, $es_other:expr $(,)?] $(,)?
    })*) => {
        /// A sentence about a number, with one form per plural category of each language.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Plural { $($key),* }

        impl Plural {
            pub const ALL: &'static [Plural] = &[$(Plural::$key),*];

            /// The part's name in a language table (its forms two by two).
            pub const PART: &'static str = "Plural";

            /// The ("one", "other") forms in `lang`.
            pub fn forms(self, lang: Lang) -> [&'static str; 2] {
                let en = match self { $(Plural::$key => [$en_one, $en_other]),* };
                #[cfg(not(feature = "lazy_languages"))]
                return match lang {
                    Lang::En => en,
                    Lang::Fr => match self { $(Plural::$key => [$fr_one, $fr_other]),* },
                    Lang::De => match self { $(Plural::$key => [$de_one, $de_other]),* },
                    Lang::It => match self { $(Plural::$key => [$it_one, $it_other]),* },
                    Lang::Es => match self { $(Plural::$key => [$es_one, $es_other]),* },
                };
                #[cfg(feature = "lazy_languages")]
                return match lang {
                    Lang::En => en,
                    other => {
                        let at = self as usize * 2;
                        match (lazy::text(Self::PART, at, other), lazy::text(Self::PART, at + 1, other)) {
                            (Some(one), Some(many)) => [one, many],
                            _ => en,
                        }
                    }
                };
            }
        }
    };
}

impl Plural {
    /// The sentence for `n` in `lang`, `{count}` filled with `n` as the language writes
    /// numbers (`1,234`, `1 234`, `1.234`).
    pub fn count(self, lang: Lang, n: u64, args: &[(&str, &str)]) -> String {
        let [one, other] = self.forms(lang);
        let n_text = crate::locale::integer(i64::try_from(n).unwrap_or(i64::MAX), lang.into());
        let mut all = vec![("count", n_text.as_str())];
        all.extend_from_slice(args);
        fill(if lang.is_one(n) { one } else { other }, &all)
    }
}

plurals! {
    KeysRemoveCount {
        en: ["Remove {count} security key?", "Remove {count} security keys?"],
        fr: ["Retirer {count} clé de sécurité ?", "Retirer {count} clés de sécurité ?"],
        de: ["{count} Sicherheitsschlüssel entfernen?", "{count} Sicherheitsschlüssel entfernen?"],
        it: ["Rimuovere {count} chiave di sicurezza?", "Rimuovere {count} chiavi di sicurezza?"],
        es: ["¿Quitar {count} llave de seguridad?", "¿Quitar {count} llaves de seguridad?"],
    }
    MembersCount {
        en: ["{count} member", "{count} members"],
        fr: ["{count} membre", "{count} membres"],
        de: ["{count} Mitglied", "{count} Mitglieder"],
        it: ["{count} membro", "{count} membri"],
        es: ["{count} miembro", "{count} miembros"],
    }
    MembersProductAccessEnds {
        en: ["This member manages {count} product of the organization: that access ends with the removal; the product stays with the organization.", "This member manages {count} products of the organization: that access ends with the removal; the products stay with the organization."],
        fr: ["Ce membre gère {count} produit de l'Organisation : cet accès prend fin avec le retrait ; le produit reste à l'Organisation.", "Ce membre gère {count} produits de l'Organisation : ces accès prennent fin avec le retrait ; les produits restent à l'Organisation."],
        de: ["Dieses Mitglied verwaltet {count} Produkt der Organisation: Dieser Zugriff endet mit dem Entfernen; das Produkt verbleibt bei der Organisation.", "Dieses Mitglied verwaltet {count} Produkte der Organisation: Diese Zugriffe enden mit dem Entfernen; die Produkte verbleiben bei der Organisation."],
        it: ["Questo membro gestisce {count} prodotto dell'Organizzazione: con la rimozione questo accesso termina; il prodotto resta all'Organizzazione.", "Questo membro gestisce {count} prodotti dell'Organizzazione: con la rimozione questi accessi terminano; i prodotti restano all'Organizzazione."],
        es: ["Este miembro gestiona {count} producto de la Organización: ese acceso finaliza al quitarlo; el producto sigue perteneciendo a la Organización.", "Este miembro gestiona {count} productos de la Organización: esos accesos finalizan al quitarlo; los productos siguen perteneciendo a la Organización."],
    }
    MembersSelected {
        en: ["{count} member selected", "{count} members selected"],
        fr: ["{count} membre sélectionné", "{count} membres sélectionnés"],
        de: ["{count} Mitglied ausgewählt", "{count} Mitglieder ausgewählt"],
        it: ["{count} membro selezionato", "{count} membri selezionati"],
        es: ["{count} miembro seleccionado", "{count} miembros seleccionados"],
    }
    SecurityBackupCodesLeft {
        en: ["{count} backup code left.", "{count} backup codes left."],
        fr: ["{count} code de secours restant.", "{count} codes de secours restants."],
        de: ["Noch {count} Backup-Code übrig.", "Noch {count} Backup-Codes übrig."],
        it: ["Resta {count} codice di backup.", "Restano {count} codici di backup."],
        es: ["Queda {count} código de respaldo.", "Quedan {count} códigos de respaldo."],
    }
    ActivityNonCompliant {
        en: ["{count} member has no two-factor authentication yet: they will be able to do nothing in the organization but set it up.", "{count} members have no two-factor authentication yet: they will be able to do nothing in the organization but set it up."],
        fr: ["{count} membre n'a pas encore la double authentification : il ne pourra rien faire dans l'Organisation sinon l'activer.", "{count} membres n'ont pas encore la double authentification : ils ne pourront rien faire dans l'Organisation sinon l'activer."],
        de: ["{count} Mitglied hat noch keine Zwei-Faktor-Authentifizierung eingerichtet und wird in der Organisation nichts anderes tun können, als dies nachzuholen.", "{count} Mitglieder haben noch keine Zwei-Faktor-Authentifizierung eingerichtet und werden in der Organisation nichts anderes tun können, als dies nachzuholen."],
        it: ["{count} membro non ha ancora l'autenticazione a due fattori: nell'Organizzazione non potrà fare altro che attivarla.", "{count} membri non hanno ancora l'autenticazione a due fattori: nell'Organizzazione non potranno fare altro che attivarla."],
        es: ["{count} miembro aún no tiene la autenticación de dos factores: no podrá hacer nada en la Organización salvo activarla.", "{count} miembros aún no tienen la autenticación de dos factores: no podrán hacer nada en la Organización salvo activarla."],
    }
    ActivityAlertsSent {
        en: ["Security alert sent to {count} member.", "Security alert sent to {count} members."],
        fr: ["Alerte de sécurité envoyée à {count} membre.", "Alerte de sécurité envoyée à {count} membres."],
        de: ["Sicherheitswarnung an {count} Mitglied gesendet.", "Sicherheitswarnung an {count} Mitglieder gesendet."],
        it: ["Avviso di sicurezza inviato a {count} membro.", "Avviso di sicurezza inviato a {count} membri."],
        es: ["Alerta de seguridad enviada a {count} miembro.", "Alerta de seguridad enviada a {count} miembros."],
    }
    ProductsSelected {
        en: ["{count} product selected", "{count} products selected"],
        fr: ["{count} produit sélectionné", "{count} produits sélectionnés"],
        de: ["{count} Produkt ausgewählt", "{count} Produkte ausgewählt"],
        it: ["{count} prodotto selezionato", "{count} prodotti selezionati"],
        es: ["{count} producto seleccionado", "{count} productos seleccionados"],
    }
    ProductsCount {
        en: ["{count} product", "{count} products"],
        fr: ["{count} produit", "{count} produits"],
        de: ["{count} Produkt", "{count} Produkte"],
        it: ["{count} prodotto", "{count} prodotti"],
        es: ["{count} producto", "{count} productos"],
    }
    MembersBatchDone {
        en: ["Done for {count} member.", "Done for {count} members."],
        fr: ["Fait pour {count} membre.", "Fait pour {count} membres."],
        de: ["Erledigt für {count} Mitglied.", "Erledigt für {count} Mitglieder."],
        it: ["Operazione eseguita per {count} membro.", "Operazione eseguita per {count} membri."],
        es: ["Completado para {count} miembro.", "Completado para {count} miembros."],
    }
    // invoices (BIL-4)
    InvoicesSelected {
        en: ["{count} invoice selected", "{count} invoices selected"],
        fr: ["{count} facture sélectionnée", "{count} factures sélectionnées"],
        de: ["{count} Rechnung ausgewählt", "{count} Rechnungen ausgewählt"],
        it: ["{count} fattura selezionata", "{count} fatture selezionate"],
        es: ["{count} factura seleccionada", "{count} facturas seleccionadas"],
    }
    // payments (BIL-3): the billing overview's counts.
    PaymentsInvoicesToPay {
        en: ["{count} invoice to pay: {amount}", "{count} invoices to pay: {amount}"],
        fr: ["{count} facture à payer : {amount}", "{count} factures à payer : {amount}"],
        de: ["{count} fällige Rechnung: {amount}", "{count} fällige Rechnungen: {amount}"],
        it: ["{count} fattura da pagare: {amount}", "{count} fatture da pagare: {amount}"],
        es: ["{count} factura pendiente de pago: {amount}", "{count} facturas pendientes de pago: {amount}"],
    }
    PaymentsPending {
        en: ["{count} payment awaits its confirmation.", "{count} payments await their confirmation."],
        fr: ["{count} paiement attend sa confirmation.", "{count} paiements attendent leur confirmation."],
        de: ["{count} Zahlung wartet auf Bestätigung.", "{count} Zahlungen warten auf Bestätigung."],
        it: ["{count} pagamento è in attesa di conferma.", "{count} pagamenti sono in attesa di conferma."],
        es: ["{count} pago está pendiente de confirmación.", "{count} pagos están pendientes de confirmación."],
    }
    // renewals (PRD-6)
    RenewalsSelected {
        en: ["{count} product selected", "{count} products selected"],
        fr: ["{count} produit sélectionné", "{count} produits sélectionnés"],
        de: ["{count} Produkt ausgewählt", "{count} Produkte ausgewählt"],
        it: ["{count} prodotto selezionato", "{count} prodotti selezionati"],
        es: ["{count} producto seleccionado", "{count} productos seleccionados"],
    }
    RenewalsWarrantyOn {
        en: ["Renewal warranty turned on for {count} product.", "Renewal warranty turned on for {count} products."],
        fr: ["Garantie de renouvellement activée pour {count} produit.", "Garantie de renouvellement activée pour {count} produits."],
        de: ["Verlängerungsgarantie für {count} Produkt aktiviert.", "Verlängerungsgarantie für {count} Produkte aktiviert."],
        it: ["Garanzia di rinnovo attivata per {count} prodotto.", "Garanzia di rinnovo attivata per {count} prodotti."],
        es: ["Garantía de renovación activada para {count} producto.", "Garantía de renovación activada para {count} productos."],
    }
    // errors: waits in seconds.
    ErrorRateLimitedWait {
        en: ["Too many attempts. Please wait {count} second and try again.", "Too many attempts. Please wait {count} seconds and try again."],
        fr: ["Trop de tentatives. Veuillez patienter {count} seconde puis réessayer.", "Trop de tentatives. Veuillez patienter {count} secondes puis réessayer."],
        de: ["Zu viele Versuche. Bitte warten Sie {count} Sekunde und versuchen Sie es dann erneut.", "Zu viele Versuche. Bitte warten Sie {count} Sekunden und versuchen Sie es dann erneut."],
        it: ["Troppi tentativi. Attenda {count} secondo e riprovi.", "Troppi tentativi. Attenda {count} secondi e riprovi."],
        es: ["Demasiados intentos. Espere {count} segundo y vuelva a intentarlo.", "Demasiados intentos. Espere {count} segundos y vuelva a intentarlo."],
    }
    ErrorOverloadedWait {
        en: ["Orga is very busy right now. Nothing was done: please try again in {count} second.", "Orga is very busy right now. Nothing was done: please try again in {count} seconds."],
        fr: ["Orga est très sollicité en ce moment. Rien n'a été fait : veuillez réessayer dans {count} seconde.", "Orga est très sollicité en ce moment. Rien n'a été fait : veuillez réessayer dans {count} secondes."],
        de: ["Orga ist gerade stark ausgelastet. Es wurde nichts ausgeführt: Bitte versuchen Sie es in {count} Sekunde erneut.", "Orga ist gerade stark ausgelastet. Es wurde nichts ausgeführt: Bitte versuchen Sie es in {count} Sekunden erneut."],
        it: ["In questo momento Orga è sovraccarico. Non è stata eseguita alcuna operazione: riprovi tra {count} secondo.", "In questo momento Orga è sovraccarico. Non è stata eseguita alcuna operazione: riprovi tra {count} secondi."],
        es: ["Orga está muy saturado en este momento. No se ha realizado ninguna acción: vuelva a intentarlo dentro de {count} segundo.", "Orga está muy saturado en este momento. No se ha realizado ninguna acción: vuelva a intentarlo dentro de {count} segundos."],
    }
    RenewalsWarrantyOff {
        en: ["Renewal warranty turned off for {count} product.", "Renewal warranty turned off for {count} products."],
        fr: ["Garantie de renouvellement désactivée pour {count} produit.", "Garantie de renouvellement désactivée pour {count} produits."],
        de: ["Verlängerungsgarantie für {count} Produkt deaktiviert.", "Verlängerungsgarantie für {count} Produkte deaktiviert."],
        it: ["Garanzia di rinnovo disattivata per {count} prodotto.", "Garanzia di rinnovo disattivata per {count} prodotti."],
        es: ["Garantía de renovación desactivada para {count} producto.", "Garantía de renovación desactivada para {count} productos."],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn holes(s: &str) -> Vec<&str> {
        let mut v: Vec<&str> = s.split('{').skip(1).filter_map(|p| p.split_once('}').map(|(h, _)| h)).collect();
        v.sort();
        v
    }

    /// Where a language really writes several words just as English does. A single word
    /// shared by both (`Status`, `Backup`, `Monaco`, `NAS`) is a loanword or a name and
    /// passes; a sentence equal to the English is an entry someone forgot to translate.
    const SAME_AS_ENGLISH: &[(&str, &[Lang])] = &[
        ("StatusProForma", &[Lang::Fr]),
        ("CatWebDomains", &[Lang::De]),
        ("CatCloud", &[Lang::Fr, Lang::It]),
        ("ProductName", &[Lang::De]),
    ];

    #[test]
    fn every_entry_is_translated_into_every_language_and_keeps_its_placeholders() {
        let mut untranslated = Vec::new();
        for (m, texts) in all_texts() {
            let en = texts[0];
            for (lang, text) in Lang::ALL.into_iter().zip(texts) {
                assert!(!text.trim().is_empty(), "{m} has no {lang:?} text");
                assert_eq!(holes(text), holes(en), "placeholders differ in {m} ({lang:?})");
                let only_placeholders =
                    en.split(['{', '}']).step_by(2).all(|part| !part.chars().any(char::is_alphabetic));
                let one_word = !en.trim().contains(char::is_whitespace);
                let allowed = one_word || SAME_AS_ENGLISH.iter().any(|(key, langs)| *key == m && langs.contains(&lang));
                if lang != Lang::En && text == en && !only_placeholders && !allowed {
                    untranslated.push(format!("{m} ({lang:?}): {text}"));
                }
            }
        }
        assert!(untranslated.is_empty(), "left in English:\n{}", untranslated.join("\n"));
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
        assert_eq!(Plural::MembersCount.count(Lang::De, 0, &[]), "0 Mitglieder");
        assert_eq!(Plural::MembersCount.count(Lang::De, 1, &[]), "1 Mitglied");
        assert_eq!(Plural::MembersCount.count(Lang::It, 1, &[]), "1 membro");
        assert_eq!(Plural::MembersCount.count(Lang::It, 3, &[]), "3 membri");
        assert_eq!(Plural::MembersCount.count(Lang::Es, 0, &[]), "0 miembros");
        assert_eq!(Plural::MembersCount.count(Lang::Es, 1, &[]), "1 miembro");
        assert_eq!(Plural::MembersCount.count(Lang::De, 12_345, &[]), "12.345 Mitglieder");
        assert_eq!(Plural::MembersCount.count(Lang::En, 12_345, &[]), "12,345 members");
    }

    #[test]
    fn labels_inside_sentences_keep_german_capitals() {
        assert_eq!(Lang::Fr.mid_sentence("Logo carré"), "logo carré");
        assert_eq!(Lang::De.mid_sentence("Quadratisches Logo"), "Quadratisches Logo");
        assert_eq!(Lang::Es.mid_sentence("Logotipo cuadrado"), "logotipo cuadrado");
        assert_eq!(Lang::En.mid_sentence(""), "");
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
        assert_eq!(Lang::negotiate(["de-CH", "fr-CH", "en"]), Lang::De);
        assert_eq!(Lang::negotiate(["ja", "it-CH", "fr"]), Lang::It);
        assert_eq!(Lang::negotiate(["es-419"]), Lang::Es);
        assert_eq!(Lang::from_tag("Fr_ch"), Some(Lang::Fr));
        assert_eq!(Lang::negotiate(["en-GB;q=0.9"]), Lang::En);
        assert_eq!(Lang::negotiate(["ja"]), Lang::En);
        assert_eq!(Lang::from_tag("FR_ch"), Some(Lang::Fr));
    }
}
