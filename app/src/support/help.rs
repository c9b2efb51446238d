//! The help page: what support can and cannot do, premium support, and a short
//! tour of the console's main sections.

use domain::i18n::InvoicesMsg;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::i18n::use_i18n;
use crate::session::use_session;
use crate::shell::use_title;

#[component]
pub fn HelpPage() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    use_title(move || i18n.t(InvoicesMsg::HelpTitle)().to_string());
    let list = move |items: &'static [InvoicesMsg]| {
        view! { <ul>{items.iter().map(|m| view! { <li>{i18n.t(*m)}</li> }).collect_view()}</ul> }
    };
    let support_link = move || {
        session.me.with(|m| m.as_ref().and_then(|m| m.current_org_id.clone())).map(|id| {
            view! { <p><A href=format!("/o/{id}/support")>{i18n.t(InvoicesMsg::HelpPremiumLink)}</A></p> }
        })
    };
    view! {
        <div class="page-head"><h1>{i18n.t(InvoicesMsg::HelpTitle)}</h1></div>
        <p>{i18n.t(InvoicesMsg::HelpIntro)}</p>
        <section class="card help-section" aria-labelledby="help-can">
            <h2 id="help-can">{i18n.t(InvoicesMsg::HelpCanTitle)}</h2>
            {list(&[InvoicesMsg::HelpCan1, InvoicesMsg::HelpCan2, InvoicesMsg::HelpCan3])}
        </section>
        <section class="card help-section" aria-labelledby="help-cannot">
            <h2 id="help-cannot">{i18n.t(InvoicesMsg::HelpCannotTitle)}</h2>
            {list(&[InvoicesMsg::HelpCannot1, InvoicesMsg::HelpCannot2, InvoicesMsg::HelpCannot3])}
        </section>
        <section class="card help-section" aria-labelledby="help-premium">
            <h2 id="help-premium">{i18n.t(InvoicesMsg::HelpPremiumTitle)}</h2>
            <p>{i18n.t(InvoicesMsg::HelpPremium)}</p>
            {support_link}
        </section>
        <section class="card help-section" aria-labelledby="help-tour">
            <h2 id="help-tour">{i18n.t(InvoicesMsg::HelpTourTitle)}</h2>
            <ol>
                {[
                    InvoicesMsg::HelpTourHome,
                    InvoicesMsg::HelpTourSwitcher,
                    InvoicesMsg::HelpTourMembers,
                    InvoicesMsg::HelpTourProducts,
                    InvoicesMsg::HelpTourInvoices,
                    InvoicesMsg::HelpTourSettings,
                    InvoicesMsg::HelpTourSecurity,
                ].into_iter().map(|m| view! { <li>{i18n.t(m)}</li> }).collect_view()}
            </ol>
        </section>
    }
}
