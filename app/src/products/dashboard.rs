//! A product's dashboard (`/o/<org>/products/<kind>/<id>`, PRD-2…5, PRD-8): status,
//! expiry, renewal warranty, who has access, bundled products; maintenance for a mail
//! service, block/unblock, terminate (a dialog warning that backups are deleted for good
//! and open charges remain due, then "check your email"), and an office suite's bigger
//! offers (smaller or equal ones greyed with the reason). Each action is greyed out with
//! the policy's reason when refused.

use domain::billing::offer_by_id;
use domain::i18n::products::{kind_name, status_name};
use domain::i18n::ProductsMsg;
use domain::office_suite::{choices, terminate_separately};
use domain::{authorize, Action, Denied, ProductKind};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

use super::api::{
    block_products, get_product, request_termination, set_maintenance, unblock_products, upgrade_office_suite,
    ProductDashboard, ProductRow, Upgraded,
};
use crate::dates::{use_dates, Shown};
use crate::error::AppError;
use crate::i18n::use_i18n;
use crate::organizations::{org_path, use_org};
use crate::session::use_session;
use crate::shell::{use_title, Dialog, ErrorNotice, SuccessNotice};

#[component]
pub fn ProductDashboardPage() -> impl IntoView {
    let i18n = use_i18n();
    let org = use_org();
    let params = use_params_map();
    let id = Memo::new(move |_| params.with(|p| p.get("id").unwrap_or_default()));
    let version = RwSignal::new(0u32);
    let data = LocalResource::new(move || {
        let (org_id, id) = (org.id.get(), id.get());
        version.track();
        get_product(org_id, id)
    });
    use_title(move || {
        data.get()
            .and_then(|d| d.ok())
            .map(|d| d.product.name)
            .unwrap_or_else(|| i18n.t(ProductsMsg::Dashboard)().to_string())
    });
    move || match data.get() {
        None => view! { <p class="loading" role="status">{i18n.t(domain::Msg::Loading)}</p> }.into_any(),
        Some(Err(e)) => view! { <p class="notice error" role="alert">{e.message(i18n.lang())}</p> }.into_any(),
        Some(Ok(d)) => view! { <Board d version/> }.into_any(),
    }
}

/// A button refused by the policy: disabled, with the reason visible next to it.
fn guarded(
    label: String,
    verdict: Result<(), Denied>,
    reason_id: &'static str,
    busy: Signal<bool>,
    run: impl Fn() + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let refused = verdict.is_err();
    view! {
        <button disabled=move || refused || busy.get() aria-describedby=refused.then_some(reason_id)
            on:click=move |_| run()>{label}</button>
        {verdict.err().map(|d| view! { <small id=reason_id class="reason">{i18n.t(d.msg())}</small> })}
    }
}

#[component]
fn Board(d: ProductDashboard, version: RwSignal<u32>) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let dates = use_dates();
    let org = use_org();
    let error = RwSignal::new(None::<AppError>);
    let notice = RwSignal::new(None::<String>);
    let you = session.me.with_untracked(|m| m.as_ref().and_then(|m| m.current_org()).map(|o| o.membership.clone()));
    let verdict = |a: &Action| authorize(you.as_ref(), a);
    let p = d.product.clone();
    let manage = verdict(&p.manage());
    let block = verdict(&Action::BlockProduct);
    let terminate = verdict(&Action::TerminateProduct).and_then(|_| terminate_separately(p.bundle_parent.is_some()));
    let pay = manage.and_then(|_| verdict(&Action::Pay));
    let (org_id, product_id) = (org.id.get_untracked(), p.id.clone());
    let reload = move |_: ProductRow| {
        notice.set(Some(i18n.t(ProductsMsg::Done)().to_string()));
        version.update(|v| *v += 1);
    };

    let maintenance = leptos::prelude::Action::new_local({
        let (o, id) = (org_id.clone(), product_id.clone());
        move |on: &bool| set_maintenance(o.clone(), id.clone(), *on)
    });
    crate::shell::on_answer(maintenance, error, reload);
    let blocking = leptos::prelude::Action::new_local({
        let (o, id) = (org_id.clone(), product_id.clone());
        move |on: &bool| {
            let (o, ids, on) = (o.clone(), vec![id.clone()], *on);
            async move {
                let rows = if on { block_products(o, ids).await } else { unblock_products(o, ids).await }?;
                rows.into_iter().next().ok_or(AppError::NotFound)
            }
        }
    });
    crate::shell::on_answer(blocking, error, reload);
    let asking = RwSignal::new(false);
    let asked = RwSignal::new(d.termination_pending);
    let terminating = leptos::prelude::Action::new_local({
        let (o, id) = (org_id.clone(), product_id.clone());
        move |_: &()| request_termination(o.clone(), id.clone())
    });
    crate::shell::on_answer(terminating, error, move |_| {
        asking.set(false);
        asked.set(true);
        notice.set(Some(i18n.t(ProductsMsg::TerminateCheckEmail)().to_string()));
    });
    let upgrading = leptos::prelude::Action::new_local({
        let (o, id) = (org_id.clone(), product_id.clone());
        move |offer: &String| upgrade_office_suite(o.clone(), id.clone(), offer.clone())
    });
    crate::shell::on_answer(upgrading, error, move |_: Upgraded| {
        notice.set(Some(i18n.t(ProductsMsg::UpgradeDone)().to_string()));
        version.update(|v| *v += 1);
    });
    let busy = Signal::derive(move || {
        maintenance.pending().get()
            || blocking.pending().get()
            || terminating.pending().get()
            || upgrading.pending().get()
    });

    let renewal = if !p.kind.offers_renewal_warranty() {
        ProductsMsg::RenewalNotOffered
    } else if p.renewal_warranty {
        ProductsMsg::RenewalOn
    } else {
        ProductsMsg::RenewalOff
    };
    let expiry =
        p.expires_at.map(|ms| dates(ms, Shown::Date)).unwrap_or_else(|| i18n.t(ProductsMsg::NoExpiry)().into());
    let list_href = org_path(&org_id, &format!("/products/{}", p.kind.code()));
    let access = d
        .access
        .iter()
        .map(|a| {
            view! {
                <li class="wrap"><strong>{a.name.clone()}</strong>" — "{i18n.t(a.role.label())}
                    <br/><small class="member-email">{a.email.clone()}</small></li>
            }
        })
        .collect_view();
    let bundled_rows = d.bundled.clone();
    let bundled = (!bundled_rows.is_empty()).then(|| {
        let items = bundled_rows
            .into_iter()
            .map(|b| {
                let href = org_path(&org_id, &format!("/products/{}/{}", b.kind.code(), b.id));
                view! { <li><A href=href attr:class="wrap">{b.name}</A>" — "{i18n.t(kind_name(b.kind))}</li> }
            })
            .collect_view();
        view! { <section aria-labelledby="bundled-heading"><h2 id="bundled-heading">{i18n.t(ProductsMsg::Bundled)}</h2><ul>{items}</ul></section> }
    });
    let maintenance_part = p.kind.has_maintenance_mode().then(|| {
        let on = p.maintenance;
        let label = if on { ProductsMsg::TurnMaintenanceOff } else { ProductsMsg::TurnMaintenanceOn };
        view! {
            <section aria-labelledby="maintenance-heading">
                <h2 id="maintenance-heading">{i18n.t(ProductsMsg::MaintenanceLabel)}</h2>
                <p>{i18n.t(if on { ProductsMsg::MaintenanceOn } else { ProductsMsg::MaintenanceOff })}</p>
                <p class="muted">{i18n.t(ProductsMsg::MaintenanceHelp)}</p>
                {guarded(i18n.t(label)().into(), manage, "maintenance-reason", busy, move || { maintenance.dispatch(!on); })}
            </section>
        }
    });
    let upgrade_part = (p.kind == ProductKind::OfficeSuite).then(|| {
        let from = p.offer.as_deref().and_then(offer_by_id)?;
        let items = choices(from)
            .into_iter()
            .map(|(o, rule)| {
                let text = i18n.fill(
                    ProductsMsg::UpgradeOffer,
                    &[
                        ("users", &o.users.unwrap_or_default().to_string()),
                        ("storage", &o.storage_gb.unwrap_or_default().to_string()),
                        ("price", &o.price(d.currency).format(i18n.lang())),
                    ],
                );
                let current = o.id == from.id;
                let verdict = pay.and(rule);
                let reason_id: &'static str = match o.id {
                    "office_suite_s" => "upgrade-reason-s",
                    "office_suite_m" => "upgrade-reason-m",
                    _ => "upgrade-reason-l",
                };
                let offer = o.id.to_string();
                view! {
                    <li class="upgrade-choice" class:greyed=verdict.is_err()>
                        <span class="wrap">{text}</span>
                        {current.then(|| view! { <strong>" · "{i18n.t(ProductsMsg::UpgradeCurrent)}</strong> })}
                        {guarded(i18n.t(ProductsMsg::UpgradeTo)().into(), verdict, reason_id, busy, move || {
                            upgrading.dispatch(offer.clone());
                        })}
                    </li>
                }
            })
            .collect_view();
        Some(view! {
            <section aria-labelledby="upgrade-heading">
                <h2 id="upgrade-heading">{i18n.t(ProductsMsg::Upgrade)}</h2>
                <ul class="upgrade-choices">{items}</ul>
            </section>
        })
    });
    let name = p.name.clone();
    let dialog_title = Signal::derive(move || i18n.fill(ProductsMsg::TerminateTitle, &[("name", &name)]));
    let blocked = p.blocked;
    view! {
        <p><A href=list_href>{i18n.t(ProductsMsg::BackToList)}</A></p>
        <h1 class="wrap">{p.name.clone()}</h1>
        <ErrorNotice error/>
        <SuccessNotice message=notice/>
        <dl class="product-facts dashboard-facts">
            <div><dt>{i18n.t(ProductsMsg::ColStatus)}</dt><dd>{i18n.t(status_name(p.status))}</dd></div>
            <div><dt>{i18n.t(ProductsMsg::ColExpiry)}</dt><dd>{expiry}</dd></div>
            <div><dt>{i18n.t(ProductsMsg::ColRenewal)}</dt><dd>{i18n.t(renewal)}</dd></div>
            {blocked.then(|| view! { <div><dt>{i18n.t(ProductsMsg::BlockedLabel)}</dt><dd>"✓"</dd></div> })}
            {p.bundle_parent.as_ref().map(|b| view! {
                <div><dt>{i18n.t(ProductsMsg::Bundled)}</dt><dd class="wrap">{i18n.fill(ProductsMsg::BundledIn, &[("name", &b.name)])}</dd></div>
            })}
            {d.users_quota.zip(d.storage_gb).map(|(u, s)| view! {
                <div><dt>{i18n.t(ProductsMsg::UpgradeCurrent)}</dt><dd>{format!("{u} / {s} GB")}</dd></div>
            })}
        </dl>
        {manage.err().map(|r| view! { <p class="reason">{i18n.t(r.msg())}</p> })}
        <section aria-labelledby="access-heading">
            <h2 id="access-heading">{i18n.t(ProductsMsg::Access)}</h2>
            <ul class="access">{access}</ul>
        </section>
        {bundled}
        {maintenance_part}
        {upgrade_part}
        <section aria-labelledby="admin-heading" class="product-actions">
            <h2 id="admin-heading">{i18n.t(ProductsMsg::Dashboard)}</h2>
            {guarded(
                i18n.t(if blocked { ProductsMsg::Unblock } else { ProductsMsg::Block })().into(),
                block, "block-reason", busy, move || { blocking.dispatch(!blocked); },
            )}
            {move || asked.get().then(|| view! { <p class="notice" role="status">{i18n.t(ProductsMsg::TerminatePending)}</p> })}
            {guarded(i18n.t(ProductsMsg::Terminate)().into(), terminate, "terminate-reason", busy, move || asking.set(true))}
        </section>
        <Show when=move || asking.get()>
            <Dialog id="terminate-dialog" title=dialog_title on_close=Callback::new(move |_| asking.set(false))>
                <p class="notice error">{i18n.t(ProductsMsg::TerminateWarning)}</p>
                <div class="dialog-actions">
                    <button on:click=move |_| asking.set(false)>{i18n.t(domain::Msg::Cancel)}</button>
                    <button class="danger" disabled=move || terminating.pending().get()
                        on:click=move |_| { terminating.dispatch(()); }>{i18n.t(ProductsMsg::TerminateSend)}</button>
                </div>
            </Dialog>
        </Show>
    }
}
