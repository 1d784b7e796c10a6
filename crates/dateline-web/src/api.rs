//! The read API: `GET /api/v1/articles` and `GET /api/v1/articles/{id}`, JSON.
//! Errors are JSON too: `{"error": "...", "parameter": "..."}` with status 400 or 404.

use std::collections::HashMap;
use std::sync::Arc;

use axum::extract::{Path, RawQuery, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use dateline_core::time;
use dateline_store::{ListQuery, Summary};
use jiff::Timestamp;
use serde::Serialize;

use crate::site::urls;
use crate::AppState;

const MAX_PER_PAGE: i64 = 100;

/// An API error: answered as `{"error": "...", "parameter": "..."}` with its status.
#[derive(Debug)]
pub struct ApiError {
    status: StatusCode,
    parameter: Option<&'static str>,
    message: String,
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        #[derive(Serialize)]
        struct Body<'a> {
            error: &'a str,
            #[serde(skip_serializing_if = "Option::is_none")]
            parameter: Option<&'static str>,
        }
        let body = Body {
            error: &self.message,
            parameter: self.parameter,
        };
        (
            self.status,
            [(header::CACHE_CONTROL, "no-store")],
            Json(body),
        )
            .into_response()
    }
}

fn error(
    status: StatusCode,
    parameter: Option<&'static str>,
    message: impl Into<String>,
) -> ApiError {
    ApiError {
        status,
        parameter,
        message: message.into(),
    }
}

pub(crate) fn bad(parameter: &'static str, message: impl Into<String>) -> ApiError {
    error(StatusCode::BAD_REQUEST, Some(parameter), message)
}

pub(crate) fn bad_request(message: impl Into<String>) -> ApiError {
    error(StatusCode::BAD_REQUEST, None, message)
}

pub(crate) fn missing(message: impl Into<String>) -> ApiError {
    error(StatusCode::NOT_FOUND, None, message)
}

pub(crate) fn internal_error() -> ApiError {
    error(StatusCode::INTERNAL_SERVER_ERROR, None, "internal error")
}

pub(crate) fn internal(e: dateline_store::StoreError) -> ApiError {
    tracing::error!(error = %e, "API request failed");
    error(StatusCode::INTERNAL_SERVER_ERROR, None, "internal error")
}

pub(crate) fn json<T: Serialize>(value: &T) -> Response {
    ([(header::CACHE_CONTROL, "public, max-age=60")], Json(value)).into_response()
}

#[derive(Serialize)]
struct RegionJson<'a> {
    code: &'a str,
    name: &'a str,
}

#[derive(Serialize)]
pub(crate) struct SummaryJson<'a> {
    id: i64,
    edition: &'a str,
    url: String,
    headline: &'a str,
    standfirst: &'a str,
    regions: Vec<RegionJson<'a>>,
    published_at: Option<String>,
    updated_at: String,
    translation_group: Option<&'a str>,
}

pub(crate) fn summary_json<'a>(state: &'a AppState, s: &'a Summary) -> Option<SummaryJson<'a>> {
    let ed = state.site.edition(&s.edition)?;
    let rfc = |secs: i64| {
        Timestamp::from_second(secs)
            .ok()
            .map(|t| time::rfc3339(t, &ed.tz))
    };
    Some(SummaryJson {
        id: s.id,
        edition: &s.edition,
        url: urls::article(s, &ed.tz),
        headline: &s.headline,
        standfirst: &s.standfirst,
        regions: s
            .regions
            .iter()
            .map(|c| RegionJson {
                code: c,
                name: state.site.region_name(c, &s.edition),
            })
            .collect(),
        published_at: s.published_at.and_then(rfc),
        updated_at: rfc(s.updated_at).unwrap_or_default(),
        translation_group: s.translation_group.as_deref(),
    })
}

/// A date (`2022-08-09`, the whole day in UTC) or an RFC 3339 time. `end` gives the end of
/// a plain date instead of its start.
pub(crate) fn parse_when(text: &str, end: bool) -> Option<i64> {
    if let Ok(t) = text.parse::<Timestamp>() {
        return Some(t.as_second());
    }
    let date: jiff::civil::Date = text.parse().ok()?;
    let date = if end { date.tomorrow().ok()? } else { date };
    date.to_zoned(jiff::tz::TimeZone::UTC)
        .ok()
        .map(|z| z.timestamp().as_second())
}

pub(crate) fn parse_query(raw: Option<&str>) -> Result<HashMap<String, String>, ApiError> {
    let mut out = HashMap::new();
    for pair in raw.unwrap_or("").split('&').filter(|p| !p.is_empty()) {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        let decode = |s: &str| {
            percent_decode(s).ok_or_else(|| {
                error(
                    StatusCode::BAD_REQUEST,
                    None,
                    "the query string is not valid UTF-8",
                )
            })
        };
        out.insert(decode(k)?, decode(v)?);
    }
    Ok(out)
}

fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok()?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 2;
            }
            b'%' => return None,
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8(out).ok()
}

pub async fn list(
    State(state): State<Arc<AppState>>,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    let params = parse_query(raw.as_deref())?;
    const KNOWN: [&str; 7] = ["edition", "region", "tag", "from", "to", "page", "per_page"];
    if let Some(unknown) = params.keys().find(|k| !KNOWN.contains(&k.as_str())) {
        return Err(error(
            StatusCode::BAD_REQUEST,
            None,
            format!("unknown parameter {unknown:?}; known: {}", KNOWN.join(", ")),
        ));
    }
    let now = dateline_core::article::now();
    let mut query = ListQuery {
        now,
        ..Default::default()
    };
    if let Some(e) = params.get("edition") {
        if !state.site.is_edition(e) {
            return Err(bad(
                "edition",
                format!("{e:?} is not an edition of this site"),
            ));
        }
        query.edition = Some(e.clone());
    }
    if let Some(r) = params.get("region") {
        let code = dateline_core::region::normalise_code(r)
            .ok_or_else(|| bad("region", format!("{r:?} is not an ISO 3166-1 alpha-2 code")))?;
        query.region = Some(code);
    }
    if let Some(t) = params.get("tag") {
        if !dateline_core::slug::is_valid(t) {
            return Err(bad("tag", format!("{t:?} is not a tag slug")));
        }
        query.tag = Some(t.clone());
    }
    if let Some(v) = params.get("from") {
        query.from = Some(parse_when(v, false).ok_or_else(|| bad("from", not_a_time(v)))?);
    }
    if let Some(v) = params.get("to") {
        query.to = Some(parse_when(v, true).ok_or_else(|| bad("to", not_a_time(v)))?);
    }
    let number = |name: &'static str, default: i64, max: i64| -> Result<i64, ApiError> {
        match params.get(name) {
            None => Ok(default),
            Some(v) => match v.parse::<i64>() {
                Ok(n) if (1..=max).contains(&n) => Ok(n),
                _ => Err(bad(
                    name,
                    format!("{v:?} is not a whole number from 1 to {max}"),
                )),
            },
        }
    };
    let page = number("page", 1, 1_000_000)?;
    let per_page = number("per_page", 20, MAX_PER_PAGE)?;
    query.limit = per_page;
    query.offset = (page - 1) * per_page;
    let (found, total) =
        tokio::try_join!(state.store.list(&query), state.store.count(&query)).map_err(internal)?;
    let next = (page * per_page < total).then(|| {
        let mut parts: Vec<String> = params
            .iter()
            .filter(|(k, _)| k.as_str() != "page")
            .map(|(k, v)| format!("{k}={}", encode(v)))
            .collect();
        parts.sort();
        parts.push(format!("page={}", page + 1));
        format!("/api/v1/articles?{}", parts.join("&"))
    });
    #[derive(Serialize)]
    struct ListJson<'a> {
        articles: Vec<SummaryJson<'a>>,
        page: i64,
        per_page: i64,
        total: i64,
        next: Option<String>,
    }
    Ok(json(&ListJson {
        articles: found
            .iter()
            .filter_map(|s| summary_json(&state, s))
            .collect(),
        page,
        per_page,
        total,
        next,
    }))
}

pub(crate) fn not_a_time(v: &str) -> String {
    format!("{v:?} is not a date (2022-08-09) or an RFC 3339 time")
}

pub(crate) fn encode(text: &str) -> String {
    let mut out = String::new();
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

pub async fn one(
    State(state): State<Arc<AppState>>,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let id = id
        .parse::<i64>()
        .map_err(|_| bad("id", format!("{id:?} is not an article id")))?;
    let now = dateline_core::article::now();
    let missing = || {
        error(
            StatusCode::NOT_FOUND,
            None,
            format!("no published article {id}"),
        )
    };
    let article = match state.store.article(id).await.map_err(internal)? {
        Some(a) if a.is_visible(now) => a,
        _ => return Err(missing()),
    };
    let summary = summary_json(&state, &article.summary).ok_or_else(missing)?;
    #[derive(Serialize)]
    struct TagJson<'a> {
        slug: &'a str,
        name: &'a str,
        url: String,
    }
    #[derive(Serialize)]
    struct ArticleJson<'a> {
        #[serde(flatten)]
        summary: SummaryJson<'a>,
        dateline: &'a str,
        body_html: &'a str,
        tags: Vec<TagJson<'a>>,
        authors: Vec<&'a str>,
        print_url: String,
        revision: i64,
    }
    let print_url = format!("{}/print", summary.url);
    Ok(json(&ArticleJson {
        summary,
        dateline: &article.dateline_place,
        body_html: &article.body_html,
        tags: article
            .tags
            .iter()
            .map(|t| TagJson {
                slug: &t.slug,
                name: &t.name,
                url: urls::tag(&article.summary.edition, &t.slug),
            })
            .collect(),
        authors: article.authors.iter().map(|a| a.name.as_str()).collect(),
        print_url,
        revision: article.revision,
    }))
}

pub async fn not_found() -> ApiError {
    error(StatusCode::NOT_FOUND, None, "no such API endpoint")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_times() {
        assert_eq!(parse_when("2022-08-09", false), Some(1_660_003_200));
        assert_eq!(parse_when("2022-08-09", true), Some(1_660_089_600));
        assert_eq!(
            parse_when("2022-08-09T17:44:00+02:00", false),
            Some(1_660_059_840)
        );
        assert_eq!(parse_when("yesterday", false), None);
    }

    #[test]
    fn percent_decoding() {
        assert_eq!(percent_decode("a%20b+c").as_deref(), Some("a b c"));
        assert_eq!(percent_decode("%E4%B8%AD").as_deref(), Some("中"));
        assert_eq!(percent_decode("%zz"), None);
        assert_eq!(percent_decode("%4"), None);
        assert_eq!(percent_decode("%FF"), None);
    }
}
