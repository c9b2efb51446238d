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
    /// Act on members at all (the batch actions, MEM-7); each member's change is then
    /// authorized on its own.
    ManageMembers,
    /// Invite someone with this role (MEM-2, MEM-3).
    InviteMember { role: Role },
    /// Resend or revoke a pending invitation that offers this role.
    ManageInvitation { role: Role },
    /// Change a member's role from `from` to `to` (MEM-3, MEM-4). In every action,
    /// `legal_representatives` counts the organization's legal representatives who are
    /// not blocked, now; `target_blocked` says whether the member concerned is blocked
    /// (a blocked legal representative does not count towards the one that must stay).
    ChangeRole { from: Role, to: Role, target_blocked: bool, legal_representatives: usize },
    /// Change the permissions of a member who holds `role`: product access, billing
    /// rights, administrative emails (MEM-1, MEM-4).
    ChangePermissions { role: Role },
    /// Remove a member who holds `role` (MEM-5).
    RemoveMember { role: Role, target_blocked: bool, legal_representatives: usize },
    /// Block a member who holds `role` (SEC-9); `yourself` when the target is the actor.
    BlockMember { role: Role, yourself: bool, legal_representatives: usize },
    /// Unblock a member who holds `role` (SEC-9).
    UnblockMember { role: Role },
    /// Leave the organization (ORG-6), with the facts that can hold it back.
    LeaveOrganization { legal_representatives: usize, in_office_suite: bool, login_hosted_here: bool },
    /// Edit the organization's details: name, postal address, phone, type (ORG-3) and
    /// its billing addresses (ORG-4).
    EditOrganization,
    /// Logo, initials and colour of the organization (ORG-5).
    CustomizeOrganization,
    /// Delete the organization (ORG-7); its preconditions are in
    /// `organization::deletion_blockers`.
    DeleteOrganization,
    /// Read the organization's audit log.
    ViewAuditLog,
    /// Turn the organization-wide two-factor requirement on or off (SEC-7); turning it
    /// on needs a second factor of one's own (`actor_has_two_factor`).
    RequireTwoFactor { on: bool, actor_has_two_factor: bool },
    /// Email members a security alert about their account's settings (SEC-7).
    SendSecurityAlert,
    /// Manage one product: open its dashboard's actions, maintenance mode (PRD-2, PRD-4).
    /// `granted`: the product is in the actor's access list (MEM-1; managers need none);
    /// `blocked`: its management is blocked (PRD-3), which stops limited members only.
    ManageProduct { granted: bool, blocked: bool },
    /// Block or unblock a product's management (PRD-3).
    BlockProduct,
    /// Terminate a product (PRD-5).
    TerminateProduct,
    /// See the organization's billing: invoices, balance, payment profiles, renewals'
    /// prices (BIL-5).
    ViewBilling,
    /// Spend the organization's money: order in the shop, pay invoices, top up the
    /// balance, generate a pro forma, turn renewal warranty on or off, restore a domain,
    /// upgrade the office suite (BIL-1…4, PRD-6, PRD-7, PRD-8).
    Pay,
    /// Money leaving or standing orders: payment profiles, withdrawing the balance, the
    /// premium support subscription (BIL-3, BIL-6).
    ManageBillingSettings,
    /// Partner integrations (EMB-1, EMB-2): create and revoke API keys, allow or remove
    /// the origins that may embed the widgets.
    ManageIntegrations,
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
    #[error("you cannot block yourself")]
    CannotBlockYourself,
    #[error("you are the last legal representative: appoint another one before leaving")]
    LastLegalRepresentativeLeaving,
    #[error("you use the organization's office suite")]
    InOfficeSuite,
    #[error("your login email is hosted by one of the organization's mail services")]
    LoginHostedHere,
    #[error("only legal representatives edit the organization's details")]
    OnlyLegalRepresentativeEditsDetails,
    #[error("only legal representatives and administrators customize the organization")]
    OnlyManagersCustomize,
    #[error("only legal representatives and administrators delete the organization")]
    OnlyManagersDelete,
    #[error("only legal representatives and administrators see the audit log")]
    OnlyManagersSeeAuditLog,
    #[error("only legal representatives and administrators manage the organization's security")]
    OnlyManagersManageSecurity,
    /// The organization requires two-factor authentication and the caller has none
    /// (SEC-7): only setting it up (or leaving) is possible.
    #[error("this organization requires two-factor authentication")]
    TwoFactorRequired,
    /// Turning the requirement on without a second factor of one's own would hold the
    /// actor back at once.
    #[error("turn on two-factor authentication on your own account first")]
    OwnTwoFactorFirst,
    /// Signed in with a temporary username (ACC-12): a new login email comes first.
    #[error("choose your new login email first")]
    ChooseLoginFirst,
    /// A limited member manages only the products granted to them (MEM-1).
    #[error("this product is not among those you manage")]
    ProductNotGranted,
    /// PRD-3: only legal representatives and administrators manage a blocked product.
    #[error("the management of this product is blocked")]
    ProductManagementBlocked,
    #[error("only legal representatives and administrators block or unblock a product")]
    OnlyManagersBlockProducts,
    #[error("only legal representatives and administrators terminate a product")]
    OnlyManagersTerminate,
    /// BIL-5.
    #[error("you have no billing rights in this organization")]
    NoBillingRights,
    #[error("only legal representatives and administrators manage payment settings")]
    OnlyManagersBillingSettings,
    // Issue 9, part `products` (PRD-8):
    /// A product bundled with an office suite ends with the suite, never alone.
    #[error("this product comes with an office suite and ends with it")]
    BundledWithSuite,
    /// An office suite moves only up: more users and more storage.
    #[error("an office suite only moves up: more users and more storage")]
    UpgradeOnly,
    /// The prepaid balance does not cover the upgrade's price difference.
    #[error("the prepaid balance does not cover this upgrade")]
    BalanceTooLowForUpgrade,
    /// EMB-1, EMB-2.
    #[error("only legal representatives and administrators manage integrations")]
    OnlyManagersManageIntegrations,
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
            Denied::CannotBlockYourself => Msg::DeniedBlockYourself,
            Denied::LastLegalRepresentativeLeaving => Msg::DeniedLastLrLeaving,
            Denied::InOfficeSuite => Msg::DeniedInOfficeSuite,
            Denied::LoginHostedHere => Msg::DeniedLoginHostedHere,
            Denied::OnlyLegalRepresentativeEditsDetails => Msg::DeniedOnlyLrEditsDetails,
            Denied::OnlyManagersCustomize => Msg::DeniedOnlyManagersCustomize,
            Denied::OnlyManagersDelete => Msg::DeniedOnlyManagersDelete,
            Denied::OnlyManagersSeeAuditLog => Msg::DeniedOnlyManagersAudit,
            Denied::OnlyManagersManageSecurity => Msg::DeniedOnlyManagersSecurity,
            Denied::TwoFactorRequired => Msg::DeniedTwoFactorRequired,
            Denied::OwnTwoFactorFirst => Msg::DeniedOwnTwoFactorFirst,
            Denied::ChooseLoginFirst => Msg::DeniedChooseLoginFirst,
            Denied::ProductNotGranted => Msg::DeniedProductNotGranted,
            Denied::ProductManagementBlocked => Msg::DeniedProductBlocked,
            Denied::OnlyManagersBlockProducts => Msg::DeniedOnlyManagersBlockProducts,
            Denied::OnlyManagersTerminate => Msg::DeniedOnlyManagersTerminate,
            Denied::NoBillingRights => Msg::DeniedNoBillingRights,
            Denied::OnlyManagersBillingSettings => Msg::DeniedOnlyManagersBillingSettings,
            Denied::BundledWithSuite => Msg::DeniedBundledWithSuite,
            Denied::UpgradeOnly => Msg::DeniedUpgradeOnly,
            Denied::BalanceTooLowForUpgrade => Msg::DeniedBalanceTooLowForUpgrade,
            Denied::OnlyManagersManageIntegrations => Msg::DeniedOnlyManagersIntegrations,
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
    let manager = |refusal: Denied| if actor.role.is_manager() { Ok(()) } else { Err(refusal) };
    let require_manager = || manager(Denied::OnlyManagersManageMembers);
    // Only a legal representative touches a legal representative (MEM-3).
    let may_touch = |role: Role| {
        if role == Role::LegalRepresentative && !is_lr {
            Err(Denied::OnlyLegalRepresentativeChangesLegalRepresentative)
        } else {
            Ok(())
        }
    };
    // An organization keeps a legal representative who is not blocked: losing an
    // unblocked one needs another.
    let keeps_one = |losing_an_active_lr: bool, legal_representatives: usize| {
        if losing_an_active_lr && legal_representatives <= 1 {
            Err(Denied::LastLegalRepresentative)
        } else {
            Ok(())
        }
    };
    match *action {
        Action::OpenOrganization => Ok(()),
        Action::ViewMembers => match actor.role {
            Role::External => Err(Denied::ExternalUsersSeeNoDirectory),
            _ => Ok(()),
        },
        Action::ManageMembers => require_manager(),
        Action::InviteMember { role } | Action::ManageInvitation { role } => {
            require_manager()?;
            if role == Role::LegalRepresentative && !is_lr {
                return Err(Denied::OnlyLegalRepresentativeGrantsLegalRepresentative);
            }
            Ok(())
        }
        Action::ChangeRole { from, to, target_blocked, legal_representatives } => {
            require_manager()?;
            if from == to {
                return Ok(());
            }
            if to == Role::LegalRepresentative && !is_lr {
                return Err(Denied::OnlyLegalRepresentativeGrantsLegalRepresentative);
            }
            may_touch(from)?;
            keeps_one(from == Role::LegalRepresentative && !target_blocked, legal_representatives)
        }
        Action::ChangePermissions { role } => {
            require_manager()?;
            may_touch(role)
        }
        Action::RemoveMember { role, target_blocked, legal_representatives } => {
            require_manager()?;
            may_touch(role)?;
            keeps_one(role == Role::LegalRepresentative && !target_blocked, legal_representatives)
        }
        Action::BlockMember { role, yourself, legal_representatives } => {
            require_manager()?;
            if yourself {
                return Err(Denied::CannotBlockYourself);
            }
            may_touch(role)?;
            keeps_one(role == Role::LegalRepresentative, legal_representatives)
        }
        Action::UnblockMember { role } => {
            require_manager()?;
            may_touch(role)
        }
        Action::LeaveOrganization { legal_representatives, in_office_suite, login_hosted_here } => {
            if is_lr && legal_representatives <= 1 {
                return Err(Denied::LastLegalRepresentativeLeaving);
            }
            if in_office_suite {
                return Err(Denied::InOfficeSuite);
            }
            if login_hosted_here {
                return Err(Denied::LoginHostedHere);
            }
            Ok(())
        }
        Action::EditOrganization => {
            if is_lr {
                Ok(())
            } else {
                Err(Denied::OnlyLegalRepresentativeEditsDetails)
            }
        }
        Action::CustomizeOrganization => manager(Denied::OnlyManagersCustomize),
        Action::DeleteOrganization => manager(Denied::OnlyManagersDelete),
        Action::ViewAuditLog => manager(Denied::OnlyManagersSeeAuditLog),
        Action::RequireTwoFactor { on, actor_has_two_factor } => {
            manager(Denied::OnlyManagersManageSecurity)?;
            if on && !actor_has_two_factor {
                return Err(Denied::OwnTwoFactorFirst);
            }
            Ok(())
        }
        Action::SendSecurityAlert => manager(Denied::OnlyManagersManageSecurity),
        Action::ManageProduct { granted, blocked } => {
            if actor.role.is_manager() {
                Ok(())
            } else if !granted {
                Err(Denied::ProductNotGranted)
            } else if blocked {
                Err(Denied::ProductManagementBlocked)
            } else {
                Ok(())
            }
        }
        Action::BlockProduct => manager(Denied::OnlyManagersBlockProducts),
        Action::TerminateProduct => manager(Denied::OnlyManagersTerminate),
        Action::ViewBilling | Action::Pay => {
            if actor.sees_billing() {
                Ok(())
            } else {
                Err(Denied::NoBillingRights)
            }
        }
        Action::ManageBillingSettings => manager(Denied::OnlyManagersBillingSettings),
        Action::ManageIntegrations => manager(Denied::OnlyManagersManageIntegrations),
    }
}

/// The organization-wide two-factor requirement (SEC-7): while the organization
/// requires it, a member without a confirmed second factor may only set one up (or, an
/// external user, leave). Browser sessions only: app passwords and API access pass.
pub fn two_factor_gate(required: bool, has_two_factor: bool) -> Result<(), Denied> {
    if required && !has_two_factor {
        Err(Denied::TwoFactorRequired)
    } else {
        Ok(())
    }
}

/// Whether a batch action may give this role to several members at once: the legal
/// representative role is granted one member at a time, with its confirmation.
pub fn batch_may_grant(role: Role) -> bool {
    role != Role::LegalRepresentative
}

/// Every reason the actor may not leave, not only the first (ORG-6 lists them all).
pub fn leave_refusals(
    actor: &Membership,
    legal_representatives: usize,
    in_office_suite: bool,
    login_hosted_here: bool,
) -> Vec<Denied> {
    let mut refusals = Vec::new();
    if actor.role == Role::LegalRepresentative && legal_representatives <= 1 {
        refusals.push(Denied::LastLegalRepresentativeLeaving);
    }
    if in_office_suite {
        refusals.push(Denied::InOfficeSuite);
    }
    if login_hosted_here {
        refusals.push(Denied::LoginHostedHere);
    }
    refusals
}

#[cfg(test)]
mod tests;
