//! The organization's square in the header and the switcher (ORG-5): its square logo,
//! or its initials on its colour. Decorative (the organization's name is always next to
//! it), so hidden from assistive technology.

use domain::org_details::OrgColor;
use leptos::prelude::*;

use crate::session::OrgSummary;

/// The square of an organization from the session.
pub fn org_square(org: &OrgSummary, small: bool) -> impl IntoView {
    square_view(org.initials(), org.square.color, org.square.logo.clone(), small)
}

/// A square with these initials, colour and logo (the settings page's preview too).
pub fn square_view(initials: String, color: OrgColor, logo: Option<String>, small: bool) -> impl IntoView {
    let class = format!("org-square color-{}{}", color.as_str(), if small { " small" } else { "" });
    let inner = match logo {
        Some(url) => view! { <img src=url alt=""/> }.into_any(),
        None => initials.into_any(),
    };
    view! { <span class=class aria-hidden="true">{inner}</span> }
}
