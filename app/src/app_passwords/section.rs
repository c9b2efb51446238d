//! The security page's "App passwords" section (SEC-4): the app passwords with their
//! creation and last use, revoke one, create one (shown once, with a recent
//! re-authentication). Offered once two-factor authentication is on; otherwise the
//! section says why (`domain::keys::may_create_app_password`).

use domain::i18n::KeysMsg;
use domain::keys::{may_create_app_password, NAME_MAX_CHARS};
use leptos::prelude::*;

use super::api::{create_app_password, list_app_passwords, revoke_app_password, AppPassword, NewAppPassword};
use crate::error::AppError;
use crate::i18n::use_i18n;
use crate::security_keys::local_date;
use crate::shell::{on_answer, ErrorNotice, SuccessNotice};

#[component]
pub fn AppPasswordsSection(
    /// Whether two-factor authentication is on.
    #[prop(into)]
    two_factor_on: Signal<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    let list = LocalResource::new(list_app_passwords);
    let error = RwSignal::new(None::<AppError>);
    let done = RwSignal::new(None::<String>);
    let name = RwSignal::new(String::new());
    let shown = RwSignal::new(None::<NewAppPassword>);

    let creating = Action::new_local(|name: &String| create_app_password(name.clone()));
    on_answer(creating, error, move |created| {
        name.set(String::new());
        done.set(None);
        shown.set(Some(created));
        list.refetch();
    });
    let revoking = Action::new_local(|id: &String| revoke_app_password(id.clone()));
    on_answer(revoking, error, move |()| {
        done.set(Some(i18n.t(KeysMsg::AppPasswordRevoked)().to_string()));
        list.refetch();
    });

    let active = move || list.get().and_then(|l| l.ok()).map_or(0, |l| l.len());
    let refusal = move || may_create_app_password(two_factor_on.get(), active()).err();
    let rows = move || {
        list.get().map(|answer| match answer {
            Err(e) => view! { <p class="notice error" role="alert">{e.message(i18n.lang())}</p> }.into_any(),
            Ok(items) if items.is_empty() => {
                view! { <p class="help">{i18n.t(KeysMsg::AppPasswordsNone)}</p> }.into_any()
            }
            Ok(items) => view! {
                <ul class="key-list">
                    {items.into_iter().map(|item| row(item, revoking)).collect_view()}
                </ul>
            }
            .into_any(),
        })
    };
    view! {
        <section class="card stack" aria-labelledby="app-passwords-title">
            <h2 id="app-passwords-title">{i18n.t(KeysMsg::AppPasswordsTitle)}</h2>
            <p class="help">{i18n.t(KeysMsg::AppPasswordsIntro)}</p>
            <ErrorNotice error/>
            <SuccessNotice message=done/>
            {move || shown.get().map(|created| {
                let explain = i18n.fill(KeysMsg::AppPasswordShownOnce, &[("name", &created.app_password.name)]);
                view! {
                    <div class="notice success" role="status">
                        <p>{explain}</p>
                        <p><strong>{i18n.t(KeysMsg::AppPasswordValue)}": "</strong><code class="secret" data-testid="new-app-password">{created.password}</code></p>
                        <button type="button" on:click=move |_| shown.set(None)>{i18n.t(KeysMsg::AppPasswordDone)}</button>
                    </div>
                }
            })}
            <Transition fallback=|| ()>{rows}</Transition>
            <form on:submit=move |ev: leptos::ev::SubmitEvent| {
                ev.prevent_default();
                creating.dispatch(name.get_untracked());
            }>
                <label for="app-password-name">{i18n.t(KeysMsg::FieldName)}</label>
                <input id="app-password-name" maxlength=NAME_MAX_CHARS required autocomplete="off"
                    aria-describedby="app-password-name-help"
                    prop:value=name on:input=move |ev| name.set(event_target_value(&ev))/>
                <small id="app-password-name-help" class="help">
                    {move || refusal().map_or_else(|| i18n.t(KeysMsg::AppPasswordNameHelp)(), |r| r.msg().text(i18n.lang()))}
                </small>
                <button type="submit" disabled=move || creating.pending().get() || refusal().is_some()>
                    {i18n.t(KeysMsg::AppPasswordCreate)}
                </button>
            </form>
        </section>
    }
}

fn row(item: AppPassword, revoking: Action<String, Result<(), AppError>>) -> impl IntoView {
    let i18n = use_i18n();
    let created = i18n.fill(KeysMsg::AppPasswordCreatedOn, &[("date", &local_date(item.created_at, i18n.lang()))]);
    let used = match item.last_used_at {
        Some(at) => i18n.fill(KeysMsg::LastUsedOn, &[("date", &local_date(at, i18n.lang()))]),
        None => i18n.t(KeysMsg::AppPasswordNeverUsed)().to_string(),
    };
    let label = i18n.fill(KeysMsg::AppPasswordRevokeNamed, &[("name", &item.name)]);
    let id = item.id.clone();
    view! {
        <li class="key-row">
            <strong>{item.name}</strong>
            <small class="help">{created}" · "{used}</small>
            <button type="button" class="danger" aria-label=label disabled=move || revoking.pending().get()
                on:click=move |_| { revoking.dispatch(id.clone()); }>
                {i18n.t(KeysMsg::AppPasswordRevoke)}
            </button>
        </li>
    }
}
