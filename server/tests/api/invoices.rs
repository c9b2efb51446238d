//! Invoices, pro formas, PDFs and premium support (BIL-4, BIL-5, BIL-6) and ORG-7's
//! real conditions: who sees and pays what, the final PDF only once paid, pro formas from
//! unpaid invoices with gap-free numbers under concurrency, the PDF's text, and the
//! deletion blockers read from products, invoices and the balance.

use base64::Engine;
use reqwest::StatusCode;
use serde_json::{json, Value};
use server::features::billing::invoicing::{issue, NewLine};

use crate::helpers::{TestApp, User, PASSWORD};

/// An unpaid final invoice of `org_id` with one line per `(description, unit_minor)`.
async fn unpaid(app: &TestApp, org_id: &str, lines: &[(&str, i64)]) -> String {
    let lines: Vec<NewLine> = lines
        .iter()
        .map(|(d, unit)| NewLine {
            product_id: None,
            item_kind: "product",
            offer: None,
            description: d.to_string(),
            quantity: 1,
            unit_minor: *unit,
            discount_minor: 0,
            promo_code: None,
        })
        .collect();
    let mut tx = app.state.write().await.unwrap();
    let issued = issue(&mut tx, org_id, None, None, &lines, app.state.now()).await.unwrap();
    tx.commit().await.unwrap();
    issued.id
}

async fn credit(app: &TestApp, org_id: &str, minor: i64) {
    app.sql(&format!("UPDATE organizations SET prepaid_balance_minor = {minor} WHERE id = $1"), &[org_id]).await;
}

async fn balance(app: &TestApp, org_id: &str) -> i64 {
    let (b,): (i64,) = sqlx::query_as("SELECT prepaid_balance_minor FROM organizations WHERE id = $1")
        .bind(org_id)
        .fetch_one(app.state.pool())
        .await
        .unwrap();
    b
}

async fn count(app: &TestApp, sql: &str, org_id: &str) -> i64 {
    let (n,): (i64,) = sqlx::query_as(sql).bind(org_id).fetch_one(app.state.pool()).await.unwrap();
    n
}

fn pdf_bytes(body: &Value) -> Vec<u8> {
    base64::engine::general_purpose::STANDARD.decode(body["pdf_base64"].as_str().expect("pdf")).unwrap()
}

/// The text of every page, as a PDF reader extracts it.
fn pdf_text(bytes: &[u8]) -> String {
    let doc = lopdf::Document::load_mem(bytes).expect("a PDF that parses");
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    assert!(!pages.is_empty());
    doc.extract_text(&pages).expect("text")
}

/// A legal representative, an administrator, collaborators with and without billing
/// rights, an external user, and the legal representative of another organization.
struct World {
    app: TestApp,
    lr: User,
    admin: User,
    collab: User,
    biller: User,
    external: User,
    outsider: User,
}

async fn world() -> World {
    let app = TestApp::spawn().await;
    let lr = app.sign_up("lr@example.fr", "Lea", "Rep").await;
    let admin = app.invite_new(&lr, &lr.org_id, "admin@example.fr", "administrator", "Adam").await;
    let collab = app.invite_new(&lr, &lr.org_id, "collab@example.fr", "collaborator", "Colette").await;
    let biller = app.invite_new(&lr, &lr.org_id, "biller@example.fr", "collaborator", "Bill").await;
    let external = app.invite_new(&lr, &lr.org_id, "ext@example.fr", "external", "Xena").await;
    let outsider = app.sign_up("other@example.fr", "Otto", "Other").await;
    app.sql(
        "UPDATE memberships SET billing_rights = 1 WHERE org_id = $1 AND user_id = $2",
        &[&lr.org_id, &biller.user_id],
    )
    .await;
    World { app, lr, admin, collab, biller, external, outsider }
}

fn reason(body: &Value) -> &str {
    body["reason"].as_str().or(body["error"].as_str()).unwrap_or_default()
}

#[tokio::test]
async fn billing_is_for_managers_and_billing_rights_only() {
    let w = world().await;
    let app = &w.app;
    let org = w.lr.org_id.clone();
    credit(app, &org, 1_000_000).await;
    let first = unpaid(app, &org, &[("Domain example.fr", 1500)]).await;
    let second = unpaid(app, &org, &[("Web hosting", 9900)]).await;
    let (s, b) = app
        .call(
            Some(&w.lr.cookie),
            "invoices/pay",
            json!({ "org_id": org, "invoice_id": first, "means": { "kind": "balance" } }),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{b}");
    assert_eq!(b["outcome"], "paid");

    let reads = |invoice: &str| {
        vec![
            ("invoices/list", json!({ "org_id": org, "status": null, "after": null })),
            ("invoices/get", json!({ "org_id": org, "invoice_id": invoice })),
            ("invoices/to_pay", json!({ "org_id": org })),
            ("invoices/pdf", json!({ "org_id": org, "invoice_id": invoice })),
        ]
    };
    for who in [&w.lr, &w.admin, &w.biller] {
        for (endpoint, body) in reads(&first) {
            let (s, b) = app.call(Some(&who.cookie), endpoint, body).await;
            assert_eq!(s, StatusCode::OK, "{endpoint}: {b}");
        }
    }
    for who in [&w.collab, &w.external] {
        for (endpoint, body) in reads(&first) {
            let (s, b) = app.call(Some(&who.cookie), endpoint, body).await;
            assert_eq!((s, reason(&b)), (StatusCode::FORBIDDEN, "no_billing_rights"), "{endpoint}: {b}");
        }
        let (s, b) = app
            .call(
                Some(&who.cookie),
                "invoices/pay",
                json!({ "org_id": org, "invoice_id": second, "means": { "kind": "balance" } }),
            )
            .await;
        assert_eq!((s, reason(&b)), (StatusCode::FORBIDDEN, "no_billing_rights"), "{b}");
        let (s, b) =
            app.call(Some(&who.cookie), "invoices/pro_forma", json!({ "org_id": org, "invoice_ids": [second] })).await;
        assert_eq!((s, reason(&b)), (StatusCode::FORBIDDEN, "no_billing_rights"), "{b}");
        // Whether the organization has premium support: every member; taking it: managers.
        let (s, _) = app.call(Some(&who.cookie), "support/status", json!({ "org_id": org })).await;
        assert_eq!(s, StatusCode::OK);
        let (s, b) = app.call(Some(&who.cookie), "support/subscribe", json!({ "org_id": org })).await;
        assert_eq!((s, reason(&b)), (StatusCode::FORBIDDEN, "only_managers_billing_settings"), "{b}");
    }
    // Another organization's legal representative: nothing, whichever organization is named.
    for (endpoint, body) in reads(&first) {
        let (s, b) = app.call(Some(&w.outsider.cookie), endpoint, body).await;
        assert_eq!((s, reason(&b)), (StatusCode::FORBIDDEN, "not_a_member"), "{endpoint}: {b}");
    }
    for endpoint in ["invoices/get", "invoices/pdf"] {
        let (s, b) = app
            .call(Some(&w.outsider.cookie), endpoint, json!({ "org_id": w.outsider.org_id, "invoice_id": first }))
            .await;
        assert_eq!((s, b["error"].as_str()), (StatusCode::NOT_FOUND, Some("not_found")), "{endpoint}: {b}");
    }
    let (s, b) = app
        .call(
            Some(&w.outsider.cookie),
            "invoices/pay",
            json!({ "org_id": w.outsider.org_id, "invoice_id": second, "means": { "kind": "balance" } }),
        )
        .await;
    assert_eq!(s, StatusCode::NOT_FOUND, "{b}");
    let (s, b) = app
        .call(
            Some(&w.outsider.cookie),
            "invoices/pro_forma",
            json!({ "org_id": w.outsider.org_id, "invoice_ids": [second] }),
        )
        .await;
    assert_eq!(s, StatusCode::NOT_FOUND, "{b}");
    for endpoint in ["support/status", "support/subscribe", "support/cancel"] {
        let (s, b) = app.call(Some(&w.outsider.cookie), endpoint, json!({ "org_id": org })).await;
        assert_eq!((s, reason(&b)), (StatusCode::FORBIDDEN, "not_a_member"), "{endpoint}: {b}");
    }
    // The unpaid invoice is still unpaid, the balance paid only the first.
    assert_eq!(balance(app, &org).await, 1_000_000 - 1800);

    // A member with billing rights pays and gathers; may not take premium support.
    let (s, b) =
        app.call(Some(&w.biller.cookie), "invoices/pro_forma", json!({ "org_id": org, "invoice_ids": [second] })).await;
    assert_eq!(s, StatusCode::OK, "{b}");
    let (s, b) = app
        .call(
            Some(&w.biller.cookie),
            "invoices/pay",
            json!({ "org_id": org, "invoice_id": second, "means": { "kind": "balance" } }),
        )
        .await;
    assert_eq!((s, b["invoice"]["status"].as_str()), (StatusCode::OK, Some("paid")), "{b}");
    let (s, b) = app.call(Some(&w.biller.cookie), "support/subscribe", json!({ "org_id": org })).await;
    assert_eq!((s, reason(&b)), (StatusCode::FORBIDDEN, "only_managers_billing_settings"), "{b}");
    // Paying twice: not awaiting payment, nothing taken again.
    let before = balance(app, &org).await;
    let (s, b) = app
        .call(
            Some(&w.admin.cookie),
            "invoices/pay",
            json!({ "org_id": org, "invoice_id": second, "means": { "kind": "balance" } }),
        )
        .await;
    assert_eq!((s, reason(&b)), (StatusCode::CONFLICT, "not_awaiting_payment"), "{b}");
    assert_eq!(balance(app, &org).await, before);
    // Crafted requests: a 4xx, never a 500.
    let long = "x".repeat(5000);
    for (endpoint, body) in [
        ("invoices/get", json!({ "org_id": org, "invoice_id": long })),
        ("invoices/pdf", json!({ "org_id": org, "invoice_id": "" })),
        ("invoices/pro_forma", json!({ "org_id": org, "invoice_ids": [] })),
        (
            "invoices/pro_forma",
            json!({ "org_id": org, "invoice_ids": (0..51).map(|i| format!("i{i}")).collect::<Vec<_>>() }),
        ),
        ("invoices/list", json!({ "org_id": org, "status": "nonsense", "after": null })),
        ("invoices/pay", json!({ "org_id": org, "invoice_id": second, "means": { "kind": "cash" } })),
    ] {
        let (s, b) = app.call(Some(&w.lr.cookie), endpoint, body).await;
        assert!(s.is_client_error(), "{endpoint}: {s} {b}");
    }
}

#[tokio::test]
async fn a_final_pdf_is_refused_while_unpaid_and_reads_right_once_paid() {
    let w = world().await;
    let app = &w.app;
    let org = w.lr.org_id.clone();
    app.sql("UPDATE organizations SET name = 'Boulangerie Émile', address_line1 = '12 rue de la Paix', postal_code = '75002', city = 'Paris', country = 'FR' WHERE id = $1", &[&org]).await;
    // A square logo, as settings stores it (PNG, base64): a blue disc on transparency.
    let logo = image::RgbaImage::from_fn(64, 64, |x, y| {
        let inside = (x as i32 - 32).pow(2) + (y as i32 - 32).pow(2) < 900;
        image::Rgba(if inside { [11, 92, 173, 255] } else { [0, 0, 0, 0] })
    });
    let mut png = Vec::new();
    image::DynamicImage::ImageRgba8(logo)
        .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .unwrap();
    let b64 = base64::engine::general_purpose::STANDARD.encode(&png);
    app.sql(
        "INSERT INTO organization_logos (org_id, kind, png_base64, width, height, updated_at) VALUES ($1, 'square', $2, 64, 64, 0)",
        &[&org, &b64],
    )
    .await;
    let id = unpaid(app, &org, &[("Domain boulangerie-emile.fr", 1500), ("Mail service, 5 mailboxes", 4250)]).await;
    let (s, b) = app.call(Some(&w.lr.cookie), "invoices/pdf", json!({ "org_id": org, "invoice_id": id })).await;
    assert_eq!((s, reason(&b)), (StatusCode::CONFLICT, "unpaid_final"), "{b}");

    credit(app, &org, 10_000).await;
    let (s, b) = app
        .call(
            Some(&w.lr.cookie),
            "invoices/pay",
            json!({ "org_id": org, "invoice_id": id, "means": { "kind": "balance" } }),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{b}");
    let (s, detail) = app.call(Some(&w.lr.cookie), "invoices/get", json!({ "org_id": org, "invoice_id": id })).await;
    assert_eq!(s, StatusCode::OK);
    // 15.00 + 42.50 = 57.50; VAT 20 % (France) 11.50; total 69.00.
    assert_eq!(detail["subtotal_minor"], 5750);
    assert_eq!(detail["vat_minor"], 1150);
    assert_eq!(detail["summary"]["total_minor"], 6900);
    assert_eq!(balance(app, &org).await, 10_000 - 6900);

    let (s, b) = app.call(Some(&w.lr.cookie), "invoices/pdf", json!({ "org_id": org, "invoice_id": id })).await;
    assert_eq!(s, StatusCode::OK, "{b}");
    let number = detail["summary"]["number"].as_str().unwrap();
    assert_eq!(b["filename"], format!("{number}.pdf"));
    let bytes = pdf_bytes(&b);
    assert!(bytes.starts_with(b"%PDF-"));
    let text = pdf_text(&bytes);
    for needle in [
        number,
        "Invoice",
        "Boulangerie Émile",
        "12 rue de la Paix",
        "Domain boulangerie-emile.fr",
        "Mail service, 5 mailboxes",
        "€15.00",
        "€42.50",
        "€57.50",
        "VAT 20 %",
        "€11.50",
        "€69.00",
    ] {
        assert!(text.contains(needle), "{needle} missing from:\n{text}");
    }
    assert!(!text.contains("no legal"), "a final invoice is no pro forma");
    // The logo is drawn: one RGB image of its size.
    let doc = lopdf::Document::load_mem(&bytes).unwrap();
    let images: Vec<(i64, i64)> = doc
        .objects
        .values()
        .filter_map(|o| o.as_stream().ok())
        .filter(|s| s.dict.get(b"Subtype").and_then(|v| v.as_name()).ok() == Some(b"Image".as_slice()))
        .map(|s| (s.dict.get(b"Width").unwrap().as_i64().unwrap(), s.dict.get(b"Height").unwrap().as_i64().unwrap()))
        .collect();
    assert_eq!(images, vec![(64, 64)]);
    // The picture for the closing note, when poppler is on the machine.
    render_png(&bytes, "invoice");
}

/// Renders the first page to `/work/i9-prompts/<name>.png` with pdftoppm, if present.
fn render_png(bytes: &[u8], name: &str) {
    let dir = std::path::Path::new("/work/i9-prompts");
    let has_tool = std::process::Command::new("pdftoppm").arg("-v").output().is_ok();
    if !has_tool || !dir.is_dir() {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let pdf = tmp.path().join("in.pdf");
    std::fs::write(&pdf, bytes).unwrap();
    let out = dir.join(name);
    let status = std::process::Command::new("pdftoppm")
        .args(["-png", "-r", "80", "-singlefile", "-f", "1"])
        .arg(&pdf)
        .arg(&out)
        .status()
        .unwrap();
    assert!(status.success(), "pdftoppm renders the PDF");
}

#[tokio::test]
async fn a_pro_forma_gathers_unpaid_invoices_and_says_it_has_no_legal_value() {
    let w = world().await;
    let app = &w.app;
    let org = w.lr.org_id.clone();
    let a = unpaid(app, &org, &[("Domain alpha.fr", 1500)]).await;
    let b = unpaid(app, &org, &[("NAS 2 TB", 2000), ("Office suite", 1000)]).await;
    let other_org = unpaid(app, &w.outsider.org_id, &[("Elsewhere", 100)]).await;
    let (s, to_pay) = app.call(Some(&w.lr.cookie), "invoices/to_pay", json!({ "org_id": org })).await;
    assert_eq!(s, StatusCode::OK);
    let listed: Vec<&str> = to_pay.as_array().unwrap().iter().map(|i| i["id"].as_str().unwrap()).collect();
    assert_eq!(listed, vec![a.as_str(), b.as_str()]);
    // Another organization's invoice cannot be gathered.
    let (s, body) = app
        .call(Some(&w.lr.cookie), "invoices/pro_forma", json!({ "org_id": org, "invoice_ids": [a, other_org] }))
        .await;
    assert_eq!(s, StatusCode::NOT_FOUND, "{body}");

    let (s, made) =
        app.call(Some(&w.lr.cookie), "invoices/pro_forma", json!({ "org_id": org, "invoice_ids": [a, b, a] })).await;
    assert_eq!(s, StatusCode::OK, "{made}");
    let pf = made["id"].as_str().unwrap();
    assert!(made["number"].as_str().unwrap().starts_with("PF-"));
    let (_, detail) = app.call(Some(&w.lr.cookie), "invoices/get", json!({ "org_id": org, "invoice_id": pf })).await;
    assert_eq!(detail["summary"]["kind"], "pro_forma");
    assert_eq!(detail["summary"]["status"], "pro_forma");
    assert_eq!(detail["lines"].as_array().unwrap().len(), 3);
    assert_eq!(detail["gathers"].as_array().unwrap().len(), 2);
    // 15 + 20 + 10 = 45.00, VAT 9.00, total 54.00: what the two invoices add up to.
    assert_eq!(
        (detail["subtotal_minor"].as_i64(), detail["summary"]["total_minor"].as_i64()),
        (Some(4500), Some(5400))
    );
    assert_eq!(
        count(
            app,
            "SELECT COUNT(*) FROM pro_forma_items p JOIN invoices i ON i.id = p.pro_forma_id WHERE i.org_id = $1",
            &org
        )
        .await,
        2
    );
    // The gathered invoices are still to pay; the pro forma is not in that list.
    let (_, to_pay) = app.call(Some(&w.lr.cookie), "invoices/to_pay", json!({ "org_id": org })).await;
    assert_eq!(to_pay.as_array().unwrap().len(), 2);
    // A pro forma is never paid, nor gathered in another.
    let (s, body) = app
        .call(
            Some(&w.lr.cookie),
            "invoices/pay",
            json!({ "org_id": org, "invoice_id": pf, "means": { "kind": "balance" } }),
        )
        .await;
    assert_eq!((s, reason(&body)), (StatusCode::CONFLICT, "not_awaiting_payment"));
    let (s, body) =
        app.call(Some(&w.lr.cookie), "invoices/pro_forma", json!({ "org_id": org, "invoice_ids": [pf] })).await;
    assert_eq!((s, reason(&body)), (StatusCode::CONFLICT, "not_awaiting_payment"));

    // Always downloadable, in the language of whoever made it, marked in large letters.
    let (s, file) = app.call(Some(&w.lr.cookie), "invoices/pdf", json!({ "org_id": org, "invoice_id": pf })).await;
    assert_eq!(s, StatusCode::OK, "{file}");
    let bytes = pdf_bytes(&file);
    let text = pdf_text(&bytes);
    let number_a = to_pay[0]["number"].as_str().unwrap();
    for needle in [
        made["number"].as_str().unwrap(),
        "Pro forma invoice",
        "Pro forma — no legal, tax or accounting value",
        "Domain alpha.fr",
        "NAS 2 TB",
        number_a,
        "€45.00",
        "€9.00",
        "€54.00",
    ] {
        assert!(text.contains(needle), "{needle} missing from:\n{text}");
    }
    render_png(&bytes, "pro-forma");

    // In the organization's language, whoever makes it: an English speaker asks for it
    // once the organization's invoices are in French.
    let (_, settings) = app.call(Some(&w.lr.cookie), "settings/get", json!({ "org_id": org })).await;
    let d = &settings["details"];
    let details = json!({
        "name": d["name"], "kind": d["kind"], "country": d["country"].as_str().unwrap_or("FR"),
        "street": if d["street"] == "" { json!("1 rue de la Paix") } else { d["street"].clone() },
        "postcode": if d["postcode"] == "" { json!("75002") } else { d["postcode"].clone() },
        "city": if d["city"] == "" { json!("Paris") } else { d["city"].clone() },
        "phone": "", "lang": "fr",
    });
    let (s, changed) =
        app.call(Some(&w.lr.cookie), "settings/update_details", json!({ "org_id": org, "details": details })).await;
    assert_eq!(s, StatusCode::OK, "{changed}");
    assert_eq!(changed["details"]["lang"], "fr");
    let (_, me) = app.call(Some(&w.lr.cookie), "auth/me", json!({})).await;
    assert_eq!(me["lang"], "en", "the person asking reads English");
    let (_, made) =
        app.call(Some(&w.lr.cookie), "invoices/pro_forma", json!({ "org_id": org, "invoice_ids": [b] })).await;
    let (_, file) =
        app.call(Some(&w.lr.cookie), "invoices/pdf", json!({ "org_id": org, "invoice_id": made["id"] })).await;
    // French writes `30,00 €` with a no-break space (WinAnsi 0xA0); compare as spaces.
    let text = pdf_text(&pdf_bytes(&file)).replace(['\u{a0}', '\u{202f}'], " ");
    for needle in ["Facture pro forma", "sans valeur légale, fiscale ni comptable", "30,00 €", "TVA 20 %"] {
        assert!(text.contains(needle), "{needle} missing from:\n{text}");
    }

    // The history lists all four, newest first, and filters by status.
    let (_, page) =
        app.call(Some(&w.lr.cookie), "invoices/list", json!({ "org_id": org, "status": null, "after": null })).await;
    assert_eq!(page["invoices"].as_array().unwrap().len(), 4);
    let (_, page) = app
        .call(Some(&w.lr.cookie), "invoices/list", json!({ "org_id": org, "status": "pro_forma", "after": null }))
        .await;
    assert_eq!(page["invoices"].as_array().unwrap().len(), 2);
}

#[tokio::test]
async fn the_history_pages_without_gaps_or_repeats() {
    let app = TestApp::spawn().await;
    let lr = app.sign_up("lr@example.fr", "Lea", "Rep").await;
    for i in 0..55 {
        unpaid(&app, &lr.org_id, &[(&format!("Line {i}"), 100)]).await;
        if i % 10 == 0 {
            app.clock.advance(1000);
        }
    }
    let mut seen = Vec::new();
    let mut after = Value::Null;
    loop {
        let (s, page) = app
            .call(Some(&lr.cookie), "invoices/list", json!({ "org_id": lr.org_id, "status": "unpaid", "after": after }))
            .await;
        assert_eq!(s, StatusCode::OK, "{page}");
        seen.extend(page["invoices"].as_array().unwrap().iter().map(|i| i["number"].as_str().unwrap().to_string()));
        after = page["next"].clone();
        if after.is_null() {
            break;
        }
    }
    assert_eq!(seen.len(), 55);
    let mut sorted = seen.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(sorted.len(), 55);
}

#[tokio::test]
async fn concurrent_pro_formas_take_numbers_one_to_ten() {
    let app = TestApp::spawn().await;
    let lr = app.sign_up("lr@example.fr", "Lea", "Rep").await;
    let id = unpaid(&app, &lr.org_id, &[("Domain", 1500)]).await;
    let mut burst = tokio::task::JoinSet::new();
    for _ in 0..10 {
        let (client, url, cookie) =
            (app.client.clone(), format!("{}/api/invoices/pro_forma", app.base), lr.cookie.clone());
        let body = json!({ "org_id": lr.org_id, "invoice_ids": [id] });
        burst.spawn(async move {
            let res = client
                .post(url)
                .header("content-type", "application/json")
                .header("cookie", cookie)
                .body(body.to_string())
                .send()
                .await
                .unwrap();
            (res.status(), res.json::<Value>().await.unwrap())
        });
    }
    let mut numbers: Vec<String> = burst
        .join_all()
        .await
        .into_iter()
        .map(|(s, b)| {
            assert_eq!(s, StatusCode::OK, "{b}");
            b["number"].as_str().unwrap().to_string()
        })
        .collect();
    numbers.sort();
    let prefix = domain::billing::invoice_number(&lr.org_id, true, 0);
    let prefix = prefix.trim_end_matches('0');
    let expected: Vec<String> = (1..=10).map(|n| domain::billing::invoice_number(&lr.org_id, true, n)).collect();
    assert!(numbers.iter().all(|n| n.starts_with(prefix)));
    assert_eq!(numbers, expected);
}

#[tokio::test]
async fn deletion_blockers_read_products_invoices_and_the_balance() {
    let app = TestApp::spawn().await;
    let lr = app.sign_up("lr@example.fr", "Lea", "Rep").await;
    let org = lr.org_id.clone();
    let blockers = || async {
        let (s, b) = app.call(Some(&lr.cookie), "organizations/deletion_check", json!({ "org_id": org })).await;
        assert_eq!(s, StatusCode::OK, "{b}");
        let mut kinds: Vec<String> =
            b["blockers"].as_array().unwrap().iter().map(|x| x["kind"].as_str().unwrap().to_string()).collect();
        kinds.sort();
        kinds
    };
    assert!(blockers().await.is_empty());
    let insert = |id: &'static str, status: &'static str| {
        let org = org.clone();
        let app = &app;
        async move {
            app.sql(
                &format!("INSERT INTO products (id, org_id, category, kind, name, status, created_at) VALUES ($1, $2, 'web_domains', 'domain', 'x.fr', '{status}', 0)"),
                &[id, &org],
            )
            .await
        }
    };
    // History does not block: released and terminated products.
    insert("p-released", "released").await;
    insert("p-terminated", "terminated").await;
    assert!(blockers().await.is_empty());
    insert("p-redemption", "redemption").await;
    assert_eq!(blockers().await, vec!["products"]);
    let invoice = unpaid(&app, &org, &[("Domain", 1500)]).await;
    credit(&app, &org, 500).await;
    assert_eq!(blockers().await, vec!["prepaid_balance", "products", "unpaid_invoices"]);
    // Paying is not possible with 5.00 for 18.00 — nothing changes.
    let (s, b) = app
        .call(
            Some(&lr.cookie),
            "invoices/pay",
            json!({ "org_id": org, "invoice_id": invoice, "means": { "kind": "balance" } }),
        )
        .await;
    assert_eq!((s, reason(&b)), (StatusCode::PAYMENT_REQUIRED, "insufficient_balance"), "{b}");
    assert_eq!(balance(&app, &org).await, 500);
    credit(&app, &org, 1800).await;
    let (s, _) = app
        .call(
            Some(&lr.cookie),
            "invoices/pay",
            json!({ "org_id": org, "invoice_id": invoice, "means": { "kind": "balance" } }),
        )
        .await;
    assert_eq!(s, StatusCode::OK);
    app.sql("UPDATE products SET status = 'released' WHERE id = 'p-redemption'", &[]).await;
    assert!(blockers().await.is_empty());
}

#[tokio::test]
async fn premium_support_is_invoiced_paid_and_cancelled_at_term() {
    let w = world().await;
    let app = &w.app;
    let org = w.lr.org_id.clone();
    let (s, st) = app.call(Some(&w.collab.cookie), "support/status", json!({ "org_id": org })).await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!((st["active"].as_bool(), st["monthly_minor"].as_i64()), (Some(false), Some(4900)));
    // No balance: nothing is kept, not even an invoice number.
    let (s, b) = app.call(Some(&w.admin.cookie), "support/subscribe", json!({ "org_id": org })).await;
    assert_eq!((s, reason(&b)), (StatusCode::PAYMENT_REQUIRED, "insufficient_balance"), "{b}");
    assert_eq!(count(app, "SELECT COUNT(*) FROM invoices WHERE org_id = $1", &org).await, 0);
    assert_eq!(count(app, "SELECT COUNT(*) FROM invoice_counters WHERE org_id = $1", &org).await, 0);

    credit(app, &org, 10_000).await;
    let (s, b) = app.call(Some(&w.admin.cookie), "support/subscribe", json!({ "org_id": org })).await;
    assert_eq!(s, StatusCode::OK, "{b}");
    assert_eq!(b["status"]["active"], true);
    // 49.00 + 20 % VAT = 58.80, from the balance; the invoice is paid and downloadable.
    assert_eq!(balance(app, &org).await, 10_000 - 5880);
    let number = b["invoice_number"].as_str().unwrap().to_string();
    assert_eq!(number, domain::billing::invoice_number(&org, false, 1));
    let (_, page) =
        app.call(Some(&w.lr.cookie), "invoices/list", json!({ "org_id": org, "status": "paid", "after": null })).await;
    let inv = &page["invoices"][0];
    assert_eq!((inv["number"].as_str(), inv["total_minor"].as_i64()), (Some(number.as_str()), Some(5880)));
    let (s, _) = app.call(Some(&w.lr.cookie), "invoices/pdf", json!({ "org_id": org, "invoice_id": inv["id"] })).await;
    assert_eq!(s, StatusCode::OK);
    let (s, b) = app.call(Some(&w.lr.cookie), "support/subscribe", json!({ "org_id": org })).await;
    assert_eq!((s, reason(&b)), (StatusCode::CONFLICT, "already_subscribed"));
    let until = count(app, "SELECT premium_support_until FROM organizations WHERE id = $1", &org).await;
    assert_eq!(Some(until), b["status"]["current_term_ends_at"].as_i64().or(Some(until)));

    // Cancelled at term: still on until the term ends, then off.
    let (s, b) = app.call(Some(&w.lr.cookie), "support/cancel", json!({ "org_id": org })).await;
    assert_eq!(s, StatusCode::OK, "{b}");
    assert_eq!((b["status"]["active"].as_bool(), b["status"]["cancel_at_term"].as_bool()), (Some(true), Some(true)));
    let (s, b) = app.call(Some(&w.lr.cookie), "support/cancel", json!({ "org_id": org })).await;
    assert_eq!((s, reason(&b)), (StatusCode::CONFLICT, "not_subscribed"));
    // Kept again before the end: no new invoice.
    let (s, b) = app.call(Some(&w.lr.cookie), "support/subscribe", json!({ "org_id": org })).await;
    assert_eq!((s, b["invoice_number"].is_null()), (StatusCode::OK, true), "{b}");
    assert_eq!(balance(app, &org).await, 10_000 - 5880);
    app.call(Some(&w.lr.cookie), "support/cancel", json!({ "org_id": org })).await;
    app.clock.advance(domain::invoice::SUPPORT_TERM_MS);
    // Sessions have ended meanwhile: sign in again.
    let (_, _, cookie) = app.sign_in("lr@example.fr", PASSWORD).await;
    let (s, st) = app.call(cookie.as_deref(), "support/status", json!({ "org_id": org })).await;
    assert_eq!((s, st["active"].as_bool()), (StatusCode::OK, Some(false)), "{st}");
    let actions =
        count(app, "SELECT COUNT(*) FROM audit_log WHERE org_id = $1 AND action LIKE 'support.%'", &org).await;
    assert_eq!(actions, 4);
}
