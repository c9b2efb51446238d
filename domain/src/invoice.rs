//! Invoice rules (BIL-4, BIL-6) that the client shows and the server applies: which
//! invoice may be downloaded, what a pro forma may be made of, and premium support's
//! term.

use serde::{Deserialize, Serialize};

use crate::i18n::InvoicesMsg;

/// The most unpaid invoices one pro forma gathers.
pub const PRO_FORMA_MAX_ITEMS: usize = 50;

/// Premium support's term: a month of 30 days, invoiced at its start.
pub const SUPPORT_TERM_MS: i64 = 30 * 24 * 3600 * 1000;

/// An invoice's kind, as stored.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InvoiceKind {
    Final,
    ProForma,
}

impl InvoiceKind {
    pub fn parse(code: &str) -> Option<InvoiceKind> {
        match code {
            "final" => Some(InvoiceKind::Final),
            "pro_forma" => Some(InvoiceKind::ProForma),
            _ => None,
        }
    }
}

/// An invoice's status, as stored.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InvoiceStatus {
    Unpaid,
    Paid,
    Cancelled,
    /// A pro forma: never paid, no legal value.
    ProForma,
}

impl InvoiceStatus {
    pub fn parse(code: &str) -> Option<InvoiceStatus> {
        match code {
            "unpaid" => Some(InvoiceStatus::Unpaid),
            "paid" => Some(InvoiceStatus::Paid),
            "cancelled" => Some(InvoiceStatus::Cancelled),
            "pro_forma" => Some(InvoiceStatus::ProForma),
            _ => None,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            InvoiceStatus::Unpaid => "unpaid",
            InvoiceStatus::Paid => "paid",
            InvoiceStatus::Cancelled => "cancelled",
            InvoiceStatus::ProForma => "pro_forma",
        }
    }

    pub fn label(self) -> InvoicesMsg {
        match self {
            InvoiceStatus::Unpaid => InvoicesMsg::StatusUnpaid,
            InvoiceStatus::Paid => InvoicesMsg::StatusPaid,
            InvoiceStatus::Cancelled => InvoicesMsg::StatusCancelled,
            InvoiceStatus::ProForma => InvoicesMsg::StatusProForma,
        }
    }
}

/// Why an invoice or support action is refused (beyond the role: that is `Denied`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, thiserror::Error)]
#[serde(rename_all = "snake_case")]
pub enum InvoiceRefusal {
    /// BIL-4: a final invoice is downloadable only once paid.
    #[error("a final invoice can be downloaded once paid")]
    UnpaidFinal,
    #[error("a cancelled invoice cannot be downloaded")]
    Cancelled,
    /// Paying or gathering an invoice that is not unpaid (paid, cancelled, a pro forma).
    #[error("this invoice is not awaiting payment")]
    NotAwaitingPayment,
    #[error("select at least one invoice")]
    NothingSelected,
    #[error("too many invoices selected")]
    TooManySelected,
    #[error("the prepaid balance does not cover the amount")]
    InsufficientBalance,
    #[error("the payment was declined")]
    Declined,
    #[error("no such payment profile")]
    NoSuchProfile,
    #[error("premium support is already subscribed")]
    AlreadySubscribed,
    #[error("premium support is not subscribed")]
    NotSubscribed,
}

impl InvoiceRefusal {
    pub fn msg(self) -> InvoicesMsg {
        match self {
            InvoiceRefusal::UnpaidFinal => InvoicesMsg::RefusedUnpaidFinal,
            InvoiceRefusal::Cancelled => InvoicesMsg::RefusedCancelled,
            InvoiceRefusal::NotAwaitingPayment => InvoicesMsg::RefusedNotAwaitingPayment,
            InvoiceRefusal::NothingSelected => InvoicesMsg::RefusedNothingSelected,
            InvoiceRefusal::TooManySelected => InvoicesMsg::RefusedTooManySelected,
            InvoiceRefusal::InsufficientBalance => InvoicesMsg::RefusedInsufficientBalance,
            InvoiceRefusal::Declined => InvoicesMsg::RefusedDeclined,
            InvoiceRefusal::NoSuchProfile => InvoicesMsg::RefusedNoSuchProfile,
            InvoiceRefusal::AlreadySubscribed => InvoicesMsg::RefusedAlreadySubscribed,
            InvoiceRefusal::NotSubscribed => InvoicesMsg::RefusedNotSubscribed,
        }
    }
}

/// BIL-4: may this invoice be downloaded as a PDF? A pro forma always; a final invoice
/// once paid.
pub fn may_download(kind: InvoiceKind, status: InvoiceStatus) -> Result<(), InvoiceRefusal> {
    match (kind, status) {
        (InvoiceKind::ProForma, _) => Ok(()),
        (InvoiceKind::Final, InvoiceStatus::Paid) => Ok(()),
        (InvoiceKind::Final, InvoiceStatus::Cancelled) => Err(InvoiceRefusal::Cancelled),
        (InvoiceKind::Final, _) => Err(InvoiceRefusal::UnpaidFinal),
    }
}

/// BIL-4: may this invoice be paid, or gathered in a pro forma? Only an unpaid final one.
pub fn awaits_payment(kind: InvoiceKind, status: InvoiceStatus) -> Result<(), InvoiceRefusal> {
    if kind == InvoiceKind::Final && status == InvoiceStatus::Unpaid {
        Ok(())
    } else {
        Err(InvoiceRefusal::NotAwaitingPayment)
    }
}

/// BIL-4: a pro forma's selection: one to [`PRO_FORMA_MAX_ITEMS`] distinct invoices.
/// Returns the ids without repeats, in the order given.
pub fn pro_forma_selection(ids: &[String]) -> Result<Vec<String>, InvoiceRefusal> {
    let mut out: Vec<String> = Vec::new();
    for id in ids {
        if !out.contains(id) {
            out.push(id.clone());
        }
    }
    match out.len() {
        0 => Err(InvoiceRefusal::NothingSelected),
        n if n > PRO_FORMA_MAX_ITEMS => Err(InvoiceRefusal::TooManySelected),
        _ => Ok(out),
    }
}

/// BIL-6: premium support as it stands at `now`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SupportTerm {
    pub started_at: i64,
    pub current_term_ends_at: i64,
    pub cancel_at_term: bool,
    pub ended_at: Option<i64>,
}

impl SupportTerm {
    /// Premium support is on at `now`: subscribed and the paid term not over (a
    /// cancellation takes effect at the end of the term).
    pub fn active_at(&self, now: i64) -> bool {
        self.ended_at.is_none_or(|e| e > now) && now < self.current_term_ends_at
    }

    /// Whether a new subscription may start at `now`.
    pub fn may_subscribe(term: Option<&SupportTerm>, now: i64) -> Result<(), InvoiceRefusal> {
        match term {
            Some(t) if t.active_at(now) && !t.cancel_at_term => Err(InvoiceRefusal::AlreadySubscribed),
            _ => Ok(()),
        }
    }

    /// Whether it may be cancelled at term at `now`.
    pub fn may_cancel(term: Option<&SupportTerm>, now: i64) -> Result<(), InvoiceRefusal> {
        match term {
            Some(t) if t.active_at(now) && !t.cancel_at_term => Ok(()),
            _ => Err(InvoiceRefusal::NotSubscribed),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_final_invoice_downloads_once_paid_and_a_pro_forma_always() {
        use InvoiceKind::Final;
        use InvoiceStatus::{Cancelled, Paid, Unpaid};
        let (pro_forma, pf) = (InvoiceKind::ProForma, InvoiceStatus::ProForma);
        assert_eq!(may_download(Final, Unpaid), Err(InvoiceRefusal::UnpaidFinal));
        assert_eq!(may_download(Final, Paid), Ok(()));
        assert_eq!(may_download(Final, Cancelled), Err(InvoiceRefusal::Cancelled));
        assert_eq!(may_download(pro_forma, pf), Ok(()));
        assert_eq!(awaits_payment(Final, Unpaid), Ok(()));
        for (k, s) in [(Final, Paid), (Final, Cancelled), (pro_forma, pf)] {
            assert_eq!(awaits_payment(k, s), Err(InvoiceRefusal::NotAwaitingPayment));
        }
        for s in [Unpaid, Paid, Cancelled, pf] {
            assert_eq!(InvoiceStatus::parse(s.code()), Some(s));
        }
    }

    #[test]
    fn a_pro_forma_gathers_one_to_fifty_distinct_invoices() {
        let ids = |n: usize| (0..n).map(|i| format!("i{i}")).collect::<Vec<_>>();
        assert_eq!(pro_forma_selection(&[]), Err(InvoiceRefusal::NothingSelected));
        assert_eq!(pro_forma_selection(&["a".into(), "b".into(), "a".into()]), Ok(vec!["a".into(), "b".into()]));
        assert_eq!(pro_forma_selection(&ids(50)).map(|v| v.len()), Ok(50));
        assert_eq!(pro_forma_selection(&ids(51)), Err(InvoiceRefusal::TooManySelected));
        // Repeats do not count against the limit.
        let mut many = ids(50);
        many.extend(ids(50));
        assert_eq!(pro_forma_selection(&many).map(|v| v.len()), Ok(50));
    }

    #[test]
    fn premium_support_is_cancelled_at_term() {
        let t =
            SupportTerm { started_at: 0, current_term_ends_at: SUPPORT_TERM_MS, cancel_at_term: false, ended_at: None };
        assert!(t.active_at(0) && t.active_at(SUPPORT_TERM_MS - 1) && !t.active_at(SUPPORT_TERM_MS));
        assert_eq!(SupportTerm::may_subscribe(None, 0), Ok(()));
        assert_eq!(SupportTerm::may_subscribe(Some(&t), 10), Err(InvoiceRefusal::AlreadySubscribed));
        assert_eq!(SupportTerm::may_cancel(Some(&t), 10), Ok(()));
        assert_eq!(SupportTerm::may_cancel(None, 10), Err(InvoiceRefusal::NotSubscribed));
        let cancelled = SupportTerm { cancel_at_term: true, ..t };
        // Still on until the term ends, but cannot be cancelled twice; may be taken again.
        assert!(cancelled.active_at(10));
        assert_eq!(SupportTerm::may_cancel(Some(&cancelled), 10), Err(InvoiceRefusal::NotSubscribed));
        assert_eq!(SupportTerm::may_subscribe(Some(&cancelled), 10), Ok(()));
        assert_eq!(SupportTerm::may_subscribe(Some(&t), SUPPORT_TERM_MS), Ok(()));
    }
}
