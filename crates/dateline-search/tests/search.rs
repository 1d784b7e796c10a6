//! Searching: analysers per edition, the query language, filters, visibility, paging and
//! highlighting, through the public API only.

mod common;

use common::{found, ids, index_with, query, story, DAY, NOW};
use dateline_search::{Doc, Query, SearchIndex, Sort, MAX_QUERY_CHARS};

#[test]
fn chinese_words_are_found_inside_longer_words() {
    let index = index_with(&[
        story(
            1,
            "zh",
            "新疆维吾尔自治区的学生",
            "新疆维吾尔自治区的学生参加了考试。",
        ),
        story(2, "zh", "北京大学生参加比赛", "北京大学生在比赛中获胜。"),
        story(3, "zh", "上海天气", "今天上海下雨。"),
    ]);
    assert_eq!(found(&index, "维吾尔"), vec![1]);
    assert_eq!(found(&index, "学生"), vec![1, 2]);
    assert_eq!(found(&index, "北京"), vec![2]);
    assert_eq!(found(&index, "北京大学"), vec![2]);
    // 维吾尔人 is not in the text: the query's parts must be adjacent, not merely present.
    assert_eq!(found(&index, "维吾尔人"), Vec::<i64>::new());
}

#[test]
fn a_chinese_word_matches_its_parts_as_a_phrase() {
    let index = index_with(&[
        story(1, "zh", "大学", "北京的大学很多。"),
        story(2, "zh", "北京大学", "北京大学是一所大学。"),
    ]);
    // Both stories contain 北京 and 大学, only one has them adjacent.
    assert_eq!(found(&index, "北京大学"), vec![2]);
    assert_eq!(found(&index, "北京 大学"), vec![1, 2]);
}

#[test]
fn mixed_chinese_and_latin_text() {
    let index = index_with(&[
        story(
            1,
            "zh",
            "iPhone 在中国销量",
            "苹果公司的iPhone在中国销量下降。",
        ),
        story(2, "zh", "天气", "今天下雨。"),
    ]);
    assert_eq!(found(&index, "iphone"), vec![1]);
    assert_eq!(found(&index, "IPHONE"), vec![1]);
    assert_eq!(found(&index, "中国"), vec![1]);
    assert_eq!(found(&index, "iphone 中国"), vec![1]);
}

/// Chinese stories with Latin words and digits in them, for the searches by runs of characters.
const CHINESE_STORIES: [(&str, &str); 3] = [
    (
        "苹果公司发布iPhone 16新机型",
        "苹果公司周二在加州发布了新款智能手机，售价999美元起。分析人士认为，5G网络的普及\
         推动了iPhone在中国销量下降后的回升。",
    ),
    (
        "第27届上海国际电影节开幕",
        "上海国际电影节今晚在上海大剧院开幕，来自全球的2000多部影片报名参展，其中包括\
         多部AI生成的短片。",
    ),
    (
        "长江流域持续降雨",
        "受强降雨影响，长江中下游多个水文站水位超过警戒线，防汛指挥部启动IV级应急响应，\
         转移群众1.5万人。",
    ),
];

fn chinese_index() -> SearchIndex {
    let docs: Vec<Doc> = CHINESE_STORIES
        .iter()
        .zip(1..)
        .map(|(&(headline, body), id)| story(id, "zh", headline, body))
        .collect();
    index_with(&docs)
}

/// The runs of Han characters in `text`, as char vectors.
fn han_runs(text: &str) -> Vec<Vec<char>> {
    let is_han = |c: char| ('\u{4E00}'..='\u{9FFF}').contains(&c);
    let mut runs = vec![Vec::new()];
    for c in text.chars() {
        match (is_han(c), runs.last_mut()) {
            (true, Some(run)) => run.push(c),
            (false, Some(run)) if !run.is_empty() => runs.push(Vec::new()),
            _ => {}
        }
    }
    runs.retain(|run| !run.is_empty());
    runs
}

#[test]
fn every_run_of_two_to_four_chinese_characters_finds_its_story() {
    let index = chinese_index();
    let mut missed = Vec::new();
    let mut tried = 0;
    for (&(headline, body), id) in CHINESE_STORIES.iter().zip(1..) {
        for run in han_runs(headline).into_iter().chain(han_runs(body)) {
            for len in 2..=4 {
                for window in run.windows(len) {
                    let q: String = window.iter().collect();
                    tried += 1;
                    if !found(&index, &q).contains(&id) {
                        missed.push(q);
                    }
                }
            }
        }
    }
    assert!(tried > 200, "only {tried} runs tried");
    assert!(missed.is_empty(), "not found: {missed:?}");
}

#[test]
fn runs_of_characters_are_not_found_where_they_do_not_occur() {
    let index = chinese_index();
    // Every character is in the first story, but never in this order.
    assert_eq!(found(&index, "公司苹果"), Vec::<i64>::new());
    assert_eq!(found(&index, "量销"), Vec::<i64>::new());
    // Each story has its own runs.
    assert_eq!(found(&index, "影节今"), vec![2]);
    assert_eq!(found(&index, "汛指挥"), vec![3]);
}

#[test]
fn mixed_script_runs_keep_their_latin_words_adjacent() {
    let index = chinese_index();
    assert_eq!(found(&index, "16新机"), vec![1]);
    assert_eq!(found(&index, "5G网络的普"), vec![1]);
    assert_eq!(found(&index, "iphone在中国销"), vec![1]);
    assert_eq!(found(&index, "2000多部影"), vec![2]);
    assert_eq!(found(&index, "启动IV级应"), vec![3]);
    // 16 and 美元 are both in the first story, but not next to each other.
    assert_eq!(found(&index, "16美元"), Vec::<i64>::new());
    // Separate words still need only to be present.
    assert_eq!(found(&index, "iphone 国销"), vec![1]);
}

#[test]
fn a_whole_word_ranks_above_a_run_that_straddles_words() {
    // 经济 is a word in the first story; in the second it is the end of 曾经 and the start of
    // 济南.
    let index = index_with(&[
        story(1, "zh", "会议", "他们在会上讨论了经济问题。"),
        story(2, "zh", "旅行", "他们曾经济南旅行过一次。"),
    ]);
    assert_eq!(ids(&index, &query("经济")), vec![1, 2]);
}

#[test]
fn runs_of_characters_can_be_excluded() {
    let index = chinese_index();
    assert_eq!(found(&index, "开幕"), vec![2]);
    assert_eq!(found(&index, "上海 -影节今"), Vec::<i64>::new());
    assert_eq!(found(&index, "公司 -量下降"), Vec::<i64>::new());
    assert_eq!(found(&index, "公司 -量上升"), vec![1]);
}

#[test]
fn runs_of_characters_are_marked_in_snippets_and_headlines() {
    let index = chinese_index();
    let hit = &index.search(&query("销量下")).unwrap().hits[0];
    assert!(
        hit.snippet_html.contains("<mark>销量下</mark>"),
        "{}",
        hit.snippet_html
    );
    let hit = &index.search(&query("司发布iphone")).unwrap().hits[0];
    // Adjacent matches are marked one after the other, as tantivy's snippets do.
    assert!(
        hit.headline_html
            .starts_with("苹果公<mark>司发布</mark><mark>iPhone</mark> 16"),
        "{}",
        hit.headline_html
    );
}

#[test]
fn latin_words_in_other_editions_are_split_from_chinese() {
    let index = index_with(&[story(
        1,
        "en",
        "Xi Jinping 习近平 meets Biden",
        "In 北京, talks.",
    )]);
    assert_eq!(found(&index, "习近平"), vec![1]);
    assert_eq!(found(&index, "北京"), vec![1]);
    assert_eq!(found(&index, "meeting"), vec![1]);
}

#[test]
fn italian_stemming() {
    let index = index_with(&[
        story(1, "it", "Le elezioni in Indonesia", "Si è votato ovunque."),
        story(2, "it", "Incontro tra presidenti", "I due si sono visti."),
    ]);
    assert_eq!(found(&index, "elezione"), vec![1]);
    assert_eq!(found(&index, "elezioni"), vec![1]);
    assert_eq!(found(&index, "presidente"), vec![2]);
}

#[test]
fn spanish_stemming() {
    let index = index_with(&[story(
        1,
        "es",
        "Periodistas detenidos",
        "Dos periodista fueron detenidos.",
    )]);
    assert_eq!(found(&index, "periodista"), vec![1]);
    assert_eq!(found(&index, "periodistas"), vec![1]);
    assert_eq!(found(&index, "detenido"), vec![1]);
}

#[test]
fn english_stemming() {
    let index = index_with(&[story(
        1,
        "en",
        "Protesters arrested",
        "Police arrested dozens of protesters.",
    )]);
    assert_eq!(found(&index, "protester"), vec![1]);
    assert_eq!(found(&index, "arrest"), vec![1]);
    assert_eq!(found(&index, "arresting"), vec![1]);
}

#[test]
fn accents_fold_both_ways() {
    let index = index_with(&[
        story(1, "it", "Perché la città protesta", "La libertà di stampa."),
        story(2, "es", "La canción de la nación", "Música."),
    ]);
    assert_eq!(found(&index, "perche"), vec![1]);
    assert_eq!(found(&index, "citta"), vec![1]);
    assert_eq!(found(&index, "cancion"), vec![2]);
    assert_eq!(found(&index, "musica"), vec![2]);
    let index = index_with(&[story(3, "it", "Perche senza accento", "")]);
    assert_eq!(found(&index, "perché"), vec![3]);
}

#[test]
fn unknown_editions_are_analysed_as_english_but_filter_as_themselves() {
    let index = index_with(&[
        story(1, "xx", "Journalists detained", ""),
        story(2, "en", "Journalists detained", ""),
    ]);
    assert_eq!(found(&index, "journalist"), vec![1, 2]);
    let q = Query {
        edition: Some("xx".into()),
        ..query("journalist")
    };
    assert_eq!(ids(&index, &q), vec![1]);
}

/// An edition added by configuration whose code is a language tantivy can stem is searched
/// in that language: each story below is found by a form of its word that only that
/// language's stemmer joins to it. The same text in an edition without an analyser of its
/// own (analysed as English) is not, which is what the test tells apart.
#[test]
fn added_editions_are_stemmed_in_their_own_language() {
    let cases = [
        // (edition, headline, another form of one of its words)
        ("fr", "Trois journaux fermés", "journal"),
        ("ru", "Итоги выборов оспаривают", "выборы"),
        ("de", "Die Wahlen in Sachsen", "wahl"),
        ("tr", "Hükümetin kararı", "hükümet"),
        ("pt", "Repórteres presos em Luanda", "repórter"),
        ("nb", "Journalistene ble arrestert", "journalist"),
        ("el", "Οι εκλογές στην Κύπρο", "εκλογή"),
        ("ar", "اعتقال الصحفيين", "الصحفي"),
    ];
    for (n, (edition, headline, other_form)) in cases.into_iter().enumerate() {
        let own = n as i64 * 2 + 1;
        let unknown = own + 1;
        let index = index_with(&[
            story(own, edition, headline, ""),
            story(unknown, "xx", headline, ""),
        ]);
        assert_eq!(
            found(&index, other_form),
            vec![own],
            "{edition}: {other_form:?} should find {headline:?} in its own edition only"
        );
        let q = Query {
            edition: Some(edition.into()),
            ..query(other_form)
        };
        assert_eq!(ids(&index, &q), vec![own], "{edition}, filtered");
        // The exact words are found in both.
        let first_word = headline.split(' ').next().unwrap();
        assert_eq!(
            found(&index, first_word),
            vec![own, unknown],
            "{edition}: exact word"
        );
    }
}

#[test]
fn all_words_must_match() {
    let index = index_with(&[
        story(1, "en", "Floods in Jakarta", "Heavy rain."),
        story(2, "en", "Floods in Manila", "Heavy rain."),
    ]);
    assert_eq!(found(&index, "floods jakarta"), vec![1]);
    assert_eq!(found(&index, "floods"), vec![1, 2]);
}

#[test]
fn phrase_versus_loose_words() {
    let index = index_with(&[
        story(1, "en", "Press freedom in decline", ""),
        story(2, "en", "Freedom of the press", ""),
    ]);
    assert_eq!(found(&index, "press freedom"), vec![1, 2]);
    assert_eq!(found(&index, "\"press freedom\""), vec![1]);
    assert_eq!(found(&index, "\"freedom of the press\""), vec![2]);
    // A single-word phrase is just that word.
    assert_eq!(found(&index, "\"press\""), vec![1, 2]);
}

#[test]
fn exclusions() {
    let index = index_with(&[
        story(1, "en", "Election in Taiwan", "Voters went to the polls."),
        story(2, "en", "Election in Japan", "Voters went to the polls."),
        story(3, "en", "Election in Korea", "The world cup was on TV."),
    ]);
    assert_eq!(found(&index, "election -taiwan"), vec![2, 3]);
    assert_eq!(found(&index, "election -\"world cup\""), vec![1, 2]);
    assert_eq!(found(&index, "election -taiwan -japan"), vec![3]);
}

#[test]
fn headline_matches_rank_above_body_matches() {
    let index = index_with(&[
        story(
            1,
            "en",
            "Weather report",
            "A typhoon is coming towards the coast of the island.",
        ),
        story(
            2,
            "en",
            "Typhoon hits the coast",
            "Weather report for the island and the coast.",
        ),
    ]);
    assert_eq!(ids(&index, &query("typhoon")), vec![2, 1]);
}

fn filtered() -> SearchIndex {
    let mut docs = vec![
        Doc {
            regions: vec!["CN".into(), "HK".into()],
            tags: vec!["press-freedom".into()],
            published_at: Some(NOW - 10 * DAY),
            ..story(1, "en", "Report on media", "")
        },
        Doc {
            regions: vec!["IN".into()],
            tags: vec!["elections".into()],
            published_at: Some(NOW - 5 * DAY),
            ..story(2, "en", "Report on votes", "")
        },
        Doc {
            regions: vec!["ID".into()],
            published_at: Some(NOW - 2 * DAY),
            ..story(3, "it", "Report sui media", "")
        },
    ];
    docs.push(Doc {
        regions: vec!["hk".into()],
        published_at: Some(NOW - DAY),
        ..story(4, "es", "Report sobre Hong Kong", "")
    });
    index_with(&docs)
}

#[test]
fn edition_filter() {
    let index = filtered();
    let q = |edition: &str| Query {
        edition: Some(edition.into()),
        ..query("report")
    };
    assert_eq!(ids(&index, &q("it")), vec![3]);
    assert_eq!(ids(&index, &q("ES")), vec![4]);
    assert_eq!(ids(&index, &q("zh")), Vec::<i64>::new());
}

#[test]
fn region_filter_matches_any_region_case_insensitively() {
    let index = filtered();
    let q = Query {
        regions: vec!["hk".into(), "IN".into()],
        ..query("report")
    };
    let mut got = ids(&index, &q);
    got.sort_unstable();
    assert_eq!(got, vec![1, 2, 4]);
}

#[test]
fn tag_filter() {
    let index = filtered();
    let q = Query {
        tag: Some("press-freedom".into()),
        ..query("report")
    };
    assert_eq!(ids(&index, &q), vec![1]);
}

#[test]
fn date_filters() {
    let index = filtered();
    let q = Query {
        from: Some(NOW - 6 * DAY),
        to: Some(NOW - 2 * DAY),
        ..query("report")
    };
    let mut got = ids(&index, &q);
    got.sort_unstable();
    assert_eq!(got, vec![2, 3]);
    let inverted = Query {
        from: Some(NOW),
        to: Some(NOW - DAY),
        ..query("report")
    };
    assert_eq!(ids(&index, &inverted), Vec::<i64>::new());
}

#[test]
fn embargoed_stories_appear_when_their_time_comes() {
    let index = index_with(&[Doc {
        published_at: Some(NOW + 3600),
        ..story(1, "en", "Embargoed report", "")
    }]);
    assert_eq!(found(&index, "embargoed"), Vec::<i64>::new());
    let newsroom = Query {
        include_unpublished: true,
        ..query("embargoed")
    };
    assert_eq!(ids(&index, &newsroom), vec![1]);
    let later = Query {
        now: NOW + 3600,
        ..query("embargoed")
    };
    assert_eq!(ids(&index, &later), vec![1]);
}

#[test]
fn drafts_are_only_visible_to_the_newsroom() {
    let index = index_with(&[
        Doc {
            status: "draft".into(),
            ..story(1, "en", "Draft story", "")
        },
        Doc {
            status: "review".into(),
            published_at: None,
            ..story(2, "en", "Story in review", "")
        },
        story(3, "en", "Published story", ""),
    ]);
    assert_eq!(found(&index, "story"), vec![3]);
    let newsroom = Query {
        include_unpublished: true,
        ..query("story")
    };
    let mut got = ids(&index, &newsroom);
    got.sort_unstable();
    assert_eq!(got, vec![1, 2, 3]);
}

#[test]
fn delete_removes_and_upsert_replaces() {
    let index = index_with(&[
        story(1, "en", "Original headline", ""),
        story(2, "en", "Other", ""),
    ]);
    index
        .upsert(&story(1, "en", "Corrected headline", ""))
        .unwrap();
    index.delete(2).unwrap();
    // Nothing changes before the commit...
    assert_eq!(found(&index, "original"), vec![1]);
    assert_eq!(index.len(), 2);
    index.commit().unwrap();
    assert_eq!(found(&index, "original"), Vec::<i64>::new());
    assert_eq!(found(&index, "corrected"), vec![1]);
    assert_eq!(found(&index, "other"), Vec::<i64>::new());
    assert_eq!(index.len(), 1);
}

#[test]
fn commit_without_changes_is_a_no_op() {
    let index = index_with(&[story(1, "en", "One", "")]);
    for _ in 0..100 {
        index.commit().unwrap();
    }
    assert_eq!(index.len(), 1);
}

#[test]
fn sort_newest_and_paging_with_exact_total() {
    let docs: Vec<Doc> = (1..=25)
        .map(|i| Doc {
            published_at: Some(NOW - i * DAY),
            ..story(i, "en", "Daily briefing", &format!("Briefing number {i}"))
        })
        .collect();
    let index = index_with(&docs);
    let page = |offset: usize| {
        index
            .search(&Query {
                sort: Sort::Newest,
                offset,
                limit: 10,
                ..query("briefing")
            })
            .unwrap()
    };
    let first = page(0);
    assert_eq!(first.total, 25);
    assert_eq!(
        first.hits.iter().map(|h| h.id).collect::<Vec<_>>(),
        (1..=10).collect::<Vec<_>>()
    );
    let third = page(20);
    assert_eq!(third.total, 25);
    assert_eq!(
        third.hits.iter().map(|h| h.id).collect::<Vec<_>>(),
        (21..=25).collect::<Vec<_>>()
    );
    let beyond = page(1_000_000);
    assert_eq!((beyond.total, beyond.hits.len()), (25, 0));
    let count_only = index
        .search(&Query {
            limit: 0,
            ..query("briefing")
        })
        .unwrap();
    assert_eq!((count_only.total, count_only.hits.len()), (25, 0));
    let capped = index
        .search(&Query {
            limit: 10_000,
            ..query("briefing")
        })
        .unwrap();
    assert_eq!(capped.hits.len(), 25);
}

#[test]
fn snippets_mark_matches_and_escape_markup() {
    let index = index_with(&[Doc {
        standfirst: "A standfirst.".into(),
        ..story(
            1,
            "en",
            "Hackers <b>target</b> newsroom",
            "Investigators said <script>alert('x')</script> was found after hackers attacked the \
             agency's servers & e-mail.",
        )
    }]);
    let results = index.search(&query("hackers")).unwrap();
    let hit = &results.hits[0];
    assert_eq!(
        hit.headline_html,
        "<mark>Hackers</mark> &lt;b&gt;target&lt;/b&gt; newsroom"
    );
    assert!(
        hit.snippet_html.contains("<mark>hackers</mark>"),
        "{}",
        hit.snippet_html
    );
    assert!(
        !hit.snippet_html.contains("<script>"),
        "{}",
        hit.snippet_html
    );
    assert!(
        hit.snippet_html.contains("&lt;script&gt;"),
        "{}",
        hit.snippet_html
    );
    assert!(
        hit.snippet_html.chars().count() < 300,
        "{}",
        hit.snippet_html
    );
    // Nothing but the marks is markup.
    let stripped = hit
        .snippet_html
        .replace("<mark>", "")
        .replace("</mark>", "");
    assert!(!stripped.contains('<'), "{}", hit.snippet_html);
}

#[test]
fn snippet_falls_back_to_standfirst_then_to_the_lead() {
    let index = index_with(&[
        Doc {
            standfirst: "The typhoon made landfall overnight.".into(),
            ..story(1, "en", "Storm", "Thousands were evacuated.")
        },
        Doc {
            standfirst: "Thousands were evacuated.".into(),
            ..story(2, "en", "Cyclone warning", "Residents left.")
        },
    ]);
    let hit = &index.search(&query("typhoon")).unwrap().hits[0];
    assert!(
        hit.snippet_html.contains("<mark>typhoon</mark>"),
        "{}",
        hit.snippet_html
    );
    let hit = &index.search(&query("cyclone")).unwrap().hits[0];
    assert_eq!(hit.headline_html, "<mark>Cyclone</mark> warning");
    assert_eq!(hit.snippet_html, "Thousands were evacuated.");
}

#[test]
fn chinese_snippets_are_marked() {
    let index = index_with(&[story(1, "zh", "北京大学生", "北京大学生在比赛中获胜。")]);
    let hit = &index.search(&query("北京")).unwrap().hits[0];
    assert!(
        hit.headline_html.contains("<mark>北京"),
        "{}",
        hit.headline_html
    );
    assert!(hit.snippet_html.contains("<mark>"), "{}", hit.snippet_html);
}

#[test]
fn malformed_queries_never_fail() {
    let index = index_with(&[story(1, "en", "Title foo", "Some body text: AND OR NOT.")]);
    let long = "word ".repeat(2_100);
    let inputs = [
        "\"unbalanced quote",
        "-",
        "--",
        "\"",
        "\"\"",
        "- -x",
        long.as_str(),
        "!!! ??? ... ,,, ;;;",
        "AND OR NOT",
        "title:foo",
        "*",
        "(((",
        ")))",
        "🙂🙃 🎉",
        "foo^2 bar~1 /regex/ [a TO b] {x}",
        "\u{0}\u{7}\u{1b}[31m",
        "-\"\"",
        "   ",
        "",
    ];
    for input in inputs {
        let results = index
            .search(&query(input))
            .unwrap_or_else(|e| panic!("{input:?} failed: {e}"));
        assert!(
            !results.hits.is_empty() || results.notice.is_some() || results.total == 0,
            "{input:?}"
        );
    }
    assert_eq!(found(&index, "title:foo"), vec![1]);
    assert_eq!(found(&index, "AND OR NOT"), vec![1]);
    assert_eq!(found(&index, "\"title foo"), vec![1]);
}

#[test]
fn notices_explain_empty_and_cut_queries() {
    let index = index_with(&[story(1, "en", "Word", "")]);
    for input in ["", "   ", "***", "(((", "-", "🙂"] {
        let results = index.search(&query(input)).unwrap();
        assert_eq!(results.total, 0, "{input:?}");
        assert_eq!(
            results.notice.as_deref(),
            Some("Add a word to search for."),
            "{input:?}"
        );
    }
    let only_exclusions = index.search(&query("-word -\"other words\"")).unwrap();
    assert!(only_exclusions.hits.is_empty());
    assert!(only_exclusions.notice.unwrap().starts_with("Add a word"));
    let long = format!("word {}", "x".repeat(10_000));
    let results = index.search(&query(&long)).unwrap();
    assert_eq!(
        results.notice.as_deref(),
        Some(format!("Your search was cut to {MAX_QUERY_CHARS} characters.").as_str())
    );
}

#[test]
fn search_without_edition_uses_each_editions_analyser() {
    let index = index_with(&[
        story(1, "it", "Giornalisti arrestati", ""),
        story(2, "es", "Periodistas arrestados", ""),
        story(3, "en", "Journalists arrested", ""),
    ]);
    assert_eq!(found(&index, "giornalista"), vec![1]);
    assert_eq!(found(&index, "periodista"), vec![2]);
    assert_eq!(found(&index, "journalist"), vec![3]);
}

#[test]
fn rebuild_replaces_everything_and_reports_progress() {
    let index = index_with(&[story(1, "en", "Old story", "")]);
    let mut progress = Vec::new();
    let added = index
        .rebuild((10..2_510).map(|i| story(i, "en", "New story", "")), |n| {
            progress.push(n)
        })
        .unwrap();
    assert_eq!(added, 2_500);
    assert_eq!(progress, vec![1_000, 2_000, 2_500]);
    assert_eq!(index.len(), 2_500);
    assert_eq!(found(&index, "old"), Vec::<i64>::new());
    assert_eq!(index.search(&query("new")).unwrap().total, 2_500);
}

#[test]
fn writes_during_a_rebuild_are_queued_not_waited_for() {
    let index = std::sync::Arc::new(index_with(&[
        story(1, "en", "Harbour strike", ""),
        story(2, "en", "Harbour closed", ""),
    ]));
    // The rebuild reads its stories from a channel held open by the test, as the site's
    // rebuild reads them from the store while it serves.
    let (tx, rx) = std::sync::mpsc::channel();
    let rebuild = {
        let index = index.clone();
        std::thread::spawn(move || index.rebuild(rx.into_iter(), |_| {}))
    };
    tx.send(story(1, "en", "Harbour strike", "")).unwrap();
    // Until the rebuild holds the writer a write is committed at once; then it stays queued.
    loop {
        index
            .upsert(&story(3, "en", "Harbour strike ends", ""))
            .unwrap();
        index.commit().unwrap();
        if index.needs_commit() {
            break;
        }
        assert!(!rebuild.is_finished(), "the rebuild stopped early");
        std::thread::sleep(std::time::Duration::from_millis(1));
    }
    // These would wait for the whole rebuild if they took the writer: they return at once.
    let (done, writes) = std::sync::mpsc::channel();
    {
        let index = index.clone();
        std::thread::spawn(move || {
            index
                .upsert(&story(4, "en", "Harbour reopens", ""))
                .unwrap();
            index.delete(2).unwrap();
            index.commit().unwrap();
            done.send(()).unwrap();
        });
    }
    writes
        .recv_timeout(std::time::Duration::from_secs(10))
        .expect("writes during a rebuild waited for it");
    assert!(
        !rebuild.is_finished(),
        "the rebuild waits for the test's channel"
    );
    assert!(index.needs_commit());
    tx.send(story(2, "en", "Harbour closed", "")).unwrap();
    drop(tx);
    assert_eq!(rebuild.join().unwrap().unwrap(), 2);
    // The rebuild put 1 and 2 back; what was queued meanwhile goes on top, in order.
    index.commit().unwrap();
    let mut harbour = found(&index, "harbour");
    harbour.sort();
    assert_eq!(harbour, vec![1, 3, 4]);
    assert!(!index.needs_commit());
}

#[test]
fn index_is_shared_between_threads() {
    let index = std::sync::Arc::new(index_with(&[story(1, "en", "Shared", "")]));
    let handles: Vec<_> = (0..4)
        .map(|t| {
            let index = index.clone();
            std::thread::spawn(move || {
                for i in 0..20 {
                    index
                        .upsert(&story(100 + t * 100 + i, "en", "Shared", ""))
                        .unwrap();
                    assert!(!index.search(&query("shared")).unwrap().hits.is_empty());
                }
                index.commit().unwrap();
            })
        })
        .collect();
    for handle in handles {
        handle.join().unwrap();
    }
    assert_eq!(index.len(), 81);
}

#[test]
fn extreme_numbers_are_accepted() {
    let index = index_with(&[Doc {
        published_at: Some(i64::MIN),
        ..story(i64::MIN, "en", "Edge case", "")
    }]);
    for q in [
        Query {
            now: i64::MAX,
            from: Some(i64::MIN),
            to: Some(i64::MAX),
            offset: usize::MAX,
            limit: usize::MAX,
            ..query("edge")
        },
        Query {
            now: i64::MIN,
            sort: Sort::Newest,
            ..query("edge")
        },
    ] {
        index.search(&q).unwrap();
    }
    let r = dateline_search::RelatedQuery {
        limit: usize::MAX,
        now: i64::MAX,
    };
    assert!(index.related(i64::MIN, &r).unwrap().is_empty());
}
