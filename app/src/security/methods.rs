//! The two-factor section: whether 2FA is on, the methods set up (each removable), and
//! setting up an authenticator app or a phone for SMS codes.

use base64::Engine;
use domain::i18n::SecurityMsg;
use domain::org_details::Country;
use domain::two_factor::sms;
use domain::Msg;
use leptos::prelude::*;

use super::api::{self, Factor, FactorConfirmed, SmsSetup, TotpSetup};
use super::local_time;
use super::page::use_security;
use crate::auth::field_error::{FieldError, FormErrors};
use crate::error::{AppError, Field};
use crate::i18n::use_i18n;
use crate::session::use_session;
use crate::shell::{on_answer, ErrorNotice, SuccessNotice};

#[component]
pub fn TwoFactorSection() -> impl IntoView {
    let i18n = use_i18n();
    let security = use_security();
    let on = security.two_factor_on();
    let done = RwSignal::new(None::<String>);
    let factors = move || security.overview.get().and_then(Result::ok).map(|o| o.factors).unwrap_or_default();
    view! {
        <section class="card-section" aria-labelledby="two-factor-title">
            <h2 id="two-factor-title">{i18n.t(SecurityMsg::TwoFactorSection)}</h2>
            <p>{move || if on.get() { i18n.t(SecurityMsg::TwoFactorOn)() } else { i18n.t(SecurityMsg::TwoFactorOff)() }}</p>
            <SuccessNotice message=done/>
            <ul class="plain-list factors">
                {move || factors().into_iter().map(|f| view! { <FactorItem factor=f done/> }).collect_view()}
            </ul>
            <p class="muted">{i18n.t(SecurityMsg::PushExplained)}</p>
            <TotpSetupForm done/>
            <SmsSetupForm done/>
        </section>
    }
}

#[component]
fn FactorItem(factor: Factor, done: RwSignal<Option<String>>) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let security = use_security();
    let error = RwSignal::new(None::<AppError>);
    let remove = Action::new_local(|id: &String| api::remove_factor(id.clone()));
    on_answer(remove, error, move |()| {
        done.set(Some(i18n.t(SecurityMsg::FactorRemoved)().to_string()));
        security.changed();
    });
    let zone = move || session.me.with(|m| m.as_ref().and_then(|m| m.time_zone.clone()));
    let added = i18n.fill(SecurityMsg::FactorAdded, &[("date", &local_time(factor.created_at, i18n.lang(), zone()))]);
    let used = factor
        .last_used_at
        .map(|at| i18n.fill(SecurityMsg::FactorLastUsed, &[("date", &local_time(at, i18n.lang(), zone()))]));
    let method = factor.method.label().text(i18n.lang());
    let id = factor.id.clone();
    view! {
        <li class="factor">
            <span class="factor-name"><strong>{method}</strong>" "<span class="muted">{factor.label.clone()}</span></span>
            <small class="help">{added}{used.map(|u| format!(", {u}"))}</small>
            <button type="button" disabled=move || remove.pending().get()
                aria-label=i18n.fill(SecurityMsg::FactorRemoveNamed, &[("method", method)])
                on:click=move |_| { remove.dispatch(id.clone()); }>
                {i18n.t(SecurityMsg::FactorRemove)}
            </button>
            <ErrorNotice error/>
        </li>
    }
}

/// What a confirmed factor leads to: the new backup codes, once, and the list again.
fn after_confirmed(confirmed: FactorConfirmed, security: super::page::SecurityState) {
    if let Some(codes) = confirmed.backup_codes {
        security.fresh_codes.set(Some(codes));
    }
    security.changed();
}

#[component]
fn TotpSetupForm(done: RwSignal<Option<String>>) -> impl IntoView {
    let i18n = use_i18n();
    let security = use_security();
    let setup = RwSignal::new(None::<TotpSetup>);
    let code = RwSignal::new(String::new());
    let error = RwSignal::new(None::<AppError>);
    let errors = FormErrors::new(error);
    let start = Action::new_local(|_: &()| api::start_totp());
    on_answer(start, error, move |s| {
        code.set(String::new());
        setup.set(Some(s));
    });
    let confirm = Action::new_local(|(id, code): &(String, String)| api::confirm_totp(id.clone(), code.clone()));
    on_answer(confirm, error, move |confirmed| {
        setup.set(None);
        done.set(Some(i18n.t(SecurityMsg::TotpEnabled)().to_string()));
        after_confirmed(confirmed, security);
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if let Some(s) = setup.get_untracked() {
            confirm.dispatch((s.factor_id, code.get_untracked()));
        }
    };
    view! {
        <div class="setup">
            <h3>{i18n.t(SecurityMsg::MethodTotp)}</h3>
            {move || match setup.get() {
                None => view! {
                    <button type="button" disabled=move || start.pending().get() on:click=move |_| { start.dispatch(()); }>
                        {i18n.t(SecurityMsg::TotpAdd)}
                    </button>
                }.into_any(),
                Some(s) => {
                    let src = format!("data:image/svg+xml;base64,{}", base64::engine::general_purpose::STANDARD.encode(&s.qr_svg));
                    view! {
                        <p>{i18n.t(SecurityMsg::TotpScan)}</p>
                        <img class="qr" src=src alt=i18n.t(SecurityMsg::TotpQrLabel) width="200" height="200"/>
                        <p>{i18n.t(SecurityMsg::TotpKey)}": "<code class="secret" data-testid="totp-secret">{s.secret.clone()}</code></p>
                        <form on:submit=submit novalidate>
                            <label for="totp-code">{i18n.t(Msg::FieldCode)}</label>
                            <small id="totp-code-help" class="help">{i18n.t(SecurityMsg::TotpConfirmHelp)}</small>
                            <input id="totp-code" type="text" inputmode="numeric" autocomplete="one-time-code" maxlength="40" required
                                aria-invalid=errors.invalid(Field::Code)
                                aria-describedby=errors.described_by(Field::Code, "totp-code-error", Some("totp-code-help"))
                                prop:value=code on:input=move |ev| code.set(event_target_value(&ev))/>
                            <FieldError errors field=Field::Code id="totp-code-error"/>
                            <button type="submit" class="primary" disabled=move || confirm.pending().get()>{i18n.t(SecurityMsg::TotpConfirm)}</button>
                        </form>
                    }.into_any()
                }
            }}
            <ErrorNotice error=errors.general/>
        </div>
    }
}

#[component]
fn SmsSetupForm(done: RwSignal<Option<String>>) -> impl IntoView {
    let i18n = use_i18n();
    let security = use_security();
    let session = use_session();
    let default_country = session
        .me
        .with_untracked(|m| m.as_ref().and_then(|m| m.country.as_deref().and_then(Country::parse)))
        .filter(|c| sms::country_served(*c))
        .unwrap_or(Country::Ch);
    let country = RwSignal::new(default_country);
    let phone = RwSignal::new(String::new());
    let code = RwSignal::new(String::new());
    let setup = RwSignal::new(None::<SmsSetup>);
    let error = RwSignal::new(None::<AppError>);
    let errors = FormErrors::new(error);
    let add = Action::new_local(|(country, phone): &(Country, String)| api::add_sms(*country, phone.clone()));
    on_answer(add, error, move |s| {
        code.set(String::new());
        setup.set(Some(s));
    });
    let confirm = Action::new_local(|(id, code): &(String, String)| api::confirm_sms(id.clone(), code.clone()));
    on_answer(confirm, error, move |confirmed| {
        setup.set(None);
        phone.set(String::new());
        done.set(Some(i18n.t(SecurityMsg::SmsEnabled)().to_string()));
        after_confirmed(confirmed, security);
    });
    let send = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        add.dispatch((country.get_untracked(), phone.get_untracked()));
    };
    let submit_code = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if let Some(s) = setup.get_untracked() {
            confirm.dispatch((s.factor_id, code.get_untracked()));
        }
    };
    view! {
        <div class="setup">
            <h3>{i18n.t(SecurityMsg::MethodSms)}</h3>
            <form on:submit=send novalidate>
                <label for="sms-country">{i18n.t(SecurityMsg::SmsCountry)}</label>
                <select id="sms-country" aria-describedby="sms-countries"
                    on:change=move |ev| if let Some(c) = Country::parse(&event_target_value(&ev)) { country.set(c) }>
                    {Country::ALL.into_iter().map(|c| view! {
                        <option value=c.code() selected=move || country.get() == c disabled=!sms::country_served(c)>
                            {move || c.label().text(i18n.lang())}
                        </option>
                    }).collect_view()}
                </select>
                <small id="sms-countries" class="help">{i18n.t(SecurityMsg::SmsCountriesServed)}</small>
                <label for="sms-phone">{i18n.t(SecurityMsg::SmsPhone)}</label>
                <input id="sms-phone" type="tel" autocomplete="tel" maxlength="30" required
                    aria-invalid=errors.invalid(Field::Phone)
                    aria-describedby=errors.described_by(Field::Phone, "sms-phone-error", Some("sms-countries"))
                    prop:value=phone on:input=move |ev| phone.set(event_target_value(&ev))/>
                <FieldError errors field=Field::Phone id="sms-phone-error"/>
                <button type="submit" disabled=move || add.pending().get()>{i18n.t(SecurityMsg::SmsSendCode)}</button>
            </form>
            {move || setup.get().map(|s| view! {
                <form on:submit=submit_code novalidate>
                    <p id="sms-code-help">{i18n.fill(SecurityMsg::SmsCodeSent, &[("phone", &s.phone)])}</p>
                    <label for="sms-code">{i18n.t(Msg::FieldCode)}</label>
                    <input id="sms-code" type="text" inputmode="numeric" autocomplete="one-time-code" maxlength="40" required
                        aria-invalid=errors.invalid(Field::Code)
                        aria-describedby=errors.described_by(Field::Code, "sms-code-error", Some("sms-code-help"))
                        prop:value=code on:input=move |ev| code.set(event_target_value(&ev))/>
                    <FieldError errors field=Field::Code id="sms-code-error"/>
                    <button type="submit" class="primary" disabled=move || confirm.pending().get()>{i18n.t(SecurityMsg::TotpConfirm)}</button>
                </form>
            })}
            <ErrorNotice error=errors.general/>
        </div>
    }
}
