//! The console header: organization switcher at top left, navigation, language, and the
//! initials badge with the account menu at top right (ACC-3, ORG-1). The links lead
//! into the organization being shown (its id is in the address).

use domain::{Action, Msg};
use leptos::prelude::*;
use leptos_router::components::A;

use super::language::LanguageSwitch;
use super::user_menu::UserMenu;
use crate::i18n::use_i18n;
use crate::organizations::{org_path, OrganizationSwitcher};
use crate::session::use_session;

#[component]
pub fn Header() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let current = move || session.me.with(|m| m.as_ref().and_then(|m| m.current_org_id.clone()));
    let link = move |rest: &'static str| move || current().map(|id| org_path(&id, rest)).unwrap_or_else(|| "/".into());
    // The same rules the server applies: external users have no member directory, only
    // managers read the audit log.
    let sees_members = move || current().is_some() && session.may(&Action::ViewMembers);
    let sees_audit = move || current().is_some() && session.may(&Action::ViewAuditLog);
    let in_org = move || current().is_some() && session.may(&Action::OpenOrganization);
    view! {
        <header class="topbar">
            <OrganizationSwitcher/>
            <nav class="mainnav" aria-label=i18n.t(Msg::AppName)>
                <A href=link("")>{i18n.t(Msg::NavHome)}</A>
                <Show when=sees_members>
                    <A href=link("/members")>{i18n.t(Msg::NavMembers)}</A>
                </Show>
                <Show when=in_org>
                    <A href=link("/settings")>{i18n.t(Msg::NavOrganization)}</A>
                </Show>
                <Show when=sees_audit>
                    <A href=link("/audit")>{i18n.t(Msg::NavAuditLog)}</A>
                </Show>
            </nav>
            <div class="topbar-end">
                <LanguageSwitch/>
                <UserMenu/>
            </div>
        </header>
    }
}
