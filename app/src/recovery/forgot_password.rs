//! "Forgot your password?" (ACC-10): the login email and a channel, then either "check
//! your mailbox" or the code received by SMS, then the new password. The page says the
//! same thing whether or not the account exists.

use domain::i18n::RecoveryMsg;
use domain::recovery::Channel;
use leptos::prelude::*;
use leptos_router::components::A;

use super::api::{check_code, request_reset, ResetRequested};
use super::new_password::NewPasswordForm;
use crate::auth::field_error::{FieldError, FormErrors};
use crate::error::{AppError, Field};
use crate::i18n::use_i18n;
use crate::shell::{on_answer, ErrorNotice, PublicFrame};

#[derive(Clone, PartialEq)]
enum Step {
    Ask,
    LinkSent,
    Code(String),
    NewPassword(String),
}

#[component]
pub fn ForgotPasswordPage() -> impl IntoView {
    let i18n = use_i18n();
    crate::shell::use_title(move || i18n.t(RecoveryMsg::ForgotPasswordTitle)().to_string());
    let step = RwSignal::new(Step::Ask);
    view! {
        <PublicFrame>
            <h1>{i18n.t(RecoveryMsg::ForgotPasswordTitle)}</h1>
            {move || match step.get() {
                Step::Ask => view! { <AskForm step/> }.into_any(),
                Step::LinkSent => view! {
                    <p class="notice success" role="status">{i18n.t(RecoveryMsg::LinkSent)}</p>
                    <button type="button" on:click=move |_| step.set(Step::Ask)>{i18n.t(RecoveryMsg::StartAgain)}</button>
                }.into_any(),
                Step::Code(request_id) => view! { <CodeForm request_id step/> }.into_any(),
                Step::NewPassword(token) => view! { <NewPasswordForm token/> }.into_any(),
            }}
            <p><A href="/identity-check">{i18n.t(RecoveryMsg::IdentityCheckLink)}</A></p>
            <p><A href="/sign-in">{i18n.t(RecoveryMsg::BackToSignIn)}</A></p>
        </PublicFrame>
    }
}

#[component]
fn AskForm(step: RwSignal<Step>) -> impl IntoView {
    let i18n = use_i18n();
    let email = RwSignal::new(String::new());
    let channel = RwSignal::new(Channel::Email);
    let error = RwSignal::new(None::<AppError>);
    let errors = FormErrors::new(error);
    let ask = Action::new_local(|(email, channel): &(String, Channel)| request_reset(email.clone(), *channel));
    on_answer(ask, error, move |ResetRequested { request_id }| {
        step.set(match channel.get_untracked() {
            Channel::Email => Step::LinkSent,
            Channel::Phone => Step::Code(request_id),
        })
    });
    let busy = ask.pending();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        ask.dispatch((email.get_untracked(), channel.get_untracked()));
    };
    let choice = move |value: Channel, id: &'static str, label: RecoveryMsg| {
        view! {
            <label class="check" for=id>
                <input type="radio" id=id name="channel" prop:checked=move || channel.get() == value
                    on:change=move |_| channel.set(value)/>
                {i18n.t(label)}
            </label>
        }
    };
    view! {
        <p>{i18n.t(RecoveryMsg::ForgotPasswordIntro)}</p>
        <form on:submit=submit novalidate>
            <label for="forgot-email">{i18n.t(RecoveryMsg::FieldLoginEmail)}</label>
            <input id="forgot-email" type="email" autocomplete="username" required maxlength="254"
                aria-invalid=errors.invalid(Field::Email)
                aria-describedby=errors.described_by(Field::Email, "forgot-email-error", None)
                prop:value=email on:input=move |ev| email.set(event_target_value(&ev))/>
            <FieldError errors field=Field::Email id="forgot-email-error"/>
            <fieldset>
                <legend>{i18n.t(RecoveryMsg::ChannelLegend)}</legend>
                {choice(Channel::Email, "forgot-channel-email", RecoveryMsg::ChannelEmail)}
                {choice(Channel::Phone, "forgot-channel-phone", RecoveryMsg::ChannelPhone)}
            </fieldset>
            <ErrorNotice error=errors.general/>
            <button type="submit" class="primary" disabled=busy>{i18n.t(RecoveryMsg::SendButton)}</button>
        </form>
    }
}

#[component]
fn CodeForm(request_id: String, step: RwSignal<Step>) -> impl IntoView {
    let i18n = use_i18n();
    let code = RwSignal::new(String::new());
    let error = RwSignal::new(None::<AppError>);
    let errors = FormErrors::new(error);
    let check = Action::new_local(move |code: &String| check_code(request_id.clone(), code.clone()));
    on_answer(check, error, move |ticket| step.set(Step::NewPassword(ticket.token)));
    let busy = check.pending();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        check.dispatch(code.get_untracked());
    };
    view! {
        <p class="notice success" role="status">{i18n.t(RecoveryMsg::CodeSent)}</p>
        <form on:submit=submit novalidate>
            <label for="forgot-code">{i18n.t(RecoveryMsg::FieldCode)}</label>
            <input id="forgot-code" type="text" inputmode="numeric" autocomplete="one-time-code" required maxlength="12"
                aria-invalid=errors.invalid(Field::Code)
                aria-describedby=errors.described_by(Field::Code, "forgot-code-error", None)
                prop:value=code on:input=move |ev| code.set(event_target_value(&ev))/>
            <FieldError errors field=Field::Code id="forgot-code-error"/>
            <ErrorNotice error=errors.general/>
            <button type="submit" class="primary" disabled=busy>{i18n.t(RecoveryMsg::CheckCodeButton)}</button>
        </form>
        <button type="button" on:click=move |_| step.set(Step::Ask)>{i18n.t(RecoveryMsg::StartAgain)}</button>
    }
}
