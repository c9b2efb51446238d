//! Observability (issue 10): `/metrics` in the Prometheus text format, closed to
//! strangers; `/readyz` failing while the server is not ready or its database is gone;
//! a request id on every answer.

use http::StatusCode;
use serde_json::json;

use crate::helpers::{Options, TestApp, PASSWORD};

async fn get(app: &TestApp, path: &str, bearer: Option<&str>) -> (StatusCode, String) {
    let mut req = app.client.get(format!("{}{path}", app.base));
    if let Some(token) = bearer {
        req = req.bearer_auth(token);
    }
    let res = req.send().await.expect("request");
    (res.status(), res.text().await.unwrap())
}

#[tokio::test]
async fn metrics_count_requests_by_registered_endpoint_and_sign_in_failures() {
    let app = TestApp::spawn().await;
    app.sign_up("metered@obs.test", "Mia", "Meter").await;
    let (status, _, _) = app.sign_in("metered@obs.test", "a wrong password, surely").await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (status, _, _) = app.sign_in("metered@obs.test", PASSWORD).await;
    assert_eq!(status, StatusCode::OK);
    // A made-up path is counted under a fixed label, never under its own name.
    let (status, _) = app.call(None, "made/up-path-42", json!({})).await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    let (status, text) = get(&app, "/metrics", None).await;
    assert_eq!(status, StatusCode::OK, "loopback may read the metrics without a token");
    assert!(
        text.contains(r#"orga_http_request_duration_seconds_count{endpoint="/api/auth/sign_in",status="2xx"} 1"#),
        "{text}"
    );
    assert!(
        text.contains(r#"orga_http_request_duration_seconds_count{endpoint="/api/auth/sign_in",status="4xx"} 1"#),
        "{text}"
    );
    assert!(text.contains(r#"endpoint="api_unknown""#) && !text.contains("made/up-path-42"), "{text}");
    assert!(text.contains("orga_sign_in_failures_total 1"), "{text}");
    assert!(text.contains("orga_sign_in_queue_depth 0"), "{text}");
    assert!(text.contains("orga_outbox_backlog "), "{text}");
    assert!(text.trim_end().ends_with("# EOF"), "{text}");
}

#[tokio::test]
async fn with_a_token_metrics_are_refused_without_it() {
    let app = TestApp::spawn_with(Options { metrics_token: Some("s3cret-scrape-token"), ..Options::default() }).await;
    let (status, text) = get(&app, "/metrics", None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert!(!text.contains("orga_"), "{text}");
    let (status, _) = get(&app, "/metrics", Some("s3cret-scrape-token-not")).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (status, text) = get(&app, "/metrics", Some("s3cret-scrape-token")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(text.contains("orga_sign_in_queue_depth"), "{text}");
}

#[tokio::test]
async fn readiness_follows_the_start_and_the_database() {
    let app = TestApp::spawn().await;
    let (status, text) = get(&app, "/readyz", None).await;
    assert_eq!((status, text.as_str()), (StatusCode::OK, "ready"));

    // While the migrations run at start: not ready, and other requests wait.
    app.state.set_ready(false);
    let (status, _) = get(&app, "/readyz", None).await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
    let res = app
        .client
        .post(format!("{}/api/auth/sign_in", app.base))
        .header("content-type", "application/json")
        .body(json!({ "email": "a@b.test", "password": "x", "session_only": true }).to_string())
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(res.headers().get("retry-after").and_then(|v| v.to_str().ok()), Some("1"));
    assert!(res.headers().contains_key("x-request-id"));
    let (status, _) = get(&app, "/healthz", None).await;
    assert_eq!(status, StatusCode::OK, "alive meanwhile");
    app.state.set_ready(true);

    // The database gone: not ready.
    app.state.pool().close().await;
    let (status, text) = get(&app, "/readyz", None).await;
    assert_eq!((status, text.as_str()), (StatusCode::SERVICE_UNAVAILABLE, "database unreachable"));
}

#[tokio::test]
async fn every_answer_carries_a_request_id() {
    let app = TestApp::spawn().await;
    let mut ids = std::collections::HashSet::new();
    for path in ["/healthz", "/readyz", "/some/page"] {
        let res = app.client.get(format!("{}{path}", app.base)).send().await.unwrap();
        let id = res.headers().get("x-request-id").expect("x-request-id").to_str().unwrap().to_string();
        assert_eq!(id.len(), 16, "{id}");
        ids.insert(id);
    }
    assert_eq!(ids.len(), 3, "one id per request");
}
