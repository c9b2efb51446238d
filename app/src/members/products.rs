//! The organization's products as checkboxes, for the products a collaborator or an
//! external user may manage (MEM-1, MEM-2): in the invite and permissions dialogs.

use domain::i18n::MembersMsg;
use leptos::prelude::*;

use super::api::ProductChoice;
use crate::i18n::use_i18n;

#[component]
pub fn ProductChecklist(products: Vec<ProductChoice>, granted: RwSignal<Vec<String>>) -> impl IntoView {
    let i18n = use_i18n();
    if products.is_empty() {
        return view! { <p class="muted">{i18n.t(MembersMsg::PermissionsNoProducts)}</p> }.into_any();
    }
    products
        .into_iter()
        .map(|p| {
            let id = p.id.clone();
            let on = {
                let id = id.clone();
                move || granted.with(|g| g.contains(&id))
            };
            view! {
                <label class="check">
                    <input type="checkbox" prop:checked=on on:change=move |ev| {
                        let checked = event_target_checked(&ev);
                        granted.update(|g| { g.retain(|x| x != &id); if checked { g.push(id.clone()); } });
                    }/>
                    <span class="wrap">{p.name}</span>
                </label>
            }
        })
        .collect_view()
        .into_any()
}
