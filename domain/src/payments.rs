//! BIL-3: the rules of payment profiles and the prepaid balance, applied by the billing
//! page before sending and by the server before writing — the amounts a top-up may
//! carry, a withdrawal never above the balance, a profile's label, the test provider's
//! cards, and an amount typed by a person read exactly (no float).

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::i18n::PaymentsMsg;

/// The smallest top-up: 10.00 in the organization's currency.
pub const TOP_UP_MIN_MINOR: i64 = 1_000;
/// The largest top-up: 10 000.00 in the organization's currency.
pub const TOP_UP_MAX_MINOR: i64 = 1_000_000;
/// A payment profile's label, in characters.
pub const LABEL_MAX_CHARS: usize = 60;
/// A provider's token for a profile (a card or mandate reference), in characters.
pub const TOKEN_MAX_CHARS: usize = 200;
/// Payment profiles one organization may keep at once.
pub const MAX_PROFILES: usize = 20;

/// The references the built-in test provider understands (development and tests only):
/// paid at once, declined, paid later by webhook.
pub const TEST_CARDS: [&str; 3] = ["test_ok", "test_decline", "test_delayed"];

/// Why an amount, a label or a profile is refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PaymentProblem {
    /// Not an amount with at most two decimals.
    NotAnAmount,
    AmountTooSmall,
    AmountTooLarge,
    /// A withdrawal above the prepaid balance.
    MoreThanBalance,
    /// A label empty or longer than [`LABEL_MAX_CHARS`].
    Label,
    /// A provider this console does not have.
    UnknownProvider,
    /// A token the provider does not accept.
    UnknownToken,
    /// Already [`MAX_PROFILES`] payment profiles.
    TooManyProfiles,
}

impl PaymentProblem {
    pub fn msg(self) -> PaymentsMsg {
        match self {
            PaymentProblem::NotAnAmount => PaymentsMsg::ProblemNotAnAmount,
            PaymentProblem::AmountTooSmall => PaymentsMsg::ProblemAmountTooSmall,
            PaymentProblem::AmountTooLarge => PaymentsMsg::ProblemAmountTooLarge,
            PaymentProblem::MoreThanBalance => PaymentsMsg::ProblemMoreThanBalance,
            PaymentProblem::Label => PaymentsMsg::ProblemLabel,
            PaymentProblem::UnknownProvider => PaymentsMsg::ProblemUnknownProvider,
            PaymentProblem::UnknownToken => PaymentsMsg::ProblemUnknownToken,
            PaymentProblem::TooManyProfiles => PaymentsMsg::ProblemTooManyProfiles,
        }
    }
}

/// A top-up's amount in minor units, within the bounds.
pub fn check_top_up(minor: i64) -> Result<i64, PaymentProblem> {
    if minor < TOP_UP_MIN_MINOR {
        Err(PaymentProblem::AmountTooSmall)
    } else if minor > TOP_UP_MAX_MINOR {
        Err(PaymentProblem::AmountTooLarge)
    } else {
        Ok(minor)
    }
}

/// A withdrawal's amount: more than zero, never above the balance.
pub fn check_withdrawal(minor: i64, balance_minor: i64) -> Result<i64, PaymentProblem> {
    if minor <= 0 {
        Err(PaymentProblem::AmountTooSmall)
    } else if minor > balance_minor {
        Err(PaymentProblem::MoreThanBalance)
    } else {
        Ok(minor)
    }
}

/// A profile's label, trimmed: 1 to [`LABEL_MAX_CHARS`] characters.
pub fn check_label(label: &str) -> Result<String, PaymentProblem> {
    let label = label.trim();
    let n = label.chars().count();
    if n == 0 || n > LABEL_MAX_CHARS || label.chars().any(char::is_control) {
        return Err(PaymentProblem::Label);
    }
    Ok(label.to_string())
}

/// An amount typed by a person (`150`, `150.5`, `1 250,50`, `1'250.50`) in minor units:
/// read as an exact decimal, at most two decimals, never negative.
pub fn parse_amount(text: &str) -> Result<i64, PaymentProblem> {
    let cleaned: String =
        text.trim().chars().filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\'' | '’')).collect();
    let cleaned = cleaned.replace(',', ".");
    if cleaned.is_empty()
        || cleaned.len() > 16
        || !cleaned.chars().all(|c| c.is_ascii_digit() || c == '.')
        || cleaned.matches('.').count() > 1
        || cleaned.starts_with('.')
    {
        return Err(PaymentProblem::NotAnAmount);
    }
    let value: Decimal = cleaned.parse().map_err(|_| PaymentProblem::NotAnAmount)?;
    if value.scale() > 2 {
        return Err(PaymentProblem::NotAnAmount);
    }
    (value * Decimal::ONE_HUNDRED).to_i64().ok_or(PaymentProblem::NotAnAmount)
}

/// Does the provider accept this token? The test provider knows its three cards; a real
/// provider's tokens are checked by the provider itself.
pub fn test_card(token: &str) -> bool {
    TEST_CARDS.contains(&token)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn top_ups_stay_within_their_bounds() {
        assert_eq!(check_top_up(999), Err(PaymentProblem::AmountTooSmall));
        assert_eq!(check_top_up(1000), Ok(1000));
        assert_eq!(check_top_up(1_000_000), Ok(1_000_000));
        assert_eq!(check_top_up(1_000_001), Err(PaymentProblem::AmountTooLarge));
        assert_eq!(check_top_up(-5000), Err(PaymentProblem::AmountTooSmall));
    }

    #[test]
    fn a_withdrawal_never_exceeds_the_balance() {
        assert_eq!(check_withdrawal(500, 500), Ok(500));
        assert_eq!(check_withdrawal(501, 500), Err(PaymentProblem::MoreThanBalance));
        assert_eq!(check_withdrawal(0, 500), Err(PaymentProblem::AmountTooSmall));
        assert_eq!(check_withdrawal(-1, 500), Err(PaymentProblem::AmountTooSmall));
        assert_eq!(check_withdrawal(1, 0), Err(PaymentProblem::MoreThanBalance));
    }

    #[test]
    fn labels_are_trimmed_and_capped() {
        assert_eq!(check_label("  Company card "), Ok("Company card".into()));
        assert_eq!(check_label("   "), Err(PaymentProblem::Label));
        assert_eq!(check_label(&"é".repeat(LABEL_MAX_CHARS)).map(|l| l.chars().count()), Ok(LABEL_MAX_CHARS));
        assert_eq!(check_label(&"x".repeat(LABEL_MAX_CHARS + 1)), Err(PaymentProblem::Label));
        assert_eq!(check_label("a\u{0}b"), Err(PaymentProblem::Label));
    }

    #[test]
    fn amounts_are_read_exactly() {
        assert_eq!(parse_amount("150"), Ok(15000));
        assert_eq!(parse_amount("150.5"), Ok(15050));
        assert_eq!(parse_amount("0.1"), Ok(10));
        assert_eq!(parse_amount("1 250,50"), Ok(125050));
        assert_eq!(parse_amount("1'250.05"), Ok(125005));
        assert_eq!(parse_amount("19.999"), Err(PaymentProblem::NotAnAmount));
        assert_eq!(parse_amount("-10"), Err(PaymentProblem::NotAnAmount));
        assert_eq!(parse_amount("1e3"), Err(PaymentProblem::NotAnAmount));
        assert_eq!(parse_amount("1.2.3"), Err(PaymentProblem::NotAnAmount));
        assert_eq!(parse_amount(""), Err(PaymentProblem::NotAnAmount));
        assert_eq!(parse_amount("99999999999999999999"), Err(PaymentProblem::NotAnAmount));
    }

    #[test]
    fn the_test_provider_knows_three_cards() {
        assert!(TEST_CARDS.iter().all(|c| test_card(c)));
        assert!(!test_card("4242424242424242"));
    }
}
