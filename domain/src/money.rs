//! Money (BIL-4): exact decimal amounts in one currency. No float ever holds an amount;
//! arithmetic is `rust_decimal`, rounding is explicit (half away from zero, to the cent),
//! and amounts cross the database and the wire as minor units (`i64` cents).

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Serialize};

use crate::i18n::Lang;
use crate::organization::Currency;

/// An amount of one currency, exact to the cent: a `Decimal` always held at two
/// places (construction rounds), never a float.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Money {
    amount: Decimal,
    pub currency: Currency,
}

/// Adding or comparing amounts of two currencies, or an amount out of range.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum MoneyError {
    #[error("amounts in different currencies")]
    CurrencyMismatch,
    #[error("amount out of range")]
    Overflow,
}

impl Money {
    /// From minor units (cents, centimes), as the database and the wire carry them.
    pub fn new(minor: i64, currency: Currency) -> Money {
        Money { amount: Decimal::new(minor, 2), currency }
    }

    pub fn zero(currency: Currency) -> Money {
        Money::new(0, currency)
    }

    /// Minor units (cents).
    pub fn minor(self) -> i64 {
        (self.amount * Decimal::ONE_HUNDRED).to_i64().unwrap_or(i64::MAX)
    }

    /// The amount as a decimal of major units (`12.50`).
    pub fn decimal(self) -> Decimal {
        self.amount
    }

    /// A decimal of major units rounded half away from zero to the cent.
    pub fn from_decimal(amount: Decimal, currency: Currency) -> Result<Money, MoneyError> {
        let rounded = amount.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
        (rounded * Decimal::ONE_HUNDRED).to_i64().ok_or(MoneyError::Overflow)?;
        Ok(Money { amount: rounded, currency })
    }

    pub fn checked_add(self, other: Money) -> Result<Money, MoneyError> {
        if self.currency != other.currency {
            return Err(MoneyError::CurrencyMismatch);
        }
        Money::from_decimal(self.amount.checked_add(other.amount).ok_or(MoneyError::Overflow)?, self.currency)
    }

    pub fn checked_sub(self, other: Money) -> Result<Money, MoneyError> {
        if self.currency != other.currency {
            return Err(MoneyError::CurrencyMismatch);
        }
        Money::from_decimal(self.amount.checked_sub(other.amount).ok_or(MoneyError::Overflow)?, self.currency)
    }

    /// The amount times a whole quantity.
    pub fn times(self, quantity: i64) -> Result<Money, MoneyError> {
        Money::from_decimal(
            self.amount.checked_mul(Decimal::from(quantity)).ok_or(MoneyError::Overflow)?,
            self.currency,
        )
    }

    /// `rate_bp` basis points of the amount (810 = 8.1 %), rounded to the cent.
    pub fn percent_bp(self, rate_bp: u32) -> Result<Money, MoneyError> {
        let share = self.amount.checked_mul(Decimal::new(i64::from(rate_bp), 4)).ok_or(MoneyError::Overflow)?;
        Money::from_decimal(share, self.currency)
    }

    /// The sum of amounts of one currency (zero for none).
    pub fn sum(currency: Currency, amounts: impl IntoIterator<Item = Money>) -> Result<Money, MoneyError> {
        amounts.into_iter().try_fold(Money::zero(currency), Money::checked_add)
    }

    pub fn is_zero(self) -> bool {
        self.amount.is_zero()
    }

    pub fn is_negative(self) -> bool {
        self.amount.is_sign_negative() && !self.amount.is_zero()
    }

    /// Written for people: `CHF 1234.50` (English), `1234,50 EUR` (French). Issue 12
    /// replaces this with each locale's rules.
    pub fn format(self, lang: Lang) -> String {
        self.currency.format_minor(self.minor(), lang)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    const CHF: Currency = Currency::Chf;

    #[test]
    fn rounding_is_half_away_from_zero_to_the_cent() {
        let m = |s: &str| Money::from_decimal(Decimal::from_str(s).unwrap(), CHF).unwrap().minor();
        assert_eq!(m("0.005"), 1);
        assert_eq!(m("0.0049"), 0);
        assert_eq!(m("-0.005"), -1);
        assert_eq!(m("12.345"), 1235);
        assert_eq!(m("19.999"), 2000);
    }

    #[test]
    fn vat_is_exact_where_floats_are_not() {
        // 0.1 + 0.2 in floats is 0.30000000000000004; here it is 30 cents.
        let sum = Money::new(10, CHF).checked_add(Money::new(20, CHF)).unwrap();
        assert_eq!(sum.minor(), 30);
        // 8.1 % of CHF 19.90 is 1.6119 → 1.61; of CHF 1.85 is 0.14985 → 0.15.
        assert_eq!(Money::new(1990, CHF).percent_bp(810).unwrap().minor(), 161);
        assert_eq!(Money::new(185, CHF).percent_bp(810).unwrap().minor(), 15);
        // 20 % of EUR 0.03 is 0.006 → 0.01.
        assert_eq!(Money::new(3, Currency::Eur).percent_bp(2000).unwrap().minor(), 1);
    }

    #[test]
    fn currencies_never_mix_and_overflow_is_an_error() {
        assert_eq!(Money::new(1, CHF).checked_add(Money::new(1, Currency::Eur)), Err(MoneyError::CurrencyMismatch));
        assert_eq!(Money::new(i64::MAX, CHF).checked_add(Money::new(1, CHF)), Err(MoneyError::Overflow));
        assert_eq!(Money::new(i64::MAX / 2 + 1, CHF).times(2), Err(MoneyError::Overflow));
        assert_eq!(Money::sum(CHF, [Money::new(150, CHF), Money::new(250, CHF)]).unwrap().minor(), 400);
    }
}
