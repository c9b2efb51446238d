//! The account's security changes (SEC-6), written in the transaction of the change so
//! the recent activity never misses one nor shows one that did not happen.

use domain::SecurityEvent;

use crate::context::{Ctx, Tx};
use crate::error::Result;
use crate::ids::new_id;

/// Records `event` on the account of `user_id`, with the request's address and browser.
/// `detail` is a short, non-secret fact (a key's name, the last digits of a phone).
pub async fn record(tx: &mut Tx, cx: &Ctx, user_id: &str, event: SecurityEvent, detail: &str) -> Result<()> {
    sqlx::query(
        "INSERT INTO security_events (id, user_id, at, kind, detail, ip, user_agent) VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(new_id())
    .bind(user_id)
    .bind(cx.now())
    .bind(event.as_str())
    .bind(detail)
    .bind(cx.request.ip.as_deref())
    .bind(cx.request.user_agent.as_deref())
    .execute(&mut **tx)
    .await?;
    Ok(())
}
