//! The "manage renewals" page (PRD-6, PRD-7): the organization's products with their
//! expiry, renewal price, warranty and next reminder; checkboxes and "select all" for
//! turning renewal warranty on or off for a selection; a domain in redemption with its
//! Restore button and fee. Rows the caller may not change are greyed with the reason,
//! from the same `domain` checks the server runs.

use domain::i18n::RenewalsMsg as M;
use domain::renewal::warranty_refusal;
use domain::{authorize, Action, Currency, Money, Plural, ProductStatus};
use leptos::prelude::*;

use super::api::{list_renewals, renew_now, restore, set_warranty, RenewalDone, RenewalList, RenewalRow};
use crate::error::AppError;
use crate::i18n::{use_i18n, I18n};
use crate::shell::{on_answer, use_title, ErrorNotice, SuccessNotice};

/// Why the caller may not change this row's warranty, in words; `None` when they may.
fn warranty_reason(list: &RenewalList, row: &RenewalRow, lang: domain::Lang) -> Option<String> {
    let manage = Action::ManageProduct { granted: row.granted, blocked: row.blocked };
    if let Err(d) = authorize(Some(&list.you), &Action::Pay).and_then(|_| authorize(Some(&list.you), &manage)) {
        return Some(d.msg().text(lang).to_string());
    }
    warranty_refusal(row.kind, row.status).map(|r| r.msg().text(lang).to_string())
}

fn money(minor: i64, currency: Currency, i18n: I18n) -> String {
    Money::new(minor, currency).format(i18n.lang())
}

#[component]
pub fn RenewalsPage() -> impl IntoView {
    let i18n = use_i18n();
    let org = crate::organizations::use_org();
    use_title(move || i18n.t(M::Title)().to_string());
    let list = RwSignal::new(None::<RenewalList>);
    let selected = RwSignal::new(Vec::<String>::new());
    let error = RwSignal::new(None::<AppError>);
    let notice = RwSignal::new(None::<String>);

    let latest = StoredValue::new(0u64);
    let load = move || {
        let ticket = latest.get_value() + 1;
        latest.set_value(ticket);
        let org_id = org.id.get_untracked();
        leptos::task::spawn_local(async move {
            let answer = list_renewals(org_id).await;
            if latest.try_get_value() != Some(ticket) {
                return;
            }
            match answer {
                Ok(l) => {
                    // Keep only what can still be selected.
                    selected.update(|s| s.retain(|id| l.rows.iter().any(|r| &r.product_id == id)));
                    list.set(Some(l));
                }
                Err(e) => error.set(Some(e)),
            }
        });
    };
    Effect::new(move |_| {
        org.id.track();
        selected.set(Vec::new());
        notice.set(None);
        error.set(None);
        load();
    });

    let selectable = move || -> Vec<String> {
        let lang = i18n.lang();
        list.with(|l| {
            l.as_ref()
                .map(|l| {
                    l.rows
                        .iter()
                        .filter(|r| warranty_reason(l, r, lang).is_none())
                        .map(|r| r.product_id.clone())
                        .collect()
                })
                .unwrap_or_default()
        })
    };
    let count = move || selected.with(Vec::len) as u64;
    let all_selected = move || {
        let all = selectable();
        !all.is_empty() && selected.with(|s| all.iter().all(|id| s.contains(id)))
    };

    let setting = leptos::prelude::Action::new_local(move |on: &bool| {
        set_warranty(org.id.get_untracked(), selected.get_untracked(), *on)
    });
    on_answer(setting, error, move |changed: u64| {
        let on = setting.input().get_untracked().unwrap_or(true);
        let key = if on { Plural::RenewalsWarrantyOn } else { Plural::RenewalsWarrantyOff };
        notice.set(Some(key.count(i18n.lang(), changed, &[])));
        error.set(None);
        selected.set(Vec::new());
        load();
    });
    let done_notice = move |name: String, restored: bool, done: RenewalDone| {
        let lang = i18n.lang();
        let text = match done.expires_at {
            Some(at) => {
                let date = domain::locale::date(at, lang.into());
                let key = if restored { M::Restored } else { M::Renewed };
                key.fill(lang, &[("name", &name), ("date", &date), ("number", &done.invoice_number)])
            }
            None => M::PaymentPending.fill(lang, &[("name", &name), ("number", &done.invoice_number)]),
        };
        notice.set(Some(text));
        error.set(None);
        load();
    };
    let renewing = leptos::prelude::Action::new_local(move |(id, _): &(String, String)| {
        renew_now(org.id.get_untracked(), id.clone())
    });
    on_answer(renewing, error, move |done: RenewalDone| {
        let name = renewing.input().get_untracked().map(|(_, n)| n).unwrap_or_default();
        done_notice(name, false, done);
    });
    let restoring = leptos::prelude::Action::new_local(move |(id, _): &(String, String)| {
        restore(org.id.get_untracked(), id.clone())
    });
    on_answer(restoring, error, move |done: RenewalDone| {
        let name = restoring.input().get_untracked().map(|(_, n)| n).unwrap_or_default();
        done_notice(name, true, done);
    });
    let busy = move || setting.pending().get() || renewing.pending().get() || restoring.pending().get();

    let may_view = move || list.with(|l| l.is_some());
    view! {
        <div class="page-head"><h1>{i18n.t(M::Title)}</h1></div>
        <p class="muted">{i18n.t(M::Intro)}</p>
        <SuccessNotice message=notice/>
        <ErrorNotice error/>
        <Show when=may_view fallback=move || view! {
            <Show when=move || error.with(Option::is_none)><p role="status">{i18n.t(M::Loading)}</p></Show>
        }>
            <div class="batch-bar renewals-bar" class:active=move || { count() > 0 }>
                <label class="renewals-all">
                    <input type="checkbox" prop:checked=all_selected disabled=move || selectable().is_empty()
                        on:change=move |ev| selected.set(if event_target_checked(&ev) { selectable() } else { Vec::new() })/>
                    <span>{i18n.t(M::SelectAll)}</span>
                </label>
                <span role="status">{move || Plural::RenewalsSelected.count(i18n.lang(), count(), &[])}</span>
                <button type="button" class="primary" disabled=move || count() == 0 || busy()
                    on:click=move |_| { setting.dispatch(true); }>{i18n.t(M::TurnOn)}</button>
                <button type="button" disabled=move || count() == 0 || busy()
                    on:click=move |_| { setting.dispatch(false); }>{i18n.t(M::TurnOff)}</button>
            </div>
            <Show when=move || list.with(|l| l.as_ref().is_some_and(|l| l.rows.is_empty()))>
                <p class="empty">{i18n.t(M::Empty)}</p>
            </Show>
            <ul class="renewals" aria-label=i18n.t(M::Title)>
                {move || list.get().map(|l| {
                    l.rows.clone().into_iter().map(|row| {
                        view! { <RenewalItem list=l.clone() row selected busy=Signal::derive(busy)
                            on_renew=Callback::new(move |r: (String, String)| { renewing.dispatch(r); })
                            on_restore=Callback::new(move |r: (String, String)| { restoring.dispatch(r); })/> }
                    }).collect_view()
                })}
            </ul>
        </Show>
    }
}

#[component]
fn RenewalItem(
    list: RenewalList,
    row: RenewalRow,
    selected: RwSignal<Vec<String>>,
    busy: Signal<bool>,
    on_renew: Callback<(String, String)>,
    on_restore: Callback<(String, String)>,
) -> impl IntoView {
    let i18n = use_i18n();
    let currency = list.currency;
    let id = row.product_id.clone();
    let name = row.name.clone();
    let reason = {
        let (list, row) = (list.clone(), row.clone());
        move || warranty_reason(&list, &row, i18n.lang())
    };
    let refused = reason().is_some();
    let reason_id = format!("why-{}", id.chars().filter(char::is_ascii_alphanumeric).collect::<String>());
    let date = move |at: Option<i64>| at.map(|at| domain::locale::date(at, i18n.lang().into()));
    let status = {
        let row = row.clone();
        move || match row.status {
            ProductStatus::Active => i18n.t(M::StatusActive)().to_string(),
            ProductStatus::Expired => i18n.t(M::StatusExpired)().to_string(),
            ProductStatus::Redemption => {
                i18n.fill(M::StatusRedemption, &[("date", &date(row.redemption_ends_at).unwrap_or_default())])
            }
            ProductStatus::Released => i18n.t(M::StatusReleased)().to_string(),
            ProductStatus::Terminated => i18n.t(M::StatusTerminated)().to_string(),
        }
    };
    // Renewing or restoring spends money on the product: the same checks as the server.
    let may_spend = authorize(Some(&list.you), &Action::Pay)
        .and_then(|_| authorize(Some(&list.you), &Action::ManageProduct { granted: row.granted, blocked: row.blocked }))
        .is_ok();
    let expires = date(row.expires_at);
    let next = row.next_reminder_at;
    let price = row.price_minor;
    let warranty = row.warranty;
    let check_label = i18n.fill(M::SelectProduct, &[("name", &name)]);
    let action = match (row.status, row.restore_minor) {
        (ProductStatus::Redemption, Some(fee)) => {
            let (id, name) = (id.clone(), name.clone());
            let label = move || i18n.fill(M::RestoreLabel, &[("name", &name), ("amount", &money(fee, currency, i18n))]);
            Some(view! {
                <button type="button" class="primary" disabled=move || !may_spend || busy.get() aria-label=label
                    on:click={ let (id, name) = (id.clone(), row.name.clone()); move |_| on_restore.run((id.clone(), name.clone())) }>
                    {move || i18n.fill(M::Restore, &[("amount", &money(fee, currency, i18n))])}
                </button>
            }.into_any())
        }
        (ProductStatus::Active | ProductStatus::Expired, _) => {
            let (id, name) = (id.clone(), name.clone());
            let label = {
                let name = name.clone();
                move || i18n.fill(M::RenewNowLabel, &[("name", &name), ("amount", &money(price, currency, i18n))])
            };
            Some(
                view! {
                    <button type="button" disabled=move || !may_spend || busy.get() aria-label=label
                        on:click=move |_| on_renew.run((id.clone(), name.clone()))>{i18n.t(M::RenewNow)}</button>
                }
                .into_any(),
            )
        }
        _ => None,
    };
    view! {
        <li class="renewal" class:refused=refused data-product=id.clone()>
            <input type="checkbox" class="renewal-check" aria-label=check_label disabled=refused
                aria-describedby=refused.then(|| reason_id.clone())
                prop:checked={ let id = id.clone(); move || selected.with(|s| s.contains(&id)) }
                on:change={ let id = id.clone(); move |ev| {
                    let on = event_target_checked(&ev);
                    selected.update(|s| { s.retain(|x| x != &id); if on { s.push(id.clone()); } });
                } }/>
            <div class="renewal-main">
                <strong class="renewal-name">{name.clone()}</strong>
                <span class="renewal-status" data-status=row.status.code()>{status}</span>
                {move || reason().map(|r| view! { <small class="reason" id=reason_id.clone()>{r}</small> })}
            </div>
            <dl class="renewal-facts">
                <div><dt>{i18n.t(M::ColExpires)}</dt><dd>{expires.unwrap_or_else(|| "—".into())}</dd></div>
                <div><dt>{i18n.t(M::ColPrice)}</dt><dd>{move || money(price, currency, i18n)}</dd></div>
                <div><dt>{i18n.t(M::ColWarranty)}</dt>
                    <dd class="renewal-warranty" data-on=warranty.to_string()>
                        {move || if warranty { i18n.t(M::WarrantyOn)() } else { i18n.t(M::WarrantyOff)() }}
                    </dd></div>
                <div><dt>{i18n.t(M::ColNextReminder)}</dt>
                    <dd>{move || date(next).unwrap_or_else(|| i18n.t(M::NoReminder)().to_string())}</dd></div>
            </dl>
            <div class="renewal-actions">{action}</div>
        </li>
    }
}
