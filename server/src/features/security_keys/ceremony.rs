//! The WebAuthn relying party (webauthn-rs) for this console: its id is the public
//! address's host name, its one origin the public address itself. A console served at an
//! IP address has none (browsers refuse IP addresses as relying parties).

use app::AppError;
use domain::keys::KeyRefusal;
use webauthn_rs::prelude::{Url, Uuid};
use webauthn_rs::{Webauthn, WebauthnBuilder};

use crate::context::Ctx;
use crate::error::Result;

/// How long the browser has to answer a challenge (the browser's own timeout is shorter).
pub const CHALLENGE_MS: i64 = 5 * 60_000;

/// The relying party, or `key_refused`/`unavailable` at an address that cannot have one.
pub fn relying_party(cx: &Ctx) -> Result<Webauthn> {
    let unavailable = || AppError::KeyRefused { reason: KeyRefusal::Unavailable };
    let origin = Url::parse(&cx.config().public_url).map_err(|_| unavailable())?;
    let rp_id = origin.domain().ok_or_else(unavailable)?.to_string();
    let built = WebauthnBuilder::new(&rp_id, &origin).and_then(|b| b.rp_name("Orga").build());
    built.map_err(|e| {
        tracing::warn!(error = %e, "no WebAuthn relying party for this public address");
        unavailable().into()
    })
}

/// The WebAuthn user handle of an account: its id (128 random bits, hex) as a UUID.
pub fn user_handle(user_id: &str) -> Result<Uuid> {
    Uuid::parse_str(user_id).map_err(|e| anyhow::anyhow!("user id {user_id} is not 128 bits: {e}").into())
}

/// The refusal for any answer that does not prove the key.
pub fn refused() -> crate::error::Error {
    AppError::KeyRefused { reason: KeyRefusal::KeyAnswerRefused }.into()
}
