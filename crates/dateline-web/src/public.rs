//! The public site's pages: what each shows, read from the store and rendered from the
//! theme's templates, with the dependency tags the page cache files it under.

use std::collections::BTreeMap;

use axum::http::StatusCode;
use dateline_core::i18n::Arg;
use dateline_core::{markdown, time, Status};
use dateline_store::{Article, ListQuery, Summary};
use jiff::civil::Date;
use jiff::Timestamp;
use minijinja::{context, Value};
use serde::Serialize;

use crate::error::WebError;
use crate::feeds::FeedLink;
use crate::route::{FeedScope, Route};
use crate::site::{urls, EditionInfo};
use crate::structured;
use crate::AppState;

/// A rendered page (or feed, or sitemap) and what it was built from.
pub struct Rendered {
    pub body: String,
    pub content_type: &'static str,
    pub tags: Vec<String>,
}

const HTML: &str = "text/html; charset=utf-8";

impl Rendered {
    pub(crate) fn html(body: String, tags: Vec<String>) -> Rendered {
        Rendered {
            body,
            content_type: HTML,
            tags,
        }
    }
}

pub enum Outcome {
    Page(Rendered),
    Redirect(String),
}

/// Stories shown on an article page under "See also".
const SEE_ALSO: i64 = 5;
/// "See also" shows the time as well as the date of stories younger than this.
const RECENT: i64 = 48 * 3600;
const DAY: i64 = 24 * 3600;

#[derive(Serialize)]
struct RegionLink {
    code: String,
    name: String,
    name_upper: String,
    url: String,
}

#[derive(Serialize)]
struct StoryItem {
    id: i64,
    headline: String,
    standfirst: String,
    url: String,
    date_text: String,
    date_iso: String,
    regions: Vec<RegionLink>,
}

#[derive(Serialize)]
struct TagLink {
    name: String,
    url: String,
}

#[derive(Serialize)]
struct TranslationLink {
    edition_name: String,
    language: String,
    url: String,
    absolute_url: String,
}

#[derive(Serialize)]
struct ArticleView {
    id: i64,
    headline: String,
    standfirst: String,
    date_text: String,
    date_iso: String,
    updated_text: Option<String>,
    updated_iso: Option<String>,
    corrected_text: Option<String>,
    corrected_iso: Option<String>,
    correction_note: Option<String>,
    regions: Vec<RegionLink>,
    authors: Vec<String>,
    body_html: String,
    tags: Vec<TagLink>,
    url: String,
    absolute_url: String,
    print_url: String,
    translations: Vec<TranslationLink>,
}

/// A date archive: its stories were published in `[from, to)`.
pub(crate) struct ArchiveSpan {
    pub from: i64,
    pub to: i64,
    pub heading: String,
    pub url: String,
}

#[derive(Serialize)]
pub(crate) struct Pagination {
    page: i64,
    previous: Option<String>,
    next: Option<String>,
}

pub(crate) fn ts(secs: i64) -> Timestamp {
    Timestamp::from_second(secs).unwrap_or(Timestamp::UNIX_EPOCH)
}

impl AppState {
    pub(crate) fn base_context(&self, ed: &EditionInfo) -> Value {
        context! {
            site => context! { agency => &self.settings.agency, base_url => &self.settings.base_url },
            // Where pages only a running server answers (search, forms) are: "" on the site
            // itself, the live site on a static mirror, none when the mirror leaves them out.
            server => self.server_prefix(),
            edition => ed.value.clone(),
            editions => self.site.editions_value.clone(),
            t => ed.texts.clone(),
            assets => context! {
                css => self.theme.asset_urls.get("site.css"),
                js => self.theme.asset_urls.get("site.js"),
            },
        }
    }

    pub(crate) fn render_template(&self, name: &str, ctx: Value) -> Result<String, WebError> {
        Ok(self.theme.env.get_template(name)?.render(ctx)?)
    }

    fn region_links(&self, ed: &EditionInfo, codes: &[String]) -> Vec<RegionLink> {
        codes
            .iter()
            .map(|code| {
                let name = self.site.region_name(code, &ed.edition.code).to_string();
                RegionLink {
                    code: code.to_ascii_lowercase(),
                    name_upper: name.to_uppercase(),
                    url: urls::region(&ed.edition.code, code),
                    name,
                }
            })
            .collect()
    }

    pub(crate) fn format_time(
        &self,
        ed: &EditionInfo,
        secs: i64,
        with_time: bool,
    ) -> (String, String) {
        let pattern = if with_time {
            &ed.edition.datetime_format
        } else {
            &ed.edition.date_format
        };
        (
            time::format_with(ts(secs), &ed.tz, pattern, |m| ed.month_name(m)),
            time::rfc3339(ts(secs), &ed.tz),
        )
    }

    fn item(&self, ed: &EditionInfo, s: &Summary, with_time: bool) -> StoryItem {
        let (date_text, date_iso) =
            self.format_time(ed, s.published_at.unwrap_or(s.updated_at), with_time);
        StoryItem {
            id: s.id,
            headline: s.headline.clone(),
            standfirst: s.standfirst.clone(),
            url: urls::article(s, &ed.tz),
            date_text,
            date_iso,
            regions: self.region_links(ed, &s.regions),
        }
    }

    pub(crate) fn edition_info(&self, code: &str) -> Result<&EditionInfo, WebError> {
        self.site.edition(code).ok_or(WebError::NotFound)
    }

    /// Renders the page at `route`; `page` is the 1-based list page.
    pub async fn render(&self, route: &Route, page: i64, now: i64) -> Result<Outcome, WebError> {
        match route {
            Route::Front { edition } => self.front(edition, page, now).await,
            Route::Article {
                edition,
                date,
                slug,
                print,
            } => self.article(edition, *date, slug, *print, now).await,
            Route::Region { edition, code } => self.region(edition, code, page, now).await,
            Route::Tag { edition, slug } => self.tag(edition, slug, page, now).await,
            Route::ArchiveIndex { edition } => self.archive_index(edition, now).await,
            Route::Archive {
                edition,
                year,
                month,
                day,
            } => self.archive(edition, *year, *month, *day, page, now).await,
            Route::Feed {
                edition,
                scope,
                format,
            } => self.feed(edition, scope, *format, now).await,
            Route::Robots => self.robots(),
            Route::SitemapIndex => self.sitemap_index(now).await,
            Route::Sitemap { year, month } => self.month_sitemap(*year, *month, now).await,
            Route::NewsSitemap => self.news_sitemap(now).await,
            Route::Root | Route::EditionNoSlash { .. } | Route::NotFound { .. } => {
                Err(WebError::NotFound)
            }
        }
    }

    /// One page of a list, with links to its neighbours. An empty page past the first is
    /// not found.
    async fn paged(
        &self,
        mut query: ListQuery,
        page: i64,
        base_url: &str,
    ) -> Result<(Vec<Summary>, Pagination), WebError> {
        let size = self.settings.page_size;
        query.limit = size + 1;
        query.offset = (page - 1) * size;
        let mut found = self.store.list(&query).await?;
        if found.is_empty() && page > 1 {
            return Err(WebError::NotFound);
        }
        let more = found.len() as i64 > size;
        found.truncate(size as usize);
        Ok((found, self.pagination(page, more, base_url)))
    }

    /// The links to a list page's neighbours: `?page=N` on the site, `…/page/N` on a static
    /// mirror (a file server cannot tell pages apart by their query string).
    pub(crate) fn pagination(&self, page: i64, more: bool, base_url: &str) -> Pagination {
        let page_url = |n: i64| {
            if n == 1 {
                base_url.to_string()
            } else {
                crate::mirror::page_url(self.mirror.is_some(), base_url, n)
            }
        };
        Pagination {
            page,
            previous: (page > 1).then(|| page_url(page - 1)),
            next: more.then(|| page_url(page + 1)),
        }
    }

    fn items(&self, ed: &EditionInfo, stories: &[Summary], with_time: bool) -> Vec<StoryItem> {
        stories
            .iter()
            .map(|s| self.item(ed, s, with_time))
            .collect()
    }

    fn list_tags(ed: &EditionInfo, items: &[StoryItem]) -> Vec<String> {
        let mut tags = vec![format!("list:{}", ed.edition.code)];
        tags.extend(items.iter().map(|i| format!("a:{}", i.id)));
        tags
    }

    async fn front(&self, edition: &str, page: i64, now: i64) -> Result<Outcome, WebError> {
        let ed = self.edition_info(edition)?;
        let query = ListQuery {
            edition: Some(edition.into()),
            now,
            ..Default::default()
        };
        let base_url = format!("/{edition}/");
        let (items, pagination) = self.paged(query, page, &base_url).await?;
        let by_region = if page == 1 {
            self.front_regions(edition, now).await?
        } else {
            Vec::new()
        };
        self.front_page(ed, &items, pagination, &by_region)
    }

    /// The front page's blocks of stories by country: the busiest regions of the last 90
    /// days (of all time when none), four stories each.
    pub(crate) async fn front_regions(
        &self,
        edition: &str,
        now: i64,
    ) -> Result<Vec<(String, Vec<Summary>)>, WebError> {
        let mut busiest = self
            .store
            .busiest_regions(edition, now, now - 90 * DAY, 6)
            .await?;
        if busiest.is_empty() {
            busiest = self
                .store
                .busiest_regions(edition, now, i64::MIN / 2, 6)
                .await?;
        }
        let mut blocks = Vec::new();
        for (code, _) in busiest {
            let stories = self
                .store
                .list(&ListQuery {
                    edition: Some(edition.into()),
                    region: Some(code.clone()),
                    now,
                    limit: 4,
                    ..Default::default()
                })
                .await?;
            blocks.push((code, stories));
        }
        Ok(blocks)
    }

    /// A front page from its stories: the page's share of the latest, and on the first page
    /// the blocks by country.
    pub(crate) fn front_page(
        &self,
        ed: &EditionInfo,
        stories: &[Summary],
        pagination: Pagination,
        by_region: &[(String, Vec<Summary>)],
    ) -> Result<Outcome, WebError> {
        let edition = ed.edition.code.as_str();
        let items = self.items(ed, stories, true);
        let mut tags = Self::list_tags(ed, &items);
        let by_region: Vec<Value> = by_region
            .iter()
            .map(|(code, stories)| {
                tags.extend(stories.iter().map(|s| format!("a:{}", s.id)));
                context! {
                    code => code.to_ascii_lowercase(),
                    name => self.site.region_name(code, edition),
                    url => urls::region(edition, code),
                    items => self.items(ed, stories, false),
                }
            })
            .collect();
        let ctx = context! {
            canonical => format!("{}/{edition}/", self.settings.base_url),
            description => &ed.edition.motto,
            feeds => self.edition_feed_links(ed),
            items, pagination, by_region,
            ..self.base_context(ed)
        };
        Ok(Outcome::Page(Rendered::html(
            self.render_template("front.html", ctx)?,
            tags,
        )))
    }

    async fn article(
        &self,
        edition: &str,
        date: (i16, i8, i8),
        slug: &str,
        print: bool,
        now: i64,
    ) -> Result<Outcome, WebError> {
        let ed = self.edition_info(edition)?;
        let Some(article) = self.store.article_by_slug(edition, slug).await? else {
            return Err(WebError::NotFound);
        };
        if !article.is_visible(now) {
            return Err(if article.summary.status == Status::Unpublished {
                WebError::Gone
            } else {
                WebError::NotFound
            });
        }
        let url = urls::article(&article.summary, &ed.tz);
        let requested = format!(
            "/{edition}/{:04}/{:02}/{:02}/{slug}",
            date.0, date.1, date.2
        );
        if url != requested {
            // The publication date moved: send readers and search engines to the address now.
            return Ok(Outcome::Redirect(if print {
                format!("{url}/print")
            } else {
                url
            }));
        }
        // One query for the summaries of both the translations and "See also".
        let links = article.links();
        let translation_ids = links
            .as_ref()
            .map(|l| self.translations.of(l, now))
            .unwrap_or_default();
        let related_ids = if print {
            Vec::new()
        } else {
            self.related_ids(&article, SEE_ALSO as usize, now).await?
        };
        let wanted: Vec<i64> = translation_ids
            .iter()
            .chain(&related_ids)
            .copied()
            .collect();
        let mut found = self.store.summaries(&wanted).await?;
        let mut take = |ids: &[i64]| -> Vec<Summary> {
            ids.iter()
                .filter_map(|id| {
                    found
                        .iter()
                        .position(|s| s.id == *id)
                        .map(|i| found.swap_remove(i))
                })
                .filter(|s| s.is_visible(now))
                .collect()
        };
        let translations = take(&translation_ids);
        let related = take(&related_ids);
        let see_also = if print || related.len() >= SEE_ALSO as usize {
            related
        } else {
            let latest = self
                .store
                .list(&ListQuery {
                    edition: Some(article.summary.edition.clone()),
                    now,
                    limit: LATEST_FOR_SEE_ALSO,
                    ..Default::default()
                })
                .await?;
            see_also(&article, related, &latest)
        };
        self.article_page(ed, &article, translations, see_also, print, now)
    }

    /// An article page (or its printable version) from its parts: the translations and the
    /// "See also" stories, visible ones only, in order.
    pub(crate) fn article_page(
        &self,
        ed: &EditionInfo,
        article: &Article,
        mut translations: Vec<Summary>,
        see_also: Vec<Summary>,
        print: bool,
        now: i64,
    ) -> Result<Outcome, WebError> {
        let edition = ed.edition.code.as_str();
        let url = urls::article(&article.summary, &ed.tz);
        translations.sort_by_key(|t| {
            self.site
                .edition(&t.edition)
                .map_or(i64::MAX, |e| e.edition.position)
        });
        let mut tags = vec![format!("a:{}", article.summary.id)];
        tags.extend(translations.iter().map(|t| format!("a:{}", t.id)));
        if let Some(group) = &article.summary.translation_group {
            tags.push(format!("g:{group}"));
        }
        let view = self.article_view(ed, article, &translations);
        let ctx = if print {
            context! { article => view, ..self.base_context(ed) }
        } else {
            tags.extend(see_also.iter().map(|s| format!("a:{}", s.id)));
            // A story published later may join this page's "See also": it will share a region
            // or a tag with it.
            tags.extend(
                article
                    .summary
                    .regions
                    .iter()
                    .map(|c| format!("r:{edition}:{c}")),
            );
            tags.extend(article.tags.iter().map(|t| format!("t:{}", t.id)));
            if see_also.len() < SEE_ALSO as usize {
                tags.push(format!("list:{edition}"));
            }
            let see_also: Vec<StoryItem> = see_also
                .iter()
                .map(|s| self.item(ed, s, now - s.published_at.unwrap_or(0) < RECENT))
                .collect();
            let meta = self.article_meta(ed, article, &view, &translations);
            context! {
                article => view,
                see_also,
                meta,
                canonical => format!("{}{}", self.settings.base_url, url),
                description => &article.summary.standfirst,
                feeds => self.edition_feed_links(ed),
                ..self.base_context(ed)
            }
        };
        let template = if print { "print.html" } else { "article.html" };
        Ok(Outcome::Page(Rendered::html(
            self.render_template(template, ctx)?,
            tags,
        )))
    }

    fn article_view(&self, ed: &EditionInfo, a: &Article, translations: &[Summary]) -> ArticleView {
        let s = &a.summary;
        let published = s.published_at.unwrap_or(s.updated_at);
        let (date_text, date_iso) = self.format_time(ed, published, true);
        // Typo fixes within minutes of publication are not worth an "Updated" line.
        let updated =
            (s.updated_at > published + 600).then(|| self.format_time(ed, s.updated_at, true));
        let url = urls::article(s, &ed.tz);
        let corrected = a.corrected_at.map(|at| self.format_time(ed, at, true));
        ArticleView {
            corrected_text: corrected.as_ref().map(|c| c.0.clone()),
            corrected_iso: corrected.map(|c| c.1),
            correction_note: a.correction_note.clone(),
            id: s.id,
            headline: s.headline.clone(),
            standfirst: s.standfirst.clone(),
            date_text,
            date_iso,
            updated_text: updated.as_ref().map(|u| u.0.clone()),
            updated_iso: updated.map(|u| u.1),
            regions: self.region_links(ed, &s.regions),
            authors: a.authors.iter().map(|n| n.name.clone()).collect(),
            body_html: markdown::with_dateline(
                &a.body_html,
                &a.dateline_place,
                &self.settings.agency,
            ),
            tags: a
                .tags
                .iter()
                .map(|t| TagLink {
                    name: t.name.clone(),
                    url: urls::tag(&s.edition, &t.slug),
                })
                .collect(),
            absolute_url: format!("{}{}", self.settings.base_url, url),
            print_url: format!("{url}/print"),
            url,
            translations: translations
                .iter()
                .filter_map(|t| {
                    let other = self.site.edition(&t.edition)?;
                    let url = urls::article(t, &other.tz);
                    Some(TranslationLink {
                        edition_name: other.edition.name.clone(),
                        language: other.edition.language.clone(),
                        absolute_url: format!("{}{}", self.settings.base_url, url),
                        url,
                    })
                })
                .collect(),
        }
    }

    /// The article page's metadata for search engines and social sites: JSON-LD, OpenGraph,
    /// Twitter card, `hreflang` alternates.
    fn article_meta(
        &self,
        ed: &EditionInfo,
        a: &Article,
        view: &ArticleView,
        translations: &[Summary],
    ) -> Value {
        let base = &self.settings.base_url;
        let s = &a.summary;
        let modified_iso = time::rfc3339(ts(s.updated_at.max(s.published_at.unwrap_or(0))), &ed.tz);
        let image = structured::first_image(&a.body_html, base);
        let logo = self
            .theme
            .asset_urls
            .get("logo.svg")
            .map(|path| format!("{base}{path}"));
        let site_url = format!("{base}/{}/", ed.edition.code);
        let keywords: Vec<&str> = view
            .regions
            .iter()
            .map(|r| r.name.as_str())
            .chain(view.tags.iter().map(|t| t.name.as_str()))
            .collect();
        let json_ld = structured::news_article(&structured::StoryFacts {
            headline: &s.headline,
            description: &s.standfirst,
            url: &view.absolute_url,
            published_iso: &view.date_iso,
            modified_iso: &modified_iso,
            authors: &view.authors,
            language: &ed.edition.language,
            image: image.as_deref(),
            dateline_place: &a.dateline_place,
            dateline_country: self.site.region_named(&a.dateline_place, &ed.edition.code),
            correction: view
                .correction_note
                .as_deref()
                .zip(view.corrected_iso.as_deref()),
            keywords,
            agency: &self.settings.agency,
            site_url: &site_url,
            logo: logo.as_deref(),
        });
        let mut versions: Vec<(i64, &str, &str, &str)> = vec![(
            ed.edition.position,
            &ed.edition.code,
            &ed.edition.language,
            &view.absolute_url,
        )];
        let mut locale_alternates = Vec::new();
        for (t, link) in translations.iter().zip(&view.translations) {
            if let Some(other) = self.site.edition(&t.edition) {
                versions.push((
                    other.edition.position,
                    &other.edition.code,
                    &other.edition.language,
                    &link.absolute_url,
                ));
                locale_alternates.push(other.edition.locale.as_str());
            }
        }
        versions.sort_by_key(|v| v.0);
        let versions: Vec<(&str, &str, &str)> = versions.iter().map(|v| (v.1, v.2, v.3)).collect();
        context! {
            json_ld,
            alternates => structured::alternates(&versions, &self.settings.default_edition),
            locale => &ed.edition.locale,
            locale_alternates,
            modified_iso,
            image,
            twitter_card => if image.is_some() { "summary_large_image" } else { "summary" },
            tags => view.tags.iter().map(|t| t.name.as_str()).collect::<Vec<_>>(),
        }
    }

    /// A list page; `feeds` are the feeds of the same stories, when it has any.
    async fn list_page(
        &self,
        ed: &EditionInfo,
        heading: String,
        query: ListQuery,
        page: i64,
        base_url: String,
        feeds: Vec<FeedLink>,
    ) -> Result<Outcome, WebError> {
        let (stories, pagination) = self.paged(query, page, &base_url).await?;
        self.list_html(ed, heading, &stories, pagination, &base_url, feeds)
    }

    /// A list page from its stories.
    pub(crate) fn list_html(
        &self,
        ed: &EditionInfo,
        heading: String,
        stories: &[Summary],
        pagination: Pagination,
        base_url: &str,
        feeds: Vec<FeedLink>,
    ) -> Result<Outcome, WebError> {
        let items = self.items(ed, stories, true);
        let tags = Self::list_tags(ed, &items);
        let ctx = context! {
            heading,
            canonical => format!("{}{}", self.settings.base_url, base_url),
            items, pagination, feeds,
            ..self.base_context(ed)
        };
        Ok(Outcome::Page(Rendered::html(
            self.render_template("list.html", ctx)?,
            tags,
        )))
    }

    async fn region(
        &self,
        edition: &str,
        code: &str,
        page: i64,
        now: i64,
    ) -> Result<Outcome, WebError> {
        let ed = self.edition_info(edition)?;
        if !self.site.region_exists(code, edition) {
            return Err(WebError::NotFound);
        }
        let query = ListQuery {
            edition: Some(edition.into()),
            region: Some(code.into()),
            now,
            ..Default::default()
        };
        let heading = self.site.region_name(code, edition).to_string();
        let feeds = self.feed_links(ed, &FeedScope::Region(code.into()), Some(&heading));
        self.list_page(ed, heading, query, page, urls::region(edition, code), feeds)
            .await
    }

    async fn tag(
        &self,
        edition: &str,
        slug: &str,
        page: i64,
        now: i64,
    ) -> Result<Outcome, WebError> {
        let ed = self.edition_info(edition)?;
        let Some(tag) = self.store.tag(edition, slug).await? else {
            return Err(WebError::NotFound);
        };
        let query = ListQuery {
            edition: Some(edition.into()),
            tag: Some(slug.into()),
            now,
            ..Default::default()
        };
        let feeds = self.feed_links(ed, &FeedScope::Tag(slug.into()), Some(&tag.name));
        self.list_page(ed, tag.name, query, page, urls::tag(edition, slug), feeds)
            .await
    }

    async fn archive_index(&self, edition: &str, now: i64) -> Result<Outcome, WebError> {
        let ed = self.edition_info(edition)?;
        let mut months: BTreeMap<(i16, i8), i64> = BTreeMap::new();
        for at in self.store.publication_times(edition, now).await? {
            let d = ts(at).to_zoned(ed.tz.clone()).date();
            *months.entry((d.year(), d.month())).or_default() += 1;
        }
        let mut years: Vec<Value> = Vec::new();
        let mut current: Option<(i16, Vec<Value>)> = None;
        for ((year, month), count) in months.into_iter().rev() {
            if current.as_ref().is_some_and(|(y, _)| *y != year) {
                let (y, ms) = current.take().expect("checked");
                years.push(
                    context! { year => y, url => format!("/{edition}/{y:04}"), months => ms },
                );
            }
            let entry = current.get_or_insert_with(|| (year, Vec::new()));
            entry.1.push(context! {
                name => capitalise(&self.month_heading(ed, year, month)),
                url => format!("/{edition}/{year:04}/{month:02}"),
                count,
            });
        }
        if let Some((y, ms)) = current {
            years.push(context! { year => y, url => format!("/{edition}/{y:04}"), months => ms });
        }
        let ctx = context! {
            years,
            canonical => format!("{}/{edition}/archive", self.settings.base_url),
            ..self.base_context(ed)
        };
        Ok(Outcome::Page(Rendered::html(
            self.render_template("archive.html", ctx)?,
            vec![format!("list:{edition}")],
        )))
    }

    async fn archive(
        &self,
        edition: &str,
        year: i16,
        month: Option<i8>,
        day: Option<i8>,
        page: i64,
        now: i64,
    ) -> Result<Outcome, WebError> {
        let ed = self.edition_info(edition)?;
        let archive = self
            .archive_span(ed, year, month, day)
            .ok_or(WebError::NotFound)?;
        let query = ListQuery {
            edition: Some(edition.into()),
            from: Some(archive.from),
            to: Some(archive.to),
            now,
            ..Default::default()
        };
        self.list_page(ed, archive.heading, query, page, archive.url, Vec::new())
            .await
    }

    /// What a date archive covers, in the edition's time zone, and how it is named; `None`
    /// for a date that does not exist.
    pub(crate) fn archive_span(
        &self,
        ed: &EditionInfo,
        year: i16,
        month: Option<i8>,
        day: Option<i8>,
    ) -> Option<ArchiveSpan> {
        let edition = &ed.edition.code;
        let start = Date::new(year, month.unwrap_or(1), day.unwrap_or(1)).ok()?;
        let end = match (month, day) {
            (_, Some(_)) => start.tomorrow(),
            (Some(_), None) => start.checked_add(jiff::Span::new().months(1)),
            (None, None) => start.checked_add(jiff::Span::new().years(1)),
        }
        .ok()?;
        let at = |d: Date| d.to_zoned(ed.tz.clone()).map(|z| z.timestamp().as_second());
        let (Ok(from), Ok(to)) = (at(start), at(end)) else {
            return None;
        };
        let heading = match (month, day) {
            (Some(_), Some(_)) => {
                time::format_with(ts(from), &ed.tz, &ed.edition.date_format, |m| {
                    ed.month_name(m)
                })
            }
            (Some(m), None) => capitalise(&self.month_heading(ed, year, m)),
            _ => year.to_string(),
        };
        let mut url = format!("/{edition}/{year:04}");
        if let Some(m) = month {
            url.push_str(&format!("/{m:02}"));
        }
        if let Some(d) = day {
            url.push_str(&format!("/{d:02}"));
        }
        Some(ArchiveSpan {
            from,
            to,
            heading,
            url,
        })
    }

    /// The error page in an edition's language.
    pub fn error_page(&self, edition: &str, status: StatusCode) -> String {
        let ed = self
            .site
            .edition(edition)
            .or_else(|| self.site.editions.first());
        let Some(ed) = ed else {
            return status.canonical_reason().unwrap_or("Error").to_string();
        };
        let lang = &ed.edition.language;
        let (heading, message) = match status {
            StatusCode::NOT_FOUND | StatusCode::GONE => (
                self.site.text(lang, "not_found_title"),
                self.site.text(lang, "not_found_text"),
            ),
            _ => (
                self.site.text(lang, "error_title"),
                self.site.text(lang, "error_text"),
            ),
        };
        let ctx = context! { heading, message, ..self.base_context(ed) };
        self.render_template("error.html", ctx).unwrap_or_else(|e| {
            tracing::error!(error = %e, "error template failed");
            heading.to_string()
        })
    }
}

impl AppState {
    /// "August 2022" as the edition writes it (`month_year` in its message file).
    fn month_heading(&self, ed: &EditionInfo, year: i16, month: i8) -> String {
        let year = year.to_string();
        self.site.message(
            &ed.edition.language,
            "month_year",
            &[
                ("month", Arg::Text(ed.month_name(month))),
                ("m", Arg::Number(month.into())),
                ("year", Arg::Text(&year)),
            ],
        )
    }
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// How many of an edition's latest stories "See also" may need to fill its places.
pub(crate) const LATEST_FOR_SEE_ALSO: i64 = SEE_ALSO * 2 + 2;

/// Related stories, topped up from `latest` (the edition's latest visible stories, newest
/// first, at least [`LATEST_FOR_SEE_ALSO`] of them when there are) when too few share
/// anything; never the story itself or one of its translations.
pub(crate) fn see_also(
    article: &Article,
    mut related: Vec<Summary>,
    latest: &[Summary],
) -> Vec<Summary> {
    if related.len() < SEE_ALSO as usize {
        for s in latest.iter().take(LATEST_FOR_SEE_ALSO as usize) {
            let same_story = s.id == article.summary.id
                || (s.translation_group.is_some()
                    && s.translation_group == article.summary.translation_group);
            if related.len() < SEE_ALSO as usize
                && !same_story
                && !related.iter().any(|r| r.id == s.id)
            {
                related.push(s.clone());
            }
        }
    }
    related
}
