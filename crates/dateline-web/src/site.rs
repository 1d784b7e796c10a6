//! What every page needs to know about the site: its editions, region names and interface
//! text, read from the store and the message files at start.

use std::collections::HashMap;
use std::path::Path;

use dateline_core::i18n::{self, Catalogue};
use dateline_core::{time, Edition};
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
    /// Month names from the edition's message file, January first.
    pub months: Vec<String>,
}

impl EditionInfo {
    /// The name of month `m` (1–12) in the edition's language.
    pub fn month_name(&self, m: i8) -> &str {
        let i = usize::try_from(m.clamp(1, 12) - 1).unwrap_or(0);
        self.months.get(i).map_or("", String::as_str)
    }
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
    /// The interface text of every edition.
    pub messages: Catalogue,
    /// What the message files lack or have too much, logged at start.
    pub message_warnings: Vec<i18n::Warning>,
}

/// Why the site could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum SiteError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Messages(#[from] i18n::MessageError),
}

impl Site {
    /// The editions in the store, with their text from `messages_dir` or the built-in files.
    pub async fn load(store: &Store, messages_dir: Option<&Path>) -> Result<Site, SiteError> {
        let stored = store.editions().await?;
        let wanted: Vec<i18n::Wanted> = stored
            .iter()
            .map(|e| i18n::Wanted {
                code: &e.code,
                language: &e.language,
            })
            .collect();
        let (messages, warnings) = Catalogue::load(&wanted, messages_dir)?;
        let editions: Vec<EditionInfo> = stored
            .into_iter()
            .map(|edition| {
                let texts: HashMap<&str, &str> = messages.texts(&edition.language).collect();
                let value = Value::from_serialize(EditionView {
                    code: &edition.code,
                    name: &edition.name,
                    language: &edition.language,
                    motto: &edition.motto,
                });
                let months = (1..=12)
                    .map(|m| {
                        messages
                            .text(&edition.language, &format!("month_{m}"))
                            .to_string()
                    })
                    .collect();
                EditionInfo {
                    months,
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
            messages,
            message_warnings: warnings,
        })
    }

    /// The plain message `key` in `language` (see [`Catalogue::text`]).
    pub fn text(&self, language: &str, key: &str) -> &str {
        self.messages.text(language, key)
    }

    /// Message `key` in `language` with its variables (see [`Catalogue::format`]).
    pub fn message(&self, language: &str, key: &str, args: &[(&str, i18n::Arg<'_>)]) -> String {
        self.messages.format(language, key, args)
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

    /// The code of the region called `name` in an edition (any case), for a dateline that
    /// names a country.
    pub fn region_named(&self, name: &str, edition: &str) -> Option<&str> {
        let name = name.trim();
        self.region_names
            .iter()
            .find(|((_, e), n)| e == edition && n.eq_ignore_ascii_case(name))
            .map(|((code, _), _)| code.as_str())
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
