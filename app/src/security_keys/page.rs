//! `/security/keys`: the security keys and app passwords of the signed-in user, until
//! the security page holds these sections itself.

use domain::i18n::KeysMsg;
use leptos::prelude::*;

use super::SecurityKeysSection;
use crate::app_passwords::AppPasswordsSection;
use crate::auth::api::current_user;
use crate::i18n::use_i18n;
use crate::session::use_session;
use crate::shell::use_title;

#[component]
pub fn SecurityKeysPage() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    use_title(move || i18n.t(KeysMsg::SecurityKeysTitle)().to_string());
    let two_factor_on = Signal::derive(move || session.me.with(|m| m.as_ref().is_some_and(|m| m.two_factor)));
    // A key added or removed may turn two-factor authentication on or off.
    let refresh = Callback::new(move |()| {
        leptos::task::spawn_local(async move {
            if let Ok(Some(me)) = current_user().await {
                session.set(Some(me));
            }
        });
    });
    view! {
        <h1>{i18n.t(KeysMsg::SecurityKeysTitle)}</h1>
        <SecurityKeysSection on_change=refresh/>
        <AppPasswordsSection two_factor_on/>
    }
}
