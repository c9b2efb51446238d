//! The shop (BIL-1, BIL-2): who may order, promo codes and free offers judged and
//! counted, a refused order changes nothing, concurrent checkouts on one balance.

use reqwest::StatusCode;
use serde_json::{json, Value};

use crate::helpers::{TestApp, User};

/// A `.fr` domain: EUR 12.00, VAT 20 % in France (sign-up's country): EUR 14.40.
const DOMAIN_TOTAL: i64 = 1440;

fn domain(name: &str) -> Value {
    json!({ "offer": "domain_fr", "name": name, "quantity": 1 })
}

fn order(org: &str, key: &str, items: Value, promos: Value, frees: Value) -> Value {
    json!({ "org_id": org, "order_key": key, "items": items, "payment_means": "balance",
            "promo_codes": promos, "free_offers": frees })
}

async fn buy(app: &TestApp, who: &User, org: &str, key: &str, name: &str) -> (StatusCode, Value) {
    app.call(Some(&who.cookie), "shop/checkout", order(org, key, json!([domain(name)]), json!([]), json!([]))).await
}

async fn set_balance(app: &TestApp, org: &str, minor: i64) {
    app.sql(&format!("UPDATE organizations SET prepaid_balance_minor = {minor} WHERE id = $1"), &[org]).await;
}

async fn scalar(app: &TestApp, sql: &str, arg: &str) -> i64 {
    let (n,): (i64,) = sqlx::query_as(sql).bind(arg).fetch_one(app.state.pool()).await.unwrap();
    n
}

async fn balance(app: &TestApp, org: &str) -> i64 {
    scalar(app, "SELECT prepaid_balance_minor FROM organizations WHERE id = $1", org).await
}

async fn invoices(app: &TestApp, org: &str) -> i64 {
    scalar(app, "SELECT COUNT(*) FROM invoices WHERE org_id = $1", org).await
}

async fn products(app: &TestApp, org: &str) -> i64 {
    scalar(app, "SELECT COUNT(*) FROM products WHERE org_id = $1", org).await
}

async fn promo(app: &TestApp, code: &str, kind: &str, org: Option<&str>, expires_at: i64, max_uses: i64) {
    let org = org.map_or("NULL".to_string(), |o| format!("'{o}'"));
    app.sql(
        &format!(
            "INSERT INTO promo_codes (code, product_kind, org_id, discount_minor, currency, expires_at, \
             discount_percent, max_uses, uses) VALUES ($1, $2, {org}, 0, 'EUR', {expires_at}, 10, {max_uses}, 0)"
        ),
        &[code, kind],
    )
    .await;
}

#[tokio::test]
async fn the_catalogue_is_public_with_both_currencies() {
    let app = TestApp::spawn().await;
    let (status, offers) = app.call(None, "shop/catalogue", json!({})).await;
    assert_eq!(status, StatusCode::OK, "{offers}");
    let ch = offers.as_array().unwrap().iter().find(|o| o["id"] == "domain_ch").expect("domain_ch").clone();
    assert_eq!((ch["chf_minor"].as_i64(), ch["eur_minor"].as_i64()), (Some(1300), Some(1300)));
    assert_eq!((ch["kind"].as_str(), ch["category"].as_str()), (Some("domain"), Some("web_domains")));
}

#[tokio::test]
async fn who_may_order_legal_representative_admin_billing_rights_only() {
    let app = TestApp::spawn().await;
    let owner = app.sign_up("owner@shop.test", "Olga", "Owner").await;
    let org = owner.org_id.clone();
    let admin = app.invite_new(&owner, &org, "admin@shop.test", "administrator", "Adam").await;
    let collab = app.invite_new(&owner, &org, "collab@shop.test", "collaborator", "Carl").await;
    let billing = app.invite_new(&owner, &org, "billing@shop.test", "collaborator", "Bea").await;
    let external = app.invite_new(&owner, &org, "ext@shop.test", "external", "Ed").await;
    let stranger = app.sign_up("stranger@else.test", "Sam", "Stranger").await;
    app.sql("UPDATE memberships SET billing_rights = 1 WHERE user_id = $1", &[&billing.user_id]).await;
    set_balance(&app, &org, 100 * DOMAIN_TOTAL).await;

    for (who, name) in [(&owner, "owner"), (&admin, "admin"), (&billing, "billing")] {
        let (status, body) = buy(&app, who, &org, name, &format!("{name}-shop.fr")).await;
        assert_eq!(status, StatusCode::OK, "{name}: {body}");
        assert_eq!(body["paid"], true);
        assert_eq!(body["total_minor"], DOMAIN_TOTAL);
        let (status, quote) = app
            .call(
                Some(&who.cookie),
                "shop/quote",
                json!({ "org_id": org, "items": [domain("q.fr")], "promo_codes": [], "free_offers": [] }),
            )
            .await;
        assert_eq!((status, quote["total_minor"].as_i64()), (StatusCode::OK, Some(DOMAIN_TOTAL)), "{quote}");
    }
    for (who, name) in [(&collab, "collab"), (&external, "external")] {
        let (status, body) = buy(&app, who, &org, name, &format!("{name}-shop.fr")).await;
        assert_eq!((status, &body["reason"]), (StatusCode::FORBIDDEN, &json!("no_billing_rights")), "{name}: {body}");
        let (status, _) = app.call(Some(&who.cookie), "shop/payment_choices", json!({ "org_id": org })).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{name}");
    }
    // Another organization's member touches nothing, reads nothing.
    let (status, body) = buy(&app, &stranger, &org, "stranger", "stranger.fr").await;
    assert_eq!((status, &body["reason"]), (StatusCode::FORBIDDEN, &json!("not_a_member")), "{body}");
    let (status, _) = app.call(Some(&stranger.cookie), "shop/free_offers", json!({ "org_id": org })).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    // Signed out: no order at all.
    let (status, _) =
        app.call(None, "shop/checkout", order(&org, "x", json!([domain("x.fr")]), json!([]), json!([]))).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);

    assert_eq!(invoices(&app, &org).await, 3);
    assert_eq!(products(&app, &org).await, 3);
    assert_eq!(balance(&app, &org).await, 97 * DOMAIN_TOTAL);
    let mail = app.mail_to_about("owner@shop.test", "Your order").await;
    assert!(mail["body"].as_str().unwrap().contains("owner-shop.fr"), "{mail}");
}

#[tokio::test]
async fn each_promo_refusal_has_its_code_and_changes_nothing() {
    let app = TestApp::spawn().await;
    let owner = app.sign_up("promo@shop.test", "Pia", "Promo").await;
    let other = app.sign_up("other@shop.test", "Otto", "Other").await;
    let org = owner.org_id.clone();
    set_balance(&app, &org, 10 * DOMAIN_TOTAL).await;
    let now = app.state.now();
    promo(&app, "OLD10", "domain", None, now - 1, 5).await;
    promo(&app, "GONE10", "domain", None, now + 86_400_000, 0).await;
    promo(&app, "THEIRS10", "domain", Some(&other.org_id), now + 86_400_000, 5).await;
    promo(&app, "HOST10", "web_hosting", None, now + 86_400_000, 5).await;
    for (code, reason) in [
        ("OLD10", "expired"),
        ("GONE10", "used_up"),
        ("THEIRS10", "wrong_organization"),
        ("HOST10", "no_matching_product"),
        ("NOSUCH", "unknown"),
    ] {
        let promos = json!([{ "code": code.to_lowercase(), "item": 0 }]);
        let (status, quote) = app
            .call(
                Some(&owner.cookie),
                "shop/quote",
                json!({ "org_id": org, "items": [domain("p.fr")], "promo_codes": promos, "free_offers": [] }),
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{quote}");
        assert_eq!(quote["promo_codes"][0]["refusal"], reason, "{quote}");
        assert_eq!(quote["total_minor"], DOMAIN_TOTAL);
        let (status, body) = app
            .call(Some(&owner.cookie), "shop/checkout", order(&org, code, json!([domain("p.fr")]), promos, json!([])))
            .await;
        assert_eq!(status, StatusCode::CONFLICT, "{code}: {body}");
        assert_eq!((&body["error"], &body["refusal"]["refusal"]), (&json!("order_refused"), &json!("promo")));
        assert_eq!((&body["refusal"]["reason"], &body["refusal"]["code"]), (&json!(reason), &json!(code)), "{body}");
    }
    assert_eq!(invoices(&app, &org).await, 0);
    assert_eq!(products(&app, &org).await, 0);
    assert_eq!(balance(&app, &org).await, 10 * DOMAIN_TOTAL);
    assert_eq!(
        scalar(&app, "SELECT CAST(COALESCE(SUM(uses), 0) AS BIGINT) FROM promo_codes WHERE code <> $1", "").await,
        0
    );
}

#[tokio::test]
async fn two_codes_for_two_items_each_apply_once() {
    let app = TestApp::spawn().await;
    let owner = app.sign_up("two@shop.test", "Tom", "Two").await;
    let org = owner.org_id.clone();
    set_balance(&app, &org, 10 * DOMAIN_TOTAL).await;
    let later = app.state.now() + 86_400_000;
    promo(&app, "WELCOME10", "domain", Some(&org), later, 1).await;
    promo(&app, "HOSTING10", "web_hosting", None, later, 3).await;
    let items = json!([domain("two.fr"), { "offer": "web_hosting", "name": "Site", "quantity": 1 }]);
    let promos = json!([{ "code": "WELCOME10", "item": 0 }, { "code": "hosting10", "item": 1 }]);
    // The same code on a second item, or a second code on one item, is refused.
    let (_, quote) = app
        .call(Some(&owner.cookie), "shop/quote", json!({ "org_id": org, "items": items,
            "promo_codes": [{ "code": "WELCOME10", "item": 0 }, { "code": "WELCOME10", "item": 1 }, { "code": "HOSTING10", "item": 0 }],
            "free_offers": [] }))
        .await;
    assert_eq!(quote["promo_codes"][0]["discount_minor"], 120, "{quote}");
    assert_eq!(quote["promo_codes"][1]["refusal"], "already_applied");
    assert_eq!(quote["promo_codes"][2]["refusal"], "already_applied");

    let (status, body) = app
        .call(Some(&owner.cookie), "shop/checkout", order(&org, "k1", items.clone(), promos.clone(), json!([])))
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    // (12.00 − 1.20) + (118.80 − 11.88) = 117.72; VAT 20 % = 23.544 → 23.54; 141.26.
    assert_eq!(body["total_minor"], 14126, "{body}");
    let discounts = scalar(
        &app,
        "SELECT CAST(SUM(l.discount_minor) AS BIGINT) FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id WHERE i.org_id = $1",
        &org,
    )
    .await;
    assert_eq!(discounts, 120 + 1188);
    assert_eq!(scalar(&app, "SELECT COUNT(*) FROM promo_redemptions WHERE org_id = $1", &org).await, 2);
    // WELCOME10 had one use: gone now.
    let (status, body) =
        app.call(Some(&owner.cookie), "shop/checkout", order(&org, "k2", items, promos, json!([]))).await;
    assert_eq!((status, &body["refusal"]["reason"]), (StatusCode::CONFLICT, &json!("used_up")), "{body}");
    assert_eq!(invoices(&app, &org).await, 1);
}

#[tokio::test]
async fn insufficient_balance_orders_nothing_and_consumes_no_number() {
    let app = TestApp::spawn().await;
    let owner = app.sign_up("poor@shop.test", "Pat", "Poor").await;
    let org = owner.org_id.clone();
    set_balance(&app, &org, DOMAIN_TOTAL - 1).await;
    promo(&app, "POOR10", "domain", None, app.state.now() + 86_400_000, 1).await;
    let promos = json!([{ "code": "POOR10", "item": 0 }]);
    let (status, body) = app
        .call(
            Some(&owner.cookie),
            "shop/checkout",
            order(&org, "a", json!([domain("big.fr"), domain("big2.fr")]), promos.clone(), json!([])),
        )
        .await;
    assert_eq!(status, StatusCode::PAYMENT_REQUIRED, "{body}");
    assert_eq!(body["refusal"]["refusal"], "insufficient_balance");
    assert_eq!(body["refusal"]["balance_minor"], DOMAIN_TOTAL - 1);
    assert_eq!((invoices(&app, &org).await, products(&app, &org).await), (0, 0));
    assert_eq!(balance(&app, &org).await, DOMAIN_TOTAL - 1);
    assert_eq!(scalar(&app, "SELECT uses FROM promo_codes WHERE code = $1", "POOR10").await, 0);
    // The number was given back: the next order is number 1.
    set_balance(&app, &org, DOMAIN_TOTAL).await;
    let (status, body) = buy(&app, &owner, &org, "b", "small.fr").await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert!(body["number"].as_str().unwrap().ends_with("-000001"), "{body}");
    assert_eq!(balance(&app, &org).await, 0);
}

#[tokio::test]
async fn a_double_click_orders_once_and_a_reused_key_is_refused() {
    let app = TestApp::spawn().await;
    let owner = app.sign_up("twice@shop.test", "Tina", "Twice").await;
    let org = owner.org_id.clone();
    set_balance(&app, &org, 5 * DOMAIN_TOTAL).await;
    let (a, b) = tokio::join!(buy(&app, &owner, &org, "same", "once.fr"), buy(&app, &owner, &org, "same", "once.fr"));
    assert_eq!((a.0, b.0), (StatusCode::OK, StatusCode::OK), "{a:?} {b:?}");
    assert_eq!(a.1["invoice_id"], b.1["invoice_id"]);
    assert_eq!((invoices(&app, &org).await, products(&app, &org).await), (1, 1));
    let (status, body) = buy(&app, &owner, &org, "same", "other.fr").await;
    assert_eq!((status, &body["refusal"]["refusal"]), (StatusCode::CONFLICT, &json!("order_key_reused")));
    assert_eq!(balance(&app, &org).await, 4 * DOMAIN_TOTAL);
}

#[tokio::test]
async fn a_free_offer_makes_its_item_free_once_and_only_for_its_organization() {
    let app = TestApp::spawn().await;
    let owner = app.sign_up("free@shop.test", "Fred", "Free").await;
    let other = app.sign_up("notfree@shop.test", "Nora", "Notfree").await;
    let org = owner.org_id.clone();
    let now = app.state.now().to_string();
    app.sql(
        &format!("INSERT INTO free_offers (id, org_id, offer, granted_at) VALUES ('free1', $1, 'domain', {now})"),
        &[&org],
    )
    .await;
    let (status, list) = app.call(Some(&owner.cookie), "shop/free_offers", json!({ "org_id": org })).await;
    assert_eq!((status, list.as_array().map(Vec::len)), (StatusCode::OK, Some(1)), "{list}");
    assert_eq!(list[0]["offer"], "domain");
    // Another organization cannot use it.
    let frees = json!([{ "id": "free1", "item": 0 }]);
    let (status, body) = app
        .call(
            Some(&other.cookie),
            "shop/checkout",
            order(&other.org_id, "o", json!([domain("n.fr")]), json!([]), frees.clone()),
        )
        .await;
    assert_eq!((status, &body["refusal"]["reason"]), (StatusCode::CONFLICT, &json!("unknown")), "{body}");
    // Not for a hosting.
    let hosting = json!([{ "offer": "web_hosting", "name": "", "quantity": 1 }]);
    let (status, body) =
        app.call(Some(&owner.cookie), "shop/checkout", order(&org, "h", hosting, json!([]), frees.clone())).await;
    assert_eq!((status, &body["refusal"]["reason"]), (StatusCode::CONFLICT, &json!("no_matching_product")));
    // With a zero balance, the free domain is ordered: a zero invoice is born paid.
    let (status, body) = app
        .call(
            Some(&owner.cookie),
            "shop/checkout",
            order(&org, "f", json!([domain("free.fr")]), json!([]), frees.clone()),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!((&body["total_minor"], &body["paid"]), (&json!(0), &json!(true)));
    let (status, body) = app
        .call(Some(&owner.cookie), "shop/checkout", order(&org, "g", json!([domain("free2.fr")]), json!([]), frees))
        .await;
    assert_eq!((status, &body["refusal"]["reason"]), (StatusCode::CONFLICT, &json!("used")), "{body}");
    let (_, list) = app.call(Some(&owner.cookie), "shop/free_offers", json!({ "org_id": org })).await;
    assert_eq!(list, json!([]));
}

#[tokio::test]
async fn crafted_carts_get_clear_refusals() {
    let app = TestApp::spawn().await;
    let owner = app.sign_up("craft@shop.test", "Cora", "Craft").await;
    let org = owner.org_id.clone();
    let cases = [
        (json!([]), "empty_cart"),
        (json!([{ "offer": "domain_fr", "name": "bad name.fr", "quantity": 1 }]), "item"),
        (json!([{ "offer": "domain_fr", "name": "good.ch", "quantity": 1 }]), "item"),
        (json!([{ "offer": "nope", "name": "", "quantity": 1 }]), "item"),
        (json!([{ "offer": "drive", "name": "", "quantity": 11 }]), "item"),
        (json!(vec![domain("a.fr"); 21]), "too_many_items"),
    ];
    for (items, refusal) in cases {
        let (status, body) =
            app.call(Some(&owner.cookie), "shop/checkout", order(&org, "c", items, json!([]), json!([]))).await;
        assert_eq!(
            (status, &body["refusal"]["refusal"]),
            (StatusCode::UNPROCESSABLE_ENTITY, &json!(refusal)),
            "{body}"
        );
    }
    let long_key = "k".repeat(65);
    let (status, _) = buy(&app, &owner, &org, &long_key, "a.fr").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let (status, _) = app
        .call(
            Some(&owner.cookie),
            "shop/checkout",
            order(&org, "c", json!([domain("a.fr")]), json!([{ "code": "X", "item": 5 }]), json!([])),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let long_code = json!([{ "code": "X".repeat(5000), "item": 0 }]);
    let (status, body) = app
        .call(Some(&owner.cookie), "shop/checkout", order(&org, "c", json!([domain("a.fr")]), long_code, json!([])))
        .await;
    assert_eq!((status, &body["refusal"]["reason"]), (StatusCode::CONFLICT, &json!("unknown")));
    assert_eq!(invoices(&app, &org).await, 0);
}

#[tokio::test]
async fn a_payment_profile_pays_declines_or_waits() {
    let app = TestApp::spawn().await;
    let owner = app.sign_up("card@shop.test", "Cat", "Card").await;
    let other = app.sign_up("card2@shop.test", "Cid", "Card").await;
    let org = owner.org_id.clone();
    let now = app.state.now().to_string();
    for (id, reference) in [("p_ok", "test_ok"), ("p_no", "test_decline"), ("p_wait", "test_delayed")] {
        app.sql(
            &format!(
                "INSERT INTO payment_profiles (id, org_id, provider, label, provider_ref, created_at) \
                 VALUES ($1, $2, 'test', $1, $3, {now})"
            ),
            &[id, &org, reference],
        )
        .await;
    }
    let (_, choices) = app.call(Some(&owner.cookie), "shop/payment_choices", json!({ "org_id": org })).await;
    assert_eq!(choices["profiles"].as_array().map(Vec::len), Some(3), "{choices}");
    let with = |key: &str, profile: &str| {
        let mut o = order(&org, key, json!([domain(&format!("{key}.fr"))]), json!([]), json!([]));
        o["payment_means"] = json!({ "profile": profile });
        o
    };
    let (status, body) = app.call(Some(&owner.cookie), "shop/checkout", with("declined", "p_no")).await;
    assert_eq!((status, &body["refusal"]["refusal"]), (StatusCode::PAYMENT_REQUIRED, &json!("declined")), "{body}");
    assert_eq!((invoices(&app, &org).await, products(&app, &org).await), (0, 0));
    let (status, body) = app.call(Some(&owner.cookie), "shop/checkout", with("paid", "p_ok")).await;
    assert_eq!((status, &body["paid"]), (StatusCode::OK, &json!(true)), "{body}");
    let (status, body) = app.call(Some(&owner.cookie), "shop/checkout", with("waiting", "p_wait")).await;
    assert_eq!((status, &body["paid"]), (StatusCode::OK, &json!(false)), "{body}");
    assert_eq!(scalar(&app, "SELECT COUNT(*) FROM invoices WHERE org_id = $1 AND status = 'unpaid'", &org).await, 1);
    assert_eq!(products(&app, &org).await, 2);
    // Another organization's profile is no means of this one.
    let mut o = order(&other.org_id, "x", json!([domain("x.fr")]), json!([]), json!([]));
    o["payment_means"] = json!({ "profile": "p_ok" });
    let (status, body) = app.call(Some(&other.cookie), "shop/checkout", o).await;
    assert_eq!((status, &body["refusal"]["refusal"]), (StatusCode::CONFLICT, &json!("no_such_profile")));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_checkouts_never_overdraw_nor_skip_a_number() {
    let app = TestApp::spawn().await;
    let owner = app.sign_up("rush@shop.test", "Rita", "Rush").await;
    let org = owner.org_id.clone();
    let start = 5 * DOMAIN_TOTAL + 100;
    set_balance(&app, &org, start).await;
    let calls = (0..8).map(|i| {
        let (app, owner, org) = (&app, &owner, &org);
        async move { buy(app, owner, org, &format!("k{i}"), &format!("rush{i}.fr")).await }
    });
    let answers = futures_join_all(calls).await;
    let ok = answers.iter().filter(|(s, _)| *s == StatusCode::OK).count() as i64;
    for (status, body) in &answers {
        assert!(*status == StatusCode::OK || body["refusal"]["refusal"] == "insufficient_balance", "{status} {body}");
    }
    assert_eq!(ok, 5);
    let left = balance(&app, &org).await;
    assert!(left >= 0);
    let paid = scalar(&app, "SELECT COUNT(*) FROM invoices WHERE org_id = $1 AND status = 'paid'", &org).await;
    assert_eq!(paid, ok);
    assert_eq!(start - left, paid * DOMAIN_TOTAL);
    let taken =
        -scalar(&app, "SELECT CAST(SUM(amount_minor) AS BIGINT) FROM balance_movements WHERE org_id = $1", &org).await;
    assert_eq!(taken, paid * DOMAIN_TOTAL);
    let mut seqs: Vec<(i64,)> = sqlx::query_as("SELECT seq FROM invoices WHERE org_id = $1 ORDER BY seq")
        .bind(&org)
        .fetch_all(app.state.pool())
        .await
        .unwrap();
    seqs.dedup();
    assert_eq!(seqs.into_iter().map(|s| s.0).collect::<Vec<_>>(), (1..=ok).collect::<Vec<_>>());
}

/// Runs the futures at once (no extra dependency).
async fn futures_join_all<F: std::future::Future>(futures: impl Iterator<Item = F>) -> Vec<F::Output> {
    let handles: Vec<_> = futures.map(Box::pin).collect();
    let mut outputs = Vec::new();
    let mut pending: Vec<_> = handles.into_iter().map(Some).collect();
    // Poll them together.
    std::future::poll_fn(|cx| {
        let mut all_done = true;
        for slot in pending.iter_mut() {
            if let Some(f) = slot {
                match f.as_mut().poll(cx) {
                    std::task::Poll::Ready(out) => {
                        outputs.push(out);
                        *slot = None;
                    }
                    std::task::Poll::Pending => all_done = false,
                }
            }
        }
        if all_done {
            std::task::Poll::Ready(())
        } else {
            std::task::Poll::Pending
        }
    })
    .await;
    outputs
}
