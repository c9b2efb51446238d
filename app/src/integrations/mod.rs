//! Partner integrations (EMB-1, EMB-2): API keys and embedding origins in the
//! organization's settings, and the contract the embeddable widgets use.

pub mod api;
#[cfg(feature = "ui")]
pub mod section;
