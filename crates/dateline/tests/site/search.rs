//! Search and "See also" end to end: stories go in through the importer (the store), the
//! change follower feeds each node's index, and readers ask the pages and the API.

use std::time::{Duration, Instant};

use crate::admin::{member, Browser};
use crate::helpers::*;

async fn ids(app: &TestApp, path: &str) -> Vec<i64> {
    let r = app.get(path).await;
    assert_eq!(r.status(), 200, "{path}");
    let v: serde_json::Value = r.json().await.unwrap();
    v["results"]
        .as_array()
        .unwrap_or_else(|| panic!("{path}: {v}"))
        .iter()
        .map(|h| h["id"].as_i64().unwrap())
        .collect()
}

async fn id_of(app: &TestApp, external: &str) -> i64 {
    app.store
        .article_by_external_id(external)
        .await
        .unwrap()
        .unwrap()
        .summary
        .id
}

/// Waits until `path` lists (or stops listing) `id`, and says how long it took.
async fn until_listed(app: &TestApp, path: &str, id: i64, listed: bool) -> Duration {
    let started = Instant::now();
    loop {
        if ids(app, path).await.contains(&id) == listed {
            return started.elapsed();
        }
        assert!(
            started.elapsed() < Duration::from_secs(5),
            "{path}: story {id} never {}",
            if listed { "appeared" } else { "went away" }
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

#[tokio::test]
async fn every_edition_finds_its_stories_in_its_own_language() {
    let app = spawn_app().await;
    let report = app
        .import(&[
            line(
                "zh",
                "zh",
                "新疆维吾尔自治区的学生被拘留",
                r#""body":"乌鲁木齐（通讯社）– 多名大学生在新疆被拘留。","regions":["CN"]"#,
            ),
            line(
                "mixed",
                "zh",
                "iPhone 在中国销量下跌",
                r#""body":"苹果公司的iPhone销量下降。","regions":["CN"]"#,
            ),
            line(
                "it",
                "it",
                "Le elezioni presidenziali rinviate",
                r#""body":"I presidenti delle commissioni hanno deciso il rinvio.","regions":["IT"]"#,
            ),
            line(
                "es",
                "es",
                "Detenidos tres periodistas",
                r#""body":"La policía detuvo a los reporteros.","regions":["VE"]"#,
            ),
            line(
                "en",
                "en",
                "Reporters arrested in Minsk",
                r#""body":"Three journalists were detained.","regions":["BY"]"#,
            ),
        ])
        .await;
    assert!(report.failed.is_empty(), "{:?}", report.failed);
    let zh = id_of(&app, "zh").await;
    let mixed = id_of(&app, "mixed").await;
    // Chinese words inside longer runs of characters.
    assert_eq!(
        ids(&app, &format!("/api/v1/search?q={}", q("维吾尔"))).await,
        [zh]
    );
    assert_eq!(
        ids(&app, &format!("/api/v1/search?q={}", q("学生"))).await,
        [zh]
    );
    assert_eq!(
        ids(&app, &format!("/api/v1/search?q={}&edition=zh", q("中国"))).await,
        [mixed]
    );
    assert_eq!(ids(&app, "/api/v1/search?q=IPHONE").await, [mixed]);
    // Inflected forms in Italian and Spanish, and accents folded.
    let it = id_of(&app, "it").await;
    assert_eq!(ids(&app, "/api/v1/search?q=elezione").await, [it]);
    assert_eq!(
        ids(&app, "/api/v1/search?q=presidente&edition=it").await,
        [it]
    );
    let es = id_of(&app, "es").await;
    assert_eq!(ids(&app, "/api/v1/search?q=periodista").await, [es]);
    assert_eq!(
        ids(&app, &format!("/api/v1/search?q={}", q("policia"))).await,
        [es]
    );
    // English stemming; and an edition filter keeps other editions out.
    let en = id_of(&app, "en").await;
    assert_eq!(ids(&app, "/api/v1/search?q=journalist+arrest").await, [en]);
    assert!(ids(&app, "/api/v1/search?q=journalist&edition=it")
        .await
        .is_empty());

    // The reader's page: in the edition's language, the match marked, the story linked.
    let html = app.html(&format!("/zh/search?q={}", q("维吾尔"))).await;
    assert!(html.contains("<mark>维吾尔</mark>"), "{html}");
    assert!(html.contains(&app.url_of("zh").await));
    assert!(html.contains("共 1 条结果"));
    let html = app.html("/it/search?q=calcio").await;
    assert!(html.contains("Nessun articolo corrisponde alla ricerca."));
    // Every page links to search.
    assert!(app.html("/es/").await.contains("href=\"/es/search\""));
}

#[tokio::test]
async fn phrases_exclusions_filters_sorting_and_paging() {
    let app = spawn_app().await;
    let mut lines = vec![
        line(
            "a",
            "en",
            "Human rights court rules",
            r#""regions":["TR"],"tags":["Courts"],"published_at":"2024-01-10T10:00:00Z""#,
        ),
        line(
            "b",
            "en",
            "Rights of humans in space",
            r#""regions":["US"],"tags":["Science"],"published_at":"2024-02-10T10:00:00Z""#,
        ),
        line(
            "c",
            "en",
            "Human rights and sport",
            r#""regions":["QA"],"tags":["Sport"],"published_at":"2024-03-10T10:00:00Z""#,
        ),
        line(
            "d",
            "en",
            "Court news",
            r#""regions":["FR"],"body":"A long day of hearings on human rights.","published_at":"2024-04-10T10:00:00Z""#,
        ),
    ];
    for i in 0..25 {
        lines.push(line(
            &format!("p{i}"),
            "en",
            &format!("Pagination story {i}"),
            &format!(r#""published_at":"2023-01-{:02}T10:00:00Z""#, i + 1),
        ));
    }
    assert!(app.import(&lines).await.failed.is_empty());
    let (a, b, c) = (
        id_of(&app, "a").await,
        id_of(&app, "b").await,
        id_of(&app, "c").await,
    );
    let d = id_of(&app, "d").await;
    let mut phrase = ids(&app, &format!("/api/v1/search?q={}", q("\"human rights\""))).await;
    // The headline counts most: the story with the words only in its body comes last.
    assert_eq!(phrase.last(), Some(&d), "{phrase:?}");
    phrase.sort();
    assert_eq!(phrase, [a, c, d]);
    let mut kept = ids(
        &app,
        &format!("/api/v1/search?q={}", q("\"human rights\" -sport")),
    )
    .await;
    kept.sort();
    assert_eq!(kept, [a, d]);
    assert_eq!(ids(&app, "/api/v1/search?q=rights&region=TR").await, [a]);
    assert_eq!(ids(&app, "/api/v1/search?q=rights&tag=science").await, [b]);
    assert_eq!(
        ids(
            &app,
            "/api/v1/search?q=rights&from=2024-02-01&to=2024-02-28"
        )
        .await,
        [b]
    );
    assert_eq!(
        ids(&app, "/api/v1/search?q=rights&sort=newest").await,
        [d, c, b, a]
    );

    let page1: serde_json::Value = app.json("/api/v1/search?q=pagination&per_page=10").await;
    assert_eq!(page1["total"], 25);
    assert_eq!(page1["results"].as_array().unwrap().len(), 10);
    let next = page1["next"].as_str().unwrap().to_string();
    assert!(next.contains("page=2"), "{next}");
    let page3: serde_json::Value = app
        .json("/api/v1/search?q=pagination&per_page=10&page=3")
        .await;
    assert_eq!(page3["results"].as_array().unwrap().len(), 5);
    assert!(page3["next"].is_null());
    let first = page1["results"][0]["snippet_html"].as_str().unwrap();
    assert!(!first.contains("<script"));

    // The reader's page pages too.
    let html = app.html("/en/search?q=pagination").await;
    assert!(html.contains("25 results") && html.contains("rel=\"next\""));

    // Bad API parameters are named; the page drops a bad filter and says so.
    for (query, parameter) in [
        ("q=x&edition=fr", "edition"),
        ("q=x&region=xyz", "region"),
        ("q=x&from=yesterday", "from"),
        ("q=x&sort=random", "sort"),
        ("q=x&per_page=1000", "per_page"),
        ("edition=en", "q"),
        // The API takes exactly what its description says: no empty filter, no sign.
        ("q=x&region=", "region"),
        ("q=x&region=%20tr", "region"),
        ("q=x&tag=", "tag"),
        ("q=x&from=", "from"),
        ("q=x&to=", "to"),
        ("q=x&sort=", "sort"),
        ("q=x&page=%2B2", "page"),
        ("q=x&to=2024-02-01T10:00Z", "to"),
    ] {
        let r = app.get(&format!("/api/v1/search?{query}")).await;
        assert_eq!(r.status(), 400, "{query}");
        let v: serde_json::Value = r.json().await.unwrap();
        assert_eq!(v["parameter"], parameter, "{query}: {v}");
    }
    let r = app.get("/en/search?q=rights&from=yesterday").await;
    assert_eq!(r.status(), 200);
    let html = r.text().await.unwrap();
    assert!(html.contains("An invalid date was ignored") && html.contains("4 results"));
}

#[tokio::test]
async fn any_input_gets_results_or_a_clear_message() {
    let app = spawn_app().await;
    assert!(app
        .import(&[line("s", "en", "Storm over the harbour", "")])
        .await
        .failed
        .is_empty());
    let long = "word ".repeat(2_100);
    for input in [
        "\"unbalanced",
        "-",
        "--",
        "\"",
        "\"\"",
        "- -x",
        "AND OR NOT",
        "title:foo",
        "*",
        "(((",
        ")))",
        "!!!???",
        "🙂🙂",
        "%",
        "\\",
        "<script>alert(1)</script>",
        "harbour -",
        long.as_str(),
    ] {
        let r = app.get(&format!("/en/search?q={}", q(input))).await;
        assert_eq!(r.status(), 200, "the page for {input:.40?}");
        let html = r.text().await.unwrap();
        assert!(
            !html.contains("<script>alert"),
            "{input:.40?} reached the page unescaped"
        );
        let r = app.get(&format!("/api/v1/search?q={}", q(input))).await;
        assert!(
            r.status() == 200 || r.status() == 400,
            "the API for {input:.40?}: {}",
            r.status()
        );
    }
    let v = app.json(&format!("/api/v1/search?q={}", q(&long))).await;
    assert!(v["notice"].as_str().unwrap().contains("500"), "{v}");
    assert_eq!(
        ids(&app, &format!("/api/v1/search?q={}", q("harbour -")))
            .await
            .len(),
        1
    );
}

#[tokio::test]
async fn stories_reach_search_within_a_second_and_leave_it_as_fast() {
    let app = spawn_app().await;
    let lines = [line("s", "en", "Protest in Tbilisi", r#""regions":["GE"]"#)];
    app.import(&lines).await;
    let id = id_of(&app, "s").await;
    let path = "/api/v1/search?q=tbilisi";
    assert!(until_listed(&app, path, id, true).await < Duration::from_secs(1));

    // An update is searchable by its new words.
    app.import(&[line(
        "s",
        "en",
        "Protest in Tbilisi",
        r#""regions":["GE"],"body":"Thousands marched on Rustaveli Avenue.""#,
    )])
    .await;
    assert!(
        until_listed(&app, "/api/v1/search?q=rustaveli", id, true).await < Duration::from_secs(1)
    );

    // Unpublished: gone from public search.
    app.import(&[line(
        "s",
        "en",
        "Protest in Tbilisi",
        r#""regions":["GE"],"status":"unpublished""#,
    )])
    .await;
    assert!(until_listed(&app, path, id, false).await < Duration::from_secs(1));

    // Drafts and embargoed stories never show publicly, but the newsroom finds them.
    let tomorrow = (jiff::Timestamp::now() + jiff::SignedDuration::from_hours(24)).to_string();
    app.import(&[
        line("draft", "en", "Draft about Batumi", r#""status":"draft""#),
        line(
            "embargo",
            "en",
            "Embargoed story on Batumi",
            &format!(r#""published_at":"{tomorrow}""#),
        ),
    ])
    .await;
    let draft = id_of(&app, "draft").await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(ids(&app, "/api/v1/search?q=batumi").await.is_empty());
    assert!(!app.html("/en/search?q=batumi").await.contains("Batumi</a>"));
    let editor = member(&app, "desk@example.org", "editor", &[]).await;
    let html = editor
        .get("/admin/search?q=batumi")
        .await
        .text()
        .await
        .unwrap();
    assert!(html.contains(&format!("/admin/articles/{draft}")), "{html}");
    assert!(
        html.contains("Embargoed story on <mark>Batumi</mark>")
            || html.contains("Embargoed story on"),
        "{html}"
    );
    assert!(html.contains("<td>draft</td>"));
    // Signed-out readers cannot use the newsroom's search.
    assert_eq!(app.get("/admin/search?q=batumi").await.status(), 303);
}

#[tokio::test]
async fn see_also_offers_similar_stories_and_the_editors_pins_first() {
    let app = spawn_app().await;
    let lines = [
        line(
            "dam",
            "en",
            "Dam on the Mekong floods villages",
            r#""regions":["LA"],"translation_group":"mekong-dam","body":"The new dam on the Mekong river flooded villages; farmers lost rice fields to the reservoir.","published_at":"2024-05-01T10:00:00Z""#,
        ),
        line(
            "dam2",
            "en",
            "Mekong dam reservoir displaces farmers",
            r#""regions":["KH"],"body":"Farmers displaced by the Mekong dam reservoir ask for compensation for their rice fields.","published_at":"2024-05-02T10:00:00Z""#,
        ),
        line(
            "chess",
            "en",
            "Chess olympiad opens in Budapest",
            r#""regions":["HU"],"body":"Players from 180 countries met for the chess olympiad.","published_at":"2024-05-03T10:00:00Z""#,
        ),
        line(
            "dam-it",
            "it",
            "La diga sul Mekong allaga i villaggi",
            r#""regions":["LA"],"translation_group":"mekong-dam","body":"La nuova diga sul fiume Mekong.","published_at":"2024-05-01T11:00:00Z""#,
        ),
        line(
            "other-it",
            "it",
            "Diga sul Mekong: i contadini protestano",
            r#""regions":["LA"],"body":"Diga e riso.","published_at":"2024-05-02T11:00:00Z""#,
        ),
    ];
    let report = app.import(&lines).await;
    assert!(report.failed.is_empty(), "{:?}", report.failed);
    let (dam, dam2, chess) = (
        id_of(&app, "dam").await,
        id_of(&app, "dam2").await,
        id_of(&app, "chess").await,
    );
    let related = |v: serde_json::Value| -> Vec<i64> {
        v["related"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["id"].as_i64().unwrap())
            .collect()
    };
    let list = related(
        app.json(&format!("/api/v1/articles/{dam}/related?limit=5"))
            .await,
    );
    assert_eq!(list.first(), Some(&dam2), "{list:?}");
    assert!(!list.contains(&dam), "itself");
    assert!(
        !list.contains(&id_of(&app, "dam-it").await)
            && !list.contains(&id_of(&app, "other-it").await),
        "other editions"
    );
    let page = app.html(&app.url_of("dam").await).await;
    let see_also = between(&page, "<aside class=\"see-also\"", "</aside>");
    assert!(
        see_also.find("Mekong dam reservoir").unwrap()
            < see_also.find("Chess olympiad").unwrap_or(usize::MAX)
    );

    // An editor pins the chess story: it comes first, on the page and in the API.
    let editor = member(&app, "desk@example.org", "editor", &[]).await;
    let csrf = editor
        .csrf(&format!("/admin/articles/{dam}/see-also"))
        .await;
    let chess_url = app.url_of("chess").await;
    let r = editor
        .post(
            &format!("/admin/articles/{dam}/see-also"),
            &[
                ("csrf", &csrf),
                ("pins", &format!("http://127.0.0.1:8080{chess_url}")),
            ],
        )
        .await;
    assert_eq!(r.status(), 303);
    assert_eq!(
        related(
            app.json(&format!("/api/v1/articles/{dam}/related?limit=5"))
                .await
        )[0],
        chess
    );
    // Every node drops its cached page: the pin shows at once.
    let url = app.url_of("dam").await;
    let started = Instant::now();
    loop {
        let page = app.html(&url).await;
        let see_also = between(&page, "<aside class=\"see-also\"", "</aside>");
        let chess_at = see_also.find("Chess olympiad");
        if chess_at.is_some() && chess_at < see_also.find("Mekong dam reservoir") {
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(5),
            "the pin never reached the page: {see_also}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    // Mistakes are named and nothing is lost.
    let r = editor
        .post(
            &format!("/admin/articles/{dam}/see-also"),
            &[("csrf", &csrf), ("pins", "/en/2024/05/01/no-such-story")],
        )
        .await;
    assert_eq!(r.status(), 422);
    let html = r.text().await.unwrap();
    assert!(html.contains("Line 1: no story has the address") && html.contains("no-such-story"));
    let other_it = id_of(&app, "other-it").await;
    let r = editor
        .post(
            &format!("/admin/articles/{dam}/see-also"),
            &[("csrf", &csrf), ("pins", &other_it.to_string())],
        )
        .await;
    assert!(r.text().await.unwrap().contains("See also stays within en"));
    assert_eq!(
        related(
            app.json(&format!("/api/v1/articles/{dam}/related?limit=5"))
                .await
        )[0],
        chess
    );
    // Contributors do not choose.
    let writer = member(&app, "writer@example.org", "contributor", &[]).await;
    let csrf = writer
        .csrf(&format!("/admin/articles/{dam}/see-also"))
        .await;
    let r = writer
        .post(
            &format!("/admin/articles/{dam}/see-also"),
            &[("csrf", &csrf), ("pins", "")],
        )
        .await;
    assert_eq!(r.status(), 403);

    assert_eq!(
        app.get("/api/v1/articles/999999/related").await.status(),
        404
    );
    assert_eq!(
        app.get(&format!("/api/v1/articles/{dam}/related?limit=0"))
            .await
            .status(),
        400
    );
    let _ = Browser::new(&app);
}

/// The binary's log line saying where it serves.
fn served_port(log: &std::path::Path) -> Option<u16> {
    let text = std::fs::read_to_string(log).ok()?;
    let at = text.find("Dateline is serving http://127.0.0.1:")?;
    let rest = &text[at + "Dateline is serving http://127.0.0.1:".len()..];
    rest.split('/').next()?.parse().ok()
}

#[tokio::test]
async fn reindex_rebuilds_and_a_damaged_index_is_rebuilt_on_start() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let file = dir.path().join("a.jsonl");
    let lines: Vec<String> = (0..30)
        .map(|i| {
            line(
                &format!("s{i}"),
                "en",
                &format!("Harbour story number {i}"),
                "",
            )
        })
        .collect();
    std::fs::write(&file, lines.join("\n")).unwrap();
    let bin = env!("CARGO_BIN_EXE_dateline");
    let run = |args: &[&str]| {
        let out = std::process::Command::new(bin)
            .arg("--data")
            .arg(&data)
            .args(args)
            .env("DATELINE_MAIL_SCHEDULE", "off")
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    };
    run(&["import", file.to_str().unwrap()]);
    let out = run(&["reindex"]);
    assert!(out.contains("30 stories indexed"), "{out}");

    // Damage the index; the server notices, serves at once, and rebuilds behind.
    std::fs::write(data.join("search").join("meta.json"), b"{ not json").unwrap();
    let log = dir.path().join("serve.log");
    let mut server = std::process::Command::new(bin)
        .arg("--data")
        .arg(&data)
        .args(["serve", "--listen", "127.0.0.1:0"])
        .env("DATELINE_MAIL_SCHEDULE", "off")
        .stderr(std::fs::File::create(&log).unwrap())
        .spawn()
        .unwrap();
    let started = Instant::now();
    let port = loop {
        if let Some(port) = served_port(&log) {
            break port;
        }
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "{}",
            std::fs::read_to_string(&log).unwrap()
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    let client = reqwest::Client::new();
    let mut total = 0;
    while started.elapsed() < Duration::from_secs(30) && total < 30 {
        let v: serde_json::Value = client
            .get(format!(
                "http://127.0.0.1:{port}/api/v1/search?q=harbour&per_page=1"
            ))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        total = v["total"].as_u64().unwrap();
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    // The health check says when the rebuild is over (a load balancer or a script can wait
    // for it).
    let mut state = serde_json::Value::Null;
    while started.elapsed() < Duration::from_secs(30) && state != "ready" {
        let health: serde_json::Value = client
            .get(format!("http://127.0.0.1:{port}/health"))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        state = health["search_index"].clone();
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    server.kill().unwrap();
    server.wait().unwrap();
    assert_eq!(total, 30, "{}", std::fs::read_to_string(&log).unwrap());
    assert_eq!(state, "ready");
    let log = std::fs::read_to_string(&log).unwrap();
    assert!(log.contains("unusable"), "{log}");
}
