//! The console header: organization switcher at top left, navigation, language, and the
//! initials badge with the account menu at top right (ACC-3, ORG-1).

use domain::{Action, Msg};
use leptos::prelude::*;
use leptos_router::components::A;

use super::language::LanguageSwitch;
use super::user_menu::UserMenu;
use crate::i18n::use_i18n;
use crate::organizations::OrganizationSwitcher;
use crate::session::use_session;

#[component]
pub fn Header() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    // The same rule the server applies: external users have no member directory.
    let sees_members = move || session.may(&Action::ViewMembers);
    view! {
        <header class="topbar">
            <OrganizationSwitcher/>
            <nav class="mainnav" aria-label=i18n.t(Msg::AppName)>
                <A href="/">{i18n.t(Msg::NavHome)}</A>
                <Show when=sees_members>
                    <A href="/members">{i18n.t(Msg::NavMembers)}</A>
                </Show>
            </nav>
            <div class="topbar-end">
                <LanguageSwitch/>
                <UserMenu/>
            </div>
        </header>
    }
}
