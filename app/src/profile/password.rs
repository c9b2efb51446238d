//! Changing the password (ACC-5): the current one and the new one with the strength
//! meter; once changed, the offer to sign out every other session.

use domain::i18n::ProfileMsg;
use leptos::prelude::*;

use super::api::{change_password, sign_out_other_sessions};
use crate::auth::field_error::{FieldError, FormErrors};
use crate::auth::password_meter::PasswordMeter;
use crate::error::{AppError, Field};
use crate::i18n::use_i18n;
use crate::session::use_session;
use crate::shell::{on_answer, ErrorNotice, SuccessNotice};

#[component]
pub fn ChangePassword() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let current = RwSignal::new(String::new());
    let new = RwSignal::new(String::new());
    let error = RwSignal::new(None::<AppError>);
    let errors = FormErrors::new(error);
    let changed = RwSignal::new(false);
    let done = RwSignal::new(None::<String>);
    let personal = Signal::derive(move || {
        session.me.with(|m| {
            m.as_ref().map(|m| (m.email.clone(), m.first_name.clone(), m.last_name.clone())).unwrap_or_default()
        })
    });
    let change = Action::new_local(|(c, n): &(String, String)| change_password(c.clone(), n.clone()));
    on_answer(change, error, move |()| {
        current.set(String::new());
        new.set(String::new());
        changed.set(true);
        done.set(Some(ProfileMsg::PasswordChanged.text(i18n.lang()).to_string()));
    });
    let sign_out = Action::new_local(|_: &()| sign_out_other_sessions());
    on_answer(sign_out, error, move |_| {
        changed.set(false);
        done.set(Some(ProfileMsg::SessionsSignedOut.text(i18n.lang()).to_string()));
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        done.set(None);
        change.dispatch((current.get_untracked(), new.get_untracked()));
    };
    view! {
        <section class="panel" aria-labelledby="password-title">
            <h2 id="password-title">{i18n.t(ProfileMsg::PasswordTitle)}</h2>
            <SuccessNotice message=done/>
            <Show when=move || changed.get()>
                <p class="help" id="sign-out-others-help">{i18n.t(ProfileMsg::PasswordSignOutOthersHelp)}</p>
                <button type="button" aria-describedby="sign-out-others-help" disabled=move || sign_out.pending().get()
                    on:click=move |_| { sign_out.dispatch(()); }>
                    {i18n.t(ProfileMsg::PasswordSignOutOthers)}
                </button>
            </Show>
            <form on:submit=submit novalidate aria-labelledby="password-change-title">
                <h3 id="password-change-title">{i18n.t(ProfileMsg::PasswordChangeTitle)}</h3>
                <label for="password-current">{i18n.t(ProfileMsg::ProfileCurrentPassword)}</label>
                <input id="password-current" type="password" autocomplete="current-password" required
                    aria-invalid=errors.invalid(Field::Password)
                    aria-describedby=errors.described_by(Field::Password, "password-current-error", None)
                    prop:value=current on:input=move |ev| current.set(event_target_value(&ev))/>
                <FieldError errors field=Field::Password id="password-current-error"/>
                <label for="password-new">{i18n.t(ProfileMsg::PasswordNew)}</label>
                <input id="password-new" type="password" autocomplete="new-password" required maxlength="128"
                    aria-invalid=errors.invalid(Field::NewPassword)
                    aria-describedby=errors.described_by(Field::NewPassword, "password-new-error", None)
                    prop:value=new on:input=move |ev| new.set(event_target_value(&ev))/>
                <PasswordMeter password=new personal/>
                <FieldError errors field=Field::NewPassword id="password-new-error"/>
                <ErrorNotice error=errors.general/>
                <button type="submit" disabled=move || change.pending().get()>{i18n.t(ProfileMsg::PasswordChangeTitle)}</button>
            </form>
        </section>
    }
}
