//! Orga's client: the Leptos console compiled to WebAssembly, grouped by feature. Each
//! feature folder holds its pages and, in `api.rs`, the declarations of the server
//! functions it calls with the types they exchange.
//!
//! Two builds share this crate. With the `ui` feature (the browser build, through
//! `csr`), everything. Without it (the server's build, `ssr`), only the contract: the
//! `api.rs` modules, [`error`], the session's wire types and [`endpoint`], the seam
//! where the server plugs in the bodies — no component is compiled into the server.

/// A route whose page is fetched when first opened: its code goes to a module of its
/// own in the split build (`split` feature), and is an ordinary route otherwise.
#[cfg(feature = "ui")]
macro_rules! lazy_area {
    ($(#[$doc:meta])* $area:ident, $page:path) => {
        $(#[$doc])*
        pub struct $area;

        #[cfg_attr(feature = "split", leptos_router::lazy_route)]
        impl leptos_router::LazyRoute for $area {
            fn data() -> Self {
                $area
            }

            #[cfg(feature = "split")]
            fn view(_this: Self) -> leptos::prelude::AnyView {
                use leptos::prelude::IntoAny;
                $page().into_any()
            }

            #[cfg(not(feature = "split"))]
            async fn view(_this: Self) -> leptos::prelude::AnyView {
                use leptos::prelude::IntoAny;
                $page().into_any()
            }
        }
    };
}

pub mod activity;
pub mod app_passwords;
pub mod audit;
pub mod auth;
pub mod devmail;
pub mod error;
pub mod integrations;
pub mod invitations;
pub mod invoices;
pub mod members;
pub mod org_security;
pub mod organizations;
pub mod payments;
pub mod products;
pub mod profile;
pub mod recovery;
pub mod renewals;
pub mod security;
pub mod security_keys;
pub mod session;
pub mod settings;
pub mod shop;
pub mod support;

#[cfg(feature = "ssr")]
pub mod endpoint;

#[cfg(feature = "ui")]
mod app;
#[cfg(feature = "ui")]
pub mod dates;
#[cfg(feature = "ui")]
pub mod download;
#[cfg(feature = "ui")]
pub mod home;
#[cfg(feature = "ui")]
pub mod i18n;
#[cfg(feature = "ui")]
pub mod shell;

#[cfg(feature = "ui")]
pub use app::App;
pub use error::AppError;
