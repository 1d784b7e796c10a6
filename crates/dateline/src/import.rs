//! `dateline import FILE.jsonl`: articles in the JSON Lines format (see the README), one per
//! line. A line that cannot be imported is reported with its number and reason; every other
//! line is kept. Importing the same file again updates articles instead of duplicating them.
//!
//! Parsing and Markdown rendering run on their own thread while the database writes batches
//! on the async side, so both cores are busy on a large import.

use std::collections::HashMap;
use std::io::BufRead;
use std::path::Path;

use anyhow::Context;
use dateline_core::import::{parse_line, ImportRecord};
use dateline_core::Prepared;
use dateline_store::{SaveOutcome, Store};

use crate::progress::Progress;

/// Articles per transaction: large enough to amortise the commit, small enough to keep a
/// failing batch cheap to report.
const BATCH: usize = 500;

#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Report {
    pub created: u64,
    pub updated: u64,
    pub unchanged: u64,
    /// `(line number, reason)`, in file order.
    pub failed: Vec<(u64, String)>,
}

impl Report {
    pub fn summary(&self) -> String {
        format!(
            "{} created, {} updated, {} unchanged, {} failed",
            self.created,
            self.updated,
            self.unchanged,
            self.failed.len()
        )
    }
}

/// One parsed line: its number, the bytes it took, and the article or why not.
type Parsed = (u64, u64, Result<Prepared, String>);

/// Imports the JSON Lines file at `path`.
pub async fn import_file(store: &Store, path: &Path) -> anyhow::Result<Report> {
    let file = std::fs::File::open(path).with_context(|| format!("opening {}", path.display()))?;
    let size = file.metadata().map(|m| m.len()).unwrap_or(0);
    let reader = std::io::BufReader::with_capacity(1 << 20, file);
    let mut progress = Progress::new(&format!("importing {}", path.display()), size, true);
    let report = import_lines(store, reader, |bytes| progress.set(bytes)).await?;
    progress.finish(&report.summary());
    Ok(report)
}

/// Imports JSON Lines from `reader`, calling `on_progress` with the bytes read so far.
pub async fn import_lines(
    store: &Store,
    reader: impl BufRead + Send + 'static,
    mut on_progress: impl FnMut(u64),
) -> anyhow::Result<Report> {
    let zones: HashMap<String, String> = store
        .editions()
        .await?
        .into_iter()
        .map(|e| (e.code, e.time_zone))
        .collect();
    let (tx, mut rx) = tokio::sync::mpsc::channel::<Vec<Parsed>>(4);
    let parser = std::thread::spawn(move || -> std::io::Result<()> {
        let mut reader = reader;
        let mut buf = Vec::new();
        let mut batch = Vec::with_capacity(BATCH);
        let mut line_no = 0u64;
        let mut bytes = 0u64;
        loop {
            buf.clear();
            let n = reader.read_until(b'\n', &mut buf)?;
            if n == 0 {
                break;
            }
            line_no += 1;
            bytes += n as u64;
            let result = match std::str::from_utf8(&buf) {
                Err(e) => Some(Err(format!(
                    "not valid UTF-8 (at byte {})",
                    e.valid_up_to()
                ))),
                Ok(text) if text.trim().is_empty() => None,
                Ok(text) => Some(
                    parse_line(text.trim_end(), |ed| zones.get(ed).cloned())
                        .map(Prepared::new)
                        .map_err(|e| e.to_string()),
                ),
            };
            if let Some(result) = result {
                batch.push((line_no, bytes, result));
            }
            if batch.len() >= BATCH {
                if tx.blocking_send(std::mem::take(&mut batch)).is_err() {
                    return Ok(());
                }
                batch.reserve(BATCH);
            }
        }
        if !batch.is_empty() {
            let _ = tx.blocking_send(batch);
        }
        Ok(())
    });

    let mut report = Report::default();
    while let Some(batch) = rx.recv().await {
        let last_bytes = batch.last().map(|p| p.1).unwrap_or(0);
        let mut lines = Vec::with_capacity(batch.len());
        let mut articles = Vec::with_capacity(batch.len());
        for (line, _, result) in batch {
            match result {
                Ok(prepared) => {
                    lines.push(line);
                    articles.push(prepared);
                }
                Err(reason) => report.failed.push((line, reason)),
            }
        }
        let results = store
            .save_batch(&articles)
            .await
            .context("writing to the database")?;
        for (line, result) in lines.into_iter().zip(results) {
            match result {
                Ok(saved) => match saved.outcome {
                    SaveOutcome::Created => report.created += 1,
                    SaveOutcome::Updated => report.updated += 1,
                    SaveOutcome::Unchanged => report.unchanged += 1,
                },
                Err(e) => report.failed.push((line, e.to_string())),
            }
        }
        on_progress(last_bytes);
    }
    match parser.join() {
        Ok(result) => result.context("reading the import file")?,
        Err(_) => anyhow::bail!("the import reader thread failed"),
    }
    report.failed.sort_by_key(|(line, _)| *line);
    Ok(report)
}

/// Imports records already in memory (the demo), with the same checks as a file.
pub async fn import_records(
    store: &Store,
    records: Vec<ImportRecord>,
    what: &str,
) -> anyhow::Result<Report> {
    let mut text = Vec::with_capacity(records.len() * 4096);
    for r in &records {
        serde_json::to_writer(&mut text, r)?;
        text.push(b'\n');
    }
    let total = records.len() as u64;
    drop(records);
    let size = text.len() as u64;
    let mut progress = Progress::new(what, size, true);
    let report = import_lines(store, std::io::Cursor::new(text), |b| progress.set(b)).await?;
    progress.finish(&format!("{total} articles: {}", report.summary()));
    Ok(report)
}
