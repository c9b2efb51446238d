//! The whole role × action table, written out so a change of rule shows up as a diff.

use super::*;
use Role::*;

fn m(role: Role) -> Membership {
    Membership::new(role, false)
}

fn check(actor: Role, action: Action) -> Result<(), Denied> {
    authorize(Some(&m(actor)), &action)
}

const OK: Result<(), Denied> = Ok(());
const MANAGERS: Result<(), Denied> = Err(Denied::OnlyManagersManageMembers);
const GRANT: Result<(), Denied> = Err(Denied::OnlyLegalRepresentativeGrantsLegalRepresentative);
const CHANGE: Result<(), Denied> = Err(Denied::OnlyLegalRepresentativeChangesLegalRepresentative);
const LAST: Result<(), Denied> = Err(Denied::LastLegalRepresentative);

#[test]
fn nobody_outside_the_organization_and_nobody_blocked_does_anything() {
    let actions = [
        Action::OpenOrganization,
        Action::ViewMembers,
        Action::InviteMember { role: External },
        Action::ChangeRole { from: External, to: Collaborator, target_blocked: false, legal_representatives: 2 },
        Action::RemoveMember { role: External, target_blocked: false, legal_representatives: 2 },
    ];
    for a in actions {
        assert_eq!(authorize(None, &a), Err(Denied::NotAMember));
        for r in Role::ALL {
            let mut blocked = m(r);
            blocked.blocked = true;
            assert_eq!(authorize(Some(&blocked), &a), Err(Denied::Blocked));
        }
    }
}

#[test]
fn every_member_opens_the_organization_unless_blocked() {
    for r in Role::ALL {
        assert_eq!(check(r, Action::OpenOrganization), OK, "{r:?}");
        let mut blocked = m(r);
        blocked.blocked = true;
        assert_eq!(authorize(Some(&blocked), &Action::OpenOrganization), Err(Denied::Blocked), "{r:?}");
    }
    assert_eq!(authorize(None, &Action::OpenOrganization), Err(Denied::NotAMember));
}

#[test]
fn viewing_members() {
    let expected = [OK, OK, OK, Err(Denied::ExternalUsersSeeNoDirectory)];
    for (actor, want) in Role::ALL.into_iter().zip(expected) {
        assert_eq!(check(actor, Action::ViewMembers), want, "{actor:?}");
    }
}

#[test]
fn inviting_and_managing_invitations() {
    // rows: actor; columns: the role offered, strongest first.
    let table = [
        (LegalRepresentative, [OK, OK, OK, OK]),
        (Administrator, [GRANT, OK, OK, OK]),
        (Collaborator, [MANAGERS, MANAGERS, MANAGERS, MANAGERS]),
        (External, [MANAGERS, MANAGERS, MANAGERS, MANAGERS]),
    ];
    for (actor, row) in table {
        for (role, want) in Role::ALL.into_iter().zip(row) {
            assert_eq!(check(actor, Action::InviteMember { role }), want, "{actor:?} invites {role:?}");
            assert_eq!(check(actor, Action::ManageInvitation { role }), want, "{actor:?} manages {role:?}");
        }
    }
}

#[test]
fn changing_roles_with_several_legal_representatives() {
    // For each actor, a 4 × 4 table: row = the member's current role, column = new role.
    let lr = [[OK, OK, OK, OK], [OK, OK, OK, OK], [OK, OK, OK, OK], [OK, OK, OK, OK]];
    let admin = [[OK, CHANGE, CHANGE, CHANGE], [GRANT, OK, OK, OK], [GRANT, OK, OK, OK], [GRANT, OK, OK, OK]];
    let limited = [[MANAGERS; 4]; 4];
    for (actor, table) in
        [(LegalRepresentative, lr), (Administrator, admin), (Collaborator, limited), (External, limited)]
    {
        for (from, row) in Role::ALL.into_iter().zip(table) {
            for (to, want) in Role::ALL.into_iter().zip(row) {
                let action = Action::ChangeRole { from, to, target_blocked: false, legal_representatives: 2 };
                assert_eq!(check(actor, action), want, "{actor:?}: {from:?} -> {to:?}");
            }
        }
    }
}

#[test]
fn the_last_legal_representative_is_never_demoted_nor_removed() {
    for to in [Administrator, Collaborator, External] {
        let action =
            Action::ChangeRole { from: LegalRepresentative, to, target_blocked: false, legal_representatives: 1 };
        assert_eq!(check(LegalRepresentative, action), LAST);
    }
    // Keeping the role is not a demotion.
    let same = Action::ChangeRole {
        from: LegalRepresentative,
        to: LegalRepresentative,
        target_blocked: false,
        legal_representatives: 1,
    };
    assert_eq!(check(LegalRepresentative, same), OK);
    let remove = Action::RemoveMember { role: LegalRepresentative, target_blocked: false, legal_representatives: 1 };
    assert_eq!(check(LegalRepresentative, remove), LAST);
}

/// What managers may do to one member, by the member's role (columns, strongest first):
/// remove, block, unblock, change permissions — the same table for each.
const TOUCHING_A_MEMBER: [(Role, [Result<(), Denied>; 4]); 4] = [
    (LegalRepresentative, [OK, OK, OK, OK]),
    (Administrator, [CHANGE, OK, OK, OK]),
    (Collaborator, [MANAGERS; 4]),
    (External, [MANAGERS; 4]),
];

#[test]
fn removing_members() {
    for (actor, row) in TOUCHING_A_MEMBER {
        for (role, want) in Role::ALL.into_iter().zip(row) {
            let action = Action::RemoveMember { role, target_blocked: false, legal_representatives: 2 };
            assert_eq!(check(actor, action), want, "{actor:?} removes {role:?}");
        }
    }
}

#[test]
fn every_refusal_has_words_in_every_language() {
    let all = [
        Denied::NotAMember,
        Denied::Blocked,
        Denied::ExternalUsersSeeNoDirectory,
        Denied::OnlyManagersManageMembers,
        Denied::OnlyLegalRepresentativeGrantsLegalRepresentative,
        Denied::OnlyLegalRepresentativeChangesLegalRepresentative,
        Denied::LastLegalRepresentative,
        Denied::CannotBlockYourself,
        Denied::LastLegalRepresentativeLeaving,
        Denied::InOfficeSuite,
        Denied::LoginHostedHere,
        Denied::OnlyLegalRepresentativeEditsDetails,
        Denied::OnlyManagersCustomize,
        Denied::OnlyManagersDelete,
        Denied::OnlyManagersSeeAuditLog,
        Denied::ProductNotGranted,
        Denied::ProductManagementBlocked,
        Denied::OnlyManagersBlockProducts,
        Denied::OnlyManagersTerminate,
        Denied::NoBillingRights,
        Denied::OnlyManagersBillingSettings,
    ];
    for d in all {
        for lang in crate::Lang::ALL {
            assert!(!d.msg().text(lang).is_empty());
        }
    }
    assert_ne!(
        Denied::LastLegalRepresentative.msg().text(crate::Lang::En),
        Denied::LastLegalRepresentative.msg().text(crate::Lang::Fr)
    );
}

#[test]
fn a_blocked_legal_representative_does_not_count_as_the_one_that_stays() {
    // Two legal representatives, one blocked: the unblocked one is the last.
    let demote = Action::ChangeRole {
        from: LegalRepresentative,
        to: Administrator,
        target_blocked: false,
        legal_representatives: 1,
    };
    assert_eq!(check(LegalRepresentative, demote), LAST);
    // The blocked one may be demoted or removed: the unblocked one stays.
    let demote_blocked = Action::ChangeRole {
        from: LegalRepresentative,
        to: Administrator,
        target_blocked: true,
        legal_representatives: 1,
    };
    assert_eq!(check(LegalRepresentative, demote_blocked), OK);
    let remove_blocked =
        Action::RemoveMember { role: LegalRepresentative, target_blocked: true, legal_representatives: 1 };
    assert_eq!(check(LegalRepresentative, remove_blocked), OK);
}

#[test]
fn blocking_and_unblocking_members() {
    for (actor, row) in TOUCHING_A_MEMBER {
        for (role, want) in Role::ALL.into_iter().zip(row) {
            let block = Action::BlockMember { role, yourself: false, legal_representatives: 2 };
            assert_eq!(check(actor, block), want, "{actor:?} blocks {role:?}");
            assert_eq!(check(actor, Action::UnblockMember { role }), want, "{actor:?} unblocks {role:?}");
            let manager = if actor.is_manager() { OK } else { MANAGERS };
            assert_eq!(check(actor, Action::ManageMembers), manager, "{actor:?} manages members");
            assert_eq!(
                check(actor, Action::ChangePermissions { role }),
                want,
                "{actor:?} changes permissions of {role:?}"
            );
        }
    }
    let last = Action::BlockMember { role: LegalRepresentative, yourself: false, legal_representatives: 1 };
    assert_eq!(check(LegalRepresentative, last), LAST);
    let yourself = Action::BlockMember { role: Administrator, yourself: true, legal_representatives: 2 };
    assert_eq!(check(Administrator, yourself), Err(Denied::CannotBlockYourself));
}

#[test]
fn leaving_an_organization() {
    let leave = |lrs, suite, hosted| Action::LeaveOrganization {
        legal_representatives: lrs,
        in_office_suite: suite,
        login_hosted_here: hosted,
    };
    for r in Role::ALL {
        assert_eq!(check(r, leave(2, false, false)), OK, "{r:?}");
        assert_eq!(check(r, leave(2, true, false)), Err(Denied::InOfficeSuite), "{r:?}");
        assert_eq!(check(r, leave(2, false, true)), Err(Denied::LoginHostedHere), "{r:?}");
    }
    assert_eq!(check(LegalRepresentative, leave(1, false, false)), Err(Denied::LastLegalRepresentativeLeaving));
    // An administrator is never the last legal representative.
    assert_eq!(check(Administrator, leave(1, false, false)), OK);
    assert_eq!(
        leave_refusals(&m(LegalRepresentative), 1, true, true),
        vec![Denied::LastLegalRepresentativeLeaving, Denied::InOfficeSuite, Denied::LoginHostedHere]
    );
    assert!(leave_refusals(&m(Collaborator), 1, false, false).is_empty());
}

#[test]
fn organization_settings_and_audit_log() {
    let details = [
        OK,
        Err(Denied::OnlyLegalRepresentativeEditsDetails),
        Err(Denied::OnlyLegalRepresentativeEditsDetails),
        Err(Denied::OnlyLegalRepresentativeEditsDetails),
    ];
    for (actor, want) in Role::ALL.into_iter().zip(details) {
        assert_eq!(check(actor, Action::EditOrganization), want, "{actor:?}");
    }
    for (actor, manager) in Role::ALL.into_iter().zip([true, true, false, false]) {
        let expect = |d: Denied| if manager { OK } else { Err(d) };
        assert_eq!(check(actor, Action::CustomizeOrganization), expect(Denied::OnlyManagersCustomize));
        assert_eq!(check(actor, Action::DeleteOrganization), expect(Denied::OnlyManagersDelete));
        assert_eq!(check(actor, Action::ViewAuditLog), expect(Denied::OnlyManagersSeeAuditLog));
        for on in [false, true] {
            let action = Action::RequireTwoFactor { on, actor_has_two_factor: true };
            assert_eq!(check(actor, action), expect(Denied::OnlyManagersManageSecurity));
        }
        let without_own = Action::RequireTwoFactor { on: true, actor_has_two_factor: false };
        let own_first = if manager { Err(Denied::OwnTwoFactorFirst) } else { Err(Denied::OnlyManagersManageSecurity) };
        assert_eq!(check(actor, without_own), own_first);
        let off_without_own = Action::RequireTwoFactor { on: false, actor_has_two_factor: false };
        assert_eq!(check(actor, off_without_own), expect(Denied::OnlyManagersManageSecurity));
        assert_eq!(check(actor, Action::SendSecurityAlert), expect(Denied::OnlyManagersManageSecurity));
    }
}

#[test]
fn a_batch_never_grants_the_legal_representative_role() {
    assert!(!batch_may_grant(LegalRepresentative));
    for role in [Administrator, Collaborator, External] {
        assert!(batch_may_grant(role), "{role:?}");
    }
}

#[test]
fn the_two_factor_requirement_holds_back_only_members_without_it() {
    assert_eq!(two_factor_gate(false, false), OK);
    assert_eq!(two_factor_gate(false, true), OK);
    assert_eq!(two_factor_gate(true, true), OK);
    assert_eq!(two_factor_gate(true, false), Err(Denied::TwoFactorRequired));
}

#[test]
fn products_are_managed_by_managers_and_by_limited_members_they_were_granted_to() {
    // Managers manage every product, granted or not, blocked or not (PRD-3 blocks limited
    // members only).
    for actor in [LegalRepresentative, Administrator] {
        for granted in [false, true] {
            for blocked in [false, true] {
                assert_eq!(check(actor, Action::ManageProduct { granted, blocked }), OK, "{actor:?}");
            }
        }
        assert_eq!(check(actor, Action::BlockProduct), OK);
        assert_eq!(check(actor, Action::TerminateProduct), OK);
    }
    for actor in [Collaborator, External] {
        assert_eq!(check(actor, Action::ManageProduct { granted: true, blocked: false }), OK, "{actor:?}");
        assert_eq!(
            check(actor, Action::ManageProduct { granted: false, blocked: false }),
            Err(Denied::ProductNotGranted)
        );
        assert_eq!(
            check(actor, Action::ManageProduct { granted: false, blocked: true }),
            Err(Denied::ProductNotGranted)
        );
        assert_eq!(
            check(actor, Action::ManageProduct { granted: true, blocked: true }),
            Err(Denied::ProductManagementBlocked)
        );
        assert_eq!(check(actor, Action::BlockProduct), Err(Denied::OnlyManagersBlockProducts));
        assert_eq!(check(actor, Action::TerminateProduct), Err(Denied::OnlyManagersTerminate));
    }
}

#[test]
fn billing_is_for_managers_and_members_with_billing_rights() {
    for actor in Role::ALL {
        for billing_rights in [false, true] {
            let member = Membership::new(actor, billing_rights);
            let sees = actor.is_manager() || billing_rights;
            let want = if sees { OK } else { Err(Denied::NoBillingRights) };
            assert_eq!(authorize(Some(&member), &Action::ViewBilling), want, "{actor:?} {billing_rights}");
            assert_eq!(authorize(Some(&member), &Action::Pay), want, "{actor:?} {billing_rights}");
            let settings = if actor.is_manager() { OK } else { Err(Denied::OnlyManagersBillingSettings) };
            assert_eq!(
                authorize(Some(&member), &Action::ManageBillingSettings),
                settings,
                "{actor:?} {billing_rights}"
            );
        }
    }
}

#[test]
fn integrations_are_for_managers() {
    for actor in Role::ALL {
        for billing_rights in [false, true] {
            let member = Membership::new(actor, billing_rights);
            let want = if actor.is_manager() { OK } else { Err(Denied::OnlyManagersManageIntegrations) };
            assert_eq!(authorize(Some(&member), &Action::ManageIntegrations), want, "{actor:?}");
        }
    }
}
