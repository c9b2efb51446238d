//! Partner embedding and the partners' API (EMB-1, EMB-2), as a partner's backend, a
//! widget and an attacker see them: API keys shown once and kept hashed, tokens minted
//! with a key and scoped to one user, one organization and some widgets, every ceiling
//! (the key's creator, the token's organization and widgets, its expiry, the key's
//! revocation), the widget pages' frame-ancestors, and the OpenAPI document.

use std::collections::BTreeSet;

use reqwest::StatusCode;
use serde_json::{json, Value};
use sha2::Digest;

use crate::helpers::{TestApp, User, PASSWORD};

/// A bearer call, the way a partner's backend or a widget makes it.
async fn bearer(app: &TestApp, credential: &str, endpoint: &str, body: Value) -> (StatusCode, Value) {
    let auth = format!("Bearer {credential}");
    let (status, value, _) = app.call_full(None, endpoint, body, &[("authorization", &auth)]).await;
    (status, value)
}

async fn create_key(app: &TestApp, creator: &User, org_id: &str, name: &str) -> (StatusCode, Value) {
    app.call(Some(&creator.cookie), "api_keys/create", json!({ "org_id": org_id, "name": name })).await
}

async fn new_key(app: &TestApp, creator: &User, org_id: &str) -> String {
    // Creating a key needs a recent proof of identity.
    let body = json!({ "password": PASSWORD, "code": null });
    let (status, out) = app.call(Some(&creator.cookie), "auth/reauthenticate", body).await;
    assert_eq!(status, StatusCode::OK, "{out}");
    let (status, created) = create_key(app, creator, org_id, "Portal backend").await;
    assert_eq!(status, StatusCode::OK, "{created}");
    created["key"].as_str().unwrap().to_string()
}

async fn mint(app: &TestApp, key: &str, email: &str, widgets: &[&str]) -> (StatusCode, Value) {
    bearer(app, key, "embed/mint_token", json!({ "email": email, "widgets": widgets })).await
}

async fn token_for(app: &TestApp, key: &str, email: &str, widgets: &[&str]) -> String {
    let (status, minted) = mint(app, key, email, widgets).await;
    assert_eq!(status, StatusCode::OK, "{minted}");
    minted["token"].as_str().unwrap().to_string()
}

/// An organization (Ann's, she is its legal representative) with an administrator
/// (Bob) and a collaborator (Cid).
async fn organization(app: &TestApp) -> (User, User, User) {
    let ann = app.sign_up("ann@embed.test", "Ann", "Alder").await;
    let bob = app.invite_new(&ann, &ann.org_id, "bob@embed.test", "administrator", "Bob").await;
    let cid = app.invite_new(&ann, &ann.org_id, "cid@embed.test", "collaborator", "Cid").await;
    (ann, bob, cid)
}

fn error(body: &Value) -> (&str, &str) {
    (body["error"].as_str().unwrap_or(""), body["reason"].as_str().unwrap_or(""))
}

#[tokio::test]
async fn an_api_key_is_shown_once_kept_hashed_listed_without_its_value_and_managed_by_managers_only() {
    let app = TestApp::spawn().await;
    let (ann, _bob, cid) = organization(&app).await;
    let (status, created) = create_key(&app, &ann, &ann.org_id, "  Portal   backend ").await;
    assert_eq!(status, StatusCode::OK, "{created}");
    let key = created["key"].as_str().unwrap();
    assert!(key.starts_with("orga_key_") && key.len() >= 50, "{key}");
    assert_eq!(created["api_key"]["name"], "Portal backend");
    assert_eq!(created["api_key"]["created_by"], "Ann Alder");
    assert!(key.starts_with(created["api_key"]["prefix"].as_str().unwrap()));

    let (status, list) = app.call(Some(&ann.cookie), "api_keys/list", json!({ "org_id": ann.org_id })).await;
    assert_eq!(status, StatusCode::OK, "{list}");
    assert!(!list.to_string().contains(key), "the list shows the key: {list}");
    let stored: (String,) = sqlx::query_as("SELECT key_hash FROM api_keys").fetch_one(app.state.pool()).await.unwrap();
    assert_ne!(stored.0, key);
    let sha: String = sha2::Sha256::digest(key.as_bytes()).iter().map(|b| format!("{b:02x}")).collect();
    assert_eq!(stored.0, sha);

    // A collaborator sees the reason, and cannot create, list or revoke.
    let (status, body) = create_key(&app, &cid, &ann.org_id, "mine").await;
    assert_eq!((status, error(&body)), (StatusCode::FORBIDDEN, ("denied", "only_managers_manage_integrations")));
    let (status, _) = app.call(Some(&cid.cookie), "api_keys/list", json!({ "org_id": ann.org_id })).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let id = created["api_key"]["id"].as_str().unwrap();
    let (status, _) =
        app.call(Some(&cid.cookie), "api_keys/revoke", json!({ "org_id": ann.org_id, "key_id": id })).await;
    assert_eq!(status, StatusCode::FORBIDDEN);

    // Bad input changes nothing.
    let (status, body) = create_key(&app, &ann, &ann.org_id, &"x".repeat(61)).await;
    assert_eq!((status, body["error"].as_str()), (StatusCode::UNPROCESSABLE_ENTITY, Some("invalid")));
    let (status, body) = create_key(&app, &ann, &ann.org_id, "\u{0007}bell").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");

    // Revoked at once: the next call with it is unauthenticated; both are in the log.
    let (status, minted) = mint(&app, key, "cid@embed.test", &["members"]).await;
    assert_eq!(status, StatusCode::OK, "{minted}");
    let (status, _) =
        app.call(Some(&ann.cookie), "api_keys/revoke", json!({ "org_id": ann.org_id, "key_id": id })).await;
    assert_eq!(status, StatusCode::OK);
    let (status, _) = mint(&app, key, "cid@embed.test", &["members"]).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let body = json!({ "org_id": ann.org_id, "filter": {}, "after": null });
    let (_, log) = app.call(Some(&ann.cookie), "audit/list", body).await;
    let actions: Vec<&str> = log["entries"].as_array().unwrap().iter().filter_map(|e| e["action"].as_str()).collect();
    assert!(actions.contains(&"api_key.created") && actions.contains(&"api_key.revoked"), "{actions:?}");
}

#[tokio::test]
async fn minting_refuses_bad_revoked_and_foreign_keys_and_any_scope_beyond_the_creator() {
    let app = TestApp::spawn().await;
    let (ann, bob, _cid) = organization(&app).await;
    // A wrong key, a malformed one, a session instead of a key.
    for wrong in ["orga_key_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "orga_wt_nothing", "garbage", ""] {
        let (status, body) = mint(&app, wrong, "ann@embed.test", &["members"]).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "{wrong}: {body}");
    }
    let (status, body) = app
        .call(Some(&ann.cookie), "embed/mint_token", json!({ "email": "ann@embed.test", "widgets": ["members"] }))
        .await;
    assert_eq!((status, error(&body)), (StatusCode::FORBIDDEN, ("embed_refused", "out_of_scope")));

    let bobs_key = new_key(&app, &bob, &ann.org_id).await;
    // An administrator's key never mints a legal representative's token.
    let (status, body) = bearer(
        &app,
        &bobs_key,
        "embed/mint_token",
        json!({ "email": "ann@embed.test", "widgets": ["members"], "max_role": "legal_representative" }),
    )
    .await;
    assert_eq!((status, error(&body)), (StatusCode::FORBIDDEN, ("embed_refused", "beyond_creator")));
    let (status, minted) = mint(&app, &bobs_key, "ann@embed.test", &["members"]).await;
    assert_eq!(status, StatusCode::OK, "{minted}");
    assert_eq!(minted["max_role"], "administrator");
    assert_eq!(minted["org_id"], ann.org_id.as_str());

    // Nobody outside the organization, no unknown widget, no lifetime out of bounds.
    let outsider = app.sign_up("out@embed.test", "Out", "Sider").await;
    let (status, body) = mint(&app, &bobs_key, "out@embed.test", &["members"]).await;
    assert_eq!((status, error(&body)), (StatusCode::NOT_FOUND, ("embed_refused", "no_such_member")));
    let (status, body) = mint(&app, &bobs_key, "ann@embed.test", &["billing"]).await;
    assert_eq!((status, error(&body)), (StatusCode::UNPROCESSABLE_ENTITY, ("embed_refused", "no_widget")));
    let (status, _) = mint(&app, &bobs_key, "ann@embed.test", &[]).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let (status, body) = bearer(
        &app,
        &bobs_key,
        "embed/mint_token",
        json!({ "email": "ann@embed.test", "widgets": ["members"], "lifetime_seconds": 86400 }),
    )
    .await;
    assert_eq!((status, error(&body)), (StatusCode::UNPROCESSABLE_ENTITY, ("embed_refused", "bad_lifetime")));
    let (status, _) = mint(&app, &bobs_key, &format!("{}@x.test", "a".repeat(400)), &["members"]).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);

    // The outsider's own organization: Ann's key never mints for it.
    let anns_key = new_key(&app, &ann, &ann.org_id).await;
    let (status, _) = mint(&app, &anns_key, "out@embed.test", &["profile"]).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let _ = outsider;

    // The creator loses the right to manage: the key mints nothing more.
    let (status, _) = app.change_role(&ann, &ann.org_id, &bob.user_id, "collaborator").await;
    assert_eq!(status, StatusCode::OK);
    let (status, body) = mint(&app, &bobs_key, "ann@embed.test", &["members"]).await;
    assert_eq!((status, error(&body)), (StatusCode::FORBIDDEN, ("embed_refused", "creator_lost_rights")));
}

#[tokio::test]
async fn a_token_reaches_its_widgets_its_organization_and_its_ceiling_only() {
    let app = TestApp::spawn().await;
    let (ann, bob, cid) = organization(&app).await;
    let key = new_key(&app, &bob, &ann.org_id).await;
    // Ann is a legal representative; through Bob's key she acts as an administrator.
    let members_token = token_for(&app, &key, "ann@embed.test", &["members"]).await;
    let (status, page) = bearer(&app, &members_token, "members/list", json!({ "org_id": ann.org_id })).await;
    assert_eq!(status, StatusCode::OK, "{page}");
    assert_eq!(page["you"]["role"], "administrator");
    let (status, body) = bearer(
        &app,
        &members_token,
        "members/change_role",
        json!({ "org_id": ann.org_id, "user_id": cid.user_id, "role": "legal_representative" }),
    )
    .await;
    assert_eq!(
        (status, error(&body)),
        (StatusCode::FORBIDDEN, ("denied", "only_legal_representative_grants_legal_representative"))
    );
    let (status, row) = bearer(
        &app,
        &members_token,
        "members/change_role",
        json!({ "org_id": ann.org_id, "user_id": cid.user_id, "role": "external" }),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{row}");
    assert_eq!(app.role_of(&ann, &ann.org_id, &cid.user_id).await, "external");

    // Not the profile, not the account's security, not the API keys, not another widget's
    // functions: refused before anything runs.
    for (endpoint, body) in [
        ("profile/get", json!({})),
        ("profile/change_password", json!({ "current_password": PASSWORD, "new_password": "x" })),
        ("security/overview", json!({})),
        ("api_keys/create", json!({ "org_id": ann.org_id, "name": "more" })),
        ("embed/mint_token", json!({ "email": "ann@embed.test", "widgets": ["members"] })),
        ("organizations/delete", json!({ "org_id": ann.org_id, "password": PASSWORD, "email_invoices": false })),
        ("auth/me", json!({})),
    ] {
        let (status, answer) = bearer(&app, &members_token, endpoint, body).await;
        assert!(
            status == StatusCode::FORBIDDEN || (endpoint == "auth/me" && answer.is_null()),
            "{endpoint}: {status} {answer}"
        );
    }

    // Organization B: Ann's other organization is out of this token's reach.
    let (status, other) = app
        .call(
            Some(&ann.cookie),
            "organizations/create",
            json!({ "name": "Ann Two", "kind": "company", "country": "CH" }),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{other}");
    let org_b = other["current_org_id"].as_str().unwrap();
    let (status, body) = bearer(&app, &members_token, "members/list", json!({ "org_id": org_b })).await;
    assert_eq!((status, error(&body)), (StatusCode::FORBIDDEN, ("denied", "not_a_member")));
    let (status, _) = bearer(
        &app,
        &members_token,
        "members/invite",
        json!({ "org_id": org_b, "email": "z@embed.test", "role": "collaborator" }),
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);

    // A profile token reads the profile and nothing of the member table.
    let profile_token = token_for(&app, &key, "cid@embed.test", &["profile"]).await;
    let (status, profile) = bearer(&app, &profile_token, "profile/get", json!({})).await;
    assert_eq!(status, StatusCode::OK, "{profile}");
    assert_eq!(profile["email"], "cid@embed.test");
    let (status, body) = bearer(&app, &profile_token, "members/list", json!({ "org_id": ann.org_id })).await;
    assert_eq!((status, error(&body)), (StatusCode::FORBIDDEN, ("embed_refused", "out_of_scope")));
    let (status, who) = bearer(&app, &profile_token, "embed/session", json!({})).await;
    assert_eq!(status, StatusCode::OK, "{who}");
    assert_eq!((who["email"].as_str(), who["widgets"][0].as_str()), (Some("cid@embed.test"), Some("profile")));

    // Cookies change nothing: with the token, Bob's session is ignored.
    let auth = format!("Bearer {profile_token}");
    let (status, profile, _) =
        app.call_full(Some(&bob.cookie), "profile/get", json!({}), &[("authorization", &auth)]).await;
    assert_eq!((status, profile["email"].as_str()), (StatusCode::OK, Some("cid@embed.test")));
}

#[tokio::test]
async fn a_token_dies_with_its_expiry_its_key_and_its_members_leaving() {
    let app = TestApp::spawn().await;
    let (ann, _bob, cid) = organization(&app).await;
    let key = new_key(&app, &ann, &ann.org_id).await;
    let list = |t: String| {
        let org = ann.org_id.clone();
        let app = &app;
        async move { bearer(app, &t, "members/list", json!({ "org_id": org })).await.0 }
    };
    // Expiry: ten minutes by default.
    let token = token_for(&app, &key, "ann@embed.test", &["members"]).await;
    assert_eq!(list(token.clone()).await, StatusCode::OK);
    app.clock.advance(10 * 60_000 + 1_000);
    assert_eq!(list(token).await, StatusCode::UNAUTHORIZED);

    // Replay after the key's revocation.
    let token = token_for(&app, &key, "ann@embed.test", &["members"]).await;
    assert_eq!(list(token.clone()).await, StatusCode::OK);
    let (_, keys) = app.call(Some(&ann.cookie), "api_keys/list", json!({ "org_id": ann.org_id })).await;
    let key_id = keys[0]["id"].as_str().unwrap();
    let (status, _) =
        app.call(Some(&ann.cookie), "api_keys/revoke", json!({ "org_id": ann.org_id, "key_id": key_id })).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(list(token).await, StatusCode::UNAUTHORIZED);

    // A member who leaves (removed) loses every token at once, even a profile one.
    let key = new_key(&app, &ann, &ann.org_id).await;
    let cids = token_for(&app, &key, "cid@embed.test", &["profile"]).await;
    let (status, _) = bearer(&app, &cids, "profile/get", json!({})).await;
    assert_eq!(status, StatusCode::OK);
    let (status, body) = app
        .call(
            Some(&ann.cookie),
            "members/remove",
            json!({ "org_id": ann.org_id, "user_id": cid.user_id, "password": PASSWORD }),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let (status, _) = bearer(&app, &cids, "profile/get", json!({})).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn an_api_key_acts_as_its_creator_in_its_organization_only_without_cookies_or_csrf() {
    let app = TestApp::spawn().await;
    let (ann, _bob, cid) = organization(&app).await;
    let key = new_key(&app, &ann, &ann.org_id).await;
    let (status, page) = bearer(&app, &key, "members/list", json!({ "org_id": ann.org_id })).await;
    assert_eq!(status, StatusCode::OK, "{page}");
    assert_eq!(page["your_user_id"], ann.user_id.as_str());
    // The creator's own account is never reached with a key.
    for endpoint in ["profile/get", "security/overview", "app_passwords/list", "activity/sessions", "api_keys/list"] {
        let (status, body) = bearer(&app, &key, endpoint, json!({ "org_id": ann.org_id })).await;
        assert_eq!((status, error(&body)), (StatusCode::FORBIDDEN, ("embed_refused", "out_of_scope")), "{endpoint}");
    }
    // Another organization of the creator: not with this key.
    let (_, other) = app
        .call(
            Some(&ann.cookie),
            "organizations/create",
            json!({ "name": "Ann Solo", "kind": "company", "country": "CH" }),
        )
        .await;
    let org_b = other["current_org_id"].as_str().unwrap();
    let (status, body) = bearer(&app, &key, "members/list", json!({ "org_id": org_b })).await;
    assert_eq!((status, error(&body)), (StatusCode::FORBIDDEN, ("denied", "not_a_member")));
    // A partner's server sends no Origin: accepted; a browser on another site is refused.
    let auth = format!("Bearer {key}");
    let (status, _, cookies) = app
        .call_full(
            None,
            "members/change_role",
            json!({ "org_id": ann.org_id, "user_id": cid.user_id, "role": "external" }),
            &[("authorization", &auth)],
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(cookies.is_empty(), "a key call set cookies: {cookies:?}");
    let (status, body, _) = app
        .call_full(
            None,
            "members/list",
            json!({ "org_id": ann.org_id }),
            &[("authorization", &auth), ("origin", "https://evil.example")],
        )
        .await;
    assert_eq!((status, body["error"].as_str()), (StatusCode::FORBIDDEN, Some("cross_site")));
}

#[tokio::test]
async fn embedding_origins_decide_who_may_frame_the_widgets() {
    let app = TestApp::spawn().await;
    let (ann, _bob, cid) = organization(&app).await;
    let other = app.sign_up("other@embed.test", "Otto", "Other").await;
    let add = |who: &User, origin: &str| {
        let (cookie, org) = (who.cookie.clone(), ann.org_id.clone());
        let origin = origin.to_string();
        let app = &app;
        async move { app.call(Some(&cookie), "embed/add_origin", json!({ "org_id": org, "origin": origin })).await }
    };
    let (status, list) = add(&ann, "HTTPS://Portal.Example.com/").await;
    assert_eq!(status, StatusCode::OK, "{list}");
    assert_eq!(list, json!(["https://portal.example.com"]));
    let (status, body) = add(&ann, "https://portal.example.com").await;
    assert_eq!((status, error(&body)), (StatusCode::CONFLICT, ("embed_refused", "origin_exists")));
    for bad in ["http://portal.example.com", "https://portal.example.com/path", "*", "'self'", "https://a b.com"] {
        let (status, body) = add(&ann, bad).await;
        assert_eq!((status, body["field"].as_str()), (StatusCode::UNPROCESSABLE_ENTITY, Some("origin")), "{bad}");
    }
    let (status, _) = add(&ann, &format!("https://{}.com", "a".repeat(300))).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let (status, body) = add(&cid, "https://cid.example.com").await;
    assert_eq!((status, error(&body)), (StatusCode::FORBIDDEN, ("denied", "only_managers_manage_integrations")));

    let page = |host: &str, org: &str| {
        let url = format!("{}/embed/members?org={org}&host={}", app.base, host.replace(':', "%3A").replace('/', "%2F"));
        let client = app.client.clone();
        async move { client.get(url).send().await.unwrap() }
    };
    let csp = |res: &reqwest::Response| res.headers()["content-security-policy"].to_str().unwrap().to_string();
    let allowed = page("https://portal.example.com", &ann.org_id).await;
    // No built widgets in tests (404), but the policy already names the one allowed host.
    assert!(csp(&allowed).ends_with("frame-ancestors https://portal.example.com"), "{}", csp(&allowed));
    assert!(allowed.headers().get("x-frame-options").is_none());
    for (host, org) in
        [("https://evil.example", ann.org_id.as_str()), ("https://portal.example.com", other.org_id.as_str())]
    {
        let refused = page(host, org).await;
        assert_eq!(refused.status(), StatusCode::FORBIDDEN);
        assert!(csp(&refused).ends_with("frame-ancestors 'none'"), "{}", csp(&refused));
    }
    let unknown = app.client.get(format!("{}/embed/billing?org=x&host=y", app.base)).send().await.unwrap();
    assert_eq!(unknown.status(), StatusCode::NOT_FOUND);
    // The console itself keeps refusing every frame.
    let console = app.client.get(format!("{}/members", app.base)).send().await.unwrap();
    assert!(csp(&console).contains("frame-ancestors 'none'"));
    assert_eq!(console.headers()["x-frame-options"], "DENY");

    let (status, list) = app
        .call(
            Some(&ann.cookie),
            "embed/remove_origin",
            json!({ "org_id": ann.org_id, "origin": "https://portal.example.com" }),
        )
        .await;
    assert_eq!((status, list), (StatusCode::OK, json!([])));
    let gone = page("https://portal.example.com", &ann.org_id).await;
    assert_eq!(gone.status(), StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn the_openapi_document_lists_exactly_the_served_endpoints() {
    let app = TestApp::spawn().await;
    let res = app.client.get(format!("{}/api/openapi.json", app.base)).send().await.unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let doc: Value = res.json().await.unwrap();
    assert_eq!(doc["openapi"], "3.1.0");
    let documented: BTreeSet<String> = doc["paths"].as_object().unwrap().keys().cloned().collect();
    let registered: BTreeSet<String> =
        server::http::endpoints(&app.state).paths().into_iter().map(str::to_string).collect();
    let missing: Vec<_> = registered.difference(&documented).collect();
    let extra: Vec<_> = documented.difference(&registered).collect();
    assert!(missing.is_empty(), "served but not in the OpenAPI document: {missing:?}");
    assert!(extra.is_empty(), "in the OpenAPI document but not served: {extra:?}");
    // Each documented path answers (not the router's 404), with the documented error shape.
    for path in &documented {
        let (status, body) = app.call(None, path.trim_start_matches("/api/"), json!({})).await;
        assert!(status != StatusCode::NOT_FOUND || body["error"] == "not_found", "{path}: {status}");
        assert!(!body.to_string().contains("Could not find a server function"), "{path}");
    }
    let mint = &doc["paths"]["/api/embed/mint_token"]["post"];
    assert_eq!(mint["security"], json!([{ "apiKey": [] }]));
    assert!(mint["description"].as_str().unwrap().contains("API key"), "{mint}");
    let list = &doc["paths"]["/api/members/list"]["post"]["security"];
    assert!(list.to_string().contains("widgetToken") && list.to_string().contains("apiKey"), "{list}");
    let page = app.client.get(format!("{}/api/docs", app.base)).send().await.unwrap();
    assert_eq!(page.status(), StatusCode::OK);
    let html = page.text().await.unwrap();
    assert!(html.contains("POST /api/members/change_role") && html.contains("<h1>Orga HTTP API</h1>"));
}
