//! The invariant "an organization always keeps a legal representative who is not
//! blocked" under concurrent requests: the last two acting on each other at once.

use reqwest::StatusCode;

use crate::helpers::TestApp;

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_legal_representatives_demoting_each_other_leave_exactly_one() {
    let app = TestApp::spawn().await;
    for round in 0..5 {
        let a = app.sign_up(&format!("a{round}@duel.ch"), "Anne", "Duel").await;
        let b = app.invite_new(&a, &a.org_id, &format!("b{round}@duel.ch"), "legal_representative", "Bruno").await;
        let org = a.org_id.clone();
        let (ra, rb) = tokio::join!(
            app.change_role(&a, &org, &b.user_id, "administrator"),
            app.change_role(&b, &org, &a.user_id, "administrator"),
        );
        let outcomes = [ra.0, rb.0];
        assert_eq!(outcomes.iter().filter(|s| **s == StatusCode::OK).count(), 1, "round {round}: {ra:?} {rb:?}");
        let refused = if ra.0 == StatusCode::OK { &rb.1 } else { &ra.1 };
        assert_eq!(refused["error"], "denied", "a clear refusal, not a crash: {refused}");
        assert!(
            ["only_legal_representative_changes_legal_representative", "last_legal_representative"]
                .contains(&refused["reason"].as_str().unwrap()),
            "{refused}"
        );
        let winner = if ra.0 == StatusCode::OK { &a } else { &b };
        let (_, page) = app.members(winner, &org).await;
        assert_eq!(page["legal_representatives"], 1, "round {round}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_simultaneous_sign_ups_with_one_address_leave_one_account() {
    use crate::helpers::{link_param, sign_up_body};
    use serde_json::json;

    let app = TestApp::spawn().await;
    let (a, b) = tokio::join!(
        app.call(None, "auth/sign_up", sign_up_body("twin@example.ch", "Twin", "One", None)),
        app.call(None, "auth/sign_up", sign_up_body("twin@example.ch", "Twin", "Two", None)),
    );
    assert_eq!((a.0, b.0), (StatusCode::OK, StatusCode::OK), "{a:?} {b:?}");
    assert_eq!(a.1, b.1, "the same answer for both");
    let links: Vec<String> =
        app.outbox().await.iter().filter(|m| m["to"] == "twin@example.ch").map(|m| link_param(m, "token=")).collect();
    let mut working = 0;
    for token in links {
        let (status, _) =
            app.call(None, "auth/verify_email", json!({ "token": token, "password": crate::helpers::PASSWORD })).await;
        if status == StatusCode::OK {
            working += 1;
        } else {
            assert_eq!(status, StatusCode::GONE);
        }
    }
    assert_eq!(working, 1, "exactly one account, confirmed by exactly one link");
}

/// The last two unblocked legal representatives, each acting on the other at the same
/// moment with a different action (block, remove, demote, leave): afterwards the
/// organization always has exactly one unblocked legal representative, and the refused
/// request got a clear refusal.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn mixed_actions_on_the_last_two_legal_representatives_always_leave_one() {
    use serde_json::json;
    let app = TestApp::spawn().await;
    let ops = [
        ("block", "remove"),
        ("remove", "change_role"),
        ("change_role", "block"),
        ("block", "leave"),
        ("remove", "leave"),
    ];
    for (round, (op_a, op_b)) in ops.iter().cycle().take(10).enumerate() {
        let a = app.sign_up(&format!("mix-a{round}@duel.ch"), "Anne", "Duel").await;
        let b = app.invite_new(&a, &a.org_id, &format!("mix-b{round}@duel.ch"), "legal_representative", "Bruno").await;
        let org = a.org_id.clone();
        let act = |actor: &crate::helpers::User, other: &crate::helpers::User, op: &str| {
            let (endpoint, body) = match op {
                "block" => ("members/block", json!({ "org_id": org, "user_id": other.user_id })),
                "remove" => (
                    "members/remove",
                    json!({ "org_id": org, "user_id": other.user_id, "password": crate::helpers::PASSWORD }),
                ),
                "change_role" => {
                    ("members/change_role", json!({ "org_id": org, "user_id": other.user_id, "role": "administrator" }))
                }
                _ => ("organizations/leave", json!({ "org_id": org })),
            };
            let cookie = actor.cookie.clone();
            let app = &app;
            async move { app.call(Some(&cookie), endpoint, body).await }
        };
        let (ra, rb) = tokio::join!(act(&a, &b, op_a), act(&b, &a, op_b));
        let n = app.unblocked_legal_representatives(&org).await;
        assert_eq!(n, 1, "round {round} ({op_a} / {op_b}): {ra:?} {rb:?}");
        for (status, answer) in [&ra, &rb] {
            assert!(
                *status == StatusCode::OK || answer["error"] == "denied" || answer["error"] == "not_found",
                "round {round}: a refusal is a clear one: {status} {answer}"
            );
        }
    }
}
