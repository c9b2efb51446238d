//! Two-factor authentication (SEC-1…3) over HTTP, as a user and as an attacker: enabling
//! an authenticator app, the sign-in second step (no session before it), code replay and
//! drift, backup codes, SMS factors, push approval, turning 2FA off, guess limits, and
//! pending sign-ins that belong to one account only.

use domain::two_factor::totp;
use reqwest::StatusCode;
use serde_json::{json, Value};

use crate::helpers::{session_cookie, TestApp, User, PASSWORD};

/// An account with an authenticator app set up: its secret and its backup codes.
struct Enrolled {
    user: User,
    email: String,
    secret: Vec<u8>,
    backup_codes: Vec<String>,
}

fn code_at(app: &TestApp, secret: &[u8], shift_steps: i64) -> String {
    let seconds = app.clock.now_ms() / 1000 + shift_steps * 30;
    totp::code_at(secret, totp::DIGITS, seconds as u64).unwrap()
}

/// The next time step: a code of the step just used would be a replay.
fn next_step(app: &TestApp) {
    app.clock.advance(30_000);
}

async fn enrol(app: &TestApp, email: &str) -> Enrolled {
    let user = app.sign_up(email, "Tess", "Factor").await;
    let (status, setup) = app.call(Some(&user.cookie), "security/start_totp", json!({})).await;
    assert_eq!(status, StatusCode::OK, "{setup}");
    assert!(
        setup["qr_svg"].as_str().unwrap().starts_with("<?xml") || setup["qr_svg"].as_str().unwrap().contains("<svg")
    );
    assert!(setup["otpauth_url"].as_str().unwrap().starts_with("otpauth://totp/"));
    let secret = totp::secret_from_base32(setup["secret"].as_str().unwrap()).unwrap();
    let body = json!({ "factor_id": setup["factor_id"], "code": code_at(app, &secret, 0) });
    let (status, done) = app.call(Some(&user.cookie), "security/confirm_totp", body).await;
    assert_eq!(status, StatusCode::OK, "{done}");
    let backup_codes: Vec<String> =
        done["backup_codes"].as_array().unwrap().iter().map(|c| c.as_str().unwrap().to_string()).collect();
    Enrolled { user, email: email.to_string(), secret, backup_codes }
}

/// Signs in with the password: the answer and the pending sign-in cookie.
async fn password_step(app: &TestApp, email: &str) -> (StatusCode, Value, Option<String>, Option<String>) {
    let body = json!({ "email": email, "password": PASSWORD, "session_only": false });
    let (status, value, cookies) = app.call_full(None, "auth/sign_in", body, &[]).await;
    let pending = cookies
        .iter()
        .filter_map(|c| c.split(';').next())
        .find(|kv| kv.contains("orga_sign_in=") && !kv.ends_with('='))
        .map(str::to_string);
    (status, value, pending, session_cookie(&cookies))
}

async fn second_step(app: &TestApp, pending: &str, method: &str, code: &str) -> (StatusCode, Value, Option<String>) {
    let body = json!({ "method": method, "code": code });
    let (status, value, cookies) = app.call_full(Some(pending), "auth/second_factor", body, &[]).await;
    (status, value, session_cookie(&cookies))
}

async fn count(app: &TestApp, sql: &str, arg: &str) -> i64 {
    let (n,): (i64,) = sqlx::query_as(sql).bind(arg).fetch_one(app.state.pool()).await.unwrap();
    n
}

#[tokio::test]
async fn an_authenticator_app_counts_once_a_first_code_proves_it_and_backup_codes_are_given_once() {
    let app = TestApp::spawn().await;
    let user = app.sign_up("enable@example.ch", "Ena", "Ble").await;
    let (_, setup) = app.call(Some(&user.cookie), "security/start_totp", json!({})).await;
    let secret = totp::secret_from_base32(setup["secret"].as_str().unwrap()).unwrap();
    assert_eq!(secret.len(), 20, "160 random bits");
    // Before a right code nothing counts: sign-in stays password-only.
    let (status, body) = app
        .call(Some(&user.cookie), "security/confirm_totp", json!({ "factor_id": setup["factor_id"], "code": "000000" }))
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert_eq!(body["field"], "code");
    let (_, overview) = app.call(Some(&user.cookie), "security/overview", json!({})).await;
    assert_eq!(overview["factors"], json!([]));
    let (_, me) = app.call(Some(&user.cookie), "auth/me", json!({})).await;
    assert_eq!(me["two_factor"], false);
    // The secret is stored sealed.
    let stored: (String,) = sqlx::query_as("SELECT secret FROM second_factors WHERE user_id = $1")
        .bind(&user.user_id)
        .fetch_one(app.state.pool())
        .await
        .unwrap();
    assert!(!stored.0.contains(setup["secret"].as_str().unwrap()));

    let body = json!({ "factor_id": setup["factor_id"], "code": code_at(&app, &secret, 0) });
    let (status, done) = app.call(Some(&user.cookie), "security/confirm_totp", body.clone()).await;
    assert_eq!(status, StatusCode::OK, "{done}");
    let codes = done["backup_codes"].as_array().unwrap();
    assert_eq!(codes.len(), 10);
    let (_, overview) = app.call(Some(&user.cookie), "security/overview", json!({})).await;
    assert_eq!(overview["factors"][0]["method"], "totp");
    assert_eq!(overview["backup_codes_left"], 10);
    let (_, me) = app.call(Some(&user.cookie), "auth/me", json!({})).await;
    assert_eq!(me["two_factor"], true);
    assert_eq!(app.last_mail_to("enable@example.ch").await["subject"], "Two-factor authentication is on");
    // Backup codes are stored hashed.
    let plain = codes[0].as_str().unwrap().replace('-', "");
    assert_eq!(count(&app, "SELECT COUNT(*) FROM backup_codes WHERE code_hash LIKE '%' || $1 || '%'", &plain).await, 0);
    for kind in ["totp_enabled", "backup_codes_generated"] {
        let n = count(&app, "SELECT COUNT(*) FROM security_events WHERE kind = $1", kind).await;
        assert_eq!(n, 1, "{kind} recorded");
    }
    // A second confirmation of the same factor finds nothing to confirm.
    let (status, _) = app.call(Some(&user.cookie), "security/confirm_totp", body).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn with_two_factor_the_password_alone_opens_no_session() {
    let app = TestApp::spawn().await;
    let e = enrol(&app, "step@example.ch").await;
    let (status, outcome, pending, session) = password_step(&app, &e.email).await;
    assert_eq!(status, StatusCode::OK, "{outcome}");
    assert_eq!(outcome["outcome"], "second_factor");
    assert_eq!(outcome["default"], "totp");
    assert!(outcome["methods"].as_array().unwrap().contains(&json!("backup_code")));
    assert!(session.is_none(), "no session cookie before the second step");
    let pending = pending.expect("a pending sign-in cookie");
    // The pending cookie alone opens nothing.
    let (status, me) = app.call(Some(&pending), "auth/me", json!({})).await;
    assert_eq!((status, me), (StatusCode::OK, Value::Null));
    let (status, body) = app.call(Some(&pending), "security/overview", json!({})).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "{body}");
    let (status, _) = app.call(Some(&pending), "members/list", json!({ "org_id": e.user.org_id, "search": "" })).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);

    next_step(&app);
    let (status, me, session) = second_step(&app, &pending, "totp", &code_at(&app, &e.secret, 0)).await;
    assert_eq!(status, StatusCode::OK, "{me}");
    assert_eq!(me["email"], "step@example.ch");
    let session = session.expect("the session cookie");
    let (_, me) = app.call(Some(&session), "auth/me", json!({})).await;
    assert_eq!(me["email"], "step@example.ch");
    let (method,): (Option<String>,) =
        sqlx::query_as("SELECT second_factor FROM sessions WHERE user_id = $1 ORDER BY created_at DESC LIMIT 1")
            .bind(&e.user.user_id)
            .fetch_one(app.state.pool())
            .await
            .unwrap();
    assert_eq!(method.as_deref(), Some("totp"));
    let n = count(&app, "SELECT COUNT(*) FROM sign_in_events WHERE outcome = 'success' AND method = $1", "totp").await;
    assert_eq!(n, 1);
    // A completed pending sign-in cannot be used again.
    next_step(&app);
    let (status, body, _) = second_step(&app, &pending, "totp", &code_at(&app, &e.secret, 0)).await;
    assert_eq!((status, body["error"].as_str()), (StatusCode::GONE, Some("sign_in_expired")));
}

#[tokio::test]
async fn a_code_is_accepted_once_and_within_one_step_of_drift() {
    let app = TestApp::spawn().await;
    let e = enrol(&app, "drift@example.ch").await;
    // The confirming code's step is used up: signing in with it again is a replay.
    let (_, _, pending, _) = password_step(&app, &e.email).await;
    let pending = pending.unwrap();
    let (status, body, session) = second_step(&app, &pending, "totp", &code_at(&app, &e.secret, 0)).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert_eq!(body["problem"], "wrong_code");
    assert!(session.is_none());

    app.clock.advance(5 * 30_000);
    for shift in [-2, 2] {
        let (status, _, _) = second_step(&app, &pending, "totp", &code_at(&app, &e.secret, shift)).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{shift} steps away is refused");
    }
    let (status, _, session) = second_step(&app, &pending, "totp", &code_at(&app, &e.secret, -1)).await;
    assert_eq!(status, StatusCode::OK, "one step late is accepted");
    assert!(session.is_some());

    // One step early works too, once; a code older than the last accepted never does.
    app.clock.advance(5 * 30_000);
    let (_, _, pending, _) = password_step(&app, &e.email).await;
    let pending = pending.unwrap();
    let early = code_at(&app, &e.secret, 1);
    let (status, _, _) = second_step(&app, &pending, "totp", &early).await;
    assert_eq!(status, StatusCode::OK, "one step early is accepted");
    let (_, _, pending, _) = password_step(&app, &e.email).await;
    let pending = pending.unwrap();
    let (status, _, _) = second_step(&app, &pending, "totp", &early).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "the same code twice");
    let (status, _, _) = second_step(&app, &pending, "totp", &code_at(&app, &e.secret, 0)).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "a step before the last accepted");
}

#[tokio::test]
async fn a_backup_code_signs_in_once_and_the_owner_is_told() {
    let app = TestApp::spawn().await;
    let e = enrol(&app, "backup@example.ch").await;
    let code = e.backup_codes[3].clone();
    let (_, _, pending, _) = password_step(&app, &e.email).await;
    let (status, me, session) = second_step(&app, &pending.unwrap(), "backup_code", &code.to_uppercase()).await;
    assert_eq!(status, StatusCode::OK, "{me}");
    let session = session.unwrap();
    let mail = app.mail_to_about(&e.email, "A backup code was used").await;
    assert!(mail["body"].as_str().unwrap().contains("Codes left: 9"));
    let (_, overview) = app.call(Some(&session), "security/overview", json!({})).await;
    assert_eq!(overview["backup_codes_left"], 9);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM security_events WHERE kind = $1", "backup_code_used").await, 1);

    let (_, _, pending, _) = password_step(&app, &e.email).await;
    let (status, body, _) = second_step(&app, &pending.unwrap(), "backup_code", &code).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "a used backup code: {body}");

    // New codes replace the old ones (re-authentication is recent: the sign-in).
    let (status, fresh) = app.call(Some(&session), "security/regenerate_backup_codes", json!({})).await;
    assert_eq!(status, StatusCode::OK, "{fresh}");
    assert_eq!(fresh.as_array().unwrap().len(), 10);
    let (_, _, pending, _) = password_step(&app, &e.email).await;
    let (status, _, _) = second_step(&app, &pending.unwrap(), "backup_code", &e.backup_codes[4]).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "an old, unused code no longer works");
}

#[tokio::test]
async fn sms_codes_only_go_to_swiss_french_belgian_and_german_numbers() {
    let app = TestApp::spawn().await;
    let e = enrol(&app, "sms@example.ch").await;
    let cookie = e.user.cookie.clone();
    for (country, phone) in [("IT", "+39 312 345 6789"), ("CH", "+44 7700 900123"), ("FR", "+352 621 123 456")] {
        let (status, body) =
            app.call(Some(&cookie), "security/add_sms", json!({ "country": country, "phone": phone })).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{phone}: {body}");
        assert_eq!(body["field"], "phone");
    }
    let (status, body) = app.call(Some(&cookie), "security/add_sms", json!({ "country": "CH", "phone": "12" })).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    let (status, body) = app.call(Some(&cookie), "security/add_sms", json!({ "country": "XX", "phone": "1" })).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "an unknown country: {body}");

    let (status, setup) =
        app.call(Some(&cookie), "security/add_sms", json!({ "country": "CH", "phone": "079 123 45 67" })).await;
    assert_eq!(status, StatusCode::OK, "{setup}");
    assert_eq!(setup["phone"], "+41791234567");
    let text = app.last_sms_to("+41791234567").await.expect("an SMS");
    let sent: String = text.chars().filter(char::is_ascii_digit).take(6).collect();
    let wrong = if sent == "111111" { "222222" } else { "111111" };
    let (status, _) = app
        .call(Some(&cookie), "security/confirm_sms", json!({ "factor_id": setup["factor_id"], "code": wrong }))
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let (status, done) =
        app.call(Some(&cookie), "security/confirm_sms", json!({ "factor_id": setup["factor_id"], "code": sent })).await;
    assert_eq!(status, StatusCode::OK, "{done}");
    assert_eq!(done["backup_codes"], Value::Null, "2FA was on already");

    // At sign-in, a code sent by SMS completes the second step.
    let (_, outcome, pending, _) = password_step(&app, &e.email).await;
    assert!(outcome["methods"].as_array().unwrap().contains(&json!("sms")));
    assert_eq!(outcome["phone_hint"], "•• 67");
    let pending = pending.unwrap();
    let (status, body) = app.call(Some(&pending), "auth/send_sign_in_sms", json!({})).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let (status, _) = app.call(Some(&pending), "auth/send_sign_in_sms", json!({})).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS, "resending waits");
    let text = app.last_sms_to("+41791234567").await.unwrap();
    let code: String = text.chars().filter(char::is_ascii_digit).take(6).collect();
    let (status, me, session) = second_step(&app, &pending, "sms", &code).await;
    assert_eq!(status, StatusCode::OK, "{me}");
    assert!(session.is_some());
}

#[tokio::test]
async fn a_push_is_approved_from_another_session_of_the_same_person_only() {
    let app = TestApp::spawn().await;
    let e = enrol(&app, "push@example.ch").await;
    let stranger = app.sign_up("stranger@example.ch", "Stran", "Ger").await;
    let (_, outcome, pending, _) = password_step(&app, &e.email).await;
    assert!(outcome["methods"].as_array().unwrap().contains(&json!("push")), "{outcome}");
    let pending = pending.unwrap();
    let (status, _) = app.call(Some(&pending), "auth/request_push", json!({})).await;
    assert_eq!(status, StatusCode::OK);
    let (_, answer) = app.call(Some(&pending), "auth/push_status", json!({})).await;
    assert_eq!(answer["status"], "waiting");

    let (status, waiting) = app.call(Some(&e.user.cookie), "security/pending_approvals", json!({})).await;
    assert_eq!(status, StatusCode::OK);
    let waiting = waiting.as_array().unwrap().clone();
    assert_eq!(waiting.len(), 1);
    assert_eq!(waiting[0]["ip"], "127.0.0.1");
    let id = waiting[0]["id"].as_str().unwrap();
    // Another person neither sees nor answers it.
    let (_, theirs) = app.call(Some(&stranger.cookie), "security/pending_approvals", json!({})).await;
    assert_eq!(theirs, json!([]));
    let (status, _) =
        app.call(Some(&stranger.cookie), "security/decide_push", json!({ "id": id, "approve": true })).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (_, answer) = app.call(Some(&pending), "auth/push_status", json!({})).await;
    assert_eq!(answer["status"], "waiting");
    // The pending cookie is no session: it cannot approve itself.
    let (status, _) = app.call(Some(&pending), "security/decide_push", json!({ "id": id, "approve": true })).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);

    let (status, _) =
        app.call(Some(&e.user.cookie), "security/decide_push", json!({ "id": id, "approve": true })).await;
    assert_eq!(status, StatusCode::OK);
    let (status, answer, cookies) = app.call_full(Some(&pending), "auth/push_status", json!({}), &[]).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(answer["status"], "signed_in", "{answer}");
    assert_eq!(answer["me"]["email"], "push@example.ch");
    assert!(session_cookie(&cookies).is_some());
    let (status, _) =
        app.call(Some(&e.user.cookie), "security/decide_push", json!({ "id": id, "approve": true })).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "answered once");
}

#[tokio::test]
async fn a_denied_push_ends_the_sign_in_and_an_unanswered_one_expires() {
    let app = TestApp::spawn().await;
    let e = enrol(&app, "deny@example.ch").await;
    let (_, _, pending, _) = password_step(&app, &e.email).await;
    let pending = pending.unwrap();
    app.call(Some(&pending), "auth/request_push", json!({})).await;
    let (_, waiting) = app.call(Some(&e.user.cookie), "security/pending_approvals", json!({})).await;
    let id = waiting[0]["id"].as_str().unwrap().to_string();
    let (status, _) =
        app.call(Some(&e.user.cookie), "security/decide_push", json!({ "id": id, "approve": false })).await;
    assert_eq!(status, StatusCode::OK);
    let (_, answer) = app.call(Some(&pending), "auth/push_status", json!({})).await;
    assert_eq!(answer["status"], "denied");
    next_step(&app);
    let (status, body, _) = second_step(&app, &pending, "totp", &code_at(&app, &e.secret, 0)).await;
    assert_eq!((status, body["error"].as_str()), (StatusCode::GONE, Some("sign_in_expired")), "denied is over");

    let (_, _, pending, _) = password_step(&app, &e.email).await;
    let pending = pending.unwrap();
    app.call(Some(&pending), "auth/request_push", json!({})).await;
    app.clock.advance(2 * 60_000 + 1_000);
    let (_, answer) = app.call(Some(&pending), "auth/push_status", json!({})).await;
    assert_eq!(answer["status"], "expired");
    let (_, waiting) = app.call(Some(&e.user.cookie), "security/pending_approvals", json!({})).await;
    assert_eq!(waiting, json!([]));
    // The whole pending sign-in ends after 10 minutes.
    app.clock.advance(10 * 60_000);
    let (status, body) = app.call(Some(&pending), "auth/push_status", json!({})).await;
    assert_eq!((status, body["error"].as_str()), (StatusCode::GONE, Some("sign_in_expired")));
}

#[tokio::test]
async fn turning_two_factor_off_needs_the_password() {
    let app = TestApp::spawn().await;
    let e = enrol(&app, "off@example.ch").await;
    let (status, body) =
        app.call(Some(&e.user.cookie), "security/disable", json!({ "password": "not the password at all" })).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert_eq!(body["field"], "password");
    let (_, overview) = app.call(Some(&e.user.cookie), "security/overview", json!({})).await;
    assert_eq!(overview["factors"].as_array().unwrap().len(), 1, "nothing changed");

    let (status, _) = app.call(Some(&e.user.cookie), "security/disable", json!({ "password": PASSWORD })).await;
    assert_eq!(status, StatusCode::OK);
    let (_, overview) = app.call(Some(&e.user.cookie), "security/overview", json!({})).await;
    assert_eq!(overview, json!({ "factors": [], "backup_codes_left": 0 }));
    assert_eq!(app.last_mail_to(&e.email).await["subject"], "Two-factor authentication is off");
    assert_eq!(count(&app, "SELECT COUNT(*) FROM security_events WHERE kind = $1", "two_factor_disabled").await, 1);
    let (_, outcome, pending, session) = password_step(&app, &e.email).await;
    assert_eq!(outcome["outcome"], "signed_in");
    assert!(pending.is_none() && session.is_some());
}

#[tokio::test]
async fn second_step_guesses_end_the_pending_sign_in_and_then_wait() {
    let app = TestApp::spawn().await;
    let e = enrol(&app, "guess@example.ch").await;
    let (_, _, pending, _) = password_step(&app, &e.email).await;
    let pending = pending.unwrap();
    for i in 0..5 {
        let (status, _, _) = second_step(&app, &pending, "totp", &format!("00000{i}")).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    }
    // Five wrong codes end it: even the right code is refused now.
    next_step(&app);
    let (status, body, _) = second_step(&app, &pending, "totp", &code_at(&app, &e.secret, 0)).await;
    assert_eq!((status, body["error"].as_str()), (StatusCode::GONE, Some("sign_in_expired")));
    // A new pending sign-in: the account's free guesses are spent, the next wrong one
    // starts a delay, during which even the right code waits.
    let (_, _, pending, _) = password_step(&app, &e.email).await;
    let pending = pending.unwrap();
    let (status, _, _) = second_step(&app, &pending, "totp", "999999").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let (status, body, _) = second_step(&app, &pending, "totp", &code_at(&app, &e.secret, 0)).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS, "{body}");
    assert!(body["retry_after_seconds"].as_u64().unwrap() >= 1);
    app.clock.advance(31_000);
    let (status, _, session) = second_step(&app, &pending, "totp", &code_at(&app, &e.secret, 0)).await;
    assert_eq!(status, StatusCode::OK);
    assert!(session.is_some());
    // Nonsense is refused without a 500.
    let (_, _, pending, _) = password_step(&app, &e.email).await;
    let pending = pending.unwrap();
    let (status, _, _) = second_step(&app, &pending, "totp", &"9".repeat(5000)).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let (status, _, _) = second_step(&app, &pending, "sms", "123456").await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "no phone on this account");
    let (status, _, _) = second_step(&app, &pending, "push", "").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn a_pending_sign_in_belongs_to_its_account_and_its_browser() {
    let app = TestApp::spawn().await;
    let alice = enrol(&app, "alice@example.ch").await;
    let mallory = enrol(&app, "mallory@example.ch").await;
    next_step(&app);
    // Mallory's own codes do not complete Alice's pending sign-in.
    let (_, _, alice_pending, _) = password_step(&app, &alice.email).await;
    let alice_pending = alice_pending.unwrap();
    let (status, _, _) = second_step(&app, &alice_pending, "totp", &code_at(&app, &mallory.secret, 0)).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let (status, _, _) = second_step(&app, &alice_pending, "backup_code", &mallory.backup_codes[0]).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    // A made-up or absent pending cookie is no pending sign-in.
    for cookie in [None, Some("orga_sign_in=forged-value")] {
        let body = json!({ "method": "totp", "code": code_at(&app, &alice.secret, 0) });
        let (status, body) = app.call(cookie, "auth/second_factor", body).await;
        assert_eq!((status, body["error"].as_str()), (StatusCode::GONE, Some("sign_in_expired")));
    }
    // A new sign-in in the same browser replaces its pending one.
    let (_, _, replaced, _) = {
        let body = json!({ "email": alice.email, "password": PASSWORD, "session_only": false });
        let (status, value, cookies) = app.call_full(Some(&alice_pending), "auth/sign_in", body, &[]).await;
        let fresh = cookies
            .iter()
            .filter_map(|c| c.split(';').next())
            .find(|kv| kv.contains("orga_sign_in="))
            .map(str::to_string);
        (status, value, fresh, ())
    };
    let (status, _, _) = second_step(&app, &alice_pending, "totp", &code_at(&app, &alice.secret, 0)).await;
    assert_eq!(status, StatusCode::GONE, "the replaced pending sign-in is over");
    let (status, me, _) = second_step(&app, &replaced.unwrap(), "totp", &code_at(&app, &alice.secret, 0)).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(me["email"], "alice@example.ch", "Alice's session, not Mallory's");
    // Mallory cannot remove Alice's factor.
    let (_, overview) = app.call(Some(&alice.user.cookie), "security/overview", json!({})).await;
    let factor = overview["factors"][0]["id"].clone();
    let (status, _) =
        app.call(Some(&mallory.user.cookie), "security/remove_factor", json!({ "factor_id": factor })).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn changes_need_a_recent_proof_and_a_code_gives_one() {
    let app = TestApp::spawn().await;
    let e = enrol(&app, "recent@example.ch").await;
    app.clock.advance(11 * 60_000);
    for endpoint in ["security/start_totp", "security/regenerate_backup_codes"] {
        let (status, body) = app.call(Some(&e.user.cookie), endpoint, json!({})).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{endpoint}: {body}");
        assert_eq!(body["error"], "reauthentication_required");
    }
    let (_, overview) = app.call(Some(&e.user.cookie), "security/overview", json!({})).await;
    let factor = overview["factors"][0]["id"].clone();
    let (status, _) = app.call(Some(&e.user.cookie), "security/remove_factor", json!({ "factor_id": factor })).await;
    assert_eq!(status, StatusCode::FORBIDDEN);

    // A wrong code does not re-authenticate; the app's code does, once.
    let (status, body) =
        app.call(Some(&e.user.cookie), "auth/reauthenticate", json!({ "password": null, "code": "123456" })).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    let code = code_at(&app, &e.secret, 0);
    let (status, body) =
        app.call(Some(&e.user.cookie), "auth/reauthenticate", json!({ "password": null, "code": code })).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let (status, _) =
        app.call(Some(&e.user.cookie), "auth/reauthenticate", json!({ "password": null, "code": code })).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "a code is used once");
    let (status, _) = app.call(Some(&e.user.cookie), "security/regenerate_backup_codes", json!({})).await;
    assert_eq!(status, StatusCode::OK);
    app.clock.advance(11 * 60_000);
    // A backup code re-authenticates too.
    let (status, fresh) = {
        let code = code_at(&app, &e.secret, 0);
        let (s, _) =
            app.call(Some(&e.user.cookie), "auth/reauthenticate", json!({ "password": null, "code": code })).await;
        assert_eq!(s, StatusCode::OK);
        app.call(Some(&e.user.cookie), "security/regenerate_backup_codes", json!({})).await
    };
    assert_eq!(status, StatusCode::OK);
    app.clock.advance(11 * 60_000);
    let backup = fresh[0].as_str().unwrap();
    let (status, _) =
        app.call(Some(&e.user.cookie), "auth/reauthenticate", json!({ "password": null, "code": backup })).await;
    assert_eq!(status, StatusCode::OK);
    let (status, _) = app.call(Some(&e.user.cookie), "security/remove_factor", json!({ "factor_id": factor })).await;
    assert_eq!(status, StatusCode::OK);
    let (_, me) = app.call(Some(&e.user.cookie), "auth/me", json!({})).await;
    assert_eq!(me["two_factor"], false, "the last factor gone, 2FA is off");
}
