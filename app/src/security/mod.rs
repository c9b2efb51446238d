//! The security page (`/security`, SEC-1…3): two-factor methods, backup codes, turning
//! 2FA off; and the banner every signed-in page shows when a sign-in waits for this
//! person's approval (push).

pub mod api;
#[cfg(feature = "ui")]
mod approve;
#[cfg(feature = "ui")]
mod backup_codes;
#[cfg(feature = "ui")]
mod methods;
#[cfg(feature = "ui")]
pub mod page;
#[cfg(feature = "ui")]
mod turn_off;

#[cfg(feature = "ui")]
pub use approve::ApprovalBanner;

#[cfg(feature = "ui")]
lazy_area!(
    /// The security page.
    SecurityArea,
    page::SecurityPage
);

#[cfg(feature = "ui")]
mod js {
    use wasm_bindgen::prelude::*;

    #[wasm_bindgen]
    extern "C" {
        #[wasm_bindgen(js_name = Date)]
        pub type JsDate;
        #[wasm_bindgen(constructor, js_class = "Date")]
        pub fn new(ms: f64) -> JsDate;
        #[wasm_bindgen(method, catch, js_class = "Date", js_name = toLocaleString)]
        pub fn to_locale_string(this: &JsDate, locale: &str, options: &JsValue) -> Result<String, JsValue>;
    }
}

/// A time in the person's language and time zone (the browser's when none is set or the
/// browser does not know it).
#[cfg(feature = "ui")]
pub(crate) fn local_time(ms: i64, lang: domain::Lang, time_zone: Option<String>) -> String {
    use wasm_bindgen::JsValue;
    let date = js::JsDate::new(ms as f64);
    let options = |zone: Option<&str>| {
        let options = js_sys::Object::new();
        let set = |k: &str, v: &str| js_sys::Reflect::set(&options, &JsValue::from_str(k), &JsValue::from_str(v));
        let _ = set("dateStyle", "medium");
        let _ = set("timeStyle", "short");
        if let Some(zone) = zone {
            let _ = set("timeZone", zone);
        }
        JsValue::from(options)
    };
    time_zone
        .and_then(|zone| date.to_locale_string(lang.code(), &options(Some(&zone))).ok())
        .or_else(|| date.to_locale_string(lang.code(), &options(None)).ok())
        .unwrap_or_default()
}
