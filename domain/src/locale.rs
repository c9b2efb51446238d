//! Numbers, money, dates and plural categories as each locale writes them, from
//! CLDR, never by hand: `CHF 1'234.50` in de-CH, `1 234,50 €` in fr-FR, `1234,50 €` in
//! es-ES (Spanish groups from five digits).
//!
//! A [`Locale`] is a language of the console and a region. Which region is a rule of the
//! product: an amount is written the way its currency's country writes it in the reader's
//! language ([`Locale::for_money`]: francs the Swiss way, euros the way of the language's
//! own euro country); otherwise the region is the organization's or the user's country
//! when known, else the language's home.
//!
//! Two engines, one CLDR. Natively (the server's emails and PDFs, every test) the work is
//! done by ICU4X, whose data is pinned to CLDR 48; in the browser by its own `Intl`, which
//! is ICU 78 with the same CLDR 48, so the client ships no locale data and both sides
//! print the same characters.

use crate::i18n::Lang;
use crate::organization::{Country, Currency};

/// A language of the console and a region (ISO 3166 code), e.g. `de-CH`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Locale {
    pub lang: Lang,
    region: Option<&'static str>,
}

impl Locale {
    /// `lang` in `country` (an ISO code, any case) when it is one we offer, else in the
    /// language's home region.
    pub fn new(lang: Lang, country: Option<&str>) -> Locale {
        let region = country.and_then(Country::parse).map(|c| c.code).or_else(|| home(lang));
        Locale { lang, region }
    }

    /// The locale an amount in `currency` is written in for a reader of `lang`: Swiss
    /// francs as Switzerland writes them (`CHF 1'234.50`, `1 234,50 CHF`), euros as the
    /// language's euro country does (`1.234,50 €` in German, `1 234,50 €` in French).
    pub fn for_money(lang: Lang, currency: Currency) -> Locale {
        match currency {
            Currency::Chf => Locale { lang, region: Some("CH") },
            Currency::Eur => Locale { lang, region: home(lang) },
        }
    }

    /// The BCP 47 tag, `de-CH`, or `en` alone.
    pub fn tag(self) -> String {
        match self.region {
            Some(region) => format!("{}-{region}", self.lang.code()),
            None => self.lang.code().to_string(),
        }
    }
}

impl From<Lang> for Locale {
    fn from(lang: Lang) -> Locale {
        Locale::new(lang, None)
    }
}

/// Where a language is at home when nothing tells its reader's country: the euro country
/// of German, French, Italian and Spanish; English keeps CLDR's neutral `en`.
fn home(lang: Lang) -> Option<&'static str> {
    match lang {
        Lang::En => None,
        Lang::Fr => Some("FR"),
        Lang::De => Some("DE"),
        Lang::It => Some("IT"),
        Lang::Es => Some("ES"),
    }
}

/// The CLDR plural category of a count that sentences distinguish: the "one" form
/// (`1 member`, `0 membre`) or every other.
pub fn takes_one_form(lang: Lang, n: u64) -> bool {
    engine::is_one(lang, n)
}

/// An amount given in minor units (cents), with its currency, e.g. `CHF 1'234.50`.
pub fn money(minor: i64, currency: Currency, locale: Locale) -> String {
    engine::money(minor, currency.code(), locale)
}

/// A decimal number `mantissa × 10^-scale` (`81, 1` is 8.1) with the locale's separators.
pub fn decimal(mantissa: i64, scale: u8, locale: Locale) -> String {
    engine::decimal(mantissa, scale, locale)
}

/// A rate in basis points as a percentage number without trailing zeros: 810 → `8.1`
/// (`8,1` in French, German, Italian, Spanish), 2000 → `20`.
pub fn rate_bp(bp: i64, locale: Locale) -> String {
    let (mut mantissa, mut scale) = (bp, 2u8);
    while scale > 0 && mantissa % 10 == 0 {
        mantissa /= 10;
        scale -= 1;
    }
    decimal(mantissa, scale, locale)
}

/// A whole number with the locale's grouping (`12'345` in de-CH).
pub fn integer(n: i64, locale: Locale) -> String {
    decimal(n, 0, locale)
}

/// The day (UTC) of `ms`, Unix time in milliseconds, e.g. `22.11.2026` (de-CH),
/// `22 nov. 2026` (fr-FR), `Nov 22, 2026` (en).
pub fn date(ms: i64, locale: Locale) -> String {
    engine::date(ms, locale)
}

#[cfg(not(target_arch = "wasm32"))]
pub use engine::local_date_time;

#[cfg(not(target_arch = "wasm32"))]
mod engine {
    //! ICU4X with its compiled CLDR data.

    use fixed_decimal::Decimal;
    use icu_calendar::types::RataDie;
    use icu_calendar::{Date, Gregorian};
    use icu_datetime::fieldsets::{YMD, YMDT};
    use icu_datetime::FixedCalendarDateTimeFormatter;
    use icu_decimal::DecimalFormatter;
    use icu_experimental::dimension::currency::formatter::CurrencyFormatter;
    use icu_experimental::dimension::currency::CurrencyCode;
    use icu_locale_core::Locale as IcuLocale;
    use icu_plurals::{PluralCategory, PluralRules};
    use icu_time::{DateTime, Time};

    use super::Locale;
    use crate::i18n::Lang;

    fn icu(locale: Locale) -> IcuLocale {
        locale.tag().parse().unwrap_or(IcuLocale::UNKNOWN)
    }

    fn fixed(mantissa: i64, scale: u8) -> Decimal {
        let mut d = Decimal::from(mantissa);
        d.multiply_pow10(-i16::from(scale));
        d
    }

    pub fn is_one(lang: Lang, n: u64) -> bool {
        let locale = icu(Locale::new(lang, None));
        match PluralRules::try_new_cardinal((&locale).into()) {
            Ok(rules) => rules.category_for(n) == PluralCategory::One,
            Err(_) => n == 1,
        }
    }

    pub fn money(minor: i64, code: &str, locale: Locale) -> String {
        let tag = icu(locale);
        let formatter = CurrencyFormatter::try_new((&tag).into(), Default::default());
        match (formatter, code.parse()) {
            (Ok(f), Ok(code)) => f.format_fixed_decimal(&fixed(minor, 2), CurrencyCode(code)).to_string(),
            _ => format!("{code} {}", fixed(minor, 2)),
        }
    }

    pub fn decimal(mantissa: i64, scale: u8, locale: Locale) -> String {
        let tag = icu(locale);
        match DecimalFormatter::try_new((&tag).into(), Default::default()) {
            Ok(f) => f.format(&fixed(mantissa, scale)).to_string(),
            Err(_) => fixed(mantissa, scale).to_string(),
        }
    }

    /// Rata Die of 1970-01-01, the Unix epoch.
    const UNIX_EPOCH_RD: i64 = 719_163;

    pub fn date(ms: i64, locale: Locale) -> String {
        let day = RataDie::new(UNIX_EPOCH_RD + ms.div_euclid(86_400_000));
        let date = Date::from_rata_die(day, Gregorian);
        let tag = icu(locale);
        match FixedCalendarDateTimeFormatter::<Gregorian, YMD>::try_new((&tag).into(), YMD::medium()) {
            Ok(f) => f.format(&date).to_string(),
            Err(_) => format!("{}", ms.div_euclid(86_400_000)),
        }
    }

    /// A civil date and time (already in the reader's zone) with hours and minutes, e.g.
    /// `15.01.2026, 13:00` in de-CH. The server adds the zone's abbreviation.
    pub fn local_date_time(year: i16, month: i8, day: i8, hour: i8, minute: i8, locale: Locale) -> String {
        let tag = icu(locale);
        let formatter =
            FixedCalendarDateTimeFormatter::<Gregorian, YMDT>::try_new((&tag).into(), YMD::medium().with_time_hm());
        let date = Date::try_new_gregorian(i32::from(year), month as u8, day as u8);
        let time = Time::try_new(hour as u8, minute as u8, 0, 0);
        match (formatter, date, time) {
            (Ok(f), Ok(date), Ok(time)) => f.format(&DateTime { date, time }).to_string(),
            _ => format!("{year:04}-{month:02}-{day:02} {hour:02}:{minute:02}"),
        }
    }
}

#[cfg(target_arch = "wasm32")]
mod engine {
    //! The browser's `Intl` (ICU, with the same CLDR as ICU4X's data above).

    use js_sys::{Array, Intl, Object, Reflect};
    use wasm_bindgen::JsValue;

    use super::Locale;
    use crate::i18n::Lang;

    fn locales(locale: Locale) -> Array {
        Array::of1(&JsValue::from_str(&locale.tag()))
    }

    fn options(pairs: &[(&str, &str)]) -> Object {
        let o = Object::new();
        for (k, v) in pairs {
            let _ = Reflect::set(&o, &JsValue::from_str(k), &JsValue::from_str(v));
        }
        o
    }

    /// The number as an exact decimal string: `Intl` reads strings without a float.
    fn exact(mantissa: i64, scale: u8) -> String {
        let sign = if mantissa < 0 { "-" } else { "" };
        let digits = mantissa.unsigned_abs().to_string();
        let scale = usize::from(scale);
        if scale == 0 {
            return format!("{sign}{digits}");
        }
        let padded = format!("{digits:0>width$}", width = scale + 1);
        let (int, frac) = padded.split_at(padded.len() - scale);
        format!("{sign}{int}.{frac}")
    }

    fn format_with(formatter: &Intl::NumberFormat, value: &str) -> Option<String> {
        formatter.format().call1(&JsValue::NULL, &JsValue::from_str(value)).ok()?.as_string()
    }

    pub fn is_one(lang: Lang, n: u64) -> bool {
        let rules = Intl::PluralRules::new(&Array::of1(&JsValue::from_str(lang.code())), &Object::new());
        rules.select(n as f64) == "one"
    }

    pub fn money(minor: i64, code: &str, locale: Locale) -> String {
        let f = Intl::NumberFormat::new(&locales(locale), &options(&[("style", "currency"), ("currency", code)]));
        format_with(&f, &exact(minor, 2)).unwrap_or_else(|| format!("{code} {}", exact(minor, 2)))
    }

    pub fn decimal(mantissa: i64, scale: u8, locale: Locale) -> String {
        let f = Intl::NumberFormat::new(&locales(locale), &Object::new());
        format_with(&f, &exact(mantissa, scale)).unwrap_or_else(|| exact(mantissa, scale))
    }

    pub fn date(ms: i64, locale: Locale) -> String {
        let f = Intl::DateTimeFormat::new(&locales(locale), &options(&[("dateStyle", "medium"), ("timeZone", "UTC")]));
        f.format()
            .call1(&JsValue::NULL, &js_sys::Date::new(&JsValue::from_f64(ms as f64)))
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NBSP: char = '\u{a0}';
    const NNBSP: char = '\u{202f}';

    #[test]
    fn money_is_written_as_each_locale_writes_it() {
        let chf = |lang| money(123_450, Currency::Chf, Locale::for_money(lang, Currency::Chf));
        let eur = |lang| money(123_450, Currency::Eur, Locale::for_money(lang, Currency::Eur));
        // de-CH and it-CH: the apostrophe groups thousands (it-CH from five digits).
        assert_eq!(chf(Lang::De), format!("CHF{NBSP}1'234.50"));
        assert_eq!(chf(Lang::It), format!("CHF{NBSP}1234.50"));
        assert_eq!(
            money(1_234_550, Currency::Chf, Locale::for_money(Lang::It, Currency::Chf)),
            format!("CHF{NBSP}12'345.50")
        );
        // fr-CH: a narrow no-break space.
        assert_eq!(chf(Lang::Fr), format!("1{NNBSP}234,50{NBSP}CHF"));
        assert_eq!(chf(Lang::En), format!("CHF{NBSP}1'234.50"));
        // Euros: fr-FR, de-DE, it-IT, es-ES (Spanish groups from five digits).
        assert_eq!(eur(Lang::Fr), format!("1{NNBSP}234,50{NBSP}€"));
        assert_eq!(eur(Lang::De), format!("1.234,50{NBSP}€"));
        assert_eq!(eur(Lang::It), format!("1234,50{NBSP}€"));
        assert_eq!(eur(Lang::Es), format!("1234,50{NBSP}€"));
        assert_eq!(
            money(1_234_550, Currency::Eur, Locale::for_money(Lang::Es, Currency::Eur)),
            format!("12.345,50{NBSP}€")
        );
        assert_eq!(eur(Lang::En), "€1,234.50");
        // Cents are always shown, and the sign is kept.
        assert_eq!(money(5, Currency::Eur, Locale::for_money(Lang::De, Currency::Eur)), format!("0,05{NBSP}€"));
        assert!(money(-150, Currency::Chf, Locale::for_money(Lang::De, Currency::Chf)).contains("-1.50"));
    }

    #[test]
    fn numbers_and_dates_follow_the_locale() {
        assert_eq!(decimal(81, 1, Locale::new(Lang::Fr, Some("ch"))), "8,1");
        assert_eq!(decimal(81, 1, Locale::new(Lang::De, Some("CH"))), "8.1");
        assert_eq!(decimal(81, 1, Locale::new(Lang::De, Some("DE"))), "8,1");
        assert_eq!(integer(1_234_567, Locale::new(Lang::De, Some("CH"))), "1'234'567");
        assert_eq!(rate_bp(810, Locale::new(Lang::Fr, None)), "8,1");
        assert_eq!(rate_bp(810, Locale::new(Lang::En, None)), "8.1");
        assert_eq!(rate_bp(2000, Locale::new(Lang::De, None)), "20");
        assert_eq!(rate_bp(2550, Locale::new(Lang::Es, None)), "25,5");
        assert_eq!(integer(1_234_567, Locale::new(Lang::Fr, Some("FR"))), format!("1{NNBSP}234{NNBSP}567"));
        assert_eq!(integer(1_234_567, Locale::new(Lang::En, None)), "1,234,567");
        // 29 February 2024.
        let leap = 1_709_164_800_000;
        assert_eq!(date(leap, Locale::new(Lang::De, Some("CH"))), "29.02.2024");
        assert_eq!(date(leap, Locale::new(Lang::De, Some("DE"))), "29.02.2024");
        assert_eq!(date(leap, Locale::new(Lang::Fr, Some("CH"))), "29 févr. 2024");
        assert_eq!(date(leap, Locale::new(Lang::It, Some("IT"))), "29 feb 2024");
        assert_eq!(date(leap, Locale::new(Lang::Es, Some("ES"))), "29 feb 2024");
        assert_eq!(date(leap, Locale::new(Lang::En, None)), "Feb 29, 2024");
        assert_eq!(date(0, Locale::new(Lang::En, None)), "Jan 1, 1970");
        assert_eq!(local_date_time(2026, 1, 15, 13, 5, Locale::new(Lang::De, Some("CH"))), "15.01.2026, 13:05");
    }

    #[test]
    fn plural_categories_are_cldr_s() {
        assert!(takes_one_form(Lang::Fr, 0) && takes_one_form(Lang::Fr, 1) && !takes_one_form(Lang::Fr, 2));
        for lang in [Lang::En, Lang::De, Lang::It, Lang::Es] {
            assert!(!takes_one_form(lang, 0) && takes_one_form(lang, 1) && !takes_one_form(lang, 2), "{lang:?}");
        }
        assert!(!takes_one_form(Lang::Es, 1_000_000));
    }

    #[test]
    fn the_region_comes_from_the_currency_or_the_country() {
        assert_eq!(Locale::for_money(Lang::De, Currency::Chf).tag(), "de-CH");
        assert_eq!(Locale::for_money(Lang::Es, Currency::Eur).tag(), "es-ES");
        assert_eq!(Locale::for_money(Lang::En, Currency::Eur).tag(), "en");
        assert_eq!(Locale::new(Lang::It, Some("ch")).tag(), "it-CH");
        assert_eq!(Locale::new(Lang::Fr, Some("zz")).tag(), "fr-FR");
        assert_eq!(Locale::from(Lang::De).tag(), "de-DE");
    }
}
