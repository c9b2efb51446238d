//! The three ways to the product lists (PRD-2): entries in the main navigation (by
//! category, the types present), tiles on the home page, and the "Products" menu at top
//! right. All read `products/summary` for the organization being shown.

use domain::i18n::products::{category_name, kind_name};
use domain::i18n::ProductsMsg;
use domain::{Category, Plural};
use leptos::prelude::*;
use leptos_router::components::A;

use super::api::{summarize_products, KindCount};
use crate::i18n::use_i18n;
use crate::organizations::org_path;
use crate::session::use_session;
use crate::shell::menu_keys::{focus_first_item, on_menu_key};

/// The address of a product list.
pub fn list_path(org_id: &str, kind: domain::ProductKind) -> String {
    org_path(org_id, &format!("/products/{}", kind.code()))
}

/// The types present in the current organization, grouped by category (empty until
/// answered, or when the organization has none).
/// The types present, by category.
type Groups = Vec<(Category, Vec<KindCount>)>;

fn use_kinds() -> (Memo<Option<String>>, LocalResource<Groups>) {
    let session = use_session();
    let current = Memo::new(move |_| session.me.with(|m| m.as_ref().and_then(|m| m.current_org_id.clone())));
    let kinds = LocalResource::new(move || {
        let org = current.get();
        async move {
            let Some(org) = org else { return Vec::new() };
            let kinds = summarize_products(org).await.map(|s| s.kinds).unwrap_or_default();
            Category::ALL
                .into_iter()
                .map(|c| (c, kinds.iter().filter(|k| k.kind.category() == c).cloned().collect::<Vec<_>>()))
                .filter(|(_, k)| !k.is_empty())
                .collect()
        }
    });
    (current, kinds)
}

/// The navigation's product entries: each category present, with its types.
#[component]
pub fn ProductsNav() -> impl IntoView {
    let i18n = use_i18n();
    let (current, kinds) = use_kinds();
    move || {
        let org = current.get()?;
        let groups = kinds.get()?;
        Some(
            groups
                .into_iter()
                .map(|(category, kinds)| {
                    let label = i18n.t(category_name(category));
                    let links = kinds
                        .into_iter()
                        .map(|k| view! { <A href=list_path(&org, k.kind)>{i18n.t(kind_name(k.kind))}</A> })
                        .collect_view();
                    view! {
                        <div class="nav-group" role="group" aria-label=label>
                            <span class="nav-group-label" aria-hidden="true">{label}</span>
                            {links}
                        </div>
                    }
                })
                .collect_view(),
        )
    }
}

/// "Products" at top right: a menu of the types present (keyboard as the other menus).
#[component]
pub fn ProductsMenu() -> impl IntoView {
    let i18n = use_i18n();
    let (current, kinds) = use_kinds();
    let open = RwSignal::new(false);
    let anchor = NodeRef::<leptos::html::Div>::new();
    let has_any = move || kinds.get().is_some_and(|k| !k.is_empty()) && current.get().is_some();
    view! {
        <Show when=has_any>
            <div class="menu-anchor products-menu" node_ref=anchor
                on:keydown=move |ev| on_menu_key(&ev, anchor, move || open.set(false))>
                <button class="menu-button" aria-haspopup="menu" aria-expanded=move || open.get().to_string()
                    on:click=move |_| {
                        open.update(|o| *o = !*o);
                        if open.get_untracked() {
                            focus_first_item(anchor);
                        }
                    }>
                    {i18n.t(ProductsMsg::NavProducts)}
                    <span class="visually-hidden">", "{i18n.t(ProductsMsg::ProductsMenu)}</span>
                </button>
                <Show when=move || open.get()>
                    <div class="menu-backdrop" on:click=move |_| open.set(false)></div>
                    <div class="menu menu-end" role="menu" on:click=move |_| open.set(false)>
                        {move || {
                            let org = current.get().unwrap_or_default();
                            kinds.get().unwrap_or_default().into_iter().map(|(category, kinds)| {
                                let org = org.clone();
                                view! {
                                    <p class="menu-caption" role="presentation">{i18n.t(category_name(category))}</p>
                                    {kinds.into_iter().map(|k| view! {
                                        <A href=list_path(&org, k.kind) attr:role="menuitem">
                                            {i18n.t(kind_name(k.kind))}" ("{k.count}")"
                                        </A>
                                    }).collect_view()}
                                }
                            }).collect_view()
                        }}
                    </div>
                </Show>
            </div>
        </Show>
    }
}

/// The home page's tiles: one per type present, with the count.
#[component]
pub fn ProductTiles() -> impl IntoView {
    let i18n = use_i18n();
    let (current, kinds) = use_kinds();
    move || {
        let org = current.get()?;
        let groups = kinds.get()?;
        let tiles = groups
            .into_iter()
            .flat_map(|(_, k)| k)
            .map(|k| {
                let count = Plural::ProductsCount.count(i18n.lang(), u64::from(k.count), &[]);
                view! {
                    <li>
                        <A href=list_path(&org, k.kind) attr:class="tile">
                            <strong>{i18n.t(kind_name(k.kind))}</strong>
                            <span>{count}</span>
                        </A>
                    </li>
                }
            })
            .collect_view();
        Some(view! {
            <section class="product-tiles" aria-labelledby="product-tiles-heading">
                <h2 id="product-tiles-heading">{i18n.t(ProductsMsg::ProductsHomeTitle)}</h2>
                <ul class="tiles">{tiles}</ul>
            </section>
        })
    }
}
