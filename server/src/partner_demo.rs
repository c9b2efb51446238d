//! A demo partner portal (EMB-1), served by `orga serve --partner-demo <address>` on
//! another site than the console (by default http://localhost:8081 beside
//! http://127.0.0.1:8080): a reseller's page that embeds the four widgets with
//! `embed.js`, and the server-side step a partner's backend runs — minting a widget
//! token with its API key over Orga's HTTP API (`embed/mint_token`), exactly as a
//! partner would. At start it gives the demo organization a fresh API key (created by
//! its legal representative; the previous demo key is revoked) and allows the portal's
//! origin, like an administrator would in the settings. The key lives in memory only.

use std::net::SocketAddr;
use std::sync::Arc;

use axum::extract::{Query, State};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use domain::embed::{Widget, API_KEY_PREFIX};
use http::header::CONTENT_TYPE;
use http::StatusCode;
use serde::Deserialize;
use serde_json::json;

use crate::features::integrations::store;
use crate::ids::{hash_secret, new_id, new_secret};
use crate::state::AppState;

const KEY_NAME: &str = "Demo partner portal";

pub struct PartnerDemo {
    orga: String,
    org_id: String,
    key: String,
    users: Vec<(String, String)>,
    http: reqwest::Client,
}

/// Prepares the demo organization for the portal at `portal_origin`: a fresh key and
/// the allowed origin. Needs the demo data (`--seed-demo`).
pub async fn prepare(state: &AppState, portal_origin: &str) -> anyhow::Result<PartnerDemo> {
    let pool = state.pool();
    let org: Option<(String,)> = sqlx::query_as(
        "SELECT id FROM organizations WHERE name = 'Demo Hosting SA' AND deleted_at IS NULL ORDER BY created_at LIMIT 1",
    )
    .fetch_optional(pool)
    .await?;
    let Some((org_id,)) = org else { anyhow::bail!("the partner demo needs the demo data: start with --seed-demo") };
    let lr: Option<(String,)> = sqlx::query_as(
        "SELECT user_id FROM memberships WHERE org_id = $1 AND role = 'legal_representative' AND blocked_at IS NULL \
         ORDER BY created_at LIMIT 1",
    )
    .bind(&org_id)
    .fetch_optional(pool)
    .await?;
    let Some((creator,)) = lr else { anyhow::bail!("the demo organization has no legal representative") };
    let (secret, _) = new_secret();
    let key = format!("{API_KEY_PREFIX}{secret}");
    let now = state.now();
    let internal = |e: crate::error::Error| anyhow::anyhow!("{e}");
    let mut tx = state.write().await.map_err(internal)?;
    let previous: Vec<(String,)> =
        sqlx::query_as("SELECT id FROM api_keys WHERE org_id = $1 AND name = $2 AND revoked_at IS NULL")
            .bind(&org_id)
            .bind(KEY_NAME)
            .fetch_all(&mut *tx)
            .await?;
    for (id,) in previous {
        store::revoke_key(&mut tx, &org_id, &id, now).await.map_err(internal)?;
    }
    let prefix: String = key.chars().take(API_KEY_PREFIX.len() + 4).collect();
    store::insert_key(&mut tx, &new_id(), &org_id, KEY_NAME, &hash_secret(&key), &prefix, &creator, now)
        .await
        .map_err(internal)?;
    let allowed = store::origins(&mut *tx, &org_id).await.map_err(internal)?;
    if !allowed.iter().any(|o| o == portal_origin) {
        store::insert_origin(&mut tx, &org_id, portal_origin, now).await.map_err(internal)?;
    }
    tx.commit().await?;
    let users: Vec<(String, String, String)> = sqlx::query_as(
        "SELECT u.email, u.first_name, u.last_name FROM users u JOIN memberships m ON m.user_id = u.id \
         WHERE m.org_id = $1 AND m.blocked_at IS NULL ORDER BY m.sort_name LIMIT 20",
    )
    .bind(&org_id)
    .fetch_all(pool)
    .await?;
    Ok(PartnerDemo {
        orga: state.config().public_url.trim_end_matches('/').to_string(),
        org_id,
        key,
        users: users.into_iter().map(|(e, f, l)| (e, format!("{f} {l}"))).collect(),
        http: reqwest::Client::builder().timeout(std::time::Duration::from_secs(10)).build()?,
    })
}

pub async fn serve(demo: PartnerDemo, address: SocketAddr) -> anyhow::Result<()> {
    let router = Router::new()
        .route("/", get(page))
        .route("/portal.js", get(script))
        .route("/token", post(token))
        .with_state(Arc::new(demo));
    let listener = tokio::net::TcpListener::bind(address).await?;
    axum::serve(listener, router).await?;
    Ok(())
}

#[derive(Deserialize)]
struct As {
    #[serde(rename = "as")]
    email: Option<String>,
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;").replace('\'', "&#39;")
}

/// The portal's user: the one named by `?as=` among the demo organization's members.
fn current<'a>(demo: &'a PartnerDemo, asked: Option<&str>) -> Option<&'a (String, String)> {
    match asked {
        Some(email) => demo.users.iter().find(|(e, _)| e == email),
        None => demo.users.iter().find(|(e, _)| e.starts_with("marie@")).or(demo.users.first()),
    }
}

async fn page(State(demo): State<Arc<PartnerDemo>>, Query(who): Query<As>) -> Response {
    let Some((email, name)) = current(&demo, who.email.as_deref()) else {
        return (StatusCode::NOT_FOUND, "no such demo user").into_response();
    };
    let people: String = demo
        .users
        .iter()
        .map(|(e, n)| {
            let here = if e == email { " aria-current=\"page\"" } else { "" };
            format!("<li><a href=\"/?as={}\"{here}>{}</a></li>", escape(e), escape(n))
        })
        .collect();
    let widget = |w: Widget, title: &str| {
        format!(
            "<section><h2>{title}</h2><div data-orga-widget=\"{w}\" data-orga-org=\"{org}\" data-orga-lang=\"en\" \
             data-orga-title=\"{title} (Orga)\" data-orga-token-url=\"/token?as={email}\" \
             data-orga-theme='{{\"accent\":\"#6b2a8c\",\"radius\":12}}'></div></section>",
            w = w.as_str(),
            org = escape(&demo.org_id),
            email = escape(email),
        )
    };
    Html(format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>Acme Reseller — partner portal (demo)</title><style>{STYLE}</style></head><body>\
         <header><strong>Acme Reseller</strong> <span>partner portal, demo of Orga's widgets</span></header>\
         <nav aria-label=\"Portal user\"><p>Signed in to the portal as <strong>{name}</strong>. Switch:</p><ul>{people}</ul></nav>\
         <main>{switcher}{members}{security}{profile}\
         <section><h2>Events from the widgets</h2><ol id=\"events\" aria-live=\"polite\"></ol></section></main>\
         <script src=\"{orga}/embed.js\"></script><script src=\"/portal.js\"></script></body></html>",
        name = escape(name),
        switcher = widget(Widget::OrganizationSwitcher, "Your organizations"),
        members = widget(Widget::Members, "Your team"),
        security = widget(Widget::Security, "Account security"),
        profile = widget(Widget::Profile, "Your profile"),
        orga = escape(&demo.orga),
    ))
    .into_response()
}

const STYLE: &str = "body{margin:0;font:16px/1.5 Georgia,serif;background:#f6f1fa;color:#2b1d33}\
header{background:#6b2a8c;color:#fff;padding:12px 16px}nav{padding:8px 16px}nav ul{display:flex;flex-wrap:wrap;gap:12px;\
list-style:none;padding:0;margin:0}main{display:grid;gap:16px;padding:16px;grid-template-columns:repeat(auto-fit,minmax(min(100%,420px),1fr))}\
section{background:#fff;border-radius:12px;padding:12px;min-width:0}h2{margin:0 0 8px;font-size:1.1rem}\
#events{font:13px/1.4 monospace;overflow-wrap:anywhere}";

async fn script() -> Response {
    (
        [(CONTENT_TYPE, "text/javascript; charset=utf-8")],
        "document.addEventListener('orga:changed', function (e) {\n\
           var li = document.createElement('li');\n\
           li.textContent = e.detail.widget + ': ' + e.detail.what + ' ' + JSON.stringify(e.detail);\n\
           document.getElementById('events').appendChild(li);\n\
         });\n",
    )
        .into_response()
}

#[derive(Deserialize)]
struct TokenAsked {
    widget: String,
}

/// The partner backend's step: its own user (here `?as=`), its API key, one widget per
/// token, five minutes.
async fn token(State(demo): State<Arc<PartnerDemo>>, Query(who): Query<As>, Json(asked): Json<TokenAsked>) -> Response {
    let Some((email, _)) = current(&demo, who.email.as_deref()) else {
        return (StatusCode::FORBIDDEN, "not signed in to the portal").into_response();
    };
    let answer = demo
        .http
        .post(format!("{}/api/embed/mint_token", demo.orga))
        .bearer_auth(&demo.key)
        .json(&json!({ "email": email, "widgets": [asked.widget], "lifetime_seconds": 300 }))
        .send()
        .await;
    match answer {
        Ok(res) => {
            let status = StatusCode::from_u16(res.status().as_u16()).unwrap_or(StatusCode::BAD_GATEWAY);
            let body = res.text().await.unwrap_or_default();
            (status, [(CONTENT_TYPE, "application/json")], body).into_response()
        }
        Err(e) => (StatusCode::BAD_GATEWAY, format!("Orga unreachable: {e}")).into_response(),
    }
}
