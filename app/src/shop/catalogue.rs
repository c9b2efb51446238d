//! The catalogue (`/shop`, BIL-1): domains by name, the other offers by category, prices
//! in CHF or EUR (VAT excluded); "Add to cart" keeps the item in the browser.

use domain::billing::offer_by_id;
use domain::i18n::ShopMsg;
use domain::product::{Category, ProductKind};
use domain::shop::{category_label, offer_label, CartItem, DomainName};
use domain::{Currency, Msg};
use leptos::prelude::*;
use leptos_router::components::A;

use super::api::{shop_catalogue, OfferView};
use super::cart::use_cart;
use super::frame::ShopFrame;
use crate::i18n::use_i18n;
use crate::session::use_session;
use crate::shell::{use_title, SuccessNotice};

fn price(o: &OfferView, currency: Currency) -> i64 {
    match currency {
        Currency::Chf => o.chf_minor,
        Currency::Eur => o.eur_minor,
    }
}

#[component]
pub fn ShopPage() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let cart = use_cart();
    use_title(move || i18n.t(ShopMsg::Title)().to_string());
    let offers = LocalResource::new(shop_catalogue);
    let from_country = session.me.with_untracked(|me| {
        me.as_ref().and_then(|m| m.country.clone()).map(|c| domain::currency_for(&c)).unwrap_or(Currency::Eur)
    });
    let currency = RwSignal::new(from_country);
    let added = RwSignal::new(None::<String>);
    let domain_name = RwSignal::new(String::new());
    let domain_error = RwSignal::new(None::<&'static str>);

    let add = move |item: CartItem| {
        if cart.add_item(item) {
            added.set(Some(i18n.t(ShopMsg::Added)().to_string()));
        }
    };
    let add_domain = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match DomainName::parse(&domain_name.get_untracked()) {
            Ok(name) => {
                domain_error.set(None);
                domain_name.set(String::new());
                add(CartItem { offer: name.offer().id.into(), name: name.as_str().into(), quantity: 1 });
            }
            Err(e) => domain_error.set(Some(e.msg().text(i18n.lang()))),
        }
    };
    let money = move |minor: i64| currency.get().format_minor(minor, i18n.lang());

    let category_view = move |category: Category, all: &[OfferView]| {
        let offers: Vec<OfferView> =
            all.iter().filter(|o| o.category == category && o.kind != ProductKind::Domain).cloned().collect();
        (!offers.is_empty()).then(|| {
            view! {
                <section class="shop-category">
                    <h2>{i18n.t(category_label(category))}</h2>
                    <ul class="offer-list">
                        {offers.into_iter().map(|o| {
                            let id = o.id.clone();
                            let label = move || offer_by_id(&id).map(|off| offer_label(off, i18n.lang())).unwrap_or_default();
                            let label_again = label.clone();
                            let id = o.id.clone();
                            view! {
                                <li class="offer card">
                                    <h3>{label}</h3>
                                    <p class="price">{move || money(price(&o, currency.get()))} " "
                                        <span class="muted">{i18n.t(ShopMsg::PerYear)}</span></p>
                                    <button type="button" class="button"
                                        aria-label=move || format!("{} — {}", i18n.t(ShopMsg::Add)(), label_again())
                                        on:click=move |_| add(CartItem { offer: id.clone(), name: String::new(), quantity: 1 })>
                                        {i18n.t(ShopMsg::Add)}
                                    </button>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                </section>
            }
        })
    };

    view! {
        <ShopFrame>
            <h1>{i18n.t(ShopMsg::Title)}</h1>
            <fieldset class="currency-toggle">
                <legend>{i18n.t(ShopMsg::ShowPricesIn)}</legend>
                {Currency::ALL.into_iter().map(|c| view! {
                    <label><input type="radio" name="currency" value=c.code()
                        checked=move || currency.get() == c
                        on:change=move |_| currency.set(c)/>" " {c.code()}</label>
                }).collect_view()}
            </fieldset>
            <SuccessNotice message=added/>
            <p><A href="/shop/cart">{i18n.t(ShopMsg::GoToCart)}</A></p>
            <section class="shop-category">
                <h2>{i18n.t(ShopMsg::KindDomain)}</h2>
                <form class="domain-form" on:submit=add_domain novalidate=true>
                    <label for="shop-domain">{i18n.t(ShopMsg::DomainLabel)}</label>
                    <input id="shop-domain" type="text" maxlength="80" autocomplete="off" spellcheck="false"
                        placeholder=i18n.t(ShopMsg::DomainPlaceholder)
                        aria-invalid=move || domain_error.get().is_some().then_some("true")
                        aria-describedby="shop-domain-error"
                        prop:value=move || domain_name.get()
                        on:input=move |ev| domain_name.set(event_target_value(&ev))/>
                    <p id="shop-domain-error" class="field-error">{move || domain_error.get()}</p>
                    <button type="submit" class="button primary">{i18n.t(ShopMsg::Add)}</button>
                </form>
                {move || offers.get().and_then(Result::ok).map(|all| {
                    let domains: Vec<OfferView> = all.into_iter().filter(|o| o.kind == ProductKind::Domain).collect();
                    view! {
                        <ul class="extension-prices">
                            {domains.into_iter().map(|o| {
                                let ext = format!(".{}", o.id.trim_start_matches("domain_"));
                                view! { <li>{ext} " " {move || money(price(&o, currency.get()))}</li> }
                            }).collect_view()}
                        </ul>
                    }
                })}
            </section>
            {move || match offers.get() {
                None => view! { <p class="loading" role="status">{i18n.t(Msg::Loading)}</p> }.into_any(),
                Some(Err(e)) => view! { <p class="notice error" role="alert">{e.message(i18n.lang())}</p> }.into_any(),
                Some(Ok(all)) => Category::ALL.into_iter().map(|c| category_view(c, &all)).collect_view().into_any(),
            }}
        </ShopFrame>
    }
}
