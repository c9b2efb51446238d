//! The invoices page (BIL-4, BIL-5): the history with status badges and a download for
//! paid final invoices and pro formas (disabled with the reason otherwise), and the
//! "to pay" list whose selection becomes a pro forma, downloaded at once. Members
//! without billing rights see the policy's reason instead.

use base64::Engine;
use domain::i18n::InvoicesMsg;
use domain::invoice::{awaits_payment, may_download, InvoiceRefusal, InvoiceStatus};
use domain::{Money, Plural};
use leptos::prelude::*;
use leptos_router::components::A;

use super::api::{
    download_invoice_pdf, invoices_to_pay, list_invoices, make_pro_forma, pay_invoice, InvoiceCursor, InvoiceSummary,
    PayMeans, PayOutcome,
};
use super::verdict;
use crate::error::AppError;
use crate::i18n::use_i18n;
use crate::session::use_session;
use crate::shell::{use_title, ErrorNotice, SuccessNotice};

/// Asks for the PDF and hands it to the browser as a file.
pub(crate) async fn fetch_and_save(org_id: String, invoice_id: String) -> Result<String, AppError> {
    let file = download_invoice_pdf(org_id, invoice_id).await?;
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(file.pdf_base64.as_bytes())
        .map_err(|e| AppError::Network { message: e.to_string() })?;
    crate::download::download_bytes(&file.filename, &bytes);
    Ok(file.filename)
}

#[component]
pub fn InvoicesPage() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let org = crate::organizations::use_org();
    let to_pay_tab = RwSignal::new(false);
    let org_name = RwSignal::new(String::new());
    use_title(move || i18n.t(InvoicesMsg::NavInvoices)().to_string());
    let view_verdict = move || verdict(session, &domain::Action::ViewBilling);
    let title = move || i18n.fill(InvoicesMsg::InvoicesTitle, &[("org", &org_name.get())]);
    let tab = move |to_pay: bool, label: InvoicesMsg| {
        view! {
            <button role="tab" class="invoice-tab" aria-selected=move || (to_pay_tab.get() == to_pay).to_string()
                on:click=move |_| to_pay_tab.set(to_pay)>{i18n.t(label)}</button>
        }
    };
    view! {
        <div class="page-head"><h1>{title}</h1></div>
        {move || match view_verdict() {
            Err(denied) => view! { <p class="notice info" role="status">{i18n.t(denied.msg())}</p> }.into_any(),
            Ok(()) => view! {
                <p class="muted">{i18n.t(InvoicesMsg::InvoicesIntro)}</p>
                <p><A href=move || format!("/o/{}/support", org.id.get())>{i18n.t(InvoicesMsg::NavSupport)}</A></p>
                <div class="invoice-tabs" role="tablist">
                    {tab(false, InvoicesMsg::TabHistory)}
                    {tab(true, InvoicesMsg::TabToPay)}
                </div>
                <Show when=move || to_pay_tab.get() fallback=move || view! { <History org_name/> }>
                    <ToPay/>
                </Show>
            }.into_any(),
        }}
    }
}

/// A status as a badge.
#[component]
pub(crate) fn StatusBadge(status: InvoiceStatus) -> impl IntoView {
    let i18n = use_i18n();
    view! { <span class=format!("tag status-{}", status.code())>{i18n.t(status.label())}</span> }
}

#[component]
fn History(org_name: RwSignal<String>) -> impl IntoView {
    let i18n = use_i18n();
    let org = crate::organizations::use_org();
    let status = RwSignal::new(String::new());
    let invoices = RwSignal::new(Vec::<InvoiceSummary>::new());
    let next = RwSignal::new(None::<InvoiceCursor>);
    let loaded = RwSignal::new(false);
    let loading = RwSignal::new(false);
    let error = RwSignal::new(None::<AppError>);
    let notice = RwSignal::new(None::<String>);
    let latest = StoredValue::new(0u64);
    let load = move |after: Option<InvoiceCursor>| {
        let ticket = latest.get_value() + 1;
        latest.set_value(ticket);
        let append = after.is_some();
        let filter = InvoiceStatus::parse(&status.get_untracked());
        let org_id = org.id.get_untracked();
        loading.set(true);
        leptos::task::spawn_local(async move {
            let answer = list_invoices(org_id, filter, after).await;
            if latest.try_get_value() != Some(ticket) {
                return;
            }
            loading.set(false);
            loaded.set(true);
            match answer {
                Ok(page) => {
                    error.set(None);
                    org_name.set(page.org_name.clone());
                    next.set(page.next.clone());
                    if append {
                        invoices.update(|v| v.extend(page.invoices));
                    } else {
                        invoices.set(page.invoices);
                    }
                }
                Err(e) => error.set(Some(e)),
            }
        });
    };
    Effect::new(move |_| {
        org.id.track();
        status.track();
        load(None);
    });
    let choices = [InvoiceStatus::Unpaid, InvoiceStatus::Paid, InvoiceStatus::ProForma, InvoiceStatus::Cancelled];
    view! {
        <div class="filters">
            <label class="filter">
                <span>{i18n.t(InvoicesMsg::FilterStatus)}</span>
                <select prop:value=status on:change=move |ev| status.set(event_target_value(&ev))>
                    <option value="">{i18n.t(InvoicesMsg::FilterAll)}</option>
                    {choices.into_iter().map(|s| view! { <option value=s.code()>{i18n.t(s.label())}</option> }).collect_view()}
                </select>
            </label>
        </div>
        <SuccessNotice message=notice/>
        <ErrorNotice error/>
        <ul class="invoice-list" aria-label=i18n.t(InvoicesMsg::TabHistory) aria-busy=move || loading.get().to_string()>
            {move || (loaded.get() && invoices.with(Vec::is_empty)).then(|| view! {
                <li class="empty">{i18n.t(InvoicesMsg::NoInvoices)}</li>
            })}
            <For each=move || invoices.get() key=|i: &InvoiceSummary| (i.id.clone(), i.status) let:invoice>
                <HistoryRow invoice error notice/>
            </For>
        </ul>
        <Show when=move || next.with(Option::is_some)>
            <button class="audit-more" disabled=move || loading.get()
                on:click=move |_| load(next.get_untracked())>{i18n.t(InvoicesMsg::More)}</button>
        </Show>
    }
}

#[component]
fn HistoryRow(
    invoice: InvoiceSummary,
    error: RwSignal<Option<AppError>>,
    notice: RwSignal<Option<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let org = crate::organizations::use_org();
    let dates = crate::dates::use_dates();
    let lang = move || i18n.lang();
    let total = Money::new(invoice.total_minor, invoice.currency);
    let downloadable = may_download(invoice.kind, invoice.status);
    let reason_id = format!("reason-{}", invoice.id);
    let number = invoice.number.clone();
    let id = invoice.id.clone();
    let issued = invoice.issued_at;
    let download = Action::new_local(move |_: &()| fetch_and_save(org.id.get_untracked(), id.clone()));
    Effect::new(move |_| {
        if let Some(answer) = download.value().get() {
            untrack(move || match answer {
                Ok(_) => error.set(None),
                Err(e) => {
                    notice.set(None);
                    error.set(Some(e));
                }
            });
        }
    });
    let label = {
        let number = number.clone();
        move || i18n.fill(InvoicesMsg::DownloadNamed, &[("number", &number)])
    };
    let open_label = {
        let number = number.clone();
        move || i18n.fill(InvoicesMsg::Open, &[("number", &number)])
    };
    let href = {
        let id = invoice.id.clone();
        move || format!("/o/{}/invoices/{}", org.id.get(), id)
    };
    view! {
        <li class="invoice-row" data-status=invoice.status.code()>
            <div class="invoice-head">
                <A href=href attr:aria-label=open_label><strong>{number.clone()}</strong></A>
                <StatusBadge status=invoice.status/>
            </div>
            <div class="invoice-facts">
                <time datetime=crate::dates::iso(issued)>{move || dates(issued, crate::dates::Shown::Date)}</time>
                <span class="invoice-total">{move || total.format(lang())}</span>
            </div>
            <div class="invoice-actions">
                <button disabled=move || downloadable.is_err() || download.pending().get()
                    aria-label=label aria-describedby=downloadable.is_err().then(|| reason_id.clone())
                    on:click=move |_| { download.dispatch(()); }>
                    {i18n.t(InvoicesMsg::Download)}
                </button>
                {downloadable.err().map(|r: InvoiceRefusal| view! { <small id=reason_id.clone() class="reason">{i18n.t(r.msg())}</small> })}
            </div>
        </li>
    }
}

#[component]
fn ToPay() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let org = crate::organizations::use_org();
    let invoices = RwSignal::new(None::<Vec<InvoiceSummary>>);
    let selected = RwSignal::new(Vec::<String>::new());
    let error = RwSignal::new(None::<AppError>);
    let notice = RwSignal::new(None::<String>);
    let reload = move || {
        let org_id = org.id.get_untracked();
        leptos::task::spawn_local(async move {
            match invoices_to_pay(org_id).await {
                Ok(list) => {
                    selected.update(|s| s.retain(|id| list.iter().any(|i| &i.id == id)));
                    invoices.set(Some(list));
                }
                Err(e) => error.set(Some(e)),
            }
        });
    };
    Effect::new(move |_| {
        org.id.track();
        reload();
    });
    let pay_verdict = move || verdict(session, &domain::Action::Pay);
    let make = Action::new_local(move |ids: &Vec<String>| {
        let (org_id, ids) = (org.id.get_untracked(), ids.clone());
        async move {
            let made = make_pro_forma(org_id.clone(), ids).await?;
            fetch_and_save(org_id, made.id).await?;
            Ok::<_, AppError>(made.number)
        }
    });
    Effect::new(move |_| {
        if let Some(answer) = make.value().get() {
            untrack(move || match answer {
                Ok(number) => {
                    error.set(None);
                    notice.set(Some(i18n.fill(InvoicesMsg::ProFormaMade, &[("number", &number)])));
                }
                Err(e) => {
                    notice.set(None);
                    error.set(Some(e));
                }
            });
        }
    });
    let pay = Action::new_local(move |id: &String| pay_invoice(org.id.get_untracked(), id.clone(), PayMeans::Balance));
    Effect::new(move |_| {
        if let Some(answer) = pay.value().get() {
            untrack(move || {
                match answer {
                    Ok(a) => {
                        error.set(None);
                        let msg = match a.outcome {
                            PayOutcome::Paid => InvoicesMsg::PaidNotice,
                            PayOutcome::Pending => InvoicesMsg::PendingNotice,
                        };
                        notice.set(Some(i18n.fill(msg, &[("number", &a.invoice.number)])));
                    }
                    Err(e) => {
                        notice.set(None);
                        error.set(Some(e));
                    }
                }
                reload();
            });
        }
    });
    // Why the pro forma cannot be made yet: the role first, then the selection.
    let make_refusal = move || -> Option<String> {
        let lang = i18n.lang();
        if let Err(d) = pay_verdict() {
            return Some(d.msg().text(lang).to_string());
        }
        domain::invoice::pro_forma_selection(&selected.get()).err().map(|r| r.msg().text(lang).to_string())
    };
    let total = move || {
        invoices.with(|list| {
            let list = list.as_ref()?;
            let currency = list.first()?.currency;
            let chosen = list.iter().filter(|i| selected.with(|s| s.contains(&i.id)));
            Money::sum(currency, chosen.map(|i| Money::new(i.total_minor, i.currency))).ok()
        })
    };
    view! {
        <SuccessNotice message=notice/>
        <ErrorNotice error/>
        {move || invoices.get().map(|list| if list.is_empty() {
            view! { <p class="empty">{i18n.t(InvoicesMsg::NothingToPay)}</p> }.into_any()
        } else {
            view! {
                <ul class="invoice-list" aria-label=i18n.t(InvoicesMsg::TabToPay)>
                    {list.into_iter().map(|inv| view! { <ToPayRow inv selected pay pay_verdict/> }).collect_view()}
                </ul>
            }.into_any()
        })}
        <div class="batch-bar invoice-batch">
            <span role="status">
                {move || {
                    let n = selected.with(Vec::len) as u64;
                    let mut text = Plural::InvoicesSelected.count(i18n.lang(), n, &[]);
                    if let Some(t) = total().filter(|_| n > 0) {
                        text.push_str(" — ");
                        text.push_str(&i18n.fill(InvoicesMsg::ToPayTotal, &[("total", &t.format(i18n.lang()))]));
                    }
                    text
                }}
            </span>
            <button class="primary" disabled=move || make_refusal().is_some() || make.pending().get()
                aria-describedby="pro-forma-reason"
                on:click=move |_| { make.dispatch(selected.get_untracked()); }>
                {i18n.t(InvoicesMsg::GenerateProForma)}
            </button>
            <small id="pro-forma-reason" class="reason">{make_refusal}</small>
        </div>
    }
}

#[component]
fn ToPayRow(
    inv: InvoiceSummary,
    selected: RwSignal<Vec<String>>,
    pay: Action<String, Result<super::api::PayAnswer, AppError>>,
    pay_verdict: impl Fn() -> Result<(), domain::Denied> + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let dates = crate::dates::use_dates();
    let total = Money::new(inv.total_minor, inv.currency);
    let id = inv.id.clone();
    let checked = {
        let id = id.clone();
        move || selected.with(|s| s.contains(&id))
    };
    let toggle = {
        let id = id.clone();
        move |ev| {
            let on = event_target_checked(&ev);
            selected.update(|s| {
                s.retain(|x| x != &id);
                if on {
                    s.push(id.clone());
                }
            });
        }
    };
    let number = inv.number.clone();
    let select_label = {
        let number = number.clone();
        move || i18n.fill(InvoicesMsg::Select, &[("number", &number)])
    };
    let pay_label = {
        let number = number.clone();
        move || i18n.fill(InvoicesMsg::PayNamed, &[("number", &number)])
    };
    let (kind, status) = (inv.kind, inv.status);
    // Why this invoice cannot be paid here: the role first, then its state.
    let refusal = move || -> Option<&'static str> {
        let lang = i18n.lang();
        pay_verdict()
            .err()
            .map(|d| d.msg().text(lang))
            .or_else(|| awaits_payment(kind, status).err().map(|r| r.msg().text(lang)))
    };
    let reason_id = format!("pay-reason-{}", inv.id);
    let issued = inv.issued_at;
    view! {
        <li class="invoice-row">
            <label class="check invoice-check">
                <input type="checkbox" prop:checked=checked on:change=toggle aria-label=select_label/>
                <strong>{number.clone()}</strong>
            </label>
            <div class="invoice-facts">
                <time datetime=crate::dates::iso(issued)>{move || dates(issued, crate::dates::Shown::Date)}</time>
                <span class="invoice-total">{move || total.format(i18n.lang())}</span>
            </div>
            <div class="invoice-actions">
                <button disabled=move || refusal().is_some() || pay.pending().get() aria-label=pay_label
                    aria-describedby=reason_id.clone()
                    on:click={ let id = id.clone(); move |_| { pay.dispatch(id.clone()); } }>
                    {i18n.t(InvoicesMsg::Pay)}
                </button>
                <small id=reason_id class="reason">{refusal}</small>
            </div>
        </li>
    }
}
