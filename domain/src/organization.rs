//! Facts about an organization itself: the country it is based in, the currency that
//! follows from it (ORG-2, ORG-4), and what stands in the way of deleting it (ORG-7).

use serde::{Deserialize, Serialize};

use crate::i18n::{counted, Lang, OrgMsg};

/// The currency an organization is billed in. It is never chosen: it follows from the
/// country (see [`currency_for`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Currency {
    #[serde(rename = "CHF")]
    Chf,
    #[serde(rename = "EUR")]
    Eur,
}

impl Currency {
    pub const ALL: [Currency; 2] = [Currency::Chf, Currency::Eur];

    /// The ISO 4217 code, as stored in `organizations.currency`.
    pub fn code(self) -> &'static str {
        match self {
            Currency::Chf => "CHF",
            Currency::Eur => "EUR",
        }
    }

    pub fn parse(code: &str) -> Option<Currency> {
        Currency::ALL.into_iter().find(|c| c.code().eq_ignore_ascii_case(code.trim()))
    }

    /// An amount in minor units (cents, centimes) written for people in `lang`, the way
    /// the currency's country writes it: `CHF 12.50`, `12,50 €` (see [`crate::locale`]).
    pub fn format_minor(self, minor: i64, lang: Lang) -> String {
        crate::locale::money(minor, self, crate::locale::Locale::for_money(lang, self))
    }
}

/// The currency that follows from a country (ISO 3166-1 alpha-2 code, any case):
/// Swiss francs for Switzerland and Liechtenstein, euros everywhere else.
pub fn currency_for(country: &str) -> Currency {
    match country.trim().to_ascii_uppercase().as_str() {
        "CH" | "LI" => Currency::Chf,
        _ => Currency::Eur,
    }
}

/// A country an organization may be based in: its ISO code and its name in each language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Country {
    pub code: &'static str,
    /// The name in each language, in the order of [`Lang::ALL`].
    names: [&'static str; 5],
}

impl Country {
    pub fn name(self, lang: Lang) -> &'static str {
        self.names[Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0)]
    }

    pub fn currency(self) -> Currency {
        currency_for(self.code)
    }

    /// The country of an ISO code (any case), if it is one we offer.
    pub fn parse(code: &str) -> Option<Country> {
        let code = code.trim().to_ascii_uppercase();
        COUNTRIES.iter().copied().find(|c| c.code == code)
    }
}

const fn c(code: &'static str, names: [&'static str; 5]) -> Country {
    Country { code, names }
}

/// Every country offered, Switzerland first (the product's home), then the others in
/// English alphabetical order; [`countries_sorted`] sorts them for a language.
pub const COUNTRIES: &[Country] = &[
    c("CH", ["Switzerland", "Suisse", "Schweiz", "Svizzera", "Suiza"]),
    c("AD", ["Andorra", "Andorre", "Andorra", "Andorra", "Andorra"]),
    c("AT", ["Austria", "Autriche", "Österreich", "Austria", "Austria"]),
    c("BE", ["Belgium", "Belgique", "Belgien", "Belgio", "Bélgica"]),
    c("BG", ["Bulgaria", "Bulgarie", "Bulgarien", "Bulgaria", "Bulgaria"]),
    c("CA", ["Canada", "Canada", "Kanada", "Canada", "Canadá"]),
    c("CY", ["Cyprus", "Chypre", "Zypern", "Cipro", "Chipre"]),
    c("CZ", ["Czechia", "Tchéquie", "Tschechien", "Cechia", "Chequia"]),
    c("DE", ["Germany", "Allemagne", "Deutschland", "Germania", "Alemania"]),
    c("DK", ["Denmark", "Danemark", "Dänemark", "Danimarca", "Dinamarca"]),
    c("EE", ["Estonia", "Estonie", "Estland", "Estonia", "Estonia"]),
    c("ES", ["Spain", "Espagne", "Spanien", "Spagna", "España"]),
    c("FI", ["Finland", "Finlande", "Finnland", "Finlandia", "Finlandia"]),
    c("FR", ["France", "France", "Frankreich", "Francia", "Francia"]),
    c("GB", ["United Kingdom", "Royaume-Uni", "Vereinigtes Königreich", "Regno Unito", "Reino Unido"]),
    c("GR", ["Greece", "Grèce", "Griechenland", "Grecia", "Grecia"]),
    c("HR", ["Croatia", "Croatie", "Kroatien", "Croazia", "Croacia"]),
    c("HU", ["Hungary", "Hongrie", "Ungarn", "Ungheria", "Hungría"]),
    c("IE", ["Ireland", "Irlande", "Irland", "Irlanda", "Irlanda"]),
    c("IS", ["Iceland", "Islande", "Island", "Islanda", "Islandia"]),
    c("IT", ["Italy", "Italie", "Italien", "Italia", "Italia"]),
    c("LI", ["Liechtenstein", "Liechtenstein", "Liechtenstein", "Liechtenstein", "Liechtenstein"]),
    c("LT", ["Lithuania", "Lituanie", "Litauen", "Lituania", "Lituania"]),
    c("LU", ["Luxembourg", "Luxembourg", "Luxemburg", "Lussemburgo", "Luxemburgo"]),
    c("LV", ["Latvia", "Lettonie", "Lettland", "Lettonia", "Letonia"]),
    c("MC", ["Monaco", "Monaco", "Monaco", "Monaco", "Mónaco"]),
    c("MT", ["Malta", "Malte", "Malta", "Malta", "Malta"]),
    c("NL", ["Netherlands", "Pays-Bas", "Niederlande", "Paesi Bassi", "Países Bajos"]),
    c("NO", ["Norway", "Norvège", "Norwegen", "Norvegia", "Noruega"]),
    c("PL", ["Poland", "Pologne", "Polen", "Polonia", "Polonia"]),
    c("PT", ["Portugal", "Portugal", "Portugal", "Portogallo", "Portugal"]),
    c("RO", ["Romania", "Roumanie", "Rumänien", "Romania", "Rumanía"]),
    c("SE", ["Sweden", "Suède", "Schweden", "Svezia", "Suecia"]),
    c("SI", ["Slovenia", "Slovénie", "Slowenien", "Slovenia", "Eslovenia"]),
    c("SK", ["Slovakia", "Slovaquie", "Slowakei", "Slovacchia", "Eslovaquia"]),
    c("SM", ["San Marino", "Saint-Marin", "San Marino", "San Marino", "San Marino"]),
    c("US", ["United States", "États-Unis", "Vereinigte Staaten", "Stati Uniti", "Estados Unidos"]),
    c("VA", ["Vatican City", "Vatican", "Vatikanstadt", "Città del Vaticano", "Ciudad del Vaticano"]),
];

/// The countries for a select in `lang`: Switzerland first, the rest by name.
pub fn countries_sorted(lang: Lang) -> Vec<Country> {
    let mut rest: Vec<Country> = COUNTRIES.iter().copied().filter(|c| c.code != "CH").collect();
    rest.sort_by_key(|c| fold(c.name(lang)));
    let mut out = vec![COUNTRIES[0]];
    out.extend(rest);
    out
}

/// A sort key that puts É next to E.
fn fold(s: &str) -> String {
    s.chars()
        .map(|ch| match ch {
            'É' | 'È' | 'Ê' => 'E',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'Î' | 'Ï' => 'I',
            'î' | 'ï' => 'i',
            other => other,
        })
        .collect::<String>()
        .to_lowercase()
}

/// What the console knows about an organization when someone asks to delete it (ORG-7).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeletionFacts {
    /// Products that are not terminated.
    pub active_products: u64,
    /// Members other than the one asking.
    pub other_members: u64,
    /// Invoices not paid yet.
    pub unpaid_invoices: u64,
    /// Prepaid balance, in minor units of the organization's currency.
    pub prepaid_balance_minor: i64,
}

/// One condition of deletion that is not met, with what it takes to meet it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum DeletionBlocker {
    /// Terminate every product first.
    Products { count: u64 },
    /// Remove every other member first.
    OtherMembers { count: u64 },
    /// Pay every invoice first.
    UnpaidInvoices { count: u64 },
    /// Use up or have the prepaid balance refunded first.
    PrepaidBalance { minor: i64 },
}

/// Every unmet condition of deletion, in the order the page lists them; empty when the
/// organization may be deleted.
pub fn deletion_blockers(facts: &DeletionFacts) -> Vec<DeletionBlocker> {
    let mut out = Vec::new();
    if facts.active_products > 0 {
        out.push(DeletionBlocker::Products { count: facts.active_products });
    }
    if facts.other_members > 0 {
        out.push(DeletionBlocker::OtherMembers { count: facts.other_members });
    }
    if facts.unpaid_invoices > 0 {
        out.push(DeletionBlocker::UnpaidInvoices { count: facts.unpaid_invoices });
    }
    if facts.prepaid_balance_minor > 0 {
        out.push(DeletionBlocker::PrepaidBalance { minor: facts.prepaid_balance_minor });
    }
    out
}

impl DeletionBlocker {
    /// The unmet condition and the way to meet it, in `lang`; amounts in `currency`.
    pub fn describe(self, lang: Lang, currency: Currency) -> String {
        match self {
            DeletionBlocker::Products { count } => {
                counted(lang, count, OrgMsg::DeleteProductsOne, OrgMsg::DeleteProductsOther)
            }
            DeletionBlocker::OtherMembers { count } => {
                counted(lang, count, OrgMsg::DeleteMembersOne, OrgMsg::DeleteMembersOther)
            }
            DeletionBlocker::UnpaidInvoices { count } => {
                counted(lang, count, OrgMsg::DeleteInvoicesOne, OrgMsg::DeleteInvoicesOther)
            }
            DeletionBlocker::PrepaidBalance { minor } => {
                OrgMsg::DeleteBalance.fill(lang, &[("amount", &currency.format_minor(minor, lang))])
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn swiss_francs_for_switzerland_and_liechtenstein_euros_elsewhere() {
        assert_eq!(currency_for("CH"), Currency::Chf);
        assert_eq!(currency_for("li"), Currency::Chf);
        assert_eq!(currency_for(" ch "), Currency::Chf);
        for code in ["FR", "BE", "DE", "IT", "ES", "LU", "AT", "NL", "GB", "US", ""] {
            assert_eq!(currency_for(code), Currency::Eur, "{code}");
        }
    }

    #[test]
    fn the_required_countries_are_offered_once_with_both_names() {
        for code in ["CH", "LI", "FR", "BE", "DE", "IT", "ES", "LU", "AT", "NL", "GB", "US"] {
            assert!(Country::parse(code).is_some(), "{code}");
        }
        let mut codes: Vec<_> = COUNTRIES.iter().map(|c| c.code).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), COUNTRIES.len());
        for c in COUNTRIES {
            assert!(!c.name(Lang::En).is_empty() && !c.name(Lang::Fr).is_empty());
        }
        assert_eq!(Country::parse("xx"), None);
        assert_eq!(countries_sorted(Lang::Fr)[0].code, "CH");
        assert_eq!(countries_sorted(Lang::Fr).len(), COUNTRIES.len());
    }

    #[test]
    fn currencies_round_trip_and_format() {
        for c in Currency::ALL {
            assert_eq!(Currency::parse(c.code()), Some(c));
        }
        assert_eq!(Currency::Chf.format_minor(1250, Lang::En), "CHF\u{a0}12.50");
        assert_eq!(Currency::Eur.format_minor(5, Lang::Fr), "0,05\u{a0}€");
    }

    #[test]
    fn blocker_sentences() {
        assert_eq!(
            DeletionBlocker::Products { count: 1 }.describe(Lang::En, Currency::Eur),
            "1 product is not terminated: terminate it first."
        );
        assert!(DeletionBlocker::OtherMembers { count: 2 }.describe(Lang::Fr, Currency::Eur).starts_with("2 autres"));
        assert!(DeletionBlocker::PrepaidBalance { minor: 1050 }
            .describe(Lang::En, Currency::Chf)
            .contains("CHF\u{a0}10.50"));
    }

    #[test]
    fn each_unmet_condition_is_listed() {
        assert!(deletion_blockers(&DeletionFacts::default()).is_empty());
        assert!(deletion_blockers(&DeletionFacts { prepaid_balance_minor: -3, ..Default::default() }).is_empty());
        let all = deletion_blockers(&DeletionFacts {
            active_products: 2,
            other_members: 1,
            unpaid_invoices: 3,
            prepaid_balance_minor: 500,
        });
        assert_eq!(
            all,
            vec![
                DeletionBlocker::Products { count: 2 },
                DeletionBlocker::OtherMembers { count: 1 },
                DeletionBlocker::UnpaidInvoices { count: 3 },
                DeletionBlocker::PrepaidBalance { minor: 500 },
            ]
        );
    }
}
