//! Server functions of renewals (PRD-6, PRD-7): the "manage renewals" list, renewal
//! warranty on or off for a selection, renewing by hand and restoring a domain in its
//! redemption period. Billing rights needed (`Action::ViewBilling`, `Action::Pay`), and
//! `Action::ManageProduct` for each product changed.

use domain::{Currency, Membership, ProductKind, ProductStatus};
use leptos::prelude::*;
use leptos::server_fn::codec::Json;
use serde::{Deserialize, Serialize};

use crate::error::AppError;

pub use domain::renewal::MAX_SELECTION;

/// One product as the "manage renewals" page shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RenewalRow {
    pub product_id: String,
    pub name: String,
    pub kind: ProductKind,
    pub status: ProductStatus,
    /// Unix milliseconds.
    pub expires_at: Option<i64>,
    /// The renewal's price, VAT excluded, in minor units of the organization's currency.
    pub price_minor: i64,
    pub warranty: bool,
    /// When the next reminder goes out (none once the last has gone, or not active).
    pub next_reminder_at: Option<i64>,
    /// PRD-7: a domain in redemption, restorable until then.
    pub redemption_ends_at: Option<i64>,
    /// What restoring costs (the restore fee plus the renewal), VAT excluded.
    pub restore_minor: Option<i64>,
    /// MEM-1: the product is in the caller's access list (managers need none).
    pub granted: bool,
    /// PRD-3: its management is blocked.
    pub blocked: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RenewalList {
    pub currency: Currency,
    /// The caller's membership, for the same `domain::authorize` the server runs.
    pub you: Membership,
    pub rows: Vec<RenewalRow>,
}

/// The outcome of renewing or restoring by hand.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RenewalDone {
    pub invoice_number: String,
    /// Paid and applied: the new expiry. `None`: the payment is pending (a provider's
    /// confirmation), the product is extended once it is paid.
    pub expires_at: Option<i64>,
}

/// The organization's live products with their expiry, renewal price and warranty.
#[server(endpoint = "renewals/list", input = Json)]
pub async fn list_renewals(org_id: String) -> Result<RenewalList, AppError> {
    crate::endpoint::serve(ListRenewals { org_id }).await
}

/// Turns renewal warranty on or off for 1 to [`MAX_SELECTION`] products at once (all or
/// nothing; NAS products refused); answers how many changed.
#[server(endpoint = "renewals/set_warranty", input = Json)]
pub async fn set_warranty(org_id: String, product_ids: Vec<String>, on: bool) -> Result<u64, AppError> {
    crate::endpoint::serve(SetWarranty { org_id, product_ids, on }).await
}

/// Renews a product now: invoiced and paid from the default payment profile (the
/// prepaid balance when there is none); refused with nothing charged when the payment
/// fails.
#[server(endpoint = "renewals/renew_now", input = Json)]
pub async fn renew_now(org_id: String, product_id: String) -> Result<RenewalDone, AppError> {
    crate::endpoint::serve(RenewNow { org_id, product_id }).await
}

/// Restores a domain within its redemption period (PRD-7): the restore fee of its
/// extension plus the renewal, invoiced and paid; active again for a period.
#[server(endpoint = "renewals/restore", input = Json)]
pub async fn restore(org_id: String, product_id: String) -> Result<RenewalDone, AppError> {
    crate::endpoint::serve(Restore { org_id, product_id }).await
}
