use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use crate::render::Ctx;
use crate::rng::Rng;
use crate::story::Facts;
use crate::topics::TOPICS;
use crate::{for_each, generate, generic, story, DemoArticle, EDITIONS};

/// The demo site's size, generated once for all tests.
fn demo() -> &'static [DemoArticle] {
    static DEMO: OnceLock<Vec<DemoArticle>> = OnceLock::new();
    DEMO.get_or_init(|| generate(650))
}

fn is_cjk(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}')
}

/// Sentence ends: a full stop followed by a space or the end (not "4.5" nor "1.200").
fn sentences(text: &str) -> usize {
    let chars: Vec<char> = text.chars().collect();
    (0..chars.len())
        .filter(|&i| match chars[i] {
            '。' | '？' | '！' => true,
            '.' | '?' | '!' => chars.get(i + 1).is_none_or(|c| c.is_whitespace()),
            _ => false,
        })
        .count()
}

fn words(text: &str) -> usize {
    text.split_whitespace().count()
}

/// Characters a Chinese reader counts: everything but spaces and Markdown markup.
fn zh_chars(text: &str) -> usize {
    text.chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '>' | '*' | '[' | ']' | '^'))
        .count()
}

#[test]
fn same_input_same_output() {
    assert_eq!(generate(80), generate(80));
}

#[test]
fn a_shorter_run_is_a_prefix_of_a_longer_one() {
    let short = generate(10);
    assert_eq!(short[..], demo()[..short.len()]);
    let mut streamed = Vec::new();
    for_each(10, |a| streamed.push(a));
    assert_eq!(short, streamed);
    let by_story: Vec<DemoArticle> = (0..10).flat_map(story).collect();
    assert_eq!(short, by_story);
}

#[test]
fn the_demo_site_has_over_two_thousand_articles_in_every_edition() {
    let all = demo();
    assert!(all.len() > 2_000, "{} articles", all.len());
    for edition in EDITIONS {
        let n = all.iter().filter(|a| a.edition == edition).count();
        assert!(n > 250, "{edition}: {n}");
    }
    let ids: HashSet<&str> = all.iter().map(|a| a.external_id.as_str()).collect();
    assert_eq!(ids.len(), all.len());
    assert_eq!(
        all[0].external_id,
        format!("{}-{}", all[0].translation_group, all[0].edition)
    );
    assert!(all[0].translation_group.starts_with("demo-00001"));
}

#[test]
fn translations_share_their_facts() {
    let mut groups: HashMap<&str, Vec<&DemoArticle>> = HashMap::new();
    for a in demo() {
        groups.entry(&a.translation_group).or_default().push(a);
    }
    for articles in groups.values() {
        let first = articles[0];
        assert!((1..=4).contains(&articles.len()));
        for a in articles {
            assert_eq!(a.regions, first.regions);
            assert_eq!(a.authors, first.authors);
            assert_eq!(a.tags.len(), first.tags.len());
            assert!((a.published_at - first.published_at).abs() <= 8 * 3_600);
        }
        // The same figures in every language: Italian and English headlines differ only in
        // separators ("1.250" / "1,250", "1,2 miliardi" / "$1.2 billion").
        let figures = |a: &DemoArticle| -> Vec<String> {
            let joined: String = a
                .headline
                .chars()
                .filter(|&c| c != '.' && c != ',')
                .collect();
            let mut v: Vec<String> = joined
                .split(|c: char| !c.is_ascii_digit())
                .filter(|s| !s.is_empty())
                .map(str::to_string)
                .collect();
            v.sort();
            v
        };
        let it = articles.iter().find(|a| a.edition == "it");
        let en = articles.iter().find(|a| a.edition == "en");
        if let (Some(it), Some(en)) = (it, en) {
            let (fi, fe) = (figures(it), figures(en));
            // Small counts are words ("five", "cinque"), so compare only what both show.
            assert!(
                fi.iter().all(|n| fe.contains(n) || n.len() <= 2),
                "{} / {}",
                it.headline,
                en.headline
            );
        }
    }
}

#[test]
fn fields_have_the_documented_shape() {
    let mut quotes = 0;
    let mut notes = 0;
    for a in demo() {
        assert!((1..=3).contains(&a.regions.len()), "{:?}", a.regions);
        for r in &a.regions {
            assert!(r.len() == 2 && r.chars().all(|c| c.is_ascii_uppercase()));
        }
        let unique_regions: HashSet<_> = a.regions.iter().collect();
        assert_eq!(unique_regions.len(), a.regions.len());
        assert!((2..=5).contains(&a.tags.len()), "{:?}", a.tags);
        assert!((1..=2).contains(&a.authors.len()));
        assert!(!a.dateline.is_empty());
        assert!(a.updated_at.is_none_or(|u| u > a.published_at));
        // Two years ending on 2026-11-01, at newsroom hours.
        assert!(a.published_at < 1_793_491_200 && a.published_at > 1_793_491_200 - 731 * 86_400);
        let standfirst_sentences = sentences(&a.standfirst);
        assert!((1..=2).contains(&standfirst_sentences), "{}", a.standfirst);
        if a.edition == "it" {
            quotes += usize::from(a.body_markdown.contains("\n> "));
            notes += usize::from(a.body_markdown.contains("[^1]"));
        }
    }
    let italian = demo().iter().filter(|a| a.edition == "it").count();
    assert!(
        (35..=65).contains(&(quotes * 100 / italian)),
        "quotes in {quotes} of {italian}"
    );
    assert!(
        (22..=45).contains(&(notes * 100 / italian)),
        "notes in {notes} of {italian}"
    );
}

#[test]
fn bodies_have_realistic_lengths_and_shapes() {
    for a in demo() {
        let body = &a.body_markdown;
        let paragraphs: Vec<&str> = body
            .split("\n\n")
            .filter(|p| !p.starts_with("[^"))
            .collect();
        assert!(
            (4..=10).contains(&paragraphs.len()),
            "{} paragraphs in {}",
            paragraphs.len(),
            a.external_id
        );
        assert!(
            !paragraphs[0].contains(&a.dateline),
            "{}: first paragraph names {}",
            a.external_id,
            a.dateline
        );
        if a.edition == "zh" {
            let n = zh_chars(body);
            assert!(
                (600..=1_800).contains(&n),
                "{}: {n} characters",
                a.external_id
            );
        } else {
            let n = words(body);
            assert!((300..=900).contains(&n), "{}: {n} words", a.external_id);
        }
        for text in [body.as_str(), &a.headline, &a.standfirst] {
            assert!(
                !text.contains(['{', '}']),
                "unfilled slot in {}: {text}",
                a.external_id
            );
            assert!(
                !text.contains("  ") && !text.contains(" ,") && !text.contains(" ."),
                "{text}"
            );
        }
    }
}

#[test]
fn chinese_text_is_chinese() {
    for a in demo().iter().filter(|a| a.edition == "zh") {
        for text in [&a.body_markdown, &a.headline, &a.standfirst] {
            let letters = text.chars().filter(|c| c.is_alphabetic()).count();
            let cjk = text.chars().filter(|&c| is_cjk(c)).count();
            assert!(
                cjk * 100 >= letters * 97,
                "{}: {cjk} of {letters} letters are CJK: {text}",
                a.external_id
            );
            assert!(
                !text.contains([',', ';']) && !text.contains(". "),
                "Latin punctuation: {text}"
            );
        }
        assert!(a.tags.iter().all(|t| t.chars().all(is_cjk)), "{:?}", a.tags);
    }
}

#[test]
fn every_footnote_marker_has_a_definition_and_back() {
    for a in demo() {
        let body = &a.body_markdown;
        for n in 1..=3 {
            let marker = format!("[^{n}]");
            let definition = format!("\n[^{n}]: ");
            let uses = body.matches(&marker).count();
            let defined = body.contains(&definition);
            assert_eq!(uses > 1, defined, "{}: note {n}", a.external_id);
            if defined {
                assert_eq!(uses, 2, "{}: note {n} used more than once", a.external_id);
                let first_use = body.find(&marker).expect("used");
                assert!(first_use < body.find(&definition).expect("defined"));
            }
        }
    }
}

#[test]
fn headlines_are_unique_and_headline_sized_over_five_thousand_stories() {
    let mut seen: HashMap<(&'static str, String), String> = HashMap::new();
    let mut problems = Vec::new();
    for_each(5_000, |a| {
        let (size, range) = if a.edition == "zh" {
            (a.headline.chars().count(), 12..=30)
        } else {
            (words(&a.headline), 6..=14)
        };
        if !range.contains(&size) {
            problems.push(format!("{}: {size} long: {}", a.external_id, a.headline));
        }
        if let Some(other) = seen.insert((a.edition, a.headline.clone()), a.external_id.clone()) {
            problems.push(format!("{other} = {}: {}", a.external_id, a.headline));
        }
    });
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn every_template_renders_in_every_language() {
    let mut rng = Rng::for_story(1);
    let mut facts = Facts::draw(&mut rng);
    facts.c2 = Some(crate::places::by_code("IT"));
    facts.c3 = Some(crate::places::by_code("PH"));
    let mut out = String::new();
    for topic in TOPICS {
        facts.topic = topic;
        let mut all: Vec<&[&str; 4]> = Vec::new();
        for event in topic.events {
            facts.event = event;
            for t in event
                .headlines
                .iter()
                .chain(event.standfirsts)
                .chain(event.leads)
                .chain(event.details)
            {
                all.push(t);
            }
        }
        all.extend(
            topic
                .background
                .iter()
                .chain(topic.figures)
                .chain(topic.quotes),
        );
        let banks = [
            generic::CONTEXT,
            generic::REACTIONS,
            generic::GOVERNMENT,
            generic::INTERNATIONAL,
            generic::OUTLOOK,
        ];
        all.extend(banks.iter().flat_map(|b| b.iter().map(|l| &l.t)));
        all.extend(generic::QUOTE_INTROS.iter());
        for t in all {
            for (lang, text) in t.iter().enumerate() {
                let mut cx = Ctx {
                    f: &facts,
                    lang,
                    in_lead: false,
                    p2_mark: None,
                };
                out.clear();
                cx.render(&mut out, text);
                assert!(!out.contains(['{', '}']), "{out}");
            }
        }
    }
}

#[test]
fn a_quick_timing_print() {
    let start = std::time::Instant::now();
    let mut n = 0;
    let mut bytes = 0;
    for_each(1_000, |a| {
        n += 1;
        bytes += a.body_markdown.len();
    });
    println!("{n} articles, {bytes} body bytes in {:?}", start.elapsed());
}

/// `cargo test --release -p dateline-demo -- --ignored --nocapture`
#[test]
#[ignore = "a timing check for release builds"]
fn one_hundred_thousand_articles() {
    let start = std::time::Instant::now();
    let mut n = 0usize;
    let mut stories = 0;
    while n < 100_000 {
        n += story(stories).len();
        stories += 1;
    }
    println!("{n} articles ({stories} stories) in {:?}", start.elapsed());
}
