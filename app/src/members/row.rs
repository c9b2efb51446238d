//! One member in the list: a checkbox for the batch actions, who they are (the email
//! wraps rather than pushing the page wider), their role and whether they are blocked,
//! and the ⋮ menu with every action and, for each one refused, the policy's reason.

use domain::i18n::{ActivityMsg, MembersMsg};
use domain::{authorize, Action, Role};
use leptos::prelude::*;

use super::api::{block_member, unblock_member, MemberPage, MemberRow};
use super::list::Dialog;
use crate::error::AppError;
use crate::i18n::use_i18n;
use crate::shell::menu_keys::{focus_first_item, on_menu_key};

#[component]
pub fn MemberItem(
    member: MemberRow,
    page: StoredValue<MemberPage>,
    selectable: bool,
    selected: RwSignal<Vec<String>>,
    dialog: RwSignal<Option<Dialog>>,
    notice: RwSignal<Option<String>>,
    error: RwSignal<Option<AppError>>,
    reload: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let (you, lrs, your_id, org_id) = page
        .with_value(|d| (d.you.clone(), d.legal_representatives as usize, d.your_user_id.clone(), d.org_id.clone()));
    let m = member.membership.clone();
    let is_you = member.user_id == your_id;
    // The same checks the server runs, against the same facts.
    let change = change_verdict(&you, &m, lrs);
    let permissions = authorize(Some(&you), &Action::ChangePermissions { role: m.role });
    let block = if m.blocked {
        authorize(Some(&you), &Action::UnblockMember { role: m.role })
    } else {
        authorize(Some(&you), &Action::BlockMember { role: m.role, yourself: is_you, legal_representatives: lrs })
    };
    let alert = authorize(Some(&you), &Action::SendSecurityAlert);
    let remove = authorize(
        Some(&you),
        &Action::RemoveMember { role: m.role, target_blocked: m.blocked, legal_representatives: lrs },
    );
    let id = member.user_id.clone();
    let open = RwSignal::new(false);
    let name = member.full_name();
    let shown_name = if is_you { i18n.fill(MembersMsg::MembersYou, &[("name", &name)]) } else { name.clone() };
    let menu_id = format!("menu-{id}");
    let anchor = NodeRef::<leptos::html::Div>::new();
    let blocked = m.blocked;

    let toggling = leptos::prelude::Action::new_local({
        let (org_id, id) = (org_id.clone(), id.clone());
        move |block: &bool| {
            let (org_id, id, block) = (org_id.clone(), id.clone(), *block);
            async move {
                if block {
                    block_member(org_id, id).await
                } else {
                    unblock_member(org_id, id).await
                }
            }
        }
    });
    crate::shell::on_answer(toggling, error, move |row: MemberRow| {
        let key = if row.membership.blocked { MembersMsg::MembersBlockDone } else { MembersMsg::MembersUnblockDone };
        notice.set(Some(i18n.fill(key, &[("name", &row.full_name())])));
        reload.run(());
    });

    let alerting = leptos::prelude::Action::new_local({
        let (org_id, id) = (org_id.clone(), id.clone());
        move |_: &()| crate::org_security::api::send_security_alert(org_id.clone(), vec![id.clone()])
    });
    crate::shell::on_answer(alerting, error, move |sent: u64| {
        notice.set(Some(domain::Plural::ActivityAlertsSent.count(i18n.lang(), sent, &[])));
    });

    let short = menu_id_short(&id);
    let item = move |label: MembersMsg, verdict: Result<(), domain::Denied>, run: Box<dyn Fn() + Send + Sync>| {
        let reason_id = format!("{short}-reason-{label:?}");
        let refused = verdict.is_err();
        view! {
            <button role="menuitem" disabled=refused aria-describedby=refused.then(|| reason_id.clone())
                on:click=move |_| { open.set(false); run() }>{i18n.t(label)}</button>
            {verdict.err().map(|d| view! { <small id=reason_id class="reason menu-reason">{i18n.t(d.msg())}</small> })}
        }
    };
    let for_member = member.clone();
    let for_dialog = move |make: fn(MemberRow) -> Dialog| {
        let row = for_member.clone();
        Box::new(move || dialog.set(Some(make(row.clone())))) as Box<dyn Fn() + Send + Sync>
    };
    let check_id = id.clone();
    let kebab_id = format!("kebab-{id}");
    let check_label = i18n.fill(MembersMsg::MembersSelect, &[("name", &name)]);
    view! {
        <li class="member" class:blocked=blocked>
            {selectable.then(|| view! {
                <input type="checkbox" class="member-check" aria-label=check_label
                    prop:checked={ let id = check_id.clone(); move || selected.with(|s| s.contains(&id)) }
                    on:change={ let id = check_id.clone(); move |ev| {
                        let on = event_target_checked(&ev);
                        selected.update(|s| { s.retain(|x| x != &id); if on { s.push(id.clone()); } });
                    } }/>
            })}
            <div class="member-who">
                <span class="avatar" aria-hidden="true">{initials(&member)}</span>
                <span class="member-text">
                    <strong>{shown_name}</strong>
                    <small class="member-email" title=member.email.clone()>{member.email.clone()}</small>
                </span>
            </div>
            <span class="member-role">
                <span class="role-badge" data-role=m.role.as_str()>{i18n.t(m.role.label())}</span>
                {blocked.then(|| view! { <span class="blocked-badge">{i18n.t(MembersMsg::MembersBlockedBadge)}</span> })}
                // SEC-7: red, and said in words (not by colour alone).
                {(member.two_factor == Some(false)).then(|| view! {
                    <span class="no-2fa-badge">{i18n.t(ActivityMsg::MemberNoTwoFactor)}</span>
                })}
            </span>
            <div class="menu-anchor" node_ref=anchor on:keydown=move |ev| on_menu_key(&ev, anchor, move || open.set(false))>
                <button class="kebab" id=kebab_id aria-haspopup="menu" aria-controls=menu_id.clone()
                    aria-expanded=move || open.get().to_string()
                    aria-label=i18n.fill(MembersMsg::MembersActionsFor, &[("name", &name)])
                    on:click=move |_| { open.update(|o| *o = !*o); focus_first_item(anchor); }>"⋮"</button>
                <Show when=move || open.get()>
                    <div class="menu-backdrop" on:click=move |_| open.set(false)></div>
                    <div class="menu menu-end" role="menu" id=menu_id.clone()>
                        {item(MembersMsg::MembersChangeRole, change, for_dialog(Dialog::ChangeRole))}
                        {item(MembersMsg::MembersPermissions, permissions, for_dialog(Dialog::Permissions))}
                        {item(
                            if blocked { MembersMsg::MembersUnblock } else { MembersMsg::MembersBlock },
                            block,
                            Box::new(move || { toggling.dispatch(!blocked); }),
                        )}
                        {item(MembersMsg::MembersRemove, remove, for_dialog(Dialog::Remove))}
                        {alert.is_ok().then(|| view! {
                            <button role="menuitem" disabled=move || alerting.pending().get()
                                on:click=move |_| { open.set(false); alerting.dispatch(()); }>
                                {i18n.t(ActivityMsg::SendSecurityAlert)}
                            </button>
                        })}
                    </div>
                </Show>
            </div>
        </li>
    }
}

fn menu_id_short(id: &str) -> String {
    id.chars().filter(char::is_ascii_alphanumeric).collect()
}

/// Allowed when some other role may be given; otherwise the first reason why not.
pub fn change_verdict(you: &domain::Membership, target: &domain::Membership, lrs: usize) -> Result<(), domain::Denied> {
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
    domain::names::initials(&m.first_name, &m.last_name)
}
