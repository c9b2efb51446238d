//! `auth/reauthenticate`: the password typed again proves the owner for 10 minutes; a
//! wrong one changes nothing and is counted like a sign-in failure.

use reqwest::StatusCode;
use serde_json::json;

use crate::helpers::{TestApp, PASSWORD};

#[tokio::test]
async fn the_password_reauthenticates_and_a_wrong_one_or_a_made_up_code_does_not() {
    let app = TestApp::spawn().await;
    let ada = app.sign_up("ada@example.ch", "Ada", "Lovelace").await;
    let call = |body| app.call(Some(&ada.cookie), "auth/reauthenticate", body);

    let (status, body) = call(json!({ "password": "not my password at all", "code": null })).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body, json!({ "error": "invalid", "field": "password", "problem": "wrong_password" }));

    let (status, body) = call(json!({ "password": null, "code": "123456" })).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "no second factor: every code is wrong");
    assert_eq!(body, json!({ "error": "invalid", "field": "code", "problem": "wrong_code" }));

    for body in [json!({ "password": null, "code": null }), json!({ "password": PASSWORD, "code": "123456" })] {
        let (status, answer) = call(body).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{answer}");
    }

    let (status, body) = call(json!({ "password": PASSWORD, "code": null })).await;
    assert_eq!((status, body), (StatusCode::OK, json!(null)));

    let (status, body) = app.call(None, "auth/reauthenticate", json!({ "password": PASSWORD, "code": null })).await;
    assert_eq!((status, body["error"].as_str()), (StatusCode::UNAUTHORIZED, Some("unauthenticated")));
}

#[tokio::test]
async fn guessing_the_password_through_a_stolen_session_is_held_back() {
    let app = TestApp::spawn().await;
    let ada = app.sign_up("ada@example.ch", "Ada", "Lovelace").await;
    let mut statuses = Vec::new();
    for i in 0..8 {
        let (status, _) = app
            .call(
                Some(&ada.cookie),
                "auth/reauthenticate",
                json!({ "password": format!("wrong guess {i}"), "code": null }),
            )
            .await;
        statuses.push(status);
    }
    // The sign-in policy for one account: 5 free failures, the sixth starts the delay.
    assert!(statuses[..6].iter().all(|s| *s == StatusCode::UNPROCESSABLE_ENTITY), "{statuses:?}");
    assert!(statuses[6..].iter().all(|s| *s == StatusCode::TOO_MANY_REQUESTS), "{statuses:?}");
    // Even the right password waits for the delay to pass.
    let (status, _) =
        app.call(Some(&ada.cookie), "auth/reauthenticate", json!({ "password": PASSWORD, "code": null })).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
}
