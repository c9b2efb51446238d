//! The sign-in's second step with a security key: one button; the browser asks for the
//! key, the server checks its answer and opens the session.

use domain::i18n::KeysMsg;
use leptos::prelude::*;

use super::api::{sign_in_finish, sign_in_start};
use super::browser::{self, KeyError};
use crate::error::AppError;
use crate::i18n::use_i18n;
use crate::session::use_session;
use crate::session::Me;
use crate::shell::on_answer;
use leptos_router::hooks::use_navigate;

async fn prove() -> Result<Result<Me, KeyError>, AppError> {
    let ceremony = sign_in_start().await?;
    match browser::get_assertion(&ceremony.options).await {
        Ok(credential) => sign_in_finish(credential).await.map(Ok),
        Err(e) => Ok(Err(e)),
    }
}

#[component]
pub fn SecurityKeyStep(
    /// Where the server's refusals go (the second step shows them, and offers to start
    /// over when the pending sign-in expired).
    error: RwSignal<Option<AppError>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let navigate = use_navigate();
    let problem = RwSignal::new(None::<KeyError>);
    let proving = Action::new_local(|(): &()| prove());
    on_answer(proving, error, move |answer| match answer {
        Ok(me) => session.enter(me, i18n, navigate.clone()),
        Err(e) => problem.set(Some(e)),
    });
    let problem_text = move || {
        problem.get().map(|p| match p {
            KeyError::Unsupported => i18n.t(KeysMsg::SecurityKeyUnsupported)(),
            KeyError::Cancelled => i18n.t(KeysMsg::SecurityKeyCancelled)(),
        })
    };
    view! {
        <h2>{i18n.t(KeysMsg::SignInWithKeyTitle)}</h2>
        <p class="help">{i18n.t(KeysMsg::SignInWithKeyHelp)}</p>
        {move || problem_text().map(|t| view! { <p class="notice error" role="alert">{t}</p> })}
        {move || proving.pending().get().then(|| view! { <p class="notice info" role="status">{i18n.t(KeysMsg::SecurityKeyWaiting)}</p> })}
        <button type="button" disabled=move || proving.pending().get()
            on:click=move |_| { problem.set(None); proving.dispatch(()); }>
            {i18n.t(KeysMsg::SignInWithKeyButton)}
        </button>
    }
}
