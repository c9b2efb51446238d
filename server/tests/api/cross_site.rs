//! CSRF defence: a browser request from another site changes nothing.

use reqwest::StatusCode;
use serde_json::json;

use crate::helpers::{sign_up_body, TestApp};

#[tokio::test]
async fn a_state_changing_request_from_another_origin_is_refused() {
    let app = TestApp::spawn().await;
    let lr = app.sign_up("victim@example.ch", "Vic", "Tim").await;
    let body = json!({ "org_id": lr.org_id, "email": "attacker@evil.test", "role": "administrator" });
    for headers in [
        vec![("Origin", "https://evil.test")],
        vec![("Origin", "null")],
        vec![("Sec-Fetch-Site", "cross-site")],
        vec![("Sec-Fetch-Site", "same-site"), ("Origin", "https://sub.example.ch")],
        // DNS rebinding: the attacker's name resolves to the console; Host and Origin agree.
        vec![("Origin", "http://rebind.attacker.test:8080"), ("Host", "rebind.attacker.test:8080")],
    ] {
        let (status, answer, _) = app.call_full(Some(&lr.cookie), "members/invite", body.clone(), &headers).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{headers:?}");
        assert_eq!(answer, json!({ "error": "cross_site" }));
    }
    let (status, _, _) = app
        .call_full(
            None,
            "auth/sign_up",
            sign_up_body("csrf@example.ch", "C", "S", None),
            &[("Origin", "https://evil.test")],
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);

    assert!(app.outbox().await.iter().all(|m| m["to"] != "attacker@evil.test" && m["to"] != "csrf@example.ch"));
    let (_, page) = app.members(&lr, &lr.org_id).await;
    assert_eq!(page["pending"], json!([]));

    // The console itself, same origin, goes through.
    let host = app.base.trim_start_matches("http://").to_string();
    let origin = format!("http://{host}");
    let (status, _, _) = app
        .call_full(Some(&lr.cookie), "members/invite", body, &[("Origin", &origin), ("Sec-Fetch-Site", "same-origin")])
        .await;
    assert_eq!(status, StatusCode::OK);
}
