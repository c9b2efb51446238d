//! PostgreSQL at scale (issue 10, P7): the member list of an organization of 100,000
//! members in a database of 1,000,000 users and 100,000 organizations. Seeds the empty
//! database of BENCH_DATABASE_URL with `bench/seed_pg.sql` (set-based, timed step by
//! step; skipped when already seeded), starts the release server on it, signs in as the
//! big organization's legal representative, then measures the first page, a deep page,
//! the last page and two searches — alone (median of 30) and under `wrk` (8
//! connections) — next to the goal p99 ≤ 30 ms; and, alone, the sign-in lookup and
//! "who am I" (a user's organizations).
//! Run: `bench/scale.sh` (creates the database `orga_scale`, installs wrk).

#[path = "common.rs"]
mod common;

use std::time::{Duration, Instant};

use common::PASSWORD;
use serde_json::{json, Value};

#[tokio::main]
async fn main() {
    let url = std::env::var("BENCH_DATABASE_URL").expect("BENCH_DATABASE_URL: an empty PostgreSQL database");
    assert!(server::db::is_postgres(&url), "the scale bench runs on PostgreSQL");
    let seconds: u64 = std::env::var("SECONDS").ok().and_then(|v| v.parse().ok()).unwrap_or(10);
    let pool = server::db::connect(&url).await.unwrap();
    let (users,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM users").fetch_one(&pool).await.unwrap();
    if users < 1_000_000 {
        let hash = server::passwords::hash_blocking(PASSWORD);
        let script = include_str!("seed_pg.sql").replace(":HASH", &format!("'{hash}'"));
        let started = Instant::now();
        for statement in script.split(";\n").map(str::trim).filter(|s| !s.is_empty()) {
            let sql: String =
                statement.lines().filter(|l| !l.trim_start().starts_with("--")).collect::<Vec<_>>().join("\n");
            if sql.trim().is_empty() {
                continue;
            }
            let t = Instant::now();
            let done = sqlx::raw_sql(&sql).execute(&pool).await.unwrap();
            let first_line = sql.lines().next().unwrap_or("");
            println!("  {:>7.1} s  {:>9} rows  {first_line}", t.elapsed().as_secs_f64(), done.rows_affected());
        }
        println!("seeded in {:.1} s", started.elapsed().as_secs_f64());
    }
    for table in ["users", "organizations", "memberships", "member_search_words"] {
        let (n,): (i64,) = sqlx::query_as(&format!("SELECT COUNT(*) FROM {table}")).fetch_one(&pool).await.unwrap();
        println!("{table:<20} {n:>10} rows");
    }

    let bench = common::start().await;
    let (status, cookie) = {
        let (answer, cookie) = bench
            .call(
                "auth/sign_in",
                json!({ "email": "user1@scale.test", "password": PASSWORD, "session_only": true }),
                None,
            )
            .await;
        (answer, cookie)
    };
    let cookie = cookie.unwrap_or_else(|| panic!("signed in: {status}"));
    let (middle,): (String,) = sqlx::query_as(
        "SELECT user_id FROM memberships WHERE org_id = 'o1' ORDER BY sort_name, user_id LIMIT 1 OFFSET 50000",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    let cases = [
        ("first page", "members/list", json!({ "org_id": "o1" })),
        ("deep page", "members/list", json!({ "org_id": "o1", "at": { "after": middle } })),
        ("last page", "members/list", json!({ "org_id": "o1", "at": "last" })),
        ("search by name", "members/list", json!({ "org_id": "o1", "search": "last0042" })),
        ("search by email", "members/list", json!({ "org_id": "o1", "search": "user4242" })),
        ("who am I", "auth/me", json!({})),
    ];
    println!(
        "{:<16} {:>9} {:>6} | {:>8} {:>8} {:>8} {:>7}   (wrk: 8 connections, {seconds} s; goal p99 ≤ 30 ms)",
        "query", "alone ms", "rows", "req/s", "p50 ms", "p99 ms", "errors"
    );
    for (name, endpoint, body) in cases {
        let mut times: Vec<Duration> = Vec::new();
        let mut rows = 0;
        for _ in 0..30 {
            let t = Instant::now();
            let (page, _) = bench.call(endpoint, body.clone(), Some(&cookie)).await;
            times.push(t.elapsed());
            rows = page["members"].as_array().map(Vec::len).unwrap_or(0);
            assert!(page.get("error").is_none(), "{name}: {page}");
        }
        times.sort();
        let alone = times[times.len() / 2].as_secs_f64() * 1000.0;
        let lua = format!(
            "wrk.method = \"POST\"\nwrk.body = {body:?}\nwrk.headers[\"Content-Type\"] = \"application/json\"\n\
             wrk.headers[\"Cookie\"] = {cookie:?}\n",
            body = body.to_string(),
        );
        match common::wrk(format!("{}/api/{endpoint}", bench.base), lua, 8, seconds).await {
            Some(l) => println!(
                "{name:<16} {alone:>9.2} {rows:>6} | {:>8.0} {:>8.2} {:>8.2} {:>7}   p99/goal {:.2}",
                l.rate,
                l.p50_ms,
                l.p99_ms,
                l.non_2xx + l.timeouts,
                l.p99_ms / 30.0
            ),
            None => println!("{name:<16} {alone:>9.2} {rows:>6} | (wrk not installed: bench/scale.sh installs it)"),
        }
    }
    // The sign-in's lookup of an account among a million (the hash dominates: H alone).
    let mut times: Vec<Duration> = Vec::new();
    for i in 0..10 {
        let email = format!("user{}@scale.test", 1000 + i * 77_777);
        let t = Instant::now();
        let (answer, _): (Value, _) = bench
            .call("auth/sign_in", json!({ "email": email, "password": PASSWORD, "session_only": true }), None)
            .await;
        times.push(t.elapsed());
        assert!(answer.get("error").is_none(), "{answer}");
    }
    times.sort();
    println!("sign-in among 1,000,000 users: median {:.1} ms alone (argon2 included)", times[5].as_secs_f64() * 1000.0);
}
