//! Turning a cached page into a response: content negotiation, conditional requests
//! (`ETag`/`If-None-Match`, `Last-Modified`/`If-Modified-Since`) and the security headers
//! every response carries.

use axum::body::Body;
use axum::http::header::{self, HeaderMap, HeaderValue};
use axum::http::{Response, StatusCode};
use axum::response::IntoResponse;

use crate::cache::CachedPage;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Encoding {
    Identity,
    Gzip,
    Brotli,
}

/// Which of the encodings the client accepts (`q=0` refuses).
fn accepted(headers: &HeaderMap) -> (bool, bool) {
    let Some(value) = headers
        .get(header::ACCEPT_ENCODING)
        .and_then(|v| v.to_str().ok())
    else {
        return (false, false);
    };
    let (mut gzip, mut br) = (false, false);
    for part in value.split(',') {
        let mut it = part.split(';');
        let name = it.next().unwrap_or("").trim();
        let refused = it.any(|p| {
            p.trim()
                .strip_prefix("q=")
                .and_then(|q| q.trim().parse::<f32>().ok())
                .is_some_and(|q| q <= 0.0)
        });
        match name {
            "gzip" | "x-gzip" => gzip = !refused,
            "br" => br = !refused,
            "*" => {
                gzip |= !refused;
                br |= !refused;
            }
            _ => {}
        }
    }
    (gzip, br)
}

fn etag_matches(if_none_match: &str, base: &str) -> bool {
    if_none_match.split(',').any(|tag| {
        let tag = tag.trim();
        if tag == "*" {
            return true;
        }
        let tag = tag.strip_prefix("W/").unwrap_or(tag).trim_matches('"');
        // Any encoding of the same content is the same representation to revalidate.
        tag.split('-').next() == Some(base)
    })
}

/// The response for `page`, honouring the request's encodings and validators.
pub fn page_response(page: &CachedPage, request: &HeaderMap) -> Response<Body> {
    let (gzip_ok, br_ok) = accepted(request);
    let (encoding, body) = match (&page.brotli, &page.gzip) {
        (Some(b), _) if br_ok => (Encoding::Brotli, b.clone()),
        (_, Some(g)) if gzip_ok => (Encoding::Gzip, g.clone()),
        _ => (Encoding::Identity, page.identity.clone()),
    };
    let etag = match encoding {
        Encoding::Identity => &page.headers.etag_identity,
        Encoding::Gzip => &page.headers.etag_gzip,
        Encoding::Brotli => &page.headers.etag_brotli,
    };
    let not_modified = match request
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
    {
        Some(inm) => etag_matches(inm, &page.etag_base),
        None => request
            .get(header::IF_MODIFIED_SINCE)
            .and_then(|v| v.to_str().ok())
            .and_then(dateline_core::time::parse_http_date)
            .is_some_and(|since| page.last_modified > 0 && page.last_modified <= since.as_second()),
    };

    let mut builder = Response::builder()
        .header(
            header::CACHE_CONTROL,
            HeaderValue::from_static(page.cache_control),
        )
        .header(header::VARY, HeaderValue::from_static("Accept-Encoding"))
        .header(header::ETAG, etag.clone());
    if let Some(lm) = &page.headers.last_modified {
        builder = builder.header(header::LAST_MODIFIED, lm.clone());
    }
    if not_modified {
        return builder
            .status(StatusCode::NOT_MODIFIED)
            .body(Body::empty())
            .expect("valid headers");
    }
    builder = builder.header(
        header::CONTENT_TYPE,
        HeaderValue::from_static(page.content_type),
    );
    match encoding {
        Encoding::Identity => {}
        Encoding::Gzip => builder = builder.header(header::CONTENT_ENCODING, "gzip"),
        Encoding::Brotli => builder = builder.header(header::CONTENT_ENCODING, "br"),
    }
    builder.body(Body::from(body)).expect("valid headers")
}

/// A redirect that caches may keep (the address scheme does not change).
pub fn permanent_redirect(to: &str) -> Response<Body> {
    (
        StatusCode::MOVED_PERMANENTLY,
        [
            (header::LOCATION, to.to_string()),
            (header::CACHE_CONTROL, "public, max-age=3600".to_string()),
        ],
    )
        .into_response()
}

const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
    font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; \
    frame-ancestors 'none'";

/// Adds the headers every response carries.
pub async fn security_headers(mut response: Response<Body>) -> Response<Body> {
    let h = response.headers_mut();
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CSP),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    // Pages whose address holds a secret (a reader's signed link) ask for no referrer.
    h.entry(header::REFERRER_POLICY)
        .or_insert(HeaderValue::from_static("strict-origin-when-cross-origin"));
    h.insert(
        "permissions-policy",
        HeaderValue::from_static("camera=(), microphone=(), geolocation=(), interest-cohort=()"),
    );
    h.insert(
        "cross-origin-opener-policy",
        HeaderValue::from_static("same-origin"),
    );
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.insert(*k, HeaderValue::from_static(v));
        }
        h
    }

    #[test]
    fn encodings() {
        assert_eq!(
            accepted(&headers(&[("accept-encoding", "gzip, deflate, br")])),
            (true, true)
        );
        assert_eq!(
            accepted(&headers(&[("accept-encoding", "gzip;q=0, br;q=0.5")])),
            (false, true)
        );
        assert_eq!(accepted(&headers(&[])), (false, false));
    }

    #[test]
    fn etags_match_any_encoding_of_the_same_content() {
        assert!(etag_matches("\"abc-gz\"", "abc"));
        assert!(etag_matches("W/\"abc\", \"zzz\"", "abc"));
        assert!(etag_matches("*", "abc"));
        assert!(!etag_matches("\"abd\"", "abc"));
    }
}
