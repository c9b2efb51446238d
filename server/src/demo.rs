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
    let hash = tokio::task::spawn_blocking(|| passwords::hash_blocking(DEMO_PASSWORD)).await?;
    let mut tx = state.write().await.map_err(|e| anyhow::anyhow!("{e}"))?;
    let demo_org = new_id();
    sqlx::query("INSERT INTO organizations (id, name, kind, country, currency, created_at) VALUES ($1, 'Demo Hosting SA', 'company', 'CH', 'CHF', $2)")
        .bind(&demo_org)
        .bind(now)
        .execute(&mut *tx)
        .await?;
    let mut first_user = None;
    let mut collaborator = None::<String>;
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
        if role == Role::Collaborator {
            collaborator = Some(id.clone());
        }
        first_user.get_or_insert(id);
    }
    // Products of several kinds, so the console shows real lists (PRD-1, PRD-2): members
    // get access to them (MEM-1), and deleting the demo organization shows them in the
    // way (ORG-7).
    use crate::features::products::store::{insert, NewProduct};
    use domain::billing::{domain_offer, offer_by_id};
    let add = |offer: &'static domain::billing::Offer, name: &'static str, extension, parent| NewProduct {
        org_id: &demo_org,
        offer,
        name,
        extension,
        price_minor: offer.chf_minor,
        renewal_warranty: true,
        bundle_parent_id: parent,
        now,
    };
    let internal = |e: crate::error::Error| anyhow::anyhow!("{e}");
    for (ext, name) in [("ch", "demo-hosting.ch"), ("com", "demo-hosting.com"), ("fr", "demo-hosting.fr")] {
        let offer = domain_offer(ext).ok_or_else(|| anyhow::anyhow!("no offer for .{ext}"))?;
        insert(&mut tx, add(offer, name, Some(ext), None)).await.map_err(internal)?;
    }
    let offer = |id: &str| offer_by_id(id).ok_or_else(|| anyhow::anyhow!("no offer {id}"));
    let mail =
        insert(&mut tx, add(offer("mail_service")?, "Mail demo-hosting.ch", None, None)).await.map_err(internal)?;
    let suite =
        insert(&mut tx, add(offer("office_suite_s")?, "Demo office suite", None, None)).await.map_err(internal)?;
    insert(&mut tx, add(offer("drive")?, "Demo office drive", None, Some(suite.as_str()))).await.map_err(internal)?;
    insert(&mut tx, add(offer("nas")?, "Office NAS", None, None)).await.map_err(internal)?;
    // The collaborator manages the mail service only (MEM-1): the other products show
    // greyed out with the reason.
    if let Some(chloe) = &collaborator {
        sqlx::query("INSERT INTO product_access (org_id, user_id, product_id) VALUES ($1, $2, $3)")
            .bind(&demo_org)
            .bind(chloe)
            .bind(&mail)
            .execute(&mut *tx)
            .await?;
    }
    // The shop (BIL-2): a welcome code and a free domain for the demo organization, and
    // a prepaid balance to order with.
    sqlx::query(
        "INSERT INTO promo_codes (code, product_kind, org_id, discount_minor, currency, discount_percent, max_uses, uses) \
         VALUES ('WELCOME10', 'domain', $1, 0, 'CHF', 10, 1000, 0)",
    )
    .bind(&demo_org)
    .execute(&mut *tx)
    .await?;
    sqlx::query("INSERT INTO free_offers (id, org_id, offer, granted_at) VALUES ($1, $2, 'domain', $3)")
        .bind(new_id())
        .bind(&demo_org)
        .bind(now)
        .execute(&mut *tx)
        .await?;
    sqlx::query("UPDATE organizations SET prepaid_balance_minor = prepaid_balance_minor + 20000 WHERE id = $1")
        .bind(&demo_org)
        .execute(&mut *tx)
        .await?;
    sqlx::query(
        "INSERT INTO balance_movements (id, org_id, amount_minor, kind, created_at) VALUES ($1, $2, 20000, 'top_up', $3)",
    )
    .bind(new_id())
    .bind(&demo_org)
    .bind(now)
    .execute(&mut *tx)
    .await?;
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
