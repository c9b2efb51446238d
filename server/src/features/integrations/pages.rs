//! The widget pages (EMB-1): `GET /embed/<widget>?org=<id>&host=<origin>[&lang=fr]`
//! answers the widget's small page (built into `dist/embed/<widget>.html`) with a
//! `Content-Security-Policy` whose `frame-ancestors` is the one origin named by `host`,
//! and only when the organization allows that origin. Anything else is framed by no one
//! (`frame-ancestors 'none'`, 403). The widget then talks with `postMessage` to exactly
//! that origin, so a token only ever travels between the page allowed to frame it and
//! the widget. The console's own pages keep `frame-ancestors 'none'`.

use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Response};
use domain::embed::{parse_origin, Widget};
use http::header::{CACHE_CONTROL, CONTENT_TYPE};
use http::{HeaderName, HeaderValue, StatusCode};
use serde::Deserialize;

use crate::state::AppState;

#[derive(Deserialize)]
pub struct Frame {
    org: Option<String>,
    host: Option<String>,
}

/// The policy of a widget page framed by `ancestor` (or by no one).
pub fn widget_csp(ancestor: Option<&str>) -> String {
    let ancestors = ancestor.unwrap_or("'none'");
    format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; \
         connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; \
         frame-ancestors {ancestors}"
    )
}

pub async fn serve(State(state): State<AppState>, Path(widget): Path<String>, Query(frame): Query<Frame>) -> Response {
    let Some(widget) = Widget::parse(&widget) else {
        return (StatusCode::NOT_FOUND, "no such widget").into_response();
    };
    let allowed = match (frame.org.as_deref(), frame.host.as_deref().map(parse_origin)) {
        (Some(org), Some(Ok(host))) if org.len() <= 64 => {
            match super::store::frame_ancestors(state.pool(), org).await {
                Ok(origins) => origins.contains(&host).then_some(host),
                Err(e) => {
                    tracing::error!(error = %e, "widget page: origins unreadable");
                    None
                }
            }
        }
        _ => None,
    };
    let page = state.config().dist.join("embed").join(format!("{}.html", widget.as_str()));
    let (status, body) = match (&allowed, tokio::fs::read(&page).await) {
        (Some(_), Ok(html)) => (StatusCode::OK, html),
        (Some(_), Err(_)) => (StatusCode::NOT_FOUND, b"the widgets are not built".to_vec()),
        (None, _) => (StatusCode::FORBIDDEN, b"this site may not embed this widget".to_vec()),
    };
    let content_type = if status == StatusCode::OK { "text/html; charset=utf-8" } else { "text/plain; charset=utf-8" };
    let mut res = (status, [(CONTENT_TYPE, content_type)], body).into_response();
    let headers = res.headers_mut();
    if let Ok(csp) = HeaderValue::from_str(&widget_csp(allowed.as_deref())) {
        headers.insert(HeaderName::from_static("content-security-policy"), csp);
    }
    headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    res
}
