//! MEM-7 at scale: how fast the member list answers for an organization of 10,000
//! members. Starts the real server built in release mode (SQLite in a temporary folder,
//! or the empty PostgreSQL database of BENCH_DATABASE_URL), seeds the members (with the
//! words they are searched by, as the server writes them), then for the first page, a
//! deep page, the last page and two searches: the time of one request alone, and the
//! throughput and p50/p99 latency at 64 concurrent connections with `wrk`.
//! Run: `bench/member_list.sh` (installs wrk; MEMBERS=10000, SECONDS=10 by default).

use std::time::{Duration, Instant};

use secrecy::SecretString;
use serde_json::{json, Value};
use server::config::{Config, ServeArgs};
use server::{db, http, AppState};

const PASSWORD: &str = "blue tractor sings at noon";

#[tokio::main]
async fn main() {
    let members: usize = std::env::var("MEMBERS").ok().and_then(|v| v.parse().ok()).unwrap_or(10_000);
    let seconds: u64 = std::env::var("SECONDS").ok().and_then(|v| v.parse().ok()).unwrap_or(10);
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
    let pool = db::connect(&url).await.unwrap();
    let state = AppState::new(
        pool.clone(),
        Config::from_args(&args, addr, server::sealing::SealingKey::random()),
        db::is_postgres(&url),
    );
    tokio::spawn(http::serve(listener, http::router(state), std::future::pending()));
    let base = format!("http://{addr}");
    let client = reqwest::Client::new();
    let call = |path: &str, body: Value, cookie: Option<String>| {
        let mut req =
            client.post(format!("{base}/api/{path}")).header("content-type", "application/json").body(body.to_string());
        if let Some(c) = cookie {
            req = req.header("cookie", c);
        }
        async move {
            let res = req.send().await.unwrap();
            let cookie =
                res.headers().get("set-cookie").map(|v| v.to_str().unwrap().split(';').next().unwrap().to_string());
            (res.json::<Value>().await.unwrap(), cookie)
        }
    };

    // A legal representative, signed up the ordinary way.
    let input = json!({ "input": { "email": "owner@bench.test", "password": PASSWORD, "first_name": "Owner",
        "last_name": "Bench", "account_type": "company", "organization_name": "Bench SA", "lang": "en", "country": "CH", "invitation": null } });
    call("auth/sign_up", input, None).await;
    let (mails, _) = call("dev/outbox", json!({}), None).await;
    let body = mails[0]["body"].as_str().unwrap();
    let token = body.split("token=").nth(1).unwrap().split_whitespace().next().unwrap().to_string();
    let (me, cookie) = call("auth/verify_email", json!({ "token": token, "password": PASSWORD }), None).await;
    let org_id = me["current_org_id"].as_str().unwrap().to_string();

    // The other members, written straight into the database in batches.
    let started = Instant::now();
    let roles = ["administrator", "collaborator", "collaborator", "external"];
    for chunk in (0..members).collect::<Vec<_>>().chunks(500) {
        let mut users = String::from("INSERT INTO users (id, email, email_verified_at, password_hash, first_name, last_name, account_type, lang, created_at) VALUES ");
        let mut memberships =
            String::from("INSERT INTO memberships (org_id, user_id, role, sort_name, created_at) VALUES ");
        let mut words = String::from("INSERT INTO member_search_words (org_id, word, user_id) VALUES ");
        let mut first_word = true;
        for (n, i) in chunk.iter().enumerate() {
            let sep = if n == 0 { "" } else { "," };
            let (first, last, email) =
                (format!("First{i}"), format!("Last{:05}", (i * 7919) % members), format!("user-{i}@bench.test"));
            users.push_str(&format!("{sep}('u{i}', '{email}', 1, 'x', '{first}', '{last}', 'individual', 'en', 1)"));
            let sort_name = format!("{} {}", last.to_lowercase(), first.to_lowercase());
            memberships.push_str(&format!("{sep}('{org_id}', 'u{i}', '{}', '{sort_name}', 1)", roles[i % roles.len()]));
            for w in domain::text::search_words(&first, &last, &email) {
                words.push_str(&format!("{}('{org_id}', '{w}', 'u{i}')", if first_word { "" } else { "," }));
                first_word = false;
            }
        }
        sqlx::query(&users).execute(&pool).await.unwrap();
        sqlx::query(&memberships).execute(&pool).await.unwrap();
        sqlx::query(&words).execute(&pool).await.unwrap();
    }
    // Written behind the server's back: say the membership set changed, as the server does.
    sqlx::query("UPDATE organizations SET member_version = member_version + 1 WHERE id = $1")
        .bind(&org_id)
        .execute(&pool)
        .await
        .unwrap();
    println!(
        "seeded {members} members in {:.1} s ({})",
        started.elapsed().as_secs_f64(),
        if db::is_postgres(&url) { "PostgreSQL" } else { "SQLite" }
    );

    // A member in the middle of the list, to page from.
    let (middle,): (String,) = sqlx::query_as(
        "SELECT user_id FROM memberships WHERE org_id = $1 ORDER BY sort_name, user_id LIMIT 1 OFFSET $2",
    )
    .bind(&org_id)
    .bind((members / 2) as i64)
    .fetch_one(&pool)
    .await
    .unwrap();
    let cases = [
        ("first page", json!({ "org_id": org_id })),
        ("deep page", json!({ "org_id": org_id, "at": { "after": middle } })),
        ("last page", json!({ "org_id": org_id, "at": "last" })),
        ("search by email", json!({ "org_id": org_id, "search": "user-1234" })),
        ("search by name", json!({ "org_id": org_id, "search": "last0042" })),
    ];
    let cookie = cookie.expect("a session cookie");
    let wrk = std::process::Command::new("wrk").arg("--version").output().is_ok();
    println!(
        "{:<16} {:>9} {:>6} | {:>9} {:>9} {:>9} {:>8}   (wrk: 64 connections, {seconds} s)",
        "members/list", "alone ms", "rows", "req/s", "p50 ms", "p99 ms", "errors"
    );
    let mut first_rate = None;
    for (name, body) in cases {
        let mut times: Vec<Duration> = Vec::new();
        let mut rows = 0;
        for _ in 0..30 {
            let t = Instant::now();
            let (page, _) = call("members/list", body.clone(), Some(cookie.clone())).await;
            times.push(t.elapsed());
            rows = page["members"].as_array().map(Vec::len).unwrap_or(0);
        }
        times.sort();
        let alone = times[times.len() / 2].as_secs_f64() * 1000.0;
        let load = if wrk { run_wrk(&base, &cookie, &body, seconds).await } else { None };
        match load {
            Some(l) => {
                let ratio = match first_rate {
                    None => {
                        first_rate = Some(l.rate);
                        String::new()
                    }
                    Some(f) => format!("  ({:.2} × the first page)", l.rate / f),
                };
                println!(
                    "{name:<16} {alone:>9.2} {rows:>6} | {:>9.0} {:>9.2} {:>9.2} {:>8}{ratio}",
                    l.rate, l.p50_ms, l.p99_ms, l.errors
                );
            }
            None => println!("{name:<16} {alone:>9.2} {rows:>6} | (wrk not installed)"),
        }
    }
    println!("goal: ≥ 3000 req/s, p99 ≤ 25 ms, the last page no slower than the first");
}

struct Load {
    rate: f64,
    p50_ms: f64,
    p99_ms: f64,
    errors: u64,
}

/// Runs wrk (a separate process) against the endpoint and reads its report.
async fn run_wrk(base: &str, cookie: &str, body: &serde_json::Value, seconds: u64) -> Option<Load> {
    let dir = tempfile::tempdir().ok()?;
    let script = dir.path().join("post.lua");
    let lua = format!(
        "wrk.method = \"POST\"\nwrk.body = {body:?}\nwrk.headers[\"Content-Type\"] = \"application/json\"\n\
         wrk.headers[\"Cookie\"] = {cookie:?}\n",
        body = body.to_string(),
    );
    std::fs::write(&script, lua).ok()?;
    let url = format!("{base}/api/members/list");
    // Off the server's threads: waiting for wrk must not take a worker from it.
    let out = tokio::task::spawn_blocking(move || {
        std::process::Command::new("wrk")
            .args(["-t2", "-c64", &format!("-d{seconds}s"), "--latency", "-s"])
            .arg(&script)
            .arg(&url)
            .output()
    })
    .await
    .ok()?
    .ok()?;
    let text = String::from_utf8_lossy(&out.stdout).to_string();
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
    let errors = text
        .lines()
        .filter(|l| l.contains("Non-2xx") || l.contains("Socket errors"))
        .flat_map(|l| l.split(|c: char| !c.is_ascii_digit()).filter_map(|n| n.parse::<u64>().ok()))
        .sum();
    Some(Load {
        rate: field("Requests/sec:")?.parse().ok()?,
        p50_ms: ms(field("50%")?),
        p99_ms: ms(field("99%")?),
        errors,
    })
}
