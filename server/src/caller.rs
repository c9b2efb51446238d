//! Who is calling: identified once per request, before a signed-in body runs. Later
//! ways to call (API keys, widget tokens) become other [`AuthMethod`]s here, with their
//! limits, so no body has to know how the caller got in.

use app::AppError;
use domain::keys::KeyRefusal;

use crate::context::Ctx;
use crate::error::Result;
use crate::sessions::{self, SessionRow};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AuthMethod {
    /// A browser session cookie.
    Session,
    /// HTTP Basic with an app password (SEC-4): scripts and sync clients. Everything a
    /// session may do except the account's security ([`Caller::require_console`]).
    AppPassword,
}

#[derive(Clone, Debug)]
pub struct Caller {
    pub user_id: String,
    /// The browser session; for an app password, a stand-in that names no session row
    /// (`app_password:<id>`), so nothing written to "the session" lands anywhere.
    pub session: SessionRow,
    pub via: AuthMethod,
}

impl Caller {
    /// The caller of this request, or `unauthenticated`. A request with an
    /// `Authorization` header is identified by it alone (cookies ignored).
    pub async fn identify(cx: &Ctx) -> Result<Caller> {
        if let Some(authorization) = cx.request.authorization.as_deref() {
            let found = crate::basic_auth::identify(cx, authorization).await?;
            let session = SessionRow {
                id_hash: format!("app_password:{}", found.app_password_id),
                user_id: found.user_id.clone(),
                current_org_id: None,
                last_seen_at: cx.now(),
                must_change_login: 0,
            };
            return Ok(Caller { user_id: found.user_id, session, via: AuthMethod::AppPassword });
        }
        let session = sessions::current(cx).await?;
        Ok(Caller { user_id: session.user_id.clone(), session, via: AuthMethod::Session })
    }

    /// Refuses (403 `key_refused`/`console_only`) unless the caller signed in to the
    /// console: the account's security (password, login, second factors, app passwords,
    /// closing) is never changed with an app password.
    pub fn require_console(&self) -> Result<()> {
        match self.via {
            AuthMethod::Session => Ok(()),
            AuthMethod::AppPassword => Err(AppError::KeyRefused { reason: KeyRefusal::ConsoleOnly }.into()),
        }
    }
}
