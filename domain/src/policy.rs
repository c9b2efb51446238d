//! The one permission check of the product: `authorize(actor, action)`. The browser calls
//! it to hide or grey out what the user may not do and to say why; the server calls it
//! again, and its answer is the law.

use serde::{Deserialize, Serialize};

use crate::i18n::Msg;
use crate::membership::Membership;
use crate::role::Role;

/// Something a member may try to do in an organization, with the facts the rule needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// Work in the organization at all: open it, switch to it. Every other action
    /// implies this one (a blocked member does nothing).
    OpenOrganization,
    /// See the organization's member list (the organization directory, MEM-6).
    ViewMembers,
    /// Invite someone with this role (MEM-2, MEM-3).
    InviteMember { role: Role },
    /// Resend or revoke a pending invitation that offers this role.
    ManageInvitation { role: Role },
    /// Change a member's role from `from` to `to` (MEM-3, MEM-4).
    /// `legal_representatives` counts the organization's legal representatives now.
    ChangeRole { from: Role, to: Role, legal_representatives: usize },
    /// Remove a member who holds `role` (MEM-5).
    RemoveMember { role: Role, legal_representatives: usize },
}

/// Why an action is refused, in words the UI can show (see [`Denied::msg`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, thiserror::Error)]
#[serde(rename_all = "snake_case")]
pub enum Denied {
    #[error("you are not a member of this organization")]
    NotAMember,
    #[error("your access to this organization is blocked")]
    Blocked,
    #[error("external users do not see the organization's members")]
    ExternalUsersSeeNoDirectory,
    #[error("only legal representatives and administrators manage members")]
    OnlyManagersManageMembers,
    #[error("only a legal representative may grant the legal representative role")]
    OnlyLegalRepresentativeGrantsLegalRepresentative,
    #[error("only a legal representative may change or remove a legal representative")]
    OnlyLegalRepresentativeChangesLegalRepresentative,
    #[error("the organization must keep at least one legal representative")]
    LastLegalRepresentative,
}

impl Denied {
    pub fn msg(self) -> Msg {
        match self {
            Denied::NotAMember => Msg::DeniedNotAMember,
            Denied::Blocked => Msg::DeniedBlocked,
            Denied::ExternalUsersSeeNoDirectory => Msg::DeniedExternalDirectory,
            Denied::OnlyManagersManageMembers => Msg::DeniedOnlyManagers,
            Denied::OnlyLegalRepresentativeGrantsLegalRepresentative => Msg::DeniedOnlyLrGrants,
            Denied::OnlyLegalRepresentativeChangesLegalRepresentative => Msg::DeniedOnlyLrChanges,
            Denied::LastLegalRepresentative => Msg::DeniedLastLr,
        }
    }
}

/// May `actor` (their membership in the organization concerned, `None` when they have
/// none) do `action`?
pub fn authorize(actor: Option<&Membership>, action: &Action) -> Result<(), Denied> {
    let actor = actor.ok_or(Denied::NotAMember)?;
    if actor.blocked {
        return Err(Denied::Blocked);
    }
    let is_lr = actor.role == Role::LegalRepresentative;
    let require_manager = || {
        if actor.role.is_manager() {
            Ok(())
        } else {
            Err(Denied::OnlyManagersManageMembers)
        }
    };
    match *action {
        Action::OpenOrganization => Ok(()),
        Action::ViewMembers => match actor.role {
            Role::External => Err(Denied::ExternalUsersSeeNoDirectory),
            _ => Ok(()),
        },
        Action::InviteMember { role } | Action::ManageInvitation { role } => {
            require_manager()?;
            if role == Role::LegalRepresentative && !is_lr {
                return Err(Denied::OnlyLegalRepresentativeGrantsLegalRepresentative);
            }
            Ok(())
        }
        Action::ChangeRole { from, to, legal_representatives } => {
            require_manager()?;
            if from == to {
                return Ok(());
            }
            if to == Role::LegalRepresentative && !is_lr {
                return Err(Denied::OnlyLegalRepresentativeGrantsLegalRepresentative);
            }
            if from == Role::LegalRepresentative {
                if !is_lr {
                    return Err(Denied::OnlyLegalRepresentativeChangesLegalRepresentative);
                }
                if legal_representatives <= 1 {
                    return Err(Denied::LastLegalRepresentative);
                }
            }
            Ok(())
        }
        Action::RemoveMember { role, legal_representatives } => {
            require_manager()?;
            if role == Role::LegalRepresentative {
                if !is_lr {
                    return Err(Denied::OnlyLegalRepresentativeChangesLegalRepresentative);
                }
                if legal_representatives <= 1 {
                    return Err(Denied::LastLegalRepresentative);
                }
            }
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests;
