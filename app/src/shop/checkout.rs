//! The cart (`/shop/cart`, BIL-1, BIL-2): the items kept in the browser; signed out,
//! the way to sign up (or in) and back here; signed in, the organization (those where
//! the user may not pay greyed with the reason), the payment method first (the prepaid
//! balance by default), then promo codes each for its item, a free offer next to the
//! item it matches, the totals with VAT from the server's quote, and Order.

use domain::billing::offer_by_id;
use domain::i18n::ShopMsg;
use domain::shop::{offer_label, CODE_MAX_CHARS};
use domain::{authorize, Action, Currency, Locale};
use leptos::prelude::*;
use leptos_router::components::A;

use super::api::{
    shop_checkout, shop_free_offers, shop_payment_choices, shop_quote, FreeOfferUse, Order, PaymentMeans, PromoUse,
};
use super::cart::use_cart;
use super::frame::ShopFrame;
use crate::error::AppError;
use crate::i18n::use_i18n;
use crate::session::use_session;
use crate::shell::{on_answer, use_title, ErrorNotice};

fn new_order_key() -> String {
    format!("{:x}{:x}", (js_sys::Math::random() * 1e15) as u64, js_sys::Date::now() as u64)
}

#[component]
pub fn CartPage() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let cart = use_cart();
    use_title(move || i18n.t(ShopMsg::CartTitle)().to_string());
    let signed_in = move || session.me.with(Option::is_some);
    let lang = move || i18n.lang();

    // The organizations, with whether the user may pay for each (the same rule as the
    // server's).
    let orgs = move || {
        session.me.with(|me| {
            me.as_ref()
                .map(|me| {
                    me.organizations
                        .iter()
                        .map(|o| (o.id.clone(), o.name.clone(), authorize(Some(&o.membership), &Action::Pay).err()))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    };
    let org = RwSignal::new(None::<String>);
    Effect::new(move |_| {
        if org.get().is_some() {
            return;
        }
        let current = session.me.with(|me| me.as_ref().and_then(|m| m.current_org_id.clone()));
        let all = orgs();
        let payable = |id: &String| all.iter().any(|(o, _, denied)| o == id && denied.is_none());
        let chosen = current.filter(payable).or_else(|| all.iter().find(|o| o.2.is_none()).map(|o| o.0.clone()));
        if chosen.is_some() {
            org.set(chosen);
        }
    });

    let means = RwSignal::new(PaymentMeans::Balance);
    let promos = RwSignal::new(Vec::<PromoUse>::new());
    let frees = RwSignal::new(Vec::<FreeOfferUse>::new());
    let code = RwSignal::new(String::new());
    let code_item = RwSignal::new(0usize);
    let error = RwSignal::new(None::<AppError>);
    let done = RwSignal::new(None::<(String, Order)>);
    let order_key = RwSignal::new(new_order_key());
    // A cart changed under the codes: they are chosen again.
    Effect::new(move |_| {
        cart.0.track();
        promos.set(Vec::new());
        frees.set(Vec::new());
    });

    let choices = LocalResource::new(move || {
        let org = org.get();
        async move {
            match org {
                Some(org) => shop_payment_choices(org).await.ok(),
                None => None,
            }
        }
    });
    let free_list = LocalResource::new(move || {
        let org = org.get();
        async move {
            match org {
                Some(org) => shop_free_offers(org).await.unwrap_or_default(),
                None => Vec::new(),
            }
        }
    });
    let quote = LocalResource::new(move || {
        let (org, items, promos, frees) = (org.get(), cart.0.get(), promos.get(), frees.get());
        async move {
            match org {
                Some(org) if !items.is_empty() => Some(shop_quote(org, items, promos, frees).await),
                _ => None,
            }
        }
    });

    let checkout = leptos::prelude::Action::new_local(
        |(org, key, items, means, promos, frees): &(
            String,
            String,
            Vec<domain::shop::CartItem>,
            PaymentMeans,
            Vec<PromoUse>,
            Vec<FreeOfferUse>,
        )| {
            shop_checkout(org.clone(), key.clone(), items.clone(), means.clone(), promos.clone(), frees.clone())
        },
    );
    on_answer(checkout, error, move |placed: Order| {
        done.set(Some((org.get_untracked().unwrap_or_default(), placed)));
        cart.clear();
        order_key.set(new_order_key());
    });
    let place = move |_| {
        let Some(org) = org.get_untracked() else { return };
        checkout.dispatch((
            org,
            order_key.get_untracked(),
            cart.0.get_untracked(),
            means.get_untracked(),
            promos.get_untracked(),
            frees.get_untracked(),
        ));
    };
    let apply_code = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let typed = code.get_untracked().trim().to_string();
        if typed.is_empty() {
            return;
        }
        promos.update(|p| p.push(PromoUse { code: typed, item: code_item.get_untracked() }));
        code.set(String::new());
    };

    let currency = move || {
        quote
            .get()
            .flatten()
            .and_then(Result::ok)
            .map(|q| q.currency)
            .unwrap_or_else(|| choices.get().flatten().map(|c| c.currency).unwrap_or(Currency::Eur))
    };
    let money = move |minor: i64| currency().format_minor(minor, lang());
    let item_label = move |index: usize| {
        cart.0
            .with(|items| {
                items.get(index).map(|i| {
                    let offer = offer_by_id(&i.offer).map(|o| offer_label(o, lang())).unwrap_or_default();
                    if i.name.is_empty() {
                        offer
                    } else {
                        format!("{offer} — {}", i.name)
                    }
                })
            })
            .unwrap_or_default()
    };

    let confirmation = move || {
        done.get().map(|(org, o)| {
            let total = o.currency.format_minor(o.total_minor, lang());
            let text = if o.paid { ShopMsg::Ordered } else { ShopMsg::OrderedPending };
            let href = format!("/o/{org}/invoices");
            view! {
                <div class="notice success" role="status">
                    <p>{i18n.fill(text, &[("number", &o.number), ("total", &total)])}</p>
                    <p><A href=href>{i18n.t(ShopMsg::SeeInvoices)}</A></p>
                </div>
            }
        })
    };

    let items_view = move || {
        let items = cart.0.get();
        if items.is_empty() {
            return view! { <p>{i18n.t(ShopMsg::CartEmpty)} " " <A href="/shop">{i18n.t(ShopMsg::BackToShop)}</A></p> }
                .into_any();
        }
        let lines = quote.get().flatten().and_then(Result::ok).map(|q| q.lines).unwrap_or_default();
        view! {
            <ul class="cart-items">
                {items.into_iter().enumerate().map(|(index, item)| {
                    let line = lines.get(index).cloned();
                    let label = item_label(index);
                    let remove_label = format!("{} — {}", i18n.t(ShopMsg::Remove)(), label);
                    let offer = offer_by_id(&item.offer).copied();
                    let matching: Vec<String> = free_list.get().unwrap_or_default().into_iter()
                        .filter(|f| offer.is_some_and(|o| f.offer == o.id || f.offer == o.kind.code()))
                        .map(|f| f.id).collect();
                    let select_id = format!("free-{index}");
                    view! {
                        <li class="cart-item card">
                            <p class="cart-item-name">{label}</p>
                            <p>{i18n.t(ShopMsg::Quantity)} ": " {item.quantity}
                                {line.map(|l| view! {
                                    " · " {money(l.unit_minor * i64::from(l.quantity))}
                                    {(l.discount_minor > 0).then(|| view! { " · " {i18n.t(ShopMsg::Discount)} " −" {money(l.discount_minor)} })}
                                })}
                            </p>
                            {(!matching.is_empty()).then(|| view! {
                                <p>
                                    <label for=select_id.clone()>{i18n.t(ShopMsg::FreeOffer)}</label> " "
                                    <select id=select_id on:change=move |ev| {
                                        let id = event_target_value(&ev);
                                        frees.update(|f| {
                                            f.retain(|u| u.item != index);
                                            if !id.is_empty() {
                                                f.push(FreeOfferUse { id, item: index });
                                            }
                                        });
                                    }>
                                        <option value="">{i18n.t(ShopMsg::FreeOfferNone)}</option>
                                        {matching.into_iter().map(|id| view! {
                                            <option value=id.clone() selected=move || frees.with(|f| f.iter().any(|u| u.item == index && u.id == id))>
                                                {i18n.t(ShopMsg::FreeOfferChoice)}
                                            </option>
                                        }).collect_view()}
                                    </select>
                                </p>
                            })}
                            <button type="button" class="button" aria-label=remove_label on:click=move |_| cart.remove(index)>
                                {i18n.t(ShopMsg::Remove)}
                            </button>
                        </li>
                    }
                }).collect_view()}
            </ul>
        }.into_any()
    };

    let verdicts = move || {
        quote.get().flatten().and_then(Result::ok).map(|q| {
            let promo_lines = q.promo_codes.into_iter().map(|v| {
                let n = (v.item + 1).to_string();
                match (v.discount_minor, v.refusal) {
                    (Some(off), _) => view! { <li class="ok">{i18n.fill(ShopMsg::PromoApplied, &[("code", &v.code), ("amount", &money(off))])} " (" {n} ")"</li> }.into_any(),
                    (None, Some(r)) => {
                        let reason = r.msg().text(lang());
                        view! { <li class="field-error" role="alert">{i18n.fill(ShopMsg::PromoRefused, &[("code", &v.code), ("n", &n), ("reason", reason)])}</li> }.into_any()
                    }
                    _ => ().into_any(),
                }
            }).collect_view();
            let free_lines = q.free_offers.into_iter().filter_map(|v| v.refusal.map(|r| {
                let n = (v.item + 1).to_string();
                view! { <li class="field-error" role="alert">{i18n.fill(ShopMsg::ItemRefused, &[("n", &n), ("reason", r.msg().text(lang()))])}</li> }
            })).collect_view();
            view! { <ul class="promo-verdicts">{promo_lines}{free_lines}</ul> }
        })
    };

    let totals = move || match quote.get().flatten() {
        Some(Ok(q)) => {
            let rate = domain::locale::rate_bp(i64::from(q.vat_rate_bp), Locale::for_money(lang(), q.currency));
            view! {
                <dl class="totals">
                    <dt>{i18n.t(ShopMsg::Subtotal)}</dt><dd>{money(q.subtotal_minor)}</dd>
                    <dt>{i18n.fill(ShopMsg::Vat, &[("rate", &rate)])}</dt><dd>{money(q.vat_minor)}</dd>
                    <dt>{i18n.t(ShopMsg::Total)}</dt><dd class="total">{money(q.total_minor)}</dd>
                </dl>
            }
            .into_any()
        }
        Some(Err(e)) => view! { <p class="notice error" role="alert">{e.message(lang())}</p> }.into_any(),
        None => ().into_any(),
    };

    let signed_out_view = move || {
        view! {
            <div class="cart-sign-up">
                <A href="/sign-up?next=/shop/cart" attr:class="button primary">{i18n.t(ShopMsg::OrderSignUp)}</A> " "
                <A href="/sign-in?next=/shop/cart" attr:class="button">{i18n.t(ShopMsg::OrderSignIn)}</A>
            </div>
        }
    };

    let order_form = move || {
        let all = orgs();
        if all.iter().all(|o| o.2.is_some()) {
            return view! { <p class="notice">{i18n.t(ShopMsg::NoOrganizationToPay)}</p> }.into_any();
        }
        let reasons = all
            .iter()
            .filter_map(|(_, name, d)| {
                d.map(|d| format!("{name} — {}", i18n.fill(ShopMsg::MayNotPay, &[("reason", d.msg().text(lang()))])))
            })
            .collect::<Vec<_>>();
        view! {
            <div class="checkout">
                <p>
                    <label for="cart-org">{i18n.t(ShopMsg::Organization)}</label> " "
                    <select id="cart-org" on:change=move |ev| {
                        let id = event_target_value(&ev);
                        means.set(PaymentMeans::Balance);
                        org.set(Some(id));
                    }>
                        {all.into_iter().map(|(id, name, denied)| {
                            let selected_id = id.clone();
                            view! { <option value=id disabled=denied.is_some() selected=move || org.get().as_deref() == Some(selected_id.as_str())>{name}</option> }
                        }).collect_view()}
                    </select>
                </p>
                <ul class="muted">{reasons.into_iter().map(|r| view! { <li>{r}</li> }).collect_view()}</ul>
                <p>
                    <label for="cart-means">{i18n.t(ShopMsg::PaymentMethod)}</label> " "
                    <select id="cart-means" on:change=move |ev| {
                        let v = event_target_value(&ev);
                        means.set(if v == "balance" { PaymentMeans::Balance } else { PaymentMeans::Profile(v) });
                    }>
                        {move || {
                            let c = choices.get().flatten();
                            let balance = c.as_ref().map(|c| c.currency.format_minor(c.balance_minor, lang())).unwrap_or_default();
                            let profiles = c.map(|c| c.profiles).unwrap_or_default();
                            view! {
                                <option value="balance" selected=move || means.get() == PaymentMeans::Balance>
                                    {i18n.fill(ShopMsg::Balance, &[("amount", &balance)])}
                                </option>
                                {profiles.into_iter().map(|p| {
                                    let id = p.id.clone();
                                    view! { <option value=p.id selected=move || means.get() == PaymentMeans::Profile(id.clone())>{p.label}</option> }
                                }).collect_view()}
                            }
                        }}
                    </select>
                </p>
                <form class="promo-form" on:submit=apply_code>
                    <label for="cart-code">{i18n.t(ShopMsg::PromoCode)}</label>
                    <input id="cart-code" type="text" maxlength=CODE_MAX_CHARS.to_string() autocomplete="off"
                        prop:value=move || code.get() on:input=move |ev| code.set(event_target_value(&ev))/>
                    <label for="cart-code-item">{i18n.t(ShopMsg::PromoFor)}</label>
                    <select id="cart-code-item" on:change=move |ev| code_item.set(event_target_value(&ev).parse().unwrap_or(0))>
                        {move || (0..cart.count()).map(|i| view! {
                            <option value=i.to_string() selected=move || code_item.get() == i>{format!("{}. {}", i + 1, item_label(i))}</option>
                        }).collect_view()}
                    </select>
                    <button type="submit" class="button">{i18n.t(ShopMsg::Apply)}</button>
                </form>
                {verdicts}
                {totals}
                <ErrorNotice error/>
                <button type="button" class="button primary" on:click=place
                    disabled=move || checkout.pending().get() || cart.count() == 0 || org.get().is_none()>
                    {i18n.t(ShopMsg::Order)}
                </button>
            </div>
        }.into_any()
    };

    view! {
        <ShopFrame>
            <h1>{i18n.t(ShopMsg::CartTitle)}</h1>
            {confirmation}
            {items_view}
            <Show when=move || { cart.count() > 0 }>
                {move || if signed_in() { order_form().into_any() } else { signed_out_view().into_any() }}
            </Show>
            // The empty cart says it with its own link back.
            <Show when=move || { cart.count() > 0 }>
                <p><A href="/shop">{i18n.t(ShopMsg::BackToShop)}</A></p>
            </Show>
        </ShopFrame>
    }
}
