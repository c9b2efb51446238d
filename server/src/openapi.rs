//! The OpenAPI 3.1 document of the HTTP API (EMB-2), generated when the server starts
//! from what it really answers: every registered server function (its path, whether it
//! needs a caller), which ways in reach it (session, app password, API key, each
//! widget's token, from `domain::embed`), the shared error shape, and the description
//! docs/API.md gives it (compiled in). Served at `/api/openapi.json`, with a readable
//! reference at `/api/docs`. A test compares the served document with the registered
//! endpoints both ways.

use domain::embed::{api_key_reaches, Widget, API_KEY_ENDPOINTS};
use serde_json::{json, Map, Value};

const API_MD: &str = include_str!("../../docs/API.md");

/// One registered endpoint: `/api/<area>/<name>` and whether it answers anyone.
pub struct Operation {
    pub path: &'static str,
    pub public: bool,
}

/// The description docs/API.md gives `endpoint` (`area/name`): the text after
/// `` `POST /api/area/name` — `` up to the end of that list item.
fn described(endpoint: &str) -> Option<String> {
    let marker = format!("`POST /api/{endpoint}`");
    let at = API_MD.find(&marker)?;
    let rest = &API_MD[at + marker.len()..];
    let item: Vec<&str> = rest
        .lines()
        .take_while(|l| !l.is_empty())
        .enumerate()
        .take_while(|(i, l)| *i == 0 || !(l.starts_with("- ") || l.starts_with('#')))
        .map(|(_, l)| l.trim())
        .collect();
    let text = item.join(" ");
    let text = text.trim_start_matches([' ', '—', '-']).trim();
    (!text.is_empty()).then(|| text.to_string())
}

pub fn document(operations: &[Operation], server_url: &str) -> Value {
    let mut paths = Map::new();
    let mut sorted: Vec<&Operation> = operations.iter().collect();
    sorted.sort_by_key(|o| o.path);
    for op in sorted {
        let endpoint = op.path.trim_start_matches("/api/");
        let area = endpoint.split('/').next().unwrap_or(endpoint);
        let widgets: Vec<&str> =
            Widget::ALL.into_iter().filter(|w| w.endpoints().contains(&endpoint)).map(Widget::as_str).collect();
        let mut security = Vec::new();
        if op.public {
            security.push(json!({}));
        } else if endpoint != "embed/mint_token" && endpoint != "embed/session" {
            security.push(json!({ "session": [] }));
            security.push(json!({ "appPassword": [] }));
        }
        if api_key_reaches(endpoint) {
            security.push(json!({ "apiKey": [] }));
        }
        if !widgets.is_empty() {
            security.push(json!({ "widgetToken": widgets }));
        }
        let description = described(endpoint).unwrap_or_default();
        let summary: String = description.split(". ").next().unwrap_or("").chars().take(120).collect();
        paths.insert(
            op.path.to_string(),
            json!({
                "post": {
                    "operationId": endpoint.replace('/', "_"),
                    "tags": [area],
                    "summary": if summary.is_empty() { endpoint.to_string() } else { summary },
                    "description": description,
                    "security": security,
                    "requestBody": {
                        "required": true,
                        "content": { "application/json": { "schema": { "type": "object" } } }
                    },
                    "responses": {
                        "200": { "description": "The function's answer, as JSON.",
                                 "content": { "application/json": { "schema": {} } } },
                        "4XX": { "$ref": "#/components/responses/Refused" },
                        "503": { "$ref": "#/components/responses/Overloaded" }
                    }
                }
            }),
        );
    }
    json!({
        "openapi": "3.1.0",
        "info": {
            "title": "Orga HTTP API",
            "version": env!("CARGO_PKG_VERSION"),
            "description": "Every capability of the Orga console is a server function: POST, a JSON object of \
                its arguments, a JSON answer. The same domain rules as the console apply to every caller. \
                Rate limits answer 429 with Retry-After; an overloaded server answers 503 with Retry-After. \
                API keys reach only the functions listed under `x-api-key-endpoints`, acting as the member who \
                created them, in their organization; widget tokens reach only their widgets' functions.",
        },
        "servers": [{ "url": server_url }],
        "paths": paths,
        "x-api-key-endpoints": API_KEY_ENDPOINTS,
        "components": {
            "securitySchemes": {
                "session": { "type": "apiKey", "in": "cookie", "name": "__Host-orga_session",
                             "description": "The console's session (orga_session over plain http on 127.0.0.1)." },
                "appPassword": { "type": "http", "scheme": "basic",
                                 "description": "login email : app password (SEC-4); not for the account's security." },
                "apiKey": { "type": "http", "scheme": "bearer", "bearerFormat": "orga_key_…",
                            "description": "An organization's API key (EMB-2), created in its settings." },
                "widgetToken": { "type": "http", "scheme": "bearer", "bearerFormat": "orga_wt_…",
                                 "description": "A widget token minted with embed/mint_token (EMB-1); scopes are widget names." }
            },
            "schemas": {
                "Error": {
                    "type": "object",
                    "required": ["error"],
                    "properties": {
                        "error": { "type": "string", "description": "The code: see docs/API.md, Errors." },
                        "reason": { "type": "string" },
                        "field": { "type": "string" },
                        "retry_after_seconds": { "type": "integer" }
                    }
                }
            },
            "responses": {
                "Refused": { "description": "Refused: the body says why (`error`, and `reason` or `field`).",
                             "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } } },
                "Overloaded": { "description": "Too busy: retry after the Retry-After header's seconds.",
                                "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } } }
            }
        }
    })
}

/// The readable reference: one section per endpoint, from the same document.
pub fn reference_page(doc: &Value) -> String {
    fn escape(s: &str) -> String {
        s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
    }
    let mut body = String::new();
    if let Some(paths) = doc["paths"].as_object() {
        for (path, item) in paths {
            let op = &item["post"];
            let ways: Vec<String> = op["security"]
                .as_array()
                .map(|a| {
                    a.iter()
                        .filter_map(|s| s.as_object())
                        .map(|s| {
                            if s.is_empty() {
                                "anyone".to_string()
                            } else {
                                s.keys().cloned().collect::<Vec<_>>().join(", ")
                            }
                        })
                        .collect()
                })
                .unwrap_or_default();
            body.push_str(&format!(
                "<section id=\"{id}\"><h2><code>POST {path}</code></h2><p>{desc}</p><p class=\"ways\">Callers: {ways}</p></section>\n",
                id = escape(op["operationId"].as_str().unwrap_or("")),
                path = escape(path),
                desc = escape(op["description"].as_str().unwrap_or("")),
                ways = escape(&ways.join(" · ")),
            ));
        }
    }
    format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" \
         content=\"width=device-width, initial-scale=1\"><title>Orga HTTP API</title></head><body>\
         <main><h1>Orga HTTP API</h1><p>{intro}</p><p><a href=\"/api/openapi.json\">OpenAPI 3.1 document (JSON)</a></p>\
         {body}</main></body></html>",
        intro = escape(doc["info"]["description"].as_str().unwrap_or("")),
    )
}

#[cfg(test)]
mod tests {
    use super::described;

    #[test]
    fn descriptions_come_from_the_api_reference() {
        let text = described("members/change_role").unwrap();
        assert!(text.contains("legal representative"), "{text}");
        assert!(described("nothing/here").is_none());
    }
}
