//! What the issue-10 benches share: the release server on a fresh database, an
//! organization signed up the ordinary way, members written straight into the
//! database, and `wrk` (a separate process) run with a Lua script and read back. Each
//! bench uses part of it.
#![allow(dead_code)]

use secrecy::SecretString;
use serde_json::{json, Value};
use server::config::{Config, ServeArgs};
use server::{db, http, AppState};

pub const PASSWORD: &str = "blue tractor sings at noon";

pub struct Bench {
    pub base: String,
    pub pool: sqlx::AnyPool,
    pub postgres: bool,
    _dir: tempfile::TempDir,
}

/// The server on SQLite in a temporary folder, or on the empty PostgreSQL database of
/// BENCH_DATABASE_URL; behind a trusted proxy at 127.0.0.1 (X-Forwarded-For names the
/// client, as behind a load balancer).
pub async fn start() -> Bench {
    let dir = tempfile::tempdir().unwrap();
    let url =
        std::env::var("BENCH_DATABASE_URL").unwrap_or_else(|_| format!("sqlite://{}/bench.db", dir.path().display()));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let mut args = ServeArgs::parse_from_defaults();
    args.database_url = SecretString::from(url.clone());
    args.bind = addr;
    args.dev = true;
    args.dist = "/nonexistent".into();
    args.trusted_proxies = vec!["127.0.0.1/32".parse().unwrap()];
    let pool = db::connect(&url).await.unwrap();
    let state = AppState::new(
        pool.clone(),
        Config::from_args(&args, addr, server::sealing::SealingKey::random()),
        db::is_postgres(&url),
    );
    tokio::spawn(server::outbox::run_worker(state.clone()));
    tokio::spawn(http::serve(listener, http::router(state), std::future::pending()));
    Bench { base: format!("http://{addr}"), pool, postgres: db::is_postgres(&url), _dir: dir }
}

impl Bench {
    pub fn database(&self) -> &'static str {
        if self.postgres {
            "PostgreSQL"
        } else {
            "SQLite"
        }
    }

    /// Posts to a server function; the answer and the session cookie it set, if any.
    pub async fn call(&self, path: &str, body: Value, cookie: Option<&str>) -> (Value, Option<String>) {
        let mut req = reqwest::Client::new()
            .post(format!("{}/api/{path}", self.base))
            .header("content-type", "application/json")
            .body(body.to_string());
        if let Some(c) = cookie {
            req = req.header("cookie", c);
        }
        let res = req.send().await.unwrap();
        let cookie = res
            .headers()
            .get_all("set-cookie")
            .iter()
            .filter_map(|v| v.to_str().ok()?.split(';').next().map(str::to_string))
            .find(|c| c.contains("orga_session=") && !c.ends_with('='));
        (res.json::<Value>().await.unwrap(), cookie)
    }

    /// Signs up a legal representative and their organization: (org id, session cookie).
    pub async fn owner(&self) -> (String, String) {
        let input = json!({ "input": { "email": "owner@bench.test", "password": PASSWORD, "first_name": "Owner",
            "last_name": "Bench", "account_type": "company", "organization_name": "Bench SA", "lang": "en", "country": "CH", "invitation": null } });
        self.call("auth/sign_up", input, None).await;
        let (mails, _) = self.call("dev/outbox", json!({}), None).await;
        let body = mails[0]["body"].as_str().unwrap();
        let token = body.split("token=").nth(1).unwrap().split_whitespace().next().unwrap().to_string();
        let (me, cookie) = self.call("auth/verify_email", json!({ "token": token, "password": PASSWORD }), None).await;
        (me["current_org_id"].as_str().unwrap().to_string(), cookie.expect("a session cookie"))
    }

    /// `count` collaborators `<prefix>-<i>@bench.test` (ids `<prefix><i>`) whose password
    /// hashes to `hash`, written straight into the database.
    pub async fn members(&self, org_id: &str, prefix: &str, count: usize, hash: &str) {
        for chunk in (0..count).collect::<Vec<_>>().chunks(500) {
            let mut users = String::from("INSERT INTO users (id, email, email_verified_at, password_hash, first_name, last_name, account_type, lang, created_at) VALUES ");
            let mut memberships =
                String::from("INSERT INTO memberships (org_id, user_id, role, sort_name, created_at) VALUES ");
            for (n, i) in chunk.iter().enumerate() {
                let sep = if n == 0 { "" } else { "," };
                users.push_str(&format!(
                    "{sep}('{prefix}{i}', '{prefix}-{i}@bench.test', 1, '{hash}', 'First{i}', 'Last{i}', 'individual', 'en', 1)"
                ));
                memberships
                    .push_str(&format!("{sep}('{org_id}', '{prefix}{i}', 'collaborator', 'last{i} first{i}', 1)"));
            }
            sqlx::query(&users).execute(&self.pool).await.unwrap();
            sqlx::query(&memberships).execute(&self.pool).await.unwrap();
        }
        sqlx::query("UPDATE organizations SET member_version = member_version + 1 WHERE id = $1")
            .bind(org_id)
            .execute(&self.pool)
            .await
            .unwrap();
    }
}

pub struct Load {
    pub rate: f64,
    pub p50_ms: f64,
    pub p99_ms: f64,
    pub timeouts: u64,
    pub non_2xx: u64,
    pub requests: u64,
}

/// Runs wrk with `lua` against `url` (2 threads, `clients` connections); its report read
/// back. The first refusal each thread sees is printed.
pub async fn wrk(url: String, lua: String, clients: usize, seconds: u64) -> Option<Load> {
    let dir = tempfile::tempdir().ok()?;
    let script = dir.path().join("bench.lua");
    let lua = format!(
        "{lua}\nlocal told = false\nfunction response(status, headers, body)\n  if status >= 300 and not told then\n    \
         told = true\n    io.write(\"first refusal: \" .. status .. \" \" .. body .. \"\\n\")\n  end\nend\n"
    );
    std::fs::write(&script, lua).ok()?;
    let out = tokio::task::spawn_blocking(move || {
        std::process::Command::new("wrk")
            .args(["-t2", &format!("-c{clients}"), &format!("-d{seconds}s"), "--latency", "-s"])
            .arg(&script)
            .arg(&url)
            .output()
    })
    .await
    .ok()?
    .ok()?;
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    print!("{}", String::from_utf8_lossy(&out.stderr));
    if std::env::var("SHOW_WRK").is_ok() {
        println!("{text}");
    }
    let field = |prefix: &str| {
        text.lines()
            .find(|l| l.trim_start().starts_with(prefix))
            .and_then(|l| l.split_whitespace().nth(1))
            .map(str::to_string)
    };
    let ms = |v: String| -> f64 {
        if let Some(x) = v.strip_suffix("ms") {
            x.parse().unwrap_or(f64::NAN)
        } else if let Some(x) = v.strip_suffix("us") {
            x.parse::<f64>().unwrap_or(f64::NAN) / 1000.0
        } else if let Some(x) = v.strip_suffix('s') {
            x.parse::<f64>().unwrap_or(f64::NAN) * 1000.0
        } else {
            f64::NAN
        }
    };
    let number_after = |marker: &str| -> u64 {
        text.lines()
            .find_map(|l| l.split(marker).nth(1))
            .and_then(|rest| rest.split(|c: char| !c.is_ascii_digit()).find(|s| !s.is_empty()))
            .and_then(|n| n.parse().ok())
            .unwrap_or(0)
    };
    Some(Load {
        rate: field("Requests/sec:")?.parse().ok()?,
        p50_ms: ms(field("50%")?),
        p99_ms: ms(field("99%")?),
        timeouts: number_after("timeout "),
        non_2xx: number_after("Non-2xx or 3xx responses:"),
        requests: text
            .lines()
            .find(|l| l.contains(" requests in"))
            .and_then(|l| l.split_whitespace().next())
            .and_then(|n| n.parse().ok())
            .unwrap_or(0),
    })
}
