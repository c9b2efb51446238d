//! Sign-up, confirmation, sign-in and sign-out as a visitor and an attacker see them.

use reqwest::StatusCode;
use serde_json::{json, Value};

use crate::helpers::{session_cookie, sign_up_body, Options, TestApp, PASSWORD};

#[tokio::test]
async fn sign_up_creates_the_person_and_an_organization_they_legally_represent() {
    let app = TestApp::spawn().await;
    let (status, body) = app.call(None, "auth/sign_up", sign_up_body("marie@example.ch", "Marie", "Curie", None)).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body, json!({ "outcome": "check_your_email", "email": "marie@example.ch" }));

    let marie = app.sign_up("anna@example.ch", "Anna", "Meier").await;
    let (_, me) = app.call(Some(&marie.cookie), "auth/me", json!({})).await;
    let orgs = me["organizations"].as_array().unwrap();
    assert_eq!(orgs.len(), 1);
    assert_eq!(orgs[0]["name"], "Anna Meier");
    assert_eq!(orgs[0]["membership"]["role"], "legal_representative");
    assert_eq!(me["current_org_id"], orgs[0]["id"]);
}

#[tokio::test]
async fn me_tells_the_country_and_what_two_factor_authentication_asks() {
    let app = TestApp::spawn().await;
    let anna = app.sign_up("anna@example.ch", "Anna", "Meier").await;
    let (_, me) = app.call(Some(&anna.cookie), "auth/me", json!({})).await;
    assert_eq!(me["country"], "FR", "the country given at sign-up");
    assert_eq!(me["two_factor"], false);
    assert_eq!(me["must_choose_login"], false);
    assert_eq!(me["organizations"][0]["requires_two_factor"], false);

    // A factor still being set up does not count; a confirmed one does.
    app.sql(
        "INSERT INTO second_factors (id, user_id, kind, label, secret, created_at) VALUES ('f1', $1, 'totp', 'Phone', 'x', 0)",
        &[&anna.user_id],
    )
    .await;
    app.sql("UPDATE organizations SET require_two_factor = 1 WHERE id = $1", &[&anna.org_id]).await;
    let (_, me) = app.call(Some(&anna.cookie), "auth/me", json!({})).await;
    assert_eq!(me["two_factor"], false);
    assert_eq!(me["organizations"][0]["requires_two_factor"], true);
    app.sql("UPDATE second_factors SET confirmed_at = 1 WHERE id = 'f1'", &[]).await;
    let (_, me) = app.call(Some(&anna.cookie), "auth/me", json!({})).await;
    assert_eq!(me["two_factor"], true);
}

#[tokio::test]
async fn a_company_account_names_its_organization() {
    let app = TestApp::spawn().await;
    let mut body = sign_up_body("ceo@acme.ch", "Jean", "Dupont", None);
    body["input"]["account_type"] = json!("company");
    body["input"]["organization_name"] = json!("  Acme   SA ");
    let (status, _) = app.call(None, "auth/sign_up", body.clone()).await;
    assert_eq!(status, StatusCode::OK);
    let token = crate::helpers::link_param(&app.last_mail_to("ceo@acme.ch").await, "token=");
    let user = app.verify(&token).await;
    let (_, me) = app.call(Some(&user.cookie), "auth/me", json!({})).await;
    assert_eq!(me["organizations"][0]["name"], "Acme SA");

    // A company without a name is refused, field by field.
    body["input"]["email"] = json!("other@acme.ch");
    body["input"]["organization_name"] = json!(" ");
    let (status, err) = app.call(None, "auth/sign_up", body).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(err["field"], "organization_name");
}

#[tokio::test]
async fn signing_up_with_a_taken_address_reveals_nothing_and_warns_its_owner() {
    let app = TestApp::spawn().await;
    app.sign_up("taken@example.ch", "Owner", "Person").await;
    let before = app.outbox().await.len();
    let (status, body) =
        app.call(None, "auth/sign_up", sign_up_body("taken@example.ch", "Mallory", "Evil", None)).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body, json!({ "outcome": "check_your_email", "email": "taken@example.ch" }));
    let mails = app.outbox().await;
    assert_eq!(mails.len(), before + 1);
    assert_eq!(mails[0]["to"], "taken@example.ch");
    assert!(!mails[0]["body"].as_str().unwrap().contains("token="), "no confirmation link for a taken address");
    // The owner's password still works; the intruder's account does not exist.
    assert_eq!(app.sign_in("taken@example.ch", PASSWORD).await.0, StatusCode::OK);
}

#[tokio::test]
async fn a_weak_password_is_refused_with_the_reason_and_creates_nothing() {
    let app = TestApp::spawn().await;
    for (password, problem) in [
        ("short one", json!({ "password": { "too_short": { "min": 15 } } })),
        ("passwordpassword", json!({ "password": "common" })),
        ("zoe-muller is my name", json!({ "password": "contains_personal_information" })),
    ] {
        let mut body = sign_up_body("zoe@example.ch", "Zoe", "Muller", None);
        body["input"]["password"] = json!(password);
        let (status, err) = app.call(None, "auth/sign_up", body).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{password}");
        assert_eq!(err["error"], "invalid");
        assert_eq!(err["field"], "password");
        assert_eq!(err["problem"], problem);
    }
    let mut bad_email = sign_up_body("not an email", "Zoe", "Muller", None);
    bad_email["input"]["email"] = json!("zoe@");
    let (status, err) = app.call(None, "auth/sign_up", bad_email).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(err["field"], "email");
    assert!(app.outbox().await.is_empty(), "nothing was sent, so nothing was created");
}

#[tokio::test]
async fn unknown_email_and_wrong_password_get_the_same_answer() {
    let app = TestApp::spawn().await;
    app.sign_up("known@example.ch", "Known", "User").await;
    let (s1, b1, c1) = app.sign_in("known@example.ch", "wrong password, long enough").await;
    let (s2, b2, c2) = app.sign_in("nobody@example.ch", "wrong password, long enough").await;
    assert_eq!((s1, s2), (StatusCode::UNAUTHORIZED, StatusCode::UNAUTHORIZED));
    assert_eq!(b1, b2);
    assert_eq!(b1, json!({ "error": "invalid_credentials" }));
    assert!(c1.is_none() && c2.is_none());
}

#[tokio::test]
async fn repeated_failures_lock_the_account_even_for_the_right_password() {
    let app = TestApp::spawn().await;
    app.sign_up("target@example.ch", "Target", "User").await;
    for _ in 0..6 {
        let (status, _, _) = app.sign_in("target@example.ch", "guessing the password now").await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);
    }
    let (status, body, cookie) = app.sign_in("target@example.ch", PASSWORD).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "locked: the right password is refused too");
    assert_eq!(body, json!({ "error": "invalid_credentials" }), "and the answer does not say it is locked");
    assert!(cookie.is_none());
}

#[tokio::test]
async fn an_unconfirmed_address_cannot_sign_in_and_gets_a_new_link() {
    let app = TestApp::spawn().await;
    app.call(None, "auth/sign_up", sign_up_body("late@example.ch", "Late", "Reader", None)).await;
    let (status, body, cookie) = app.sign_in("late@example.ch", PASSWORD).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(body["error"], "email_not_verified");
    assert!(cookie.is_none());
    let links = app.outbox().await.iter().filter(|m| m["to"] == "late@example.ch").count();
    assert_eq!(links, 2);
}

#[tokio::test]
async fn a_confirmation_link_works_once() {
    let app = TestApp::spawn().await;
    app.call(None, "auth/sign_up", sign_up_body("once@example.ch", "Once", "Only", None)).await;
    let token = crate::helpers::link_param(&app.last_mail_to("once@example.ch").await, "token=");
    app.verify(&token).await;
    let (status, body) = app.call(None, "auth/verify_email", json!({ "token": token, "password": PASSWORD })).await;
    assert_eq!(status, StatusCode::GONE);
    assert_eq!(body["error"], "link_invalid");
    let (status, _) = app.call(None, "auth/verify_email", json!({ "token": "made-up", "password": PASSWORD })).await;
    assert_eq!(status, StatusCode::GONE);
}

#[tokio::test]
async fn signing_out_revokes_the_session_on_the_server() {
    let app = TestApp::spawn().await;
    let user = app.sign_up("leaving@example.ch", "Leaving", "Soon").await;
    let (_, me) = app.call(Some(&user.cookie), "auth/me", json!({})).await;
    assert_eq!(me["email"], "leaving@example.ch");
    let (status, _, cookies) = app.call_full(Some(&user.cookie), "auth/sign_out", json!({}), &[]).await;
    assert_eq!(status, StatusCode::OK);
    assert!(cookies.iter().any(|c| c.contains("Max-Age=0")), "the browser drops the cookie");
    // A copy of the old cookie is worthless now.
    let (_, me) = app.call(Some(&user.cookie), "auth/me", json!({})).await;
    assert_eq!(me, Value::Null);
    let (status, body) = app.members(&user, &user.org_id).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(body["error"], "unauthenticated");
}

#[tokio::test]
async fn each_sign_in_gets_a_new_session_and_browser_only_sessions_have_no_lifetime() {
    let app = TestApp::spawn().await;
    let user = app.sign_up("twice@example.ch", "Twice", "Signed").await;
    let (_, _, second) = app.sign_in("twice@example.ch", PASSWORD).await;
    assert_ne!(second.as_deref(), Some(user.cookie.as_str()));
    let body = json!({ "email": "twice@example.ch", "password": PASSWORD, "session_only": true });
    let (status, _, cookies) = app.call_full(None, "auth/sign_in", body, &[]).await;
    assert_eq!(status, StatusCode::OK);
    let cookie = cookies.iter().find(|c| c.contains("orga_session=")).unwrap();
    assert!(!cookie.contains("Max-Age"), "{cookie}");
    assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax") && cookie.contains("Path=/"));
}

#[tokio::test]
async fn over_https_the_cookie_is_host_prefixed_and_secure() {
    let app =
        TestApp::spawn_with(Options { public_url: Some("https://console.example.ch".into()), ..Options::default() })
            .await;
    let (status, _) = app.call(None, "auth/sign_up", sign_up_body("tls@example.ch", "Tls", "User", None)).await;
    assert_eq!(status, StatusCode::OK);
    let mail = app.last_mail_to("tls@example.ch").await;
    assert!(mail["body"].as_str().unwrap().contains("https://console.example.ch/verify-email#token="));
    let token = crate::helpers::link_param(&mail, "token=");
    let (status, _, cookies) =
        app.call_full(None, "auth/verify_email", json!({ "token": token, "password": PASSWORD }), &[]).await;
    assert_eq!(status, StatusCode::OK);
    let cookie = cookies.iter().find(|c| c.starts_with("__Host-orga_session=")).expect("__Host- cookie");
    for attribute in ["Secure", "HttpOnly", "SameSite=Lax", "Path=/"] {
        assert!(cookie.contains(attribute), "{attribute} missing in {cookie}");
    }
    assert!(!cookie.contains("Domain"));
    assert!(session_cookie(&cookies).is_some());
    let res = app.client.get(format!("{}/healthz", app.base)).send().await.unwrap();
    let hsts = res.headers()["strict-transport-security"].to_str().unwrap();
    assert!(hsts.starts_with("max-age="), "{hsts}");
}

#[tokio::test]
async fn many_failures_from_one_address_are_slowed_down() {
    let app = TestApp::spawn().await;
    let mut last = (StatusCode::OK, Value::Null);
    for i in 0..31 {
        let (status, body, _) = app.sign_in(&format!("guess{i}@example.ch"), "some wrong password here").await;
        last = (status, body);
    }
    assert_eq!(last.0, StatusCode::UNAUTHORIZED, "30 failures are allowed: {:?}", last.1);
    let (status, body, _) = app.sign_in("guess-more@example.ch", "some wrong password here").await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(body["error"], "rate_limited");
    assert!(body["retry_after_seconds"].as_u64().unwrap() >= 1);
}

#[tokio::test]
async fn signing_in_again_from_a_browser_ends_its_previous_session() {
    let app = TestApp::spawn().await;
    let user = app.sign_up("rotate@example.ch", "Rota", "Tion").await;
    let body = json!({ "email": "rotate@example.ch", "password": PASSWORD, "session_only": false });
    let (status, _, cookies) = app.call_full(Some(&user.cookie), "auth/sign_in", body, &[]).await;
    assert_eq!(status, StatusCode::OK);
    let fresh = session_cookie(&cookies).unwrap();
    assert_ne!(fresh, user.cookie);
    let (_, me) = app.call(Some(&user.cookie), "auth/me", json!({})).await;
    assert_eq!(me, Value::Null, "the old cookie is dead");
    let (_, me) = app.call(Some(&fresh), "auth/me", json!({})).await;
    assert_eq!(me["email"], "rotate@example.ch");
}

#[tokio::test]
async fn signing_up_first_with_someone_elses_address_gains_nothing() {
    let app = TestApp::spawn().await;
    // Mallory signs up with Victor's address and a password of her choosing.
    let mut mallory = sign_up_body("victor@example.ch", "Victor", "Target", None);
    mallory["input"]["password"] = json!("mallory knows this password");
    app.call(None, "auth/sign_up", mallory).await;
    let mallorys_link = crate::helpers::link_param(&app.last_mail_to("victor@example.ch").await, "token=");

    // Victor opens that link: his own password does not confirm Mallory's account.
    let (status, body) =
        app.call(None, "auth/verify_email", json!({ "token": mallorys_link, "password": PASSWORD })).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(body["error"], "invalid_credentials");

    // Victor signs up himself: his sign-up replaces the unconfirmed account.
    let (status, _) = app.call(None, "auth/sign_up", sign_up_body("victor@example.ch", "Victor", "Real", None)).await;
    assert_eq!(status, StatusCode::OK);
    let (status, _) = app
        .call(None, "auth/verify_email", json!({ "token": mallorys_link, "password": "mallory knows this password" }))
        .await;
    assert_eq!(status, StatusCode::GONE, "Mallory's link died with her account");
    let victor_link = crate::helpers::link_param(&app.last_mail_to("victor@example.ch").await, "token=");
    let victor = app.verify(&victor_link).await;
    let (_, me) = app.call(Some(&victor.cookie), "auth/me", json!({})).await;
    assert_eq!(me["last_name"], "Real");
    assert_eq!(me["organizations"].as_array().unwrap().len(), 1);
    let (status, _, _) = app.sign_in("victor@example.ch", "mallory knows this password").await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn signing_in_to_an_unconfirmed_account_cannot_flood_the_mailbox() {
    let app = TestApp::spawn().await;
    app.call(None, "auth/sign_up", sign_up_body("flood@example.ch", "Flo", "Od", None)).await;
    for _ in 0..10 {
        let (status, _, _) = app.sign_in("flood@example.ch", PASSWORD).await;
        assert_eq!(status, StatusCode::FORBIDDEN);
    }
    let sent = app.outbox().await.iter().filter(|m| m["to"] == "flood@example.ch").count();
    assert_eq!(sent, 5, "the sign-up link and four more, not eleven");
}
