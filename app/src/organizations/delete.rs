//! Deleting an organization (ORG-7), at `/o/<id>/delete`: every unmet condition with the
//! way to meet it (`domain::deletion_blockers`, the rule the server applies again under
//! its lock); once none is left, the password and the optional email of the paid
//! invoices. The account survives and continues in another organization, or none.

use domain::i18n::OrgMsg;
use domain::organization::DeletionBlocker;
use domain::{authorize, Action, Msg};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

use super::api::{check_deletion, delete_organization, DeletionCheck};
use super::{org_path, use_org};
use crate::error::{AppError, Field};
use crate::i18n::use_i18n;
use crate::session::use_session;
use crate::shell::use_title;

#[component]
pub fn DeleteOrganizationPage() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let org = use_org();
    let org_name = move || {
        session.me.with(|m| {
            let id = org.id.get();
            m.as_ref().and_then(|m| m.organizations.iter().find(|o| o.id == id).map(|o| o.name.clone()))
        })
    };
    // The same rule the server applies: only managers see the conditions.
    let refusal = move || {
        session.me.with(|m| {
            let id = org.id.get();
            let membership = m.as_ref()?.organizations.iter().find(|o| o.id == id).map(|o| o.membership.clone());
            authorize(membership.as_ref(), &Action::DeleteOrganization).err()
        })
    };
    let version = RwSignal::new(0u32);
    let check = LocalResource::new(move || {
        version.track();
        let id = org.id.get();
        let allowed = refusal().is_none();
        async move {
            if allowed {
                Some(check_deletion(id).await)
            } else {
                None
            }
        }
    });
    let title = move || i18n.fill(OrgMsg::DeleteTitle, &[("org", &org_name().unwrap_or_default())]);
    use_title(title);
    view! {
        <h1>{title}</h1>
        <p>{i18n.t(OrgMsg::DeleteIntro)}</p>
        {move || match (refusal(), check.get()) {
            (Some(denied), _) => view! { <p class="notice error" role="alert">{i18n.t(denied.msg())}</p> }.into_any(),
            (None, None) | (None, Some(None)) => view! { <p class="loading" role="status">{i18n.t(Msg::Loading)}</p> }.into_any(),
            (None, Some(Some(Err(e)))) => view! { <p class="notice error" role="alert">{e.message(i18n.lang())}</p> }.into_any(),
            (None, Some(Some(Ok(c)))) if !c.blockers.is_empty() => view! { <Blockers check=c/> }.into_any(),
            (None, Some(Some(Ok(c)))) => view! {
                <ConfirmDeletion check=c on_blocked=Callback::new(move |()| version.update(|v| *v += 1))/>
            }.into_any(),
        }}
    }
}

#[component]
fn Blockers(check: DeletionCheck) -> impl IntoView {
    let i18n = use_i18n();
    let org = use_org();
    let name = check.org_name.clone();
    let currency = check.currency;
    view! {
        <section class="panel deletion-blockers" aria-labelledby="blockers-title">
            <h2 id="blockers-title">{move || i18n.fill(OrgMsg::DeleteUnmet, &[("org", &name)])}</h2>
            <ul class="blocker-list">
                {check.blockers.into_iter().map(|b| view! {
                    <li>
                        <span>{move || b.describe(i18n.lang(), currency)}</span>
                        {matches!(b, DeletionBlocker::OtherMembers { .. }).then(|| view! {
                            " " <A href=move || org_path(&org.id.get(), "/members")>{i18n.t(OrgMsg::DeleteGoToMembers)}</A>
                        })}
                    </li>
                }).collect_view()}
            </ul>
        </section>
    }
}

#[component]
fn ConfirmDeletion(check: DeletionCheck, on_blocked: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let org = use_org();
    let navigate = use_navigate();
    let password = RwSignal::new(String::new());
    let email_invoices = RwSignal::new(false);
    let error = RwSignal::new(None::<AppError>);
    let deleting = leptos::prelude::Action::new_local(move |(id, password, email): &(String, String, bool)| {
        delete_organization(id.clone(), password.clone(), *email)
    });
    Effect::new(move |_| match deleting.value().get() {
        Some(Ok(me)) => {
            let to = me.current_org_id.clone();
            session.set(Some(me));
            let to = to.map(|id: String| org_path(&id, "")).unwrap_or_else(|| "/organizations".to_string());
            navigate(&to, Default::default());
        }
        Some(Err(AppError::DeletionBlocked { .. })) => on_blocked.run(()),
        Some(Err(e)) => error.set(Some(e)),
        None => {}
    });
    let password_error = move || {
        error.with(|e| match e {
            Some(AppError::Invalid { field: Field::Password, .. }) => e.as_ref().map(|e| e.message(i18n.lang())),
            _ => None,
        })
    };
    let other_error = move || {
        error.with(|e| match e {
            Some(AppError::Invalid { field: Field::Password, .. }) | None => None,
            Some(e) => Some(e.message(i18n.lang())),
        })
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        deleting.dispatch((org.id.get_untracked(), password.get_untracked(), email_invoices.get_untracked()));
    };
    let has_invoices = check.paid_invoices > 0;
    view! {
        <section class="panel" aria-labelledby="confirm-delete-title">
            <h2 id="confirm-delete-title">{i18n.t(OrgMsg::DeleteReady)}</h2>
            <form on:submit=submit novalidate>
                {has_invoices.then(|| view! {
                    <label class="check">
                        <input type="checkbox" prop:checked=email_invoices
                            on:change=move |ev| email_invoices.set(event_target_checked(&ev))/>
                        {i18n.t(OrgMsg::DeleteEmailInvoices)}
                    </label>
                })}
                <label for="delete-password">{i18n.t(Msg::FieldPassword)}</label>
                <input id="delete-password" type="password" required autocomplete="current-password"
                    aria-invalid=move || password_error().is_some().to_string()
                    aria-describedby=move || if password_error().is_some() { "delete-password-error delete-password-help" } else { "delete-password-help" }
                    prop:value=password on:input=move |ev| password.set(event_target_value(&ev))/>
                <small id="delete-password-help" class="help">{i18n.t(OrgMsg::DeletePasswordHelp)}</small>
                {move || password_error().map(|m| view! {
                    <small id="delete-password-error" class="reason" role="alert">{m}</small>
                })}
                {move || other_error().map(|m| view! { <p class="notice error" role="alert">{m}</p> })}
                <button type="submit" class="danger" disabled=move || deleting.pending().get()>
                    {i18n.t(OrgMsg::DeleteConfirm)}
                </button>
            </form>
        </section>
    }
}
