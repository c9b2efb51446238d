//! The HTTP surface: `/api/*` to the server functions (behind the cross-site guard),
//! `/healthz`, and the built client for every other path, with security headers and
//! compression on everything.

use std::net::SocketAddr;
use std::path::Path;
use std::sync::Arc;

use app::backend::SharedBackend;
use app::AppError;
use axum::body::{to_bytes, Body};
use axum::extract::{Request, State};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use base64::Engine;
use http::header::{CACHE_CONTROL, CONTENT_TYPE, ORIGIN};
use http::{HeaderMap, HeaderName, HeaderValue, StatusCode};
use leptos::prelude::provide_context;
use sha2::{Digest, Sha256};
use tower_http::compression::CompressionLayer;
use tower_http::services::{ServeDir, ServeFile};

use crate::backend::ServerBackend;
use crate::state::AppState;

/// Every server function the client declares, registered by hand: automatic
/// registration is dropped by the linker when `main` names nothing else in `app`.
fn register_server_functions() {
    use app::auth::api::{CurrentUser, SignIn, SignOut, SignUp, VerifyEmail};
    use app::devmail::api::DevOutbox;
    use app::invitations::api::{AcceptInvitation, DeclineInvitation, MyInvitations, PreviewInvitation};
    use app::members::api::{ChangeRole, InviteMember, ListMembers, ResendInvitation, RevokeInvitation};
    use app::organizations::api::SwitchOrganization;
    use app::profile::api::SetLanguage;
    use leptos::server_fn::axum::register_explicit as register;
    register::<CurrentUser>();
    register::<SignUp>();
    register::<VerifyEmail>();
    register::<SignIn>();
    register::<SignOut>();
    register::<SwitchOrganization>();
    register::<ListMembers>();
    register::<InviteMember>();
    register::<ChangeRole>();
    register::<ResendInvitation>();
    register::<RevokeInvitation>();
    register::<MyInvitations>();
    register::<PreviewInvitation>();
    register::<AcceptInvitation>();
    register::<DeclineInvitation>();
    register::<SetLanguage>();
    register::<DevOutbox>();
}

pub fn router(state: AppState) -> Router {
    register_server_functions();
    let backend: SharedBackend = Arc::new(ServerBackend(state.clone()));
    let api = Router::new()
        .route(
            "/api/{*fn_name}",
            post(move |req: Request| {
                let backend = backend.clone();
                async move {
                    leptos_axum::handle_server_fns_with_context(move || provide_context(backend.clone()), req)
                        .await
                        .into_response()
                }
            }),
        )
        .layer(middleware::from_fn_with_state(public_origin(&state), guard_api));
    let dist = state.config().dist.clone();
    let headers = Arc::new(security_headers(&state, &dist));
    Router::new()
        .merge(api)
        .route("/healthz", get(healthz))
        .fallback_service(ServeDir::new(&dist).fallback(ServeFile::new(dist.join("index.html"))))
        .layer(middleware::from_fn(move |req: Request, next: Next| {
            let headers = headers.clone();
            async move {
                let mut res = next.run(req).await;
                for (k, v) in headers.iter() {
                    res.headers_mut().insert(k.clone(), v.clone());
                }
                res
            }
        }))
        .layer(CompressionLayer::new())
        .with_state(state)
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
    (status, [(CONTENT_TYPE, "application/json")], body).into_response()
}

/// Refuses state-changing requests that come from another site (CSRF), and gives the
/// server functions' own request errors a 400 instead of a 500.
async fn guard_api(State(public_origin): State<Arc<String>>, req: Request, next: Next) -> Response {
    if is_cross_site(req.headers(), &public_origin) {
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
        headers.push((HeaderName::from_static("strict-transport-security"), "max-age=63072000; includeSubDomains".into()));
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
            let digest = Sha256::digest(body_and_more[..close].as_bytes());
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
