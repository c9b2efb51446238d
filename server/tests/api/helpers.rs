//! The test harness: `TestApp::spawn()` starts the server; `User` is a signed-in browser.

use std::net::SocketAddr;

use reqwest::header::{CONTENT_TYPE, COOKIE, SET_COOKIE};
use reqwest::StatusCode;
use secrecy::SecretString;
use serde_json::{json, Value};
use server::clock::Clock;
use server::config::{Config, ServeArgs};
use server::{db, http, AppState};
use sha2::Digest;
use std::sync::Arc;

pub const PASSWORD: &str = "blue tractor sings at noon";

pub struct TestApp {
    pub base: String,
    pub client: reqwest::Client,
    pub db_url: String,
    pub state: AppState,
    /// The server's clock: `clock.advance(…)` moves the whole server forward in time.
    pub clock: Arc<Clock>,
    _dir: Option<tempfile::TempDir>,
}

/// Someone signed in: their session cookie and who they are.
#[derive(Clone, Debug)]
pub struct User {
    pub cookie: String,
    pub user_id: String,
    /// The organization they work in (their own after a plain sign-up).
    pub org_id: String,
}

#[derive(Default)]
pub struct Options {
    pub public_url: Option<String>,
    pub smtp_url: Option<String>,
    /// Reuse this database instead of a fresh one.
    pub db_url: Option<String>,
    /// Networks whose `X-Forwarded-For` names the client (`"127.0.0.1/32"`).
    pub trusted_proxies: Vec<&'static str>,
    /// The password-hashing queue's depth (0: the server's default).
    pub hash_queue_depth: usize,
    /// `GET /metrics`'s bearer token.
    pub metrics_token: Option<&'static str>,
}

impl TestApp {
    pub async fn spawn() -> TestApp {
        TestApp::spawn_with(Options::default()).await
    }

    pub async fn spawn_with(opts: Options) -> TestApp {
        capture_logs();
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr: SocketAddr = listener.local_addr().unwrap();
        let (db_url, dir) = match (opts.db_url, std::env::var("TEST_DATABASE_URL").ok()) {
            (Some(url), _) => (url, None),
            (None, Some(pg)) if !pg.is_empty() => (fresh_postgres(&pg).await, None),
            _ => {
                let dir = tempfile::tempdir().unwrap();
                (format!("sqlite://{}/orga.db", dir.path().display()), Some(dir))
            }
        };
        let mut args = ServeArgs::parse_from_defaults();
        args.database_url = SecretString::from(db_url.clone());
        args.bind = addr;
        args.public_url = opts.public_url;
        args.dev = true;
        args.smtp_url = opts.smtp_url.map(SecretString::from);
        args.mail_from = "Orga <no-reply@orga.test>".into();
        args.dist = "/nonexistent".into();
        args.trusted_proxies = opts.trusted_proxies.iter().map(|n| n.parse().unwrap()).collect();
        args.hash_queue_depth = opts.hash_queue_depth;
        args.metrics_token = opts.metrics_token.map(SecretString::from);
        // One key per database, as one console keeps one key across restarts.
        let key: [u8; 32] = sha2::Sha256::digest(db_url.as_bytes()).into();
        let config = Config::from_args(&args, addr, server::sealing::SealingKey::from_bytes(&key));
        let pool = db::connect(&db_url).await.expect("database");
        let clock = Arc::new(Clock::default());
        let state = AppState::with_clock(pool, config, db::is_postgres(&db_url), clock.clone());
        tokio::spawn(server::outbox::run_worker(state.clone()));
        tokio::spawn(server::housekeeping::run(state.clone()));
        tokio::spawn(http::serve(listener, http::router(state.clone()), std::future::pending()));
        TestApp { base: format!("http://{addr}"), client: reqwest::Client::new(), db_url, state, clock, _dir: dir }
    }

    /// Calls a server function the way a partner would: JSON in, JSON out.
    pub async fn call(&self, cookie: Option<&str>, endpoint: &str, body: Value) -> (StatusCode, Value) {
        let (status, value, _) = self.call_full(cookie, endpoint, body, &[]).await;
        (status, value)
    }

    /// Like `call`, with extra headers, also returning the `Set-Cookie` headers.
    pub async fn call_full(
        &self,
        cookie: Option<&str>,
        endpoint: &str,
        body: Value,
        headers: &[(&str, &str)],
    ) -> (StatusCode, Value, Vec<String>) {
        let mut req = self
            .client
            .post(format!("{}/api/{endpoint}", self.base))
            .header(CONTENT_TYPE, "application/json")
            .body(body.to_string());
        if let Some(c) = cookie {
            req = req.header(COOKIE, c);
        }
        for (k, v) in headers {
            req = req.header(*k, *v);
        }
        let res = req.send().await.expect("request");
        let status = res.status();
        let cookies = res.headers().get_all(SET_COOKIE).iter().map(|v| v.to_str().unwrap().to_string()).collect();
        let text = res.text().await.unwrap();
        let value = serde_json::from_str(&text).unwrap_or(Value::String(text));
        (status, value, cookies)
    }

    /// Runs one statement on the server's database (to set up what no endpoint does yet).
    pub async fn sql(&self, statement: &str, args: &[&str]) {
        let mut q = sqlx::query(statement);
        for a in args {
            q = q.bind(*a);
        }
        q.execute(self.state.pool()).await.expect("statement");
    }

    /// The organization's legal representatives who are not blocked, read from the database.
    pub async fn unblocked_legal_representatives(&self, org_id: &str) -> i64 {
        let (n,): (i64,) = sqlx::query_as(
            "SELECT COUNT(*) FROM memberships WHERE org_id = $1 AND role = 'legal_representative' AND blocked_at IS NULL",
        )
        .bind(org_id)
        .fetch_one(self.state.pool())
        .await
        .unwrap();
        n
    }

    pub async fn outbox(&self) -> Vec<Value> {
        let (status, mails) = self.call(None, "dev/outbox", json!({})).await;
        assert_eq!(status, StatusCode::OK, "{mails}");
        mails.as_array().unwrap().clone()
    }

    /// The newest email to `to` whose subject contains `subject`, which must exist. Other
    /// emails may come between (a sign-in from a new device, a wrong password typed).
    pub async fn mail_to_about(&self, to: &str, subject: &str) -> Value {
        self.outbox()
            .await
            .into_iter()
            .find(|m| m["to"] == to && m["subject"].as_str().is_some_and(|s| s.contains(subject)))
            .unwrap_or_else(|| panic!("no email to {to} about {subject:?}"))
    }

    /// The newest email to `to`, which must exist.
    pub async fn last_mail_to(&self, to: &str) -> Value {
        self.outbox().await.into_iter().find(|m| m["to"] == to).unwrap_or_else(|| panic!("no email to {to}"))
    }

    /// The newest text message to `number` (E.164) as its recipient reads it, if any.
    pub async fn last_sms_to(&self, number: &str) -> Option<String> {
        self.outbox()
            .await
            .into_iter()
            .find(|m| m["sms"] == true && m["to"] == number)
            .map(|m| m["body"].as_str().unwrap().to_string())
    }

    /// Signs up (individual account), confirms the address through the emailed link.
    pub async fn sign_up(&self, email: &str, first: &str, last: &str) -> User {
        let (status, body) = self.call(None, "auth/sign_up", sign_up_body(email, first, last, None)).await;
        assert_eq!(status, StatusCode::OK, "{body}");
        assert_eq!(body["outcome"], "check_your_email");
        let token = link_param(&self.last_mail_to(email).await, "token=");
        self.verify(&token).await
    }

    pub async fn verify(&self, token: &str) -> User {
        let body = json!({ "token": token, "password": PASSWORD });
        let (status, me, cookies) = self.call_full(None, "auth/verify_email", body, &[]).await;
        assert_eq!(status, StatusCode::OK, "{me}");
        user_from(&me, &cookies)
    }

    pub async fn sign_in(&self, email: &str, password: &str) -> (StatusCode, Value, Option<String>) {
        let body = json!({ "email": email, "password": password, "session_only": false });
        let (status, value, cookies) = self.call_full(None, "auth/sign_in", body, &[]).await;
        (status, value, session_cookie(&cookies))
    }

    /// `inviter` invites `email` into `org_id` with `role`; the new person follows the
    /// emailed link and signs up.
    pub async fn invite_new(&self, inviter: &User, org_id: &str, email: &str, role: &str, first: &str) -> User {
        let (status, body) = self.invite(inviter, org_id, email, role).await;
        assert_eq!(status, StatusCode::OK, "{body}");
        let token = link_param(&self.last_mail_to(email).await, "invitation=");
        let (status, out, cookies) =
            self.call_full(None, "auth/sign_up", sign_up_body(email, first, "Tester", Some(&token)), &[]).await;
        assert_eq!(status, StatusCode::OK, "{out}");
        assert_eq!(out["outcome"], "signed_in");
        user_from(&out["me"], &cookies)
    }

    pub async fn invite(&self, inviter: &User, org_id: &str, email: &str, role: &str) -> (StatusCode, Value) {
        self.call(Some(&inviter.cookie), "members/invite", json!({ "org_id": org_id, "email": email, "role": role }))
            .await
    }

    pub async fn change_role(&self, actor: &User, org_id: &str, user_id: &str, role: &str) -> (StatusCode, Value) {
        self.call(
            Some(&actor.cookie),
            "members/change_role",
            json!({ "org_id": org_id, "user_id": user_id, "role": role }),
        )
        .await
    }

    pub async fn members(&self, viewer: &User, org_id: &str) -> (StatusCode, Value) {
        self.call(Some(&viewer.cookie), "members/list", json!({ "org_id": org_id, "search": "" })).await
    }

    /// The role of `user_id` in `org_id`, as a legal representative's list shows it.
    pub async fn role_of(&self, viewer: &User, org_id: &str, user_id: &str) -> String {
        let (status, page) = self.members(viewer, org_id).await;
        assert_eq!(status, StatusCode::OK, "{page}");
        page["members"]
            .as_array()
            .unwrap()
            .iter()
            .find(|m| m["user_id"] == user_id)
            .map(|m| m["membership"]["role"].as_str().unwrap().to_string())
            .expect("member listed")
    }
}

pub fn sign_up_body(email: &str, first: &str, last: &str, invitation: Option<&str>) -> Value {
    json!({ "input": {
        "email": email, "password": PASSWORD, "first_name": first, "last_name": last,
        "account_type": "individual", "organization_name": null, "lang": "en", "country": "FR",
        "invitation": invitation,
    }})
}

/// The value after `marker` in the first link of an email's body.
pub fn link_param(mail: &Value, marker: &str) -> String {
    let body = mail["body"].as_str().unwrap();
    let start = body.find(marker).unwrap_or_else(|| panic!("no {marker} in {body}")) + marker.len();
    body[start..].split(|c: char| c.is_whitespace() || c == '&').next().unwrap().to_string()
}

pub fn session_cookie(set_cookies: &[String]) -> Option<String> {
    set_cookies
        .iter()
        .filter_map(|c| c.split(';').next())
        .find(|kv| kv.contains("orga_session=") && !kv.ends_with('='))
        .map(str::to_string)
}

fn user_from(me: &Value, cookies: &[String]) -> User {
    User {
        cookie: session_cookie(cookies).expect("a session cookie"),
        user_id: me["user_id"].as_str().unwrap().to_string(),
        org_id: me["current_org_id"].as_str().unwrap().to_string(),
    }
}

/// A new PostgreSQL database for one test; those of earlier runs are dropped first.
pub async fn fresh_postgres(admin_url: &str) -> String {
    use sqlx::Executor;
    sqlx::any::install_default_drivers();
    static CLEANED: tokio::sync::OnceCell<()> = tokio::sync::OnceCell::const_new();
    let admin = sqlx::AnyPool::connect(admin_url).await.expect("TEST_DATABASE_URL reachable");
    CLEANED
        .get_or_init(|| async {
            let old: Vec<(String,)> =
                sqlx::query_as("SELECT datname::text FROM pg_database WHERE datname LIKE 'orga_test_%'")
                    .fetch_all(&admin)
                    .await
                    .unwrap();
            for (name,) in old {
                let _ = admin.execute(format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)").as_str()).await;
            }
        })
        .await;
    let name = format!("orga_test_{}", uuid_like());
    admin.execute(format!("CREATE DATABASE \"{name}\"").as_str()).await.unwrap();
    admin.close().await;
    let (base, _) = admin_url.rsplit_once('/').unwrap();
    format!("{base}/{name}")
}

fn uuid_like() -> String {
    use rand::RngCore;
    let mut b = [0u8; 8];
    rand::rngs::OsRng.fill_bytes(&mut b);
    b.iter().map(|x| format!("{x:02x}")).collect()
}

/// Every log line of the test process, as JSON (the server's `--log-json` format).
static LOGS: std::sync::OnceLock<Arc<std::sync::Mutex<Vec<u8>>>> = std::sync::OnceLock::new();

#[derive(Clone)]
struct SharedBuffer(Arc<std::sync::Mutex<Vec<u8>>>);

impl std::io::Write for SharedBuffer {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn capture_logs() {
    LOGS.get_or_init(|| {
        let buffer = Arc::new(std::sync::Mutex::new(Vec::new()));
        let writer = SharedBuffer(buffer.clone());
        let _ = tracing_subscriber::fmt()
            .json()
            .with_current_span(true)
            .with_env_filter("info,sqlx=warn")
            .with_writer(move || writer.clone())
            .try_init();
        buffer
    });
}

/// The log lines (parsed JSON) that mention `needle`.
pub fn log_lines_with(needle: &str) -> Vec<Value> {
    let buffer = LOGS.get().expect("logs captured").lock().unwrap().clone();
    String::from_utf8_lossy(&buffer)
        .lines()
        .filter(|l| l.contains(needle))
        .filter_map(|l| serde_json::from_str(l).ok())
        .collect()
}
