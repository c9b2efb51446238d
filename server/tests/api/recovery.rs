//! Recovery (ACC-10, ACC-11, ACC-12) and the identity-verification request, as a person
//! locked out and as an attacker see them: answers compared response by response for
//! known and unknown accounts, reused, expired, foreign and wrong-channel secrets, code
//! tries, rate limits, uploads that lie about their type.

use reqwest::StatusCode;
use serde_json::{json, Value};
use server::operator::support;

use crate::helpers::{link_param, TestApp, User, PASSWORD};

const NEW_PASSWORD: &str = "seven quiet herons fishing";
const PHONE: &str = "+33612345678";

async fn with_phone(app: &TestApp, user: &User, number: &str) {
    app.sql(
        "UPDATE users SET recovery_phone = $1, recovery_phone_verified_at = 1 WHERE id = $2",
        &[number, &user.user_id],
    )
    .await;
}

async fn with_recovery_email(app: &TestApp, user: &User, email: &str) {
    app.sql(
        "UPDATE users SET recovery_email = $1, recovery_email_verified_at = 1 WHERE id = $2",
        &[email, &user.user_id],
    )
    .await;
}

/// The six-digit code of an SMS.
fn code_in(text: &str) -> String {
    let digits: Vec<char> = text.chars().collect();
    for start in 0..digits.len() {
        let run: String = digits[start..].iter().take_while(|c| c.is_ascii_digit()).collect();
        let before_ok = start == 0 || !digits[start - 1].is_ascii_digit();
        if before_ok && run.len() == 6 {
            return run;
        }
    }
    panic!("no code in {text}")
}

async fn request(app: &TestApp, email: &str, channel: &str) -> (StatusCode, Value) {
    app.call(None, "recovery/request_reset", json!({ "email": email, "channel": channel })).await
}

/// A status and a body whose random values are blanked: what an observer can compare.
fn shape(answer: &(StatusCode, Value)) -> (StatusCode, Value) {
    let mut body = answer.1.clone();
    if let Some(id) = body.get_mut("request_id") {
        assert_eq!(id.as_str().map(str::len), Some(43), "a 256-bit reference: {id}");
        *id = json!("…");
    }
    if let Some(id) = body.get_mut("reference") {
        *id = json!("…");
    }
    (answer.0, body)
}

async fn mails_to(app: &TestApp, to: &str) -> usize {
    app.outbox().await.iter().filter(|m| m["to"] == to).count()
}

#[tokio::test]
async fn a_reset_link_sets_a_new_password_and_ends_every_session() {
    let app = TestApp::spawn().await;
    let anna = app.sign_up("anna@example.ch", "Anna", "Meier").await;
    let (_, _, second) = app.sign_in("anna@example.ch", PASSWORD).await;
    with_recovery_email(&app, &anna, "anna.backup@example.org").await;

    let answer = request(&app, "Anna@Example.ch", "email").await;
    assert_eq!(answer.0, StatusCode::OK, "{}", answer.1);
    let mail = app.last_mail_to("anna@example.ch").await;
    assert!(mail["body"].as_str().unwrap().contains("/reset-password#token="), "{mail}");
    let token = link_param(&mail, "token=");
    let backup = app.last_mail_to("anna.backup@example.org").await;
    assert_eq!(link_param(&backup, "token="), token, "the same link reaches the recovery email");

    // The policy applies: too short, or made of the person's name.
    let (status, body) =
        app.call(None, "recovery/reset_password", json!({ "token": token, "password": "short" })).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body["field"], "password");
    let (status, _) =
        app.call(None, "recovery/reset_password", json!({ "token": token, "password": "anna meier anna meier" })).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);

    let (status, body) =
        app.call(None, "recovery/reset_password", json!({ "token": token, "password": NEW_PASSWORD })).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    // Every session ended.
    for cookie in [&anna.cookie, second.as_ref().unwrap()] {
        let (_, me) = app.call(Some(cookie), "auth/me", json!({})).await;
        assert_eq!(me, Value::Null, "a session outlived the reset");
    }
    assert_eq!(app.sign_in("anna@example.ch", PASSWORD).await.0, StatusCode::UNAUTHORIZED);
    assert_eq!(app.sign_in("anna@example.ch", NEW_PASSWORD).await.0, StatusCode::OK);
    let told = app.mail_to_about("anna@example.ch", "password was changed").await;
    assert!(!told["body"].as_str().unwrap().contains("http"), "no link in the notice: {told}");
    let (events,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM security_events WHERE user_id = $1 AND kind = 'password_reset'")
            .bind(&anna.user_id)
            .fetch_one(app.state.pool())
            .await
            .unwrap();
    assert_eq!(events, 1);

    // Single use.
    let (status, body) = app
        .call(None, "recovery/reset_password", json!({ "token": token, "password": "another long pass phrase" }))
        .await;
    assert_eq!((status, body["error"].as_str()), (StatusCode::GONE, Some("link_invalid")));
}

#[tokio::test]
async fn reset_links_expire_after_15_minutes_and_a_reset_spends_the_others() {
    let app = TestApp::spawn().await;
    app.sign_up("anna@example.ch", "Anna", "Meier").await;
    request(&app, "anna@example.ch", "email").await;
    let old = link_param(&app.last_mail_to("anna@example.ch").await, "token=");
    app.clock.advance(16 * 60_000);
    let (status, body) =
        app.call(None, "recovery/reset_password", json!({ "token": old, "password": NEW_PASSWORD })).await;
    assert_eq!((status, body["error"].as_str()), (StatusCode::GONE, Some("link_invalid")));

    request(&app, "anna@example.ch", "email").await;
    let first = link_param(&app.last_mail_to("anna@example.ch").await, "token=");
    app.clock.advance(1000); // the newest email is the later one
    request(&app, "anna@example.ch", "email").await;
    let second = link_param(&app.last_mail_to("anna@example.ch").await, "token=");
    assert_ne!(first, second);
    let (status, _) =
        app.call(None, "recovery/reset_password", json!({ "token": second, "password": NEW_PASSWORD })).await;
    assert_eq!(status, StatusCode::OK);
    let (status, _) = app
        .call(None, "recovery/reset_password", json!({ "token": first, "password": "yet another long phrase" }))
        .await;
    assert_eq!(status, StatusCode::GONE, "an older link dies with the reset");
    // Garbage and absurdly long tokens: a clear 4xx.
    for token in ["", "x", &"y".repeat(10_000)] {
        let (status, _) =
            app.call(None, "recovery/reset_password", json!({ "token": token, "password": NEW_PASSWORD })).await;
        assert_eq!(status, StatusCode::GONE);
    }
}

#[tokio::test]
async fn reset_requests_answer_alike_whether_or_not_the_account_exists() {
    let app = TestApp::spawn().await;
    let anna = app.sign_up("anna@example.ch", "Anna", "Meier").await;
    with_phone(&app, &anna, PHONE).await;
    app.sign_up("bob@example.ch", "Bob", "Keller").await; // no phone
    for channel in ["email", "phone"] {
        let known = request(&app, "anna@example.ch", channel).await;
        let without_phone = request(&app, "bob@example.ch", channel).await;
        let unknown = request(&app, "nobody@example.ch", channel).await;
        assert_eq!(known.0, StatusCode::OK);
        assert_eq!(shape(&known), shape(&unknown), "{channel}");
        assert_eq!(shape(&without_phone), shape(&unknown), "{channel}");
        // A code checked under an unknown request is answered like a wrong code.
        let wrong_known = app
            .call(None, "recovery/check_code", json!({ "request_id": known.1["request_id"], "code": "000000" }))
            .await;
        let wrong_unknown = app
            .call(None, "recovery/check_code", json!({ "request_id": unknown.1["request_id"], "code": "000000" }))
            .await;
        assert_eq!(wrong_known, wrong_unknown, "{channel}");
        assert_eq!(wrong_known.0, StatusCode::UNPROCESSABLE_ENTITY);
    }
    assert_eq!(mails_to(&app, "nobody@example.ch").await, 0);
    // A malformed address is refused as such, for anyone.
    let (status, body) = request(&app, "not an address", "email").await;
    assert_eq!((status, body["field"].as_str()), (StatusCode::UNPROCESSABLE_ENTITY, Some("email")));
    let (status, _) = request(&app, &"a".repeat(100_000), "email").await;
    assert!(status.is_client_error(), "{status}");
    let (status, _) = app.call(None, "recovery/request_reset", json!({ "email": "a@b.ch", "channel": "pigeon" })).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn a_code_by_sms_resets_once_and_only_five_tries_are_allowed() {
    let app = TestApp::spawn().await;
    let anna = app.sign_up("anna@example.ch", "Anna", "Meier").await;
    with_phone(&app, &anna, PHONE).await;
    let (_, asked) = request(&app, "anna@example.ch", "phone").await;
    let code = code_in(&app.last_sms_to(PHONE).await.expect("an SMS"));
    let wrong = if code == "111111" { "222222" } else { "111111" };
    for _ in 0..5 {
        let (status, body) =
            app.call(None, "recovery/check_code", json!({ "request_id": asked["request_id"], "code": wrong })).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(body["problem"], json!("wrong_code"));
    }
    let (status, _) =
        app.call(None, "recovery/check_code", json!({ "request_id": asked["request_id"], "code": code })).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "the right code after five wrong ones is spent");

    let (_, asked) = request(&app, "anna@example.ch", "phone").await;
    let code = code_in(&app.last_sms_to(PHONE).await.unwrap());
    // Wrong channel: the code is no reset token, and a request id is no code.
    let (status, _) =
        app.call(None, "recovery/reset_password", json!({ "token": code, "password": NEW_PASSWORD })).await;
    assert_eq!(status, StatusCode::GONE);
    let (status, body) = app
        .call(None, "recovery/check_code", json!({ "request_id": asked["request_id"], "code": asked["request_id"] }))
        .await;
    assert_eq!(
        (status, body["problem"].clone()),
        (StatusCode::UNPROCESSABLE_ENTITY, json!({ "recovery": "code_format" }))
    );

    let (status, ticket) = app
        .call(
            None,
            "recovery/check_code",
            json!({ "request_id": asked["request_id"], "code": format!(" {} {} ", &code[..3], &code[3..]) }),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{ticket}");
    let (status, _) =
        app.call(None, "recovery/check_code", json!({ "request_id": asked["request_id"], "code": code })).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "a code works once");
    let (status, _) =
        app.call(None, "recovery/reset_password", json!({ "token": ticket["token"], "password": NEW_PASSWORD })).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(app.sign_in("anna@example.ch", NEW_PASSWORD).await.0, StatusCode::OK);
}

#[tokio::test]
async fn codes_are_bound_to_their_request_and_expire() {
    let app = TestApp::spawn().await;
    let anna = app.sign_up("anna@example.ch", "Anna", "Meier").await;
    let bob = app.sign_up("bob@example.ch", "Bob", "Keller").await;
    with_phone(&app, &anna, PHONE).await;
    with_phone(&app, &bob, "+41791234567").await;
    let (_, for_anna) = request(&app, "anna@example.ch", "phone").await;
    let (_, _) = request(&app, "bob@example.ch", "phone").await;
    let bobs_code = code_in(&app.last_sms_to("+41791234567").await.unwrap());
    let annas_code = code_in(&app.last_sms_to(PHONE).await.unwrap());
    if bobs_code != annas_code {
        let (status, _) = app
            .call(None, "recovery/check_code", json!({ "request_id": for_anna["request_id"], "code": bobs_code }))
            .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "another request's code");
    }
    app.clock.advance(16 * 60_000);
    let (status, _) = app
        .call(None, "recovery/check_code", json!({ "request_id": for_anna["request_id"], "code": annas_code }))
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "expired");
}

#[tokio::test]
async fn reset_requests_are_rate_limited_alike_for_known_and_unknown_addresses_and_sms_are_capped() {
    let app = TestApp::spawn().await;
    let anna = app.sign_up("anna@example.ch", "Anna", "Meier").await;
    with_phone(&app, &anna, PHONE).await;
    for _ in 0..5 {
        assert_eq!(request(&app, "anna@example.ch", "phone").await.0, StatusCode::OK);
        assert_eq!(request(&app, "ghost@example.ch", "phone").await.0, StatusCode::OK);
    }
    let known = request(&app, "anna@example.ch", "phone").await;
    let unknown = request(&app, "ghost@example.ch", "phone").await;
    assert_eq!(known.0, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(known, unknown, "the limit says nothing about the account");
    // Only three SMS reached the number, then silence (the page still said the same).
    let (sent,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM sms_outbox WHERE to_number = $1")
        .bind(PHONE)
        .fetch_one(app.state.pool())
        .await
        .unwrap();
    assert_eq!(sent, 3);
}

#[tokio::test]
async fn a_forgotten_login_is_sent_to_the_recovery_channel_never_shown() {
    let app = TestApp::spawn().await;
    let anna = app.sign_up("anna@example.ch", "Anna", "Meier").await;
    with_phone(&app, &anna, PHONE).await;
    let app = &app;
    let find = |phone: &str, email: Option<&str>| {
        let body = json!({ "country": "FR", "phone": phone, "recovery_email": email });
        async move { app.call(None, "recovery/find_login", body).await }
    };
    let known = find("06 12 34 56 78", None).await;
    assert_eq!(known, (StatusCode::OK, Value::Null));
    let sms = app.last_sms_to(PHONE).await.expect("an SMS");
    assert!(sms.contains("anna@example.ch"), "{sms}");
    let unknown = find("06 99 99 99 99", None).await;
    assert_eq!(known, unknown, "the same answer for a number no account has");
    assert!(app.last_sms_to("+33699999999").await.is_none());

    // Two accounts share the number: the SMS asks for the recovery email; with it, the
    // login goes to that address.
    let bob = app.sign_up("bob@example.ch", "Bob", "Keller").await;
    with_phone(app, &bob, PHONE).await;
    with_recovery_email(app, &bob, "bob.backup@example.org").await;
    assert_eq!(find("+33 6 12 34 56 78", None).await, known);
    let sms = app.last_sms_to(PHONE).await.unwrap();
    assert!(!sms.contains("@"), "no login in the SMS when several share the number: {sms}");
    assert_eq!(find("+33612345678", Some("bob.backup@example.org")).await, known);
    let mail = app.last_mail_to("bob.backup@example.org").await;
    assert!(mail["body"].as_str().unwrap().contains("bob@example.ch"), "{mail}");
    assert_eq!(find("+33612345678", Some("stranger@example.org")).await, known);
    assert_eq!(mails_to(app, "stranger@example.org").await, 0);

    // Bad input: a clear 422 naming the field.
    let (status, body) = find("12", None).await;
    assert_eq!((status, body["field"].as_str()), (StatusCode::UNPROCESSABLE_ENTITY, Some("phone")));
    let (status, body) =
        app.call(None, "recovery/find_login", json!({ "country": "XX", "phone": "1", "recovery_email": null })).await;
    assert_eq!((status, body["field"].as_str()), (StatusCode::UNPROCESSABLE_ENTITY, Some("country")));
}

#[tokio::test]
async fn a_temporary_username_signs_in_and_the_user_must_choose_a_new_login() {
    let app = TestApp::spawn().await;
    let anna = app.sign_up("anna@assoziation.ch", "Anna", "Meier").await;
    let bob = app.sign_up("bob@example.ch", "Bob", "Keller").await;
    with_phone(&app, &anna, PHONE).await;
    with_recovery_email(&app, &anna, "anna.backup@example.org").await;

    let username = support::temporary_username(&app.state, "anna@assoziation.ch").await.unwrap();
    assert!(domain::recovery::is_temporary_username(&username), "{username}");
    assert!(app.last_sms_to(PHONE).await.unwrap().contains(&username));
    assert!(app.last_mail_to("anna.backup@example.org").await["body"].as_str().unwrap().contains(&username));

    // The old login no longer signs in; the username does (with the same password), and
    // a wrong password with it is counted like any other.
    assert_eq!(app.sign_in("anna@assoziation.ch", PASSWORD).await.0, StatusCode::UNAUTHORIZED);
    assert_eq!(app.sign_in(&username, "wrong password entirely").await.0, StatusCode::UNAUTHORIZED);
    let (status, me, cookie) = app.sign_in(&username.to_uppercase(), PASSWORD).await;
    assert_eq!(status, StatusCode::OK, "{me}");
    assert_eq!(me["me"]["must_choose_login"], true);
    let cookie = cookie.unwrap();
    // Until a new login is chosen, the session reaches nothing else, even crafted by hand.
    for (endpoint, body) in [
        ("members/list", json!({ "org_id": anna.org_id })),
        ("organizations/mine", json!({})),
        ("profile/get", json!({})),
        ("auth/reauthenticate", json!({ "password": PASSWORD, "code": null })),
    ] {
        let (status, answer) = app.call(Some(&cookie), endpoint, body).await;
        assert_eq!(
            (status, answer),
            (StatusCode::FORBIDDEN, json!({ "error": "denied", "reason": "choose_login_first" })),
            "{endpoint}"
        );
    }
    let (status, _) = app.call(Some(&cookie), "profile/set_language", json!({ "lang": "en" })).await;
    assert_eq!(status, StatusCode::OK, "the page's language stays open");

    // Not the recovery email; another account's login is told to that address only.
    let choose = |email: &str| app.call(Some(&cookie), "recovery/choose_login", json!({ "email": email }));
    let (status, body) = choose("anna.backup@example.org").await;
    assert_eq!(
        (status, body["problem"].clone()),
        (StatusCode::UNPROCESSABLE_ENTITY, json!({ "recovery": "same_as_recovery_email" }))
    );
    assert_eq!(choose("bob@example.ch").await, (StatusCode::OK, Value::Null));
    let taken = app.last_mail_to("bob@example.ch").await;
    assert!(taken["subject"].as_str().unwrap().contains("already has"), "{taken}");
    assert_eq!(choose("anna@new.example").await, (StatusCode::OK, Value::Null));
    let token = link_param(&app.last_mail_to("anna@new.example").await, "token=");

    // Someone else's session cannot use the link; without a session it is refused too.
    let (status, _) = app.call(Some(&bob.cookie), "recovery/confirm_login", json!({ "token": token })).await;
    assert_eq!(status, StatusCode::GONE);
    let (status, _) = app.call(None, "recovery/confirm_login", json!({ "token": token })).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    // Nobody else may choose a login this way.
    let (status, _) = app.call(Some(&bob.cookie), "recovery/choose_login", json!({ "email": "bob@new.example" })).await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    let (status, me) = app.call(Some(&cookie), "recovery/confirm_login", json!({ "token": token })).await;
    assert_eq!(status, StatusCode::OK, "{me}");
    assert_eq!(me["email"], "anna@new.example");
    assert_eq!(me["must_choose_login"], false);
    let (status, _) = app.call(Some(&cookie), "recovery/confirm_login", json!({ "token": token })).await;
    assert_eq!(status, StatusCode::GONE, "used");
    assert_eq!(app.sign_in(&username, PASSWORD).await.0, StatusCode::UNAUTHORIZED, "the username ended");
    assert_eq!(app.sign_in("anna@new.example", PASSWORD).await.0, StatusCode::OK);
    // The member list finds her by the new address.
    let (_, page) =
        app.call(Some(&cookie), "members/list", json!({ "org_id": anna.org_id, "search": "new.example" })).await;
    assert_eq!(page["members"].as_array().map(Vec::len), Some(1), "{page}");
}

/// A tiny real PNG.
fn png() -> Vec<u8> {
    let mut out = std::io::Cursor::new(Vec::new());
    image::RgbImage::new(4, 3).write_to(&mut out, image::ImageFormat::Png).unwrap();
    out.into_inner()
}

fn identity_body(contact: &str, account: Option<&str>, lost: &str, document: &[u8]) -> Value {
    use base64::Engine;
    json!({ "input": {
        "first_name": "Anna", "last_name": "Meier", "contact_email": contact, "account_email": account,
        "lost": lost, "details": "My phone was stolen.", "lang": "en",
        "document_base64": base64::engine::general_purpose::STANDARD.encode(document),
    }})
}

#[tokio::test]
async fn identity_requests_check_the_document_by_content_and_size() {
    let app = TestApp::spawn().await;
    let call = |body: Value| app.call(None, "recovery/request_identity_check", body);
    let (status, body) =
        call(identity_body("anna@mail.example", None, "password", b"just text, named passport.png")).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body["problem"], json!({ "recovery": "document_type" }));
    // A PNG signature followed by rubbish does not decode.
    let mut fake = b"\x89PNG\r\n\x1a\n".to_vec();
    fake.extend_from_slice(&[0u8; 64]);
    let (status, body) = call(identity_body("anna@mail.example", None, "password", &fake)).await;
    assert_eq!(
        (status, body["problem"].clone()),
        (StatusCode::UNPROCESSABLE_ENTITY, json!({ "recovery": "document_type" }))
    );
    let (status, body) = call(identity_body("anna@mail.example", None, "password", b"")).await;
    assert_eq!(
        (status, body["problem"].clone()),
        (StatusCode::UNPROCESSABLE_ENTITY, json!({ "recovery": "document_missing" }))
    );
    // Over 3 MB (inside the 5 MB body): refused as too large; over the body limit: 413.
    let mut big = b"%PDF-1.7\n".to_vec();
    big.resize(3 * 1024 * 1024 + 10, b' ');
    let (status, body) = call(identity_body("anna@mail.example", None, "password", &big)).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert_eq!(body["problem"]["recovery"]["document_too_large"]["max_bytes"], 3 * 1024 * 1024);
    big.resize(5 * 1024 * 1024, b' ');
    let (status, _) = call(identity_body("anna@mail.example", None, "password", &big)).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
    // Capped free text, a bad contact address, an unknown "lost": clear 4xx.
    let mut long = identity_body("anna@mail.example", None, "password", &png());
    long["input"]["details"] = json!("x".repeat(2001));
    let (status, body) = call(long).await;
    assert_eq!((status, body["field"].as_str()), (StatusCode::UNPROCESSABLE_ENTITY, Some("details")));
    let (status, body) = call(identity_body("no address", None, "password", &png())).await;
    assert_eq!((status, body["field"].as_str()), (StatusCode::UNPROCESSABLE_ENTITY, Some("email")));
    let (status, _) = call(identity_body("anna@mail.example", None, "everything", &png())).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    // Real PNG and PDF documents are accepted.
    assert_eq!(call(identity_body("anna@mail.example", None, "password", &png())).await.0, StatusCode::OK);
    let pdf = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n";
    assert_eq!(call(identity_body("anna@mail.example", None, "login_email", pdf)).await.0, StatusCode::OK);
}

#[tokio::test]
async fn support_decides_identity_requests_and_the_person_follows_by_email() {
    let app = TestApp::spawn().await;
    app.sign_up("anna@example.ch", "Anna", "Meier").await;
    let call = |body: Value| app.call(None, "recovery/request_identity_check", body);
    let known = call(identity_body("anna@mail.example", Some("anna@example.ch"), "password", &png())).await;
    let unknown = call(identity_body("zoe@mail.example", Some("zoe@example.ch"), "password", &png())).await;
    assert_eq!(known.0, StatusCode::OK, "{}", known.1);
    assert_eq!(shape(&known), shape(&unknown), "no hint whether the account exists");
    let reference = known.1["reference"].as_str().unwrap().to_string();
    let received = app.last_mail_to("anna@mail.example").await;
    assert!(received["body"].as_str().unwrap().contains(&reference), "{received}");

    let queue = support::list(&app.state).await.unwrap();
    assert_eq!(queue.len(), 2);
    assert!(support::show(&app.state, &reference).await.unwrap()[0].contains("(found)"));
    let file = std::env::temp_dir().join(format!("{reference}.bin"));
    assert_eq!(support::document(&app.state, &reference, &file).await.unwrap(), "png");
    assert_eq!(std::fs::read(&file).unwrap(), png(), "support sees the document as sent");
    let _ = std::fs::remove_file(&file);
    support::decide(&app.state, &reference, "review", None).await.unwrap();
    let to_anna = app.outbox().await.into_iter().filter(|m| m["to"] == "anna@mail.example").collect::<Vec<_>>();
    assert!(to_anna.iter().any(|m| m["body"].as_str().unwrap().contains("reviewing")), "{to_anna:?}");
    let done = support::decide(&app.state, &reference, "accept", None).await.unwrap();
    assert!(done.contains("reset link"), "{done}");
    // The reset link went to the verified contact address; it works.
    let mails: Vec<Value> = app.outbox().await.into_iter().filter(|m| m["to"] == "anna@mail.example").collect();
    let link_mail = mails.iter().find(|m| m["body"].as_str().unwrap().contains("token=")).expect("a reset link");
    assert!(mails.iter().any(|m| m["body"].as_str().unwrap().contains("has been verified")));
    let token = link_param(link_mail, "token=");
    let (status, _) =
        app.call(None, "recovery/reset_password", json!({ "token": token, "password": NEW_PASSWORD })).await;
    assert_eq!(status, StatusCode::OK);
    // A decision is final.
    assert!(support::decide(&app.state, &reference, "refuse", None).await.is_err());
    assert!(support::decide(&app.state, "IV-NOPE", "accept", None).await.is_err());

    let other = unknown.1["reference"].as_str().unwrap();
    support::decide(&app.state, other, "refuse", Some("The document was unreadable.")).await.unwrap();
    // Two emails at once (in review, then refused): both reach the person.
    let to_zoe: Vec<Value> = app.outbox().await.into_iter().filter(|m| m["to"] == "zoe@mail.example").collect();
    assert!(to_zoe.iter().any(|m| m["body"].as_str().unwrap().contains("unreadable")), "{to_zoe:?}");
    assert!(to_zoe.iter().any(|m| m["body"].as_str().unwrap().contains("reviewing")), "{to_zoe:?}");

    // A decided request's document is erased after 30 days.
    app.clock.advance(31 * 24 * 60 * 60_000);
    server::housekeeping::once(&app.state).await.unwrap();
    let (kept,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM identity_verification_requests WHERE document_base64 IS NOT NULL")
            .fetch_one(app.state.pool())
            .await
            .unwrap();
    assert_eq!(kept, 0);
}

#[tokio::test]
async fn identity_requests_are_rate_limited() {
    let app = TestApp::spawn().await;
    for i in 0..5 {
        let body = identity_body(&format!("p{i}@mail.example"), None, "password", &png());
        assert_eq!(app.call(None, "recovery/request_identity_check", body).await.0, StatusCode::OK);
    }
    let body = identity_body("p9@mail.example", None, "password", &png());
    assert_eq!(app.call(None, "recovery/request_identity_check", body).await.0, StatusCode::TOO_MANY_REQUESTS);
}

/// What the stand-in SMS gateway received: (path, Authorization header, JSON body).
type Received = std::sync::Arc<std::sync::Mutex<Vec<(String, String, Value)>>>;

/// A stand-in for the SMS gateway on the loopback: records each request and answers 503
/// to the first `failures` of them, 200 after.
async fn fake_gateway(failures: usize) -> (String, Received) {
    use axum::http::{HeaderMap, StatusCode as Status, Uri};
    let received: Received = Default::default();
    let log = received.clone();
    let handler = move |uri: Uri, headers: HeaderMap, body: axum::Json<Value>| {
        let log = log.clone();
        async move {
            let auth = headers.get("authorization").and_then(|v| v.to_str().ok()).unwrap_or("").to_string();
            let mut log = log.lock().unwrap();
            log.push((uri.path().to_string(), auth, body.0));
            if log.len() <= failures {
                Status::SERVICE_UNAVAILABLE
            } else {
                Status::OK
            }
        }
    };
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/v1/messages", listener.local_addr().unwrap());
    let router = axum::Router::new().route("/v1/messages", axum::routing::post(handler));
    tokio::spawn(async move { axum::serve(listener, router).await });
    (url, received)
}

#[tokio::test]
async fn a_reset_code_reaches_the_sms_gateway_once_after_a_gateway_error() {
    let app = TestApp::spawn().await;
    let anna = app.sign_up("anna@example.ch", "Anna", "Meier").await;
    with_phone(&app, &anna, PHONE).await;
    let (url, received) = fake_gateway(1).await;
    let provider = server::sms::HttpSmsProvider::new(url, "gateway-key-123".to_string().into(), "Orga".into());
    let worker = tokio::spawn(server::sms::run_worker_with(app.state.clone(), provider));
    let (_, asked) = request(&app, "anna@example.ch", "phone").await;

    let wait = |n: usize| {
        let received = received.clone();
        async move {
            for _ in 0..100 {
                if received.lock().unwrap().len() >= n {
                    return;
                }
                tokio::time::sleep(std::time::Duration::from_millis(100)).await;
            }
            panic!("the gateway did not get {n} request(s)");
        }
    };
    wait(1).await;
    // The first try failed: retried after its backoff (a minute), not before.
    tokio::time::sleep(std::time::Duration::from_millis(2500)).await;
    assert_eq!(received.lock().unwrap().len(), 1);
    app.clock.advance(2 * 60_000);
    wait(2).await;
    tokio::time::sleep(std::time::Duration::from_millis(2500)).await;
    worker.abort();

    let received = received.lock().unwrap().clone();
    assert_eq!(received.len(), 2, "delivered exactly once after one failure: {received:?}");
    for (path, auth, body) in &received {
        assert_eq!(path, "/v1/messages");
        assert_eq!(auth, "Bearer gateway-key-123");
        assert_eq!(body["to"], PHONE);
        assert_eq!(body["from"], "Orga");
    }
    let text = received[1].2["text"].as_str().unwrap();
    let code = code_in(text);
    assert!(!text.contains('\u{1}'), "the placeholder was filled: {text}");
    let (sent_at, sealed): (Option<i64>, Option<String>) =
        sqlx::query_as("SELECT sent_at, secret_sealed FROM sms_outbox WHERE to_number = $1")
            .bind(PHONE)
            .fetch_one(app.state.pool())
            .await
            .unwrap();
    assert!(sent_at.is_some());
    assert_eq!(sealed, None, "the code is erased once delivered");
    // The delivered code works.
    let (status, _) =
        app.call(None, "recovery/check_code", json!({ "request_id": asked["request_id"], "code": code })).await;
    assert_eq!(status, StatusCode::OK);
}
