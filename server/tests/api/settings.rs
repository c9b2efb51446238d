//! The organization's settings (ORG-3, ORG-4, ORG-5): who may read and change what,
//! validation that names its field and changes nothing, the summary email to the legal
//! representatives, the audit log, the currency, logo uploads, and the country at
//! sign-up.

use std::io::Cursor;

use base64::Engine;
use reqwest::StatusCode;
use serde_json::{json, Value};

use crate::helpers::{link_param, sign_up_body, TestApp, User};

fn swiss_details() -> Value {
    json!({
        "name": "Lea Rep", "kind": "company", "country": "CH", "street": "Rue du Lac 1",
        "postcode": "1003", "city": "Lausanne", "phone": "021 345 67 89",
    })
}

fn billing(label: &str) -> Value {
    json!({ "label": label, "country": "FR", "street": "1 rue de Rivoli", "postcode": "75001", "city": "Paris" })
}

async fn settings(app: &TestApp, who: &User, org_id: &str) -> Value {
    let (status, body) = app.call(Some(&who.cookie), "settings/get", json!({ "org_id": org_id })).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    body
}

async fn audit_actions(app: &TestApp, org_id: &str) -> Vec<(String, String)> {
    let rows: Vec<(String, String)> =
        sqlx::query_as("SELECT action, detail FROM audit_log WHERE org_id = $1 ORDER BY created_at, id")
            .bind(org_id)
            .fetch_all(app.state.pool())
            .await
            .unwrap();
    rows
}

async fn stored_logos(app: &TestApp, org_id: &str) -> i64 {
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM organization_logos WHERE org_id = $1")
        .bind(org_id)
        .fetch_one(app.state.pool())
        .await
        .unwrap();
    n
}

fn png(width: u32, height: u32) -> Vec<u8> {
    // RGB, so the stored re-encoding (RGBA) cannot be the same bytes.
    let img = image::RgbImage::from_fn(width, height, |x, y| image::Rgb([(x % 256) as u8, (y % 256) as u8, 128]));
    let mut out = Vec::new();
    image::DynamicImage::ImageRgb8(img).write_to(&mut Cursor::new(&mut out), image::ImageFormat::Png).unwrap();
    out
}

fn b64(bytes: &[u8]) -> String {
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

/// A legal representative, an administrator, a collaborator, an external user and a
/// blocked collaborator of one organization, and the legal representative of another.
struct World {
    app: TestApp,
    lr: User,
    admin: User,
    collab: User,
    external: User,
    blocked: User,
    outsider: User,
}

async fn world() -> World {
    let app = TestApp::spawn().await;
    let lr = app.sign_up("lr@example.ch", "Lea", "Rep").await;
    let admin = app.invite_new(&lr, &lr.org_id, "admin@example.ch", "administrator", "Adam").await;
    let collab = app.invite_new(&lr, &lr.org_id, "collab@example.ch", "collaborator", "Colette").await;
    let external = app.invite_new(&lr, &lr.org_id, "ext@example.ch", "external", "Xena").await;
    let blocked = app.invite_new(&lr, &lr.org_id, "blocked@example.ch", "collaborator", "Bob").await;
    app.sql("UPDATE memberships SET blocked_at = 1 WHERE user_id = $1", &[&blocked.user_id]).await;
    let outsider = app.sign_up("other@example.fr", "Otto", "Other").await;
    World { app, lr, admin, collab, external, blocked, outsider }
}

/// What each caller gets: `None` for success, else the refusal.
fn expected(who: &str, managers_may: bool) -> Option<(StatusCode, Value)> {
    let denied = |reason: &str| Some((StatusCode::FORBIDDEN, json!({ "error": "denied", "reason": reason })));
    let lr_only = if managers_may { "only_managers_customize" } else { "only_legal_representative_edits_details" };
    match who {
        "lr" => None,
        "admin" if managers_may => None,
        "admin" | "collab" | "external" => denied(lr_only),
        "blocked" => denied("blocked"),
        "outsider" => denied("not_a_member"),
        "signed_out" => Some((StatusCode::UNAUTHORIZED, json!({ "error": "unauthenticated" }))),
        _ => unreachable!(),
    }
}

#[tokio::test]
async fn every_member_reads_the_settings_and_nobody_else() {
    let w = world().await;
    let org = w.lr.org_id.clone();
    for (name, who) in [("lr", &w.lr), ("admin", &w.admin), ("collab", &w.collab), ("external", &w.external)] {
        let body = settings(&w.app, who, &org).await;
        assert_eq!(body["details"]["name"], "Lea Rep", "{name}");
        assert_eq!(body["details"]["country"], "FR", "{name}: the country chosen at sign-up");
        assert_eq!(body["details"]["currency"], "EUR", "{name}");
    }
    let (status, body) = w.app.call(Some(&w.blocked.cookie), "settings/get", json!({ "org_id": org })).await;
    assert_eq!((status, body), (StatusCode::FORBIDDEN, json!({ "error": "denied", "reason": "blocked" })));
    let (status, body) = w.app.call(Some(&w.outsider.cookie), "settings/get", json!({ "org_id": org })).await;
    assert_eq!((status, body), (StatusCode::FORBIDDEN, json!({ "error": "denied", "reason": "not_a_member" })));
    let (status, _) = w.app.call(None, "settings/get", json!({ "org_id": org })).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    // Another organization: its own legal representative reads it, ours does not.
    let (status, body) = w.app.call(Some(&w.lr.cookie), "settings/get", json!({ "org_id": w.outsider.org_id })).await;
    assert_eq!((status, body), (StatusCode::FORBIDDEN, json!({ "error": "denied", "reason": "not_a_member" })));
    settings(&w.app, &w.outsider, &w.outsider.org_id).await;
}

#[tokio::test]
async fn the_authorization_matrix_of_every_change() {
    let w = world().await;
    let org = w.lr.org_id.clone();
    let (status, added) = w
        .app
        .call(Some(&w.lr.cookie), "settings/add_billing_address", json!({ "org_id": org, "address": billing("Paris") }))
        .await;
    assert_eq!(status, StatusCode::OK, "{added}");
    let address_id = added["id"].as_str().unwrap().to_string();

    let calls: Vec<(&str, Value, bool)> = vec![
        ("settings/update_details", json!({ "org_id": org, "details": swiss_details() }), false),
        ("settings/add_billing_address", json!({ "org_id": org, "address": billing("Lyon") }), false),
        (
            "settings/update_billing_address",
            json!({ "org_id": org, "id": address_id, "address": billing("Paris 2") }),
            false,
        ),
        ("settings/customize", json!({ "org_id": org, "initials": "ZZ", "color": "teal" }), true),
        ("settings/upload_logo", json!({ "org_id": org, "kind": "square", "data_base64": b64(&png(32, 32)) }), true),
        ("settings/remove_logo", json!({ "org_id": org, "kind": "wide" }), true),
        ("settings/remove_billing_address", json!({ "org_id": org, "id": address_id }), false),
    ];
    let callers: Vec<(&str, Option<&User>)> = vec![
        ("signed_out", None),
        ("outsider", Some(&w.outsider)),
        ("blocked", Some(&w.blocked)),
        ("external", Some(&w.external)),
        ("collab", Some(&w.collab)),
        ("admin", Some(&w.admin)),
    ];
    for (endpoint, body, managers_may) in &calls {
        for (name, who) in &callers {
            let Some((status, refusal)) = expected(name, *managers_may) else { continue };
            let before = settings(&w.app, &w.lr, &org).await;
            let audit_before = audit_actions(&w.app, &org).await.len();
            let mails_before = w.app.outbox().await.len();
            let (got, answer) = w.app.call(who.map(|u| u.cookie.as_str()), endpoint, body.clone()).await;
            assert_eq!((got, &answer), (status, &refusal), "{name} on {endpoint}");
            assert_eq!(settings(&w.app, &w.lr, &org).await, before, "{name} on {endpoint}: nothing changed");
            assert_eq!(audit_actions(&w.app, &org).await.len(), audit_before, "{name} on {endpoint}: no audit entry");
            assert_eq!(w.app.outbox().await.len(), mails_before, "{name} on {endpoint}: no email");
        }
        // Our legal representative has no say in another organization.
        let mut other = body.clone();
        other["org_id"] = json!(w.outsider.org_id);
        let before = settings(&w.app, &w.outsider, &w.outsider.org_id).await;
        let (got, answer) = w.app.call(Some(&w.lr.cookie), endpoint, other).await;
        assert_eq!(got, StatusCode::FORBIDDEN, "{endpoint} in another organization: {answer}");
        assert_eq!(answer["reason"], "not_a_member");
        assert_eq!(settings(&w.app, &w.outsider, &w.outsider.org_id).await, before);
        // Those allowed succeed, administrators included where managers may.
        let allowed: &User = if *managers_may { &w.admin } else { &w.lr };
        let (got, answer) = w.app.call(Some(&allowed.cookie), endpoint, body.clone()).await;
        assert_eq!(got, StatusCode::OK, "{endpoint}: {answer}");
    }
    let after = settings(&w.app, &w.lr, &org).await;
    assert_eq!(after["details"]["city"], "Lausanne");
    assert_eq!(after["appearance"]["initials"], "ZZ");
    assert_eq!(after["appearance"]["color"], "teal");
    assert!(after["appearance"]["square_logo"].as_str().unwrap().starts_with(&format!("/logos/{org}/square.png?v=")));
    let labels: Vec<&str> =
        after["billing_addresses"].as_array().unwrap().iter().map(|a| a["label"].as_str().unwrap()).collect();
    assert_eq!(labels, vec!["Lyon"]);
    let actions: Vec<String> = audit_actions(&w.app, &org).await.into_iter().map(|(a, _)| a).collect();
    for action in [
        "organization.details_changed",
        "organization.billing_address_added",
        "organization.billing_address_changed",
        "organization.billing_address_removed",
        "organization.customized",
        "organization.logo_changed",
    ] {
        assert!(actions.iter().any(|a| a == action), "{action} in {actions:?}");
    }
}

#[tokio::test]
async fn a_change_of_details_is_summarized_to_every_legal_representative_in_their_language() {
    let app = TestApp::spawn().await;
    let lr = app.sign_up("lr@example.ch", "Lea", "Rep").await;
    let second = app.invite_new(&lr, &lr.org_id, "second@example.ch", "legal_representative", "Sami").await;
    app.sql("UPDATE users SET lang = 'fr' WHERE id = $1", &[&second.user_id]).await;
    let admin = app.invite_new(&lr, &lr.org_id, "admin@example.ch", "administrator", "Adam").await;
    let org = lr.org_id.clone();
    let (status, body) = app
        .call(Some(&lr.cookie), "settings/update_details", json!({ "org_id": org, "details": swiss_details() }))
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["details"]["phone"], "+41213456789");
    assert_eq!(body["details"]["currency"], "CHF");

    let en = app.last_mail_to("lr@example.ch").await;
    assert_eq!(en["subject"], "The details of Lea Rep changed");
    let text = en["body"].as_str().unwrap();
    assert!(text.contains("- Country: France → Switzerland"), "{text}");
    assert!(text.contains("- Postcode: Not set → 1003"), "{text}");
    assert!(text.contains("- Invoicing currency: EUR → CHF"), "{text}");
    assert!(text.contains("- Type of organization: Individual → Company"), "{text}");
    assert!(text.contains(&format!("/o/{org}/settings")), "{text}");
    let fr = app.last_mail_to("second@example.ch").await;
    assert_eq!(fr["subject"], "Les coordonnées de Lea Rep ont changé");
    assert!(fr["body"].as_str().unwrap().contains("- Pays : France → Suisse"), "{}", fr["body"]);
    assert!(app
        .outbox()
        .await
        .iter()
        .all(|m| m["to"] != "admin@example.ch" || !m["subject"].as_str().unwrap().contains("details")));
    let _ = admin;

    let audit = audit_actions(&app, &org).await;
    let (_, detail) = audit.iter().rev().find(|(a, _)| a == "organization.details_changed").expect("audited");
    let detail: Value = serde_json::from_str(detail).unwrap();
    assert_eq!(detail["before"]["country"], "FR");
    assert_eq!(detail["after"]["country"], "CH");
    assert_eq!(detail["before"]["currency"], "EUR");
    assert_eq!(detail["after"]["currency"], "CHF");
    assert!(detail["after"].get("name").is_none(), "only what changed: {detail}");

    // Saving the same details again changes nothing and tells nobody.
    let mails = app.outbox().await.len();
    let (status, _) = app
        .call(Some(&lr.cookie), "settings/update_details", json!({ "org_id": org, "details": swiss_details() }))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(app.outbox().await.len(), mails);
}

#[tokio::test]
async fn the_currency_follows_the_postal_address() {
    let app = TestApp::spawn().await;
    let lr = app.sign_up("lr@example.ch", "Lea", "Rep").await;
    for (country, postcode, currency) in
        [("CH", "8001", "CHF"), ("FR", "75001", "EUR"), ("LI", "9490", "CHF"), ("DE", "10115", "EUR")]
    {
        let mut details = swiss_details();
        details["country"] = json!(country);
        details["postcode"] = json!(postcode);
        details["phone"] = json!("");
        let (status, body) = app
            .call(Some(&lr.cookie), "settings/update_details", json!({ "org_id": lr.org_id, "details": details }))
            .await;
        assert_eq!(status, StatusCode::OK, "{body}");
        assert_eq!(body["details"]["currency"], currency, "{country}");
        let (stored,): (String,) = sqlx::query_as("SELECT currency FROM organizations WHERE id = $1")
            .bind(&lr.org_id)
            .fetch_one(app.state.pool())
            .await
            .unwrap();
        assert_eq!(stored, currency, "{country}");
    }
}

#[tokio::test]
async fn invalid_details_name_their_field_and_change_nothing() {
    let app = TestApp::spawn().await;
    let lr = app.sign_up("lr@example.ch", "Lea", "Rep").await;
    let org = lr.org_id.clone();
    let (status, _) = app
        .call(Some(&lr.cookie), "settings/update_details", json!({ "org_id": org, "details": swiss_details() }))
        .await;
    assert_eq!(status, StatusCode::OK);
    let before = settings(&app, &lr, &org).await;
    let mails = app.outbox().await.len();
    let cases = [
        ("postcode", json!("75001"), "postcode", json!({ "detail": "postcode" })),
        ("postcode", json!(""), "postcode", json!({ "detail": "empty" })),
        ("postcode", json!("1".repeat(40)), "postcode", json!({ "detail": { "too_long": { "max": 12 } } })),
        ("phone", json!("+1 212 555 0100"), "phone", json!({ "detail": "phone" })),
        ("phone", json!("call me maybe"), "phone", json!({ "detail": "phone" })),
        ("street", json!("  "), "street", json!({ "detail": "empty" })),
        ("street", json!("x".repeat(121)), "street", json!({ "detail": { "too_long": { "max": 120 } } })),
        ("street", json!("Rue\u{202E} 1"), "street", json!({ "detail": "control_characters" })),
        ("city", json!("y".repeat(81)), "city", json!({ "detail": { "too_long": { "max": 80 } } })),
        ("country", json!("US"), "country", json!({ "detail": "unknown_country" })),
        ("name", json!(""), "organization_name", json!({ "name": "empty" })),
    ];
    for (key, value, field, problem) in cases {
        let mut details = swiss_details();
        details[key] = value;
        let (status, body) =
            app.call(Some(&lr.cookie), "settings/update_details", json!({ "org_id": org, "details": details })).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{key}: {body}");
        assert_eq!(body, json!({ "error": "invalid", "field": field, "problem": problem }), "{key}");
        assert_eq!(settings(&app, &lr, &org).await, before, "{key}: nothing changed");
    }
    let mut details = swiss_details();
    details["kind"] = json!("pirate");
    let (status, body) =
        app.call(Some(&lr.cookie), "settings/update_details", json!({ "org_id": org, "details": details })).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
    assert_eq!(app.outbox().await.len(), mails, "no email after a refusal");

    // Billing addresses are checked alike.
    let mut bad = billing("");
    let (status, body) = app
        .call(Some(&lr.cookie), "settings/add_billing_address", json!({ "org_id": org, "address": bad.clone() }))
        .await;
    assert_eq!((status, body["field"].clone()), (StatusCode::UNPROCESSABLE_ENTITY, json!("label")));
    bad["label"] = json!("HQ");
    bad["postcode"] = json!("1003");
    let (status, body) =
        app.call(Some(&lr.cookie), "settings/add_billing_address", json!({ "org_id": org, "address": bad })).await;
    assert_eq!((status, body["field"].clone()), (StatusCode::UNPROCESSABLE_ENTITY, json!("postcode")));
    let (status, body) = app
        .call(Some(&lr.cookie), "settings/customize", json!({ "org_id": org, "initials": "ABC", "color": "red" }))
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert_eq!(body["field"], "initials");
    assert_eq!(settings(&app, &lr, &org).await, before);
}

#[tokio::test]
async fn a_billing_address_a_product_is_invoiced_to_stays() {
    let app = TestApp::spawn().await;
    let lr = app.sign_up("lr@example.ch", "Lea", "Rep").await;
    let org = lr.org_id.clone();
    let (_, added) = app
        .call(Some(&lr.cookie), "settings/add_billing_address", json!({ "org_id": org, "address": billing("HQ") }))
        .await;
    let id = added["id"].as_str().unwrap();
    app.sql(
        "INSERT INTO products (id, org_id, category, kind, name, status, billing_address_id, created_at) \
         VALUES ('p1', $1, 'web_domains', 'domain', 'example.ch', 'active', $2, 0)",
        &[&org, id],
    )
    .await;
    let (status, body) =
        app.call(Some(&lr.cookie), "settings/remove_billing_address", json!({ "org_id": org, "id": id })).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert_eq!(body["problem"], json!({ "detail": "in_use" }));
    assert_eq!(settings(&app, &lr, &org).await["billing_addresses"].as_array().unwrap().len(), 1);
    // An address of another organization is not found, whatever its id.
    let other = app.sign_up("other@example.ch", "Otto", "Other").await;
    let (status, _) = app
        .call(Some(&other.cookie), "settings/remove_billing_address", json!({ "org_id": other.org_id, "id": id }))
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_logo_is_checked_by_content_re_encoded_and_served_as_png() {
    let app = TestApp::spawn().await;
    let lr = app.sign_up("lr@example.ch", "Lea", "Rep").await;
    let org = lr.org_id.clone();
    let upload = |kind: &str, bytes: &[u8]| json!({ "org_id": org, "kind": kind, "data_base64": b64(bytes) });

    // A PNG with a page glued after it: accepted, and only the image survives.
    let mut original = png(600, 600);
    original.extend_from_slice(b"<html><script>alert(1)</script></html>");
    let (status, body) = app.call(Some(&lr.cookie), "settings/upload_logo", upload("square", &original)).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let url = body["square_logo"].as_str().unwrap().to_string();
    let res = app.client.get(format!("{}{url}", app.base)).send().await.unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(res.headers()["content-type"], "image/png");
    assert_eq!(res.headers()["x-content-type-options"], "nosniff");
    assert!(res.headers()["cache-control"].to_str().unwrap().contains("immutable"));
    let served = res.bytes().await.unwrap().to_vec();
    assert_ne!(served, original, "re-encoded, not the upload");
    assert!(!served.windows(7).any(|w| w == b"<script"), "the glued page is gone");
    let decoded = image::load_from_memory_with_format(&served, image::ImageFormat::Png).expect("a PNG");
    assert_eq!((decoded.width(), decoded.height()), (256, 256), "scaled to the header square's size");

    // The header square in the session shows it.
    let (_, me) = app.call(Some(&lr.cookie), "auth/me", json!({})).await;
    assert_eq!(me["organizations"][0]["square"]["logo"], json!(url));

    // A JPEG is accepted too; a wide logo keeps its shape.
    let mut jpeg = Vec::new();
    image::DynamicImage::ImageRgb8(image::RgbImage::new(400, 100))
        .write_to(&mut Cursor::new(&mut jpeg), image::ImageFormat::Jpeg)
        .unwrap();
    let (status, body) = app.call(Some(&lr.cookie), "settings/upload_logo", upload("wide", &jpeg)).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let served = app.client.get(format!("{}{}", app.base, body["wide_logo"].as_str().unwrap())).send().await.unwrap();
    let served = served.bytes().await.unwrap();
    assert!(served.starts_with(b"\x89PNG"), "served as PNG");

    let refusals: Vec<(&str, Vec<u8>, Value)> = vec![
        (
            "text named .png",
            b"this is not an image, whatever its name says".to_vec(),
            json!({ "logo": "not_an_image" }),
        ),
        (
            "svg",
            b"<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>".to_vec(),
            json!({ "logo": "not_an_image" }),
        ),
        ("gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;".to_vec(), json!({ "logo": "not_an_image" })),
        ("truncated png", png(64, 64)[..60].to_vec(), json!({ "logo": "not_an_image" })),
        ("huge dimensions", png(5000, 1), json!({ "logo": { "too_many_pixels": { "max_side": 4096 } } })),
    ];
    let logos = stored_logos(&app, &org).await;
    let before = settings(&app, &lr, &org).await;
    for (case, bytes, problem) in refusals {
        let (status, body) = app.call(Some(&lr.cookie), "settings/upload_logo", upload("square", &bytes)).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{case}: {body}");
        assert_eq!(body, json!({ "error": "invalid", "field": "logo", "problem": problem }), "{case}");
    }
    // Over 1 MB of content (random bytes, under the body limit once in base64).
    let big: Vec<u8> = (0..1_100_000u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect();
    let (status, body) = app.call(Some(&lr.cookie), "settings/upload_logo", upload("square", &big)).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert_eq!(body["problem"], json!({ "logo": { "too_large": { "max_bytes": 1048576 } } }));
    // Far beyond: the body limit refuses it before it is read.
    let res = app
        .client
        .post(format!("{}/api/settings/upload_logo", app.base))
        .header("content-type", "application/json")
        .header("cookie", &lr.cookie)
        .body(upload("square", &vec![0u8; 1_300_000]).to_string())
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::PAYLOAD_TOO_LARGE);
    // Other endpoints keep the small limit.
    let res = app
        .client
        .post(format!("{}/api/settings/customize", app.base))
        .header("content-type", "application/json")
        .header("cookie", &lr.cookie)
        .body(json!({ "org_id": org, "initials": "x".repeat(70_000), "color": "red" }).to_string())
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(stored_logos(&app, &org).await, logos);
    assert_eq!(settings(&app, &lr, &org).await, before, "nothing changed");

    // Removed: the URL no longer serves it, the session falls back to the initials.
    let (status, body) =
        app.call(Some(&lr.cookie), "settings/remove_logo", json!({ "org_id": org, "kind": "square" })).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["square_logo"], Value::Null);
    let res = app.client.get(format!("{}{url}", app.base)).send().await.unwrap();
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    let (_, me) = app.call(Some(&lr.cookie), "auth/me", json!({})).await;
    assert_eq!(me["organizations"][0]["square"]["logo"], Value::Null);
}

#[tokio::test]
async fn the_header_square_shows_the_chosen_initials_and_colour() {
    let app = TestApp::spawn().await;
    let lr = app.sign_up("lr@example.ch", "Lea", "Rep").await;
    let (status, body) = app
        .call(
            Some(&lr.cookie),
            "settings/customize",
            json!({ "org_id": lr.org_id, "initials": "ok", "color": "purple" }),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["initials"], "OK");
    let (_, me) = app.call(Some(&lr.cookie), "auth/me", json!({})).await;
    assert_eq!(me["organizations"][0]["square"], json!({ "initials": "OK", "color": "purple", "logo": null }));
    let (_, detail) =
        audit_actions(&app, &lr.org_id).await.into_iter().rev().find(|(a, _)| a == "organization.customized").unwrap();
    let detail: Value = serde_json::from_str(&detail).unwrap();
    assert_eq!(detail["before"], json!({ "initials": "LR", "color": "blue" }));
    assert_eq!(detail["after"], json!({ "initials": "OK", "color": "purple" }));
}

#[tokio::test]
async fn sign_up_asks_the_country_and_a_swiss_company_is_billed_in_francs() {
    let app = TestApp::spawn().await;
    let mut body = sign_up_body("ceo@acme.ch", "Jean", "Dupont", None);
    body["input"]["account_type"] = json!("company");
    body["input"]["organization_name"] = json!("Acme SA");
    body["input"]["country"] = json!("CH");
    let (status, out) = app.call(None, "auth/sign_up", body.clone()).await;
    assert_eq!(status, StatusCode::OK, "{out}");
    let token = link_param(&app.last_mail_to("ceo@acme.ch").await, "token=");
    let ceo = app.verify(&token).await;
    let s = settings(&app, &ceo, &ceo.org_id).await;
    assert_eq!(s["details"]["country"], "CH");
    assert_eq!(s["details"]["currency"], "CHF");
    assert_eq!(s["details"]["kind"], "company");
    let (country,): (Option<String>,) = sqlx::query_as("SELECT country FROM users WHERE id = $1")
        .bind(&ceo.user_id)
        .fetch_one(app.state.pool())
        .await
        .unwrap();
    assert_eq!(country.as_deref(), Some("CH"));

    for (value, problem) in
        [(Value::Null, json!({ "detail": "empty" })), (json!("XX"), json!({ "detail": "unknown_country" }))]
    {
        let mut body = sign_up_body("nobody@example.ch", "No", "Body", None);
        body["input"]["country"] = value;
        let (status, err) = app.call(None, "auth/sign_up", body).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{err}");
        assert_eq!(err, json!({ "error": "invalid", "field": "country", "problem": problem }));
    }
    assert!(app.outbox().await.iter().all(|m| m["to"] != "nobody@example.ch"), "no account without a country");
}
