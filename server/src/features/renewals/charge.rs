//! Charging a renewal or a domain's restore (PRD-6, PRD-7), the same way for the
//! scheduler and for a request: the invoice through `billing::invoicing::issue`, its
//! payment through `billing::payment::pay_invoice` from the default payment profile (the
//! prepaid balance when there is none), and the product extended by one period once it
//! is paid — all in the caller's transaction.

use domain::renewal::{period_ms, redemption, Refusal};
use domain::{Currency, ProductStatus};

use super::store::{self, ProductRow};
use crate::context::Tx;
use crate::error::Result;
use crate::features::billing::invoicing::{self, Issued, NewLine};
use crate::features::billing::payment::{self, Means, Paid};
use crate::state::AppState;

/// A renewal, or a restore (the restore fee, then the renewal).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Renewal,
    Restore,
}

impl Kind {
    pub fn code(self) -> &'static str {
        match self {
            Kind::Renewal => "renewal",
            Kind::Restore => "restore",
        }
    }
}

/// The restore fee of the product's extension, in the organization's currency.
pub fn restore_fee_minor(product: &ProductRow, currency: Currency) -> i64 {
    redemption(product.extension.as_deref().unwrap_or("")).fee(currency).minor()
}

/// Invoices the renewal (or restore) of the product's current expiry and records it as
/// its bill.
pub async fn invoice(
    tx: &mut Tx,
    product: &ProductRow,
    kind: Kind,
    currency: Currency,
    actor: Option<&str>,
    now: i64,
) -> Result<Issued> {
    let renewal = NewLine {
        product_id: Some(product.id.clone()),
        item_kind: "renewal",
        offer: product.offer.clone(),
        description: product.name.clone(),
        quantity: 1,
        unit_minor: product.price_minor,
        discount_minor: 0,
        promo_code: None,
    };
    let mut lines = Vec::new();
    if kind == Kind::Restore {
        lines.push(NewLine {
            item_kind: "restore",
            unit_minor: restore_fee_minor(product, currency),
            ..renewal.clone()
        });
    }
    lines.push(renewal);
    let issued =
        invoicing::issue(tx, &product.org_id, actor, product.billing_address_id.as_deref(), &lines, now).await?;
    store::record_bill(tx, product, &issued.id, kind.code(), now).await?;
    Ok(issued)
}

/// Pays the invoice from the default payment profile, else the prepaid balance.
pub async fn pay(
    tx: &mut Tx,
    state: &AppState,
    org_id: &str,
    invoice_id: &str,
    actor: Option<&str>,
    now: i64,
) -> Result<Paid> {
    let means = match store::default_profile(tx, org_id).await? {
        Some(profile) => Means::Profile(profile),
        None => Means::Balance,
    };
    payment::pay_invoice(tx, state, org_id, invoice_id, &means, actor, now).await
}

/// Why a payment that did not go through took nothing.
pub fn refusal(paid: &Paid) -> Option<Refusal> {
    match paid {
        Paid::Paid | Paid::Pending { .. } => None,
        Paid::InsufficientBalance { .. } => Some(Refusal::InsufficientBalance),
        Paid::Declined { .. } | Paid::NoSuchProfile => Some(Refusal::PaymentDeclined),
    }
}

/// The paid bill `invoice_id` extends the product by one period (from its expiry; from
/// now when it had expired), active again; answers the new expiry.
pub async fn extend(tx: &mut Tx, product: &ProductRow, invoice_id: &str, now: i64) -> Result<i64> {
    let from = match (product.status()?, product.expires_at) {
        (ProductStatus::Expired, _) | (_, None) => now,
        (_, Some(expires_at)) => expires_at,
    };
    let expires_at = from + period_ms(product.period_months);
    sqlx::query("UPDATE products SET status = 'active', expires_at = $2, redemption_ends_at = NULL WHERE id = $1")
        .bind(&product.id)
        .bind(expires_at)
        .execute(&mut **tx)
        .await?;
    sqlx::query("UPDATE product_renewals SET applied_at = $2 WHERE invoice_id = $1")
        .bind(invoice_id)
        .bind(now)
        .execute(&mut **tx)
        .await?;
    Ok(expires_at)
}
