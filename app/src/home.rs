//! The home page: a welcome, the user's role in the current organization, and the
//! invitations waiting for an answer.

use domain::i18n::HomeMsg;
use domain::Msg;
use leptos::prelude::*;

use crate::i18n::use_i18n;
use crate::invitations::InvitationInbox;
use crate::products::ProductTiles;
use crate::session::use_session;
use crate::shell::use_title;

#[component]
pub fn HomePage() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let name = move || session.me.with(|m| m.as_ref().map(|m| m.first_name.clone()).unwrap_or_default());
    let role_line = move || {
        session.me.with(|m| {
            let org = m.as_ref()?.current_org()?;
            let role = org.role().label().text(i18n.lang());
            Some(i18n.fill(HomeMsg::HomeYourRole, &[("org", &org.name), ("role", role)]))
        })
    };
    use_title(move || i18n.t(Msg::NavHome)().to_string());
    view! {
            <h1>{move || i18n.fill(HomeMsg::HomeWelcome, &[("name", &name())])}</h1>
            {move || match role_line() {
                Some(line) => view! { <p>{line}</p> }.into_any(),
                None => view! { <p>{i18n.t(HomeMsg::HomeNoOrganization)}</p> }.into_any(),
            }}
            <ProductTiles/>
            <InvitationInbox/>
    }
}
