//! Sign-up, email confirmation, sign-in and sign-out (ACC-1, ACC-2).

pub mod api;
#[cfg(feature = "ui")]
pub(crate) mod field_error;
#[cfg(feature = "ui")]
pub(crate) mod password_meter;
#[cfg(feature = "ui")]
mod sign_in;
#[cfg(feature = "ui")]
mod sign_up;
#[cfg(feature = "ui")]
mod verify_email;

#[cfg(feature = "ui")]
pub use sign_in::SignInPage;
#[cfg(feature = "ui")]
pub use sign_up::SignUpPage;

#[cfg(feature = "ui")]
lazy_area!(
    /// The page an email-confirmation link opens (once per account: fetched on demand).
    VerifyEmailArea,
    verify_email::VerifyEmailPage
);

/// The secret an emailed link carries (`#token=…`, `#invitation=…`), read once and then
/// removed from the address bar and the history, so it is not left on screen, in the
/// history or in a bookmark. Links carry it in the fragment, which the browser never
/// sends to a server; an older link's query string is accepted and removed the same way.
#[cfg(feature = "ui")]
pub(crate) fn take_link_secret(name: &str) -> Option<String> {
    let location = leptos::prelude::window().location();
    let find = |text: String| {
        text.trim_start_matches(['#', '?'])
            .split('&')
            .find_map(|kv| kv.split_once('=').filter(|(k, _)| *k == name).map(|(_, v)| v.to_string()))
    };
    let secret = location.hash().ok().and_then(find).or_else(|| location.search().ok().and_then(find))?;
    if let (Ok(path), Ok(history)) = (location.pathname(), leptos::prelude::window().history()) {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path));
    }
    Some(secret)
}
