//! Invitations addressed to the signed-in user, and the preview a new person sees when
//! following an emailed link (MEM-2).

pub mod api;
mod inbox;

pub use inbox::InvitationInbox;
