//! Products (PRD-1…5, PRD-8): the list per type with batch selection, a product's
//! dashboard, the termination link's page (each a lazily loaded area), and the ways in
//! (navigation entries, home tiles, the products menu at top right), in the first load.

pub mod api;
#[cfg(feature = "ui")]
mod confirm;
#[cfg(feature = "ui")]
mod dashboard;
#[cfg(feature = "ui")]
mod list;
#[cfg(feature = "ui")]
mod nav;

#[cfg(feature = "ui")]
pub use nav::{ProductTiles, ProductsMenu, ProductsNav};

#[cfg(feature = "ui")]
lazy_area!(
    /// A product list per type.
    ProductListArea,
    list::ProductListPage
);

#[cfg(feature = "ui")]
lazy_area!(
    /// A product's dashboard.
    ProductDashboardArea,
    dashboard::ProductDashboardPage
);

#[cfg(feature = "ui")]
lazy_area!(
    /// The termination link's page.
    ConfirmTerminationArea,
    confirm::ConfirmTerminationPage
);
