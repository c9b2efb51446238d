//! Invitations addressed to the signed-in user, and the preview a new person sees when
//! following an emailed link (MEM-2).

pub mod api;
#[cfg(feature = "ui")]
mod inbox;

#[cfg(feature = "ui")]
pub use inbox::InvitationInbox;
