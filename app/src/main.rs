//! Entry point of the wasm client.

fn main() {
    console_error_panic_hook::set_once();
    // The first language's text comes first, then the console (see `app::i18n`).
    wasm_bindgen_futures::spawn_local(async {
        app::i18n::preload().await;
        leptos::mount::mount_to_body(app::App);
    });
}
