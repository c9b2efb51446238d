//! The chevron at top left: the current organization, and the list of the others to
//! switch to instantly, without signing in again (ORG-1).

use domain::Msg;
use leptos::prelude::*;

use crate::error::AppError;
use crate::i18n::use_i18n;
use crate::session::{use_session, OrgSummary};
use crate::shell::menu_keys::{focus_first_item, on_menu_key};
use crate::shell::ErrorNotice;
use leptos_router::hooks::{use_location, use_navigate};

#[component]
pub fn OrganizationSwitcher() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let open = RwSignal::new(false);
    let anchor = NodeRef::<leptos::html::Div>::new();
    let error = RwSignal::new(None::<AppError>);
    let current = move || session.me.with(|m| m.as_ref().and_then(|m| m.current_org().cloned()));
    let orgs = move || session.me.with(|m| m.as_ref().map(|m| m.organizations.clone()).unwrap_or_default());
    let current_id = move || session.me.with(|m| m.as_ref().and_then(|m| m.current_org_id.clone()));

    // Switching is following a link: the organization is in the address, and the frame
    // of its pages makes it the current one (instantly; the server is told after).
    let navigate = use_navigate();
    let location = use_location();
    let switch = Callback::new(move |org_id: String| {
        open.set(false);
        let to = super::scope::same_page_in(&location.pathname.get_untracked(), &org_id);
        navigate(&to, Default::default());
    });

    view! {
        <div class="menu-anchor switcher" node_ref=anchor on:keydown=move |ev| on_menu_key(&ev, anchor, move || open.set(false))>
            <button
                class="switcher-button"
                aria-haspopup="menu"
                aria-expanded=move || open.get().to_string()
                title=move || current().map(|o| o.name)
                on:click=move |_| {
                    open.update(|o| *o = !*o);
                    if open.get_untracked() {
                        focus_first_item(anchor);
                    }
                }
            >
                {move || current().map(|o| crate::settings::square::org_square(&o, false))}
                // The accessible name is the visible name, then what the button does.
                <span class="org-name">{move || current().map(|o| o.name)}</span>
                <span class="visually-hidden">", "{i18n.t(Msg::ShellSwitchOrganization)}</span>
                <span class="chevron" aria-hidden="true">"▾"</span>
            </button>
            <Show when=move || open.get()>
                <div class="menu-backdrop" on:click=move |_| open.set(false)></div>
                <div class="menu" role="menu">
                    <For each=orgs key=|o: &OrgSummary| o.id.clone() let:org>
                        {
                            let id = org.id.clone();
                            let is_current = {
                                let id = id.clone();
                                move || current_id().as_deref() == Some(id.as_str())
                            };
                            let is_current2 = is_current.clone();
                            let role = org.role();
                            let blocked = org.membership.blocked;
                            view! {
                                <button
                                    role="menuitemradio"
                                    aria-checked=move || is_current().to_string()
                                    on:click=move |_| switch.run(id.clone())
                                >
                                    {crate::settings::square::org_square(&org, true)}
                                    <span class="menu-item-text">
                                        <span class="menu-org-name">{org.name.clone()}</span>
                                        <small>
                                            {i18n.t(role.label())}
                                            {blocked.then(|| view! {
                                                " · "<span class="tag tag-blocked">{i18n.t(Msg::ShellBlocked)}</span>
                                            })}
                                        </small>
                                    </span>
                                    // The current one is marked by a check mark, not only a tint.
                                    <span class="menu-check" aria-hidden="true">{move || if is_current2() { "✓" } else { "" }}</span>
                                </button>
                            }
                        }
                    </For>
                </div>
            </Show>
            <ErrorNotice error/>
        </div>
    }
}
