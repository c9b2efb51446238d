//! The console header: organization switcher at top left, navigation, language, and the
//! initials badge with the account menu at top right (ACC-3, ORG-1). The links lead
//! into the organization being shown (its id is in the address).
//!
//! One row on a phone: the navigation folds behind a "Menu" button (a disclosure: the
//! button says whether it is open, Escape or following a link closes it and focus goes
//! back to the button); from 720 px it is inline.

use domain::{Action, Msg};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_location;
use wasm_bindgen::JsCast;

use super::language::LanguageSwitch;
use super::user_menu::UserMenu;
use crate::i18n::use_i18n;
use crate::organizations::{org_path, OrganizationSwitcher};
use crate::products::{ProductsMenu, ProductsNav};
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
    // BIL-5: billing only for those who may see it.
    let sees_billing = move || current().is_some() && session.may(&Action::ViewBilling);
    let in_org = move || current().is_some() && session.may(&Action::OpenOrganization);
    let cart = crate::shop::cart::use_cart();

    let open = RwSignal::new(false);
    let toggle = NodeRef::<leptos::html::Button>::new();
    let nav = NodeRef::<leptos::html::Nav>::new();
    // A new page closes the menu.
    let location = use_location();
    Effect::new(move |_| {
        location.pathname.track();
        open.set(false);
    });
    let close_to_button = move || {
        open.set(false);
        if let Some(button) = toggle.get_untracked() {
            let _ = button.focus();
        }
    };
    let on_toggle = move |_| {
        open.update(|o| *o = !*o);
        if open.get_untracked() {
            request_animation_frame(move || {
                let first = nav.get_untracked().and_then(|n| n.query_selector("a").ok().flatten());
                if let Some(first) = first.and_then(|a| a.dyn_into::<web_sys::HtmlElement>().ok()) {
                    let _ = first.focus();
                }
            });
        }
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" && open.get_untracked() {
            ev.prevent_default();
            close_to_button();
        }
    };
    view! {
        <header class="topbar" on:keydown=on_key>
            <OrganizationSwitcher/>
            <button
                class="nav-toggle"
                node_ref=toggle
                aria-controls="mainnav"
                aria-expanded=move || open.get().to_string()
                on:click=on_toggle
            >
                <span class="nav-toggle-icon" aria-hidden="true">{move || if open.get() { "✕" } else { "☰" }}</span>
                <span class="visually-hidden">{i18n.t(Msg::ShellMenu)}</span>
            </button>
            <Show when=move || open.get()>
                <div class="menu-backdrop nav-backdrop" on:click=move |_| open.set(false)></div>
            </Show>
            <nav id="mainnav" class="mainnav" class:open=move || open.get() node_ref=nav aria-label=i18n.t(Msg::AppName)
                on:click=move |ev| {
                    let on_link = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                        .is_some_and(|t| t.closest("a").ok().flatten().is_some());
                    if on_link {
                        open.set(false);
                    }
                }>
                <A href=link("")>{i18n.t(Msg::NavHome)}</A>
                <Show when=sees_members>
                    <A href=link("/members")>{i18n.t(Msg::NavMembers)}</A>
                </Show>
                <Show when=in_org>
                    <A href=link("/settings")>{i18n.t(Msg::NavOrganization)}</A>
                </Show>
                <Show when=sees_billing>
                    <A href=link("/billing")>{i18n.t(domain::i18n::PaymentsMsg::NavBilling)}</A>
                </Show>
                <Show when=sees_audit>
                    <A href=link("/audit")>{i18n.t(Msg::NavAuditLog)}</A>
                </Show>
                <Show when=sees_billing>
                    <A href=link("/invoices")>{i18n.t(domain::i18n::InvoicesMsg::NavInvoices)}</A>
                </Show>
                <Show when=sees_billing>
                    <A href=link("/renewals")>{i18n.t(domain::i18n::RenewalsMsg::NavRenewals)}</A>
                </Show>
                <Show when=sees_billing>
                    <A href="/shop">{i18n.t(domain::i18n::ShopMsg::Title)}</A>
                </Show>
                <ProductsNav/>
            </nav>
            <div class="topbar-end">
                <ProductsMenu/>
                <Show when=move || { cart.count() > 0 }>
                    <A href="/shop/cart" attr:class="cart-link">
                        {move || i18n.fill(domain::i18n::ShopMsg::CartLink, &[("count", &cart.count().to_string())])}
                    </A>
                </Show>
                <LanguageSwitch/>
                <UserMenu/>
            </div>
        </header>
    }
}
