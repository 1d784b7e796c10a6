//! What the store hands out.

use dateline_core::{Named, Status};
use serde::{Deserialize, Serialize};

/// A tag as stored: tags belong to one edition and are named in its language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TagRef {
    pub id: i64,
    pub slug: String,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegionName {
    pub code: String,
    pub edition: String,
    pub name: String,
}

/// What list pages, "See also" and the list API show of an article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Summary {
    pub id: i64,
    pub edition: String,
    pub slug: String,
    pub status: Status,
    pub headline: String,
    pub standfirst: String,
    /// ISO codes, main region first.
    pub regions: Vec<String>,
    pub translation_group: Option<String>,
    pub published_at: Option<i64>,
    pub published_tz: String,
    pub updated_at: i64,
}

/// An article's current state, as its page shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Article {
    #[serde(flatten)]
    pub summary: Summary,
    pub external_id: Option<String>,
    pub dateline_place: String,
    pub body_markdown: String,
    /// Sanitised when saved; safe to print as it is.
    pub body_html: String,
    pub tags: Vec<TagRef>,
    pub authors: Vec<Named>,
    pub created_at: i64,
    /// Number of the latest revision.
    pub revision: i64,
    /// The correction in force: its public note and time.
    pub correction_note: Option<String>,
    pub corrected_at: Option<i64>,
}

impl Article {
    /// Whether readers may see it at `now`.
    pub fn is_visible(&self, now: i64) -> bool {
        self.summary.is_visible(now)
    }
}

impl Summary {
    pub fn is_visible(&self, now: i64) -> bool {
        self.status == Status::Published && self.published_at.is_some_and(|t| t <= now)
    }
}

/// Filters and paging for lists of visible articles.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ListQuery {
    pub edition: Option<String>,
    /// ISO code.
    pub region: Option<String>,
    /// Tag slug; within `edition` when one is given.
    pub tag: Option<String>,
    /// Unix seconds, inclusive.
    pub from: Option<i64>,
    /// Unix seconds, exclusive.
    pub to: Option<i64>,
    /// Only articles published at or before this time are listed.
    pub now: i64,
    pub limit: i64,
    pub offset: i64,
}

/// What a save did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SaveOutcome {
    Created,
    Updated,
    /// The article already held exactly this content; no revision was added.
    Unchanged,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Saved {
    pub id: i64,
    pub revision: i64,
    pub outcome: SaveOutcome,
}

/// One link of an article's revision chain.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Revision {
    pub id: i64,
    pub article_id: i64,
    pub number: i64,
    pub created_at: i64,
    pub snapshot: String,
    pub prev_hash: String,
    pub hash: String,
}

/// An article changed (or became visible): what every derived copy must refresh.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub id: i64,
    pub article_id: i64,
    pub edition: String,
    /// Regions before and after the change.
    pub regions: Vec<String>,
    /// Tag ids before and after the change.
    pub tags: Vec<i64>,
}

/// What relates a published article to others: its edition, time, regions and tags.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Links {
    pub id: i64,
    pub edition: String,
    pub published_at: i64,
    pub translation_group: Option<String>,
    pub regions: Vec<String>,
    pub tags: Vec<i64>,
}

impl Article {
    /// Its links, when it is published.
    pub fn links(&self) -> Option<Links> {
        let s = &self.summary;
        (s.status == Status::Published).then_some(())?;
        Some(Links {
            id: s.id,
            edition: s.edition.clone(),
            published_at: s.published_at?,
            translation_group: s.translation_group.clone(),
            regions: s.regions.clone(),
            tags: self.tags.iter().map(|t| t.id).collect(),
        })
    }
}

/// Where an old address leads: an article (to its address now) or a fixed path.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum RedirectTarget {
    Article(i64),
    Path(String),
}

/// An old address to answer with a permanent redirect. `path` is a key made by
/// `dateline_core::wordpress::redirect_key` (or `request_redirect_key` for a request).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewRedirect {
    pub path: String,
    pub target: RedirectTarget,
    /// What made it, for operators: `wordpress` for an import.
    pub source: String,
}
