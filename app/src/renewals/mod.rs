//! Renewals (PRD-6, PRD-7): the "manage renewals" page — renewal warranty for a
//! selection, renewing by hand, restoring a domain in redemption.

pub mod api;
#[cfg(feature = "ui")]
mod page;

#[cfg(feature = "ui")]
lazy_area!(
    /// The "manage renewals" page.
    RenewalsArea,
    page::RenewalsPage
);
