//! The sign-in page (ACC-2): email, password, and "this browser session only"; then,
//! for an account with two-factor authentication, the second step (SEC-2).

use domain::i18n::{AuthMsg, RecoveryMsg};
use domain::Msg;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

use super::api::{Method, SignInOutcome};
use super::field_error::{FieldError, FormErrors};
use super::second_step::SecondStep;
use crate::error::{AppError, Field};
use crate::i18n::use_i18n;
use crate::session::use_session;
use crate::shell::{on_answer, ErrorNotice, PublicFrame};

#[component]
pub fn SignInPage() -> impl IntoView {
    let i18n = use_i18n();
    crate::shell::use_title(move || i18n.t(AuthMsg::SignInTitle)().to_string());
    let session = use_session();
    let navigate = use_navigate();
    crate::shop::cart::remember_next();
    let email = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let session_only = RwSignal::new(false);
    let error = RwSignal::new(None::<AppError>);
    let errors = FormErrors::new(error);
    let sign_in = Action::new_local(|(email, password, session_only): &(String, String, bool)| {
        crate::auth::api::sign_in(email.clone(), password.clone(), *session_only)
    });
    // The second step's methods, once the password was right and 2FA is on.
    let second_step = RwSignal::new(None::<(Vec<Method>, Method, Option<String>)>);
    on_answer(sign_in, error, move |outcome| match outcome {
        SignInOutcome::SignedIn { me } => session.enter(me, i18n, navigate.clone()),
        SignInOutcome::SecondFactor { methods, default, phone_hint } => {
            password.set(String::new());
            second_step.set(Some((methods, default, phone_hint)));
        }
    });
    let busy = sign_in.pending();

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        sign_in.dispatch((email.get_untracked(), password.get_untracked(), session_only.get_untracked()));
    };

    let restart = Callback::new(move |()| second_step.set(None));

    view! {
        <PublicFrame>
          {move || match second_step.get() {
            Some((methods, default, phone_hint)) => {
                view! { <SecondStep methods default phone_hint on_restart=restart/> }.into_any()
            }
            None => view! {
            <h1>{i18n.t(AuthMsg::SignInTitle)}</h1>
            <form on:submit=submit novalidate>
                <label for="signin-email">{i18n.t(Msg::FieldEmail)}</label>
                <input id="signin-email" type="email" autocomplete="username" required
                    aria-invalid=errors.invalid(Field::Email) aria-describedby=errors.described_by(Field::Email, "signin-email-error", None)
                    prop:value=email on:input=move |ev| email.set(event_target_value(&ev))/>
                <FieldError errors field=Field::Email id="signin-email-error"/>
                <label for="signin-password">{i18n.t(Msg::FieldPassword)}</label>
                <input id="signin-password" type="password" autocomplete="current-password" required
                    aria-invalid=errors.invalid(Field::Password) aria-describedby=errors.described_by(Field::Password, "signin-password-error", None)
                    prop:value=password on:input=move |ev| password.set(event_target_value(&ev))/>
                <FieldError errors field=Field::Password id="signin-password-error"/>
                <label class="check">
                    <input type="checkbox" prop:checked=session_only
                        on:change=move |ev| session_only.set(event_target_checked(&ev))/>
                    {i18n.t(AuthMsg::SignInSessionOnly)}
                </label>
                <ErrorNotice error=errors.general/>
                <button type="submit" class="primary" disabled=busy>{i18n.t(AuthMsg::SignInButton)}</button>
            </form>
            <p><A href="/forgot-password">{i18n.t(RecoveryMsg::ForgotPasswordLink)}</A></p>
            <p><A href="/forgot-login">{i18n.t(RecoveryMsg::ForgotLoginLink)}</A></p>
            <p>{i18n.t(AuthMsg::SignInNoAccount)}" "<A href="/sign-up">{i18n.t(AuthMsg::SignInCreateAccount)}</A></p>
            }.into_any(),
          }}
        </PublicFrame>
    }
}
