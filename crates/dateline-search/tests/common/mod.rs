//! Helpers shared by the integration tests: a story builder and short search calls.
#![allow(dead_code)]

use dateline_search::{Doc, Query, SearchIndex};

/// "Now" in every test: 2024-01-01T00:00:00Z.
pub const NOW: i64 = 1_704_067_200;
pub const DAY: i64 = 86_400;

/// A published story of `edition`, a day old, with only a headline and body.
pub fn story(id: i64, edition: &str, headline: &str, body: &str) -> Doc {
    Doc {
        id,
        edition: edition.into(),
        status: "published".into(),
        published_at: Some(NOW - DAY),
        headline: headline.into(),
        standfirst: String::new(),
        body: body.into(),
        regions: Vec::new(),
        tags: Vec::new(),
        translation_group: None,
    }
}

/// An in-memory index holding `docs`, committed.
pub fn index_with(docs: &[Doc]) -> SearchIndex {
    let index = SearchIndex::in_memory();
    for doc in docs {
        index.upsert(doc).expect("upsert");
    }
    index.commit().expect("commit");
    index
}

/// A public search of every edition for `text`, first page of 20.
pub fn query(text: &str) -> Query {
    Query {
        text: text.into(),
        limit: 20,
        now: NOW,
        ..Query::default()
    }
}

/// Ids found for a query, in result order.
pub fn ids(index: &SearchIndex, q: &Query) -> Vec<i64> {
    index
        .search(q)
        .expect("search")
        .hits
        .into_iter()
        .map(|h| h.id)
        .collect()
}

/// Ids found by a public search of every edition, sorted.
pub fn found(index: &SearchIndex, text: &str) -> Vec<i64> {
    let mut ids = ids(index, &query(text));
    ids.sort_unstable();
    ids
}
