//! Sign-in at the argon2 limit (issue 10, P4). In one run on this machine: H, the time of
//! one argon2id hash alone with the production parameters; then the release server
//! (SQLite in a temporary folder, or the empty PostgreSQL database of
//! BENCH_DATABASE_URL) under `wrk` at 32 connections posting `auth/sign_in` for
//! accounts taken in turn. Prints throughput, p50/p99, time-outs and errors, and the
//! ratios to the goals: throughput ≥ 0.9 × cores / H, p99 ≤ 1.5 × the mean latency
//! (clients / throughput), no time-outs.
//! Run: `bench/signin.sh` (installs wrk; SECONDS=15, CLIENTS=32 by default).

use std::time::Instant;

use secrecy::SecretString;
use serde_json::{json, Value};
use server::config::{Config, ServeArgs};
use server::{db, http, passwords, AppState};

const PASSWORD: &str = "blue tractor sings at noon";
const ACCOUNTS: usize = 1024;

#[tokio::main]
async fn main() {
    let seconds: u64 = std::env::var("SECONDS").ok().and_then(|v| v.parse().ok()).unwrap_or(15);
    let clients: usize = std::env::var("CLIENTS").ok().and_then(|v| v.parse().ok()).unwrap_or(32);
    let cores = std::thread::available_parallelism().map_or(2, |n| n.get());

    // H: one hash alone, the median of 30 in a row on this thread.
    let mut times: Vec<f64> = (0..31)
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(passwords::hash_blocking(PASSWORD));
            t.elapsed().as_secs_f64()
        })
        .collect();
    times.sort_by(f64::total_cmp);
    let h = times[times.len() / 2];
    let limit = cores as f64 / h;
    println!("H (argon2id alone, median of 31): {:.1} ms; limit on {cores} cores: {limit:.1} sign-ins/s", h * 1000.0);

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
    tokio::spawn(http::serve(listener, http::router(state), std::future::pending()));
    let base = format!("http://{addr}");
    let client = reqwest::Client::new();
    let call = |path: &str, body: Value| {
        let req =
            client.post(format!("{base}/api/{path}")).header("content-type", "application/json").body(body.to_string());
        async move { req.send().await.unwrap().json::<Value>().await.unwrap() }
    };

    // An organization, signed up the ordinary way, and its members, written straight
    // into the database with one real hash of the password.
    let input = json!({ "input": { "email": "owner@bench.test", "password": PASSWORD, "first_name": "Owner",
        "last_name": "Bench", "account_type": "company", "organization_name": "Bench SA", "lang": "en", "country": "CH", "invitation": null } });
    call("auth/sign_up", input).await;
    let mails = call("dev/outbox", json!({})).await;
    let body = mails[0]["body"].as_str().unwrap();
    let token = body.split("token=").nth(1).unwrap().split_whitespace().next().unwrap().to_string();
    let me = call("auth/verify_email", json!({ "token": token, "password": PASSWORD })).await;
    let org_id = me["current_org_id"].as_str().unwrap().to_string();
    let hash = passwords::hash_blocking(PASSWORD);
    let mut users = String::from("INSERT INTO users (id, email, email_verified_at, password_hash, first_name, last_name, account_type, lang, created_at) VALUES ");
    let mut memberships =
        String::from("INSERT INTO memberships (org_id, user_id, role, sort_name, created_at) VALUES ");
    for i in 0..ACCOUNTS {
        let sep = if i == 0 { "" } else { "," };
        users.push_str(&format!(
            "{sep}('s{i}', 'signin-{i}@bench.test', 1, '{hash}', 'First{i}', 'Last{i}', 'individual', 'en', 1)"
        ));
        memberships.push_str(&format!("{sep}('{org_id}', 's{i}', 'collaborator', 'last{i} first{i}', 1)"));
    }
    sqlx::query(&users).execute(&pool).await.unwrap();
    sqlx::query(&memberships).execute(&pool).await.unwrap();
    // A check that the accounts sign in.
    let answer =
        call("auth/sign_in", json!({ "email": "signin-7@bench.test", "password": PASSWORD, "session_only": true }))
            .await;
    assert!(answer.get("error").is_none(), "{answer}");

    let Some(load) = run_wrk(&base, clients, seconds).await else {
        println!("wrk is not installed: bench/signin.sh installs it");
        return;
    };
    let mean_ms = clients as f64 / load.rate * 1000.0;
    println!(
        "sign-in at {clients} clients over {seconds} s ({}): {:.1}/s, p50 {:.0} ms, p99 {:.0} ms, {} time-outs, {} non-2xx",
        if db::is_postgres(&url) { "PostgreSQL" } else { "SQLite" },
        load.rate,
        load.p50_ms,
        load.p99_ms,
        load.timeouts,
        load.non_2xx
    );
    println!("throughput / (cores / H) = {:.2}   (goal ≥ 0.90)", load.rate / limit);
    println!("p99 / mean latency ({mean_ms:.0} ms) = {:.2}   (goal ≤ 1.50)", load.p99_ms / mean_ms);
    println!("time-outs = {}   (goal 0)", load.timeouts);
}

struct Load {
    rate: f64,
    p50_ms: f64,
    p99_ms: f64,
    timeouts: u64,
    non_2xx: u64,
}

/// Runs wrk (a separate process): each connection posts sign-ins for the accounts in
/// turn, so no account is checked twice at once.
async fn run_wrk(base: &str, clients: usize, seconds: u64) -> Option<Load> {
    let dir = tempfile::tempdir().ok()?;
    let script = dir.path().join("signin.lua");
    let lua = format!(
        r#"wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local threads = 0
local n = 0
function setup(thread)
  thread:set("id", threads)
  threads = threads + 1
end
function init(args)
  n = 0
end
function request()
  n = n + 1
  local account = (n * 2 + (id or 0)) % {ACCOUNTS}
  local body = '{{"email":"signin-' .. account .. '@bench.test","password":"{PASSWORD}","session_only":true}}'
  -- Each request from its own client address, as real customers' are (behind the
  -- trusted proxy 127.0.0.1): one address's brute-force limit is not what is measured.
  local headers = {{ ["Content-Type"] = "application/json", ["X-Forwarded-For"] = "10." .. (id or 0) .. "." .. (n % 250) .. "." .. (account % 250) }}
  return wrk.format(nil, nil, headers, body)
end
local told = false
function response(status, headers, body)
  if status ~= 200 and not told then
    told = true
    io.stderr:write("first refusal: " .. status .. " " .. body .. "\n")
  end
end
"#
    );
    std::fs::write(&script, lua).ok()?;
    let url = format!("{base}/api/auth/sign_in");
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
    eprint!("{}", String::from_utf8_lossy(&out.stderr));
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
    })
}
