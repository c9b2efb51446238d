//! The development mail viewer: what the outbox and the SMS outbox hold, newest
//! first. It exists only in development; elsewhere the endpoint answers `not_found`.

use app::devmail::api::{DevOutbox, OutboxMail};
use app::AppError;

use crate::context::Ctx;
use crate::endpoints::Endpoints;
use crate::error::Result;
use crate::{outbox, sms};

pub fn endpoints(api: &mut Endpoints) {
    api.public(dev_outbox);
}

/// id, to, subject, body, sealed link, created at, sent at.
type QueuedRow = (String, String, String, String, Option<String>, i64, Option<i64>);
/// id, to, text, sealed secret, created at, sent at.
type QueuedSms = (String, String, String, Option<String>, i64, Option<i64>);

async fn dev_outbox(cx: Ctx, _: DevOutbox) -> Result<Vec<OutboxMail>> {
    if !cx.config().dev {
        return Err(AppError::NotFound.into());
    }
    let rows: Vec<QueuedRow> = sqlx::query_as(
        "SELECT id, to_address, subject, body_text, secret_sealed, created_at, sent_at FROM outbox \
         ORDER BY created_at DESC, id LIMIT 200",
    )
    .fetch_all(cx.pool())
    .await?;
    let texts: Vec<QueuedSms> = sqlx::query_as(
        "SELECT id, to_number, body_text, secret_sealed, created_at, sent_at FROM sms_outbox \
         ORDER BY created_at DESC, id LIMIT 200",
    )
    .fetch_all(cx.pool())
    .await?;
    let texts = texts.into_iter().map(|(id, to, text, sealed, created_at, sent_at)| OutboxMail {
        body: sms::text_with_secret(&cx.state, &text, sealed.as_deref())
            .unwrap_or_else(|e| text.replace(sms::SECRET, &format!("[{e}]"))),
        id,
        to,
        subject: String::new(),
        created_at,
        delivered: sent_at.is_some(),
        sms: true,
    });
    let mut all: Vec<OutboxMail> = rows
        .into_iter()
        .map(|(id, to, subject, body, sealed, created_at, sent_at)| OutboxMail {
            // Development only: the link is shown as the recipient would get it.
            body: outbox::body_with_secret(&cx.state, &body, sealed.as_deref())
                .unwrap_or_else(|e| body.replace(outbox::SECRET_LINK, &format!("[{e}]"))),
            id,
            to,
            subject,
            created_at,
            delivered: sent_at.is_some(),
            sms: false,
        })
        .chain(texts)
        .collect();
    // Newest first; a stable sort keeps each outbox's own order among equal times.
    all.sort_by_key(|m| std::cmp::Reverse(m.created_at));
    Ok(all)
}
