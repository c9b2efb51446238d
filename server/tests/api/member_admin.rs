//! Blocking (SEC-9), permissions (MEM-1, MEM-4), batch actions and keyset paging
//! (MEM-7), removal with the password (MEM-5), and invitations checked again when they
//! are accepted (MEM-2), as a user and an attacker see them over HTTP.

use reqwest::StatusCode;
use serde_json::{json, Value};

use crate::helpers::{TestApp, User, PASSWORD};

async fn op(app: &TestApp, actor: &User, org: &str, endpoint: &str, user_id: &str) -> (StatusCode, Value) {
    app.call(Some(&actor.cookie), endpoint, json!({ "org_id": org, "user_id": user_id })).await
}

fn row<'a>(page: &'a Value, user_id: &str) -> &'a Value {
    page["members"].as_array().unwrap().iter().find(|m| m["user_id"] == user_id).expect("member in the list")
}

#[tokio::test]
async fn blocking_follows_the_rules_and_stops_the_member_at_once() {
    let app = TestApp::spawn().await;
    let lr = app.sign_up("blk-lr@example.ch", "Lea", "Rep").await;
    let admin = app.invite_new(&lr, &lr.org_id, "blk-admin@example.ch", "administrator", "Adam").await;
    let collab = app.invite_new(&lr, &lr.org_id, "blk-collab@example.ch", "collaborator", "Colette").await;
    let ext = app.invite_new(&lr, &lr.org_id, "blk-ext@example.ch", "external", "Ezra").await;
    let stranger = app.sign_up("blk-stranger@example.ch", "Sam", "Stranger").await;
    let org = lr.org_id.clone();

    // Who may block whom.
    for (actor, target, reason) in [
        (&collab, &ext, "only_managers_manage_members"),
        (&ext, &collab, "only_managers_manage_members"),
        (&admin, &lr, "only_legal_representative_changes_legal_representative"),
        (&admin, &admin, "cannot_block_yourself"),
        (&lr, &lr, "cannot_block_yourself"),
        (&stranger, &collab, "not_a_member"),
    ] {
        let (status, body) = op(&app, actor, &org, "members/block", &target.user_id).await;
        assert_eq!((status, body["reason"].as_str()), (StatusCode::FORBIDDEN, Some(reason)), "{body}");
    }
    let (status, _) = app.call(None, "members/block", json!({ "org_id": org, "user_id": collab.user_id })).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    // A member of another organization cannot block in theirs with this one's ids.
    let (status, body) = op(&app, &stranger, &stranger.org_id, "members/block", &collab.user_id).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "{body}");
    let (_, page) = app.members(&lr, &org).await;
    assert_eq!(row(&page, &collab.user_id)["membership"]["blocked"], false, "nothing changed after the refusals");

    // An administrator blocks the collaborator: the collaborator is refused at once.
    let (status, body) = op(&app, &admin, &org, "members/block", &collab.user_id).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["membership"]["blocked"], true);
    let (status, body) = app.members(&collab, &org).await;
    assert_eq!((status, body["reason"].as_str()), (StatusCode::FORBIDDEN, Some("blocked")));
    let mail = app.last_mail_to("blk-collab@example.ch").await;
    assert_eq!(mail["subject"], "Your access to Lea Rep is blocked");
    // The switcher's data shows it as blocked.
    let (_, me) = app.call(Some(&collab.cookie), "auth/me", json!({})).await;
    let mine = me["organizations"].as_array().unwrap().iter().find(|o| o["id"] == org.as_str()).unwrap().clone();
    assert_eq!(mine["membership"]["blocked"], true, "{me}");
    // The list shows it, and filters on it.
    let (_, page) = app.call(Some(&lr.cookie), "members/list", json!({ "org_id": org, "status": "blocked" })).await;
    assert_eq!(page["total"], 1);
    assert_eq!(page["members"][0]["user_id"], collab.user_id.as_str());
    // A blocked member does nothing, not even as a manager would.
    let (status, body) = op(&app, &collab, &org, "members/unblock", &collab.user_id).await;
    assert_eq!((status, body["reason"].as_str()), (StatusCode::FORBIDDEN, Some("blocked")));

    // Unblocked, they are back.
    let (status, body) = op(&app, &admin, &org, "members/unblock", &collab.user_id).await;
    assert_eq!((status, &body["membership"]["blocked"]), (StatusCode::OK, &json!(false)));
    let (status, _) = app.members(&collab, &org).await;
    assert_eq!(status, StatusCode::OK);
    // The counts follow every change (they are kept per version of the membership set).
    let (_, page) = app.call(Some(&lr.cookie), "members/list", json!({ "org_id": org, "status": "blocked" })).await;
    assert_eq!(page["total"], 0);
    let (_, before) = app.members(&lr, &org).await;
    let body = json!({ "org_id": org, "user_id": ext.user_id, "password": PASSWORD });
    assert_eq!(app.call(Some(&lr.cookie), "members/remove", body).await.0, StatusCode::OK);
    let (_, after) = app.members(&lr, &org).await;
    assert_eq!(after["total"].as_u64().unwrap() + 1, before["total"].as_u64().unwrap());
    let audit: Vec<(String,)> =
        sqlx::query_as("SELECT action FROM audit_log WHERE org_id = $1 AND target = $2 ORDER BY created_at")
            .bind(&org)
            .bind(&collab.user_id)
            .fetch_all(app.state.pool())
            .await
            .unwrap();
    let actions: Vec<&str> = audit.iter().map(|(a,)| a.as_str()).collect();
    assert!(actions.ends_with(&["member.blocked", "member.unblocked"]), "{actions:?}");
}

#[tokio::test]
async fn an_organization_keeps_a_legal_representative_who_is_not_blocked() {
    let app = TestApp::spawn().await;
    let a = app.sign_up("keep-a@example.ch", "Anne", "Keep").await;
    let b = app.invite_new(&a, &a.org_id, "keep-b@example.ch", "legal_representative", "Bruno").await;
    let org = a.org_id.clone();
    // a blocks b: allowed, a stays.
    let (status, body) = op(&app, &a, &org, "members/block", &b.user_id).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    // Now a is the only unblocked one: a cannot be demoted nor removed, even by itself.
    let (status, body) = app.change_role(&a, &org, &a.user_id, "administrator").await;
    assert_eq!((status, body["reason"].as_str()), (StatusCode::FORBIDDEN, Some("last_legal_representative")));
    // The blocked legal representative can be demoted: a stays.
    let (status, body) = app.change_role(&a, &org, &b.user_id, "administrator").await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let (_, page) = app.members(&a, &org).await;
    assert_eq!(page["legal_representatives"], 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_legal_representatives_blocking_each_other_at_once_leave_one_unblocked() {
    let app = TestApp::spawn().await;
    for round in 0..5 {
        let a = app.sign_up(&format!("ba{round}@duel.ch"), "Anne", "Duel").await;
        let b = app.invite_new(&a, &a.org_id, &format!("bb{round}@duel.ch"), "legal_representative", "Bruno").await;
        let org = a.org_id.clone();
        let (ra, rb) = tokio::join!(
            op(&app, &a, &org, "members/block", &b.user_id),
            op(&app, &b, &org, "members/block", &a.user_id),
        );
        let ok = [ra.0, rb.0].iter().filter(|s| **s == StatusCode::OK).count();
        assert_eq!(ok, 1, "round {round}: {ra:?} {rb:?}");
        let n = app.unblocked_legal_representatives(&org).await;
        assert_eq!(n, 1, "round {round}");
    }
}

#[tokio::test]
async fn removing_needs_the_password_typed_again() {
    let app = TestApp::spawn().await;
    let lr = app.sign_up("pw-lr@example.ch", "Lea", "Rep").await;
    let collab = app.invite_new(&lr, &lr.org_id, "pw-collab@example.ch", "collaborator", "Colette").await;
    let body = |password: &str| json!({ "org_id": lr.org_id, "user_id": collab.user_id, "password": password });
    for wrong in ["", "not my password at all", &"x".repeat(5000)] {
        let (status, answer) = app.call(Some(&lr.cookie), "members/remove", body(wrong)).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{answer}");
        assert_eq!(answer, json!({ "error": "invalid", "field": "password", "problem": "wrong_password" }));
    }
    assert_eq!(app.role_of(&lr, &lr.org_id, &collab.user_id).await, "collaborator", "still a member");
    let (status, answer) = app.call(Some(&lr.cookie), "members/remove", body(PASSWORD)).await;
    assert_eq!(status, StatusCode::OK, "{answer}");
    // Guessing is throttled like sign-in.
    let other = app.invite_new(&lr, &lr.org_id, "pw-other@example.ch", "collaborator", "Otto").await;
    let mut statuses = Vec::new();
    for _ in 0..8 {
        let guess = json!({ "org_id": lr.org_id, "user_id": other.user_id, "password": "a wrong guess indeed" });
        statuses.push(app.call(Some(&lr.cookie), "members/remove", guess).await.0);
    }
    assert!(statuses.contains(&StatusCode::TOO_MANY_REQUESTS), "{statuses:?}");
}

#[tokio::test]
async fn a_batch_does_what_single_requests_would_and_says_why_not() {
    let app = TestApp::spawn().await;
    let a = app.sign_up("batch-a@example.ch", "Anne", "Batch").await;
    let b = app.invite_new(&a, &a.org_id, "batch-b@example.ch", "legal_representative", "Bruno").await;
    let c = app.invite_new(&a, &a.org_id, "batch-c@example.ch", "collaborator", "Carla").await;
    let admin = app.invite_new(&a, &a.org_id, "batch-admin@example.ch", "administrator", "Adam").await;
    let org = a.org_id.clone();
    let batch = |actor: &User, ids: Vec<&str>, op: Value, password: &str| {
        let body = json!({ "org_id": org, "user_ids": ids, "op": op, "password": password });
        let cookie = actor.cookie.clone();
        let app = &app;
        async move { app.call(Some(&cookie), "members/batch", body).await }
    };
    // Demoting every legal representative at once stops at the last one.
    let (status, out) =
        batch(&a, vec![&a.user_id, &b.user_id], json!({ "op": "change_role", "role": "administrator" }), "").await;
    assert_eq!(status, StatusCode::OK, "{out}");
    let refused: Vec<&Value> = out.as_array().unwrap().iter().filter(|o| !o["error"].is_null()).collect();
    assert_eq!(refused.len(), 1, "{out}");
    assert_eq!(refused[0]["error"]["reason"], "last_legal_representative");
    let (_, page) = app.members(&admin, &org).await;
    assert_eq!(page["legal_representatives"], 1);
    // The one refused is the one who stays legal representative.
    let (lr, demoted) = if refused[0]["user_id"] == a.user_id.as_str() { (&a, &b) } else { (&b, &a) };
    // An administrator's batch skips what it may not touch: the legal representative.
    let (status, out) =
        batch(&admin, vec![&c.user_id, &lr.user_id, &demoted.user_id], json!({ "op": "block" }), "").await;
    assert_eq!(status, StatusCode::OK, "{out}");
    for o in out.as_array().unwrap() {
        let expected = if o["user_id"] == lr.user_id.as_str() {
            json!("only_legal_representative_changes_legal_representative")
        } else {
            Value::Null
        };
        assert_eq!(o["error"]["reason"], expected, "{out}");
    }
    // Granting the legal representative role in a batch is not offered; removing needs the password.
    let (status, _) =
        batch(lr, vec![&c.user_id], json!({ "op": "change_role", "role": "legal_representative" }), "").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let (status, out) = batch(lr, vec![&c.user_id], json!({ "op": "remove" }), "wrong password here").await;
    assert_eq!((status, out["problem"].as_str()), (StatusCode::UNPROCESSABLE_ENTITY, Some("wrong_password")));
    let (status, out) = batch(&c, vec![&admin.user_id], json!({ "op": "block" }), "").await;
    assert_eq!((status, out["reason"].as_str()), (StatusCode::FORBIDDEN, Some("blocked")), "c was blocked above");
    let (status, _) = batch(lr, vec![], json!({ "op": "block" }), "").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let many: Vec<String> = (0..101).map(|i| format!("id{i}")).collect();
    let (status, _) = batch(lr, many.iter().map(String::as_str).collect(), json!({ "op": "block" }), "").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let (status, out) = batch(lr, vec![&c.user_id], json!({ "op": "remove" }), PASSWORD).await;
    assert_eq!(status, StatusCode::OK, "{out}");
    assert!(out[0]["error"].is_null());
}

#[tokio::test]
async fn permissions_change_with_a_summary_and_only_for_the_organization_s_products() {
    let app = TestApp::spawn().await;
    let lr = app.sign_up("perm-lr@example.ch", "Lea", "Rep").await;
    let admin = app.invite_new(&lr, &lr.org_id, "perm-admin@example.ch", "administrator", "Adam").await;
    let collab = app.invite_new(&lr, &lr.org_id, "perm-collab@example.ch", "collaborator", "Colette").await;
    let other = app.sign_up("perm-other@example.ch", "Otto", "Other").await;
    let org = lr.org_id.clone();
    for (id, owner, name) in [("p-mine", &org, "example.ch"), ("p-theirs", &other.org_id, "other.ch")] {
        app.sql(
            "INSERT INTO products (id, org_id, category, kind, name, status, created_at) VALUES ($1, $2, 'web_domains', 'domain', $3, 'active', 0)",
            &[id, owner, name],
        )
        .await;
    }
    let set = |actor: &User, user_id: &str, billing: bool, products: Vec<&str>| {
        let body = json!({ "org_id": org, "user_id": user_id, "billing_rights": billing,
            "admin_emails": { "billing": true, "technical": false, "security": false }, "products": products });
        let cookie = actor.cookie.clone();
        let app = &app;
        async move { app.call(Some(&cookie), "members/set_permissions", body).await }
    };
    let (status, body) = set(&collab, &collab.user_id, true, vec![]).await;
    assert_eq!((status, body["reason"].as_str()), (StatusCode::FORBIDDEN, Some("only_managers_manage_members")));
    let (status, body) = set(&admin, &lr.user_id, true, vec![]).await;
    assert_eq!(body["reason"], "only_legal_representative_changes_legal_representative", "{status}");
    let (status, _) = set(&admin, &collab.user_id, true, vec!["p-theirs"]).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "another organization's product");
    let (status, body) = set(&admin, &collab.user_id, true, vec!["p-mine"]).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!((body["membership"]["billing_rights"].clone(), body["product_access"].clone()), (json!(true), json!(1)));
    let mail = app.last_mail_to("perm-collab@example.ch").await;
    assert_eq!(mail["subject"], "Your permissions in Lea Rep have changed");
    assert!(mail["body"].as_str().unwrap().contains("Billing rights (see and pay invoices): yes"), "{mail}");
    let (status, body) =
        app.call(Some(&admin.cookie), "members/permissions", json!({ "org_id": org, "user_id": collab.user_id })).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["products"], json!([{ "id": "p-mine", "name": "example.ch", "kind": "domain", "granted": true }]));
    // Tenant isolation: the other organization's legal representative sees nothing of it.
    let (status, _) =
        app.call(Some(&other.cookie), "members/permissions", json!({ "org_id": org, "user_id": collab.user_id })).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    // Managers keep billing rights whatever is asked.
    let (status, body) = set(&lr, &admin.user_id, false, vec![]).await;
    assert_eq!((status, &body["membership"]["billing_rights"]), (StatusCode::OK, &json!(true)));
}

#[tokio::test]
async fn an_invitation_whose_sender_may_no_longer_grant_its_role_grants_nothing() {
    let app = TestApp::spawn().await;
    let lr = app.sign_up("recheck-lr@example.ch", "Lea", "Rep").await;
    let admin = app.invite_new(&lr, &lr.org_id, "recheck-admin@example.ch", "administrator", "Adam").await;
    let invitee = app.sign_up("recheck-new@example.ch", "Nina", "New").await;
    let (status, body) = app.invite(&admin, &lr.org_id, "recheck-new@example.ch", "administrator").await;
    assert_eq!(status, StatusCode::OK, "{body}");
    // The sender is demoted before the invitation is accepted.
    let (status, _) = app.change_role(&lr, &lr.org_id, &admin.user_id, "collaborator").await;
    assert_eq!(status, StatusCode::OK);
    let (_, mine) = app.call(Some(&invitee.cookie), "invitations/mine", json!({})).await;
    let id = mine[0]["id"].as_str().expect("the invitation is in the inbox").to_string();
    let (status, body) = app.call(Some(&invitee.cookie), "invitations/accept", json!({ "invitation_id": id })).await;
    assert_eq!(status, StatusCode::GONE, "{body}");
    assert_eq!(body, json!({ "error": "invitation_no_longer_grants", "role": "administrator" }));
    let (status, _) = app.members(&invitee, &lr.org_id).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "not a member");
}

#[tokio::test]
async fn deep_pages_are_keyset_pages_and_search_finds_word_starts() {
    let app = TestApp::spawn().await;
    let lr = app.sign_up("keyset@example.ch", "Lea", "Aaron").await;
    let org = lr.org_id.clone();
    // 120 members straight into the database, indexed as the server indexes them.
    for i in 0..120 {
        let id = format!("u{i:03}");
        let (first, last, email) = (format!("Zoé{i:03}"), format!("Member{i:03}"), format!("m{i:03}@bulk.example"));
        app.sql(
            "INSERT INTO users (id, email, email_verified_at, password_hash, first_name, last_name, account_type, created_at) \
             VALUES ($1, $2, 0, 'x', $3, $4, 'individual', 0)",
            &[&id, &email, &first, &last],
        )
        .await;
        let sort = format!("{} {}", last.to_lowercase(), first.to_lowercase());
        app.sql(
            "INSERT INTO memberships (org_id, user_id, role, sort_name, created_at) VALUES ($1, $2, 'collaborator', $3, 0)",
            &[&org, &id, &sort],
        )
        .await;
        for w in domain::text::search_words(&first, &last, &email) {
            app.sql("INSERT INTO member_search_words (org_id, word, user_id) VALUES ($1, $2, $3)", &[&org, &w, &id])
                .await;
        }
    }
    // Written behind the server's back: say the membership set changed, as the server does.
    app.sql("UPDATE organizations SET member_version = member_version + 1 WHERE id = $1", &[&org]).await;
    let list = |at: Value, search: &str| {
        let body = json!({ "org_id": org, "search": search, "at": at });
        let app = &app;
        let cookie = lr.cookie.clone();
        async move { app.call(Some(&cookie), "members/list", body).await.1 }
    };
    let ids = |page: &Value| -> Vec<String> {
        page["members"].as_array().unwrap().iter().map(|m| m["user_id"].as_str().unwrap().to_string()).collect()
    };
    let first = list(json!("first"), "").await;
    assert_eq!(
        (first["total"].clone(), first["has_previous"].clone(), first["has_next"].clone()),
        (json!(121), json!(false), json!(true))
    );
    let mut seen = ids(&first);
    let mut page = first;
    while page["has_next"] == true {
        let after = seen.last().unwrap().clone();
        page = list(json!({ "after": after }), "").await;
        assert_eq!(page["has_previous"], true);
        seen.extend(ids(&page));
    }
    assert_eq!(seen.len(), 121, "every member once");
    let mut sorted = seen.clone();
    sorted.dedup();
    assert_eq!(sorted.len(), 121);
    let last = list(json!("last"), "").await;
    assert_eq!(ids(&last), seen[seen.len() - ids(&last).len()..].to_vec(), "the last page is the end of the list");
    assert_eq!(last["has_next"], false);
    let back = list(json!({ "before": ids(&last)[0] }), "").await;
    assert_eq!(ids(&back), seen[seen.len() - ids(&last).len() - 50..seen.len() - ids(&last).len()].to_vec());
    // Search: word starts, accents ignored, several words must all match.
    assert_eq!(list(json!("first"), "zoe").await["total"], 120);
    assert_eq!(list(json!("first"), "member11").await["total"], 10);
    assert_eq!(list(json!("first"), "ZOÉ member007").await["total"], 1);
    assert_eq!(list(json!("first"), "bulk.example").await["total"], 120);
    assert_eq!(list(json!("first"), "ember").await["total"], 0, "the middle of a word is not a start");
    assert_eq!(list(json!("first"), "%").await["total"], 0);
}

#[tokio::test]
async fn an_invitation_gives_the_products_it_offers_and_only_the_organization_s() {
    let app = TestApp::spawn().await;
    let lr = app.sign_up("offer-lr@example.ch", "Lea", "Rep").await;
    let other = app.sign_up("offer-other@example.ch", "Otto", "Other").await;
    for (id, owner) in [("p-ours", &lr.org_id), ("p-other", &other.org_id)] {
        app.sql(
            "INSERT INTO products (id, org_id, category, kind, name, status, created_at) VALUES ($1, $2, 'web_domains', 'domain', $1, 'active', 0)",
            &[id, owner],
        )
        .await;
    }
    let invite = |email: &str, role: &str, products: Vec<&str>| {
        let body = json!({ "org_id": lr.org_id, "email": email, "role": role, "products": products });
        let app = &app;
        let cookie = lr.cookie.clone();
        async move { app.call(Some(&cookie), "members/invite", body).await }
    };
    let (status, _) = invite("x1@example.ch", "collaborator", vec!["p-other"]).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "another organization's product");
    let (status, _) = invite("x2@example.ch", "administrator", vec!["p-ours"]).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "managers manage every product already");
    let (count,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM invitations WHERE org_id = $1")
        .bind(&lr.org_id)
        .fetch_one(app.state.pool())
        .await
        .unwrap();
    assert_eq!(count, 0, "nothing was sent after a refusal");
    let (_, products) = app.call(Some(&lr.cookie), "members/products", json!({ "org_id": lr.org_id })).await;
    assert_eq!(products, json!([{ "id": "p-ours", "name": "p-ours", "kind": "domain", "granted": false }]));
    let (status, body) = invite("offer-new@example.ch", "collaborator", vec!["p-ours"]).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let mail = app.last_mail_to("offer-new@example.ch").await;
    let token = crate::helpers::link_param(&mail, "invitation=");
    let body = crate::helpers::sign_up_body("offer-new@example.ch", "Nina", "New", Some(&token));
    let (status, me) = app.call(None, "auth/sign_up", body).await;
    assert_eq!(status, StatusCode::OK, "{me}");
    let (_, page) = app.members(&lr, &lr.org_id).await;
    let nina = page["members"].as_array().unwrap().iter().find(|m| m["email"] == "offer-new@example.ch").unwrap();
    assert_eq!(nina["product_access"], 1);
    // Products are for managers to hand out: a collaborator may not list them.
    let (status, _) = app.call(Some(&other.cookie), "members/products", json!({ "org_id": lr.org_id })).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
}
