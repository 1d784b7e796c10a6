//! Measures "See also" quality: precision@5 of shared topic on a labelled corpus.
//!
//! Input is Ana Cardoso-Cachopo's format (`r52-test-all-terms.txt`: one story per line,
//! `topic<TAB>text`). Nothing is downloaded; pass the file's path:
//!
//! ```sh
//! cargo run --release --example r52 -- /path/to/r52-test-all-terms.txt
//! ```
//!
//! `HEADLINE_WORDS=N` moves the first N words of each story into its headline (the corpus puts
//! the title at the start of the text, unmarked); the default is 0.

use std::time::Instant;

use dateline_search::{Doc, RelatedQuery, SearchIndex};

const NOW: i64 = 1_704_067_200;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args()
        .nth(1)
        .ok_or("usage: r52 <r52-test-all-terms.txt>")?;
    let headline_words: usize = std::env::var("HEADLINE_WORDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    let text = std::fs::read_to_string(path)?;
    let mut topics = Vec::new();
    let index = SearchIndex::in_memory();
    let docs = text
        .lines()
        .filter_map(|line| line.split_once('\t'))
        .filter(|(topic, text)| {
            !topic.is_empty() && *topic != "category" && !text.trim().is_empty()
        });
    let mut all = Vec::new();
    for (i, (topic, text)) in docs.enumerate() {
        topics.push(topic.to_string());
        let words: Vec<&str> = text.split_whitespace().collect();
        let split = headline_words.min(words.len());
        all.push(Doc {
            id: i as i64,
            edition: "en".into(),
            status: "published".into(),
            published_at: Some(NOW - 86_400),
            headline: words[..split].join(" "),
            body: words[split..].join(" "),
            ..Doc::default()
        });
    }
    let started = Instant::now();
    let count = index.rebuild(all.into_iter(), |_| {})?;
    println!("indexed {count} stories in {:?}", started.elapsed());

    let (mut precision, mut judged) = (0.0f64, 0usize);
    let mut timings = Vec::with_capacity(topics.len());
    for (id, topic) in topics.iter().enumerate() {
        let started = Instant::now();
        let related = index.related(id as i64, &RelatedQuery { limit: 5, now: NOW })?;
        timings.push(started.elapsed());
        if related.is_empty() {
            judged += 1;
            continue;
        }
        let same = related
            .iter()
            .filter(|&&other| topics.get(other as usize) == Some(topic))
            .count();
        precision += same as f64 / 5.0;
        judged += 1;
    }
    timings.sort();
    println!(
        "precision@5 = {:.4} over {judged} stories; related() p50 {:?}, p99 {:?}",
        precision / judged as f64,
        timings[timings.len() / 2],
        timings[timings.len() * 99 / 100],
    );
    Ok(())
}
