//! The shop (BIL-1, BIL-2): the catalogue at `/shop`, the cart at `/shop/cart` (kept in
//! the browser, so a signed-out visitor fills it and finds it again after signing up),
//! the checkout with promo codes and free offers, and the cart link of the header.

pub mod api;
#[cfg(feature = "ui")]
pub mod cart;
#[cfg(feature = "ui")]
mod catalogue;
#[cfg(feature = "ui")]
mod checkout;
#[cfg(feature = "ui")]
mod frame;

#[cfg(feature = "ui")]
lazy_area!(
    /// The catalogue.
    ShopArea,
    catalogue::ShopPage
);

#[cfg(feature = "ui")]
lazy_area!(
    /// The cart and checkout.
    CartArea,
    checkout::CartPage
);
