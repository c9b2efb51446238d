//! Sign-in at the argon2 limit (issue 10, P4). In one run on this machine: H, the time of
//! one argon2id hash alone with the production parameters; then the release server
//! (SQLite in a temporary folder, or the empty PostgreSQL database of
//! BENCH_DATABASE_URL) under `wrk` at 32 connections posting `auth/sign_in` for
//! accounts taken in turn, each request from its own client address. Prints
//! throughput, p50/p99, time-outs and errors, and the ratios to the goals: throughput
//! ≥ 0.9 × cores / H, p99 ≤ 1.5 × the mean latency (clients / throughput), no time-outs.
//! Run: `bench/signin.sh` (installs wrk; SECONDS=15, CLIENTS=32 by default).

#[path = "common.rs"]
mod common;

use std::time::Instant;

use common::PASSWORD;
use serde_json::json;
use server::passwords;

const ACCOUNTS: usize = 1024;

#[tokio::main]
async fn main() {
    let seconds: u64 = std::env::var("SECONDS").ok().and_then(|v| v.parse().ok()).unwrap_or(15);
    let clients: usize = std::env::var("CLIENTS").ok().and_then(|v| v.parse().ok()).unwrap_or(32);
    let cores = std::thread::available_parallelism().map_or(2, |n| n.get());

    // H: one hash alone, the median of 31 in a row on this thread.
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

    let bench = common::start().await;
    let (org_id, _) = bench.owner().await;
    bench.members(&org_id, "signin", ACCOUNTS, &passwords::hash_blocking(PASSWORD)).await;
    let body = json!({ "email": "signin-7@bench.test", "password": PASSWORD, "session_only": true });
    let (answer, _) = bench.call("auth/sign_in", body, None).await;
    assert!(answer.get("error").is_none(), "{answer}");

    // Each connection signs in the accounts in turn (no account checked twice at
    // once), each request from its own client address, as real customers' are: one
    // address's brute-force limit is not what is measured here.
    let lua = format!(
        r#"wrk.method = "POST"
local threads = 0
local n = 0
function setup(thread)
  thread:set("id", threads)
  threads = threads + 1
end
function request()
  n = n + 1
  local account = (n * 2 + (id or 0)) % {ACCOUNTS}
  local body = '{{"email":"signin-' .. account .. '@bench.test","password":"{PASSWORD}","session_only":true}}'
  local headers = {{ ["Content-Type"] = "application/json", ["X-Forwarded-For"] = "10." .. (id or 0) .. "." .. (n % 250) .. "." .. (account % 250) }}
  return wrk.format(nil, nil, headers, body)
end
"#
    );
    let Some(load) = common::wrk(format!("{}/api/auth/sign_in", bench.base), lua, clients, seconds).await else {
        println!("wrk is not installed: bench/signin.sh installs it");
        return;
    };
    let mean_ms = clients as f64 / load.rate * 1000.0;
    println!(
        "sign-in at {clients} clients over {seconds} s ({}): {} requests, {:.1}/s, p50 {:.0} ms, p99 {:.0} ms, {} time-outs, {} non-2xx",
        bench.database(),
        load.requests,
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
