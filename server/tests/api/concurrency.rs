//! The invariant "an organization always keeps a legal representative" under concurrent
//! requests: two legal representatives demoting each other at the same moment.

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
