//! The security review's findings (ASVS 5.0 L2), each as an attacker or an operator
//! would meet it: guesses in parallel, a shared proxy address, secrets at rest, in URLs
//! and in help output, idle sessions, blocked accounts, and the trace each refusal leaves.

use reqwest::StatusCode;
use serde_json::{json, Value};

use crate::helpers::{link_param, log_lines_with, sign_up_body, Options, TestApp, PASSWORD};
use crate::outbox::{smtp_sink, wait_for};

const DAY_MS: i64 = 24 * 3600 * 1000;

/// A sign-in as a browser behind the proxy would send it (`from` in X-Forwarded-For).
async fn sign_in_from(app: &TestApp, email: &str, password: &str, from: &str) -> (StatusCode, Value) {
    let body = json!({ "email": email, "password": password, "session_only": false });
    let (status, value, _) = app.call_full(None, "auth/sign_in", body, &[("x-forwarded-for", from)]).await;
    (status, value)
}

async fn outcomes(app: &TestApp, email: &str) -> Vec<String> {
    let rows: Vec<(String,)> = sqlx::query_as(
        "SELECT e.outcome FROM sign_in_events e JOIN users u ON u.id = e.user_id WHERE u.email = $1 ORDER BY e.at, e.id",
    )
    .bind(email)
    .fetch_all(app.state.pool())
    .await
    .unwrap();
    rows.into_iter().map(|r| r.0).collect()
}

#[tokio::test]
async fn a_burst_of_parallel_guesses_checks_one_password_at_a_time() {
    let app = TestApp::spawn().await;
    app.sign_up("burst@example.ch", "Bea", "Burst").await;
    let mut burst = tokio::task::JoinSet::new();
    for i in 0..40 {
        let client = app.client.clone();
        let url = format!("{}/api/auth/sign_in", app.base);
        let password = if i == 39 { PASSWORD.to_string() } else { format!("wrong guess number {i} here") };
        burst.spawn(async move {
            let body = json!({ "email": "burst@example.ch", "password": password, "session_only": false });
            client
                .post(url)
                .header("content-type", "application/json")
                .body(body.to_string())
                .send()
                .await
                .unwrap()
                .status()
        });
    }
    let statuses: Vec<StatusCode> = burst.join_all().await;
    let checked = statuses.iter().filter(|s| **s != StatusCode::TOO_MANY_REQUESTS).count();
    // Parallel requests wait for the one in flight: never 40 checks against a limit of 5.
    assert!(checked <= 6, "{checked} passwords were checked at once: {statuses:?}");
    assert!(statuses
        .iter()
        .all(|s| [StatusCode::OK, StatusCode::UNAUTHORIZED, StatusCode::TOO_MANY_REQUESTS].contains(s)));
    // Every check was counted before its password was: the events match the answers.
    let events = outcomes(&app, "burst@example.ch").await;
    let sessions = statuses.iter().filter(|s| **s == StatusCode::OK).count();
    assert_eq!(events.iter().filter(|o| *o == "wrong_password" || *o == "locked").count(), checked - sessions);

    // Then one at a time: past five wrong guesses, even the right password is refused.
    for _ in 0..6 {
        let (status, _, _) = app.sign_in("burst@example.ch", "still not the password").await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);
    }
    let (status, body, _) = app.sign_in("burst@example.ch", PASSWORD).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "locked: {body}");
    assert_eq!(outcomes(&app, "burst@example.ch").await.last().map(String::as_str), Some("locked"));
}

#[tokio::test]
async fn the_lockout_survives_a_restart() {
    let app = TestApp::spawn().await;
    app.sign_up("restart@example.ch", "Rey", "Start").await;
    for _ in 0..6 {
        let (status, _, _) = app.sign_in("restart@example.ch", "not the password at all").await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);
    }
    // A second server process on the same database (or this one restarted).
    let second = TestApp::spawn_with(Options { db_url: Some(app.db_url.clone()), ..Options::default() }).await;
    let (status, _, cookie) = second.sign_in("restart@example.ch", PASSWORD).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert!(cookie.is_none());
}

#[tokio::test]
async fn a_lock_earned_from_one_address_leaves_the_owner_at_theirs() {
    let app = TestApp::spawn_with(Options { trusted_proxies: vec!["127.0.0.1/32"], ..Options::default() }).await;
    app.sign_up("owner@example.ch", "Olivia", "Owner").await;
    let home = "203.0.113.10";
    let (status, _) = sign_in_from(&app, "owner@example.ch", PASSWORD, home).await;
    assert_eq!(status, StatusCode::OK);

    let attacker = "198.51.100.66";
    for _ in 0..8 {
        let (status, _) = sign_in_from(&app, "owner@example.ch", "guessing from afar", attacker).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);
    }
    let (status, _) = sign_in_from(&app, "owner@example.ch", PASSWORD, attacker).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "locked for the attacker's address, even with the password");
    let (status, body) = sign_in_from(&app, "owner@example.ch", PASSWORD, home).await;
    assert_eq!(status, StatusCode::OK, "the owner still gets in from home: {body}");
    let (status, _) = sign_in_from(&app, "owner@example.ch", PASSWORD, "192.0.2.5").await;
    assert_eq!(status, StatusCode::OK, "and from a new address: the account-wide limit is far higher");
}

#[tokio::test]
async fn behind_a_trusted_proxy_each_client_has_its_own_address_limit() {
    let app = TestApp::spawn_with(Options { trusted_proxies: vec!["127.0.0.1/32"], ..Options::default() }).await;
    app.sign_up("shared@example.ch", "Sia", "Shared").await;
    for i in 0..31 {
        let (status, _) =
            sign_in_from(&app, &format!("nobody{i}@example.ch"), "wrong password here", "198.51.100.7").await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);
    }
    let (status, _) = sign_in_from(&app, "someone@example.ch", "wrong password here", "198.51.100.7").await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS, "the guessing address is slowed down");
    let (status, body) = sign_in_from(&app, "shared@example.ch", PASSWORD, "203.0.113.44").await;
    assert_eq!(status, StatusCode::OK, "another customer behind the same proxy is not: {body}");
    // A forged header from the client itself: the right-most untrusted entry counts.
    let (status, _) = sign_in_from(&app, "someone@example.ch", "x", "203.0.113.44, 198.51.100.7").await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
}

#[tokio::test]
async fn without_a_trusted_proxy_forwarded_headers_are_ignored() {
    let app = TestApp::spawn().await;
    for i in 0..31 {
        let (status, _) =
            sign_in_from(&app, &format!("nobody{i}@example.ch"), "wrong password here", &format!("198.51.100.{i}"))
                .await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);
    }
    // Changing the header changes nothing: the connection's address is the client's.
    let (status, body) = sign_in_from(&app, "other@example.ch", "wrong password here", "203.0.113.99").await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS, "{body}");
    assert!(body["retry_after_seconds"].as_u64().unwrap() >= 1);
}

#[tokio::test]
async fn no_outbox_row_holds_a_live_secret_and_delivered_rows_are_redacted() {
    let (smtp, received) = smtp_sink().await;
    let app = TestApp::spawn_with(Options { smtp_url: Some(smtp), ..Options::default() }).await;
    app.call(None, "auth/sign_up", sign_up_body("sealed@example.ch", "Sol", "Sealed", None)).await;
    let delivered = wait_for(&received, 1).await;
    // The message is quoted-printable: unfold soft line breaks, decode "=3D".
    let message = delivered[0].replace("=\n", "").replace("=3D", "=");
    let token = message
        .split("#token=")
        .nth(1)
        .expect("the delivered email has the link")
        .split_whitespace()
        .next()
        .unwrap()
        .to_string();
    assert!(token.len() > 20);
    let rows: Vec<(String, String, Option<String>)> =
        sqlx::query_as("SELECT subject, body_text, secret_sealed FROM outbox")
            .fetch_all(app.state.pool())
            .await
            .unwrap();
    for (subject, body, sealed) in &rows {
        assert!(!subject.contains(&token) && !body.contains(&token), "a stored email has the token: {body}");
        assert!(sealed.is_none(), "the sealed link is erased once delivered");
    }
    // The link still works (it is in the mailbox, not in the database).
    let (status, _) = app.call(None, "auth/verify_email", json!({ "token": token, "password": PASSWORD })).await;
    assert_eq!(status, StatusCode::OK);

    app.clock.advance(31 * DAY_MS);
    server::housekeeping::once(&app.state).await.unwrap();
    let rows: Vec<(String, String)> =
        sqlx::query_as("SELECT to_address, body_text FROM outbox").fetch_all(app.state.pool()).await.unwrap();
    assert!(rows.iter().all(|(to, body)| to == "[redacted]" && body == "[redacted]"), "{rows:?}");
}

#[tokio::test]
async fn a_queued_invitation_keeps_its_link_sealed_and_its_secret_out_of_the_url_path() {
    let app = TestApp::spawn().await;
    let lr = app.sign_up("seal-lr@example.ch", "Lea", "Rep").await;
    let (status, _) = app.invite(&lr, &lr.org_id, "newbie@example.ch", "collaborator").await;
    assert_eq!(status, StatusCode::OK);
    let mail = app.last_mail_to("newbie@example.ch").await;
    let token = link_param(&mail, "invitation=");
    assert!(mail["body"].as_str().unwrap().contains("/sign-up#invitation="), "the secret travels in the fragment");
    let (body, sealed): (String, Option<String>) =
        sqlx::query_as("SELECT body_text, secret_sealed FROM outbox WHERE to_address = 'newbie@example.ch'")
            .fetch_one(app.state.pool())
            .await
            .unwrap();
    assert!(!body.contains(&token));
    assert!(!sealed.unwrap().contains(&token));
}

#[tokio::test]
async fn a_name_typed_as_a_placeholder_stays_literal() {
    let app = TestApp::spawn().await;
    let lr = app.sign_up("braces@example.ch", "{link}", "{org}").await;
    let (status, _) = app.invite(&lr, &lr.org_id, "target@example.ch", "collaborator").await;
    assert_eq!(status, StatusCode::OK);
    let mail = app.last_mail_to("target@example.ch").await;
    let subject = mail["subject"].as_str().unwrap();
    assert!(subject.starts_with("{link} {org} invites you"), "{subject}");
    assert!(!subject.contains("invitation="), "the link never moves into the subject: {subject}");
    assert_eq!(mail["body"].as_str().unwrap().matches("invitation=").count(), 1);

    for sneaky in ["Eve\u{202E}lipa", "Ad\u{200B}min"] {
        let (status, body) =
            app.call(None, "auth/sign_up", sign_up_body("sneaky@example.ch", sneaky, "Name", None)).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(body["problem"], json!({ "name": "format_characters" }));
    }
}

#[tokio::test]
async fn help_output_shows_no_secret_from_the_environment() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_orga"))
        .args(["serve", "--help"])
        .env("DATABASE_URL", "postgres://orga:hunter2-db-secret@db.internal/orga")
        .env("SMTP_URL", "smtps://mailer:hunter2-smtp-secret@smtp.internal:465")
        .env("ORGA_SECRET_KEY", "aHVudGVyMi1rZXktc2VjcmV0")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("--database-url"), "{text}");
    for secret in ["hunter2-db-secret", "hunter2-smtp-secret", "aHVudGVyMi1rZXktc2VjcmV0"] {
        assert!(!text.contains(secret), "--help shows {secret}");
    }
}

#[tokio::test]
async fn secrets_can_come_from_files() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("database_url");
    // A remote database in clear is refused before any connection: proof the file was read.
    std::fs::write(&file, "postgres://orga:pw@db.example.com/orga?sslmode=disable\n").unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_orga"))
        .args(["serve", "--bind", "127.0.0.1:0"])
        .env_remove("DATABASE_URL")
        .env("DATABASE_URL_FILE", &file)
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("db.example.com") && err.contains("verify-full"), "{err}");
    assert!(!err.contains(":pw@"), "the error names the host, not the password: {err}");
}

#[tokio::test]
async fn an_idle_session_ends_and_so_does_an_old_one() {
    let app = TestApp::spawn().await;
    let user = app.sign_up("idle@example.ch", "Ida", "Idle").await;
    let me = |cookie: String| {
        let app = &app;
        async move { app.call(Some(&cookie), "auth/me", json!({})).await.1 }
    };
    app.clock.advance(6 * DAY_MS);
    assert_eq!(me(user.cookie.clone()).await["user_id"], user.user_id.as_str(), "six idle days are fine");
    app.clock.advance(7 * DAY_MS + 1);
    assert_eq!(me(user.cookie.clone()).await, Value::Null, "seven idle days end it");

    // Used every day, a session still ends 30 days after sign-in.
    let (_, _, cookie) = app.sign_in("idle@example.ch", PASSWORD).await;
    let cookie = cookie.unwrap();
    for _ in 0..29 {
        app.clock.advance(DAY_MS);
        assert_eq!(me(cookie.clone()).await["user_id"], user.user_id.as_str());
    }
    app.clock.advance(DAY_MS);
    assert_eq!(me(cookie).await, Value::Null);

    // "This browser session only": two idle hours.
    let body = json!({ "email": "idle@example.ch", "password": PASSWORD, "session_only": true });
    let (_, _, cookies) = app.call_full(None, "auth/sign_in", body, &[]).await;
    let short = crate::helpers::session_cookie(&cookies).unwrap();
    app.clock.advance(2 * 3600 * 1000 + 1);
    assert_eq!(me(short).await, Value::Null);
}

#[tokio::test]
async fn blocking_ends_sessions_for_good_and_an_operator_can_end_them() {
    let app = TestApp::spawn().await;
    let user = app.sign_up("blocked@example.ch", "Bo", "Blocked").await;
    assert_eq!(server::operator::block(&app.state, "blocked@example.ch").await.unwrap(), 1);
    let (status, _) = app.members(&user, &user.org_id).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    server::operator::unblock(&app.state, "blocked@example.ch").await.unwrap();
    let (status, _) = app.members(&user, &user.org_id).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "unblocking brings no old cookie back");
    let (status, _, cookie) = app.sign_in("blocked@example.ch", PASSWORD).await;
    assert_eq!(status, StatusCode::OK);
    let cookie = cookie.unwrap();
    assert_eq!(server::operator::revoke_sessions(&app.state, "blocked@example.ch").await.unwrap(), 1);
    let (_, me) = app.call(Some(&cookie), "auth/me", json!({})).await;
    assert_eq!(me, Value::Null);
}

/// Sends a request that must be refused (403) and returns the id of its log lines.
async fn refused_request_id(app: &TestApp, endpoint: &str, body: Value, headers: &[(&str, &str)]) -> String {
    let mut req = app.client.post(format!("{}/api/{endpoint}", app.base)).header("content-type", "application/json");
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    let res = req.body(body.to_string()).send().await.unwrap();
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    res.headers()["x-request-id"].to_str().unwrap().to_string()
}

#[tokio::test]
async fn refusals_leave_a_trace() {
    let app = TestApp::spawn().await;
    let lr = app.sign_up("trace@example.ch", "Quentin", "Vale").await;
    let stranger = app.sign_up("stranger@example.ch", "Str", "Anger").await;
    // A wrong password is recorded on the account.
    let (status, _, _) = app.sign_in("trace@example.ch", "definitely not it").await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert!(outcomes(&app, "trace@example.ch").await.contains(&"wrong_password".to_string()));

    // An authorization refusal, a cross-site request: warnings with the request id.
    let body = json!({ "org_id": lr.org_id, "search": "" });
    let id = refused_request_id(&app, "members/list", body, &[("cookie", &stranger.cookie)]).await;
    let lines = log_lines_with(&id);
    assert!(
        lines.iter().any(|l| l["level"] == "WARN" && l["fields"]["message"] == "authorization refused"),
        "{lines:?}"
    );
    let id = refused_request_id(&app, "auth/sign_out", json!({}), &[("origin", "https://evil.example")]).await;
    let lines = log_lines_with(&id);
    assert!(lines.iter().any(|l| l["fields"]["message"] == "cross-site request refused"), "{lines:?}");
}

#[tokio::test]
async fn text_answers_say_they_are_utf8() {
    let app = TestApp::spawn().await;
    let res = app.client.get(format!("{}/healthz", app.base)).send().await.unwrap();
    assert_eq!(res.headers()["content-type"], "text/plain; charset=utf-8");
}

#[tokio::test]
async fn a_sign_in_abandoned_mid_check_still_settles() {
    let app = TestApp::spawn().await;
    app.sign_up("gone@example.ch", "Gwen", "Gone").await;
    // The client gives up while the password is being checked.
    let impatient = reqwest::Client::builder().timeout(std::time::Duration::from_millis(15)).build().unwrap();
    let body = json!({ "email": "gone@example.ch", "password": "a wrong guess abandoned", "session_only": false });
    let abandoned = impatient
        .post(format!("{}/api/auth/sign_in", app.base))
        .header("content-type", "application/json")
        .body(body.to_string())
        .send()
        .await;
    assert!(abandoned.is_err(), "the client went away");
    // The check ran to its end: counted, and the account is not left "busy".
    let mut events = Vec::new();
    for _ in 0..50 {
        events = outcomes(&app, "gone@example.ch").await;
        if !events.is_empty() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert_eq!(events, ["wrong_password"]);
    let (status, body, _) = app.sign_in("gone@example.ch", PASSWORD).await;
    assert_eq!(status, StatusCode::OK, "{body}");
}

#[tokio::test]
async fn an_email_never_delivered_is_redacted_after_the_retention_period_too() {
    let app = TestApp::spawn().await;
    app.call(None, "auth/sign_up", sign_up_body("never@example.ch", "Nev", "Er", None)).await;
    app.clock.advance(31 * DAY_MS);
    server::housekeeping::once(&app.state).await.unwrap();
    let rows: Vec<(String, Option<String>)> =
        sqlx::query_as("SELECT to_address, secret_sealed FROM outbox").fetch_all(app.state.pool()).await.unwrap();
    assert_eq!(rows, vec![("[redacted]".to_string(), None)]);
}
