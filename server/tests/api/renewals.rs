//! Renewals (PRD-6, PRD-7): renewal warranty for a selection with its authorization
//! matrix, the scheduler's reminders, automatic renewals, redemption, restore and
//! release — each run once, with the clock moved, not waited for.

use reqwest::StatusCode;
use serde_json::{json, Value};
use server::clock::DAY_MS;
use server::scheduler::run_once;

use crate::helpers::{TestApp, User};

/// A product of `org_id` expiring `in_days` from the server's now; answers its id.
async fn product(app: &TestApp, org_id: &str, kind: &str, name: &str, in_days: i64, warranty: bool) -> String {
    let id = format!("p{}", name.replace('.', "_"));
    let category = match kind {
        "nas" => "nas",
        "mail_service" => "collaborative",
        _ => "web_domains",
    };
    let extension = if kind == "domain" { format!("'{}'", name.rsplit('.').next().unwrap()) } else { "NULL".into() };
    let expires = app.state.now() + in_days * DAY_MS;
    app.sql(
        &format!(
            "INSERT INTO products (id, org_id, category, kind, name, status, expires_at, renewal_warranty, created_at, \
             extension, period_months, price_minor) VALUES ('{id}', $1, '{category}', '{kind}', '{name}', 'active', \
             {expires}, {}, 0, {extension}, 12, 1000)",
            i64::from(warranty)
        ),
        &[org_id],
    )
    .await;
    id
}

async fn value(app: &TestApp, sql: &str, arg: &str) -> String {
    let (v,): (String,) = sqlx::query_as(sql).bind(arg).fetch_one(app.state.pool()).await.unwrap();
    v
}

async fn number(app: &TestApp, sql: &str, arg: &str) -> i64 {
    let (v,): (i64,) = sqlx::query_as(sql).bind(arg).fetch_one(app.state.pool()).await.unwrap();
    v
}

async fn status_of(app: &TestApp, product: &str) -> String {
    value(app, "SELECT status FROM products WHERE id = $1", product).await
}

async fn expiry_of(app: &TestApp, product: &str) -> i64 {
    number(app, "SELECT expires_at FROM products WHERE id = $1", product).await
}

async fn balance(app: &TestApp, org: &str) -> i64 {
    number(app, "SELECT prepaid_balance_minor FROM organizations WHERE id = $1", org).await
}

async fn top_up(app: &TestApp, org: &str, minor: i64) {
    app.sql(&format!("UPDATE organizations SET prepaid_balance_minor = {minor} WHERE id = $1"), &[org]).await;
}

async fn mails_about(app: &TestApp, to: &str, subject: &str) -> usize {
    app.outbox()
        .await
        .iter()
        .filter(|m| m["to"] == to && m["subject"].as_str().is_some_and(|s| s.contains(subject)))
        .count()
}

async fn set_warranty(app: &TestApp, who: &User, org: &str, ids: &[&str], on: bool) -> (StatusCode, Value) {
    app.call(Some(&who.cookie), "renewals/set_warranty", json!({ "org_id": org, "product_ids": ids, "on": on })).await
}

async fn warranty_of(app: &TestApp, product: &str) -> i64 {
    number(app, "SELECT renewal_warranty FROM products WHERE id = $1", product).await
}

#[tokio::test]
async fn set_warranty_authorization_matrix() {
    let app = TestApp::spawn().await;
    let lr = app.sign_up("lr@example.fr", "Lea", "Rep").await;
    let org = lr.org_id.clone();
    let p = product(&app, &org, "domain", "matrix.ch", 100, false).await;
    let admin = app.invite_new(&lr, &org, "admin@example.fr", "administrator", "Ada").await;
    let collab = app.invite_new(&lr, &org, "collab@example.fr", "collaborator", "Col").await;
    let billing = app.invite_new(&lr, &org, "billing@example.fr", "collaborator", "Bill").await;
    let granted = app.invite_new(&lr, &org, "granted@example.fr", "collaborator", "Gran").await;
    let external = app.invite_new(&lr, &org, "ext@example.fr", "external", "Ext").await;
    for u in [&billing, &granted, &external] {
        app.sql("UPDATE memberships SET billing_rights = 1 WHERE org_id = $1 AND user_id = $2", &[&org, &u.user_id])
            .await;
    }
    for u in [&collab, &granted, &external] {
        app.sql(
            "INSERT INTO product_access (org_id, user_id, product_id) VALUES ($1, $2, $3)",
            &[&org, &u.user_id, &p],
        )
        .await;
    }
    let outsider = app.sign_up("out@example.fr", "Out", "Sider").await;
    let foreign = product(&app, &outsider.org_id, "domain", "foreign.fr", 100, false).await;

    // (who, expected status, expected reason)
    let cases: Vec<(&User, StatusCode, Option<&str>)> = vec![
        (&collab, StatusCode::FORBIDDEN, Some("no_billing_rights")),
        (&billing, StatusCode::FORBIDDEN, Some("product_not_granted")),
        (&outsider, StatusCode::FORBIDDEN, Some("not_a_member")),
        (&lr, StatusCode::OK, None),
        (&admin, StatusCode::OK, None),
        (&granted, StatusCode::OK, None),
        (&external, StatusCode::OK, None),
    ];
    let mut on = false;
    for (who, expected, reason) in cases {
        let (status, body) = set_warranty(&app, who, &org, &[&p], !on).await;
        assert_eq!(status, expected, "{body}");
        match reason {
            Some(reason) => {
                assert_eq!(body["error"], "denied", "{body}");
                assert_eq!(body["reason"], reason, "{body}");
                assert_eq!(warranty_of(&app, &p).await, i64::from(on), "a refusal changes nothing");
            }
            None => {
                on = !on;
                assert_eq!(body, json!(1));
                assert_eq!(warranty_of(&app, &p).await, i64::from(on));
            }
        }
    }
    // A limited member loses it once the product's management is blocked (PRD-3).
    app.sql("UPDATE products SET management_blocked_at = 1 WHERE id = $1", &[&p]).await;
    let (status, body) = set_warranty(&app, &granted, &org, &[&p], !on).await;
    assert_eq!((status, body["reason"].clone()), (StatusCode::FORBIDDEN, json!("product_management_blocked")));
    // Billing is seen only with billing rights (BIL-5), the list too.
    let (status, body) = app.call(Some(&collab.cookie), "renewals/list", json!({ "org_id": org })).await;
    assert_eq!((status, body["reason"].clone()), (StatusCode::FORBIDDEN, json!("no_billing_rights")));
    let (status, list) = app.call(Some(&billing.cookie), "renewals/list", json!({ "org_id": org })).await;
    assert_eq!(status, StatusCode::OK, "{list}");
    assert_eq!(list["rows"][0]["product_id"], p.as_str());
    assert_eq!(list["rows"][0]["granted"], false);

    // Tenant isolation: another organization's product is not found, in either direction.
    let (status, body) = set_warranty(&app, &lr, &org, &[&foreign], true).await;
    assert_eq!((status, body["error"].clone()), (StatusCode::NOT_FOUND, json!("not_found")));
    let (status, _) = set_warranty(&app, &outsider, &outsider.org_id, &[&p], true).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) =
        app.call(Some(&outsider.cookie), "renewals/renew_now", json!({ "org_id": org, "product_id": p })).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(warranty_of(&app, &foreign).await, 0);
}

#[tokio::test]
async fn a_selection_of_two_at_once_and_nas_refused_with_the_reason() {
    let app = TestApp::spawn().await;
    let lr = app.sign_up("sel@example.fr", "Sel", "Ection").await;
    let org = lr.org_id.clone();
    let a = product(&app, &org, "domain", "one.ch", 100, false).await;
    let b = product(&app, &org, "mail_service", "mail-two", 200, false).await;
    let nas = product(&app, &org, "nas", "box", 100, false).await;

    let (status, body) = set_warranty(&app, &lr, &org, &[&a, &b], true).await;
    assert_eq!((status, body), (StatusCode::OK, json!(2)));
    assert_eq!((warranty_of(&app, &a).await, warranty_of(&app, &b).await), (1, 1));
    let (status, body) = set_warranty(&app, &lr, &org, &[&a, &b, &a], true).await;
    assert_eq!((status, body), (StatusCode::OK, json!(0)), "already on; duplicates counted once");

    // All or nothing: a NAS in the selection refuses the whole of it, with the reason.
    let (status, body) = set_warranty(&app, &lr, &org, &[&a, &nas], false).await;
    assert_eq!(status, StatusCode::CONFLICT, "{body}");
    assert_eq!(body, json!({ "error": "renewal_refused", "reason": "warranty_not_offered" }));
    assert_eq!((warranty_of(&app, &a).await, warranty_of(&app, &nas).await), (1, 0));

    let (status, _) = set_warranty(&app, &lr, &org, &[], true).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let many: Vec<String> = (0..501).map(|i| format!("x{i}")).collect();
    let refs: Vec<&str> = many.iter().map(String::as_str).collect();
    let (status, _) = set_warranty(&app, &lr, &org, &refs, true).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let long = "x".repeat(10_000);
    let (status, _) = set_warranty(&app, &lr, &org, &[&long], true).await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    let (status, list) = app.call(Some(&lr.cookie), "renewals/list", json!({ "org_id": org })).await;
    assert_eq!(status, StatusCode::OK, "{list}");
    let rows = list["rows"].as_array().unwrap();
    assert_eq!(rows.len(), 3);
    assert_eq!(list["currency"], "EUR");
    assert!(rows.iter().all(|r| r["next_reminder_at"].is_i64()));
}

#[tokio::test]
async fn the_scheduler_run_twice_at_the_same_instant_renews_once() {
    let app = TestApp::spawn().await;
    let lr = app.sign_up("twice@example.fr", "Two", "Runs").await;
    let org = lr.org_id.clone();
    let p = product(&app, &org, "domain", "twice.com", 2, true).await;
    let second = product(&app, &org, "web_hosting", "site", 2, true).await;
    top_up(&app, &org, 10_000).await;
    let before = expiry_of(&app, &p).await;
    let second_before = expiry_of(&app, &second).await;

    let at = app.state.now() + 3 * DAY_MS;
    run_once(&app.state, at).await.unwrap();
    run_once(&app.state, at).await.unwrap();
    // And two passes at once, as two server processes would.
    let (x, y) = tokio::join!(run_once(&app.state, at), run_once(&app.state, at));
    assert!(x.unwrap().is_empty() && y.unwrap().is_empty(), "nothing left to do");

    let year = 365 * DAY_MS;
    assert_eq!(expiry_of(&app, &p).await, before + year, "extended by one period, once");
    assert_eq!(status_of(&app, &p).await, "active");
    let invoices = number(&app, "SELECT COUNT(*) FROM invoices WHERE org_id = $1", &org).await;
    assert_eq!(invoices, 2, "one renewal invoice per product");
    // 10.00 + 20 % French VAT, twice.
    assert_eq!(balance(&app, &org).await, 10_000 - 2 * 1_200);
    let unpaid = number(&app, "SELECT COUNT(*) FROM invoices WHERE org_id = $1 AND status <> 'paid'", &org).await;
    assert_eq!(unpaid, 0);
    assert_eq!(mails_about(&app, "twice@example.fr", "twice.com is renewed").await, 1);
    assert_eq!(expiry_of(&app, &second).await, second_before + year);
    let runs = number(&app, "SELECT COUNT(*) FROM scheduled_runs WHERE subject_id = $1 AND job = 'renew'", &p).await;
    assert_eq!(runs, 1);
}

#[tokio::test]
async fn concurrent_passes_on_many_products_renew_each_once() {
    let app = TestApp::spawn().await;
    let lr = app.sign_up("many@example.fr", "Ma", "Ny").await;
    let org = lr.org_id.clone();
    let mut ids = Vec::new();
    for i in 0..6 {
        ids.push(product(&app, &org, "domain", &format!("many{i}.fr"), 1, true).await);
    }
    top_up(&app, &org, 100_000).await;
    let at = app.state.now() + 2 * DAY_MS;
    let (a, b, c) = tokio::join!(run_once(&app.state, at), run_once(&app.state, at), run_once(&app.state, at));
    let done = a.unwrap().len() + b.unwrap().len() + c.unwrap().len();
    assert_eq!(done, 6, "each product renewed by exactly one pass");
    assert_eq!(number(&app, "SELECT COUNT(*) FROM invoices WHERE org_id = $1", &org).await, 6);
    assert_eq!(balance(&app, &org).await, 100_000 - 6 * 1_200);
}

#[tokio::test]
async fn reminders_are_sent_once_per_threshold_to_billing_recipients() {
    let app = TestApp::spawn().await;
    let lr = app.sign_up("remind@example.fr", "Rem", "Ind").await;
    let org = lr.org_id.clone();
    let collab = app.invite_new(&lr, &org, "plain@example.fr", "collaborator", "Plain").await;
    let billing = app.invite_new(&lr, &org, "bills@example.fr", "collaborator", "Bills").await;
    app.sql("UPDATE memberships SET mail_billing = 1 WHERE org_id = $1 AND user_id = $2", &[&org, &billing.user_id])
        .await;
    app.sql("UPDATE users SET lang = 'fr' WHERE id = $1", &[&billing.user_id]).await;
    let _ = collab;
    product(&app, &org, "domain", "remind.ch", 40, false).await;
    let now = app.state.now();

    run_once(&app.state, now + 5 * DAY_MS).await.unwrap();
    assert_eq!(mails_about(&app, "remind@example.fr", "remind.ch expires on").await, 0, "35 days before: nothing");
    for _ in 0..2 {
        run_once(&app.state, now + 10 * DAY_MS).await.unwrap();
    }
    assert_eq!(mails_about(&app, "remind@example.fr", "remind.ch expires on").await, 1);
    assert_eq!(mails_about(&app, "bills@example.fr", "remind.ch arrive à échéance").await, 1, "in their language");
    assert_eq!(mails_about(&app, "plain@example.fr", "remind.ch").await, 0, "no billing emails for them");
    for day in [20, 33, 34, 39] {
        run_once(&app.state, now + day * DAY_MS).await.unwrap();
    }
    // 30 days, 7 days, 1 day before: three reminders, each once.
    assert_eq!(mails_about(&app, "remind@example.fr", "remind.ch expires on").await, 3);
    let body = app.mail_to_about("remind@example.fr", "remind.ch expires on").await;
    assert!(body["body"].as_str().unwrap().contains("renewal warranty is off"), "{body}");
}

#[tokio::test]
async fn a_domain_enters_redemption_is_restored_with_the_fee_or_released_after_it() {
    let app = TestApp::spawn().await;
    let lr = app.sign_up("redeem@example.fr", "Red", "Emption").await;
    let org = lr.org_id.clone();
    let kept = product(&app, &org, "domain", "kept.com", 1, false).await;
    let lost = product(&app, &org, "domain", "lost.ch", 1, false).await;
    let hosting = product(&app, &org, "web_hosting", "plain-site", 1, false).await;
    let expiry = expiry_of(&app, &kept).await;

    // Restoring what is not in redemption is refused.
    let restore = |id: &str| json!({ "org_id": org, "product_id": id });
    let (status, body) = app.call(Some(&lr.cookie), "renewals/restore", restore(&kept)).await;
    assert_eq!((status, body["reason"].clone()), (StatusCode::CONFLICT, json!("not_in_redemption")));

    app.clock.advance(2 * DAY_MS);
    run_once(&app.state, app.state.now()).await.unwrap();
    assert_eq!(status_of(&app, &kept).await, "redemption");
    assert_eq!(status_of(&app, &lost).await, "redemption");
    assert_eq!(status_of(&app, &hosting).await, "expired", "not a domain: expired");
    let ends = number(&app, "SELECT redemption_ends_at FROM products WHERE id = $1", &kept).await;
    assert_eq!(ends, expiry + 30 * DAY_MS, ".com: 30 days");
    let ends_ch = number(&app, "SELECT redemption_ends_at FROM products WHERE id = $1", &lost).await;
    assert_eq!(ends_ch, expiry_of(&app, &lost).await + 40 * DAY_MS, ".ch: 40 days");
    app.mail_to_about("redeem@example.fr", "kept.com has entered its redemption period").await;

    // Renewing a domain in redemption is refused: restore it.
    let (status, body) = app.call(Some(&lr.cookie), "renewals/renew_now", restore(&kept)).await;
    assert_eq!((status, body["reason"].clone()), (StatusCode::CONFLICT, json!("in_redemption")));
    // Without funds nothing is charged and nothing changes.
    let (status, body) = app.call(Some(&lr.cookie), "renewals/restore", restore(&kept)).await;
    assert_eq!((status, body["reason"].clone()), (StatusCode::PAYMENT_REQUIRED, json!("insufficient_balance")));
    assert_eq!(number(&app, "SELECT COUNT(*) FROM invoices WHERE org_id = $1", &org).await, 0);

    let (_, list) = app.call(Some(&lr.cookie), "renewals/list", json!({ "org_id": org })).await;
    let row = list["rows"].as_array().unwrap().iter().find(|r| r["product_id"] == kept.as_str()).unwrap().clone();
    // The .com restore fee (EUR 100.00) plus the renewal (10.00).
    assert_eq!(row["restore_minor"], 11_000);

    top_up(&app, &org, 50_000).await;
    // Later in the redemption period (within the session's 7 idle days).
    app.clock.advance(5 * DAY_MS);
    let (status, done) = app.call(Some(&lr.cookie), "renewals/restore", restore(&kept)).await;
    assert_eq!(status, StatusCode::OK, "{done}");
    assert_eq!(done["expires_at"], expiry + 365 * DAY_MS);
    assert_eq!(status_of(&app, &kept).await, "active");
    assert_eq!(balance(&app, &org).await, 50_000 - 13_200, "fee and renewal, with 20 % VAT");
    let kinds = value(
        &app,
        "SELECT MIN(l.item_kind) || ',' || MAX(l.item_kind) FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id \
         WHERE i.org_id = $1",
        &org,
    )
    .await;
    assert_eq!(kinds, "renewal,restore");

    // The other one is released once its redemption ends, not before.
    run_once(&app.state, ends_ch - 1).await.unwrap();
    assert_eq!(status_of(&app, &lost).await, "redemption");
    run_once(&app.state, ends_ch).await.unwrap();
    run_once(&app.state, ends_ch).await.unwrap();
    assert_eq!(status_of(&app, &lost).await, "released");
    assert_eq!(mails_about(&app, "redeem@example.fr", "lost.ch was released").await, 1);
    let (status, body) = app.call(Some(&lr.cookie), "renewals/restore", restore(&lost)).await;
    assert_eq!((status, body["reason"].clone()), (StatusCode::CONFLICT, json!("not_in_redemption")));
}

#[tokio::test]
async fn a_renewal_without_funds_leaves_an_unpaid_invoice_then_lapses_after_the_grace() {
    let app = TestApp::spawn().await;
    let lr = app.sign_up("poor@example.fr", "Po", "Or").await;
    let org = lr.org_id.clone();
    let p = product(&app, &org, "domain", "poor.fr", 1, true).await;
    let expiry = expiry_of(&app, &p).await;

    run_once(&app.state, expiry).await.unwrap();
    run_once(&app.state, expiry + DAY_MS).await.unwrap();
    assert_eq!(status_of(&app, &p).await, "active", "kept through the grace period");
    assert_eq!(expiry_of(&app, &p).await, expiry);
    let statuses = value(&app, "SELECT MIN(status) || ',' || COUNT(*) FROM invoices WHERE org_id = $1", &org).await;
    assert_eq!(statuses, "unpaid,1", "one invoice, unpaid");
    app.mail_to_about("poor@example.fr", "The renewal of poor.fr is not paid").await;

    // Paying it by hand within the grace pays that invoice, not a second one.
    top_up(&app, &org, 1_200).await;
    let (status, done) =
        app.call(Some(&lr.cookie), "renewals/renew_now", json!({ "org_id": org, "product_id": p })).await;
    assert_eq!(status, StatusCode::OK, "{done}");
    assert_eq!(done["expires_at"], expiry + 365 * DAY_MS);
    assert_eq!(number(&app, "SELECT COUNT(*) FROM invoices WHERE org_id = $1 AND status = 'paid'", &org).await, 1);
    assert_eq!(number(&app, "SELECT COUNT(*) FROM invoices WHERE org_id = $1", &org).await, 1);
    assert_eq!(balance(&app, &org).await, 0);

    // Another one that nobody pays lapses after the grace, its invoice cancelled.
    let q = product(&app, &org, "domain", "gone.fr", 1, true).await;
    let q_expiry = expiry_of(&app, &q).await;
    run_once(&app.state, q_expiry).await.unwrap();
    run_once(&app.state, q_expiry + 14 * DAY_MS - 1).await.unwrap();
    assert_eq!(status_of(&app, &q).await, "active");
    run_once(&app.state, q_expiry + 14 * DAY_MS).await.unwrap();
    assert_eq!(status_of(&app, &q).await, "redemption");
    let cancelled =
        number(&app, "SELECT COUNT(*) FROM invoices WHERE org_id = $1 AND status = 'cancelled'", &org).await;
    assert_eq!(cancelled, 1);
}

#[tokio::test]
async fn a_renewal_paid_later_by_the_provider_extends_the_product_then() {
    let app = TestApp::spawn().await;
    let lr = app.sign_up("later@example.fr", "La", "Ter").await;
    let org = lr.org_id.clone();
    let p = product(&app, &org, "domain", "later.fr", 1, true).await;
    app.sql(
        "INSERT INTO payment_profiles (id, org_id, provider, label, provider_ref, is_default, created_at) \
         VALUES ('pp-later', $1, 'test', 'Card', 'test_delayed', 1, 0)",
        &[&org],
    )
    .await;
    let expiry = expiry_of(&app, &p).await;
    run_once(&app.state, expiry).await.unwrap();
    assert_eq!(expiry_of(&app, &p).await, expiry, "pending: not extended yet");
    // The provider's confirmation marks the invoice paid (the payments part's webhook).
    app.sql("UPDATE invoices SET status = 'paid' WHERE org_id = $1", &[&org]).await;
    let steps = run_once(&app.state, expiry + DAY_MS).await.unwrap();
    assert_eq!(steps, vec![(p.clone(), "extend".to_string())]);
    assert_eq!(expiry_of(&app, &p).await, expiry + 365 * DAY_MS);
    assert_eq!(mails_about(&app, "later@example.fr", "later.fr is renewed").await, 1);
}
