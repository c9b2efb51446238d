//! Invitations (MEM-2): new people through the emailed link, existing accounts in the
//! console, each in the invitee's language.

use reqwest::StatusCode;
use serde_json::json;

use crate::helpers::{link_param, sign_up_body, TestApp};

#[tokio::test]
async fn a_new_person_joins_through_the_emailed_link_without_an_organization_of_their_own() {
    let app = TestApp::spawn().await;
    let lr = app.sign_up("host@example.ch", "Hanna", "Host").await;
    let (status, body) = app.invite(&lr, &lr.org_id, "Newbie@Example.ch", "administrator").await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["email"], "newbie@example.ch");
    let mail = app.last_mail_to("newbie@example.ch").await;
    assert_eq!(mail["subject"], "Hanna Host invites you to join Hanna Host");
    let token = link_param(&mail, "invitation=");
    let (status, preview) = app.call(None, "invitations/preview", json!({ "token": token })).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(preview, json!({ "org_name": "Hanna Host", "email": "newbie@example.ch", "role": "administrator" }));

    // The link is for that address only.
    let (status, body) =
        app.call(None, "auth/sign_up", sign_up_body("thief@example.ch", "Tom", "Thief", Some(&token))).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(body["error"], "invitation_other_email");

    let (status, out) =
        app.call(None, "auth/sign_up", sign_up_body("newbie@example.ch", "Nina", "Newbie", Some(&token))).await;
    assert_eq!(status, StatusCode::OK, "{out}");
    assert_eq!(out["outcome"], "signed_in");
    let orgs = out["me"]["organizations"].as_array().unwrap();
    assert_eq!(orgs.len(), 1, "joined the inviting organization instead of creating one");
    assert_eq!(orgs[0]["id"], lr.org_id);
    assert_eq!(orgs[0]["membership"]["role"], "administrator");

    // Used once; the pending list is empty again.
    let (status, _) = app.call(None, "invitations/preview", json!({ "token": token })).await;
    assert_eq!(status, StatusCode::GONE);
    let (_, page) = app.members(&lr, &lr.org_id).await;
    assert_eq!(page["pending"], json!([]));
    assert_eq!(page["total"], 2);
}

#[tokio::test]
async fn an_existing_account_accepts_or_declines_in_the_console_in_its_own_language() {
    let app = TestApp::spawn().await;
    let lr = app.sign_up("inviter@example.ch", "Ines", "Inviter").await;
    let other = app.sign_up("existing@example.ch", "Eva", "Existing").await;
    let (status, _) = app.call(Some(&other.cookie), "profile/set_language", json!({ "lang": "fr" })).await;
    assert_eq!(status, StatusCode::OK);

    let (status, _) = app.invite(&lr, &lr.org_id, "existing@example.ch", "collaborator").await;
    assert_eq!(status, StatusCode::OK);
    let mail = app.last_mail_to("existing@example.ch").await;
    assert_eq!(mail["subject"], "Ines Inviter vous invite à rejoindre Ines Inviter");
    assert!(mail["body"].as_str().unwrap().contains("/sign-in"), "signs in rather than signs up");
    assert!(mail["body"].as_str().unwrap().contains("Collaborateur"));

    let (status, list) = app.call(Some(&other.cookie), "invitations/mine", json!({})).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(list.as_array().unwrap().len(), 1);
    assert_eq!(list[0]["org_name"], "Ines Inviter");
    let id = list[0]["id"].as_str().unwrap().to_string();

    // Someone else cannot answer it.
    let (status, _) = app.call(Some(&lr.cookie), "invitations/accept", json!({ "invitation_id": id })).await;
    assert_eq!(status, StatusCode::GONE);

    let (status, me) = app.call(Some(&other.cookie), "invitations/accept", json!({ "invitation_id": id })).await;
    assert_eq!(status, StatusCode::OK, "{me}");
    assert_eq!(me["current_org_id"], lr.org_id, "switched to the organization just joined");
    assert_eq!(me["organizations"].as_array().unwrap().len(), 2);
    assert_eq!(app.role_of(&lr, &lr.org_id, &other.user_id).await, "collaborator");

    // Inviting a member again is refused.
    let (status, body) = app.invite(&lr, &lr.org_id, "existing@example.ch", "external").await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(body["error"], "already_member");

    // A declined invitation disappears and adds nobody.
    let third = app.sign_up("decliner@example.ch", "Dan", "Decliner").await;
    app.invite(&lr, &lr.org_id, "decliner@example.ch", "collaborator").await;
    let (_, list) = app.call(Some(&third.cookie), "invitations/mine", json!({})).await;
    let id = list[0]["id"].as_str().unwrap().to_string();
    let (status, _) = app.call(Some(&third.cookie), "invitations/decline", json!({ "invitation_id": id })).await;
    assert_eq!(status, StatusCode::OK);
    let (_, list) = app.call(Some(&third.cookie), "invitations/mine", json!({})).await;
    assert_eq!(list, json!([]));
    let (status, _) = app.call(Some(&third.cookie), "invitations/accept", json!({ "invitation_id": id })).await;
    assert_eq!(status, StatusCode::GONE);
    let (_, page) = app.members(&lr, &lr.org_id).await;
    assert_eq!(page["total"], 2);
}

#[tokio::test]
async fn inviting_again_replaces_the_pending_invitation() {
    let app = TestApp::spawn().await;
    let lr = app.sign_up("again@example.ch", "Agnes", "Again").await;
    app.invite(&lr, &lr.org_id, "twice@example.ch", "collaborator").await;
    let first = link_param(&app.last_mail_to("twice@example.ch").await, "invitation=");
    app.invite(&lr, &lr.org_id, "twice@example.ch", "administrator").await;
    let (_, page) = app.members(&lr, &lr.org_id).await;
    assert_eq!(page["pending"].as_array().unwrap().len(), 1);
    assert_eq!(page["pending"][0]["role"], "administrator");
    let (status, _) = app.call(None, "invitations/preview", json!({ "token": first })).await;
    assert_eq!(status, StatusCode::GONE, "the first link no longer works");
}

#[tokio::test]
async fn managers_resend_and_revoke_pending_invitations_within_their_rights() {
    let app = TestApp::spawn().await;
    let lr = app.sign_up("chief@example.ch", "Chief", "Person").await;
    let admin = app.invite_new(&lr, &lr.org_id, "deputy@example.ch", "administrator", "Dana").await;
    let outsider = app.sign_up("outsider@example.ch", "Otto", "Outsider").await;
    let manage = |who: &crate::helpers::User, endpoint: &str, id: &str| {
        let body = json!({ "org_id": lr.org_id, "invitation_id": id });
        let cookie = who.cookie.clone();
        let endpoint = endpoint.to_string();
        let app = &app;
        async move { app.call(Some(&cookie), &endpoint, body).await }
    };

    // An administrator may not touch an invitation that offers the legal representative role.
    let (_, lr_invite) = app.invite(&lr, &lr.org_id, "future-lr@example.ch", "legal_representative").await;
    let lr_invite_id = lr_invite["id"].as_str().unwrap().to_string();
    for endpoint in ["members/resend_invitation", "members/revoke_invitation"] {
        let (status, body) = manage(&admin, endpoint, &lr_invite_id).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{endpoint}");
        assert_eq!(body["reason"], "only_legal_representative_grants_legal_representative");
        let (status, body) = manage(&outsider, endpoint, &lr_invite_id).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{endpoint}");
        assert_eq!(body["reason"], "not_a_member");
    }

    // Resending gives a fresh link and kills the old one.
    let (_, invite) = app.invite(&lr, &lr.org_id, "temp@example.ch", "collaborator").await;
    let old = link_param(&app.last_mail_to("temp@example.ch").await, "invitation=");
    let (status, resent) = manage(&admin, "members/resend_invitation", invite["id"].as_str().unwrap()).await;
    assert_eq!(status, StatusCode::OK, "{resent}");
    let new = link_param(&app.last_mail_to("temp@example.ch").await, "invitation=");
    assert_ne!(old, new);
    assert_eq!(app.call(None, "invitations/preview", json!({ "token": old })).await.0, StatusCode::GONE);
    assert_eq!(app.call(None, "invitations/preview", json!({ "token": new })).await.0, StatusCode::OK);

    // Revoking kills the link; revoking twice is refused.
    let resent_id = resent["id"].as_str().unwrap().to_string();
    let (status, _) = manage(&admin, "members/revoke_invitation", &resent_id).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(app.call(None, "invitations/preview", json!({ "token": new })).await.0, StatusCode::GONE);
    let (status, body) = manage(&admin, "members/revoke_invitation", &resent_id).await;
    assert_eq!(status, StatusCode::GONE);
    assert_eq!(body["error"], "invitation_invalid");

    let (_, page) = app.members(&lr, &lr.org_id).await;
    let pending: Vec<_> = page["pending"].as_array().unwrap().iter().map(|p| p["email"].clone()).collect();
    assert_eq!(pending, vec![json!("future-lr@example.ch")]);
}

#[tokio::test]
async fn an_invitation_link_stops_working_when_it_expires() {
    let app = TestApp::spawn().await;
    let lr = app.sign_up("lr-expiry@example.ch", "Lea", "Rep").await;
    let (status, _) = app.invite(&lr, &lr.org_id, "late@example.ch", "collaborator").await;
    assert_eq!(status, StatusCode::OK);
    let token = crate::helpers::link_param(&app.last_mail_to("late@example.ch").await, "invitation=");
    let (status, preview) = app.call(None, "invitations/preview", json!({ "token": token })).await;
    assert_eq!(status, StatusCode::OK, "{preview}");
    // Still valid on the sixth day, gone after the seventh.
    app.clock.advance(6 * 24 * 3600 * 1000);
    let (status, _) = app.call(None, "invitations/preview", json!({ "token": token })).await;
    assert_eq!(status, StatusCode::OK);
    app.clock.advance(24 * 3600 * 1000 + 1);
    let (status, body) = app.call(None, "invitations/preview", json!({ "token": token })).await;
    assert_eq!(status, StatusCode::GONE, "{body}");
    assert_eq!(body["error"], "invitation_invalid");
    let (status, _, cookie) = app.sign_in("lr-expiry@example.ch", crate::helpers::PASSWORD).await;
    assert_eq!(status, StatusCode::OK);
    let lr = crate::helpers::User { cookie: cookie.unwrap(), ..lr };
    let (_, page) = app.members(&lr, &lr.org_id).await;
    assert_eq!(page["pending"], json!([]), "an expired invitation is no longer pending");
}
