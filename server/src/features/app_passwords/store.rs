//! The SQL of app passwords.

use app::app_passwords::api::AppPassword;

use crate::context::Tx;
use crate::error::Result;

#[derive(sqlx::FromRow)]
struct Row {
    id: String,
    name: String,
    created_at: i64,
    last_used_at: Option<i64>,
}

/// Whether the user has a confirmed second factor (two-factor authentication is on).
pub async fn two_factor_on(tx: &mut Tx, user_id: &str) -> Result<bool> {
    let (n,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM second_factors WHERE user_id = $1 AND confirmed_at IS NOT NULL")
            .bind(user_id)
            .fetch_one(&mut **tx)
            .await?;
    Ok(n > 0)
}

pub async fn count_active(tx: &mut Tx, user_id: &str) -> Result<usize> {
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM app_passwords WHERE user_id = $1 AND revoked_at IS NULL")
        .bind(user_id)
        .fetch_one(&mut **tx)
        .await?;
    Ok(usize::try_from(n).unwrap_or(usize::MAX))
}

pub async fn insert(tx: &mut Tx, user_id: &str, row: &AppPassword, hash: &str) -> Result<()> {
    sqlx::query("INSERT INTO app_passwords (id, user_id, name, password_hash, created_at) VALUES ($1, $2, $3, $4, $5)")
        .bind(&row.id)
        .bind(user_id)
        .bind(&row.name)
        .bind(hash)
        .bind(row.created_at)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// The user's app passwords that work, newest first.
pub async fn active(pool: &sqlx::AnyPool, user_id: &str) -> Result<Vec<AppPassword>> {
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT id, name, created_at, last_used_at FROM app_passwords \
         WHERE user_id = $1 AND revoked_at IS NULL ORDER BY created_at DESC, id",
    )
    .bind(user_id)
    .fetch_all(pool)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| AppPassword { id: r.id, name: r.name, created_at: r.created_at, last_used_at: r.last_used_at })
        .collect())
}

/// Revokes the user's app password `id`; its name, or `None` when the user has no such
/// working app password.
pub async fn revoke(tx: &mut Tx, user_id: &str, id: &str, now: i64) -> Result<Option<String>> {
    let row: Option<(String,)> =
        sqlx::query_as("SELECT name FROM app_passwords WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL")
            .bind(id)
            .bind(user_id)
            .fetch_optional(&mut **tx)
            .await?;
    if row.is_some() {
        sqlx::query("UPDATE app_passwords SET revoked_at = $1 WHERE id = $2 AND user_id = $3")
            .bind(now)
            .bind(id)
            .bind(user_id)
            .execute(&mut **tx)
            .await?;
    }
    Ok(row.map(|(name,)| name))
}

pub async fn revoke_all(tx: &mut Tx, user_id: &str, now: i64) -> Result<()> {
    sqlx::query("UPDATE app_passwords SET revoked_at = $1 WHERE user_id = $2 AND revoked_at IS NULL")
        .bind(now)
        .bind(user_id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}
