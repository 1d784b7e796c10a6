//! Editions and what carries a story to search engines: dates in each edition's form, a fifth
//! edition added by configuration and one message file, `hreflang` alternates, canonical
//! addresses, schema.org `NewsArticle` JSON-LD, OpenGraph and Twitter card tags.

use dateline_core::Edition;

use crate::helpers::*;

const BASE: &str = "http://127.0.0.1:8080";

/// The `content` of `<meta {attr}="{name}" content="...">`, every occurrence.
fn metas(html: &str, attr: &str, name: &str) -> Vec<String> {
    let start = format!("<meta {attr}=\"{name}\" content=\"");
    html.match_indices(&start)
        .map(|(i, _)| {
            let rest = &html[i + start.len()..];
            rest[..rest.find('"').unwrap()].to_string()
        })
        .collect()
}

fn meta(html: &str, attr: &str, name: &str) -> String {
    let all = metas(html, attr, name);
    assert_eq!(all.len(), 1, "{attr}={name}: {all:?}");
    all[0].clone()
}

/// `(hreflang, href)` of every alternate link in the head.
fn alternates(html: &str) -> Vec<(String, String)> {
    let start = "<link rel=\"alternate\" hreflang=\"";
    html.match_indices(start)
        .map(|(i, _)| {
            let rest = &html[i + start.len()..];
            let lang = &rest[..rest.find('"').unwrap()];
            let href = between(rest, "href=\"", "\"");
            (lang.to_string(), href.to_string())
        })
        .collect()
}

fn json_ld(html: &str) -> serde_json::Value {
    let text = between(html, "<script type=\"application/ld+json\">", "</script>");
    serde_json::from_str(text).unwrap_or_else(|e| panic!("JSON-LD does not parse ({e}): {text}"))
}

async fn correct(app: &TestApp, record: &str, note: &str) {
    let mut input =
        dateline_core::import::parse_line(record, |_| Some("Europe/London".into())).unwrap();
    input.correction = Some(note.into());
    app.store
        .save(&dateline_core::Prepared::new(input), None)
        .await
        .unwrap();
    app.settled().await;
}

#[tokio::test]
async fn the_article_page_describes_itself_as_a_news_article() {
    let app = spawn_app().await;
    let body = r#"The ministry confirmed the expulsions.\n\n<figure><img src=\"/media/7/1200.jpg\" alt=\"The ministry\"></figure>\n\nA second paragraph."#;
    let main = line(
        "main",
        "en",
        "Albania expels Iran's diplomats",
        &format!(
            r#""body":"{body}","authors":["Anna Rossi","Li Wei"],"tags":["Diplomacy","Cyber security"],"regions":["AL","IR"],"translation_group":"g","published_at":"2022-08-09T17:44:00+02:00""#
        ),
    );
    app.import(&[
        main.clone(),
        line(
            "it",
            "it",
            "L'Albania espelle i diplomatici iraniani",
            r#""translation_group":"g""#,
        ),
        line(
            "hk",
            "en",
            "Court rules on the protest case",
            r#""dateline":"Hong Kong","regions":["HK"],"tags":[]"#,
        ),
        line(
            "bad",
            "en",
            "Who wrote </script><script>alert(1)</script> here?",
            r#""standfirst":"A <b>&</b> \"quoted\" </script> standfirst.""#,
        ),
    ])
    .await;
    correct(
        &app,
        &main,
        "An earlier version gave the wrong number of diplomats.",
    )
    .await;
    let url = app.url_of("main").await;
    let html = app.html(&url).await;
    let absolute = format!("{BASE}{url}");

    let ld = json_ld(&html);
    assert_eq!(ld["@context"], "https://schema.org");
    assert_eq!(ld["@type"], "NewsArticle");
    assert_eq!(ld["headline"], "Albania expels Iran's diplomats");
    assert_eq!(
        ld["description"],
        "Standfirst: Albania expels Iran's diplomats."
    );
    assert_eq!(ld["url"], absolute);
    assert_eq!(ld["mainEntityOfPage"]["@id"], absolute);
    assert_eq!(ld["datePublished"], "2022-08-09T16:44:00+01:00");
    let modified = ld["dateModified"].as_str().unwrap();
    assert!(modified > "2025" && modified.len() == 25, "{modified}");
    assert_eq!(ld["inLanguage"], "en");
    assert_eq!(ld["isAccessibleForFree"], true);
    assert_eq!(
        ld["author"],
        serde_json::json!([
            { "@type": "Person", "name": "Anna Rossi" },
            { "@type": "Person", "name": "Li Wei" }
        ])
    );
    assert_eq!(ld["publisher"]["@type"], "NewsMediaOrganization");
    assert_eq!(ld["publisher"]["name"], "Agenzia");
    let logo = ld["publisher"]["logo"]["url"].as_str().unwrap();
    assert!(logo.starts_with(&format!("{BASE}/static/logo.")), "{logo}");
    let served = app.get(logo.strip_prefix(BASE).unwrap()).await;
    assert_eq!(served.status(), 200);
    assert_eq!(served.headers()["content-type"], "image/svg+xml");
    assert_eq!(
        ld["image"],
        serde_json::json!([format!("{BASE}/media/7/1200.jpg")])
    );
    assert_eq!(ld["locationCreated"]["@type"], "Place");
    assert_eq!(ld["locationCreated"]["name"], "Tirana");
    assert!(
        ld["locationCreated"].get("address").is_none(),
        "Tirana names no country"
    );
    assert_eq!(ld["correction"]["@type"], "CorrectionComment");
    assert_eq!(
        ld["correction"]["text"],
        "An earlier version gave the wrong number of diplomats."
    );
    let corrected = ld["correction"]["datePublished"].as_str().unwrap();
    assert!(
        html.contains(&format!("<time datetime=\"{corrected}\">")),
        "{corrected}"
    );

    // OpenGraph and Twitter card.
    assert_eq!(meta(&html, "property", "og:type"), "article");
    assert_eq!(meta(&html, "property", "og:site_name"), "Agenzia");
    assert_eq!(
        meta(&html, "property", "og:title"),
        "Albania expels Iran&#39;s diplomats"
    );
    assert_eq!(
        meta(&html, "property", "og:description"),
        "Standfirst: Albania expels Iran&#39;s diplomats."
    );
    assert_eq!(meta(&html, "property", "og:url"), absolute);
    assert_eq!(meta(&html, "property", "og:locale"), "en_GB");
    assert_eq!(meta(&html, "property", "og:locale:alternate"), "it_IT");
    assert_eq!(
        meta(&html, "property", "og:image"),
        format!("{BASE}/media/7/1200.jpg")
    );
    assert_eq!(
        meta(&html, "property", "article:published_time"),
        "2022-08-09T16:44:00+01:00"
    );
    assert_eq!(meta(&html, "property", "article:modified_time"), modified);
    assert_eq!(
        metas(&html, "property", "article:tag"),
        ["Diplomacy", "Cyber security"]
    );
    assert_eq!(meta(&html, "name", "twitter:card"), "summary_large_image");
    assert_eq!(
        meta(&html, "name", "twitter:title"),
        "Albania expels Iran&#39;s diplomats"
    );
    assert_eq!(
        meta(&html, "name", "twitter:description"),
        "Standfirst: Albania expels Iran&#39;s diplomats."
    );
    assert_eq!(
        meta(&html, "name", "twitter:image"),
        format!("{BASE}/media/7/1200.jpg")
    );

    // A dateline naming a country gives that country; no image, a plain summary card.
    let hk = app.html(&app.url_of("hk").await).await;
    let ld = json_ld(&hk);
    assert_eq!(ld["locationCreated"]["name"], "Hong Kong");
    assert_eq!(ld["locationCreated"]["address"]["addressCountry"], "HK");
    assert!(ld.get("image").is_none() && ld.get("correction").is_none());
    assert_eq!(meta(&hk, "name", "twitter:card"), "summary");
    assert!(metas(&hk, "property", "og:image").is_empty());
    assert!(metas(&hk, "property", "article:tag").is_empty());

    // A headline that tries to end the data block stays inside it.
    let bad = app.html(&app.url_of("bad").await).await;
    let ld = json_ld(&bad);
    assert_eq!(
        ld["headline"],
        "Who wrote </script><script>alert(1)</script> here?"
    );
    assert_eq!(
        ld["description"],
        "A <b>&</b> \"quoted\" </script> standfirst."
    );
    assert_eq!(
        bad.matches("<script").count(),
        2,
        "site.js and the data block only"
    );
}

#[tokio::test]
async fn translations_are_linked_by_hreflang_and_every_page_has_a_canonical_address() {
    let app = spawn_app().await;
    app.import(&[
        line(
            "it",
            "it",
            "L'Albania rompe con l'Iran",
            r#""translation_group":"g""#,
        ),
        line(
            "en",
            "en",
            "Albania cuts ties with Iran",
            r#""translation_group":"g""#,
        ),
        line(
            "zh",
            "zh",
            "阿尔巴尼亚与伊朗断交",
            r#""translation_group":"g""#,
        ),
        line(
            "alone",
            "it",
            "Solo in italiano",
            r#""regions":["IT"],"tags":["Solo"]"#,
        ),
    ])
    .await;
    let urls = [
        app.url_of("it").await,
        app.url_of("en").await,
        app.url_of("zh").await,
    ];
    let expected: Vec<(String, String)> =
        [("it", &urls[0]), ("en", &urls[1]), ("zh-Hans", &urls[2])]
            .iter()
            .map(|(l, u)| (l.to_string(), format!("{BASE}{u}")))
            .chain([("x-default".to_string(), format!("{BASE}{}", urls[1]))])
            .collect();
    for url in &urls {
        let html = app.html(url).await;
        assert_eq!(alternates(&html), expected, "{url}");
        assert!(html.contains(&format!("<link rel=\"canonical\" href=\"{BASE}{url}\">")));
        // The visible links to the other versions.
        let links = between(&html, "<p class=\"translations\">", "</p>");
        for other in urls.iter().filter(|u| *u != url) {
            assert!(links.contains(&format!("<a href=\"{other}\"")), "{links}");
        }
        assert!(!links.contains(&format!("<a href=\"{url}\"")));
    }

    // A story in one edition only: no alternates, no translations, and nowhere else.
    let alone = app.url_of("alone").await;
    let html = app.html(&alone).await;
    assert!(alternates(&html).is_empty());
    assert!(!html.contains("class=\"translations\""));
    for edition in ["en", "es", "zh"] {
        let elsewhere = alone.replacen("/it/", &format!("/{edition}/"), 1);
        assert_eq!(app.get(&elsewhere).await.status(), 404, "{elsewhere}");
        for page in ["/", "/archive", "/2022/08", "/region/it"] {
            let r = app.get(&format!("/{edition}{page}")).await;
            let text = r.text().await.unwrap();
            assert!(!text.contains("Solo in italiano"), "/{edition}{page}");
        }
        let api = app
            .json(&format!("/api/v1/articles?edition={edition}"))
            .await;
        assert!(!api.to_string().contains("Solo in italiano"));
    }
    assert!(app.html("/it/").await.contains("Solo in italiano"));

    // Every public page names its canonical, absolute address.
    let id = app.json("/api/v1/articles?edition=it&per_page=1").await["articles"][0]["id"]
        .as_i64()
        .unwrap();
    for (path, canonical) in [
        ("/it/".to_string(), "/it/".to_string()),
        ("/it/?page=1".to_string(), "/it/".to_string()),
        (alone.clone(), alone.clone()),
        (format!("{alone}/print"), alone.clone()),
        ("/it/region/it".to_string(), "/it/region/it".to_string()),
        ("/it/tag/solo".to_string(), "/it/tag/solo".to_string()),
        ("/it/archive".to_string(), "/it/archive".to_string()),
        ("/it/2022".to_string(), "/it/2022".to_string()),
        ("/it/2022/08".to_string(), "/it/2022/08".to_string()),
        ("/it/2022/08/09".to_string(), "/it/2022/08/09".to_string()),
        ("/it/search?q=albania".to_string(), "/it/search".to_string()),
        ("/it/newsletter".to_string(), "/it/newsletter".to_string()),
        (format!("/it/send/{id}"), format!("/it/send/{id}")),
    ] {
        let html = app.html(&path).await;
        let found: Vec<&str> = html
            .match_indices("<link rel=\"canonical\" href=\"")
            .map(|(i, m)| between(&html[i + m.len() - 1..], "\"", "\""))
            .collect();
        assert_eq!(found, [format!("{BASE}{canonical}")], "{path}");
    }
}

#[tokio::test]
async fn each_edition_writes_the_date_its_own_way() {
    let app = spawn_app().await;
    app.import(&[
        line(
            "it",
            "it",
            "L'Albania rompe con l'Iran",
            r#""translation_group":"g""#,
        ),
        line(
            "en",
            "en",
            "Albania cuts ties with Iran",
            r#""translation_group":"g""#,
        ),
        line(
            "es",
            "es",
            "Albania rompe con Irán",
            r#""translation_group":"g""#,
        ),
        line(
            "zh",
            "zh",
            "阿尔巴尼亚与伊朗断交",
            r#""translation_group":"g""#,
        ),
    ])
    .await;
    // 2022-08-09T17:44:00+02:00 is 15:44 UTC.
    for (id, time) in [
        (
            "it",
            "<time datetime=\"2022-08-09T17:44:00+02:00\">09/08/2022, 17.44</time>",
        ),
        (
            "en",
            "<time datetime=\"2022-08-09T16:44:00+01:00\">9 August 2022, 16:44</time>",
        ),
        (
            "es",
            "<time datetime=\"2022-08-09T17:44:00+02:00\">9 de agosto de 2022, 17:44</time>",
        ),
        (
            "zh",
            "<time datetime=\"2022-08-09T23:44:00+08:00\">2022年8月9日 23:44</time>",
        ),
    ] {
        let url = app.url_of(id).await;
        let html = app.html(&url).await;
        let head = between(&html, "<p class=\"dateline-time\">", "</p>");
        assert_eq!(head, time, "{id}");
    }
    for (edition, heading) in [
        ("it", "Agosto 2022"),
        ("en", "August 2022"),
        ("es", "Agosto de 2022"),
        ("zh", "2022年8月"),
    ] {
        let html = app.html(&format!("/{edition}/2022/08")).await;
        assert!(
            html.contains(&format!("<h1 class=\"list-heading\">{heading}</h1>")),
            "{edition}: {html}"
        );
    }
}

fn french() -> Edition {
    Edition {
        code: "fr".into(),
        name: "Français".into(),
        language: "fr".into(),
        locale: "fr_FR".into(),
        time_zone: "Europe/Paris".into(),
        date_format: "{d} {month} {yyyy}".into(),
        datetime_format: "{d} {month} {yyyy} à {HH} h {MM}".into(),
        motto: "Les nouvelles que les frontières n'arrêtent pas".into(),
        position: 5,
    }
}

const FR_FTL: &str = "\
# Part of the French text: what is left out is shown in English.
latest = Dernières nouvelles
see_also = Voir aussi
archive = Archives
home = Une
search = Rechercher
send_to_friend = Envoyer à un ami
newsletter = Lettre d'information
translations = Lire en
month_1 = janvier
month_2 = février
month_3 = mars
month_4 = avril
month_5 = mai
month_6 = juin
month_7 = juillet
month_8 = août
month_9 = septembre
month_10 = octobre
month_11 = novembre
month_12 = décembre
month_year = { $month } { $year }
results_count =
    { $n ->
        [one] { $n } résultat
       *[other] { $n } résultats
    }
";

#[tokio::test]
async fn a_fifth_edition_is_configuration_and_one_message_file_on_sqlite() {
    a_fifth_edition_is_configuration_and_one_message_file(Backend::Sqlite).await;
}

#[tokio::test]
async fn a_fifth_edition_is_configuration_and_one_message_file_on_postgres() {
    a_fifth_edition_is_configuration_and_one_message_file(Backend::Postgres).await;
}

async fn a_fifth_edition_is_configuration_and_one_message_file(backend: Backend) {
    let messages = tempfile::tempdir().unwrap();
    std::fs::write(messages.path().join("fr.ftl"), FR_FTL).unwrap();
    let dir = messages.path().to_path_buf();
    let app = spawn_app_with(backend, |s| {
        s.editions = vec![french()];
        s.messages_dir = Some(dir);
    })
    .await;
    app.import(&[
        line(
            "en",
            "en",
            "Albania cuts ties with Iran",
            r#""translation_group":"g""#,
        ),
        line(
            "fr",
            "fr",
            "L'Albanie rompt avec l'Iran",
            r#""translation_group":"g""#,
        ),
        line("fr-2", "fr", "Trois journaux fermés à Tirana", ""),
    ])
    .await;

    // Reported at start (and logged): the keys fr.ftl lacks, which are shown in English.
    let warnings = &app.state.site.message_warnings;
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(warnings[0].file.ends_with("fr.ftl"), "{:?}", warnings[0]);
    assert!(warnings[0].missing.iter().any(|k| k == "skip"));
    assert!(!warnings[0].missing.iter().any(|k| k == "latest"));
    let front = app.html("/fr/").await;
    assert!(front.starts_with("<!DOCTYPE html>\n<html lang=\"fr\">"));
    assert!(front.contains("Dernières nouvelles"), "{front}");
    assert!(front.contains(">Une</a>") && front.contains(">Archives</a>"));
    assert!(front.contains("Les nouvelles que les frontières n&#39;arrêtent pas"));
    assert!(front.contains("L&#39;Albanie rompt avec l&#39;Iran"));
    // A key the file lacks is shown in English.
    assert!(front.contains(">Skip to content</a>"), "{front}");
    // Every edition's switcher offers the new one.
    assert!(app
        .html("/en/")
        .await
        .contains("<a href=\"/fr/\" lang=\"fr\" hreflang=\"fr\">Français</a>"));

    let url = app.url_of("fr").await;
    assert!(url.starts_with("/fr/2022/08/09/"), "{url}");
    let html = app.html(&url).await;
    assert!(
        html.contains("<time datetime=\"2022-08-09T17:44:00+02:00\">9 août 2022 à 17 h 44</time>"),
        "{html}"
    );
    assert!(html.contains(">Envoyer à un ami</a>"));
    assert!(html.contains("<p class=\"translations\">Lire en: <a href=\"/en/"));
    assert_eq!(meta(&html, "property", "og:locale"), "fr_FR");
    assert_eq!(json_ld(&html)["inLanguage"], "fr");
    assert!(alternates(&app.html(&app.url_of("en").await).await)
        .contains(&("fr".to_string(), format!("{BASE}{url}"))));
    // Countries are named (in English until the store has French names), so region pages work.
    assert!(app.html("/fr/region/al").await.contains("Albania"));
    assert!(app
        .html("/fr/2022/08")
        .await
        .contains("<h1 class=\"list-heading\">Août 2022</h1>"));
    let search = app.html("/fr/search?q=Albanie").await;
    assert!(search.contains("1 résultat"), "{search}");
    // Searched in French: the singular finds the plural ("journal", "journaux"), which
    // English stemming would not join.
    let search = app.html("/fr/search?q=journal").await;
    assert!(search.contains("1 résultat"), "{search}");
    assert!(search.contains("fermés à Tirana"), "{search}");
}

#[tokio::test]
async fn a_message_file_with_a_mistake_stops_the_start_naming_file_and_line() {
    let messages = tempfile::tempdir().unwrap();
    std::fs::write(
        messages.path().join("fr.ftl"),
        "latest = Dernières nouvelles\n\nsee_also Voir aussi\n",
    )
    .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("site.db").display());
    let store = dateline_store::Store::open(&url, 2).await.unwrap();
    store.seed_reference_data().await.unwrap();
    let mut settings = dateline_web::Settings::new(&url);
    settings.listen = "127.0.0.1:0".into();
    settings.editions = vec![french()];
    settings.messages_dir = Some(messages.path().to_path_buf());
    let err = match dateline_web::Application::build_with_store(settings, store).await {
        Ok(_) => panic!("a broken message file was accepted"),
        Err(e) => format!("{e:#}"),
    };
    let file = messages.path().join("fr.ftl");
    assert!(
        err.contains(&format!("message file {}, line 3:", file.display())),
        "{err}"
    );
}
