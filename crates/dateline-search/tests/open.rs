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
