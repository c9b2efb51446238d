//! The frame of every signed-in page (header, navigation, main area) and the small
//! pieces pages share: notices, the language switcher, the not-found page.

mod dialog;
mod header;
mod language;
pub mod menu_keys;
mod not_found;
mod notice;
pub mod reauth;
mod user_menu;

pub use dialog::Dialog;
pub use language::LanguageSwitch;
pub use not_found::NotFoundPage;
pub use notice::{ErrorNotice, SuccessNotice};

use leptos::prelude::*;
use leptos_router::components::Outlet;
use leptos_router::hooks::use_navigate;

use crate::i18n::use_i18n;
use crate::session::use_session;
use domain::Msg;

/// The frame of every signed-in page, mounted once by the protected parent route: the
/// header and the organization switcher stay in place while the pages below change in
/// its `<Outlet/>`. Sends a signed-out visitor to the sign-in page.
#[component]
pub fn Shell() -> impl IntoView {
    let session = use_session();
    let i18n = use_i18n();
    let navigate = use_navigate();
    Effect::new(move |_| {
        if session.loaded.get() && session.me.with(Option::is_none) {
            navigate("/sign-in", Default::default());
        }
    });
    view! {
        <a class="skip-link" href="#main">{i18n.t(Msg::SkipToContent)}</a>
        <Show
            when=move || session.me.with(Option::is_some)
            fallback=move || view! { <p class="loading" role="status">{i18n.t(Msg::Loading)}</p> }
        >
            <header::Header/>
            <main id="main" class="page"><Outlet/></main>
            <reauth::ReauthHost/>
        </Show>
    }
}

/// A page for signed-out visitors (sign-in, sign-up): a centred card, no header.
#[component]
pub fn PublicFrame(children: Children) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <main id="main" class="public">
            <div class="public-top">
                <span class="brand">{i18n.t(Msg::AppName)}</span>
                <LanguageSwitch/>
            </div>
            <div class="card">{children()}</div>
        </main>
    }
}

/// Titles the browser tab after the page (`<page> · Orga`), in the current language.
pub fn use_title(title: impl Fn() -> String + Send + Sync + 'static) {
    let i18n = use_i18n();
    Effect::new(move |_| {
        let app = i18n.t(Msg::AppName)();
        document().set_title(&format!("{} · {app}", title()));
    });
}

/// Wires an [`Action`] calling a server function to the page: each failure is shown in
/// `error`, each success is handed to `on_ok` (and clears the error). The action itself
/// tracks whether a call is pending (`action.pending()`), for the buttons. A request the
/// server wants re-authenticated first (`reauthentication_required`) is sent again, with
/// the same input, once the user has confirmed it is them ([`reauth`]).
pub fn on_answer<I, T>(
    action: Action<I, Result<T, crate::error::AppError>>,
    error: RwSignal<Option<crate::error::AppError>>,
    on_ok: impl Fn(T) + 'static,
) where
    I: Clone + Send + Sync + 'static,
    T: Clone + Send + Sync + 'static,
{
    // The input of the last call: the action forgets it once answered.
    let last_input = StoredValue::new(None::<I>);
    Effect::new(move |_| {
        if let Some(input) = action.input().get() {
            last_input.set_value(Some(input));
        }
    });
    let reauth = use_context::<reauth::Reauth>();
    Effect::new(move |_| match action.value().get() {
        Some(Ok(value)) => {
            error.set(None);
            on_ok(value);
        }
        Some(Err(crate::error::AppError::ReauthenticationRequired)) if reauth.is_some() => {
            if let (Some(reauth), Some(input)) = (reauth, last_input.get_value()) {
                reauth.ask(move || {
                    action.dispatch(input.clone());
                });
            }
        }
        Some(Err(e)) => error.set(Some(e)),
        None => {}
    });
}
