//! Who is calling: identified once per request, before a signed-in body runs. Later
//! ways to call (API keys, widget tokens) become other [`AuthMethod`]s here, with their
//! limits, so no body has to know how the caller got in.

use crate::context::Ctx;
use crate::error::Result;
use crate::sessions::{self, SessionRow};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AuthMethod {
    /// A browser session cookie.
    Session,
}

#[derive(Clone, Debug)]
pub struct Caller {
    pub user_id: String,
    pub session: SessionRow,
    pub via: AuthMethod,
}

impl Caller {
    /// The caller of this request, or `unauthenticated`.
    pub async fn identify(cx: &Ctx) -> Result<Caller> {
        let session = sessions::current(cx).await?;
        Ok(Caller { user_id: session.user_id.clone(), session, via: AuthMethod::Session })
    }
}
