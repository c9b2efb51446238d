//! Recovery when the user cannot sign in (ACC-10, ACC-11, ACC-12): forgotten password,
//! forgotten login email, the identity-verification request, and the new login email
//! after a lost mailbox.

pub mod api;
