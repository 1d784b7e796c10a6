//! "See also": what is offered, and in which order.

mod common;

use common::{index_with, story, DAY, NOW};
use dateline_search::{Doc, RelatedQuery};

fn related(index: &dateline_search::SearchIndex, id: i64) -> Vec<i64> {
    index
        .related(id, &RelatedQuery { limit: 5, now: NOW })
        .expect("related")
}

/// Background stories so that document frequencies mean something.
fn background(from: i64, edition: &str) -> Vec<Doc> {
    let topics = [
        "Football league results and the weekend's matches",
        "Stock markets rose as investors bought shares",
        "A new museum opened with an exhibition of paintings",
        "Farmers expect a good harvest of rice this year",
        "The film festival awarded its main prize",
        "Scientists observed a distant comet through a telescope",
    ];
    topics
        .iter()
        .enumerate()
        .map(|(i, t)| {
            story(
                from + i as i64,
                edition,
                t,
                &format!("{t}. More details later."),
            )
        })
        .collect()
}

#[test]
fn excludes_self_translations_other_editions_and_unpublished() {
    let text = "Typhoon Haiyan floods the coast of the Philippines";
    let body = "The typhoon flooded coastal towns of the Philippines; thousands evacuated.";
    let mut docs = background(100, "en");
    docs.extend([
        Doc {
            translation_group: Some("g1".into()),
            ..story(1, "en", text, body)
        },
        // Same translation group in the same edition (a corrected copy): never offered.
        Doc {
            translation_group: Some("g1".into()),
            ..story(2, "en", text, body)
        },
        story(3, "it", text, body),
        Doc {
            published_at: Some(NOW + DAY),
            ..story(4, "en", text, body)
        },
        Doc {
            status: "draft".into(),
            ..story(5, "en", text, body)
        },
        story(
            6,
            "en",
            "Typhoon season in the Philippines",
            "Another typhoon flooded towns.",
        ),
    ]);
    let index = index_with(&docs);
    let got = related(&index, 1);
    assert_eq!(got.first(), Some(&6), "{got:?}");
    for excluded in 1..=5 {
        assert!(!got.contains(&excluded), "{excluded} in {got:?}");
    }
}

#[test]
fn shared_headline_words_and_region_rank_first() {
    let mut docs = background(100, "en");
    docs.extend([
        Doc {
            regions: vec!["MM".into()],
            tags: vec!["coup".into()],
            ..story(
                1,
                "en",
                "Myanmar junta arrests journalists in Yangon",
                "Soldiers detained reporters covering protests against the junta.",
            )
        },
        Doc {
            regions: vec!["MM".into()],
            ..story(
                2,
                "en",
                "Junta in Myanmar jails more journalists",
                "Reporters remain detained in Yangon prisons.",
            )
        },
        Doc {
            regions: vec!["TH".into()],
            ..story(
                3,
                "en",
                "Bangkok hosts trade fair",
                "Exporters showed new products; journalists attended.",
            )
        },
        story(
            4,
            "en",
            "Rice prices stable",
            "Markets were calm across the region.",
        ),
    ]);
    let index = index_with(&docs);
    let got = related(&index, 1);
    assert_eq!(got.first(), Some(&2), "{got:?}");
    if let Some(unrelated) = got.iter().position(|&id| id == 3) {
        assert!(unrelated > 0);
    }
    assert!(!got.contains(&1));
}

#[test]
fn shared_region_breaks_ties_between_equally_similar_stories() {
    let mut docs = background(100, "en");
    let body = "Election results announced; the opposition won the vote.";
    docs.extend([
        Doc {
            regions: vec!["KR".into()],
            ..story(1, "en", "Election results in Seoul", body)
        },
        Doc {
            regions: vec!["JP".into()],
            ..story(2, "en", "Election results in Seoul", body)
        },
        Doc {
            regions: vec!["KR".into()],
            ..story(3, "en", "Election results in Seoul", body)
        },
    ]);
    let index = index_with(&docs);
    assert_eq!(related(&index, 1)[..2], [3, 2]);
}

#[test]
fn prefers_recent_stories_mildly() {
    let mut docs = background(100, "en");
    let body = "Monsoon rains flooded Dhaka; rivers burst their banks.";
    docs.extend([
        story(1, "en", "Monsoon floods in Bangladesh", body),
        Doc {
            published_at: Some(NOW - 3 * 365 * DAY),
            ..story(2, "en", "Monsoon floods in Bangladesh", body)
        },
        Doc {
            published_at: Some(NOW - 2 * DAY),
            ..story(3, "en", "Monsoon floods in Bangladesh", body)
        },
    ]);
    let index = index_with(&docs);
    assert_eq!(related(&index, 1)[..2], [3, 2]);
}

#[test]
fn chinese_related_stories() {
    let mut docs = background(100, "zh");
    docs.extend([
        story(
            1,
            "zh",
            "新疆维吾尔自治区的学生",
            "新疆的学生参加了考试，考试结果很好。",
        ),
        story(2, "zh", "新疆学生考试", "维吾尔族学生参加考试。"),
        story(3, "zh", "上海天气", "今天上海下雨，明天晴天。"),
        story(4, "zh", "北京交通", "北京的地铁很拥挤。"),
    ]);
    let index = index_with(&docs);
    assert_eq!(related(&index, 1).first(), Some(&2));
}

#[test]
fn unknown_story_and_zero_limit_give_nothing() {
    let index = index_with(&background(100, "en"));
    assert!(related(&index, 999).is_empty());
    assert!(index
        .related(100, &RelatedQuery { limit: 0, now: NOW })
        .unwrap()
        .is_empty());
}
