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
use lettre::message::{header::ContentType, Mailbox, MultiPart};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

/// Stands in the stored body for the secret link, which is sealed apart. Made of
/// control characters, which no name, address or translation may contain, so no typed
/// text can move the link elsewhere.
pub const SECRET_LINK: &str = "\u{1}secret-link\u{1}";

/// Delivered emails are kept this long (the mail viewer, support questions), then their
/// address, subject and body are redacted.
pub const RETENTION_MS: i64 = 30 * crate::clock::DAY_MS;

/// An email ready to queue.
pub struct Email {
    pub to: String,
    pub subject: String,
    /// With [`SECRET_LINK`] where the secret link goes, if it has one.
    pub body: String,
    pub secret_link: Option<String>,
}

impl Email {
    /// The same email whose [`SECRET_LINK`] stands for `link` (sealed when queued).
    pub fn with_secret_link(mut self, link: String) -> Email {
        self.secret_link = Some(link);
        self
    }
}

/// Queues the email with its HTML alternative, made from the same text (see
/// [`crate::mail::html_from_text`]), both stored in the row so a crash loses neither.
pub async fn enqueue(tx: &mut Tx, cx: &Ctx, email: Email) -> Result<()> {
    let now = cx.now();
    let sealed = email.secret_link.as_deref().map(|link| cx.config().secret_key.seal(link));
    let html = crate::mail::html_from_text(&email.subject, &email.body);
    sqlx::query(
        "INSERT INTO outbox (id, to_address, subject, body_text, secret_sealed, created_at, next_attempt_at, body_html) \
         VALUES ($1, $2, $3, $4, $5, $6, $6, $7)",
    )
    .bind(new_id())
    .bind(email.to)
    .bind(email.subject)
    .bind(email.body)
    .bind(sealed)
    .bind(now)
    .bind(html)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// The body as sent: the secret link put back in its place. An email whose sealed link
/// this process cannot open (another key) is not sent without it: that is an error.
pub fn body_with_secret(state: &AppState, body: &str, sealed: Option<&str>) -> Result<String, String> {
    match sealed {
        None if body.contains(SECRET_LINK) => Err("the secret link is gone".into()),
        None => Ok(body.to_string()),
        Some(sealed) => match state.config().secret_key.open(sealed) {
            Some(link) => Ok(body.replacen(SECRET_LINK, &link, 1)),
            None => {
                Err("the secret link does not open with this key: is ORGA_SECRET_KEY the same on every process?".into())
            }
        },
    }
}

/// The HTML body as sent: the secret link put back wherever the placeholder stands (the
/// address of the link and its text), escaped for HTML.
pub fn html_with_secret(state: &AppState, html: &str, sealed: Option<&str>) -> Result<String, String> {
    match sealed {
        None if html.contains(SECRET_LINK) => Err("the secret link is gone".into()),
        None => Ok(html.to_string()),
        Some(sealed) => match state.config().secret_key.open(sealed) {
            Some(link) => Ok(html.replace(SECRET_LINK, &crate::mail::escape_html(&link))),
            None => Err("the secret link does not open with this key".into()),
        },
    }
}

/// Redacts emails past the retention period: delivered ones, and ones that could not be
/// delivered in all that time (given up; their secret goes too).
pub async fn redact_delivered(tx: &mut Tx, now: i64) -> Result<u64> {
    let done = sqlx::query(
        "UPDATE outbox SET to_address = '[redacted]', subject = '[redacted]', body_text = '[redacted]', \
         body_html = NULL, secret_sealed = NULL, redacted_at = $1 \
         WHERE redacted_at IS NULL AND ((sent_at IS NOT NULL AND sent_at < $2) OR created_at < $2)",
    )
    .bind(now)
    .bind(now - RETENTION_MS)
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected())
}

#[derive(sqlx::FromRow)]
struct Queued {
    id: String,
    to_address: String,
    subject: String,
    body_text: String,
    body_html: Option<String>,
    secret_sealed: Option<String>,
    attempts: i64,
}

/// Delivers queued email until the process ends. Several servers may run it at once:
/// each row is claimed before it is sent.
pub async fn run_worker(state: AppState) {
    let Some(url) = state.config().smtp_url() else { return };
    let transport = match AsyncSmtpTransport::<Tokio1Executor>::from_url(url) {
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
        "SELECT id, to_address, subject, body_text, body_html, secret_sealed, attempts FROM outbox \
         WHERE sent_at IS NULL AND redacted_at IS NULL AND next_attempt_at <= $1 \
           AND (claimed_until IS NULL OR claimed_until < $1) \
         ORDER BY created_at LIMIT 20",
    )
    .bind(now)
    .fetch_all(state.pool())
    .await?;
    let mut sent = 0;
    for mail in due {
        if !claim(state, Queue::Email, &mail.id, now).await? {
            continue;
        }
        let html = match &mail.body_html {
            Some(html) => html_with_secret(state, html, mail.secret_sealed.as_deref()).map(Some),
            None => Ok(None),
        };
        let outcome = match (body_with_secret(state, &mail.body_text, mail.secret_sealed.as_deref()), html) {
            (Ok(body), Ok(html)) => {
                let limit = Duration::from_millis((state.config().outbox_claim_ms / 2) as u64);
                tokio::time::timeout(limit, send(transport, from, &mail, body, html))
                    .await
                    .unwrap_or_else(|_| Err("the SMTP server took too long".into()))
            }
            (Err(e), _) | (_, Err(e)) => Err(e),
        };
        if settle(state, Queue::Email, &mail.id, mail.attempts, outcome).await? {
            sent += 1;
        }
    }
    Ok(sent)
}

/// The two durable queues that share the delivery steps below.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Queue {
    Email,
    Sms,
}

impl Queue {
    fn table(self) -> &'static str {
        match self {
            Queue::Email => "outbox",
            Queue::Sms => "sms_outbox",
        }
    }

    fn what(self) -> &'static str {
        match self {
            Queue::Email => "email",
            Queue::Sms => "SMS",
        }
    }
}

/// Claims a due row for `--outbox-claim-seconds` (2 minutes by default), so another
/// process leaves it alone; `false` when someone else has it or it went meanwhile. A
/// delivery attempt is cut off at half the claim, so a claim never ends mid-send.
pub(crate) async fn claim(state: &AppState, queue: Queue, id: &str, now: i64) -> Result<bool> {
    let claimed = sqlx::query(&format!(
        "UPDATE {} SET claimed_until = $1 WHERE id = $2 AND sent_at IS NULL AND (claimed_until IS NULL OR claimed_until < $3)",
        queue.table()
    ))
    .bind(now + state.config().outbox_claim_ms)
    .bind(id)
    .bind(now)
    .execute(state.pool())
    .await?;
    Ok(claimed.rows_affected() == 1)
}

/// Records how a claimed row's delivery went: delivered (its secret erased, `true`), or
/// failed and tried again later — 1, 2, 4 … minutes, at most an hour between tries.
pub(crate) async fn settle(
    state: &AppState,
    queue: Queue,
    id: &str,
    attempts: i64,
    outcome: Result<(), String>,
) -> Result<bool> {
    match outcome {
        Ok(()) => {
            sqlx::query(&format!(
                "UPDATE {} SET sent_at = $1, attempts = attempts + 1, claimed_until = NULL, last_error = NULL, \
                 secret_sealed = NULL WHERE id = $2",
                queue.table()
            ))
            .bind(state.now())
            .bind(id)
            .execute(state.pool())
            .await?;
            Ok(true)
        }
        Err(e) => {
            let backoff = MINUTE_MS * (1i64 << attempts.clamp(0, 6));
            tracing::warn!(id = %id, error = %e, "{} delivery failed; will retry", queue.what());
            sqlx::query(&format!(
                "UPDATE {} SET attempts = attempts + 1, next_attempt_at = $1, claimed_until = NULL, last_error = $2 WHERE id = $3",
                queue.table()
            ))
            .bind(state.now() + backoff)
            .bind(e.chars().take(500).collect::<String>())
            .bind(id)
            .execute(state.pool())
            .await?;
            Ok(false)
        }
    }
}

async fn send(
    transport: &AsyncSmtpTransport<Tokio1Executor>,
    from: &Mailbox,
    mail: &Queued,
    body: String,
    html: Option<String>,
) -> Result<(), String> {
    let to: Mailbox = mail.to_address.parse().map_err(|e| format!("bad recipient: {e}"))?;
    let builder = Message::builder().from(from.clone()).to(to).subject(mail.subject.clone());
    // multipart/alternative: clients show the HTML part, or the text one (last is best).
    let message = match html {
        Some(html) => builder.multipart(MultiPart::alternative_plain_html(body, html)),
        None => builder.header(ContentType::TEXT_PLAIN).body(body),
    }
    .map_err(|e| e.to_string())?;
    transport.send(message).await.map(|_| ()).map_err(|e| e.to_string())
}
