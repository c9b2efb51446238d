//! Random sequences of attempted operations on an organization, each applied only when
//! `authorize` allows it, as the server does. Whatever the sequence, the organization
//! keeps a legal representative who is not blocked, and nobody holds a role that no
//! permitted actor granted.

use domain::{authorize, Action, Denied, Membership, Role};
use proptest::prelude::*;

#[derive(Clone, Debug)]
enum Attempt {
    Invite { actor: usize, role: Role },
    ChangeRole { actor: usize, target: usize, to: Role },
    Remove { actor: usize, target: usize },
    Block { actor: usize, target: usize },
    Unblock { actor: usize, target: usize },
    Leave { actor: usize },
}

fn role() -> impl Strategy<Value = Role> {
    prop::sample::select(Role::ALL.to_vec())
}

fn attempt() -> impl Strategy<Value = Attempt> {
    prop_oneof![
        (any::<usize>(), role()).prop_map(|(actor, role)| Attempt::Invite { actor, role }),
        (any::<usize>(), any::<usize>(), role()).prop_map(|(actor, target, to)| Attempt::ChangeRole {
            actor,
            target,
            to
        }),
        (any::<usize>(), any::<usize>()).prop_map(|(actor, target)| Attempt::Remove { actor, target }),
        (any::<usize>(), any::<usize>()).prop_map(|(actor, target)| Attempt::Block { actor, target }),
        (any::<usize>(), any::<usize>()).prop_map(|(actor, target)| Attempt::Unblock { actor, target }),
        any::<usize>().prop_map(|actor| Attempt::Leave { actor }),
    ]
}

/// One member of the simulated organization and how they came to hold their role.
#[derive(Clone, Debug)]
struct Member {
    membership: Membership,
    /// The role of whoever last set this member's role (`None` for the founder).
    granted_by: Option<Role>,
}

/// Legal representatives who are not blocked.
fn legal_representatives(org: &[Member]) -> usize {
    org.iter().filter(|m| m.membership.role == Role::LegalRepresentative && !m.membership.blocked).count()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn an_organization_always_keeps_a_legal_representative(attempts in prop::collection::vec(attempt(), 1..80)) {
        let mut org = vec![Member { membership: Membership::new(Role::LegalRepresentative, true), granted_by: None }];
        for a in attempts {
            let n = org.len();
            let lrs = legal_representatives(&org);
            match a {
                Attempt::Invite { actor, role } => {
                    let actor = &org[actor % n].membership;
                    if authorize(Some(actor), &Action::InviteMember { role }).is_ok() {
                        let granted_by = Some(actor.role);
                        org.push(Member { membership: Membership::new(role, false), granted_by });
                    }
                }
                Attempt::ChangeRole { actor, target, to } => {
                    let (actor, target) = (actor % n, target % n);
                    let t = &org[target].membership;
                    let action = Action::ChangeRole { from: t.role, to, target_blocked: t.blocked, legal_representatives: lrs };
                    if authorize(Some(&org[actor].membership), &action).is_ok() {
                        // Keeping the same role changes nothing and grants nothing.
                        if org[target].membership.role != to {
                            let granted_by = Some(org[actor].membership.role);
                            org[target].membership.role = to;
                            org[target].granted_by = granted_by;
                        }
                    }
                }
                Attempt::Remove { actor, target } => {
                    let (actor, target) = (actor % n, target % n);
                    let t = &org[target].membership;
                    let action = Action::RemoveMember { role: t.role, target_blocked: t.blocked, legal_representatives: lrs };
                    if authorize(Some(&org[actor].membership), &action).is_ok() {
                        org.remove(target);
                    }
                }
                Attempt::Block { actor, target } => {
                    let (actor, target) = (actor % n, target % n);
                    let role = org[target].membership.role;
                    let action = Action::BlockMember { role, yourself: actor == target, legal_representatives: lrs };
                    if authorize(Some(&org[actor].membership), &action).is_ok() {
                        org[target].membership.blocked = true;
                    }
                }
                Attempt::Unblock { actor, target } => {
                    let (actor, target) = (actor % n, target % n);
                    let action = Action::UnblockMember { role: org[target].membership.role };
                    if authorize(Some(&org[actor].membership), &action).is_ok() {
                        org[target].membership.blocked = false;
                    }
                }
                Attempt::Leave { actor } => {
                    let actor = actor % n;
                    let action =
                        Action::LeaveOrganization { legal_representatives: lrs, in_office_suite: false, login_hosted_here: false };
                    if authorize(Some(&org[actor].membership), &action).is_ok() {
                        org.remove(actor);
                    }
                }
            }
            prop_assert!(legal_representatives(&org) >= 1, "no unblocked legal representative left: {org:?}");
            for m in &org {
                // Only a legal representative ever hands out the legal representative role,
                // and only managers hand out any role.
                if let Some(by) = m.granted_by {
                    prop_assert!(by.is_manager(), "{m:?} got a role from a {by:?}");
                    if m.membership.role == Role::LegalRepresentative {
                        prop_assert_eq!(by, Role::LegalRepresentative);
                    }
                }
            }
        }
    }
}

#[test]
fn two_legal_representatives_demoting_each_other_leaves_one() {
    // Sequentially, the second demotion is refused: this is what the server's transaction
    // reproduces under concurrency.
    let a = Membership::new(Role::LegalRepresentative, true);
    let b = Membership::new(Role::LegalRepresentative, true);
    let mut lrs = 2;
    let first =
        Action::ChangeRole { from: b.role, to: Role::Administrator, target_blocked: false, legal_representatives: lrs };
    assert_eq!(authorize(Some(&a), &first), Ok(()));
    let b = b.with_role(Role::Administrator);
    lrs -= 1;
    // b is an administrator now: demoting a fails on two counts, and the rule reports
    // the first (only a legal representative changes one).
    let second =
        Action::ChangeRole { from: a.role, to: Role::Administrator, target_blocked: false, legal_representatives: lrs };
    assert_eq!(authorize(Some(&b), &second), Err(Denied::OnlyLegalRepresentativeChangesLegalRepresentative));
    // Even a legal representative may not demote the last one: a is alone now.
    let by_self =
        Action::ChangeRole { from: a.role, to: Role::Administrator, target_blocked: false, legal_representatives: lrs };
    assert_eq!(authorize(Some(&a), &by_self), Err(Denied::LastLegalRepresentative));
    assert_eq!([&a, &b].iter().filter(|m| m.role == Role::LegalRepresentative).count(), 1);
}
