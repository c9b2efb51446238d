//! What an operator does from the command line (`orga account …`), for which the
//! console has no screen yet: end an account's sessions, block and unblock it. Blocking
//! ends the sessions too, so lifting the block later brings no old cookie back.

use anyhow::Context;

use crate::sessions;
use crate::state::AppState;

async fn user_id(state: &AppState, email: &str) -> anyhow::Result<String> {
    let row: Option<(String,)> = sqlx::query_as("SELECT id FROM users WHERE email = $1")
        .bind(email.trim().to_lowercase())
        .fetch_optional(state.pool())
        .await?;
    row.map(|r| r.0).with_context(|| format!("no account has the login email {email}"))
}

/// Ends every session of the account; returns how many were live.
pub async fn revoke_sessions(state: &AppState, email: &str) -> anyhow::Result<u64> {
    let id = user_id(state, email).await?;
    let mut tx = state.write().await.map_err(anyhow_of)?;
    let ended = sessions::revoke_all(&mut tx, &id, state.now()).await.map_err(anyhow_of)?;
    tx.commit().await?;
    Ok(ended)
}

/// Blocks the account and ends its sessions, in one transaction.
pub async fn block(state: &AppState, email: &str) -> anyhow::Result<u64> {
    let id = user_id(state, email).await?;
    let now = state.now();
    let mut tx = state.write().await.map_err(anyhow_of)?;
    sqlx::query("UPDATE users SET blocked_at = $1 WHERE id = $2 AND blocked_at IS NULL")
        .bind(now)
        .bind(&id)
        .execute(&mut *tx)
        .await?;
    let ended = sessions::revoke_all(&mut tx, &id, now).await.map_err(anyhow_of)?;
    tx.commit().await?;
    Ok(ended)
}

pub async fn unblock(state: &AppState, email: &str) -> anyhow::Result<()> {
    let id = user_id(state, email).await?;
    sqlx::query("UPDATE users SET blocked_at = NULL WHERE id = $1").bind(&id).execute(state.pool()).await?;
    Ok(())
}

fn anyhow_of(e: crate::error::Error) -> anyhow::Error {
    anyhow::anyhow!("{e}")
}

/// `orga support …`: the identity-verification queue and the lost-mailbox username.
pub mod support {
    use std::path::Path;

    use crate::context::Ctx;
    use crate::features::recovery::identity::{self, Decision};
    use crate::features::recovery::{new_login, store};
    use crate::state::AppState;

    use super::anyhow_of;

    pub async fn list(state: &AppState) -> anyhow::Result<Vec<String>> {
        identity::describe(&Ctx::detached(state.clone()), None).await.map_err(anyhow_of)
    }

    pub async fn show(state: &AppState, id: &str) -> anyhow::Result<Vec<String>> {
        identity::describe(&Ctx::detached(state.clone()), Some(id)).await.map_err(anyhow_of)
    }

    pub async fn document(state: &AppState, id: &str, file: &Path) -> anyhow::Result<String> {
        let (kind, bytes) = identity::document_of(&Ctx::detached(state.clone()), id).await.map_err(anyhow_of)?;
        std::fs::write(file, &bytes)?;
        Ok(kind)
    }

    pub async fn decide(state: &AppState, id: &str, decision: &str, note: Option<&str>) -> anyhow::Result<String> {
        let decision = Decision::parse(decision)
            .ok_or_else(|| anyhow::anyhow!("the decision is one of review, accept, refuse"))?;
        let note = note.map(|n| n.chars().take(domain::recovery::DETAILS_MAX_CHARS).collect::<String>());
        identity::decide(&Ctx::detached(state.clone()), id, decision, note.as_deref()).await.map_err(anyhow_of)
    }

    /// ACC-12: the account's login mailbox is gone (its mail service ended).
    pub async fn temporary_username(state: &AppState, email: &str) -> anyhow::Result<String> {
        let cx = Ctx::detached(state.clone());
        let account = store::account_by_login(state.pool(), &email.trim().to_lowercase())
            .await
            .map_err(anyhow_of)?
            .ok_or_else(|| anyhow::anyhow!("no open account has the login email {email}"))?;
        let mut tx = state.write().await.map_err(anyhow_of)?;
        let username = new_login::issue_temporary_username(&mut tx, &cx, &account, None).await.map_err(anyhow_of)?;
        tx.commit().await?;
        Ok(username)
    }
}

/// `orga billing …` (BIL-2): promo codes and free offers, which the console does not
/// create.
pub mod billing {
    use anyhow::Context;
    use domain::product::ProductKind;
    use domain::shop::{normalize_code, Discount, CODE_MAX_CHARS};
    use domain::{Currency, Money};

    use crate::config::BillingTask;
    use crate::features::shop::store::{self, NewPromo};
    use crate::state::AppState;

    use super::anyhow_of;

    const DAY_MS: i64 = crate::clock::DAY_MS;

    /// `5`, `5.5`, `5.50` → 550.
    fn minor_units(text: &str) -> Option<i64> {
        let (units, cents) = text.trim().split_once('.').unwrap_or((text.trim(), "0"));
        if cents.is_empty() || cents.len() > 2 || !units.bytes().chain(cents.bytes()).all(|b| b.is_ascii_digit()) {
            return None;
        }
        let cents: i64 = format!("{cents:0<2}").parse().ok()?;
        units.parse::<i64>().ok()?.checked_mul(100)?.checked_add(cents)
    }

    pub async fn run(state: &AppState, task: BillingTask) -> anyhow::Result<String> {
        let now = state.now();
        let mut conn = state.pool().acquire().await?;
        match task {
            BillingTask::PromoCreate { code, kind, percent, amount, currency, org, days, uses } => {
                let code = normalize_code(&code);
                anyhow::ensure!(
                    !code.is_empty()
                        && code.chars().count() <= CODE_MAX_CHARS
                        && code.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'),
                    "a code is 1 to {CODE_MAX_CHARS} letters, digits, - or _"
                );
                let kind = ProductKind::parse(&kind).with_context(|| format!("no product type {kind}"))?;
                let currency = Currency::parse(&currency).context("the currency is CHF or EUR")?;
                let discount = match (percent, amount) {
                    (Some(p), None) if (1..=100).contains(&p) => Discount::Percent(p),
                    (None, Some(a)) => {
                        let money = Money::new(minor_units(&a).context("an amount like 5.00")?, currency);
                        anyhow::ensure!(!money.is_negative() && !money.is_zero(), "a positive amount");
                        Discount::Fixed(money)
                    }
                    _ => anyhow::bail!("either --percent 1..100 or --amount"),
                };
                anyhow::ensure!(uses >= 1, "at least one use");
                store::insert_promo(
                    &mut conn,
                    NewPromo {
                        code: &code,
                        kind,
                        org_id: org.as_deref(),
                        discount,
                        currency,
                        expires_at: days.map(|d| now + d * DAY_MS),
                        max_uses: uses,
                    },
                )
                .await
                .map_err(anyhow_of)?;
                Ok(format!("Promo code {code} created for {} ({uses} use(s)).", kind.code()))
            }
            BillingTask::GrantFree { org, offer, days } => {
                anyhow::ensure!(
                    domain::billing::offer_by_id(&offer).is_some() || ProductKind::parse(&offer).is_some(),
                    "{offer} is neither an offer nor a product type"
                );
                let id = store::grant_free_offer(&mut conn, &org, &offer, days.map(|d| now + d * DAY_MS), now)
                    .await
                    .map_err(anyhow_of)?;
                Ok(format!("Free offer {id} ({offer}) granted to {org}."))
            }
        }
    }
}
