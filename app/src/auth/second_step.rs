//! The sign-in second step (SEC-2): after a right password for an account with
//! two-factor authentication, one of its methods — a code of the authenticator app, a
//! code sent by SMS, a backup code, or approval from another signed-in device — and "use
//! another method" for the others. The pending sign-in lives in its own cookie; when it
//! has expired the person starts again from the password.

use std::time::Duration;

use domain::i18n::SecurityMsg;
use domain::Msg;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use super::api::{Method, PushAnswer};
use super::field_error::{FieldError, FormErrors};
use crate::error::{AppError, Field};
use crate::i18n::use_i18n;
use crate::session::use_session;
use crate::shell::{on_answer, ErrorNotice};

/// How often the waiting page asks whether the other device answered.
const PUSH_POLL: Duration = Duration::from_secs(2);

#[component]
pub fn SecondStep(
    methods: Vec<Method>,
    default: Method,
    phone_hint: Option<String>,
    /// Back to the password form (the pending sign-in expired or was denied).
    on_restart: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let navigate = use_navigate();
    let method = RwSignal::new(default);
    let choosing = RwSignal::new(false);
    let code = RwSignal::new(String::new());
    let error = RwSignal::new(None::<AppError>);
    let errors = FormErrors::new(error);
    let phone = phone_hint.unwrap_or_default();

    let verify =
        Action::new_local(|(method, code): &(Method, String)| super::api::second_factor(*method, code.clone()));
    let enter = navigate.clone();
    on_answer(verify, error, move |me| session.enter(me, i18n, enter.clone()));

    let send_sms = Action::new_local(|_: &()| super::api::send_sign_in_sms());
    let sms_sent = RwSignal::new(false);
    on_answer(send_sms, error, move |()| sms_sent.set(true));

    // Push: ask, then poll until the other device answers (or the request expires).
    let push_note = RwSignal::new(None::<SecurityMsg>);
    let request_push = Action::new_local(|_: &()| super::api::request_push());
    let poll = Action::new_local(|_: &()| super::api::push_status());
    let polling = RwSignal::new(None::<IntervalHandle>);
    let stop_polling = move || {
        if let Some(handle) = polling.get_untracked() {
            handle.clear();
            polling.set(None);
        }
    };
    on_answer(request_push, error, move |()| {
        push_note.set(Some(SecurityMsg::SecondStepPushWaiting));
        if polling.get_untracked().is_none() {
            if let Ok(handle) = set_interval_with_handle(
                move || {
                    poll.dispatch(());
                },
                PUSH_POLL,
            ) {
                polling.set(Some(handle));
            }
        }
    });
    let enter = navigate.clone();
    on_answer(poll, error, move |answer| match answer {
        PushAnswer::Waiting => {}
        PushAnswer::SignedIn { me } => {
            stop_polling();
            session.enter(me, i18n, enter.clone());
        }
        PushAnswer::Denied => {
            stop_polling();
            push_note.set(Some(SecurityMsg::SecondStepPushDenied));
        }
        PushAnswer::Expired => {
            stop_polling();
            push_note.set(Some(SecurityMsg::SecondStepPushExpired));
        }
    });
    Effect::new(move |_| {
        if error.with(|e| matches!(e, Some(AppError::SignInExpired))) {
            stop_polling();
        }
    });
    on_cleanup(stop_polling);

    let choose = move |m: Method| {
        stop_polling();
        method.set(m);
        choosing.set(false);
        code.set(String::new());
        error.set(None);
        push_note.set(None);
        sms_sent.set(false);
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        verify.dispatch((method.get_untracked(), code.get_untracked()));
    };
    let busy = Signal::derive(move || verify.pending().get());
    let expired = move || error.with(|e| matches!(e, Some(AppError::SignInExpired)));
    let others = {
        let methods = methods.clone();
        move || methods.iter().copied().filter(|m| *m != method.get()).collect::<Vec<_>>()
    };
    let has_others = methods.len() > 1;

    let code_form = move |help: String, one_time: bool| {
        view! {
            <p id="second-step-help">{help}</p>
            <form on:submit=submit novalidate>
                <label for="second-step-code">{i18n.t(Msg::FieldCode)}</label>
                <input id="second-step-code" type="text" required
                    inputmode=if one_time { "numeric" } else { "text" }
                    autocomplete=if one_time { "one-time-code" } else { "off" }
                    autocapitalize="off" spellcheck="false" maxlength="40"
                    aria-invalid=errors.invalid(Field::Code)
                    aria-describedby=errors.described_by(Field::Code, "second-step-code-error", Some("second-step-help"))
                    prop:value=code on:input=move |ev| code.set(event_target_value(&ev))/>
                <FieldError errors field=Field::Code id="second-step-code-error"/>
                <button type="submit" class="primary" disabled=busy>{i18n.t(SecurityMsg::SecondStepVerify)}</button>
            </form>
        }
    };

    view! {
        <h1>{i18n.t(SecurityMsg::SecondStepTitle)}</h1>
        <h2>{move || method.get().label().text(i18n.lang())}</h2>
        {move || match method.get() {
            Method::Totp => code_form(i18n.t(SecurityMsg::SecondStepTotpHelp)().to_string(), true).into_any(),
            Method::BackupCode => code_form(i18n.t(SecurityMsg::SecondStepBackupHelp)().to_string(), false).into_any(),
            Method::Sms => {
                let help = i18n.fill(SecurityMsg::SecondStepSmsHelp, &[("phone", &phone)]);
                view! {
                    <button type="button" disabled=move || send_sms.pending().get()
                        on:click=move |_| { send_sms.dispatch(()); }>
                        {move || if sms_sent.get() { i18n.t(SecurityMsg::SecondStepSmsResend)() } else { i18n.t(SecurityMsg::SecondStepSmsSend)() }}
                    </button>
                    <Show when=move || sms_sent.get()>
                        <p class="notice success" role="status">{i18n.t(SecurityMsg::SecondStepSmsSent)}</p>
                    </Show>
                    {code_form(help, true)}
                }
                .into_any()
            }
            Method::Push => view! {
                <p>{i18n.t(SecurityMsg::SecondStepPushHelp)}</p>
                <button type="button" class="primary" disabled=move || request_push.pending().get() || polling.with(Option::is_some)
                    on:click=move |_| { push_note.set(None); request_push.dispatch(()); }>
                    {i18n.t(SecurityMsg::SecondStepPushSend)}
                </button>
                <p role="status">{move || push_note.get().map(|m| m.text(i18n.lang()))}</p>
            }
            .into_any(),
            Method::SecurityKey => view! { <crate::security_keys::SecurityKeyStep error/> }.into_any(),
        }}
        <ErrorNotice error=errors.general/>
        <Show when=expired>
            <button type="button" class="primary" on:click=move |_| on_restart.run(())>{i18n.t(SecurityMsg::SecondStepStartOver)}</button>
        </Show>
        <Show when=move || has_others>
            <button type="button" class="link" aria-expanded=move || choosing.get().to_string() aria-controls="other-methods"
                on:click=move |_| choosing.update(|c| *c = !*c)>
                {i18n.t(SecurityMsg::SecondStepOtherMethods)}
            </button>
        </Show>
        <Show when=move || choosing.get()>
            <ul id="other-methods" class="plain-list">
                {others().into_iter().map(|m| view! {
                    <li><button type="button" on:click=move |_| choose(m)>{move || m.label().text(i18n.lang())}</button></li>
                }).collect_view()}
            </ul>
            <p><small class="help">{i18n.t(SecurityMsg::SecondStepNoMethod)}</small></p>
        </Show>
    }
}
