//! What a member held back by the organization-wide two-factor requirement sees instead
//! of the organization's pages (SEC-7): why, a link to set it up, and for an external
//! user the way out. Their other organizations are not concerned.

use domain::i18n::ActivityMsg;
use domain::Role;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

use crate::error::AppError;
use crate::i18n::use_i18n;
use crate::organizations::api::leave_organization;
use crate::session::use_session;
use crate::shell::{on_answer, ErrorNotice};

#[component]
pub fn TwoFactorGate(org_id: String) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let navigate = use_navigate();
    let error = RwSignal::new(None::<AppError>);
    let org = {
        let id = org_id.clone();
        session.me.with_untracked(|m| m.as_ref().and_then(|m| m.organizations.iter().find(|o| o.id == id).cloned()))
    };
    let name = org.as_ref().map(|o| o.name.clone()).unwrap_or_default();
    let external = org.as_ref().is_some_and(|o| o.membership.role == Role::External);
    let leaving = Action::new_local(move |id: &String| leave_organization(id.clone()));
    on_answer(leaving, error, move |me| {
        session.set(Some(me));
        navigate("/organizations", Default::default());
    });
    let title_name = name.clone();
    let title = move || i18n.fill(ActivityMsg::GateTitle, &[("org", &title_name)]);
    let leave_label = move || i18n.fill(ActivityMsg::GateLeave, &[("org", &name)]);
    view! {
        <h1>{title}</h1>
        <p class="notice error" role="alert">{i18n.t(ActivityMsg::GateText)}</p>
        <p><A href="/security" attr:class="button primary">{i18n.t(ActivityMsg::GateSetUp)}</A></p>
        {external.then(|| view! {
            <p>{i18n.t(ActivityMsg::GateLeaveText)}</p>
            <button class="danger" disabled=move || leaving.pending().get()
                on:click=move |_| { leaving.dispatch(org_id.clone()); }>{leave_label}</button>
            <ErrorNotice error/>
        })}
    }
}
