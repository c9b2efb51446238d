//! "My organizations" (ORG-1): every organization of the user with their role, its legal
//! representatives, "Open" and "Leave" (every reason that keeps them, shown before they
//! try, ORG-6), "Delete" for managers (ORG-7); the invitations waiting for them; and the
//! form that creates a new one (ORG-2), which is also the empty state.

use domain::i18n::OrgMsg;
use domain::{authorize, Action, Msg};
use leptos::prelude::*;
use leptos_router::components::A;

use super::api::{leave_organization, my_organizations, MyOrganization};
use super::create::CreateOrganizationForm;
use super::org_path;
use crate::error::AppError;
use crate::i18n::use_i18n;
use crate::invitations::InvitationInbox;
use crate::session::use_session;
use crate::shell::{on_answer, use_title, Dialog, ErrorNotice, SuccessNotice};

#[component]
pub fn MyOrganizationsPage() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let version = RwSignal::new(0u32);
    let list = LocalResource::new(move || {
        version.track();
        // Accepting an invitation or creating an organization changes the session: the
        // list follows.
        session.me.with(|m| m.as_ref().map(|m| m.organizations.len()));
        my_organizations()
    });
    let done = RwSignal::new(None::<String>);
    let leaving = RwSignal::new(None::<MyOrganization>);
    use_title(move || i18n.t(OrgMsg::MyOrgsTitle)().to_string());

    let on_left = Callback::new(move |name: String| {
        leaving.set(None);
        done.set(Some(i18n.fill(OrgMsg::LeaveDone, &[("org", &name)])));
        version.update(|v| *v += 1);
    });
    let current = move || session.me.with(|m| m.as_ref().and_then(|m| m.current_org_id.clone()));

    view! {
        <h1>{i18n.t(OrgMsg::MyOrgsTitle)}</h1>
        <SuccessNotice message=done/>
        {move || match list.get() {
            None => view! { <p class="loading" role="status">{i18n.t(Msg::Loading)}</p> }.into_any(),
            Some(Err(e)) => view! { <p class="notice error" role="alert">{e.message(i18n.lang())}</p> }.into_any(),
            Some(Ok(orgs)) if orgs.is_empty() => {
                view! { <p class="notice info">{i18n.t(OrgMsg::MyOrgsEmpty)}</p> }.into_any()
            }
            Some(Ok(orgs)) => view! {
                <p class="muted">{i18n.t(OrgMsg::MyOrgsIntro)}</p>
                <ul class="org-list" aria-label=i18n.t(OrgMsg::MyOrgsTitle)>
                    {orgs.into_iter().map(|o| {
                        let is_current = current().as_deref() == Some(o.id.as_str());
                        view! { <OrgItem org=o is_current on_leave=Callback::new(move |o| leaving.set(Some(o)))/> }
                    }).collect_view()}
                </ul>
            }.into_any(),
        }}
        <InvitationInbox/>
        <CreateOrganizationForm/>
        {move || leaving.get().map(|org| view! {
            <LeaveDialog org on_left on_close=Callback::new(move |()| leaving.set(None))/>
        })}
    }
}

#[component]
fn OrgItem(org: MyOrganization, is_current: bool, on_leave: Callback<MyOrganization>) -> impl IntoView {
    let i18n = use_i18n();
    let id = org.id.clone();
    let name = org.name.clone();
    let role = org.membership.role;
    let blocked = org.membership.blocked;
    let may_delete = authorize(Some(&org.membership), &Action::DeleteOrganization).is_ok();
    let refusals = org.leave_refusals.clone();
    let reasons_id = format!("leave-reasons-{id}");
    // The same square as in the switcher: the organization's logo or chosen initials.
    let session = crate::session::use_session();
    let summary = session.me.with_untracked(|m| m.as_ref()?.organizations.iter().find(|o| o.id == id).cloned());
    let lrs = org.legal_representatives.join(", ");
    let (n1, n2, n3, n4) = (name.clone(), name.clone(), name.clone(), name.clone());
    let described = (!refusals.is_empty()).then(|| reasons_id.clone());
    let for_leave = org.clone();
    view! {
        <li class="org-item">
            <div class="org-item-who">
                {match summary {
                    Some(o) => crate::settings::square::org_square(&o, true).into_any(),
                    None => view! {
                        <span class="org-square small" aria-hidden="true">{domain::org_details::default_initials(&name)}</span>
                    }.into_any(),
                }}
                <span class="org-item-text">
                    <strong class="org-item-name">{name.clone()}</strong>
                    <small>
                        {move || i18n.fill(OrgMsg::MyOrgsYourRole, &[("role", role.label().text(i18n.lang()))])}
                        {blocked.then(|| view! { " " <span class="tag tag-blocked">{i18n.t(OrgMsg::MyOrgsBlocked)}</span> })}
                        {is_current.then(|| view! { " " <span class="tag">{i18n.t(OrgMsg::MyOrgsCurrent)}</span> })}
                    </small>
                    {(!lrs.is_empty()).then(|| {
                        let lrs = lrs.clone();
                        view! { <small>{move || i18n.fill(OrgMsg::MyOrgsLegalRepresentatives, &[("names", &lrs)])}</small> }
                    })}
                </span>
            </div>
            {(!refusals.is_empty()).then(|| view! {
                <div class="reason org-leave-reasons" id=reasons_id.clone()>
                    <span>{move || i18n.fill(OrgMsg::MyOrgsCannotLeave, &[("org", &n1)])}</span>
                    <ul>{refusals.iter().map(|d| view! { <li>{i18n.t(d.msg())}</li> }).collect_view()}</ul>
                </div>
            })}
            <div class="org-item-actions">
                <A href=org_path(&id, "") attr:class="button"
                    attr:aria-label=move || i18n.fill(OrgMsg::MyOrgsOpenFor, &[("org", &n2)])>
                    {i18n.t(OrgMsg::MyOrgsOpen)}
                </A>
                <button type="button" disabled=!org.leave_refusals.is_empty() aria-describedby=described
                    id=format!("leave-{id}")
                    aria-label=move || i18n.fill(OrgMsg::MyOrgsLeaveFor, &[("org", &n3)])
                    on:click=move |_| on_leave.run(for_leave.clone())>
                    {i18n.t(OrgMsg::MyOrgsLeave)}
                </button>
                {may_delete.then(|| view! {
                    <A href=org_path(&id, "/delete") attr:class="button danger"
                        attr:aria-label=move || i18n.fill(OrgMsg::MyOrgsDeleteFor, &[("org", &n4)])>
                        {i18n.t(OrgMsg::MyOrgsDelete)}
                    </A>
                })}
            </div>
        </li>
    }
}

/// The confirmation before leaving (ORG-6); the server judges again under the lock.
#[component]
fn LeaveDialog(org: MyOrganization, on_left: Callback<String>, on_close: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let error = RwSignal::new(None::<AppError>);
    let id = org.id.clone();
    let leaving = leptos::prelude::Action::new_local(move |_: &()| leave_organization(id.clone()));
    let name = org.name.clone();
    let done_name = name.clone();
    on_answer(leaving, error, move |me| {
        session.set(Some(me));
        on_left.run(done_name.clone());
    });
    let title_name = name.clone();
    let title = Signal::derive(move || i18n.fill(OrgMsg::LeaveTitle, &[("org", &title_name)]));
    view! {
        <Dialog id="leave-organization" title on_close return_to=format!("leave-{}", org.id)>
            <p>{move || i18n.fill(OrgMsg::LeaveExplain, &[("org", &name)])}</p>
            <ErrorNotice error/>
            <div class="dialog-actions">
                <button type="button" on:click=move |_| on_close.run(())>{i18n.t(Msg::Cancel)}</button>
                <button type="button" class="danger" disabled=move || leaving.pending().get()
                    on:click=move |_| { leaving.dispatch(()); }>
                    {i18n.t(OrgMsg::LeaveConfirm)}
                </button>
            </div>
        </Dialog>
    }
}
