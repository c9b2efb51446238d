//! Which phones may receive sign-in codes by SMS (SEC-1): mobile numbers of Switzerland,
//! France, Belgium and Germany only, as the provider does.

use crate::org_details::{Country, DetailError};

/// The countries whose numbers can receive sign-in codes.
pub const COUNTRIES: [Country; 4] = [Country::Ch, Country::Fr, Country::Be, Country::De];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SmsPhoneError {
    /// Not a phone number of a country we serve.
    Invalid(DetailError),
    /// A valid number of a country SMS codes are not sent to.
    CountryNotServed,
}

pub fn country_served(country: Country) -> bool {
    COUNTRIES.contains(&country)
}

/// A number typed with its country (national or international form) as E.164, when
/// sign-in codes may be sent to it.
pub fn phone(country: Country, input: &str) -> Result<String, SmsPhoneError> {
    let e164 = country.phone(input).map_err(SmsPhoneError::Invalid)?;
    let served = COUNTRIES.iter().any(|c| e164.strip_prefix('+').is_some_and(|n| n.starts_with(c.calling_code())));
    if served {
        Ok(e164)
    } else {
        Err(SmsPhoneError::CountryNotServed)
    }
}

/// The end of a number, to say where a code went without showing the number.
pub fn hint(e164: &str) -> String {
    let tail: String = e164.chars().rev().take(2).collect::<Vec<_>>().into_iter().rev().collect();
    format!("•• {tail}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_swiss_french_belgian_and_german_numbers() {
        assert_eq!(phone(Country::Ch, "079 123 45 67"), Ok("+41791234567".into()));
        assert_eq!(phone(Country::Fr, "+33 6 12 34 56 78"), Ok("+33612345678".into()));
        assert_eq!(phone(Country::It, "+49 1512 3456789"), Ok("+4915123456789".into()), "the number's country counts");
        assert_eq!(phone(Country::It, "+39 312 345 6789"), Err(SmsPhoneError::CountryNotServed));
        assert_eq!(phone(Country::Ch, "+44 7700 900123"), Err(SmsPhoneError::CountryNotServed));
        assert!(matches!(phone(Country::Ch, "12"), Err(SmsPhoneError::Invalid(_))));
        assert!(country_served(Country::Be) && !country_served(Country::Lu));
        assert_eq!(hint("+41791234567"), "•• 67");
    }
}
