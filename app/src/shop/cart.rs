//! The cart, kept in the browser's local storage so it survives signing up (BIL-1,
//! ACC-1): one item a line, `offer<TAB>name<TAB>quantity` (no JSON library in the first
//! load). A context signal holds it for the header's count and the shop's pages.

use domain::shop::{CartItem, MAX_ITEMS};
use leptos::prelude::*;

const KEY: &str = "orga.cart";
const NEXT_KEY: &str = "orga.next";

fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

/// The cart of this browser.
#[derive(Clone, Copy)]
pub struct Cart(pub RwSignal<Vec<CartItem>>);

impl Cart {
    /// Reads the stored cart and provides it to every page.
    pub fn provide() -> Cart {
        let cart = Cart(RwSignal::new(load()));
        provide_context(cart);
        cart
    }

    pub fn count(self) -> usize {
        self.0.with(Vec::len)
    }

    pub fn add_item(self, item: CartItem) -> bool {
        let mut added = false;
        self.0.update(|items| {
            if items.len() < MAX_ITEMS {
                items.push(item);
                added = true;
            }
        });
        save(&self.0.get_untracked());
        added
    }

    pub fn remove(self, index: usize) {
        self.0.update(|items| {
            if index < items.len() {
                items.remove(index);
            }
        });
        save(&self.0.get_untracked());
    }

    pub fn clear(self) {
        self.0.set(Vec::new());
        save(&[]);
    }
}

pub fn use_cart() -> Cart {
    use_context::<Cart>().expect("the cart is provided by the app")
}

fn clean(s: &str) -> String {
    s.chars().filter(|c| !c.is_control()).collect()
}

fn load() -> Vec<CartItem> {
    let text = storage().and_then(|s| s.get_item(KEY).ok().flatten()).unwrap_or_default();
    text.lines()
        .filter_map(|line| {
            let mut parts = line.split('\t');
            let offer = parts.next()?.to_string();
            let name = parts.next()?.to_string();
            let quantity = parts.next()?.parse().ok()?;
            Some(CartItem { offer, name, quantity })
        })
        .take(MAX_ITEMS)
        .collect()
}

fn save(items: &[CartItem]) {
    let text = items
        .iter()
        .map(|i| format!("{}\t{}\t{}", clean(&i.offer), clean(&i.name), i.quantity))
        .collect::<Vec<_>>()
        .join("\n");
    if let Some(s) = storage() {
        let _ = s.set_item(KEY, &text);
    }
}

/// Remembers the page to come back to after signing up or in (`?next=` of the address,
/// a path of this site only), across the tab the emailed confirmation link opens.
pub fn remember_next() {
    let search = window().location().search().unwrap_or_default();
    let next = web_sys::UrlSearchParams::new_with_str(&search).ok().and_then(|p| p.get("next"));
    if let (Some(next), Some(s)) = (next.filter(|n| domain::shop::is_same_site_path(n)), storage()) {
        let _ = s.set_item(NEXT_KEY, &next);
    }
}

/// The page remembered by [`remember_next`], once.
pub fn take_next() -> Option<String> {
    let s = storage()?;
    let next = s.get_item(NEXT_KEY).ok().flatten();
    let _ = s.remove_item(NEXT_KEY);
    next.filter(|n| domain::shop::is_same_site_path(n))
}
