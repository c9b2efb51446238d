//! Renewals and expiry (PRD-6, PRD-7): what is due for a product at a given moment —
//! a reminder 30, 7 and 1 days before expiry, the automatic renewal at expiry when the
//! renewal warranty is on, expiry otherwise (a domain enters its redemption period),
//! release when the redemption ends — and the redemption table by extension. Pure: the
//! scheduler passes the facts and the time, and does what the answer says.

use serde::{Deserialize, Serialize};

use crate::money::Money;
use crate::organization::Currency;
use crate::product::{ProductKind, ProductStatus};

pub const DAY_MS: i64 = 86_400_000;

/// Reminders go out this many days before expiry (PRD-7), largest first.
pub const REMINDER_DAYS: [u32; 3] = [30, 7, 1];

/// After an automatic renewal whose payment failed, the product stays active this long
/// past its expiry, so someone can pay the invoice (it then expires like one without
/// warranty).
pub const GRACE_DAYS: i64 = 14;

/// The most products one `renewals/set_warranty` call may name.
pub const MAX_SELECTION: usize = 500;

/// The length of `months` of a product's period, as products count it (a year is 365
/// days, a month a twelfth of it).
pub fn period_ms(months: i64) -> i64 {
    months.max(1) * 365 * DAY_MS / 12
}

/// A domain's redemption rules (PRD-7): how long it can be restored after its expiry,
/// and the registry's restore fee on top of the renewal.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Redemption {
    pub days: u32,
    pub fee_chf_minor: i64,
    pub fee_eur_minor: i64,
}

impl Redemption {
    pub fn fee(&self, currency: Currency) -> Money {
        Money::new(
            match currency {
                Currency::Chf => self.fee_chf_minor,
                Currency::Eur => self.fee_eur_minor,
            },
            currency,
        )
    }

    pub fn period_ms(&self) -> i64 {
        i64::from(self.days) * DAY_MS
    }
}

const fn r(days: u32, fee_chf: i64, fee_eur: i64) -> Redemption {
    Redemption { days, fee_chf_minor: fee_chf * 100, fee_eur_minor: fee_eur * 100 }
}

/// The redemption table by extension (VAT excluded). The seeds give the periods of .ch
/// and .li (40 days), .com and .net (30 days, with a restore fee of about 90–120); the
/// others follow their registries' published grace periods (.fr 30, .eu 40 — EURid's
/// quarantine —, .de 30, .be 40, .it 30, .es 10) with a fee at the level registrars
/// charge for them. An extension not in the table gets 30 days and the gTLD fee.
pub const REDEMPTION_TABLE: &[(&str, Redemption)] = &[
    ("ch", r(40, 50, 45)),
    ("li", r(40, 50, 45)),
    ("com", r(30, 110, 100)),
    ("net", r(30, 110, 100)),
    ("org", r(30, 110, 100)),
    ("fr", r(30, 60, 55)),
    ("eu", r(40, 50, 45)),
    ("de", r(30, 40, 35)),
    ("be", r(40, 50, 45)),
    ("it", r(30, 40, 35)),
    ("es", r(10, 40, 35)),
];

/// Any other extension.
pub const DEFAULT_REDEMPTION: Redemption = r(30, 110, 100);

/// The redemption rules of an extension (`ch`, `.CH` and `example.ch` alike).
pub fn redemption(ext: &str) -> Redemption {
    let ext = ext.trim().rsplit('.').next().unwrap_or("").to_ascii_lowercase();
    REDEMPTION_TABLE.iter().find(|(e, _)| *e == ext).map_or(DEFAULT_REDEMPTION, |(_, r)| *r)
}

/// An invoice for the product's current expiry (a renewal, or a restore in redemption)
/// not yet applied to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Bill {
    None,
    /// Issued, not paid (a failed payment, a provider's pending confirmation).
    Unpaid,
    /// Paid since: the product is to be extended.
    Paid,
}

/// What the rules need to know of a product.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Facts {
    pub kind: ProductKind,
    pub status: ProductStatus,
    pub expires_at: Option<i64>,
    pub warranty: bool,
    /// Domains: the extension, which decides the redemption (PRD-7).
    pub extension: Option<String>,
    pub redemption_ends_at: Option<i64>,
    pub bill: Bill,
}

impl Facts {
    /// Renewal warranty counts only where it is offered (never NAS).
    fn warranty_on(&self) -> bool {
        self.warranty && self.kind.offers_renewal_warranty()
    }
}

/// Something due for a product. `due_at` is the moment the rules made it due; with the
/// job's name and the product, it names the run, which is done once.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// Email the reminder `days` before expiry.
    Remind { days: u32, due_at: i64 },
    /// Invoice the renewal and pay it from the payment profile (warranty on).
    Renew { due_at: i64 },
    /// A renewal or restore invoice was paid: extend by one period, active again.
    Extend { due_at: i64 },
    /// Not renewed: the product expires (not a domain).
    Expire { due_at: i64 },
    /// Not renewed: a domain enters its redemption period, until `ends_at`.
    EnterRedemption { due_at: i64, ends_at: i64 },
    /// The redemption period is over: the domain is released.
    Release { due_at: i64 },
}

impl Step {
    /// The job's name in `scheduled_runs`.
    pub fn job(&self) -> String {
        match self {
            Step::Remind { days, .. } => format!("reminder_{days}"),
            Step::Renew { .. } => "renew".into(),
            Step::Extend { .. } => "extend".into(),
            Step::Expire { .. } => "expire".into(),
            Step::EnterRedemption { .. } => "redemption".into(),
            Step::Release { .. } => "release".into(),
        }
    }

    pub fn due_at(&self) -> i64 {
        match *self {
            Step::Remind { due_at, .. }
            | Step::Renew { due_at }
            | Step::Extend { due_at }
            | Step::Expire { due_at }
            | Step::EnterRedemption { due_at, .. }
            | Step::Release { due_at } => due_at,
        }
    }
}

/// What is due for the product at `now`, if anything. One step at a time: the next one
/// follows at a later run, from the facts the step left.
pub fn decide(f: &Facts, now: i64) -> Option<Step> {
    match f.status {
        ProductStatus::Active => {
            let expires_at = f.expires_at?;
            if f.bill == Bill::Paid {
                return Some(Step::Extend { due_at: expires_at });
            }
            if now < expires_at {
                let days = reminder_due(expires_at, now)?;
                return Some(Step::Remind { days, due_at: expires_at - i64::from(days) * DAY_MS });
            }
            let lapse_at = match (f.warranty_on(), f.bill) {
                (true, Bill::None) => return Some(Step::Renew { due_at: expires_at }),
                // The renewal's payment failed: active through the grace period.
                (_, Bill::Unpaid) => expires_at + GRACE_DAYS * DAY_MS,
                _ => expires_at,
            };
            (now >= lapse_at).then(|| lapse(f, lapse_at))
        }
        ProductStatus::Redemption => {
            let ends_at = f.redemption_ends_at?;
            if f.bill == Bill::Paid {
                return Some(Step::Extend { due_at: f.expires_at.unwrap_or(ends_at) });
            }
            (now >= ends_at).then_some(Step::Release { due_at: ends_at })
        }
        // A renewal by hand of an expired product, paid after the request (pending).
        ProductStatus::Expired if f.bill == Bill::Paid => Some(Step::Extend { due_at: f.expires_at.unwrap_or(now) }),
        ProductStatus::Expired | ProductStatus::Released | ProductStatus::Terminated => None,
    }
}

/// Not renewed at `at`: a domain enters redemption, anything else expires.
fn lapse(f: &Facts, at: i64) -> Step {
    if f.kind == ProductKind::Domain {
        let rules = redemption(f.extension.as_deref().unwrap_or(""));
        Step::EnterRedemption { due_at: at, ends_at: at + rules.period_ms() }
    } else {
        Step::Expire { due_at: at }
    }
}

/// The reminder due at `now` before an expiry at `expires_at`: the nearest threshold
/// already reached (a process that was down for a week sends the 7-day reminder, not a
/// late 30-day one as well).
fn reminder_due(expires_at: i64, now: i64) -> Option<u32> {
    REMINDER_DAYS.iter().rev().copied().find(|d| now >= expires_at - i64::from(*d) * DAY_MS)
}

/// When the next reminder will go out, for the "manage renewals" page: the first
/// threshold still ahead of `now` (none once the last has passed, or when not active).
pub fn next_reminder(status: ProductStatus, expires_at: Option<i64>, now: i64) -> Option<i64> {
    if status != ProductStatus::Active {
        return None;
    }
    let expires_at = expires_at?;
    REMINDER_DAYS.iter().map(|d| expires_at - i64::from(*d) * DAY_MS).find(|at| *at > now)
}

/// Why a renewal action is refused (PRD-6, PRD-7), in words the UI shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, thiserror::Error)]
#[serde(rename_all = "snake_case")]
pub enum Refusal {
    /// PRD-6: NAS products have no renewal warranty.
    #[error("renewal warranty is not offered for this product")]
    WarrantyNotOffered,
    /// Released, terminated: nothing left to renew.
    #[error("nothing left to renew")]
    NotRenewable,
    /// A domain in redemption is restored, not renewed.
    #[error("a domain in redemption is restored, not renewed")]
    InRedemption,
    /// Restore is only possible during the redemption period.
    #[error("only a domain in its redemption period can be restored")]
    NotInRedemption,
    /// Nothing was paid: the balance does not cover the amount.
    #[error("the prepaid balance does not cover the amount")]
    InsufficientBalance,
    /// Nothing was paid: the payment provider declined.
    #[error("the payment was declined")]
    PaymentDeclined,
}

impl Refusal {
    pub fn msg(self) -> crate::i18n::RenewalsMsg {
        use crate::i18n::RenewalsMsg as M;
        match self {
            Refusal::WarrantyNotOffered => M::RefusalWarrantyNotOffered,
            Refusal::NotRenewable => M::RefusalNotRenewable,
            Refusal::InRedemption => M::RefusalInRedemption,
            Refusal::NotInRedemption => M::RefusalNotInRedemption,
            Refusal::InsufficientBalance => M::RefusalInsufficientBalance,
            Refusal::PaymentDeclined => M::RefusalPaymentDeclined,
        }
    }
}

/// May the renewal warranty of this product be set?
pub fn warranty_refusal(kind: ProductKind, status: ProductStatus) -> Option<Refusal> {
    if !kind.offers_renewal_warranty() {
        Some(Refusal::WarrantyNotOffered)
    } else if !status.is_live() {
        Some(Refusal::NotRenewable)
    } else {
        None
    }
}

/// May this product be renewed by hand now?
pub fn renew_refusal(status: ProductStatus) -> Option<Refusal> {
    match status {
        ProductStatus::Active | ProductStatus::Expired => None,
        ProductStatus::Redemption => Some(Refusal::InRedemption),
        ProductStatus::Released | ProductStatus::Terminated => Some(Refusal::NotRenewable),
    }
}

/// May this product be restored now (PRD-7: a domain within its redemption period)?
pub fn restore_refusal(status: ProductStatus, redemption_ends_at: Option<i64>, now: i64) -> Option<Refusal> {
    match (status, redemption_ends_at) {
        (ProductStatus::Redemption, Some(ends)) if now < ends => None,
        _ => Some(Refusal::NotInRedemption),
    }
}

#[cfg(test)]
mod tests;
