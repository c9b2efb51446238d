//! Who is calling: identified once per request, before a signed-in body runs. Each way
//! in is an [`AuthMethod`] with its limits, so no body has to know how the caller got
//! in: a browser session; an app password (HTTP Basic, [`crate::basic_auth`]); an API
//! key or a widget token (`Authorization: Bearer`, [`crate::bearer`]), which carry a
//! [`Scope`] — one organization, a role ceiling, the endpoints they reach.

use app::AppError;
use domain::embed::{EmbedRefusal, Widget};
use domain::keys::KeyRefusal;
use domain::{Membership, Role};

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
    /// A partner's backend with an API key (EMB-2): acts as the key's creator, in the
    /// key's organization, on [`domain::embed::API_KEY_ENDPOINTS`] only.
    ApiKey,
    /// An embedded widget with a token minted by a partner (EMB-1): acts as the token's
    /// user, in its organization, on its widgets' endpoints only.
    Widget,
}

/// The limits of an API key or a widget token, on top of the user's own rights.
#[derive(Clone, Debug)]
pub struct Scope {
    /// The only organization the caller may touch.
    pub org_id: String,
    /// The strongest role the caller acts with.
    pub max_role: Role,
    /// The widgets of a token (none for an API key).
    pub widgets: Vec<Widget>,
    pub api_key_id: String,
    /// The widget token's row, for a widget.
    pub token_id: Option<String>,
    /// When a widget token ends (Unix milliseconds).
    pub expires_at: Option<i64>,
}

#[derive(Clone, Debug)]
pub struct Caller {
    pub user_id: String,
    /// The browser session; for the other ways in, a stand-in that names no session row
    /// (`app_password:<id>`, `api_key:<id>`, `widget:<id>`), so nothing written to "the
    /// session" lands anywhere.
    pub session: SessionRow,
    pub via: AuthMethod,
    pub scope: Option<Scope>,
}

impl Caller {
    /// The caller of this request, or `unauthenticated`. A request with an
    /// `Authorization` header is identified by it alone (cookies ignored); a bearer
    /// whose scope does not reach the endpoint called is `embed_refused` `out_of_scope`.
    pub async fn identify(cx: &Ctx) -> Result<Caller> {
        if let Some(authorization) = cx.request.authorization.as_deref() {
            if let Some(bearer) = crate::bearer::bearer(authorization) {
                let caller = crate::bearer::identify(cx, bearer).await?;
                caller.may_call(&cx.request.endpoint)?;
                return Ok(caller);
            }
            let found = crate::basic_auth::identify(cx, authorization).await?;
            let session = stand_in(format!("app_password:{}", found.app_password_id), &found.user_id, cx.now(), None);
            return Ok(Caller { user_id: found.user_id, session, via: AuthMethod::AppPassword, scope: None });
        }
        let session = sessions::current(cx).await?;
        Ok(Caller { user_id: session.user_id.clone(), session, via: AuthMethod::Session, scope: None })
    }

    /// Whether this caller's scope reaches `endpoint` (a path under `/api/`).
    pub fn may_call(&self, endpoint: &str) -> Result<()> {
        let reaches = match (self.via, &self.scope) {
            (AuthMethod::Widget, Some(scope)) => domain::embed::widgets_reach(&scope.widgets, endpoint),
            (AuthMethod::ApiKey, Some(_)) => domain::embed::api_key_reaches(endpoint),
            (AuthMethod::Widget | AuthMethod::ApiKey, None) => false,
            (AuthMethod::Session | AuthMethod::AppPassword, _) => true,
        };
        if reaches {
            Ok(())
        } else {
            Err(AppError::EmbedRefused { reason: EmbedRefusal::OutOfScope }.into())
        }
    }

    /// Refuses (403 `key_refused`/`console_only`) unless the caller is a person in a
    /// browser: the console, or a widget (whose token reaches only its widget's
    /// endpoints). The account's security is never changed with an app password or an
    /// API key.
    pub fn require_console(&self) -> Result<()> {
        match self.via {
            AuthMethod::Session | AuthMethod::Widget => Ok(()),
            AuthMethod::AppPassword | AuthMethod::ApiKey => {
                Err(AppError::KeyRefused { reason: KeyRefusal::ConsoleOnly }.into())
            }
        }
    }

    /// The caller's membership in `org_id` as it may act there: none outside its
    /// scope's organization, and a role no stronger than the scope's ceiling.
    pub fn within_scope(&self, org_id: &str, you: Option<Membership>) -> Option<Membership> {
        match &self.scope {
            None => you,
            Some(scope) if scope.org_id != org_id => None,
            Some(scope) => you.map(|mut m| {
                m.role = domain::embed::capped(m.role, scope.max_role);
                m
            }),
        }
    }

    /// A person in a browser, held to the organization's two-factor requirement.
    pub fn is_interactive(&self) -> bool {
        matches!(self.via, AuthMethod::Session | AuthMethod::Widget)
    }
}

/// The session row of a caller who has none.
pub fn stand_in(id: String, user_id: &str, now: i64, org_id: Option<&str>) -> SessionRow {
    SessionRow {
        id_hash: id,
        user_id: user_id.to_string(),
        current_org_id: org_id.map(str::to_string),
        last_seen_at: now,
        must_change_login: 0,
    }
}
