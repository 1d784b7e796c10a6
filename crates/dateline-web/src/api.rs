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

#[derive(Serialize)]
struct ApiError {
    error: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    parameter: Option<&'static str>,
}

fn error(
    status: StatusCode,
    parameter: Option<&'static str>,
    message: impl Into<String>,
) -> Response {
    (
        status,
        Json(ApiError {
            error: message.into(),
            parameter,
        }),
    )
        .into_response()
}

fn json<T: Serialize>(value: &T) -> Response {
    ([(header::CACHE_CONTROL, "public, max-age=60")], Json(value)).into_response()
}

#[derive(Serialize)]
struct RegionJson<'a> {
    code: &'a str,
    name: &'a str,
}

#[derive(Serialize)]
struct SummaryJson<'a> {
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

fn summary_json<'a>(state: &'a AppState, s: &'a Summary) -> Option<SummaryJson<'a>> {
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
fn parse_when(text: &str, end: bool) -> Option<i64> {
    if let Ok(t) = text.parse::<Timestamp>() {
        return Some(t.as_second());
    }
    let date: jiff::civil::Date = text.parse().ok()?;
    let date = if end { date.tomorrow().ok()? } else { date };
    date.to_zoned(jiff::tz::TimeZone::UTC)
        .ok()
        .map(|z| z.timestamp().as_second())
}

fn parse_query(raw: Option<&str>) -> Result<HashMap<String, String>, Response> {
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

pub async fn list(State(state): State<Arc<AppState>>, RawQuery(raw): RawQuery) -> Response {
    let params = match parse_query(raw.as_deref()) {
        Ok(p) => p,
        Err(r) => return r,
    };
    const KNOWN: [&str; 7] = ["edition", "region", "tag", "from", "to", "page", "per_page"];
    if let Some(unknown) = params.keys().find(|k| !KNOWN.contains(&k.as_str())) {
        return error(
            StatusCode::BAD_REQUEST,
            None,
            format!("unknown parameter {unknown:?}; known: {}", KNOWN.join(", ")),
        );
    }
    let now = dateline_core::article::now();
    let mut query = ListQuery {
        now,
        ..Default::default()
    };
    if let Some(e) = params.get("edition") {
        if !state.site.is_edition(e) {
            return error(
                StatusCode::BAD_REQUEST,
                Some("edition"),
                format!("{e:?} is not an edition of this site"),
            );
        }
        query.edition = Some(e.clone());
    }
    if let Some(r) = params.get("region") {
        match dateline_core::region::normalise_code(r) {
            Some(code) => query.region = Some(code),
            None => {
                return error(
                    StatusCode::BAD_REQUEST,
                    Some("region"),
                    format!("{r:?} is not an ISO 3166-1 alpha-2 code"),
                )
            }
        }
    }
    if let Some(t) = params.get("tag") {
        if !dateline_core::slug::is_valid(t) {
            return error(
                StatusCode::BAD_REQUEST,
                Some("tag"),
                format!("{t:?} is not a tag slug"),
            );
        }
        query.tag = Some(t.clone());
    }
    for (name, end) in [("from", false), ("to", true)] {
        if let Some(v) = params.get(name) {
            let Some(at) = parse_when(v, end) else {
                return error(
                    StatusCode::BAD_REQUEST,
                    Some(if end { "to" } else { "from" }),
                    format!("{v:?} is not a date (2022-08-09) or an RFC 3339 time"),
                );
            };
            if end {
                query.to = Some(at)
            } else {
                query.from = Some(at)
            }
        }
    }
    let number = |name: &'static str, default: i64, max: i64| -> Result<i64, Response> {
        match params.get(name) {
            None => Ok(default),
            Some(v) => match v.parse::<i64>() {
                Ok(n) if (1..=max).contains(&n) => Ok(n),
                _ => Err(error(
                    StatusCode::BAD_REQUEST,
                    Some(name),
                    format!("{v:?} is not a whole number from 1 to {max}"),
                )),
            },
        }
    };
    let page = match number("page", 1, 1_000_000) {
        Ok(n) => n,
        Err(r) => return r,
    };
    let per_page = match number("per_page", 20, MAX_PER_PAGE) {
        Ok(n) => n,
        Err(r) => return r,
    };
    query.limit = per_page;
    query.offset = (page - 1) * per_page;
    let (found, total) = match tokio::try_join!(state.store.list(&query), state.store.count(&query))
    {
        Ok(x) => x,
        Err(e) => {
            tracing::error!(error = %e, "article list failed");
            return error(StatusCode::INTERNAL_SERVER_ERROR, None, "internal error");
        }
    };
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
    json(&ListJson {
        articles: found
            .iter()
            .filter_map(|s| summary_json(&state, s))
            .collect(),
        page,
        per_page,
        total,
        next,
    })
}

fn encode(text: &str) -> String {
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

pub async fn one(State(state): State<Arc<AppState>>, Path(id): Path<String>) -> Response {
    let Ok(id) = id.parse::<i64>() else {
        return error(
            StatusCode::BAD_REQUEST,
            Some("id"),
            format!("{id:?} is not an article id"),
        );
    };
    let now = dateline_core::article::now();
    let article = match state.store.article(id).await {
        Ok(Some(a)) if a.is_visible(now) => a,
        Ok(_) => {
            return error(
                StatusCode::NOT_FOUND,
                None,
                format!("no published article {id}"),
            )
        }
        Err(e) => {
            tracing::error!(error = %e, "article read failed");
            return error(StatusCode::INTERNAL_SERVER_ERROR, None, "internal error");
        }
    };
    let Some(summary) = summary_json(&state, &article.summary) else {
        return error(
            StatusCode::NOT_FOUND,
            None,
            format!("no published article {id}"),
        );
    };
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
    json(&ArticleJson {
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
    })
}

pub async fn not_found() -> Response {
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
