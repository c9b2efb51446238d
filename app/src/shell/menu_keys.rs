//! Keyboard use of the action menus: arrow keys move between items, Home and End
//! jump, Escape closes and gives focus back to the button that opened the menu.

use leptos::ev::KeyboardEvent;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

const ITEMS: &str = "[role^='menuitem']:not([disabled])";

fn items(anchor: &Element) -> Vec<HtmlElement> {
    let Ok(list) = anchor.query_selector_all(ITEMS) else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.item(i)?.dyn_into::<HtmlElement>().ok()).collect()
}

/// Moves focus to the first item once the menu is on screen.
pub fn focus_first_item(anchor: NodeRef<leptos::html::Div>) {
    request_animation_frame(move || {
        if let Some(first) = anchor.get_untracked().and_then(|a| items(&a).into_iter().next()) {
            let _ = first.focus();
        }
    });
}

/// Handles a key pressed inside a menu anchor; `close` hides the menu.
pub fn on_menu_key(ev: &KeyboardEvent, anchor: NodeRef<leptos::html::Div>, close: impl Fn()) {
    let Some(anchor) = anchor.get_untracked() else { return };
    let key = ev.key();
    if key == "Escape" {
        close();
        if let Ok(Some(button)) = anchor.query_selector("[aria-haspopup]") {
            if let Ok(button) = button.dyn_into::<HtmlElement>() {
                let _ = button.focus();
            }
        }
        return;
    }
    let list = items(&anchor);
    if list.is_empty() || !matches!(key.as_str(), "ArrowDown" | "ArrowUp" | "Home" | "End") {
        return;
    }
    ev.prevent_default();
    let active = document().active_element();
    let at = list.iter().position(|item| active.as_ref().is_some_and(|a| a == item.unchecked_ref::<Element>()));
    let last = list.len() - 1;
    let next = match (key.as_str(), at) {
        ("Home", _) | ("ArrowDown", None) => 0,
        ("End", _) | ("ArrowUp", None) => last,
        ("ArrowDown", Some(i)) => {
            if i == last {
                0
            } else {
                i + 1
            }
        }
        ("ArrowUp", Some(i)) => {
            if i == 0 {
                last
            } else {
                i - 1
            }
        }
        _ => 0,
    };
    let _ = list[next].focus();
}
