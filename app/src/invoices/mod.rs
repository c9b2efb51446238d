//! The organization's invoices (BIL-4, BIL-5): the history with statuses, the unpaid
//! ones with a pro forma made from a selection, an invoice's detail, and PDFs.

pub mod api;
#[cfg(feature = "ui")]
mod detail;
#[cfg(feature = "ui")]
mod page;

#[cfg(feature = "ui")]
lazy_area!(
    /// The invoices page: history and "to pay".
    InvoicesArea,
    page::InvoicesPage
);

#[cfg(feature = "ui")]
lazy_area!(
    /// One invoice.
    InvoiceDetailArea,
    detail::InvoiceDetailPage
);

/// The policy's verdict on `action` in the organization on screen, with the reason.
#[cfg(feature = "ui")]
pub(crate) fn verdict(session: crate::session::Session, action: &domain::Action) -> Result<(), domain::Denied> {
    use leptos::prelude::With;
    session.me.with(|m| {
        m.as_ref()
            .and_then(|m| m.current_org())
            .map_or(Err(domain::Denied::NotAMember), |o| domain::authorize(Some(&o.membership), action))
    })
}
