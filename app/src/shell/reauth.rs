//! Re-authentication before a sensitive change (SEC-8): when the server answers
//! `reauthentication_required`, a dialog asks for the password (or a code of a second
//! factor), confirms it with `auth/reauthenticate`, then sends the same request again.
//! Pages get this by wiring their action with [`super::on_answer`]; nothing else to do.

use std::sync::Arc;

use domain::Msg;
use leptos::prelude::*;

use crate::auth::api::reauthenticate;
use crate::auth::field_error::{FieldError, FormErrors};
use crate::error::{AppError, Field};
use crate::i18n::use_i18n;
use crate::session::use_session;
use crate::shell::{on_answer, Dialog, ErrorNotice};

type Retry = Arc<dyn Fn() + Send + Sync>;

/// The pending request to send again once the user has confirmed it is them.
#[derive(Clone, Copy)]
pub struct Reauth {
    pending: RwSignal<Option<Retry>>,
}

impl Reauth {
    /// Asks the user to confirm it is them, then runs `retry`.
    pub fn ask(self, retry: impl Fn() + Send + Sync + 'static) {
        self.pending.set(Some(Arc::new(retry)));
    }
}

/// Provides [`Reauth`] to the pages below and shows its dialog when asked.
#[component]
pub fn ReauthHost() -> impl IntoView {
    let reauth = Reauth { pending: RwSignal::new(None) };
    provide_context(reauth);
    move || {
        reauth
            .pending
            .get()
            .map(|retry| view! { <ReauthDialog retry on_close=Callback::new(move |()| reauth.pending.set(None))/> })
    }
}

#[component]
fn ReauthDialog(retry: Retry, on_close: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let has_second_factor = move || session.me.with(|me| me.as_ref().is_some_and(|me| me.two_factor));
    let use_code = RwSignal::new(false);
    let secret = RwSignal::new(String::new());
    let error = RwSignal::new(None::<AppError>);
    let errors = FormErrors::new(error);
    let confirming = Action::new_local(move |(secret, by_code): &(String, bool)| {
        let (password, code) = if *by_code { (None, Some(secret.clone())) } else { (Some(secret.clone()), None) };
        reauthenticate(password, code)
    });
    on_answer(confirming, error, move |()| {
        on_close.run(());
        retry();
    });
    let field = move || if use_code.get() { Field::Code } else { Field::Password };
    let title = Signal::derive(move || i18n.t(Msg::ReauthTitle)().to_string());
    view! {
        <Dialog id="reauth" title on_close>
            <form on:submit=move |ev: leptos::ev::SubmitEvent| {
                ev.prevent_default();
                confirming.dispatch((secret.get_untracked(), use_code.get_untracked()));
            }>
                <p>{i18n.t(Msg::ReauthExplain)}</p>
                <label for="reauth-secret">{move || field().text(i18n.lang())}</label>
                {move || if use_code.get() {
                    view! {
                        <input id="reauth-secret" type="text" inputmode="numeric" autocomplete="one-time-code" required
                            maxlength="32"
                            aria-invalid=errors.invalid(Field::Code)
                            aria-describedby=errors.described_by(Field::Code, "reauth-secret-error", None)
                            prop:value=secret on:input=move |ev| secret.set(event_target_value(&ev))/>
                    }.into_any()
                } else {
                    view! {
                        <input id="reauth-secret" type="password" autocomplete="current-password" required
                            aria-invalid=errors.invalid(Field::Password)
                            aria-describedby=errors.described_by(Field::Password, "reauth-secret-error", None)
                            prop:value=secret on:input=move |ev| secret.set(event_target_value(&ev))/>
                    }.into_any()
                }}
                {move || view! { <FieldError errors field=field() id="reauth-secret-error"/> }}
                <ErrorNotice error=errors.general/>
                <Show when=has_second_factor>
                    <button type="button" class="link" on:click=move |_| {
                        use_code.update(|c| *c = !*c);
                        secret.set(String::new());
                        error.set(None);
                    }>
                        {move || if use_code.get() { i18n.t(Msg::ReauthUsePassword)() } else { i18n.t(Msg::ReauthUseCode)() }}
                    </button>
                </Show>
                <div class="dialog-actions">
                    <button type="button" on:click=move |_| on_close.run(())>{i18n.t(Msg::Cancel)}</button>
                    <button type="submit" disabled=move || confirming.pending().get() || secret.with(String::is_empty)>
                        {i18n.t(Msg::ReauthConfirm)}
                    </button>
                </div>
            </form>
        </Dialog>
    }
}
