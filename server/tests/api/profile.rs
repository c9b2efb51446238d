//! "Manage my profile" (ACC-3…9, ACC-13) over HTTP, as the owner and as an attacker sees
//! it: the login email changed through a link (reused, expired and foreign links; the
//! recovery email; another account's login answered like a free address), the password
//! under the full policy, the recovery email and phone (wrong password, unsupported
//! country, SMS code replay and too many tries), the region and newsletter, and closing
//! the account (refused while the last legal representative).

use reqwest::StatusCode;
use serde_json::{json, Value};

use crate::helpers::{link_param, TestApp, User, PASSWORD};

const NEW_PASSWORD: &str = "orange tractor sings loudly";

async fn count(app: &TestApp, statement: &str, args: &[&str]) -> i64 {
    let mut q = sqlx::query_as::<_, (i64,)>(statement);
    for a in args {
        q = q.bind(*a);
    }
    q.fetch_one(app.state.pool()).await.expect("count").0
}

async fn profile(app: &TestApp, user: &User) -> Value {
    let (status, body) = app.call(Some(&user.cookie), "profile/get", json!({})).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    body
}

fn assert_invalid(status: StatusCode, body: &Value, field: &str, problem: Value) {
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert_eq!(body["error"], "invalid", "{body}");
    assert_eq!(body["field"], field, "{body}");
    assert_eq!(body["problem"], problem, "{body}");
}

fn profile_problem(p: &str) -> Value {
    json!({ "profile": p })
}

async fn mails_to(app: &TestApp, to: &str) -> Vec<Value> {
    app.outbox().await.into_iter().filter(|m| m["to"] == to).collect()
}

async fn change_login(app: &TestApp, user: &User, new: &str, password: &str) -> (StatusCode, Value) {
    app.call(Some(&user.cookie), "profile/change_login_email", json!({ "new_email": new, "password": password })).await
}

#[tokio::test]
async fn the_login_email_changes_through_a_link_to_the_new_address_and_the_old_one_is_told() {
    let app = TestApp::spawn().await;
    let anna = app.sign_up("anna@example.ch", "Anna", "Keller").await;
    assert_eq!(profile(&app, &anna).await["email"], "anna@example.ch");

    // The wrong password changes nothing and sends nothing.
    let (status, body) = change_login(&app, &anna, "anna.keller@example.org", "not my password at all").await;
    assert_invalid(status, &body, "password", json!("wrong_password"));
    assert!(mails_to(&app, "anna.keller@example.org").await.is_empty());

    let (status, body) = change_login(&app, &anna, "Anna.Keller@Example.org", PASSWORD).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(profile(&app, &anna).await["pending_login"], "anna.keller@example.org");
    let token = link_param(&app.last_mail_to("anna.keller@example.org").await, "token=");
    // Nothing changed before the link is opened.
    assert_eq!(app.sign_in("anna@example.ch", PASSWORD).await.0, StatusCode::OK);

    let (status, body) = app.call(None, "profile/confirm_login_email", json!({ "token": token })).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body, "anna.keller@example.org");
    let p = profile(&app, &anna).await;
    assert_eq!(p["email"], "anna.keller@example.org");
    assert_eq!(p["pending_login"], Value::Null);
    let (status, me) = app.call(Some(&anna.cookie), "auth/me", json!({})).await;
    assert_eq!((status, me["email"].clone()), (StatusCode::OK, json!("anna.keller@example.org")));
    assert_eq!(app.sign_in("anna.keller@example.org", PASSWORD).await.0, StatusCode::OK);
    assert_eq!(app.sign_in("anna@example.ch", PASSWORD).await.0, StatusCode::UNAUTHORIZED);

    // The old address is told, with no link to follow.
    let told = app.last_mail_to("anna@example.ch").await;
    let body = told["body"].as_str().unwrap();
    assert!(body.contains("anna.keller@example.org"), "{body}");
    assert!(!body.contains("token=") && !body.contains("http"), "{body}");

    // The member search follows the new address.
    let words = "SELECT COUNT(*) FROM member_search_words WHERE user_id = $1 AND word = $2";
    assert!(count(&app, words, &[&anna.user_id, "keller"]).await > 0);
    let (status, page) =
        app.call(Some(&anna.cookie), "members/list", json!({ "org_id": anna.org_id, "search": "anna.keller" })).await;
    assert_eq!(status, StatusCode::OK, "{page}");
    assert_eq!(page["members"].as_array().unwrap().len(), 1, "{page}");

    // The link works once.
    let (status, body) = app.call(None, "profile/confirm_login_email", json!({ "token": token })).await;
    assert_eq!((status, body["error"].clone()), (StatusCode::GONE, json!("link_invalid")));
    let events = "SELECT COUNT(*) FROM security_events WHERE user_id = $1 AND kind = $2";
    assert_eq!(count(&app, events, &[&anna.user_id, "login_email_changed"]).await, 1);
}

#[tokio::test]
async fn another_accounts_login_is_answered_like_a_free_address_and_its_owner_is_told() {
    let app = TestApp::spawn().await;
    let anna = app.sign_up("anna@example.ch", "Anna", "Keller").await;
    let _bob = app.sign_up("bob@example.ch", "Bob", "Meier").await;
    let before = mails_to(&app, "bob@example.ch").await.len();

    let free = change_login(&app, &anna, "free@example.ch", PASSWORD).await;
    let taken = change_login(&app, &anna, "BOB@example.ch", PASSWORD).await;
    assert_eq!(free, taken, "the same answer whether or not the address has an account");
    assert_eq!(taken.0, StatusCode::OK);

    // Bob gets no link, only a notice; nothing changed for either.
    let to_bob = mails_to(&app, "bob@example.ch").await;
    assert_eq!(to_bob.len(), before + 1);
    assert!(!to_bob[0]["body"].as_str().unwrap().contains("token="), "{}", to_bob[0]);
    assert_eq!(profile(&app, &anna).await["email"], "anna@example.ch");
    assert_eq!(app.sign_in("bob@example.ch", PASSWORD).await.0, StatusCode::OK);

    // A free address taken by someone else before the link is opened: the link does nothing.
    let token = link_param(&app.last_mail_to("free@example.ch").await, "token=");
    let _carol = app.sign_up("free@example.ch", "Carol", "Rossi").await;
    let (status, body) = app.call(None, "profile/confirm_login_email", json!({ "token": token })).await;
    assert_eq!((status, body["error"].clone()), (StatusCode::GONE, json!("link_invalid")), "{body}");
    assert_eq!(profile(&app, &anna).await["email"], "anna@example.ch");
}

#[tokio::test]
async fn the_login_cannot_become_the_recovery_email_and_links_expire_and_keep_to_their_purpose() {
    let app = TestApp::spawn().await;
    let anna = app.sign_up("anna@example.ch", "Anna", "Keller").await;
    app.sql("UPDATE users SET recovery_email = 'rescue@example.ch' WHERE id = $1", &[&anna.user_id]).await;
    let (status, body) = change_login(&app, &anna, "Rescue@example.ch", PASSWORD).await;
    assert_invalid(status, &body, "email", profile_problem("same_as_recovery_email"));
    let (status, body) = change_login(&app, &anna, "anna@example.ch", PASSWORD).await;
    assert_invalid(status, &body, "email", profile_problem("unchanged"));
    let (status, body) = change_login(&app, &anna, "not an address", PASSWORD).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    let (status, _) = app
        .call(None, "profile/change_login_email", json!({ "new_email": "x@example.ch", "password": PASSWORD }))
        .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);

    // Expired after 24 hours.
    assert_eq!(change_login(&app, &anna, "new@example.ch", PASSWORD).await.0, StatusCode::OK);
    let token = link_param(&app.last_mail_to("new@example.ch").await, "token=");
    app.clock.advance(24 * 60 * 60 * 1000 + 1);
    let (status, _) = app.call(None, "profile/confirm_login_email", json!({ "token": token })).await;
    assert_eq!(status, StatusCode::GONE);

    // A recovery-email link is no login link, and a made-up token is nothing.
    let anna = crate::helpers::User { cookie: app.sign_in("anna@example.ch", PASSWORD).await.2.unwrap(), ..anna };
    let (status, body) = app
        .call(
            Some(&anna.cookie),
            "profile/set_recovery_email",
            json!({ "email": "other@example.ch", "password": PASSWORD }),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let recovery_token = link_param(&app.last_mail_to("other@example.ch").await, "token=");
    let (status, _) = app.call(None, "profile/confirm_login_email", json!({ "token": recovery_token })).await;
    assert_eq!(status, StatusCode::GONE);
    let (status, _) = app.call(None, "profile/confirm_login_email", json!({ "token": "made-up" })).await;
    assert_eq!(status, StatusCode::GONE);
    assert_eq!(profile(&app, &anna).await["email"], "anna@example.ch");
    // The foreign use did not burn the recovery link.
    let (status, body) = app.call(None, "profile/confirm_recovery_email", json!({ "token": recovery_token })).await;
    assert_eq!((status, body), (StatusCode::OK, json!("other@example.ch")));
}

#[tokio::test]
async fn the_password_changes_with_the_current_one_under_the_full_policy() {
    let app = TestApp::spawn().await;
    let anna = app.sign_up("anna@example.ch", "Anna", "Keller").await;
    let (_, _, other_cookie) = app.sign_in("anna@example.ch", PASSWORD).await;
    let other = other_cookie.unwrap();
    let change = |current: &'static str, new: &'static str| {
        let app = &app;
        let cookie = anna.cookie.clone();
        async move {
            let body = json!({ "current_password": current, "new_password": new });
            app.call(Some(&cookie), "profile/change_password", body).await
        }
    };
    let (status, body) = change("not my password at all", NEW_PASSWORD).await;
    assert_invalid(status, &body, "password", json!("wrong_password"));
    for weak in ["qwertyuiop123456", "iloveyouforever", "passwordpassword"] {
        let (status, body) = change(PASSWORD, weak).await;
        assert_invalid(status, &body, "new_password", json!({ "password": "common" }));
    }
    let (status, body) = change(PASSWORD, "anna keller sings at noon").await;
    assert_invalid(status, &body, "new_password", json!({ "password": "contains_personal_information" }));
    let (status, body) = change(PASSWORD, "short").await;
    assert_invalid(status, &body, "new_password", json!({ "password": { "too_short": { "min": 15 } } }));
    assert_eq!(app.sign_in("anna@example.ch", PASSWORD).await.0, StatusCode::OK, "nothing changed so far");

    let (status, body) = change(PASSWORD, NEW_PASSWORD).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(app.sign_in("anna@example.ch", PASSWORD).await.0, StatusCode::UNAUTHORIZED);
    assert_eq!(app.sign_in("anna@example.ch", NEW_PASSWORD).await.0, StatusCode::OK);
    let told = app.mail_to_about("anna@example.ch", "password was changed").await;
    assert!(!told["body"].as_str().unwrap().contains("http"), "{told}");
    let events = "SELECT COUNT(*) FROM security_events WHERE user_id = $1 AND kind = 'password_changed'";
    assert_eq!(count(&app, events, &[&anna.user_id]).await, 1);

    // The other sessions live on until signed out; this one stays.
    assert_eq!(app.call(Some(&other), "auth/me", json!({})).await.1["email"], "anna@example.ch");
    let (status, ended) = app.call(Some(&anna.cookie), "profile/sign_out_other_sessions", json!({})).await;
    assert_eq!(status, StatusCode::OK, "{ended}");
    assert!(ended.as_u64().unwrap() >= 3, "{ended}");
    assert_eq!(app.call(Some(&other), "auth/me", json!({})).await.1, Value::Null);
    assert_eq!(app.call(Some(&anna.cookie), "auth/me", json!({})).await.1["email"], "anna@example.ch");
}

#[tokio::test]
async fn the_meter_asks_the_server_which_runs_the_full_policy() {
    let app = TestApp::spawn().await;
    let check = |password: &str| {
        let body = json!({ "password": password, "email": "zoe.muller@example.ch", "first_name": "Zoé", "last_name": "Muller" });
        let app = &app;
        async move { app.call(None, "auth/check_password", body).await }
    };
    for weak in ["qwertyuiop123456", "iloveyouforever"] {
        let (status, body) = check(weak).await;
        assert_eq!(status, StatusCode::OK, "{body}");
        assert_eq!(body, json!({ "strength": 0, "refusal": "common" }));
    }
    let (_, body) = check("zoe-muller is my name").await;
    assert_eq!(body["refusal"], "contains_personal_information");
    let (_, body) = check(&"x".repeat(5000)).await;
    assert_eq!(body["refusal"], json!({ "too_long": { "max": 128 } }));
    for fine in [NEW_PASSWORD, PASSWORD] {
        let (_, body) = check(fine).await;
        assert_eq!(body["refusal"], Value::Null, "{fine}: {body}");
        assert!(body["strength"].as_u64().unwrap() >= 3, "{body}");
    }
    // Sign-up runs the same policy.
    let mut input = crate::helpers::sign_up_body("weak@example.ch", "Weak", "Password", None);
    input["input"]["password"] = json!("qwertyuiop123456");
    let (status, body) = app.call(None, "auth/sign_up", input).await;
    assert_invalid(status, &body, "password", json!({ "password": "common" }));
}

#[tokio::test]
async fn the_recovery_email_is_verified_by_a_link_and_must_differ_from_the_login() {
    let app = TestApp::spawn().await;
    let anna = app.sign_up("anna@example.ch", "Anna", "Keller").await;
    let set = |email: &'static str, password: &'static str| {
        let app = &app;
        let cookie = anna.cookie.clone();
        async move {
            app.call(Some(&cookie), "profile/set_recovery_email", json!({ "email": email, "password": password })).await
        }
    };
    let (status, body) = set("rescue@example.ch", "not my password at all").await;
    assert_invalid(status, &body, "password", json!("wrong_password"));
    let (status, body) = set("ANNA@example.ch", PASSWORD).await;
    assert_invalid(status, &body, "email", profile_problem("same_as_login_email"));
    assert!(mails_to(&app, "rescue@example.ch").await.is_empty());

    assert_eq!(set("rescue@example.ch", PASSWORD).await.0, StatusCode::OK);
    assert_eq!(
        profile(&app, &anna).await["recovery_email"],
        json!({ "address": "rescue@example.ch", "verified": false })
    );
    let token = link_param(&app.last_mail_to("rescue@example.ch").await, "token=");
    let (status, body) = app.call(None, "profile/confirm_recovery_email", json!({ "token": token })).await;
    assert_eq!((status, body), (StatusCode::OK, json!("rescue@example.ch")));
    assert_eq!(
        profile(&app, &anna).await["recovery_email"],
        json!({ "address": "rescue@example.ch", "verified": true })
    );
    let (status, _) = app.call(None, "profile/confirm_recovery_email", json!({ "token": token })).await;
    assert_eq!(status, StatusCode::GONE, "a link works once");

    // A new address waits for its own link while the verified one stays in use.
    assert_eq!(set("second@example.ch", PASSWORD).await.0, StatusCode::OK);
    let (recovery,): (Option<String>,) = sqlx::query_as("SELECT recovery_email FROM users WHERE id = $1")
        .bind(&anna.user_id)
        .fetch_one(app.state.pool())
        .await
        .unwrap();
    assert_eq!(recovery.as_deref(), Some("rescue@example.ch"));

    let (status, body) = app
        .call(Some(&anna.cookie), "profile/remove_recovery_email", json!({ "password": "wrong password here" }))
        .await;
    assert_invalid(status, &body, "password", json!("wrong_password"));
    let (status, _) =
        app.call(Some(&anna.cookie), "profile/remove_recovery_email", json!({ "password": PASSWORD })).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(profile(&app, &anna).await["recovery_email"], Value::Null);
    // The pending link died with the removal.
    let pending = link_param(&app.last_mail_to("second@example.ch").await, "token=");
    let (status, _) = app.call(None, "profile/confirm_recovery_email", json!({ "token": pending })).await;
    assert_eq!(status, StatusCode::GONE);
    let events = "SELECT COUNT(*) FROM security_events WHERE user_id = $1 AND kind IN ('recovery_email_changed', 'recovery_email_removed')";
    assert_eq!(count(&app, events, &[&anna.user_id]).await, 2);
}

async fn send_code(app: &TestApp, user: &User, country: &str, number: &str, password: &str) -> (StatusCode, Value) {
    let body = json!({ "country": country, "number": number, "password": password });
    app.call(Some(&user.cookie), "profile/send_phone_code", body).await
}

async fn verify_code(app: &TestApp, user: &User, code: &str) -> (StatusCode, Value) {
    app.call(Some(&user.cookie), "profile/verify_phone", json!({ "code": code })).await
}

fn code_in(sms: &str) -> String {
    sms.split(|c: char| !c.is_ascii_digit()).find(|w| w.len() == 6).expect("a 6-digit code").to_string()
}

#[tokio::test]
async fn the_recovery_phone_is_verified_by_an_sms_code_once_within_five_tries() {
    let app = TestApp::spawn().await;
    let anna = app.sign_up("anna@example.ch", "Anna", "Keller").await;
    let phone = "+41791234567";

    let (status, body) = send_code(&app, &anna, "US", "202 555 0100", PASSWORD).await;
    assert_invalid(status, &body, "country", json!("not_a_choice"));
    let (status, body) = send_code(&app, &anna, "CH", "+1 202 555 0100", PASSWORD).await;
    assert_invalid(status, &body, "phone", json!({ "detail": "phone" }));
    let (status, body) = send_code(&app, &anna, "CH", "079 123 45 67", "not my password at all").await;
    assert_invalid(status, &body, "password", json!("wrong_password"));
    assert_eq!(app.last_sms_to(phone).await, None, "nothing sent without the password");
    let (status, body) = verify_code(&app, &anna, "123456").await;
    assert_invalid(status, &body, "code", profile_problem("no_code_pending"));

    // 1: the right code, once.
    let (status, body) = send_code(&app, &anna, "CH", "079 123 45 67", PASSWORD).await;
    assert_eq!((status, body), (StatusCode::OK, json!(phone)));
    assert_eq!(profile(&app, &anna).await["recovery_phone"], json!({ "address": phone, "verified": false }));
    let code = code_in(&app.last_sms_to(phone).await.expect("an SMS"));
    let wrong = if code == "000000" { "111111" } else { "000000" };
    let (status, body) = verify_code(&app, &anna, wrong).await;
    assert_invalid(status, &body, "code", json!("wrong_code"));
    let (status, body) = verify_code(&app, &anna, &code).await;
    assert_eq!((status, body), (StatusCode::OK, json!(phone)));
    assert_eq!(profile(&app, &anna).await["recovery_phone"], json!({ "address": phone, "verified": true }));
    let (status, body) = verify_code(&app, &anna, &code).await;
    assert_invalid(status, &body, "code", profile_problem("no_code_pending"));

    // 2: five wrong codes drop it; the right one comes too late.
    assert_eq!(send_code(&app, &anna, "FR", "06 12 34 56 78", PASSWORD).await.0, StatusCode::OK);
    let code = code_in(&app.last_sms_to("+33612345678").await.unwrap());
    let wrong = if code == "000000" { "111111" } else { "000000" };
    for _ in 0..5 {
        let (status, body) = verify_code(&app, &anna, wrong).await;
        assert_invalid(status, &body, "code", json!("wrong_code"));
    }
    let (status, body) = verify_code(&app, &anna, &code).await;
    assert_invalid(status, &body, "code", profile_problem("no_code_pending"));
    assert_eq!(profile(&app, &anna).await["recovery_phone"]["address"], phone, "the verified number stays");

    // 3: expired after 10 minutes.
    assert_eq!(send_code(&app, &anna, "DE", "0151 23456789", PASSWORD).await.0, StatusCode::OK);
    let code = code_in(&app.last_sms_to("+4915123456789").await.unwrap());
    app.clock.advance(10 * 60 * 1000 + 1);
    let (status, body) = verify_code(&app, &anna, &code).await;
    assert_invalid(status, &body, "code", profile_problem("no_code_pending"));

    // A fourth code in a row waits.
    let (status, body) = send_code(&app, &anna, "CH", "079 765 43 21", PASSWORD).await;
    assert_eq!((status, body["error"].clone()), (StatusCode::TOO_MANY_REQUESTS, json!("rate_limited")), "{body}");

    let (status, body) = app
        .call(Some(&anna.cookie), "profile/remove_recovery_phone", json!({ "password": "wrong password here" }))
        .await;
    assert_invalid(status, &body, "password", json!("wrong_password"));
    let (status, _) =
        app.call(Some(&anna.cookie), "profile/remove_recovery_phone", json!({ "password": PASSWORD })).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(profile(&app, &anna).await["recovery_phone"], Value::Null);
}

#[tokio::test]
async fn region_and_newsletter_are_saved_and_checked() {
    let app = TestApp::spawn().await;
    let anna = app.sign_up("anna@example.ch", "Anna", "Keller").await;
    let region = |country: Value, zone: Value| {
        let app = &app;
        let cookie = anna.cookie.clone();
        async move { app.call(Some(&cookie), "profile/set_region", json!({ "country": country, "time_zone": zone })).await }
    };
    let (status, body) = region(json!("CH"), json!("Mars/Olympus_Mons")).await;
    assert_invalid(status, &body, "time_zone", profile_problem("unknown_time_zone"));
    let (status, body) = region(json!("CH"), json!("x".repeat(10_000))).await;
    assert_invalid(status, &body, "time_zone", profile_problem("unknown_time_zone"));
    let (status, body) = region(json!("ZZ"), json!("Europe/Zurich")).await;
    assert_eq!((status, body["field"].clone()), (StatusCode::UNPROCESSABLE_ENTITY, json!("country")), "{body}");
    let (status, body) = region(json!("ch"), json!("Europe/Zurich")).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let (_, me) = app.call(Some(&anna.cookie), "auth/me", json!({})).await;
    assert_eq!((me["country"].clone(), me["time_zone"].clone()), (json!("CH"), json!("Europe/Zurich")));

    let toggle = |topic: &'static str, on: bool| {
        let app = &app;
        let cookie = anna.cookie.clone();
        async move { app.call(Some(&cookie), "profile/set_newsletter", json!({ "topic": topic, "subscribed": on })).await }
    };
    assert_eq!(toggle("mail", true).await, (StatusCode::OK, json!(["mail"])));
    assert_eq!(toggle("domains", true).await, (StatusCode::OK, json!(["domains", "mail"])));
    assert_eq!(toggle("mail", false).await, (StatusCode::OK, json!(["domains"])));
    assert_eq!(toggle("spam", true).await.0, StatusCode::BAD_REQUEST);
    assert_eq!(profile(&app, &anna).await["newsletter"], json!(["domains"]));
    let (status, _) = app.call(None, "profile/set_newsletter", json!({ "topic": "mail", "subscribed": true })).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn closing_is_refused_while_the_last_legal_representative_then_ends_everything() {
    let app = TestApp::spawn().await;
    let anna = app.sign_up("anna@example.ch", "Anna", "Keller").await;
    let bob = app.invite_new(&anna, &anna.org_id, "bob@example.ch", "collaborator", "Bob").await;
    let org_name: (String,) = sqlx::query_as("SELECT name FROM organizations WHERE id = $1")
        .bind(&anna.org_id)
        .fetch_one(app.state.pool())
        .await
        .unwrap();
    assert_eq!(profile(&app, &anna).await["closure_blockers"], json!([org_name.0]));
    let close = |cookie: String, password: &'static str, confirmation: &'static str| {
        let app = &app;
        async move {
            app.call(
                Some(&cookie),
                "profile/close_account",
                json!({ "password": password, "confirmation": confirmation }),
            )
            .await
        }
    };
    let (status, body) = close(anna.cookie.clone(), PASSWORD, "anna@example.ch").await;
    assert_eq!(status, StatusCode::CONFLICT, "{body}");
    assert_eq!(body, json!({ "error": "closure_blocked", "organizations": [org_name.0] }));
    let (status, body) = close(anna.cookie.clone(), PASSWORD, "close it").await;
    assert_invalid(status, &body, "confirmation", profile_problem("confirmation_mismatch"));
    let (status, body) = close(anna.cookie.clone(), "not my password at all", "anna@example.ch").await;
    assert_invalid(status, &body, "password", json!("wrong_password"));
    assert_eq!(app.call(Some(&anna.cookie), "auth/me", json!({})).await.1["email"], "anna@example.ch");

    // Bob, a collaborator, may close: he just leaves; Anna is told.
    let (status, body) = close(bob.cookie.clone(), PASSWORD, "BOB@example.ch").await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(app.call(Some(&bob.cookie), "auth/me", json!({})).await.1, Value::Null);
    assert_eq!(app.sign_in("bob@example.ch", PASSWORD).await.0, StatusCode::UNAUTHORIZED);
    let members = "SELECT COUNT(*) FROM memberships WHERE user_id = $1";
    assert_eq!(count(&app, members, &[&bob.user_id]).await, 0);
    assert!(app.last_mail_to("bob@example.ch").await["subject"].as_str().unwrap().contains("closed"));
    let bob_org = "SELECT COUNT(*) FROM organizations WHERE id = $1 AND deleted_at IS NULL";
    assert_eq!(count(&app, bob_org, &[&bob.org_id]).await, 1, "Bob's organization is Anna's");

    // Alone in her organization now, Anna may close; it closes with her account.
    assert_eq!(profile(&app, &anna).await["closure_blockers"], json!([]));
    let (status, _, cookies) = app
        .call_full(
            Some(&anna.cookie),
            "profile/close_account",
            json!({ "password": PASSWORD, "confirmation": "anna@example.ch" }),
            &[],
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(cookies.iter().any(|c| c.contains("Max-Age=0")), "{cookies:?}");
    assert_eq!(count(&app, bob_org, &[&anna.org_id]).await, 0);
    let events = "SELECT COUNT(*) FROM security_events WHERE user_id = $1 AND kind = 'account_closed'";
    assert_eq!(count(&app, events, &[&anna.user_id]).await, 1);
    let (status, _) = close(anna.cookie.clone(), PASSWORD, "anna@example.ch").await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn oversized_or_simultaneous_requests_get_a_clear_answer_never_a_server_error() {
    let app = TestApp::spawn().await;
    let anna = app.sign_up("anna@example.ch", "Anna", "Muster").await;
    // The same topic turned on twice at once (a double click): both succeed, one row.
    let on = json!({ "topic": "mail", "subscribed": true });
    let (a, b) = tokio::join!(
        app.call(Some(&anna.cookie), "profile/set_newsletter", on.clone()),
        app.call(Some(&anna.cookie), "profile/set_newsletter", on.clone())
    );
    assert_eq!((a.0, b.0), (StatusCode::OK, StatusCode::OK), "{a:?} {b:?}");
    let rows = "SELECT COUNT(*) FROM newsletter_subscriptions WHERE user_id = $1 AND topic = 'mail'";
    assert_eq!(count(&app, rows, &[&anna.user_id]).await, 1);
    // A link's token far longer than any token: the link is simply not valid.
    for endpoint in ["profile/confirm_login_email", "profile/confirm_recovery_email"] {
        let (status, body) = app.call(None, endpoint, json!({ "token": "x".repeat(40_000) })).await;
        assert_eq!((status, body["error"].as_str()), (StatusCode::GONE, Some("link_invalid")), "{endpoint}");
    }
    // A 40 KB password at sign-in is a wrong password, like any other.
    let (status, body, cookie) = app.sign_in("anna@example.ch", &"p".repeat(40_000)).await;
    assert_eq!((status, body["error"].as_str(), cookie), (StatusCode::UNAUTHORIZED, Some("invalid_credentials"), None));
}
