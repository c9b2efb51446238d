//! The audit log: who changed what, when and from where, written in the same
//! transaction as the change.

use crate::context::{Ctx, Tx};
use crate::error::Result;
use crate::ids::new_id;

pub struct Entry<'a> {
    pub org_id: Option<&'a str>,
    pub actor: Option<&'a str>,
    pub action: &'a str,
    pub target: Option<&'a str>,
    pub detail: serde_json::Value,
}

pub async fn record(tx: &mut Tx, cx: &Ctx, e: Entry<'_>) -> Result<()> {
    sqlx::query(
        "INSERT INTO audit_log (id, org_id, actor_user_id, action, target, detail, ip, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(new_id())
    .bind(e.org_id)
    .bind(e.actor)
    .bind(e.action)
    .bind(e.target)
    .bind(e.detail.to_string())
    .bind(cx.request.ip.as_deref())
    .bind(cx.now())
    .execute(&mut **tx)
    .await?;
    Ok(())
}
