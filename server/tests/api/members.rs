//! Roles and their rules (MEM-3, MEM-4) enforced by the server, whatever the client sends.

use reqwest::StatusCode;
use serde_json::json;

use crate::helpers::TestApp;

#[tokio::test]
async fn an_administrator_cannot_grant_the_legal_representative_role_by_hand() {
    let app = TestApp::spawn().await;
    let lr = app.sign_up("lr@example.ch", "Lea", "Rep").await;
    let admin = app.invite_new(&lr, &lr.org_id, "admin@example.ch", "administrator", "Adam").await;
    let collab = app.invite_new(&lr, &lr.org_id, "collab@example.ch", "collaborator", "Colette").await;

    let (status, body) = app.change_role(&admin, &lr.org_id, &collab.user_id, "legal_representative").await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(body, json!({ "error": "denied", "reason": "only_legal_representative_grants_legal_representative" }));
    let (status, body) = app.change_role(&admin, &lr.org_id, &admin.user_id, "legal_representative").await;
    assert_eq!(status, StatusCode::FORBIDDEN, "not even for themselves: {body}");
    let (status, body) = app.invite(&admin, &lr.org_id, "new-lr@example.ch", "legal_representative").await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(body["reason"], "only_legal_representative_grants_legal_representative");
    let (status, body) = app.change_role(&admin, &lr.org_id, &lr.user_id, "administrator").await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(body["reason"], "only_legal_representative_changes_legal_representative");

    // Nothing changed.
    assert_eq!(app.role_of(&lr, &lr.org_id, &collab.user_id).await, "collaborator");
    assert_eq!(app.role_of(&lr, &lr.org_id, &admin.user_id).await, "administrator");
    assert_eq!(app.role_of(&lr, &lr.org_id, &lr.user_id).await, "legal_representative");
    assert!(app.outbox().await.iter().all(|m| m["to"] != "new-lr@example.ch"));

    // An administrator may still manage the roles below.
    let (status, body) = app.change_role(&admin, &lr.org_id, &collab.user_id, "external").await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["membership"]["role"], "external");
}

#[tokio::test]
async fn a_legal_representative_grants_the_role_and_the_member_is_told_by_email() {
    let app = TestApp::spawn().await;
    let lr = app.sign_up("boss@example.ch", "Bea", "Boss").await;
    let admin = app.invite_new(&lr, &lr.org_id, "second@example.ch", "administrator", "Sam").await;
    let (status, body) = app.change_role(&lr, &lr.org_id, &admin.user_id, "legal_representative").await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(app.role_of(&lr, &lr.org_id, &admin.user_id).await, "legal_representative");
    let mail = app.last_mail_to("second@example.ch").await;
    assert_eq!(mail["subject"], "Your role in Bea Boss has changed");
    let text = mail["body"].as_str().unwrap();
    assert!(text.contains("Before: Administrator") && text.contains("Now: Legal representative"), "{text}");
    let (_, page) = app.members(&lr, &lr.org_id).await;
    assert_eq!(page["legal_representatives"], 2);
}

#[tokio::test]
async fn the_last_legal_representative_can_never_be_demoted() {
    let app = TestApp::spawn().await;
    let lr = app.sign_up("alone@example.ch", "Alone", "Owner").await;
    for role in ["administrator", "collaborator", "external"] {
        let (status, body) = app.change_role(&lr, &lr.org_id, &lr.user_id, role).await;
        assert_eq!(status, StatusCode::FORBIDDEN);
        assert_eq!(body, json!({ "error": "denied", "reason": "last_legal_representative" }));
    }
    assert_eq!(app.role_of(&lr, &lr.org_id, &lr.user_id).await, "legal_representative");
    assert!(app.outbox().await.iter().all(|m| !m["subject"].as_str().unwrap().contains("role")));
}

#[tokio::test]
async fn collaborators_and_external_users_manage_no_members() {
    let app = TestApp::spawn().await;
    let lr = app.sign_up("owner@example.ch", "Olga", "Owner").await;
    let collab = app.invite_new(&lr, &lr.org_id, "c@example.ch", "collaborator", "Carl").await;
    let external = app.invite_new(&lr, &lr.org_id, "x@example.ch", "external", "Xena").await;

    for actor in [&collab, &external] {
        let (status, body) = app.invite(actor, &lr.org_id, "friend@example.ch", "external").await;
        assert_eq!(status, StatusCode::FORBIDDEN);
        assert_eq!(body["reason"], "only_managers_manage_members");
        let (status, body) = app.change_role(actor, &lr.org_id, &actor.user_id, "administrator").await;
        assert_eq!(status, StatusCode::FORBIDDEN, "no self-promotion: {body}");
    }
    // A collaborator sees the directory; an external user does not (MEM-6).
    let (status, page) = app.members(&collab, &lr.org_id).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(page["total"], 3);
    assert_eq!(page["pending"], json!([]), "invitations are for managers");
    let (status, body) = app.members(&external, &lr.org_id).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(body["reason"], "external_users_see_no_directory");
    assert_eq!(app.role_of(&lr, &lr.org_id, &collab.user_id).await, "collaborator");
}

#[tokio::test]
async fn the_member_list_searches_and_pages() {
    let app = TestApp::spawn().await;
    let lr = app.sign_up("pages@example.ch", "Paula", "Pager").await;
    app.invite_new(&lr, &lr.org_id, "zed@example.ch", "collaborator", "Zed").await;
    let (status, page) = app
        .call(Some(&lr.cookie), "members/list", json!({ "org_id": lr.org_id, "search": "ZED", "page": 0 }))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(page["total"], 1);
    assert_eq!(page["members"][0]["email"], "zed@example.ch");
    // Wildcards are searched for literally.
    let (_, page) = app
        .call(Some(&lr.cookie), "members/list", json!({ "org_id": lr.org_id, "search": "%", "page": 0 }))
        .await;
    assert_eq!(page["total"], 0);
    // A page past the end gives the last page.
    let (_, page) = app
        .call(Some(&lr.cookie), "members/list", json!({ "org_id": lr.org_id, "search": "", "page": 99 }))
        .await;
    assert_eq!(page["page"], 0);
    assert_eq!(page["members"].as_array().unwrap().len(), 2);
}
