//! The recovery channels (ACC-6, ACC-7): the recovery email, verified by a link, and the
//! recovery mobile phone, verified by a code sent by SMS; each set or removed with the
//! password.

use domain::i18n::ProfileMsg;
use domain::org_details::Country;
use leptos::prelude::*;

use super::api::{
    remove_recovery_email, remove_recovery_phone, send_phone_code, set_recovery_email, verify_phone, RecoveryChannel,
};
use super::page::Reload;
use crate::auth::field_error::{FieldError, FormErrors};
use crate::error::{AppError, Field};
use crate::i18n::use_i18n;
use crate::shell::{on_answer, ErrorNotice, SuccessNotice};

/// The channel's address and whether it is verified or waiting.
#[component]
fn Status(channel: Option<RecoveryChannel>) -> impl IntoView {
    let i18n = use_i18n();
    match channel {
        None => view! { <p>{i18n.t(ProfileMsg::RecoveryNone)}</p> }.into_any(),
        Some(c) => {
            let state = if c.verified { ProfileMsg::RecoveryVerified } else { ProfileMsg::RecoveryWaiting };
            let class = if c.verified { "badge ok" } else { "badge waiting" };
            view! { <p class="wrap"><span>{c.address}</span>" "<span class=class>{i18n.t(state)}</span></p> }.into_any()
        }
    }
}

#[component]
fn PasswordField(id: &'static str, value: RwSignal<String>, errors: FormErrors) -> impl IntoView {
    let i18n = use_i18n();
    let error_id: &'static str =
        if id == "recovery-email-password" { "recovery-email-password-error" } else { "recovery-phone-password-error" };
    view! {
        <label for=id>{i18n.t(ProfileMsg::ProfileCurrentPassword)}</label>
        <input id=id type="password" autocomplete="current-password" required
            aria-invalid=errors.invalid(Field::Password)
            aria-describedby=errors.described_by(Field::Password, error_id, None)
            prop:value=value on:input=move |ev| value.set(event_target_value(&ev))/>
        <FieldError errors field=Field::Password id=error_id/>
    }
}

#[component]
pub fn RecoveryEmail(channel: Option<RecoveryChannel>) -> impl IntoView {
    let i18n = use_i18n();
    let reload = expect_context::<Reload>();
    let has = channel.is_some();
    let email = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let error = RwSignal::new(None::<AppError>);
    let errors = FormErrors::new(error);
    let done = RwSignal::new(None::<String>);
    let set = Action::new_local(|(e, p): &(String, String)| set_recovery_email(e.clone(), p.clone()));
    on_answer(set, error, move |()| {
        done.set(Some(ProfileMsg::RecoveryEmailSent.fill(i18n.lang(), &[("email", &email.get_untracked())])));
        reload.run();
    });
    let remove = Action::new_local(|p: &String| remove_recovery_email(p.clone()));
    on_answer(remove, error, move |()| {
        done.set(Some(ProfileMsg::RecoveryRemoved.text(i18n.lang()).to_string()));
        reload.run();
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        set.dispatch((email.get_untracked(), password.get_untracked()));
    };
    view! {
        <section class="panel" aria-labelledby="recovery-email-title">
            <h2 id="recovery-email-title">{i18n.t(ProfileMsg::RecoveryEmailTitle)}</h2>
            <Status channel/>
            <SuccessNotice message=done/>
            <form on:submit=submit novalidate>
                <p class="help" id="recovery-email-help">{i18n.t(ProfileMsg::RecoveryEmailHelp)}</p>
                <label for="recovery-email">{i18n.t(ProfileMsg::RecoveryEmailTitle)}</label>
                <input id="recovery-email" type="email" autocomplete="email" maxlength="254"
                    aria-invalid=errors.invalid(Field::Email)
                    aria-describedby=errors.described_by(Field::Email, "recovery-email-error", Some("recovery-email-help"))
                    prop:value=email on:input=move |ev| email.set(event_target_value(&ev))/>
                <FieldError errors field=Field::Email id="recovery-email-error"/>
                <PasswordField id="recovery-email-password" value=password errors/>
                <ErrorNotice error=errors.general/>
                <div class="actions">
                    <button type="submit" disabled=move || set.pending().get()>{i18n.t(ProfileMsg::ProfileSave)}</button>
                    <Show when=move || has>
                        <button type="button" class="danger" disabled=move || remove.pending().get()
                            on:click=move |_| { remove.dispatch(password.get_untracked()); }>
                            {i18n.t(ProfileMsg::RecoveryRemove)}
                        </button>
                    </Show>
                </div>
            </form>
        </section>
    }
}

#[component]
pub fn RecoveryPhone(channel: Option<RecoveryChannel>) -> impl IntoView {
    let i18n = use_i18n();
    let reload = expect_context::<Reload>();
    let has = channel.is_some();
    let waiting = RwSignal::new(channel.as_ref().is_some_and(|c| !c.verified));
    let country = RwSignal::new(Country::Ch);
    let number = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let code = RwSignal::new(String::new());
    let error = RwSignal::new(None::<AppError>);
    let errors = FormErrors::new(error);
    let done = RwSignal::new(None::<String>);
    let send =
        Action::new_local(|(c, n, p): &(String, String, String)| send_phone_code(c.clone(), n.clone(), p.clone()));
    on_answer(send, error, move |phone: String| {
        done.set(Some(ProfileMsg::PhoneCodeSent.fill(i18n.lang(), &[("phone", &phone)])));
        waiting.set(true);
    });
    let verify = Action::new_local(|c: &String| verify_phone(c.clone()));
    on_answer(verify, error, move |phone: String| {
        done.set(Some(ProfileMsg::PhoneVerified.fill(i18n.lang(), &[("phone", &phone)])));
        waiting.set(false);
        reload.run();
    });
    let remove = Action::new_local(|p: &String| remove_recovery_phone(p.clone()));
    on_answer(remove, error, move |()| {
        done.set(Some(ProfileMsg::RecoveryRemoved.text(i18n.lang()).to_string()));
        reload.run();
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let c = country.get_untracked().code().to_string();
        send.dispatch((c, number.get_untracked(), password.get_untracked()));
    };
    let submit_code = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        verify.dispatch(code.get_untracked());
    };
    view! {
        <section class="panel" aria-labelledby="recovery-phone-title">
            <h2 id="recovery-phone-title">{i18n.t(ProfileMsg::RecoveryPhoneTitle)}</h2>
            <Status channel/>
            <SuccessNotice message=done/>
            <form on:submit=submit novalidate>
                <p class="help" id="recovery-phone-help">{i18n.t(ProfileMsg::RecoveryPhoneHelp)}</p>
                <label for="recovery-phone-country">{i18n.t(ProfileMsg::PhoneCountry)}</label>
                <select id="recovery-phone-country" aria-invalid=errors.invalid(Field::Country)
                    on:change=move |ev| if let Some(c) = Country::parse(&event_target_value(&ev)) { country.set(c) }>
                    {Country::ALL.into_iter().map(|c| view! {
                        <option value=c.code() selected=move || country.get() == c>
                            {move || format!("{} (+{})", c.label().text(i18n.lang()), c.calling_code())}
                        </option>
                    }).collect_view()}
                </select>
                <FieldError errors field=Field::Country id="recovery-phone-country-error"/>
                <label for="recovery-phone-number">{i18n.t(ProfileMsg::PhoneNumber)}</label>
                <input id="recovery-phone-number" type="tel" autocomplete="tel-national" maxlength="30"
                    aria-invalid=errors.invalid(Field::Phone)
                    aria-describedby=errors.described_by(Field::Phone, "recovery-phone-number-error", Some("recovery-phone-help"))
                    prop:value=number on:input=move |ev| number.set(event_target_value(&ev))/>
                <FieldError errors field=Field::Phone id="recovery-phone-number-error"/>
                <PasswordField id="recovery-phone-password" value=password errors/>
                <div class="actions">
                    <button type="submit" disabled=move || send.pending().get()>{i18n.t(ProfileMsg::PhoneSendCode)}</button>
                    <Show when=move || has>
                        <button type="button" class="danger" disabled=move || remove.pending().get()
                            on:click=move |_| { remove.dispatch(password.get_untracked()); }>
                            {i18n.t(ProfileMsg::RecoveryRemove)}
                        </button>
                    </Show>
                </div>
            </form>
            <Show when=move || waiting.get()>
                <form on:submit=submit_code novalidate>
                    <label for="recovery-phone-code">{i18n.t(ProfileMsg::PhoneCode)}</label>
                    <input id="recovery-phone-code" inputmode="numeric" autocomplete="one-time-code" maxlength="6"
                        aria-invalid=errors.invalid(Field::Code)
                        aria-describedby=errors.described_by(Field::Code, "recovery-phone-code-error", None)
                        prop:value=code on:input=move |ev| code.set(event_target_value(&ev))/>
                    <FieldError errors field=Field::Code id="recovery-phone-code-error"/>
                    <button type="submit" disabled=move || verify.pending().get()>{i18n.t(ProfileMsg::PhoneVerify)}</button>
                </form>
            </Show>
            <ErrorNotice error=errors.general/>
        </section>
    }
}
