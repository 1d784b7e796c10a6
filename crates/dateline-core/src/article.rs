//! Articles as the newsroom supplies them, checked, and the revision snapshots that record
//! every change in a hash chain.

use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::{region, slug};

/// Where an article stands in the editorial workflow. Only `Published` articles whose
/// publication time has come are shown to readers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Draft,
    InReview,
    Published,
    Unpublished,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Draft => "draft",
            Status::InReview => "in_review",
            Status::Published => "published",
            Status::Unpublished => "unpublished",
        }
    }

    pub fn parse(text: &str) -> Option<Status> {
        Some(match text {
            "draft" => Status::Draft,
            "in_review" => Status::InReview,
            "published" => Status::Published,
            "unpublished" => Status::Unpublished,
            _ => return None,
        })
    }
}

/// A tag or an author as named on an article: the slug identifies it, the name is shown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Named {
    pub slug: String,
    pub name: String,
}

impl Named {
    /// From a display name, deriving the slug. `None` when the name has nothing sluggable.
    pub fn from_name(name: &str) -> Option<Named> {
        let name = name.trim();
        let slug = slug::slugify(name);
        (!slug.is_empty()).then(|| Named {
            slug,
            name: name.to_string(),
        })
    }
}

/// Everything a newsroom (or an import line) says about an article, already checked: build it
/// with [`ArticleInput::validate`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleInput {
    /// Identifier in the system the article came from; importing it again updates it.
    pub external_id: Option<String>,
    pub edition: String,
    pub slug: String,
    /// Links the same story across editions.
    pub translation_group: Option<String>,
    pub status: Status,
    pub headline: String,
    pub standfirst: String,
    /// Place the story is filed from, printed at the start of the body.
    pub dateline_place: String,
    pub body_markdown: String,
    /// ISO 3166-1 alpha-2 codes, main region first.
    pub regions: Vec<String>,
    pub tags: Vec<Named>,
    pub authors: Vec<Named>,
    /// Unix seconds; required once published.
    pub published_at: Option<i64>,
    /// IANA zone the publication time was given in.
    pub published_tz: String,
    /// Unix seconds of the last update readers should see; `None` means "now" on save.
    pub updated_at: Option<i64>,
    /// A public note making this save a correction ("An earlier version gave the wrong date").
    #[serde(default)]
    pub correction: Option<String>,
}

/// A field that does not meet the rules, with the reason a person can act on.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{field}: {message}")]
pub struct ValidationError {
    pub field: &'static str,
    pub message: String,
}

fn invalid(field: &'static str, message: impl Into<String>) -> ValidationError {
    ValidationError {
        field,
        message: message.into(),
    }
}

pub const MAX_HEADLINE: usize = 300;
pub const MAX_STANDFIRST: usize = 1_000;
pub const MAX_BODY: usize = 1_000_000;
pub const MAX_REGIONS: usize = 12;
pub const MAX_TAGS: usize = 30;
pub const MAX_AUTHORS: usize = 10;

impl ArticleInput {
    /// Trims text fields and checks every rule, reporting the first broken one.
    pub fn validate(mut self) -> Result<ArticleInput, ValidationError> {
        self.headline = self.headline.trim().to_string();
        self.standfirst = self.standfirst.trim().to_string();
        self.dateline_place = self.dateline_place.trim().to_string();
        if !crate::Edition::valid_code(&self.edition) {
            return Err(invalid(
                "edition",
                format!("{:?} is not an edition code", self.edition),
            ));
        }
        if self.headline.is_empty() {
            return Err(invalid("headline", "is empty"));
        }
        if self.headline.chars().count() > MAX_HEADLINE {
            return Err(invalid(
                "headline",
                format!("is longer than {MAX_HEADLINE} characters"),
            ));
        }
        if self.standfirst.chars().count() > MAX_STANDFIRST {
            return Err(invalid(
                "standfirst",
                format!("is longer than {MAX_STANDFIRST} characters"),
            ));
        }
        if self.dateline_place.chars().count() > 100 {
            return Err(invalid("dateline", "is longer than 100 characters"));
        }
        if self.body_markdown.len() > MAX_BODY {
            return Err(invalid("body", format!("is larger than {MAX_BODY} bytes")));
        }
        // An empty slug is left for the store to fill: a new article gets one made from its
        // headline, an existing one keeps its address.
        if self.slug.is_empty() {
            if slug::slugify(&self.headline).is_empty() {
                return Err(invalid(
                    "slug",
                    "cannot be made from the headline; give one",
                ));
            }
        } else if !slug::is_valid(&self.slug) {
            return Err(invalid(
                "slug",
                format!("{:?} may hold only a-z, 0-9 and inner hyphens", self.slug),
            ));
        }
        if let Some(id) = &self.external_id {
            if id.trim().is_empty() || id.len() > 200 {
                return Err(invalid("id", "must be 1 to 200 characters"));
            }
        }
        if let Some(group) = &self.translation_group {
            if group.trim().is_empty() || group.len() > 200 {
                return Err(invalid("translation_group", "must be 1 to 200 characters"));
            }
        }
        if self.regions.len() > MAX_REGIONS {
            return Err(invalid("regions", format!("more than {MAX_REGIONS}")));
        }
        let mut regions = Vec::with_capacity(self.regions.len());
        for code in &self.regions {
            let code = region::normalise_code(code).ok_or_else(|| {
                invalid(
                    "regions",
                    format!("{code:?} is not an ISO 3166-1 alpha-2 code"),
                )
            })?;
            if !regions.contains(&code) {
                regions.push(code);
            }
        }
        self.regions = regions;
        if self.tags.len() > MAX_TAGS {
            return Err(invalid("tags", format!("more than {MAX_TAGS}")));
        }
        if self.authors.len() > MAX_AUTHORS {
            return Err(invalid("authors", format!("more than {MAX_AUTHORS}")));
        }
        dedup_by_slug(&mut self.tags);
        dedup_by_slug(&mut self.authors);
        if let Some(note) = &mut self.correction {
            *note = note.trim().to_string();
            if note.is_empty() || note.chars().count() > 1_000 {
                return Err(invalid(
                    "correction",
                    "a correction needs a note of 1 to 1,000 characters",
                ));
            }
            if self.status != Status::Published {
                return Err(invalid(
                    "correction",
                    "only a published story can be corrected",
                ));
            }
        }
        if self.status == Status::Published && self.published_at.is_none() {
            return Err(invalid(
                "published_at",
                "is required for a published article",
            ));
        }
        if !crate::time::valid_zone(&self.published_tz) {
            return Err(invalid(
                "time_zone",
                format!("{:?} is not an IANA time zone", self.published_tz),
            ));
        }
        Ok(self)
    }

    /// The state a revision records. `updated_at` is the time the save gives it, `correction`
    /// the correction note in force and its time.
    pub fn snapshot(
        &self,
        updated_at: i64,
        correction: (Option<String>, Option<i64>),
    ) -> ArticleSnapshot {
        ArticleSnapshot {
            external_id: self.external_id.clone(),
            edition: self.edition.clone(),
            slug: self.slug.clone(),
            translation_group: self.translation_group.clone(),
            status: self.status,
            headline: self.headline.clone(),
            standfirst: self.standfirst.clone(),
            dateline_place: self.dateline_place.clone(),
            body_markdown: self.body_markdown.clone(),
            regions: self.regions.clone(),
            tags: self.tags.clone(),
            authors: self.authors.clone(),
            published_at: self.published_at,
            published_tz: self.published_tz.clone(),
            updated_at,
            correction_note: correction.0,
            corrected_at: correction.1,
        }
    }
}

fn dedup_by_slug(items: &mut Vec<Named>) {
    let mut seen = std::collections::HashSet::new();
    items.retain(|n| seen.insert(n.slug.clone()));
}

/// What one revision records: the whole article as it was after the change. Serialised as
/// JSON with a fixed field order, so the same state always hashes the same.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleSnapshot {
    pub external_id: Option<String>,
    pub edition: String,
    pub slug: String,
    pub translation_group: Option<String>,
    pub status: Status,
    pub headline: String,
    pub standfirst: String,
    pub dateline_place: String,
    pub body_markdown: String,
    pub regions: Vec<String>,
    pub tags: Vec<Named>,
    pub authors: Vec<Named>,
    pub published_at: Option<i64>,
    pub published_tz: String,
    pub updated_at: i64,
    #[serde(default)]
    pub correction_note: Option<String>,
    #[serde(default)]
    pub corrected_at: Option<i64>,
}

impl ArticleSnapshot {
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("a snapshot always serialises")
    }

    /// Whether saving `self` over `previous` changes anything a reader or editor would see
    /// (the update time alone does not count).
    pub fn same_content(&self, previous: &ArticleSnapshot) -> bool {
        let mut a = self.clone();
        a.updated_at = previous.updated_at;
        a == *previous
    }
}

/// An article ready to be stored: checked, with its body rendered once, here, so that
/// readers' requests never run the Markdown renderer.
#[derive(Debug, Clone)]
pub struct Prepared {
    pub input: ArticleInput,
    pub body_html: String,
}

impl Prepared {
    pub fn new(input: ArticleInput) -> Prepared {
        let body_html = crate::markdown::render(&input.body_markdown);
        Prepared { input, body_html }
    }
}

/// The predecessor hash of an article's first revision.
pub const GENESIS_HASH: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// SHA-256 over the predecessor's hash, the revision number, its time and its snapshot: the link
/// in an article's revision chain. Changing or removing any revision breaks every later link.
pub fn revision_hash(prev_hash: &str, number: i64, created_at: i64, snapshot_json: &str) -> String {
    let mut h = Sha256::new();
    h.update(prev_hash.as_bytes());
    h.update(b"\n");
    h.update(number.to_string().as_bytes());
    h.update(b"\n");
    h.update(created_at.to_string().as_bytes());
    h.update(b"\n");
    h.update(snapshot_json.as_bytes());
    hex::encode(h.finalize())
}

/// The current time in whole seconds.
pub fn now() -> i64 {
    Timestamp::now().as_second()
}

#[cfg(test)]
mod tests {
    use super::*;

    pub fn sample() -> ArticleInput {
        ArticleInput {
            external_id: Some("x-1".into()),
            edition: "it".into(),
            slug: String::new(),
            translation_group: Some("g".into()),
            status: Status::Published,
            headline: "  L'Albania rompe con l'Iran ".into(),
            standfirst: "Sintesi.".into(),
            dateline_place: "Tirana".into(),
            body_markdown: "Testo.".into(),
            regions: vec!["al".into(), "IR".into(), "AL".into()],
            tags: vec![Named::from_name("Diplomazia").unwrap(); 2],
            authors: vec![],
            published_at: Some(1_660_059_840),
            published_tz: "Europe/Rome".into(),
            updated_at: None,
            correction: None,
        }
    }

    #[test]
    fn validation_normalises() {
        let a = sample().validate().unwrap();
        assert_eq!(a.headline, "L'Albania rompe con l'Iran");
        assert_eq!(a.slug, "");
        assert_eq!(a.regions, vec!["AL", "IR"]);
        assert_eq!(a.tags.len(), 1);
    }

    #[test]
    fn validation_names_the_field() {
        let mut a = sample();
        a.regions.push("Persia".into());
        assert_eq!(a.validate().unwrap_err().field, "regions");
        let mut a = sample();
        a.headline = " ".into();
        assert_eq!(a.validate().unwrap_err().field, "headline");
        let mut a = sample();
        a.published_at = None;
        assert_eq!(a.validate().unwrap_err().field, "published_at");
        let mut a = sample();
        a.published_tz = "Mars/Olympus".into();
        assert_eq!(a.validate().unwrap_err().field, "time_zone");
        let mut a = sample();
        a.slug = "Bad Slug".into();
        assert_eq!(a.validate().unwrap_err().field, "slug");
    }

    #[test]
    fn hash_depends_on_every_input() {
        let s = sample()
            .validate()
            .unwrap()
            .snapshot(5, (None, None))
            .to_json();
        let h = revision_hash(GENESIS_HASH, 1, 5, &s);
        assert_eq!(h.len(), 64);
        assert_ne!(h, revision_hash(GENESIS_HASH, 2, 5, &s));
        assert_ne!(h, revision_hash(GENESIS_HASH, 1, 6, &s));
        assert_ne!(h, revision_hash(&h, 1, 5, &s));
        assert_ne!(
            h,
            revision_hash(GENESIS_HASH, 1, 5, &s.replace("Testo", "Test"))
        );
    }

    #[test]
    fn same_content_ignores_only_the_update_time() {
        let a = sample().validate().unwrap();
        assert!(a
            .snapshot(1, (None, None))
            .same_content(&a.snapshot(2, (None, None))));
        let mut b = a.clone();
        b.standfirst.push('!');
        assert!(!b
            .snapshot(1, (None, None))
            .same_content(&a.snapshot(1, (None, None))));
    }
}

/// One stored revision, as `verify_chain` needs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChainLink<'a> {
    pub number: i64,
    pub created_at: i64,
    pub snapshot: &'a str,
    pub prev_hash: &'a str,
    pub hash: &'a str,
}

/// Something wrong with an article's history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChainProblem {
    /// The revision's content, time or number no longer matches its own hash.
    Altered { number: i64 },
    /// A revision between `after` and `before` is missing (or the chain was spliced).
    Removed { after: i64, before: i64 },
    /// The article says it is at revision `current`, but the history ends at `last`.
    Truncated { last: i64, current: i64 },
    /// The article's stored state differs from its latest revision.
    StateDiffers,
}

impl std::fmt::Display for ChainProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ChainProblem::Altered { number } => write!(f, "revision {number} was altered"),
            ChainProblem::Removed { after, before } if *after == 0 => {
                write!(f, "revisions before {before} were removed")
            }
            ChainProblem::Removed { after, before } => {
                write!(
                    f,
                    "revisions between {after} and {before} were removed or replaced"
                )
            }
            ChainProblem::Truncated { last, current } => {
                write!(
                    f,
                    "revisions after {last} were removed (the article is at revision {current})"
                )
            }
            ChainProblem::StateDiffers => {
                write!(
                    f,
                    "the article's current text differs from its latest revision"
                )
            }
        }
    }
}

/// Checks an article's revisions, oldest first, against each other and against the number of
/// the revision the article says it is at.
pub fn verify_chain(links: &[ChainLink<'_>], current: i64) -> Vec<ChainProblem> {
    let mut problems = Vec::new();
    let mut prev: Option<&ChainLink> = None;
    for link in links {
        if revision_hash(link.prev_hash, link.number, link.created_at, link.snapshot) != link.hash {
            problems.push(ChainProblem::Altered {
                number: link.number,
            });
        }
        let (expected_prev, expected_number) = match prev {
            Some(p) => (p.hash, p.number + 1),
            None => (GENESIS_HASH, 1),
        };
        if link.prev_hash != expected_prev || link.number != expected_number {
            problems.push(ChainProblem::Removed {
                after: prev.map_or(0, |p| p.number),
                before: link.number,
            });
        }
        prev = Some(link);
    }
    let last = prev.map_or(0, |p| p.number);
    if last < current {
        problems.push(ChainProblem::Truncated { last, current });
    }
    problems
}

#[cfg(test)]
mod chain_tests {
    use super::*;

    fn chain(n: i64) -> Vec<(i64, i64, String, String, String)> {
        let mut out = Vec::new();
        let mut prev = GENESIS_HASH.to_string();
        for number in 1..=n {
            let snapshot = format!("{{\"v\":{number}}}");
            let hash = revision_hash(&prev, number, 100 + number, &snapshot);
            out.push((number, 100 + number, snapshot, prev.clone(), hash.clone()));
            prev = hash;
        }
        out
    }

    fn links(c: &[(i64, i64, String, String, String)]) -> Vec<ChainLink<'_>> {
        c.iter()
            .map(|(n, t, s, p, h)| ChainLink {
                number: *n,
                created_at: *t,
                snapshot: s,
                prev_hash: p,
                hash: h,
            })
            .collect()
    }

    #[test]
    fn an_intact_chain_passes() {
        let c = chain(4);
        assert!(verify_chain(&links(&c), 4).is_empty());
    }

    #[test]
    fn alterations_and_removals_are_found() {
        let mut c = chain(4);
        c[1].2 = "{\"v\":\"forged\"}".into();
        assert_eq!(
            verify_chain(&links(&c), 4),
            vec![ChainProblem::Altered { number: 2 }]
        );

        let mut c = chain(4);
        c.remove(2);
        assert_eq!(
            verify_chain(&links(&c), 4),
            vec![ChainProblem::Removed {
                after: 2,
                before: 4
            }]
        );

        let c = chain(4);
        assert_eq!(
            verify_chain(&links(&c[1..]), 4),
            vec![ChainProblem::Removed {
                after: 0,
                before: 2
            }]
        );
        assert_eq!(
            verify_chain(&links(&c[..3]), 4),
            vec![ChainProblem::Truncated {
                last: 3,
                current: 4
            }]
        );

        // Re-hashing a forged revision does not help: its successor still names the old hash.
        let mut c = chain(3);
        c[1].2 = "{\"v\":\"forged\"}".into();
        c[1].4 = revision_hash(&c[1].3, 2, c[1].1, &c[1].2);
        assert_eq!(
            verify_chain(&links(&c), 3),
            vec![ChainProblem::Removed {
                after: 2,
                before: 3
            }]
        );
    }
}
