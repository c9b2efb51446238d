//! The demo data of a development start: an organization whose members hold every role,
//! and a second organization to switch to. Written only into an empty database.

use domain::{Membership, Role};

use crate::features::organizations::store::insert_membership;
use crate::ids::new_id;
use crate::passwords;
use crate::state::AppState;

pub const DEMO_PASSWORD: &str = "orange tractor sings loudly";

/// (email, first name, last name, role in the demo organization)
pub const DEMO_USERS: [(&str, &str, &str, Role); 4] = [
    ("marie@demo.orga.test", "Marie", "Martin", Role::LegalRepresentative),
    ("paul@demo.orga.test", "Paul", "Durand", Role::Administrator),
    ("chloe@demo.orga.test", "Chloé", "Bernard", Role::Collaborator),
    ("eric@demo.orga.test", "Eric", "Keller", Role::External),
];

/// Seeds the demo when the database has no user yet. Returns whether it did.
pub async fn seed_if_empty(state: &AppState) -> anyhow::Result<bool> {
    let (users,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM users").fetch_one(state.pool()).await?;
    if users > 0 {
        return Ok(false);
    }
    let now = state.now();
    let hash = passwords::hash(DEMO_PASSWORD.to_string()).await?;
    let mut tx = state.write().await.map_err(|e| anyhow::anyhow!("{e}"))?;
    let demo_org = new_id();
    sqlx::query("INSERT INTO organizations (id, name, kind, country, currency, created_at) VALUES ($1, 'Demo Hosting SA', 'company', 'CH', 'CHF', $2)")
        .bind(&demo_org)
        .bind(now)
        .execute(&mut *tx)
        .await?;
    let mut first_user = None;
    for (email, first, last, role) in DEMO_USERS {
        let id = new_id();
        sqlx::query(
            "INSERT INTO users (id, email, email_verified_at, password_hash, first_name, last_name, account_type, lang, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, 'individual', 'fr', $3)",
        )
        .bind(&id)
        .bind(email)
        .bind(now)
        .bind(&hash)
        .bind(first)
        .bind(last)
        .execute(&mut *tx)
        .await?;
        insert_membership(&mut tx, &demo_org, &id, &Membership::new(role, false), now)
            .await
            .map_err(|e| anyhow::anyhow!("{e}"))?;
        first_user.get_or_insert(id);
    }
    // A running product: members get access to it (MEM-1), and deleting the demo
    // organization shows it in the way (ORG-7).
    for (kind, category, name) in [("domain", "web_domains", "demo-hosting.ch")] {
        sqlx::query(
            "INSERT INTO products (id, org_id, category, kind, name, status, expires_at, created_at) \
             VALUES ($1, $2, $3, $4, $5, 'active', $6, $7)",
        )
        .bind(new_id())
        .bind(&demo_org)
        .bind(category)
        .bind(kind)
        .bind(name)
        .bind(now + 365 * crate::clock::DAY_MS)
        .bind(now)
        .execute(&mut *tx)
        .await?;
    }
    // Marie also has her own organization, to show the switcher.
    let own = new_id();
    sqlx::query("INSERT INTO organizations (id, name, kind, country, currency, created_at) VALUES ($1, 'Marie Martin', 'individual', 'FR', 'EUR', $2)")
        .bind(&own)
        .bind(now)
        .execute(&mut *tx)
        .await?;
    let marie = first_user.unwrap_or_default();
    insert_membership(&mut tx, &own, &marie, &Membership::new(Role::LegalRepresentative, true), now)
        .await
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    tx.commit().await?;
    Ok(true)
}
