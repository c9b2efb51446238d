//! The organization's audit log: who changed what, when and from where, with a
//! filter by person and by action, and a CSV export.

pub mod api;
#[cfg(feature = "ui")]
mod page;

#[cfg(feature = "ui")]
lazy_area!(
    /// The audit log page.
    AuditArea,
    page::AuditPage
);
