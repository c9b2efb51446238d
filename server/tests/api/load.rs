//! Load shedding (issue 10, P4): past the password-hashing queue's depth a request is
//! refused at once with `503 overloaded` and `Retry-After`, nothing else happens to it,
//! and the others are answered as usual.

use http::StatusCode;
use serde_json::json;

use crate::helpers::{Options, TestApp, PASSWORD};

#[tokio::test]
async fn a_full_hashing_queue_sheds_sign_ins_with_503_and_retry_after_and_counts_nothing() {
    let app = TestApp::spawn_with(Options { hash_queue_depth: 2, ..Options::default() }).await;
    app.sign_up("queue@load.test", "Quinn", "Queue").await;

    let mut burst = tokio::task::JoinSet::new();
    for i in 0..32 {
        let (client, base) = (app.client.clone(), app.base.clone());
        burst.spawn(async move {
            let body = json!({ "email": format!("ghost{i}@load.test"), "password": "not the password at all", "session_only": false });
            let res = client
                .post(format!("{base}/api/auth/sign_in"))
                .header("content-type", "application/json")
                .body(body.to_string())
                .send()
                .await
                .expect("request");
            let status = res.status();
            let retry_after = res.headers().get("retry-after").map(|v| v.to_str().unwrap().to_string());
            let body: serde_json::Value = res.json().await.expect("json");
            (status, retry_after, body)
        });
    }
    let answers = burst.join_all().await;
    let mut shed = 0;
    let mut refused = 0;
    for (status, retry_after, body) in &answers {
        match *status {
            StatusCode::SERVICE_UNAVAILABLE => {
                shed += 1;
                assert_eq!(body["error"], "overloaded", "{body}");
                let seconds = body["retry_after_seconds"].as_u64().expect("seconds");
                assert!(seconds >= 1, "{body}");
                assert_eq!(retry_after.as_deref(), Some(seconds.to_string().as_str()), "Retry-After matches the body");
            }
            StatusCode::UNAUTHORIZED => {
                refused += 1;
                assert_eq!(body["error"], "invalid_credentials", "{body}");
            }
            other => panic!("unexpected {other}: {body}"),
        }
    }
    assert!(shed > 0, "32 sign-ins at once past a depth of 2: some are shed");
    assert!(refused >= 2, "the admitted ones are checked and answered");

    // A shed attempt counted nothing: the address's failures are the checked ones only.
    let (failures,): (i64,) = sqlx::query_as("SELECT failures FROM throttles WHERE bucket = 'address'")
        .fetch_one(app.state.pool())
        .await
        .unwrap();
    assert_eq!(failures, refused as i64, "{shed} shed, {refused} checked");
    // The queue is empty again and the real owner signs in.
    assert_eq!(app.state.hashing().len(), 0);
    let (status, body, cookie) = app.sign_in("queue@load.test", PASSWORD).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert!(cookie.is_some());
}

#[tokio::test]
async fn overloaded_reads_in_the_users_language_with_a_plural() {
    let en = app::AppError::Overloaded { retry_after_seconds: 1 }.message(domain::Lang::En);
    let fr = app::AppError::Overloaded { retry_after_seconds: 3 }.message(domain::Lang::Fr);
    assert!(en.contains("1 second.") && en.contains("Nothing was done"), "{en}");
    assert!(fr.contains("3 secondes") && fr.contains("Rien n'a été fait"), "{fr}");
}
