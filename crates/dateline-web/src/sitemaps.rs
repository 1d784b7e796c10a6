//! What search engines read: `robots.txt`, the sitemap index, one sitemap per month of
//! stories (every edition, with `hreflang` alternates between translations) and a Google
//! News sitemap of the last two days.
//!
//! Sitemaps span every edition, so each is filed in the page cache under every edition's
//! `list:` tag: any change to a story drops them, as it drops the list pages.

use std::collections::{BTreeSet, HashMap};

use dateline_core::time;
use dateline_store::{Links, ListQuery, Summary};
use jiff::civil::Date;
use jiff::tz::TimeZone;
use minijinja::context;
use serde::Serialize;

use crate::error::WebError;
use crate::public::{ts, Outcome, Rendered};
use crate::site::urls;
use crate::AppState;

const XML: &str = "application/xml; charset=utf-8";
const TEXT: &str = "text/plain; charset=utf-8";
/// The news sitemap lists stories younger than this (Google News reads two days).
const NEWS_WINDOW: i64 = 2 * 24 * 3600;
/// Google News reads at most this many stories from one sitemap.
const NEWS_MAX: i64 = 1000;
/// The sitemap protocol's limit of addresses in one file.
const SITEMAP_MAX: usize = 50_000;
/// Stories read per query while building a month's sitemap.
const BATCH: i64 = 1000;

#[derive(Serialize)]
struct SitemapRef {
    url: String,
}

#[derive(Serialize)]
struct Alternate {
    language: String,
    url: String,
}

#[derive(Serialize)]
struct UrlEntry {
    loc: String,
    lastmod: String,
    /// Every version of the story, itself included; empty when it has no translation.
    alternates: Vec<Alternate>,
}

#[derive(Serialize)]
struct NewsEntry {
    loc: String,
    language: String,
    published: String,
    title: String,
}

/// The language code Google News wants: ISO 639, except Chinese, written `zh-cn` (simplified)
/// or `zh-tw` (traditional).
fn news_language(language: &str) -> String {
    let primary = language
        .split('-')
        .next()
        .unwrap_or(language)
        .to_ascii_lowercase();
    if primary == "zh" {
        let traditional = language.split('-').skip(1).any(|sub| {
            matches!(
                sub.to_ascii_lowercase().as_str(),
                "hant" | "tw" | "hk" | "mo"
            )
        });
        return if traditional { "zh-tw" } else { "zh-cn" }.into();
    }
    primary
}

impl AppState {
    /// Every edition's `list:` tag: sitemaps show stories of all of them.
    fn all_lists(&self) -> Vec<String> {
        self.site
            .editions
            .iter()
            .map(|e| format!("list:{}", e.edition.code))
            .collect()
    }

    fn xml(&self, template: &str, ctx: minijinja::Value) -> Result<Outcome, WebError> {
        Ok(Outcome::Page(Rendered {
            body: self.render_template(template, ctx)?,
            content_type: XML,
            tags: self.all_lists(),
        }))
    }

    /// The absolute address of a story, in its own edition's calendar.
    fn story_url(&self, s: &Summary) -> Option<String> {
        let ed = self.site.edition(&s.edition)?;
        Some(format!(
            "{}{}",
            self.settings.base_url,
            urls::article(s, &ed.tz)
        ))
    }

    pub(crate) fn robots(&self) -> Result<Outcome, WebError> {
        let ctx = context! {
            site => context! { base_url => &self.settings.base_url },
            editions => self.site.editions_value.clone(),
        };
        let mut body = self.render_template("robots.txt", ctx)?;
        // Templates lose their last line break; a text file ends with one.
        body.push('\n');
        Ok(Outcome::Page(Rendered {
            body,
            content_type: TEXT,
            tags: Vec::new(),
        }))
    }

    /// Links the news sitemap and one sitemap per month (UTC) in which a visible story was
    /// published, newest first.
    pub(crate) async fn sitemap_index(&self, now: i64) -> Result<Outcome, WebError> {
        let mut months = BTreeSet::new();
        for ed in &self.site.editions {
            for at in self.store.publication_times(&ed.edition.code, now).await? {
                let d = ts(at).to_zoned(TimeZone::UTC).date();
                months.insert((d.year(), d.month()));
            }
        }
        let base = &self.settings.base_url;
        let mut sitemaps = vec![SitemapRef {
            url: format!("{base}/sitemaps/news.xml"),
        }];
        sitemaps.extend(months.into_iter().rev().map(|(y, m)| SitemapRef {
            url: format!("{base}/sitemaps/{y:04}-{m:02}.xml"),
        }));
        self.xml("sitemaps/index.xml", context! { sitemaps })
    }

    /// Every visible story published in a month (UTC), with when it last changed and the
    /// addresses of its translations. A month without stories is not found.
    pub(crate) async fn month_sitemap(
        &self,
        year: i16,
        month: i8,
        now: i64,
    ) -> Result<Outcome, WebError> {
        let start = Date::new(year, month, 1).map_err(|_| WebError::NotFound)?;
        let end = start
            .checked_add(jiff::Span::new().months(1))
            .map_err(|_| WebError::NotFound)?;
        let at = |d: Date| {
            d.to_zoned(TimeZone::UTC)
                .map(|z| z.timestamp().as_second())
                .map_err(|_| WebError::NotFound)
        };
        let mut query = ListQuery {
            from: Some(at(start)?),
            to: Some(at(end)?),
            now,
            limit: BATCH,
            ..Default::default()
        };
        let mut stories: Vec<Summary> = Vec::new();
        loop {
            let batch = self.store.list(&query).await?;
            let done = (batch.len() as i64) < BATCH;
            stories.extend(batch);
            if done || stories.len() >= SITEMAP_MAX {
                break;
            }
            query.offset += BATCH;
        }
        stories.truncate(SITEMAP_MAX);
        if stories.is_empty() {
            return Err(WebError::NotFound);
        }

        // Translations may have come out in another month: those are read by id.
        let mut versions: HashMap<i64, Vec<i64>> = HashMap::new();
        let mut known: HashMap<i64, Summary> = HashMap::new();
        for s in &stories {
            if s.translation_group.is_some() {
                let links = Links {
                    id: s.id,
                    edition: s.edition.clone(),
                    published_at: s.published_at.unwrap_or(0),
                    translation_group: s.translation_group.clone(),
                    regions: Vec::new(),
                    tags: Vec::new(),
                };
                let others = self.translations.of(&links, now);
                if !others.is_empty() {
                    versions.insert(s.id, others);
                }
            }
        }
        let in_month: BTreeSet<i64> = stories.iter().map(|s| s.id).collect();
        let missing: Vec<i64> = versions
            .values()
            .flatten()
            .filter(|id| !in_month.contains(id))
            .copied()
            .collect::<BTreeSet<i64>>()
            .into_iter()
            .collect();
        for chunk in missing.chunks(500) {
            for s in self.store.summaries(chunk).await? {
                known.insert(s.id, s);
            }
        }
        for s in &stories {
            known.insert(s.id, s.clone());
        }

        let alternate = |s: &Summary| -> Option<(i64, Alternate)> {
            let ed = self.site.edition(&s.edition)?;
            Some((
                ed.edition.position,
                Alternate {
                    language: ed.edition.language.clone(),
                    url: self.story_url(s)?,
                },
            ))
        };
        let urls: Vec<UrlEntry> = stories
            .iter()
            .filter_map(|s| {
                let ed = self.site.edition(&s.edition)?;
                let mut alternates: Vec<(i64, Alternate)> = Vec::new();
                if let Some(others) = versions.get(&s.id) {
                    alternates.extend(alternate(s));
                    alternates.extend(
                        others
                            .iter()
                            .filter_map(|id| known.get(id))
                            .filter(|o| o.is_visible(now))
                            .filter_map(alternate),
                    );
                    alternates.sort_by_key(|(position, _)| *position);
                }
                if alternates.len() < 2 {
                    alternates.clear();
                }
                let updated = s.updated_at.max(s.published_at.unwrap_or(0));
                Some(UrlEntry {
                    loc: self.story_url(s)?,
                    lastmod: time::rfc3339(ts(updated), &ed.tz),
                    alternates: alternates.into_iter().map(|(_, a)| a).collect(),
                })
            })
            .collect();
        self.xml("sitemaps/month.xml", context! { urls })
    }

    /// Stories published in the last two days, every edition, for Google News.
    pub(crate) async fn news_sitemap(&self, now: i64) -> Result<Outcome, WebError> {
        let stories = self
            .store
            .list(&ListQuery {
                from: Some(now - NEWS_WINDOW),
                now,
                limit: NEWS_MAX,
                ..Default::default()
            })
            .await?;
        let urls: Vec<NewsEntry> = stories
            .iter()
            .filter_map(|s| {
                let ed = self.site.edition(&s.edition)?;
                Some(NewsEntry {
                    loc: self.story_url(s)?,
                    language: news_language(&ed.edition.language),
                    published: time::rfc3339(ts(s.published_at.unwrap_or(s.updated_at)), &ed.tz),
                    title: s.headline.clone(),
                })
            })
            .collect();
        let ctx = context! {
            site => context! { agency => &self.settings.agency },
            urls,
        };
        self.xml("sitemaps/news.xml", ctx)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn news_languages() {
        assert_eq!(news_language("it"), "it");
        assert_eq!(news_language("en-GB"), "en");
        assert_eq!(news_language("zh-Hans"), "zh-cn");
        assert_eq!(news_language("zh-Hant"), "zh-tw");
        assert_eq!(news_language("zh"), "zh-cn");
    }
}
