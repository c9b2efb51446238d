//! `Authorization: Bearer` (EMB-1, EMB-2): an API key (`orga_key_…`) on a partner's
//! backend, or a widget token (`orga_wt_…`) in an embedded widget. Both are 256-bit
//! random secrets kept as SHA-256, looked up by hash. A key acts as the member who
//! created it, in its organization; a token as its user, in its organization, for its
//! widgets, never with more than the role it was minted with nor more than the key's
//! creator may still do; it dies when its user leaves the organization. Revoking a key ends its tokens at once: every call checks the
//! key, the token, the user and the creator again. A wrong bearer is `401
//! unauthenticated` and counted against the address like a wrong password.

use app::AppError;
use domain::embed::{Widget, API_KEY_PREFIX, TOKEN_PREFIX};
use domain::Role;

use crate::caller::{stand_in, AuthMethod, Caller, Scope};
use crate::clock::MINUTE_MS;
use crate::context::Ctx;
use crate::error::Result;
use crate::ids::hash_secret;
use crate::throttles::{Bucket, Counter};

/// The longest bearer read: a prefix and 43 characters, with room to spare.
const MAX_BEARER_CHARS: usize = 128;

/// The credentials of `Bearer <credentials>`, or `None` for another scheme.
pub fn bearer(authorization: &str) -> Option<&str> {
    let (scheme, value) = authorization.trim().split_once(' ')?;
    scheme.eq_ignore_ascii_case("bearer").then(|| value.trim())
}

/// The caller a bearer names, or `unauthenticated`.
pub async fn identify(cx: &Ctx, bearer: &str) -> Result<Caller> {
    let now = cx.now();
    let address = cx.request.address_key();
    let mut read = cx.pool().begin().await?;
    if crate::throttles::check(&mut read, Bucket::Address, &address, now).await?.is_err() {
        tracing::warn!(ip = %address, "bearer refused: rate limit");
        return Err(AppError::Unauthenticated.into());
    }
    let well_formed = bearer.len() <= MAX_BEARER_CHARS && bearer.bytes().all(|b| b.is_ascii_graphic());
    let found = if !well_formed {
        None
    } else if bearer.starts_with(API_KEY_PREFIX) {
        api_key(&mut read, &hash_secret(bearer)).await?
    } else if bearer.starts_with(TOKEN_PREFIX) {
        token(&mut read, &hash_secret(bearer), now).await?
    } else {
        None
    };
    read.commit().await?;
    let Some(found) = found else {
        let mut tx = cx.write().await?;
        let mut counter = Counter::lock(&mut tx, Bucket::Address, &address).await?;
        counter.fail(now);
        counter.save(&mut tx).await?;
        tx.commit().await?;
        tracing::warn!(ip = %address, "bearer refused: unknown, expired or revoked");
        return Err(AppError::Unauthenticated.into());
    };
    // The key's creator must still manage the organization: a key, and the tokens it
    // mints, never outlive its creator's rights.
    let creator = found.creator_role.as_deref().and_then(Role::parse).map(|role| {
        let mut m = domain::Membership::new(role, true);
        m.blocked = found.creator_blocked_at.is_some();
        m
    });
    let creator_role = domain::embed::key_ceiling(creator).map_err(|reason| AppError::EmbedRefused { reason })?;
    if found.last_used_at.is_none_or(|at| now - at >= MINUTE_MS) {
        sqlx::query("UPDATE api_keys SET last_used_at = $1 WHERE id = $2")
            .bind(now)
            .bind(&found.api_key_id)
            .execute(cx.pool())
            .await?;
    }
    let (via, stand_in_id, widgets, max_role, token_id, expires_at) = match found.token {
        Some(t) => {
            let widgets = t.widgets.split(' ').filter_map(Widget::parse).collect();
            let minted = Role::parse(&t.max_role).unwrap_or(Role::External);
            let max_role = domain::embed::capped(minted, creator_role);
            (AuthMethod::Widget, format!("widget:{}", t.id), widgets, max_role, Some(t.id), Some(t.expires_at))
        }
        None => (AuthMethod::ApiKey, format!("api_key:{}", found.api_key_id), Vec::new(), creator_role, None, None),
    };
    let scope =
        Scope { org_id: found.org_id.clone(), max_role, widgets, api_key_id: found.api_key_id, token_id, expires_at };
    let session = stand_in(stand_in_id, &found.user_id, now, Some(&found.org_id));
    Ok(Caller { user_id: found.user_id, session, via, scope: Some(scope) })
}

struct Found {
    api_key_id: String,
    org_id: String,
    /// Who acts: the key's creator, or the token's user.
    user_id: String,
    last_used_at: Option<i64>,
    creator_role: Option<String>,
    creator_blocked_at: Option<i64>,
    token: Option<TokenRow>,
}

struct TokenRow {
    id: String,
    widgets: String,
    max_role: String,
    expires_at: i64,
}

/// A live key whose creator's account is usable, with the creator's membership now.
const KEY: &str = "SELECT k.id, k.org_id, k.created_by, k.last_used_at, c.role, c.blocked_at FROM api_keys k \
     JOIN users u ON u.id = k.created_by \
     JOIN organizations o ON o.id = k.org_id AND o.deleted_at IS NULL \
     LEFT JOIN memberships c ON c.org_id = k.org_id AND c.user_id = k.created_by \
     WHERE k.revoked_at IS NULL AND u.blocked_at IS NULL AND u.closed_at IS NULL";

type KeyRow = (String, String, String, Option<i64>, Option<String>, Option<i64>);

async fn api_key(tx: &mut crate::context::Tx, hash: &str) -> Result<Option<Found>> {
    let row: Option<KeyRow> =
        sqlx::query_as(&format!("{KEY} AND k.key_hash = $1")).bind(hash).fetch_optional(&mut **tx).await?;
    Ok(row.map(|row| found(row, None, None)))
}

async fn token(tx: &mut crate::context::Tx, hash: &str, now: i64) -> Result<Option<Found>> {
    let row: Option<(String, String, String, String, i64, String)> = sqlx::query_as(
        "SELECT t.id, t.api_key_id, t.widgets, t.max_role, t.expires_at, t.user_id FROM widget_tokens t \
         JOIN users u ON u.id = t.user_id \
         WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND t.expires_at > $2 \
           AND u.blocked_at IS NULL AND u.closed_at IS NULL \
           AND EXISTS (SELECT 1 FROM memberships m WHERE m.org_id = t.org_id AND m.user_id = t.user_id)",
    )
    .bind(hash)
    .bind(now)
    .fetch_optional(&mut **tx)
    .await?;
    let Some((id, api_key_id, widgets, max_role, expires_at, user_id)) = row else { return Ok(None) };
    let key: Option<KeyRow> =
        sqlx::query_as(&format!("{KEY} AND k.id = $1")).bind(&api_key_id).fetch_optional(&mut **tx).await?;
    Ok(key.map(|row| found(row, Some(user_id), Some(TokenRow { id, widgets, max_role, expires_at }))))
}

/// Who acts: the key's creator, or the token's user (`user_id`).
fn found(row: KeyRow, user_id: Option<String>, token: Option<TokenRow>) -> Found {
    let (api_key_id, org_id, creator, last_used_at, creator_role, creator_blocked_at) = row;
    let user_id = user_id.unwrap_or(creator);
    Found { api_key_id, org_id, user_id, last_used_at, creator_role, creator_blocked_at, token }
}

#[cfg(test)]
mod tests {
    use super::bearer;

    #[test]
    fn only_bearer_credentials_are_read() {
        assert_eq!(bearer("Bearer orga_wt_abc"), Some("orga_wt_abc"));
        assert_eq!(bearer("bearer  orga_key_abc "), Some("orga_key_abc"));
        assert_eq!(bearer("Basic abc"), None);
        assert_eq!(bearer("Bearer"), None);
    }
}
