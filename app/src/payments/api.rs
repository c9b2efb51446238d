//! Server functions of BIL-3: the billing overview, payment profiles and the prepaid
//! balance (top up, withdraw, its history). Every one names the organization; reads need
//! `ViewBilling`, a top-up `Pay`, profiles and withdrawals `ManageBillingSettings`
//! (a withdrawal also a recent re-authentication).

use domain::Currency;
use leptos::prelude::*;
use leptos::server_fn::codec::Json;
use serde::{Deserialize, Serialize};

use crate::error::AppError;

/// Movements per page of the balance's history.
pub const MOVEMENTS_PER_PAGE: u32 = 20;

/// The billing home of an organization.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Overview {
    pub org_id: String,
    pub org_name: String,
    pub currency: Currency,
    pub balance_minor: i64,
    /// The default payment profile; `None`: the prepaid balance (the default).
    pub default_profile: Option<String>,
    /// Unpaid final invoices and their total.
    pub unpaid_invoices: u64,
    pub unpaid_minor: i64,
    /// Provider payments awaiting their webhook.
    pub pending_payments: u64,
    /// The providers this server has (`"test"` with `--dev`): what a profile may name.
    pub providers: Vec<String>,
}

/// A payment profile (a card or mandate at a provider); its token never comes back.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Profile {
    pub id: String,
    pub provider: String,
    pub label: String,
    pub is_default: bool,
    pub created_at: i64,
}

/// One movement of the prepaid balance: + top-up, refund; − payment, withdrawal.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Movement {
    pub id: String,
    pub amount_minor: i64,
    /// `top_up`, `withdrawal`, `payment`, `refund`.
    pub kind: String,
    pub invoice_id: Option<String>,
    pub created_at: i64,
}

/// Where the next (older) page of movements starts.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MovementCursor {
    pub created_at: i64,
    pub id: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MovementPage {
    pub currency: Currency,
    pub movements: Vec<Movement>,
    pub next: Option<MovementCursor>,
}

/// What the provider answered a top-up.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TopUpOutcome {
    /// Paid: the balance holds the amount now.
    Credited,
    /// Refused by the provider: nothing charged, nothing credited.
    Declined,
    /// The provider confirms later (webhook); the balance grows then.
    Pending,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TopUpAnswer {
    pub outcome: TopUpOutcome,
    pub payment_id: String,
    pub balance_minor: i64,
}

#[server(endpoint = "billing/overview", input = Json)]
pub async fn billing_overview(org_id: String) -> Result<Overview, AppError> {
    crate::endpoint::serve(BillingOverview { org_id }).await
}

#[server(endpoint = "billing/profiles", input = Json)]
pub async fn billing_profiles(org_id: String) -> Result<Vec<Profile>, AppError> {
    crate::endpoint::serve(BillingProfiles { org_id }).await
}

/// `token` is the provider's reference of the card (the test provider's `test_ok`,
/// `test_decline`, `test_delayed`).
#[server(endpoint = "billing/add_profile", input = Json)]
pub async fn add_profile(org_id: String, provider: String, label: String, token: String) -> Result<Profile, AppError> {
    crate::endpoint::serve(AddProfile { org_id, provider, label, token }).await
}

/// `profile_id: None` makes the prepaid balance the default again.
#[server(endpoint = "billing/set_default", input = Json)]
pub async fn set_default(org_id: String, profile_id: Option<String>) -> Result<Vec<Profile>, AppError> {
    crate::endpoint::serve(SetDefault { org_id, profile_id }).await
}

#[server(endpoint = "billing/remove_profile", input = Json)]
pub async fn remove_profile(org_id: String, profile_id: String) -> Result<Vec<Profile>, AppError> {
    crate::endpoint::serve(RemoveProfile { org_id, profile_id }).await
}

#[server(endpoint = "billing/top_up", input = Json)]
pub async fn top_up(org_id: String, amount_minor: i64, profile_id: String) -> Result<TopUpAnswer, AppError> {
    crate::endpoint::serve(TopUp { org_id, amount_minor, profile_id }).await
}

/// Answers the balance after the withdrawal.
#[server(endpoint = "billing/withdraw", input = Json)]
pub async fn withdraw(org_id: String, amount_minor: i64) -> Result<i64, AppError> {
    crate::endpoint::serve(Withdraw { org_id, amount_minor }).await
}

#[server(endpoint = "billing/movements", input = Json)]
pub async fn movements(org_id: String, after: Option<MovementCursor>) -> Result<MovementPage, AppError> {
    crate::endpoint::serve(Movements { org_id, after }).await
}
