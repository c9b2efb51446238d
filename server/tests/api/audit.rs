//! The audit log: who may read and export it, in which organization; what the
//! entries say; keyset pages; filters; the CSV file; the export allowance.

use reqwest::StatusCode;
use serde_json::{json, Value};

use crate::helpers::{TestApp, User};

/// The expected answer: a status and, for a refusal, its reason ("" when none).
type Outcome = (StatusCode, &'static str);

struct Org {
    lr: User,
    admin: User,
    collab: User,
    external: User,
    blocked: User,
}

/// Organization A with one member of each kind, and B, another organization with its
/// own legal representative (the outsider of A).
async fn two_orgs(app: &TestApp) -> (Org, User) {
    let lr = app.sign_up("lr@example.ch", "Lea", "Rep").await;
    let admin = app.invite_new(&lr, &lr.org_id, "admin@example.ch", "administrator", "Adam").await;
    let collab = app.invite_new(&lr, &lr.org_id, "collab@example.ch", "collaborator", "Colette").await;
    let external = app.invite_new(&lr, &lr.org_id, "ext@example.ch", "external", "Ezra").await;
    let blocked = app.invite_new(&lr, &lr.org_id, "blocked@example.ch", "administrator", "Bob").await;
    app.sql(
        "UPDATE memberships SET blocked_at = 1 WHERE org_id = $1 AND user_id = $2",
        &[&lr.org_id, &blocked.user_id],
    )
    .await;
    let outsider = app.sign_up("other@example.ch", "Otto", "Other").await;
    (Org { lr, admin, collab, external, blocked }, outsider)
}

async fn list(app: &TestApp, who: Option<&User>, org_id: &str, filter: Value, after: Value) -> (StatusCode, Value) {
    let body = json!({ "org_id": org_id, "filter": filter, "after": after });
    app.call(who.map(|u| u.cookie.as_str()), "audit/list", body).await
}

async fn export(app: &TestApp, who: Option<&User>, org_id: &str, filter: Value) -> (StatusCode, Value) {
    app.call(who.map(|u| u.cookie.as_str()), "audit/export", json!({ "org_id": org_id, "filter": filter })).await
}

async fn audit_rows(app: &TestApp, org_id: &str) -> i64 {
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM audit_log WHERE org_id = $1")
        .bind(org_id)
        .fetch_one(app.state.pool())
        .await
        .unwrap();
    n
}

#[tokio::test]
async fn only_managers_of_the_organization_read_and_export_its_log() {
    let app = TestApp::spawn().await;
    let (a, outsider) = two_orgs(&app).await;
    let b = outsider.org_id.clone();
    let cases: Vec<(&str, Option<&User>, Outcome, Outcome)> = vec![
        ("legal representative", Some(&a.lr), (StatusCode::OK, ""), (StatusCode::FORBIDDEN, "not_a_member")),
        ("administrator", Some(&a.admin), (StatusCode::OK, ""), (StatusCode::FORBIDDEN, "not_a_member")),
        (
            "collaborator",
            Some(&a.collab),
            (StatusCode::FORBIDDEN, "only_managers_see_audit_log"),
            (StatusCode::FORBIDDEN, "not_a_member"),
        ),
        (
            "external",
            Some(&a.external),
            (StatusCode::FORBIDDEN, "only_managers_see_audit_log"),
            (StatusCode::FORBIDDEN, "not_a_member"),
        ),
        ("blocked", Some(&a.blocked), (StatusCode::FORBIDDEN, "blocked"), (StatusCode::FORBIDDEN, "not_a_member")),
        ("non-member", Some(&outsider), (StatusCode::FORBIDDEN, "not_a_member"), (StatusCode::OK, "")),
        ("signed out", None, (StatusCode::UNAUTHORIZED, ""), (StatusCode::UNAUTHORIZED, "")),
    ];
    let own = a.lr.org_id.clone();
    for (who, user, in_a, in_b) in cases {
        for (org, (status, reason)) in [(&own, in_a), (&b, in_b)] {
            let before = audit_rows(&app, org).await;
            let (got, body) = list(&app, user, org, json!({}), Value::Null).await;
            assert_eq!(got, status, "{who} lists {org}: {body}");
            if status == StatusCode::OK {
                assert!(body["entries"].as_array().is_some_and(|e| !e.is_empty()), "{who}: {body}");
            } else {
                assert!(body.get("entries").is_none(), "{who}: {body}");
            }
            if !reason.is_empty() {
                assert_eq!(body["reason"], reason, "{who} lists {org}");
            }
            let (got, body) = export(&app, user, org, json!({})).await;
            assert_eq!(got, status, "{who} exports {org}: {body}");
            if status == StatusCode::OK {
                assert!(body["csv"].as_str().unwrap().starts_with("Time (UTC),"), "{body}");
                assert_eq!(audit_rows(&app, org).await, before + 1, "the export is recorded");
            } else {
                assert!(body.get("csv").is_none(), "{who}: {body}");
                assert_eq!(audit_rows(&app, org).await, before, "{who}: nothing recorded after a refusal");
                if !reason.is_empty() {
                    assert_eq!(body["reason"], reason, "{who} exports {org}");
                }
            }
        }
    }
}

#[tokio::test]
async fn entries_say_who_did_what_to_whom_newest_first() {
    let app = TestApp::spawn().await;
    let lr = app.sign_up("lr@example.ch", "Lea", "Rep").await;
    let admin = app.invite_new(&lr, &lr.org_id, "admin@example.ch", "administrator", "Adam").await;
    let (status, body) = app.change_role(&lr, &lr.org_id, &admin.user_id, "collaborator").await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let (status, page) = list(&app, Some(&lr), &lr.org_id, json!({}), Value::Null).await;
    assert_eq!(status, StatusCode::OK, "{page}");
    let entries = page["entries"].as_array().unwrap();
    let actions: Vec<&str> = entries.iter().map(|e| e["action"].as_str().unwrap()).collect();
    assert_eq!(actions, ["member.role_changed", "member.joined", "invitation.created", "organization.created"]);
    let change = &entries[0];
    assert_eq!(change["actor"]["name"], "Lea Rep");
    assert_eq!(change["actor"]["email"], "lr@example.ch");
    assert_eq!(change["target"]["name"], "Adam Tester");
    assert_eq!(change["changes"], json!([{ "field": "role", "before": "administrator", "after": "collaborator" }]));
    assert_eq!(change["ip"], "127.0.0.1");
    let invited = &entries[2];
    assert_eq!(invited["target"], Value::Null);
    assert_eq!(invited["target_text"], "admin@example.ch");
    assert!(page["actions"].as_array().unwrap().contains(&json!("member.role_changed")));
    let people: Vec<&str> = page["people"].as_array().unwrap().iter().map(|p| p["email"].as_str().unwrap()).collect();
    assert!(people.contains(&"admin@example.ch") && people.contains(&"lr@example.ch"), "{people:?}");
    assert_eq!(page["next"], Value::Null);
}

#[tokio::test]
async fn pages_follow_the_cursor_and_filters_narrow_the_log() {
    let app = TestApp::spawn().await;
    let lr = app.sign_up("lr@example.ch", "Lea", "Rep").await;
    let admin = app.invite_new(&lr, &lr.org_id, "admin@example.ch", "administrator", "Adam").await;
    // 120 role changes, many within the same millisecond: the cursor must still neither
    // skip nor repeat one.
    for i in 0..120 {
        let role = if i % 2 == 0 { "collaborator" } else { "administrator" };
        let (status, body) = app.change_role(&lr, &lr.org_id, &admin.user_id, role).await;
        assert_eq!(status, StatusCode::OK, "{body}");
    }
    let total = audit_rows(&app, &lr.org_id).await as usize;
    let mut seen = Vec::new();
    let mut after = Value::Null;
    loop {
        let (status, page) = list(&app, Some(&lr), &lr.org_id, json!({}), after).await;
        assert_eq!(status, StatusCode::OK, "{page}");
        let entries = page["entries"].as_array().unwrap();
        assert!(entries.len() <= 50);
        seen.extend(entries.iter().map(|e| (e["created_at"].as_i64().unwrap(), e["id"].as_str().unwrap().to_string())));
        after = page["next"].clone();
        if after.is_null() {
            break;
        }
    }
    assert_eq!(seen.len(), total);
    let mut sorted = seen.clone();
    sorted.sort_by(|a, b| b.cmp(a));
    sorted.dedup();
    assert_eq!(sorted, seen, "newest first, each once");

    let (_, page) = list(&app, Some(&lr), &lr.org_id, json!({ "action": "invitation.created" }), Value::Null).await;
    assert_eq!(page["entries"].as_array().unwrap().len(), 1);
    let (_, page) = list(&app, Some(&lr), &lr.org_id, json!({ "member": admin.user_id }), Value::Null).await;
    let entries = page["entries"].as_array().unwrap();
    assert!(entries.iter().all(|e| e["target"]["user_id"] == admin.user_id || e["actor"]["user_id"] == admin.user_id));
    let (_, page) = list(&app, Some(&lr), &lr.org_id, json!({ "action": "nothing.like.this" }), Value::Null).await;
    assert_eq!(page["entries"], json!([]));

    let long = "x".repeat(101);
    let (status, body) = list(&app, Some(&lr), &lr.org_id, json!({ "member": long }), Value::Null).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert_eq!(body["error"], "invalid");
}

#[tokio::test]
async fn the_export_is_a_safe_csv_and_is_limited_per_hour() {
    let app = TestApp::spawn().await;
    let lr = app.sign_up("lr@example.ch", "Lea", "Rep").await;
    // A name a spreadsheet would run as a formula, with a comma and a quote.
    let evil = app.invite_new(&lr, &lr.org_id, "evil@example.ch", "administrator", "=HYPERLINK(\"x\",1)").await;
    let (status, _) = app.change_role(&lr, &lr.org_id, &evil.user_id, "external").await;
    assert_eq!(status, StatusCode::OK);
    let (status, file) = export(&app, Some(&lr), &lr.org_id, json!({})).await;
    assert_eq!(status, StatusCode::OK, "{file}");
    let name = file["filename"].as_str().unwrap();
    assert!(name.starts_with("audit-lea-rep-") && name.ends_with(".csv"), "{name}");
    let csv = file["csv"].as_str().unwrap();
    let lines: Vec<&str> = csv.split("\r\n").collect();
    assert_eq!(lines[0], "Time (UTC),By,By (email),Action,Action code,Concerns,Concerns (email),Details,IP address");
    assert!(csv.contains(",\"'=HYPERLINK(\"\"x\"\",1) Tester\",evil@example.ch,"), "{csv}");
    assert!(!csv.contains(",=HYPERLINK"), "{csv}");
    assert!(csv.contains("Role changed,member.role_changed"), "{csv}");
    assert!(csv.contains("Role: Administrator → External user"), "{csv}");
    assert_eq!(file["rows"].as_u64().unwrap() as usize, lines.len() - 2, "a header, the rows, a final CRLF");
    assert_eq!(file["truncated"], false);

    // In the exporter's language.
    app.call(Some(&lr.cookie), "profile/set_language", json!({ "lang": "fr" })).await;
    let (_, file) = export(&app, Some(&lr), &lr.org_id, json!({ "action": "member.role_changed" })).await;
    let csv = file["csv"].as_str().unwrap();
    assert!(csv.starts_with("Date et heure (UTC),Par,"), "{csv}");
    assert!(csv.contains("Rôle : Administrateur → Utilisateur externe"), "{csv}");
    assert_eq!(file["rows"], 1);

    // 10 exports an hour (2 done), then a wait, and nothing recorded meanwhile.
    for _ in 0..8 {
        let (status, body) = export(&app, Some(&lr), &lr.org_id, json!({})).await;
        assert_eq!(status, StatusCode::OK, "{body}");
    }
    let before = audit_rows(&app, &lr.org_id).await;
    let (status, body) = export(&app, Some(&lr), &lr.org_id, json!({})).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS, "{body}");
    assert_eq!(body["error"], "rate_limited");
    assert_eq!(audit_rows(&app, &lr.org_id).await, before);
    app.clock.advance(3_601_000);
    let (status, body) = export(&app, Some(&lr), &lr.org_id, json!({})).await;
    assert_eq!(status, StatusCode::OK, "{body}");
}

/// The decoded text of each part of a raw MIME message: (content type, body).
fn mime_parts(raw: &str) -> Vec<(String, String)> {
    use base64::Engine;
    let boundary = raw
        .split("boundary=\"")
        .nth(1)
        .and_then(|b| b.split('"').next())
        .unwrap_or_else(|| panic!("not multipart: {raw}"));
    raw.split(&format!("--{boundary}"))
        .skip(1)
        .filter(|p| !p.starts_with("--"))
        .map(|part| {
            let (head, body) = part.trim_start_matches('\n').split_once("\n\n").unwrap_or((part, ""));
            let head_lower = head.to_ascii_lowercase();
            let kind = head_lower
                .lines()
                .find_map(|l| l.strip_prefix("content-type: "))
                .map(|t| t.split(';').next().unwrap().to_string())
                .unwrap_or_default();
            let body = if head_lower.contains("content-transfer-encoding: base64") {
                let joined: String = body.split_whitespace().collect();
                String::from_utf8(base64::engine::general_purpose::STANDARD.decode(joined).unwrap()).unwrap()
            } else if head_lower.contains("content-transfer-encoding: quoted-printable") {
                quoted_printable(body)
            } else {
                body.to_string()
            };
            (kind, body)
        })
        .collect()
}

fn quoted_printable(s: &str) -> String {
    let joined = s.replace("=\n", "");
    let bytes = joined.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'=' && i + 2 < bytes.len() {
            if let Ok(b) = u8::from_str_radix(&joined[i + 1..i + 3], 16) {
                out.push(b);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8(out).unwrap()
}

#[tokio::test]
async fn emails_are_sent_as_text_and_html_with_names_escaped_and_the_secret_link_restored() {
    let (smtp, received) = crate::outbox::smtp_sink().await;
    let app = TestApp::spawn_with(crate::helpers::Options { smtp_url: Some(smtp), ..Default::default() }).await;
    let body = crate::helpers::sign_up_body("html@example.ch", "<script>alert(1)</script>", "Tag", None);
    let (status, out) = app.call(None, "auth/sign_up", body).await;
    assert_eq!(status, StatusCode::OK, "{out}");
    let mails = crate::outbox::wait_for(&received, 1).await;
    assert_eq!(mails.len(), 1);
    let raw = &mails[0];
    assert!(raw.to_ascii_lowercase().contains("content-type: multipart/alternative"), "{raw}");
    let parts = mime_parts(raw);
    let kinds: Vec<&str> = parts.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(kinds, ["text/plain", "text/html"], "{raw}");
    let (text, html) = (&parts[0].1, &parts[1].1);
    assert!(text.contains("Hello <script>alert(1)</script>,"), "{text}");
    assert!(html.contains("Hello &lt;script&gt;alert(1)&lt;/script&gt;,"), "{html}");
    assert!(!html.contains("<script>"), "{html}");
    // The confirmation link, sealed apart while queued, is in both parts, as a link in HTML.
    let token_at = text.find("token=").expect("a link in the text");
    let token: String =
        text[token_at + 6..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_').collect();
    assert!(token.len() > 10, "{text}");
    assert!(html.contains("<a href=\"http") && html.contains(&token), "{html}");
    assert!(!html.contains('\u{1}'), "no placeholder left: {html}");
    // What stays in the database holds no secret.
    let (stored,): (String,) = sqlx::query_as("SELECT body_html FROM outbox WHERE to_address = $1")
        .bind("html@example.ch")
        .fetch_one(app.state.pool())
        .await
        .unwrap();
    assert!(!stored.contains(&token) && stored.contains("&lt;script&gt;"), "{stored}");
}
