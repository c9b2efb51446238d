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
    // A collaborator sees the directory, without the external users; an external user
    // does not see it at all (MEM-6).
    let (status, page) = app.members(&collab, &lr.org_id).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(page["total"], 2);
    assert!(page["members"].as_array().unwrap().iter().all(|m| m["email"] != "x@example.ch"), "{page}");
    let (_, page) =
        app.call(Some(&collab.cookie), "members/list", json!({ "org_id": lr.org_id, "role": "external" })).await;
    assert_eq!(page["total"], 0, "not even by filtering on the role");
    let (_, page) = app.members(&lr, &lr.org_id).await;
    assert_eq!(page["total"], 3, "managers see everyone");
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
    let (status, page) =
        app.call(Some(&lr.cookie), "members/list", json!({ "org_id": lr.org_id, "search": "ZED" })).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(page["total"], 1);
    assert_eq!(page["members"][0]["email"], "zed@example.ch");
    // Wildcards are searched for literally.
    let (_, page) = app.call(Some(&lr.cookie), "members/list", json!({ "org_id": lr.org_id, "search": "%" })).await;
    assert_eq!(page["total"], 0);
    // Paging from a member who is not there (any more) starts again at the beginning.
    let (_, page) =
        app.call(Some(&lr.cookie), "members/list", json!({ "org_id": lr.org_id, "at": { "after": "gone" } })).await;
    assert_eq!(page["has_previous"], false);
    assert_eq!(page["members"].as_array().unwrap().len(), 2);
}

#[tokio::test]
async fn demoting_an_administrator_takes_billing_rights_and_admin_emails_away() {
    let app = TestApp::spawn().await;
    let lr = app.sign_up("lr-demote@example.ch", "Lea", "Rep").await;
    let admin = app.invite_new(&lr, &lr.org_id, "admin-demote@example.ch", "administrator", "Adam").await;
    let (status, body) = app.change_role(&lr, &lr.org_id, &admin.user_id, "collaborator").await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["membership"]["billing_rights"], false);
    assert_eq!(body["membership"]["admin_emails"], json!({ "billing": false, "technical": false, "security": false }));
    // What the list says is what was stored.
    let (_, page) = app.members(&lr, &lr.org_id).await;
    let row =
        page["members"].as_array().unwrap().iter().find(|m| m["user_id"] == admin.user_id.as_str()).unwrap().clone();
    assert_eq!(row["membership"]["role"], "collaborator");
    assert_eq!(row["membership"]["billing_rights"], false);
    assert_eq!(row["membership"]["admin_emails"]["security"], false);

    // Promoted again, the role's permissions come back.
    let (status, body) = app.change_role(&lr, &lr.org_id, &admin.user_id, "administrator").await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["membership"]["billing_rights"], true);
    assert_eq!(body["membership"]["admin_emails"]["billing"], true);
}

#[tokio::test]
async fn an_overlong_search_is_a_clear_422_not_a_failure() {
    let app = TestApp::spawn().await;
    let lr = app.sign_up("search@example.ch", "Sam", "Search").await;
    let body = json!({ "org_id": lr.org_id, "search": "a".repeat(50_000) });
    let (status, answer) = app.call(Some(&lr.cookie), "members/list", body).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{answer}");
    assert_eq!(
        answer,
        json!({ "error": "invalid", "field": "search", "problem": { "text": { "too_long": { "max": 100 } } } })
    );
    // The longest allowed search still answers.
    let body = json!({ "org_id": lr.org_id, "search": "a".repeat(100) });
    let (status, answer) = app.call(Some(&lr.cookie), "members/list", body).await;
    assert_eq!(status, StatusCode::OK, "{answer}");
    assert_eq!(answer["total"], 0);
}

#[tokio::test]
async fn an_administrator_cannot_withdraw_a_legal_representative_invitation_by_inviting_again() {
    let app = TestApp::spawn().await;
    let lr = app.sign_up("lr-inv@example.ch", "Lea", "Rep").await;
    let admin = app.invite_new(&lr, &lr.org_id, "admin-inv@example.ch", "administrator", "Adam").await;
    let (status, offered) = app.invite(&lr, &lr.org_id, "future-lr@example.ch", "legal_representative").await;
    assert_eq!(status, StatusCode::OK, "{offered}");

    // Replacing it with a lesser role would withdraw it: the same rule as revoking.
    let (status, body) = app.invite(&admin, &lr.org_id, "future-lr@example.ch", "external").await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{body}");
    assert_eq!(body["reason"], "only_legal_representative_grants_legal_representative");
    let (_, page) = app.members(&lr, &lr.org_id).await;
    let pending = page["pending"].as_array().unwrap();
    assert_eq!(pending.len(), 1, "{pending:?}");
    assert_eq!(pending[0]["id"], offered["id"]);
    assert_eq!(pending[0]["role"], "legal_representative");

    // The legal representative may replace their own offer.
    let (status, body) = app.invite(&lr, &lr.org_id, "future-lr@example.ch", "external").await;
    assert_eq!(status, StatusCode::OK, "{body}");
}

#[tokio::test]
async fn a_blocked_member_cannot_switch_into_the_organization() {
    let app = TestApp::spawn().await;
    let lr = app.sign_up("lr-block@example.ch", "Lea", "Rep").await;
    let member = app.invite_new(&lr, &lr.org_id, "blocked@example.ch", "collaborator", "Bob").await;
    app.sql("UPDATE memberships SET blocked_at = 1 WHERE org_id = $1 AND user_id = $2", &[&lr.org_id, &member.user_id])
        .await;
    let (status, body) = app.call(Some(&member.cookie), "organizations/switch", json!({ "org_id": lr.org_id })).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{body}");
    assert_eq!(body, json!({ "error": "denied", "reason": "blocked" }));
    let (status, body) = app.members(&member, &lr.org_id).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(body["reason"], "blocked");
    // An organization one is not in at all is refused the same way as before.
    let other = app.sign_up("other-block@example.ch", "Olga", "Other").await;
    let (status, body) = app.call(Some(&other.cookie), "organizations/switch", json!({ "org_id": lr.org_id })).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(body["reason"], "not_a_member");
}

#[tokio::test]
async fn removing_members_follows_the_rules_and_tells_the_person() {
    let app = TestApp::spawn().await;
    let lr = app.sign_up("rm-lr@example.ch", "Lea", "Rep").await;
    let admin = app.invite_new(&lr, &lr.org_id, "rm-admin@example.ch", "administrator", "Adam").await;
    let collab = app.invite_new(&lr, &lr.org_id, "rm-collab@example.ch", "collaborator", "Colette").await;
    let remove = |actor: &crate::helpers::User, user_id: &str| {
        let body = json!({ "org_id": lr.org_id, "user_id": user_id, "password": crate::helpers::PASSWORD });
        let cookie = actor.cookie.clone();
        let app = &app;
        async move { app.call(Some(&cookie), "members/remove", body).await }
    };
    // A collaborator removes nobody; an administrator no legal representative; nobody the last one.
    let (status, body) = remove(&collab, &admin.user_id).await;
    assert_eq!((status, body["reason"].as_str()), (StatusCode::FORBIDDEN, Some("only_managers_manage_members")));
    let (status, body) = remove(&admin, &lr.user_id).await;
    assert_eq!(body["reason"], "only_legal_representative_changes_legal_representative", "{status}");
    let (status, body) = remove(&lr, &lr.user_id).await;
    assert_eq!((status, body["reason"].as_str()), (StatusCode::FORBIDDEN, Some("last_legal_representative")));

    let (status, body) = remove(&admin, &collab.user_id).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let (_, page) = app.members(&lr, &lr.org_id).await;
    assert!(page["members"].as_array().unwrap().iter().all(|m| m["user_id"] != collab.user_id.as_str()));
    let mail = app.last_mail_to("rm-collab@example.ch").await;
    assert_eq!(mail["subject"], "You no longer belong to Lea Rep");
    // The removed person is now a stranger to the organization.
    let (status, body) = app.members(&collab, &lr.org_id).await;
    assert_eq!((status, body["reason"].as_str()), (StatusCode::FORBIDDEN, Some("not_a_member")));
    let (status, _) = remove(&admin, &collab.user_id).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}
