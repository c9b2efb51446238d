//! Closing the account (ACC-13): the organizations that hold it back are listed before
//! anyone tries (`domain::profile::closure_blockers`, the rule the server applies again
//! under the organizations' locks); otherwise the password and the login email typed
//! again.

use domain::i18n::ProfileMsg;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use super::api::close_account;
use crate::auth::field_error::{FieldError, FormErrors};
use crate::error::{AppError, Field};
use crate::i18n::use_i18n;
use crate::session::use_session;
use crate::shell::ErrorNotice;

#[component]
pub fn CloseAccount(email: String, blockers: Vec<String>) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let navigate = use_navigate();
    let password = RwSignal::new(String::new());
    let confirmation = RwSignal::new(String::new());
    let error = RwSignal::new(None::<AppError>);
    let errors = FormErrors::new(error);
    let close = Action::new_local(|(p, c): &(String, String)| close_account(p.clone(), c.clone()));
    let blocked = RwSignal::new(blockers);
    Effect::new(move |_| match close.value().get() {
        Some(Ok(())) => {
            session.set(None);
            navigate("/sign-in", Default::default());
        }
        Some(Err(AppError::ClosureBlocked { organizations })) => blocked.set(organizations),
        Some(Err(e)) => error.set(Some(e)),
        None => {}
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        error.set(None);
        close.dispatch((password.get_untracked(), confirmation.get_untracked()));
    };
    view! {
        <section class="panel danger-zone" aria-labelledby="close-title">
            <h2 id="close-title">{i18n.t(ProfileMsg::CloseTitle)}</h2>
            <p>{i18n.t(ProfileMsg::CloseExplain)}</p>
            <Show when=move || blocked.with(|b| !b.is_empty())>
                <div class="notice error" role="alert" id="close-blocked">
                    <p>{i18n.t(ProfileMsg::CloseBlocked)}</p>
                    <ul class="blocker-list">
                        {move || blocked.get().into_iter().map(|name| view! { <li class="wrap">{name}</li> }).collect_view()}
                    </ul>
                </div>
            </Show>
            <Show when=move || blocked.with(Vec::is_empty)>
                <form on:submit=submit novalidate>
                    <label for="close-password">{i18n.t(ProfileMsg::ProfileCurrentPassword)}</label>
                    <input id="close-password" type="password" autocomplete="current-password" required
                        aria-invalid=errors.invalid(Field::Password)
                        aria-describedby=errors.described_by(Field::Password, "close-password-error", None)
                        prop:value=password on:input=move |ev| password.set(event_target_value(&ev))/>
                    <FieldError errors field=Field::Password id="close-password-error"/>
                    <label for="close-confirmation">{i18n.t(ProfileMsg::CloseConfirmLabel)}</label>
                    <input id="close-confirmation" type="email" autocomplete="off" required maxlength="254"
                        placeholder=email.clone()
                        aria-invalid=errors.invalid(Field::Confirmation)
                        aria-describedby=errors.described_by(Field::Confirmation, "close-confirmation-error", None)
                        prop:value=confirmation on:input=move |ev| confirmation.set(event_target_value(&ev))/>
                    <FieldError errors field=Field::Confirmation id="close-confirmation-error"/>
                    <ErrorNotice error=errors.general/>
                    <button type="submit" class="danger" disabled=move || close.pending().get()>
                        {i18n.t(ProfileMsg::CloseButton)}
                    </button>
                </form>
            </Show>
        </section>
    }
}
