//! BIL-3: payment profiles, the prepaid balance (top up, withdraw, history) and the
//! payment provider's signed webhook — who may do what (roles × billing rights × another
//! organization), the test provider's three outcomes, the webhook's signature, time and
//! replay checks, and withdrawals that never overdraw, even at once.

use reqwest::StatusCode;
use serde_json::{json, Value};
use server::config::DEV_PAYMENT_WEBHOOK_SECRET;
use server::features::billing::webhook::sign;

use crate::helpers::{TestApp, User, PASSWORD};

async fn balance(app: &TestApp, org_id: &str) -> i64 {
    let (b,): (i64,) = sqlx::query_as("SELECT prepaid_balance_minor FROM organizations WHERE id = $1")
        .bind(org_id)
        .fetch_one(app.state.pool())
        .await
        .unwrap();
    b
}

async fn count(app: &TestApp, sql: &str, arg: &str) -> i64 {
    let (n,): (i64,) = sqlx::query_as(sql).bind(arg).fetch_one(app.state.pool()).await.unwrap();
    n
}

/// Everything BIL-3 writes, to prove a refusal changed nothing.
async fn snapshot(app: &TestApp) -> Vec<String> {
    let mut out = Vec::new();
    for q in [
        "SELECT id || ':' || prepaid_balance_minor FROM organizations ORDER BY id",
        "SELECT id || ':' || label || ':' || is_default || ':' || COALESCE(CAST(removed_at AS TEXT), '-') FROM payment_profiles ORDER BY id",
        "SELECT id || ':' || status FROM payments ORDER BY id",
        "SELECT id || ':' || amount_minor FROM balance_movements ORDER BY id",
        "SELECT provider || ':' || event_id FROM webhook_events ORDER BY event_id",
    ] {
        let rows: Vec<(String,)> = sqlx::query_as(q).fetch_all(app.state.pool()).await.unwrap();
        out.extend(rows.into_iter().map(|(r,)| r));
    }
    out
}

async fn add_card(app: &TestApp, user: &User, org_id: &str, token: &str) -> String {
    let body = json!({ "org_id": org_id, "provider": "test", "label": format!("Card {token}"), "token": token });
    let (status, profile) = app.call(Some(&user.cookie), "billing/add_profile", body).await;
    assert_eq!(status, StatusCode::OK, "{profile}");
    profile["id"].as_str().unwrap().to_string()
}

async fn top_up(app: &TestApp, user: &User, org_id: &str, amount: i64, profile: &str) -> (StatusCode, Value) {
    let body = json!({ "org_id": org_id, "amount_minor": amount, "profile_id": profile });
    app.call(Some(&user.cookie), "billing/top_up", body).await
}

async fn withdraw(app: &TestApp, user: &User, org_id: &str, amount: i64) -> (StatusCode, Value) {
    app.call(Some(&user.cookie), "billing/withdraw", json!({ "org_id": org_id, "amount_minor": amount })).await
}

/// Delivers a webhook as the provider would, signed with `secret` at `unix` seconds.
async fn deliver(app: &TestApp, body: &Value, secret: &str, unix: i64) -> (StatusCode, Value) {
    let raw = body.to_string();
    let signature = sign(secret.as_bytes(), unix, raw.as_bytes());
    deliver_raw(app, &raw, Some(&signature)).await
}

async fn deliver_raw(app: &TestApp, raw: &str, signature: Option<&str>) -> (StatusCode, Value) {
    let mut req = app
        .client
        .post(format!("{}/webhooks/payments/test", app.base))
        .header("content-type", "application/json")
        .body(raw.to_string());
    if let Some(s) = signature {
        req = req.header("x-orga-signature", s);
    }
    let res = req.send().await.unwrap();
    let status = res.status();
    (status, res.json().await.unwrap_or(Value::Null))
}

fn now_s(app: &TestApp) -> i64 {
    app.state.now() / 1000
}

async fn provider_ref(app: &TestApp, payment_id: &str) -> String {
    let (r,): (String,) = sqlx::query_as("SELECT provider_ref FROM payments WHERE id = $1")
        .bind(payment_id)
        .fetch_one(app.state.pool())
        .await
        .unwrap();
    r
}

#[tokio::test]
async fn every_billing_endpoint_refuses_whom_it_must_and_changes_nothing() {
    let app = TestApp::spawn().await;
    let lr = app.sign_up("lr@example.com", "Lea", "Rep").await;
    let org = lr.org_id.clone();
    let admin = app.invite_new(&lr, &org, "admin@example.com", "administrator", "Adam").await;
    let billing = app.invite_new(&lr, &org, "billing@example.com", "collaborator", "Bill").await;
    app.sql("UPDATE memberships SET billing_rights = 1 WHERE user_id = $1", &[&billing.user_id]).await;
    let collab = app.invite_new(&lr, &org, "collab@example.com", "collaborator", "Cole").await;
    let external = app.invite_new(&lr, &org, "ext@example.com", "external", "Exa").await;
    let stranger = app.sign_up("other@example.com", "Otto", "Other").await;
    let card = add_card(&app, &lr, &org, "test_ok").await;
    let (status, _) = top_up(&app, &lr, &org, 5000, &card).await;
    assert_eq!(status, StatusCode::OK);

    // (endpoint, body, who may: lr, admin, billing, collab, external, stranger)
    let calls: Vec<(&str, Value, [bool; 6])> = vec![
        ("billing/overview", json!({ "org_id": org }), [true, true, true, false, false, false]),
        ("billing/profiles", json!({ "org_id": org }), [true, true, true, false, false, false]),
        ("billing/movements", json!({ "org_id": org, "after": null }), [true, true, true, false, false, false]),
    ];
    let people = [&lr, &admin, &billing, &collab, &external, &stranger];
    for (endpoint, body, allowed) in &calls {
        for (who, may) in people.iter().zip(allowed) {
            let (status, answer) = app.call(Some(&who.cookie), endpoint, body.clone()).await;
            if *may {
                assert_eq!(status, StatusCode::OK, "{endpoint} for {}: {answer}", who.user_id);
            } else {
                assert_eq!(status, StatusCode::FORBIDDEN, "{endpoint} for {}: {answer}", who.user_id);
                assert_eq!(answer["error"], "denied");
            }
        }
    }
    let (_, overview) = app.call(Some(&billing.cookie), "billing/overview", json!({ "org_id": org })).await;
    assert_eq!(overview["balance_minor"], 5000);
    let (_, denied) = app.call(Some(&collab.cookie), "billing/overview", json!({ "org_id": org })).await;
    assert_eq!(denied["reason"], "no_billing_rights");
    let (_, denied) = app.call(Some(&stranger.cookie), "billing/overview", json!({ "org_id": org })).await;
    assert_eq!(denied["reason"], "not_a_member");

    // Writes: each refused one changes nothing.
    let writes: Vec<(&str, Value, [bool; 6])> = vec![
        (
            "billing/add_profile",
            json!({ "org_id": org, "provider": "test", "label": "X", "token": "test_ok" }),
            [true, true, false, false, false, false],
        ),
        ("billing/set_default", json!({ "org_id": org, "profile_id": card }), [true, true, false, false, false, false]),
        (
            "billing/top_up",
            json!({ "org_id": org, "amount_minor": 1000, "profile_id": card }),
            [true, true, true, false, false, false],
        ),
        ("billing/withdraw", json!({ "org_id": org, "amount_minor": 100 }), [true, true, false, false, false, false]),
        (
            "billing/remove_profile",
            json!({ "org_id": org, "profile_id": card }),
            [true, true, false, false, false, false],
        ),
    ];
    for (endpoint, body, allowed) in &writes {
        for (who, may) in people.iter().zip(allowed) {
            if *may {
                continue;
            }
            let before = snapshot(&app).await;
            let (status, answer) = app.call(Some(&who.cookie), endpoint, body.clone()).await;
            assert_eq!(status, StatusCode::FORBIDDEN, "{endpoint} for {}: {answer}", who.user_id);
            assert_eq!(answer["error"], "denied", "{endpoint}: {answer}");
            assert_eq!(snapshot(&app).await, before, "{endpoint} by {} changed something", who.user_id);
        }
    }
    let (_, answer) = withdraw(&app, &billing, &org, 100).await;
    assert_eq!(answer["reason"], "only_managers_billing_settings");
    // The allowed ones succeed.
    for who in [&lr, &admin] {
        let body = json!({ "org_id": org, "provider": "test", "label": "Mine", "token": "test_ok" });
        let (status, answer) = app.call(Some(&who.cookie), "billing/add_profile", body).await;
        assert_eq!(status, StatusCode::OK, "{answer}");
        let (status, answer) = withdraw(&app, who, &org, 100).await;
        assert_eq!(status, StatusCode::OK, "{answer}");
    }
    let (status, answer) = top_up(&app, &billing, &org, 1000, &card).await;
    assert_eq!(status, StatusCode::OK, "{answer}");
    assert_eq!(balance(&app, &org).await, 5000 - 200 + 1000);
    let (status, list) =
        app.call(Some(&admin.cookie), "billing/set_default", json!({ "org_id": org, "profile_id": card })).await;
    assert_eq!(status, StatusCode::OK, "{list}");
    assert!(list.as_array().unwrap().iter().any(|p| p["id"] == card.as_str() && p["is_default"] == true));
    let (_, overview) = app.call(Some(&lr.cookie), "billing/overview", json!({ "org_id": org })).await;
    assert_eq!(overview["default_profile"], card.as_str());
    let (status, list) =
        app.call(Some(&lr.cookie), "billing/set_default", json!({ "org_id": org, "profile_id": null })).await;
    assert_eq!(status, StatusCode::OK, "{list}");
    assert!(list.as_array().unwrap().iter().all(|p| p["is_default"] == false));
    let (status, list) =
        app.call(Some(&lr.cookie), "billing/remove_profile", json!({ "org_id": org, "profile_id": card })).await;
    assert_eq!(status, StatusCode::OK, "{list}");
    assert!(list.as_array().unwrap().iter().all(|p| p["id"] != card.as_str()));
    let (_, profiles) = app.call(Some(&lr.cookie), "billing/profiles", json!({ "org_id": org })).await;
    assert!(profiles.as_array().unwrap().iter().all(|p| p.get("token").is_none() && p["id"] != card.as_str()));

    // Tenant isolation: the stranger's own organization cannot use this one's profile.
    let other_card = add_card(&app, &stranger, &stranger.org_id, "test_ok").await;
    let before = snapshot(&app).await;
    let (status, _) = top_up(&app, &stranger, &stranger.org_id, 1000, &card).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "another organization's profile is nothing");
    let (status, _) =
        app.call(Some(&lr.cookie), "billing/remove_profile", json!({ "org_id": org, "profile_id": other_card })).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) =
        app.call(Some(&lr.cookie), "billing/set_default", json!({ "org_id": org, "profile_id": other_card })).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(snapshot(&app).await, before);
    // Signed out: nothing.
    let (status, _) = app.call(None, "billing/overview", json!({ "org_id": org })).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn crafted_inputs_are_refused_with_a_clear_4xx() {
    let app = TestApp::spawn().await;
    let lr = app.sign_up("lr@example.com", "Lea", "Rep").await;
    let org = lr.org_id.clone();
    let card = add_card(&app, &lr, &org, "test_ok").await;
    let before = snapshot(&app).await;
    for (label, provider, token, problem) in [
        ("x".repeat(61), "test", "test_ok", "label"),
        ("   ".to_string(), "test", "test_ok", "label"),
        ("Card".to_string(), "stripe", "tok", "unknown_provider"),
        ("Card".to_string(), "test", "4242424242424242", "unknown_token"),
        ("Card".to_string(), "test", "", "unknown_token"),
    ] {
        let body = json!({ "org_id": org, "provider": provider, "label": label, "token": token });
        let (status, answer) = app.call(Some(&lr.cookie), "billing/add_profile", body).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{answer}");
        assert_eq!(answer["problem"]["payment"], problem, "{answer}");
    }
    for (amount, problem) in [(999, "amount_too_small"), (1_000_001, "amount_too_large"), (-5000, "amount_too_small")] {
        let (status, answer) = top_up(&app, &lr, &org, amount, &card).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{answer}");
        assert_eq!(answer["field"], "amount");
        assert_eq!(answer["problem"]["payment"], problem);
    }
    let (status, _) = top_up(&app, &lr, &org, 1000, "no-such-profile").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) =
        app.call(Some(&lr.cookie), "billing/top_up", json!({ "org_id": org, "amount_minor": "lots" })).await;
    assert!(status.is_client_error(), "{status}");
    let (status, _) = app
        .call(
            Some(&lr.cookie),
            "billing/movements",
            json!({ "org_id": org, "after": { "created_at": 1, "id": "x".repeat(500) } }),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(snapshot(&app).await, before);
}

#[tokio::test]
async fn a_top_up_is_credited_declined_or_credited_when_the_webhook_confirms() {
    let app = TestApp::spawn().await;
    let lr = app.sign_up("lr@example.com", "Lea", "Rep").await;
    let org = lr.org_id.clone();
    let ok = add_card(&app, &lr, &org, "test_ok").await;
    let decline = add_card(&app, &lr, &org, "test_decline").await;
    let delayed = add_card(&app, &lr, &org, "test_delayed").await;

    let (status, answer) = top_up(&app, &lr, &org, 15_000, &ok).await;
    assert_eq!(status, StatusCode::OK, "{answer}");
    assert_eq!(answer["outcome"], "credited");
    assert_eq!(answer["balance_minor"], 15_000);
    assert_eq!(balance(&app, &org).await, 15_000);

    let (status, answer) = top_up(&app, &lr, &org, 2_000, &decline).await;
    assert_eq!(status, StatusCode::OK, "{answer}");
    assert_eq!(answer["outcome"], "declined");
    assert_eq!(balance(&app, &org).await, 15_000, "a declined top-up changes nothing");

    let (status, answer) = top_up(&app, &lr, &org, 3_000, &delayed).await;
    assert_eq!(status, StatusCode::OK, "{answer}");
    assert_eq!(answer["outcome"], "pending");
    assert_eq!(balance(&app, &org).await, 15_000, "pending: not yet");
    let payment_id = answer["payment_id"].as_str().unwrap().to_string();
    let (_, overview) = app.call(Some(&lr.cookie), "billing/overview", json!({ "org_id": org })).await;
    assert_eq!(overview["pending_payments"], 1);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM payments WHERE org_id = $1 AND purpose = 'top_up'", &org).await, 3);

    let event =
        json!({ "event_id": "evt_1", "provider_ref": provider_ref(&app, &payment_id).await, "status": "succeeded" });
    let (status, answer) = deliver(&app, &event, DEV_PAYMENT_WEBHOOK_SECRET, now_s(&app)).await;
    assert_eq!(status, StatusCode::OK, "{answer}");
    assert_eq!(answer["result"], "applied");
    assert_eq!(balance(&app, &org).await, 18_000);
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM payments WHERE id = $1 AND status = 'succeeded'", &payment_id).await,
        1
    );

    // The history: newest first, the declined one absent.
    let (_, page) = app.call(Some(&lr.cookie), "billing/movements", json!({ "org_id": org, "after": null })).await;
    let amounts: Vec<i64> =
        page["movements"].as_array().unwrap().iter().map(|m| m["amount_minor"].as_i64().unwrap()).collect();
    assert_eq!(amounts.iter().sum::<i64>(), 18_000);
    assert_eq!(amounts.len(), 2);
    assert!(page["movements"].as_array().unwrap().iter().all(|m| m["kind"] == "top_up"));

    // A later declined event for the same payment does not undo it.
    let undo =
        json!({ "event_id": "evt_2", "provider_ref": provider_ref(&app, &payment_id).await, "status": "declined" });
    let (status, answer) = deliver(&app, &undo, DEV_PAYMENT_WEBHOOK_SECRET, now_s(&app)).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(answer["result"], "already_settled");
    assert_eq!(balance(&app, &org).await, 18_000);

    // A pending top-up declined by its webhook credits nothing.
    let (_, answer) = top_up(&app, &lr, &org, 4_000, &delayed).await;
    let second = answer["payment_id"].as_str().unwrap().to_string();
    let event = json!({ "event_id": "evt_3", "provider_ref": provider_ref(&app, &second).await, "status": "declined" });
    let (status, _) = deliver(&app, &event, DEV_PAYMENT_WEBHOOK_SECRET, now_s(&app)).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(balance(&app, &org).await, 18_000);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM payments WHERE id = $1 AND status = 'declined'", &second).await, 1);
}

#[tokio::test]
async fn the_webhook_refuses_bad_or_stale_signatures_and_applies_an_event_once() {
    let app = TestApp::spawn().await;
    let lr = app.sign_up("lr@example.com", "Lea", "Rep").await;
    let org = lr.org_id.clone();
    let delayed = add_card(&app, &lr, &org, "test_delayed").await;
    let (_, answer) = top_up(&app, &lr, &org, 5_000, &delayed).await;
    let payment_id = answer["payment_id"].as_str().unwrap().to_string();
    let event =
        json!({ "event_id": "evt_A", "provider_ref": provider_ref(&app, &payment_id).await, "status": "succeeded" });
    let raw = event.to_string();

    let before = snapshot(&app).await;
    // No signature, a wrong secret, a body changed after signing, a stale or future time.
    let (status, _) = deliver_raw(&app, &raw, None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (status, _) = deliver(&app, &event, "not the secret", now_s(&app)).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let signed = sign(DEV_PAYMENT_WEBHOOK_SECRET.as_bytes(), now_s(&app), raw.as_bytes());
    let tampered = raw.replace("evt_A", "evt_B");
    let (status, _) = deliver_raw(&app, &tampered, Some(&signed)).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (status, _) = deliver(&app, &event, DEV_PAYMENT_WEBHOOK_SECRET, now_s(&app) - 301).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "older than 5 minutes");
    let (status, _) = deliver(&app, &event, DEV_PAYMENT_WEBHOOK_SECRET, now_s(&app) + 301).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "more than 5 minutes ahead");
    let (status, _) = deliver_raw(&app, &raw, Some("t=abc,v1=00")).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    // A signature made now, delivered six minutes later.
    app.clock.advance(6 * 60 * 1000);
    let (status, _) = deliver_raw(&app, &raw, Some(&signed)).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "a replayed old delivery");
    assert_eq!(snapshot(&app).await, before, "refused deliveries change nothing");
    assert_eq!(balance(&app, &org).await, 0);

    // Signed but not an event: 400; an unknown provider: 404.
    let junk = "{\"hello\":1}";
    let sig = sign(DEV_PAYMENT_WEBHOOK_SECRET.as_bytes(), now_s(&app), junk.as_bytes());
    let (status, _) = deliver_raw(&app, junk, Some(&sig)).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let res = app
        .client
        .post(format!("{}/webhooks/payments/stripe", app.base))
        .header("x-orga-signature", sign(DEV_PAYMENT_WEBHOOK_SECRET.as_bytes(), now_s(&app), raw.as_bytes()))
        .body(raw.clone())
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::NOT_FOUND);

    // Applied once; the same event again (even signed anew) changes nothing again.
    let (status, answer) = deliver(&app, &event, DEV_PAYMENT_WEBHOOK_SECRET, now_s(&app)).await;
    assert_eq!((status, answer["result"].clone()), (StatusCode::OK, json!("applied")));
    assert_eq!(balance(&app, &org).await, 5_000);
    let after = snapshot(&app).await;
    for _ in 0..2 {
        let (status, answer) = deliver(&app, &event, DEV_PAYMENT_WEBHOOK_SECRET, now_s(&app)).await;
        assert_eq!((status, answer["result"].clone()), (StatusCode::OK, json!("duplicate")));
    }
    assert_eq!(snapshot(&app).await, after);
    assert_eq!(balance(&app, &org).await, 5_000);
    // Deliveries of one event at once: applied once.
    let (_, answer) = top_up(&app, &lr, &org, 1_000, &delayed).await;
    let second = answer["payment_id"].as_str().unwrap().to_string();
    let event =
        json!({ "event_id": "evt_C", "provider_ref": provider_ref(&app, &second).await, "status": "succeeded" });
    let at = now_s(&app);
    let (a, b, c) = tokio::join!(
        deliver(&app, &event, DEV_PAYMENT_WEBHOOK_SECRET, at),
        deliver(&app, &event, DEV_PAYMENT_WEBHOOK_SECRET, at),
        deliver(&app, &event, DEV_PAYMENT_WEBHOOK_SECRET, at),
    );
    let results: Vec<Value> = [a, b, c]
        .into_iter()
        .map(|(s, v)| {
            assert_eq!(s, StatusCode::OK, "{v}");
            v["result"].clone()
        })
        .collect();
    assert_eq!(results.iter().filter(|r| **r == json!("applied")).count(), 1, "{results:?}");
    assert_eq!(balance(&app, &org).await, 6_000);
}

#[tokio::test]
async fn an_invoice_paid_later_is_marked_paid_by_its_webhook() {
    let app = TestApp::spawn().await;
    let lr = app.sign_up("lr@example.com", "Lea", "Rep").await;
    let org = lr.org_id.clone();
    let delayed = add_card(&app, &lr, &org, "test_delayed").await;
    // An unpaid invoice and its pending provider payment, as the shop would leave them.
    app.sql(
        "INSERT INTO invoices (id, org_id, number, kind, status, currency, total_minor, issued_at) \
         VALUES ('inv1', $1, 'T-1', 'final', 'unpaid', 'EUR', 2500, 0)",
        &[&org],
    )
    .await;
    app.sql(
        "INSERT INTO payments (id, org_id, invoice_id, profile_id, purpose, amount_minor, currency, status, provider_ref, created_at) \
         VALUES ('pay1', $1, 'inv1', $2, 'invoice', 2500, 'EUR', 'pending', 'test_pay1', 0)",
        &[&org, &delayed],
    )
    .await;
    let (_, overview) = app.call(Some(&lr.cookie), "billing/overview", json!({ "org_id": org })).await;
    assert_eq!((overview["unpaid_invoices"].clone(), overview["unpaid_minor"].clone()), (json!(1), json!(2500)));
    let event = json!({ "event_id": "evt_inv", "provider_ref": "test_pay1", "status": "succeeded" });
    let (status, answer) = deliver(&app, &event, DEV_PAYMENT_WEBHOOK_SECRET, now_s(&app)).await;
    assert_eq!((status, answer["result"].clone()), (StatusCode::OK, json!("applied")));
    assert_eq!(count(&app, "SELECT COUNT(*) FROM invoices WHERE id = $1 AND status = 'paid'", "inv1").await, 1);
    assert_eq!(balance(&app, &org).await, 0, "an invoice's payment is not a top-up");
    let (_, overview) = app.call(Some(&lr.cookie), "billing/overview", json!({ "org_id": org })).await;
    assert_eq!(overview["unpaid_invoices"], 0);
}

#[tokio::test]
async fn a_withdrawal_needs_a_recent_reauthentication_never_overdraws_and_tells_the_legal_representatives() {
    let app = TestApp::spawn().await;
    let lr = app.sign_up("lr@example.com", "Lea", "Rep").await;
    let org = lr.org_id.clone();
    let admin = app.invite_new(&lr, &org, "admin@example.com", "administrator", "Adam").await;
    let card = add_card(&app, &lr, &org, "test_ok").await;
    top_up(&app, &lr, &org, 10_000, &card).await;

    // More than the balance: refused, nothing changes.
    let before = snapshot(&app).await;
    let (status, answer) = withdraw(&app, &admin, &org, 10_001).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{answer}");
    assert_eq!(answer["problem"]["payment"], "more_than_balance");
    let (status, _) = withdraw(&app, &admin, &org, 0).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(snapshot(&app).await, before);

    // An old sign-in must prove itself again first.
    app.clock.advance(10 * 60 * 1000 + 1);
    let (status, answer) = withdraw(&app, &admin, &org, 2_500).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{answer}");
    assert_eq!(answer["error"], "reauthentication_required");
    assert_eq!(snapshot(&app).await, before);
    let (status, _) =
        app.call(Some(&admin.cookie), "auth/reauthenticate", json!({ "password": PASSWORD, "code": null })).await;
    assert_eq!(status, StatusCode::OK);
    let (status, answer) = withdraw(&app, &admin, &org, 2_500).await;
    assert_eq!(status, StatusCode::OK, "{answer}");
    assert_eq!(answer, json!(7_500));
    assert_eq!(balance(&app, &org).await, 7_500);
    let mail = app.mail_to_about("lr@example.com", "withdrawn from the prepaid balance").await;
    let body = mail["body"].as_str().unwrap();
    assert!(body.contains("Adam") && body.contains("25.00") && body.contains("75.00"), "{body}");
    let (_, page) = app.call(Some(&lr.cookie), "billing/movements", json!({ "org_id": org, "after": null })).await;
    assert_eq!(page["movements"][0]["kind"], "withdrawal");
    assert_eq!(page["movements"][0]["amount_minor"], -2_500);
}

#[tokio::test]
async fn concurrent_withdrawals_never_overdraw_the_balance() {
    let app = TestApp::spawn().await;
    let lr = app.sign_up("lr@example.com", "Lea", "Rep").await;
    let org = lr.org_id.clone();
    let card = add_card(&app, &lr, &org, "test_ok").await;
    top_up(&app, &lr, &org, 10_000, &card).await;
    // Eight withdrawals of 30.00 at once from 100.00: three fit.
    let tries = (0..8).map(|_| withdraw(&app, &lr, &org, 3_000));
    let answers = futures_join_all(tries).await;
    let ok = answers.iter().filter(|(s, _)| *s == StatusCode::OK).count();
    for (status, answer) in &answers {
        assert!(
            *status == StatusCode::OK || answer["problem"]["payment"] == "more_than_balance",
            "a clear answer, not a crash: {status} {answer}"
        );
    }
    assert_eq!(ok, 3);
    assert_eq!(balance(&app, &org).await, 1_000);
    let (sum,): (i64,) = sqlx::query_as(
        "SELECT CAST(COALESCE(SUM(amount_minor), 0) AS BIGINT) FROM balance_movements WHERE org_id = $1",
    )
    .bind(&org)
    .fetch_one(app.state.pool())
    .await
    .unwrap();
    assert_eq!(sum, 1_000, "the movements add up to the balance");
}

/// Runs the futures at once, each polled in turn (the tests need no futures crate).
async fn futures_join_all<F: std::future::Future>(futures: impl Iterator<Item = F>) -> Vec<F::Output> {
    let mut pending: Vec<_> = futures.map(|f| Some(Box::pin(f))).collect();
    let mut results: Vec<Option<F::Output>> = pending.iter().map(|_| None).collect();
    std::future::poll_fn(|cx| {
        for (slot, result) in pending.iter_mut().zip(results.iter_mut()) {
            if let Some(f) = slot {
                if let std::task::Poll::Ready(v) = f.as_mut().poll(cx) {
                    *result = Some(v);
                    *slot = None;
                }
            }
        }
        if pending.iter().all(Option::is_none) {
            std::task::Poll::Ready(())
        } else {
            std::task::Poll::Pending
        }
    })
    .await;
    results.into_iter().map(|r| r.expect("every future finished")).collect()
}
