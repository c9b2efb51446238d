//! The table of server-function bodies. Each feature adds its own in its
//! `endpoints(&mut Endpoints)`; adding a function touches that feature only. A body is
//! registered as public (no session needed) or signed-in (it receives the [`Caller`],
//! identified once, before the body runs). Errors are mapped to the wire's `AppError`
//! here and nowhere else: internal failures are logged with the request id and the
//! endpoint, refusals are logged as security events.

use std::future::Future;
use std::sync::Arc;

use app::endpoint::Handlers;
use app::AppError;
use axum::body::Body;
use http::{Request, Response};
use leptos::server_fn::server::Server;
use leptos::server_fn::ServerFn;

use crate::caller::Caller;
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::state::AppState;

/// A server function this server can answer: its error is `AppError` and it runs on
/// axum's request and response types.
pub trait Endpoint:
    ServerFn<
        Error = AppError,
        Server: Server<
            AppError,
            Self::InputStreamError,
            Self::OutputStreamError,
            Request = Request<Body>,
            Response = Response<Body>,
        >,
    > + 'static
{
}

impl<F> Endpoint for F where
    F: ServerFn<
            Error = AppError,
            Server: Server<
                AppError,
                F::InputStreamError,
                F::OutputStreamError,
                Request = Request<Body>,
                Response = Response<Body>,
            >,
        > + 'static
{
}

/// What an account signed in with a temporary username (ACC-12) may still call, beside
/// the public endpoints (`auth/me`, `auth/sign_out`): choosing its new login email, and
/// the language it reads the page in.
pub const OPEN_WHILE_CHOOSING_LOGIN: &[&str] =
    &["recovery/choose_login", "recovery/confirm_login", "profile/set_language"];

pub struct Endpoints {
    state: AppState,
    handlers: Handlers,
    /// Every registered path and whether it is public, for the OpenAPI document.
    operations: Vec<crate::openapi::Operation>,
}

impl Endpoints {
    pub fn new(state: AppState) -> Endpoints {
        Endpoints { state, handlers: Handlers::default(), operations: Vec::new() }
    }

    /// A body anyone may call: sign-in, sign-up, invitation preview.
    pub fn public<F, H, Fut>(&mut self, body: H)
    where
        F: Endpoint,
        H: Fn(Ctx, F) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Result<F::Output>> + Send + 'static,
    {
        let state = self.state.clone();
        self.operations.push(crate::openapi::Operation { path: F::PATH, public: true });
        self.insert::<F, _>(move |args| {
            let cx = Ctx::current(state.clone());
            let answer = body(cx.clone(), args);
            async move { answer.await.map_err(|e| answered(&cx, F::PATH, e)) }
        });
    }

    /// A body for a signed-in caller: without a live session the call is refused
    /// (`unauthenticated`) before the body runs; an account that signed in with a
    /// temporary username reaches only [`OPEN_WHILE_CHOOSING_LOGIN`] until it has chosen
    /// a new login email (`denied`, `choose_login_first`).
    pub fn signed_in<F, H, Fut>(&mut self, body: H)
    where
        F: Endpoint,
        H: Fn(Ctx, Caller, F) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Result<F::Output>> + Send + 'static,
    {
        let state = self.state.clone();
        self.operations.push(crate::openapi::Operation { path: F::PATH, public: false });
        let body = Arc::new(body);
        self.insert::<F, _>(move |args| {
            let cx = Ctx::current(state.clone());
            let body = body.clone();
            async move {
                let answer = async {
                    let caller = Caller::identify(&cx).await?;
                    if caller.session.must_change_login != 0
                        && !OPEN_WHILE_CHOOSING_LOGIN.contains(&F::PATH.trim_start_matches("/api/"))
                    {
                        return Err(AppError::Denied { reason: domain::Denied::ChooseLoginFirst }.into());
                    }
                    body(cx.clone(), caller, args).await
                };
                answer.await.map_err(|e| answered(&cx, F::PATH, e))
            }
        });
    }

    fn insert<F, Fut>(&mut self, handler: impl Fn(F) -> Fut + Send + Sync + 'static)
    where
        Fut: Future<Output = std::result::Result<F::Output, AppError>> + Send + 'static,
        F: Endpoint,
    {
        leptos::server_fn::axum::register_explicit::<F>();
        self.handlers.insert::<F>(move |args| Box::pin(handler(args)));
    }

    /// The paths of every registered body (`/api/…`).
    pub fn paths(&self) -> Vec<&'static str> {
        self.handlers.paths()
    }

    /// The OpenAPI document of everything registered (see [`crate::openapi`]).
    pub fn openapi(&self) -> serde_json::Value {
        crate::openapi::document(&self.operations, &self.state.config().public_url)
    }

    pub fn into_handlers(self) -> Handlers {
        self.handlers
    }
}

/// The wire error for `e`, logged once.
fn answered(cx: &Ctx, endpoint: &'static str, e: Error) -> AppError {
    let request_id = &*cx.request.request_id.0;
    let ip = cx.request.ip.as_deref().unwrap_or("-");
    match &e {
        Error::Internal(err) => tracing::error!(request_id, endpoint, error = format!("{err:#}"), "internal error"),
        Error::App(AppError::Denied { reason }) => {
            tracing::warn!(request_id, endpoint, ip, reason = ?reason, "authorization refused")
        }
        Error::App(AppError::RateLimited { .. }) => tracing::warn!(request_id, endpoint, ip, "rate limited"),
        Error::App(AppError::Overloaded { .. }) => tracing::warn!(request_id, endpoint, ip, "overloaded: shed"),
        Error::App(AppError::InvalidCredentials) => {
            cx.state.metrics().sign_in_failed();
            tracing::warn!(request_id, endpoint, ip, "sign-in failed")
        }
        Error::App(other) => tracing::debug!(request_id, endpoint, error = ?other, "refused"),
    }
    e.to_app()
}
