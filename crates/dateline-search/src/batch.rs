//! "See also" for many stories at once (a static export renders every story): the same
//! ranking as [`SearchIndex::related`], step by step and with the same arithmetic, so the
//! results are identical, but what every story's computation reads is read once and kept:
//!
//! - every story's term counts, read from the index itself (each family's postings walked
//!   once, term by term) instead of analysing its text again: the index holds exactly the
//!   tokens the analyser made of it. Terms are numbered in byte order, so ordering by number
//!   is ordering by text, as the single computation breaks ties;
//! - each query term's postings, its three fields and every segment merged into one list of
//!   `(story, tf)`, decoded once instead of once per story that uses the term;
//! - document frequencies, each story's weighted length, the "public in this edition" filter,
//!   the region and tag memberships and the id and date columns.
//!
//! Scoring compares a story with every story sharing a query term, so it grows with the square
//! of the archive, and its time is the time of reading those postings and adding them up.
//! So stories are numbered per analysis family ([`Local`]): the arrays scored and scanned hold
//! one edition's stories, not the whole index's. Postings are packed in four bytes
//! (`story << 8 | tf`, [`List`]); sums go into a dense array with no branch per posting, and
//! the array is then scanned sixteen stories at a time with multiplications only, dividing and
//! ranking only in the rare stretches where a story may make the ranking. Pruning by upper
//! bounds (MaxScore) was measured and not kept: on 100,000 generated stories, even with the
//! final threshold known in advance, some 4,000 stories a round remain whose bounds reach it,
//! and completing their scores by lookups costs as much as reading every posting.
//!
//! [`RelatedBatch`] is shared between threads; each call works in buffers of its own thread.
//! The test `batch_equals_single` (tests/related.rs) checks it against
//! [`SearchIndex::related`] story by story.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::{Arc, LazyLock, OnceLock, PoisonError, RwLock};

use tantivy::postings::Postings;
use tantivy::query::{BooleanQuery, EnableScoring, Occur, Query as TantivyQuery};
use tantivy::schema::{Field, IndexRecordOption, Value};
use tantivy::{DocId, DocSet, Searcher, TantivyDocument, Term, TERMINATED};

use crate::analysis::{normalize_edition, Lang};
use crate::index::{filter, published_between, stored_str, term_query, SearchIndex};
use crate::related::{
    choose_terms, is_too_short, most_counted, weighted_fields, FEEDBACK_STORIES, LENGTH_EXPONENT,
    MIN_DOC_FREQ, RECENCY_DAYS, REGION_BONUS, TAG_BONUS,
};
use crate::schema::{Fields, PUBLISHED_AT};
use crate::{Result, MAX_LIMIT};

/// A story's number among the stories of its analysis family: every story with text in the
/// family's fields, of every segment, numbered in (segment, doc) order. Scoring works on these
/// numbers, so its arrays hold one edition's stories, not the whole index's, and number order
/// is the (segment, doc) order the single computation breaks ties by.
type Local = u32;

/// The number of a doc with no text in a family's fields.
const NOT_IN_FAMILY: Local = Local::MAX;

/// A term's postings in the three text fields of its family, by [`Local`] number, with tf
/// counted over the weighted fields: what the similarity adds up for every story of every
/// story's query, so the bytes it takes are the time "See also" takes (reading them from
/// memory is most of it).
enum List {
    /// `local << 8 | tf`: every number below 2^24 and every weighted tf a whole number below
    /// 256, as nearly always. Four bytes a posting.
    Packed(Vec<u32>),
    /// `(local, 1 + ln tf)` otherwise.
    Wide(Vec<(Local, f32)>),
}

/// `1 + ln tf` of a packed posting's tf, as [`Vocabulary::merged`] would compute it.
static LOG_TF: LazyLock<[f32; 256]> =
    LazyLock::new(|| std::array::from_fn(|tf| 1.0 + (tf as f32).ln()));

impl List {
    fn from_counts(counts: Vec<(Local, f32)>) -> List {
        let packs = |&(doc, tf): &(Local, f32)| {
            doc < 1 << 24 && tf.fract() == 0.0 && (1.0..256.0).contains(&tf)
        };
        if counts.iter().all(packs) {
            List::Packed(
                counts
                    .iter()
                    .map(|&(doc, tf)| doc << 8 | tf as u32)
                    .collect(),
            )
        } else {
            List::Wide(
                counts
                    .into_iter()
                    .map(|(doc, tf)| (doc, 1.0 + tf.ln()))
                    .collect(),
            )
        }
    }

    /// `1 + ln tf` of `doc`, if it holds the term.
    fn find(&self, doc: Local) -> Option<f32> {
        match self {
            List::Packed(list) => {
                let at = list.partition_point(|p| p >> 8 < doc);
                list.get(at)
                    .filter(|p| *p >> 8 == doc)
                    .map(|p| LOG_TF[(p & 0xff) as usize])
            }
            List::Wide(list) => list
                .binary_search_by_key(&doc, |e| e.0)
                .ok()
                .map(|at| list[at].1),
        }
    }
}

/// Per story of a family, whether it is in a set.
type Membership = Vec<bool>;

/// "See also" for many stories of one index snapshot at one time. Made by
/// [`SearchIndex::related_batch`].
pub struct RelatedBatch {
    fields: Fields,
    searcher: Searcher,
    now: i64,
    /// Story id → (segment, doc) of its live document.
    addresses: HashMap<i64, (u32, DocId)>,
    /// Per analysis family ([`Lang::ALL`] order).
    families: Vec<Family>,
    /// Stories per edition.
    doc_freqs: RwLock<HashMap<Term, u64>>,
    /// Edition → public stories of it at `now`, alive.
    public: RwLock<HashMap<String, Arc<Membership>>>,
    /// (family, region or tag term) → the family's stories holding it.
    members: RwLock<HashMap<(usize, Term), Arc<Membership>>>,
}

/// The stories of one analysis family, by [`Local`] number, and what scoring them needs.
struct Family {
    /// Per segment, per doc: its number, or [`NOT_IN_FAMILY`].
    numbers: Vec<Vec<Local>>,
    /// Per story: `max(1, Σ weight · fieldnorm)^0.4`.
    lengths: Vec<f32>,
    /// Per story: its id and what its score is divided by for its age.
    columns: Vec<(i64, f32)>,
    /// Per story: its length times its age divisor.
    scaled: Vec<f32>,
    /// Its terms and every story's counts of them.
    vocabulary: Vocabulary,
}

/// A story's terms with their weighted counts, `(term, count)`.
type Counts = Box<[(u32, f32)]>;

/// One analysis family's terms, numbered in byte order, and what the batch needs of them.
struct Vocabulary {
    fields: [(Field, f32); 3],
    texts: Vec<Box<str>>,
    /// Per term, the stories holding it in the body, and in the headline.
    body_df: Vec<u64>,
    headline_df: Vec<u64>,
    /// Per segment, per doc: its [`most_counted`] terms.
    counted: Vec<Vec<Counts>>,
    /// Per term, its merged postings, decoded when a story first asks.
    merged: Vec<OnceLock<Arc<List>>>,
}

impl Vocabulary {
    /// Walks the postings of every term of `fields` once.
    fn read(searcher: &Searcher, fields: [(Field, f32); 3]) -> Result<Vocabulary> {
        let mut texts: Vec<Vec<u8>> = Vec::new();
        for segment in searcher.segment_readers() {
            for (field, _) in &fields {
                let index = segment.inverted_index(*field)?;
                let mut stream = index.terms().stream()?;
                while stream.advance() {
                    texts.push(stream.key().to_vec());
                }
            }
        }
        texts.sort_unstable();
        texts.dedup();
        let mut body_df = vec![0u64; texts.len()];
        let mut headline_df = vec![0u64; texts.len()];
        let mut counted = Vec::with_capacity(searcher.segment_readers().len());
        for segment in searcher.segment_readers() {
            let mut per_doc: Vec<Vec<(u32, f32)>> = vec![Vec::new(); segment.max_doc() as usize];
            for (nth, (field, weight)) in fields.iter().enumerate() {
                let index = segment.inverted_index(*field)?;
                let mut stream = index.terms().stream()?;
                // The stream and `texts` are both in byte order: walk them side by side.
                let mut id = 0usize;
                while stream.advance() {
                    let key = stream.key();
                    while texts.get(id).is_some_and(|t| t.as_slice() != key) {
                        id += 1;
                    }
                    if id == texts.len() {
                        return Err(tantivy::TantivyError::InternalError(
                            "a term dictionary is not in byte order".into(),
                        )
                        .into());
                    }
                    let info = stream.value();
                    match nth {
                        0 => headline_df[id] += u64::from(info.doc_freq),
                        2 => body_df[id] += u64::from(info.doc_freq),
                        _ => {}
                    }
                    let mut postings =
                        index.read_postings_from_terminfo(info, IndexRecordOption::WithFreqs)?;
                    let mut doc = postings.doc();
                    while doc != TERMINATED {
                        if let Some(entries) = per_doc.get_mut(doc as usize) {
                            // `weight · tf` is the sum of `weight` once per token: small
                            // integers, exact in any order.
                            entries.push((id as u32, weight * postings.term_freq() as f32));
                        }
                        doc = postings.advance();
                    }
                }
            }
            counted.push(
                per_doc
                    .into_iter()
                    .map(|mut entries| {
                        entries.sort_unstable_by_key(|e| e.0);
                        let mut sums: Vec<(u32, f32)> = Vec::with_capacity(entries.len());
                        for (id, count) in entries {
                            match sums.last_mut() {
                                Some(last) if last.0 == id => last.1 += count,
                                _ => sums.push((id, count)),
                            }
                        }
                        most_counted(&mut sums);
                        sums.into_boxed_slice()
                    })
                    .collect(),
            );
        }
        let merged = (0..texts.len()).map(|_| OnceLock::new()).collect();
        Ok(Vocabulary {
            fields,
            texts: texts
                .into_iter()
                .map(|t| String::from_utf8_lossy(&t).into())
                .collect(),
            body_df,
            headline_df,
            counted,
            merged,
        })
    }

    /// The similarity query of the story at `(segment, doc)`, as the single computation's.
    fn query_terms(
        &self,
        segment: u32,
        doc: DocId,
        edition_size: u64,
    ) -> Result<Vec<(u32, f32, f32)>> {
        let Some(counted) = self
            .counted
            .get(segment as usize)
            .and_then(|docs| docs.get(doc as usize))
        else {
            return Ok(Vec::new());
        };
        choose_terms(counted.to_vec(), edition_size, |&id| {
            let id = id as usize;
            if is_too_short(&self.texts[id]) {
                return Ok(None);
            }
            let df = self.body_df[id];
            Ok(Some(if df >= MIN_DOC_FREQ {
                df
            } else {
                df.max(self.headline_df[id])
            }))
        })
    }

    /// The merged postings of term `id`, over the family's stories `numbers`.
    fn merged(&self, searcher: &Searcher, id: u32, numbers: &[Vec<Local>]) -> Result<Arc<List>> {
        let cell = &self.merged[id as usize];
        if let Some(found) = cell.get() {
            return Ok(found.clone());
        }
        let text = &*self.texts[id as usize];
        let mut counts: Vec<(Local, f32)> = Vec::new();
        for (segment, numbers) in searcher.segment_readers().iter().zip(numbers) {
            // Field by field in the order the single computation adds them, so each sum is
            // the same float.
            let mut entries: Vec<(DocId, f32)> = Vec::new();
            for (field, weight) in &self.fields {
                let index = segment.inverted_index(*field)?;
                let term = Term::from_field_text(*field, text);
                let Some(mut postings) =
                    index.read_postings(&term, IndexRecordOption::WithFreqs)?
                else {
                    continue;
                };
                let mut doc = postings.doc();
                while doc != TERMINATED {
                    entries.push((doc, weight * postings.term_freq() as f32));
                    doc = postings.advance();
                }
            }
            entries.sort_by_key(|e| e.0);
            let mut i = 0;
            while i < entries.len() {
                let doc = entries[i].0;
                let mut count = 0.0f32;
                while i < entries.len() && entries[i].0 == doc {
                    count += entries[i].1;
                    i += 1;
                }
                // A doc holding the term has text in the family's fields, so a number.
                if let Some(&local) = numbers.get(doc as usize).filter(|&&l| l != NOT_IN_FAMILY) {
                    counts.push((local, count));
                }
            }
        }
        let merged = Arc::new(List::from_counts(counts));
        Ok(cell.get_or_init(|| merged).clone())
    }
}

thread_local! {
    /// A thread's scores, one slot per story of the largest family, all zero between calls.
    static SCRATCH: RefCell<Vec<f32>> = const { RefCell::new(Vec::new()) };
}

struct Candidate {
    local: Local,
    score: f32,
}

fn read<K: Eq + std::hash::Hash, T: Clone>(map: &RwLock<HashMap<K, T>>, key: &K) -> Option<T> {
    map.read()
        .unwrap_or_else(PoisonError::into_inner)
        .get(key)
        .cloned()
}

impl SearchIndex {
    /// Prepares "See also" for many stories, public at `now`, on the index as it is now.
    pub fn related_batch(&self, now: i64) -> Result<RelatedBatch> {
        let searcher = self.reader.searcher();
        let f = &self.fields;
        let mut addresses = HashMap::new();
        // Per segment, per doc: the story's id and its age divisor.
        let mut columns: Vec<Vec<(i64, f32)>> = Vec::new();
        for (ord, segment) in searcher.segment_readers().iter().enumerate() {
            let fast = segment.fast_fields();
            let ids = fast.i64("id")?;
            for doc in 0..segment.max_doc() {
                if segment.alive_bitset().is_none_or(|a| a.is_alive(doc)) {
                    if let Some(id) = ids.first(doc) {
                        addresses.insert(id, (ord as u32, doc));
                    }
                }
            }
            let dates = fast.i64(PUBLISHED_AT)?;
            columns.push(
                (0..segment.max_doc())
                    .map(|doc| {
                        let published_at = dates.first(doc).unwrap_or(now);
                        let age_days = (now.saturating_sub(published_at).max(0) as f32) / 86_400.0;
                        (
                            ids.first(doc).unwrap_or_default(),
                            1.0 + age_days / RECENCY_DAYS,
                        )
                    })
                    .collect(),
            );
        }
        // The families side by side: each numbers its stories and walks its postings (a family
        // with no stories is done at once).
        let families = std::thread::scope(|scope| {
            let readers: Vec<_> = Lang::ALL
                .iter()
                .map(|lang| {
                    let fields = weighted_fields(&f.text(*lang));
                    let (searcher, columns) = (&searcher, &columns);
                    scope.spawn(move || Family::read(searcher, fields, columns))
                })
                .collect();
            readers
                .into_iter()
                .map(|reader| {
                    reader.join().unwrap_or_else(|_| {
                        Err(tantivy::TantivyError::InternalError(
                            "reading the index for \"See also\" panicked".into(),
                        )
                        .into())
                    })
                })
                .collect::<Result<Vec<_>>>()
        })?;
        Ok(RelatedBatch {
            fields: self.fields.clone(),
            searcher,
            now,
            addresses,
            families,
            doc_freqs: RwLock::new(HashMap::new()),
            public: RwLock::new(HashMap::new()),
            members: RwLock::new(HashMap::new()),
        })
    }
}

impl Family {
    /// Numbers the stories with text in `fields` and reads what scoring them needs;
    /// `columns` are every segment's ids and age divisors.
    fn read(
        searcher: &Searcher,
        fields: [(Field, f32); 3],
        columns: &[Vec<(i64, f32)>],
    ) -> Result<Family> {
        let mut family = Family {
            numbers: Vec::new(),
            lengths: Vec::new(),
            columns: Vec::new(),
            scaled: Vec::new(),
            vocabulary: Vocabulary::read(searcher, fields)?,
        };
        for (segment, columns) in searcher.segment_readers().iter().zip(columns) {
            let norms = fields
                .iter()
                .map(|(field, weight)| Ok((segment.get_fieldnorms_reader(*field)?, *weight)))
                .collect::<Result<Vec<_>>>()?;
            let mut numbers = Vec::with_capacity(segment.max_doc() as usize);
            for (doc, &(id, recency)) in (0..segment.max_doc()).zip(columns) {
                let length: f32 = norms.iter().map(|(n, w)| w * n.fieldnorm(doc) as f32).sum();
                if length == 0.0 {
                    numbers.push(NOT_IN_FAMILY);
                    continue;
                }
                numbers.push(family.lengths.len() as Local);
                let length = length.max(1.0).powf(LENGTH_EXPONENT);
                family.lengths.push(length);
                family.columns.push((id, recency));
                family.scaled.push(length * recency);
            }
            family.numbers.push(numbers);
        }
        Ok(family)
    }

    /// The number of doc `doc` of `segment`, if it has text in the family's fields.
    fn number(&self, segment: usize, doc: DocId) -> Option<Local> {
        self.numbers
            .get(segment)
            .and_then(|numbers| numbers.get(doc as usize))
            .copied()
            .filter(|&local| local != NOT_IN_FAMILY)
    }
}

impl RelatedBatch {
    fn doc_freq(&self, term: &Term) -> Result<u64> {
        if let Some(df) = read(&self.doc_freqs, term) {
            return Ok(df);
        }
        let df = self.searcher.doc_freq(term)?;
        self.doc_freqs
            .write()
            .unwrap_or_else(PoisonError::into_inner)
            .insert(term.clone(), df);
        Ok(df)
    }

    /// The stories of `family` that match `query`, alive.
    fn membership(&self, family: usize, query: &dyn TantivyQuery) -> Result<Membership> {
        let family = &self.families[family];
        let weight = query.weight(EnableScoring::disabled_from_searcher(&self.searcher))?;
        let mut set = vec![false; family.lengths.len()];
        for (ord, segment) in self.searcher.segment_readers().iter().enumerate() {
            let mut scorer = weight.scorer(segment, 1.0)?;
            let mut doc = scorer.doc();
            while doc != TERMINATED {
                if segment.alive_bitset().is_none_or(|a| a.is_alive(doc)) {
                    if let Some(local) = family.number(ord, doc) {
                        set[local as usize] = true;
                    }
                }
                doc = scorer.advance();
            }
        }
        Ok(set)
    }

    fn public(&self, edition: &str) -> Result<Arc<Membership>> {
        if let Some(found) = self
            .public
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .get(edition)
        {
            return Ok(found.clone());
        }
        let f = &self.fields;
        let query = BooleanQuery::new(vec![
            (Occur::Must, filter(term_query(f.edition, edition))),
            (Occur::Must, filter(term_query(f.status, "published"))),
            (
                Occur::Must,
                filter(published_between(f.published_at, None, Some(self.now))),
            ),
        ]);
        let family = Lang::for_edition(edition).index();
        let set = Arc::new(self.membership(family, &query)?);
        self.public
            .write()
            .unwrap_or_else(PoisonError::into_inner)
            .insert(edition.to_string(), set.clone());
        Ok(set)
    }

    fn members(&self, family: usize, term: &Term) -> Result<Arc<Membership>> {
        let key = (family, term.clone());
        if let Some(found) = read(&self.members, &key) {
            return Ok(found);
        }
        let query = tantivy::query::TermQuery::new(term.clone(), IndexRecordOption::Basic);
        let set = Arc::new(self.membership(family, &query)?);
        self.members
            .write()
            .unwrap_or_else(PoisonError::into_inner)
            .insert(key, set.clone());
        Ok(set)
    }

    /// What [`SearchIndex::related`] answers for story `id` with `limit` at this batch's time.
    pub fn related(&self, id: i64, limit: usize) -> Result<Vec<i64>> {
        let limit = limit.min(MAX_LIMIT);
        if limit == 0 {
            return Ok(Vec::new());
        }
        let f = &self.fields;
        let Some(&(segment, doc_id)) = self.addresses.get(&id) else {
            return Ok(Vec::new());
        };
        let doc: TantivyDocument = self
            .searcher
            .doc(tantivy::DocAddress::new(segment, doc_id))?;
        let edition = normalize_edition(stored_str(&doc, f.edition));
        let family_number = Lang::for_edition(&edition).index();
        let family = &self.families[family_number];
        let Some(me) = family.number(segment as usize, doc_id) else {
            return Ok(Vec::new());
        };
        let vocabulary = &family.vocabulary;
        let edition_size = self.doc_freq(&Term::from_field_text(f.edition, &edition))?;
        let mut terms = vocabulary.query_terms(segment, doc_id, edition_size)?;
        if terms.is_empty() {
            return Ok(Vec::new());
        }
        let merged = terms
            .iter()
            .map(|(id, _, _)| vocabulary.merged(&self.searcher, *id, &family.numbers))
            .collect::<Result<Vec<_>>>()?;

        // Which stories may be offered: public in the edition, not this one, not one of its
        // versions in other editions.
        let public = self.public(&edition)?;
        let mut excluded: Vec<Local> = Vec::new();
        let mut exclude = |term: &Term| -> Result<()> {
            for (ord, segment) in self.searcher.segment_readers().iter().enumerate() {
                let index = segment.inverted_index(term.field())?;
                if let Some(mut postings) = index.read_postings(term, IndexRecordOption::Basic)? {
                    let mut doc = postings.doc();
                    while doc != TERMINATED {
                        excluded.extend(family.number(ord, doc));
                        doc = postings.advance();
                    }
                }
            }
            Ok(())
        };
        exclude(&Term::from_field_i64(f.id, id))?;
        if let Some(group) = doc.get_first(f.translation_group).and_then(|v| v.as_str()) {
            exclude(&Term::from_field_text(f.translation_group, group))?;
        }
        let allowed = |local: Local| public[local as usize] && !excluded.contains(&local);
        let shared: Vec<(Term, f32)> = [(f.regions, REGION_BONUS), (f.tags, TAG_BONUS)]
            .into_iter()
            .flat_map(|(field, bonus)| {
                doc.get_all(field)
                    .filter_map(|v| v.as_str())
                    .take(10)
                    .map(move |value| (Term::from_field_text(field, value), bonus))
                    .collect::<Vec<_>>()
            })
            .collect();

        let lengths = &family.lengths[..];
        let n = lengths.len();
        SCRATCH.with(|scratch| {
            let scores = &mut *scratch.borrow_mut();
            let first = best(scores, &merged, &terms, lengths, &allowed);
            reweight(&merged, &mut terms, &first);

            // Second round, with shared regions and tags, then recency, as the single
            // computation adds them; the story's similarity with itself scales the bonuses.
            let self_score = self_similarity(&merged, &terms, me) / lengths[me as usize];
            let scale = if self_score > 0.0 { self_score } else { 1.0 };
            let members = shared
                .iter()
                .map(|(term, bonus)| Ok((self.members(family_number, term)?, *bonus)))
                .collect::<Result<Vec<_>>>()?;
            let most_bonus: f32 = members.iter().map(|(_, bonus)| bonus * scale).sum();
            // The best `limit`, best first: (value, story), ties to the higher id.
            let mut best: Vec<(f32, i64)> = Vec::with_capacity(limit + 1);
            accumulate(scores, &merged, &terms, n);
            let columns = &family.columns;
            scan(
                &mut scores[..n],
                lengths,
                &family.scaled,
                most_bonus,
                &mut best,
                |best| best.get(limit - 1).map(|worst| worst.0),
                |best, d, sum| {
                    let mut score = sum / lengths[d];
                    let (story, recency) = columns[d];
                    // Most stories fall short even with every bonus (the margin covers
                    // adding the bonuses one by one rather than at once).
                    if best.len() == limit
                        && best.last().is_some_and(|worst| {
                            (score + most_bonus) * (1.0 + 1e-5) / recency < worst.0
                        })
                    {
                        return;
                    }
                    if !allowed(d as Local) {
                        return;
                    }
                    for (members, bonus) in &members {
                        if members[d] {
                            score += bonus * scale;
                        }
                    }
                    let value = score / recency;
                    let after =
                        |b: &(f32, i64)| b.0.total_cmp(&value).then(b.1.cmp(&story)).is_lt();
                    if best.len() == limit && !best.last().is_some_and(after) {
                        return;
                    }
                    let at = best.iter().position(after).unwrap_or(best.len());
                    best.insert(at, (value, story));
                    best.truncate(limit);
                },
            );
            Ok(best.into_iter().map(|(_, id)| id).collect())
        })
    }
}

/// The [`FEEDBACK_STORIES`] allowed stories most similar to the query, best first (ties in
/// (segment, doc) order, which is number order), as the single computation's first round
/// picks them.
fn best(
    scores: &mut Vec<f32>,
    merged: &[Arc<List>],
    terms: &[(u32, f32, f32)],
    lengths: &[f32],
    allowed: &impl Fn(Local) -> bool,
) -> Vec<Candidate> {
    let mut best: Vec<Candidate> = Vec::with_capacity(FEEDBACK_STORIES + 1);
    let n = lengths.len();
    accumulate(scores, merged, terms, n);
    scan(
        &mut scores[..n],
        lengths,
        lengths,
        0.0,
        &mut best,
        |best| best.get(FEEDBACK_STORIES - 1).map(|worst| worst.score),
        |best, d, sum| {
            let local = d as Local;
            let score = sum / lengths[d];
            // Whether `c` ranks after this story: the single computation's order.
            let worse = |c: &Candidate| {
                c.score
                    .total_cmp(&score)
                    .then_with(|| local.cmp(&c.local))
                    .is_lt()
            };
            if best.len() == FEEDBACK_STORIES && !best.last().is_some_and(worse) {
                return;
            }
            if !allowed(local) {
                return;
            }
            let at = best.iter().position(worse).unwrap_or(best.len());
            best.insert(at, Candidate { local, score });
            best.truncate(FEEDBACK_STORIES);
        },
    );
    best
}

/// The similarity of story `local` with the query before division by its length: term by
/// term in query order, as [`accumulate`] adds it up.
fn self_similarity(merged: &[Arc<List>], terms: &[(u32, f32, f32)], local: Local) -> f32 {
    let mut score = 0.0f32;
    for (term, (_, _, weight)) in merged.iter().zip(terms) {
        if let Some(g) = term.find(local) {
            score += weight * g;
        }
    }
    score
}

/// Docs scanned at a time for whether any may make the ranking.
const CHUNK: usize = 16;

/// Whether any doc of a stretch may reach `worst`: one whose sum `s` has `(s / length +
/// added) / recency` at least `worst`, less a margin for rounding, where `scaled` is `length ·
/// recency`. Multiplications only, in one pass the compiler vectorises.
fn any_reaches(sums: &[f32], scaled: &[f32], lengths: &[f32], worst: f32, added: f32) -> bool {
    let worst = worst * (1.0 - 1e-4);
    let mut hit = false;
    for ((sum, scaled), length) in sums.iter().zip(scaled).zip(lengths) {
        hit |= *sum >= worst * scaled - added * length;
    }
    hit
}

/// Hands `visit` every story with a sum in `scores` (in number order) whose value may still
/// reach `worst(state)`, the value of the worst story kept once there are enough (`None`:
/// every story), then sets the sums back to zero for the next call. A story's value is at
/// most `(sum / length + added) / recency`, and `scaled` is `length · recency`: most
/// stretches of stories fall short of the worst kept, even with every bonus, and are passed
/// over without a division.
fn scan<S>(
    scores: &mut [f32],
    lengths: &[f32],
    scaled: &[f32],
    added: f32,
    state: &mut S,
    worst: impl Fn(&S) -> Option<f32>,
    mut visit: impl FnMut(&mut S, usize, f32),
) {
    let n = scores.len();
    for start in (0..n).step_by(CHUNK) {
        let end = (start + CHUNK).min(n);
        if worst(state).is_some_and(|worst| {
            !any_reaches(
                &scores[start..end],
                &scaled[start..end],
                &lengths[start..end],
                worst,
                added,
            )
        }) {
            continue;
        }
        for (d, &sum) in scores.iter().enumerate().take(end).skip(start) {
            if sum != 0.0 {
                visit(state, d, sum);
            }
        }
    }
    scores.fill(0.0);
}

/// Adds up, term by term in query order, `weight · (1 + ln tf)` of every story sharing a
/// query term into `scores` (zero and sized for the family's `n` stories). A story that shares
/// no term stays at zero: every weight and every `1 + ln tf` is positive.
fn accumulate(scores: &mut Vec<f32>, merged: &[Arc<List>], terms: &[(u32, f32, f32)], n: usize) {
    if scores.len() < n {
        scores.resize(n, 0.0);
    }
    let scores = &mut scores[..n];
    let log_tf = &*LOG_TF;
    for (term, (_, _, weight)) in merged.iter().zip(terms) {
        match &**term {
            List::Packed(list) => {
                for &p in list {
                    scores[(p >> 8) as usize] += weight * log_tf[(p & 0xff) as usize];
                }
            }
            List::Wide(list) => {
                for &(local, g) in list {
                    scores[local as usize] += weight * g;
                }
            }
        }
    }
}

/// As the single computation's `reweight`, on merged postings, with the `best` stories
/// already chosen.
fn reweight(merged: &[Arc<List>], terms: &mut [(u32, f32, f32)], best: &[Candidate]) {
    if best.is_empty() {
        return;
    }
    let count = best.len() as f32;
    for (postings, (_, _, weight)) in merged.iter().zip(terms.iter_mut()) {
        let having = best
            .iter()
            .filter(|c| postings.find(c.local).is_some())
            .count();
        *weight *= 1.0 + having as f32 / count;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packed_and_wide_postings_give_the_same_log_tf() {
        let counts = vec![(3, 1.0), (7, 2.0), (9, 5.0), (12, 255.0)];
        let packed = List::from_counts(counts.clone());
        assert!(matches!(packed, List::Packed(_)));
        // A tf of 256 or more, or a doc past 2^24, does not pack.
        let mut wide = counts.clone();
        wide.push((20, 300.0));
        let wide = List::from_counts(wide);
        assert!(matches!(wide, List::Wide(_)));
        assert!(matches!(
            List::from_counts(vec![(1 << 24, 1.0)]),
            List::Wide(_)
        ));
        for (doc, tf) in counts {
            let expected: f32 = 1.0 + f32::ln(tf);
            assert_eq!(packed.find(doc), Some(expected), "doc {doc}");
            assert_eq!(wide.find(doc), Some(expected), "doc {doc}");
        }
        assert_eq!(wide.find(20), Some(1.0 + f32::ln(300.0)));
        for absent in [0, 4, 10, 13, 1000] {
            assert_eq!(packed.find(absent), None);
            assert_eq!(wide.find(absent), None);
        }
    }
}
