//! The sign-in page (ACC-2): email, password, and "this browser session only".

use domain::Msg;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

use crate::error::AppError;
use crate::i18n::use_i18n;
use crate::session::use_session;
use crate::shell::{ErrorNotice, PublicFrame};

#[component]
pub fn SignInPage() -> impl IntoView {
    let i18n = use_i18n();
    crate::shell::use_title(move || i18n.t(Msg::SignInTitle)().to_string());
    let session = use_session();
    let navigate = use_navigate();
    let email = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let session_only = RwSignal::new(false);
    let error = RwSignal::new(None::<AppError>);
    let busy = RwSignal::new(false);

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        busy.set(true);
        let navigate = navigate.clone();
        spawn_local(async move {
            let result = crate::auth::api::sign_in(
                email.get_untracked(),
                password.get_untracked(),
                session_only.get_untracked(),
            )
            .await;
            busy.set(false);
            match result {
                Ok(me) => session.enter(me, i18n, navigate),
                Err(e) => error.set(Some(e)),
            }
        });
    };

    view! {
        <PublicFrame>
            <h1>{i18n.t(Msg::SignInTitle)}</h1>
            <form on:submit=submit novalidate>
                <label for="signin-email">{i18n.t(Msg::FieldEmail)}</label>
                <input id="signin-email" type="email" autocomplete="username" required
                    prop:value=email on:input=move |ev| email.set(event_target_value(&ev))/>
                <label for="signin-password">{i18n.t(Msg::FieldPassword)}</label>
                <input id="signin-password" type="password" autocomplete="current-password" required
                    prop:value=password on:input=move |ev| password.set(event_target_value(&ev))/>
                <label class="check">
                    <input type="checkbox" prop:checked=session_only
                        on:change=move |ev| session_only.set(event_target_checked(&ev))/>
                    {i18n.t(Msg::SignInSessionOnly)}
                </label>
                <ErrorNotice error/>
                <button type="submit" class="primary" disabled=busy>{i18n.t(Msg::SignInButton)}</button>
            </form>
            <p>{i18n.t(Msg::SignInNoAccount)}" "<A href="/sign-up">{i18n.t(Msg::SignInCreateAccount)}</A></p>
        </PublicFrame>
    }
}
