//! Dates and times as the user reads them (ACC-8): in their language and in the time
//! zone of their profile (the browser's when they chose none), by the browser's own
//! `Intl` data, so the client ships no time-zone database. Every page that shows a time
//! goes through here.

use domain::Lang;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;

use crate::i18n::use_i18n;
use crate::session::use_session;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_name = Date)]
    type JsDate;
    #[wasm_bindgen(constructor, js_class = "Date")]
    fn new(ms: f64) -> JsDate;
    // A zone the browser does not know throws a RangeError: caught, then the browser's zone.
    #[wasm_bindgen(catch, method, js_class = "Date", js_name = toLocaleString)]
    fn to_locale_string(this: &JsDate, locale: &str, options: &JsValue) -> Result<String, JsValue>;
    #[wasm_bindgen(method, js_class = "Date", js_name = toISOString)]
    fn to_iso_string(this: &JsDate) -> String;
}

/// What to show of an instant.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shown {
    /// `22 November 2026, 14:05`
    DateTime,
    /// `22 Nov 2026, 14:05 CET`: where the zone matters (sign-ins, sessions).
    DateTimeWithZone,
    /// `22 November 2026`
    Date,
}

fn options(shown: Shown, zone: Option<&str>) -> JsValue {
    let o = js_sys::Object::new();
    let set = |k: &str, v: &str| {
        let _ = js_sys::Reflect::set(&o, &k.into(), &v.into());
    };
    match shown {
        // Field by field: `dateStyle` may not be combined with `timeZoneName`.
        Shown::DateTimeWithZone => {
            for (key, value) in [
                ("year", "numeric"),
                ("month", "short"),
                ("day", "numeric"),
                ("hour", "2-digit"),
                ("minute", "2-digit"),
                ("timeZoneName", "short"),
            ] {
                set(key, value);
            }
        }
        Shown::DateTime => {
            set("dateStyle", "long");
            set("timeStyle", "short");
        }
        Shown::Date => set("dateStyle", "long"),
    }
    if let Some(zone) = zone {
        set("timeZone", zone);
    }
    o.into()
}

/// `ms` (Unix time in milliseconds) in `lang`, in `zone` (IANA) or the browser's.
pub fn format(ms: i64, lang: Lang, zone: Option<&str>, shown: Shown) -> String {
    let date = JsDate::new(ms as f64);
    date.to_locale_string(lang.code(), &options(shown, zone))
        .or_else(|_| date.to_locale_string(lang.code(), &options(shown, None)))
        .unwrap_or_else(|_| date.to_iso_string())
}

/// The instant as ISO 8601, for `<time datetime>`.
pub fn iso(ms: i64) -> String {
    JsDate::new(ms as f64).to_iso_string()
}

/// The browser's own time zone (`Intl.DateTimeFormat().resolvedOptions().timeZone`).
pub fn browser_time_zone() -> Option<String> {
    let format = js_sys::Intl::DateTimeFormat::new(&js_sys::Array::new(), &js_sys::Object::new());
    let zone = js_sys::Reflect::get(&format.resolved_options(), &"timeZone".into()).ok()?;
    zone.as_string()
}

/// Every time zone the browser knows (`Intl.supportedValuesOf('timeZone')`).
pub fn supported_time_zones() -> Vec<String> {
    let Ok(intl) = js_sys::Reflect::get(&js_sys::global(), &"Intl".into()) else { return Vec::new() };
    let Ok(f) = js_sys::Reflect::get(&intl, &"supportedValuesOf".into()) else { return Vec::new() };
    let Ok(f) = f.dyn_into::<js_sys::Function>() else { return Vec::new() };
    match f.call1(&intl, &"timeZone".into()) {
        Ok(list) => js_sys::Array::from(&list).iter().filter_map(|v| v.as_string()).collect(),
        Err(_) => Vec::new(),
    }
}

/// A reactive formatter in the signed-in user's language and time zone.
pub fn use_dates() -> impl Fn(i64, Shown) -> String + Copy + Send + Sync + 'static {
    let i18n = use_i18n();
    let session = use_session();
    move |ms, shown| {
        let zone = session.me.with(|m| m.as_ref().and_then(|m| m.time_zone.clone()));
        format(ms, i18n.lang(), zone.as_deref(), shown)
    }
}
