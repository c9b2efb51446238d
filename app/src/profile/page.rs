//! The profile page: each part in its own panel, the data of `profile/get` reloaded
//! after a change.

use domain::i18n::{ActivityMsg, MembersMsg, ProfileMsg};
use domain::Msg;
use leptos::prelude::*;

use super::api::{get_profile, Profile};
use crate::i18n::use_i18n;
use crate::session::use_session;
use crate::shell::use_title;

/// Asks the page to load the profile again.
#[derive(Clone, Copy)]
pub struct Reload(pub RwSignal<u32>);

impl Reload {
    pub fn run(self) {
        self.0.update(|v| *v += 1);
    }
}

#[component]
pub fn ProfilePage() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let version = RwSignal::new(0u32);
    provide_context(Reload(version));
    let profile = LocalResource::new(move || {
        version.track();
        get_profile()
    });
    let name = move || session.me.with(|m| m.as_ref().map(|m| m.full_name()).unwrap_or_default());
    use_title(move || i18n.t(ProfileMsg::ProfileTitle)().to_string());
    view! {
        <h1>{i18n.t(ProfileMsg::ProfileTitle)}</h1>
        {move || match profile.get() {
            None => view! { <p class="loading" role="status">{i18n.t(Msg::Loading)}</p> }.into_any(),
            Some(Err(e)) => view! { <p class="notice error" role="alert">{e.message(i18n.lang())}</p> }.into_any(),
            Some(Ok(p)) => view! { <Sections profile=p name=name()/> }.into_any(),
        }}
    }
}

#[component]
fn Sections(profile: Profile, name: String) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="panel" aria-labelledby="connection-title">
            <h2 id="connection-title">{i18n.t(ProfileMsg::ProfileConnection)}</h2>
            <dl class="facts">
                <dt>{i18n.t(MembersMsg::MembersName)}</dt>
                <dd class="wrap">{name}</dd>
            </dl>
            <super::login::LoginEmail email=profile.email.clone() pending=profile.pending_login.clone()/>
            <p><leptos_router::components::A href="/activity">{i18n.t(ActivityMsg::ActivityTitle)}</leptos_router::components::A></p>
        </section>
        <super::password::ChangePassword/>
        <super::recovery::RecoveryEmail channel=profile.recovery_email.clone()/>
        <super::recovery::RecoveryPhone channel=profile.recovery_phone.clone()/>
        <super::region::Region country=profile.country.clone() time_zone=profile.time_zone.clone()/>
        <super::region::Newsletter topics=profile.newsletter.clone()/>
        <super::close::CloseAccount email=profile.email.clone() blockers=profile.closure_blockers.clone()/>
    }
}
