//! The public site's addresses, parsed into what they show. Kept apart from the handlers so
//! the address scheme is one readable function with its own tests.
//!
//! ```text
//! /                              → the reader's edition, by Accept-Language
//! /{ed}/                         front page          (?page=N for older stories)
//! /{ed}/{yyyy}/{mm}/{dd}/{slug}  article
//! /{ed}/{yyyy}/{mm}/{dd}/{slug}/print   printable version
//! /{ed}/region/{iso}             region page (lowercase ISO 3166-1 code)
//! /{ed}/tag/{slug}               tag page
//! /{ed}/archive                  archive index
//! /{ed}/{yyyy}[/{mm}[/{dd}]]     date archive
//! /{ed}/rss.xml                  the edition's latest stories as RSS 2.0,
//! /{ed}/atom.xml                   Atom 1.0
//! /{ed}/feed.json                  and JSON Feed 1.1
//! /{ed}/region/{iso}/rss.xml     a region's feeds (also atom.xml, feed.json)
//! /{ed}/tag/{slug}/rss.xml       a tag's feeds (also atom.xml, feed.json)
//! /robots.txt                    rules for crawlers, naming the sitemap
//! /sitemap.xml                   sitemap index: the monthly sitemaps and the news sitemap
//! /sitemaps/{yyyy}-{mm}.xml      every story published that month (UTC), all editions
//! /sitemaps/news.xml             Google News sitemap: the last two days' stories
//! ```

/// The syntaxes a feed is offered in, named by its file name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FeedFormat {
    /// `rss.xml`
    Rss,
    /// `atom.xml`
    Atom,
    /// `feed.json`
    Json,
}

impl FeedFormat {
    pub const ALL: [FeedFormat; 3] = [FeedFormat::Rss, FeedFormat::Atom, FeedFormat::Json];

    pub fn from_file(name: &str) -> Option<FeedFormat> {
        match name {
            "rss.xml" => Some(FeedFormat::Rss),
            "atom.xml" => Some(FeedFormat::Atom),
            "feed.json" => Some(FeedFormat::Json),
            _ => None,
        }
    }

    pub fn file(self) -> &'static str {
        match self {
            FeedFormat::Rss => "rss.xml",
            FeedFormat::Atom => "atom.xml",
            FeedFormat::Json => "feed.json",
        }
    }

    /// What the format is called where readers choose one.
    pub fn name(self) -> &'static str {
        match self {
            FeedFormat::Rss => "RSS",
            FeedFormat::Atom => "Atom",
            FeedFormat::Json => "JSON Feed",
        }
    }

    /// The media type without parameters, as `<link rel="alternate" type>` names it.
    pub fn media_type(self) -> &'static str {
        match self {
            FeedFormat::Rss => "application/rss+xml",
            FeedFormat::Atom => "application/atom+xml",
            FeedFormat::Json => "application/feed+json",
        }
    }

    /// The `Content-Type` the feed is served with.
    pub fn content_type(self) -> &'static str {
        match self {
            FeedFormat::Rss => "application/rss+xml; charset=utf-8",
            FeedFormat::Atom => "application/atom+xml; charset=utf-8",
            FeedFormat::Json => "application/feed+json; charset=utf-8",
        }
    }
}

/// Which stories a feed carries: the same as the page it sits under.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FeedScope {
    Edition,
    /// Uppercase ISO code.
    Region(String),
    /// Tag slug.
    Tag(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Root,
    /// `/it` without its slash.
    EditionNoSlash {
        edition: String,
    },
    Front {
        edition: String,
    },
    Article {
        edition: String,
        date: (i16, i8, i8),
        slug: String,
        print: bool,
    },
    Region {
        edition: String,
        code: String,
    },
    Tag {
        edition: String,
        slug: String,
    },
    ArchiveIndex {
        edition: String,
    },
    Archive {
        edition: String,
        year: i16,
        month: Option<i8>,
        day: Option<i8>,
    },
    Feed {
        edition: String,
        scope: FeedScope,
        format: FeedFormat,
    },
    Robots,
    SitemapIndex,
    /// The stories published in one month, UTC.
    Sitemap {
        year: i16,
        month: i8,
    },
    NewsSitemap,
    /// Nothing here; the edition (when the address names one) says which language to answer in.
    NotFound {
        edition: Option<String>,
    },
}

fn number<T: std::str::FromStr>(text: &str, len: usize) -> Option<T> {
    (text.len() == len && text.bytes().all(|b| b.is_ascii_digit()))
        .then(|| text.parse().ok())
        .flatten()
}

/// Region codes in addresses are two lowercase letters.
fn is_region_code(code: &str) -> bool {
    code.len() == 2 && code.bytes().all(|b| b.is_ascii_lowercase())
}

impl Route {
    /// `is_edition` says which first segments are editions of this site.
    pub fn parse(path: &str, is_edition: impl Fn(&str) -> bool) -> Route {
        if path == "/" || path.is_empty() {
            return Route::Root;
        }
        let trimmed = path.strip_prefix('/').unwrap_or(path);
        // Site-wide files come first: no edition is called `robots.txt` or `sitemaps`.
        match trimmed {
            "robots.txt" => return Route::Robots,
            "sitemap.xml" => return Route::SitemapIndex,
            "sitemaps/news.xml" => return Route::NewsSitemap,
            _ => {}
        }
        if let Some(month) = trimmed
            .strip_prefix("sitemaps/")
            .and_then(|rest| rest.strip_suffix(".xml"))
        {
            return match month.split_once('-') {
                Some((y, m)) => match (number(y, 4), number::<i8>(m, 2)) {
                    (Some(year), Some(month)) if (1..=12).contains(&month) => {
                        Route::Sitemap { year, month }
                    }
                    _ => Route::NotFound { edition: None },
                },
                None => Route::NotFound { edition: None },
            };
        }
        let mut parts: Vec<&str> = trimmed.split('/').collect();
        let edition = parts[0];
        if !is_edition(edition) {
            return Route::NotFound { edition: None };
        }
        let edition = edition.to_string();
        let not_found = |edition: String| Route::NotFound {
            edition: Some(edition),
        };
        if parts.len() == 1 {
            return Route::EditionNoSlash { edition };
        }
        // A trailing slash is accepted on every page but the front page needs one.
        if parts.len() > 2 && parts.last() == Some(&"") {
            parts.pop();
        }
        if let Some(format) = parts.last().and_then(|file| FeedFormat::from_file(file)) {
            let scope = match parts[1..parts.len() - 1] {
                [] => Some(FeedScope::Edition),
                ["region", code] if is_region_code(code) => {
                    Some(FeedScope::Region(code.to_ascii_uppercase()))
                }
                ["tag", slug] if dateline_core::slug::is_valid(slug) => {
                    Some(FeedScope::Tag(slug.to_string()))
                }
                _ => None,
            };
            return match scope {
                Some(scope) => Route::Feed {
                    edition,
                    scope,
                    format,
                },
                None => not_found(edition),
            };
        }
        match parts[1..] {
            [""] => Route::Front { edition },
            ["archive"] => Route::ArchiveIndex { edition },
            ["region", code] => {
                if is_region_code(code) {
                    Route::Region {
                        edition,
                        code: code.to_ascii_uppercase(),
                    }
                } else {
                    not_found(edition)
                }
            }
            ["tag", slug] if dateline_core::slug::is_valid(slug) => Route::Tag {
                edition,
                slug: slug.to_string(),
            },
            [y] => match number(y, 4) {
                Some(year) => Route::Archive {
                    edition,
                    year,
                    month: None,
                    day: None,
                },
                None => not_found(edition),
            },
            [y, m] => match (number(y, 4), number(m, 2)) {
                (Some(year), Some(month)) if (1..=12).contains(&month) => Route::Archive {
                    edition,
                    year,
                    month: Some(month),
                    day: None,
                },
                _ => not_found(edition),
            },
            [y, m, d] => match (number(y, 4), number(m, 2), number(d, 2)) {
                (Some(year), Some(month), Some(day))
                    if (1..=12).contains(&month) && (1..=31).contains(&day) =>
                {
                    Route::Archive {
                        edition,
                        year,
                        month: Some(month),
                        day: Some(day),
                    }
                }
                _ => not_found(edition),
            },
            [y, m, d, slug] | [y, m, d, slug, "print"] if dateline_core::slug::is_valid(slug) => {
                match (number(y, 4), number(m, 2), number(d, 2)) {
                    (Some(year), Some(month), Some(day)) => Route::Article {
                        edition,
                        date: (year, month, day),
                        slug: slug.to_string(),
                        print: parts.len() == 6,
                    },
                    _ => not_found(edition),
                }
            }
            _ => not_found(edition),
        }
    }

    pub fn edition(&self) -> Option<&str> {
        match self {
            Route::Root => None,
            Route::EditionNoSlash { edition }
            | Route::Front { edition }
            | Route::Article { edition, .. }
            | Route::Region { edition, .. }
            | Route::Tag { edition, .. }
            | Route::ArchiveIndex { edition }
            | Route::Archive { edition, .. }
            | Route::Feed { edition, .. } => Some(edition),
            Route::Robots | Route::SitemapIndex | Route::Sitemap { .. } | Route::NewsSitemap => {
                None
            }
            Route::NotFound { edition } => edition.as_deref(),
        }
    }

    /// Whether this address takes `?page=N`.
    pub fn is_paged(&self) -> bool {
        matches!(
            self,
            Route::Front { .. } | Route::Region { .. } | Route::Tag { .. } | Route::Archive { .. }
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(path: &str) -> Route {
        Route::parse(path, |e| ["it", "en", "zh"].contains(&e))
    }

    #[test]
    fn addresses() {
        assert_eq!(parse("/"), Route::Root);
        assert_eq!(
            parse("/it"),
            Route::EditionNoSlash {
                edition: "it".into()
            }
        );
        assert_eq!(
            parse("/it/"),
            Route::Front {
                edition: "it".into()
            }
        );
        assert_eq!(
            parse("/it/2022/08/09/iran-albania"),
            Route::Article {
                edition: "it".into(),
                date: (2022, 8, 9),
                slug: "iran-albania".into(),
                print: false
            }
        );
        assert_eq!(
            parse("/it/2022/08/09/iran-albania/print"),
            Route::Article {
                edition: "it".into(),
                date: (2022, 8, 9),
                slug: "iran-albania".into(),
                print: true
            }
        );
        assert_eq!(
            parse("/en/region/ir"),
            Route::Region {
                edition: "en".into(),
                code: "IR".into()
            }
        );
        assert_eq!(
            parse("/en/tag/human-rights/"),
            Route::Tag {
                edition: "en".into(),
                slug: "human-rights".into()
            }
        );
        assert_eq!(
            parse("/en/archive"),
            Route::ArchiveIndex {
                edition: "en".into()
            }
        );
        assert_eq!(
            parse("/en/2022"),
            Route::Archive {
                edition: "en".into(),
                year: 2022,
                month: None,
                day: None
            }
        );
        assert_eq!(
            parse("/en/2022/08"),
            Route::Archive {
                edition: "en".into(),
                year: 2022,
                month: Some(8),
                day: None
            }
        );
        assert_eq!(
            parse("/en/2022/08/09"),
            Route::Archive {
                edition: "en".into(),
                year: 2022,
                month: Some(8),
                day: Some(9)
            }
        );
    }

    #[test]
    fn feeds_and_files_for_crawlers() {
        let feed = |scope: FeedScope, format: FeedFormat| Route::Feed {
            edition: "it".into(),
            scope,
            format,
        };
        assert_eq!(
            parse("/it/rss.xml"),
            feed(FeedScope::Edition, FeedFormat::Rss)
        );
        assert_eq!(
            parse("/it/atom.xml"),
            feed(FeedScope::Edition, FeedFormat::Atom)
        );
        assert_eq!(
            parse("/it/feed.json"),
            feed(FeedScope::Edition, FeedFormat::Json)
        );
        assert_eq!(
            parse("/it/region/ir/atom.xml"),
            feed(FeedScope::Region("IR".into()), FeedFormat::Atom)
        );
        assert_eq!(
            parse("/it/tag/human-rights/feed.json"),
            feed(FeedScope::Tag("human-rights".into()), FeedFormat::Json)
        );
        assert_eq!(parse("/robots.txt"), Route::Robots);
        assert_eq!(parse("/sitemap.xml"), Route::SitemapIndex);
        assert_eq!(parse("/sitemaps/news.xml"), Route::NewsSitemap);
        assert_eq!(
            parse("/sitemaps/2022-08.xml"),
            Route::Sitemap {
                year: 2022,
                month: 8
            }
        );
        for path in FeedFormat::ALL.map(|f| format!("/it/{}", f.file())) {
            assert!(matches!(parse(&path), Route::Feed { .. }), "{path}");
        }
        let nf = |e: Option<&str>| Route::NotFound {
            edition: e.map(str::to_string),
        };
        assert_eq!(parse("/sitemaps/2022-13.xml"), nf(None));
        assert_eq!(parse("/sitemaps/22-08.xml"), nf(None));
        assert_eq!(parse("/sitemaps/2022-08"), nf(None));
        assert_eq!(parse("/it/region/IR/rss.xml"), nf(Some("it")));
        assert_eq!(parse("/it/tag/Bad_Slug/rss.xml"), nf(Some("it")));
        assert_eq!(parse("/it/2022/rss.xml"), nf(Some("it")));
        assert_eq!(parse("/it/feed.xml"), nf(Some("it")));
        assert_eq!(parse("/fr/rss.xml"), nf(None));
    }

    #[test]
    fn anything_else_is_not_found_in_the_right_language() {
        let nf = |e: Option<&str>| Route::NotFound {
            edition: e.map(str::to_string),
        };
        assert_eq!(parse("/fr/"), nf(None));
        assert_eq!(parse("/wp-login.php"), nf(None));
        assert_eq!(parse("/it/region/IR"), nf(Some("it")));
        assert_eq!(parse("/it/region/irn"), nf(Some("it")));
        assert_eq!(parse("/it/2022/13"), nf(Some("it")));
        assert_eq!(parse("/it/22/08/09/x"), nf(Some("it")));
        assert_eq!(parse("/it/2022/08/09/Bad_Slug"), nf(Some("it")));
        assert_eq!(parse("/it/2022/08/09/x/print/more"), nf(Some("it")));
        assert_eq!(parse("/it/tag/"), nf(Some("it")));
        assert_eq!(parse("/it/../../etc/passwd"), nf(Some("it")));
    }
}
