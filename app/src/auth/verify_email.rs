//! The page an email-confirmation link opens (ACC-1): the account's password confirms
//! that the person who opens the mailbox is the one who signed up; then the console.

use domain::i18n::AuthMsg;
use domain::Msg;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use crate::error::AppError;
use crate::i18n::use_i18n;
use crate::session::use_session;
use crate::shell::{ErrorNotice, PublicFrame};

#[component]
pub fn VerifyEmailPage() -> impl IntoView {
    let i18n = use_i18n();
    crate::shell::use_title(move || i18n.t(AuthMsg::VerifyEmailTitle)().to_string());
    let session = use_session();
    let navigate = use_navigate();
    let token = super::take_link_secret("token").unwrap_or_default();
    let password = RwSignal::new(String::new());
    let error = RwSignal::new(None::<AppError>);
    let verify =
        Action::new_local(move |password: &String| crate::auth::api::verify_email(token.clone(), password.clone()));
    crate::shell::on_answer(verify, error, move |me| session.enter(me, i18n, navigate.clone()));
    let busy = verify.pending();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        verify.dispatch(password.get_untracked());
    };
    view! {
        <PublicFrame>
            <h1>{i18n.t(AuthMsg::VerifyEmailTitle)}</h1>
            <p>{i18n.t(AuthMsg::VerifyEmailIntro)}</p>
            <form on:submit=submit novalidate>
                <label for="verify-password">{i18n.t(Msg::FieldPassword)}</label>
                <input id="verify-password" type="password" autocomplete="current-password" required
                    prop:value=password on:input=move |ev| password.set(event_target_value(&ev))/>
                <ErrorNotice error/>
                <button type="submit" class="primary" disabled=busy>{i18n.t(AuthMsg::VerifyEmailButton)}</button>
            </form>
        </PublicFrame>
    }
}
