//! The browser's languages other than English, fetched when needed (`lazy_languages`):
//! the client is built with the English text only, and installs a language's table (made
//! by [`super::table`] on the server, from this same catalogue) before it shows anything
//! in that language. A text whose table is not there falls back to English.

use std::cell::RefCell;
use std::collections::HashMap;

use super::Lang;

type Table = HashMap<String, Vec<&'static str>>;

thread_local! {
    static TABLES: RefCell<HashMap<Lang, Table>> = RefCell::new(HashMap::new());
}

/// The text at `index` of `part` in `lang`, once its table is installed.
pub fn text(part: &str, index: usize, lang: Lang) -> Option<&'static str> {
    TABLES.with(|t| t.borrow().get(&lang)?.get(part)?.get(index).copied())
}

/// Whether `lang` can be shown now (English always can).
pub fn is_installed(lang: Lang) -> bool {
    lang == Lang::En || TABLES.with(|t| t.borrow().contains_key(&lang))
}

/// Keeps `lang`'s table for the life of the page (each language is fetched once).
pub fn install(lang: Lang, table: HashMap<String, Vec<String>>) {
    let kept: Table = table
        .into_iter()
        .map(|(part, texts)| (part, texts.into_iter().map(|s| &*Box::leak(s.into_boxed_str())).collect()))
        .collect();
    TABLES.with(|t| t.borrow_mut().insert(lang, kept));
}
