//! Text messages (recovery codes, second-factor codes, temporary usernames) leave through
//! a durable outbox like email: a row written in the transaction of the change,
//! then delivered by a worker through the configured provider ([`SmsSender`]). The code
//! is sealed apart from the text and erased once delivered. Without a provider the rows
//! stay for the development mail viewer.

use std::time::Duration;

use secrecy::{ExposeSecret, SecretString};

use crate::context::{Ctx, Tx};
use crate::error::Result;
use crate::ids::new_id;
use crate::outbox::{claim, settle, Queue};
use crate::state::AppState;

/// Stands in the stored text for the secret (a code), which is sealed apart. Made of
/// control characters that no typed text may contain.
pub const SECRET: &str = "\u{1}secret\u{1}";

/// How often the worker looks for due messages: codes are awaited by someone.
const POLL: Duration = Duration::from_secs(2);

/// A text message ready to queue.
pub struct Sms {
    /// E.164 (`+41791234567`), as `domain` validated it.
    pub to: String,
    /// With [`SECRET`] where the secret goes, if it has one.
    pub text: String,
    pub secret: Option<String>,
}

/// Queues the message in the caller's transaction.
pub async fn enqueue(tx: &mut Tx, cx: &Ctx, sms: Sms) -> Result<()> {
    let now = cx.now();
    let sealed = sms.secret.as_deref().map(|secret| cx.config().secret_key.seal(secret));
    sqlx::query(
        "INSERT INTO sms_outbox (id, to_number, body_text, secret_sealed, created_at, next_attempt_at) \
         VALUES ($1, $2, $3, $4, $5, $5)",
    )
    .bind(new_id())
    .bind(sms.to)
    .bind(sms.text)
    .bind(sealed)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// The text as sent: the secret put back in its place; an error when the sealed secret
/// does not open with this process's key (never a message without its code).
pub fn text_with_secret(state: &AppState, text: &str, sealed: Option<&str>) -> Result<String, String> {
    match sealed {
        None if text.contains(SECRET) => Err("the secret is gone".into()),
        None => Ok(text.to_string()),
        Some(sealed) => match state.config().secret_key.open(sealed) {
            Some(secret) => Ok(text.replacen(SECRET, &secret, 1)),
            None => Err("the secret does not open with this key: is ORGA_SECRET_KEY the same on every process?".into()),
        },
    }
}

/// Whoever carries text messages to phones.
pub trait SmsSender: Send + Sync {
    fn send(&self, to: &str, text: &str) -> impl std::future::Future<Output = Result<(), String>> + Send;
}

/// An SMS gateway over HTTPS: `POST <url>` with `Authorization: Bearer <key>` and the JSON
/// `{"from", "to", "text"}`; any 2xx answer means accepted. Most gateways take this shape
/// or sit behind a small relay that does.
pub struct HttpSmsProvider {
    url: String,
    key: SecretString,
    from: String,
    client: reqwest::Client,
}

impl HttpSmsProvider {
    pub fn new(url: String, key: SecretString, from: String) -> HttpSmsProvider {
        let client = reqwest::Client::builder()
            .timeout(Duration::from_secs(15))
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .expect("an HTTP client with a timeout builds");
        HttpSmsProvider { url, key, from, client }
    }
}

impl SmsSender for HttpSmsProvider {
    async fn send(&self, to: &str, text: &str) -> Result<(), String> {
        let answer = self
            .client
            .post(&self.url)
            .bearer_auth(self.key.expose_secret())
            .json(&serde_json::json!({ "from": self.from, "to": to, "text": text }))
            .send()
            .await
            .map_err(|e| format!("SMS provider unreachable: {e}"))?;
        if answer.status().is_success() {
            Ok(())
        } else {
            Err(format!("SMS provider answered {}", answer.status()))
        }
    }
}

/// Delivers queued messages through the configured provider until the process ends.
pub async fn run_worker(state: AppState) {
    let Some((url, key)) = state.config().sms_provider() else { return };
    let sender = HttpSmsProvider::new(url.to_string(), key.clone(), state.config().sms_from.clone());
    run_worker_with(state, sender).await
}

/// The worker's loop with any sender. Several servers may run it at once: each row is
/// claimed before it is sent.
pub async fn run_worker_with(state: AppState, sender: impl SmsSender) {
    loop {
        match deliver_due(&state, &sender).await {
            Err(e) => {
                tracing::error!(error = %e, "sms outbox: delivery round failed");
                tokio::time::sleep(POLL).await;
            }
            Ok(0) => tokio::time::sleep(POLL).await,
            Ok(_) => {}
        }
    }
}

#[derive(sqlx::FromRow)]
struct Queued {
    id: String,
    to_number: String,
    body_text: String,
    secret_sealed: Option<String>,
    attempts: i64,
}

async fn deliver_due(state: &AppState, sender: &impl SmsSender) -> Result<usize> {
    let now = state.now();
    let due: Vec<Queued> = sqlx::query_as(
        "SELECT id, to_number, body_text, secret_sealed, attempts FROM sms_outbox \
         WHERE sent_at IS NULL AND redacted_at IS NULL AND next_attempt_at <= $1 \
           AND (claimed_until IS NULL OR claimed_until < $1) \
         ORDER BY created_at LIMIT 20",
    )
    .bind(now)
    .fetch_all(state.pool())
    .await?;
    let mut sent = 0;
    for sms in due {
        if !claim(state, Queue::Sms, &sms.id, now).await? {
            continue;
        }
        let outcome = match text_with_secret(state, &sms.body_text, sms.secret_sealed.as_deref()) {
            Ok(text) => sender.send(&sms.to_number, &text).await,
            Err(e) => Err(e),
        };
        if settle(state, Queue::Sms, &sms.id, sms.attempts, outcome).await? {
            sent += 1;
        }
    }
    Ok(sent)
}

/// Redacts messages past the outbox's retention period, like emails.
pub async fn redact_delivered(tx: &mut Tx, now: i64) -> Result<u64> {
    let done = sqlx::query(
        "UPDATE sms_outbox SET to_number = '[redacted]', body_text = '[redacted]', secret_sealed = NULL, redacted_at = $1 \
         WHERE redacted_at IS NULL AND ((sent_at IS NOT NULL AND sent_at < $2) OR created_at < $2)",
    )
    .bind(now)
    .bind(now - crate::outbox::RETENTION_MS)
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected())
}
