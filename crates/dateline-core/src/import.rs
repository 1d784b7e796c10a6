//! The JSON Lines import format: one article per line. Documented in the README
//! ("Import format"); keep the two in step.

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use crate::article::{ArticleInput, Named, Status, ValidationError};

/// One line of an import file, as written. Unknown fields are refused so that a misspelt
/// field name is reported instead of silently dropped.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ImportRecord {
    /// The article's identifier in the source system: importing the same `id` again updates.
    pub id: String,
    pub edition: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub translation_group: Option<String>,
    #[serde(default = "default_status")]
    pub status: String,
    pub headline: String,
    #[serde(default)]
    pub standfirst: String,
    #[serde(default)]
    pub dateline: String,
    /// Markdown with footnotes.
    pub body: String,
    #[serde(default)]
    pub regions: Vec<String>,
    #[serde(default)]
    pub tags: Vec<String>,
    #[serde(default)]
    pub authors: Vec<String>,
    /// RFC 3339 with an offset, e.g. `2022-08-09T17:44:00+02:00`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published_at: Option<String>,
    /// IANA zone of the publication; the edition's zone when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_zone: Option<String>,
    /// RFC 3339; the import time when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
}

fn default_status() -> String {
    "published".into()
}

/// Why a line could not be imported.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LineError {
    #[error("not a valid article record: {0}")]
    Json(String),
    #[error("{0}")]
    Invalid(#[from] ValidationError),
}

fn parse_time(field: &'static str, text: &str) -> Result<i64, ValidationError> {
    text.trim()
        .parse::<Timestamp>()
        .map(|t| t.as_second())
        .map_err(|_| ValidationError {
            field,
            message: format!("{text:?} is not an RFC 3339 time such as 2022-08-09T17:44:00+02:00"),
        })
}

impl ImportRecord {
    /// Checks the record and turns it into an article. `edition_zone` gives the edition's
    /// time zone, `None` when the edition does not exist.
    pub fn into_input(
        self,
        edition_zone: impl Fn(&str) -> Option<String>,
    ) -> Result<ArticleInput, ValidationError> {
        let zone = edition_zone(&self.edition).ok_or_else(|| ValidationError {
            field: "edition",
            message: format!("{:?} is not an edition of this site", self.edition),
        })?;
        let status = Status::parse(&self.status).ok_or_else(|| ValidationError {
            field: "status",
            message: format!(
                "{:?} is not one of draft, in_review, published, unpublished",
                self.status
            ),
        })?;
        let named = |field: &'static str, names: Vec<String>| {
            names
                .iter()
                .map(|n| {
                    Named::from_name(n).ok_or_else(|| ValidationError {
                        field,
                        message: format!("{n:?} is not a usable name"),
                    })
                })
                .collect::<Result<Vec<_>, _>>()
        };
        let input = ArticleInput {
            external_id: Some(self.id),
            edition: self.edition,
            slug: self.slug.unwrap_or_default(),
            translation_group: self.translation_group,
            status,
            headline: self.headline,
            standfirst: self.standfirst,
            dateline_place: self.dateline,
            body_markdown: self.body,
            regions: self.regions,
            tags: named("tags", self.tags)?,
            authors: named("authors", self.authors)?,
            published_at: self
                .published_at
                .as_deref()
                .map(|t| parse_time("published_at", t))
                .transpose()?,
            published_tz: self.time_zone.unwrap_or(zone),
            updated_at: self
                .updated_at
                .as_deref()
                .map(|t| parse_time("updated_at", t))
                .transpose()?,
            correction: None,
        };
        input.validate()
    }
}

/// Parses one line of an import file.
pub fn parse_line(
    line: &str,
    edition_zone: impl Fn(&str) -> Option<String>,
) -> Result<ArticleInput, LineError> {
    let record: ImportRecord =
        serde_json::from_str(line).map_err(|e| LineError::Json(e.to_string()))?;
    Ok(record.into_input(edition_zone)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn zones(ed: &str) -> Option<String> {
        (ed == "it").then(|| "Europe/Rome".to_string())
    }

    #[test]
    fn a_good_line() {
        let line = r#"{"id":"a1","edition":"it","headline":"Titolo","body":"Testo[^*]\n\n[^*]: Nota","regions":["ir","AL"],"tags":["Diritti umani"],"authors":["Anna Rossi"],"published_at":"2022-08-09T17:44:00+02:00"}"#;
        let a = parse_line(line, zones).unwrap();
        assert_eq!(a.published_at, Some(1_660_059_840));
        assert_eq!(a.published_tz, "Europe/Rome");
        assert_eq!(a.regions, vec!["IR", "AL"]);
        assert_eq!(a.tags[0].slug, "diritti-umani");
        assert_eq!(a.status, Status::Published);
    }

    #[test]
    fn errors_say_what_and_where() {
        let err = |line: &str| parse_line(line, zones).unwrap_err().to_string();
        assert!(err("{").contains("not a valid article record"));
        assert!(
            err(r#"{"id":"a","edition":"it","headline":"T","body":"","headine":"x"}"#)
                .contains("unknown field `headine`")
        );
        assert!(
            err(r#"{"id":"a","edition":"fr","headline":"T","body":""}"#).starts_with("edition:")
        );
        assert!(
            err(r#"{"id":"a","edition":"it","headline":"T","body":"","published_at":"ieri"}"#)
                .starts_with("published_at:")
        );
        assert!(err(r#"{"id":"a","edition":"it","headline":"T","body":"","status":"live","published_at":"2022-08-09T17:44:00Z"}"#)
            .starts_with("status:"));
    }
}
