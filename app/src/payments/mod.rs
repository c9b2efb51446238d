//! BIL-3 on the client: the billing overview (`/o/<id>/billing`): the prepaid balance,
//! top up and withdraw, payment methods, the balance's history, links to the other
//! billing pages.

pub mod api;
#[cfg(feature = "ui")]
mod page;

#[cfg(feature = "ui")]
lazy_area!(
    /// The billing overview page.
    BillingArea,
    page::BillingPage
);
