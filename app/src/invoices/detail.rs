//! One invoice (BIL-4): to whom, its lines, subtotal, VAT and total, its dates, what a
//! pro forma was made from, and its PDF when it may be downloaded.

use domain::i18n::InvoicesMsg;
use domain::invoice::{may_download, InvoiceKind};
use domain::{Locale, Money};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

use super::api::{get_invoice, InvoiceDetail};
use super::page::{fetch_and_save, StatusBadge};
use super::verdict;
use crate::error::AppError;
use crate::i18n::use_i18n;
use crate::session::use_session;
use crate::shell::{use_title, ErrorNotice};

#[component]
pub fn InvoiceDetailPage() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let org = crate::organizations::use_org();
    let params = use_params_map();
    let invoice_id = Memo::new(move |_| params.with(|p| p.get("id").unwrap_or_default()));
    let invoice = RwSignal::new(None::<InvoiceDetail>);
    let error = RwSignal::new(None::<AppError>);
    Effect::new(move |_| {
        let (org_id, id) = (org.id.get(), invoice_id.get());
        if verdict(session, &domain::Action::ViewBilling).is_err() {
            return;
        }
        leptos::task::spawn_local(async move {
            match get_invoice(org_id, id).await {
                Ok(d) => {
                    error.set(None);
                    invoice.set(Some(d));
                }
                Err(e) => error.set(Some(e)),
            }
        });
    });
    let heading = move || {
        invoice.with(|d| {
            d.as_ref().map(|d| {
                let msg = if d.summary.kind == InvoiceKind::ProForma {
                    InvoicesMsg::ProFormaTitle
                } else {
                    InvoicesMsg::DetailTitle
                };
                i18n.fill(msg, &[("number", &d.summary.number)])
            })
        })
    };
    use_title(move || heading().unwrap_or_else(|| i18n.t(InvoicesMsg::NavInvoices)().to_string()));
    view! {
        <p><A href=move || format!("/o/{}/invoices", org.id.get())>{i18n.t(InvoicesMsg::BackToInvoices)}</A></p>
        {move || verdict(session, &domain::Action::ViewBilling).err().map(|d| view! {
            <p class="notice info" role="status">{i18n.t(d.msg())}</p>
        })}
        <ErrorNotice error/>
        {move || invoice.get().map(|d| view! { <Detail d/> })}
    }
}

#[component]
fn Detail(d: InvoiceDetail) -> impl IntoView {
    let i18n = use_i18n();
    let org = crate::organizations::use_org();
    let dates = crate::dates::use_dates();
    let lang = move || i18n.lang();
    let s = d.summary.clone();
    let currency = s.currency;
    let money = move |minor: i64| Money::new(minor, currency).format(lang());
    let pro_forma = s.kind == InvoiceKind::ProForma;
    let downloadable = may_download(s.kind, s.status);
    let error = RwSignal::new(None::<AppError>);
    let id = s.id.clone();
    let download = Action::new_local(move |_: &()| fetch_and_save(org.id.get_untracked(), id.clone()));
    Effect::new(move |_| {
        if let Some(Err(e)) = download.value().get() {
            error.set(Some(e));
        }
    });
    let title = {
        let number = s.number.clone();
        move || {
            let msg = if pro_forma { InvoicesMsg::ProFormaTitle } else { InvoicesMsg::DetailTitle };
            i18n.fill(msg, &[("number", &number)])
        }
    };
    let rate = d.vat_rate_bp;
    let rate_text = move || domain::locale::rate_bp(rate, Locale::for_money(lang(), currency));
    let (issued, due, paid) = (s.issued_at, s.due_at, s.paid_at);
    let gathers = d.gathers.join(", ");
    view! {
        <div class="page-head">
            <h1>{title}</h1>
            <StatusBadge status=s.status/>
        </div>
        {pro_forma.then(|| view! { <p class="notice info pro-forma-warning">{i18n.t(InvoicesMsg::ProFormaWarning)}</p> })}
        <section class="card invoice-detail">
            <p>{move || i18n.fill(InvoicesMsg::IssuedOn, &[("date", &dates(issued, crate::dates::Shown::Date))])}</p>
            {due.filter(|_| !pro_forma).map(|t| view! { <p>{move || i18n.fill(InvoicesMsg::DueOn, &[("date", &dates(t, crate::dates::Shown::Date))])}</p> })}
            {paid.map(|t| view! { <p>{move || i18n.fill(InvoicesMsg::PaidOn, &[("date", &dates(t, crate::dates::Shown::Date))])}</p> })}
            <h2>{i18n.t(InvoicesMsg::BilledTo)}</h2>
            <p class="invoice-address">{d.billing_name.clone()}<br/>{d.billing_address.clone()}</p>
            <ul class="invoice-lines">
                {d.lines.iter().cloned().map(|l| view! {
                    <li>
                        <span class="invoice-line-text">{l.description.clone()}</span>
                        <span class="muted">{move || format!("{} × {}", l.quantity, money(l.unit_minor))}</span>
                        {(l.discount_minor != 0).then(|| view! { <span class="muted">{move || format!("{}: -{}", i18n.t(InvoicesMsg::ColDiscount)(), money(l.discount_minor))}</span> })}
                        <strong class="invoice-total">{move || money(l.amount_minor)}</strong>
                    </li>
                }).collect_view()}
            </ul>
            <dl class="invoice-totals">
                <dt>{i18n.t(InvoicesMsg::Subtotal)}</dt><dd>{move || money(d.subtotal_minor)}</dd>
                <dt>{move || i18n.fill(InvoicesMsg::Vat, &[("rate", &rate_text())])}</dt><dd>{move || money(d.vat_minor)}</dd>
                <dt><strong>{i18n.t(InvoicesMsg::TotalDue)}</strong></dt><dd><strong>{move || money(s.total_minor)}</strong></dd>
            </dl>
            {(!gathers.is_empty()).then(|| view! { <p class="muted">{move || i18n.fill(InvoicesMsg::ProFormaOf, &[("numbers", &gathers)])}</p> })}
            <ErrorNotice error/>
            <button class="primary" disabled=move || downloadable.is_err() || download.pending().get()
                aria-describedby="download-reason" on:click=move |_| { download.dispatch(()); }>
                {i18n.t(InvoicesMsg::Download)}
            </button>
            <small id="download-reason" class="reason">{move || downloadable.err().map(|r| i18n.t(r.msg())())}</small>
        </section>
    }
}
