//! The scheduler's work on renewals (PRD-6, PRD-7): for each product with something
//! due, one step of `domain::renewal::decide` — a reminder, the automatic renewal, a
//! paid bill applied, expiry or redemption, release. Each step runs in its own write
//! transaction: the organization's lock, the facts read again under it, the run claimed
//! in `scheduled_runs` (a second process, or a second run at the same instant, finds it
//! taken and does nothing), the work, its emails and audit entry, then commit.

use domain::renewal::{decide, Step, DAY_MS, GRACE_DAYS, REMINDER_DAYS};
use domain::Money;
use serde_json::json;

use super::charge::{self, Kind};
use super::mail::{notify, Notice};
use super::store::{self, ProductRow, PRODUCT_COLUMNS};
use crate::audit::{self, Entry};
use crate::context::Ctx;
use crate::error::Result;
use crate::features::billing::payment::Paid;
use crate::org_access::lock_members;
use crate::state::AppState;

/// What one pass did, for logs and tests.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Pass {
    pub steps: Vec<(String, String)>,
}

/// One pass over the products with something possibly due at `now`.
pub async fn run(state: &AppState, now: i64) -> Result<Pass> {
    let horizon = now + i64::from(REMINDER_DAYS[0]) * DAY_MS;
    let candidates: Vec<ProductRow> = sqlx::query_as(&format!(
        "SELECT {PRODUCT_COLUMNS} FROM products p JOIN organizations o ON o.id = p.org_id \
         WHERE o.deleted_at IS NULL AND ((p.status = 'active' AND p.expires_at <= $1) OR p.status = 'redemption' \
         OR (p.status = 'expired' AND EXISTS (SELECT 1 FROM product_renewals r WHERE r.product_id = p.id \
         AND r.applied_at IS NULL))) ORDER BY p.expires_at, p.id"
    ))
    .bind(horizon)
    .fetch_all(state.pool())
    .await?;
    let mut pass = Pass::default();
    for product in candidates {
        match step(state, &product, now).await {
            Ok(Some(done)) => pass.steps.push((product.id.clone(), done.job())),
            Ok(None) => {}
            // One product's failure does not hold the others back; the run is retried
            // at the next pass (nothing was committed).
            Err(e) => tracing::error!(product = %product.id, error = %e, "renewal step failed; will retry"),
        }
    }
    Ok(pass)
}

/// The step due for one product, done once.
async fn step(state: &AppState, seen: &ProductRow, now: i64) -> Result<Option<Step>> {
    // A cheap look first: most candidates have their step done already (a reminder
    // sent, a grace period running).
    {
        let mut conn = state.pool().begin().await?;
        let (bill, _) = store::bill(&mut conn, seen).await?;
        let Some(step) = decide(&seen.facts(bill)?, now) else { return Ok(None) };
        if store::claimed(&mut *conn, &step.job(), &seen.id, step.due_at()).await? {
            return Ok(None);
        }
    }
    let cx = Ctx::detached(state.clone());
    let mut tx = state.write().await?;
    if !lock_members(&mut tx, &seen.org_id).await? {
        return Ok(None);
    }
    let Some(product) = store::product(&mut tx, &seen.org_id, &seen.id).await? else { return Ok(None) };
    let (bill, bill_invoice) = store::bill(&mut tx, &product).await?;
    let Some(step) = decide(&product.facts(bill)?, now) else { return Ok(None) };
    let job = step.job();
    if !store::claim(&mut tx, &job, &product.id, step.due_at(), now).await? {
        return Ok(None);
    }
    let (org_name, currency) = store::organization(&mut tx, &product.org_id).await?;
    let mut detail = json!({ "expires_at": product.expires_at });
    let (action, outcome) = match step {
        Step::Remind { .. } => {
            let notice = Notice::Reminder {
                warranty: product.renewal_warranty != 0 && product.kind()?.offers_renewal_warranty(),
                price: Money::new(product.price_minor, currency),
            };
            notify(&mut tx, &cx, &org_name, &product, notice).await?;
            (None, "sent")
        }
        Step::Renew { .. } => {
            let issued = charge::invoice(&mut tx, &product, Kind::Renewal, currency, None, now).await?;
            detail["invoice"] = json!(issued.number);
            match charge::pay(&mut tx, state, &product.org_id, &issued.id, None, now).await? {
                Paid::Paid => {
                    let expires_at = charge::extend(&mut tx, &product, &issued.id, now).await?;
                    let notice = Notice::Renewed { expires_at, number: &issued.number, total: issued.total };
                    notify(&mut tx, &cx, &org_name, &product, notice).await?;
                    detail["new_expires_at"] = json!(expires_at);
                    (Some("product.renewed"), "paid")
                }
                // The provider confirms later: extended then (an `extend` step).
                Paid::Pending { .. } => (Some("product.renewal_invoiced"), "pending"),
                _ => {
                    let until = product.expires_at.unwrap_or(now) + GRACE_DAYS * DAY_MS;
                    let notice = Notice::PaymentFailed { number: &issued.number, total: issued.total, until };
                    notify(&mut tx, &cx, &org_name, &product, notice).await?;
                    (Some("product.renewal_unpaid"), "unpaid")
                }
            }
        }
        Step::Extend { .. } => {
            let invoice = bill_invoice.ok_or_else(|| anyhow::anyhow!("a paid bill without its invoice"))?;
            let expires_at = charge::extend(&mut tx, &product, &invoice, now).await?;
            let (number, total): (String, i64) =
                sqlx::query_as("SELECT number, total_minor FROM invoices WHERE id = $1")
                    .bind(&invoice)
                    .fetch_one(&mut *tx)
                    .await?;
            let notice = Notice::Renewed { expires_at, number: &number, total: Money::new(total, currency) };
            notify(&mut tx, &cx, &org_name, &product, notice).await?;
            detail["new_expires_at"] = json!(expires_at);
            (Some("product.renewed"), "extended")
        }
        Step::Expire { .. } => {
            store::cancel_open_bills(&mut tx, &product.id).await?;
            sqlx::query("UPDATE products SET status = 'expired' WHERE id = $1")
                .bind(&product.id)
                .execute(&mut *tx)
                .await?;
            notify(&mut tx, &cx, &org_name, &product, Notice::Expired).await?;
            (Some("product.expired"), "expired")
        }
        Step::EnterRedemption { ends_at, .. } => {
            store::cancel_open_bills(&mut tx, &product.id).await?;
            sqlx::query("UPDATE products SET status = 'redemption', redemption_ends_at = $2 WHERE id = $1")
                .bind(&product.id)
                .bind(ends_at)
                .execute(&mut *tx)
                .await?;
            let fee = Money::new(charge::restore_fee_minor(&product, currency), currency);
            notify(&mut tx, &cx, &org_name, &product, Notice::Redemption { ends_at, fee }).await?;
            detail["redemption_ends_at"] = json!(ends_at);
            (Some("product.redemption_started"), "redemption")
        }
        Step::Release { .. } => {
            sqlx::query("UPDATE products SET status = 'released', released_at = $2 WHERE id = $1")
                .bind(&product.id)
                .bind(now)
                .execute(&mut *tx)
                .await?;
            notify(&mut tx, &cx, &org_name, &product, Notice::Released).await?;
            (Some("product.released"), "released")
        }
    };
    store::settle_run(&mut tx, &job, &product.id, step.due_at(), outcome).await?;
    if let Some(action) = action {
        let entry = Entry { org_id: Some(&product.org_id), actor: None, action, target: Some(&product.id), detail };
        audit::record(&mut tx, &cx, entry).await?;
    }
    tx.commit().await?;
    state.outbox_bell().notify_one();
    Ok(Some(step))
}
