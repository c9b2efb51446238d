//! The form that creates an organization (ORG-2): name, type and country; the currency
//! shown follows from the country by `domain::currency_for`, as the server decides it.
//! The new organization becomes the current one and the user lands in it.

use domain::i18n::OrgMsg;
use domain::organization::{countries_sorted, currency_for};
use domain::{AccountType, Msg, OrgName};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use super::api::create_organization;
use super::org_path;
use crate::error::{AppError, Field, Problem};
use crate::i18n::use_i18n;
use crate::session::use_session;

#[component]
pub fn CreateOrganizationForm() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let navigate = use_navigate();
    let name = RwSignal::new(String::new());
    let kind = RwSignal::new(AccountType::Company);
    let country = RwSignal::new("CH".to_string());
    let error = RwSignal::new(None::<AppError>);
    let creating = Action::new_local(move |(name, kind, country): &(String, AccountType, String)| {
        create_organization(name.clone(), *kind, country.clone())
    });
    Effect::new(move |_| match creating.value().get() {
        Some(Ok(me)) => {
            error.set(None);
            let to = me.current_org_id.clone();
            session.set(Some(me));
            if let Some(id) = to {
                navigate(&org_path(&id, ""), Default::default());
            }
        }
        Some(Err(e)) => error.set(Some(e)),
        None => {}
    });
    let field_error = move |field: Field| {
        error.with(|e| match e {
            Some(AppError::Invalid { field: f, .. }) if *f == field => Some(e.as_ref()?.message(i18n.lang())),
            _ => None,
        })
    };
    let other_error = move || {
        error.with(|e| match e {
            Some(AppError::Invalid { field: Field::OrganizationName | Field::Country, .. }) | None => None,
            Some(e) => Some(e.message(i18n.lang())),
        })
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let typed = name.get_untracked();
        if let Err(e) = OrgName::parse(&typed) {
            error.set(Some(AppError::invalid(Field::OrganizationName, Problem::Name(e))));
            return;
        }
        creating.dispatch((typed, kind.get_untracked(), country.get_untracked()));
    };
    let currency = move || {
        let code = currency_for(&country.get()).code();
        i18n.fill(OrgMsg::CreateCurrency, &[("currency", code)])
    };
    view! {
        <section class="panel create-org" aria-labelledby="create-org-title">
            <h2 id="create-org-title">{i18n.t(OrgMsg::CreateTitle)}</h2>
            <p class="muted">{i18n.t(OrgMsg::CreateIntro)}</p>
            <form on:submit=submit novalidate>
                <label for="org-name">{i18n.t(Msg::FieldOrganizationName)}</label>
                <input id="org-name" required maxlength=OrgName::MAX_LEN autocomplete="organization"
                    aria-invalid=move || field_error(Field::OrganizationName).is_some().to_string()
                    aria-describedby=move || field_error(Field::OrganizationName).map(|_| "org-name-error")
                    prop:value=name on:input=move |ev| name.set(event_target_value(&ev))/>
                {move || field_error(Field::OrganizationName).map(|m| view! {
                    <small id="org-name-error" class="reason" role="alert">{m}</small>
                })}
                <label for="org-kind">{i18n.t(OrgMsg::CreateType)}</label>
                <select id="org-kind" on:change=move |ev| {
                    if let Some(k) = AccountType::parse(&event_target_value(&ev)) { kind.set(k) }
                }>
                    {AccountType::ALL.into_iter().map(|k| view! {
                        <option value=k.as_str() selected=move || kind.get() == k>{i18n.t(k.label())}</option>
                    }).collect_view()}
                </select>
                <label for="org-country">{i18n.t(OrgMsg::CreateCountry)}</label>
                <select id="org-country"
                    aria-invalid=move || field_error(Field::Country).is_some().to_string()
                    aria-describedby=move || if field_error(Field::Country).is_some() { "org-country-error org-currency" } else { "org-currency" }
                    on:change=move |ev| country.set(event_target_value(&ev))>
                    {move || countries_sorted(i18n.lang()).into_iter().map(|c| view! {
                        <option value=c.code selected=move || country.get() == c.code>{c.name(i18n.lang())}</option>
                    }).collect_view()}
                </select>
                {move || field_error(Field::Country).map(|m| view! {
                    <small id="org-country-error" class="reason" role="alert">{m}</small>
                })}
                <p id="org-currency" class="help">{currency}</p>
                {move || other_error().map(|m| view! { <p class="notice error" role="alert">{m}</p> })}
                <button type="submit" class="primary" disabled=move || creating.pending().get()>
                    {i18n.t(OrgMsg::CreateSubmit)}
                </button>
            </form>
        </section>
    }
}
