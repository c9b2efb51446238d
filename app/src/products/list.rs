//! A product list per type (`/o/<org>/products/<kind>`, PRD-2): a checkbox per product
//! and "select all" for the batch actions, names opening the dashboard; a product the
//! user may not manage is greyed out (`aria-disabled`) with the policy's reason in words.
//! Cards on a phone, a table-like grid on a desktop.

use domain::i18n::products::{kind_name, status_name};
use domain::i18n::ProductsMsg;
use domain::{authorize, Action, Plural, ProductKind};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

use super::api::{block_products, list_products, unblock_products, ProductList, ProductRow};
use crate::dates::{use_dates, Shown};
use crate::error::AppError;
use crate::i18n::use_i18n;
use crate::organizations::{org_path, use_org};
use crate::session::use_session;
use crate::shell::{use_title, ErrorNotice, SuccessNotice};

#[component]
pub fn ProductListPage() -> impl IntoView {
    let i18n = use_i18n();
    let org = use_org();
    let params = use_params_map();
    let kind = Memo::new(move |_| params.with(|p| p.get("kind").and_then(|k| ProductKind::parse(&k))));
    use_title(move || kind.get().map(|k| i18n.t(kind_name(k))().to_string()).unwrap_or_default());
    let version = RwSignal::new(0u32);
    let list = LocalResource::new(move || {
        let (org_id, kind) = (org.id.get(), kind.get());
        version.track();
        async move {
            match kind {
                Some(kind) => list_products(org_id, Some(kind)).await,
                None => Err(AppError::NotFound),
            }
        }
    });
    let selected = RwSignal::new(Vec::<String>::new());
    Effect::new(move |_| {
        kind.track();
        selected.set(Vec::new());
    });
    view! {
        <h1>{move || kind.get().map(|k| i18n.t(kind_name(k))())}</h1>
        {move || match list.get() {
            None => view! { <p class="loading" role="status">{i18n.t(domain::Msg::Loading)}</p> }.into_any(),
            Some(Err(e)) => view! { <p class="notice error" role="alert">{e.message(i18n.lang())}</p> }.into_any(),
            Some(Ok(list)) => view! { <Listing list selected version/> }.into_any(),
        }}
    }
}

#[component]
fn Listing(list: ProductList, selected: RwSignal<Vec<String>>, version: RwSignal<u32>) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let error = RwSignal::new(None::<AppError>);
    let notice = RwSignal::new(None::<String>);
    if list.products.is_empty() {
        return view! { <p class="muted">{i18n.t(ProductsMsg::ProductsNone)}</p> }.into_any();
    }
    let ids: Vec<String> = list.products.iter().map(|p| p.id.clone()).collect();
    let all_ids = StoredValue::new(ids);
    let all_on = move || {
        let n = selected.with(Vec::len);
        n > 0 && all_ids.with_value(|ids| n == ids.len())
    };
    let org_id = list.org_id.clone();
    let batch = leptos::prelude::Action::new_local(move |block: &bool| {
        let (org_id, ids, block) = (org_id.clone(), selected.get_untracked(), *block);
        async move {
            if block {
                block_products(org_id, ids).await
            } else {
                unblock_products(org_id, ids).await
            }
        }
    });
    crate::shell::on_answer(batch, error, move |rows: Vec<ProductRow>| {
        notice.set(Some(i18n.t(ProductsMsg::Done)().to_string()));
        let _ = rows;
        selected.set(Vec::new());
        version.update(|v| *v += 1);
    });
    let may_block = move || session.may(&Action::BlockProduct);
    let block_reason = move || {
        session.me.with(|m| {
            m.as_ref()
                .and_then(|m| m.current_org())
                .and_then(|o| authorize(Some(&o.membership), &Action::BlockProduct).err())
        })
    };
    let rows = list.products.into_iter().map(|p| view! { <Item product=p org_id=list.org_id.clone() selected/> });
    let rows = rows.collect_view();
    view! {
        <ErrorNotice error/>
        <SuccessNotice message=notice/>
        <div class="batch-bar" role="region" aria-label=i18n.t(ProductsMsg::SelectAll)>
            <label class="check">
                <input type="checkbox" prop:checked=all_on on:change=move |ev| {
                    if event_target_checked(&ev) {
                        selected.set(all_ids.get_value());
                    } else {
                        selected.set(Vec::new());
                    }
                }/>
                <span>{i18n.t(ProductsMsg::SelectAll)}</span>
            </label>
            <span role="status">
                {move || {
                    let n = selected.with(Vec::len) as u64;
                    (n > 0).then(|| Plural::ProductsSelected.count(i18n.lang(), n, &[]))
                }}
            </span>
            <button disabled=move || !may_block() || selected.with(Vec::is_empty) || batch.pending().get()
                aria-describedby=move || block_reason().map(|_| "products-block-reason")
                on:click=move |_| { batch.dispatch(true); }>{i18n.t(ProductsMsg::BlockSelected)}</button>
            <button disabled=move || !may_block() || selected.with(Vec::is_empty) || batch.pending().get()
                aria-describedby=move || block_reason().map(|_| "products-block-reason")
                on:click=move |_| { batch.dispatch(false); }>{i18n.t(ProductsMsg::UnblockSelected)}</button>
            {move || block_reason().map(|d| view! {
                <small id="products-block-reason" class="reason">{i18n.t(d.msg())}</small>
            })}
        </div>
        <ul class="products">{rows}</ul>
    }
    .into_any()
}

#[component]
fn Item(product: ProductRow, org_id: String, selected: RwSignal<Vec<String>>) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let dates = use_dates();
    let verdict = session.me.with_untracked(|m| {
        m.as_ref()
            .and_then(|m| m.current_org())
            .map(|o| authorize(Some(&o.membership), &product.manage()))
            .unwrap_or(Err(domain::Denied::NotAMember))
    });
    let greyed = verdict.is_err();
    let id = product.id.clone();
    let reason_id = format!("reason-{}", id.chars().filter(char::is_ascii_alphanumeric).collect::<String>());
    let href = org_path(&org_id, &format!("/products/{}/{}", product.kind.code(), product.id));
    let name = product.name.clone();
    let check_label = i18n.fill(ProductsMsg::SelectProduct, &[("name", &name)]);
    let expiry = product.expires_at.map(|ms| dates(ms, Shown::Date));
    let renewal = if !product.kind.offers_renewal_warranty() {
        ProductsMsg::RenewalNotOffered
    } else if product.renewal_warranty {
        ProductsMsg::RenewalOn
    } else {
        ProductsMsg::RenewalOff
    };
    let described = greyed.then(|| reason_id.clone());
    view! {
        <li class="product" class:greyed=greyed aria-disabled=greyed.then_some("true")>
            <input type="checkbox" class="product-check" aria-label=check_label
                aria-describedby=described.clone()
                prop:checked={ let id = id.clone(); move || selected.with(|s| s.contains(&id)) }
                on:change={ let id = id.clone(); move |ev| {
                    let on = event_target_checked(&ev);
                    selected.update(|s| { s.retain(|x| x != &id); if on { s.push(id.clone()); } });
                } }/>
            <div class="product-main">
                {if greyed {
                    view! { <span class="product-name wrap" aria-disabled="true" aria-describedby=described>{name}</span> }.into_any()
                } else {
                    view! { <A href=href attr:class="product-name wrap">{name}</A> }.into_any()
                }}
                {product.bundle_parent.as_ref().map(|b| view! {
                    <small class="muted wrap">{i18n.fill(ProductsMsg::BundledIn, &[("name", &b.name)])}</small>
                })}
                {verdict.err().map(|d| view! { <small id=reason_id class="reason">{i18n.t(d.msg())}</small> })}
            </div>
            <dl class="product-facts">
                <div><dt>{i18n.t(ProductsMsg::ColStatus)}</dt><dd>{i18n.t(status_name(product.status))}</dd></div>
                <div><dt>{i18n.t(ProductsMsg::ColExpiry)}</dt>
                    <dd>{expiry.unwrap_or_else(|| i18n.t(ProductsMsg::NoExpiry)().to_string())}</dd></div>
                <div><dt>{i18n.t(ProductsMsg::ColRenewal)}</dt><dd>{i18n.t(renewal)}</dd></div>
            </dl>
            <span class="product-badges">
                {product.blocked.then(|| view! { <span class="blocked-badge">{i18n.t(ProductsMsg::BlockedLabel)}</span> })}
                {product.maintenance.then(|| view! { <span class="blocked-badge">{i18n.t(ProductsMsg::MaintenanceOn)}</span> })}
            </span>
        </li>
    }
}
