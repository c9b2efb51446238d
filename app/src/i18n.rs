//! The console's language as a reactive value over `domain::i18n`: chosen from the
//! browser, switchable, remembered in the browser and, once signed in, on the account.
//!
//! The browser build carries English only; any other language's table is fetched from
//! `/i18n/<lang>.json` (once) before the console shows that language — at start
//! ([`preload`], before mounting) and on a switch ([`I18n::set`]).

use domain::i18n::{fill, Text};
use domain::Lang;
use leptos::prelude::*;

const STORAGE_KEY: &str = "orga.lang";

#[derive(Clone, Copy)]
pub struct I18n(pub RwSignal<Lang>);

impl I18n {
    /// The language remembered by this browser, else the browser's own preference.
    pub fn detect() -> I18n {
        let lang = remembered().unwrap_or_else(browser_preference);
        mark(lang);
        I18n(RwSignal::new(lang))
    }

    pub fn lang(self) -> Lang {
        self.0.get()
    }

    /// A reactive text: re-rendered when the language changes.
    pub fn t<M: Text + Send + Sync>(self, msg: M) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
        move || msg.text(self.0.get())
    }

    /// A reactive text with placeholders filled (read the arguments inside `args`).
    pub fn fill<M: Text>(self, msg: M, args: &[(&str, &str)]) -> String {
        fill(msg.text(self.0.get()), args)
    }

    /// Switches the language and remembers it in this browser, once its table is here.
    /// Of two quick switches, the last one wins.
    pub fn set(self, lang: Lang) {
        #[cfg(feature = "csr")]
        if !domain::i18n::lazy::is_installed(lang) {
            WANTED.with(|w| w.set(Some(lang)));
            leptos::task::spawn_local(async move {
                load(lang).await;
                if WANTED.with(|w| w.get()) == Some(lang) {
                    self.0.set(lang);
                    remember(lang);
                }
            });
            return;
        }
        #[cfg(feature = "csr")]
        WANTED.with(|w| w.set(Some(lang)));
        self.0.set(lang);
        remember(lang);
    }
}

#[cfg(feature = "csr")]
thread_local! {
    /// The language asked for last.
    static WANTED: std::cell::Cell<Option<Lang>> = const { std::cell::Cell::new(None) };
}

/// Fetches and installs `lang`'s table; on failure the console stays readable in English.
#[cfg(feature = "csr")]
async fn load(lang: Lang) {
    if domain::i18n::lazy::is_installed(lang) {
        return;
    }
    let url = format!("/i18n/{}.json", lang.code());
    let table = match gloo_net::http::Request::get(&url).send().await {
        Ok(res) if res.ok() => res.json::<std::collections::HashMap<String, Vec<String>>>().await.ok(),
        _ => None,
    };
    if let Some(table) = table {
        domain::i18n::lazy::install(lang, table);
    }
}

/// Before mounting: the language this browser will show first, fetched, so the first
/// paint is already in it.
#[cfg(feature = "csr")]
pub async fn preload() {
    load(remembered().unwrap_or_else(browser_preference)).await;
}

pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}

#[cfg(target_arch = "wasm32")]
fn remembered() -> Option<Lang> {
    let storage = web_sys::window()?.local_storage().ok()??;
    Lang::from_tag(&storage.get_item(STORAGE_KEY).ok()??)
}

#[cfg(target_arch = "wasm32")]
fn remember(lang: Lang) {
    if let Some(Ok(Some(storage))) = web_sys::window().map(|w| w.local_storage()) {
        let _ = storage.set_item(STORAGE_KEY, lang.code());
    }
    mark(lang);
}

/// `<html lang>`: screen readers pronounce, and the browser hyphenates, in that language.
#[cfg(target_arch = "wasm32")]
fn mark(lang: Lang) {
    if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = root.set_attribute("lang", lang.code());
    }
}

#[cfg(target_arch = "wasm32")]
fn browser_preference() -> Lang {
    let Some(window) = web_sys::window() else { return Lang::default() };
    let languages: Vec<String> = window.navigator().languages().iter().filter_map(|v| v.as_string()).collect();
    Lang::negotiate(languages.iter().map(String::as_str))
}

#[cfg(not(target_arch = "wasm32"))]
fn remembered() -> Option<Lang> {
    let _ = STORAGE_KEY;
    None
}

#[cfg(not(target_arch = "wasm32"))]
fn remember(_lang: Lang) {}

#[cfg(not(target_arch = "wasm32"))]
fn mark(_lang: Lang) {}

#[cfg(not(target_arch = "wasm32"))]
fn browser_preference() -> Lang {
    Lang::default()
}
