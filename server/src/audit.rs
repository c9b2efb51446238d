//! The audit log: who changed what, when and from where, written in the same
//! transaction as the change.

use app::AppError;
use sqlx::{Any, Transaction};

use crate::failure::OrInternal;
use crate::ids::{new_id, now_ms};
use crate::request::RequestMeta;

pub struct Entry<'a> {
    pub org_id: Option<&'a str>,
    pub actor: Option<&'a str>,
    pub action: &'a str,
    pub target: Option<&'a str>,
    pub detail: serde_json::Value,
}

pub async fn record(tx: &mut Transaction<'static, Any>, meta: &RequestMeta, e: Entry<'_>) -> Result<(), AppError> {
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
    .bind(meta.ip.as_deref())
    .bind(now_ms())
    .execute(&mut **tx)
    .await
    .or_internal("audit")?;
    Ok(())
}
