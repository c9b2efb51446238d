//! Approving a sign-in from another device (SEC-1, push): every signed-in page asks now
//! and then whether a sign-in of this person waits for approval, and shows it — where it
//! comes from (address, browser, time in the person's zone) — with Approve and Deny.

use std::time::Duration;

use domain::i18n::SecurityMsg;
use domain::two_factor::browser_of;
use leptos::prelude::*;

use super::api::{self, PendingApproval};
use super::local_time;
use crate::error::AppError;
use crate::i18n::use_i18n;
use crate::session::use_session;
use crate::shell::{on_answer, ErrorNotice};

/// How often a signed-in page asks (one indexed read on the server).
const POLL: Duration = Duration::from_secs(4);

#[component]
pub fn ApprovalBanner() -> impl IntoView {
    let i18n = use_i18n();
    let pending = RwSignal::new(Vec::<PendingApproval>::new());
    let done = RwSignal::new(None::<SecurityMsg>);
    let ask = Action::new_local(|_: &()| api::pending_approvals());
    Effect::new(move |_| {
        // A failed poll (offline, signed out) shows nothing and is asked again later.
        if let Some(Ok(list)) = ask.value().get() {
            pending.set(list);
        }
    });
    ask.dispatch(());
    if let Ok(handle) = set_interval_with_handle(
        move || {
            ask.dispatch(());
        },
        POLL,
    ) {
        on_cleanup(move || handle.clear());
    }
    view! {
        {move || done.get().map(|m| view! { <p class="notice success" role="status">{m.text(i18n.lang())}</p> })}
        <For each=move || pending.get() key=|p| p.id.clone() let:approval>
            <Approval approval pending done/>
        </For>
    }
}

#[component]
fn Approval(
    approval: PendingApproval,
    pending: RwSignal<Vec<PendingApproval>>,
    done: RwSignal<Option<SecurityMsg>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let error = RwSignal::new(None::<AppError>);
    let decide = Action::new_local(|(id, approve): &(String, bool)| api::decide_push(id.clone(), *approve));
    // The answer given (the action forgets its input once answered).
    let approving = RwSignal::new(false);
    let id = approval.id.clone();
    on_answer(decide, error, move |()| {
        done.set(Some(if approving.get_untracked() { SecurityMsg::Approved } else { SecurityMsg::Denied }));
        pending.update(|list| list.retain(|p| p.id != id));
    });
    let zone = session.me.with_untracked(|m| m.as_ref().and_then(|m| m.time_zone.clone()));
    let time = local_time(approval.at, i18n.lang(), zone);
    let browser = approval.user_agent.as_deref().and_then(browser_of);
    let id = approval.id.clone();
    let id2 = approval.id.clone();
    view! {
        <section class="notice warning approval" aria-labelledby=format!("approval-{}", &approval.id[..8.min(approval.id.len())])>
            <h2 id=format!("approval-{}", &approval.id[..8.min(approval.id.len())])>{i18n.t(SecurityMsg::ApproveTitle)}</h2>
            <p>{i18n.t(SecurityMsg::ApproveBanner)}" "{i18n.t(SecurityMsg::ApproveIntro)}</p>
            <dl class="facts">
                <dt>{i18n.t(SecurityMsg::ApproveAddress)}</dt>
                <dd>{approval.ip.clone().unwrap_or_else(|| "—".into())}</dd>
                <dt>{i18n.t(SecurityMsg::ApproveDevice)}</dt>
                <dd>{move || browser.clone().unwrap_or_else(|| i18n.t(SecurityMsg::UnknownBrowser)().to_string())}</dd>
                <dt>{i18n.t(SecurityMsg::ApproveTime)}</dt>
                <dd>{time}</dd>
            </dl>
            <div class="actions">
                <button type="button" class="primary" disabled=move || decide.pending().get()
                    on:click=move |_| { approving.set(true); decide.dispatch((id.clone(), true)); }>{i18n.t(SecurityMsg::ApproveButton)}</button>
                <button type="button" class="danger" disabled=move || decide.pending().get()
                    on:click=move |_| { approving.set(false); decide.dispatch((id2.clone(), false)); }>{i18n.t(SecurityMsg::DenyButton)}</button>
            </div>
            <ErrorNotice error/>
        </section>
    }
}
