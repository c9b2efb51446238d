//! An organization's details (ORG-3, ORG-4, ORG-5): the countries we bill in and their
//! currency, postal addresses with the postcode rule of each country, contact phones
//! with each country's numbering plan, and the header square's initials and colour.
//!
//! Phones are checked by a small per-country rule (calling code, trunk prefix, length of
//! the national number) rather than the `phonenumber` crate: alone in a wasm module it
//! weighs 1.8 MB (294 KB brotli), more than the whole console's first load, for thirteen
//! countries' worth of rules; this rule runs identically in the browser and the server.

use serde::{Deserialize, Serialize};

use crate::i18n::SettingsMsg;
use crate::names::is_format_character;

/// The countries an organization can have its postal address in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum Country {
    Ch,
    Li,
    Fr,
    De,
    It,
    At,
    Be,
    Lu,
    Nl,
    Es,
    Pt,
    Gb,
    Mc,
}

pub use crate::organization::Currency;

/// ORG-4: the one rule of `organization::currency_for` (francs for Switzerland and
/// Liechtenstein, euros elsewhere), for the countries a postal address may be in.
pub fn currency_for(country: Country) -> Currency {
    crate::organization::currency_for(country.code())
}

impl Country {
    pub const ALL: [Country; 13] = [
        Country::Ch,
        Country::Li,
        Country::Fr,
        Country::De,
        Country::It,
        Country::At,
        Country::Be,
        Country::Lu,
        Country::Nl,
        Country::Es,
        Country::Pt,
        Country::Gb,
        Country::Mc,
    ];

    /// The ISO 3166-1 alpha-2 code.
    pub fn code(self) -> &'static str {
        match self {
            Country::Ch => "CH",
            Country::Li => "LI",
            Country::Fr => "FR",
            Country::De => "DE",
            Country::It => "IT",
            Country::At => "AT",
            Country::Be => "BE",
            Country::Lu => "LU",
            Country::Nl => "NL",
            Country::Es => "ES",
            Country::Pt => "PT",
            Country::Gb => "GB",
            Country::Mc => "MC",
        }
    }

    pub fn parse(code: &str) -> Option<Country> {
        let code = code.trim().to_ascii_uppercase();
        Country::ALL.into_iter().find(|c| c.code() == code)
    }

    /// The country of a browser language tag's region (`fr-CH` → Switzerland), if we
    /// serve it.
    pub fn from_language_tag(tag: &str) -> Option<Country> {
        tag.split(['-', '_']).skip(1).find(|p| p.len() == 2).and_then(Country::parse)
    }

    pub fn label(self) -> SettingsMsg {
        match self {
            Country::Ch => SettingsMsg::CountryCh,
            Country::Li => SettingsMsg::CountryLi,
            Country::Fr => SettingsMsg::CountryFr,
            Country::De => SettingsMsg::CountryDe,
            Country::It => SettingsMsg::CountryIt,
            Country::At => SettingsMsg::CountryAt,
            Country::Be => SettingsMsg::CountryBe,
            Country::Lu => SettingsMsg::CountryLu,
            Country::Nl => SettingsMsg::CountryNl,
            Country::Es => SettingsMsg::CountryEs,
            Country::Pt => SettingsMsg::CountryPt,
            Country::Gb => SettingsMsg::CountryGb,
            Country::Mc => SettingsMsg::CountryMc,
        }
    }

    pub fn currency(self) -> Currency {
        currency_for(self)
    }

    /// The international calling code, without `+`.
    pub fn calling_code(self) -> &'static str {
        match self {
            Country::Ch => "41",
            Country::Li => "423",
            Country::Fr => "33",
            Country::De => "49",
            Country::It => "39",
            Country::At => "43",
            Country::Be => "32",
            Country::Lu => "352",
            Country::Nl => "31",
            Country::Es => "34",
            Country::Pt => "351",
            Country::Gb => "44",
            Country::Mc => "377",
        }
    }

    /// Whether national numbers are dialled with a leading 0 that the international
    /// form drops.
    fn trunk_zero(self) -> bool {
        matches!(self, Country::Ch | Country::Fr | Country::De | Country::At | Country::Be | Country::Nl | Country::Gb)
    }

    /// The length of the national significant number (after the calling code).
    fn national_lengths(self) -> std::ops::RangeInclusive<usize> {
        match self {
            Country::Ch => 9..=9,
            Country::Li => 7..=9,
            Country::Fr => 9..=9,
            Country::De => 6..=11,
            Country::It => 6..=11,
            Country::At => 4..=13,
            Country::Be => 8..=9,
            Country::Lu => 4..=11,
            Country::Nl => 9..=9,
            Country::Es => 9..=9,
            Country::Pt => 9..=9,
            Country::Gb => 9..=10,
            Country::Mc => 8..=9,
        }
    }

    /// Checks and normalizes a postcode as this country writes it.
    pub fn postcode(self, input: &str) -> Result<String, DetailError> {
        let s = input.split_whitespace().collect::<Vec<_>>().join(" ").to_uppercase();
        if s.is_empty() {
            return Err(DetailError::Empty);
        }
        if !s.is_ascii() {
            return Err(DetailError::Postcode);
        }
        let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
        let ok = match self {
            Country::Ch | Country::Li | Country::At | Country::Be | Country::Lu => digits(&s, 4),
            Country::Fr | Country::De | Country::It | Country::Es | Country::Mc => digits(&s, 5),
            Country::Nl => {
                let compact: String = s.chars().filter(|c| *c != ' ').collect();
                let ok = compact.len() == 6
                    && digits(&compact[..4], 4)
                    && !compact.starts_with('0')
                    && compact[4..].bytes().all(|b| b.is_ascii_uppercase());
                if ok {
                    return Ok(format!("{} {}", &compact[..4], &compact[4..]));
                }
                false
            }
            Country::Pt => {
                if digits(&s, 7) {
                    return Ok(format!("{}-{}", &s[..4], &s[4..]));
                }
                s.len() == 8 && digits(&s[..4], 4) && &s[4..5] == "-" && digits(&s[5..], 3)
            }
            Country::Gb => {
                let compact: String = s.chars().filter(|c| *c != ' ').collect();
                if uk_postcode(&compact) {
                    let split = compact.len() - 3;
                    return Ok(format!("{} {}", &compact[..split], &compact[split..]));
                }
                false
            }
        };
        if ok {
            Ok(s)
        } else {
            Err(DetailError::Postcode)
        }
    }

    /// Checks a contact phone number, in national (`044 668 18 00`) or international
    /// (`+41 44 668 18 00`, `0041…`) form, and returns it in E.164 (`+41446681800`). An
    /// international number may be of any country we serve.
    pub fn phone(self, input: &str) -> Result<String, DetailError> {
        let trimmed = input.trim();
        if trimmed.is_empty() {
            return Err(DetailError::Empty);
        }
        if trimmed.chars().count() > PHONE_MAX_CHARS {
            return Err(DetailError::TooLong { max: PHONE_MAX_CHARS });
        }
        if !trimmed.chars().all(|c| c.is_ascii_digit() || " +-./()".contains(c)) {
            return Err(DetailError::Phone);
        }
        let plus = trimmed.starts_with('+');
        if trimmed[1..].contains('+') {
            return Err(DetailError::Phone);
        }
        let digits: String = trimmed.chars().filter(char::is_ascii_digit).collect();
        let international = if plus { Some(digits.as_str()) } else { digits.strip_prefix("00") };
        let (country, national) = match international {
            Some(rest) => {
                let country = Country::ALL
                    .into_iter()
                    .filter(|c| rest.starts_with(c.calling_code()))
                    .max_by_key(|c| c.calling_code().len())
                    .ok_or(DetailError::Phone)?;
                let national = &rest[country.calling_code().len()..];
                // "+41 (0)44 …": the trunk zero written in brackets.
                let national =
                    if country.trunk_zero() { national.strip_prefix('0').unwrap_or(national) } else { national };
                (country, national.to_string())
            }
            None => {
                let national = if self.trunk_zero() {
                    digits.strip_prefix('0').ok_or(DetailError::Phone)?
                } else {
                    digits.as_str()
                };
                (self, national.to_string())
            }
        };
        if !country.national_lengths().contains(&national.len()) || national.starts_with('0') && country.trunk_zero() {
            return Err(DetailError::Phone);
        }
        Ok(format!("+{}{}", country.calling_code(), national))
    }
}

fn uk_postcode(s: &str) -> bool {
    // Outward code (A9, A99, AA9, AA99, A9A, AA9A) then inward code (9AA).
    if !(5..=7).contains(&s.len()) || !s.is_ascii() {
        return false;
    }
    let (outward, inward) = s.split_at(s.len() - 3);
    let b = inward.as_bytes();
    let inward_ok = b[0].is_ascii_digit() && b[1].is_ascii_uppercase() && b[2].is_ascii_uppercase();
    let o = outward.as_bytes();
    let shape: String = o.iter().map(|c| if c.is_ascii_digit() { '9' } else { 'A' }).collect();
    inward_ok && ["A9", "A99", "AA9", "AA99", "A9A", "AA9A"].contains(&shape.as_str())
}

pub const STREET_MAX_CHARS: usize = 120;
pub const CITY_MAX_CHARS: usize = 80;
pub const POSTCODE_MAX_CHARS: usize = 12;
pub const PHONE_MAX_CHARS: usize = 30;
pub const LABEL_MAX_CHARS: usize = 60;
/// An organization keeps at most this many extra billing addresses.
pub const MAX_BILLING_ADDRESSES: usize = 20;

/// What is wrong with one field of the details.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[serde(rename_all = "snake_case")]
pub enum DetailError {
    #[error("the field is empty")]
    Empty,
    #[error("the text is longer than {max} characters")]
    TooLong { max: usize },
    #[error("the text contains control or invisible characters")]
    ControlCharacters,
    #[error("not a postcode of the chosen country")]
    Postcode,
    #[error("not a phone number of the chosen country")]
    Phone,
    #[error("initials are one or two letters or digits")]
    Initials,
    #[error("not a country we serve")]
    UnknownCountry,
    #[error("a product is invoiced to this billing address")]
    InUse,
    #[error("the organization has the most billing addresses it may keep")]
    TooMany,
}

impl DetailError {
    pub fn msg(self) -> SettingsMsg {
        match self {
            DetailError::Empty => SettingsMsg::ErrorEmpty,
            DetailError::TooLong { .. } => SettingsMsg::ErrorTooLong,
            DetailError::ControlCharacters => SettingsMsg::ErrorControl,
            DetailError::Postcode => SettingsMsg::ErrorPostcode,
            DetailError::Phone => SettingsMsg::ErrorPhone,
            DetailError::Initials => SettingsMsg::ErrorInitials,
            DetailError::UnknownCountry => SettingsMsg::ErrorCountry,
            DetailError::InUse => SettingsMsg::BillingInUse,
            DetailError::TooMany => SettingsMsg::BillingTooMany,
        }
    }
}

/// A line of text (street, city, label): whitespace collapsed, non-empty, capped, free
/// of control and invisible formatting characters.
pub fn line(input: &str, max: usize) -> Result<String, DetailError> {
    let s = input.split_whitespace().collect::<Vec<_>>().join(" ");
    if s.is_empty() {
        return Err(DetailError::Empty);
    }
    if s.chars().count() > max {
        return Err(DetailError::TooLong { max });
    }
    if s.chars().any(|c| c.is_control() || is_format_character(c)) {
        return Err(DetailError::ControlCharacters);
    }
    Ok(s)
}

/// Which part of an address a problem is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AddressPart {
    Street,
    Postcode,
    City,
}

/// A postal address as typed in a form.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct AddressInput {
    pub street: String,
    pub postcode: String,
    pub city: String,
}

/// A valid postal address.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Address {
    pub country: Country,
    pub street: String,
    pub postcode: String,
    pub city: String,
}

impl Address {
    pub fn parse(country: Country, input: &AddressInput) -> Result<Address, (AddressPart, DetailError)> {
        let street = line(&input.street, STREET_MAX_CHARS).map_err(|e| (AddressPart::Street, e))?;
        if input.postcode.chars().count() > POSTCODE_MAX_CHARS {
            return Err((AddressPart::Postcode, DetailError::TooLong { max: POSTCODE_MAX_CHARS }));
        }
        let postcode = country.postcode(&input.postcode).map_err(|e| (AddressPart::Postcode, e))?;
        let city = line(&input.city, CITY_MAX_CHARS).map_err(|e| (AddressPart::City, e))?;
        Ok(Address { country, street, postcode, city })
    }

    /// One line, for summaries: "Rue du Lac 1, 1003 Lausanne, CH".
    pub fn one_line(&self) -> String {
        format!("{}, {} {}, {}", self.street, self.postcode, self.city, self.country.code())
    }
}

/// The initials in the header square: one or two letters or digits, upper-case.
pub fn initials(input: &str) -> Result<String, DetailError> {
    let s: String = input.trim().chars().flat_map(char::to_uppercase).collect();
    let n = s.chars().count();
    if n == 0 {
        return Err(DetailError::Empty);
    }
    if n > 2 || !s.chars().all(char::is_alphanumeric) {
        return Err(DetailError::Initials);
    }
    Ok(s)
}

/// The default initials of an organization name: the first letter of its first two
/// words.
pub fn default_initials(name: &str) -> String {
    let s: String = name
        .split_whitespace()
        .filter_map(|w| w.chars().find(|c| c.is_alphanumeric()))
        .take(2)
        .flat_map(char::to_uppercase)
        .collect();
    if s.is_empty() {
        "?".into()
    } else {
        s
    }
}

/// The colours the header square may take: each carries white text at a contrast of at
/// least 4.5:1 (WCAG AA for normal text).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum OrgColor {
    #[default]
    Blue,
    Green,
    Teal,
    Purple,
    Red,
    Orange,
    Pink,
    Slate,
}

impl OrgColor {
    pub const ALL: [OrgColor; 8] = [
        OrgColor::Blue,
        OrgColor::Green,
        OrgColor::Teal,
        OrgColor::Purple,
        OrgColor::Red,
        OrgColor::Orange,
        OrgColor::Pink,
        OrgColor::Slate,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            OrgColor::Blue => "blue",
            OrgColor::Green => "green",
            OrgColor::Teal => "teal",
            OrgColor::Purple => "purple",
            OrgColor::Red => "red",
            OrgColor::Orange => "orange",
            OrgColor::Pink => "pink",
            OrgColor::Slate => "slate",
        }
    }

    pub fn parse(s: &str) -> Option<OrgColor> {
        OrgColor::ALL.into_iter().find(|c| c.as_str() == s)
    }

    /// The background, as CSS.
    pub fn hex(self) -> &'static str {
        match self {
            OrgColor::Blue => "#1d4ed8",
            OrgColor::Green => "#047857",
            OrgColor::Teal => "#0f766e",
            OrgColor::Purple => "#7e22ce",
            OrgColor::Red => "#b91c1c",
            OrgColor::Orange => "#c2410c",
            OrgColor::Pink => "#be185d",
            OrgColor::Slate => "#334155",
        }
    }

    pub fn label(self) -> SettingsMsg {
        match self {
            OrgColor::Blue => SettingsMsg::ColorBlue,
            OrgColor::Green => SettingsMsg::ColorGreen,
            OrgColor::Teal => SettingsMsg::ColorTeal,
            OrgColor::Purple => SettingsMsg::ColorPurple,
            OrgColor::Red => SettingsMsg::ColorRed,
            OrgColor::Orange => SettingsMsg::ColorOrange,
            OrgColor::Pink => SettingsMsg::ColorPink,
            OrgColor::Slate => SettingsMsg::ColorSlate,
        }
    }
}

/// The two logos an organization may have (ORG-5).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LogoKind {
    /// Shown in the header square.
    Square,
    /// The optional rectangular logo.
    Wide,
}

impl LogoKind {
    pub fn as_str(self) -> &'static str {
        match self {
            LogoKind::Square => "square",
            LogoKind::Wide => "wide",
        }
    }

    pub fn parse(s: &str) -> Option<LogoKind> {
        [LogoKind::Square, LogoKind::Wide].into_iter().find(|k| k.as_str() == s)
    }

    /// The box the stored image is scaled down to fit in.
    pub fn max_stored(self) -> (u32, u32) {
        match self {
            LogoKind::Square => (256, 256),
            LogoKind::Wide => (800, 200),
        }
    }
}

/// The largest upload accepted, in bytes.
pub const LOGO_MAX_BYTES: usize = 1024 * 1024;
/// The largest width or height of an uploaded image, in pixels.
pub const LOGO_MAX_SIDE: u32 = 4096;

/// Why an uploaded logo is refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[serde(rename_all = "snake_case")]
pub enum LogoError {
    #[error("the file is not a PNG, JPEG or WebP image")]
    NotAnImage,
    #[error("the file is larger than {max_bytes} bytes")]
    TooLarge { max_bytes: usize },
    #[error("the image is wider or taller than {max_side} pixels")]
    TooManyPixels { max_side: u32 },
}

impl LogoError {
    pub fn msg(self) -> SettingsMsg {
        match self {
            LogoError::NotAnImage => SettingsMsg::ErrorNotAnImage,
            LogoError::TooLarge { .. } => SettingsMsg::ErrorImageTooLarge,
            LogoError::TooManyPixels { .. } => SettingsMsg::ErrorImageTooManyPixels,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn currency_follows_the_country() {
        assert_eq!(currency_for(Country::Ch), Currency::Chf);
        assert_eq!(currency_for(Country::Li), Currency::Chf);
        for c in Country::ALL.into_iter().filter(|c| !matches!(c, Country::Ch | Country::Li)) {
            assert_eq!(currency_for(c), Currency::Eur, "{c:?}");
        }
    }

    #[test]
    fn countries_round_trip() {
        for c in Country::ALL {
            assert_eq!(Country::parse(c.code()), Some(c));
            assert_eq!(serde_json::to_string(&c).unwrap(), format!("\"{}\"", c.code()));
        }
        assert_eq!(Country::parse("US"), None);
        assert_eq!(Country::from_language_tag("fr-CH"), Some(Country::Ch));
        assert_eq!(Country::from_language_tag("en"), None);
    }

    #[test]
    fn postcodes_follow_each_country() {
        assert_eq!(Country::Ch.postcode(" 1003 "), Ok("1003".into()));
        assert_eq!(Country::Ch.postcode("10030"), Err(DetailError::Postcode));
        assert_eq!(Country::Li.postcode("9490"), Ok("9490".into()));
        assert_eq!(Country::Fr.postcode("75001"), Ok("75001".into()));
        assert_eq!(Country::Fr.postcode("7500"), Err(DetailError::Postcode));
        assert_eq!(Country::De.postcode("10115"), Ok("10115".into()));
        assert_eq!(Country::Be.postcode("1000"), Ok("1000".into()));
        assert_eq!(Country::Nl.postcode("1012ab"), Ok("1012 AB".into()));
        assert_eq!(Country::Nl.postcode("0123 AB"), Err(DetailError::Postcode));
        assert_eq!(Country::Gb.postcode("sw1a1aa"), Ok("SW1A 1AA".into()));
        assert_eq!(Country::Gb.postcode("M1 1AE"), Ok("M1 1AE".into()));
        assert_eq!(Country::Gb.postcode("12345"), Err(DetailError::Postcode));
        assert_eq!(Country::Pt.postcode("1000-001"), Ok("1000-001".into()));
        assert_eq!(Country::Pt.postcode("1000001"), Ok("1000-001".into()));
        assert_eq!(Country::Pt.postcode("1000"), Err(DetailError::Postcode));
        assert_eq!(Country::Ch.postcode("  "), Err(DetailError::Empty));
    }

    #[test]
    fn phones_follow_each_numbering_plan() {
        assert_eq!(Country::Ch.phone("044 668 18 00"), Ok("+41446681800".into()));
        assert_eq!(Country::Ch.phone("+41 44 668 18 00"), Ok("+41446681800".into()));
        assert_eq!(Country::Ch.phone("0041 (0)44 668 18 00"), Ok("+41446681800".into()));
        assert_eq!(Country::Ch.phone("44 668 18 00"), Err(DetailError::Phone));
        assert_eq!(Country::Ch.phone("044 668 18 0"), Err(DetailError::Phone));
        assert_eq!(Country::Fr.phone("01 23 45 67 89"), Ok("+33123456789".into()));
        assert_eq!(Country::Fr.phone("+41 44 668 18 00"), Ok("+41446681800".into()));
        assert_eq!(Country::Li.phone("+423 234 56 78"), Ok("+4232345678".into()));
        assert_eq!(Country::Es.phone("912 345 678"), Ok("+34912345678".into()));
        assert_eq!(Country::Ch.phone("+1 212 555 0100"), Err(DetailError::Phone));
        assert_eq!(Country::Ch.phone("call me"), Err(DetailError::Phone));
        assert_eq!(Country::Ch.phone("+41+44"), Err(DetailError::Phone));
        assert_eq!(Country::Ch.phone(""), Err(DetailError::Empty));
    }

    #[test]
    fn addresses_name_the_wrong_part() {
        let ok = AddressInput { street: " Rue du  Lac 1 ".into(), postcode: "1003".into(), city: "Lausanne".into() };
        let a = Address::parse(Country::Ch, &ok).unwrap();
        assert_eq!(a.street, "Rue du Lac 1");
        assert_eq!(a.one_line(), "Rue du Lac 1, 1003 Lausanne, CH");
        let bad = AddressInput { postcode: "75001".into(), ..ok.clone() };
        assert_eq!(Address::parse(Country::Ch, &bad), Err((AddressPart::Postcode, DetailError::Postcode)));
        let long = AddressInput { city: "x".repeat(CITY_MAX_CHARS + 1), ..ok.clone() };
        assert_eq!(
            Address::parse(Country::Ch, &long),
            Err((AddressPart::City, DetailError::TooLong { max: CITY_MAX_CHARS }))
        );
        let hidden = AddressInput { street: "Rue\u{202E}1".into(), ..ok };
        assert_eq!(Address::parse(Country::Ch, &hidden), Err((AddressPart::Street, DetailError::ControlCharacters)));
    }

    #[test]
    fn initials_are_one_or_two_letters() {
        assert_eq!(initials(" ab "), Ok("AB".into()));
        assert_eq!(initials("é"), Ok("É".into()));
        assert_eq!(initials("abc"), Err(DetailError::Initials));
        assert_eq!(initials("a!"), Err(DetailError::Initials));
        assert_eq!(initials(""), Err(DetailError::Empty));
        assert_eq!(default_initials("Acme sàrl"), "AS");
        assert_eq!(default_initials("(x)"), "X");
    }

    #[test]
    fn colours_round_trip() {
        for c in OrgColor::ALL {
            assert_eq!(OrgColor::parse(c.as_str()), Some(c));
        }
    }
}
