//! The organization switcher widget (EMB-1): the organizations the user belongs to,
//! the token's one marked current; choosing another tells the host page
//! (`orga:changed`, `organization_selected`, with its id), whose backend then mints a
//! token for it — the widget itself never reaches beyond its token's organization.

use app::organizations::api::{MyOrganization, MyOrganizations};
use domain::embed::{Change, Widget};
use domain::i18n::{EmbedMsg, OrgMsg};
use leptos::prelude::*;
use orga_widgets::{call, notify, use_env};
use serde_json::json;

fn main() {
    orga_widgets::start(Widget::OrganizationSwitcher, || view! { <Switcher/> });
}

#[component]
fn Switcher() -> impl IntoView {
    let env = use_env();
    let current = RwSignal::new(env.org_id());
    let list = LocalResource::new(|| call::<_, Vec<MyOrganization>>("organizations/mine", &MyOrganizations {}));
    view! {
        <h1>{env.t(OrgMsg::MyOrgsTitle)}</h1>
        {move || list.get().map(|answer| match answer {
            Err(e) => view! { <p class="notice error" role="alert">{e.message(env.lang.get())}</p> }.into_any(),
            Ok(orgs) => view! {
                <ul class="rows">
                    {orgs.into_iter().map(|org| {
                        let id = org.id.clone();
                        let is_current = { let id = id.clone(); move || current.get() == id };
                        let label = env.fill(EmbedMsg::WidgetChoose, &[("org", &org.name)]);
                        let name = org.name.clone();
                        view! {
                            <li class="row">
                                <button type="button" class="org" title=label
                                    aria-current=move || is_current().then_some("true")
                                    on:click=move |_| {
                                        current.set(id.clone());
                                        notify(Change::OrganizationSelected, json!({ "org_id": id, "name": name }));
                                    }>
                                    <strong>{org.name.clone()}</strong>
                                    <span class="muted">{env.t(org.membership.role.label())}</span>
                                </button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            }.into_any(),
        })}
    }
}
