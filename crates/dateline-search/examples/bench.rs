//! Indexes N generated stories and times searches and "See also".
//!
//! ```sh
//! cargo run --release --example bench -- 100000
//! ```
//!
//! The stories are synthetic (word frequencies follow a heavy-tailed law like real text, and each
//! story leans towards one of a few hundred topics) so the numbers measure the machinery, not
//! the quality of results. The index is in memory; pass `--dir PATH` to use a directory.

use std::time::{Duration, Instant};

use dateline_search::{Doc, Query, RelatedQuery, SearchIndex, Sort};

const NOW: i64 = 1_704_067_200;
const VOCABULARY: usize = 30_000;
const TOPICS: u64 = 300;
const EDITIONS: [&str; 4] = ["en", "it", "es", "zh"];

/// xorshift64*: deterministic, dependency-free randomness.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// A word rank with a heavy-tailed distribution (rank 0 most frequent).
    fn rank(&mut self) -> usize {
        ((VOCABULARY as f64) * self.unit().powi(3)) as usize
    }
}

fn word(rank: usize) -> String {
    const SYLLABLES: [&str; 16] = [
        "ka", "lo", "mi", "ne", "su", "ta", "ri", "po", "da", "ve", "go", "zu", "an", "el", "or",
        "is",
    ];
    let mut n = rank + 16;
    let mut out = String::new();
    while n > 0 {
        out.push_str(SYLLABLES[n % 16]);
        n /= 16;
    }
    out
}

fn words(rng: &mut Rng, topic: u64, count: usize) -> String {
    (0..count)
        .map(|_| {
            // A quarter of the words come from the story's topic's own band of the vocabulary.
            if rng.next().is_multiple_of(4) {
                word(
                    1_000
                        + (topic as usize * 90 + (rng.next() % 90) as usize) % (VOCABULARY - 1_000),
                )
            } else {
                word(rng.rank())
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn percentiles(mut timings: Vec<Duration>) -> String {
    timings.sort();
    let at = |p: usize| timings[(timings.len() * p / 100).min(timings.len() - 1)];
    format!("p50 {:?}, p99 {:?}, max {:?}", at(50), at(99), at(100))
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let n: i64 = args.get(1).and_then(|a| a.parse().ok()).unwrap_or(100_000);
    let dir = args
        .iter()
        .position(|a| a == "--dir")
        .and_then(|i| args.get(i + 1));
    let index = match dir {
        Some(dir) => SearchIndex::open_or_create(std::path::Path::new(dir))?.0,
        None => SearchIndex::in_memory(),
    };
    // An index left by an earlier run with the same N is reused (the stories are the same).
    let reuse = index.len() == n as u64;

    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let docs: Vec<Doc> = (0..n)
        .map(|id| {
            let topic = rng.next() % TOPICS;
            Doc {
                id,
                edition: EDITIONS[(id % 4) as usize].into(),
                status: if id % 20 == 0 { "draft" } else { "published" }.into(),
                published_at: Some(NOW - (rng.next() % (5 * 365 * 86_400)) as i64),
                headline: words(&mut rng, topic, 8),
                standfirst: words(&mut rng, topic, 25),
                body: words(&mut rng, topic, 350),
                regions: vec![format!("R{}", topic % 40)],
                tags: vec![format!("t{topic}")],
                translation_group: None,
            }
        })
        .collect();
    if reuse {
        println!("reusing the index of {n} stories");
    } else {
        let started = Instant::now();
        index.rebuild(docs.into_iter(), |_| {})?;
        println!("indexed {n} stories in {:?}", started.elapsed());
    }

    let mut search = Vec::new();
    let mut related = Vec::new();
    for i in 0..1_000u64 {
        let text = match i % 4 {
            0 => word(rng.rank()),
            1 => format!("{} {}", word(rng.rank()), word(rng.rank())),
            2 => format!("\"{} {}\"", word(rng.rank() % 200), word(rng.rank() % 200)),
            _ => format!("{} -{}", word(rng.rank()), word(rng.rank())),
        };
        let q = Query {
            text,
            edition: (i % 2 == 0).then(|| EDITIONS[(i % 8 / 2) as usize].to_string()),
            sort: if i % 5 == 0 {
                Sort::Newest
            } else {
                Sort::Relevance
            },
            limit: 10,
            now: NOW,
            ..Query::default()
        };
        let started = Instant::now();
        index.search(&q)?;
        search.push(started.elapsed());

        let id = (rng.next() % n as u64) as i64;
        let started = Instant::now();
        index.related(id, &RelatedQuery { limit: 5, now: NOW })?;
        related.push(started.elapsed());
    }
    println!("search (10 hits with snippets): {}", percentiles(search));
    println!("related (5):                    {}", percentiles(related));
    Ok(())
}
