//! The development mail viewer: what the outbox holds, shown in the console. The
//! server answers only when it runs in development mode.

pub mod api;
mod page;

pub use page::DevMailPage;
