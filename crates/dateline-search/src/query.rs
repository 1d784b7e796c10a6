//! The reader's query language and its translation into tantivy queries.
//!
//! The language is deliberately tiny, and total: every input means something.
//!
//! - `word`: must match. All words must match (AND).
//! - `"a phrase"`: its words must match adjacent and in order. An unbalanced quote runs to
//!   the end of the input.
//! - `-word`, `-"a phrase"`: must not match.
//! - Anything else is text: `title:foo`, `AND`, `(((` and `*` have no special meaning; they are
//!   analysed like any other text, and what has no letter or digit in it is dropped.
//!
//! A word that analyses into several tokens (a Chinese compound, "covid-19") is matched as a
//! phrase, so its parts must be adjacent, as they were in what the reader typed.
//!
//! In the Chinese edition a clause with Han characters in it may also match in the bigram
//! fields, as the phrase of its character bigrams: that finds any run of characters, even one
//! that straddles two of jieba's words. Both matches add to the score, so a story where the
//! clause is a whole word ranks above one where it is only a run of characters.
//!
//! Tantivy's own `QueryParser` is not used: its syntax errors would reach readers, and its
//! field syntax would let them search fields they should not see.

use tantivy::query::{
    BooleanQuery, BoostQuery, EmptyQuery, EnableScoring, Explanation, Occur, PhraseQuery, Query,
    Scorer, TermQuery, Weight,
};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::tokenizer::TextAnalyzer;
use tantivy::{DocId, DocSet, Score, SeekDangerResult, SegmentReader, Term};

use crate::analysis::{analyzer, has_han, query_tokens, CutMode, Lang, FAMILIES};
use crate::schema::TextFields;
use crate::MAX_QUERY_CHARS;

/// Most words (and phrases) taken from one query; the rest are ignored with a notice. Each
/// becomes up to fifteen field queries (three per family, three more in the Chinese bigram
/// fields), so this bounds the work of a request.
pub(crate) const MAX_CLAUSES: usize = 32;

/// One unit of the query: a word or a phrase, required or excluded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Clause {
    /// `-word` or `-"phrase"`.
    pub negated: bool,
    /// The raw text of the word or phrase, analysed later per field.
    pub text: String,
}

/// What the parser made of the input.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Parsed {
    pub clauses: Vec<Clause>,
    /// The input was longer than [`MAX_QUERY_CHARS`] and was cut.
    pub cut: bool,
    /// There were more than [`MAX_CLAUSES`] words; the rest were dropped.
    pub dropped: bool,
}

/// Splits the input into words, phrases and exclusions. Never fails.
pub(crate) fn parse(input: &str) -> Parsed {
    let (input, cut) = match input.char_indices().nth(MAX_QUERY_CHARS) {
        Some((at, _)) => (&input[..at], true),
        None => (input, false),
    };
    let mut clauses = Vec::new();
    let mut rest = input;
    loop {
        rest = rest.trim_start();
        if rest.is_empty() {
            break;
        }
        let mut negated = false;
        if let Some(after) = rest.strip_prefix('-') {
            // A lone `-` (followed by space or nothing) is just punctuation.
            if after.is_empty() || after.starts_with(char::is_whitespace) {
                rest = after;
                continue;
            }
            negated = true;
            rest = after;
        }
        let text;
        if let Some(after) = rest.strip_prefix('"') {
            let end = after.find('"').unwrap_or(after.len());
            text = &after[..end];
            rest = after.get(end + 1..).unwrap_or("");
        } else {
            let end = rest
                .find(|c: char| c.is_whitespace() || c == '"')
                .unwrap_or(rest.len());
            text = &rest[..end];
            rest = &rest[end..];
        }
        if !text.trim().is_empty() {
            clauses.push(Clause {
                negated,
                text: text.to_string(),
            });
        }
    }
    let dropped = clauses.len() > MAX_CLAUSES;
    clauses.truncate(MAX_CLAUSES);
    Parsed {
        clauses,
        cut,
        dropped,
    }
}

/// A clause analysed for every family: its query tokens with relative positions.
#[derive(Debug, Clone)]
pub(crate) struct Analysed {
    pub negated: bool,
    /// Indexed like [`Lang::ALL`].
    pub tokens: [Vec<(usize, String)>; FAMILIES],
    /// The tokens for the bigram fields; empty when the clause has no Han character (it would
    /// match there exactly as in the word fields).
    pub bigrams: Vec<(usize, String)>,
}

impl Analysed {
    pub(crate) fn tokens(&self, lang: Lang) -> &[(usize, String)] {
        &self.tokens[lang.index()]
    }
}

/// The query-time analysers, built once per index.
pub(crate) struct QueryAnalysers {
    analysers: [TextAnalyzer; FAMILIES],
    bigrams: TextAnalyzer,
}

impl QueryAnalysers {
    pub(crate) fn new() -> Self {
        QueryAnalysers {
            analysers: Lang::ALL.map(|lang| analyzer(lang, CutMode::Query)),
            bigrams: analyzer(Lang::Zh, CutMode::Bigrams),
        }
    }

    /// Analyses every clause for the families searched (the others' tokens are left empty),
    /// dropping clauses with no token at all (only punctuation or symbols). Tokenization is the
    /// same for all families, only stemming differs, so a clause is either empty everywhere or
    /// nowhere.
    pub(crate) fn analyse(&self, clauses: &[Clause], langs: &[Lang]) -> Vec<Analysed> {
        clauses
            .iter()
            .filter_map(|clause| {
                let mut tokens: [Vec<Token>; FAMILIES] = std::array::from_fn(|_| Vec::new());
                for lang in langs {
                    tokens[lang.index()] =
                        query_tokens(&mut self.analysers[lang.index()].clone(), &clause.text);
                }
                if tokens.iter().all(Vec::is_empty) {
                    None
                } else {
                    let bigrams = if has_han(&clause.text) {
                        query_tokens(&mut self.bigrams.clone(), &clause.text)
                    } else {
                        Vec::new()
                    };
                    Some(Analysed {
                        negated: clause.negated,
                        tokens,
                        bigrams,
                    })
                }
            })
            .collect()
    }
}

/// A term or, for several tokens, a phrase over one field.
pub(crate) fn term_or_phrase(field: Field, tokens: &[(usize, String)]) -> Box<dyn Query> {
    match tokens {
        [] => Box::new(EmptyQuery),
        [(_, text)] => Box::new(TermQuery::new(
            Term::from_field_text(field, text),
            IndexRecordOption::WithFreqs,
        )),
        _ => Box::new(PhraseQuery::new_with_offset(
            tokens
                .iter()
                .map(|(position, text)| (*position, Term::from_field_text(field, text)))
                .collect(),
        )),
    }
}

/// A query token: its position relative to the clause's first token, and its text.
type Token = (usize, String);

/// The fields a clause is looked for in within one family, each with the tokens to look for.
/// The bigram fields come in only for a clause with Han characters.
fn clause_fields<'a>(
    fields: &TextFields,
    lang: Lang,
    clause: &'a Analysed,
) -> Vec<(Field, f32, &'a [Token])> {
    let tokens = clause.tokens(lang);
    let mut out: Vec<_> = fields
        .weighted()
        .into_iter()
        .map(|(field, boost)| (field, boost, tokens))
        .collect();
    if let (Some(bigram_fields), false) = (fields.weighted_bigrams(), clause.bigrams.is_empty()) {
        out.extend(
            bigram_fields
                .into_iter()
                .map(|(field, boost)| (field, boost, clause.bigrams.as_slice())),
        );
    }
    out
}

/// One clause over one family's fields: any field may match, with its weight.
fn clause_query(fields: &TextFields, lang: Lang, clause: &Analysed) -> Box<dyn Query> {
    Box::new(BooleanQuery::new(
        clause_fields(fields, lang, clause)
            .into_iter()
            .map(|(field, boost, tokens)| {
                let query: Box<dyn Query> =
                    Box::new(BoostQuery::new(term_or_phrase(field, tokens), boost));
                (Occur::Should, query)
            })
            .collect(),
    ))
}

/// All positive clauses over one family's fields (AND). `None` if there is no positive clause.
pub(crate) fn positive_query(
    fields: &TextFields,
    lang: Lang,
    clauses: &[Analysed],
) -> Option<Box<dyn Query>> {
    let musts: Vec<(Occur, Box<dyn Query>)> = clauses
        .iter()
        .filter(|c| !c.negated)
        .map(|c| (Occur::Must, clause_query(fields, lang, c)))
        .collect();
    if musts.is_empty() {
        None
    } else {
        Some(Box::new(BooleanQuery::new(musts)))
    }
}

/// Wraps an excluded query so that tantivy may probe it for any document, in any order.
///
/// Tantivy 0.27 probes exclusions with `seek_danger`, starting below the first document a
/// freshly made scorer stands on; a phrase scorer asserts that never happens (a panic in debug
/// builds, unspecified in release). This wrapper answers such probes from the scorer's current
/// position instead of passing them on.
#[derive(Debug)]
pub(crate) struct Excluded(Box<dyn Query>);

impl Clone for Excluded {
    fn clone(&self) -> Self {
        Excluded(self.0.box_clone())
    }
}

impl Query for Excluded {
    fn weight(&self, enable_scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        Ok(Box::new(ExcludedWeight(self.0.weight(enable_scoring)?)))
    }

    fn query_terms<'a>(&'a self, visitor: &mut dyn FnMut(&'a Term, bool)) {
        self.0.query_terms(visitor);
    }
}

struct ExcludedWeight(Box<dyn Weight>);

impl Weight for ExcludedWeight {
    fn scorer(&self, reader: &SegmentReader, boost: Score) -> tantivy::Result<Box<dyn Scorer>> {
        Ok(Box::new(ExcludedScorer(self.0.scorer(reader, boost)?)))
    }

    fn explain(&self, reader: &SegmentReader, doc: DocId) -> tantivy::Result<Explanation> {
        self.0.explain(reader, doc)
    }
}

struct ExcludedScorer(Box<dyn Scorer>);

impl DocSet for ExcludedScorer {
    fn advance(&mut self) -> DocId {
        self.0.advance()
    }

    fn seek(&mut self, target: DocId) -> DocId {
        let doc = self.0.doc();
        if target <= doc {
            doc
        } else {
            self.0.seek(target)
        }
    }

    fn seek_danger(&mut self, target: DocId) -> SeekDangerResult {
        let doc = self.seek(target);
        if doc == target {
            SeekDangerResult::Found
        } else {
            SeekDangerResult::SeekLowerBound(doc)
        }
    }

    fn doc(&self) -> DocId {
        self.0.doc()
    }

    fn size_hint(&self) -> u32 {
        self.0.size_hint()
    }
}

impl Scorer for ExcludedScorer {
    fn score(&mut self) -> Score {
        self.0.score()
    }
}

/// The negative clauses over one family's fields, each as its own query (any match excludes).
/// They use the same fields as a positive clause, so a story a search would find by a run of
/// Chinese characters is also excluded by that run.
pub(crate) fn negative_queries(
    fields: &TextFields,
    lang: Lang,
    clauses: &[Analysed],
) -> Vec<Box<dyn Query>> {
    clauses
        .iter()
        .filter(|c| c.negated)
        .flat_map(|c| {
            clause_fields(fields, lang, c)
                .into_iter()
                .map(|(field, _, tokens)| -> Box<dyn Query> {
                    Box::new(Excluded(term_or_phrase(field, tokens)))
                })
                .collect::<Vec<_>>()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clauses(input: &str) -> Vec<(bool, String)> {
        parse(input)
            .clauses
            .into_iter()
            .map(|c| (c.negated, c.text))
            .collect()
    }

    #[test]
    fn words_phrases_and_exclusions() {
        assert_eq!(
            clauses(r#"hong kong "press freedom" -sport -"world cup""#),
            vec![
                (false, "hong".into()),
                (false, "kong".into()),
                (false, "press freedom".into()),
                (true, "sport".into()),
                (true, "world cup".into()),
            ]
        );
    }

    #[test]
    fn unbalanced_quote_runs_to_the_end() {
        assert_eq!(
            clauses(r#"a "b c"#),
            vec![(false, "a".into()), (false, "b c".into())]
        );
    }

    #[test]
    fn lone_dashes_and_empty_phrases_are_ignored() {
        assert_eq!(clauses(r#"- "" -"#), vec![]);
        // An unbalanced quote keeps its text; the analyser later finds no word in it.
        assert_eq!(clauses(r#"" -"#), vec![(false, " -".into())]);
        assert_eq!(clauses("- -x"), vec![(true, "x".into())]);
        assert_eq!(clauses("--x"), vec![(true, "-x".into())]);
    }

    #[test]
    fn long_input_is_cut_on_a_char_boundary() {
        let parsed = parse(&"é".repeat(10_000));
        assert!(parsed.cut);
        assert_eq!(parsed.clauses[0].text.chars().count(), MAX_QUERY_CHARS);
    }

    #[test]
    fn too_many_words_are_dropped() {
        let parsed = parse(&"w ".repeat(100));
        assert!(parsed.dropped);
        assert_eq!(parsed.clauses.len(), MAX_CLAUSES);
    }
}
