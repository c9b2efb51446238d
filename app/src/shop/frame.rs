//! The frame of the shop's pages, open to signed-out visitors: the brand, the way back
//! to the console when signed in, the cart with its count, the language.

use domain::i18n::ShopMsg;
use domain::Msg;
use leptos::prelude::*;
use leptos_router::components::A;

use super::cart::use_cart;
use crate::i18n::use_i18n;
use crate::session::use_session;
use crate::shell::LanguageSwitch;

#[component]
pub fn ShopFrame(children: Children) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let cart = use_cart();
    let signed_in = move || session.me.with(Option::is_some);
    view! {
        <a class="skip-link" href="#main">{i18n.t(Msg::SkipToContent)}</a>
        <header class="topbar shop-top">
            <A href=move || if signed_in() { "/".to_string() } else { "/sign-in".to_string() } attr:class="brand">
                {i18n.t(Msg::AppName)}
            </A>
            <nav class="shop-nav" aria-label=i18n.t(ShopMsg::Title)>
                <A href="/shop">{i18n.t(ShopMsg::Title)}</A>
                <A href="/shop/cart">{move || i18n.fill(ShopMsg::CartLink, &[("count", &cart.count().to_string())])}</A>
            </nav>
            <div class="topbar-end"><LanguageSwitch/></div>
        </header>
        <main id="main" class="page shop">{children()}</main>
    }
}
