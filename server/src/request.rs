//! What a server-function body needs from the HTTP exchange it runs in: the caller's
//! address and browser, the session cookie, and a way to set cookies on the answer.

use std::net::SocketAddr;

use axum::extract::ConnectInfo;
use http::header::{COOKIE, SET_COOKIE, USER_AGENT};
use http::request::Parts;
use http::HeaderValue;
use leptos::prelude::use_context;
use leptos_axum::ResponseOptions;

#[derive(Clone, Debug, Default)]
pub struct RequestMeta {
    pub ip: Option<String>,
    pub user_agent: Option<String>,
    cookies: Vec<(String, String)>,
}

impl RequestMeta {
    /// The metadata of the request being answered (empty outside one).
    pub fn current() -> RequestMeta {
        let Some(parts) = use_context::<Parts>() else { return RequestMeta::default() };
        let ip = parts.extensions.get::<ConnectInfo<SocketAddr>>().map(|c| c.0.ip().to_string());
        let user_agent = parts
            .headers
            .get(USER_AGENT)
            .and_then(|v| v.to_str().ok())
            .map(|s| s.chars().take(300).collect());
        let cookies = parts
            .headers
            .get_all(COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(';'))
            .filter_map(|kv| kv.trim().split_once('='))
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        RequestMeta { ip, user_agent, cookies }
    }

    pub fn cookie(&self, name: &str) -> Option<&str> {
        self.cookies.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
    }

    /// The key brute-force counters use for this caller's address.
    pub fn address_key(&self) -> String {
        self.ip.clone().unwrap_or_else(|| "unknown".into())
    }
}

/// Adds a `Set-Cookie` header to the answer.
pub fn set_cookie(value: String) {
    if let (Some(opts), Ok(v)) = (use_context::<ResponseOptions>(), HeaderValue::from_str(&value)) {
        opts.append_header(SET_COOKIE, v);
    }
}
