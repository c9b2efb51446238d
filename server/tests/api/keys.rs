//! Security keys (WebAuthn, with webauthn-rs's software authenticator in the test) and
//! app passwords (HTTP Basic for scripts), as a user and as an attacker meets them:
//! re-authentication, replayed and foreign challenges, other people's ids, app passwords
//! refused where the account's security is at stake, revoked at once, guesses held back.

use base64::Engine;
use reqwest::StatusCode;
use serde_json::{json, Value};
use webauthn_authenticator_rs::softpasskey::SoftPasskey;
use webauthn_authenticator_rs::WebauthnAuthenticator;
use webauthn_rs::prelude::{CreationChallengeResponse, RequestChallengeResponse, Url};

use crate::helpers::{Options, TestApp, User, PASSWORD};

/// Security keys need a domain name: the console's public address in these tests.
const ORIGIN: &str = "http://localhost:8080";
const MINUTE_MS: i64 = 60_000;

async fn spawn() -> TestApp {
    TestApp::spawn_with(Options { public_url: Some(ORIGIN.into()), ..Options::default() }).await
}

fn origin() -> Url {
    Url::parse(ORIGIN).unwrap()
}

/// The browser's answer to a registration ceremony, as JSON text.
fn create_credential(key: &mut SoftPasskey, ceremony: &Value) -> String {
    let options: CreationChallengeResponse = serde_json::from_str(ceremony["options"].as_str().unwrap()).unwrap();
    serde_json::to_string(&key.do_registration(origin(), options).unwrap()).unwrap()
}

/// Registers `key` for `user` under `name`; the key as listed.
async fn register(app: &TestApp, user: &User, key: &mut SoftPasskey, name: &str) -> Value {
    let (status, ceremony) = app.call(Some(&user.cookie), "security_keys/register_start", json!({})).await;
    assert_eq!(status, StatusCode::OK, "{ceremony}");
    let credential = create_credential(key, &ceremony);
    let body = json!({ "id": ceremony["id"], "name": name, "credential": credential });
    let (status, added) = app.call(Some(&user.cookie), "security_keys/register_finish", body).await;
    assert_eq!(status, StatusCode::OK, "{added}");
    added["key"].clone()
}

async fn keys(app: &TestApp, user: &User) -> Vec<Value> {
    let (status, list) = app.call(Some(&user.cookie), "security_keys/list", json!({})).await;
    assert_eq!(status, StatusCode::OK, "{list}");
    list.as_array().unwrap().clone()
}

async fn events(app: &TestApp, user: &User) -> Vec<(String, String)> {
    sqlx::query_as("SELECT kind, detail FROM security_events WHERE user_id = $1 ORDER BY at, id")
        .bind(&user.user_id)
        .fetch_all(app.state.pool())
        .await
        .unwrap()
}

fn basic(email: &str, password: &str) -> String {
    format!("Basic {}", base64::engine::general_purpose::STANDARD.encode(format!("{email}:{password}")))
}

/// A call with HTTP Basic, as a script sends it (no cookie, no Origin).
async fn call_basic(app: &TestApp, auth: &str, endpoint: &str, body: Value) -> (StatusCode, Value) {
    let (status, value, _) = app.call_full(None, endpoint, body, &[("authorization", auth)]).await;
    (status, value)
}

async fn reauthenticate(app: &TestApp, user: &User) {
    let body = json!({ "password": PASSWORD, "code": null });
    let (status, out) = app.call(Some(&user.cookie), "auth/reauthenticate", body).await;
    assert_eq!(status, StatusCode::OK, "{out}");
}

/// A user with two-factor authentication on (a security key) and an app password.
async fn with_app_password(app: &TestApp, email: &str) -> (User, String, String) {
    let user = app.sign_up(email, "Ada", "Script").await;
    register(app, &user, &mut SoftPasskey::new(true), "Desk key").await;
    let (status, created) = app.call(Some(&user.cookie), "app_passwords/create", json!({ "name": "Sync" })).await;
    assert_eq!(status, StatusCode::OK, "{created}");
    let id = created["app_password"]["id"].as_str().unwrap().to_string();
    (user, id, created["password"].as_str().unwrap().to_string())
}

#[tokio::test]
async fn a_security_key_is_registered_renamed_and_removed_with_re_authentication() {
    let app = spawn().await;
    let ann = app.sign_up("ann@example.ch", "Ann", "Key").await;
    let (_, me) = app.call(Some(&ann.cookie), "auth/me", json!({})).await;
    assert_eq!(me["two_factor"], false);

    let mut yubikey = SoftPasskey::new(true);
    let added = register(&app, &ann, &mut yubikey, "  YubiKey   5C ").await;
    assert_eq!(added["name"], "YubiKey 5C");
    let mut phone = SoftPasskey::new(true);
    let second = register(&app, &ann, &mut phone, "Phone").await;
    assert_eq!(keys(&app, &ann).await.iter().map(|k| k["name"].clone()).collect::<Vec<_>>(), ["YubiKey 5C", "Phone"]);
    let (_, me) = app.call(Some(&ann.cookie), "auth/me", json!({})).await;
    assert_eq!(me["two_factor"], true, "a security key turns two-factor authentication on");

    // Renaming: capped, checked, only one's own.
    let rename = |id: &Value, name: &str| json!({ "id": id, "name": name });
    let (status, out) = app.call(Some(&ann.cookie), "security_keys/rename", rename(&added["id"], "Blue key")).await;
    assert_eq!((status, out["name"].clone()), (StatusCode::OK, json!("Blue key")));
    let (status, out) =
        app.call(Some(&ann.cookie), "security_keys/rename", rename(&added["id"], &"k".repeat(61))).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{out}");
    assert_eq!(out["field"], "key_name");
    let (status, _) = app.call(Some(&ann.cookie), "security_keys/rename", rename(&added["id"], " ")).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);

    // Removing several needs a recent re-authentication.
    app.clock.advance(11 * MINUTE_MS);
    let both = json!({ "ids": [added["id"], second["id"]] });
    let (status, out) = app.call(Some(&ann.cookie), "security_keys/remove", both.clone()).await;
    assert_eq!((status, out["error"].clone()), (StatusCode::FORBIDDEN, json!("reauthentication_required")));
    assert_eq!(keys(&app, &ann).await.len(), 2, "nothing removed");
    reauthenticate(&app, &ann).await;
    let (status, out) = app.call(Some(&ann.cookie), "security_keys/remove", both).await;
    assert_eq!(status, StatusCode::OK, "{out}");
    assert!(keys(&app, &ann).await.is_empty());
    // Events of one transaction share their time: compared in any order.
    let mut kinds: Vec<String> = events(&app, &ann).await.into_iter().map(|(kind, _)| kind).collect();
    kinds.sort();
    assert_eq!(
        kinds,
        [
            "backup_codes_generated",
            "security_key_added",
            "security_key_added",
            "security_key_removed",
            "security_key_removed",
            "two_factor_disabled"
        ]
    );
    let (_, me) = app.call(Some(&ann.cookie), "auth/me", json!({})).await;
    assert_eq!(me["two_factor"], false, "the last key removed turns two-factor authentication off");
}

#[tokio::test]
async fn registration_needs_re_authentication_and_refuses_replayed_foreign_and_forged_answers() {
    let app = spawn().await;
    let ann = app.sign_up("ann@example.ch", "Ann", "Key").await;
    let eve = app.sign_up("eve@example.ch", "Eve", "Attacker").await;

    // A session signed in long ago must re-authenticate first.
    app.clock.advance(11 * MINUTE_MS);
    let (status, out) = app.call(Some(&ann.cookie), "security_keys/register_start", json!({})).await;
    assert_eq!((status, out["error"].clone()), (StatusCode::FORBIDDEN, json!("reauthentication_required")));
    reauthenticate(&app, &ann).await;
    reauthenticate(&app, &eve).await;

    // Garbage is a clear refusal, never a failure.
    let (_, ceremony) = app.call(Some(&ann.cookie), "security_keys/register_start", json!({})).await;
    for credential in ["", "{}", "not json", &"x".repeat(20_000)] {
        let body = json!({ "id": ceremony["id"], "name": "Key", "credential": credential });
        let (status, out) = app.call(Some(&ann.cookie), "security_keys/register_finish", body).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{out}");
        assert_eq!(out, json!({ "error": "key_refused", "reason": "key_answer_refused" }));
    }

    // Someone else's challenge answers nothing for them, and is used up for its owner.
    let (_, ceremony) = app.call(Some(&ann.cookie), "security_keys/register_start", json!({})).await;
    let credential = create_credential(&mut SoftPasskey::new(true), &ceremony);
    let body = json!({ "id": ceremony["id"], "name": "Stolen", "credential": credential });
    let (status, _) = app.call(Some(&eve.cookie), "security_keys/register_finish", body.clone()).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(keys(&app, &eve).await.is_empty());

    // An answer is accepted once; replaying it registers nothing more.
    let (_, ceremony) = app.call(Some(&ann.cookie), "security_keys/register_start", json!({})).await;
    let credential = create_credential(&mut SoftPasskey::new(true), &ceremony);
    let body = json!({ "id": ceremony["id"], "name": "Key", "credential": credential });
    let (status, out) = app.call(Some(&ann.cookie), "security_keys/register_finish", body.clone()).await;
    assert_eq!(status, StatusCode::OK, "{out}");
    let (status, _) = app.call(Some(&ann.cookie), "security_keys/register_finish", body).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);

    // An answer to an older challenge (a newer one replaced it) or an expired one is refused.
    let (_, older) = app.call(Some(&ann.cookie), "security_keys/register_start", json!({})).await;
    let (_, _newer) = app.call(Some(&ann.cookie), "security_keys/register_start", json!({})).await;
    let credential = create_credential(&mut SoftPasskey::new(true), &older);
    let body = json!({ "id": older["id"], "name": "Old", "credential": credential });
    let (status, _) = app.call(Some(&ann.cookie), "security_keys/register_finish", body).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let (_, late) = app.call(Some(&ann.cookie), "security_keys/register_start", json!({})).await;
    let credential = create_credential(&mut SoftPasskey::new(true), &late);
    app.clock.advance(6 * MINUTE_MS);
    let body = json!({ "id": late["id"], "name": "Late", "credential": credential });
    let (status, _) = app.call(Some(&ann.cookie), "security_keys/register_finish", body).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(keys(&app, &ann).await.len(), 1);
}

#[tokio::test]
async fn nobody_renames_or_removes_someone_elses_key() {
    let app = spawn().await;
    let ann = app.sign_up("ann@example.ch", "Ann", "Key").await;
    let eve = app.sign_up("eve@example.ch", "Eve", "Attacker").await;
    let anns = register(&app, &ann, &mut SoftPasskey::new(true), "Ann's key").await;
    let eves = register(&app, &eve, &mut SoftPasskey::new(true), "Eve's key").await;

    let (status, _) =
        app.call(Some(&eve.cookie), "security_keys/rename", json!({ "id": anns["id"], "name": "Mine" })).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    // One foreign id among her own: nothing at all is removed.
    let body = json!({ "ids": [eves["id"], anns["id"]] });
    let (status, _) = app.call(Some(&eve.cookie), "security_keys/remove", body).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(keys(&app, &ann).await[0]["name"], "Ann's key");
    assert_eq!(keys(&app, &eve).await.len(), 1);
    let (status, _) = app.call(None, "security_keys/list", json!({})).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn an_app_password_needs_two_factor_and_re_authentication_and_is_shown_once() {
    let app = spawn().await;
    let ann = app.sign_up("ann@example.ch", "Ann", "Script").await;
    let create = json!({ "name": "Calendar sync" });
    let (status, out) = app.call(Some(&ann.cookie), "app_passwords/create", create.clone()).await;
    assert_eq!((status, out), (StatusCode::CONFLICT, json!({ "error": "key_refused", "reason": "two_factor_off" })));

    register(&app, &ann, &mut SoftPasskey::new(true), "Key").await;
    app.clock.advance(11 * MINUTE_MS);
    let (status, out) = app.call(Some(&ann.cookie), "app_passwords/create", create.clone()).await;
    assert_eq!((status, out["error"].clone()), (StatusCode::FORBIDDEN, json!("reauthentication_required")));
    reauthenticate(&app, &ann).await;
    let (status, out) = app.call(Some(&ann.cookie), "app_passwords/create", json!({ "name": "n".repeat(61) })).await;
    assert_eq!((status, out["field"].clone()), (StatusCode::UNPROCESSABLE_ENTITY, json!("key_name")));
    let (status, created) = app.call(Some(&ann.cookie), "app_passwords/create", create).await;
    assert_eq!(status, StatusCode::OK, "{created}");
    let password = created["password"].as_str().unwrap();
    assert_eq!(password.len(), 19);
    assert!(password.split(' ').all(|g| g.len() == 4 && g.bytes().all(|b| b.is_ascii_lowercase())), "{password}");

    // Listed without its value; stored hashed.
    let (_, list) = app.call(Some(&ann.cookie), "app_passwords/list", json!({})).await;
    assert_eq!(list.as_array().unwrap().len(), 1);
    assert_eq!(list[0]["name"], "Calendar sync");
    assert!(list[0]["last_used_at"].is_null());
    assert!(!list.to_string().contains(&password.replace(' ', "")));
    assert!(!list.to_string().contains(password));
    let (stored,): (String,) =
        sqlx::query_as("SELECT password_hash FROM app_passwords").fetch_one(app.state.pool()).await.unwrap();
    assert!(!stored.contains(&password.replace(' ', "")));
    assert!(events(&app, &ann).await.contains(&("app_password_created".to_string(), "Calendar sync".to_string())));
}

#[tokio::test]
async fn basic_auth_with_an_app_password_reaches_the_api_but_never_the_accounts_security() {
    let app = spawn().await;
    let (ann, _, password) = with_app_password(&app, "ann@example.ch").await;
    let auth = basic("ann@example.ch", &password);

    let (status, me) = call_basic(&app, &auth, "auth/me", json!({})).await;
    assert_eq!((status, me["user_id"].clone()), (StatusCode::OK, json!(ann.user_id)));
    let (status, page) = call_basic(&app, &auth, "members/list", json!({ "org_id": ann.org_id, "search": "" })).await;
    assert_eq!(status, StatusCode::OK, "{page}");
    // Typed in groups or not, in capitals or not, it is the same app password.
    let (status, _) =
        call_basic(&app, &basic("ANN@example.ch", &password.to_uppercase().replace(' ', "")), "auth/me", json!({}))
            .await;
    assert_eq!(status, StatusCode::OK);
    let (_, list) = app.call(Some(&ann.cookie), "app_passwords/list", json!({})).await;
    assert!(list[0]["last_used_at"].is_i64(), "{list}");

    // The account's security is the console's alone.
    let console_only = json!({ "error": "key_refused", "reason": "console_only" });
    for (endpoint, body) in [
        ("app_passwords/create", json!({ "name": "More" })),
        ("app_passwords/list", json!({})),
        ("security_keys/register_start", json!({})),
        ("security_keys/list", json!({})),
        ("auth/reauthenticate", json!({ "password": PASSWORD, "code": null })),
        ("auth/reauthenticate", json!({ "password": null, "code": "123456" })),
        ("security/pending_approvals", json!({})),
        ("security/decide_push", json!({ "id": "any", "approve": true })),
        ("security/overview", json!({})),
        ("activity/sign_out_everywhere", json!({})),
        ("organizations/delete", json!({ "org_id": ann.org_id, "password": PASSWORD, "email_invoices": false })),
    ] {
        let (status, out) = call_basic(&app, &auth, endpoint, body).await;
        assert_eq!((status, &out), (StatusCode::FORBIDDEN, &console_only), "{endpoint}");
    }
    // Never a console sign-in, and answered exactly like a wrong password.
    let (status, out, cookie) = app.sign_in("ann@example.ch", &password).await;
    assert_eq!((status, out, cookie), (StatusCode::UNAUTHORIZED, json!({ "error": "invalid_credentials" }), None));

    // Not a browser request: no Origin needed; another site's page cannot use it.
    let (status, _, _) = app
        .call_full(None, "auth/me", json!({}), &[("authorization", &auth), ("origin", "https://evil.example")])
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    // A wrong one is 401 without a challenge a browser would remember.
    let res = app
        .client
        .post(format!("{}/api/members/list", app.base))
        .header("content-type", "application/json")
        .header("authorization", basic("ann@example.ch", "abcd efgh ijkl mnop"))
        .body(json!({ "org_id": ann.org_id, "search": "" }).to_string())
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
    assert!(res.headers().get("www-authenticate").is_none());
    // The account password is not an app password.
    let (status, _) = call_basic(&app, &basic("ann@example.ch", PASSWORD), "auth/me", json!({})).await;
    assert_eq!(status, StatusCode::OK, "auth/me answers, but nobody is signed in");
    let (status, _) = call_basic(
        &app,
        &basic("ann@example.ch", PASSWORD),
        "members/list",
        json!({ "org_id": ann.org_id, "search": "" }),
    )
    .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn a_revoked_app_password_stops_at_once_and_only_its_owner_revokes_it() {
    let app = spawn().await;
    let (ann, id, password) = with_app_password(&app, "ann@example.ch").await;
    let (eve, eves_id, _) = with_app_password(&app, "eve@example.ch").await;
    let auth = basic("ann@example.ch", &password);
    let list_body = json!({ "org_id": ann.org_id, "search": "" });

    let (status, _) = app.call(Some(&eve.cookie), "app_passwords/revoke", json!({ "id": id })).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = call_basic(&app, &auth, "members/list", list_body.clone()).await;
    assert_eq!(status, StatusCode::OK);
    // Ann's app password with Eve's login is nobody.
    let (status, _) = call_basic(&app, &basic("eve@example.ch", &password), "members/list", list_body.clone()).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);

    let (status, _) = app.call(Some(&ann.cookie), "app_passwords/revoke", json!({ "id": id })).await;
    assert_eq!(status, StatusCode::OK);
    let (status, out) = call_basic(&app, &auth, "members/list", list_body).await;
    assert_eq!((status, out), (StatusCode::UNAUTHORIZED, json!({ "error": "unauthenticated" })));
    let (status, _) = app.call(Some(&ann.cookie), "app_passwords/revoke", json!({ "id": id })).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "revoked once");
    let (_, list) = app.call(Some(&ann.cookie), "app_passwords/list", json!({})).await;
    assert_eq!(list, json!([]));
    let (_, list) = app.call(Some(&eve.cookie), "app_passwords/list", json!({})).await;
    assert_eq!(list[0]["id"], eves_id);
    assert!(events(&app, &ann).await.contains(&("app_password_revoked".to_string(), "Sync".to_string())));
}

#[tokio::test]
async fn wrong_app_passwords_are_counted_like_wrong_passwords_and_then_held_back() {
    let app = spawn().await;
    let (ann, _, password) = with_app_password(&app, "ann@example.ch").await;
    let body = json!({ "org_id": ann.org_id, "search": "" });
    for i in 0..6 {
        let guess = format!("aaaa bbbb cccc ddd{}", char::from(b'a' + i));
        let (status, _) = call_basic(&app, &basic("ann@example.ch", &guess), "members/list", body.clone()).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);
    }
    // Held back: even the right one is refused for now, the same way.
    let (status, out) = call_basic(&app, &basic("ann@example.ch", &password), "members/list", body.clone()).await;
    assert_eq!((status, out), (StatusCode::UNAUTHORIZED, json!({ "error": "unauthenticated" })));
    // The console's sign-in counts the same guesses.
    let (status, _, _) = app.sign_in("ann@example.ch", PASSWORD).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "the account is locked at this address for sign-in too");
    app.clock.advance(MINUTE_MS);
    let (status, _) = call_basic(&app, &basic("ann@example.ch", &password), "members/list", body).await;
    assert_eq!(status, StatusCode::OK);
}

/// Signs in with the password: the pending sign-in's cookie (a second step is due).
async fn pending_sign_in(app: &TestApp, email: &str) -> String {
    let body = json!({ "email": email, "password": PASSWORD, "session_only": false });
    let (status, out, cookies) = app.call_full(None, "auth/sign_in", body, &[]).await;
    assert_eq!(status, StatusCode::OK, "{out}");
    assert_eq!(out["outcome"], "second_factor", "{out}");
    assert!(out["methods"].as_array().unwrap().contains(&json!("security_key")), "{out}");
    cookies
        .iter()
        .filter_map(|c| c.split(';').next())
        .find(|kv| kv.contains("orga_sign_in=") && !kv.ends_with('='))
        .expect("a pending sign-in cookie")
        .to_string()
}

/// The browser's answer to a sign-in challenge, as JSON text.
fn assert_key(key: &mut SoftPasskey, ceremony: &Value) -> String {
    let options: RequestChallengeResponse = serde_json::from_str(ceremony["options"].as_str().unwrap()).unwrap();
    serde_json::to_string(&key.do_authentication(origin(), options).unwrap()).unwrap()
}

#[tokio::test]
async fn a_security_key_completes_the_sign_in_once_and_only_its_own_account() {
    let app = spawn().await;
    let ann = app.sign_up("ann@example.ch", "Ann", "Key").await;
    let eve = app.sign_up("eve@example.ch", "Eve", "Attacker").await;
    let mut anns_key = SoftPasskey::new(true);
    let mut eves_key = SoftPasskey::new(true);
    // The first key turns 2FA on: ten backup codes, shown once.
    let (_, ceremony) = app.call(Some(&ann.cookie), "security_keys/register_start", json!({})).await;
    let credential = create_credential(&mut anns_key, &ceremony);
    let body = json!({ "id": ceremony["id"], "name": "Ann's key", "credential": credential });
    let (status, added) = app.call(Some(&ann.cookie), "security_keys/register_finish", body).await;
    assert_eq!(status, StatusCode::OK, "{added}");
    assert_eq!(added["backup_codes"].as_array().map(Vec::len), Some(10), "{added}");
    let second = register(&app, &ann, &mut SoftPasskey::new(true), "Spare").await;
    assert!(second["id"].is_string());
    register(&app, &eve, &mut eves_key, "Eve's key").await;

    // Without a pending sign-in there is no challenge.
    let (status, out) = app.call(None, "security_keys/sign_in_start", json!({})).await;
    assert_eq!((status, out["error"].clone()), (StatusCode::GONE, json!("sign_in_expired")));

    // A valid answer of Eve's key (to her own challenge) answers nothing for Ann's
    // sign-in, and Ann's challenge is used up by it.
    let eves_pending = pending_sign_in(&app, "eve@example.ch").await;
    let (_, eves_ceremony) = app.call(Some(&eves_pending), "security_keys/sign_in_start", json!({})).await;
    let foreign = assert_key(&mut eves_key, &eves_ceremony);
    let pending = pending_sign_in(&app, "ann@example.ch").await;
    let (status, ceremony) = app.call(Some(&pending), "security_keys/sign_in_start", json!({})).await;
    assert_eq!(status, StatusCode::OK, "{ceremony}");
    let (status, out) =
        app.call(Some(&pending), "security_keys/sign_in_finish", json!({ "credential": foreign })).await;
    assert_eq!(
        (status, out),
        (StatusCode::UNPROCESSABLE_ENTITY, json!({ "error": "key_refused", "reason": "key_answer_refused" }))
    );
    let (status, _) =
        app.call(Some(&pending), "security_keys/sign_in_finish", json!({ "credential": "not json" })).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);

    // Her own key, on a fresh challenge, opens the session.
    let (_, ceremony) = app.call(Some(&pending), "security_keys/sign_in_start", json!({})).await;
    let answer = assert_key(&mut anns_key, &ceremony);
    let body = json!({ "credential": answer });
    let (status, me, cookies) = app.call_full(Some(&pending), "security_keys/sign_in_finish", body.clone(), &[]).await;
    assert_eq!(status, StatusCode::OK, "{me}");
    assert_eq!(me["user_id"], ann.user_id);
    let session = crate::helpers::session_cookie(&cookies).expect("a session");
    let (_, me) = app.call(Some(&session), "auth/me", json!({})).await;
    assert_eq!(me["user_id"], ann.user_id);
    let (_, keys) = app.call(Some(&session), "security_keys/list", json!({})).await;
    assert!(keys[0]["last_used_at"].is_i64(), "{keys}");
    // The same answer again opens nothing.
    let (status, out) = app.call(Some(&pending), "security_keys/sign_in_finish", body).await;
    assert_eq!((status, out["error"].clone()), (StatusCode::GONE, json!("sign_in_expired")));
    let method: (Option<String>,) =
        sqlx::query_as("SELECT second_factor FROM sessions WHERE user_id = $1 AND second_factor IS NOT NULL")
            .bind(&ann.user_id)
            .fetch_one(app.state.pool())
            .await
            .unwrap();
    assert_eq!(method.0.as_deref(), Some("webauthn"));
}
