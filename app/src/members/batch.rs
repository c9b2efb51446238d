//! The batch bar above the list (MEM-7): what to do with the selected members. The
//! server checks each member as a single request would and says, member by member, what
//! it did not do and why; the bar shows those reasons.

use domain::i18n::{ActivityMsg, MembersMsg};
use domain::{Msg, Plural, Role};
use leptos::prelude::*;

use super::api::{batch_members, BatchOutcome, MemberOp, MemberPage};
use crate::error::AppError;
use crate::i18n::use_i18n;

#[component]
pub fn BatchBar(
    page: StoredValue<MemberPage>,
    selected: RwSignal<Vec<String>>,
    on_done: Callback<String>,
    on_error: Callback<AppError>,
) -> impl IntoView {
    let i18n = use_i18n();
    let choice = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let refusals = RwSignal::new(Vec::<String>::new());
    let org_id = page.with_value(|p| p.org_id.clone());
    let alert_org = org_id.clone();
    // SEC-7: a security alert to each selected member.
    let alerting = leptos::prelude::Action::new_local(move |ids: &Vec<String>| {
        crate::org_security::api::send_security_alert(alert_org.clone(), ids.clone())
    });
    Effect::new(move |_| match alerting.value().get() {
        Some(Ok(sent)) => on_done.run(Plural::ActivityAlertsSent.count(i18n.lang(), sent, &[])),
        Some(Err(e)) => on_error.run(e),
        None => {}
    });
    let may_alert = page.with_value(|p| domain::authorize(Some(&p.you), &domain::Action::SendSecurityAlert).is_ok());
    let run = leptos::prelude::Action::new_local(move |(op, ids, password): &(MemberOp, Vec<String>, String)| {
        batch_members(org_id.clone(), ids.clone(), *op, password.clone())
    });
    Effect::new(move |_| match run.value().get() {
        Some(Ok(outcomes)) => {
            let outcomes: Vec<BatchOutcome> = outcomes;
            let done = outcomes.iter().filter(|o| o.error.is_none()).count() as u64;
            let lang = i18n.lang();
            refusals.set(
                outcomes
                    .iter()
                    .filter_map(|o| {
                        let e = o.error.as_ref()?;
                        let name = page.with_value(|p| {
                            p.members.iter().find(|m| m.user_id == o.user_id).map(|m| m.full_name()).unwrap_or_default()
                        });
                        Some(format!("{name}: {}", e.message(lang)))
                    })
                    .collect(),
            );
            password.set(String::new());
            on_done.run(Plural::MembersBatchDone.count(lang, done, &[]));
        }
        Some(Err(e)) => on_error.run(e),
        None => {}
    });
    let op = move || -> Option<MemberOp> {
        match choice.get().as_str() {
            "block" => Some(MemberOp::Block),
            "unblock" => Some(MemberOp::Unblock),
            "remove" => Some(MemberOp::Remove),
            other => other.strip_prefix("role:").and_then(Role::parse).map(|role| MemberOp::ChangeRole { role }),
        }
    };
    let removing = move || op() == Some(MemberOp::Remove);
    let count = move || selected.with(Vec::len) as u64;
    view! {
        <form class="batch-bar" class:active=move || { count() > 0 }
            on:submit=move |ev: leptos::ev::SubmitEvent| {
                ev.prevent_default();
                if choice.get_untracked() == "alert" {
                    alerting.dispatch(selected.get_untracked());
                } else if let Some(op) = op() {
                    run.dispatch((op, selected.get_untracked(), password.get_untracked()));
                }
            }>
            <span role="status">{move || Plural::MembersSelected.count(i18n.lang(), count(), &[])}</span>
                <select aria-label=i18n.t(MembersMsg::BatchAction) prop:value=choice
                    on:change=move |ev| choice.set(event_target_value(&ev)) disabled=move || count() == 0>
                    <option value="">{i18n.t(MembersMsg::BatchAction)}</option>
                    // The roles a batch may give (`domain::policy::batch_may_grant`).
                    {Role::ALL.into_iter().filter(|r| domain::policy::batch_may_grant(*r)).map(|r| view! {
                        <option value=format!("role:{}", r.as_str())>
                            {move || i18n.fill(MembersMsg::BatchMakeRole, &[("role", r.label().text(i18n.lang()))])}
                        </option>
                    }).collect_view()}
                    <option value="block">{i18n.t(MembersMsg::MembersBlock)}</option>
                    <option value="unblock">{i18n.t(MembersMsg::MembersUnblock)}</option>
                    <option value="remove">{i18n.t(MembersMsg::MembersRemove)}</option>
                    {may_alert.then(|| view! { <option value="alert">{i18n.t(ActivityMsg::SendSecurityAlert)}</option> })}
                </select>
            <Show when=removing>
                <input type="password" autocomplete="current-password" aria-label=i18n.t(MembersMsg::MembersRemovePassword)
                    placeholder=i18n.t(MembersMsg::MembersRemovePassword)
                    prop:value=password on:input=move |ev| password.set(event_target_value(&ev))/>
            </Show>
            <button type="submit" class:danger=removing
                disabled=move || {
                    let alert = choice.with(|c| c == "alert");
                    count() == 0 || (op().is_none() && !alert) || run.pending().get() || alerting.pending().get()
                        || (removing() && password.with(String::is_empty))
                }>
                {i18n.t(MembersMsg::BatchApply)}
            </button>
            <button type="button" disabled=move || count() == 0 on:click=move |_| selected.set(Vec::new())>{i18n.t(Msg::Cancel)}</button>
        </form>
        <Show when=move || refusals.with(|r| !r.is_empty())>
            <div class="notice error" role="alert">
                <p>{i18n.t(MembersMsg::BatchRefused)}</p>
                <ul>{move || refusals.get().into_iter().map(|r| view! { <li>{r}</li> }).collect_view()}</ul>
            </div>
        </Show>
    }
}
