//! The identity-verification request, the last resort of recovery: a public form with
//! an identity document (PNG, JPEG or PDF, recognised by content and, for images,
//! decoded), queued for support, whose every status change is emailed to the person.
//! Support works it from the command line (`orga support …`, see `crate::operator`).
//! Its answer never says whether the account named exists.

use std::io::Cursor;

use app::error::{Field, Problem};
use app::recovery::api::{IdentityCheckReceived, RequestIdentityCheck};
use app::AppError;
use base64::Engine;
use domain::i18n::RecoveryMsg;
use domain::recovery::{self, DocumentType, Lost, RecoveryError, Status};
use domain::security_event::SecurityEvent;
use domain::{Email, Lang, PersonName};
use image::{ImageFormat, ImageReader};

use super::{mail, new_login, store};
use crate::context::{Ctx, Tx};
use crate::error::Result;
use crate::ids::new_id;
use crate::throttles::{self, Bucket};
use crate::{outbox, security_log};

/// Images larger than this a side are not identity documents (and cost memory to decode).
const MAX_SIDE: u32 = 12_000;

pub async fn request_identity_check(
    cx: Ctx,
    RequestIdentityCheck { input }: RequestIdentityCheck,
) -> Result<IdentityCheckReceived> {
    let first =
        PersonName::parse(&input.first_name).map_err(|e| AppError::invalid(Field::FirstName, Problem::Name(e)))?;
    let last = PersonName::parse(&input.last_name).map_err(|e| AppError::invalid(Field::LastName, Problem::Name(e)))?;
    let contact = Email::parse(&input.contact_email).map_err(|e| AppError::invalid(Field::Email, Problem::Email(e)))?;
    // An unreadable account address is simply not one: nothing is looked up.
    let account_email = input.account_email.as_deref().and_then(|s| Email::parse(s).ok());
    let details = recovery::details(&input.details).map_err(|e| AppError::invalid(Field::Details, Problem::Text(e)))?;
    let document = document(&input.document_base64).await?;
    let now = cx.now();
    let mut tx = cx.write().await?;
    throttles::take(&mut tx, Bucket::IdentityCheck, &cx.request.address_key(), now).await?;
    throttles::take(&mut tx, Bucket::IdentityCheck, contact.as_str(), now).await?;
    let user_id = match &account_email {
        Some(login) => store::account_by_login(&mut *tx, login.as_str()).await?.map(|a| a.id),
        None => None,
    };
    let reference = format!("IV-{}", new_id()[..10].to_uppercase());
    let request = store::NewIdentityRequest {
        id: &reference,
        first_name: first.as_str(),
        last_name: last.as_str(),
        email: contact.as_str(),
        account_email: account_email.as_ref().map(Email::as_str),
        user_id: user_id.as_deref(),
        reason: input.lost.as_str(),
        details: &details,
        lang: input.lang.code(),
        document_type: document.as_str(),
        document_base64: input.document_base64.trim(),
        ip: cx.request.ip.as_deref(),
        now,
    };
    store::insert_identity_request(&mut tx, request).await?;
    if let Some(user_id) = &user_id {
        security_log::record(&mut tx, &cx, user_id, SecurityEvent::IdentityVerificationRequested, &reference).await?;
    }
    let lost = input.lost.label().text(input.lang);
    let body = RecoveryMsg::MailIdentityReceived.fill(input.lang, &[("lost", lost), ("reference", &reference)]);
    outbox::enqueue(&mut tx, &cx, mail::identity_step(contact.as_str(), input.lang, first.as_str(), &reference, body))
        .await?;
    tx.commit().await?;
    cx.state.outbox_bell().notify_one();
    Ok(IdentityCheckReceived { reference })
}

/// The document's type, by content; images are decoded too (a decoder we did not write
/// is the check that they are what they claim).
async fn document(base64_text: &str) -> Result<DocumentType> {
    let problem = |e: RecoveryError| AppError::invalid(Field::Document, Problem::Recovery(e));
    let text = base64_text.trim();
    if text.is_empty() {
        return Err(problem(RecoveryError::DocumentMissing).into());
    }
    let max_bytes = recovery::DOCUMENT_MAX_BYTES;
    if text.len() > max_bytes.div_ceil(3) * 4 + 4 {
        return Err(problem(RecoveryError::DocumentTooLarge { max_bytes }).into());
    }
    let bytes =
        base64::engine::general_purpose::STANDARD.decode(text).map_err(|_| problem(RecoveryError::DocumentType))?;
    if bytes.len() > max_bytes {
        return Err(problem(RecoveryError::DocumentTooLarge { max_bytes }).into());
    }
    let kind = DocumentType::sniff(&bytes).ok_or(problem(RecoveryError::DocumentType))?;
    let format = match kind {
        DocumentType::Png => Some(ImageFormat::Png),
        DocumentType::Jpeg => Some(ImageFormat::Jpeg),
        DocumentType::Pdf => None,
    };
    if let Some(format) = format {
        let decoded = tokio::task::spawn_blocking(move || {
            let mut reader = ImageReader::with_format(Cursor::new(&bytes[..]), format);
            let mut limits = image::Limits::default();
            limits.max_image_width = Some(MAX_SIDE);
            limits.max_image_height = Some(MAX_SIDE);
            limits.max_alloc = Some(256 * 1024 * 1024);
            reader.limits(limits);
            reader.decode().is_ok()
        })
        .await
        .map_err(|e| anyhow::anyhow!("document check failed: {e}"))?;
        if !decoded {
            return Err(problem(RecoveryError::DocumentType).into());
        }
    }
    Ok(kind)
}

/// What support decides (`orga support decide <id> review|accept|refuse [note]`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Decision {
    Review,
    Accept,
    Refuse,
}

impl Decision {
    pub fn parse(s: &str) -> Option<Decision> {
        match s {
            "review" => Some(Decision::Review),
            "accept" => Some(Decision::Accept),
            "refuse" => Some(Decision::Refuse),
            _ => None,
        }
    }

    fn status(self) -> Status {
        match self {
            Decision::Review => Status::InReview,
            Decision::Accept => Status::Accepted,
            Decision::Refuse => Status::Refused,
        }
    }
}

/// Applies a decision: the status moves (a decided request cannot move again), the
/// person is told by email at each step, and an accepted request does what was lost —
/// a reset link, the login email, a temporary username. Support never turns off a
/// second factor. Returns what was done, for the operator.
pub async fn decide(cx: &Ctx, id: &str, decision: Decision, note: Option<&str>) -> Result<String> {
    let request = store::identity_request(cx.pool(), id).await?.ok_or(AppError::NotFound)?;
    let current = Status::parse(&request.status).unwrap_or(Status::Received);
    let next = decision.status();
    if !current.may_become(next) {
        return Err(anyhow::anyhow!("request {id} is {} and cannot become {}", current.as_str(), next.as_str()).into());
    }
    let lang = Lang::from_tag(&request.lang).unwrap_or_default();
    let now = cx.now();
    let mut tx = cx.write().await?;
    if !store::move_identity_request(&mut tx, id, current.as_str(), next.as_str(), note, now).await? {
        return Err(anyhow::anyhow!("request {id} changed meanwhile; look again").into());
    }
    let tell = |body: String| mail::identity_step(&request.email, lang, &request.first_name, id, body);
    let mut done = format!("{id}: {} → {}", current.as_str(), next.as_str());
    // A request decided at once passes through "in review": the person hears both.
    if current == Status::Received && next != Status::InReview {
        outbox::enqueue(&mut tx, cx, tell(RecoveryMsg::MailIdentityInReview.fill(lang, &[("reference", id)]))).await?;
    }
    let body = match next {
        Status::InReview => RecoveryMsg::MailIdentityInReview.fill(lang, &[("reference", id)]),
        Status::Refused => {
            RecoveryMsg::MailIdentityRefused.fill(lang, &[("reference", id), ("note", note.unwrap_or(""))])
        }
        Status::Accepted => {
            let (next_step, what) = accept(&mut tx, cx, &request).await?;
            done.push_str(&format!("; {what}"));
            RecoveryMsg::MailIdentityAccepted.fill(lang, &[("reference", id), ("next", next_step.text(lang))])
        }
        Status::Received => unreachable!("no decision leads back to received"),
    };
    outbox::enqueue(&mut tx, cx, tell(body)).await?;
    tx.commit().await?;
    cx.state.outbox_bell().notify_one();
    Ok(done)
}

/// What an accepted request does, by what was lost; the emails go to the contact address
/// support verified (and to the account's own channels where they exist).
async fn accept(tx: &mut Tx, cx: &Ctx, request: &store::IdentityRequest) -> Result<(RecoveryMsg, String)> {
    let account = match &request.user_id {
        Some(user_id) => store::account_by_id(&mut **tx, user_id).await?,
        None => None,
    };
    let Some(account) = account else {
        return Ok((RecoveryMsg::MailIdentityNextNone, "no open account is linked to the request".into()));
    };
    let lang = Lang::from_tag(&account.lang).unwrap_or_default();
    match Lost::parse(&request.reason).unwrap_or(Lost::Password) {
        Lost::Password => {
            let (secret, token_hash) = crate::ids::new_secret();
            let now = cx.now();
            crate::features::accounts::store::insert_token(
                tx,
                &token_hash,
                &account.id,
                store::RESET_PASSWORD,
                &account.email,
                now,
                now + recovery::SECRET_TTL_MS,
            )
            .await?;
            let link = cx.config().link(&format!("/reset-password#token={secret}"));
            outbox::enqueue(tx, cx, mail::reset_link(&request.email, lang, &account.email, link)).await?;
            Ok((RecoveryMsg::MailIdentityNextReset, "reset link sent to the contact address".into()))
        }
        Lost::LoginEmail => {
            outbox::enqueue(tx, cx, mail::login_reminder(&request.email, lang, &account.email)).await?;
            Ok((RecoveryMsg::MailIdentityNextLogin, "login email sent to the contact address".into()))
        }
        Lost::Mailbox => {
            new_login::issue_temporary_username(tx, cx, &account, Some(&request.email)).await?;
            Ok((RecoveryMsg::MailIdentityNextUsername, "temporary username issued".into()))
        }
        Lost::SecondFactor => Ok((RecoveryMsg::MailIdentityNextSecondFactor, "nothing changed (2FA stays)".into())),
    }
}

/// Support's queue and one request, as text lines for the terminal.
pub async fn describe(cx: &Ctx, id: Option<&str>) -> Result<Vec<String>> {
    let line = |r: &store::IdentityRequest| {
        format!(
            "{}  {:<9}  {:<13}  {} {} <{}>  account: {}",
            r.id,
            r.status,
            r.reason,
            r.first_name,
            r.last_name,
            r.email,
            r.account_email.as_deref().map_or("-".to_string(), |e| {
                format!("{e}{}", if r.user_id.is_some() { " (found)" } else { " (no such account)" })
            })
        )
    };
    match id {
        None => Ok(store::identity_requests(cx.pool()).await?.iter().map(line).collect()),
        Some(id) => {
            let r = store::identity_request(cx.pool(), id).await?.ok_or(AppError::NotFound)?;
            Ok(vec![
                line(&r),
                format!("language: {}  from: {}", r.lang, r.ip.as_deref().unwrap_or("-")),
                format!(
                    "received at (ms): {}  updated at (ms): {}",
                    r.created_at,
                    r.updated_at.unwrap_or(r.created_at)
                ),
                format!("document: {}", r.document_type.as_deref().unwrap_or("-")),
                format!("details: {}", r.details),
                format!("note: {}", r.decision_note.as_deref().unwrap_or("-")),
            ])
        }
    }
}

/// The stored document, decoded, and its type (for `orga support document <id> <file>`).
pub async fn document_of(cx: &Ctx, id: &str) -> Result<(String, Vec<u8>)> {
    let row: Option<(Option<String>, Option<String>)> =
        sqlx::query_as("SELECT document_type, document_base64 FROM identity_verification_requests WHERE id = $1")
            .bind(id)
            .fetch_optional(cx.pool())
            .await?;
    let (kind, data) = row.ok_or(AppError::NotFound)?;
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(data.unwrap_or_default())
        .map_err(|e| anyhow::anyhow!("stored document unreadable: {e}"))?;
    Ok((kind.unwrap_or_default(), bytes))
}
