//! "Manage my profile": the login email in use, the name, the language (ACC-3, ACC-8).

use domain::i18n::{ActivityMsg, MembersMsg, ProfileMsg};
use domain::Msg;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::i18n::use_i18n;
use crate::session::use_session;
use crate::shell::{use_title, LanguageSwitch};

#[component]
pub fn ProfilePage() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let field =
        move |f: fn(&crate::session::Me) -> String| move || session.me.with(|m| m.as_ref().map(f).unwrap_or_default());
    use_title(move || i18n.t(ProfileMsg::ProfileTitle)().to_string());
    view! {
            <h1>{i18n.t(ProfileMsg::ProfileTitle)}</h1>
            <dl class="facts">
                <dt>{i18n.t(ProfileMsg::ProfileLoginEmail)}</dt>
                <dd>{field(|m| m.email.clone())}</dd>
                <dt>{i18n.t(MembersMsg::MembersName)}</dt>
                <dd>{field(|m| m.full_name())}</dd>
                <dt>{i18n.t(Msg::LanguageLabel)}</dt>
                <dd><LanguageSwitch/><small class="help">{i18n.t(ProfileMsg::ProfileLanguageHelp)}</small></dd>
            </dl>
            <p><A href="/activity">{i18n.t(ActivityMsg::ActivityTitle)}</A></p>
    }
}
