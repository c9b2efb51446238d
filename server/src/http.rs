//! The HTTP surface: `/api/*` to the server functions (behind the cross-site guard),
//! `/healthz`, and the built client for every other path, with security headers and
//! compression on everything.

use std::net::SocketAddr;
use std::path::Path;
use std::sync::Arc;

use std::collections::HashSet;

use app::AppError;
use axum::body::{to_bytes, Body};
use axum::extract::{Request, State};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{any, get};
use axum::Router;
use base64::Engine;
use http::header::{CACHE_CONTROL, CONTENT_TYPE, ORIGIN};
use http::{HeaderMap, HeaderName, HeaderValue, StatusCode};
use leptos::prelude::provide_context;
use sha2::{Digest, Sha256};
use tower_http::compression::CompressionLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::services::{ServeDir, ServeFile};
use tracing::Instrument;

use crate::context::RequestId;
use crate::endpoints::Endpoints;
use crate::state::AppState;

/// The server functions' bodies, each feature registering its own.
pub fn endpoints(state: &AppState) -> Endpoints {
    let mut api = Endpoints::new(state.clone());
    crate::features::endpoints(&mut api);
    api
}

pub fn router(state: AppState) -> Router {
    let registered = endpoints(&state);
    let openapi = Arc::new(registered.openapi());
    let reference = Arc::new(crate::openapi::reference_page(&openapi));
    let handlers = Arc::new(registered.into_handlers());
    let known: Arc<HashSet<&'static str>> = Arc::new(handlers.paths().into_iter().collect());
    let known_paths = known.clone();
    let serve = move |req: Request| {
        let handlers = handlers.clone();
        let known = known.clone();
        async move {
            // Only registered paths reach the framework: anything else is the
            // documented `not_found`, naming nothing of the internals.
            if !known.contains(req.uri().path()) {
                return error_response(AppError::NotFound);
            }
            if req.method() != http::Method::POST {
                let mut res =
                    error_response(AppError::BadRequest { message: "server functions are called with POST".into() });
                *res.status_mut() = StatusCode::METHOD_NOT_ALLOWED;
                return res;
            }
            leptos_axum::handle_server_fns_with_context(move || provide_context(handlers.clone()), req)
                .await
                .into_response()
        }
    };
    let api = Router::new()
        // EMB-2: the API's own description, generated from what is registered.
        .route("/api/openapi.json", get(move || async move { axum::Json((*openapi).clone()) }))
        .route(
            "/api/docs",
            get(move || async move { ([(CONTENT_TYPE, "text/html; charset=utf-8")], (*reference).clone()) }),
        )
        // The one endpoint with a larger body: a logo, base64 in JSON (ORG-5).
        .route("/api/settings/upload_logo", any(serve.clone()).layer(RequestBodyLimitLayer::new(UPLOAD_BODY_LIMIT)))
        .route(
            "/api/recovery/request_identity_check",
            any(serve.clone())
                .layer::<_, std::convert::Infallible>(RequestBodyLimitLayer::new(IDENTITY_BODY_LIMIT))
                // axum's own 2 MB default for a request's body, raised to the same.
                .layer(axum::extract::DefaultBodyLimit::max(IDENTITY_BODY_LIMIT)),
        )
        .route("/api/{*fn_name}", any(serve).layer(RequestBodyLimitLayer::new(API_BODY_LIMIT)))
        .layer(middleware::from_fn_with_state(public_origin(&state), guard_api))
        .layer(CompressionLayer::new());
    let dist = state.config().dist.clone();
    let headers = Arc::new(security_headers(&state, &dist));
    let assets = ServeDir::new(&dist)
        .precompressed_br()
        .precompressed_gzip()
        .fallback(ServeFile::new(dist.join("index.html")).precompressed_br().precompressed_gzip());
    Router::new()
        .merge(api)
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .route("/metrics", get(metrics))
        .route("/logos/{org}/{file}", get(crate::features::settings::serve_logo))
        // a language's catalogue, fetched by the client before it shows that language.
        .route("/i18n/{file}", get(crate::language_tables::serve).layer(CompressionLayer::new()))
        // EMB-1: the widget pages, each with the frame-ancestors its organization allows.
        .route("/embed/{widget}", get(crate::features::integrations::pages::serve))
        // BIL-3: a payment provider's signed confirmations; outside `/api`, so outside the
        // cross-site guard (a provider is not a browser): the signature is the check.
        .route(
            "/webhooks/payments/{provider}",
            axum::routing::post(crate::features::billing::webhook::receive)
                .layer(RequestBodyLimitLayer::new(API_BODY_LIMIT)),
        )
        .fallback_service(assets)
        .layer(middleware::from_fn(cache_policy))
        .layer(middleware::from_fn(move |req: Request, next: Next| {
            let headers = headers.clone();
            async move {
                let mut res = next.run(req).await;
                // A widget page brings its own policy, whose frame-ancestors replaces
                // X-Frame-Options; every other answer gets the console's.
                let own_policy = res.headers().contains_key("content-security-policy");
                for (k, v) in headers.iter() {
                    if own_policy && (k == "content-security-policy" || k == "x-frame-options") {
                        continue;
                    }
                    res.headers_mut().insert(k.clone(), v.clone());
                }
                res
            }
        }))
        .layer(middleware::from_fn_with_state(Observed { state: state.clone(), known: known_paths }, request_id))
        .with_state(state)
}

/// No server function takes more than a few kilobytes; anything larger is refused
/// before it is read (413).
const API_BODY_LIMIT: usize = 64 * 1024;
/// `settings/upload_logo`: a 1 MB image in base64, inside JSON.
const UPLOAD_BODY_LIMIT: usize = 1536 * 1024;
/// `recovery/request_identity_check`: a 3 MB document in base64 and the form, inside JSON.
const IDENTITY_BODY_LIMIT: usize = 5 * 1024 * 1024;

/// What the outermost layer needs: the state (metrics, readiness) and the registered
/// server-function paths (the only endpoint labels besides a few fixed ones).
#[derive(Clone)]
struct Observed {
    state: AppState,
    known: Arc<HashSet<&'static str>>,
}

/// The metrics label of a path: bounded, whatever a client sends.
fn endpoint_label(path: &str, known: &HashSet<&'static str>) -> String {
    match path {
        p if p.starts_with("/api/") => known.get(p).map_or("api_unknown", |p| p).to_string(),
        "/healthz" | "/readyz" => "health".into(),
        "/metrics" => "metrics".into(),
        p if p.starts_with("/webhooks/") => "webhook".into(),
        _ => "static".into(),
    }
}

/// Gives every request an id, carried by its log lines and returned as `x-request-id`;
/// writes one access line (method, path, status, milliseconds) and the latency metric.
/// Until the migrations are done only `/healthz`, `/readyz` and `/metrics` answer; the
/// rest is `503` with `Retry-After`.
async fn request_id(State(observed): State<Observed>, mut req: Request, next: Next) -> Response {
    let id = RequestId(crate::ids::new_id()[..16].into());
    req.extensions_mut().insert(id.clone());
    let path = req.uri().path().to_string();
    let endpoint = endpoint_label(&path, &observed.known);
    let span = tracing::info_span!("request", request_id = %id.0, method = %req.method(), path = %path);
    let started = std::time::Instant::now();
    async move {
        let mut res = if observed.state.is_ready() || endpoint == "health" || endpoint == "metrics" {
            next.run(req).await
        } else {
            error_response(AppError::Overloaded { retry_after_seconds: 1 })
        };
        let elapsed = started.elapsed();
        let status = res.status().as_u16();
        observed.state.metrics().observe(&endpoint, status, elapsed.as_secs_f64());
        tracing::info!(status, latency_ms = elapsed.as_secs_f64() * 1000.0, "answered");
        if let Ok(v) = HeaderValue::from_str(&id.0) {
            res.headers_mut().insert(HeaderName::from_static("x-request-id"), v);
        }
        res
    }
    .instrument(span)
    .await
}

/// Files whose name carries a content hash (trunk's `name-<16 hex>.ext`), and every file
/// of a client build's folder (`/pkg-<16 hex>/…`, app/splitter), never change: cached for
/// a year. Everything else, `index.html` first, is revalidated.
async fn cache_policy(req: Request, next: Next) -> Response {
    let path = req.uri().path().to_string();
    let mut res = next.run(req).await;
    // Text is UTF-8, and says so.
    let content_type = res.headers().get(CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("");
    if (content_type.starts_with("text/") || content_type == "application/javascript")
        && !content_type.contains("charset")
    {
        let with_charset = format!("{content_type}; charset=utf-8");
        if let Ok(v) = HeaderValue::from_str(&with_charset) {
            res.headers_mut().insert(CONTENT_TYPE, v);
        }
    }
    if path.starts_with("/api/") || res.headers().contains_key(CACHE_CONTROL) {
        return res;
    }
    let value = if is_hashed_asset(&path) && res.status().is_success() {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    };
    res.headers_mut().insert(CACHE_CONTROL, HeaderValue::from_static(value));
    res
}

fn is_hashed_asset(path: &str) -> bool {
    let is_hash = |s: &str| s.len() == 16 && s.bytes().all(|b| b.is_ascii_hexdigit());
    if path.split('/').any(|segment| segment.strip_prefix("pkg-").is_some_and(is_hash)) {
        return true;
    }
    let name = path.rsplit('/').next().unwrap_or("");
    let stem = name.split('.').next().unwrap_or("");
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    stem.rsplit_once('-').is_some_and(|(_, hash)| hash.len() == 16 && hash.bytes().all(|b| b.is_ascii_hexdigit()))
}

async fn healthz(State(state): State<AppState>) -> Response {
    match sqlx::query("SELECT 1").execute(state.pool()).await {
        Ok(_) => (StatusCode::OK, "ok").into_response(),
        Err(e) => {
            tracing::error!(error = %e, "health check: database unreachable");
            (StatusCode::SERVICE_UNAVAILABLE, "database unreachable").into_response()
        }
    }
}

fn error_response(e: AppError) -> Response {
    let status = StatusCode::from_u16(e.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let body = serde_json::to_string(&e).unwrap_or_default();
    let mut res = (status, [(CONTENT_TYPE, "application/json")], body).into_response();
    if let Some(seconds) = e.retry_after_seconds() {
        res.headers_mut().insert(http::header::RETRY_AFTER, HeaderValue::from(seconds));
    }
    res
}

/// Refuses state-changing requests that come from another site (CSRF), and gives the
/// server functions' own request errors a 400 instead of a 500.
async fn guard_api(State(public_origin): State<Arc<String>>, req: Request, next: Next) -> Response {
    if is_cross_site(req.headers(), &public_origin) {
        let request_id = req.extensions().get::<RequestId>().map(|r| r.0.clone()).unwrap_or_default();
        let origin = req.headers().get(ORIGIN).and_then(|v| v.to_str().ok()).unwrap_or("-").to_string();
        let ip = req.extensions().get::<axum::extract::ConnectInfo<SocketAddr>>().map(|c| c.0.ip().to_string());
        tracing::warn!(request_id = %request_id, ip = ip.as_deref().unwrap_or("-"), origin, path = %req.uri().path(), "cross-site request refused");
        return error_response(AppError::CrossSite);
    }
    let mut res = next.run(req).await;
    res.headers_mut().insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    if res.status() == StatusCode::INTERNAL_SERVER_ERROR {
        let (mut parts, body) = res.into_parts();
        let bytes = to_bytes(body, 1 << 20).await.unwrap_or_default();
        if let Ok(AppError::BadRequest { .. }) = serde_json::from_slice::<AppError>(&bytes) {
            parts.status = StatusCode::BAD_REQUEST;
        }
        res = Response::from_parts(parts, Body::from(bytes));
    }
    res
}

/// `scheme://host[:port]` of the console's public address.
fn public_origin(state: &AppState) -> Arc<String> {
    let url = &state.config().public_url;
    let end = url.find("://").map(|i| i + 3).and_then(|start| url[start..].find('/').map(|i| start + i));
    Arc::new(end.map_or(url.as_str(), |e| &url[..e]).to_string())
}

/// A browser says where a request comes from: `Sec-Fetch-Site`, and `Origin` on every
/// POST. Either naming anything but the console's own public origin is refused (this
/// also defeats DNS rebinding, where the `Host` header is the attacker's name).
/// Requests without them (partners' servers, scripts) carry no ambient browser
/// credentials to abuse.
fn is_cross_site(headers: &HeaderMap, public_origin: &str) -> bool {
    let header = |name: HeaderName| headers.get(name).and_then(|v| v.to_str().ok());
    if let Some(site) = header(HeaderName::from_static("sec-fetch-site")) {
        if !matches!(site, "same-origin" | "none") {
            return true;
        }
    }
    header(ORIGIN).is_some_and(|origin| origin != public_origin)
}

fn security_headers(state: &AppState, dist: &Path) -> Vec<(HeaderName, HeaderValue)> {
    let script_hashes: String = inline_scripts(dist).iter().map(|h| format!(" 'sha256-{h}'")).collect();
    let csp = format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'{script_hashes}; style-src 'self'; \
         img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; \
         form-action 'self'; frame-ancestors 'none'"
    );
    let mut headers = vec![
        (HeaderName::from_static("content-security-policy"), csp),
        (HeaderName::from_static("x-content-type-options"), "nosniff".into()),
        (HeaderName::from_static("x-frame-options"), "DENY".into()),
        // Invitation and confirmation links carry secrets: never leak them as a referrer.
        (HeaderName::from_static("referrer-policy"), "no-referrer".into()),
        (HeaderName::from_static("cross-origin-opener-policy"), "same-origin".into()),
        (HeaderName::from_static("permissions-policy"), "camera=(), microphone=(), geolocation=()".into()),
    ];
    if state.config().secure_cookies {
        headers
            .push((HeaderName::from_static("strict-transport-security"), "max-age=63072000; includeSubDomains".into()));
    }
    headers.into_iter().filter_map(|(k, v)| HeaderValue::from_str(&v).ok().map(|v| (k, v))).collect()
}

/// SHA-256 hashes of the inline scripts trunk writes into `index.html` (the wasm
/// loader), so the CSP allows exactly them and nothing else inline.
fn inline_scripts(dist: &Path) -> Vec<String> {
    let Ok(html) = std::fs::read_to_string(dist.join("index.html")) else { return Vec::new() };
    let mut hashes = Vec::new();
    let mut rest = html.as_str();
    while let Some(start) = rest.find("<script") {
        let after = &rest[start..];
        let Some(open_end) = after.find('>') else { break };
        let tag = &after[..open_end];
        let body_and_more = &after[open_end + 1..];
        let Some(close) = body_and_more.find("</script>") else { break };
        if !tag.contains("src=") {
            let digest = Sha256::digest(&body_and_more.as_bytes()[..close]);
            hashes.push(base64::engine::general_purpose::STANDARD.encode(digest));
        }
        rest = &body_and_more[close..];
    }
    hashes
}

/// Serves until `shutdown` resolves, then lets requests in flight finish.
pub async fn serve(
    listener: tokio::net::TcpListener,
    router: Router,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    axum::serve(listener, router.into_make_service_with_connect_info::<SocketAddr>())
        .with_graceful_shutdown(shutdown)
        .await
}

/// Ready to serve (issue 10): the migrations are done and the database answers within
/// two seconds. A load balancer sends traffic only to a process whose `/readyz` is 200.
async fn readyz(State(state): State<AppState>) -> Response {
    if !state.is_ready() {
        return (StatusCode::SERVICE_UNAVAILABLE, "starting: migrating the database").into_response();
    }
    let probe = tokio::time::timeout(std::time::Duration::from_secs(2), sqlx::query("SELECT 1").execute(state.pool()));
    match probe.await {
        Ok(Ok(_)) => (StatusCode::OK, "ready").into_response(),
        Ok(Err(e)) => {
            tracing::error!(error = %e, "readiness: database unreachable");
            (StatusCode::SERVICE_UNAVAILABLE, "database unreachable").into_response()
        }
        Err(_) => (StatusCode::SERVICE_UNAVAILABLE, "database too slow to answer").into_response(),
    }
}

/// Prometheus metrics (`crate::metrics`). With `ORGA_METRICS_TOKEN` set, only for
/// `Authorization: Bearer <token>`; without it, only from the machine itself (a
/// loopback peer), so it never leaks to the internet by default.
async fn metrics(
    State(state): State<AppState>,
    axum::extract::ConnectInfo(peer): axum::extract::ConnectInfo<SocketAddr>,
    headers: HeaderMap,
) -> Response {
    let allowed = match &state.config().metrics_token {
        Some(token) => headers
            .get(http::header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .is_some_and(|given| {
                use secrecy::ExposeSecret;
                crate::ids::same_secret(given, token.expose_secret())
            }),
        None => peer.ip().is_loopback(),
    };
    if !allowed {
        return (StatusCode::UNAUTHORIZED, [(http::header::WWW_AUTHENTICATE, "Bearer")], "metrics need the token")
            .into_response();
    }
    let backlog = sqlx::query_as::<_, (i64,)>("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL")
        .fetch_one(state.pool())
        .await
        .map_or(-1, |(n,)| n);
    let body = state.metrics().render(state.hashing().len(), backlog);
    (StatusCode::OK, [(CONTENT_TYPE, "application/openmetrics-text; version=1.0.0; charset=utf-8")], body)
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::is_hashed_asset;

    #[test]
    fn only_content_hashed_files_are_immutable() {
        assert!(is_hashed_asset("/app-1f2e3d4c5b6a7980_bg.wasm"));
        assert!(is_hashed_asset("/app-1f2e3d4c5b6a7980.js"));
        assert!(is_hashed_asset("/main-0123456789abcdef.css"));
        assert!(!is_hashed_asset("/index.html"));
        assert!(!is_hashed_asset("/members"));
        assert!(!is_hashed_asset("/favicon.svg"));
        assert!(!is_hashed_asset("/x-notahashatall12.js"));
        assert!(is_hashed_asset("/pkg-196d095eb156291e/app_bg.wasm"));
        assert!(is_hashed_asset("/pkg-196d095eb156291e/split___members_area_view_3211569683974499013.wasm"));
        assert!(!is_hashed_asset("/pkg-latest/app.js"));
    }
}
