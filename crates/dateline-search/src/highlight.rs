//! HTML for headlines and snippets: escaped text with `<mark>` around matches.
//!
//! Everything a story says is text, never markup, so every character that means something in
//! HTML is escaped; the only tags in the output are the `<mark>` pairs added here.

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;

use tantivy::tokenizer::TextAnalyzer;

/// Opening tag around a match.
pub(crate) const MARK_OPEN: &str = "<mark>";
/// Closing tag around a match.
pub(crate) const MARK_CLOSE: &str = "</mark>";

/// Escapes text for HTML element content and attribute values.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// The whole of `text`, escaped, with every token whose analysed form is in `terms` marked.
///
/// Used for headlines, which are shown whole (a snippet generator would cut them).
pub(crate) fn mark_all(
    analyzer: &mut TextAnalyzer,
    text: &str,
    terms: &BTreeSet<String>,
) -> String {
    let mut ranges: Vec<Range<usize>> = Vec::new();
    if !terms.is_empty() {
        let mut stream = analyzer.token_stream(text);
        while let Some(token) = stream.next() {
            if terms.contains(&token.text) {
                ranges.push(token.offset_from..token.offset_to);
            }
        }
    }
    render(text, &merge(ranges))
}

/// The first `max_bytes` or so of `text`, cut at a word boundary, escaped and unmarked: the
/// snippet of a story whose body and standfirst do not contain the query's words (it matched
/// in the headline).
pub(crate) fn lead(text: &str, max_bytes: usize) -> String {
    let text = text.trim();
    if text.len() <= max_bytes {
        return escape(text);
    }
    let mut cut = max_bytes;
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    // Prefer a word boundary if one is reasonably close; Chinese text has none, so the cut at a
    // character boundary stands.
    if let Some(space) = text[..cut].rfind(char::is_whitespace) {
        if space > cut / 2 {
            cut = space;
        }
    }
    let mut out = escape(text[..cut].trim_end());
    out.push('…');
    out
}

/// The part of `text` around the first occurrence of any of `literals`, about `width` bytes
/// (a quarter of it before the occurrence), cut at character boundaries; all of `text` when it
/// is that short or none of them occurs.
///
/// Chinese snippets are cut by jieba, whose cost grows with the text: a story's whole body
/// for each hit was the largest part of a Chinese search. The query's words and character
/// pairs appear in the text as they are, so the window holds the first match.
pub(crate) fn around_first<'t>(text: &'t str, literals: &[String], width: usize) -> &'t str {
    if text.len() <= width {
        return text;
    }
    let Some(first) = literals
        .iter()
        .filter(|l| !l.is_empty())
        .filter_map(|l| text.find(l.as_str()))
        .min()
    else {
        return text;
    };
    let mut start = first.saturating_sub(width / 4);
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = (start + width).min(text.len());
    while !text.is_char_boundary(end) {
        end += 1;
    }
    &text[start..end]
}

/// The passage of `text` of at most `max_bytes` (cut at tokens) whose matching tokens weigh
/// most, the first such on a tie, escaped and marked; `None` when no token of `text` is in
/// `weights`. Weights are per analysed term (rarer terms weigh more, so they choose the passage).
///
/// This is the passage choice of tantivy's snippet generator, which lowercases every token's
/// text again into a new string to look it up; the analysers here lowercase already.
pub(crate) fn snippet(
    analyzer: &mut TextAnalyzer,
    text: &str,
    weights: &BTreeMap<String, f32>,
    max_bytes: usize,
) -> Option<String> {
    #[derive(Default)]
    struct Passage {
        start: usize,
        stop: usize,
        score: f32,
        marks: Vec<Range<usize>>,
    }
    fn keep(best: &mut Option<Passage>, passage: Passage) {
        if passage.score > 0.0 && best.as_ref().is_none_or(|b| passage.score > b.score) {
            *best = Some(passage);
        }
    }
    let mut best: Option<Passage> = None;
    let mut current = Passage::default();
    let mut stream = analyzer.token_stream(text);
    while let Some(token) = stream.next() {
        if token.offset_to - current.start > max_bytes {
            let next = Passage {
                start: token.offset_from,
                ..Passage::default()
            };
            keep(&mut best, std::mem::replace(&mut current, next));
        }
        current.stop = token.offset_to;
        if let Some(weight) = weights.get(token.text.as_str()) {
            current.score += weight;
            current.marks.push(token.offset_from..token.offset_to);
        }
    }
    keep(&mut best, current);
    let best = best?;
    let marks = best
        .marks
        .iter()
        .map(|r| r.start - best.start..r.end - best.start)
        .collect();
    Some(render(text.get(best.start..best.stop)?, &merge(marks)))
}

/// Sorted, non-overlapping ranges (Chinese sub-words overlap the words they are part of).
fn merge(mut ranges: Vec<Range<usize>>) -> Vec<Range<usize>> {
    ranges.sort_by_key(|r| (r.start, r.end));
    let mut out: Vec<Range<usize>> = Vec::with_capacity(ranges.len());
    for range in ranges {
        match out.last_mut() {
            Some(last) if range.start < last.end => last.end = last.end.max(range.end),
            _ => out.push(range),
        }
    }
    out
}

fn render(text: &str, ranges: &[Range<usize>]) -> String {
    let mut out = String::with_capacity(text.len() + ranges.len() * 13);
    let mut at = 0;
    for range in ranges {
        // Ranges come from the tokenizer over this very text, so they are char boundaries;
        // `get` keeps a bug there from becoming a panic.
        let (Some(before), Some(marked)) = (text.get(at..range.start), text.get(range.clone()))
        else {
            continue;
        };
        out.push_str(&escape(before));
        out.push_str(MARK_OPEN);
        out.push_str(&escape(marked));
        out.push_str(MARK_CLOSE);
        at = range.end;
    }
    out.push_str(&escape(text.get(at..).unwrap_or_default()));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{analyzer, CutMode, Lang};

    #[test]
    fn the_window_holds_the_first_match() {
        let text = format!("{}港口工人罢工{}", "甲".repeat(500), "乙".repeat(500));
        let window = around_first(&text, &["罢工".to_string(), "乙乙".to_string()], 120);
        assert!(window.len() <= 123, "{}", window.len());
        assert!(window.contains("港口工人罢工"), "{window}");
        // Nothing to find, or short text: all of it.
        assert_eq!(around_first(&text, &["丙".to_string()], 120), text);
        assert_eq!(around_first("短", &["短".to_string()], 120), "短");
        assert_eq!(around_first(&text, &[String::new()], 120), text);
    }

    #[test]
    fn escapes_markup() {
        assert_eq!(escape("<script>&\"'"), "&lt;script&gt;&amp;&quot;&#39;");
    }

    #[test]
    fn marks_matching_words_only() {
        let mut analyzer = analyzer(Lang::En, CutMode::Index);
        let terms = BTreeSet::from(["elect".to_string()]);
        assert_eq!(
            mark_all(&mut analyzer, "Elections <b>today</b>", &terms),
            "<mark>Elections</mark> &lt;b&gt;today&lt;/b&gt;"
        );
    }

    #[test]
    fn overlapping_chinese_matches_are_merged() {
        let mut analyzer = analyzer(Lang::Zh, CutMode::Index);
        let terms = BTreeSet::from(["北京".to_string(), "北京大学".to_string()]);
        assert_eq!(
            mark_all(&mut analyzer, "北京大学", &terms),
            "<mark>北京大学</mark>"
        );
    }

    #[test]
    fn the_snippet_is_the_heaviest_passage() {
        let mut analyzer = analyzer(Lang::En, CutMode::Index);
        let weights = BTreeMap::from([("port".to_string(), 0.5), ("strike".to_string(), 0.1)]);
        let text = "A strike began. Then nothing for a while, and more nothing. \
                    The port & its strikes.";
        assert_eq!(
            snippet(&mut analyzer, text, &weights, 30).as_deref(),
            Some("The <mark>port</mark> &amp; its <mark>strikes</mark>")
        );
        // A tie goes to the first passage; nothing matching gives none.
        assert_eq!(
            snippet(&mut analyzer, "port one. port two.", &weights, 9).as_deref(),
            Some("<mark>port</mark> one")
        );
        assert_eq!(snippet(&mut analyzer, "calm seas", &weights, 30), None);
    }

    #[test]
    fn lead_cuts_at_a_word_boundary() {
        let lead = lead("one two three four five six", 12);
        assert_eq!(lead, "one two…");
    }
}
