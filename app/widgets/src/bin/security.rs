//! The user security widget (EMB-1): whether two-factor authentication is on, setting
//! up an authenticator app (after the password again, as in the console), and the
//! account's signed-in sessions, each of which can be ended.

use app::activity::api::{ActiveSession, ListSessions, RevokeSession};
use app::auth::api::Reauthenticate;
use app::security::api::{ConfirmTotp, FactorConfirmed, Overview, SecurityOverview, StartTotp, TotpSetup};
use app::AppError;
use domain::embed::{Change, Widget};
use domain::i18n::{EmbedMsg, Msg};
use leptos::prelude::*;
use orga_widgets::{call, done_view, error_view, notify, use_env};
use serde_json::json;

fn main() {
    orga_widgets::start(Widget::Security, || view! { <Security/> });
}

#[component]
fn Security() -> impl IntoView {
    let env = use_env();
    let overview = LocalResource::new(|| call::<_, SecurityOverview>("security/overview", &Overview {}));
    view! {
        <h1>{env.t(EmbedMsg::WidgetSecurity)}</h1>
        {move || overview.get().map(|answer| match answer {
            Err(e) => view! { <p class="notice error" role="alert">{e.message(env.lang.get())}</p> }.into_any(),
            Ok(o) if !o.factors.is_empty() => {
                view! { <p class="status on">{env.t(EmbedMsg::WidgetTwoFactorOn)}</p> }.into_any()
            }
            Ok(_) => view! {
                <p class="status off">{env.t(EmbedMsg::WidgetTwoFactorOff)}</p>
                <TotpSetupForm on_done=move || overview.refetch()/>
            }.into_any(),
        })}
        <Sessions/>
    }
}

#[component]
fn TotpSetupForm(on_done: impl Fn() + Copy + Send + Sync + 'static) -> impl IntoView {
    let env = use_env();
    let error = RwSignal::new(None::<AppError>);
    let setup = RwSignal::new(None::<TotpSetup>);
    let needs_password = RwSignal::new(false);
    let password = RwSignal::new(String::new());
    let code = RwSignal::new(String::new());
    let backup = RwSignal::new(None::<Vec<String>>);
    let start = Action::new_local(|_: &()| call::<_, TotpSetup>("security/start_totp", &StartTotp {}));
    Effect::new(move |_| match start.value().get() {
        Some(Ok(s)) => {
            error.set(None);
            setup.set(Some(s));
        }
        Some(Err(AppError::ReauthenticationRequired)) => needs_password.set(true),
        Some(Err(e)) => error.set(Some(e)),
        None => {}
    });
    let reauth = Action::new_local(|password: &String| {
        let args = Reauthenticate { password: Some(password.clone()), code: None };
        async move { call::<_, ()>("auth/reauthenticate", &args).await }
    });
    Effect::new(move |_| match reauth.value().get() {
        Some(Ok(())) => {
            needs_password.set(false);
            password.set(String::new());
            start.dispatch(());
        }
        Some(Err(e)) => error.set(Some(e)),
        None => {}
    });
    let confirm = Action::new_local(move |code: &String| {
        let factor_id = setup.with_untracked(|s| s.as_ref().map(|s| s.factor_id.clone()).unwrap_or_default());
        let args = ConfirmTotp { factor_id, code: code.clone() };
        async move { call::<_, FactorConfirmed>("security/confirm_totp", &args).await }
    });
    Effect::new(move |_| match confirm.value().get() {
        Some(Ok(confirmed)) => {
            error.set(None);
            setup.set(None);
            backup.set(Some(confirmed.backup_codes.unwrap_or_default()));
            notify(Change::TwoFactorEnabled, json!({}));
        }
        Some(Err(e)) => error.set(Some(e)),
        None => {}
    });
    view! {
        {move || match (backup.get(), setup.get(), needs_password.get()) {
            (Some(codes), _, _) => view! {
                <p role="status">{env.t(EmbedMsg::WidgetTwoFactorOn)}</p>
                <p>{env.t(EmbedMsg::WidgetBackupCodes)}</p>
                <ul class="codes">{codes.into_iter().map(|c| view! { <li><code>{c}</code></li> }).collect_view()}</ul>
                <button type="button" on:click=move |_| on_done()>{env.t(EmbedMsg::WidgetConfirm)}</button>
            }.into_any(),
            (None, Some(s), _) => view! {
                <form class="stack" on:submit=move |ev| { ev.prevent_default(); confirm.dispatch(code.get_untracked()); }>
                    <p>{env.t(EmbedMsg::WidgetTotpScan)}</p>
                    <div class="qr" inner_html=s.qr_svg.clone()></div>
                    <p><code class="secret">{s.secret.clone()}</code></p>
                    <label>
                        {env.t(Msg::FieldCode)}
                        <input inputmode="numeric" autocomplete="one-time-code" required maxlength="10" bind:value=code/>
                    </label>
                    <button type="submit" disabled=move || confirm.pending().get()>{env.t(EmbedMsg::WidgetTotpConfirm)}</button>
                </form>
            }.into_any(),
            (None, None, true) => view! {
                <form class="stack" on:submit=move |ev| { ev.prevent_default(); reauth.dispatch(password.get_untracked()); }>
                    <p>{env.t(EmbedMsg::WidgetPasswordFirst)}</p>
                    <label>
                        {env.t(Msg::FieldPassword)}
                        <input type="password" required maxlength="1024" autocomplete="current-password" bind:value=password/>
                    </label>
                    <button type="submit" disabled=move || reauth.pending().get()>{env.t(EmbedMsg::WidgetConfirm)}</button>
                </form>
            }.into_any(),
            (None, None, false) => view! {
                <button type="button" on:click=move |_| { start.dispatch(()); }>{env.t(EmbedMsg::WidgetSetUpTotp)}</button>
            }.into_any(),
        }}
        {error_view(env, error)}
    }
}

#[component]
fn Sessions() -> impl IntoView {
    let env = use_env();
    let sessions = LocalResource::new(|| call::<_, Vec<ActiveSession>>("activity/sessions", &ListSessions {}));
    let error = RwSignal::new(None::<AppError>);
    let done = RwSignal::new(None::<String>);
    let ending = Action::new_local(|id: &String| {
        let args = RevokeSession { session_id: id.clone() };
        async move { call::<_, ()>("activity/revoke_session", &args).await }
    });
    Effect::new(move |_| match ending.value().get() {
        Some(Ok(())) => {
            error.set(None);
            done.set(Some(env.t(EmbedMsg::WidgetSessionEnded)().to_string()));
            notify(Change::SessionRevoked, json!({}));
            sessions.refetch();
        }
        Some(Err(e)) => error.set(Some(e)),
        None => {}
    });
    view! {
        <h2>{env.t(EmbedMsg::WidgetSessions)}</h2>
        <p class="muted">{env.t(EmbedMsg::WidgetThisWidget)}</p>
        {move || sessions.get().map(|answer| match answer {
            Err(e) => view! { <p class="notice error" role="alert">{e.message(env.lang.get())}</p> }.into_any(),
            Ok(list) => view! {
                <ul class="rows">
                    {list.into_iter().map(|s| {
                        let device = domain::device::describe(s.user_agent.as_deref().unwrap_or(""));
                        let name = match (device.browser, device.os) {
                            (Some(b), Some(o)) => format!("{b}, {o}"),
                            (Some(x), None) | (None, Some(x)) => x.to_string(),
                            (None, None) => s.ip.clone().unwrap_or_default(),
                        };
                        let label = env.fill(EmbedMsg::WidgetEndSessionOf, &[("device", &name)]);
                        let id = s.id.clone();
                        view! {
                            <li class="row">
                                <div class="who"><strong>{name.clone()}</strong><span class="muted">{s.ip.clone()}</span></div>
                                <div class="actions">
                                    <button type="button" aria-label=label on:click=move |_| { ending.dispatch(id.clone()); }>
                                        {env.t(EmbedMsg::WidgetEndSession)}
                                    </button>
                                </div>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            }.into_any(),
        })}
        {error_view(env, error)}
        {done_view(done)}
    }
}
