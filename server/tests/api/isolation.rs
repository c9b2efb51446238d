//! Tenant isolation: a member of one organization can touch nothing of another.

use reqwest::StatusCode;
use serde_json::json;

use crate::helpers::TestApp;

#[tokio::test]
async fn a_member_of_one_organization_can_neither_see_nor_change_another() {
    let app = TestApp::spawn().await;
    let a = app.sign_up("a@alpha.ch", "Alice", "Alpha").await;
    let b = app.sign_up("b@beta.ch", "Bob", "Beta").await;
    let b_admin = app.invite_new(&b, &b.org_id, "admin@beta.ch", "administrator", "Bert").await;

    let (status, body) = app.members(&a, &b.org_id).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(body, json!({ "error": "denied", "reason": "not_a_member" }));

    let (status, body) = app.change_role(&a, &b.org_id, &b_admin.user_id, "collaborator").await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(body["reason"], "not_a_member");
    let (status, _) = app.change_role(&a, &b.org_id, &b.user_id, "administrator").await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    // Even naming their own user in the other organization changes nothing.
    let (status, _) = app.change_role(&a, &b.org_id, &a.user_id, "legal_representative").await;
    assert_eq!(status, StatusCode::FORBIDDEN);

    let (status, body) = app.invite(&a, &b.org_id, "spy@alpha.ch", "administrator").await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(body["reason"], "not_a_member");

    let (status, _) = app.call(Some(&a.cookie), "organizations/switch", json!({ "org_id": b.org_id })).await;
    assert_eq!(status, StatusCode::FORBIDDEN);

    // Organization B is exactly as it was.
    let (_, page) = app.members(&b, &b.org_id).await;
    assert_eq!(page["total"], 2);
    assert_eq!(page["pending"], json!([]));
    assert_eq!(app.role_of(&b, &b.org_id, &b_admin.user_id).await, "administrator");
    assert!(app.outbox().await.iter().all(|m| m["to"] != "spy@alpha.ch"));
    let (_, me) = app.call(Some(&a.cookie), "auth/me", json!({})).await;
    assert_eq!(me["current_org_id"], a.org_id);
}

#[tokio::test]
async fn switching_organization_needs_no_new_sign_in() {
    let app = TestApp::spawn().await;
    let a = app.sign_up("multi@example.ch", "Multi", "Member").await;
    let b = app.sign_up("other@example.ch", "Other", "Owner").await;
    let (status, _) = app.invite(&b, &b.org_id, "multi@example.ch", "collaborator").await;
    assert_eq!(status, StatusCode::OK);
    let (_, list) = app.call(Some(&a.cookie), "invitations/mine", json!({})).await;
    app.call(Some(&a.cookie), "invitations/accept", json!({ "invitation_id": list[0]["id"] })).await;

    let (status, me) = app.call(Some(&a.cookie), "organizations/switch", json!({ "org_id": a.org_id })).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(me["current_org_id"], a.org_id);
    let (_, me) = app.call(Some(&a.cookie), "auth/me", json!({})).await;
    assert_eq!(me["current_org_id"], a.org_id, "remembered by the session");
    let (_, me) = app.call(Some(&a.cookie), "organizations/switch", json!({ "org_id": b.org_id })).await;
    assert_eq!(me["current_org_id"], b.org_id);
}
