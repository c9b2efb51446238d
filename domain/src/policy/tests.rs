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
        Action::ChangeRole { from: External, to: Collaborator, legal_representatives: 2 },
        Action::RemoveMember { role: External, legal_representatives: 2 },
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
                let action = Action::ChangeRole { from, to, legal_representatives: 2 };
                assert_eq!(check(actor, action), want, "{actor:?}: {from:?} -> {to:?}");
            }
        }
    }
}

#[test]
fn the_last_legal_representative_is_never_demoted_nor_removed() {
    for to in [Administrator, Collaborator, External] {
        let action = Action::ChangeRole { from: LegalRepresentative, to, legal_representatives: 1 };
        assert_eq!(check(LegalRepresentative, action), LAST);
    }
    // Keeping the role is not a demotion.
    let same = Action::ChangeRole { from: LegalRepresentative, to: LegalRepresentative, legal_representatives: 1 };
    assert_eq!(check(LegalRepresentative, same), OK);
    let remove = Action::RemoveMember { role: LegalRepresentative, legal_representatives: 1 };
    assert_eq!(check(LegalRepresentative, remove), LAST);
}

#[test]
fn removing_members() {
    let table = [
        (LegalRepresentative, [OK, OK, OK, OK]),
        (Administrator, [CHANGE, OK, OK, OK]),
        (Collaborator, [MANAGERS; 4]),
        (External, [MANAGERS; 4]),
    ];
    for (actor, row) in table {
        for (role, want) in Role::ALL.into_iter().zip(row) {
            let action = Action::RemoveMember { role, legal_representatives: 2 };
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
