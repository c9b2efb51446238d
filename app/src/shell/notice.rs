//! Messages shown after an action: errors (announced to screen readers at once) and
//! confirmations.

use leptos::prelude::*;

use crate::error::AppError;
use crate::i18n::use_i18n;

/// Shows the error, if any, in the user's language.
#[component]
pub fn ErrorNotice(error: RwSignal<Option<AppError>>) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        error.with(|e| {
            e.as_ref().map(|e| {
                let text = e.message(i18n.lang());
                view! { <p class="notice error" role="alert">{text}</p> }
            })
        })
    }
}

/// Shows a confirmation, if any.
#[component]
pub fn SuccessNotice(message: RwSignal<Option<String>>) -> impl IntoView {
    move || message.get().map(|m| view! { <p class="notice success" role="status">{m}</p> })
}
