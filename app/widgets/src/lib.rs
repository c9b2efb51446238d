//! What the four widgets share (EMB-1): the conversation with the host page, the calls
//! to Orga with the widget token, and the frame every widget is drawn in.
//!
//! A widget page is `/embed/<widget>?org=<id>&host=<origin>&lang=<code>`, framed only
//! by `host` (its `frame-ancestors`, set by the server from the organization's allowed
//! origins). The conversation, all `postMessage` with `host` as the exact target
//! origin, and accepted only from `window.parent` at that origin:
//!
//! - widget → host: `{type: "orga:ready", widget}` once started;
//!   `{type: "orga:token_request", widget}` at start and a minute before the token
//!   expires; `{type: "orga:height", widget, height}` whenever its height changes (in
//!   CSS pixels: size the iframe to it, no inner scrollbar);
//!   `{type: "orga:changed", widget, what, ...}` after a change (`what`: see
//!   [`domain::embed::Change`]); `{type: "orga:expired", widget}` when a call was
//!   refused for an expired or revoked token and no fresh one came.
//! - host → widget: `{type: "orga:token", token, expires_at}` (minted by the partner's
//!   backend with its API key); `{type: "orga:theme", theme: {accent, text,
//!   background, font, radius}}`; `{type: "orga:language", lang}`.
//!
//! The token lives in this module's memory only: never in storage, a cookie or a URL.
//! No cookie is used, so third-party cookie blocking changes nothing.

use std::cell::RefCell;

use app::integrations::api::WidgetSession;
use app::AppError;
use domain::embed::{Change, Widget, TOKEN_REFRESH_MARGIN_SECONDS};
use domain::i18n::{EmbedMsg, Text};
use domain::Lang;
use leptos::prelude::*;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::json;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

thread_local! {
    static HOST: RefCell<String> = const { RefCell::new(String::new()) };
    static WIDGET: RefCell<&'static str> = const { RefCell::new("") };
    static TOKEN: RefCell<Option<String>> = const { RefCell::new(None) };
    static EXPIRED: RefCell<Option<RwSignal<bool>>> = const { RefCell::new(None) };
}

/// What every widget's view reads: the language, who the token is for, whether it
/// still works.
#[derive(Clone, Copy)]
pub struct Env {
    pub lang: RwSignal<Lang>,
    pub session: RwSignal<Option<WidgetSession>>,
    pub expired: RwSignal<bool>,
}

impl Env {
    /// A sentence of the catalogue in the widget's language, as a reactive text.
    pub fn t<M: Text + Send + Sync>(self, msg: M) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
        let lang = self.lang;
        move || msg.text(lang.get())
    }

    pub fn fill<M: Text>(self, msg: M, args: &[(&str, &str)]) -> String {
        domain::i18n::fill(msg.text(self.lang.get_untracked()), args)
    }

    /// The widget's organization (known once the token is read).
    pub fn org_id(self) -> String {
        self.session.with_untracked(|s| s.as_ref().map(|s| s.org_id.clone()).unwrap_or_default())
    }
}

pub fn use_env() -> Env {
    use_context::<Env>().expect("the widget's Env")
}

fn window() -> web_sys::Window {
    web_sys::window().expect("a window")
}

/// Sends `message` to the host page, at exactly its origin.
fn post(message: serde_json::Value) {
    let Ok(parent) = window().parent() else { return };
    let Some(parent) = parent else { return };
    let Ok(data) = js_sys::JSON::parse(&message.to_string()) else { return };
    HOST.with(|host| {
        let host = host.borrow();
        if !host.is_empty() {
            let _ = parent.post_message(&data, &host);
        }
    });
}

fn widget_name() -> &'static str {
    WIDGET.with(|w| *w.borrow())
}

/// Tells the host page what changed, with details (ids, never secrets).
pub fn notify(what: Change, detail: serde_json::Value) {
    let mut message = json!({ "type": "orga:changed", "widget": widget_name(), "what": what });
    if let (Some(m), Some(d)) = (message.as_object_mut(), detail.as_object()) {
        for (k, v) in d {
            m.entry(k.clone()).or_insert(v.clone());
        }
    }
    post(message);
}

fn request_token() {
    post(json!({ "type": "orga:token_request", "widget": widget_name() }));
}

/// A call to Orga with the widget token: `POST /api/<endpoint>` with `args` as JSON.
/// The arguments are written at once, so the future borrows nothing.
pub fn call<A: Serialize, O: DeserializeOwned + 'static>(
    endpoint: &str,
    args: &A,
) -> impl std::future::Future<Output = Result<O, AppError>> + 'static {
    let body = serde_json::to_string(args).unwrap_or_default();
    let path = format!("/api/{endpoint}");
    async move {
        let text = send(&path, &body).await?;
        serde_json::from_str(&text).map_err(|e| AppError::Network { message: e.to_string() })
    }
}

async fn send(path: &str, body: &str) -> Result<String, AppError> {
    let token = TOKEN.with(|t| t.borrow().clone()).ok_or(AppError::Unauthenticated)?;
    let network = |e: JsValue| AppError::Network { message: format!("{e:?}") };
    let init = web_sys::RequestInit::new();
    init.set_method("POST");
    // Never a cookie: the token is the only credential.
    init.set_credentials(web_sys::RequestCredentials::Omit);
    let headers = web_sys::Headers::new().map_err(network)?;
    headers.set("content-type", "application/json").map_err(network)?;
    headers.set("authorization", &format!("Bearer {token}")).map_err(network)?;
    init.set_headers(&headers);
    init.set_body(&JsValue::from_str(body));
    let answer = JsFuture::from(window().fetch_with_str_and_init(path, &init))
        .await
        .map_err(network)?
        .unchecked_into::<web_sys::Response>();
    let text = JsFuture::from(answer.text().map_err(network)?).await.map_err(network)?.as_string().unwrap_or_default();
    if answer.ok() {
        return Ok(text);
    }
    let error = serde_json::from_str(&text).unwrap_or(AppError::Internal);
    if error == AppError::Unauthenticated {
        // Expired or revoked: ask for a fresh one; the view says so meanwhile.
        if let Some(expired) = EXPIRED.with(|e| *e.borrow()) {
            expired.set(true);
        }
        post(json!({ "type": "orga:expired", "widget": widget_name() }));
        request_token();
    }
    Err(error)
}

#[derive(Deserialize)]
#[serde(tag = "type")]
enum Incoming {
    #[serde(rename = "orga:token")]
    Token { token: String, expires_at: i64 },
    #[serde(rename = "orga:theme")]
    Theme { theme: Theme },
    #[serde(rename = "orga:language")]
    Language { lang: String },
}

/// What a host may change of the widget's look. Each value is checked before use.
#[derive(Deserialize, Default)]
struct Theme {
    accent: Option<String>,
    text: Option<String>,
    background: Option<String>,
    font: Option<String>,
    radius: Option<f64>,
}

/// `#rgb`, `#rrggbb` or `#rrggbbaa`.
fn colour(value: &str) -> bool {
    value.len() <= 9
        && value.starts_with('#')
        && matches!(value.len(), 4 | 7 | 9)
        && value[1..].bytes().all(|b| b.is_ascii_hexdigit())
}

/// Font family names: letters, digits, spaces, commas, hyphens and quotes.
fn font(value: &str) -> bool {
    !value.is_empty()
        && value.len() <= 120
        && value.chars().all(|c| c.is_alphanumeric() || matches!(c, ' ' | ',' | '-' | '"' | '\''))
}

fn apply_theme(theme: &Theme) {
    let Some(root) = window().document().and_then(|d| d.document_element()) else { return };
    let Ok(root) = root.dyn_into::<web_sys::HtmlElement>() else { return };
    let style = root.style();
    let colours = [("--orga-accent", &theme.accent), ("--orga-text", &theme.text), ("--orga-bg", &theme.background)];
    for (property, value) in colours {
        if let Some(v) = value.as_deref().filter(|v| colour(v)) {
            let _ = style.set_property(property, v);
        }
    }
    if let Some(f) = theme.font.as_deref().filter(|f| font(f)) {
        let _ = style.set_property("--orga-font", f);
    }
    if let Some(r) = theme.radius.filter(|r| (0.0..=32.0).contains(r)) {
        let _ = style.set_property("--orga-radius", &format!("{r}px"));
    }
}

fn listen(env: Env, host: String) {
    let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
        if event.origin() != host {
            return;
        }
        let from_parent = match (event.source(), window().parent().ok().flatten()) {
            (Some(source), Some(parent)) => js_sys::Object::is(&source, &parent),
            _ => false,
        };
        if !from_parent {
            return;
        }
        let Some(text) = js_sys::JSON::stringify(&event.data()).ok().and_then(|s| s.as_string()) else { return };
        match serde_json::from_str::<Incoming>(&text) {
            Ok(Incoming::Token { token, expires_at }) => take_token(env, token, expires_at),
            Ok(Incoming::Theme { theme }) => apply_theme(&theme),
            Ok(Incoming::Language { lang }) => {
                if let Some(lang) = Lang::from_tag(&lang) {
                    env.lang.set(lang);
                }
            }
            Err(_) => {}
        }
    });
    window().add_event_listener_with_callback("message", on_message.as_ref().unchecked_ref()).ok();
    on_message.forget();
}

fn take_token(env: Env, token: String, expires_at: i64) {
    if !token.starts_with(domain::embed::TOKEN_PREFIX) || token.len() > 128 {
        return;
    }
    TOKEN.with(|t| *t.borrow_mut() = Some(token));
    env.expired.set(false);
    let margin = i64::from(TOKEN_REFRESH_MARGIN_SECONDS) * 1000;
    let wait = (expires_at - js_sys::Date::now() as i64 - margin).max(5_000);
    set_timeout(request_token, std::time::Duration::from_millis(wait as u64));
    if env.session.get_untracked().is_none() {
        leptos::task::spawn_local(async move {
            if let Ok(session) = call::<_, WidgetSession>("embed/session", &json!({})).await {
                env.lang.set(Lang::from_tag(&lang_param()).unwrap_or(session.lang));
                env.session.set(Some(session));
            }
        });
    }
}

fn param(name: &str) -> Option<String> {
    let search = window().location().search().ok()?;
    search.trim_start_matches('?').split('&').find_map(|pair| {
        let (k, v) = pair.split_once('=')?;
        (k == name).then(|| js_sys::decode_uri_component(v).ok().and_then(|s| s.as_string()).unwrap_or_default())
    })
}

fn lang_param() -> String {
    param("lang").unwrap_or_default()
}

/// Reports the page's height to the host whenever it changes.
fn report_height() {
    let Some(body) = window().document().and_then(|d| d.body()) else { return };
    let last = std::cell::Cell::new(0i32);
    let observed = body.clone();
    let on_resize = Closure::<dyn FnMut()>::new(move || {
        let height = observed.get_bounding_client_rect().height().ceil() as i32;
        if height != last.get() {
            last.set(height);
            post(json!({ "type": "orga:height", "widget": widget_name(), "height": height }));
        }
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
        observer.observe(&body);
        std::mem::forget(observer);
    }
    on_resize.forget();
}

/// Starts a widget: reads its frame's parameters, greets the host, and draws `view`
/// once the token says who the user is.
pub fn start<V: IntoView + 'static>(widget: Widget, view: impl Fn() -> V + Send + Sync + 'static) {
    let Some(host) = param("host").and_then(|h| domain::embed::parse_origin(&h).ok()) else { return };
    HOST.with(|h| *h.borrow_mut() = host.clone());
    WIDGET.with(|w| *w.borrow_mut() = widget.as_str());
    let env = Env {
        lang: RwSignal::new(Lang::from_tag(&lang_param()).unwrap_or_default()),
        session: RwSignal::new(None),
        expired: RwSignal::new(false),
    };
    EXPIRED.with(|e| *e.borrow_mut() = Some(env.expired));
    listen(env, host);
    leptos::mount::mount_to_body(move || {
        provide_context(env);
        // Effects need the executor `mount_to_body` starts: created here, not before.
        if let Some(root) = window().document().and_then(|d| d.document_element()) {
            Effect::new(move |_| {
                let _ = root.set_attribute("lang", env.lang.get().code());
            });
        }
        view! {
            <main class="widget" aria-label=move || widget.name().text(env.lang.get())>
                <Show when=move || env.expired.get()>
                    <p class="notice" role="status">{env.t(EmbedMsg::WidgetExpired)}</p>
                </Show>
                <Show
                    when=move || env.session.with(Option::is_some)
                    fallback=move || view! { <p class="muted">{env.t(EmbedMsg::WidgetWaitingToken)}</p> }
                >
                    {view()}
                </Show>
            </main>
        }
    });
    report_height();
    post(json!({ "type": "orga:ready", "widget": widget.as_str() }));
    request_token();
}

/// An error's sentence in the widget's language, as an alert.
pub fn error_view(env: Env, error: RwSignal<Option<AppError>>) -> impl IntoView {
    move || error.get().map(|e| view! { <p class="notice error" role="alert">{e.message(env.lang.get())}</p> })
}

/// A confirmation in the widget's language, as a status.
pub fn done_view(done: RwSignal<Option<String>>) -> impl IntoView {
    move || done.get().map(|d| view! { <p class="notice ok" role="status">{d}</p> })
}

#[cfg(test)]
mod tests {
    use super::{colour, font};

    #[test]
    fn theme_values_are_checked() {
        assert!(colour("#0a7") && colour("#00aa77") && colour("#00aa77cc"));
        assert!(!colour("red") && !colour("#00aa77; background:url(x)") && !colour("#xyz"));
        assert!(font("Inter, \"Helvetica Neue\", sans-serif"));
        assert!(!font("x; color: red") && !font("url(x)") && !font(""));
    }
}
