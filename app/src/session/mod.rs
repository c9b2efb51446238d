//! Who is signed in: the wire description ([`Me`]) and, in the client, the reactive
//! session every page reads.

mod me;
pub use me::{Me, OrgSquare, OrgSummary};

#[cfg(feature = "ui")]
mod reactive;
#[cfg(feature = "ui")]
pub use reactive::{use_session, Session};
