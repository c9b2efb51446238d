//! The authorization matrix of the members endpoints: every endpoint × {legal
//! representative, administrator, collaborator, external user, blocked administrator,
//! member of another organization, signed out} × {own organization, another one}, each
//! outcome asserted, and nothing changed after a refusal.

use reqwest::StatusCode;
use serde_json::{json, Value};

use crate::helpers::{TestApp, User, PASSWORD};

/// Everything a refused call must leave as it was.
async fn snapshot(app: &TestApp) -> Vec<String> {
    let mut rows: Vec<String> = Vec::new();
    for (what, sql) in [
        ("members", "SELECT org_id || ':' || user_id || ':' || role || ':' || billing_rights || ':' || mail_security || ':' || COALESCE(CAST(blocked_at AS TEXT), '-') FROM memberships ORDER BY org_id, user_id"),
        ("access", "SELECT org_id || ':' || user_id || ':' || product_id FROM product_access ORDER BY 1"),
        ("invitations", "SELECT id || ':' || COALESCE(CAST(revoked_at AS TEXT), '-') FROM invitations ORDER BY id"),
        ("audit", "SELECT CAST(COUNT(*) AS TEXT) FROM audit_log"),
        ("outbox", "SELECT CAST(COUNT(*) AS TEXT) FROM outbox"),
    ] {
        let found: Vec<(String,)> = sqlx::query_as(sql).fetch_all(app.state.pool()).await.unwrap();
        rows.extend(found.into_iter().map(|(r,)| format!("{what} {r}")));
    }
    rows
}

#[tokio::test]
async fn every_members_endpoint_refuses_whom_it_must_and_changes_nothing() {
    let app = TestApp::spawn().await;
    let lr = app.sign_up("mx-lr@example.ch", "Lea", "Rep").await;
    let admin = app.invite_new(&lr, &lr.org_id, "mx-admin@example.ch", "administrator", "Adam").await;
    let collab = app.invite_new(&lr, &lr.org_id, "mx-collab@example.ch", "collaborator", "Colette").await;
    let ext = app.invite_new(&lr, &lr.org_id, "mx-ext@example.ch", "external", "Ezra").await;
    let blocked = app.invite_new(&lr, &lr.org_id, "mx-blocked@example.ch", "administrator", "Bob").await;
    let target = app.invite_new(&lr, &lr.org_id, "mx-target@example.ch", "collaborator", "Tina").await;
    let stranger = app.sign_up("mx-stranger@example.ch", "Sam", "Stranger").await;
    let body = json!({ "org_id": lr.org_id, "user_id": blocked.user_id });
    assert_eq!(app.call(Some(&lr.cookie), "members/block", body).await.0, StatusCode::OK);
    app.sql(
        "INSERT INTO products (id, org_id, category, kind, name, status, created_at) VALUES ('mx-p', $1, 'web_domains', 'domain', 'mx.ch', 'active', 0)",
        &[&lr.org_id],
    )
    .await;

    let (a, t) = (lr.org_id.as_str(), target.user_id.as_str());
    let endpoints: Vec<(&str, Value)> = vec![
        ("members/list", json!({ "org_id": a })),
        ("members/products", json!({ "org_id": a })),
        ("members/permissions", json!({ "org_id": a, "user_id": t })),
        ("members/invite", json!({ "org_id": a, "email": "mx-new@example.ch", "role": "collaborator" })),
        ("members/change_role", json!({ "org_id": a, "user_id": t, "role": "external" })),
        (
            "members/set_permissions",
            json!({ "org_id": a, "user_id": t, "billing_rights": true,
            "admin_emails": { "billing": false, "technical": false, "security": true }, "products": ["mx-p"] }),
        ),
        ("members/block", json!({ "org_id": a, "user_id": t })),
        ("members/unblock", json!({ "org_id": a, "user_id": t })),
        ("members/batch", json!({ "org_id": a, "user_ids": [t], "op": { "op": "block" } })),
        ("members/remove", json!({ "org_id": a, "user_id": t, "password": PASSWORD })),
    ];
    let managers_only = |e: &str| e != "members/list";

    // Refusals first: each leaves everything as it was.
    let refusals: Vec<(&str, &User)> =
        vec![("collaborator", &collab), ("external", &ext), ("blocked", &blocked), ("stranger", &stranger)];
    for (endpoint, body) in &endpoints {
        for (who, actor) in &refusals {
            let expected = match *who {
                "collaborator" if !managers_only(endpoint) => None,
                "collaborator" => Some("only_managers_manage_members"),
                "external" if *endpoint == "members/list" => Some("external_users_see_no_directory"),
                "external" => Some("only_managers_manage_members"),
                "blocked" => Some("blocked"),
                _ => Some("not_a_member"),
            };
            let Some(reason) = expected else { continue };
            let before = snapshot(&app).await;
            let (status, answer) = app.call(Some(&actor.cookie), endpoint, body.clone()).await;
            assert_eq!(
                (status, answer["reason"].as_str()),
                (StatusCode::FORBIDDEN, Some(reason)),
                "{who} {endpoint}: {answer}"
            );
            assert_eq!(snapshot(&app).await, before, "{who} {endpoint} changed something");
        }
        let before = snapshot(&app).await;
        let (status, _) = app.call(None, endpoint, body.clone()).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "signed out {endpoint}");
        assert_eq!(snapshot(&app).await, before);
        // Another organization: its legal representative cannot reach this one's member
        // through their own organization's id, and this one's members cannot reach it.
        let mut elsewhere = body.clone();
        elsewhere["org_id"] = json!(stranger.org_id);
        let (status, answer) = app.call(Some(&stranger.cookie), endpoint, elsewhere.clone()).await;
        // Their own lists answer; this organization's member is not found there.
        let expected = match *endpoint {
            "members/list" | "members/products" | "members/invite" | "members/batch" => StatusCode::OK,
            _ => StatusCode::NOT_FOUND,
        };
        assert_eq!(status, expected, "stranger in their own organization {endpoint}: {answer}");
        if *endpoint == "members/batch" {
            assert_eq!(answer[0]["error"]["error"], "not_found", "{answer}");
        }
        for actor in [&lr, &admin] {
            let (status, answer) = app.call(Some(&actor.cookie), endpoint, elsewhere.clone()).await;
            assert_eq!(
                (status, answer["reason"].as_str()),
                (StatusCode::FORBIDDEN, Some("not_a_member")),
                "{endpoint}"
            );
        }
    }
    let (_, page) = app.members(&lr, &lr.org_id).await;
    let tina = page["members"].as_array().unwrap().iter().find(|m| m["user_id"] == t).unwrap().clone();
    assert_eq!(
        (tina["membership"]["role"].as_str(), tina["membership"]["blocked"].as_bool()),
        (Some("collaborator"), Some(false))
    );

    // What managers may do, they do: the administrator and the legal representative.
    for (endpoint, body) in &endpoints {
        let actor = if endpoint.contains("unblock") { &lr } else { &admin };
        let (status, answer) = app.call(Some(&actor.cookie), endpoint, body.clone()).await;
        assert_eq!(status, StatusCode::OK, "{endpoint}: {answer}");
    }
    // The collaborator reads the directory, without the external user.
    let (status, page) = app.members(&collab, &lr.org_id).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page["members"].as_array().unwrap().iter().all(|m| m["user_id"] != ext.user_id.as_str()));
    // Tina was removed last: she is refused at her next request.
    let (status, answer) = app.members(&target, &lr.org_id).await;
    assert_eq!((status, answer["reason"].as_str()), (StatusCode::FORBIDDEN, Some("not_a_member")));
}
