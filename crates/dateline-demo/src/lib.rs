//! Demo content for Dateline: the project's own invented news stories, in Italian, English,
//! Spanish and Simplified Chinese.
//!
//! Nothing here is real news. Stories are assembled from phrase banks written for this crate
//! (`topics`, `generic`), filled with invented people, numbers and real place names. Each
//! story's facts are drawn once and rendered in every edition it appears in, so translations
//! say the same thing.
//!
//! Output is a pure function of the story number: `generate(10)` is a prefix of
//! `generate(650)`, and the bytes never change between runs, platforms or builds (see
//! `rng.rs` for why the generator is hand-written).

mod generic;
mod people;
mod places;
mod render;
mod rng;
mod story;
mod topics;

#[cfg(test)]
mod tests;

/// A phrase in the four editions' languages: Italian, English, Spanish, Chinese.
pub(crate) type T4 = [&'static str; 4];

/// Edition codes, in the order articles of one story are produced.
pub(crate) const EDITIONS: [&str; 4] = ["it", "en", "es", "zh"];

/// One article of the demo site, in one edition.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoArticle {
    /// "demo-{story:05}-{edition}", unique; stories are numbered from 1.
    pub external_id: String,
    /// "it" | "en" | "es" | "zh".
    pub edition: &'static str,
    /// "demo-{story:05}", shared by the translations of one story.
    pub translation_group: String,
    pub headline: String,
    /// One or two sentences summing the story up.
    pub standfirst: String,
    /// The place, in the edition's language ("Pechino", "Beijing", "Pekín", "北京"). The body's
    /// first paragraph does not repeat it: the site prepends "Place (Agency) – ".
    pub dateline: String,
    /// CommonMark with pulldown-cmark footnotes (`[^1]` in the text, `[^1]: note` at the end).
    pub body_markdown: String,
    /// ISO 3166-1 alpha-2 codes, main country first; one to three.
    pub regions: Vec<&'static str>,
    /// Two to five tag names in the edition's language.
    pub tags: Vec<String>,
    /// One or two invented bylines, the same in every edition.
    pub authors: Vec<String>,
    /// Unix seconds, UTC; the translations of a story follow within hours.
    pub published_at: i64,
    pub updated_at: Option<i64>,
}

/// Generates `stories` stories; each story appears in 1 to 4 editions (on average about 3.3,
/// so 650 stories give > 2,000 articles). Same input → identical output, on every platform
/// and build. Ordered by story, then edition (it, en, es, zh).
pub fn generate(stories: usize) -> Vec<DemoArticle> {
    let mut out = Vec::with_capacity(stories * 7 / 2);
    for_each(stories, |a| out.push(a));
    out
}

/// Streaming variant of [`generate`] for very large counts (100,000 articles for
/// benchmarks): only one story is held in memory at a time.
pub fn for_each(stories: usize, mut f: impl FnMut(DemoArticle)) {
    for k in 0..stories {
        story::emit(k, &mut f);
    }
}

/// The articles of story `index` alone (0-based, so `story(0)` is "demo-00001"):
/// `generate(n)` is `story(0)` to `story(n - 1)` concatenated. Lets a caller stop after an
/// exact number of articles.
pub fn story(index: usize) -> Vec<DemoArticle> {
    let mut out = Vec::with_capacity(4);
    story::emit(index, &mut |a| out.push(a));
    out
}
