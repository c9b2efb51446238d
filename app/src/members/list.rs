//! The member list of an organization (MEM-7): search, filters (role, blocked, pending
//! invitations), keyset pages, a checkbox per member for the batch actions, a ⋮ menu per
//! member, the pending invitations, and the dialogs. On a phone the rows are cards.

use domain::i18n::MembersMsg;
use domain::{authorize, Action, Msg, Plural, Role};
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;

use super::api::{list_members, MemberPage, MemberRow, MemberStatus, PageAt};
use super::batch::BatchBar;
use super::change_role::ChangeRoleDialog;
use super::invite::InviteDialog;
use super::pending::PendingInvitations;
use super::permissions::PermissionsDialog;
use super::remove::RemoveDialog;
use super::row::MemberItem;
use crate::error::AppError;
use crate::i18n::use_i18n;
use crate::shell::{use_title, ErrorNotice, SuccessNotice};

#[derive(Clone)]
pub enum Dialog {
    Invite,
    ChangeRole(MemberRow),
    Permissions(MemberRow),
    Remove(MemberRow),
}

/// What the list shows, as the address says (`?q=…&role=…&status=…&after=…`): a reload
/// or a shared link shows the same list.
#[derive(Clone, Debug, Default, PartialEq)]
struct ListQuery {
    search: String,
    role: Option<Role>,
    status: MemberStatus,
    at: PageAt,
}

impl ListQuery {
    fn to_params(&self) -> String {
        let params = web_sys::UrlSearchParams::new().expect("URLSearchParams");
        if !self.search.is_empty() {
            params.append("q", &self.search);
        }
        if let Some(role) = self.role {
            params.append("role", role.as_str());
        }
        match self.status {
            MemberStatus::Any => {}
            MemberStatus::Blocked => params.append("status", "blocked"),
            MemberStatus::Invited => params.append("status", "invited"),
            MemberStatus::WithoutTwoFactor => params.append("status", "without_2fa"),
        }
        match &self.at {
            PageAt::First => {}
            PageAt::After(id) => params.append("after", id),
            PageAt::Before(id) => params.append("before", id),
            PageAt::Last => params.append("last", "1"),
        }
        String::from(params.to_string())
    }
}

#[component]
pub fn MembersPage() -> impl IntoView {
    let i18n = use_i18n();
    let org = crate::organizations::use_org();
    let query_map = use_query_map();
    let query = Memo::new(move |_| {
        query_map.with(|q| ListQuery {
            search: q.get("q").unwrap_or_default(),
            role: q.get("role").and_then(|r| Role::parse(&r)),
            status: match q.get("status").as_deref() {
                Some("blocked") => MemberStatus::Blocked,
                Some("invited") => MemberStatus::Invited,
                Some("without_2fa") => MemberStatus::WithoutTwoFactor,
                _ => MemberStatus::Any,
            },
            at: match (q.get("after"), q.get("before"), q.get("last")) {
                (Some(id), _, _) => PageAt::After(id),
                (_, Some(id), _) => PageAt::Before(id),
                (_, _, Some(_)) => PageAt::Last,
                _ => PageAt::First,
            },
        })
    });
    let navigate = use_navigate();
    let go = Callback::new(move |q: ListQuery| {
        let base = crate::organizations::org_path(&org.id.get_untracked(), "/members");
        let params = q.to_params();
        let url = if params.is_empty() { base } else { format!("{base}?{params}") };
        navigate(&url, NavigateOptions { replace: true, scroll: false, ..Default::default() });
    });
    // A change of search or filter starts again from the first page.
    let refine = move |change: &dyn Fn(&mut ListQuery)| {
        let mut q = query.get_untracked();
        change(&mut q);
        q.at = PageAt::First;
        go.run(q);
    };
    let version = RwSignal::new(0u32);
    let data = RwSignal::new(None::<MemberPage>);
    let error = RwSignal::new(None::<AppError>);
    let notice = RwSignal::new(None::<String>);
    let dialog = RwSignal::new(None::<Dialog>);
    let selected = RwSignal::new(Vec::<String>::new());

    // The newest query wins: each one is sent at once, and an answer is shown only if
    // no newer query was asked since. (A `LocalResource` runs its queries one after the
    // other and shows each answer in turn: a slow older search would hold the newer one
    // back, then flash on screen. The browser test "a late answer…" shows both.)
    let latest = StoredValue::new(0u64);
    Effect::new(move |_| {
        let (org, q) = (org.id.get(), query.get());
        version.track();
        let ticket = latest.get_value() + 1;
        latest.set_value(ticket);
        leptos::task::spawn_local(async move {
            let answer = list_members(org, q.search, q.role, q.status, q.at).await;
            if latest.try_get_value() != Some(ticket) {
                return;
            }
            match answer {
                Ok(p) => {
                    error.set(None);
                    // Keep only the selected members still on screen.
                    selected.update(|s| s.retain(|id| p.members.iter().any(|m| &m.user_id == id)));
                    data.set(Some(p));
                }
                Err(e) => {
                    data.set(None);
                    error.set(Some(e));
                }
            }
        });
    });
    let reload = Callback::new(move |()| version.update(|v| *v += 1));
    use_title(move || i18n.t(Msg::NavMembers)().to_string());

    let title = move || {
        let name = data.with(|d| d.as_ref().map(|d| d.org_name.clone())).unwrap_or_default();
        i18n.fill(MembersMsg::MembersTitle, &[("org", &name)])
    };
    let can_invite = move || {
        data.with(|d| d.as_ref().map(|d| authorize(Some(&d.you), &Action::InviteMember { role: Role::External })))
    };
    let role_value = move || query.with(|q| q.role.map(|r| r.as_str().to_string()).unwrap_or_default());
    let status_value = move || {
        query.with(|q| match q.status {
            MemberStatus::Any => "",
            MemberStatus::Blocked => "blocked",
            MemberStatus::Invited => "invited",
            MemberStatus::WithoutTwoFactor => "without_2fa",
        })
    };

    view! {
        <div class="page-head">
            <h1>{title}</h1>
            {move || match can_invite() {
                Some(Ok(())) => view! {
                    <button class="primary" on:click=move |_| dialog.set(Some(Dialog::Invite))>{i18n.t(MembersMsg::MembersInvite)}</button>
                }.into_any(),
                Some(Err(reason)) => view! {
                    <button class="primary" disabled=true aria-describedby="invite-reason">{i18n.t(MembersMsg::MembersInvite)}</button>
                    <small id="invite-reason" class="reason">{i18n.t(reason.msg())}</small>
                }.into_any(),
                None => ().into_any(),
            }}
        </div>
        <SuccessNotice message=notice/>
        <ErrorNotice error/>
        <div class="filters">
            <label class="search">
                <span class="visually-hidden">{i18n.t(MembersMsg::MembersSearch)}</span>
                <input type="search" placeholder=i18n.t(MembersMsg::MembersSearch) maxlength=domain::text::SEARCH_MAX_CHARS
                    prop:value=move || query.with(|q| q.search.clone())
                    on:input=move |ev| { let v = event_target_value(&ev); refine(&|q| q.search = v.clone()) }/>
            </label>
            <div class="filter">
                <label for="filter-role">{i18n.t(MembersMsg::FilterRole)}</label>
                <select id="filter-role" prop:value=role_value
                    on:change=move |ev| { let v = event_target_value(&ev); refine(&|q| q.role = Role::parse(&v)) }>
                    <option value="">{i18n.t(MembersMsg::FilterAnyRole)}</option>
                    {Role::ALL.into_iter().map(|r| view! { <option value=r.as_str()>{i18n.t(r.label())}</option> }).collect_view()}
                </select>
            </div>
            <div class="filter">
                <label for="filter-status">{i18n.t(MembersMsg::FilterStatus)}</label>
                <select id="filter-status" prop:value=status_value
                    on:change=move |ev| {
                        let status = match event_target_value(&ev).as_str() {
                            "blocked" => MemberStatus::Blocked,
                            "invited" => MemberStatus::Invited,
                            "without_2fa" => MemberStatus::WithoutTwoFactor,
                            _ => MemberStatus::Any,
                        };
                        refine(&|q| q.status = status)
                    }>
                    <option value="">{i18n.t(MembersMsg::FilterAnyStatus)}</option>
                    <option value="blocked">{i18n.t(MembersMsg::FilterBlocked)}</option>
                    <option value="invited">{i18n.t(MembersMsg::FilterInvited)}</option>
                    <Show when=move || data.with(|d| d.as_ref().is_some_and(|d| authorize(Some(&d.you), &Action::SendSecurityAlert).is_ok()))>
                        <option value="without_2fa">{i18n.t(domain::i18n::ActivityMsg::FilterWithoutTwoFactor)}</option>
                    </Show>
                </select>
            </div>
        </div>
        {move || data.get().map(|d| {
            let count = Plural::MembersCount.count(i18n.lang(), d.total, &[]);
            let manager = authorize(Some(&d.you), &Action::ManageMembers).is_ok();
            let read_only = !manager;
            let rows = d.members.clone();
            let pending = d.pending.clone();
            let invited_only = query.with_untracked(|q| q.status == MemberStatus::Invited);
            let ids: Vec<String> = rows.iter().map(|m| m.user_id.clone()).collect();
            let all_ids = ids.clone();
            let page = StoredValue::new(d.clone());
            view! {
                {(!invited_only).then(|| view! { <p class="muted" role="status">{count}</p> })}
                {read_only.then(|| view! { <p class="notice info">{i18n.t(MembersMsg::MembersReadOnly)}</p> })}
                {(manager && !rows.is_empty()).then(|| view! {
                    <BatchBar page selected on_done=Callback::new(move |message: String| {
                        selected.set(Vec::new());
                        error.set(None);
                        notice.set(Some(message));
                        reload.run(());
                    }) on_error=Callback::new(move |e: AppError| error.set(Some(e)))/>
                })}
                {(!invited_only).then(|| view! {
                    <div class="member-head">
                        {manager.then(|| view! {
                            <input type="checkbox" aria-label=i18n.t(MembersMsg::MembersSelectAll)
                                prop:checked=move || { let ids = all_ids.clone(); selected.with(|s| !ids.is_empty() && ids.iter().all(|i| s.contains(i))) }
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    selected.set(if on { ids.clone() } else { Vec::new() });
                                }/>
                        })}
                        <span>{i18n.t(MembersMsg::MembersName)}</span>
                        <span>{i18n.t(Msg::FieldRole)}</span>
                        <span>{i18n.t(MembersMsg::MembersActions)}</span>
                    </div>
                    <ul class="member-list" aria-label=i18n.t(Msg::NavMembers)>
                        {rows.is_empty().then(|| view! { <li class="empty">{i18n.t(MembersMsg::MembersNone)}</li> })}
                        {rows.into_iter().map(|m| view! {
                            <MemberItem member=m page selectable=manager selected dialog notice error reload/>
                        }).collect_view()}
                    </ul>
                })}
                {(d.has_previous || d.has_next).then(|| {
                    let (first_id, last_id) = (
                        d.members.first().map(|m| m.user_id.clone()).unwrap_or_default(),
                        d.members.last().map(|m| m.user_id.clone()).unwrap_or_default(),
                    );
                    let to = move |at: PageAt| { let mut q = query.get_untracked(); q.at = at; go.run(q) };
                    view! {
                        <nav class="pager" aria-label=i18n.t(MembersMsg::MembersPages)>
                            <button disabled=!d.has_previous on:click=move |_| to(PageAt::First)>{i18n.t(MembersMsg::MembersFirst)}</button>
                            <button disabled=!d.has_previous on:click=move |_| to(PageAt::Before(first_id.clone()))>{i18n.t(MembersMsg::MembersPrevious)}</button>
                            <button disabled=!d.has_next on:click=move |_| to(PageAt::After(last_id.clone()))>{i18n.t(MembersMsg::MembersNext)}</button>
                            <button disabled=!d.has_next on:click=move |_| to(PageAt::Last)>{i18n.t(MembersMsg::MembersLast)}</button>
                        </nav>
                    }
                })}
                {(invited_only && pending.is_empty()).then(|| view! { <p class="empty">{i18n.t(MembersMsg::MembersNoInvitation)}</p> })}
                {(!pending.is_empty()).then(|| view! {
                    <PendingInvitations org_id=d.org_id.clone() you=d.you.clone() pending
                        on_changed=Callback::new(move |message: String| { error.set(None); notice.set(Some(message)); reload.run(()); })
                        on_error=Callback::new(move |e: AppError| error.set(Some(e)))/>
                })}
            }
        })}
        {move || {
            let d = data.get()?;
            let org = d.org_id.clone();
            let done = move |message: String| {
                dialog.set(None);
                notice.set(Some(message));
                reload.run(());
            };
            let close = Callback::new(move |_| dialog.set(None));
            Some(match dialog.get()? {
                Dialog::Invite => view! {
                    <InviteDialog org_id=org you=d.you.clone()
                        on_sent=Callback::new(move |email: String| done(i18n.fill(MembersMsg::InviteSent, &[("email", &email)])))
                        on_close=close/>
                }.into_any(),
                Dialog::ChangeRole(member) => view! {
                    <ChangeRoleDialog org_id=org you=d.you.clone() member legal_representatives=d.legal_representatives
                        on_changed=Callback::new(move |row: MemberRow| done(i18n.fill(MembersMsg::ChangeRoleDone, &[
                            ("name", &row.full_name()),
                            ("role", row.membership.role.label().text(i18n.lang())),
                        ])))
                        on_close=close/>
                }.into_any(),
                Dialog::Permissions(member) => view! {
                    <PermissionsDialog org_id=org member
                        on_saved=Callback::new(move |row: MemberRow| done(i18n.fill(MembersMsg::PermissionsSaved, &[("name", &row.full_name())])))
                        on_close=close/>
                }.into_any(),
                Dialog::Remove(member) => view! {
                    <RemoveDialog org_id=org org_name=d.org_name.clone() member
                        on_removed=Callback::new(move |name: String| done(i18n.fill(MembersMsg::MembersRemoveDone, &[("name", &name)])))
                        on_close=close/>
                }.into_any(),
            })
        }}
    }
}
