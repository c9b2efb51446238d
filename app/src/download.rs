//! Hands text or bytes to the browser as a downloaded file (the audit log's CSV, backup
//! codes, invoice PDFs):
//! a `Blob`, an object URL on a hidden link clicked once, the URL released a minute later.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_name = Blob)]
    type JsBlob;
    #[wasm_bindgen(constructor, js_class = "Blob")]
    fn new(parts: Vec<JsValue>) -> JsBlob;
    #[wasm_bindgen(js_namespace = URL, js_name = createObjectURL)]
    fn create_object_url(blob: &JsBlob) -> String;
    #[wasm_bindgen(js_namespace = URL, js_name = revokeObjectURL)]
    fn revoke_object_url(url: &str);
}

/// Saves `parts`, one after the other, as the file `filename`.
pub fn download(filename: &str, parts: &[&str]) {
    save(filename, JsBlob::new(parts.iter().map(|p| JsValue::from_str(p)).collect()));
}

/// Saves `bytes` (a PDF) as the file `filename`.
pub fn download_bytes(filename: &str, bytes: &[u8]) {
    save(filename, JsBlob::new(vec![js_sys::Uint8Array::from(bytes).into()]));
}

fn save(filename: &str, blob: JsBlob) {
    let url = create_object_url(&blob);
    let document = document();
    if let Ok(link) = document.create_element("a") {
        let _ = link.set_attribute("href", &url);
        let _ = link.set_attribute("download", filename);
        let _ = link.set_attribute("hidden", "");
        if let Some(body) = document.body() {
            let _ = body.append_child(&link);
            if let Ok(link) = link.clone().dyn_into::<web_sys::HtmlElement>() {
                link.click();
            }
            link.remove();
        }
    }
    set_timeout(move || revoke_object_url(&url), std::time::Duration::from_secs(60));
}
