//! The static mirror: every public page of the site rendered into plain files that any web
//! server or CDN can serve (`dateline export-static DIR`).
//!
//! Pages are rendered by the functions the site itself renders them with
//! ([`AppState::article_page`], [`AppState::front_page`], [`AppState::list_html`],
//! [`AppState::feed_page`], and [`AppState::render`] for the handful of pages read once: the
//! archive index, `robots.txt`, the sitemaps), so a mirror cannot drift from the site. What
//! differs is only where the data comes from: the store is read in bulk, not a query per
//! page, and pages are rendered in parallel.
//!
//! What a mirror page does differently from the site's, and why:
//!
//! - **Pagination** links to `…/page/N` (a folder with an `index.html`) instead of `?page=N`:
//!   a file server does not tell files apart by their query string.
//! - **Search, "Send to a friend" and the newsletter** need a server: their links point to the
//!   live site ([`MirrorLinks::server_url`]) or, without one, are left out.
//!
//! Nothing else: no page of the public site carries a cookie or a CSRF token to begin with.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use anyhow::Context;
use dateline_core::Status;
use dateline_store::{Article, Summary};
use minijinja::Value;
use rayon::prelude::*;

use crate::error::WebError;
use crate::public::{see_also, Outcome, LATEST_FOR_SEE_ALSO};
use crate::route::{FeedFormat, FeedScope, Route};
use crate::search::{related_with_pins, SEE_ALSO};
use crate::site::{urls, EditionInfo};
use crate::AppState;

/// Where a mirror sends readers for what only a server can answer.
#[derive(Debug, Clone, Default)]
pub struct MirrorLinks {
    /// The live site (`https://news.example.org`, no trailing slash) for search, "Send to a
    /// friend" and the newsletter; `None` leaves those links out of the mirror.
    pub server_url: Option<String>,
}

/// Where the files go. Called from several threads at once.
pub trait Sink: Sync {
    /// Stores the file at `path` (relative, `/`-separated: `en/2026/11/27/slug/index.html`).
    fn put(&self, path: &str, body: &[u8]) -> std::io::Result<()>;
}

/// How far an export has come.
pub trait Progress: Sync {
    /// The number of files the export will write, once known.
    fn total(&self, files: u64);
    /// Files written so far.
    fn done(&self, files: u64);
}

/// `…/page/N` on a mirror, `…?page=N` on the site.
pub(crate) fn page_url(mirror: bool, base_url: &str, n: i64) -> String {
    if mirror {
        format!("{}/page/{n}", base_url.trim_end_matches('/'))
    } else {
        format!("{base_url}?page={n}")
    }
}

/// The file an address is served from: a name with an extension is a file (`/en/rss.xml`),
/// anything else a folder with an `index.html` (`/en/2026/11/27/slug` →
/// `en/2026/11/27/slug/index.html`), which is what web servers look for by default.
pub fn file_for(path: &str) -> String {
    let trimmed = path.trim_start_matches('/');
    let last = trimmed.rsplit('/').next().unwrap_or("");
    if last.contains('.') {
        trimmed.to_string()
    } else if trimmed.is_empty() || trimmed.ends_with('/') {
        format!("{trimmed}index.html")
    } else {
        format!("{trimmed}/index.html")
    }
}

impl AppState {
    /// What templates get as `server`: the prefix of addresses only a server answers.
    pub(crate) fn server_prefix(&self) -> Value {
        match &self.mirror {
            None => Value::from(""),
            Some(MirrorLinks {
                server_url: Some(url),
            }) => Value::from(url.trim_end_matches('/')),
            Some(MirrorLinks { server_url: None }) => Value::from(()),
        }
    }
}

/// A visible story as the lists need it.
struct Listed {
    summary: Summary,
    /// `(slug, name)` of its tags.
    tags: Vec<(String, String)>,
}

/// Everything read before rendering: the visible stories, newest first, and the lists they
/// are on.
struct Plan {
    stories: Vec<Listed>,
    /// The visible stories in full, in id order, without their Markdown (pages show the HTML):
    /// read once, for their pages and the feeds.
    articles: Vec<Article>,
    by_id: HashMap<i64, usize>,
    /// Edition → its stories (indexes into `stories`), newest first.
    editions: BTreeMap<String, Vec<usize>>,
    regions: BTreeMap<(String, String), Vec<usize>>,
    /// `(edition, tag slug)` → (tag name, stories).
    tags: BTreeMap<(String, String), (String, Vec<usize>)>,
    /// `(edition, year, month, day)` → stories; month and day 0 for the year and month pages.
    dates: BTreeMap<(String, i16, i8, i8), Vec<usize>>,
    pins: HashMap<i64, Vec<i64>>,
    /// Images the stories show, `(id, file)`.
    media: BTreeSet<(i64, String)>,
    /// UTC months with stories, for the sitemaps.
    months: BTreeSet<(i16, i8)>,
}

impl Plan {
    fn summaries(&self, ids: &[usize]) -> Vec<Summary> {
        ids.iter()
            .map(|i| self.stories[*i].summary.clone())
            .collect()
    }

    fn visible(&self, ids: &[i64]) -> Vec<Summary> {
        ids.iter()
            .filter_map(|id| self.by_id.get(id))
            .map(|i| self.stories[*i].summary.clone())
            .collect()
    }
}

/// A list page to render.
enum ListJob<'a> {
    Front {
        ed: &'a EditionInfo,
        stories: &'a [usize],
    },
    List {
        ed: &'a EditionInfo,
        heading: String,
        base_url: String,
        feeds: Option<FeedScope>,
        stories: &'a [usize],
    },
    Feed {
        ed: &'a EditionInfo,
        scope: FeedScope,
        title: String,
        page: String,
        stories: &'a [usize],
    },
}

/// Renders every public page of the site at time `now` into `sink`. Returns the number of
/// files produced.
pub async fn export(
    state: &Arc<AppState>,
    now: i64,
    sink: &dyn Sink,
    progress: &dyn Progress,
) -> anyhow::Result<u64> {
    anyhow::ensure!(
        state.mirror.is_some(),
        "a mirror is rendered from AppState::build_for_mirror"
    );
    if state.search_stale {
        tracing::info!("no search index in step with the store: building one in memory");
        crate::search::rebuild(state.clone(), |_| {}).await?;
    }
    let started = std::time::Instant::now();
    let phase =
        |name: &str| tracing::debug!(ms = started.elapsed().as_millis() as u64, "export: {name}");
    // Store reads run as tasks of their own beside the rendering, which keeps the cores
    // busy; "See also" for every story is prepared meanwhile from one snapshot of the index,
    // with what every story's computation reads kept between stories.
    let similar = tokio::task::spawn_blocking({
        let search = state.search.clone();
        move || search.related_batch(now)
    });
    let plan = read_plan(state, now).await?;
    phase("plan read");
    let page_size = state.settings.page_size.max(1) as usize;
    let pages = |n: usize| n.div_ceil(page_size).max(1) as u64;
    let mut total = 2 * plan.stories.len() as u64 + state.theme.assets.len() as u64;
    total += plan.media.len() as u64;
    for ed in &state.site.editions {
        let stories = plan.editions.get(&ed.edition.code).map_or(0, Vec::len);
        total += pages(stories) + 3 + 1;
    }
    for stories in plan.regions.values() {
        total += pages(stories.len()) + 3;
    }
    for (_, stories) in plan.tags.values() {
        total += pages(stories.len()) + 3;
    }
    for stories in plan.dates.values() {
        total += pages(stories.len());
    }
    total += 4 + plan.months.len() as u64;
    progress.total(total);
    let done = AtomicU64::new(0);
    let put = |path: &str, body: &[u8]| -> anyhow::Result<()> {
        sink.put(path, body)
            .with_context(|| format!("writing {path}"))?;
        progress.done(done.fetch_add(1, Ordering::Relaxed) + 1);
        Ok(())
    };
    let page = |path: &str, outcome: Result<Outcome, WebError>| -> anyhow::Result<()> {
        match outcome.map_err(|e| anyhow::anyhow!("rendering {path}: {e:?}"))? {
            Outcome::Page(rendered) => put(&file_for(path), rendered.body.as_bytes()),
            Outcome::Redirect(to) => anyhow::bail!("{path} redirects to {to}"),
        }
    };

    // Files read once: theme assets, robots.txt, sitemaps, the archive index, images.
    for (path, asset) in &state.theme.assets {
        put(path.trim_start_matches('/'), &asset.identity)?;
    }
    let singles = tokio::spawn(singles(
        state.clone(),
        plan.months.clone(),
        plan.media.clone(),
        now,
    ));
    // The error page, for the web server's `error_page 404`.
    let not_found = state.error_page(
        &state.settings.default_edition,
        axum::http::StatusCode::NOT_FOUND,
    );
    put("404.html", not_found.as_bytes())?;

    // The front pages' blocks by country and the feeds' full stories are read while the
    // other lists are rendered.
    let by_region = tokio::spawn({
        let state = state.clone();
        async move {
            let mut by_region = HashMap::new();
            for ed in &state.site.editions {
                let code = &ed.edition.code;
                by_region.insert(code.clone(), state.front_regions(code, now).await?);
            }
            Ok::<_, WebError>(by_region)
        }
    });
    let mut jobs: Vec<ListJob> = Vec::new();
    let mut feed_ids: BTreeSet<i64> = BTreeSet::new();
    let feed_size = crate::feeds::FEED_SIZE as usize;
    for ed in &state.site.editions {
        let code = &ed.edition.code;
        let stories = plan.editions.get(code).map_or(&[][..], Vec::as_slice);
        jobs.push(ListJob::Front { ed, stories });
        jobs.push(ListJob::Feed {
            ed,
            scope: FeedScope::Edition,
            title: state.feed_title(ed, None),
            page: format!("/{code}/"),
            stories,
        });
    }
    for ((code, region), stories) in &plan.regions {
        let Some(ed) = state.site.edition(code) else {
            continue;
        };
        if !state.site.region_exists(region, code) {
            continue;
        }
        let name = state.site.region_name(region, code).to_string();
        jobs.push(ListJob::Feed {
            ed,
            scope: FeedScope::Region(region.clone()),
            title: state.feed_title(ed, Some(&name)),
            page: urls::region(code, region),
            stories,
        });
        jobs.push(ListJob::List {
            ed,
            heading: name,
            base_url: urls::region(code, region),
            feeds: Some(FeedScope::Region(region.clone())),
            stories,
        });
    }
    for ((code, slug), (name, stories)) in &plan.tags {
        let Some(ed) = state.site.edition(code) else {
            continue;
        };
        jobs.push(ListJob::Feed {
            ed,
            scope: FeedScope::Tag(slug.clone()),
            title: state.feed_title(ed, Some(name)),
            page: urls::tag(code, slug),
            stories,
        });
        jobs.push(ListJob::List {
            ed,
            heading: name.clone(),
            base_url: urls::tag(code, slug),
            feeds: Some(FeedScope::Tag(slug.clone())),
            stories,
        });
    }
    for ((code, year, month, day), stories) in &plan.dates {
        let Some(ed) = state.site.edition(code) else {
            continue;
        };
        let month = (*month > 0).then_some(*month);
        let day = (*day > 0).then_some(*day);
        let Some(span) = state.archive_span(ed, *year, month, day) else {
            continue;
        };
        jobs.push(ListJob::List {
            ed,
            heading: span.heading,
            base_url: span.url,
            feeds: None,
            stories,
        });
    }
    for job in &jobs {
        if let ListJob::Feed { stories, .. } = job {
            feed_ids.extend(
                stories
                    .iter()
                    .take(feed_size)
                    .map(|i| plan.stories[*i].summary.id),
            );
        }
    }
    let full: HashMap<i64, &Article> = plan
        .articles
        .iter()
        .filter(|a| feed_ids.contains(&a.summary.id))
        .map(|a| (a.summary.id, a))
        .collect();

    // The lists, in parallel, then the fronts and feeds once their stories are in.
    let (later, first): (Vec<ListJob>, Vec<ListJob>) = jobs
        .into_iter()
        .partition(|job| matches!(job, ListJob::Front { .. } | ListJob::Feed { .. }));
    // One unit of work per page (a feed's three formats are one), so that the two threads
    // finish together rather than one rendering an edition's hundred front pages alone.
    let units = |jobs: &'_ [ListJob<'_>]| -> Vec<(usize, usize)> {
        let mut units = Vec::new();
        for (i, job) in jobs.iter().enumerate() {
            match job {
                ListJob::Front { stories, .. } | ListJob::List { stories, .. } => {
                    units.extend((1..=pages(stories.len())).map(|n| (i, n as usize)));
                }
                ListJob::Feed { .. } => units.push((i, 0)),
            }
        }
        units
    };
    let render_lists = |jobs: &[ListJob],
                        by_region: &HashMap<String, Vec<(String, Vec<Summary>)>>,
                        full: &HashMap<i64, &Article>| {
        units(jobs)
            .par_iter()
            .try_for_each(|&(i, n)| -> anyhow::Result<()> {
                match &jobs[i] {
                    ListJob::Front { ed, stories } => {
                        let base = format!("/{}/", ed.edition.code);
                        let (chunk, more) = page_of(stories, n, page_size);
                        let pagination = state.pagination(n as i64, more, &base);
                        let blocks = match (n, by_region.get(&ed.edition.code)) {
                            (1, Some(blocks)) => blocks.as_slice(),
                            _ => &[],
                        };
                        let outcome =
                            state.front_page(ed, &plan.summaries(chunk), pagination, blocks);
                        page(&paged_path(&base, n), outcome)?;
                    }
                    ListJob::List {
                        ed,
                        heading,
                        base_url,
                        feeds,
                        stories,
                    } => {
                        let feeds = match feeds {
                            Some(scope) => state.feed_links(ed, scope, Some(heading)),
                            None => Vec::new(),
                        };
                        let (chunk, more) = page_of(stories, n, page_size);
                        let pagination = state.pagination(n as i64, more, base_url);
                        let outcome = state.list_html(
                            ed,
                            heading.clone(),
                            &plan.summaries(chunk),
                            pagination,
                            base_url,
                            feeds,
                        );
                        page(&paged_path(base_url, n), outcome)?;
                    }
                    ListJob::Feed {
                        ed,
                        scope,
                        title,
                        page: home,
                        stories,
                    } => {
                        let listed: Vec<i64> = stories
                            .iter()
                            .take(feed_size)
                            .map(|i| plan.stories[*i].summary.id)
                            .collect();
                        let articles: Vec<&Article> = listed
                            .iter()
                            .filter_map(|id| full.get(id).copied())
                            .collect();
                        for format in FeedFormat::ALL {
                            let path = crate::feeds::feed_url(&ed.edition.code, scope, format);
                            let outcome = state.feed_page(
                                ed,
                                scope,
                                title.clone(),
                                home,
                                &listed,
                                &articles,
                                format,
                                now,
                            );
                            page(&path, outcome)?;
                        }
                    }
                }
                Ok(())
            })
    };
    rayon_from_async(|| render_lists(&first, &HashMap::new(), &HashMap::new()))?;
    phase("lists written");
    let by_region = by_region.await??;
    phase("fronts' stories read");
    rayon_from_async(|| render_lists(&later, &by_region, &full))?;
    drop(full);
    phase("fronts and feeds written");
    for (path, body) in singles.await?? {
        put(&path, &body)?;
    }
    phase("single files written");

    // Every story and its printable version, read in batches, rendered in parallel.
    let latest: HashMap<&str, Vec<Summary>> = plan
        .editions
        .iter()
        .map(|(code, stories)| {
            let n = stories.len().min(LATEST_FOR_SEE_ALSO as usize);
            (code.as_str(), plan.summaries(&stories[..n]))
        })
        .collect();
    let similar = similar.await??;
    phase("\"See also\" prepared");
    let no_pins: Vec<i64> = Vec::new();
    rayon_from_async(|| {
        plan.articles
            .par_iter()
            .try_for_each(|article| -> anyhow::Result<()> {
                let s = &article.summary;
                let Some(ed) = state.site.edition(&s.edition) else {
                    return Ok(());
                };
                let translation_ids = article
                    .links()
                    .map(|l| state.translations.of(&l, now))
                    .unwrap_or_default();
                let translations = plan.visible(&translation_ids);
                let pins = plan.pins.get(&s.id).unwrap_or(&no_pins);
                let pinned = plan.visible(pins);
                let related_ids =
                    related_with_pins(article, pins, &pinned, SEE_ALSO, now, |id, query| {
                        similar.related(id, query.limit)
                    });
                let related = plan.visible(&related_ids);
                let latest = latest.get(s.edition.as_str()).map_or(&[][..], |l| l);
                let shown = see_also(article, related, latest);
                let url = urls::article(s, &ed.tz);
                let outcome =
                    state.article_page(ed, article, translations.clone(), shown, false, now);
                page(&url, outcome)?;
                let outcome = state.article_page(ed, article, translations, Vec::new(), true, now);
                page(&format!("{url}/print"), outcome)
            })
    })?;
    phase("stories written");
    Ok(done.load(Ordering::Relaxed))
}

/// Stories read from the store at a time.
const STORY_BATCH: i64 = 500;

/// Starts reading the [`STORY_BATCH`] stories after id `after` (all of them, whatever their
/// status), in a task of its own so that it goes on while the caller works on the last.
fn read_after(
    state: &Arc<AppState>,
    after: i64,
) -> tokio::task::JoinHandle<Result<Vec<Article>, dateline_store::StoreError>> {
    let state = state.clone();
    tokio::spawn(async move { state.store.articles_after(after, STORY_BATCH).await })
}

/// Runs rendering on rayon's threads from async code. On a multi-threaded runtime this
/// thread's other tasks are handed to the other workers first, so the store reads spawned
/// beside the rendering go on; on a single-threaded one (tests) they wait for it.
fn rayon_from_async<R>(work: impl FnOnce() -> R) -> R {
    match tokio::runtime::Handle::try_current() {
        Ok(handle) if handle.runtime_flavor() == tokio::runtime::RuntimeFlavor::MultiThread => {
            tokio::task::block_in_place(work)
        }
        _ => work(),
    }
}

/// The files read once (robots.txt, the sitemaps, each edition's archive index, the images),
/// rendered beside the lists: `(path, bytes)`.
async fn singles(
    state: Arc<AppState>,
    months: BTreeSet<(i16, i8)>,
    media: BTreeSet<(i64, String)>,
    now: i64,
) -> anyhow::Result<Vec<(String, Vec<u8>)>> {
    let mut files = Vec::new();
    let mut routes = vec![Route::Robots, Route::SitemapIndex, Route::NewsSitemap];
    routes.extend(
        months
            .iter()
            .map(|&(year, month)| Route::Sitemap { year, month }),
    );
    for ed in &state.site.editions {
        routes.push(Route::ArchiveIndex {
            edition: ed.edition.code.clone(),
        });
    }
    for route in routes {
        let path = route_path(&route);
        match state
            .render(&route, 1, now)
            .await
            .map_err(|e| anyhow::anyhow!("rendering {path}: {e:?}"))?
        {
            Outcome::Page(rendered) => files.push((file_for(&path), rendered.body.into_bytes())),
            Outcome::Redirect(to) => anyhow::bail!("{path} redirects to {to}"),
        }
    }
    for (id, file) in media {
        let width = file.split('.').next().and_then(|w| w.parse::<i64>().ok());
        let found = match width {
            Some(width) => state.store.media_file(id, width).await?,
            None => None,
        };
        match found {
            Some((_, bytes)) => files.push((format!("media/{id}/{file}"), bytes.to_vec())),
            None => tracing::warn!(id, file, "a story shows an image the store does not have"),
        }
    }
    Ok(files)
}

/// Page `n` (from 1) of a list, and whether more follow.
fn page_of(stories: &[usize], n: usize, size: usize) -> (&[usize], bool) {
    let from = ((n.max(1) - 1) * size).min(stories.len());
    (
        &stories[from..(from + size).min(stories.len())],
        n * size < stories.len(),
    )
}

/// The mirror's address of page `n` of the list at `base`.
fn paged_path(base: &str, n: usize) -> String {
    if n == 1 {
        base.to_string()
    } else {
        page_url(true, base, n as i64)
    }
}

/// The address a page-once route is served at.
fn route_path(route: &Route) -> String {
    match route {
        Route::Robots => "/robots.txt".into(),
        Route::SitemapIndex => "/sitemap.xml".into(),
        Route::NewsSitemap => "/sitemaps/news.xml".into(),
        Route::Sitemap { year, month } => format!("/sitemaps/{year:04}-{month:02}.xml"),
        Route::ArchiveIndex { edition } => format!("/{edition}/archive"),
        _ => "/".into(),
    }
}

/// Reads what the lists need of every visible story, in batches.
async fn read_plan(state: &Arc<AppState>, now: i64) -> anyhow::Result<Plan> {
    let mut stories: Vec<Listed> = Vec::new();
    let mut articles: Vec<Article> = Vec::new();
    let mut media = BTreeSet::new();
    let mut next = read_after(state, 0);
    loop {
        let batch = next.await??;
        let Some(last) = batch.last() else { break };
        next = read_after(state, last.summary.id);
        for mut a in batch {
            if a.summary.status != Status::Published || !a.is_visible(now) {
                continue;
            }
            media.extend(media_files(&a.body_html));
            stories.push(Listed {
                tags: a
                    .tags
                    .iter()
                    .map(|t| (t.slug.clone(), t.name.clone()))
                    .collect(),
                summary: a.summary.clone(),
            });
            a.body_markdown = String::new();
            articles.push(a);
        }
    }
    // The order of every list of the site: newest first, then the highest id.
    stories.sort_by(|a, b| {
        b.summary
            .published_at
            .cmp(&a.summary.published_at)
            .then(b.summary.id.cmp(&a.summary.id))
    });
    let mut plan = Plan {
        by_id: HashMap::with_capacity(stories.len()),
        editions: BTreeMap::new(),
        regions: BTreeMap::new(),
        tags: BTreeMap::new(),
        dates: BTreeMap::new(),
        pins: HashMap::new(),
        media,
        months: BTreeSet::new(),
        stories: Vec::new(),
        articles,
    };
    for (i, story) in stories.iter().enumerate() {
        let s = &story.summary;
        plan.by_id.insert(s.id, i);
        let Some(ed) = state.site.edition(&s.edition) else {
            continue;
        };
        let code = s.edition.clone();
        plan.editions.entry(code.clone()).or_default().push(i);
        for region in &s.regions {
            plan.regions
                .entry((code.clone(), region.clone()))
                .or_default()
                .push(i);
        }
        for (slug, name) in &story.tags {
            plan.tags
                .entry((code.clone(), slug.clone()))
                .or_insert_with(|| (name.clone(), Vec::new()))
                .1
                .push(i);
        }
        let at = crate::public::ts(s.published_at.unwrap_or(s.updated_at));
        let d = at.to_zoned(ed.tz.clone()).date();
        for key in [
            (d.year(), 0, 0),
            (d.year(), d.month(), 0),
            (d.year(), d.month(), d.day()),
        ] {
            plan.dates
                .entry((code.clone(), key.0, key.1, key.2))
                .or_default()
                .push(i);
        }
        let utc = at.to_zoned(jiff::tz::TimeZone::UTC).date();
        plan.months.insert((utc.year(), utc.month()));
    }
    plan.stories = stories;
    for (article, pinned) in state.store.all_pins().await? {
        plan.pins.entry(article).or_default().push(pinned);
    }
    Ok(plan)
}

/// The images a story's body shows (`/media/{id}/{file}` in `src` and `srcset`).
fn media_files(html: &str) -> Vec<(i64, String)> {
    let mut found = Vec::new();
    let mut rest = html;
    while let Some(at) = rest.find("/media/") {
        rest = &rest[at + "/media/".len()..];
        let end = rest.find(['"', ' ', ',', '\'']).unwrap_or(rest.len());
        if let Some((id, file)) = rest[..end].split_once('/') {
            if let Ok(id) = id.parse::<i64>() {
                if !file.is_empty() && !file.contains('/') && !file.starts_with('.') {
                    found.push((id, file.to_string()));
                }
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_become_files_web_servers_find() {
        assert_eq!(file_for("/en/"), "en/index.html");
        assert_eq!(
            file_for("/en/2026/11/27/slug"),
            "en/2026/11/27/slug/index.html"
        );
        assert_eq!(
            file_for("/en/2026/11/27/slug/print"),
            "en/2026/11/27/slug/print/index.html"
        );
        assert_eq!(file_for("/en/region/ir/rss.xml"), "en/region/ir/rss.xml");
        assert_eq!(file_for("/robots.txt"), "robots.txt");
        assert_eq!(file_for("/en/page/2"), "en/page/2/index.html");
    }

    #[test]
    fn pages_of_a_list() {
        assert_eq!(page_url(true, "/en/", 2), "/en/page/2");
        assert_eq!(page_url(true, "/en/tag/x", 3), "/en/tag/x/page/3");
        assert_eq!(page_url(false, "/en/tag/x", 3), "/en/tag/x?page=3");
    }

    #[test]
    fn images_of_a_body() {
        let html = r#"<img src="/media/3/1200.jpg" srcset="/media/3/480.jpg 480w, /media/3/1200.jpg 1200w" alt="">"#;
        assert_eq!(
            media_files(html),
            vec![
                (3, "1200.jpg".to_string()),
                (3, "480.jpg".to_string()),
                (3, "1200.jpg".to_string())
            ]
        );
        assert!(media_files("<a href=\"/media/x/../../etc\">").is_empty());
    }
}
