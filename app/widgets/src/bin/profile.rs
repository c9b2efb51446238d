//! The profile widget (EMB-1): the user's name and login, the language Orga writes to
//! them in, and the newsletters they receive.

use app::profile::api::{GetProfile, Profile, SetLanguage, SetNewsletter};
use app::AppError;
use domain::embed::{Change, Widget};
use domain::i18n::{EmbedMsg, Msg, ProfileMsg};
use domain::profile::NewsletterTopic;
use domain::Lang;
use leptos::prelude::*;
use orga_widgets::{call, done_view, error_view, notify, use_env};
use serde_json::json;

fn main() {
    orga_widgets::start(Widget::Profile, || view! { <ProfileWidget/> });
}

#[component]
fn ProfileWidget() -> impl IntoView {
    let env = use_env();
    let profile = LocalResource::new(|| call::<_, Profile>("profile/get", &GetProfile {}));
    let error = RwSignal::new(None::<AppError>);
    let done = RwSignal::new(None::<String>);
    let saved = move |result: Result<(), AppError>, what: Change| match result {
        Ok(()) => {
            error.set(None);
            done.set(Some(env.t(EmbedMsg::WidgetSaved)().to_string()));
            notify(what, json!({}));
        }
        Err(e) => error.set(Some(e)),
    };
    let set_language =
        Action::new_local(|lang: &Lang| call::<_, ()>("profile/set_language", &SetLanguage { lang: *lang }));
    Effect::new(move |_| {
        if let Some(result) = set_language.value().get() {
            if result.is_ok() {
                if let Some(lang) = set_language.input().get_untracked().or(None) {
                    env.lang.set(lang);
                }
            }
            saved(result, Change::LanguageChanged);
        }
    });
    let set_topic = Action::new_local(|(topic, on): &(NewsletterTopic, bool)| {
        let args = SetNewsletter { topic: *topic, subscribed: *on };
        async move { call::<_, Vec<NewsletterTopic>>("profile/set_newsletter", &args).await.map(|_| ()) }
    });
    Effect::new(move |_| {
        if let Some(result) = set_topic.value().get() {
            saved(result, Change::NewsletterChanged);
        }
    });
    let session = move || env.session.get();
    view! {
        <h1>{env.t(EmbedMsg::WidgetProfile)}</h1>
        {move || session().map(|s| view! {
            <dl class="facts">
                <dt>{env.t(Msg::FieldFirstName)}</dt><dd>{s.first_name.clone()}</dd>
                <dt>{env.t(Msg::FieldLastName)}</dt><dd>{s.last_name.clone()}</dd>
                <dt>{env.t(Msg::FieldEmail)}</dt><dd class="email">{s.email.clone()}</dd>
            </dl>
        })}
        <label>
            {env.t(Msg::LanguageLabel)}
            <select on:change=move |ev| {
                if let Some(lang) = Lang::from_tag(&event_target_value(&ev)) {
                    set_language.dispatch(lang);
                }
            }>
                {Lang::ALL.map(|l| view! {
                    <option value=l.code() selected=move || env.lang.get() == l>{l.native_name()}</option>
                })}
            </select>
        </label>
        {move || profile.get().map(|answer| match answer {
            Err(e) => view! { <p class="notice error" role="alert">{e.message(env.lang.get())}</p> }.into_any(),
            Ok(p) => view! {
                <fieldset>
                    <legend>{env.t(ProfileMsg::NewsletterTitle)}</legend>
                    {NewsletterTopic::ALL.map(|topic| {
                        let on = p.newsletter.contains(&topic);
                        view! {
                            <label class="check">
                                <input type="checkbox" checked=on on:change=move |ev| {
                                    set_topic.dispatch((topic, event_target_checked(&ev)));
                                }/>
                                {env.t(topic.label())}
                            </label>
                        }
                    })}
                </fieldset>
            }.into_any(),
        })}
        {error_view(env, error)}
        {done_view(done)}
    }
}
