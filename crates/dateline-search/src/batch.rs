//! "See also" for many stories at once (a static export renders every story): the same
//! ranking as [`SearchIndex::related`], step by step and with the same arithmetic, so the
//! results are identical, but what every story's computation reads is read once and kept:
//!
//! - each query term's postings, its three fields merged into one list of
//!   `(doc, 1 + ln tf)` per segment, decoded once instead of once per story that uses the term;
//! - document frequencies, each story's weighted length, the "public in this edition" filter,
//!   the region and tag memberships and the id and date columns.
//!
//! [`RelatedBatch`] is shared between threads; each call works in buffers of its own thread.
//! The test `batch_equals_single` (tests/related.rs) checks it against
//! [`SearchIndex::related`] story by story.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::{Arc, PoisonError, RwLock};

use tantivy::columnar::Column;
use tantivy::postings::Postings;
use tantivy::query::{BooleanQuery, EnableScoring, Occur, Query as TantivyQuery};
use tantivy::schema::{Field, IndexRecordOption, Value};
use tantivy::{DocId, DocSet, Searcher, TantivyDocument, Term, TERMINATED};

use crate::analysis::{normalize_edition, Lang};
use crate::index::{filter, published_between, stored_str, term_query, SearchIndex};
use crate::related::{
    weighted_fields, FEEDBACK_STORIES, LENGTH_EXPONENT, RECENCY_DAYS, REGION_BONUS, TAG_BONUS,
};
use crate::schema::PUBLISHED_AT;
use crate::{Result, MAX_LIMIT};

/// A term's postings in the three text fields of its family, per segment, in doc order:
/// `(doc, 1 + ln tf)` with tf counted over the weighted fields.
type Merged = Vec<Vec<(DocId, f32)>>;

/// Per segment, whether each doc is in a set.
type Membership = Vec<Vec<bool>>;

/// "See also" for many stories of one index snapshot at one time. Made by
/// [`SearchIndex::related_batch`].
pub struct RelatedBatch<'a> {
    index: &'a SearchIndex,
    searcher: Searcher,
    now: i64,
    /// Story id → (segment, doc) of its live document.
    addresses: HashMap<i64, (u32, DocId)>,
    /// Per family, per segment, per doc: `max(1, Σ weight · fieldnorm)^0.4`.
    lengths: [Vec<Vec<f32>>; 4],
    columns: Vec<(Column<i64>, Column<i64>)>,
    doc_freqs: RwLock<HashMap<Term, u64>>,
    postings: RwLock<HashMap<Term, Arc<Merged>>>,
    /// Edition → public stories of it at `now`, alive.
    public: RwLock<HashMap<String, Arc<Membership>>>,
    /// Region or tag term → the stories holding it.
    members: RwLock<HashMap<Term, Arc<Membership>>>,
}

thread_local! {
    /// A thread's scores and counts, one slot per doc of the largest segment.
    static SCRATCH: RefCell<(Vec<f32>, Vec<DocId>)> = const { RefCell::new((Vec::new(), Vec::new())) };
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
    pub fn related_batch(&self, now: i64) -> Result<RelatedBatch<'_>> {
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
            columns.push((ids, fast.i64(PUBLISHED_AT)?));
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
        Ok(RelatedBatch {
            index: self,
            searcher,
            now,
            addresses,
            lengths,
            columns,
            doc_freqs: RwLock::new(HashMap::new()),
            postings: RwLock::new(HashMap::new()),
            public: RwLock::new(HashMap::new()),
            members: RwLock::new(HashMap::new()),
        })
    }
}

impl RelatedBatch<'_> {
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

    /// The merged postings of `text` in `fields`.
    fn merged(&self, fields: &[(Field, f32); 3], text: &str) -> Result<Arc<Merged>> {
        let key = Term::from_field_text(fields[0].0, text);
        if let Some(found) = read(&self.postings, &key) {
            return Ok(found);
        }
        let mut merged = Vec::with_capacity(self.searcher.segment_readers().len());
        for segment in self.searcher.segment_readers() {
            // Field by field in the order the single computation adds them, so each sum is
            // the same float.
            let mut entries: Vec<(DocId, f32)> = Vec::new();
            for (field, weight) in fields {
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
            let mut list: Vec<(DocId, f32)> = Vec::with_capacity(entries.len());
            let mut i = 0;
            while i < entries.len() {
                let doc = entries[i].0;
                let mut count = 0.0f32;
                while i < entries.len() && entries[i].0 == doc {
                    count += entries[i].1;
                    i += 1;
                }
                list.push((doc, 1.0 + count.ln()));
            }
            merged.push(list);
        }
        let merged = Arc::new(merged);
        self.postings
            .write()
            .unwrap_or_else(PoisonError::into_inner)
            .insert(key, merged.clone());
        Ok(merged)
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
        let f = &self.index.fields;
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
        let f = &self.index.fields;
        let Some(&(segment, doc_id)) = self.addresses.get(&id) else {
            return Ok(Vec::new());
        };
        let doc: TantivyDocument = self
            .searcher
            .doc(tantivy::DocAddress::new(segment, doc_id))?;
        let edition = normalize_edition(stored_str(&doc, f.edition));
        let lang = Lang::for_edition(&edition);
        let family = crate::index::lang_index(lang);
        let fields = weighted_fields(&f.text(lang));
        let mut terms = self
            .index
            .query_terms(&doc, lang, &edition, |term| self.doc_freq(term))?;
        if terms.is_empty() {
            return Ok(Vec::new());
        }
        let merged = terms
            .iter()
            .map(|(text, _, _)| self.merged(&fields, text))
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
        let self_address = (segment, doc_id);
        let (first, _) = self.candidates(&merged, &terms, lengths, self_address, &allowed);
        reweight(&merged, &mut terms, &first);
        let (mut candidates, self_score) =
            self.candidates(&merged, &terms, lengths, self_address, &allowed);

        let scale = if self_score > 0.0 { self_score } else { 1.0 };
        for (term, bonus) in &shared {
            let members = self.members(term)?;
            for candidate in candidates.iter_mut() {
                if members[candidate.segment as usize][candidate.doc as usize] {
                    candidate.score += bonus * scale;
                }
            }
        }
        let mut ranked: Vec<(f32, i64)> = Vec::with_capacity(candidates.len());
        for candidate in candidates {
            let Some((ids, dates)) = self.columns.get(candidate.segment as usize) else {
                continue;
            };
            let story = ids.first(candidate.doc).unwrap_or_default();
            let published_at = dates.first(candidate.doc).unwrap_or(self.now);
            let age_days = (self.now.saturating_sub(published_at).max(0) as f32) / 86_400.0;
            ranked.push((candidate.score / (1.0 + age_days / RECENCY_DAYS), story));
        }
        let order =
            |a: &(f32, i64), b: &(f32, i64)| b.0.total_cmp(&a.0).then_with(|| b.1.cmp(&a.1));
        if ranked.len() > limit {
            ranked.select_nth_unstable_by(limit, order);
            ranked.truncate(limit);
        }
        ranked.sort_by(order);
        Ok(ranked.into_iter().map(|(_, id)| id).collect())
    }

    /// As the single computation's `candidates`: every allowed story sharing a query term with
    /// its similarity, in (segment, doc) order, and the similarity of the story with itself.
    fn candidates(
        &self,
        merged: &[Arc<Merged>],
        terms: &[(String, f32, f32)],
        lengths: &[Vec<f32>],
        (self_segment, self_doc): (u32, DocId),
        allowed: &impl Fn(usize, DocId) -> bool,
    ) -> (Vec<Candidate>, f32) {
        let mut candidates = Vec::new();
        let mut self_score = 0.0f32;
        SCRATCH.with(|scratch| {
            let (scores, touched) = &mut *scratch.borrow_mut();
            for (ord, segment_lengths) in lengths.iter().enumerate() {
                if scores.len() < segment_lengths.len() {
                    scores.resize(segment_lengths.len(), 0.0);
                }
                touched.clear();
                for (term, (_, _, weight)) in merged.iter().zip(terms) {
                    for &(doc, g) in &term[ord] {
                        let score = &mut scores[doc as usize];
                        if *score == 0.0 {
                            touched.push(doc);
                        }
                        *score += weight * g;
                    }
                }
                touched.sort_unstable();
                for &doc in touched.iter() {
                    let score =
                        std::mem::take(&mut scores[doc as usize]) / segment_lengths[doc as usize];
                    if ord as u32 == self_segment && doc == self_doc {
                        self_score = score;
                    }
                    if allowed(ord, doc) {
                        candidates.push(Candidate {
                            segment: ord as u32,
                            doc,
                            score,
                        });
                    }
                }
            }
        });
        (candidates, self_score)
    }
}

/// As the single computation's `reweight`, on merged postings.
fn reweight(merged: &[Arc<Merged>], terms: &mut [(String, f32, f32)], candidates: &[Candidate]) {
    let order = |a: &&Candidate, b: &&Candidate| {
        b.score
            .total_cmp(&a.score)
            .then_with(|| (a.segment, a.doc).cmp(&(b.segment, b.doc)))
    };
    let mut best: Vec<&Candidate> = candidates.iter().collect();
    if best.len() > FEEDBACK_STORIES {
        best.select_nth_unstable_by(FEEDBACK_STORIES, order);
        best.truncate(FEEDBACK_STORIES);
    }
    if best.is_empty() {
        return;
    }
    let count = best.len() as f32;
    for (postings, (_, _, weight)) in merged.iter().zip(terms.iter_mut()) {
        let having = best
            .iter()
            .filter(|c| {
                postings[c.segment as usize]
                    .binary_search_by_key(&c.doc, |e| e.0)
                    .is_ok()
            })
            .count();
        *weight *= 1.0 + having as f32 / count;
    }
}
