//! The recent-activity page (`/activity`, SEC-6): the sessions signed in now, each with
//! its device and last use and a button to sign it out, "sign out everywhere else" and
//! "sign out everywhere"; then the sign-ins, failed attempts and security changes,
//! newest first, with "show older". Times in the user's time zone and language.

use domain::device::describe;
use domain::i18n::activity::device_text;
use domain::i18n::ActivityMsg;
use domain::{Lang, Msg};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

use super::api::{
    list_activity, list_sessions, revoke_session, sign_out_everywhere, sign_out_others, ActiveSession, ActivityCursor,
    ActivityEntry, ActivityKind,
};
use crate::dates::Shown;
use crate::error::AppError;
use crate::i18n::use_i18n;
use crate::session::use_session;
use crate::shell::{on_answer, use_title, Dialog, ErrorNotice, SuccessNotice};

/// The time in the user's language and time zone (with the zone's name), and as ISO 8601
/// for `<time>`.
fn times(ms: i64, lang: Lang, zone: &str) -> (String, String) {
    (crate::dates::format(ms, lang, Some(zone), Shown::DateTimeWithZone), crate::dates::iso(ms))
}

fn device(user_agent: Option<&str>, lang: Lang) -> String {
    device_text(describe(user_agent.unwrap_or("")), lang)
}

fn what(kind: &ActivityKind, lang: Lang) -> String {
    match kind {
        ActivityKind::SignIn { outcome, method } => {
            let outcome_msg = ActivityMsg::for_outcome(outcome);
            match method.as_deref().and_then(ActivityMsg::for_method) {
                Some(m) if outcome_msg == ActivityMsg::SignInSuccess => {
                    ActivityMsg::SignInSuccessWith.fill(lang, &[("method", m.text(lang))])
                }
                _ => outcome_msg.text(lang).to_string(),
            }
        }
        ActivityKind::Security { event } => ActivityMsg::for_event_code(event).text(lang).to_string(),
    }
}

#[component]
pub fn ActivityPage() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let navigate = use_navigate();
    let zone = Memo::new(move |_| {
        session.me.with(|m| m.as_ref().and_then(|m| m.time_zone.clone())).unwrap_or_else(|| "UTC".to_string())
    });
    use_title(move || i18n.t(ActivityMsg::ActivityTitle)().to_string());
    let error = RwSignal::new(None::<AppError>);
    let notice = RwSignal::new(None::<String>);

    let sessions = LocalResource::new(list_sessions);
    let revoking = Action::new_local(|id: &String| revoke_session(id.clone()));
    on_answer(revoking, error, move |()| {
        notice.set(Some(i18n.t(ActivityMsg::SessionRevoked)().to_string()));
        sessions.refetch();
    });
    let others = Action::new_local(|_: &()| sign_out_others());
    on_answer(others, error, move |_| {
        notice.set(Some(i18n.t(ActivityMsg::SignOutOthersDone)().to_string()));
        sessions.refetch();
    });
    let confirming = RwSignal::new(false);
    let everywhere = Action::new_local(|_: &()| sign_out_everywhere());
    on_answer(everywhere, error, move |()| {
        session.set(None);
        navigate("/sign-in", Default::default());
    });

    let entries = RwSignal::new(Vec::<ActivityEntry>::new());
    let older = RwSignal::new(None::<ActivityCursor>);
    let loaded = RwSignal::new(false);
    let loading = RwSignal::new(false);
    let load = move |from: Option<ActivityCursor>| {
        loading.set(true);
        leptos::task::spawn_local(async move {
            let answer = list_activity(from).await;
            loading.set(false);
            match answer {
                Ok(page) => {
                    entries.update(|e| e.extend(page.entries));
                    older.set(page.older);
                    loaded.set(true);
                }
                Err(e) => error.set(Some(e)),
            }
        });
    };
    load(None);

    let session_list = move || {
        sessions.get().map(|answer| match answer {
            Ok(list) => list.into_iter().map(|s| view! { <SessionItem s zone revoking/> }).collect_view().into_any(),
            Err(e) => view! { <li><ErrorNotice error=RwSignal::new(Some(e))/></li> }.into_any(),
        })
    };
    let intro = move || i18n.fill(ActivityMsg::ActivityIntro, &[("zone", &zone.get())]);
    let confirm_title = Signal::derive(move || i18n.t(ActivityMsg::SignOutEverywhere)().to_string());
    view! {
        <h1>{i18n.t(ActivityMsg::ActivityTitle)}</h1>
        <p class="muted">{intro}</p>
        <SuccessNotice message=notice/>
        <ErrorNotice error/>
        <section class="activity-sessions" aria-labelledby="sessions-heading">
            <h2 id="sessions-heading">{i18n.t(ActivityMsg::SessionsHeading)}</h2>
            <p class="muted">{i18n.t(ActivityMsg::SessionsIntro)}</p>
            <ul class="session-list">
                <Suspense fallback=|| ()>{session_list}</Suspense>
            </ul>
            <div class="actions">
                <button disabled=move || others.pending().get() on:click=move |_| { others.dispatch(()); }>
                    {i18n.t(ActivityMsg::SignOutOthers)}
                </button>
                <button class="danger" on:click=move |_| confirming.set(true)>
                    {i18n.t(ActivityMsg::SignOutEverywhere)}
                </button>
            </div>
        </section>
        <Show when=move || confirming.get()>
            <Dialog id="sign-out-everywhere" title=confirm_title on_close=Callback::new(move |()| confirming.set(false))>
                <p>{i18n.t(ActivityMsg::SignOutEverywhereConfirm)}</p>
                <div class="dialog-actions">
                    <button type="button" on:click=move |_| confirming.set(false)>{i18n.t(Msg::Cancel)}</button>
                    <button type="button" class="danger" disabled=move || everywhere.pending().get()
                        on:click=move |_| { everywhere.dispatch(()); }>
                        {i18n.t(ActivityMsg::SignOutEverywhere)}
                    </button>
                </div>
            </Dialog>
        </Show>
        <section class="activity-events" aria-labelledby="events-heading">
            <h2 id="events-heading">{i18n.t(ActivityMsg::ActivityEventsHeading)}</h2>
            <p class="muted">
                {i18n.t(ActivityMsg::ActivityAdvice)}" "
                <A href="/security">{i18n.t(ActivityMsg::ActivitySecurityLink)}</A>
            </p>
            <ol class="activity-list" aria-busy=move || loading.get().to_string()>
                {move || (loaded.get() && entries.with(Vec::is_empty)).then(|| view! {
                    <li class="empty">{i18n.t(ActivityMsg::ActivityNone)}</li>
                })}
                <For each=move || entries.get() key=|e: &ActivityEntry| e.id.clone() let:e>
                    <EventItem e zone/>
                </For>
            </ol>
            <Show when=move || older.with(Option::is_some)>
                <button class="activity-more" disabled=move || loading.get()
                    on:click=move |_| load(older.get_untracked())>{i18n.t(ActivityMsg::ActivityMore)}</button>
            </Show>
        </section>
    }
}

#[component]
fn SessionItem(s: ActiveSession, zone: Memo<String>, revoking: Action<String, Result<(), AppError>>) -> impl IntoView {
    let i18n = use_i18n();
    let lang = move || i18n.lang();
    let ua = s.user_agent.clone();
    let name = move || device(ua.as_deref(), lang());
    let signed_in =
        move || i18n.fill(ActivityMsg::SessionSignedIn, &[("time", &times(s.signed_in_at, lang(), &zone.get()).0)]);
    let last_used =
        move || i18n.fill(ActivityMsg::SessionLastUsed, &[("time", &times(s.last_used_at, lang(), &zone.get()).0)]);
    let ip = s.ip.clone();
    let ip_text = move || match &ip {
        Some(ip) => i18n.fill(ActivityMsg::ActivityIp, &[("ip", ip)]),
        None => i18n.t(ActivityMsg::ActivityUnknownIp)().to_string(),
    };
    let id = s.id.clone();
    let ua = s.user_agent.clone();
    let revoke_label = move || i18n.fill(ActivityMsg::SessionRevoke, &[("device", &device(ua.as_deref(), lang()))]);
    view! {
        <li class="session" class:current=s.current>
            <strong class="session-device">{name}</strong>
            {s.current.then(|| view! { <span class="tag">{i18n.t(ActivityMsg::SessionThis)}</span> })}
            <p>{ip_text}</p>
            <p class="muted">{signed_in}<br/>{last_used}</p>
            {(!s.current).then(|| view! {
                <button disabled=move || revoking.pending().get()
                    on:click=move |_| { revoking.dispatch(id.clone()); }>{revoke_label}</button>
            })}
        </li>
    }
}

#[component]
fn EventItem(e: ActivityEntry, zone: Memo<String>) -> impl IntoView {
    let i18n = use_i18n();
    let lang = move || i18n.lang();
    let when = move || times(e.at, lang(), &zone.get());
    let failed = matches!(&e.kind, ActivityKind::SignIn { outcome, .. } if outcome != "success");
    let kind = e.kind.clone();
    let label = move || what(&kind, lang());
    let ua = e.user_agent.clone();
    let ip = e.ip.clone();
    let where_from = move || {
        let ip = match &ip {
            Some(ip) => i18n.fill(ActivityMsg::ActivityIp, &[("ip", ip)]),
            None => i18n.t(ActivityMsg::ActivityUnknownIp)().to_string(),
        };
        format!("{} · {ip}", device(ua.as_deref(), lang()))
    };
    view! {
        <li class="activity-entry" class:failed=failed>
            <div class="activity-head">
                <strong>{label}</strong>
                <time datetime=move || when().1>{move || when().0}</time>
            </div>
            <small>{where_from}</small>
        </li>
    }
}
