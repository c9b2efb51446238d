//! Premium support (BIL-6) and the help page (X-6: what support can and cannot do, the
//! guided tour of the console).

pub mod api;
#[cfg(feature = "ui")]
mod help;
#[cfg(feature = "ui")]
mod page;

#[cfg(feature = "ui")]
lazy_area!(
    /// The organization's premium support page.
    SupportArea,
    page::SupportPage
);

#[cfg(feature = "ui")]
lazy_area!(
    /// The help page.
    HelpArea,
    help::HelpPage
);
