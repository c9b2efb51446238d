//! Server functions of premium support (BIL-6): its state, subscribing (invoiced and
//! paid from the prepaid balance) and cancelling at the end of the term.

use domain::Currency;
use leptos::prelude::*;
use leptos::server_fn::codec::Json;
use serde::{Deserialize, Serialize};

use crate::error::AppError;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SupportStatus {
    /// Premium support is on now.
    pub active: bool,
    /// The end of the paid term (Unix milliseconds), while a subscription exists.
    pub current_term_ends_at: Option<i64>,
    pub cancel_at_term: bool,
    /// The monthly price in the organization's currency.
    pub currency: Currency,
    pub monthly_minor: i64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SupportAnswer {
    pub status: SupportStatus,
    /// The invoice of a new term, when one was made.
    pub invoice_number: Option<String>,
}

/// Every member of the organization may see whether it has premium support.
#[server(endpoint = "support/status", input = Json)]
pub async fn get_support_status(org_id: String) -> Result<SupportStatus, AppError> {
    crate::endpoint::serve(GetSupportStatus { org_id }).await
}

#[server(endpoint = "support/subscribe", input = Json)]
pub async fn subscribe_support(org_id: String) -> Result<SupportAnswer, AppError> {
    crate::endpoint::serve(SubscribeSupport { org_id }).await
}

#[server(endpoint = "support/cancel", input = Json)]
pub async fn cancel_support(org_id: String) -> Result<SupportAnswer, AppError> {
    crate::endpoint::serve(CancelSupport { org_id }).await
}
