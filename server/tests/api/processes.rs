//! Several server processes on one database (issue 10): the real `orga` binary started
//! twice on one database (PostgreSQL with TEST_DATABASE_URL, else one SQLite file in WAL
//! mode), requests alternating between them. Whatever must hold across processes lives
//! in the database: a session made on one works on the other, a lockout reached through
//! one holds on the other and after both restart, and each queued email is delivered
//! exactly once while both outbox workers run.

use std::process::Stdio;
use std::time::Duration;

use base64::Engine;
use http::StatusCode;
use serde_json::{json, Value};
use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::process::{Child, Command};

use crate::helpers::{fresh_postgres, link_param, session_cookie, sign_up_body, PASSWORD};
use crate::outbox::smtp_sink;

/// One `orga serve` process, killed when dropped (even when the test panics).
struct Server {
    base: String,
    client: reqwest::Client,
    _child: Child,
}

/// What every process of one test shares: the database, the sealing key, the SMTP sink.
struct Shared {
    db_url: String,
    key: String,
    smtp: String,
    _dir: Option<tempfile::TempDir>,
}

impl Shared {
    async fn new(smtp: String) -> Shared {
        let (db_url, dir) = match std::env::var("TEST_DATABASE_URL").ok().filter(|u| !u.is_empty()) {
            Some(pg) => (fresh_postgres(&pg).await, None),
            None => {
                let dir = tempfile::tempdir().unwrap();
                (format!("sqlite://{}/orga.db", dir.path().display()), Some(dir))
            }
        };
        let key = base64::engine::general_purpose::STANDARD.encode(rand::random::<[u8; 32]>());
        Shared { db_url, key, smtp, _dir: dir }
    }

    /// Starts a process and waits until it is ready.
    async fn start(&self) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_orga"))
            .args(["serve", "--dev", "--bind", "127.0.0.1:0", "--dist", "/nonexistent"])
            .env("DATABASE_URL", &self.db_url)
            .env("ORGA_SECRET_KEY", &self.key)
            .env("SMTP_URL", &self.smtp)
            .env("RUST_LOG", "warn")
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .kill_on_drop(true)
            .spawn()
            .expect("the orga binary starts");
        let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
        let base = tokio::time::timeout(Duration::from_secs(60), async {
            while let Some(line) = lines.next_line().await.unwrap() {
                if let Some(rest) = line.strip_prefix("Orga is running at ") {
                    return rest.trim_end_matches('/').to_string();
                }
            }
            panic!("the server stopped before saying where it runs")
        })
        .await
        .expect("the server starts within a minute");
        // Keep reading its output so it never blocks on a full pipe.
        tokio::spawn(async move { while let Ok(Some(_)) = lines.next_line().await {} });
        let client = reqwest::Client::new();
        for _ in 0..300 {
            if client.get(format!("{base}/readyz")).send().await.is_ok_and(|r| r.status() == StatusCode::OK) {
                return Server { base, client, _child: child };
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("{base} never became ready");
    }
}

impl Server {
    async fn call(&self, cookie: Option<&str>, endpoint: &str, body: Value) -> (StatusCode, Value, Option<String>) {
        let mut req = self
            .client
            .post(format!("{}/api/{endpoint}", self.base))
            .header("content-type", "application/json")
            .body(body.to_string());
        if let Some(c) = cookie {
            req = req.header("cookie", c);
        }
        let res = req.send().await.expect("request");
        let status = res.status();
        let cookies: Vec<String> =
            res.headers().get_all("set-cookie").iter().map(|v| v.to_str().unwrap().to_string()).collect();
        let text = res.text().await.unwrap();
        (status, serde_json::from_str(&text).unwrap_or(Value::String(text)), session_cookie(&cookies))
    }

    async fn mail_to_about(&self, to: &str, subject: &str) -> Value {
        let (_, mails, _) = self.call(None, "dev/outbox", json!({})).await;
        mails
            .as_array()
            .unwrap()
            .iter()
            .find(|m| m["to"] == to && m["subject"].as_str().is_some_and(|s| s.contains(subject)))
            .cloned()
            .unwrap_or_else(|| panic!("no email to {to} about {subject:?}"))
    }
}

async fn sign_in(server: &Server, email: &str, password: &str) -> (StatusCode, Value) {
    let (status, body, _) =
        server.call(None, "auth/sign_in", json!({ "email": email, "password": password, "session_only": false })).await;
    (status, body)
}

#[tokio::test]
async fn two_processes_share_sessions_lockouts_and_the_outbox() {
    let (smtp, received) = smtp_sink().await;
    let shared = Shared::new(smtp).await;
    let a = shared.start().await;
    let b = shared.start().await;

    // Signed up on A, confirmed on B: the session B opened works on A.
    let (status, body, _) = a.call(None, "auth/sign_up", sign_up_body("owner@two.test", "Olga", "Owner", None)).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let token = link_param(&b.mail_to_about("owner@two.test", "Confirm").await, "token=");
    let (status, me, cookie) = b.call(None, "auth/verify_email", json!({ "token": token, "password": PASSWORD })).await;
    assert_eq!(status, StatusCode::OK, "{me}");
    let cookie = cookie.expect("a session");
    let org_id = me["current_org_id"].as_str().unwrap().to_string();
    let (status, me_on_a, _) = a.call(Some(&cookie), "auth/me", json!({})).await;
    assert_eq!((status, &me_on_a["user_id"]), (StatusCode::OK, &me["user_id"]), "{me_on_a}");

    // Invitations sent through both, alternately: each email leaves exactly once.
    for i in 0..10 {
        let server = if i % 2 == 0 { &a } else { &b };
        let body = json!({ "org_id": org_id, "email": format!("guest{i}@two.test"), "role": "collaborator" });
        let (status, answer, _) = server.call(Some(&cookie), "members/invite", body).await;
        assert_eq!(status, StatusCode::OK, "{answer}");
    }

    // Signed out on A: the session is over on B too.
    let (status, _, _) = a.call(Some(&cookie), "auth/sign_out", json!({})).await;
    assert_eq!(status, StatusCode::OK);
    let (_, me_on_b, _) = b.call(Some(&cookie), "auth/me", json!({})).await;
    assert!(me_on_b.get("user_id").and_then(Value::as_str).is_none(), "signed out everywhere: {me_on_b}");

    // A second account, as a witness that the right password works.
    let (status, body, _) =
        b.call(None, "auth/sign_up", sign_up_body("witness@two.test", "Wil", "Witness", None)).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let token = link_param(&a.mail_to_about("witness@two.test", "Confirm").await, "token=");
    let (status, body, _) = a.call(None, "auth/verify_email", json!({ "token": token, "password": PASSWORD })).await;
    assert_eq!(status, StatusCode::OK, "{body}");

    // Six wrong passwords, alternately through A and B: past the 5 free failures of one
    // account from one address, counted across both processes…
    for i in 0..6 {
        let server = if i % 2 == 0 { &a } else { &b };
        let (status, body) = sign_in(server, "owner@two.test", "not my password at all").await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "{body}");
    }
    // …the account is held back on both, even with the right password (the same answer
    // as a wrong one: a guesser learns nothing), while the witness signs in…
    for server in [&a, &b] {
        let (status, body) = sign_in(server, "owner@two.test", PASSWORD).await;
        assert_eq!((status, &body["error"]), (StatusCode::UNAUTHORIZED, &json!("invalid_credentials")), "{body}");
        let (status, body) = sign_in(server, "witness@two.test", PASSWORD).await;
        assert_eq!(status, StatusCode::OK, "{body}");
    }
    // …and still after both processes restart.
    drop((a, b));
    let a = shared.start().await;
    let b = shared.start().await;
    for server in [&a, &b] {
        let (status, body) = sign_in(server, "owner@two.test", PASSWORD).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "{body}");
        let (status, body) = sign_in(server, "witness@two.test", PASSWORD).await;
        assert_eq!(status, StatusCode::OK, "{body}");
    }

    // Every queued email reached the sink once: as many messages as outbox rows, one
    // invitation per guest.
    let pool = server::db::connect(&shared.db_url).await.unwrap();
    let mut mails = Vec::new();
    for _ in 0..200 {
        let (unsent,): (i64,) =
            sqlx::query_as("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL").fetch_one(&pool).await.unwrap();
        mails = received.lock().unwrap().clone();
        if unsent == 0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let (queued,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM outbox").fetch_one(&pool).await.unwrap();
    assert_eq!(mails.len() as i64, queued, "each queued email delivered once");
    for i in 0..10 {
        let to = format!("To: guest{i}@two.test");
        assert_eq!(mails.iter().filter(|m| m.contains(&to)).count(), 1, "{to}");
    }
    drop((a, b));
}
