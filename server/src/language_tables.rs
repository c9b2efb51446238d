//! `GET /i18n/<lang>.json`: one language's whole catalogue for the browser, which
//! is built with English only (`domain`'s `lazy_languages`) and fetches the language it
//! shows before showing it. Made once from `domain::i18n::table`, the same catalogue the
//! server's emails use; revalidated by its ETag (a SHA-256 of the table), compressed.

use std::sync::OnceLock;

use axum::extract::Path;
use axum::response::{IntoResponse, Response};
use base64::Engine;
use domain::Lang;
use http::header::{CONTENT_TYPE, ETAG, IF_NONE_MATCH};
use http::{HeaderMap, HeaderValue, StatusCode};
use sha2::{Digest, Sha256};

struct Served {
    body: Vec<u8>,
    etag: HeaderValue,
}

fn served(lang: Lang) -> &'static Served {
    static TABLES: OnceLock<Vec<(Lang, Served)>> = OnceLock::new();
    let all = TABLES.get_or_init(|| {
        Lang::ALL
            .into_iter()
            .map(|lang| {
                let table: serde_json::Map<String, serde_json::Value> = domain::i18n::table(lang)
                    .into_iter()
                    .map(|(part, texts)| (part.to_string(), texts.into()))
                    .collect();
                let body = serde_json::to_vec(&table).unwrap_or_default();
                let hash = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(&Sha256::digest(&body)[..12]);
                let etag = HeaderValue::from_str(&format!("\"{hash}\"")).unwrap_or(HeaderValue::from_static("\"\""));
                (lang, Served { body, etag })
            })
            .collect()
    });
    &all.iter().find(|(l, _)| *l == lang).unwrap_or(&all[0]).1
}

pub async fn serve(Path(file): Path<String>, headers: HeaderMap) -> Response {
    let Some(lang) = file.strip_suffix(".json").and_then(|code| Lang::ALL.into_iter().find(|l| l.code() == code))
    else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let table = served(lang);
    if headers.get(IF_NONE_MATCH) == Some(&table.etag) {
        return (StatusCode::NOT_MODIFIED, [(ETAG, table.etag.clone())]).into_response();
    }
    let json = HeaderValue::from_static("application/json");
    (StatusCode::OK, [(CONTENT_TYPE, json), (ETAG, table.etag.clone())], table.body.clone()).into_response()
}
