//! The security page (`/security`): a list of sections, each its own component — two-
//! factor methods, backup codes, turning 2FA off (and, from other features, security
//! keys and app passwords). The sections share the account's [`SecurityState`].

use domain::i18n::SecurityMsg;
use domain::Msg;
use leptos::prelude::*;

use super::api::{overview, SecurityOverview};
use super::backup_codes::{BackupCodesSection, FreshCodes};
use super::methods::TwoFactorSection;
use super::turn_off::TurnOffSection;
use crate::app_passwords::AppPasswordsSection;
use crate::error::AppError;
use crate::i18n::use_i18n;
use crate::security_keys::SecurityKeysSection;
use crate::shell::use_title;

/// What the sections share: the account's methods (refetched after a change) and the
/// backup codes just made, shown once.
#[derive(Clone, Copy)]
pub struct SecurityState {
    pub overview: LocalResource<Result<SecurityOverview, AppError>>,
    version: RwSignal<u32>,
    pub fresh_codes: RwSignal<Option<Vec<String>>>,
    session: crate::session::Session,
}

impl SecurityState {
    /// Reads the account's methods again (after a change), and the session (2FA on/off).
    pub fn changed(self) {
        self.version.update(|v| *v += 1);
        let session = self.session;
        leptos::task::spawn_local(async move {
            if let Ok(Some(me)) = crate::auth::api::current_user().await {
                session.set(Some(me));
            }
        });
    }

    pub fn two_factor_on(self) -> Signal<bool> {
        let overview = self.overview;
        Signal::derive(move || overview.get().and_then(Result::ok).is_some_and(|o| o.two_factor_on()))
    }
}

pub fn use_security() -> SecurityState {
    expect_context::<SecurityState>()
}

#[component]
pub fn SecurityPage() -> impl IntoView {
    let i18n = use_i18n();
    use_title(move || i18n.t(SecurityMsg::SecurityTitle)().to_string());
    let version = RwSignal::new(0u32);
    let overview = LocalResource::new(move || {
        version.track();
        overview()
    });
    let session = crate::session::use_session();
    let state = SecurityState { overview, version, fresh_codes: RwSignal::new(None), session };
    provide_context(state);
    view! {
        <h1>{i18n.t(SecurityMsg::SecurityTitle)}</h1>
        {move || match overview.get() {
            None => view! { <p class="loading" role="status">{i18n.t(Msg::Loading)}</p> }.into_any(),
            Some(Err(e)) => view! { <p class="notice error" role="alert">{e.message(i18n.lang())}</p> }.into_any(),
            Some(Ok(_)) => ().into_any(),
        }}
        <FreshCodes/>
        <TwoFactorSection/>
        <SecurityKeysSection
            on_change=Callback::new(move |()| state.changed())
            on_backup_codes=Callback::new(move |codes| state.fresh_codes.set(Some(codes)))/>
        <BackupCodesSection/>
        <AppPasswordsSection two_factor_on=state.two_factor_on()/>
        <TurnOffSection/>
    }
}
