//! Billing's core (BIL-3, BIL-4), shared by every feature that spends an organization's
//! money — the shop, renewals, restoring a domain, the office suite's upgrade, premium
//! support: `invoicing::issue` writes a final invoice with a gap-free number and exact
//! VAT, `payment::pay_invoice` pays it from the prepaid balance or a payment profile,
//! both inside the caller's transaction.
//!
//! BIL-3 (payments): `profiles` the billing overview and payment profiles, `balance` the
//! prepaid balance (top up, withdraw, history), `webhook` the provider's signed
//! confirmations (a plain route, see `http.rs`).

mod balance;
pub mod invoices;
pub mod invoicing;
pub mod payment;
pub mod pdf;
mod profiles;
pub mod support;
pub mod webhook;

use crate::endpoints::Endpoints;

pub fn endpoints(api: &mut Endpoints) {
    // invoices (BIL-4, BIL-5, BIL-6)
    api.signed_in(invoices::list);
    api.signed_in(invoices::get);
    api.signed_in(invoices::to_pay);
    api.signed_in(invoices::pay);
    api.signed_in(invoices::pro_forma);
    api.signed_in(pdf::download);
    api.signed_in(support::get);
    api.signed_in(support::subscribe);
    api.signed_in(support::cancel);
    // payments (BIL-3)
    api.signed_in(profiles::overview);
    api.signed_in(profiles::profiles);
    api.signed_in(profiles::add_profile);
    api.signed_in(profiles::set_default);
    api.signed_in(profiles::remove_profile);
    api.signed_in(balance::top_up);
    api.signed_in(balance::withdraw);
    api.signed_in(balance::movements);
}
