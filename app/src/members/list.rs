//! The member list of the current organization (MEM-7): search, pages, a ⋮ action menu
//! per member, the pending invitations, and the dialogs to invite and change roles.

use domain::i18n::MembersMsg;
use domain::{authorize, Action, Msg, Role};
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;

use super::api::{list_members, MemberPage, MemberRow};
use super::change_role::ChangeRoleDialog;
use super::invite::InviteDialog;
use super::pending::PendingInvitations;
use super::remove::RemoveDialog;
use crate::error::AppError;
use crate::i18n::use_i18n;
use crate::shell::menu_keys::{focus_first_item, on_menu_key};
use crate::shell::{use_title, ErrorNotice, SuccessNotice};

#[derive(Clone)]
enum Dialog {
    Invite,
    ChangeRole(MemberRow),
    Remove(MemberRow),
}

#[component]
pub fn MembersPage() -> impl IntoView {
    let i18n = use_i18n();
    let org = crate::organizations::use_org();
    let org_id = Memo::new(move |_| Some(org.id.get()));
    // The search and the page live in the URL (`/members?q=…&page=…`): a reload or a
    // shared link shows the same list.
    let query = use_query_map();
    let search = Memo::new(move |_| query.with(|q| q.get("q").unwrap_or_default()));
    let page_no = Memo::new(move |_| query.with(|q| q.get("page").and_then(|p| p.parse::<u32>().ok()).unwrap_or(0)));
    let navigate = use_navigate();
    let go = Callback::new(move |(q, page): (String, u32)| {
        let params = web_sys::UrlSearchParams::new().expect("URLSearchParams");
        if !q.is_empty() {
            params.append("q", &q);
        }
        if page > 0 {
            params.append("page", &page.to_string());
        }
        let query = String::from(params.to_string());
        let base = crate::organizations::org_path(&org.id.get_untracked(), "/members");
        let url = if query.is_empty() { base } else { format!("{base}?{query}") };
        navigate(&url, NavigateOptions { replace: true, scroll: false, ..Default::default() });
    });
    let version = RwSignal::new(0u32);
    let data = RwSignal::new(None::<MemberPage>);
    let error = RwSignal::new(None::<AppError>);
    let notice = RwSignal::new(None::<String>);
    let dialog = RwSignal::new(None::<Dialog>);
    let menu_for = RwSignal::new(None::<String>);

    // The newest query wins: each one is sent at once, and an answer is shown only if
    // no newer query was asked since. (A `LocalResource` runs its queries one after the
    // other and shows each answer in turn: a slow older search would hold the newer one
    // back, then flash on screen. The browser test "a late answer…" shows both.)
    let latest = StoredValue::new(0u64);
    Effect::new(move |_| {
        let (org, q, page) = (org_id.get(), search.get(), page_no.get());
        version.track();
        let Some(org) = org else { return };
        let ticket = latest.get_value() + 1;
        latest.set_value(ticket);
        leptos::task::spawn_local(async move {
            let answer = list_members(org, q, page).await;
            if latest.try_get_value() != Some(ticket) {
                return;
            }
            match answer {
                Ok(p) => {
                    error.set(None);
                    data.set(Some(p));
                }
                Err(e) => {
                    data.set(None);
                    error.set(Some(e));
                }
            }
        });
    });
    let reload = move || version.update(|v| *v += 1);
    use_title(move || i18n.t(Msg::NavMembers)().to_string());

    let title = move || {
        let name = data.with(|d| d.as_ref().map(|d| d.org_name.clone())).unwrap_or_default();
        i18n.fill(MembersMsg::MembersTitle, &[("org", &name)])
    };
    let can_invite = move || {
        data.with(|d| d.as_ref().map(|d| authorize(Some(&d.you), &Action::InviteMember { role: Role::External })))
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
        <label class="search">
            <span class="visually-hidden">{i18n.t(MembersMsg::MembersSearch)}</span>
            <input type="search" placeholder=i18n.t(MembersMsg::MembersSearch) maxlength=domain::text::SEARCH_MAX_CHARS
                prop:value=search on:input=move |ev| go.run((event_target_value(&ev), 0))/>
        </label>
        {move || data.get().map(|d| {
            let count = domain::Plural::MembersCount.count(i18n.lang(), d.total, &[]);
            let pages = d.pages();
            let you = d.you.clone();
            let you_for_pending = d.you.clone();
            let lrs = d.legal_representatives as usize;
            let your_id = d.your_user_id.clone();
            let read_only = authorize(Some(&d.you), &Action::InviteMember { role: Role::External }).is_err();
            let rows = d.members.clone();
            let pending = d.pending.clone();
            view! {
                <p class="muted">{count}</p>
                {read_only.then(|| view! { <p class="notice info">{i18n.t(MembersMsg::MembersReadOnly)}</p> })}
                <ul class="member-list" aria-label=i18n.t(Msg::NavMembers)>
                    {rows.is_empty().then(|| view! { <li class="empty">{i18n.t(MembersMsg::MembersNone)}</li> })}
                    {rows.into_iter().map(|m| {
                        // Allowed when some other role may be given; otherwise the first reason why not.
                        let change_verdict = change_verdict(&you, &m.membership, lrs);
                        let remove_verdict =
                            authorize(Some(&you), &Action::RemoveMember { role: m.membership.role, target_blocked: m.membership.blocked, legal_representatives: lrs });
                        let remove_reason_id = format!("remove-reason-{}", m.user_id);
                        let can_change = change_verdict.is_ok();
                        let reason_id = format!("change-reason-{}", m.user_id);
                        let is_you = m.user_id == your_id;
                        let id = m.user_id.clone();
                        let open = { let id = id.clone(); move || menu_for.get().as_deref() == Some(id.as_str()) };
                        let open2 = open.clone();
                        let name = m.full_name();
                        let actions_label = i18n.fill(MembersMsg::MembersActionsFor, &[("name", &name)]);
                        let row = m.clone();
                        let menu_id = format!("menu-{id}");
                        let anchor = NodeRef::<leptos::html::Div>::new();
                        view! {
                            <li class="member">
                                <div class="member-who">
                                    <span class="avatar" aria-hidden="true">{initials(&m)}</span>
                                    <span class="member-text">
                                        <strong>{
                                            let name = name.clone();
                                            move || if is_you { i18n.fill(MembersMsg::MembersYou, &[("name", &name)]) } else { name.clone() }
                                        }</strong>
                                        <small>{m.email.clone()}</small>
                                    </span>
                                </div>
                                <span class="role-badge" data-role=m.membership.role.as_str()>{i18n.t(m.membership.role.label())}</span>
                                <div class="menu-anchor" node_ref=anchor on:keydown=move |ev| on_menu_key(&ev, anchor, move || menu_for.set(None))>
                                    <button class="kebab" id=format!("kebab-{id}") aria-haspopup="menu" aria-controls=menu_id.clone()
                                        aria-expanded=move || open().to_string() aria-label=actions_label
                                        on:click=move |_| {
                                            menu_for.update(|cur| {
                                                *cur = if cur.as_deref() == Some(id.as_str()) { None } else { Some(id.clone()) }
                                            });
                                            focus_first_item(anchor);
                                        }>"⋮"</button>
                                    <Show when=open2.clone()>
                                        <div class="menu-backdrop" on:click=move |_| menu_for.set(None)></div>
                                        <div class="menu menu-end" role="menu" id=menu_id.clone()>
                                            <button role="menuitem" disabled=!can_change
                                                aria-describedby=(!can_change).then(|| reason_id.clone())
                                                on:click={
                                                let row = row.clone();
                                                move |_| { menu_for.set(None); dialog.set(Some(Dialog::ChangeRole(row.clone()))) }
                                            }>{i18n.t(MembersMsg::MembersChangeRole)}</button>
                                            {change_verdict.err().map(|d| view! {
                                                <small id=reason_id.clone() class="reason menu-reason">{i18n.t(d.msg())}</small>
                                            })}
                                            <button role="menuitem" disabled=remove_verdict.is_err()
                                                aria-describedby=remove_verdict.is_err().then(|| remove_reason_id.clone())
                                                on:click={
                                                let row = row.clone();
                                                move |_| { menu_for.set(None); dialog.set(Some(Dialog::Remove(row.clone()))) }
                                            }>{i18n.t(MembersMsg::MembersRemove)}</button>
                                            {remove_verdict.err().map(|d| view! {
                                                <small id=remove_reason_id.clone() class="reason menu-reason">{i18n.t(d.msg())}</small>
                                            })}
                                        </div>
                                    </Show>
                                </div>
                            </li>
                        }
                    }).collect_view()}
                </ul>
                {(pages > 1).then(|| view! {
                    <nav class="pager" aria-label=i18n.t(Msg::NavMembers)>
                        <button disabled=d.page == 0
                            on:click=move |_| go.run((search.get_untracked(), page_no.get_untracked().saturating_sub(1)))>{i18n.t(MembersMsg::MembersPrevious)}</button>
                        <span>{i18n.fill(MembersMsg::MembersPage, &[("page", &(d.page + 1).to_string()), ("pages", &pages.to_string())])}</span>
                        <button disabled=d.page + 1 >= pages
                            on:click=move |_| go.run((search.get_untracked(), page_no.get_untracked() + 1))>{i18n.t(MembersMsg::MembersNext)}</button>
                    </nav>
                })}
                {(!pending.is_empty()).then(|| view! {
                    <PendingInvitations org_id=d.org_id.clone() you=you_for_pending pending
                        on_changed=Callback::new(move |message: String| { error.set(None); notice.set(Some(message)); reload(); })
                        on_error=Callback::new(move |e: AppError| error.set(Some(e)))/>
                })}
            }
        })}
        {move || {
            let d = data.get()?;
            let org = d.org_id.clone();
            match dialog.get()? {
                Dialog::Invite => Some(view! {
                    <InviteDialog org_id=org you=d.you.clone()
                        on_sent=Callback::new(move |email: String| {
                            dialog.set(None);
                            notice.set(Some(i18n.fill(MembersMsg::InviteSent, &[("email", &email)])));
                            reload();
                        })
                        on_close=Callback::new(move |_| dialog.set(None))/>
                }.into_any()),
                Dialog::ChangeRole(member) => Some(view! {
                    <ChangeRoleDialog org_id=org you=d.you.clone() member legal_representatives=d.legal_representatives
                        on_changed=Callback::new(move |row: MemberRow| {
                            dialog.set(None);
                            notice.set(Some(i18n.fill(MembersMsg::ChangeRoleDone, &[
                                ("name", &row.full_name()),
                                ("role", row.membership.role.label().text(i18n.lang())),
                            ])));
                            reload();
                        })
                        on_close=Callback::new(move |_| dialog.set(None))/>
                }.into_any()),
                Dialog::Remove(member) => Some(view! {
                    <RemoveDialog org_id=org org_name=d.org_name.clone() member
                        on_removed=Callback::new(move |name: String| {
                            dialog.set(None);
                            notice.set(Some(i18n.fill(MembersMsg::MembersRemoveDone, &[("name", &name)])));
                            reload();
                        })
                        on_close=Callback::new(move |_| dialog.set(None))/>
                }.into_any()),
            }
        }}
    }
}

fn change_verdict(you: &domain::Membership, target: &domain::Membership, lrs: usize) -> Result<(), domain::Denied> {
    let (from, target_blocked) = (target.role, target.blocked);
    let verdicts: Vec<_> = Role::ALL
        .into_iter()
        .filter(|to| *to != from)
        .map(|to| authorize(Some(you), &Action::ChangeRole { from, to, target_blocked, legal_representatives: lrs }))
        .collect();
    if verdicts.iter().any(Result::is_ok) {
        Ok(())
    } else {
        verdicts.into_iter().find_map(Result::err).map_or(Ok(()), Err)
    }
}

fn initials(m: &MemberRow) -> String {
    [&m.first_name, &m.last_name].iter().filter_map(|n| n.chars().next()).flat_map(char::to_uppercase).collect()
}
