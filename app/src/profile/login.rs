//! The login email in use and its change (ACC-3, ACC-4): the new address and the
//! password; the server sends a link to the new address and says the same whatever the
//! address, so the page cannot tell whether another account uses it.

use domain::i18n::ProfileMsg;
use domain::Msg;
use leptos::prelude::*;

use super::api::change_login_email;
use super::page::Reload;
use crate::auth::field_error::{FieldError, FormErrors};
use crate::error::{AppError, Field};
use crate::i18n::use_i18n;
use crate::shell::{on_answer, ErrorNotice, SuccessNotice};

#[component]
pub fn LoginEmail(email: String, pending: Option<String>) -> impl IntoView {
    let i18n = use_i18n();
    let reload = expect_context::<Reload>();
    let open = RwSignal::new(false);
    let new_email = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let error = RwSignal::new(None::<AppError>);
    let errors = FormErrors::new(error);
    let done = RwSignal::new(None::<String>);
    let change = Action::new_local(|(e, p): &(String, String)| change_login_email(e.clone(), p.clone()));
    on_answer(change, error, move |()| {
        let sent = new_email.get_untracked();
        done.set(Some(ProfileMsg::LoginChangeSent.fill(i18n.lang(), &[("email", &sent)])));
        password.set(String::new());
        open.set(false);
        reload.run();
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        done.set(None);
        change.dispatch((new_email.get_untracked(), password.get_untracked()));
    };
    view! {
        <dl class="facts">
            <dt>{i18n.t(ProfileMsg::ProfileLoginEmail)}</dt>
            <dd class="wrap" data-testid="login-email">{email}</dd>
            {pending.map(|p| view! {
                <dt class="visually-hidden">{i18n.t(ProfileMsg::RecoveryWaiting)}</dt>
                <dd class="wrap"><small class="help">{move || i18n.fill(ProfileMsg::LoginPending, &[("email", &p)])}</small></dd>
            })}
        </dl>
        <SuccessNotice message=done/>
        <Show when=move || !open.get()>
            <button type="button" on:click=move |_| open.set(true)>{i18n.t(ProfileMsg::LoginChangeTitle)}</button>
        </Show>
        <Show when=move || open.get()>
            <form on:submit=submit novalidate aria-labelledby="login-change-title">
                <h3 id="login-change-title">{i18n.t(ProfileMsg::LoginChangeTitle)}</h3>
                <p class="help" id="login-new-help">{i18n.t(ProfileMsg::LoginChangeHelp)}</p>
                <label for="login-new">{i18n.t(ProfileMsg::LoginNewEmail)}</label>
                <input id="login-new" type="email" autocomplete="email" required maxlength="254"
                    aria-invalid=errors.invalid(Field::Email)
                    aria-describedby=errors.described_by(Field::Email, "login-new-error", Some("login-new-help"))
                    prop:value=new_email on:input=move |ev| new_email.set(event_target_value(&ev))/>
                <FieldError errors field=Field::Email id="login-new-error"/>
                <label for="login-password">{i18n.t(ProfileMsg::ProfileCurrentPassword)}</label>
                <input id="login-password" type="password" autocomplete="current-password" required
                    aria-invalid=errors.invalid(Field::Password)
                    aria-describedby=errors.described_by(Field::Password, "login-password-error", None)
                    prop:value=password on:input=move |ev| password.set(event_target_value(&ev))/>
                <FieldError errors field=Field::Password id="login-password-error"/>
                <ErrorNotice error=errors.general/>
                <div class="actions">
                    <button type="submit" disabled=move || change.pending().get()>{i18n.t(ProfileMsg::ProfileSave)}</button>
                    <button type="button" on:click=move |_| open.set(false)>{i18n.t(Msg::Cancel)}</button>
                </div>
            </form>
        </Show>
    }
}
