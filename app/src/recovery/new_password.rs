//! The new-password form of a reset (ACC-10), opened by the emailed link or reached
//! with a code received by SMS; then the way back to sign-in.

use domain::i18n::RecoveryMsg;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::auth::field_error::{FieldError, FormErrors};
use crate::auth::password_meter::PasswordMeter;
use crate::error::{AppError, Field};
use crate::i18n::use_i18n;
use crate::shell::{on_answer, ErrorNotice};

#[component]
pub fn NewPasswordForm(token: String) -> impl IntoView {
    let i18n = use_i18n();
    let password = RwSignal::new(String::new());
    let error = RwSignal::new(None::<AppError>);
    let errors = FormErrors::new(error);
    let done = RwSignal::new(false);
    let reset = Action::new_local(move |password: &String| super::api::reset_password(token.clone(), password.clone()));
    on_answer(reset, error, move |()| done.set(true));
    let busy = reset.pending();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        reset.dispatch(password.get_untracked());
    };
    view! {
        <Show when=move || !done.get() fallback=move || view! {
            <p class="notice success" role="status">{i18n.t(RecoveryMsg::ResetDone)}</p>
            <p><A href="/sign-in">{i18n.t(RecoveryMsg::BackToSignIn)}</A></p>
        }>
            <form on:submit=submit novalidate>
                <label for="reset-password">{i18n.t(RecoveryMsg::FieldNewPassword)}</label>
                <input id="reset-password" type="password" autocomplete="new-password" required maxlength="128"
                    aria-invalid=errors.invalid(Field::Password)
                    aria-describedby=errors.described_by(Field::Password, "reset-password-error", None)
                    prop:value=password on:input=move |ev| password.set(event_target_value(&ev))/>
                <FieldError errors field=Field::Password id="reset-password-error"/>
                <PasswordMeter password/>
                <ErrorNotice error=errors.general/>
                <button type="submit" class="primary" disabled=busy>{i18n.t(RecoveryMsg::ResetPasswordButton)}</button>
            </form>
        </Show>
    }
}

/// The page a reset link opens (`/reset-password#token=…`).
#[component]
pub fn ResetPasswordPage() -> impl IntoView {
    let i18n = use_i18n();
    crate::shell::use_title(move || i18n.t(RecoveryMsg::ResetPasswordTitle)().to_string());
    let token = crate::auth::take_link_secret("token");
    view! {
        <crate::shell::PublicFrame>
            <h1>{i18n.t(RecoveryMsg::ResetPasswordTitle)}</h1>
            {match token {
                Some(token) => view! { <NewPasswordForm token/> }.into_any(),
                None => view! {
                    <p>{i18n.t(RecoveryMsg::ResetLinkMissing)}</p>
                    <p><A href="/forgot-password">{i18n.t(RecoveryMsg::ForgotPasswordTitle)}</A></p>
                }.into_any(),
            }}
        </crate::shell::PublicFrame>
    }
}
