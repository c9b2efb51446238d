//! The durable outbox: every email is a row written in the same transaction as the
//! change it reports, then delivered by a worker over SMTP. A crash between the two
//! loses nothing: the row is still there at the next start. Without SMTP configured the
//! rows stay for the development mail viewer.

use std::time::Duration;

use crate::clock::MINUTE_MS;
use crate::context::{Ctx, Tx};
use crate::error::Result;
use crate::ids::new_id;
use crate::state::AppState;
use lettre::message::{header::ContentType, Mailbox};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use secrecy::ExposeSecret;

/// An email ready to queue.
pub struct Email {
    pub to: String,
    pub subject: String,
    pub body: String,
}

pub async fn enqueue(tx: &mut Tx, cx: &Ctx, email: Email) -> Result<()> {
    let now = cx.now();
    sqlx::query(
        "INSERT INTO outbox (id, to_address, subject, body_text, created_at, next_attempt_at) VALUES ($1, $2, $3, $4, $5, $5)",
    )
    .bind(new_id())
    .bind(email.to)
    .bind(email.subject)
    .bind(email.body)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

#[derive(sqlx::FromRow)]
struct Queued {
    id: String,
    to_address: String,
    subject: String,
    body_text: String,
    attempts: i64,
}

/// Delivers queued email until the process ends. Several servers may run it at once:
/// each row is claimed before it is sent.
pub async fn run_worker(state: AppState) {
    let Some(url) = state.config().smtp_url.clone() else { return };
    let transport = match AsyncSmtpTransport::<Tokio1Executor>::from_url(url.expose_secret()) {
        Ok(b) => b.build(),
        Err(e) => {
            tracing::error!(error = %e, "SMTP_URL is not usable; email stays in the outbox");
            return;
        }
    };
    let from: Mailbox = match state.config().mail_from.parse() {
        Ok(m) => m,
        Err(e) => {
            tracing::error!(error = %e, "ORGA_MAIL_FROM is not an address; email stays in the outbox");
            return;
        }
    };
    loop {
        match deliver_due(&state, &transport, &from).await {
            Err(e) => {
                tracing::error!(error = %e, "outbox: delivery round failed");
                let _ = tokio::time::timeout(Duration::from_secs(5), state.outbox_bell().notified()).await;
            }
            Ok(0) => {
                let _ = tokio::time::timeout(Duration::from_secs(5), state.outbox_bell().notified()).await;
            }
            Ok(_) => {}
        }
    }
}

async fn deliver_due(
    state: &AppState,
    transport: &AsyncSmtpTransport<Tokio1Executor>,
    from: &Mailbox,
) -> Result<usize> {
    let now = state.now();
    let due: Vec<Queued> = sqlx::query_as(
        "SELECT id, to_address, subject, body_text, attempts FROM outbox \
         WHERE sent_at IS NULL AND next_attempt_at <= $1 AND (claimed_until IS NULL OR claimed_until < $1) \
         ORDER BY created_at LIMIT 20",
    )
    .bind(now)
    .fetch_all(state.pool())
    .await?;
    let mut sent = 0;
    for mail in due {
        let claimed = sqlx::query(
            "UPDATE outbox SET claimed_until = $1 WHERE id = $2 AND sent_at IS NULL AND (claimed_until IS NULL OR claimed_until < $3)",
        )
        .bind(now + 5 * MINUTE_MS)
        .bind(&mail.id)
        .bind(now)
        .execute(state.pool())
        .await?;
        if claimed.rows_affected() != 1 {
            continue;
        }
        match send(transport, from, &mail).await {
            Ok(()) => {
                sqlx::query("UPDATE outbox SET sent_at = $1, attempts = attempts + 1, claimed_until = NULL, last_error = NULL WHERE id = $2")
                    .bind(state.now())
                    .bind(&mail.id)
                    .execute(state.pool())
                    .await?;
                sent += 1;
            }
            Err(e) => {
                // 1, 2, 4 … minutes, at most an hour between tries.
                let backoff = MINUTE_MS * (1i64 << mail.attempts.clamp(0, 6));
                tracing::warn!(id = %mail.id, error = %e, "email delivery failed; will retry");
                sqlx::query(
                    "UPDATE outbox SET attempts = attempts + 1, next_attempt_at = $1, claimed_until = NULL, last_error = $2 WHERE id = $3",
                )
                .bind(state.now() + backoff)
                .bind(e.chars().take(500).collect::<String>())
                .bind(&mail.id)
                .execute(state.pool())
                .await?;
            }
        }
    }
    Ok(sent)
}

async fn send(transport: &AsyncSmtpTransport<Tokio1Executor>, from: &Mailbox, mail: &Queued) -> Result<(), String> {
    let to: Mailbox = mail.to_address.parse().map_err(|e| format!("bad recipient: {e}"))?;
    let message = Message::builder()
        .from(from.clone())
        .to(to)
        .subject(mail.subject.clone())
        .header(ContentType::TEXT_PLAIN)
        .body(mail.body_text.clone())
        .map_err(|e| e.to_string())?;
    transport.send(message).await.map(|_| ()).map_err(|e| e.to_string())
}
