//! Times "See also" for every story of an index, one call at a time and as a batch (the static
//! export's way), and checks they agree:
//!
//! ```sh
//! cargo run --release -p dateline-search --example related_all -- DATA/search
//! ```
//!
//! Stop the server first, or copy the index: opening it takes its writer lock.

use std::time::Instant;

use dateline_search::{RelatedQuery, SearchIndex};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let dir = args.get(1).ok_or("usage: related_all INDEX_DIR [NOW]")?;
    let (index, _) = SearchIndex::open_or_create(std::path::Path::new(dir))?;
    let now: i64 = match args.get(2) {
        Some(n) => n.parse()?,
        None => std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)?
            .as_secs() as i64,
    };
    let n = index.len() as i64;
    // `BATCH_ONLY=1`: time the batch alone (for profiling it). `EVERY=K`: compare every K-th
    // story only (one at a time, 100,000 stories take half an hour).
    let batch_only = std::env::var("BATCH_ONLY").is_ok_and(|v| v == "1");
    let every: usize = match std::env::var("EVERY") {
        Ok(k) => k
            .parse()
            .map_err(|_| format!("EVERY={k}: expected a whole number"))?,
        Err(_) => 1,
    }
    .max(1);
    let started = Instant::now();
    let single: Vec<Vec<i64>> = if batch_only {
        Vec::new()
    } else {
        (1..=n)
            .step_by(every)
            .map(|id| index.related(id, &RelatedQuery { limit: 5, now }))
            .collect::<Result<_, _>>()?
    };
    let single_time = started.elapsed();
    let started = Instant::now();
    let batch = index.related_batch(now)?;
    let batched: Vec<Vec<i64>> = (1..=n)
        .map(|id| batch.related(id, 5))
        .collect::<Result<_, _>>()?;
    let batch_time = started.elapsed();
    let differ = single
        .iter()
        .zip(batched.iter().step_by(every))
        .filter(|(a, b)| a != b)
        .count();
    println!(
        "{n} stories: {} one at a time in {single_time:?}, all as a batch in {batch_time:?} \
         (one thread); {differ} of {} differ",
        single.len(),
        single.len()
    );
    Ok(())
}
