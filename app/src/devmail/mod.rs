//! The development mail viewer: what the outbox holds, shown in the console. The
//! server answers only when it runs in development mode.

pub mod api;
#[cfg(feature = "ui")]
mod page;

#[cfg(feature = "ui")]
lazy_area!(
    /// The development mail viewer.
    DevMailArea,
    page::DevMailPage
);
