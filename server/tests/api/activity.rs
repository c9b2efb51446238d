//! Security signals (SEC-5, SEC-6, SEC-8): the emails on a new device or network and on
//! a wrong password, the recent activity and the sessions of one's own account, and the
//! brute-force protection seen from outside.

use reqwest::StatusCode;
use serde_json::{json, Value};

use crate::helpers::{session_cookie, Options, TestApp, User, PASSWORD};

const NEW_SIGN_IN: &str = "New sign-in to your Orga account";
const WRONG_PASSWORD: &str = "Failed sign-in to your Orga account";

/// The emails to `to` with this subject, newest first.
async fn mails(app: &TestApp, to: &str, subject: &str) -> Vec<Value> {
    app.outbox().await.into_iter().filter(|m| m["to"] == to && m["subject"] == subject).collect()
}

/// Signs in with these extra headers (a device cookie, a forwarded address); the
/// session cookie and the device cookie the answer sets.
async fn sign_in_with(
    app: &TestApp,
    email: &str,
    password: &str,
    cookie: Option<&str>,
    from: Option<&str>,
) -> (StatusCode, Value, Option<String>, Option<String>) {
    let mut headers = vec![("user-agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0")];
    if let Some(ip) = from {
        headers.push(("x-forwarded-for", ip));
    }
    let body = json!({ "email": email, "password": password, "session_only": false });
    let (status, value, cookies) = app.call_full(cookie, "auth/sign_in", body, &headers).await;
    let device =
        cookies.iter().filter_map(|c| c.split(';').next()).find(|kv| kv.starts_with("orga_device=")).map(String::from);
    (status, value, session_cookie(&cookies), device)
}

fn no_link(mail: &Value) {
    let body = mail["body"].as_str().unwrap();
    assert!(!body.contains("http") && !body.contains("/sign-in") && !body.contains("token"), "a link in: {body}");
}

#[tokio::test]
async fn a_new_device_is_told_once_and_the_first_session_not_at_all() {
    let app = TestApp::spawn().await;
    app.sign_up("dora@example.ch", "Dora", "Device").await;
    assert!(mails(&app, "dora@example.ch", NEW_SIGN_IN).await.is_empty(), "the account's first session alerts nobody");

    // A browser that never signed in to this account: one email, and a device cookie.
    let (status, _, _, device) = sign_in_with(&app, "dora@example.ch", PASSWORD, None, None).await;
    assert_eq!(status, StatusCode::OK);
    let device = device.expect("a device cookie");
    let sent = mails(&app, "dora@example.ch", NEW_SIGN_IN).await;
    assert_eq!(sent.len(), 1);
    let body = sent[0]["body"].as_str().unwrap();
    assert!(body.contains("from a new device"), "{body}");
    assert!(body.contains("127.0.0.1") && body.contains("127.0.0.0/24") && body.contains("Firefox on Linux"), "{body}");
    assert!(body.contains("UTC"), "the time, in UTC without a time zone: {body}");
    no_link(&sent[0]);

    // The same browser again: nothing new.
    let (status, _, _, again) = sign_in_with(&app, "dora@example.ch", PASSWORD, Some(&device), None).await;
    assert_eq!(status, StatusCode::OK);
    assert!(again.is_none(), "the device keeps its cookie");
    assert_eq!(mails(&app, "dora@example.ch", NEW_SIGN_IN).await.len(), 1);

    // The device cookie is long-lived, HttpOnly, and stored only hashed.
    let (_, _, cookies) = app
        .call_full(
            None,
            "auth/sign_in",
            json!({ "email": "dora@example.ch", "password": PASSWORD, "session_only": false }),
            &[],
        )
        .await;
    let set = cookies.iter().find(|c| c.starts_with("orga_device=")).unwrap();
    assert!(set.contains("Max-Age=34560000") && set.contains("HttpOnly") && set.contains("SameSite=Lax"), "{set}");
    let value = device.trim_start_matches("orga_device=");
    let (stored,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM known_devices WHERE device_hash = $1")
        .bind(value)
        .fetch_one(app.state.pool())
        .await
        .unwrap();
    assert_eq!(stored, 0, "the cookie's value is not what is stored");
}

#[tokio::test]
async fn a_new_network_is_told_and_the_same_network_is_not() {
    let app = TestApp::spawn_with(Options { trusted_proxies: vec!["127.0.0.1/32"], ..Options::default() }).await;
    app.sign_up("nina@example.ch", "Nina", "Network").await;
    app.sql("UPDATE users SET time_zone = 'Europe/Zurich', lang = 'fr' WHERE email = 'nina@example.ch'", &[]).await;
    let (status, _, _, device) = sign_in_with(&app, "nina@example.ch", PASSWORD, None, Some("203.0.113.5")).await;
    assert_eq!(status, StatusCode::OK);
    let device = device.unwrap();
    let subject = "Nouvelle connexion à votre compte Orga";
    let sent = mails(&app, "nina@example.ch", subject).await;
    assert_eq!(sent.len(), 1, "in the owner's language");
    let body = sent[0]["body"].as_str().unwrap();
    assert!(body.contains("un nouvel appareil sur un nouveau réseau") && body.contains("203.0.113.0/24"), "{body}");
    assert!(body.contains("CET") || body.contains("CEST"), "in the owner's time zone: {body}");
    no_link(&sent[0]);

    // The same /24: nothing.
    let (status, ..) = sign_in_with(&app, "nina@example.ch", PASSWORD, Some(&device), Some("203.0.113.77")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(mails(&app, "nina@example.ch", subject).await.len(), 1);

    // Another network, the same device.
    let (status, ..) = sign_in_with(&app, "nina@example.ch", PASSWORD, Some(&device), Some("198.51.100.7")).await;
    assert_eq!(status, StatusCode::OK);
    let sent = mails(&app, "nina@example.ch", subject).await;
    assert_eq!(sent.len(), 2);
    let body = sent[0]["body"].as_str().unwrap();
    assert!(body.contains("depuis un nouveau réseau") && body.contains("198.51.100.7"), "{body}");

    // IPv6 counts by its /48.
    let (status, ..) = sign_in_with(&app, "nina@example.ch", PASSWORD, Some(&device), Some("2001:db8:aa:1::1")).await;
    assert_eq!(status, StatusCode::OK);
    let (status, ..) = sign_in_with(&app, "nina@example.ch", PASSWORD, Some(&device), Some("2001:db8:aa:2::9")).await;
    assert_eq!(status, StatusCode::OK);
    let sent = mails(&app, "nina@example.ch", subject).await;
    assert_eq!(sent.len(), 3, "one email for 2001:db8:aa::/48");
    assert!(sent[0]["body"].as_str().unwrap().contains("2001:db8:aa::/48"));
}

#[tokio::test]
async fn a_wrong_password_is_told_at_most_once_an_hour_and_without_a_link() {
    let app = TestApp::spawn().await;
    app.sign_up("wendy@example.ch", "Wendy", "Wrong").await;
    for _ in 0..3 {
        let (status, ..) = sign_in_with(&app, "wendy@example.ch", "not her password at all", None, None).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);
    }
    let sent = mails(&app, "wendy@example.ch", WRONG_PASSWORD).await;
    assert_eq!(sent.len(), 1, "three wrong passwords, one email");
    let body = sent[0]["body"].as_str().unwrap();
    assert!(body.contains("127.0.0.1") && body.contains("Firefox on Linux") && body.contains("UTC"), "{body}");
    no_link(&sent[0]);

    app.clock.advance(61 * 60_000);
    let (status, ..) = sign_in_with(&app, "wendy@example.ch", "still not her password", None, None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(mails(&app, "wendy@example.ch", WRONG_PASSWORD).await.len(), 2, "an hour later, again");

    // An address with no account: no email to anyone.
    let before = app.outbox().await.len();
    let (status, ..) = sign_in_with(&app, "nobody@example.ch", "not a password either", None, None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(app.outbox().await.len(), before);
}

async fn activity(app: &TestApp, user: &str) -> (StatusCode, Value) {
    app.call(Some(user), "activity/list", json!({})).await
}

async fn sessions(app: &TestApp, user: &str) -> (StatusCode, Value) {
    app.call(Some(user), "activity/sessions", json!({})).await
}

async fn signed_in(app: &TestApp, email: &str) -> String {
    let (status, body, cookie, _) = sign_in_with(app, email, PASSWORD, None, None).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    cookie.unwrap()
}

/// The id of the session `cookie` belongs to, as its own list says.
async fn own_session_id(app: &TestApp, cookie: &str) -> String {
    let (status, list) = sessions(app, cookie).await;
    assert_eq!(status, StatusCode::OK, "{list}");
    let current: Vec<&Value> = list.as_array().unwrap().iter().filter(|s| s["current"] == true).collect();
    assert_eq!(current.len(), 1);
    current[0]["id"].as_str().unwrap().to_string()
}

#[tokio::test]
async fn the_activity_shows_ones_own_sign_ins_failures_and_changes_only() {
    let app = TestApp::spawn().await;
    let anna = app.sign_up("anna@example.ch", "Anna", "Activity").await;
    let bob = app.sign_up("bob@example.ch", "Bob", "Other").await;
    let (status, ..) = sign_in_with(&app, "anna@example.ch", "a wrong password here", None, None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let second = signed_in(&app, "anna@example.ch").await;
    let (status, _) = app.call(Some(&second), "activity/sign_out_others", json!({})).await;
    assert_eq!(status, StatusCode::OK);

    let (status, page) = activity(&app, &second).await;
    assert_eq!(status, StatusCode::OK, "{page}");
    let kinds: Vec<String> = page["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            let k = &e["kind"];
            format!("{}:{}", k["type"].as_str().unwrap(), k["outcome"].as_str().or(k["event"].as_str()).unwrap())
        })
        .collect();
    assert_eq!(
        kinds,
        ["security:signed_out_everywhere", "sign_in:success", "sign_in:wrong_password"],
        "newest first (the confirmation's own session is not a sign-in event)"
    );
    let entry = &page["entries"][1];
    assert_eq!(entry["ip"], "127.0.0.1");
    assert!(entry["user_agent"].as_str().unwrap().contains("Firefox"));
    assert_eq!(page["older"], Value::Null);

    // Bob sees none of it; nobody signed out sees anything.
    let (status, page) = activity(&app, &bob.cookie).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page["entries"].as_array().unwrap().is_empty(), "{page}");
    let (status, _) = app.call(None, "activity/list", json!({})).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (status, _) = activity(&app, &anna.cookie).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "signed out by 'everywhere else'");
}

#[tokio::test]
async fn the_activity_pages_from_newest_to_oldest_without_gaps() {
    let app = TestApp::spawn().await;
    let user = app.sign_up("paula@example.ch", "Paula", "Pages").await;
    for i in 0..70 {
        let id = format!("ev{i:03}");
        let at = (1_000 + i / 2).to_string(); // two entries share each time
        app.sql(
            "INSERT INTO security_events (id, user_id, at, kind, detail) VALUES ($1, $2, CAST($3 AS BIGINT), 'password_changed', '')",
            &[&id, &user.user_id, &at],
        )
        .await;
    }
    let mut seen = Vec::new();
    let mut older = Value::Null;
    loop {
        let (status, page) = app.call(Some(&user.cookie), "activity/list", json!({ "older": older })).await;
        assert_eq!(status, StatusCode::OK, "{page}");
        seen.extend(page["entries"].as_array().unwrap().iter().map(|e| e["id"].as_str().unwrap().to_string()));
        older = page["older"].clone();
        if older.is_null() {
            break;
        }
    }
    let expected: Vec<String> = (0..70).rev().map(|i| format!("ev{i:03}")).collect();
    assert_eq!(seen, expected);
    let (status, _) =
        app.call(Some(&user.cookie), "activity/list", json!({ "older": { "at": 5, "id": "x".repeat(5000) } })).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn a_session_can_be_signed_out_from_another_and_not_from_someone_else() {
    let app = TestApp::spawn().await;
    app.sign_up("sam@example.ch", "Sam", "Sessions").await;
    let mallory: User = app.sign_up("mallory@example.ch", "Mallory", "Else").await;
    let laptop = signed_in(&app, "sam@example.ch").await;
    let phone = signed_in(&app, "sam@example.ch").await;
    let phone_id = own_session_id(&app, &phone).await;

    let (status, list) = sessions(&app, &laptop).await;
    assert_eq!(status, StatusCode::OK);
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), 3, "the confirmation's, the laptop's and the phone's: {list:?}");
    assert_eq!(list[0]["current"], true, "this one first");
    assert!(list.iter().any(|s| s["id"] == phone_id));
    assert!(list[0]["user_agent"].as_str().unwrap().contains("Firefox"));

    // Someone else's session is not found, nor is a made-up one; nothing ends.
    for id in [phone_id.clone(), "0".repeat(64), "x".repeat(10_000)] {
        let (status, body) =
            app.call(Some(&mallory.cookie), "activity/revoke_session", json!({ "session_id": id })).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{body}");
    }
    assert_eq!(sessions(&app, &phone).await.0, StatusCode::OK);

    let (status, _) = app.call(Some(&laptop), "activity/revoke_session", json!({ "session_id": phone_id })).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(sessions(&app, &phone).await.0, StatusCode::UNAUTHORIZED, "the phone's cookie opens nothing now");
    let (status, me) = app.call(Some(&phone), "auth/me", json!({})).await;
    assert_eq!((status, me), (StatusCode::OK, Value::Null));
    let (status, _) = app.call(Some(&laptop), "activity/revoke_session", json!({ "session_id": phone_id })).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "once only");
    let (_, page) = activity(&app, &laptop).await;
    assert_eq!(page["entries"][0]["kind"], json!({ "type": "security", "event": "session_revoked" }));
}

#[tokio::test]
async fn signing_out_everywhere_ends_every_session() {
    let app = TestApp::spawn().await;
    let first = app.sign_up("eve@example.ch", "Eve", "Everywhere").await;
    let second = signed_in(&app, "eve@example.ch").await;
    let (status, body, cookies) = app.call_full(Some(&second), "activity/sign_out_everywhere", json!({}), &[]).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert!(cookies.iter().any(|c| c.starts_with("orga_session=;")), "the cookie is cleared: {cookies:?}");
    for cookie in [&first.cookie, &second] {
        assert_eq!(sessions(&app, cookie).await.0, StatusCode::UNAUTHORIZED);
    }
    let third = signed_in(&app, "eve@example.ch").await;
    let (_, page) = activity(&app, &third).await;
    assert!(page["entries"].as_array().unwrap().iter().any(|e| e["kind"]["event"] == "signed_out_everywhere"));
}

#[tokio::test]
async fn the_lockout_survives_a_restart_of_the_server() {
    // A database that outlives the server: a file of our own (or the PostgreSQL one).
    let dir = tempfile::tempdir().unwrap();
    let db_url = match std::env::var("TEST_DATABASE_URL").ok().filter(|u| !u.is_empty()) {
        Some(_) => {
            let app = TestApp::spawn().await;
            app.db_url.clone()
        }
        None => format!("sqlite://{}/orga.db", dir.path().display()),
    };
    let app = TestApp::spawn_with(Options { db_url: Some(db_url.clone()), ..Options::default() }).await;
    app.sign_up("lock@example.ch", "Lou", "Locked").await;
    for _ in 0..6 {
        let (status, _, _) = app.sign_in("lock@example.ch", "guessing and guessing").await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);
    }
    let (status, _, _) = app.sign_in("lock@example.ch", PASSWORD).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "locked");
    drop(app);

    let restarted = TestApp::spawn_with(Options { db_url: Some(db_url), ..Options::default() }).await;
    let (status, body, cookie) = restarted.sign_in("lock@example.ch", PASSWORD).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "still locked after the restart: {body}");
    assert!(cookie.is_none());
    restarted.clock.advance(16 * 60_000);
    let (status, _, _) = restarted.sign_in("lock@example.ch", PASSWORD).await;
    assert_eq!(status, StatusCode::OK, "the delay over, the password works");
}

#[tokio::test]
async fn case_variants_of_an_email_share_one_counter() {
    let app = TestApp::spawn().await;
    app.sign_up("casey@example.ch", "Casey", "Case").await;
    for variant in [
        "Casey@example.ch",
        "CASEY@EXAMPLE.CH",
        "casey@Example.ch",
        " casey@example.ch ",
        "cAsEy@example.CH",
        "Casey@Example.Ch",
    ] {
        let (status, _, _) = app.sign_in(variant, "wrong, wrong, wrong").await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);
    }
    let (status, _, cookie) = app.sign_in("casey@example.ch", PASSWORD).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "six failures under six spellings lock the one account");
    assert!(cookie.is_none());
}

#[tokio::test]
async fn unknown_account_wrong_password_and_locked_account_answer_alike() {
    let app = TestApp::spawn().await;
    app.sign_up("same@example.ch", "Sam", "Same").await;
    app.sign_up("locked@example.ch", "Lee", "Locked").await;
    for _ in 0..6 {
        app.sign_in("locked@example.ch", "many wrong guesses").await;
    }
    let (s1, b1, _) = app
        .call_full(
            None,
            "auth/sign_in",
            json!({ "email": "nobody@example.ch", "password": "a wrong password", "session_only": false }),
            &[],
        )
        .await;
    let (s2, b2, _) = app
        .call_full(
            None,
            "auth/sign_in",
            json!({ "email": "same@example.ch", "password": "a wrong password", "session_only": false }),
            &[],
        )
        .await;
    let (s3, b3, _) = app
        .call_full(
            None,
            "auth/sign_in",
            json!({ "email": "locked@example.ch", "password": PASSWORD, "session_only": false }),
            &[],
        )
        .await;
    assert_eq!((s1, s2, s3), (StatusCode::UNAUTHORIZED, StatusCode::UNAUTHORIZED, StatusCode::UNAUTHORIZED));
    assert_eq!(b1, b2);
    assert_eq!(b2, b3);
    assert_eq!(b1, json!({ "error": "invalid_credentials" }));
}

#[tokio::test]
async fn sign_ups_from_one_address_are_rate_limited() {
    let app = TestApp::spawn().await;
    let mut refused_at = None;
    for i in 0..25 {
        let body = crate::helpers::sign_up_body(&format!("many{i}@example.ch"), "Many", "Signups", None);
        let (status, answer) = app.call(None, "auth/sign_up", body).await;
        if status == StatusCode::TOO_MANY_REQUESTS {
            assert_eq!(answer["error"], "rate_limited");
            refused_at = Some(i);
            break;
        }
        assert_eq!(status, StatusCode::OK, "{answer}");
    }
    let refused_at = refused_at.expect("a script cannot sign up without end");
    assert!(refused_at >= 20, "an office's worth passes: refused at {refused_at}");
}
