//! Language, country and time zone (ACC-8), and the newsletter topics (ACC-9), each
//! switch saved at once.

use domain::i18n::ProfileMsg;
use domain::organization::countries_sorted;
use domain::profile::NewsletterTopic;
use domain::Msg;
use leptos::prelude::*;

use super::api::{set_newsletter, set_region};
use crate::auth::field_error::{FieldError, FormErrors};
use crate::dates::{browser_time_zone, supported_time_zones};
use crate::error::{AppError, Field};
use crate::i18n::use_i18n;
use crate::session::use_session;
use crate::shell::{on_answer, ErrorNotice, LanguageSwitch, SuccessNotice};

#[component]
pub fn Region(country: Option<String>, time_zone: Option<String>) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let browser = browser_time_zone();
    let zones = {
        let mut z = supported_time_zones();
        if z.is_empty() {
            z.extend(browser.clone());
        }
        z
    };
    let country = RwSignal::new(country.unwrap_or_default());
    let zone = RwSignal::new(time_zone.or_else(|| browser.clone()).unwrap_or_default());
    let error = RwSignal::new(None::<AppError>);
    let errors = FormErrors::new(error);
    let done = RwSignal::new(None::<String>);
    let save = Action::new_local(|(c, z): &(String, String)| {
        let some = |s: &String| Some(s.clone()).filter(|s| !s.is_empty());
        set_region(some(c), some(z))
    });
    on_answer(save, error, move |()| {
        let (c, z) = (country.get_untracked(), zone.get_untracked());
        session.me.update(|me| {
            if let Some(me) = me {
                me.country = Some(c).filter(|c| !c.is_empty());
                me.time_zone = Some(z).filter(|z| !z.is_empty());
            }
        });
        done.set(Some(ProfileMsg::ProfileSaved.text(i18n.lang()).to_string()));
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        save.dispatch((country.get_untracked(), zone.get_untracked()));
    };
    let browser_button = browser.clone().map(|b| {
        let label = b.clone();
        view! {
            <button type="button" on:click=move |_| zone.set(b.clone())>
                {move || i18n.fill(ProfileMsg::ProfileTimeZoneBrowser, &[("zone", &label)])}
            </button>
        }
    });
    view! {
        <section class="panel" aria-labelledby="region-title">
            <h2 id="region-title">{i18n.t(ProfileMsg::RegionTitle)}</h2>
            <p>{i18n.t(Msg::LanguageLabel)}": " <LanguageSwitch/></p>
            <p class="help">{i18n.t(ProfileMsg::ProfileLanguageHelp)}</p>
            <form on:submit=submit novalidate>
                <label for="profile-country">{i18n.t(ProfileMsg::ProfileCountry)}</label>
                <select id="profile-country" autocomplete="country" aria-invalid=errors.invalid(Field::Country)
                    on:change=move |ev| country.set(event_target_value(&ev))>
                    <option value="" selected=move || country.with(String::is_empty)>"—"</option>
                    {move || countries_sorted(i18n.lang()).into_iter().map(|c| view! {
                        <option value=c.code selected=move || country.get() == c.code>{c.name(i18n.lang())}</option>
                    }).collect_view()}
                </select>
                <FieldError errors field=Field::Country id="profile-country-error"/>
                <label for="profile-zone">{i18n.t(ProfileMsg::ProfileTimeZone)}</label>
                <select id="profile-zone" aria-invalid=errors.invalid(Field::TimeZone)
                    aria-describedby=errors.described_by(Field::TimeZone, "profile-zone-error", Some("profile-zone-help"))
                    on:change=move |ev| zone.set(event_target_value(&ev))>
                    {zones.into_iter().map(|z| {
                        let (value, label) = (z.clone(), z.clone());
                        view! { <option value=z selected=move || zone.get() == value>{label}</option> }
                    }).collect_view()}
                </select>
                <small class="help" id="profile-zone-help">{i18n.t(ProfileMsg::ProfileTimeZoneHelp)}</small>
                <FieldError errors field=Field::TimeZone id="profile-zone-error"/>
                {browser_button}
                <ErrorNotice error=errors.general/>
                <SuccessNotice message=done/>
                <button type="submit" disabled=move || save.pending().get()>{i18n.t(ProfileMsg::ProfileSave)}</button>
            </form>
        </section>
    }
}

#[component]
pub fn Newsletter(topics: Vec<NewsletterTopic>) -> impl IntoView {
    let i18n = use_i18n();
    let on = RwSignal::new(topics);
    let error = RwSignal::new(None::<AppError>);
    let toggle = Action::new_local(|(t, s): &(NewsletterTopic, bool)| set_newsletter(*t, *s));
    on_answer(toggle, error, move |now: Vec<NewsletterTopic>| on.set(now));
    view! {
        <section class="panel" aria-labelledby="newsletter-title">
            <h2 id="newsletter-title">{i18n.t(ProfileMsg::NewsletterTitle)}</h2>
            <p class="help">{i18n.t(ProfileMsg::NewsletterHelp)}</p>
            <ul class="toggles">
                {NewsletterTopic::ALL.into_iter().map(|t| view! {
                    <li>
                        <label class="check">
                            <input type="checkbox" role="switch" prop:checked=move || on.with(|v| v.contains(&t))
                                on:change=move |ev| { toggle.dispatch((t, event_target_checked(&ev))); }/>
                            {i18n.t(t.label())}
                        </label>
                    </li>
                }).collect_view()}
            </ul>
            <ErrorNotice error/>
        </section>
    }
}
