//! [`SearchIndex`]: opening, writing and searching the index.
//!
//! One `IndexWriter` lives behind a mutex: tantivy allows a single writer per index, and
//! serialising writers keeps "delete by id, then add" atomic with respect to commits. Searches
//! never take that lock; they use the reader's current snapshot, which changes only when
//! [`SearchIndex::commit`] reloads it, so a search never sees half of a change.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::ops::Bound;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, MutexGuard, PoisonError, TryLockError};

use tantivy::collector::{Count, TopDocs};
use tantivy::query::{
    BooleanQuery, ConstScoreQuery, Occur, Query as TantivyQuery, RangeQuery, TermQuery,
};
use tantivy::schema::{Field, IndexRecordOption, Value};
use tantivy::tokenizer::TextAnalyzer;
use tantivy::{
    DocAddress, Index, IndexReader, IndexWriter, Order, ReloadPolicy, Searcher, TantivyDocument,
    TantivyError, Term,
};

use crate::analysis::{self, analyzer, marks_analyzer, normalize_edition, CutMode, Lang, FAMILIES};
use crate::highlight;
use crate::query::{self, negative_queries, positive_query, QueryAnalysers, MAX_CLAUSES};
use crate::schema::{self, normalize_region, normalize_tag, Fields, PUBLISHED_AT};
use crate::{
    Doc, Hit, Opened, Query, Result, Results, SearchError, Sort, MAX_DEPTH, MAX_LIMIT,
    MAX_QUERY_CHARS, SCHEMA_VERSION,
};

/// Memory for the writer's in-progress segments, shared by its threads. Enough for the largest
/// stories and a rebuild of a 100k-story archive without flushing too often.
const WRITER_HEAP_BYTES: usize = 50_000_000;

/// The file next to the index that records the [`SCHEMA_VERSION`] it was written with.
const VERSION_FILE: &str = "dateline-search.version";

/// `rebuild` reports progress every this many stories.
const PROGRESS_EVERY: u64 = 1_000;

/// The status of stories readers may see.
const PUBLISHED: &str = "published";

/// The search index: shared behind an `Arc`, used from any thread.
///
/// Every method blocks on disk I/O or CPU work: from async code, call it inside
/// `spawn_blocking`.
pub struct SearchIndex {
    pub(crate) fields: Fields,
    pub(crate) reader: IndexReader,
    /// `None` when opened for reading only, beside the process that writes it.
    writer: Option<Mutex<IndexWriter<TantivyDocument>>>,
    /// Something was written since the last commit; lets an idle `commit` do nothing.
    dirty: AtomicBool,
    /// A rebuild holds the writer (for as long as it reads the whole store).
    rebuilding: AtomicBool,
    /// Changes that came while a rebuild held the writer, in order. They must not wait for it:
    /// the caller is the change follower on the async runtime, which also keeps the page
    /// cache fresh. The rebuild applies them when it is done, or the next write or commit.
    queued: Mutex<Vec<Change>>,
    query_analysers: QueryAnalysers,
    /// Index-time analysers, to tokenize stored text the way it was indexed.
    pub(crate) index_analysers: [TextAnalyzer; FAMILIES],
    dir: Option<PathBuf>,
}

/// A write to the index, queued while a rebuild holds the writer.
enum Change {
    Upsert(i64, TantivyDocument),
    Delete(i64),
}

/// Why an existing index could not be opened.
enum OpenFailure {
    /// Another writer holds it: not ours to replace.
    Locked,
    /// Missing pieces, corruption, another version: replace it.
    Unusable(String),
}

impl SearchIndex {
    /// Opens the index in `dir`, or creates an empty one there.
    ///
    /// A missing, corrupt or schema-incompatible index is replaced by an empty one and reported
    /// as [`Opened::Created`] or [`Opened::Recreated`]: the index is derived data, and the
    /// caller's answer to either is to rebuild it from the store. Only what recreating cannot
    /// fix is an error: the directory cannot be written, or another process holds the index
    /// ([`SearchError::Locked`]).
    pub fn open_or_create(dir: &Path) -> Result<(SearchIndex, Opened), SearchError> {
        std::fs::create_dir_all(dir)?;
        if !dir.join("meta.json").exists() {
            clear_index_files(dir)?;
            let index = Self::create_in(dir)?;
            tracing::info!(dir = %dir.display(), "created an empty search index");
            return Ok((index, Opened::Created));
        }
        match Self::open_existing(dir) {
            Ok(index) => Ok((index, Opened::Existing)),
            Err(OpenFailure::Locked) => Err(SearchError::Locked {
                path: dir.display().to_string(),
            }),
            Err(OpenFailure::Unusable(reason)) => {
                tracing::warn!(dir = %dir.display(), %reason, "search index unusable, recreating it empty");
                clear_index_files(dir)?;
                let index = Self::create_in(dir)?;
                Ok((index, Opened::Recreated { reason }))
            }
        }
    }

    /// An index in memory, for tests.
    pub fn in_memory() -> SearchIndex {
        let (schema, fields) = schema::build();
        let index = Index::create_in_ram(schema);
        // A RAM directory has no lock holder and no disk to fail, and one thread with the
        // minimum heap is a valid configuration, so this cannot fail.
        Self::finish(index, fields, None, 1, 15_000_000)
            .unwrap_or_else(|_| unreachable!("an in-memory index always opens"))
    }

    fn create_in(dir: &Path) -> Result<SearchIndex> {
        let (schema, fields) = schema::build();
        let index = Index::builder().schema(schema).create_in_dir(dir)?;
        write_version(dir)?;
        Self::finish(index, fields, Some(dir.to_path_buf()), 0, WRITER_HEAP_BYTES).map_err(|e| {
            match e {
                OpenFailure::Locked => SearchError::Locked {
                    path: dir.display().to_string(),
                },
                OpenFailure::Unusable(reason) => {
                    SearchError::Tantivy(TantivyError::InternalError(reason))
                }
            }
        })
    }

    fn open_existing(dir: &Path) -> Result<SearchIndex, OpenFailure> {
        match std::fs::read_to_string(dir.join(VERSION_FILE)) {
            Ok(found) if found.trim() == SCHEMA_VERSION.to_string() => {}
            Ok(found) => {
                return Err(OpenFailure::Unusable(format!(
                    "index has schema version {:?}, this program uses {SCHEMA_VERSION}",
                    found.trim()
                )))
            }
            Err(e) => {
                return Err(OpenFailure::Unusable(format!(
                    "no readable version marker: {e}"
                )))
            }
        }
        let index = Index::open_in_dir(dir).map_err(|e| OpenFailure::Unusable(e.to_string()))?;
        let (schema, fields) = schema::build();
        if index.schema() != schema {
            return Err(OpenFailure::Unusable(
                "index schema differs from this program's".into(),
            ));
        }
        Self::finish(index, fields, Some(dir.to_path_buf()), 0, WRITER_HEAP_BYTES)
    }

    /// Registers the analysers and opens reader and writer. `threads == 0` lets tantivy choose.
    fn finish(
        index: Index,
        fields: Fields,
        dir: Option<PathBuf>,
        threads: usize,
        heap: usize,
    ) -> Result<SearchIndex, OpenFailure> {
        analysis::register(&index);
        // Loading jieba's dictionary takes a moment; do it now rather than in the first search.
        let _ = analysis::jieba();
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()
            .map_err(|e| OpenFailure::Unusable(e.to_string()))?;
        let writer = if threads == 0 {
            index.writer(heap)
        } else {
            index.writer_with_num_threads(threads, heap)
        };
        let writer = writer.map_err(|e| match e {
            TantivyError::LockFailure(..) => OpenFailure::Locked,
            e => OpenFailure::Unusable(e.to_string()),
        })?;
        Ok(SearchIndex {
            fields,
            reader,
            writer: Some(Mutex::new(writer)),
            dirty: AtomicBool::new(false),
            rebuilding: AtomicBool::new(false),
            queued: Mutex::new(Vec::new()),
            query_analysers: QueryAnalysers::new(),
            index_analysers: Lang::ALL.map(|lang| analyzer(lang, CutMode::Index)),
            dir,
        })
    }

    /// The writer. A panic while it was held cannot have left it half-changed (tantivy's writes
    /// are transactional up to `commit`), so a poisoned lock is simply taken over.
    fn writer(&self) -> Result<MutexGuard<'_, IndexWriter<TantivyDocument>>> {
        Ok(self
            .writer
            .as_ref()
            .ok_or(SearchError::ReadOnly)?
            .lock()
            .unwrap_or_else(PoisonError::into_inner))
    }

    /// Opens the index in `dir` for reading only, beside the process that writes it (a
    /// static export while the site serves). `None` when there is no usable index of this
    /// version there: the caller then builds one of its own.
    pub fn open_read_only(dir: &Path) -> Option<SearchIndex> {
        let version = std::fs::read_to_string(dir.join(VERSION_FILE)).ok()?;
        if version.trim() != SCHEMA_VERSION.to_string() {
            return None;
        }
        let index = Index::open_in_dir(dir).ok()?;
        let (schema, fields) = schema::build();
        if index.schema() != schema {
            return None;
        }
        // jieba's dictionary is loaded when first needed: a read-only index (a static export)
        // seldom analyses text at all.
        analysis::register(&index);
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()
            .ok()?;
        Some(SearchIndex {
            fields,
            reader,
            writer: None,
            dirty: AtomicBool::new(false),
            rebuilding: AtomicBool::new(false),
            queued: Mutex::new(Vec::new()),
            query_analysers: QueryAnalysers::new(),
            index_analysers: Lang::ALL.map(|lang| analyzer(lang, CutMode::Index)),
            dir: Some(dir.to_path_buf()),
        })
    }

    /// The writer unless a rebuild holds it (then `None`: do not wait for it).
    fn writer_unless_rebuilding(
        &self,
    ) -> Result<Option<MutexGuard<'_, IndexWriter<TantivyDocument>>>> {
        let writer = self.writer.as_ref().ok_or(SearchError::ReadOnly)?;
        Ok(match writer.try_lock() {
            Ok(writer) => Some(writer),
            Err(TryLockError::Poisoned(poisoned)) => Some(poisoned.into_inner()),
            Err(TryLockError::WouldBlock) if self.rebuilding.load(Ordering::Acquire) => None,
            Err(TryLockError::WouldBlock) => Some(self.writer()?),
        })
    }

    /// Applies one change now, or queues it behind a rebuild.
    fn write(&self, change: Change) -> Result<()> {
        match self.writer_unless_rebuilding()? {
            Some(writer) => {
                self.apply_queued(&writer);
                self.apply(&writer, change)
            }
            None => {
                self.queued
                    .lock()
                    .unwrap_or_else(PoisonError::into_inner)
                    .push(change);
                Ok(())
            }
        }
    }

    fn apply(&self, writer: &IndexWriter<TantivyDocument>, change: Change) -> Result<()> {
        match change {
            Change::Upsert(id, document) => {
                writer.delete_term(Term::from_field_i64(self.fields.id, id));
                writer.add_document(document)?;
            }
            Change::Delete(id) => {
                writer.delete_term(Term::from_field_i64(self.fields.id, id));
            }
        }
        self.dirty.store(true, Ordering::Release);
        Ok(())
    }

    /// Applies the changes queued behind a rebuild, in order, to the writer its caller holds.
    fn apply_queued(&self, writer: &IndexWriter<TantivyDocument>) {
        let queued =
            std::mem::take(&mut *self.queued.lock().unwrap_or_else(PoisonError::into_inner));
        for change in queued {
            if let Err(e) = self.apply(writer, change) {
                tracing::error!(error = %e, "applying a change queued behind a rebuild failed");
            }
        }
    }

    /// Adds a story, replacing any story with the same id. Searchable after the next
    /// [`commit`](Self::commit). During a rebuild it is queued, not waited for.
    pub fn upsert(&self, doc: &Doc) -> Result<()> {
        self.write(Change::Upsert(
            doc.id,
            schema::to_document(&self.fields, doc),
        ))
    }

    /// Removes a story. Effective after the next [`commit`](Self::commit). During a rebuild
    /// it is queued, not waited for.
    pub fn delete(&self, id: i64) -> Result<()> {
        self.write(Change::Delete(id))
    }

    /// Whether a [`commit`](Self::commit) has something to do: writes since the last one, or
    /// changes queued behind a rebuild.
    pub fn needs_commit(&self) -> bool {
        self.dirty.load(Ordering::Acquire)
            || !self
                .queued
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .is_empty()
    }

    /// Makes every change so far searchable: commits and reloads the reader.
    ///
    /// Does nothing when nothing changed, so a caller may call it on a timer; nor while a
    /// rebuild holds the writer (the changes queued meanwhile are committed by the first call
    /// after it). Each commit writes a segment and syncs the disk: call it from a blocking
    /// thread, at most every few hundred milliseconds.
    pub fn commit(&self) -> Result<()> {
        let Some(mut writer) = self.writer_unless_rebuilding()? else {
            return Ok(());
        };
        self.apply_queued(&writer);
        if !self.dirty.swap(false, Ordering::AcqRel) {
            return Ok(());
        }
        if let Err(e) = writer.commit() {
            self.dirty.store(true, Ordering::Release);
            return Err(e.into());
        }
        drop(writer);
        self.reader.reload()?;
        Ok(())
    }

    /// Commits, merges every segment into one (dropping what deleted and replaced stories
    /// left behind) and reloads. Afterwards a process that opens the index, such as a static
    /// export beside the server, sees the very snapshot searches here see: without it, a merge
    /// that ends after the last commit changes the document frequencies on disk (tantivy counts
    /// deleted documents until they are merged away) but not here, and "See also" may order a
    /// near tie differently. Waits for merges running in the background to end first.
    pub fn compact(&self) -> Result<()> {
        self.commit()?;
        for _ in 0..200 {
            let mut writer = self.writer()?;
            let segments = writer.index().searchable_segment_ids()?;
            let purged = self
                .reader
                .searcher()
                .segment_readers()
                .iter()
                .all(|s| s.num_deleted_docs() == 0);
            if segments.len() <= 1 && purged {
                return Ok(());
            }
            // Fails while a background merge holds one of the segments: try again after it.
            let merged = writer.merge(&segments).wait();
            drop(writer);
            if merged.is_ok() {
                self.reader.reload()?;
                continue;
            }
            std::thread::sleep(std::time::Duration::from_millis(25));
        }
        Err(
            TantivyError::InternalError("the search index did not settle into one segment".into())
                .into(),
        )
    }

    /// Replaces the whole content of the index with `docs`, in one commit.
    ///
    /// Searches keep seeing the old content until the new one is complete. Writes from other
    /// threads meanwhile do not wait: they are queued and applied on top of it, in order (so a
    /// story changed during the rebuild ends up in its newest state). On failure the index is left as it was
    /// (uncommitted writes made before the rebuild are lost too; the store still has them).
    /// `on_progress` receives the number of stories added so far, every thousand and at the
    /// end. Returns the number of stories indexed.
    pub fn rebuild(
        &self,
        docs: impl Iterator<Item = Doc>,
        mut on_progress: impl FnMut(u64),
    ) -> Result<u64> {
        self.rebuilding.store(true, Ordering::Release);
        let result = self.rebuild_holding_the_writer(docs, &mut on_progress);
        self.rebuilding.store(false, Ordering::Release);
        result
    }

    fn rebuild_holding_the_writer(
        &self,
        docs: impl Iterator<Item = Doc>,
        on_progress: &mut impl FnMut(u64),
    ) -> Result<u64> {
        let mut writer = self.writer()?;
        let added = (|| -> Result<u64> {
            writer.delete_all_documents()?;
            let mut added = 0u64;
            for doc in docs {
                writer.add_document(schema::to_document(&self.fields, &doc))?;
                added += 1;
                if added.is_multiple_of(PROGRESS_EVERY) {
                    on_progress(added);
                }
            }
            on_progress(added);
            writer.commit()?;
            Ok(added)
        })();
        match added {
            Ok(added) => {
                self.dirty.store(false, Ordering::Release);
                // What changed meanwhile goes on top, for the next commit.
                self.apply_queued(&writer);
                drop(writer);
                self.reader.reload()?;
                tracing::info!(stories = added, "search index rebuilt");
                Ok(added)
            }
            Err(e) => {
                if let Err(rollback) = writer.rollback() {
                    tracing::error!(error = %rollback, "rolling back a failed rebuild failed too");
                }
                Err(e)
            }
        }
    }

    /// The segments of the current snapshot, and the deleted or replaced stories they still
    /// count (until a merge drops them): what [`compact`](Self::compact) brings to one and none.
    pub fn segments(&self) -> (usize, u64) {
        let searcher = self.reader.searcher();
        let readers = searcher.segment_readers();
        let deleted = readers
            .iter()
            .map(|s| u64::from(s.num_deleted_docs()))
            .sum();
        (readers.len(), deleted)
    }

    /// Number of stories searchable now (as of the last commit), drafts included.
    pub fn len(&self) -> u64 {
        self.reader.searcher().num_docs()
    }

    /// Whether the index holds no story (as of the last commit).
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The index directory, `None` for an in-memory index.
    pub fn dir(&self) -> Option<&Path> {
        self.dir.as_deref()
    }

    /// The analysis families that some story in the searcher's snapshot is in: those with a
    /// term in one of their text fields in some segment.
    fn families_with_stories(&self, searcher: &tantivy::Searcher) -> Vec<Lang> {
        Lang::ALL
            .into_iter()
            .filter(|&lang| {
                let text = self.fields.text(lang);
                searcher.segment_readers().iter().any(|segment| {
                    [text.headline, text.standfirst, text.body]
                        .into_iter()
                        .any(|field| {
                            segment
                                .inverted_index(field)
                                .is_ok_and(|index| index.terms().num_terms() > 0)
                        })
                })
            })
            .collect()
    }

    /// Searches. Any text is accepted: what cannot be searched for comes back as a
    /// [`Results::notice`], never as an error.
    pub fn search(&self, q: &Query) -> Result<Results, SearchError> {
        let parsed = query::parse(&q.text);
        let mut notices = Vec::new();
        if parsed.cut {
            notices.push(format!(
                "Your search was cut to {MAX_QUERY_CHARS} characters."
            ));
        }
        if parsed.dropped {
            notices.push(format!(
                "Only the first {MAX_CLAUSES} words of your search were used."
            ));
        }
        let searcher = self.reader.searcher();
        let edition = q
            .edition
            .as_deref()
            .map(normalize_edition)
            .filter(|e| !e.is_empty());
        // The families searched: the edition's, or (across editions) those with stories, as
        // most of the nineteen have none on a given site. An empty index still analyses the
        // query once, to tell a query with no words from one that finds nothing.
        let langs: Vec<Lang> = match &edition {
            Some(edition) => vec![Lang::for_edition(edition)],
            None => match self.families_with_stories(&searcher) {
                present if present.is_empty() => vec![Lang::En],
                present => present,
            },
        };
        let clauses = self.query_analysers.analyse(&parsed.clauses, &langs);
        if !clauses.iter().any(|c| !c.negated) {
            notices.push(if clauses.is_empty() {
                "Add a word to search for.".to_string()
            } else {
                "Add a word to search for: a search cannot only exclude words.".to_string()
            });
            return Ok(Results {
                total: 0,
                hits: Vec::new(),
                notice: Some(notices.join(" ")),
            });
        }
        let notice = (!notices.is_empty()).then(|| notices.join(" "));
        let empty = Results {
            total: 0,
            hits: Vec::new(),
            notice: notice.clone(),
        };

        // Each family's conjunction of the positive clauses, over its own fields: a story fills
        // only its family's fields, so it must match every word there.
        let positives: HashMap<Lang, Box<dyn TantivyQuery>> = langs
            .iter()
            .filter_map(|&lang| {
                positive_query(&self.fields.text(lang), lang, &clauses).map(|q| (lang, q))
            })
            .collect();
        let mut subqueries: Vec<(Occur, Box<dyn TantivyQuery>)> = vec![(
            Occur::Must,
            Box::new(BooleanQuery::new(
                positives
                    .values()
                    .map(|q| (Occur::Should, q.box_clone()))
                    .collect(),
            )),
        )];
        for &lang in &langs {
            for negative in negative_queries(&self.fields.text(lang), lang, &clauses) {
                subqueries.push((Occur::MustNot, negative));
            }
        }
        let Some(filters) = self.filters(q, edition.as_deref()) else {
            return Ok(empty);
        };
        subqueries.extend(filters.into_iter().map(|f| (Occur::Must, filter(f))));
        let query = BooleanQuery::new(subqueries);

        let limit = q
            .limit
            .min(MAX_LIMIT)
            .min(MAX_DEPTH.saturating_sub(q.offset));
        let (total, page): (usize, Vec<(f32, DocAddress)>) = if limit == 0 {
            (searcher.search(&query, &Count)?, Vec::new())
        } else {
            let top = TopDocs::with_limit(limit).and_offset(q.offset);
            match q.sort {
                Sort::Relevance => searcher.search(&query, &(Count, top.order_by_score()))?,
                Sort::Newest => {
                    let (total, docs) = searcher.search(
                        &query,
                        &(
                            Count,
                            top.order_by_fast_field::<i64>(PUBLISHED_AT, Order::Desc),
                        ),
                    )?;
                    (total, docs.into_iter().map(|(_, a)| (0.0, a)).collect())
                }
            }
        };

        let mut marker = Highlighter::new(self, &searcher, &positives);
        let mut hits = Vec::with_capacity(page.len());
        for (score, address) in page {
            let doc: TantivyDocument = searcher.doc(address)?;
            hits.push(marker.hit(&doc, score)?);
        }
        Ok(Results {
            total,
            hits,
            notice,
        })
    }

    /// The filter clauses of a query; `None` when they cannot match anything (`from > to`).
    fn filters(&self, q: &Query, edition: Option<&str>) -> Option<Vec<Box<dyn TantivyQuery>>> {
        let f = &self.fields;
        let mut filters: Vec<Box<dyn TantivyQuery>> = Vec::new();
        if let Some(edition) = edition {
            filters.push(term_query(f.edition, edition));
        }
        let regions: BTreeSet<String> = q
            .regions
            .iter()
            .map(|r| normalize_region(r))
            .filter(|r| !r.is_empty())
            .collect();
        if !regions.is_empty() {
            filters.push(Box::new(BooleanQuery::new(
                regions
                    .iter()
                    .map(|r| (Occur::Should, term_query(f.regions, r)))
                    .collect(),
            )));
        }
        if let Some(tag) = q
            .tag
            .as_deref()
            .map(normalize_tag)
            .filter(|t| !t.is_empty())
        {
            filters.push(term_query(f.tags, &tag));
        }
        let mut to = q.to;
        if !q.include_unpublished {
            filters.push(term_query(f.status, PUBLISHED));
            to = Some(to.map_or(q.now, |to| to.min(q.now)));
        }
        if let (Some(from), Some(to)) = (q.from, to) {
            if from > to {
                return None;
            }
        }
        if q.from.is_some() || to.is_some() {
            filters.push(published_between(f.published_at, q.from, to));
        }
        Some(filters)
    }
}

/// A filter: restricts the matches without touching their scores.
pub(crate) fn filter(query: Box<dyn TantivyQuery>) -> Box<dyn TantivyQuery> {
    Box::new(ConstScoreQuery::new(query, 0.0))
}

/// An exact match on a keyword field.
pub(crate) fn term_query(field: Field, value: &str) -> Box<dyn TantivyQuery> {
    Box::new(TermQuery::new(
        Term::from_field_text(field, value),
        IndexRecordOption::Basic,
    ))
}

/// Stories published within `[from, to]` (either side open when `None`).
pub(crate) fn published_between(
    field: Field,
    from: Option<i64>,
    to: Option<i64>,
) -> Box<dyn TantivyQuery> {
    let bound = |t: Option<i64>| match t {
        Some(t) => Bound::Included(Term::from_field_i64(field, t)),
        None => Bound::Unbounded,
    };
    Box::new(RangeQuery::new(bound(from), bound(to)))
}

/// The text of a stored field ("" when absent).
pub(crate) fn stored_str(doc: &TantivyDocument, field: Field) -> &str {
    doc.get_first(field).and_then(|v| v.as_str()).unwrap_or("")
}

/// Builds the headline and snippet HTML of hits, with the snippet terms and weights of each
/// family, made when the first hit of that family needs it.
struct Highlighter<'a> {
    index: &'a SearchIndex,
    searcher: &'a Searcher,
    positives: &'a HashMap<Lang, Box<dyn TantivyQuery>>,
    per_lang: HashMap<Lang, LangMarks>,
}

struct LangMarks {
    /// The body's terms and their weights for choosing its snippet; `None` without a query.
    body: Option<BTreeMap<String, f32>>,
    /// The body's query terms as they appear in the text (Chinese words and character pairs),
    /// to find where its snippet will be; empty for the stemmed editions.
    body_literals: Vec<String>,
    standfirst: Option<BTreeMap<String, f32>>,
    headline_terms: BTreeSet<String>,
    analyzer: TextAnalyzer,
}

impl<'a> Highlighter<'a> {
    fn new(
        index: &'a SearchIndex,
        searcher: &'a Searcher,
        positives: &'a HashMap<Lang, Box<dyn TantivyQuery>>,
    ) -> Self {
        Highlighter {
            index,
            searcher,
            positives,
            per_lang: HashMap::new(),
        }
    }

    fn marks(&mut self, lang: Lang) -> Result<&mut LangMarks> {
        if !self.per_lang.contains_key(&lang) {
            let text = self.index.fields.text(lang);
            // A stored field's text is marked where the query matched it: in its own field or,
            // in Chinese, in the bigram field indexed from the same text.
            let [headline_bigrams, standfirst_bigrams, body_bigrams] =
                text.bigrams.map_or([None; 3], |fields| fields.map(Some));
            let analyzer = marks_analyzer(lang);
            let query = self.positives.get(&lang);
            let terms = |fields: [Option<Field>; 2]| {
                let mut terms: BTreeSet<&Term> = BTreeSet::new();
                if let Some(query) = query {
                    query.query_terms(&mut |term, _| {
                        if fields.contains(&Some(term.field())) {
                            terms.insert(term);
                        }
                    });
                }
                terms
            };
            let snippet_weights =
                |fields: [Option<Field>; 2]| -> Result<Option<BTreeMap<String, f32>>> {
                    if query.is_none() {
                        return Ok(None);
                    }
                    // Rarer terms make better snippets, as in tantivy's own generator.
                    let mut weights: BTreeMap<String, f32> = BTreeMap::new();
                    for term in terms(fields) {
                        let value = term.value();
                        let Some(text) = value.as_str() else {
                            continue;
                        };
                        let doc_freq = self.searcher.doc_freq(term)?;
                        if doc_freq > 0 {
                            let weight = 1.0 / (1.0 + doc_freq as f32);
                            let entry = weights.entry(text.to_string()).or_default();
                            *entry = entry.max(weight);
                        }
                    }
                    Ok(Some(weights))
                };
            let headline_terms = terms([Some(text.headline), headline_bigrams])
                .into_iter()
                .filter_map(|term| term.value().as_str().map(str::to_string))
                .collect();
            let body_literals = match lang {
                Lang::Zh => terms([Some(text.body), body_bigrams])
                    .into_iter()
                    .filter_map(|term| term.value().as_str().map(str::to_string))
                    .collect(),
                _ => Vec::new(),
            };
            let marks = LangMarks {
                body: snippet_weights([Some(text.body), body_bigrams])?,
                body_literals,
                standfirst: snippet_weights([Some(text.standfirst), standfirst_bigrams])?,
                headline_terms,
                analyzer,
            };
            self.per_lang.insert(lang, marks);
        }
        self.per_lang
            .get_mut(&lang)
            .ok_or_else(|| SearchError::Tantivy(TantivyError::InternalError("highlighter".into())))
    }

    fn hit(&mut self, doc: &TantivyDocument, score: f32) -> Result<Hit> {
        let fields = &self.index.fields;
        let id = doc
            .get_first(fields.id)
            .and_then(|v| v.as_i64())
            .unwrap_or_default();
        let lang = Lang::for_edition(stored_str(doc, fields.edition));
        let text = fields.text(lang);
        let (headline, standfirst, body) = (
            stored_str(doc, text.headline),
            stored_str(doc, text.standfirst),
            stored_str(doc, text.body),
        );
        let marks = self.marks(lang)?;
        let headline_html =
            highlight::mark_all(&mut marks.analyzer, headline, &marks.headline_terms);
        let max_bytes = lang.snippet_bytes();
        let mut snippet = |weights: &Option<BTreeMap<String, f32>>, text: &str| {
            weights.as_ref().and_then(|weights| {
                highlight::snippet(&mut marks.analyzer, text, weights, max_bytes)
            })
        };
        let body_window = if marks.body_literals.is_empty() {
            body
        } else {
            highlight::around_first(body, &marks.body_literals, 2 * max_bytes)
        };
        let snippet_html = snippet(&marks.body, body_window)
            .or_else(|| snippet(&marks.standfirst, standfirst))
            .unwrap_or_else(|| {
                let lead = if standfirst.trim().is_empty() {
                    body
                } else {
                    standfirst
                };
                highlight::lead(lead, lang.snippet_bytes())
            });
        Ok(Hit {
            id,
            score,
            headline_html,
            snippet_html,
        })
    }
}

fn write_version(dir: &Path) -> Result<()> {
    let tmp = dir.join(format!("{VERSION_FILE}.tmp"));
    std::fs::write(&tmp, format!("{SCHEMA_VERSION}\n"))?;
    std::fs::rename(&tmp, dir.join(VERSION_FILE))?;
    Ok(())
}

/// Removes what an index left in `dir`, and nothing else: the directory may be shared with
/// other files by mistake, and deleting someone's files is worse than a failed open.
fn clear_index_files(dir: &Path) -> Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        if is_index_file(name) && entry.file_type()?.is_file() {
            std::fs::remove_file(entry.path())?;
        }
    }
    Ok(())
}

/// Tantivy's files (meta, lock files, `<32 hex digits>.<component>` segment files) and ours.
fn is_index_file(name: &str) -> bool {
    if matches!(name, "meta.json" | ".managed.json") || name.starts_with(VERSION_FILE) {
        return true;
    }
    if name.starts_with(".tantivy-") && name.ends_with(".lock") {
        return true;
    }
    match name.split_once('.') {
        Some((stem, _)) => stem.len() == 32 && stem.bytes().all(|b| b.is_ascii_hexdigit()),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_only_index_files() {
        assert!(is_index_file("meta.json"));
        assert!(is_index_file("0123456789abcdef0123456789abcdef.idx"));
        assert!(is_index_file(".tantivy-writer.lock"));
        assert!(is_index_file(VERSION_FILE));
        assert!(!is_index_file("notes.txt"));
        assert!(!is_index_file("0123.idx"));
    }
}
