//! Random concurrent membership operations (issue 10): 10,000 role changes, blocks,
//! unblocks and removals from 32 clients, by members of every role (so many are
//! refused), across three organizations. Afterwards no organization is without an
//! unblocked legal representative, and every role change in the audit log was allowed
//! by the policy for the actor the log names, judged again here with `domain::authorize`.

use std::collections::BTreeMap;
use std::sync::Arc;

use domain::membership::{AdminEmails, Membership};
use domain::{Action, Role};
use http::StatusCode;
use rand::{Rng, SeedableRng};
use serde_json::{json, Value};

use crate::helpers::{TestApp, User};

const OPERATIONS: usize = 10_000;
const CLIENTS: usize = 32;

#[tokio::test]
async fn ten_thousand_random_membership_operations_keep_the_invariants() {
    let app = TestApp::spawn().await;
    let mut orgs: Vec<(String, Vec<User>)> = Vec::new();
    for o in 0..3 {
        let owner = app.sign_up(&format!("owner{o}@fuzz.test"), "Olga", &format!("Owner{o}")).await;
        let org = owner.org_id.clone();
        let mut people = vec![owner.clone()];
        for (i, role) in ["legal_representative", "administrator", "administrator", "collaborator", "external"]
            .into_iter()
            .enumerate()
        {
            let email = format!("m{o}-{i}@fuzz.test");
            people.push(app.invite_new(&owner, &org, &email, role, "Member").await);
        }
        orgs.push((org, people));
    }
    let orgs = Arc::new(orgs);
    let seed: u64 = std::env::var("FUZZ_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or_else(rand::random);
    println!("membership fuzz seed: {seed}");
    let mut clients = tokio::task::JoinSet::new();
    for c in 0..CLIENTS {
        let (orgs, client, base) = (orgs.clone(), app.client.clone(), app.base.clone());
        clients.spawn(async move {
            let mut rng = rand::rngs::StdRng::seed_from_u64(seed.wrapping_add(c as u64));
            let mut outcomes: BTreeMap<String, usize> = BTreeMap::new();
            for _ in 0..OPERATIONS.div_ceil(CLIENTS) {
                let (org, people) = &orgs[rng.gen_range(0..orgs.len())];
                let actor = &people[rng.gen_range(0..people.len())];
                let target = &people[rng.gen_range(0..people.len())];
                let (endpoint, body) = match rng.gen_range(0..100) {
                    0..=69 => {
                        let role =
                            ["legal_representative", "administrator", "collaborator", "external"][rng.gen_range(0..4)];
                        ("members/change_role", json!({ "org_id": org, "user_id": target.user_id, "role": role }))
                    }
                    70..=84 => ("members/block", json!({ "org_id": org, "user_id": target.user_id })),
                    85..=98 => ("members/unblock", json!({ "org_id": org, "user_id": target.user_id })),
                    _ => (
                        "members/remove",
                        json!({ "org_id": org, "user_id": target.user_id, "password": crate::helpers::PASSWORD }),
                    ),
                };
                let res = client
                    .post(format!("{base}/api/{endpoint}"))
                    .header("content-type", "application/json")
                    .header("cookie", &actor.cookie)
                    .body(body.to_string())
                    .send()
                    .await
                    .expect("request");
                let status = res.status();
                assert!(!status.is_server_error(), "{endpoint}: {status}");
                let answer: Value = res.json().await.unwrap_or(Value::Null);
                let key = if status == StatusCode::OK {
                    format!("{endpoint} ok")
                } else {
                    let reason = answer["reason"].as_str().or(answer["error"].as_str()).unwrap_or("?").to_string();
                    format!("{endpoint} {} {reason}", status.as_u16())
                };
                *outcomes.entry(key).or_default() += 1;
            }
            outcomes
        });
    }
    let mut outcomes: BTreeMap<String, usize> = BTreeMap::new();
    while let Some(joined) = clients.join_next().await {
        for (k, n) in joined.expect("no client saw a 5xx") {
            *outcomes.entry(k).or_default() += n;
        }
    }
    let total: usize = outcomes.values().sum();
    println!("{total} operations:");
    for (k, n) in &outcomes {
        println!("  {n:>6}  {k}");
    }
    assert!(total >= OPERATIONS, "{total}");
    assert!(outcomes.keys().any(|k| k.ends_with(" ok")), "some operations went through");
    assert!(outcomes.keys().any(|k| k.contains(" 403 ")), "some were refused by the policy");

    // No organization without an unblocked legal representative.
    for (org, _) in orgs.iter() {
        assert!(app.unblocked_legal_representatives(org).await >= 1, "{org}");
    }
    // Every role change in the log was allowed for the actor it names.
    let entries: Vec<(String,)> =
        sqlx::query_as("SELECT detail FROM audit_log WHERE action = 'member.role_changed' AND org_id IS NOT NULL")
            .fetch_all(app.state.pool())
            .await
            .unwrap();
    let mut judged = 0;
    for (detail,) in &entries {
        let d: Value = serde_json::from_str(detail).unwrap();
        let role = |v: &Value| Role::parse(v.as_str().unwrap()).unwrap_or_else(|| panic!("{d}"));
        let by = Membership {
            role: role(&d["by"]["role"]),
            billing_rights: true,
            admin_emails: AdminEmails::default(),
            blocked: d["by"]["blocked"].as_bool().unwrap(),
        };
        let action = Action::ChangeRole {
            from: role(&d["before"]["role"]),
            to: role(&d["after"]["role"]),
            target_blocked: d["target_blocked"].as_bool().unwrap(),
            legal_representatives: d["legal_representatives"].as_u64().unwrap() as usize,
        };
        assert_eq!(domain::authorize(Some(&by), &action), Ok(()), "a role granted by someone not allowed: {d}");
        judged += 1;
    }
    println!("{judged} role changes in the audit log, each allowed for its actor");
    assert!(judged > 0);
}
