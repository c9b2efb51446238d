//! The language switcher: changes the console at once and, when signed in, the account's
//! language too (emails follow it).

use domain::{Lang, Msg};
use leptos::prelude::*;

use crate::i18n::use_i18n;
use crate::session::use_session;

#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    // Remembering on the account is best effort; the console has already switched.
    let remember = Action::new_local(|lang: &Lang| crate::profile::api::set_language(*lang));
    let on_change = move |ev| {
        let Some(lang) = Lang::from_tag(&event_target_value(&ev)) else { return };
        i18n.set(lang);
        if session.me.with_untracked(Option::is_some) {
            session.me.update(|me| {
                if let Some(me) = me {
                    me.lang = lang;
                }
            });
            remember.dispatch(lang);
        }
    };
    view! {
        <label class="lang">
            <span class="visually-hidden">{i18n.t(Msg::LanguageLabel)}</span>
            <select on:change=on_change>
                {Lang::ALL
                    .into_iter()
                    .map(|l| {
                        view! {
                            <option value=l.code() selected=move || i18n.lang() == l lang=l.code()>
                                {l.native_name()}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </label>
    }
}
