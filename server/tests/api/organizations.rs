//! "My organizations", creating, leaving and deleting an organization (ORG-1, ORG-2,
//! ORG-6, ORG-7), as a user or an attacker sees them over HTTP: who may do what in their
//! own organization and in another one, every reason that holds a change back (and that
//! nothing changed then), the emails, the audit entries, and where the session lands.

use reqwest::StatusCode;
use serde_json::{json, Value};

use crate::helpers::{TestApp, User, PASSWORD};

async fn count(app: &TestApp, statement: &str, args: &[&str]) -> i64 {
    let mut q = sqlx::query_as::<_, (i64,)>(statement);
    for a in args {
        q = q.bind(*a);
    }
    q.fetch_one(app.state.pool()).await.expect("count").0
}

async fn is_member(app: &TestApp, org_id: &str, user_id: &str) -> bool {
    count(app, "SELECT COUNT(*) FROM memberships WHERE org_id = $1 AND user_id = $2", &[org_id, user_id]).await == 1
}

async fn create(app: &TestApp, user: &User, name: &str, kind: &str, country: &str) -> (StatusCode, Value) {
    app.call(Some(&user.cookie), "organizations/create", json!({ "name": name, "kind": kind, "country": country }))
        .await
}

async fn leave(app: &TestApp, cookie: Option<&str>, org_id: &str) -> (StatusCode, Value) {
    app.call(cookie, "organizations/leave", json!({ "org_id": org_id })).await
}

async fn mine(app: &TestApp, user: &User) -> Vec<Value> {
    let (status, body) = app.call(Some(&user.cookie), "organizations/mine", json!({})).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    body.as_array().unwrap().clone()
}

async fn delete(app: &TestApp, cookie: Option<&str>, org_id: &str, password: &str) -> (StatusCode, Value) {
    let body = json!({ "org_id": org_id, "password": password, "email_invoices": false });
    app.call(cookie, "organizations/delete", body).await
}

async fn check(app: &TestApp, cookie: Option<&str>, org_id: &str) -> (StatusCode, Value) {
    app.call(cookie, "organizations/deletion_check", json!({ "org_id": org_id })).await
}

async fn exists(app: &TestApp, org_id: &str) -> bool {
    count(app, "SELECT COUNT(*) FROM organizations WHERE id = $1 AND deleted_at IS NULL", &[org_id]).await == 1
}

/// One organization with every kind of member, and someone from elsewhere.
struct Cast {
    lr: User,
    lr2: User,
    admin: User,
    collab: User,
    external: User,
    blocked: User,
    outsider: User,
}

async fn cast(app: &TestApp, tag: &str) -> Cast {
    let lr = app.sign_up(&format!("lr@{tag}.ch"), "Lea", "Rep").await;
    let org = lr.org_id.clone();
    let lr2 = app.invite_new(&lr, &org, &format!("lr2@{tag}.ch"), "legal_representative", "Leon").await;
    let admin = app.invite_new(&lr, &org, &format!("admin@{tag}.ch"), "administrator", "Adam").await;
    let collab = app.invite_new(&lr, &org, &format!("collab@{tag}.ch"), "collaborator", "Colette").await;
    let external = app.invite_new(&lr, &org, &format!("ext@{tag}.ch"), "external", "Xena").await;
    let blocked = app.invite_new(&lr, &org, &format!("blocked@{tag}.ch"), "administrator", "Bob").await;
    app.sql("UPDATE memberships SET blocked_at = 1 WHERE org_id = $1 AND user_id = $2", &[&org, &blocked.user_id])
        .await;
    let outsider = app.sign_up(&format!("out@{tag}.ch"), "Otto", "Side").await;
    Cast { lr, lr2, admin, collab, external, blocked, outsider }
}

#[tokio::test]
async fn creating_an_organization_makes_the_creator_its_legal_representative_and_lands_there() {
    let app = TestApp::spawn().await;
    let user = app.sign_up("anna@example.ch", "Anna", "Founder").await;
    let (status, me) = create(&app, &user, "Atelier Nord", "company", "CH").await;
    assert_eq!(status, StatusCode::OK, "{me}");
    let new_id = me["current_org_id"].as_str().unwrap().to_string();
    assert_ne!(new_id, user.org_id);
    let org = me["organizations"].as_array().unwrap().iter().find(|o| o["id"] == new_id).unwrap().clone();
    assert_eq!(org["name"], "Atelier Nord");
    assert_eq!(org["membership"]["role"], "legal_representative");
    assert_eq!(count(&app, "SELECT COUNT(*) FROM organizations WHERE id = $1 AND currency = 'CHF' AND country = 'CH' AND kind = 'company'", &[&new_id]).await, 1);
    let (_, me) = app.call(Some(&user.cookie), "auth/me", json!({})).await;
    assert_eq!(me["current_org_id"], new_id.as_str(), "the session works in the new organization");
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM audit_log WHERE org_id = $1 AND action = 'organization.created'", &[&new_id])
            .await,
        1
    );

    // Everywhere else, euros.
    let (status, me) = create(&app, &user, "Verein Süd", "association", "de").await;
    assert_eq!(status, StatusCode::OK, "{me}");
    let id = me["current_org_id"].as_str().unwrap();
    assert_eq!(count(&app, "SELECT COUNT(*) FROM organizations WHERE id = $1 AND currency = 'EUR'", &[id]).await, 1);
    assert_eq!(mine(&app, &user).await.len(), 3);
}

#[tokio::test]
async fn a_bad_creation_is_a_clear_refusal_and_creates_nothing() {
    let app = TestApp::spawn().await;
    let user = app.sign_up("bad@example.ch", "Bad", "Input").await;
    let before = count(&app, "SELECT COUNT(*) FROM organizations", &[]).await;
    let (status, body) = create(&app, &user, "Fine name", "company", "XX").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body, json!({ "error": "invalid", "field": "country", "problem": "not_a_choice" }));
    let (status, body) = create(&app, &user, &"n".repeat(300), "company", "FR").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert_eq!(body["field"], "organization_name");
    let (status, body) = create(&app, &user, "   ", "company", "FR").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    let (status, body) = create(&app, &user, "Pirates", "pirate_ship", "FR").await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
    let (status, _) =
        app.call(None, "organizations/create", json!({ "name": "X", "kind": "company", "country": "FR" })).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM organizations", &[]).await, before);
}

#[tokio::test]
async fn creation_is_rate_limited_per_account() {
    let app = TestApp::spawn().await;
    let user = app.sign_up("busy@example.ch", "Busy", "Bee").await;
    for i in 0..10 {
        let (status, body) = create(&app, &user, &format!("Org {i}"), "company", "FR").await;
        assert_eq!(status, StatusCode::OK, "{i}: {body}");
    }
    let (status, body) = create(&app, &user, "One too many", "company", "FR").await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS, "{body}");
    assert_eq!(body["error"], "rate_limited");
    assert_eq!(count(&app, "SELECT COUNT(*) FROM organizations WHERE name = 'One too many'", &[]).await, 0);
    // Another account is not held back.
    let other = app.sign_up("calm@example.ch", "Calm", "Cat").await;
    assert_eq!(create(&app, &other, "Calm org", "company", "FR").await.0, StatusCode::OK);
}

#[tokio::test]
async fn my_organizations_lists_roles_legal_representatives_and_every_reason_to_stay() {
    let app = TestApp::spawn().await;
    let c = cast(&app, "list").await;
    let list = mine(&app, &c.lr).await;
    assert_eq!(list.len(), 1);
    assert_eq!(list[0]["id"], c.lr.org_id.as_str());
    assert_eq!(list[0]["legal_representatives"], json!(["Lea Rep", "Leon Tester"]));
    assert_eq!(list[0]["leave_refusals"], json!([]), "two legal representatives: either may leave");
    let list = mine(&app, &c.blocked).await;
    assert_eq!(list[0]["membership"]["blocked"], true);
    assert_eq!(list[0]["leave_refusals"], json!(["blocked"]));

    // The outsider alone in their organization, with a seat and a hosted login email.
    let org = c.outsider.org_id.clone();
    app.sql("INSERT INTO products (id, org_id, category, kind, name, status, created_at) VALUES ('suite1', $1, 'collaborative', 'office_suite', 'Suite', 'active', 0)", &[&org]).await;
    app.sql("INSERT INTO product_seats (product_id, user_id) VALUES ('suite1', $1)", &[&c.outsider.user_id]).await;
    app.sql("INSERT INTO products (id, org_id, category, kind, name, status, created_at) VALUES ('mail1', $1, 'collaborative', 'mail_service', 'Mail', 'active', 0)", &[&org]).await;
    app.sql("INSERT INTO mail_domains (product_id, domain) VALUES ('mail1', 'list.ch')", &[]).await;
    let list = mine(&app, &c.outsider).await;
    assert_eq!(
        list[0]["leave_refusals"],
        json!(["last_legal_representative_leaving", "in_office_suite", "login_hosted_here"])
    );
    assert_eq!(app.call(None, "organizations/mine", json!({})).await.0, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn who_may_leave_which_organization() {
    let app = TestApp::spawn().await;
    let c = cast(&app, "leave").await;
    let org = c.lr.org_id.clone();
    let other = c.outsider.org_id.clone();
    let everyone = [&c.lr, &c.lr2, &c.admin, &c.collab, &c.external, &c.blocked];

    // Another organization: nobody of this one may "leave" it, nothing changes.
    for u in everyone {
        let (status, body) = leave(&app, Some(&u.cookie), &other).await;
        assert_eq!(status, StatusCode::FORBIDDEN);
        assert_eq!(body, json!({ "error": "denied", "reason": "not_a_member" }));
    }
    assert!(is_member(&app, &other, &c.outsider.user_id).await);
    let (status, body) = leave(&app, Some(&c.outsider.cookie), &org).await;
    assert_eq!((status, body["reason"].clone()), (StatusCode::FORBIDDEN, json!("not_a_member")));
    assert_eq!(leave(&app, None, &org).await.0, StatusCode::UNAUTHORIZED);
    let (status, body) = leave(&app, Some(&c.blocked.cookie), &org).await;
    assert_eq!((status, body["reason"].clone()), (StatusCode::FORBIDDEN, json!("blocked")));
    assert!(is_member(&app, &org, &c.blocked.user_id).await, "a refusal changes nothing");

    // Every role may leave while another unblocked legal representative stays.
    for u in [&c.external, &c.collab, &c.admin, &c.lr2] {
        let (status, me) = leave(&app, Some(&u.cookie), &org).await;
        assert_eq!(status, StatusCode::OK, "{me}");
        assert!(!is_member(&app, &org, &u.user_id).await);
        assert!(me["organizations"].as_array().unwrap().iter().all(|o| o["id"] != org.as_str()));
        assert!(me["current_org_id"] != org.as_str(), "the session no longer works there: {me}");
    }
    // The last one may not, though a blocked legal representative remains.
    app.sql(
        "UPDATE memberships SET role = 'legal_representative' WHERE org_id = $1 AND user_id = $2",
        &[&org, &c.blocked.user_id],
    )
    .await;
    let (status, body) = leave(&app, Some(&c.lr.cookie), &org).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(body, json!({ "error": "denied", "reason": "last_legal_representative_leaving" }));
    assert!(is_member(&app, &org, &c.lr.user_id).await);
}

#[tokio::test]
async fn leaving_tells_the_legal_representatives_records_it_and_lands_elsewhere() {
    let app = TestApp::spawn().await;
    let lr = app.sign_up("boss@leaving.ch", "Bea", "Boss").await;
    let member = app.invite_new(&lr, &lr.org_id, "member@leaving.ch", "collaborator", "Mia").await;
    // Mia also has an organization of her own, which becomes current.
    let (status, me) = create(&app, &member, "Mia's shop", "individual", "FR").await;
    assert_eq!(status, StatusCode::OK, "{me}");
    let own = me["current_org_id"].as_str().unwrap().to_string();
    app.call(Some(&member.cookie), "organizations/switch", json!({ "org_id": lr.org_id })).await;

    let (status, me) = leave(&app, Some(&member.cookie), &lr.org_id).await;
    assert_eq!(status, StatusCode::OK, "{me}");
    assert_eq!(me["current_org_id"], own.as_str());
    let (_, me) = app.call(Some(&member.cookie), "auth/me", json!({})).await;
    assert_eq!(me["current_org_id"], own.as_str(), "the session stays out of the left organization");
    let mail = app.last_mail_to("boss@leaving.ch").await;
    assert_eq!(mail["subject"], "Mia Tester left Bea Boss");
    assert!(mail["body"].as_str().unwrap().contains("member@leaving.ch"));
    let audit = count(
        &app,
        "SELECT COUNT(*) FROM audit_log WHERE org_id = $1 AND action = 'member.left' AND target = $2",
        &[&lr.org_id, &member.user_id],
    )
    .await;
    assert_eq!(audit, 1);
    // Back in: refused, the organization is not hers any more.
    let (status, _) = app.call(Some(&member.cookie), "organizations/switch", json!({ "org_id": lr.org_id })).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn leaving_with_nowhere_else_is_the_empty_state() {
    let app = TestApp::spawn().await;
    let lr = app.sign_up("only@alone.ch", "Only", "One").await;
    let guest = app.invite_new(&lr, &lr.org_id, "guest@alone.ch", "external", "Gus").await;
    let (status, me) = leave(&app, Some(&guest.cookie), &lr.org_id).await;
    assert_eq!(status, StatusCode::OK, "{me}");
    assert_eq!(me["organizations"], json!([]));
    assert_eq!(me["current_org_id"], Value::Null);
}

#[tokio::test]
async fn an_office_suite_seat_or_a_hosted_login_email_holds_a_member_back() {
    let app = TestApp::spawn().await;
    let lr = app.sign_up("lr@hosted.ch", "Lia", "Rep").await;
    let org = lr.org_id.clone();
    let member = app.invite_new(&lr, &org, "staff@hosted.ch", "collaborator", "Sara").await;
    app.sql("INSERT INTO products (id, org_id, category, kind, name, status, created_at) VALUES ('suite', $1, 'collaborative', 'office_suite', 'Suite', 'active', 0)", &[&org]).await;
    app.sql("INSERT INTO product_seats (product_id, user_id) VALUES ('suite', $1)", &[&member.user_id]).await;
    let (status, body) = leave(&app, Some(&member.cookie), &org).await;
    assert_eq!((status, body), (StatusCode::FORBIDDEN, json!({ "error": "denied", "reason": "in_office_suite" })));

    // A terminated suite holds nobody back; a running mail service for the login domain does.
    app.sql("UPDATE products SET status = 'terminated', terminated_at = 5 WHERE id = 'suite'", &[]).await;
    app.sql("INSERT INTO products (id, org_id, category, kind, name, status, created_at) VALUES ('mail', $1, 'collaborative', 'mail_service', 'Mail', 'active', 0)", &[&org]).await;
    app.sql("INSERT INTO mail_domains (product_id, domain) VALUES ('mail', 'hosted.ch')", &[]).await;
    let (status, body) = leave(&app, Some(&member.cookie), &org).await;
    assert_eq!((status, body), (StatusCode::FORBIDDEN, json!({ "error": "denied", "reason": "login_hosted_here" })));
    // Another organization's mail service for that domain is not this one's.
    let other = app.sign_up("x@elsewhere.ch", "Xavier", "Else").await;
    app.sql("UPDATE products SET org_id = $1 WHERE id = 'mail'", &[&other.org_id]).await;
    assert!(is_member(&app, &org, &member.user_id).await);
    let (status, body) = leave(&app, Some(&member.cookie), &org).await;
    assert_eq!(status, StatusCode::OK, "{body}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_legal_representatives_leaving_at_once_leave_one() {
    let app = TestApp::spawn().await;
    for round in 0..10 {
        let a = app.sign_up(&format!("a{round}@exit.ch"), "Anne", "Exit").await;
        let b = app.invite_new(&a, &a.org_id, &format!("b{round}@exit.ch"), "legal_representative", "Bruno").await;
        let org = a.org_id.clone();
        let (ra, rb) = tokio::join!(leave(&app, Some(&a.cookie), &org), leave(&app, Some(&b.cookie), &org));
        let ok = [ra.0, rb.0].iter().filter(|s| **s == StatusCode::OK).count();
        assert_eq!(ok, 1, "round {round}: {ra:?} {rb:?}");
        let refused = if ra.0 == StatusCode::OK { &rb.1 } else { &ra.1 };
        assert_eq!(refused, &json!({ "error": "denied", "reason": "last_legal_representative_leaving" }));
        let lrs = count(
            &app,
            "SELECT COUNT(*) FROM memberships WHERE org_id = $1 AND role = 'legal_representative' AND blocked_at IS NULL",
            &[&org],
        )
        .await;
        assert_eq!(lrs, 1, "round {round}");
    }
}

#[tokio::test]
async fn who_may_see_and_ask_for_the_deletion_of_which_organization() {
    let app = TestApp::spawn().await;
    let c = cast(&app, "del").await;
    let org = c.lr.org_id.clone();
    let other = c.outsider.org_id.clone();

    for (u, expected) in [
        (&c.collab, "only_managers_delete"),
        (&c.external, "only_managers_delete"),
        (&c.blocked, "blocked"),
        (&c.outsider, "not_a_member"),
    ] {
        let (status, body) = check(&app, Some(&u.cookie), &org).await;
        assert_eq!((status, body["reason"].clone()), (StatusCode::FORBIDDEN, json!(expected)));
        let (status, body) = delete(&app, Some(&u.cookie), &org, PASSWORD).await;
        assert_eq!((status, body["reason"].clone()), (StatusCode::FORBIDDEN, json!(expected)));
    }
    for u in [&c.lr, &c.lr2, &c.admin, &c.collab, &c.external, &c.blocked] {
        let (status, body) = delete(&app, Some(&u.cookie), &other, PASSWORD).await;
        assert_eq!((status, body["reason"].clone()), (StatusCode::FORBIDDEN, json!("not_a_member")));
        let (status, _) = check(&app, Some(&u.cookie), &other).await;
        assert_eq!(status, StatusCode::FORBIDDEN);
    }
    assert_eq!(check(&app, None, &org).await.0, StatusCode::UNAUTHORIZED);
    assert_eq!(delete(&app, None, &org, PASSWORD).await.0, StatusCode::UNAUTHORIZED);

    // Managers may ask; the other members stand in the way.
    for u in [&c.lr, &c.admin] {
        let (status, body) = check(&app, Some(&u.cookie), &org).await;
        assert_eq!(status, StatusCode::OK, "{body}");
        assert_eq!(body["blockers"], json!([{ "kind": "other_members", "count": 5 }]));
        let (status, body) = delete(&app, Some(&u.cookie), &org, PASSWORD).await;
        assert_eq!(status, StatusCode::CONFLICT, "{body}");
        assert_eq!(body["error"], "deletion_blocked");
    }
    assert!(exists(&app, &org).await && exists(&app, &other).await, "nothing was deleted");
    assert_eq!(count(&app, "SELECT COUNT(*) FROM memberships WHERE org_id = $1", &[&org]).await, 6);
}

#[tokio::test]
async fn every_unmet_condition_is_named_and_blocks_the_deletion() {
    let app = TestApp::spawn().await;
    let lr = app.sign_up("owner@cond.ch", "Olga", "Owner").await;
    let org = lr.org_id.clone();
    let (status, body) = check(&app, Some(&lr.cookie), &org).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["blockers"], json!([]));

    app.sql("INSERT INTO products (id, org_id, category, kind, name, status, created_at) VALUES ('p1', $1, 'web_domains', 'domain', 'cond.ch', 'active', 0)", &[&org]).await;
    app.sql("INSERT INTO products (id, org_id, category, kind, name, status, created_at, terminated_at) VALUES ('p2', $1, 'web_domains', 'domain', 'old.ch', 'terminated', 0, 1)", &[&org]).await;
    app.invite_new(&lr, &org, "helper@cond.ch", "collaborator", "Hal").await;
    app.sql("INSERT INTO invoices (id, org_id, number, status, currency, total_minor, issued_at) VALUES ('i1', $1, 'F-1', 'unpaid', 'EUR', 1000, 0)", &[&org]).await;
    app.sql("INSERT INTO invoices (id, org_id, number, status, currency, total_minor, issued_at) VALUES ('i2', $1, 'F-2', 'paid', 'EUR', 2500, 0)", &[&org]).await;
    app.sql("UPDATE organizations SET prepaid_balance_minor = 1250 WHERE id = $1", &[&org]).await;
    let (status, body) = check(&app, Some(&lr.cookie), &org).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let all = json!([
        { "kind": "products", "count": 1 },
        { "kind": "other_members", "count": 1 },
        { "kind": "unpaid_invoices", "count": 1 },
        { "kind": "prepaid_balance", "minor": 1250 },
    ]);
    assert_eq!(body["blockers"], all);
    assert_eq!(body["currency"], "EUR");
    assert_eq!(body["paid_invoices"], 1);
    let (status, body) = delete(&app, Some(&lr.cookie), &org, PASSWORD).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(body, json!({ "error": "deletion_blocked", "blockers": all, "currency": "EUR" }));
    assert!(exists(&app, &org).await);
    assert!(is_member(&app, &org, &lr.user_id).await);
}

#[tokio::test]
async fn a_wrong_password_deletes_nothing_and_guessing_is_held_back() {
    let app = TestApp::spawn().await;
    let lr = app.sign_up("guess@pw.ch", "Gina", "Guess").await;
    let org = lr.org_id.clone();
    let (status, body) = delete(&app, Some(&lr.cookie), &org, "not my password at all").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body, json!({ "error": "invalid", "field": "password", "problem": "wrong_password" }));
    let (status, _) = delete(&app, Some(&lr.cookie), &org, &"x".repeat(5_000)).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "refused before hashing");
    let mut limited = false;
    for _ in 0..8 {
        let (status, _) = delete(&app, Some(&lr.cookie), &org, "still not my password").await;
        if status == StatusCode::TOO_MANY_REQUESTS {
            limited = true;
            break;
        }
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    }
    assert!(limited, "guesses are rate-limited");
    let (status, body) = delete(&app, Some(&lr.cookie), &org, PASSWORD).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS, "even the right password waits: {body}");
    assert!(exists(&app, &org).await);
    // Once the wait is over, the right password works.
    app.clock.advance(60 * 60_000);
    let (status, body) = delete(&app, Some(&lr.cookie), &org, PASSWORD).await;
    assert_eq!(status, StatusCode::OK, "{body}");
}

#[tokio::test]
async fn deleting_revokes_invitations_records_emails_the_invoices_and_lands_elsewhere() {
    let app = TestApp::spawn().await;
    let lr = app.sign_up("closing@end.ch", "Clara", "Close").await;
    let first = lr.org_id.clone();
    let (_, me) = create(&app, &lr, "Closing Ltd", "company", "CH").await;
    let org = me["current_org_id"].as_str().unwrap().to_string();
    let (status, body) = app.invite(&lr, &org, "pending@end.ch", "collaborator").await;
    assert_eq!(status, StatusCode::OK, "{body}");
    app.sql("INSERT INTO invoices (id, org_id, number, status, currency, total_minor, issued_at) VALUES ('paid1', $1, 'F-2026-7', 'paid', 'CHF', 12050, 1709164800000)", &[&org]).await;
    app.sql("INSERT INTO products (id, org_id, category, kind, name, status, created_at, terminated_at) VALUES ('gone', $1, 'web_domains', 'domain', 'gone.ch', 'terminated', 0, 1)", &[&org]).await;

    let body = json!({ "org_id": org, "password": PASSWORD, "email_invoices": true });
    let (status, me) = app.call(Some(&lr.cookie), "organizations/delete", body).await;
    assert_eq!(status, StatusCode::OK, "{me}");
    assert_eq!(me["current_org_id"], first.as_str(), "the account survives, in its other organization");
    assert!(me["organizations"].as_array().unwrap().iter().all(|o| o["id"] != org.as_str()));
    assert!(!exists(&app, &org).await);
    assert!(!is_member(&app, &org, &lr.user_id).await);
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM invitations WHERE org_id = $1 AND revoked_at IS NULL", &[&org]).await,
        0
    );
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM audit_log WHERE org_id = $1 AND action = 'organization.deleted'", &[&org])
            .await,
        1
    );
    let mail = app.last_mail_to("closing@end.ch").await;
    assert_eq!(mail["subject"], "The paid invoices of Closing Ltd");
    assert!(mail["body"].as_str().unwrap().contains("F-2026-7, Feb 29, 2024, CHF\u{a0}120.50"), "{mail}");
    let (_, me) = app.call(Some(&lr.cookie), "auth/me", json!({})).await;
    assert_eq!(me["current_org_id"], first.as_str());
    // Gone for good: no switching back, no second deletion.
    let (status, _) = app.call(Some(&lr.cookie), "organizations/switch", json!({ "org_id": org })).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _) = delete(&app, Some(&lr.cookie), &org, PASSWORD).await;
    assert_eq!(status, StatusCode::FORBIDDEN);

    // Deleting the last one leaves the account with none.
    let (status, me) = delete(&app, Some(&lr.cookie), &first, PASSWORD).await;
    assert_eq!(status, StatusCode::OK, "{me}");
    assert_eq!((me["organizations"].clone(), me["current_org_id"].clone()), (json!([]), Value::Null));
    let (status, _, _) = app.sign_in("closing@end.ch", PASSWORD).await;
    assert_eq!(status, StatusCode::OK, "the account still signs in");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_deletion_racing_a_leave_or_another_deletion_never_leaves_a_member_behind() {
    let app = TestApp::spawn().await;
    for round in 0..10 {
        let a = app.sign_up(&format!("a{round}@race.ch"), "Ada", "Race").await;
        let b = app.invite_new(&a, &a.org_id, &format!("b{round}@race.ch"), "legal_representative", "Ben").await;
        let org = a.org_id.clone();
        // B leaving makes A alone, which A's deletion needs: both orders are fine, and
        // a deleted organization never keeps a member.
        let (del, left) =
            tokio::join!(delete(&app, Some(&a.cookie), &org, PASSWORD), leave(&app, Some(&b.cookie), &org));
        assert_eq!(left.0, StatusCode::OK, "round {round}: {left:?}");
        assert!([StatusCode::OK, StatusCode::CONFLICT].contains(&del.0), "round {round}: {del:?}");
        let members = count(&app, "SELECT COUNT(*) FROM memberships WHERE org_id = $1", &[&org]).await;
        if exists(&app, &org).await {
            assert_eq!(del.0, StatusCode::CONFLICT);
            assert_eq!(members, 1, "round {round}");
        } else {
            assert_eq!(members, 0, "round {round}");
        }
        // Two deletions at once: one does it, the other finds nothing to delete.
        let (first, second) =
            tokio::join!(delete(&app, Some(&a.cookie), &org, PASSWORD), delete(&app, Some(&a.cookie), &org, PASSWORD));
        if del.0 == StatusCode::CONFLICT {
            let ok = [first.0, second.0].iter().filter(|s| **s == StatusCode::OK).count();
            assert_eq!(ok, 1, "round {round}: {first:?} {second:?}");
        }
        assert!(!exists(&app, &org).await);
        let audits = count(
            &app,
            "SELECT COUNT(*) FROM audit_log WHERE org_id = $1 AND action = 'organization.deleted'",
            &[&org],
        )
        .await;
        assert_eq!(audits, 1, "round {round}");
    }
}
