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

/// A date (`2022-08-09`, the whole day in UTC) or an RFC 3339 time
/// (`2022-08-09T17:44:00+02:00`), as Unix seconds; `end` gives the end of a plain date
/// instead of its start. Only these two forms are taken (not the other forms of ISO 8601
/// that a date library would also read), so the API accepts exactly what its description says.
pub(crate) fn parse_when(text: &str, end: bool) -> Option<i64> {
    // The last instant jiff represents (9999-12-30T22:00Z): later times, valid as they are,
    // are taken as it. No story is dated anywhere near it.
    let latest = Timestamp::MAX.as_second();
    if is_date(text.as_bytes()) {
        let date: jiff::civil::Date = text.parse().ok()?;
        let start = date
            .to_zoned(jiff::tz::TimeZone::UTC)
            .map_or(latest, |z| z.timestamp().as_second());
        return Some(if end { start + 86_400 } else { start });
    }
    if !is_rfc3339_time(text) {
        return None;
    }
    match text.parse::<Timestamp>() {
        Ok(t) => Some(t.as_second()),
        Err(_) => {
            let local: jiff::civil::DateTime = text.get(..19)?.parse().ok()?;
            (local.year() == 9999).then_some(latest)
        }
    }
}

/// `YYYY-MM-DD`: digits where digits belong (whether the date exists is jiff's to say).
fn is_date(b: &[u8]) -> bool {
    b.len() == 10
        && b.iter().enumerate().all(|(i, c)| match i {
            4 | 7 => *c == b'-',
            _ => c.is_ascii_digit(),
        })
}

/// RFC 3339's `date-time`: `YYYY-MM-DDTHH:MM:SS`, a fraction of a second or not, then `Z` or
/// an offset `+HH:MM`.
fn is_rfc3339_time(text: &str) -> bool {
    let b = text.as_bytes();
    let digits = |r: &[u8]| r.iter().all(u8::is_ascii_digit);
    if b.len() < 20 || !is_date(&b[..10]) || !matches!(b[10], b'T' | b't') {
        return false;
    }
    let time = &b[11..19];
    let hh_mm_ss = digits(&time[..2])
        && time[2] == b':'
        && digits(&time[3..5])
        && time[5] == b':'
        && digits(&time[6..8]);
    if !hh_mm_ss {
        return false;
    }
    let mut rest = &b[19..];
    if let Some(fraction) = rest.strip_prefix(b".") {
        let n = fraction.iter().take_while(|c| c.is_ascii_digit()).count();
        if n == 0 {
            return false;
        }
        rest = &fraction[n..];
    }
    match rest {
        [b'Z' | b'z'] => true,
        [b'+' | b'-', h1, h2, b':', m1, m2] => digits(&[*h1, *h2, *m1, *m2]),
        _ => false,
    }
}

/// A whole number written with digits only (no sign, no spaces), up to `max`.
pub(crate) fn whole_number(text: &str, min: i64, max: i64) -> Option<i64> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse::<i64>().ok().filter(|n| (min..=max).contains(n))
}

/// A region as the API takes it: an ISO 3166-1 alpha-2 code in either case, nothing around it.
pub(crate) fn region_code(text: &str) -> Option<String> {
    (text.len() == 2 && text.bytes().all(|b| b.is_ascii_alphabetic()))
        .then(|| text.to_ascii_uppercase())
}

/// The article number of a path, or the error naming it. Axum's own rejection (a segment that
/// is not UTF-8) would answer in plain text; the API answers in JSON.
pub(crate) fn article_id(
    path: Result<Path<String>, axum::extract::rejection::PathRejection>,
) -> Result<i64, ApiError> {
    let Ok(Path(id)) = path else {
        return Err(bad("id", "the article id is not valid UTF-8"));
    };
    whole_number(&id, 1, i64::MAX).ok_or_else(|| bad("id", format!("{id:?} is not an article id")))
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
                // Two hex digits exactly: from_str_radix alone would also take a sign (`%+1`).
                let hex = &bytes[i + 1..i + 3];
                if !hex.iter().all(u8::is_ascii_hexdigit) {
                    return None;
                }
                out.push(u8::from_str_radix(std::str::from_utf8(hex).ok()?, 16).ok()?);
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
        let code = region_code(r)
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
            Some(v) => whole_number(v, 1, max)
                .ok_or_else(|| bad(name, format!("{v:?} is not a whole number from 1 to {max}"))),
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
    path: Result<Path<String>, axum::extract::rejection::PathRejection>,
) -> Result<Response, ApiError> {
    let id = article_id(path)?;
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
        assert_eq!(
            parse_when("2022-08-09t15:44:00.250z", false),
            Some(1_660_059_840)
        );
        // The last day there is, and its end.
        assert!(parse_when("9999-12-31", true).is_some());
        assert!(parse_when("9999-12-31T23:59:59+01:00", false).is_some());
        for not_a_time in [
            "yesterday",
            "20220809",
            "2022-8-09",
            "2022-08-09T17:44Z",
            "2022-08-09 17:44:00Z",
            "2022-08-09T17:44:00",
            "2022-08-09T17:44:00.Z",
            "2022-02-30",
            "2022-02-30T10:00:00Z",
            "9999-12-32T10:00:00Z",
            "+2022-08-09",
            "",
        ] {
            assert_eq!(parse_when(not_a_time, false), None, "{not_a_time}");
        }
    }

    #[test]
    fn numbers_regions_and_ids_as_written() {
        assert_eq!(whole_number("05", 1, 100), Some(5));
        for bad in [
            "",
            "+5",
            "-5",
            " 5",
            "5 ",
            "0",
            "101",
            "1.0",
            "99999999999999999999",
        ] {
            assert_eq!(whole_number(bad, 1, 100), None, "{bad:?}");
        }
        assert_eq!(region_code("cn").as_deref(), Some("CN"));
        assert_eq!(region_code(" cn"), None);
        assert_eq!(region_code("chn"), None);
        assert_eq!(article_id(Ok(Path("42".into()))).unwrap(), 42);
        assert!(article_id(Ok(Path("+42".into()))).is_err());
    }

    #[test]
    fn percent_decoding() {
        assert_eq!(percent_decode("a%20b+c").as_deref(), Some("a b c"));
        assert_eq!(percent_decode("%E4%B8%AD").as_deref(), Some("中"));
        assert_eq!(percent_decode("%zz"), None);
        assert_eq!(percent_decode("%4"), None);
        assert_eq!(percent_decode("%FF"), None);
        assert_eq!(percent_decode("%+1"), None);
    }
}
