//! The page for an address the console does not know.

use domain::Msg;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::i18n::use_i18n;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    let i18n = use_i18n();
    crate::shell::use_title(move || i18n.t(Msg::NotFoundTitle)().to_string());
    view! {
        <main id="main" class="public">
            <div class="card">
                <h1>{i18n.t(Msg::NotFoundTitle)}</h1>
                <A href="/">{i18n.t(Msg::NotFoundBack)}</A>
            </div>
        </main>
    }
}
