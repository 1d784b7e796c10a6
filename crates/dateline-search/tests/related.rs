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

/// Many stories over several segments, some replaced (deleted documents still counted in
/// document frequencies), in four editions, with translations, drafts, embargoes, regions and
/// tags: the batch used by the static export gives exactly what the single call gives.
#[test]
fn batch_equals_single() {
    const SYLLABLES: [&str; 12] = [
        "ka", "lo", "mi", "ne", "su", "ta", "ri", "po", "da", "ve", "go", "zu",
    ];
    const HAN: [&str; 12] = [
        "选", "举", "抗", "议", "法", "院", "记", "者", "监", "狱", "边", "境",
    ];
    // Words of a topic's own band and of a common band, so that document frequencies vary.
    let text = |seed: usize, n: usize, zh: bool| -> String {
        (0..n)
            .map(|i| {
                let mix = (seed * 31 + i * i * 7 + i * 13) % 101;
                let k = if mix.is_multiple_of(3) {
                    (seed % 12) * 40 + mix % 40
                } else {
                    500 + mix * 3 % 150
                };
                let syllables = if zh { &HAN } else { &SYLLABLES };
                let mut word = String::new();
                let mut n = k + 12;
                while n > 0 {
                    word.push_str(syllables[n % 12]);
                    n /= 12;
                }
                word
            })
            .collect::<Vec<_>>()
            .join(if zh { "，" } else { " " })
    };
    let editions = ["en", "it", "es", "zh"];
    let make = |id: i64, version: usize| {
        let i = id as usize;
        let edition = editions[i % 4];
        let zh = edition == "zh";
        Doc {
            id,
            edition: edition.into(),
            status: if i.is_multiple_of(17) {
                "draft"
            } else {
                "published"
            }
            .into(),
            published_at: Some(if i.is_multiple_of(23) {
                NOW + DAY
            } else {
                NOW - (i as i64 % 50) * DAY
            }),
            headline: text(i / 3 + version, 6, zh),
            standfirst: text(i / 5, 12, zh),
            body: text(i + version, 40 + i % 30, zh),
            regions: vec![["AL", "IR", "BY", "CN"][i % 4].into()],
            tags: vec![["rights", "courts", "press"][i % 3].into()],
            translation_group: (i % 6 < 2).then(|| format!("g{}", i / 8)),
        }
    };
    let index = dateline_search::SearchIndex::in_memory();
    for id in 1..=240 {
        index.upsert(&make(id, 0)).unwrap();
        if id % 60 == 0 {
            index.commit().unwrap();
        }
    }
    for id in (5..=240).step_by(9) {
        index.upsert(&make(id, 1)).unwrap();
    }
    index.commit().unwrap();
    for now in [NOW, NOW - 20 * DAY] {
        let batch = index.related_batch(now).unwrap();
        for id in 0..=241 {
            for limit in [5, 8] {
                let single = index.related(id, &RelatedQuery { limit, now }).unwrap();
                assert_eq!(
                    batch.related(id, limit).unwrap(),
                    single,
                    "story {id}, limit {limit}"
                );
            }
        }
    }
    assert!(
        !related(&index, 7).is_empty(),
        "the stories have something in common"
    );
}
