//! Search and "See also" from the full-text index (`dateline-search`): the search page of
//! each edition, `GET /api/v1/search`, the newsroom's search (drafts too), the related
//! stories of an article, and keeping the index in step with the store.
//!
//! The index is derived: each node keeps its own, fed by the change follower, and rebuilds it
//! from the store in the background when it is missing, damaged or out of step, while the
//! site goes on serving.

use std::collections::HashMap;
use std::sync::atomic::Ordering;
use std::sync::Arc;

use axum::body::Body;
use axum::extract::{Path, RawQuery, State};
use axum::http::{header, Response, StatusCode};
use axum::response::IntoResponse;
use dateline_core::i18n::Arg;
use dateline_core::{markdown, Status};
use dateline_search::{Doc, Query, RelatedQuery, Sort};
use dateline_store::{Article, Summary};
use minijinja::context;
use serde::Serialize;

use crate::api::{self, ApiError};
use crate::site::urls;
use crate::AppState;

/// Stories under "See also".
pub const SEE_ALSO: usize = 5;
/// Most stories an editor may pin.
pub const MAX_PINS: usize = 5;

/// What the index holds of an article.
pub fn doc(a: &Article) -> Doc {
    let s = &a.summary;
    Doc {
        id: s.id,
        edition: s.edition.clone(),
        status: s.status.as_str().to_string(),
        published_at: s.published_at,
        headline: s.headline.clone(),
        standfirst: s.standfirst.clone(),
        body: markdown::plain_text(&a.body_markdown),
        regions: s.regions.clone(),
        tags: a.tags.iter().map(|t| t.slug.clone()).collect(),
        translation_group: s.translation_group.clone(),
    }
}

fn now() -> i64 {
    dateline_core::article::now()
}

impl AppState {
    /// Brings the index in step with one changed article (`None`: it is gone).
    pub(crate) fn index_article(&self, id: i64, article: Option<&Article>) {
        let result = match article {
            Some(a) => self.search.upsert(&doc(a)),
            None => self.search.delete(id),
        };
        if let Err(e) = result {
            tracing::error!(error = %e, article = id, "updating the search index failed");
        }
    }

    /// The stories for an article's "See also": the editor's pins first, then the most
    /// similar; only public stories of its edition, never itself nor its translations.
    pub(crate) async fn related_ids(
        &self,
        article: &Article,
        limit: usize,
        now: i64,
    ) -> Result<Vec<i64>, dateline_store::StoreError> {
        let pins = self.store.pins(article.summary.id).await?;
        let pinned = if pins.is_empty() {
            Vec::new()
        } else {
            self.store.summaries(&pins).await?
        };
        Ok(related_with_pins(
            article,
            &pins,
            &pinned,
            limit,
            now,
            |id, query| self.search.related(id, query),
        ))
    }
}

/// "See also" from the editor's `pins` (whose summaries are `pinned`, in any order) and
/// `similar`, the index's most similar stories: the part of [`AppState::related_ids`] that
/// reads nothing, shared with the static export (which reads in bulk).
pub(crate) fn related_with_pins(
    article: &Article,
    pins: &[i64],
    pinned: &[Summary],
    limit: usize,
    now: i64,
    similar: impl FnOnce(i64, &RelatedQuery) -> dateline_search::Result<Vec<i64>>,
) -> Vec<i64> {
    let s = &article.summary;
    let mut ids: Vec<i64> = Vec::with_capacity(limit);
    if !pins.is_empty() {
        for p in pinned {
            let same_story = p.id == s.id
                || (p.translation_group.is_some() && p.translation_group == s.translation_group);
            if p.is_visible(now) && p.edition == s.edition && !same_story {
                ids.push(p.id);
            }
        }
        // Keep the editor's order.
        ids.sort_by_key(|id| pins.iter().position(|p| p == id));
    }
    if ids.len() < limit {
        let found = similar(
            s.id,
            &RelatedQuery {
                limit: limit + ids.len(),
                now,
            },
        )
        .unwrap_or_else(|e| {
            tracing::error!(error = %e, article = s.id, "related stories failed");
            Vec::new()
        });
        for id in found {
            if ids.len() >= limit {
                break;
            }
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
    }
    ids.truncate(limit);
    ids
}

/// Rebuilds the index from the store, in batches, while the site serves. Searches meanwhile
/// answer from what is indexed so far, with a notice.
pub async fn rebuild(
    state: Arc<AppState>,
    on_progress: impl FnMut(u64) + Send + 'static,
) -> anyhow::Result<u64> {
    state.search_rebuilding.store(true, Ordering::Release);
    let (tx, rx) = std::sync::mpsc::sync_channel::<Doc>(2_000);
    let index = state.search.clone();
    let writer = tokio::task::spawn_blocking(move || index.rebuild(rx.into_iter(), on_progress));
    let mut after = 0;
    let fed: anyhow::Result<()> = async {
        loop {
            let batch = state.store.articles_after(after, 500).await?;
            let Some(last) = batch.last() else { break };
            after = last.summary.id;
            let docs: Vec<Doc> = batch.iter().map(doc).collect();
            let tx = tx.clone();
            // The channel is bounded: wait on a blocking thread, not on the runtime.
            let sent =
                tokio::task::spawn_blocking(move || docs.into_iter().all(|d| tx.send(d).is_ok()))
                    .await?;
            anyhow::ensure!(sent, "the index writer stopped");
        }
        Ok(())
    }
    .await;
    drop(tx);
    let indexed = writer.await?;
    state.search_rebuilding.store(false, Ordering::Release);
    // Pages rendered meanwhile took their "See also" from a partial index.
    state.cache.clear();
    fed?;
    Ok(indexed?)
}

// ---------------------------------------------------------------------------------------
// Parameters shared by the page and the API

struct Params {
    query: Query,
    page: usize,
    /// Bad filters the page ignores and names (the API refuses them).
    ignored: Vec<&'static str>,
}

fn sort_of(text: &str) -> Option<Sort> {
    match text {
        "" | "relevance" => Some(Sort::Relevance),
        "newest" | "date" => Some(Sort::Newest),
        _ => None,
    }
}

/// Reads the search parameters; `strict` refuses a bad value (the API), otherwise it is
/// dropped and named (the page: a reader's typo must not cost them their results).
fn params(
    p: &HashMap<String, String>,
    edition: Option<String>,
    per_page: usize,
    strict: bool,
) -> Result<Params, ApiError> {
    let mut ignored = Vec::new();
    let mut check = |ok: bool, name: &'static str, message: String| -> Result<bool, ApiError> {
        if ok {
            return Ok(true);
        }
        if strict {
            return Err(api::bad(name, message));
        }
        ignored.push(name);
        Ok(false)
    };
    let text = p.get("q").cloned().unwrap_or_default();
    let mut query = Query {
        text,
        edition,
        limit: per_page,
        now: now(),
        ..Query::default()
    };
    if let Some(r) = p.get("region").filter(|r| strict || !r.is_empty()) {
        let code = api::region_code(r);
        if check(
            code.is_some(),
            "region",
            format!("{r:?} is not an ISO 3166-1 alpha-2 code"),
        )? {
            query.regions = code.into_iter().collect();
        }
    }
    if let Some(t) = p.get("tag").filter(|t| strict || !t.is_empty()) {
        if check(
            dateline_core::slug::is_valid(t),
            "tag",
            format!("{t:?} is not a tag slug"),
        )? {
            query.tag = Some(t.clone());
        }
    }
    if let Some(v) = p.get("from").filter(|v| strict || !v.is_empty()) {
        let when = api::parse_when(v, false);
        if check(when.is_some(), "from", api::not_a_time(v))? {
            query.from = when;
        }
    }
    if let Some(v) = p.get("to").filter(|v| strict || !v.is_empty()) {
        let when = api::parse_when(v, true);
        if check(when.is_some(), "to", api::not_a_time(v))? {
            query.to = when;
        }
    }
    if let Some(v) = p.get("sort") {
        // The page's form sends an empty sort for relevance; the API names its values.
        let sort = sort_of(v).filter(|_| !(strict && v.is_empty()));
        if check(
            sort.is_some(),
            "sort",
            format!("{v:?}: sort by relevance or newest"),
        )? {
            query.sort = sort.unwrap_or_default();
        }
    }
    let page = match p.get("page") {
        None => 1,
        Some(v) => match api::whole_number(v, 1, 500) {
            Some(n) => n as usize,
            None => {
                check(
                    false,
                    "page",
                    format!("{v:?} is not a page number from 1 to 500"),
                )?;
                1
            }
        },
    };
    query.offset = (page - 1) * per_page;
    Ok(Params {
        query,
        page,
        ignored,
    })
}

/// The address of another page of the same search.
fn page_link(base: &str, p: &HashMap<String, String>, page: usize) -> String {
    let mut parts: Vec<String> = p
        .iter()
        .filter(|(k, v)| k.as_str() != "page" && !v.is_empty())
        .map(|(k, v)| format!("{k}={}", api::encode(v)))
        .collect();
    parts.sort();
    if page > 1 {
        parts.push(format!("page={page}"));
    }
    if parts.is_empty() {
        base.to_string()
    } else {
        format!("{base}?{}", parts.join("&"))
    }
}

#[derive(Serialize)]
struct HitView {
    id: i64,
    url: String,
    headline_html: String,
    snippet_html: String,
    date_text: String,
    date_iso: String,
    edition: String,
    status: String,
}

/// The hits with what the page or the API shows of each, in the index's order; stories the
/// store no longer has are dropped.
async fn hit_views(
    state: &AppState,
    hits: Vec<dateline_search::Hit>,
    public: bool,
) -> Result<Vec<(HitView, Summary)>, dateline_store::StoreError> {
    let ids: Vec<i64> = hits.iter().map(|h| h.id).collect();
    let mut summaries: HashMap<i64, Summary> = state
        .store
        .summaries(&ids)
        .await?
        .into_iter()
        .map(|s| (s.id, s))
        .collect();
    let now = now();
    let mut out = Vec::with_capacity(hits.len());
    for h in hits {
        let Some(s) = summaries.remove(&h.id) else {
            continue;
        };
        if public && !s.is_visible(now) {
            continue;
        }
        let Some(ed) = state.site.edition(&s.edition) else {
            continue;
        };
        let (date_text, date_iso) =
            state.format_time(ed, s.published_at.unwrap_or(s.updated_at), false);
        out.push((
            HitView {
                id: s.id,
                url: urls::article(&s, &ed.tz),
                headline_html: h.headline_html,
                snippet_html: h.snippet_html,
                date_text,
                date_iso,
                edition: s.edition.clone(),
                status: s.status.as_str().to_string(),
            },
            s,
        ));
    }
    Ok(out)
}

// ---------------------------------------------------------------------------------------
// The search page

pub async fn page(
    State(state): State<Arc<AppState>>,
    Path(edition): Path<String>,
    RawQuery(raw): RawQuery,
) -> Response<Body> {
    let Some(ed) = state.site.edition(&edition) else {
        return state.reader_error(&edition, StatusCode::NOT_FOUND);
    };
    let lang = ed.edition.language.as_str();
    let p = api::parse_query(raw.as_deref()).unwrap_or_default();
    let per_page = state.settings.page_size.clamp(1, 100) as usize;
    let Ok(Params {
        query,
        page,
        ignored,
    }) = params(&p, Some(edition.clone()), per_page, false)
    else {
        return state.reader_error(&edition, StatusCode::NOT_FOUND);
    };
    let searched = !query.text.trim().is_empty();
    let mut notices: Vec<String> = Vec::new();
    if !ignored.is_empty() {
        notices.push(if ignored.iter().any(|n| *n == "from" || *n == "to") {
            state.site.text(lang, "bad_date").to_string()
        } else {
            format!(
                "{}: {}",
                state.site.text(lang, "search_filters"),
                ignored.join(", ")
            )
        });
    }
    if state.search_rebuilding.load(Ordering::Acquire) {
        notices.push(state.site.text(lang, "search_rebuilding").to_string());
    }
    let (total, hits) = if searched {
        let results = match state.search.search(&query) {
            Ok(r) => r,
            Err(e) => {
                tracing::error!(error = %e, "search failed");
                return state.reader_error(&edition, StatusCode::INTERNAL_SERVER_ERROR);
            }
        };
        notices.extend(results.notice.clone());
        match hit_views(&state, results.hits, true).await {
            Ok(h) => (results.total, h.into_iter().map(|(v, _)| v).collect()),
            Err(e) => {
                tracing::error!(error = %e, "reading search hits failed");
                return state.reader_error(&edition, StatusCode::INTERNAL_SERVER_ERROR);
            }
        }
    } else {
        (0, Vec::new())
    };
    let base = format!("/{edition}/search");
    let previous = (page > 1).then(|| page_link(&base, &p, page - 1));
    let next = (page * per_page < total.min(dateline_search::MAX_DEPTH))
        .then(|| page_link(&base, &p, page + 1));
    let regions: Vec<_> = state
        .site
        .regions_of(&edition)
        .into_iter()
        .map(|(code, name)| context! { value => code, label => name, checked => query.regions.iter().any(|r| r == code) })
        .collect();
    let tags: Vec<_> = state
        .store
        .tags_of(&edition, 60)
        .await
        .unwrap_or_default()
        .into_iter()
        .map(|t| context! { checked => query.tag.as_deref() == Some(t.slug.as_str()), value => t.slug, label => t.name })
        .collect();
    let value = |k: &str| p.get(k).cloned().unwrap_or_default();
    let filtered = ["region", "tag", "from", "to"]
        .iter()
        .any(|k| !value(k).is_empty())
        || query.sort == Sort::Newest;
    let ctx = context! {
        q => &query.text, searched, total,
        total_text => state.site.message(lang, "results_count", &[("n", Arg::Number(total as i64))]),
        hits, notices, previous, next, regions, tags, filtered,
        canonical => format!("{}{base}", state.settings.base_url),
        tag => value("tag"), from => value("from"), to => value("to"),
        sort => if query.sort == Sort::Newest { "newest" } else { "relevance" },
        ..state.base_context(ed)
    };
    match state.render_template("search.html", ctx) {
        Ok(html) => (
            StatusCode::OK,
            [
                (header::CONTENT_TYPE, "text/html; charset=utf-8"),
                // Shared caches may answer the same search for a minute: a burst of one
                // query (a link shared widely, or an attack) costs the index once.
                (header::CACHE_CONTROL, "public, max-age=60"),
            ],
            html,
        )
            .into_response(),
        Err(e) => {
            tracing::error!(error = %e, "search page failed");
            state.reader_error(&edition, StatusCode::INTERNAL_SERVER_ERROR)
        }
    }
}

// ---------------------------------------------------------------------------------------
// The API

pub async fn api_search(
    State(state): State<Arc<AppState>>,
    RawQuery(raw): RawQuery,
) -> Result<Response<Body>, ApiError> {
    let p = api::parse_query(raw.as_deref())?;
    const KNOWN: [&str; 9] = [
        "q", "edition", "region", "tag", "from", "to", "sort", "page", "per_page",
    ];
    if let Some(unknown) = p.keys().find(|k| !KNOWN.contains(&k.as_str())) {
        return Err(api::bad_request(format!(
            "unknown parameter {unknown:?}; known: {}",
            KNOWN.join(", ")
        )));
    }
    if p.get("q").is_none_or(|q| q.trim().is_empty()) {
        return Err(api::bad("q", "give the words to search for in q"));
    }
    let edition = match p.get("edition") {
        Some(e) if !state.site.is_edition(e) => {
            return Err(api::bad(
                "edition",
                format!("{e:?} is not an edition of this site"),
            ))
        }
        e => e.cloned(),
    };
    let per_page = match p.get("per_page") {
        None => 20,
        Some(v) => match api::whole_number(v, 1, dateline_search::MAX_LIMIT as i64) {
            Some(n) => n as usize,
            None => {
                return Err(api::bad(
                    "per_page",
                    format!(
                        "{v:?} is not a whole number from 1 to {}",
                        dateline_search::MAX_LIMIT
                    ),
                ))
            }
        },
    };
    let Params { query, page, .. } = params(&p, edition, per_page, true)?;
    let results = state.search.search(&query).map_err(|e| {
        tracing::error!(error = %e, "search failed");
        api::internal_error()
    })?;
    let hits = hit_views(&state, results.hits, true)
        .await
        .map_err(api::internal)?;
    let next = (page * per_page < results.total.min(dateline_search::MAX_DEPTH))
        .then(|| page_link("/api/v1/search", &p, page + 1));
    #[derive(Serialize)]
    struct HitJson<'a> {
        #[serde(flatten)]
        summary: api::SummaryJson<'a>,
        headline_html: &'a str,
        snippet_html: &'a str,
    }
    #[derive(Serialize)]
    struct SearchJson<'a> {
        query: &'a str,
        total: usize,
        page: usize,
        per_page: usize,
        next: Option<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        notice: Option<&'a str>,
        rebuilding: bool,
        results: Vec<HitJson<'a>>,
    }
    let body = SearchJson {
        query: &query.text,
        total: results.total,
        page,
        per_page,
        next,
        notice: results.notice.as_deref(),
        rebuilding: state.search_rebuilding.load(Ordering::Acquire),
        results: hits
            .iter()
            .filter_map(|(h, s)| {
                Some(HitJson {
                    summary: api::summary_json(&state, s)?,
                    headline_html: &h.headline_html,
                    snippet_html: &h.snippet_html,
                })
            })
            .collect(),
    };
    Ok(api::json(&body))
}

pub async fn api_related(
    State(state): State<Arc<AppState>>,
    path: Result<Path<String>, axum::extract::rejection::PathRejection>,
    RawQuery(raw): RawQuery,
) -> Result<Response<Body>, ApiError> {
    let p = api::parse_query(raw.as_deref())?;
    if let Some(unknown) = p.keys().find(|k| k.as_str() != "limit") {
        return Err(api::bad_request(format!(
            "unknown parameter {unknown:?}; known: limit"
        )));
    }
    let id = api::article_id(path)?;
    let limit = match p.get("limit") {
        None => SEE_ALSO,
        Some(v) => match api::whole_number(v, 1, 20) {
            Some(n) => n as usize,
            None => {
                return Err(api::bad(
                    "limit",
                    format!("{v:?} is not a whole number from 1 to 20"),
                ))
            }
        },
    };
    let now = now();
    let article = match state.store.article(id).await.map_err(api::internal)? {
        Some(a) if a.is_visible(now) => a,
        _ => return Err(api::missing(format!("no published article {id}"))),
    };
    let ids = state
        .related_ids(&article, limit, now)
        .await
        .map_err(api::internal)?;
    let mut found: HashMap<i64, Summary> = state
        .store
        .summaries(&ids)
        .await
        .map_err(api::internal)?
        .into_iter()
        .map(|s| (s.id, s))
        .collect();
    let ordered: Vec<Summary> = ids.iter().filter_map(|i| found.remove(i)).collect();
    #[derive(Serialize)]
    struct RelatedJson<'a> {
        article: i64,
        related: Vec<api::SummaryJson<'a>>,
    }
    Ok(api::json(&RelatedJson {
        article: id,
        related: ordered
            .iter()
            .filter_map(|s| api::summary_json(&state, s))
            .collect(),
    }))
}

// ---------------------------------------------------------------------------------------
// The newsroom's search: every status

pub async fn admin(
    State(state): State<Arc<AppState>>,
    crate::admin::SignedIn(_session, user): crate::admin::SignedIn,
    RawQuery(raw): RawQuery,
) -> Response<Body> {
    let p = api::parse_query(raw.as_deref()).unwrap_or_default();
    let text = p.get("q").cloned().unwrap_or_default();
    let searched = !text.trim().is_empty();
    let mut notices = Vec::new();
    let mut hits = Vec::new();
    let mut total = 0;
    if searched {
        let query = Query {
            text: text.clone(),
            limit: 50,
            now: now(),
            include_unpublished: true,
            ..Query::default()
        };
        match state.search.search(&query) {
            Ok(results) => {
                total = results.total;
                notices.extend(results.notice);
                match hit_views(&state, results.hits, false).await {
                    Ok(h) => {
                        hits = h
                            .into_iter()
                            .filter(|(_, s)| {
                                user.works_in(&s.edition) || s.status == Status::Published
                            })
                            .map(|(v, _)| v)
                            .collect()
                    }
                    Err(e) => tracing::error!(error = %e, "reading search hits failed"),
                }
            }
            Err(e) => tracing::error!(error = %e, "newsroom search failed"),
        }
    }
    if state.search_rebuilding.load(Ordering::Acquire) {
        notices.push(
            "The search index is being rebuilt: some stories may be missing for a few minutes."
                .into(),
        );
    }
    state.admin_page(
        StatusCode::OK,
        "admin/search.html",
        context! { user => crate::admin::user_view(&user), q => text, searched, total, hits, notices },
    )
}
