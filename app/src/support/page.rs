//! The premium support page (BIL-6): whether the organization has it and until when, its
//! price, subscribing (paid from the prepaid balance), cancelling at the end of the term.
//! Only managers act; everyone else sees why.

use domain::i18n::InvoicesMsg;
use domain::Money;
use leptos::prelude::*;
use leptos_router::components::A;

use super::api::{cancel_support, get_support_status, subscribe_support, SupportAnswer, SupportStatus};
use crate::error::AppError;
use crate::i18n::use_i18n;
use crate::invoices::verdict;
use crate::session::use_session;
use crate::shell::{use_title, ErrorNotice, SuccessNotice};

#[component]
pub fn SupportPage() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let org = crate::organizations::use_org();
    let dates = crate::dates::use_dates();
    let status = RwSignal::new(None::<SupportStatus>);
    let error = RwSignal::new(None::<AppError>);
    let notice = RwSignal::new(None::<String>);
    use_title(move || i18n.t(InvoicesMsg::SupportTitle)().to_string());
    Effect::new(move |_| {
        let org_id = org.id.get();
        leptos::task::spawn_local(async move {
            match get_support_status(org_id).await {
                Ok(s) => status.set(Some(s)),
                Err(e) => error.set(Some(e)),
            }
        });
    });
    let date = move |ms: Option<i64>| ms.map(|t| dates(t, crate::dates::Shown::Date)).unwrap_or_default();
    let act = Action::new_local(move |subscribe: &bool| {
        let (org_id, subscribe) = (org.id.get_untracked(), *subscribe);
        async move {
            if subscribe {
                subscribe_support(org_id).await
            } else {
                cancel_support(org_id).await
            }
        }
    });
    Effect::new(move |_| {
        let Some(answer) = act.value().get() else { return };
        untrack(move || match answer {
            Ok(SupportAnswer { status: s, invoice_number }) => {
                error.set(None);
                let text = match (&invoice_number, s.cancel_at_term) {
                    (Some(n), _) => i18n.fill(InvoicesMsg::SupportSubscribed, &[("number", n)]),
                    (None, true) => {
                        i18n.fill(InvoicesMsg::SupportCancelled, &[("date", &date(s.current_term_ends_at))])
                    }
                    (None, false) => i18n.t(InvoicesMsg::SupportResumed)().to_string(),
                };
                notice.set(Some(text));
                status.set(Some(s));
            }
            Err(e) => {
                notice.set(None);
                error.set(Some(e));
            }
        });
    });
    let manage = move || verdict(session, &domain::Action::ManageBillingSettings);
    view! {
        <div class="page-head"><h1>{i18n.t(InvoicesMsg::SupportTitle)}</h1></div>
        <p>{i18n.t(InvoicesMsg::SupportIntro)}</p>
        <p><A href="/help">{i18n.t(InvoicesMsg::HelpCanTitle)}</A></p>
        <SuccessNotice message=notice/>
        <ErrorNotice error/>
        {move || status.get().map(|s| {
            let price = Money::new(s.monthly_minor, s.currency);
            let state = if !s.active {
                i18n.t(InvoicesMsg::SupportInactive)().to_string()
            } else if s.cancel_at_term {
                i18n.fill(InvoicesMsg::SupportEnding, &[("date", &date(s.current_term_ends_at))])
            } else {
                i18n.fill(InvoicesMsg::SupportActive, &[("date", &date(s.current_term_ends_at))])
            };
            let (label, subscribe) = match (s.active, s.cancel_at_term) {
                (false, _) => (InvoicesMsg::SupportSubscribe, true),
                (true, true) => (InvoicesMsg::SupportResume, true),
                (true, false) => (InvoicesMsg::SupportCancel, false),
            };
            view! {
                <section class="card support-card">
                    <p role="status"><strong>{state}</strong></p>
                    <p>{move || i18n.fill(InvoicesMsg::SupportPrice, &[("price", &price.format(i18n.lang()))])}</p>
                    <button class=if subscribe { "primary" } else { "" } disabled=move || manage().is_err() || act.pending().get()
                        aria-describedby="support-reason" on:click=move |_| { act.dispatch(subscribe); }>
                        {i18n.t(label)}
                    </button>
                    <small id="support-reason" class="reason">{move || manage().err().map(|d| i18n.t(d.msg())())}</small>
                </section>
            }
        })}
    }
}
