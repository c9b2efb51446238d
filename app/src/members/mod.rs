//! The members of an organization, their roles and invitations (MEM-1…MEM-4, MEM-7).

pub mod api;
#[cfg(feature = "ui")]
mod batch;
#[cfg(feature = "ui")]
mod change_role;
#[cfg(feature = "ui")]
mod invite;
#[cfg(feature = "ui")]
mod list;
#[cfg(feature = "ui")]
mod pending;
#[cfg(feature = "ui")]
mod permissions;
#[cfg(feature = "ui")]
mod products;
#[cfg(feature = "ui")]
mod remove;
#[cfg(feature = "ui")]
mod role_choice;
#[cfg(feature = "ui")]
mod row;

#[cfg(feature = "ui")]
lazy_area!(
    /// The member list and its dialogs.
    MembersArea,
    list::MembersPage
);
