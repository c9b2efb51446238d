//! What a server-function body gets from the HTTP exchange it runs in ([`Ctx`]): the
//! shared state, the request's id, the caller's address and browser, the cookies, and a
//! way to set cookies on the answer. Built once per call by [`crate::endpoints`].

use std::net::SocketAddr;
use std::sync::Arc;

use axum::extract::ConnectInfo;
use http::header::{COOKIE, SET_COOKIE, USER_AGENT};
use http::request::Parts;
use http::HeaderValue;
use leptos::prelude::use_context;
use leptos_axum::ResponseOptions;

use crate::error::Result;
use crate::state::AppState;

/// The id every log line of one request carries (set by the router's first layer).
#[derive(Clone, Debug, Default)]
pub struct RequestId(pub Arc<str>);

#[derive(Clone, Debug, Default)]
pub struct RequestMeta {
    pub request_id: RequestId,
    pub ip: Option<String>,
    pub user_agent: Option<String>,
    cookies: Vec<(String, String)>,
}

impl RequestMeta {
    fn from_parts(parts: &Parts) -> RequestMeta {
        let ip = parts.extensions.get::<ConnectInfo<SocketAddr>>().map(|c| c.0.ip().to_string());
        let user_agent =
            parts.headers.get(USER_AGENT).and_then(|v| v.to_str().ok()).map(|s| s.chars().take(300).collect());
        let cookies = parts
            .headers
            .get_all(COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(';'))
            .filter_map(|kv| kv.trim().split_once('='))
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        let request_id = parts.extensions.get::<RequestId>().cloned().unwrap_or_default();
        RequestMeta { request_id, ip, user_agent, cookies }
    }

    pub fn cookie(&self, name: &str) -> Option<&str> {
        self.cookies.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
    }

    /// The key brute-force counters use for this caller's address.
    pub fn address_key(&self) -> String {
        self.ip.clone().unwrap_or_else(|| "unknown".into())
    }
}

/// One server-function call: the state and the request it answers.
#[derive(Clone)]
pub struct Ctx {
    pub state: AppState,
    pub request: Arc<RequestMeta>,
    response: Option<ResponseOptions>,
}

pub type Tx = sqlx::Transaction<'static, sqlx::Any>;

impl Ctx {
    /// The call being answered; must run inside the server function (Leptos context).
    pub fn current(state: AppState) -> Ctx {
        let request = use_context::<Parts>().map(|p| RequestMeta::from_parts(&p)).unwrap_or_default();
        Ctx { state, request: Arc::new(request), response: use_context::<ResponseOptions>() }
    }

    pub fn now(&self) -> i64 {
        self.state.now()
    }

    pub fn pool(&self) -> &sqlx::AnyPool {
        self.state.pool()
    }

    pub fn config(&self) -> &crate::config::Config {
        self.state.config()
    }

    /// A write transaction (see [`crate::db::begin_write`]).
    pub async fn write(&self) -> Result<Tx> {
        self.state.write().await
    }

    /// Adds a `Set-Cookie` header to the answer.
    pub fn set_cookie(&self, value: String) {
        if let (Some(opts), Ok(v)) = (&self.response, HeaderValue::from_str(&value)) {
            opts.append_header(SET_COOKIE, v);
        }
    }
}
