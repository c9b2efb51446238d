//! Products (PRD-1…5, PRD-8, MEM-1): the authorization matrix of every endpoint (legal
//! representative, administrator, collaborator with and without access, external user
//! with access, blocked product, member of another organization), the emails of
//! blocking, termination only through the emailed link, bundled products, and the office
//! suite's upgrade-only rule paid from the balance.

use reqwest::StatusCode;
use serde_json::{json, Value};

use crate::helpers::{link_param, TestApp, User};

struct World {
    app: TestApp,
    lr: User,
    admin: User,
    /// Granted the domain and the mail service.
    collab: User,
    /// Granted nothing.
    collab_none: User,
    /// Granted the domain.
    external: User,
    /// Legal representative of another organization.
    outsider: User,
    domain: String,
    mail: String,
    suite: String,
    drive: String,
    nas: String,
    /// The other organization's product.
    foreign: String,
}

async fn product(app: &TestApp, id: &str, org: &str, kind: &str, name: &str, offer: &str, parent: Option<&str>) {
    let category = domain::ProductKind::parse(kind).unwrap().category().code();
    let (users, storage) = match offer {
        "office_suite_s" => ("5", "50"),
        "office_suite_m" => ("20", "500"),
        _ => ("", ""),
    };
    app.sql(
        "INSERT INTO products (id, org_id, category, kind, name, status, expires_at, renewal_warranty, created_at, offer, \
         users_quota, storage_gb, bundle_parent_id) VALUES ($1, $2, $3, $4, $5, 'active', 4102444800000, 0, 0, $6, \
         CAST(NULLIF($7, '') AS BIGINT), CAST(NULLIF($8, '') AS BIGINT), NULLIF($9, ''))",
        &[id, org, category, kind, name, offer, users, storage, parent.unwrap_or("")],
    )
    .await;
}

async fn grant(app: &TestApp, org: &str, user: &User, product: &str) {
    app.sql(
        "INSERT INTO product_access (org_id, user_id, product_id) VALUES ($1, $2, $3)",
        &[org, &user.user_id, product],
    )
    .await;
}

async fn world() -> World {
    let app = TestApp::spawn().await;
    let lr = app.sign_up("lr@example.ch", "Lea", "Rep").await;
    let org = lr.org_id.clone();
    let admin = app.invite_new(&lr, &org, "admin@example.ch", "administrator", "Adam").await;
    let collab = app.invite_new(&lr, &org, "collab@example.ch", "collaborator", "Colette").await;
    let collab_none = app.invite_new(&lr, &org, "none@example.ch", "collaborator", "Nina").await;
    let external = app.invite_new(&lr, &org, "ext@example.ch", "external", "Xena").await;
    let outsider = app.sign_up("out@example.fr", "Otto", "Side").await;
    product(&app, "p-domain", &org, "domain", "example.ch", "domain_ch", None).await;
    product(&app, "p-mail", &org, "mail_service", "Mail example.ch", "mail_service", None).await;
    product(&app, "p-suite", &org, "office_suite", "Suite", "office_suite_m", None).await;
    product(&app, "p-drive", &org, "drive", "Suite drive", "drive", Some("p-suite")).await;
    product(&app, "p-nas", &org, "nas", "Office NAS", "nas", None).await;
    product(&app, "p-foreign", &outsider.org_id, "domain", "other.fr", "domain_fr", None).await;
    grant(&app, &org, &collab, "p-domain").await;
    grant(&app, &org, &collab, "p-mail").await;
    grant(&app, &org, &external, "p-domain").await;
    World {
        app,
        lr,
        admin,
        collab,
        collab_none,
        external,
        outsider,
        domain: "p-domain".into(),
        mail: "p-mail".into(),
        suite: "p-suite".into(),
        drive: "p-drive".into(),
        nas: "p-nas".into(),
        foreign: "p-foreign".into(),
    }
}

fn denied(reason: &str) -> (StatusCode, Value) {
    (StatusCode::FORBIDDEN, json!({ "error": "denied", "reason": reason }))
}

fn not_found() -> (StatusCode, Value) {
    (StatusCode::NOT_FOUND, json!({ "error": "not_found" }))
}

async fn status_of(app: &TestApp, id: &str) -> String {
    let (s,): (String,) =
        sqlx::query_as("SELECT status FROM products WHERE id = $1").bind(id).fetch_one(app.state.pool()).await.unwrap();
    s
}

/// (id, granted, blocked) of each listed product.
async fn listed(w: &World, who: &User, kind: Option<&str>) -> Vec<(String, bool, bool)> {
    let (status, body) =
        w.app.call(Some(&who.cookie), "products/list", json!({ "org_id": w.lr.org_id, "kind": kind })).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let mut out: Vec<(String, bool, bool)> = body["products"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (p["id"].as_str().unwrap().to_string(), p["granted"].as_bool().unwrap(), p["blocked"].as_bool().unwrap())
        })
        .collect();
    out.sort();
    out
}

#[tokio::test]
async fn everyone_sees_the_list_and_only_granted_products_are_manageable() {
    let w = world().await;
    let all = |granted: &[&str]| {
        let mut v: Vec<(String, bool, bool)> = ["p-domain", "p-drive", "p-mail", "p-nas", "p-suite"]
            .iter()
            .map(|id| (id.to_string(), granted.contains(id), false))
            .collect();
        v.sort();
        v
    };
    let every = ["p-domain", "p-drive", "p-mail", "p-nas", "p-suite"];
    assert_eq!(listed(&w, &w.lr, None).await, all(&every));
    assert_eq!(listed(&w, &w.admin, None).await, all(&every));
    assert_eq!(listed(&w, &w.collab, None).await, all(&["p-domain", "p-mail"]));
    assert_eq!(listed(&w, &w.collab_none, None).await, all(&[]));
    assert_eq!(listed(&w, &w.external, None).await, all(&["p-domain"]));
    // one type
    assert_eq!(listed(&w, &w.collab, Some("mail_service")).await, vec![("p-mail".to_string(), true, false)]);
    // the other organization's member sees nothing of it, and its own list has only its own
    let answer = w.app.call(Some(&w.outsider.cookie), "products/list", json!({ "org_id": w.lr.org_id })).await;
    assert_eq!(answer, denied("not_a_member"));
    let (_, own) = w.app.call(Some(&w.outsider.cookie), "products/list", json!({ "org_id": w.outsider.org_id })).await;
    assert_eq!(own["products"].as_array().unwrap().len(), 1);
    assert_eq!(own["products"][0]["id"], w.foreign);
    // an unknown type is a request no console sends
    let (status, _) =
        w.app.call(Some(&w.lr.cookie), "products/list", json!({ "org_id": w.lr.org_id, "kind": "spaceship" })).await;
    assert!(status.is_client_error(), "{status}");
    // counts per type
    let (status, summary) =
        w.app.call(Some(&w.collab.cookie), "products/summary", json!({ "org_id": w.lr.org_id })).await;
    assert_eq!(status, StatusCode::OK, "{summary}");
    let kinds: Vec<(String, u64)> = summary["kinds"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| (k["kind"].as_str().unwrap().to_string(), k["count"].as_u64().unwrap()))
        .collect();
    assert_eq!(
        kinds,
        vec![
            ("domain".to_string(), 1),
            ("office_suite".to_string(), 1),
            ("mail_service".to_string(), 1),
            ("drive".to_string(), 1),
            ("nas".to_string(), 1)
        ]
    );
    let answer = w.app.call(Some(&w.outsider.cookie), "products/summary", json!({ "org_id": w.lr.org_id })).await;
    assert_eq!(answer, denied("not_a_member"));
}

#[tokio::test]
async fn the_dashboard_says_who_has_access_and_stays_within_its_organization() {
    let w = world().await;
    let (status, d) = w
        .app
        .call(Some(&w.collab.cookie), "products/get", json!({ "org_id": w.lr.org_id, "product_id": w.domain }))
        .await;
    assert_eq!(status, StatusCode::OK, "{d}");
    let mut people: Vec<&str> = d["access"].as_array().unwrap().iter().map(|p| p["email"].as_str().unwrap()).collect();
    people.sort();
    assert_eq!(people, vec!["admin@example.ch", "collab@example.ch", "ext@example.ch", "lr@example.ch"]);
    assert_eq!(d["product"]["granted"], true);
    assert_eq!(d["termination_pending"], false);
    let (_, suite) =
        w.app.call(Some(&w.lr.cookie), "products/get", json!({ "org_id": w.lr.org_id, "product_id": w.suite })).await;
    assert_eq!(suite["bundled"][0]["id"], w.drive);
    assert_eq!(suite["users_quota"], 20);
    assert_eq!(suite["currency"], "EUR");
    // another organization's product, named with this organization: not found
    let answer =
        w.app.call(Some(&w.lr.cookie), "products/get", json!({ "org_id": w.lr.org_id, "product_id": w.foreign })).await;
    assert_eq!(answer, not_found());
    let answer = w
        .app
        .call(Some(&w.outsider.cookie), "products/get", json!({ "org_id": w.lr.org_id, "product_id": w.domain }))
        .await;
    assert_eq!(answer, denied("not_a_member"));
}

#[tokio::test]
async fn blocking_is_for_managers_emails_everyone_and_stops_limited_members() {
    let w = world().await;
    let org = w.lr.org_id.clone();
    let block = |who: &User, ids: Vec<&str>| {
        let (cookie, body, app) = (who.cookie.clone(), json!({ "org_id": org, "product_ids": ids }), &w.app);
        async move { app.call(Some(&cookie), "products/block", body).await }
    };
    assert_eq!(block(&w.collab, vec!["p-domain"]).await, denied("only_managers_block_products"));
    assert_eq!(block(&w.external, vec!["p-domain"]).await, denied("only_managers_block_products"));
    assert_eq!(block(&w.outsider, vec!["p-domain"]).await, denied("not_a_member"));
    // another organization's product in the batch: nothing happens
    assert_eq!(block(&w.admin, vec!["p-domain", "p-foreign"]).await, not_found());
    assert_eq!(listed(&w, &w.collab, Some("domain")).await, vec![("p-domain".to_string(), true, false)]);

    let (status, rows) = block(&w.admin, vec!["p-domain", "p-mail"]).await;
    assert_eq!(status, StatusCode::OK, "{rows}");
    assert!(rows.as_array().unwrap().iter().all(|r| r["blocked"] == true));
    for to in ["lr@example.ch", "admin@example.ch", "collab@example.ch", "none@example.ch", "ext@example.ch"] {
        let mail = w.app.mail_to_about(to, "example.ch").await;
        let subject = mail["subject"].as_str().unwrap();
        assert!(subject.contains("bloqu") || subject.contains("blocked"), "{subject}");
    }
    assert!(!w
        .app
        .outbox()
        .await
        .iter()
        .any(|m| m["to"] == "out@example.fr" && m["subject"].as_str().unwrap().contains("example.ch")));
    assert_eq!(listed(&w, &w.collab, Some("domain")).await, vec![("p-domain".to_string(), true, true)]);
    // a limited member no longer manages it; managers still do
    let maintenance = |who: &User, on: bool| {
        let (cookie, body, app) =
            (who.cookie.clone(), json!({ "org_id": org, "product_id": "p-mail", "on": on }), &w.app);
        async move { app.call(Some(&cookie), "products/set_maintenance", body).await }
    };
    assert_eq!(maintenance(&w.collab, true).await, denied("product_management_blocked"));
    assert_eq!(maintenance(&w.admin, true).await.0, StatusCode::OK);
    // only managers unblock
    let unblock = |who: &User| {
        let (cookie, body, app) = (who.cookie.clone(), json!({ "org_id": org, "product_ids": ["p-mail"] }), &w.app);
        async move { app.call(Some(&cookie), "products/unblock", body).await }
    };
    assert_eq!(unblock(&w.collab).await, denied("only_managers_block_products"));
    let (status, rows) = unblock(&w.lr).await;
    assert_eq!(status, StatusCode::OK, "{rows}");
    assert_eq!(rows[0]["blocked"], false);
    assert_eq!(maintenance(&w.collab, false).await.0, StatusCode::OK);
    let audit: Vec<(String,)> = sqlx::query_as(
        "SELECT action FROM audit_log WHERE org_id = $1 AND action LIKE 'product.%' ORDER BY created_at, id",
    )
    .bind(&org)
    .fetch_all(w.app.state.pool())
    .await
    .unwrap();
    let actions: Vec<&str> = audit.iter().map(|(a,)| a.as_str()).collect();
    assert_eq!(actions.iter().filter(|a| **a == "product.blocked").count(), 2);
    assert!(actions.contains(&"product.unblocked") && actions.contains(&"product.maintenance_on"));
    // an empty or oversized batch is refused
    assert_eq!(block(&w.admin, vec![]).await.0, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn maintenance_is_for_whoever_manages_a_mail_service() {
    let w = world().await;
    let org = w.lr.org_id.clone();
    let call = |who: &User, product: &str, on: bool| {
        let (cookie, body, app) =
            (who.cookie.clone(), json!({ "org_id": org, "product_id": product, "on": on }), &w.app);
        async move { app.call(Some(&cookie), "products/set_maintenance", body).await }
    };
    let (status, row) = call(&w.collab, &w.mail, true).await;
    assert_eq!(status, StatusCode::OK, "{row}");
    assert_eq!(row["maintenance"], true);
    assert_eq!(call(&w.collab_none, "p-mail", false).await, denied("product_not_granted"));
    assert_eq!(call(&w.external, "p-mail", false).await, denied("product_not_granted"));
    assert_eq!(call(&w.outsider, "p-mail", false).await, denied("not_a_member"));
    assert_eq!(call(&w.external, "p-domain", true).await.0, StatusCode::BAD_REQUEST);
    assert_eq!(call(&w.lr, "p-foreign", true).await, not_found());
    let (_, row) = call(&w.lr, "p-mail", false).await;
    assert_eq!(row["maintenance"], false);
}

#[tokio::test]
async fn termination_happens_only_through_the_requesters_emailed_link() {
    let w = world().await;
    let org = w.lr.org_id.clone();
    let request = |who: &User, product: &str| {
        let (cookie, body, app) = (who.cookie.clone(), json!({ "org_id": org, "product_id": product }), &w.app);
        async move { app.call(Some(&cookie), "products/request_termination", body).await }
    };
    assert_eq!(request(&w.collab, "p-domain").await, denied("only_managers_terminate"));
    assert_eq!(request(&w.external, "p-domain").await, denied("only_managers_terminate"));
    assert_eq!(request(&w.outsider, "p-domain").await, denied("not_a_member"));
    assert_eq!(request(&w.lr, "p-foreign").await, not_found());
    // a bundled product ends with its suite only
    assert_eq!(request(&w.lr, &w.drive).await, denied("bundled_with_suite"));

    let (status, body) = request(&w.lr, "p-domain").await;
    assert_eq!(status, StatusCode::OK, "{body}");
    // nothing changes without the link
    assert_eq!(status_of(&w.app, "p-domain").await, "active");
    w.app.clock.advance(60_000);
    assert_eq!(status_of(&w.app, "p-domain").await, "active");
    let (_, d) =
        w.app.call(Some(&w.lr.cookie), "products/get", json!({ "org_id": org, "product_id": "p-domain" })).await;
    assert_eq!(d["termination_pending"], true);
    let told = w.app.mail_to_about("admin@example.ch", "example.ch").await;
    assert!(told["body"].as_str().unwrap().contains("Lea"), "{told}");
    assert!(!told["body"].as_str().unwrap().contains("token="));
    let mail = w.app.mail_to_about("lr@example.ch", "example.ch").await;
    let token = link_param(&mail, "#token=");

    let confirm = |cookie: Option<&str>, token: &str| {
        let (cookie, body, app) = (cookie.map(str::to_string), json!({ "token": token }), &w.app);
        async move { app.call(cookie.as_deref(), "products/confirm_termination", body).await }
    };
    let gone = (StatusCode::GONE, json!({ "error": "link_invalid" }));
    // a made-up link, or someone else's session
    assert_eq!(confirm(None, "not-a-token").await, gone);
    assert_eq!(confirm(Some(&w.admin.cookie), &token).await, gone);
    assert_eq!(confirm(Some(&w.outsider.cookie), &token).await, gone);
    assert_eq!(status_of(&w.app, "p-domain").await, "active");
    // the requester's link
    assert_eq!(confirm(Some(&w.lr.cookie), &token).await, (StatusCode::OK, json!("example.ch")));
    assert_eq!(status_of(&w.app, "p-domain").await, "terminated");
    // used once only
    assert_eq!(confirm(Some(&w.lr.cookie), &token).await, gone);
    assert_eq!(confirm(None, &token).await, gone);
    let done = w.app.mail_to_about("admin@example.ch", "terminated").await;
    assert!(done["subject"].as_str().unwrap().contains("example.ch"));
    // gone from the lists
    assert!(!listed(&w, &w.lr, None).await.iter().any(|(id, _, _)| id == "p-domain"));
    let answer =
        w.app.call(Some(&w.lr.cookie), "products/get", json!({ "org_id": org, "product_id": "p-domain" })).await;
    assert_eq!(answer, not_found());
}

#[tokio::test]
async fn a_link_expires_is_replaced_by_a_new_request_and_ends_the_bundle_with_the_suite() {
    let w = world().await;
    let org = w.lr.org_id.clone();
    let request = |product: &str| {
        w.app.call(
            Some(&w.admin.cookie),
            "products/request_termination",
            json!({ "org_id": org, "product_id": product }),
        )
    };
    let confirm = |token: String| w.app.call(None, "products/confirm_termination", json!({ "token": token }));
    assert_eq!(request(&w.nas).await.0, StatusCode::OK);
    let first = link_param(&w.app.mail_to_about("admin@example.ch", "Office NAS").await, "#token=");
    w.app.clock.advance(25 * 3600 * 1000);
    assert_eq!(confirm(first).await.0, StatusCode::GONE);
    assert_eq!(status_of(&w.app, &w.nas).await, "active");

    assert_eq!(request(&w.suite).await.0, StatusCode::OK);
    let older = link_param(&w.app.mail_to_about("admin@example.ch", "Suite").await, "#token=");
    w.app.clock.advance(1000);
    assert_eq!(request(&w.suite).await.0, StatusCode::OK);
    let newer = link_param(&w.app.mail_to_about("admin@example.ch", "Suite").await, "#token=");
    assert_ne!(older, newer);
    assert_eq!(confirm(older).await.0, StatusCode::GONE);
    assert_eq!(confirm(newer).await, (StatusCode::OK, json!("Suite")));
    assert_eq!(status_of(&w.app, &w.suite).await, "terminated");
    assert_eq!(status_of(&w.app, &w.drive).await, "terminated");
}

async fn balance(app: &TestApp, org: &str) -> i64 {
    let (b,): (i64,) = sqlx::query_as("SELECT prepaid_balance_minor FROM organizations WHERE id = $1")
        .bind(org)
        .fetch_one(app.state.pool())
        .await
        .unwrap();
    b
}

async fn invoices(app: &TestApp, org: &str) -> Vec<(String, String, i64)> {
    sqlx::query_as("SELECT number, status, total_minor FROM invoices WHERE org_id = $1 ORDER BY number")
        .bind(org)
        .fetch_all(app.state.pool())
        .await
        .unwrap()
}

#[tokio::test]
async fn an_office_suite_only_moves_up_paid_from_the_balance() {
    let w = world().await;
    let org = w.lr.org_id.clone();
    let upgrade = |who: &User, product: &str, offer: &str| {
        let (cookie, body, app) =
            (who.cookie.clone(), json!({ "org_id": org, "product_id": product, "offer": offer }), &w.app);
        async move { app.call(Some(&cookie), "products/upgrade_office_suite", body).await }
    };
    // never down, never sideways, never another kind
    assert_eq!(upgrade(&w.lr, &w.suite, "office_suite_s").await, denied("upgrade_only"));
    assert_eq!(upgrade(&w.lr, &w.suite, "office_suite_m").await, denied("upgrade_only"));
    assert_eq!(upgrade(&w.lr, &w.suite, "nas").await, denied("upgrade_only"));
    assert_eq!(upgrade(&w.lr, &w.nas, "office_suite_l").await, denied("upgrade_only"));
    assert_eq!(upgrade(&w.lr, &w.suite, "no_such_offer").await.0, StatusCode::BAD_REQUEST);
    // never another organization's, never by an outsider
    assert_eq!(upgrade(&w.lr, &w.foreign, "office_suite_l").await, not_found());
    assert_eq!(upgrade(&w.outsider, &w.suite, "office_suite_l").await, denied("not_a_member"));
    // limited members: access to the product and billing rights
    assert_eq!(upgrade(&w.collab, &w.suite, "office_suite_l").await, denied("product_not_granted"));
    grant(&w.app, &org, &w.collab, &w.suite).await;
    assert_eq!(upgrade(&w.collab, &w.suite, "office_suite_l").await, denied("no_billing_rights"));
    // the balance must cover the difference; otherwise nothing changes
    assert_eq!(upgrade(&w.lr, &w.suite, "office_suite_l").await, denied("balance_too_low_for_upgrade"));
    assert!(invoices(&w.app, &org).await.is_empty());
    w.app.sql("UPDATE organizations SET prepaid_balance_minor = 200000 WHERE id = $1", &[&org]).await;
    let (status, body) = upgrade(&w.admin, &w.suite, "office_suite_l").await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["product"]["offer"], "office_suite_l");
    let difference = 142800 - 33600;
    let issued = invoices(&w.app, &org).await;
    assert_eq!(issued.len(), 1);
    assert_eq!(issued[0].0, body["invoice_number"].as_str().unwrap());
    assert_eq!(issued[0].1, "paid");
    // VAT by the organization's country (FR)
    let vat = domain::Money::new(difference, domain::Currency::Eur)
        .percent_bp(domain::billing::vat_rate_bp("FR"))
        .unwrap()
        .minor();
    assert!(vat > 0);
    assert_eq!(issued[0].2, difference + vat);
    assert_eq!(balance(&w.app, &org).await, 200000 - difference - vat);
    let (_, d) = w.app.call(Some(&w.lr.cookie), "products/get", json!({ "org_id": org, "product_id": w.suite })).await;
    assert_eq!((d["users_quota"].clone(), d["storage_gb"].clone()), (json!(100), json!(3000)));
    // and no way back
    assert_eq!(upgrade(&w.lr, &w.suite, "office_suite_m").await, denied("upgrade_only"));
}
