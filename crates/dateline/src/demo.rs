//! The demo site and generated content: the project's own deterministic stories (from
//! `dateline-demo`), turned into import records so they go through exactly the checks and
//! code path of a real import.

use std::io::Write;

use dateline_core::import::ImportRecord;
use dateline_demo::DemoArticle;
use jiff::Timestamp;

/// Stories in the demo site; each appears in one to four editions, about 2,100 articles.
pub const DEMO_STORIES: usize = 650;

pub fn record(a: DemoArticle) -> ImportRecord {
    let rfc = |secs: i64| {
        Timestamp::from_second(secs)
            .map(|t| t.to_string())
            .unwrap_or_default()
    };
    ImportRecord {
        id: a.external_id,
        edition: a.edition.to_string(),
        slug: None,
        translation_group: Some(a.translation_group),
        status: "published".into(),
        headline: a.headline,
        standfirst: a.standfirst,
        dateline: a.dateline,
        body: a.body_markdown,
        regions: a.regions.iter().map(|r| r.to_string()).collect(),
        tags: a.tags,
        authors: a.authors,
        published_at: Some(rfc(a.published_at)),
        time_zone: None,
        updated_at: a.updated_at.map(rfc),
    }
}

/// The demo site's articles as import records.
pub fn demo_records() -> Vec<ImportRecord> {
    dateline_demo::generate(DEMO_STORIES)
        .into_iter()
        .map(record)
        .collect()
}

/// Writes the first `articles` generated articles as JSON Lines to `out`.
pub fn write_generated(
    articles: u64,
    out: &mut impl Write,
    mut on_progress: impl FnMut(u64),
) -> anyhow::Result<u64> {
    let mut written = 0u64;
    let mut story = 0usize;
    while written < articles {
        for a in dateline_demo::story(story) {
            if written == articles {
                break;
            }
            serde_json::to_writer(&mut *out, &record(a))?;
            out.write_all(b"\n")?;
            written += 1;
        }
        story += 1;
        if written % 1000 < 4 {
            on_progress(written);
        }
    }
    out.flush()?;
    on_progress(written);
    Ok(written)
}
