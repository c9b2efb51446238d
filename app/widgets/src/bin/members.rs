//! The member table widget (EMB-1): the organization's members and pending
//! invitations; invite, change a role, remove, revoke or resend an invitation. Every
//! control is offered, greyed out with the reason, or hidden by the same
//! `domain::authorize` the server runs again (with the token's role ceiling).

use app::members::api::{
    ChangeRole, InviteMember, ListMembers, MemberPage, MemberRow, MemberStatus, PageAt, PendingInvitation,
    RemoveMember, ResendInvitation, RevokeInvitation,
};
use app::AppError;
use domain::embed::{Change, Widget};
use domain::i18n::{MembersMsg, Msg};
use domain::{authorize, Action as Policy, Role};
use leptos::prelude::*;
use orga_widgets::{call, done_view, error_view, notify, use_env, Env};
use serde_json::json;

fn main() {
    orga_widgets::start(Widget::Members, || view! { <Members/> });
}

#[component]
fn Members() -> impl IntoView {
    let env = use_env();
    let at = RwSignal::new(PageAt::First);
    let page = LocalResource::new(move || {
        let args = ListMembers {
            org_id: env.org_id(),
            search: String::new(),
            role: None,
            status: MemberStatus::Any,
            at: at.get(),
        };
        async move { call::<_, MemberPage>("members/list", &args).await }
    });
    let error = RwSignal::new(None::<AppError>);
    let done = RwSignal::new(None::<String>);
    let reload = move || page.refetch();

    view! {
        {move || {
            page.get().map(|answer| match answer {
                Err(e) => view! { <p class="notice error" role="alert">{e.message(env.lang.get())}</p> }.into_any(),
                Ok(p) => {
                    let you = p.you.clone();
                    let title = env.fill(MembersMsg::MembersTitle, &[("org", &p.org_name)]);
                    let lrs = p.legal_representatives as usize;
                    let next = p.members.last().map(|m| m.user_id.clone()).filter(|_| p.has_next);
                    let previous = p.members.first().map(|m| m.user_id.clone()).filter(|_| p.has_previous);
                    view! {
                        <h1>{title}</h1>
                        <Invite you=you.clone() error done reload/>
                        <ul class="rows" aria-label=env.t(MembersMsg::MembersName)>
                            {p.members
                                .into_iter()
                                .map(|m| {
                                    let mine = m.user_id == p.your_user_id;
                                    view! { <Row member=m you=you.clone() mine lrs error done reload/> }
                                })
                                .collect_view()}
                        </ul>
                        <Pending pending=p.pending you=you.clone() error done reload/>
                        <nav class="pager" aria-label=env.t(MembersMsg::MembersPages)>
                            {previous.map(|id| view! {
                                <button type="button" on:click=move |_| at.set(PageAt::Before(id.clone()))>
                                    {env.t(MembersMsg::MembersPrevious)}
                                </button>
                            })}
                            {next.map(|id| view! {
                                <button type="button" on:click=move |_| at.set(PageAt::After(id.clone()))>
                                    {env.t(MembersMsg::MembersNext)}
                                </button>
                            })}
                        </nav>
                    }
                    .into_any()
                }
            })
        }}
        {error_view(env, error)}
        {done_view(done)}
    }
}

fn reason(env: Env, denied: domain::Denied) -> String {
    denied.msg().text(env.lang.get_untracked()).to_string()
}

#[component]
fn Invite(
    you: domain::Membership,
    error: RwSignal<Option<AppError>>,
    done: RwSignal<Option<String>>,
    reload: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let env = use_env();
    if let Err(denied) = authorize(Some(&you), &Policy::InviteMember { role: Role::Collaborator }) {
        return view! { <p class="muted">{reason(env, denied)}</p> }.into_any();
    }
    let email = RwSignal::new(String::new());
    let role = RwSignal::new(Role::Collaborator);
    let sending = Action::new_local(move |(email, role): &(String, Role)| {
        let args = InviteMember {
            org_id: env.org_id(),
            email: email.clone(),
            role: *role,
            billing_rights: false,
            products: Vec::new(),
        };
        async move { call::<_, PendingInvitation>("members/invite", &args).await }
    });
    Effect::new(move |_| match sending.value().get() {
        Some(Ok(invitation)) => {
            error.set(None);
            done.set(Some(env.fill(MembersMsg::InviteSent, &[("email", &invitation.email)])));
            notify(Change::MemberInvited, json!({ "email": invitation.email, "role": invitation.role }));
            email.set(String::new());
            reload();
        }
        Some(Err(e)) => error.set(Some(e)),
        None => {}
    });
    let options = Role::ALL.map(|r| {
        let refused = authorize(Some(&you), &Policy::InviteMember { role: r }).is_err();
        view! { <option value=r.as_str() disabled=refused selected=r == Role::Collaborator>{env.t(r.label())}</option> }
    });
    view! {
        <form class="invite" on:submit=move |ev| {
            ev.prevent_default();
            sending.dispatch((email.get_untracked(), role.get_untracked()));
        }>
            <h2>{env.t(MembersMsg::InviteTitle)}</h2>
            <div class="field">
                <label for="invite-email">{env.t(Msg::FieldEmail)}</label>
                <input id="invite-email" type="email" required maxlength="254" autocomplete="off" bind:value=email/>
            </div>
            <div class="field">
                <label for="invite-role">{env.t(MembersMsg::FilterRole)}</label>
                <select id="invite-role" on:change=move |ev| {
                    if let Some(r) = Role::parse(&event_target_value(&ev)) {
                        role.set(r);
                    }
                }>{options}</select>
            </div>
            <button type="submit" disabled=move || sending.pending().get()>{env.t(MembersMsg::InviteSend)}</button>
        </form>
    }
    .into_any()
}

#[component]
fn Row(
    member: MemberRow,
    you: domain::Membership,
    mine: bool,
    lrs: usize,
    error: RwSignal<Option<AppError>>,
    done: RwSignal<Option<String>>,
    reload: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let env = use_env();
    let name = format!("{} {}", member.first_name, member.last_name);
    let from = member.membership.role;
    let blocked = member.membership.blocked;
    let user_id = member.user_id.clone();
    let change_to = |to: Role| Policy::ChangeRole { from, to, target_blocked: blocked, legal_representatives: lrs };
    let changing = {
        let user_id = user_id.clone();
        Action::new_local(move |to: &Role| {
            let args = ChangeRole { org_id: env.org_id(), user_id: user_id.clone(), role: *to };
            async move { call::<_, MemberRow>("members/change_role", &args).await }
        })
    };
    Effect::new(move |_| match changing.value().get() {
        Some(Ok(row)) => {
            error.set(None);
            let name = format!("{} {}", row.first_name, row.last_name);
            let role = row.membership.role.label().text(env.lang.get_untracked());
            done.set(Some(env.fill(MembersMsg::ChangeRoleDone, &[("name", &name), ("role", role)])));
            notify(Change::RoleChanged, json!({ "user_id": row.user_id, "role": row.membership.role }));
            reload();
        }
        Some(Err(e)) => {
            error.set(Some(e));
            reload();
        }
        None => {}
    });
    // The role control: each role the policy allows from here, the reason otherwise.
    let allowed: Vec<Role> =
        Role::ALL.into_iter().filter(|&to| authorize(Some(&you), &change_to(to)).is_ok()).collect();
    let role_control = if allowed.len() > 1 {
        let label = env.fill(MembersMsg::ChangeRoleTitle, &[("name", &name)]);
        let options = Role::ALL.map(|r| {
            let refused = !allowed.contains(&r);
            view! { <option value=r.as_str() disabled=refused selected=r == from>{env.t(r.label())}</option> }
        });
        view! {
            <select aria-label=label on:change=move |ev| {
                if let Some(to) = Role::parse(&event_target_value(&ev)) {
                    changing.dispatch(to);
                }
            }>{options}</select>
        }
        .into_any()
    } else {
        let refusal = authorize(Some(&you), &change_to(Role::External))
            .and(authorize(Some(&you), &change_to(Role::Administrator)))
            .err()
            .map(|d| reason(env, d));
        view! {
            <span class="role">{env.t(from.label())}</span>
            {refusal.map(|r| view! { <span class="muted reason">{r}</span> })}
        }
        .into_any()
    };
    let removal = authorize(
        Some(&you),
        &Policy::RemoveMember { role: from, target_blocked: blocked, legal_representatives: lrs },
    );
    let remove = (!mine).then(|| match removal {
        Ok(()) => view! { <Remove user_id=user_id.clone() name=name.clone() error done reload/> }.into_any(),
        Err(denied) => view! {
            <button type="button" disabled title=reason(env, denied)>{env.t(MembersMsg::MembersRemoveConfirm)}</button>
        }
        .into_any(),
    });
    let shown = if mine { env.fill(MembersMsg::MembersYou, &[("name", &name)]) } else { name.clone() };
    view! {
        <li class="row">
            <div class="who">
                <strong>{shown}</strong>
                <span class="email">{member.email.clone()}</span>
            </div>
            <div class="actions">{role_control}{remove}</div>
        </li>
    }
}

/// Removing asks for the password again (a sensitive action), inline.
#[component]
fn Remove(
    user_id: String,
    name: String,
    error: RwSignal<Option<AppError>>,
    done: RwSignal<Option<String>>,
    reload: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let env = use_env();
    let open = RwSignal::new(false);
    let password = RwSignal::new(String::new());
    let removing = {
        let user_id = user_id.clone();
        Action::new_local(move |password: &String| {
            let args = RemoveMember { org_id: env.org_id(), user_id: user_id.clone(), password: password.clone() };
            async move { call::<_, ()>("members/remove", &args).await }
        })
    };
    let removed_name = name.clone();
    Effect::new(move |_| match removing.value().get() {
        Some(Ok(())) => {
            error.set(None);
            done.set(Some(env.fill(MembersMsg::MembersRemoveDone, &[("name", &removed_name)])));
            notify(Change::MemberRemoved, json!({ "user_id": user_id }));
            reload();
        }
        Some(Err(e)) => error.set(Some(e)),
        None => {}
    });
    let title = env.fill(MembersMsg::MembersRemoveTitle, &[("name", &name)]);
    view! {
        <button type="button" aria-label=title.clone() aria-expanded=move || open.get().to_string() on:click=move |_| open.update(|o| *o = !*o)>
            {env.t(MembersMsg::MembersRemoveConfirm)}
        </button>
        <Show when=move || open.get()>
            <form class="confirm" aria-label=title.clone() on:submit=move |ev| {
                ev.prevent_default();
                removing.dispatch(password.get_untracked());
            }>
                <label>
                    {env.t(MembersMsg::MembersRemovePassword)}
                    <input type="password" required maxlength="1024" autocomplete="current-password" bind:value=password/>
                </label>
                <button type="submit" class="danger" disabled=move || removing.pending().get()>
                    {env.t(MembersMsg::MembersRemoveConfirm)}
                </button>
            </form>
        </Show>
    }
}

#[component]
fn Pending(
    pending: Vec<PendingInvitation>,
    you: domain::Membership,
    error: RwSignal<Option<AppError>>,
    done: RwSignal<Option<String>>,
    reload: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let env = use_env();
    if pending.is_empty() {
        return ().into_any();
    }
    let acting = Action::new_local(move |(id, revoke): &(String, bool)| {
        let (org_id, invitation_id, revoke) = (env.org_id(), id.clone(), *revoke);
        async move {
            if revoke {
                call::<_, ()>("members/revoke_invitation", &RevokeInvitation { org_id, invitation_id })
                    .await
                    .map(|()| None)
            } else {
                call::<_, PendingInvitation>("members/resend_invitation", &ResendInvitation { org_id, invitation_id })
                    .await
                    .map(Some)
            }
        }
    });
    Effect::new(move |_| match acting.value().get() {
        Some(Ok(resent)) => {
            error.set(None);
            let what = if resent.is_some() { Change::InvitationResent } else { Change::InvitationRevoked };
            done.set(Some(env.t(domain::i18n::EmbedMsg::WidgetSaved)().to_string()));
            notify(what, json!({}));
            reload();
        }
        Some(Err(e)) => error.set(Some(e)),
        None => {}
    });
    view! {
        <h2>{env.t(MembersMsg::MembersPending)}</h2>
        <ul class="rows">
            {pending
                .into_iter()
                .map(|inv| {
                    let may = authorize(Some(&you), &Policy::ManageInvitation { role: inv.role }).is_ok();
                    let as_role = env.fill(MembersMsg::MembersInvitedAs, &[("role", inv.role.label().text(env.lang.get_untracked()))]);
                    let (id1, id2) = (inv.id.clone(), inv.id.clone());
                    let revoke_label = env.fill(MembersMsg::MembersRevokeFor, &[("email", &inv.email)]);
                    let resend_label = env.fill(MembersMsg::MembersResendFor, &[("email", &inv.email)]);
                    view! {
                        <li class="row">
                            <div class="who"><strong class="email">{inv.email.clone()}</strong><span>{as_role}</span></div>
                            <div class="actions">
                                {may.then(|| view! {
                                    <button type="button" aria-label=resend_label on:click=move |_| { acting.dispatch((id1.clone(), false)); }>
                                        {env.t(MembersMsg::MembersResend)}
                                    </button>
                                    <button type="button" aria-label=revoke_label on:click=move |_| { acting.dispatch((id2.clone(), true)); }>
                                        {env.t(MembersMsg::MembersRevoke)}
                                    </button>
                                })}
                            </div>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
    .into_any()
}
