//! MEM-7 at scale: how fast the member list answers for an organization with tens of
//! thousands of members. Starts the real server (SQLite in a temporary folder, or the
//! empty PostgreSQL database of BENCH_DATABASE_URL), seeds the members, and times `members/list` over
//! HTTP. Run: `cargo bench -p server --bench member_list` (MEMBERS=20000 by default).

use std::time::{Duration, Instant};

use secrecy::SecretString;
use serde_json::{json, Value};
use server::config::{Config, ServeArgs};
use server::{db, http, AppState};

const PASSWORD: &str = "blue tractor sings at noon";

#[tokio::main]
async fn main() {
    let members: usize = std::env::var("MEMBERS").ok().and_then(|v| v.parse().ok()).unwrap_or(20_000);
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
        for (n, i) in chunk.iter().enumerate() {
            let sep = if n == 0 { "" } else { "," };
            users.push_str(&format!(
                "{sep}('u{i}', 'user-{i}@bench.test', 1, 'x', 'First{i}', 'Last{:05}', 'individual', 'en', 1)",
                (i * 7919) % members
            ));
            let sort_name = format!("last{:05} first{i}", (i * 7919) % members);
            memberships.push_str(&format!("{sep}('{org_id}', 'u{i}', '{}', '{sort_name}', 1)", roles[i % roles.len()]));
        }
        sqlx::query(&users).execute(&pool).await.unwrap();
        sqlx::query(&memberships).execute(&pool).await.unwrap();
    }
    println!(
        "seeded {members} members in {:.1} s ({})",
        started.elapsed().as_secs_f64(),
        if db::is_postgres(&url) { "PostgreSQL" } else { "SQLite" }
    );

    let pages = (members as u64 + 1).div_ceil(50);
    let cases = [
        ("first page", json!({ "org_id": org_id, "search": "", "page": 0 })),
        ("middle page", json!({ "org_id": org_id, "search": "", "page": pages / 2 })),
        ("last page", json!({ "org_id": org_id, "search": "", "page": pages - 1 })),
        ("search by email", json!({ "org_id": org_id, "search": "user-12345@", "page": 0 })),
        ("search by name", json!({ "org_id": org_id, "search": "last0042", "page": 0 })),
    ];
    println!("{:<18} {:>10} {:>10} {:>10}", "members/list", "median ms", "p95 ms", "rows");
    for (name, body) in cases {
        let mut times: Vec<Duration> = Vec::new();
        let mut rows = 0;
        for _ in 0..30 {
            let t = Instant::now();
            let (page, _) = call("members/list", body.clone(), cookie.clone()).await;
            times.push(t.elapsed());
            rows = page["members"].as_array().map(Vec::len).unwrap_or(0);
        }
        times.sort();
        let ms = |d: Duration| d.as_secs_f64() * 1000.0;
        println!(
            "{name:<18} {:>10.1} {:>10.1} {rows:>10}",
            ms(times[times.len() / 2]),
            ms(times[times.len() * 95 / 100])
        );
    }
}
