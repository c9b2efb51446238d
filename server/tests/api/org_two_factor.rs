//! The organization-wide two-factor requirement (SEC-7): who may turn it on, the count
//! of members without 2FA, their marking and filter in the member list, the gate, and
//! the security alerts.

use reqwest::StatusCode;
use serde_json::{json, Value};

use crate::helpers::{TestApp, User};

/// Gives the user a confirmed second factor (what the 2FA setup leaves behind).
async fn give_two_factor(app: &TestApp, user: &User) {
    let id = format!("factor-{}", user.user_id);
    app.sql(
        "INSERT INTO second_factors (id, user_id, kind, label, secret, created_at, confirmed_at) \
         VALUES ($1, $2, 'totp', 'Phone', 'sealed', 0, 0)",
        &[&id, &user.user_id],
    )
    .await;
}

async fn require(app: &TestApp, user: &User, org_id: &str, required: bool) -> (StatusCode, Value) {
    app.call(Some(&user.cookie), "org_security/require_two_factor", json!({ "org_id": org_id, "required": required }))
        .await
}

async fn security(app: &TestApp, user: &User, org_id: &str) -> (StatusCode, Value) {
    app.call(Some(&user.cookie), "org_security/status", json!({ "org_id": org_id })).await
}

async fn alert(app: &TestApp, user: &User, org_id: &str, user_ids: &[&str]) -> (StatusCode, Value) {
    app.call(Some(&user.cookie), "org_security/send_alert", json!({ "org_id": org_id, "user_ids": user_ids })).await
}

/// A legal representative (with 2FA) and one member of each other role (without).
struct Cast {
    lr: User,
    admin: User,
    collaborator: User,
    external: User,
    outsider: User,
}

async fn cast(app: &TestApp) -> Cast {
    let lr = app.sign_up("lr@example.ch", "Lea", "Legal").await;
    give_two_factor(app, &lr).await;
    let admin = app.invite_new(&lr, &lr.org_id, "admin@example.ch", "administrator", "Adam").await;
    let collaborator = app.invite_new(&lr, &lr.org_id, "collab@example.ch", "collaborator", "Cole").await;
    let external = app.invite_new(&lr, &lr.org_id, "ext@example.ch", "external", "Xena").await;
    let outsider = app.sign_up("out@example.ch", "Otto", "Outside").await;
    give_two_factor(app, &outsider).await;
    Cast { lr, admin, collaborator, external, outsider }
}

fn reason(body: &Value) -> &str {
    body["reason"].as_str().unwrap_or("")
}

#[tokio::test]
async fn who_may_require_two_factor_authentication_where() {
    let app = TestApp::spawn().await;
    let c = cast(&app).await;
    let org = c.lr.org_id.clone();

    for who in [&c.collaborator, &c.external] {
        let (status, body) = require(&app, who, &org, true).await;
        assert_eq!((status, reason(&body)), (StatusCode::FORBIDDEN, "only_managers_manage_security"), "{body}");
        let (status, _) = security(&app, who, &org).await;
        assert_eq!(status, StatusCode::FORBIDDEN);
    }
    // Another organization's legal representative: not a member here; nor may Lea
    // touch the outsider's organization.
    let (status, body) = require(&app, &c.outsider, &org, true).await;
    assert_eq!((status, reason(&body)), (StatusCode::FORBIDDEN, "not_a_member"));
    let (status, body) = require(&app, &c.lr, &c.outsider.org_id, true).await;
    assert_eq!((status, reason(&body)), (StatusCode::FORBIDDEN, "not_a_member"));
    // An administrator without a second factor would lock themselves out.
    let (status, body) = require(&app, &c.admin, &org, true).await;
    assert_eq!((status, reason(&body)), (StatusCode::FORBIDDEN, "own_two_factor_first"));
    let (_, now) = security(&app, &c.lr, &org).await;
    assert_eq!(now["requires_two_factor"], false, "nothing changed");

    give_two_factor(&app, &c.admin).await;
    let (status, body) = require(&app, &c.admin, &org, true).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body, json!({ "requires_two_factor": true, "without_two_factor": 2 }));
    let (status, me) = app.call(Some(&c.lr.cookie), "auth/me", json!({})).await;
    assert_eq!(status, StatusCode::OK);
    let here = me["organizations"].as_array().unwrap().iter().find(|o| o["id"] == org).unwrap().clone();
    assert_eq!(here["requires_two_factor"], true);
    let (status, body) = require(&app, &c.lr, &org, false).await;
    assert_eq!((status, &body["requires_two_factor"]), (StatusCode::OK, &json!(false)));
    let (_, other) = security(&app, &c.outsider, &c.outsider.org_id).await;
    assert_eq!(other["requires_two_factor"], false, "other organizations untouched");

    // Each change is in the audit log, with who did it.
    let (status, log) = app.call(Some(&c.lr.cookie), "audit/list", json!({ "org_id": org, "filter": {} })).await;
    assert_eq!(status, StatusCode::OK, "{log}");
    let changes: Vec<&Value> = log["entries"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["action"] == "organization.two_factor_requirement_changed")
        .collect();
    assert_eq!(changes.len(), 2);
    assert_eq!(changes[1]["actor"]["user_id"], c.admin.user_id.as_str());
    assert_eq!(changes[1]["changes"][0]["field"], "require_two_factor");
    assert_eq!(changes[1]["changes"][0]["after"], "true");
}

#[tokio::test]
async fn members_without_two_factor_are_counted_marked_and_filtered() {
    let app = TestApp::spawn().await;
    let c = cast(&app).await;
    let org = c.lr.org_id.clone();
    let (status, body) = security(&app, &c.lr, &org).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body, json!({ "requires_two_factor": false, "without_two_factor": 3 }));

    let (status, page) = app.members(&c.lr, &org).await;
    assert_eq!(status, StatusCode::OK);
    for m in page["members"].as_array().unwrap() {
        assert_eq!(m["two_factor"], m["user_id"] == c.lr.user_id.as_str(), "{m}");
    }
    // A collaborator's directory does not tell who has 2FA, nor filters by it.
    let (status, page) = app.members(&c.collaborator, &org).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page["members"].as_array().unwrap().iter().all(|m| m["two_factor"].is_null()), "{page}");
    let (status, body) = app
        .call(Some(&c.collaborator.cookie), "members/list", json!({ "org_id": org, "status": "without_two_factor" }))
        .await;
    assert_eq!((status, reason(&body)), (StatusCode::FORBIDDEN, "only_managers_manage_security"));
    let (status, page) =
        app.call(Some(&c.lr.cookie), "members/list", json!({ "org_id": org, "status": "without_two_factor" })).await;
    assert_eq!(status, StatusCode::OK, "{page}");
    let mut ids: Vec<&str> =
        page["members"].as_array().unwrap().iter().map(|m| m["user_id"].as_str().unwrap()).collect();
    ids.sort();
    let mut want = vec![c.admin.user_id.as_str(), c.collaborator.user_id.as_str(), c.external.user_id.as_str()];
    want.sort();
    assert_eq!(ids, want);
    assert_eq!(page["total"], 3);
    assert!(page["pending"].as_array().unwrap().is_empty(), "no invitations under this filter");

    // Setting up 2FA takes the member out of the count and the filter at once.
    give_two_factor(&app, &c.admin).await;
    let (_, body) = security(&app, &c.lr, &org).await;
    assert_eq!(body["without_two_factor"], 2);
    let (_, page) =
        app.call(Some(&c.lr.cookie), "members/list", json!({ "org_id": org, "status": "without_two_factor" })).await;
    assert_eq!(page["total"], 2);
}

#[tokio::test]
async fn while_required_a_member_without_two_factor_can_only_set_it_up_or_leave() {
    let app = TestApp::spawn().await;
    let c = cast(&app).await;
    let org = c.lr.org_id.clone();
    // The collaborator also has an organization of their own, which requires nothing.
    let (status, own) = app
        .call(
            Some(&c.collaborator.cookie),
            "organizations/create",
            json!({ "name": "Cole's Own", "kind": "company", "country": "CH" }),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{own}");
    let own_org = own["current_org_id"].as_str().unwrap().to_string();
    assert_ne!(own_org, org);
    let (status, _) = require(&app, &c.lr, &org, true).await;
    assert_eq!(status, StatusCode::OK);

    for (endpoint, body) in [
        ("members/list", json!({ "org_id": org })),
        ("settings/get", json!({ "org_id": org })),
        ("organizations/switch", json!({ "org_id": org })),
        ("audit/list", json!({ "org_id": org, "filter": {} })),
    ] {
        let (status, answer) = app.call(Some(&c.collaborator.cookie), endpoint, body).await;
        assert_eq!((status, reason(&answer)), (StatusCode::FORBIDDEN, "two_factor_required"), "{endpoint}: {answer}");
    }
    // Their own organization is not held back, nor are members with 2FA.
    let (status, _) = app.members(&c.collaborator, &own_org).await;
    assert_eq!(status, StatusCode::OK);
    let (status, _) = app.members(&c.lr, &org).await;
    assert_eq!(status, StatusCode::OK);
    // A collaborator may not leave instead; an external user may.
    let (status, body) = app.call(Some(&c.collaborator.cookie), "organizations/leave", json!({ "org_id": org })).await;
    assert_eq!((status, reason(&body)), (StatusCode::FORBIDDEN, "two_factor_required"));
    let (status, body) = app.call(Some(&c.external.cookie), "organizations/leave", json!({ "org_id": org })).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    // Once set up, the organization opens again.
    give_two_factor(&app, &c.collaborator).await;
    let (status, _) = app.members(&c.collaborator, &org).await;
    assert_eq!(status, StatusCode::OK);
}

#[tokio::test]
async fn a_security_alert_tells_a_member_their_settings_without_a_link() {
    let app = TestApp::spawn().await;
    let c = cast(&app).await;
    let org = c.lr.org_id.clone();
    let (status, body) = alert(&app, &c.lr, &org, &[&c.collaborator.user_id, &c.external.user_id]).await;
    assert_eq!((status, &body), (StatusCode::OK, &json!(2)));
    let mail = app.last_mail_to("collab@example.ch").await;
    assert_eq!(mail["subject"], "Lea Legal asks you to check the security of your account");
    let text = mail["body"].as_str().unwrap();
    assert!(
        text.contains("Lea Legal, of the organization Lea Legal") || text.contains("of the organization"),
        "{text}"
    );
    assert!(text.contains("Two-factor authentication: off") && text.contains("Recovery email: not set"), "{text}");
    assert!(!text.contains("http") && !text.contains("/sign-in"), "no link: {text}");
    app.last_mail_to("ext@example.ch").await;

    // Someone who is not a member: refused, and nothing sent to anyone.
    let before = app.outbox().await.len();
    let (status, _) = alert(&app, &c.lr, &org, &[&c.collaborator.user_id, &c.outsider.user_id]).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(app.outbox().await.len(), before);
    // Members who do not manage, and other organizations' people, may not send.
    let (status, body) = alert(&app, &c.collaborator, &org, &[&c.external.user_id]).await;
    assert_eq!((status, reason(&body)), (StatusCode::FORBIDDEN, "only_managers_manage_security"));
    let (status, body) = alert(&app, &c.outsider, &org, &[&c.collaborator.user_id]).await;
    assert_eq!((status, reason(&body)), (StatusCode::FORBIDDEN, "not_a_member"));
    let (status, _) = alert(&app, &c.lr, &org, &[]).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let many: Vec<String> = (0..101).map(|i| format!("id{i}")).collect();
    let many: Vec<&str> = many.iter().map(String::as_str).collect();
    let (status, _) = alert(&app, &c.lr, &org, &many).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);

    // Audited per member.
    let (_, log) = app.call(Some(&c.lr.cookie), "audit/list", json!({ "org_id": org, "filter": {} })).await;
    let sent =
        log["entries"].as_array().unwrap().iter().filter(|e| e["action"] == "member.security_alert_sent").count();
    assert_eq!(sent, 2);

    // 50 an hour per organization, whoever sends them.
    for _ in 0..48 {
        let (status, _) = alert(&app, &c.admin, &org, &[&c.collaborator.user_id]).await;
        assert_eq!(status, StatusCode::OK);
    }
    let (status, body) = alert(&app, &c.lr, &org, &[&c.collaborator.user_id]).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS, "{body}");
    let (status, _) = alert(&app, &c.outsider, &c.outsider.org_id, &[&c.outsider.user_id]).await;
    assert_eq!(status, StatusCode::OK, "another organization has its own allowance");
}
