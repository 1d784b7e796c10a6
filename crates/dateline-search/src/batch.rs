//! "See also" for many stories at once (a static export renders every story): the same
//! ranking as [`SearchIndex::related`], step by step and with the same arithmetic, so the
//! results are identical, but what every story's computation reads is read once and kept:
//!
//! - every story's term counts, read from the index itself (each family's postings walked
//!   once, term by term) instead of analysing its text again: the index holds exactly the
//!   tokens the analyser made of it. Terms are numbered in byte order, so ordering by number
//!   is ordering by text, as the single computation breaks ties;
//! - each query term's postings, its three fields merged into one list of
//!   `(doc, 1 + ln tf)` per segment, decoded once instead of once per story that uses the term;
//! - document frequencies, each story's weighted length, the "public in this edition" filter,
//!   the region and tag memberships and the id and date columns.
//!
//! Scoring compares a story with every story sharing a query term, so it grows with the square
//! of the archive, and its time is the time of reading those postings and adding them up.
//! Postings are packed in four bytes (`doc << 8 | tf`, [`List`]); sums go into a dense array
//! with no branch per posting, and the array is then scanned sixteen docs at a time with
//! multiplications only, dividing and ranking only in the rare stretches where a doc may
//! make the ranking.
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

/// A term's postings in the three text fields of its family, per segment.
type Merged = Vec<List>;

/// One segment's postings of a term, in doc order, with tf counted over the weighted fields:
/// what the similarity adds up for every story of every story's query, so the bytes it takes
/// are the time "See also" takes (reading them from memory is most of it).
enum List {
    /// `doc << 8 | tf`: every doc below 2^24 and every weighted tf a whole number below 256,
    /// as nearly always. Four bytes a posting.
    Packed(Vec<u32>),
    /// `(doc, 1 + ln tf)` otherwise.
    Wide(Vec<(DocId, f32)>),
}

/// `1 + ln tf` of a packed posting's tf, as [`Vocabulary::merged`] would compute it.
static LOG_TF: LazyLock<[f32; 256]> =
    LazyLock::new(|| std::array::from_fn(|tf| 1.0 + (tf as f32).ln()));

impl List {
    fn from_counts(counts: Vec<(DocId, f32)>) -> List {
        let packs = |&(doc, tf): &(DocId, f32)| {
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
    fn find(&self, doc: DocId) -> Option<f32> {
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

/// Per segment, whether each doc is in a set.
type Membership = Vec<Vec<bool>>;

/// "See also" for many stories of one index snapshot at one time. Made by
/// [`SearchIndex::related_batch`].
pub struct RelatedBatch {
    fields: Fields,
    searcher: Searcher,
    now: i64,
    /// Story id → (segment, doc) of its live document.
    addresses: HashMap<i64, (u32, DocId)>,
    /// Per family, per segment, per doc: `max(1, Σ weight · fieldnorm)^0.4`.
    lengths: [Vec<Vec<f32>>; 4],
    /// Per segment, per doc: the story's id and what its score is divided by for its age.
    columns: Vec<Vec<(i64, f32)>>,
    /// Per family, per segment, per doc: its length as in `lengths` times its age divisor.
    scaled: [Vec<Vec<f32>>; 4],
    /// Per family, its terms and every story's counts of them.
    vocabularies: Vec<Vocabulary>,
    /// Stories per edition.
    doc_freqs: RwLock<HashMap<Term, u64>>,
    /// Edition → public stories of it at `now`, alive.
    public: RwLock<HashMap<String, Arc<Membership>>>,
    /// Region or tag term → the stories holding it.
    members: RwLock<HashMap<Term, Arc<Membership>>>,
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
    merged: Vec<OnceLock<Arc<Merged>>>,
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

    /// The merged postings of term `id`.
    fn merged(&self, searcher: &Searcher, id: u32) -> Result<Arc<Merged>> {
        let cell = &self.merged[id as usize];
        if let Some(found) = cell.get() {
            return Ok(found.clone());
        }
        let text = &*self.texts[id as usize];
        let mut merged = Vec::with_capacity(searcher.segment_readers().len());
        for segment in searcher.segment_readers() {
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
            let mut counts: Vec<(DocId, f32)> = Vec::with_capacity(entries.len());
            let mut i = 0;
            while i < entries.len() {
                let doc = entries[i].0;
                let mut count = 0.0f32;
                while i < entries.len() && entries[i].0 == doc {
                    count += entries[i].1;
                    i += 1;
                }
                counts.push((doc, count));
            }
            merged.push(List::from_counts(counts));
        }
        let merged = Arc::new(merged);
        Ok(cell.get_or_init(|| merged).clone())
    }
}

thread_local! {
    /// A thread's scores, one slot per doc of the largest segment, all zero between calls.
    static SCRATCH: RefCell<Vec<f32>> = const { RefCell::new(Vec::new()) };
}

struct Candidate {
    segment: u32,
    doc: DocId,
    score: f32,
}

fn read<T: Clone>(map: &RwLock<HashMap<Term, T>>, key: &Term) -> Option<T> {
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
        let mut columns = Vec::new();
        let mut lengths: [Vec<Vec<f32>>; 4] = Default::default();
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
            for (family, lang) in Lang::ALL.iter().enumerate() {
                let norms = weighted_fields(&f.text(*lang))
                    .iter()
                    .map(|(field, weight)| Ok((segment.get_fieldnorms_reader(*field)?, *weight)))
                    .collect::<Result<Vec<_>>>()?;
                lengths[family].push(
                    (0..segment.max_doc())
                        .map(|doc| {
                            let length: f32 =
                                norms.iter().map(|(n, w)| w * n.fieldnorm(doc) as f32).sum();
                            length.max(1.0).powf(LENGTH_EXPONENT)
                        })
                        .collect(),
                );
            }
        }
        // The four families side by side: each walks its own postings.
        let vocabularies = std::thread::scope(|scope| {
            let readers: Vec<_> = Lang::ALL
                .iter()
                .map(|lang| {
                    let fields = weighted_fields(&f.text(*lang));
                    let searcher = &searcher;
                    scope.spawn(move || Vocabulary::read(searcher, fields))
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
        let scaled = std::array::from_fn(|family| {
            lengths[family]
                .iter()
                .zip(&columns)
                .map(|(segment, columns): (&Vec<f32>, &Vec<(i64, f32)>)| {
                    segment
                        .iter()
                        .zip(columns)
                        .map(|(length, (_, recency))| length * recency)
                        .collect()
                })
                .collect()
        });
        Ok(RelatedBatch {
            fields: self.fields.clone(),
            searcher,
            now,
            addresses,
            lengths,
            columns,
            scaled,
            vocabularies,
            doc_freqs: RwLock::new(HashMap::new()),
            public: RwLock::new(HashMap::new()),
            members: RwLock::new(HashMap::new()),
        })
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

    /// Per segment, the docs of `query`.
    fn membership(&self, query: &dyn TantivyQuery) -> Result<Membership> {
        let weight = query.weight(EnableScoring::disabled_from_searcher(&self.searcher))?;
        let mut out = Vec::new();
        for segment in self.searcher.segment_readers() {
            let mut set = vec![false; segment.max_doc() as usize];
            let mut scorer = weight.scorer(segment, 1.0)?;
            let mut doc = scorer.doc();
            while doc != TERMINATED {
                if segment.alive_bitset().is_none_or(|a| a.is_alive(doc)) {
                    set[doc as usize] = true;
                }
                doc = scorer.advance();
            }
            out.push(set);
        }
        Ok(out)
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
        let set = Arc::new(self.membership(&query)?);
        self.public
            .write()
            .unwrap_or_else(PoisonError::into_inner)
            .insert(edition.to_string(), set.clone());
        Ok(set)
    }

    fn members(&self, term: &Term) -> Result<Arc<Membership>> {
        if let Some(found) = read(&self.members, term) {
            return Ok(found);
        }
        let query = tantivy::query::TermQuery::new(term.clone(), IndexRecordOption::Basic);
        let set = Arc::new(self.membership(&query)?);
        self.members
            .write()
            .unwrap_or_else(PoisonError::into_inner)
            .insert(term.clone(), set.clone());
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
        let lang = Lang::for_edition(&edition);
        let family = crate::index::lang_index(lang);
        let vocabulary = &self.vocabularies[family];
        let edition_size = self.doc_freq(&Term::from_field_text(f.edition, &edition))?;
        let mut terms = vocabulary.query_terms(segment, doc_id, edition_size)?;
        if terms.is_empty() {
            return Ok(Vec::new());
        }
        let merged = terms
            .iter()
            .map(|(id, _, _)| vocabulary.merged(&self.searcher, *id))
            .collect::<Result<Vec<_>>>()?;

        // Which stories may be offered: public in the edition, not this one, not one of its
        // versions in other editions.
        let public = self.public(&edition)?;
        let mut excluded: Vec<Vec<DocId>> = vec![Vec::new(); public.len()];
        let mut exclude = |term: &Term| -> Result<()> {
            for (ord, segment) in self.searcher.segment_readers().iter().enumerate() {
                let index = segment.inverted_index(term.field())?;
                if let Some(mut postings) = index.read_postings(term, IndexRecordOption::Basic)? {
                    let mut doc = postings.doc();
                    while doc != TERMINATED {
                        excluded[ord].push(doc);
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
        let allowed = |segment: usize, doc: DocId| {
            public[segment][doc as usize] && !excluded[segment].contains(&doc)
        };
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

        let lengths = &self.lengths[family];
        SCRATCH.with(|scratch| {
            let scratch = &mut *scratch.borrow_mut();
            let first = self.best(scratch, &merged, &terms, lengths, &allowed);
            reweight(&merged, &mut terms, &first);

            // Second round, with shared regions and tags, then recency, as the single
            // computation adds them; the story's similarity with itself scales the bonuses.
            let self_score = self_similarity(&merged, &terms, segment, doc_id)
                / lengths[segment as usize][doc_id as usize];
            let scale = if self_score > 0.0 { self_score } else { 1.0 };
            let members = shared
                .iter()
                .map(|(term, bonus)| Ok((self.members(term)?, *bonus)))
                .collect::<Result<Vec<_>>>()?;
            let most_bonus: f32 = members.iter().map(|(_, bonus)| bonus * scale).sum();
            // The best `limit`, best first: (value, story), ties to the higher id.
            let mut best: Vec<(f32, i64)> = Vec::with_capacity(limit + 1);
            let scores = scratch;
            for (ord, segment_lengths) in lengths.iter().enumerate() {
                let n = segment_lengths.len();
                accumulate(scores, &merged, &terms, ord, n);
                let columns = &self.columns[ord];
                let scaled = &self.scaled[family][ord];
                for start in (0..n).step_by(CHUNK) {
                    let end = (start + CHUNK).min(n);
                    // Most stretches of docs fall short of the worst kept, even with every
                    // bonus: passed over without a division.
                    if best.len() == limit
                        && best.last().is_some_and(|worst| {
                            !any_reaches(
                                &scores[start..end],
                                &scaled[start..end],
                                &segment_lengths[start..end],
                                worst.0,
                                most_bonus,
                            )
                        })
                    {
                        continue;
                    }
                    for d in start..end {
                        if scores[d] == 0.0 {
                            continue;
                        }
                        let doc = d as DocId;
                        let mut score = scores[d] / segment_lengths[d];
                        let (story, recency) = columns[d];
                        // Most stories fall short even with every bonus (the margin covers
                        // adding the bonuses one by one rather than at once).
                        if best.len() == limit
                            && best.last().is_some_and(|worst| {
                                (score + most_bonus) * (1.0 + 1e-5) / recency < worst.0
                            })
                        {
                            continue;
                        }
                        if !allowed(ord, doc) {
                            continue;
                        }
                        for (members, bonus) in &members {
                            if members[ord][d] {
                                score += bonus * scale;
                            }
                        }
                        let value = score / recency;
                        let after =
                            |b: &(f32, i64)| b.0.total_cmp(&value).then(b.1.cmp(&story)).is_lt();
                        if best.len() == limit && !best.last().is_some_and(after) {
                            continue;
                        }
                        let at = best.iter().position(after).unwrap_or(best.len());
                        best.insert(at, (value, story));
                        best.truncate(limit);
                    }
                }
                scores[..n].fill(0.0);
            }
            Ok(best.into_iter().map(|(_, id)| id).collect())
        })
    }

    /// The [`FEEDBACK_STORIES`] allowed stories most similar to the query, best first (ties in
    /// (segment, doc) order), as the single computation's first round picks them.
    fn best(
        &self,
        scores: &mut Vec<f32>,
        merged: &[Arc<Merged>],
        terms: &[(u32, f32, f32)],
        lengths: &[Vec<f32>],
        allowed: &impl Fn(usize, DocId) -> bool,
    ) -> Vec<Candidate> {
        let mut best: Vec<Candidate> = Vec::with_capacity(FEEDBACK_STORIES + 1);
        for (ord, segment_lengths) in lengths.iter().enumerate() {
            let n = segment_lengths.len();
            accumulate(scores, merged, terms, ord, n);
            for start in (0..n).step_by(CHUNK) {
                let end = (start + CHUNK).min(n);
                if best.len() == FEEDBACK_STORIES
                    && best.last().is_some_and(|worst| {
                        !any_reaches(
                            &scores[start..end],
                            &segment_lengths[start..end],
                            &segment_lengths[start..end],
                            worst.score,
                            0.0,
                        )
                    })
                {
                    continue;
                }
                for d in start..end {
                    if scores[d] == 0.0 {
                        continue;
                    }
                    let doc = d as DocId;
                    let score = scores[d] / segment_lengths[d];
                    // Whether `c` ranks after this doc: the single computation's order.
                    let worse = |c: &Candidate| {
                        c.score
                            .total_cmp(&score)
                            .then_with(|| (ord as u32, doc).cmp(&(c.segment, c.doc)))
                            .is_lt()
                    };
                    if best.len() == FEEDBACK_STORIES && !best.last().is_some_and(worse) {
                        continue;
                    }
                    if !allowed(ord, doc) {
                        continue;
                    }
                    let at = best.iter().position(worse).unwrap_or(best.len());
                    best.insert(
                        at,
                        Candidate {
                            segment: ord as u32,
                            doc,
                            score,
                        },
                    );
                    best.truncate(FEEDBACK_STORIES);
                }
            }
            scores[..n].fill(0.0);
        }
        best
    }
}

/// The similarity of doc `doc` of `segment` with the query before division by its length:
/// term by term in query order, as [`accumulate`] adds it up.
fn self_similarity(
    merged: &[Arc<Merged>],
    terms: &[(u32, f32, f32)],
    segment: u32,
    doc: DocId,
) -> f32 {
    let mut score = 0.0f32;
    for (term, (_, _, weight)) in merged.iter().zip(terms) {
        if let Some(g) = term[segment as usize].find(doc) {
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

/// Adds up, term by term in query order, `weight · (1 + ln tf)` of every doc of segment `ord`
/// sharing a query term into `scores` (zero and sized for `max_doc` docs). A doc that shares
/// no term stays at zero: every weight and every `1 + ln tf` is positive.
fn accumulate(
    scores: &mut Vec<f32>,
    merged: &[Arc<Merged>],
    terms: &[(u32, f32, f32)],
    ord: usize,
    max_doc: usize,
) {
    if scores.len() < max_doc {
        scores.resize(max_doc, 0.0);
    }
    let scores = &mut scores[..max_doc];
    let log_tf = &*LOG_TF;
    for (term, (_, _, weight)) in merged.iter().zip(terms) {
        match &term[ord] {
            List::Packed(list) => {
                for &p in list {
                    scores[(p >> 8) as usize] += weight * log_tf[(p & 0xff) as usize];
                }
            }
            List::Wide(list) => {
                for &(doc, g) in list {
                    scores[doc as usize] += weight * g;
                }
            }
        }
    }
}

/// As the single computation's `reweight`, on merged postings, with the `best` stories
/// already chosen.
fn reweight(merged: &[Arc<Merged>], terms: &mut [(u32, f32, f32)], best: &[Candidate]) {
    if best.is_empty() {
        return;
    }
    let count = best.len() as f32;
    for (postings, (_, _, weight)) in merged.iter().zip(terms.iter_mut()) {
        let having = best
            .iter()
            .filter(|c| postings[c.segment as usize].find(c.doc).is_some())
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
