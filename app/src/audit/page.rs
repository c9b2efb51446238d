//! The audit log page: entries newest first, filters by person and by action, more
//! entries on demand, and the CSV export downloaded as a file.

use domain::i18n::audit::{action_text, change_text};
use domain::i18n::AuditMsg;
use domain::{Action, Msg};
use leptos::prelude::*;

use super::api::{export_audit, list_audit, AuditCursor, AuditEntry, AuditFilter, AuditPage as Page, AuditPerson};
use crate::error::AppError;
use crate::i18n::use_i18n;
use crate::session::use_session;
use crate::shell::{use_title, ErrorNotice, SuccessNotice};

fn person_text(p: &AuditPerson) -> String {
    format!("{} ({})", p.name, p.email)
}

#[component]
pub fn AuditPage() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let org = crate::organizations::use_org();
    let member = RwSignal::new(String::new());
    let action = RwSignal::new(String::new());
    let page = RwSignal::new(None::<Page>);
    let entries = RwSignal::new(Vec::<AuditEntry>::new());
    let next = RwSignal::new(None::<AuditCursor>);
    let error = RwSignal::new(None::<AppError>);
    let notice = RwSignal::new(None::<String>);
    let loading = RwSignal::new(false);
    let filter = move || {
        let some = |s: String| if s.is_empty() { None } else { Some(s) };
        AuditFilter { member: some(member.get_untracked()), action: some(action.get_untracked()) }
    };
    use_title(move || i18n.t(Msg::NavAuditLog)().to_string());

    // The newest request wins: a filter changed while a page loads drops that page.
    let latest = StoredValue::new(0u64);
    let load = move |after: Option<AuditCursor>| {
        let ticket = latest.get_value() + 1;
        latest.set_value(ticket);
        let append = after.is_some();
        let (org_id, f) = (org.id.get_untracked(), filter());
        loading.set(true);
        leptos::task::spawn_local(async move {
            let answer = list_audit(org_id, f, after).await;
            if latest.try_get_value() != Some(ticket) {
                return;
            }
            loading.set(false);
            match answer {
                Ok(p) => {
                    error.set(None);
                    next.set(p.next.clone());
                    if append {
                        entries.update(|e| e.extend(p.entries.clone()));
                    } else {
                        entries.set(p.entries.clone());
                    }
                    page.set(Some(p));
                }
                Err(e) => error.set(Some(e)),
            }
        });
    };
    // Another organization: its own people and actions, so the filters start over.
    Effect::new(move |previous: Option<String>| {
        let id = org.id.get();
        if previous.is_some_and(|p| p != id) {
            member.set(String::new());
            action.set(String::new());
            notice.set(None);
        }
        id
    });
    Effect::new(move |_| {
        org.id.track();
        member.track();
        action.track();
        load(None);
    });

    let exporting = leptos::prelude::Action::new_local(move |_: &()| export_audit(org.id.get_untracked(), filter()));
    // Once per answer: reading the language here would download the file again at the
    // next language switch.
    Effect::new(move |_| {
        let Some(answer) = exporting.value().get() else { return };
        untrack(move || match answer {
            Ok(file) => {
                error.set(None);
                // The byte-order mark makes spreadsheet programs read the file as UTF-8.
                crate::download::download(&file.filename, &["\u{feff}", &file.csv]);
                let rows = file.rows.to_string();
                let args = [("file", file.filename.as_str()), ("rows", rows.as_str())];
                let msg = if file.truncated { AuditMsg::AuditExportTruncated } else { AuditMsg::AuditExported };
                notice.set(Some(i18n.fill(msg, &args)));
            }
            Err(e) => {
                notice.set(None);
                error.set(Some(e));
            }
        });
    });

    let title = move || {
        let name = page.with(|p| p.as_ref().map(|p| p.org_name.clone())).unwrap_or_default();
        i18n.fill(AuditMsg::AuditTitle, &[("org", &name)])
    };
    let allowed = move || session.may(&Action::ViewAuditLog);
    // The choices of the filters, rebuilt only when they change (not at every page
    // loaded), so a select keeps its focus.
    let choices = Memo::new(move |_| page.with(|p| p.as_ref().map(|p| (p.people.clone(), p.actions.clone()))));

    view! {
        <div class="page-head">
            <h1>{title}</h1>
            <Show when=allowed>
                <button class="primary" disabled=move || exporting.pending().get()
                    on:click=move |_| { exporting.dispatch(()); }>
                    {move || if exporting.pending().get() { i18n.t(AuditMsg::AuditExporting)() } else { i18n.t(AuditMsg::AuditExport)() }}
                </button>
            </Show>
        </div>
        <p class="muted">{i18n.t(AuditMsg::AuditIntro)}</p>
        <SuccessNotice message=notice/>
        <ErrorNotice error/>
        {move || choices.get().map(|(people, actions)| {
            view! {
                <div class="audit-filters">
                    <label>
                        <span>{i18n.t(AuditMsg::AuditFilterMember)}</span>
                        <select prop:value=member on:change=move |ev| member.set(event_target_value(&ev))>
                            <option value="">{i18n.t(AuditMsg::AuditAnyone)}</option>
                            {people.into_iter().map(|p| {
                                let id = p.user_id.clone();
                                let selected = member.get_untracked() == id;
                                view! { <option value=id selected=selected>{person_text(&p)}</option> }
                            }).collect_view()}
                        </select>
                    </label>
                    <label>
                        <span>{i18n.t(AuditMsg::AuditFilterAction)}</span>
                        <select prop:value=action on:change=move |ev| action.set(event_target_value(&ev))>
                            <option value="">{i18n.t(AuditMsg::AuditAnyAction)}</option>
                            {actions.into_iter().map(|a| {
                                let selected = action.get_untracked() == a;
                                let label = { let a = a.clone(); move || action_text(&a, i18n.lang()) };
                                view! { <option value=a selected=selected>{label}</option> }
                            }).collect_view()}
                        </select>
                    </label>
                </div>
            }
        })}
        <ol class="audit-list" aria-label=i18n.t(AuditMsg::AuditEntries) aria-busy=move || loading.get().to_string()>
            {move || (page.with(|p| p.is_some()) && entries.with(Vec::is_empty)).then(|| view! {
                <li class="empty">{i18n.t(AuditMsg::AuditNone)}</li>
            })}
            <For each=move || entries.get() key=|e: &AuditEntry| e.id.clone() let:e>
                <AuditItem e/>
            </For>
        </ol>
        <Show when=move || next.with(Option::is_some)>
            <button class="audit-more" disabled=move || loading.get()
                on:click=move |_| load(next.get_untracked())>{i18n.t(AuditMsg::AuditMore)}</button>
        </Show>
    }
}

#[component]
fn AuditItem(e: AuditEntry) -> impl IntoView {
    let i18n = use_i18n();
    let lang = move || i18n.lang();
    let dates = crate::dates::use_dates();
    let when = move || (dates(e.created_at, crate::dates::Shown::DateTime), crate::dates::iso(e.created_at));
    let what = {
        let a = e.action.clone();
        move || action_text(&a, lang())
    };
    let actor = e.actor.clone();
    let deleted = e.actor_deleted;
    let by = move || {
        let who = match &actor {
            Some(p) => person_text(p),
            None if deleted => i18n.t(AuditMsg::AuditDeletedAccount)().to_string(),
            None => i18n.t(AuditMsg::AuditSystem)().to_string(),
        };
        i18n.fill(AuditMsg::AuditBy, &[("actor", &who)])
    };
    let target = e.target.as_ref().map(person_text).or_else(|| e.target_text.clone());
    let changes = e.changes.clone();
    let ip = e.ip.clone();
    view! {
        <li class="audit-entry" data-action=e.action.clone()>
            <div class="audit-head">
                <strong>{what}</strong>
                <time datetime=move || when().1>{move || when().0}</time>
            </div>
            <p class="audit-by">{by}</p>
            {target.map(|t| view! { <p class="audit-target">{move || i18n.fill(AuditMsg::AuditConcerns, &[("target", &t)])}</p> })}
            {(!changes.is_empty()).then(|| view! {
                <ul class="audit-changes">
                    {changes.into_iter().map(|c| view! {
                        <li>{move || change_text(&c.field, c.before.as_deref(), c.after.as_deref(), lang())}</li>
                    }).collect_view()}
                </ul>
            })}
            {ip.map(|ip| view! { <small class="audit-ip">{move || i18n.fill(AuditMsg::AuditFrom, &[("ip", &ip)])}</small> })}
        </li>
    }
}
