//! ACC-12: signed in with a temporary username, the user sees only this page until a
//! new login email is chosen and proved by the link sent to it (`/confirm-login`).

use domain::i18n::RecoveryMsg;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::auth::field_error::{FieldError, FormErrors};
use crate::error::{AppError, Field};
use crate::i18n::use_i18n;
use crate::session::use_session;
use crate::shell::{on_answer, ErrorNotice, PublicFrame};

/// Shown by the shell instead of any page while `Me.must_choose_login`.
#[component]
pub fn ChooseLoginPage() -> impl IntoView {
    let i18n = use_i18n();
    crate::shell::use_title(move || i18n.t(RecoveryMsg::ChooseLoginTitle)().to_string());
    let email = RwSignal::new(String::new());
    let error = RwSignal::new(None::<AppError>);
    let errors = FormErrors::new(error);
    let sent = RwSignal::new(None::<String>);
    let choose = Action::new_local(|email: &String| super::api::choose_login(email.clone()));
    on_answer(choose, error, move |()| sent.set(Some(email.get_untracked().trim().to_string())));
    let busy = choose.pending();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        choose.dispatch(email.get_untracked());
    };
    // The header is hidden here: signing out is offered on the page.
    let session = use_session();
    let navigate = leptos_router::hooks::use_navigate();
    let signing_out = Action::new_local(|_: &()| crate::auth::api::sign_out());
    Effect::new(move |_| {
        if signing_out.value().get().is_some() {
            session.set(None);
            navigate("/sign-in", Default::default());
        }
    });
    view! {
        <h1>{i18n.t(RecoveryMsg::ChooseLoginTitle)}</h1>
        <p>{i18n.t(RecoveryMsg::ChooseLoginIntro)}</p>
        <form on:submit=submit novalidate>
            <label for="choose-login-email">{i18n.t(RecoveryMsg::FieldNewLoginEmail)}</label>
            <input id="choose-login-email" type="email" autocomplete="email" required maxlength="254"
                aria-invalid=errors.invalid(Field::Email)
                aria-describedby=errors.described_by(Field::Email, "choose-login-email-error", None)
                prop:value=email on:input=move |ev| email.set(event_target_value(&ev))/>
            <FieldError errors field=Field::Email id="choose-login-email-error"/>
            <ErrorNotice error=errors.general/>
            <button type="submit" class="primary" disabled=busy>{i18n.t(RecoveryMsg::ChooseLoginButton)}</button>
        </form>
        {move || sent.get().map(|to| view! {
            <p class="notice success" role="status">{i18n.fill(RecoveryMsg::ChooseLoginSent, &[("email", &to)])}</p>
        })}
        <button type="button" on:click=move |_| { signing_out.dispatch(()); }>{i18n.t(domain::Msg::HeaderSignOut)}</button>
    }
}

/// The page the link to the new login email opens (`/confirm-login#token=…`).
#[component]
pub fn ConfirmLoginPage() -> impl IntoView {
    let i18n = use_i18n();
    crate::shell::use_title(move || i18n.t(RecoveryMsg::ConfirmLoginTitle)().to_string());
    let session = use_session();
    let token = crate::auth::take_link_secret("token").unwrap_or_default();
    let error = RwSignal::new(None::<AppError>);
    let done = RwSignal::new(None::<String>);
    let confirm = Action::new_local(move |(): &()| super::api::confirm_login(token.clone()));
    on_answer(confirm, error, move |me| {
        done.set(Some(me.email.clone()));
        session.set(Some(me));
    });
    confirm.dispatch(());
    let busy = confirm.pending();
    let unauthenticated = move || matches!(error.get(), Some(AppError::Unauthenticated));
    view! {
        <PublicFrame>
            <h1>{i18n.t(RecoveryMsg::ConfirmLoginTitle)}</h1>
            <Show when=move || busy.get()>
                <p role="status">{i18n.t(RecoveryMsg::ConfirmLoginWorking)}</p>
            </Show>
            {move || done.get().map(|email| view! {
                <p class="notice success" role="status">{i18n.fill(RecoveryMsg::ConfirmLoginDone, &[("email", &email)])}</p>
                <p><A href="/">{i18n.t(RecoveryMsg::OpenConsole)}</A></p>
            })}
            <Show when=unauthenticated fallback=move || view! { <ErrorNotice error/> }>
                <p>{i18n.t(RecoveryMsg::ConfirmLoginSignIn)}</p>
                <p><A href="/sign-in">{i18n.t(RecoveryMsg::BackToSignIn)}</A></p>
            </Show>
        </PublicFrame>
    }
}
