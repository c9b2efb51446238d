//! The documented endpoints exist, answer with their documented error shape, and the
//! pages around them carry the security headers.

use reqwest::StatusCode;
use serde_json::json;

use crate::helpers::TestApp;

/// Every `POST /api/...` named in docs/API.md.
fn documented_endpoints() -> Vec<String> {
    let doc = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/API.md")).expect("docs/API.md");
    doc.lines()
        .filter_map(|l| l.split("`POST /api/").nth(1))
        .filter_map(|rest| rest.split('`').next())
        .map(str::to_string)
        .collect()
}

#[tokio::test]
async fn every_documented_endpoint_is_served() {
    let app = TestApp::spawn().await;
    let endpoints = documented_endpoints();
    assert!(endpoints.len() >= 15, "{endpoints:?}");
    for endpoint in endpoints {
        let (status, body) = app.call(None, &endpoint, json!({})).await;
        let text = body.to_string();
        assert!(!text.contains("Could not find a server function"), "{endpoint} is not registered");
        assert!(body.is_object() || body.is_array() || body.is_null(), "{endpoint} answered {text}");
        assert!(status != StatusCode::NOT_FOUND || body["error"] == "not_found", "{endpoint}: {status}");
    }
}

#[tokio::test]
async fn malformed_requests_get_a_clear_400() {
    let app = TestApp::spawn().await;
    let user = app.sign_up("bad@example.ch", "Bad", "Request").await;
    for body in [
        json!({ "org_id": user.org_id, "user_id": user.user_id, "role": "owner" }),
        json!({ "org_id": user.org_id }),
        json!({ "org_id": 42, "user_id": user.user_id, "role": "administrator" }),
    ] {
        let (status, answer) = app.call(Some(&user.cookie), "members/change_role", body).await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
        assert_eq!(answer["error"], "bad_request");
        assert!(!answer["message"].as_str().unwrap().is_empty());
    }
    assert_eq!(app.role_of(&user, &user.org_id, &user.user_id).await, "legal_representative");
}

#[tokio::test]
async fn responses_carry_security_headers_and_health_is_reported() {
    let app = TestApp::spawn().await;
    let res = app.client.get(format!("{}/healthz", app.base)).send().await.unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let h = res.headers();
    assert!(h["content-security-policy"].to_str().unwrap().contains("frame-ancestors 'none'"));
    assert_eq!(h["x-content-type-options"], "nosniff");
    assert_eq!(h["referrer-policy"], "no-referrer");
    assert!(h.get("strict-transport-security").is_none(), "no HSTS over plain http");
    assert_eq!(res.text().await.unwrap(), "ok");
    let (_, _, _) = app.call_full(None, "auth/me", json!({}), &[]).await;
    let res = app
        .client
        .post(format!("{}/api/auth/me", app.base))
        .header("content-type", "application/json")
        .body("{}")
        .send()
        .await
        .unwrap();
    assert_eq!(res.headers()["cache-control"], "no-store");
}

/// `/api/<path>` of every body the server registers.
fn registered_endpoints(app: &TestApp) -> Vec<String> {
    server::http::endpoints(&app.state).paths().iter().map(|p| p.trim_start_matches("/api/").to_string()).collect()
}

#[tokio::test]
async fn registered_and_documented_endpoints_are_the_same_set() {
    let app = TestApp::spawn().await;
    let mut registered = registered_endpoints(&app);
    let mut documented = documented_endpoints();
    registered.sort();
    documented.sort();
    let undocumented: Vec<_> = registered.iter().filter(|e| !documented.contains(e)).collect();
    let unserved: Vec<_> = documented.iter().filter(|e| !registered.contains(e)).collect();
    assert!(undocumented.is_empty(), "registered but not in docs/API.md: {undocumented:?}");
    assert!(unserved.is_empty(), "in docs/API.md but not registered: {unserved:?}");
    assert_eq!(registered.len(), documented.len(), "an endpoint is documented twice");
}

#[tokio::test]
async fn unknown_api_paths_answer_the_documented_404_and_reveal_nothing() {
    let app = TestApp::spawn().await;
    for path in ["members/nope", "auth", "x/y/z", "members/list/extra"] {
        let (status, body) = app.call(None, path, json!({})).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
        assert_eq!(body, json!({ "error": "not_found" }), "{path}");
    }
    let res = app.client.get(format!("{}/api/auth/me", app.base)).send().await.unwrap();
    assert_eq!(res.status(), StatusCode::METHOD_NOT_ALLOWED);
    let body: serde_json::Value = res.json().await.unwrap();
    assert_eq!(body["error"], "bad_request");
}

#[tokio::test]
async fn an_oversized_request_is_refused_before_it_is_read() {
    let app = TestApp::spawn().await;
    let body = json!({ "email": "a@example.ch", "password": "x".repeat(100_000), "session_only": false });
    let (status, _) = app.call(None, "auth/sign_in", body).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
}

#[tokio::test]
async fn every_answer_names_its_request() {
    let app = TestApp::spawn().await;
    let res = app.client.get(format!("{}/healthz", app.base)).send().await.unwrap();
    let first = res.headers()["x-request-id"].to_str().unwrap().to_string();
    let res = app.client.get(format!("{}/healthz", app.base)).send().await.unwrap();
    let second = res.headers()["x-request-id"].to_str().unwrap().to_string();
    assert_eq!(first.len(), 16);
    assert_ne!(first, second);
}
