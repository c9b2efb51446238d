//! Turning two-factor authentication off (SEC-3): the password, then every method and
//! backup code goes.

use domain::i18n::SecurityMsg;
use domain::Msg;
use leptos::prelude::*;

use super::api;
use super::page::use_security;
use crate::auth::field_error::{FieldError, FormErrors};
use crate::error::{AppError, Field};
use crate::i18n::use_i18n;
use crate::shell::{on_answer, ErrorNotice, SuccessNotice};

#[component]
pub fn TurnOffSection() -> impl IntoView {
    let i18n = use_i18n();
    let security = use_security();
    let on = security.two_factor_on();
    let password = RwSignal::new(String::new());
    let error = RwSignal::new(None::<AppError>);
    let errors = FormErrors::new(error);
    let done = RwSignal::new(None::<String>);
    let disable = Action::new_local(|password: &String| api::disable(password.clone()));
    on_answer(disable, error, move |()| {
        password.set(String::new());
        security.fresh_codes.set(None);
        done.set(Some(i18n.t(SecurityMsg::Disabled)().to_string()));
        security.changed();
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        disable.dispatch(password.get_untracked());
    };
    view! {
        <SuccessNotice message=done/>
        <Show when=move || on.get()>
            <section class="card-section" aria-labelledby="turn-off-title">
                <h2 id="turn-off-title">{i18n.t(SecurityMsg::DisableTitle)}</h2>
                <p id="turn-off-help">{i18n.t(SecurityMsg::DisableHelp)}</p>
                <form on:submit=submit novalidate>
                    <label for="turn-off-password">{i18n.t(Msg::FieldPassword)}</label>
                    <input id="turn-off-password" type="password" autocomplete="current-password" required
                        aria-invalid=errors.invalid(Field::Password)
                        aria-describedby=errors.described_by(Field::Password, "turn-off-password-error", Some("turn-off-help"))
                        prop:value=password on:input=move |ev| password.set(event_target_value(&ev))/>
                    <FieldError errors field=Field::Password id="turn-off-password-error"/>
                    <button type="submit" class="danger" disabled=move || disable.pending().get()>{i18n.t(SecurityMsg::DisableButton)}</button>
                </form>
                <ErrorNotice error=errors.general/>
            </section>
        </Show>
    }
}
