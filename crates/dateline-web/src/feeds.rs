//! Feeds: an edition's latest stories, or a region's or a tag's, as RSS 2.0, Atom 1.0 and
//! JSON Feed 1.1. They list exactly what the page they sit under lists (visible stories
//! only: never drafts, never embargoed ones) and are cached and dropped with it.
//!
//! Each story is identified by a `tag:` URI made of the site's host, the day the story was
//! created and its id (`tag:example.org,2022-08-09:article-1234`): a feed reader keeps
//! recognising a story whose headline, address or publication date is changed later.

use dateline_core::{markdown, time};
use dateline_store::{Article, ListQuery};
use minijinja::context;
use serde::Serialize;

use crate::error::WebError;
use crate::public::{ts, Outcome, Rendered};
use crate::route::{FeedFormat, FeedScope};
use crate::site::{urls, EditionInfo};
use crate::AppState;

/// Stories in a feed: a day or two of an agency's output, enough for readers polling hourly.
pub(crate) const FEED_SIZE: i64 = 30;

/// A feed as a page's `<link rel="alternate">` names it.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct FeedLink {
    /// `application/rss+xml`, ...
    pub media_type: &'static str,
    /// `RSS`, `Atom`, `JSON Feed`.
    pub name: &'static str,
    pub title: String,
    pub url: String,
}

/// The address of a scope's feed in `format`.
pub(crate) fn feed_url(edition: &str, scope: &FeedScope, format: FeedFormat) -> String {
    let page = match scope {
        FeedScope::Edition => format!("/{edition}"),
        FeedScope::Region(code) => urls::region(edition, code),
        FeedScope::Tag(slug) => urls::tag(edition, slug),
    };
    format!("{page}/{}", format.file())
}

/// What is printed in a feed about one story.
#[derive(Serialize)]
struct Entry {
    id: String,
    title: String,
    url: String,
    summary: String,
    /// The body, with the dateline and absolute links; absent when feeds carry summaries.
    content_html: Option<String>,
    /// RFC 3339, for Atom and JSON Feed.
    published: String,
    updated: String,
    /// RFC 822, for RSS.
    published_rfc822: String,
    authors: Vec<String>,
    categories: Vec<String>,
}

#[derive(Serialize)]
struct JsonFeed<'a> {
    version: &'static str,
    title: &'a str,
    home_page_url: &'a str,
    feed_url: &'a str,
    description: &'a str,
    language: &'a str,
    authors: Vec<JsonAuthor<'a>>,
    items: Vec<JsonItem<'a>>,
}

#[derive(Serialize)]
struct JsonAuthor<'a> {
    name: &'a str,
}

#[derive(Serialize)]
struct JsonItem<'a> {
    id: &'a str,
    url: &'a str,
    title: &'a str,
    summary: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    content_html: Option<&'a str>,
    /// JSON Feed wants one of the two contents; a summary-only feed repeats the standfirst.
    #[serde(skip_serializing_if = "Option::is_none")]
    content_text: Option<&'a str>,
    date_published: &'a str,
    date_modified: &'a str,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    authors: Vec<JsonAuthor<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    tags: Vec<&'a str>,
    language: &'a str,
}

/// The host of the site's public address, the naming authority of its `tag:` URIs.
fn tag_authority(base_url: &str) -> &str {
    let rest = base_url.split_once("://").map_or(base_url, |(_, r)| r);
    let host = rest.split('/').next().unwrap_or(rest);
    let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
    // An IPv6 literal keeps its brackets' content; a port is not part of a name.
    match host.strip_prefix('[') {
        Some(v6) => v6.split(']').next().unwrap_or(v6),
        None => host.split(':').next().unwrap_or(host),
    }
}

/// The identifier a story keeps for good (RFC 4151): neither its slug nor its publication
/// date, which editors may change, are part of it.
pub(crate) fn story_id(base_url: &str, article_id: i64, created_at: i64) -> String {
    let day = ts(created_at).to_zoned(jiff::tz::TimeZone::UTC).date();
    format!(
        "tag:{},{:04}-{:02}-{:02}:article-{article_id}",
        tag_authority(base_url),
        day.year(),
        day.month(),
        day.day()
    )
}

/// Makes the site-relative addresses of a body absolute (`/media/...` images, links to
/// other stories) and footnote anchors point into the story's page: a feed reader shows
/// the body away from the site.
fn absolute_links(html: &str, base_url: &str, page_url: &str) -> String {
    let mut out = String::with_capacity(html.len() + 256);
    let mut rest = html;
    while let Some(at) = rest.find("=\"") {
        let (before, after) = rest.split_at(at + 2);
        out.push_str(before);
        let attribute = before[..before.len() - 2]
            .rsplit(|c: char| c.is_ascii_whitespace())
            .next()
            .unwrap_or("");
        let end = after.find('"').unwrap_or(after.len());
        let (value, tail) = after.split_at(end);
        match attribute {
            "href" | "src" => out.push_str(&absolute(value, base_url, page_url)),
            "srcset" => {
                let candidates: Vec<String> = value
                    .split(',')
                    .map(|c| {
                        let c = c.trim();
                        absolute(c, base_url, page_url)
                    })
                    .collect();
                out.push_str(&candidates.join(", "));
            }
            _ => out.push_str(value),
        }
        rest = tail;
    }
    out.push_str(rest);
    out
}

fn absolute(value: &str, base_url: &str, page_url: &str) -> String {
    if value.starts_with('/') && !value.starts_with("//") {
        format!("{base_url}{value}")
    } else if value.starts_with('#') {
        format!("{page_url}{value}")
    } else {
        value.to_string()
    }
}

impl AppState {
    /// A feed's title: the edition's for its own feed, else what the page is about (a
    /// region's or a tag's name), each with the agency's name.
    pub(crate) fn feed_title(&self, ed: &EditionInfo, about: Option<&str>) -> String {
        match about {
            None => format!("{} – {}", self.settings.agency, ed.edition.name),
            Some(name) => format!("{name} – {}", self.settings.agency),
        }
    }

    /// The feeds of a scope, for the `<link rel="alternate">` of its page; `about` as for
    /// [`AppState::feed_title`].
    pub(crate) fn feed_links(
        &self,
        ed: &EditionInfo,
        scope: &FeedScope,
        about: Option<&str>,
    ) -> Vec<FeedLink> {
        let title = self.feed_title(ed, about);
        FeedFormat::ALL
            .iter()
            .map(|format| FeedLink {
                media_type: format.media_type(),
                name: format.name(),
                title: format!("{title} ({})", format.name()),
                url: feed_url(&ed.edition.code, scope, *format),
            })
            .collect()
    }

    /// The edition's own feeds, linked from its front page and its articles.
    pub(crate) fn edition_feed_links(&self, ed: &EditionInfo) -> Vec<FeedLink> {
        self.feed_links(ed, &FeedScope::Edition, None)
    }

    fn entry(&self, ed: &EditionInfo, a: &Article) -> Entry {
        let s = &a.summary;
        let base = &self.settings.base_url;
        let url = format!("{base}{}", urls::article(s, &ed.tz));
        let published = s.published_at.unwrap_or(s.updated_at);
        // A story saved while scheduled was last changed before it came out.
        let updated = s.updated_at.max(published);
        let content_html = self.settings.feeds_full_text.then(|| {
            let body =
                markdown::with_dateline(&a.body_html, &a.dateline_place, &self.settings.agency);
            absolute_links(&body, base, &url)
        });
        Entry {
            id: story_id(base, s.id, a.created_at),
            title: s.headline.clone(),
            summary: s.standfirst.clone(),
            content_html,
            published: time::rfc3339(ts(published), &ed.tz),
            updated: time::rfc3339(ts(updated), &ed.tz),
            published_rfc822: time::rfc822(ts(published), &ed.tz),
            authors: a.authors.iter().map(|n| n.name.clone()).collect(),
            categories: a.tags.iter().map(|t| t.name.clone()).collect(),
            url,
        }
    }

    /// A feed of the latest visible stories of `scope`, filed in the cache like the list page
    /// it mirrors.
    pub(crate) async fn feed(
        &self,
        edition: &str,
        scope: &FeedScope,
        format: FeedFormat,
        now: i64,
    ) -> Result<Outcome, WebError> {
        let ed = self.edition_info(edition)?;
        let mut query = ListQuery {
            edition: Some(edition.into()),
            now,
            limit: FEED_SIZE,
            ..Default::default()
        };
        let (title, page) = match scope {
            FeedScope::Edition => (self.feed_title(ed, None), format!("/{edition}/")),
            FeedScope::Region(code) => {
                if !self.site.region_exists(code, edition) {
                    return Err(WebError::NotFound);
                }
                query.region = Some(code.clone());
                let name = self.site.region_name(code, edition);
                (self.feed_title(ed, Some(name)), urls::region(edition, code))
            }
            FeedScope::Tag(slug) => {
                let Some(tag) = self.store.tag(edition, slug).await? else {
                    return Err(WebError::NotFound);
                };
                query.tag = Some(slug.clone());
                (
                    self.feed_title(ed, Some(&tag.name)),
                    urls::tag(edition, slug),
                )
            }
        };
        let listed = self.store.list(&query).await?;
        let ids: Vec<i64> = listed.iter().map(|s| s.id).collect();
        let mut articles = self.store.articles(&ids).await?;
        // Newest first, as listed; a story unpublished between the two reads is left out.
        articles.retain(|a| a.is_visible(now));
        articles.sort_by_key(|a| ids.iter().position(|id| *id == a.summary.id));
        let articles: Vec<&Article> = articles.iter().collect();
        self.feed_page(ed, scope, title, &page, &ids, &articles, format, now)
    }

    /// A feed from its stories (`articles`, newest first; `listed`: the ids the list held).
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn feed_page(
        &self,
        ed: &EditionInfo,
        scope: &FeedScope,
        title: String,
        page: &str,
        listed: &[i64],
        articles: &[&Article],
        format: FeedFormat,
        now: i64,
    ) -> Result<Outcome, WebError> {
        let edition = ed.edition.code.as_str();
        let entries: Vec<Entry> = articles.iter().map(|a| self.entry(ed, a)).collect();

        let mut tags = vec![format!("list:{edition}")];
        tags.extend(listed.iter().map(|id| format!("a:{id}")));
        let base = &self.settings.base_url;
        let home_url = format!("{base}{page}");
        let self_url = format!("{base}{}", feed_url(edition, scope, format));
        let updated = articles
            .iter()
            .map(|a| {
                a.summary
                    .updated_at
                    .max(a.summary.published_at.unwrap_or(0))
            })
            .max()
            .unwrap_or(now);
        let language = &ed.edition.language;
        let body = match format {
            FeedFormat::Json => {
                let items = entries
                    .iter()
                    .map(|e| JsonItem {
                        id: &e.id,
                        url: &e.url,
                        title: &e.title,
                        summary: &e.summary,
                        content_html: e.content_html.as_deref(),
                        content_text: e.content_html.is_none().then_some(e.summary.as_str()),
                        date_published: &e.published,
                        date_modified: &e.updated,
                        authors: e.authors.iter().map(|name| JsonAuthor { name }).collect(),
                        tags: e.categories.iter().map(String::as_str).collect(),
                        language,
                    })
                    .collect();
                let feed = JsonFeed {
                    version: "https://jsonfeed.org/version/1.1",
                    title: &title,
                    home_page_url: &home_url,
                    feed_url: &self_url,
                    description: &ed.edition.motto,
                    language,
                    authors: vec![JsonAuthor {
                        name: &self.settings.agency,
                    }],
                    items,
                };
                serde_json::to_string(&feed)?
            }
            FeedFormat::Rss | FeedFormat::Atom => {
                let ctx = context! {
                    site => context! { agency => &self.settings.agency },
                    feed => context! {
                        title,
                        description => &ed.edition.motto,
                        language,
                        home_url,
                        self_url,
                        updated => time::rfc3339(ts(updated), &ed.tz),
                        updated_rfc822 => time::rfc822(ts(updated), &ed.tz),
                    },
                    entries,
                };
                let template = if format == FeedFormat::Rss {
                    "feeds/rss.xml"
                } else {
                    "feeds/atom.xml"
                };
                self.render_template(template, ctx)?
            }
        };
        Ok(Outcome::Page(Rendered {
            body,
            content_type: format.content_type(),
            tags,
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn story_ids_name_the_host_and_the_day_of_creation() {
        // 2022-08-09 23:30 UTC
        let created = 1_660_087_800;
        assert_eq!(
            story_id("https://news.example.org", 42, created),
            "tag:news.example.org,2022-08-09:article-42"
        );
        assert_eq!(
            story_id("http://127.0.0.1:8080/", 42, created),
            "tag:127.0.0.1,2022-08-09:article-42"
        );
        assert_eq!(
            story_id("http://[::1]:8080", 7, created),
            "tag:::1,2022-08-09:article-7"
        );
    }

    #[test]
    fn bodies_get_absolute_addresses() {
        let html = "<p>See <a href=\"/it/2022/08/09/x\">this</a> and <a href=\"https://other.example/y\">that</a>\
            <sup class=\"fn\"><a href=\"#fn-1\" id=\"fnref-1\">[1]</a></sup></p>\
            <img src=\"/media/1/1200.jpg\" srcset=\"/media/1/480.jpg 480w, /media/1/1200.jpg 1200w\" alt=\"a\">";
        let out = absolute_links(html, "https://ex.org", "https://ex.org/it/2022/08/09/z");
        assert!(
            out.contains("href=\"https://ex.org/it/2022/08/09/x\""),
            "{out}"
        );
        assert!(out.contains("href=\"https://other.example/y\""), "{out}");
        assert!(
            out.contains("href=\"https://ex.org/it/2022/08/09/z#fn-1\""),
            "{out}"
        );
        assert!(out.contains("id=\"fnref-1\""), "{out}");
        assert!(
            out.contains("src=\"https://ex.org/media/1/1200.jpg\""),
            "{out}"
        );
        assert!(
            out.contains(
                "srcset=\"https://ex.org/media/1/480.jpg 480w, https://ex.org/media/1/1200.jpg 1200w\""
            ),
            "{out}"
        );
        assert!(out.contains("alt=\"a\""), "{out}");
        assert_eq!(
            absolute_links("no links", "https://ex.org", "x"),
            "no links"
        );
    }
}
