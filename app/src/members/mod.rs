//! The members of an organization, their roles and invitations (MEM-1…MEM-4, MEM-7).

pub mod api;
mod change_role;
mod invite;
mod list;
mod pending;
mod role_choice;

pub use list::MembersPage;
