//! Analysers: how text becomes tokens, one analyser per edition.
//!
//! Every edition's analyser handles mixed scripts, because news copy mixes them ("iPhone 在中国
//! 销量", a Chinese name in an Italian story). The tokenizer splits text into runs:
//!
//! - **Han runs** are segmented by jieba with its built-in dictionary and without the HMM (so a
//!   word is cut the same way in a query as in a story, whatever surrounds it). When indexing,
//!   jieba's *search mode* also emits the dictionary words inside longer words, so 北京 finds
//!   北京大学 and 维吾尔 finds 维吾尔族.
//! - **Other letters and digits** form words; everything else separates words.
//!
//! **Character bigrams.** A word cut is only found where jieba cut the same way, so a reader who
//! types a run of characters that straddles two words (销量下, from 销量下降) or a truncated
//! word finds nothing by words alone. The Chinese edition therefore also indexes its text a
//! second way, in separate fields ([`CutMode::Bigrams`]): every Han run as its overlapping
//! character bigrams (a run of one character as that character), Latin words as above. A query
//! run is then matched as the phrase of its bigrams, which finds any run of two or more
//! characters wherever it occurs, beside (not instead of) the word match that ranks whole words.
//!
//! Then every token is lowercased, ASCII-folded (so "perche" finds "perché") and stemmed with
//! the edition's stemmer (Latin words in the Chinese edition get English stemming). Folding
//! comes before stemming so that accented and unaccented spellings reach the same stem. No
//! stop words are removed: it would break phrase queries and BM25 already discounts them.
//!
//! **Positions.** A Han character counts one position and so does a Latin word. A Chinese token
//! takes the position of its first character, so the sub-words of 北京大学 (北京 at 0, 大学 at
//! 2) sit where they occur and a phrase built from them is exact. Queries are cut in a
//! different, non-overlapping way ([`CutMode::Query`]) and their tokens carry the same kind of
//! positions, so "adjacent in the query" means "adjacent in the story". A bigram takes the
//! position of its first character, so consecutive bigrams are one position apart.

use std::collections::HashMap;
use std::sync::OnceLock;

use jieba_rs::Jieba;
use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RawTokenizer, RemoveLongFilter, Stemmer,
    TextAnalyzer, Token, TokenStream, Tokenizer,
};

/// Tokens longer than this (in bytes) are dropped: they are garbage (base64, URLs glued
/// together) and tantivy refuses very long terms anyway.
const MAX_TOKEN_BYTES: usize = 80;

/// Name under which the Chinese edition's bigram analyser ([`CutMode::Bigrams`]) is registered.
pub(crate) const BIGRAM_TOKENIZER: &str = "dl_zh_bigram";

/// The analysis families: how a story's text is tokenized and stemmed.
///
/// One per language that tantivy has a stemmer for, and Chinese. The edition string of a
/// [`crate::Doc`] maps onto one of these by its language code (`fr` → French), so an edition
/// added by configuration is searched in its own language when its code is one of these;
/// any other edition is analysed as English but keeps its own edition string for filtering.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Lang {
    It,
    En,
    Es,
    Zh,
    Ar,
    Da,
    De,
    El,
    Fi,
    Fr,
    Hu,
    Nl,
    No,
    Pt,
    Ro,
    Ru,
    Sv,
    Ta,
    Tr,
}

/// How many analysis families there are: the length of per-family arrays.
pub(crate) const FAMILIES: usize = Lang::ALL.len();

impl Lang {
    /// Every analysis family, in a fixed order (the order of the schema's text fields and of
    /// per-family arrays; [`Lang::index`] is the position here). The four built-in editions'
    /// languages come first.
    pub(crate) const ALL: [Lang; 19] = [
        Lang::It,
        Lang::En,
        Lang::Es,
        Lang::Zh,
        Lang::Ar,
        Lang::Da,
        Lang::De,
        Lang::El,
        Lang::Fi,
        Lang::Fr,
        Lang::Hu,
        Lang::Nl,
        Lang::No,
        Lang::Pt,
        Lang::Ro,
        Lang::Ru,
        Lang::Sv,
        Lang::Ta,
        Lang::Tr,
    ];

    /// The analysis family for an edition code as found in a [`crate::Doc`] or a query.
    pub(crate) fn for_edition(edition: &str) -> Lang {
        let edition = normalize_edition(edition);
        match edition.as_str() {
            // Norwegian Bokmål and Nynorsk share the Norwegian stemmer.
            "nb" | "nn" => Lang::No,
            code => Lang::ALL
                .into_iter()
                .find(|lang| lang.code() == code)
                .unwrap_or(Lang::En),
        }
    }

    /// Position of the family in [`Lang::ALL`] and in per-family arrays.
    pub(crate) fn index(self) -> usize {
        self as usize
    }

    /// The ISO 639-1 code of the family's language; also the suffix of its field names
    /// (`headline_it`, ...).
    pub(crate) fn code(self) -> &'static str {
        match self {
            Lang::It => "it",
            Lang::En => "en",
            Lang::Es => "es",
            Lang::Zh => "zh",
            Lang::Ar => "ar",
            Lang::Da => "da",
            Lang::De => "de",
            Lang::El => "el",
            Lang::Fi => "fi",
            Lang::Fr => "fr",
            Lang::Hu => "hu",
            Lang::Nl => "nl",
            Lang::No => "no",
            Lang::Pt => "pt",
            Lang::Ro => "ro",
            Lang::Ru => "ru",
            Lang::Sv => "sv",
            Lang::Ta => "ta",
            Lang::Tr => "tr",
        }
    }

    /// Name under which the index-time analyser is registered with tantivy.
    pub(crate) fn tokenizer_name(self) -> String {
        format!("dl_{}", self.code())
    }

    fn stemmer(self) -> Language {
        match self {
            Lang::It => Language::Italian,
            Lang::Es => Language::Spanish,
            // Chinese has no inflection to stem; Latin words in Chinese copy are mostly English.
            Lang::En | Lang::Zh => Language::English,
            Lang::Ar => Language::Arabic,
            Lang::Da => Language::Danish,
            Lang::De => Language::German,
            Lang::El => Language::Greek,
            Lang::Fi => Language::Finnish,
            Lang::Fr => Language::French,
            Lang::Hu => Language::Hungarian,
            Lang::Nl => Language::Dutch,
            Lang::No => Language::Norwegian,
            Lang::Pt => Language::Portuguese,
            Lang::Ro => Language::Romanian,
            Lang::Ru => Language::Russian,
            Lang::Sv => Language::Swedish,
            Lang::Ta => Language::Tamil,
            Lang::Tr => Language::Turkish,
        }
    }

    /// Longest snippet, in bytes (tantivy measures fragments in bytes): about two hundred
    /// characters in every script. Han characters take three bytes each and carry more meaning
    /// each, so Chinese gets 120 of them; Arabic, Greek and Cyrillic letters take two bytes,
    /// Tamil three.
    pub(crate) fn snippet_bytes(self) -> usize {
        match self {
            Lang::Zh => 360,
            Lang::Ar | Lang::El | Lang::Ru => 400,
            Lang::Ta => 600,
            _ => 200,
        }
    }
}

/// Edition strings are compared trimmed and lowercased, so "IT " and "it" are one edition.
pub(crate) fn normalize_edition(edition: &str) -> String {
    edition.trim().to_lowercase()
}

/// How Han runs are cut.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CutMode {
    /// Stories: every dictionary word and the dictionary words inside it (jieba search mode),
    /// overlapping, so that a search for any of them finds the story.
    Index,
    /// Queries: one non-overlapping cut; a long word is replaced by the dictionary words that
    /// tile it (北京大学 → 北京 + 大学) when it can be, because the tiles are found in a story
    /// whichever way jieba cut it there (北京大学|生 or 北京|大学生), while the long word is
    /// only found where jieba kept it whole.
    Query,
    /// Stories and queries alike, in the bigram fields: every pair of adjacent characters of a
    /// Han run (a run of one character gives that character), so that any run of two or more
    /// characters is found as the phrase of its bigrams, however jieba would cut it.
    Bigrams,
    /// Highlighting: every character of a Han run and every bigram, in position order. Every
    /// Chinese query clause is also looked for as its bigrams (one character alone as itself),
    /// so whatever a search matched, by words or by bigrams, is marked by these; a word of three
    /// or more characters is marked as its overlapping bigrams, which the snippet merges. Jieba
    /// is not run: segmenting each hit's text was most of the time of a Chinese search.
    Marks,
}

/// The analyser of a family: used at index time (registered with tantivy) or at query time.
pub(crate) fn analyzer(lang: Lang, mode: CutMode) -> TextAnalyzer {
    TextAnalyzer::builder(MixedScriptTokenizer { mode })
        .filter(RemoveLongFilter::limit(MAX_TOKEN_BYTES))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .filter(Stemmer::new(lang.stemmer()))
        .build()
}

/// Registers the index-time analysers of every family, and the Chinese bigram analyser, with
/// an index.
pub(crate) fn register(index: &tantivy::Index) {
    for lang in Lang::ALL {
        index
            .tokenizers()
            .register(&lang.tokenizer_name(), analyzer(lang, CutMode::Index));
    }
    index
        .tokenizers()
        .register(BIGRAM_TOKENIZER, analyzer(Lang::Zh, CutMode::Bigrams));
}

/// The analyser that finds, in a story's stored text, what a search matched: the index-time
/// analyser, or for the family that has bigram fields (Chinese) its characters and bigrams.
///
/// It gives the same tokens as [`analyzer`] but remembers each word's normal form
/// (lowercased, folded, stemmed) for as long as it lives: one search marks up to a page of
/// stories, whose words repeat, and stemming every word of every body again was most of the
/// time of a search.
pub(crate) fn marks_analyzer(lang: Lang) -> TextAnalyzer {
    let mode = match lang {
        Lang::Zh => CutMode::Marks,
        _ => CutMode::Index,
    };
    TextAnalyzer::from(MarksTokenizer {
        mode,
        normaliser: TextAnalyzer::builder(RawTokenizer::default())
            .filter(LowerCaser)
            .filter(AsciiFoldingFilter)
            .filter(Stemmer::new(lang.stemmer()))
            .build(),
        known: HashMap::new(),
    })
}

/// [`MixedScriptTokenizer`] followed by the filters of [`analyzer`], applied once per distinct
/// word: the filters map each token to exactly one token, so a word's normal form can be kept.
#[derive(Clone)]
struct MarksTokenizer {
    mode: CutMode,
    /// The filters of [`analyzer`] after the long-token filter, over one word at a time.
    normaliser: TextAnalyzer,
    known: HashMap<String, String>,
}

impl Tokenizer for MarksTokenizer {
    type TokenStream<'a> = VecTokenStream;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> VecTokenStream {
        let mut tokens = tokenize(text, self.mode);
        tokens.retain(|t| t.text.len() < MAX_TOKEN_BYTES);
        for token in &mut tokens {
            // Han characters have no case, accents or inflection: they are their normal form.
            if token.text.chars().all(is_han) {
                continue;
            }
            if let Some(normal) = self.known.get(&token.text) {
                token.text.clone_from(normal);
                continue;
            }
            let normal = {
                let mut stream = self.normaliser.token_stream(&token.text);
                match stream.next() {
                    Some(t) => t.text.clone(),
                    None => token.text.clone(),
                }
            };
            let word = std::mem::replace(&mut token.text, normal.clone());
            self.known.insert(word, normal);
        }
        tokens.reverse();
        VecTokenStream {
            rest: tokens,
            current: Token::default(),
        }
    }
}

/// Whether `text` has a Han character, i.e. something the bigram fields can match differently
/// from the word fields.
pub(crate) fn has_han(text: &str) -> bool {
    text.chars().any(is_han)
}

/// Query-side tokens of a text: `(position relative to the first token, term text)`.
pub(crate) fn query_tokens(analyzer: &mut TextAnalyzer, text: &str) -> Vec<(usize, String)> {
    let mut out: Vec<(usize, String)> = Vec::new();
    let mut stream = analyzer.token_stream(text);
    while let Some(token) = stream.next() {
        out.push((token.position, token.text.clone()));
    }
    if let Some(first) = out.first().map(|(position, _)| *position) {
        for (position, _) in &mut out {
            *position = position.saturating_sub(first);
        }
    }
    out
}

/// The shared jieba segmenter. Loading the dictionary takes a moment and a few MB, so it is done
/// once per process and shared by every analyser.
pub(crate) fn jieba() -> &'static Jieba {
    static JIEBA: OnceLock<Jieba> = OnceLock::new();
    JIEBA.get_or_init(Jieba::new)
}

/// Splits text into Han words (via jieba) and other words; see the module docs.
#[derive(Debug, Clone)]
pub(crate) struct MixedScriptTokenizer {
    mode: CutMode,
}

impl Tokenizer for MixedScriptTokenizer {
    type TokenStream<'a> = VecTokenStream;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> VecTokenStream {
        let mut tokens = tokenize(text, self.mode);
        // Served by popping, so the stream never indexes out of bounds.
        tokens.reverse();
        VecTokenStream {
            rest: tokens,
            current: Token::default(),
        }
    }
}

/// Tokens computed up front: jieba needs a whole run at once anyway.
pub(crate) struct VecTokenStream {
    rest: Vec<Token>,
    current: Token,
}

impl TokenStream for VecTokenStream {
    fn advance(&mut self) -> bool {
        match self.rest.pop() {
            Some(token) => {
                self.current = token;
                true
            }
            None => false,
        }
    }

    fn token(&self) -> &Token {
        &self.current
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.current
    }
}

/// Characters segmented by jieba: the CJK ideograph blocks (and 〇, used in dates).
fn is_han(c: char) -> bool {
    matches!(
        c as u32,
        0x3007 | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x3134F
    )
}

/// Combining diacritics: part of the word they follow (a decomposed "é"), and dropped so that
/// decomposed and precomposed spellings fold alike.
fn is_combining_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F)
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() && !is_han(c)
}

/// The tokens of `text` in increasing position (and so offset) order, which both tantivy's
/// postings (per-term positions must not decrease) and the snippet passage search rely on.
fn tokenize(text: &str, mode: CutMode) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut position = 0usize;
    let mut chars = text.char_indices().peekable();
    while let Some(&(start, c)) = chars.peek() {
        if is_han(c) {
            let mut end = start;
            let mut count = 0usize;
            while let Some(&(i, c)) = chars.peek() {
                if !is_han(c) {
                    break;
                }
                end = i + c.len_utf8();
                count += 1;
                chars.next();
            }
            push_han_run(&mut tokens, &text[start..end], start, position, mode);
            position += count;
        } else if is_word_char(c) {
            let mut word = String::new();
            let mut end = start;
            while let Some(&(i, c)) = chars.peek() {
                if is_word_char(c) {
                    word.push(c);
                } else if !is_combining_mark(c) {
                    break;
                }
                end = i + c.len_utf8();
                chars.next();
            }
            tokens.push(Token {
                offset_from: start,
                offset_to: end,
                position,
                text: word,
                position_length: 1,
            });
            position += 1;
        } else {
            chars.next();
        }
    }
    tokens
}

/// Segments one run of Han characters starting at byte `offset` and position `base`.
fn push_han_run(tokens: &mut Vec<Token>, run: &str, offset: usize, base: usize, mode: CutMode) {
    let jieba = jieba();
    let first = tokens.len();
    match mode {
        CutMode::Bigrams => push_bigrams(tokens, run, offset, base),
        CutMode::Marks => {
            push_bigrams(tokens, run, offset, base);
            if run.chars().nth(1).is_some() {
                for (i, (byte, c)) in run.char_indices().enumerate() {
                    tokens.push(han_token(
                        offset,
                        base,
                        byte,
                        i,
                        &run[byte..byte + c.len_utf8()],
                    ));
                }
            }
            tokens[first..].sort_by_key(|t| (t.position, t.offset_to));
        }
        CutMode::Index => {
            for word in jieba.cut_for_search(run, false) {
                tokens.push(han_token(
                    offset,
                    base,
                    word.byte_start,
                    word.start,
                    word.word,
                ));
            }
            // Search mode lists a word's parts before the word; order by position (then length)
            // so positions never go backwards, and drop exact repeats.
            tokens[first..].sort_by_key(|t| (t.position, t.offset_to));
            tokens.dedup_by(|a, b| a.position == b.position && a.text == b.text);
        }
        CutMode::Query => {
            for word in jieba.cut(run, false) {
                match tile(jieba, word.word) {
                    Some(parts) => {
                        let (mut byte, mut char_pos) = (word.byte_start, word.start);
                        for part in parts {
                            tokens.push(han_token(offset, base, byte, char_pos, part));
                            byte += part.len();
                            char_pos += part.chars().count();
                        }
                    }
                    None => tokens.push(han_token(
                        offset,
                        base,
                        word.byte_start,
                        word.start,
                        word.word,
                    )),
                }
            }
        }
    }
}

/// The bigrams of one Han run (the character itself for a run of one), in position order.
fn push_bigrams(tokens: &mut Vec<Token>, run: &str, offset: usize, base: usize) {
    let chars: Vec<(usize, char)> = run.char_indices().collect();
    if let [(byte, c)] = chars[..] {
        tokens.push(han_token(
            offset,
            base,
            byte,
            0,
            &run[byte..byte + c.len_utf8()],
        ));
        return;
    }
    for (i, pair) in chars.windows(2).enumerate() {
        let (start, (last, c)) = (pair[0].0, pair[1]);
        tokens.push(han_token(
            offset,
            base,
            start,
            i,
            &run[start..last + c.len_utf8()],
        ));
    }
}

fn han_token(
    offset: usize,
    base: usize,
    byte_start: usize,
    char_start: usize,
    word: &str,
) -> Token {
    Token {
        offset_from: offset + byte_start,
        offset_to: offset + byte_start + word.len(),
        position: base + char_start,
        text: word.to_string(),
        position_length: word.chars().count().max(1),
    }
}

/// Splits a word of four or more characters into dictionary words of two or three characters
/// that cover it exactly (fewest pieces), or `None` when it cannot be done. Those are exactly the
/// sub-words jieba's search mode indexes inside a longer word.
fn tile<'a>(jieba: &Jieba, word: &'a str) -> Option<Vec<&'a str>> {
    // Byte offset of every character boundary, end included.
    let bounds: Vec<usize> = word
        .char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(word.len()))
        .collect();
    let chars = bounds.len() - 1;
    if chars < 4 {
        return None;
    }
    // best[i]: fewest pieces tiling the first i characters, and the length of the last piece.
    let mut best: Vec<Option<(usize, usize)>> = vec![None; chars + 1];
    best[0] = Some((0, 0));
    for end in 2..=chars {
        for len in [3usize, 2] {
            if len > end {
                continue;
            }
            let Some((pieces, _)) = best[end - len] else {
                continue;
            };
            if jieba.has_word(&word[bounds[end - len]..bounds[end]])
                && best[end].is_none_or(|(p, _)| pieces + 1 < p)
            {
                best[end] = Some((pieces + 1, len));
            }
        }
    }
    best[chars]?;
    let mut parts = Vec::new();
    let mut end = chars;
    while end > 0 {
        let (_, len) = best[end]?;
        parts.push(&word[bounds[end - len]..bounds[end]]);
        end -= len;
    }
    parts.reverse();
    Some(parts)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn families_are_numbered_by_their_place_and_found_by_their_code() {
        for (i, lang) in Lang::ALL.into_iter().enumerate() {
            assert_eq!(lang.index(), i, "{lang:?}");
            assert_eq!(Lang::for_edition(lang.code()), lang);
            assert_eq!(
                Lang::for_edition(&format!(" {} ", lang.code().to_uppercase())),
                lang
            );
        }
        let codes: std::collections::HashSet<_> = Lang::ALL.map(Lang::code).into();
        assert_eq!(codes.len(), FAMILIES, "a code used twice");
        assert_eq!(Lang::for_edition("nn"), Lang::No);
        assert_eq!(Lang::for_edition("xx"), Lang::En);
        assert_eq!(Lang::for_edition(""), Lang::En);
    }

    fn texts(lang: Lang, mode: CutMode, text: &str) -> Vec<(usize, String)> {
        texts_with(&mut analyzer(lang, mode), text)
    }

    fn texts_with(analyzer: &mut TextAnalyzer, text: &str) -> Vec<(usize, String)> {
        let mut stream = analyzer.token_stream(text);
        let mut out = Vec::new();
        while let Some(token) = stream.next() {
            out.push((token.position, token.text.clone()));
        }
        out
    }

    fn words(lang: Lang, mode: CutMode, text: &str) -> Vec<String> {
        texts(lang, mode, text)
            .into_iter()
            .map(|(_, t)| t)
            .collect()
    }

    #[test]
    fn latin_words_are_lowercased_folded_and_stemmed() {
        assert_eq!(
            words(Lang::It, CutMode::Index, "Perché"),
            words(Lang::It, CutMode::Query, "perche")
        );
        assert_eq!(
            words(Lang::It, CutMode::Index, "elezioni"),
            words(Lang::It, CutMode::Index, "elezione")
        );
        assert_eq!(
            words(Lang::Es, CutMode::Index, "periodistas"),
            words(Lang::Es, CutMode::Index, "periodista")
        );
        assert_eq!(
            words(Lang::En, CutMode::Index, "Running"),
            vec!["run".to_string()]
        );
    }

    #[test]
    fn decomposed_accents_fold_like_precomposed_ones() {
        assert_eq!(
            words(Lang::It, CutMode::Index, "citta\u{300}"),
            words(Lang::It, CutMode::Index, "citt\u{e0}")
        );
    }

    #[test]
    fn mixed_scripts_are_split_and_positioned() {
        let tokens = texts(Lang::Zh, CutMode::Index, "iPhone 在中国销量");
        assert_eq!(tokens[0], (0, "iphon".to_string()));
        assert!(tokens.contains(&(2, "中国".to_string())), "{tokens:?}");
    }

    #[test]
    fn index_mode_emits_words_inside_longer_words() {
        let tokens = words(Lang::Zh, CutMode::Index, "新疆维吾尔自治区的学生");
        assert!(tokens.contains(&"维吾尔".to_string()), "{tokens:?}");
        assert!(tokens.contains(&"学生".to_string()), "{tokens:?}");
    }

    #[test]
    fn query_mode_tiles_long_words_without_overlap() {
        let tokens = texts(Lang::Zh, CutMode::Query, "北京大学");
        assert_eq!(
            tokens,
            vec![(0, "北京".to_string()), (2, "大学".to_string())]
        );
    }

    #[test]
    fn positions_never_decrease() {
        let text = "中华人民共和国国务院总理 and 北京大学生 visited 中国科学院计算所";
        let tokens = texts(Lang::Zh, CutMode::Index, text);
        assert!(tokens.windows(2).all(|w| w[0].0 <= w[1].0), "{tokens:?}");
    }

    #[test]
    fn bigrams_cover_han_runs_and_keep_latin_words() {
        assert_eq!(
            texts(Lang::Zh, CutMode::Bigrams, "苹果的iPhone在中国卖, 好"),
            vec![
                (0, "苹果".to_string()),
                (1, "果的".to_string()),
                (3, "iphon".to_string()),
                (4, "在中".to_string()),
                (5, "中国".to_string()),
                (6, "国卖".to_string()),
                (8, "好".to_string()),
            ]
        );
    }

    #[test]
    fn marks_hold_characters_and_bigrams_in_position_order() {
        let tokens = texts(Lang::Zh, CutMode::Marks, "北京大学生");
        for expected in ["北", "北京", "京大", "大学", "学生", "生"] {
            assert!(
                tokens.iter().any(|(_, t)| t == expected),
                "{expected}: {tokens:?}"
            );
        }
        assert!(tokens.windows(2).all(|w| w[0].0 <= w[1].0), "{tokens:?}");
        let unique: std::collections::BTreeSet<_> = tokens.iter().collect();
        assert_eq!(unique.len(), tokens.len(), "{tokens:?}");
    }

    #[test]
    fn the_marks_analyser_normalises_words_as_the_index_does() {
        let text = "Le città ITALIANE, le città e i Cittadini: governi, GOVERNO, perché, \
                    iPhone 在中国 Running runs ran";
        for lang in [Lang::It, Lang::En, Lang::Es] {
            let index = texts_with(&mut analyzer(lang, CutMode::Index), text);
            let mut marks = marks_analyzer(lang);
            // Twice: the second pass is served from what the first one learnt.
            assert_eq!(texts_with(&mut marks, text), index, "{lang:?}");
            assert_eq!(texts_with(&mut marks, text), index, "{lang:?}");
        }
        let zh = texts_with(&mut marks_analyzer(Lang::Zh), "Running 北京大学");
        assert_eq!(zh[0], (0, "run".to_string()));
        assert!(zh.contains(&(1, "北京".to_string())), "{zh:?}");
    }

    #[test]
    fn punctuation_and_emoji_give_no_tokens() {
        assert!(words(Lang::En, CutMode::Query, "!!! ... 🙂 ((( *").is_empty());
    }
}
