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
            // A killed process's claimed email goes to the next one after 4 s, not 2 min.
            .env("ORGA_OUTBOX_CLAIM_SECONDS", "4")
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

/// What the load saw answered with success.
#[derive(Default)]
struct Succeeded {
    sign_ups: Vec<String>,
    invitations: Vec<String>,
    /// Per pre-made member: role changes answered 200.
    role_changes: std::collections::HashMap<String, u32>,
    attempts: u32,
    lost_answers: u32,
}

/// Durability (R2, R3): while clients sign up, invite and change roles, the server is
/// killed with SIGKILL 50 times at random moments and started again on the same
/// database. Afterwards every change answered with success is there, no organization
/// lost its legal representative, and every queued email is delivered (duplicates —
/// sent, then killed before being marked sent — are counted and printed).
#[tokio::test]
async fn fifty_kill_9_lose_nothing_that_was_answered() {
    use rand::{Rng, SeedableRng};
    use std::sync::{Arc, Mutex, RwLock};

    const KILLS: usize = 50;
    const CLIENTS: usize = 8;
    let seed: u64 = std::env::var("CRASH_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or_else(rand::random);
    println!("crash test seed: {seed} (CRASH_SEED={seed} replays the same kill moments)");
    let (smtp, received) = smtp_sink().await;
    let shared = Arc::new(Shared::new(smtp).await);
    let first = shared.start().await;

    // The organization, and one collaborator per client whose role that client flips.
    let (status, body, _) =
        first.call(None, "auth/sign_up", sign_up_body("owner@crash.test", "Olga", "Owner", None)).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let token = link_param(&first.mail_to_about("owner@crash.test", "Confirm").await, "token=");
    let (_, me, cookie) = first.call(None, "auth/verify_email", json!({ "token": token, "password": PASSWORD })).await;
    let cookie = cookie.expect("a session");
    let org_id = me["current_org_id"].as_str().unwrap().to_string();
    let pool = server::db::connect(&shared.db_url).await.unwrap();
    for c in 0..CLIENTS {
        sqlx::query(&format!(
            "INSERT INTO users (id, email, email_verified_at, password_hash, first_name, last_name, account_type, lang, created_at) \
             VALUES ('crash{c}', 'member{c}@crash.test', 1, 'x', 'Member', 'N{c}', 'individual', 'en', 1)"
        ))
        .execute(&pool)
        .await
        .unwrap();
        sqlx::query(&format!(
            "INSERT INTO memberships (org_id, user_id, role, sort_name, created_at) \
             VALUES ('{org_id}', 'crash{c}', 'collaborator', 'n{c} member', 1)"
        ))
        .execute(&pool)
        .await
        .unwrap();
    }
    sqlx::query("UPDATE organizations SET member_version = member_version + 1 WHERE id = $1")
        .bind(&org_id)
        .execute(&pool)
        .await
        .unwrap();

    let base = Arc::new(RwLock::new(first.base.clone()));
    let done = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let succeeded = Arc::new(Mutex::new(Succeeded::default()));
    let mut clients = tokio::task::JoinSet::new();
    for c in 0..CLIENTS {
        let (base, done, succeeded, cookie, org_id, pool) =
            (base.clone(), done.clone(), succeeded.clone(), cookie.clone(), org_id.clone(), pool.clone());
        clients.spawn(async move {
            let client = reqwest::Client::builder().timeout(Duration::from_secs(20)).build().unwrap();
            let mut rng = rand::rngs::StdRng::seed_from_u64(seed.wrapping_add(c as u64));
            let mut n = 0u32;
            while !done.load(std::sync::atomic::Ordering::Relaxed) {
                n += 1;
                // 30 % sign-ups, 30 % invitations, 40 % role changes, a few milliseconds apart.
                let op = match rng.gen_range(0..10) {
                    0..=2 => 0,
                    3..=5 => 1,
                    _ => 2,
                };
                tokio::time::sleep(Duration::from_millis(rng.gen_range(5..25))).await;
                // Each client alone changes its member: what the database says now, flipped
                // (an answer lost to a kill leaves it unknown whether that change happened).
                let (role,): (String,) = sqlx::query_as("SELECT role FROM memberships WHERE user_id = $1")
                    .bind(format!("crash{c}"))
                    .fetch_one(&pool)
                    .await
                    .unwrap();
                let (endpoint, body, with_cookie) = match op {
                    0 => ("auth/sign_up", sign_up_body(&format!("signup{c}-{n}@crash.test"), "New", "Person", None), false),
                    1 => (
                        "members/invite",
                        json!({ "org_id": org_id, "email": format!("guest{c}-{n}@crash.test"), "role": "collaborator" }),
                        true,
                    ),
                    _ => (
                        "members/change_role",
                        json!({ "org_id": org_id, "user_id": format!("crash{c}"),
                                "role": if role == "external" { "collaborator" } else { "external" } }),
                        true,
                    ),
                };
                let url = format!("{}/api/{endpoint}", base.read().unwrap());
                let mut req = client.post(url).header("content-type", "application/json").body(body.to_string());
                if with_cookie {
                    req = req.header("cookie", &cookie);
                }
                let answer = req.send().await.map(|r| r.status());
                if let Ok(status) = &answer {
                    assert!(!status.is_server_error(), "{endpoint}: {status}");
                }
                let lost = {
                    let mut s = succeeded.lock().unwrap();
                    s.attempts += 1;
                    match answer {
                        Ok(StatusCode::OK) => match op {
                            0 => s.sign_ups.push(format!("signup{c}-{n}@crash.test")),
                            1 => s.invitations.push(format!("guest{c}-{n}@crash.test")),
                            _ => {
                                *s.role_changes.entry(format!("crash{c}")).or_default() += 1;
                            }
                        },
                        Ok(_) => {}
                        // Killed mid-request: the change may or may not have happened.
                        Err(_) => s.lost_answers += 1,
                    }
                    answer.is_err()
                };
                if lost {
                    tokio::time::sleep(Duration::from_millis(50)).await;
                }
            }
        });
    }

    // The killer.
    let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
    let mut running = first;
    let started = std::time::Instant::now();
    for _ in 0..KILLS {
        tokio::time::sleep(Duration::from_millis(rng.gen_range(100..600))).await;
        let Server { mut _child, .. } = running;
        _child.kill().await.expect("SIGKILL");
        running = shared.start().await;
        *base.write().unwrap() = running.base.clone();
    }
    tokio::time::sleep(Duration::from_millis(300)).await;
    done.store(true, std::sync::atomic::Ordering::Relaxed);
    while let Some(joined) = clients.join_next().await {
        joined.expect("a client never saw a 5xx");
    }
    let s = std::mem::take(&mut *succeeded.lock().unwrap());
    println!(
        "{KILLS} kills in {:.1} s; {} requests, {} answers lost to a kill; answered 200: {} sign-ups, {} invitations, {} role changes",
        started.elapsed().as_secs_f64(),
        s.attempts,
        s.lost_answers,
        s.sign_ups.len(),
        s.invitations.len(),
        s.role_changes.values().sum::<u32>()
    );
    assert!(s.sign_ups.len() + s.invitations.len() > 10, "the load ran between the kills");

    // Every answered change is in the database.
    for email in &s.sign_ups {
        let (n,): (i64,) =
            sqlx::query_as("SELECT COUNT(*) FROM users WHERE email = $1").bind(email).fetch_one(&pool).await.unwrap();
        assert_eq!(n, 1, "signed up: {email}");
    }
    for email in &s.invitations {
        let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM invitations WHERE email = $1")
            .bind(email)
            .fetch_one(&pool)
            .await
            .unwrap();
        assert!(n >= 1, "invited: {email}");
    }
    for c in 0..CLIENTS {
        let member = format!("crash{c}");
        let (audited,): (i64,) = sqlx::query_as(
            "SELECT COUNT(*) FROM audit_log WHERE org_id = $1 AND action = 'member.role_changed' AND target = $2",
        )
        .bind(&org_id)
        .bind(&member)
        .fetch_one(&pool)
        .await
        .unwrap();
        let answered = i64::from(s.role_changes.get(&member).copied().unwrap_or(0));
        assert!(audited >= answered, "{member}: {answered} changes answered, {audited} in the audit log");
        let (role,): (String,) = sqlx::query_as("SELECT role FROM memberships WHERE org_id = $1 AND user_id = $2")
            .bind(&org_id)
            .bind(&member)
            .fetch_one(&pool)
            .await
            .unwrap();
        assert_eq!(role == "external", audited % 2 == 1, "{member}: the role and its audited changes agree");
    }
    let (orphans,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM organizations o WHERE o.deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM memberships m \
         WHERE m.org_id = o.id AND m.role = 'legal_representative' AND m.blocked_at IS NULL)",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(orphans, 0, "every organization keeps a legal representative");

    // Every queued email delivered: none lost, duplicates counted.
    let mut unsent = -1;
    for _ in 0..1800 {
        (unsent,) = sqlx::query_as("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL").fetch_one(&pool).await.unwrap();
        if unsent == 0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(unsent, 0, "the outbox drains after the last restart");
    let rows: Vec<(String,)> = sqlx::query_as("SELECT to_address FROM outbox").fetch_all(&pool).await.unwrap();
    let mails = received.lock().unwrap().clone();
    let mut per_recipient: std::collections::HashMap<String, (i64, i64)> = std::collections::HashMap::new();
    for (to,) in &rows {
        per_recipient.entry(to.clone()).or_default().0 += 1;
    }
    for (to, (_, delivered)) in per_recipient.iter_mut() {
        *delivered = mails.iter().filter(|m| m.contains(&format!("To: {to}\n"))).count() as i64;
    }
    let lost: i64 = per_recipient.values().map(|(q, d)| (q - d).max(0)).sum();
    let duplicates: i64 = per_recipient.values().map(|(q, d)| (d - q).max(0)).sum();
    println!("emails: {} queued, {} received, {lost} lost, {duplicates} duplicates", rows.len(), mails.len());
    assert_eq!(lost, 0, "no queued email is lost");
    drop(running);
}
