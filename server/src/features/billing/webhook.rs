//! BIL-3: the payment provider's webhook, `POST /webhooks/payments/<provider>` — not a
//! server function but a plain route outside `/api` (a provider calls it, not a browser,
//! so the cross-site guard does not apply; its signature does).
//!
//! The body `{event_id, provider_ref, status: "succeeded" | "declined"}` is signed with
//! HMAC-SHA256 under `ORGA_PAYMENT_WEBHOOK_SECRET`, in the header
//! `X-Orga-Signature: t=<unix seconds>,v1=<hex>` where the MAC covers `<t>.<raw body>`
//! (the timestamp is signed too, so an old delivery cannot be sent again with a new
//! time). A missing or wrong signature, or a time more than 5 minutes from ours, is
//! `401` and changes nothing. Each event is applied once: its id goes into
//! `webhook_events` (primary key) in the transaction that settles the payment, so a
//! replay answers `200` and changes nothing again. Settling moves a pending payment to
//! succeeded or declined (once); a succeeded one marks its invoice paid
//! (`payment::mark_paid`) or credits the balance for a top-up.

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use hmac::{Hmac, Mac};
use http::{HeaderMap, StatusCode};
use secrecy::ExposeSecret;
use serde::Deserialize;
use serde_json::json;
use sha2::Sha256;

use super::payment::{self, Means};
use crate::audit::{self, Entry};
use crate::context::Ctx;
use crate::error::Result;
use crate::state::AppState;

/// The header carrying the signature.
pub const SIGNATURE_HEADER: &str = "x-orga-signature";
/// How far the signed time may be from ours, either way.
pub const TOLERANCE_SECONDS: i64 = 5 * 60;
/// Ids longer than this are not a provider's ids.
const ID_MAX_CHARS: usize = 200;

#[derive(Deserialize)]
#[serde(rename_all = "snake_case")]
enum EventStatus {
    Succeeded,
    Declined,
}

#[derive(Deserialize)]
struct Event {
    event_id: String,
    provider_ref: String,
    status: EventStatus,
}

/// `t=<unix>,v1=<hex>` of `body` under `secret`, as a provider would send it.
pub fn sign(secret: &[u8], unix_seconds: i64, body: &[u8]) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(secret).expect("HMAC takes any key length");
    mac.update(format!("{unix_seconds}.").as_bytes());
    mac.update(body);
    let hex: String = mac.finalize().into_bytes().iter().map(|b| format!("{b:02x}")).collect();
    format!("t={unix_seconds},v1={hex}")
}

fn unhex(s: &str) -> Option<Vec<u8>> {
    if !s.len().is_multiple_of(2) || s.len() > 128 {
        return None;
    }
    (0..s.len()).step_by(2).map(|i| u8::from_str_radix(s.get(i..i + 2)?, 16).ok()).collect()
}

/// Whether `header` is a valid signature of `body` made within the tolerance of `now`.
fn verified(secret: &[u8], header: &str, body: &[u8], now_seconds: i64) -> bool {
    let mut t = None;
    let mut signatures = Vec::new();
    for part in header.split(',') {
        match part.trim().split_once('=') {
            Some(("t", v)) => t = v.parse::<i64>().ok(),
            Some(("v1", v)) => signatures.extend(unhex(v)),
            _ => {}
        }
    }
    let Some(t) = t else { return false };
    if (now_seconds - t).abs() > TOLERANCE_SECONDS {
        return false;
    }
    signatures.iter().any(|sig| {
        let mut mac = Hmac::<Sha256>::new_from_slice(secret).expect("HMAC takes any key length");
        mac.update(format!("{t}.").as_bytes());
        mac.update(body);
        mac.verify_slice(sig).is_ok()
    })
}

fn answer(status: StatusCode, result: &str) -> Response {
    (status, axum::Json(json!({ "result": result }))).into_response()
}

pub async fn receive(
    State(state): State<AppState>,
    Path(provider): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    if state.payment_provider(&provider).is_none() {
        return answer(StatusCode::NOT_FOUND, "unknown_provider");
    }
    let Some(secret) = state.config().payment_webhook_secret.clone() else {
        tracing::warn!(provider, "payment webhook refused: no webhook secret is configured");
        return answer(StatusCode::UNAUTHORIZED, "bad_signature");
    };
    let header = headers.get(SIGNATURE_HEADER).and_then(|v| v.to_str().ok()).unwrap_or("");
    if !verified(secret.expose_secret().as_bytes(), header, &body, state.now().div_euclid(1000)) {
        tracing::warn!(provider, "payment webhook refused: bad or stale signature");
        return answer(StatusCode::UNAUTHORIZED, "bad_signature");
    }
    let Ok(event) = serde_json::from_slice::<Event>(&body) else {
        return answer(StatusCode::BAD_REQUEST, "bad_request");
    };
    if event.event_id.is_empty()
        || event.event_id.chars().count() > ID_MAX_CHARS
        || event.provider_ref.chars().count() > ID_MAX_CHARS
    {
        return answer(StatusCode::BAD_REQUEST, "bad_request");
    }
    match apply(&state, &provider, &event).await {
        Ok(result) => answer(StatusCode::OK, result),
        Err(e) => {
            tracing::error!(provider, error = ?e, "payment webhook failed");
            answer(StatusCode::INTERNAL_SERVER_ERROR, "internal")
        }
    }
}

#[derive(sqlx::FromRow)]
struct PaymentRow {
    id: String,
    org_id: String,
    invoice_id: Option<String>,
    profile_id: Option<String>,
    purpose: String,
    amount_minor: i64,
    currency: String,
    status: String,
}

/// Applies one event, once; says what became of it.
async fn apply(state: &AppState, provider: &str, event: &Event) -> Result<&'static str> {
    let cx = Ctx::detached(state.clone());
    let now = state.now();
    let mut tx = state.write().await?;
    let fresh = sqlx::query(
        "INSERT INTO webhook_events (provider, event_id, received_at) VALUES ($1, $2, $3) \
         ON CONFLICT (provider, event_id) DO NOTHING",
    )
    .bind(provider)
    .bind(&event.event_id)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    if fresh.rows_affected() == 0 {
        tx.rollback().await?;
        return Ok("duplicate");
    }
    let found: Option<PaymentRow> = sqlx::query_as(
        "SELECT p.id, p.org_id, p.invoice_id, p.profile_id, p.purpose, p.amount_minor, p.currency, p.status \
         FROM payments p JOIN payment_profiles pp ON pp.id = p.profile_id WHERE p.provider_ref = $1 AND pp.provider = $2",
    )
    .bind(&event.provider_ref)
    .bind(provider)
    .fetch_optional(&mut *tx)
    .await?;
    let Some(p) = found else {
        tx.commit().await?;
        return Ok("unknown_payment");
    };
    let status = match event.status {
        EventStatus::Succeeded => "succeeded",
        EventStatus::Declined => "declined",
    };
    let settled = sqlx::query("UPDATE payments SET status = $1, settled_at = $2 WHERE id = $3 AND status = 'pending'")
        .bind(status)
        .bind(now)
        .bind(&p.id)
        .execute(&mut *tx)
        .await?;
    if settled.rows_affected() == 0 {
        tx.commit().await?;
        tracing::info!(payment = %p.id, was = %p.status, "payment webhook: already settled");
        return Ok("already_settled");
    }
    if status == "succeeded" {
        match (p.purpose.as_str(), &p.invoice_id) {
            ("invoice", Some(invoice_id)) => {
                let means = Means::Profile(p.profile_id.clone().unwrap_or_default());
                payment::mark_paid(&mut tx, invoice_id, &means, now).await?;
            }
            ("top_up", _) => {
                payment::credit_balance(&mut tx, &p.org_id, p.amount_minor, "top_up", None, now).await?;
            }
            _ => {}
        }
    }
    let entry = Entry {
        org_id: Some(&p.org_id),
        actor: None,
        action: if status == "succeeded" { "billing.payment_confirmed" } else { "billing.payment_declined" },
        target: None,
        detail: json!({ "purpose": p.purpose, "amount_minor": p.amount_minor, "currency": p.currency, "invoice_id": p.invoice_id }),
    };
    audit::record(&mut tx, &cx, entry).await?;
    tx.commit().await?;
    Ok("applied")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_signature_holds_for_its_body_and_time_only() {
        let body = br#"{"event_id":"e1","provider_ref":"r","status":"succeeded"}"#;
        let header = sign(b"secret", 1_000_000, body);
        assert!(verified(b"secret", &header, body, 1_000_000));
        assert!(verified(b"secret", &header, body, 1_000_000 + TOLERANCE_SECONDS));
        assert!(!verified(b"secret", &header, body, 1_000_000 + TOLERANCE_SECONDS + 1));
        assert!(!verified(b"other", &header, body, 1_000_000));
        assert!(!verified(b"secret", &header, b"{}", 1_000_000));
        let moved = header.replace("t=1000000", "t=1000100");
        assert!(!verified(b"secret", &moved, body, 1_000_100));
        assert!(!verified(b"secret", "", body, 1_000_000));
        assert!(!verified(b"secret", "t=1000000,v1=zz", body, 1_000_000));
    }
}
