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
//! ```

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

impl Route {
    /// `is_edition` says which first segments are editions of this site.
    pub fn parse(path: &str, is_edition: impl Fn(&str) -> bool) -> Route {
        if path == "/" || path.is_empty() {
            return Route::Root;
        }
        let trimmed = path.strip_prefix('/').unwrap_or(path);
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
        match parts[1..] {
            [""] => Route::Front { edition },
            ["archive"] => Route::ArchiveIndex { edition },
            ["region", code] => {
                if code.len() == 2 && code.bytes().all(|b| b.is_ascii_lowercase()) {
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
            | Route::Archive { edition, .. } => Some(edition),
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
