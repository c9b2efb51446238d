//! "Forgot your login email?" (ACC-11): the recovery phone (and, when several accounts
//! share it, the recovery email); the login is sent there, never shown on the page.

use domain::i18n::RecoveryMsg;
use domain::org_details::Country;
use domain::org_details::PHONE_MAX_CHARS;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::auth::field_error::{FieldError, FormErrors};
use crate::error::{AppError, Field};
use crate::i18n::use_i18n;
use crate::shell::{on_answer, ErrorNotice, PublicFrame};

#[component]
pub fn ForgotLoginPage() -> impl IntoView {
    let i18n = use_i18n();
    crate::shell::use_title(move || i18n.t(RecoveryMsg::ForgotLoginTitle)().to_string());
    let country = RwSignal::new(crate::auth::default_country());
    let phone = RwSignal::new(String::new());
    let recovery_email = RwSignal::new(String::new());
    let error = RwSignal::new(None::<AppError>);
    let errors = FormErrors::new(error);
    let sent = RwSignal::new(false);
    let find = Action::new_local(|(country, phone, email): &(Country, String, String)| {
        let email = Some(email.trim().to_string()).filter(|e| !e.is_empty());
        super::api::find_login(country.code().to_string(), phone.clone(), email)
    });
    on_answer(find, error, move |()| sent.set(true));
    let busy = find.pending();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        find.dispatch((country.get_untracked(), phone.get_untracked(), recovery_email.get_untracked()));
    };
    view! {
        <PublicFrame>
            <h1>{i18n.t(RecoveryMsg::ForgotLoginTitle)}</h1>
            <Show when=move || !sent.get() fallback=move || view! {
                <p class="notice success" role="status">{i18n.t(RecoveryMsg::LoginSent)}</p>
                <button type="button" on:click=move |_| sent.set(false)>{i18n.t(RecoveryMsg::StartAgain)}</button>
            }>
                <p>{i18n.t(RecoveryMsg::ForgotLoginIntro)}</p>
                <form on:submit=submit novalidate>
                    <label for="findlogin-country">{i18n.t(RecoveryMsg::FieldCountry)}</label>
                    <select id="findlogin-country" autocomplete="country"
                        aria-invalid=errors.invalid(Field::Country)
                        on:change=move |ev| if let Some(c) = Country::parse(&event_target_value(&ev)) { country.set(c) }>
                        {Country::ALL.into_iter().map(|c| view! {
                            <option value=c.code() selected=move || country.get() == c>{i18n.t(c.label())}</option>
                        }).collect_view()}
                    </select>
                    <label for="findlogin-phone">{i18n.t(RecoveryMsg::FieldMobile)}</label>
                    <input id="findlogin-phone" type="tel" autocomplete="tel" required maxlength=PHONE_MAX_CHARS.to_string()
                        aria-invalid=errors.invalid(Field::Phone)
                        aria-describedby=errors.described_by(Field::Phone, "findlogin-phone-error", None)
                        prop:value=phone on:input=move |ev| phone.set(event_target_value(&ev))/>
                    <FieldError errors field=Field::Phone id="findlogin-phone-error"/>
                    <label for="findlogin-email">{i18n.t(RecoveryMsg::FieldRecoveryEmailOptional)}</label>
                    <input id="findlogin-email" type="email" autocomplete="email" maxlength="254"
                        aria-invalid=errors.invalid(Field::Email)
                        aria-describedby=errors.described_by(Field::Email, "findlogin-email-error", None)
                        prop:value=recovery_email on:input=move |ev| recovery_email.set(event_target_value(&ev))/>
                    <FieldError errors field=Field::Email id="findlogin-email-error"/>
                    <ErrorNotice error=errors.general/>
                    <button type="submit" class="primary" disabled=busy>{i18n.t(RecoveryMsg::SendButton)}</button>
                </form>
            </Show>
            <p><A href="/identity-check">{i18n.t(RecoveryMsg::IdentityCheckLink)}</A></p>
            <p><A href="/sign-in">{i18n.t(RecoveryMsg::BackToSignIn)}</A></p>
        </PublicFrame>
    }
}
