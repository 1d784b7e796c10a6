//! What every page needs to know about the site: its editions, region names and interface
//! text, read from the store at start.

use std::collections::HashMap;

use dateline_core::{i18n, time, Edition};
use dateline_store::{Store, StoreError, Summary};
use jiff::tz::TimeZone;
use jiff::Timestamp;
use minijinja::Value;
use serde::Serialize;

pub struct EditionInfo {
    pub edition: Edition,
    pub tz: TimeZone,
    /// Interface text for templates, as `t.key`.
    pub texts: Value,
    /// What templates see as `edition`.
    pub value: Value,
}

#[derive(Serialize)]
struct EditionView<'a> {
    code: &'a str,
    name: &'a str,
    language: &'a str,
    motto: &'a str,
}

pub struct Site {
    pub editions: Vec<EditionInfo>,
    /// `(code, edition)` → name.
    region_names: HashMap<(String, String), String>,
    /// What templates see as `editions`.
    pub editions_value: Value,
}

impl Site {
    pub async fn load(store: &Store) -> Result<Site, StoreError> {
        let editions: Vec<EditionInfo> = store
            .editions()
            .await?
            .into_iter()
            .map(|edition| {
                let texts: HashMap<&str, &str> = i18n::keys()
                    .map(|k| (k, i18n::text(&edition.language, k)))
                    .collect();
                let value = Value::from_serialize(EditionView {
                    code: &edition.code,
                    name: &edition.name,
                    language: &edition.language,
                    motto: &edition.motto,
                });
                EditionInfo {
                    tz: time::zone(&edition.time_zone),
                    texts: Value::from_serialize(texts),
                    value,
                    edition,
                }
            })
            .collect();
        let editions_value = Value::from_serialize(
            editions
                .iter()
                .map(|e| EditionView {
                    code: &e.edition.code,
                    name: &e.edition.name,
                    language: &e.edition.language,
                    motto: &e.edition.motto,
                })
                .collect::<Vec<_>>(),
        );
        let region_names = store
            .region_names()
            .await?
            .into_iter()
            .map(|r| ((r.code, r.edition), r.name))
            .collect();
        Ok(Site {
            editions,
            region_names,
            editions_value,
        })
    }

    pub fn edition(&self, code: &str) -> Option<&EditionInfo> {
        self.editions.iter().find(|e| e.edition.code == code)
    }

    pub fn is_edition(&self, code: &str) -> bool {
        self.edition(code).is_some()
    }

    /// A region's name in an edition; the code itself when no name is known.
    pub fn region_name<'a>(&'a self, code: &'a str, edition: &str) -> &'a str {
        self.region_names
            .get(&(code.to_string(), edition.to_string()))
            .map(String::as_str)
            .unwrap_or(code)
    }

    /// Every region named in an edition, `(code, name)` sorted by name.
    pub fn regions_of(&self, edition: &str) -> Vec<(&str, &str)> {
        let mut all: Vec<(&str, &str)> = self
            .region_names
            .iter()
            .filter(|((_, e), _)| e == edition)
            .map(|((code, _), name)| (code.as_str(), name.as_str()))
            .collect();
        all.sort_by(|a, b| a.1.cmp(b.1));
        all
    }

    pub fn region_exists(&self, code: &str, edition: &str) -> bool {
        self.region_names
            .contains_key(&(code.to_string(), edition.to_string()))
    }

    /// The edition matching the reader's `Accept-Language` best, or `fallback`.
    pub fn negotiate<'a>(&'a self, accept_language: &str, fallback: &'a str) -> &'a str {
        let mut wanted: Vec<(f32, &str)> = accept_language
            .split(',')
            .filter_map(|part| {
                let mut it = part.split(';');
                let tag = it.next()?.trim();
                let q = it
                    .find_map(|p| {
                        p.trim()
                            .strip_prefix("q=")
                            .and_then(|q| q.parse::<f32>().ok())
                    })
                    .unwrap_or(1.0);
                (!tag.is_empty() && q > 0.0).then_some((q, tag))
            })
            .collect();
        wanted.sort_by(|a, b| b.0.total_cmp(&a.0));
        for (_, tag) in wanted {
            let primary = tag.split('-').next().unwrap_or("").to_ascii_lowercase();
            if let Some(e) = self
                .editions
                .iter()
                .find(|e| e.edition.language.split('-').next() == Some(primary.as_str()))
            {
                return &e.edition.code;
            }
        }
        fallback
    }
}

/// Addresses of things, in one place.
pub mod urls {
    use super::*;

    pub fn article(s: &Summary, tz: &TimeZone) -> String {
        let at = Timestamp::from_second(s.published_at.unwrap_or(s.updated_at))
            .unwrap_or(Timestamp::UNIX_EPOCH);
        let d = at.to_zoned(tz.clone()).date();
        format!(
            "/{}/{:04}/{:02}/{:02}/{}",
            s.edition,
            d.year(),
            d.month(),
            d.day(),
            s.slug
        )
    }

    pub fn region(edition: &str, code: &str) -> String {
        format!("/{edition}/region/{}", code.to_ascii_lowercase())
    }

    pub fn tag(edition: &str, slug: &str) -> String {
        format!("/{edition}/tag/{slug}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn article_addresses_use_the_editions_date() {
        let s = Summary {
            id: 1,
            edition: "zh".into(),
            slug: "x".into(),
            status: dateline_core::Status::Published,
            headline: String::new(),
            standfirst: String::new(),
            regions: vec![],
            translation_group: None,
            // 2022-08-09 20:00 UTC is already the 10th in Shanghai.
            published_at: Some(1_660_075_200),
            published_tz: "UTC".into(),
            updated_at: 0,
        };
        assert_eq!(
            urls::article(&s, &time::zone("Asia/Shanghai")),
            "/zh/2022/08/10/x"
        );
        assert_eq!(
            urls::article(&s, &time::zone("Europe/Rome")),
            "/zh/2022/08/09/x"
        );
    }
}
