//! The organization a page works in comes from its URL (`/o/<organization id>/…`), so a
//! reload or a shared link opens the same organization (ORG-1). The frame makes it the
//! session's current organization at once, on screen, and tells the server in the
//! background (the next visit to `/` opens it); a visitor who is not a member of it, or
//! is blocked in it, is told so instead of the page; one held back by the organization's
//! two-factor requirement sees only the way to set it up (SEC-7).

use domain::{authorize, Action, Msg};
use leptos::prelude::*;
use leptos_router::components::{Outlet, A};
use leptos_router::hooks::{use_location, use_navigate, use_params_map};
use leptos_router::NavigateOptions;

use crate::i18n::use_i18n;
use crate::session::use_session;

/// The organization of the page being shown.
#[derive(Clone, Copy)]
pub struct OrgScope {
    pub id: Memo<String>,
}

pub fn use_org() -> OrgScope {
    expect_context::<OrgScope>()
}

/// The address of a page of an organization: `org_path("abc", "/members")`.
pub fn org_path(org_id: &str, rest: &str) -> String {
    format!("/o/{org_id}{rest}")
}

/// The same page in another organization: `/o/A/members?q=x` → `/o/B/members`.
pub fn same_page_in(pathname: &str, org_id: &str) -> String {
    let rest = pathname.strip_prefix("/o/").and_then(|p| p.find('/').map(|i| &p[i..])).unwrap_or("");
    org_path(org_id, rest)
}

#[component]
pub fn OrgFrame() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let params = use_params_map();
    let id = Memo::new(move |_| params.with(|p| p.get("org").unwrap_or_default()));
    provide_context(OrgScope { id });

    // Switching is instant on screen; the server remembers it for the next visit and
    // answers with the fresh session (roles as they are now).
    let remember =
        leptos::prelude::Action::new_local(|id: &String| crate::organizations::api::switch_organization(id.clone()));
    Effect::new(move |_| {
        if let Some(Ok(me)) = remember.value().get() {
            session.set(Some(me));
        }
    });
    Effect::new(move |_| {
        let id = id.get();
        let (is_current, is_member) = session.me.with_untracked(|m| match m {
            Some(m) => (m.current_org_id.as_deref() == Some(id.as_str()), m.organizations.iter().any(|o| o.id == id)),
            None => (false, false),
        });
        if is_member && !is_current {
            session.me.update(|m| {
                if let Some(m) = m {
                    m.current_org_id = Some(id.clone());
                }
            });
            remember.dispatch(id);
        }
    });

    // What stops the page: not a member, or blocked (the same rule the server applies).
    // A memo: the page stays mounted while the verdict stays the same (a fresh session
    // after a save must not rebuild the page and lose its notices).
    let refusal = Memo::new(move |_| {
        let id = id.get();
        session.me.with(|m| {
            let me = m.as_ref()?;
            let org = me.organizations.iter().find(|o| o.id == id);
            let membership = org.map(|o| o.membership.clone());
            authorize(membership.as_ref(), &Action::OpenOrganization)
                .and_then(|()| {
                    domain::policy::two_factor_gate(org.is_some_and(|o| o.requires_two_factor), me.two_factor)
                })
                .err()
        })
    });
    view! {
        {move || match refusal.get() {
            None => view! { <Outlet/> }.into_any(),
            Some(domain::Denied::TwoFactorRequired) => {
                view! { <crate::org_security::TwoFactorGate org_id=id.get()/> }.into_any()
            }
            Some(denied) => view! {
                <h1>{i18n.t(Msg::OrgUnavailableTitle)}</h1>
                <p class="notice error" role="alert">{i18n.t(denied.msg())}</p>
                <p><A href="/organizations">{i18n.t(Msg::NavMyOrganizations)}</A></p>
            }.into_any(),
        }}
    }
}

/// `/` and the addresses of before organizations were in the URL (`/members`): the
/// same page in the current organization, or the home without one.
#[component]
pub fn ToCurrentOrg(#[prop(into)] rest: String) -> impl IntoView {
    let session = use_session();
    let navigate = use_navigate();
    let location = use_location();
    Effect::new(move |_| {
        let Some(current) = session.me.with(|m| m.as_ref().map(|m| m.current_org_id.clone())) else { return };
        let search = location.search.get_untracked();
        let query = if search.is_empty() { String::new() } else { format!("?{}", search.trim_start_matches('?')) };
        let to = match current {
            Some(org) => format!("{}{query}", org_path(&org, &rest)),
            None => "/organizations".to_string(),
        };
        navigate(&to, NavigateOptions { replace: true, ..Default::default() });
    });
    let i18n = use_i18n();
    view! { <p class="loading" role="status">{i18n.t(Msg::Loading)}</p> }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_page_in_another_organization() {
        assert_eq!(same_page_in("/o/a/members", "b"), "/o/b/members");
        assert_eq!(same_page_in("/o/a", "b"), "/o/b");
        assert_eq!(same_page_in("/profile", "b"), "/o/b");
    }
}
