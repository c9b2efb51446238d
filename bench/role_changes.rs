//! Concurrent role changes in one organization (issue 10, P6): the release server on
//! SQLite in a temporary folder (or BENCH_DATABASE_URL), an organization of 1,000
//! members, and `wrk` at 32 connections where the legal representative changes roles
//! (collaborator ↔ external user, every request a real change, each emailed and
//! audited). Then the invariant, read from the database: no organization without an
//! unblocked legal representative, and one audit entry per change answered 200.
//! Goal: ≥ 500 changes/s on SQLite, 0 violations.
//! Run: `bench/role_changes.sh` (installs wrk; SECONDS=10, CLIENTS=32 by default).

#[path = "common.rs"]
mod common;

const MEMBERS: usize = 1000;

#[tokio::main]
async fn main() {
    let seconds: u64 = std::env::var("SECONDS").ok().and_then(|v| v.parse().ok()).unwrap_or(10);
    let clients: usize = std::env::var("CLIENTS").ok().and_then(|v| v.parse().ok()).unwrap_or(32);
    let bench = common::start().await;
    let (org_id, cookie) = bench.owner().await;
    bench.members(&org_id, "m", MEMBERS, "x").await;
    let body = serde_json::json!({ "org_id": org_id, "user_id": "m0", "role": "collaborator" });
    let (answer, _) = bench.call("members/change_role", body, Some(&cookie)).await;
    assert!(answer.get("error").is_none(), "a role change as the legal representative: {answer}");

    // Each thread takes every other member in turn; a member's role flips on each pass.
    let lua = format!(
        r#"wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Cookie"] = "{cookie}"
local threads = 0
local n = 0
function setup(thread)
  thread:set("id", threads)
  threads = threads + 1
end
function request()
  local i = n * 2 + (id or 0)
  n = n + 1
  local member = i % {MEMBERS}
  local role = (math.floor(i / {MEMBERS}) % 2 == 0) and "external" or "collaborator"
  local body = '{{"org_id":"{org_id}","user_id":"m' .. member .. '","role":"' .. role .. '"}}'
  return wrk.format(nil, nil, nil, body)
end
"#
    );
    let Some(load) = common::wrk(format!("{}/api/members/change_role", bench.base), lua, clients, seconds).await else {
        println!("wrk is not installed: bench/role_changes.sh installs it");
        return;
    };
    let (orphans,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM organizations o WHERE o.deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM memberships m \
         WHERE m.org_id = o.id AND m.role = 'legal_representative' AND m.blocked_at IS NULL)",
    )
    .fetch_one(&bench.pool)
    .await
    .unwrap();
    let (audited,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM audit_log WHERE org_id = $1 AND action = 'member.role_changed'")
            .bind(&org_id)
            .fetch_one(&bench.pool)
            .await
            .unwrap();
    // Every member started as a collaborator and each change flips the role: a member
    // is an external user exactly when the log holds an odd number of changes for them.
    let (mismatched,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM memberships m WHERE m.org_id = $1 AND m.role IN ('collaborator', 'external') \
         AND (CASE WHEN m.role = 'external' THEN 1 ELSE 0 END) <> (SELECT COUNT(*) FROM audit_log a \
         WHERE a.org_id = m.org_id AND a.action = 'member.role_changed' AND a.target = m.user_id) % 2",
    )
    .bind(&org_id)
    .fetch_one(&bench.pool)
    .await
    .unwrap();
    let answered_ok = load.requests.saturating_sub(load.non_2xx);
    println!(
        "role changes at {clients} clients over {seconds} s ({}): {:.0}/s, p50 {:.1} ms, p99 {:.1} ms, {} non-2xx, {} time-outs",
        bench.database(),
        load.rate,
        load.p50_ms,
        load.p99_ms,
        load.non_2xx,
        load.timeouts
    );
    println!("changes/s = {:.0}   (goal ≥ 500 on SQLite); ratio {:.2}", load.rate, load.rate / 500.0);
    println!("organizations without an unblocked legal representative = {orphans}   (goal 0)");
    println!(
        "audit entries = {audited} ({answered_ok} answers 200; asking for the role a member has answers 200 unaudited)"
    );
    println!("members whose role disagrees with their audited changes = {mismatched}   (goal 0)");
}
