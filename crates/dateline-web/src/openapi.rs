//! `GET /api/openapi.json`: the read API described as OpenAPI 3.1, for partners and their
//! tools, and for CI, where a property-based tester (schemathesis) checks the served API
//! against it.
//!
//! The description is written by hand in `openapi.json` beside this file, so it reads as
//! documentation; what depends on the site is filled in once at start: the public address
//! (`servers`) and the codes of this site's editions (a fifth edition appears in it without
//! editing the file). It is then served from memory with an entity tag and precompressed
//! variants, like a cached page.
//!
//! Only the read API is described here. The newsroom's API (`/api/v1/admin/...`) is for the
//! agency's own tools and is not part of this document.

use std::sync::Arc;

use axum::body::Body;
use axum::extract::State;
use axum::http::{HeaderMap, Response};
use bytes::Bytes;

use crate::cache::CachedPage;
use crate::AppState;

/// The IANA-registered media type of an OpenAPI document in JSON.
pub const CONTENT_TYPE: &str = "application/vnd.oai.openapi+json;version=3.1";

/// The description changes only with a new release (or a new edition, which needs a restart):
/// an hour in caches, then revalidated with its entity tag.
const CACHE_CONTROL: &str = "public, max-age=3600";

/// The document with two placeholders: `"$BASE_URL"` and `["$EDITIONS"]`.
const TEMPLATE: &str = include_str!("openapi.json");

/// The document for a site at `base_url` with these editions, as served. The placeholders
/// are replaced as text, so the document keeps the order and layout it was written in.
pub fn document(base_url: &str, editions: &[&str]) -> String {
    let base_url = serde_json::to_string(base_url.trim_end_matches('/'));
    let editions = serde_json::to_string(editions);
    TEMPLATE
        .replacen("\"$BASE_URL\"", &base_url.expect("a string serialises"), 1)
        .replacen("[\"$EDITIONS\"]", &editions.expect("strings serialise"), 1)
}

/// The document as served: with its entity tag and compressed variants.
pub fn page(base_url: &str, editions: &[&str]) -> CachedPage {
    let body = Bytes::from(document(base_url, editions));
    CachedPage::compressed(CONTENT_TYPE, CACHE_CONTROL, body, 0)
}

pub async fn serve(State(state): State<Arc<AppState>>, headers: HeaderMap) -> Response<Body> {
    crate::serve::page_response(&state.openapi, &headers)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    /// Every `$ref` in the document points at something in it.
    fn refs_resolve(doc: &Value, node: &Value) {
        match node {
            Value::Object(map) => {
                if let Some(Value::String(r)) = map.get("$ref") {
                    let pointer = r.strip_prefix('#').expect("local reference");
                    assert!(doc.pointer(pointer).is_some(), "{r} resolves to nothing");
                }
                map.values().for_each(|v| refs_resolve(doc, v));
            }
            Value::Array(items) => items.iter().for_each(|v| refs_resolve(doc, v)),
            _ => {}
        }
    }

    fn parsed(base_url: &str, editions: &[&str]) -> Value {
        serde_json::from_str(&document(base_url, editions)).expect("the document is JSON")
    }

    #[test]
    fn the_site_is_filled_in_and_every_reference_resolves() {
        let doc = parsed("https://news.example.org/", &["it", "en", "es", "zh", "fr"]);
        assert_eq!(doc["openapi"], "3.1.0");
        assert_eq!(doc["servers"][0]["url"], "https://news.example.org");
        assert_eq!(
            doc["components"]["schemas"]["Edition"]["enum"],
            serde_json::json!(["it", "en", "es", "zh", "fr"])
        );
        refs_resolve(&doc, &doc);
    }

    #[test]
    fn only_the_read_api_is_described() {
        let doc = parsed("http://127.0.0.1:8080", &["en"]);
        let mut paths: Vec<&String> = doc["paths"].as_object().unwrap().keys().collect();
        paths.sort();
        assert_eq!(
            paths,
            [
                "/api/v1/articles",
                "/api/v1/articles/{id}",
                "/api/v1/articles/{id}/related",
                "/api/v1/search"
            ]
        );
        for (path, item) in doc["paths"].as_object().unwrap() {
            let methods: Vec<&String> = item.as_object().unwrap().keys().collect();
            assert_eq!(methods, ["get"], "{path}");
        }
    }
}
