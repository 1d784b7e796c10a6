//! Opening an index on disk: created, reopened, recreated, never an error for a bad index.

mod common;

use common::{found, story};
use dateline_search::{Opened, SearchError, SearchIndex};

#[test]
fn creates_then_reopens_with_content() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("index");
    {
        let (index, opened) = SearchIndex::open_or_create(&path).unwrap();
        assert_eq!(opened, Opened::Created);
        index
            .upsert(&story(1, "en", "Persistent story", ""))
            .unwrap();
        index.commit().unwrap();
    }
    let (index, opened) = SearchIndex::open_or_create(&path).unwrap();
    assert_eq!(opened, Opened::Existing);
    assert_eq!(index.len(), 1);
    assert_eq!(found(&index, "persistent"), vec![1]);
}

#[test]
fn corrupt_meta_is_recreated() {
    let dir = tempfile::tempdir().unwrap();
    {
        let (index, _) = SearchIndex::open_or_create(dir.path()).unwrap();
        index.upsert(&story(1, "en", "Story", "")).unwrap();
        index.commit().unwrap();
    }
    std::fs::write(dir.path().join("meta.json"), b"\x00garbage{{{").unwrap();
    std::fs::write(dir.path().join("notes.txt"), b"not ours").unwrap();
    let (index, opened) = SearchIndex::open_or_create(dir.path()).unwrap();
    assert!(matches!(opened, Opened::Recreated { .. }), "{opened:?}");
    assert_eq!(index.len(), 0);
    // Files that are not the index's are left alone.
    assert!(dir.path().join("notes.txt").exists());
    // The new index works.
    index.upsert(&story(2, "en", "Fresh", "")).unwrap();
    index.commit().unwrap();
    assert_eq!(found(&index, "fresh"), vec![2]);
}

#[test]
fn missing_segment_files_are_recreated() {
    let dir = tempfile::tempdir().unwrap();
    {
        let (index, _) = SearchIndex::open_or_create(dir.path()).unwrap();
        index.upsert(&story(1, "en", "Story", "")).unwrap();
        index.commit().unwrap();
    }
    for entry in std::fs::read_dir(dir.path()).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "idx" || e == "store") {
            std::fs::remove_file(path).unwrap();
        }
    }
    let (_, opened) = SearchIndex::open_or_create(dir.path()).unwrap();
    assert!(matches!(opened, Opened::Recreated { .. }), "{opened:?}");
}

#[test]
fn another_schema_version_is_recreated() {
    let dir = tempfile::tempdir().unwrap();
    drop(SearchIndex::open_or_create(dir.path()).unwrap());
    std::fs::write(dir.path().join("dateline-search.version"), "0\n").unwrap();
    let (_, opened) = SearchIndex::open_or_create(dir.path()).unwrap();
    match opened {
        Opened::Recreated { reason } => assert!(reason.contains("version"), "{reason}"),
        other => panic!("{other:?}"),
    }
    // And the marker is current again.
    let (_, opened) = SearchIndex::open_or_create(dir.path()).unwrap();
    assert_eq!(opened, Opened::Existing);
}

#[test]
fn an_index_in_use_is_not_recreated() {
    let dir = tempfile::tempdir().unwrap();
    let (first, _) = SearchIndex::open_or_create(dir.path()).unwrap();
    first.upsert(&story(1, "en", "Kept", "")).unwrap();
    first.commit().unwrap();
    match SearchIndex::open_or_create(dir.path()) {
        Err(SearchError::Locked { .. }) => {}
        Err(other) => panic!("unexpected error {other}"),
        Ok((_, opened)) => panic!("opened a locked index: {opened:?}"),
    }
    assert_eq!(found(&first, "kept"), vec![1]);
}

#[test]
fn compacting_leaves_what_another_process_opens_equal_to_what_searches_see() {
    let dir = tempfile::tempdir().unwrap();
    let (index, _) = SearchIndex::open_or_create(dir.path()).unwrap();
    // Several commits (several segments), and replaced and deleted stories, whose leftovers
    // tantivy counts in document frequencies until a merge drops them.
    for round in 0..4 {
        for id in 1..=30 {
            let headline = format!("Floods reach the valley, report {round}");
            index.upsert(&story(id, "en", &headline, "")).unwrap();
        }
        index.commit().unwrap();
    }
    for id in 28..=30 {
        index.delete(id).unwrap();
    }
    index.commit().unwrap();
    let (segments, deleted) = index.segments();
    assert!(
        segments > 1 || deleted > 0,
        "{segments} segments, {deleted} deleted"
    );
    index.compact().unwrap();
    assert_eq!(index.segments(), (1, 0));
    assert_eq!(index.len(), 27);
    let other = SearchIndex::open_read_only(dir.path()).unwrap();
    assert_eq!(other.len(), 27);
    // Document frequencies on disk count no deleted story: "See also" there ranks as here.
    let now = 2_000_000_000;
    let query = dateline_search::RelatedQuery { limit: 5, now };
    for id in 1..=27 {
        assert_eq!(
            other.related(id, &query).unwrap(),
            index.related(id, &query).unwrap(),
            "story {id}"
        );
    }
    assert_eq!(found(&other, "floods"), found(&index, "floods"));
    // Nothing left to merge: compacting again is a no-op.
    index.compact().unwrap();
    assert_eq!((index.len(), index.segments()), (27, (1, 0)));
}
