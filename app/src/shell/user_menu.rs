//! The initials badge at top right and its menu: the login email in use, links to the
//! profile and the organization, sign-out (ACC-3).

use domain::i18n::{ActivityMsg, DevMailMsg, SecurityMsg};
use domain::Msg;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

use crate::i18n::use_i18n;
use crate::session::use_session;
use crate::shell::menu_keys::{focus_first_item, on_menu_key};

#[component]
pub fn UserMenu() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let open = RwSignal::new(false);
    let anchor = NodeRef::<leptos::html::Div>::new();
    let navigate = use_navigate();
    let initials = move || session.me.with(|m| m.as_ref().map(|m| m.initials()).unwrap_or_default());
    let email = move || session.me.with(|m| m.as_ref().map(|m| m.email.clone()).unwrap_or_default());
    let dev_mode = move || session.me.with(|m| m.as_ref().is_some_and(|m| m.dev_mode));
    // Signed out on this side whatever the server says: the cookie is cleared or was
    // already useless.
    let signing_out = leptos::prelude::Action::new_local(|_: &()| crate::auth::api::sign_out());
    Effect::new(move |_| {
        if signing_out.value().get().is_some() {
            session.set(None);
            navigate("/sign-in", Default::default());
        }
    });
    let sign_out = move |_| {
        signing_out.dispatch(());
    };
    view! {
        <div class="menu-anchor" node_ref=anchor on:keydown=move |ev| on_menu_key(&ev, anchor, move || open.set(false))>
            <button
                class="badge"
                aria-haspopup="menu"
                aria-expanded=move || open.get().to_string()
                on:click=move |_| {
                    open.update(|o| *o = !*o);
                    if open.get_untracked() {
                        focus_first_item(anchor);
                    }
                }
            >
                // The accessible name starts with what the button shows: "LR, account menu".
                {initials}
                <span class="visually-hidden">", "{i18n.t(Msg::ShellAccountMenu)}</span>
            </button>
            <Show when=move || open.get()>
                <div class="menu-backdrop" on:click=move |_| open.set(false)></div>
                <div class="menu menu-end" role="menu" on:click=move |_| open.set(false)>
                    <p class="menu-caption">
                        {i18n.t(Msg::HeaderSignedInAs)}
                        <br/>
                        <strong class="menu-email" title=email>{email}</strong>
                    </p>
                    <A href="/profile" attr:role="menuitem">{i18n.t(Msg::HeaderManageProfile)}</A>
                    <A href="/security" attr:role="menuitem">{i18n.t(SecurityMsg::SecurityTitle)}</A>
                    <A href="/activity" attr:role="menuitem">{i18n.t(ActivityMsg::ActivityTitle)}</A>
                    <A href="/organizations" attr:role="menuitem">{i18n.t(Msg::NavMyOrganizations)}</A>
                    <A href="/help" attr:role="menuitem">{i18n.t(domain::i18n::InvoicesMsg::NavHelp)}</A>
                    <Show when=dev_mode>
                        <A href="/dev/mail" attr:role="menuitem">{i18n.t(DevMailMsg::DevMailTitle)}</A>
                    </Show>
                    <button role="menuitem" on:click=sign_out>{i18n.t(Msg::HeaderSignOut)}</button>
                </div>
            </Show>
        </div>
    }
}
