//! A modal dialog: labelled by its title, focus moves into it when it opens, Tab
//! stays inside, Escape closes it, and focus returns to what opened it.

use leptos::ev::KeyboardEvent;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

const FOCUSABLE: &str = "input:not([disabled]), select:not([disabled]), button:not([disabled]), a[href], textarea";

#[component]
pub fn Dialog(
    /// The id of the dialog, its title gets `<id>-title`.
    id: &'static str,
    /// The title, shown as the dialog's heading and accessible name.
    title: Signal<String>,
    on_close: Callback<()>,
    /// Where focus goes back when the element that opened the dialog is gone (a menu
    /// item of a menu that closed): the id of a lasting element, such as the menu's button.
    #[prop(optional, into)]
    return_to: Option<String>,
    children: Children,
) -> impl IntoView {
    let frame = NodeRef::<leptos::html::Div>::new();
    let opener = document().active_element().and_then(|e| e.dyn_into::<HtmlElement>().ok());
    let opener = send_wrapper::SendWrapper::new(opener);
    on_cleanup(move || {
        // The opener may be gone (a menu item of a menu that closed): focus then rests
        // on <body>, which is no place to return to.
        let body = document().body();
        let opener = opener.take().filter(|el| el.is_connected() && body.as_ref().is_none_or(|b| b != el));
        match (opener, return_to) {
            (Some(el), _) => {
                let _ = el.focus();
            }
            (None, Some(id)) => request_animation_frame(move || {
                if let Some(el) = document().get_element_by_id(&id).and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
                    let _ = el.focus();
                }
            }),
            (None, None) => {}
        }
    });
    let focusables = move || -> Vec<HtmlElement> {
        let Some(frame) = frame.get_untracked() else { return Vec::new() };
        let Ok(list) = frame.query_selector_all(FOCUSABLE) else { return Vec::new() };
        (0..list.length()).filter_map(|i| list.item(i)?.dyn_into::<HtmlElement>().ok()).collect()
    };
    request_animation_frame(move || {
        if let Some(first) = focusables().into_iter().next() {
            let _ = first.focus();
        }
    });
    let on_key = move |ev: KeyboardEvent| match ev.key().as_str() {
        "Escape" => on_close.run(()),
        "Tab" => {
            let items = focusables();
            let (Some(first), Some(last)) = (items.first(), items.last()) else { return };
            let active = document().active_element();
            let is = |el: &HtmlElement| active.as_ref().is_some_and(|a| a == el.unchecked_ref::<web_sys::Element>());
            if ev.shift_key() && is(first) {
                ev.prevent_default();
                let _ = last.focus();
            } else if !ev.shift_key() && is(last) {
                ev.prevent_default();
                let _ = first.focus();
            }
        }
        _ => {}
    };
    let title_id = format!("{id}-title");
    let labelled_by = title_id.clone();
    view! {
        <div class="dialog-backdrop">
            <div class="dialog" id=id role="dialog" aria-modal="true" aria-labelledby=labelled_by
                node_ref=frame on:keydown=on_key>
                <h2 id=title_id>{title}</h2>
                {children()}
            </div>
        </div>
    }
}
