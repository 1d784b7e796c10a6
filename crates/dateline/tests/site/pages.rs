use crate::helpers::*;

const BODY: &str = r#"Albania has cut diplomatic ties with Iran.[^*]\n\n> \"We will not be intimidated,\" the prime minister said.\n\nA second paragraph.\n\n[^*]: After a cyber attack in July."#;

async fn app_with_story(backend: Backend) -> (TestApp, String) {
    let app = spawn_app_with(backend, |_| {}).await;
    let report = app
        .import(&[
            line("main", "it", "L'Albania rompe con l'Iran", &format!(
                r#""regions":["IR","AL"],"tags":["Diplomazia","Cyber"],"translation_group":"g1","body":"{BODY}""#
            )),
            line("rel1", "it", "Attacco informatico a Tirana", r#""regions":["AL"],"tags":["Cyber"],"published_at":"2022-07-20T10:00:00+02:00""#),
            line("rel2", "it", "Teheran smentisce", r#""regions":["IR"],"published_at":"2022-08-01T10:00:00+02:00""#),
            line("en", "en", "Albania cuts ties with Iran", r#""regions":["IR","AL"],"translation_group":"g1""#),
        ])
        .await;
    assert!(report.failed.is_empty(), "{:?}", report.failed);
    let url = app.url_of("main").await;
    (app, url)
}

async fn article_page_has_every_element(backend: Backend) {
    let (app, url) = app_with_story(backend).await;
    assert_eq!(url, "/it/2022/08/09/l-albania-rompe-con-l-iran");
    let html = app.html(&url).await;
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"it\">"));
    // 1. date and time the Italian way
    assert!(
        html.contains("<time datetime=\"2022-08-09T17:44:00+02:00\">09/08/2022, 17.44</time>"),
        "{html}"
    );
    // 2. regions line, each a link
    let regions = between(&html, "<p class=\"regions\">", "</p>");
    assert_eq!(
        regions,
        "<a href=\"/it/region/ir\">IRAN</a> – <a href=\"/it/region/al\">ALBANIA</a>"
    );
    // 4. headline, then standfirst
    let h1 = html
        .find("<h1>L&#39;Albania rompe con l&#39;Iran</h1>")
        .expect("headline");
    let standfirst = html.find("<p class=\"standfirst\">").expect("standfirst");
    assert!(
        h1 < standfirst
            && html.find("<time").unwrap() < h1
            && html.find("class=\"regions\"").unwrap() < h1
    );
    // 5. body opening with the dateline, quote, footnote marker and note at the end
    let body = between(&html, "<div class=\"body\">", "<p class=\"tags\">");
    assert!(
        body.contains("<p><span class=\"dateline\">Tirana (Agenzia) – </span>Albania has cut"),
        "{body}"
    );
    assert!(body.contains("<blockquote>"));
    assert!(body.contains("<a href=\"#fn-1\" id=\"fnref-1\""));
    assert!(body.find("class=\"footnotes\"").unwrap() > body.find("A second paragraph").unwrap());
    // 6. tags, 7. printable version
    let tags = between(&html, "<p class=\"tags\">", "</p>");
    assert!(
        tags.contains("<a href=\"/it/tag/diplomazia\" rel=\"tag\">Diplomazia</a>"),
        "{tags}"
    );
    assert!(html.contains(&format!("<a class=\"print-link\" href=\"{url}/print\"")));
    // translations, with hreflang alternates
    assert!(html.contains(
        "hreflang=\"en\" href=\"http://127.0.0.1:8080/en/2022/08/09/albania-cuts-ties-with-iran\""
    ));
    // 8. See also: related stories with their dates, never itself nor its translation
    let see_also = between(&html, "<aside class=\"see-also\"", "</aside>");
    assert!(see_also.contains("Vedi anche"));
    assert!(
        see_also.contains("Attacco informatico a Tirana") && see_also.contains("Teheran smentisce")
    );
    assert!(see_also.contains("20/07/2022"), "{see_also}");
    assert!(!see_also.contains("rompe") && !see_also.contains("cuts ties"));
    // 10. footer with the motto in Italian
    assert!(html.contains("<p class=\"motto\">Le notizie che i confini non fermano</p>"));
    // 3. and 7. Send to a friend, above the headline and again with the actions
    let send = html
        .find("<a class=\"send-link\" href=\"/it/send/")
        .expect("send to a friend");
    assert!(send < html.find("<h1>").unwrap());
    let actions = between(&html, "<p class=\"actions\">", "</p>");
    assert!(actions.contains(">Invia a un amico</a>"), "{actions}");
    // 9. the newsletter box, after See also
    let newsletter = html
        .find("<aside class=\"newsletter-box\"")
        .expect("newsletter box");
    assert!(newsletter > html.find("<aside class=\"see-also\"").unwrap());
    let newsletter = between(&html, "<aside class=\"newsletter-box\"", "</aside>");
    assert!(
        newsletter.contains("href=\"/it/newsletter\"")
            && newsletter.contains("Cambia le tue preferenze")
    );
}

#[tokio::test]
async fn article_page_has_every_element_on_sqlite() {
    article_page_has_every_element(Backend::Sqlite).await;
}

#[tokio::test]
async fn article_page_has_every_element_on_postgres() {
    article_page_has_every_element(Backend::Postgres).await;
}

#[tokio::test]
async fn print_view_is_a_clean_page_with_notes_and_address() {
    let (app, url) = app_with_story(Backend::Sqlite).await;
    let html = app.html(&format!("{url}/print")).await;
    assert!(html.contains("<h1>L&#39;Albania rompe con l&#39;Iran</h1>"));
    assert!(html.contains("class=\"footnotes\""));
    assert!(html.contains(&format!(
        "Indirizzo: <a href=\"http://127.0.0.1:8080{url}\">"
    )));
    assert!(!html.contains("class=\"masthead\"") && !html.contains("see-also"));
    assert!(html.contains("<meta name=\"robots\" content=\"noindex\">"));
    // The stylesheet carries the print rules.
    let css_path = between(&html, "<link rel=\"stylesheet\" href=\"", "\"").to_string();
    let css = app.html(&css_path).await;
    assert!(css.contains("@media print"));
}

#[tokio::test]
async fn script_in_a_body_never_reaches_the_page() {
    let app = spawn_app().await;
    let body = r#"Hello <script>alert('x')</script><img src=x onerror=alert(1)> <a href=\"javascript:alert(2)\">link</a>\n\n<iframe src=\"https://evil.example\"></iframe>"#;
    let report = app
        .import(&[line(
            "x",
            "en",
            "Hostile body",
            &format!(r#""body":"{body}""#),
        )])
        .await;
    assert!(report.failed.is_empty(), "{:?}", report.failed);
    let html = app.html(&app.url_of("x").await).await;
    let lower = html.to_lowercase();
    assert!(!lower.contains("alert("), "script survived");
    assert!(
        !lower.contains("onerror") && !lower.contains("javascript:") && !lower.contains("<iframe")
    );
    // The only scripts on the page are the site's own file and the JSON-LD data block.
    assert_eq!(lower.matches("<script").count(), 2);
    assert!(lower.contains("<script src=\"/static/site."));
    assert_eq!(
        lower
            .matches("<script type=\"application/ld+json\">")
            .count(),
        1
    );
}

#[tokio::test]
async fn not_found_answers_in_the_editions_language() {
    let (app, url) = app_with_story(Backend::Sqlite).await;
    let r = app.get("/it/2022/08/09/non-esiste").await;
    assert_eq!(r.status(), 404);
    assert!(r.text().await.unwrap().contains("Pagina non trovata"));
    let r = app.get("/zh/region/zz").await;
    assert_eq!(r.status(), 404);
    assert!(r.text().await.unwrap().contains("找不到页面"));
    let r = app
        .get_with("/wp-login.php", &[("accept-language", "es-ES,es;q=0.9")])
        .await;
    assert_eq!(r.status(), 404);
    assert!(r.text().await.unwrap().contains("Página no encontrada"));
    assert_eq!(app.get("/it/tag/nessuno").await.status(), 404);
    // A wrong date in the address redirects to the right one.
    let r = app.get("/it/2022/08/10/l-albania-rompe-con-l-iran").await;
    assert_eq!(r.status(), 301);
    assert_eq!(r.headers()["location"], url.as_str());
    // Unpublished is gone.
    app.import(&[line(
        "main",
        "it",
        "L'Albania rompe con l'Iran",
        r#""status":"unpublished","regions":["IR","AL"]"#,
    )])
    .await;
    for _ in 0..100 {
        if app.get(&url).await.status() == 410 {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("unpublished article still served");
}

#[tokio::test]
async fn root_and_edition_addresses_redirect() {
    let app = spawn_app().await;
    let r = app
        .get_with("/", &[("accept-language", "zh-CN,zh;q=0.9,en;q=0.5")])
        .await;
    assert_eq!(r.status(), 302);
    assert_eq!(r.headers()["location"], "/zh/");
    assert_eq!(r.headers()["vary"], "Accept-Language");
    let r = app.get_with("/", &[("accept-language", "fr")]).await;
    assert_eq!(r.headers()["location"], "/en/");
    let r = app.get("/it").await;
    assert_eq!(r.status(), 301);
    assert_eq!(r.headers()["location"], "/it/");
}

#[tokio::test]
async fn lists_are_paginated() {
    let app = spawn_app().await;
    let lines: Vec<String> = (0..25)
        .map(|i| {
            let region = if i % 5 == 0 { "CN" } else { "IN" };
            line(&format!("s{i}"), "en", &format!("Story number {i}"), &format!(
                r#""regions":["{region}"],"tags":["Economy"],"published_at":"2024-03-{:02}T09:00:00Z""#, i + 1
            ))
        })
        .collect();
    assert!(app.import(&lines).await.failed.is_empty());

    let front = app.html("/en/").await;
    assert!(front.contains("Story number 24") && !front.contains("Story number 14<"));
    assert!(front.contains("<a rel=\"next\" href=\"/en/?page=2\">"));
    assert!(front.contains("<h2 id=\"by-region\">By country</h2>"));
    let last = app.html("/en/?page=3").await;
    assert_eq!(last.matches("<li>\n").count(), 5, "{last}");
    assert!(last.contains("rel=\"prev\" href=\"/en/?page=2\"") && !last.contains("rel=\"next\""));
    assert_eq!(app.get("/en/?page=4").await.status(), 404);
    assert_eq!(app.get("/en/?page=abc").await.status(), 400);

    let region = app.html("/en/region/cn").await;
    assert!(region.contains("<h1 class=\"list-heading\">China</h1>"));
    assert_eq!(region.matches("<h2 class=\"headline\"><a").count(), 5);
    let tag = app.html("/en/tag/economy?page=2").await;
    assert_eq!(tag.matches("<h2 class=\"headline\"><a").count(), 10);
    let day = app.html("/en/2024/03/07").await;
    assert_eq!(day.matches("<h2 class=\"headline\"><a").count(), 1);
    assert!(day.contains("Story number 6<"));
    let month = app.html("/en/2024/03").await;
    assert!(month.contains("<h1 class=\"list-heading\">March 2024</h1>"));
    let archive = app.html("/en/archive").await;
    assert!(
        archive
            .contains("<a href=\"/en/2024/03\">March 2024</a> <span class=\"count\">(25)</span>"),
        "{archive}"
    );
    assert_eq!(app.get("/en/2023/02/30").await.status(), 404);
}

#[tokio::test]
async fn every_response_carries_the_security_headers() {
    let app = spawn_app().await;
    for path in ["/en/", "/nope", "/api/v1/articles"] {
        let r = app.get(path).await;
        let csp = r.headers()["content-security-policy"].to_str().unwrap();
        assert!(
            csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"),
            "{path}: {csp}"
        );
        assert_eq!(r.headers()["x-content-type-options"], "nosniff");
        assert_eq!(r.headers()["x-frame-options"], "DENY");
    }
}

#[tokio::test]
async fn the_article_page_is_light_and_self_contained() {
    use std::io::Write;
    let (app, url) = app_with_story(Backend::Sqlite).await;
    let html = app.html(&url).await;
    let mut total = 0;
    let gz = |bytes: &[u8]| {
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        e.write_all(bytes).unwrap();
        e.finish().unwrap().len()
    };
    total += gz(html.as_bytes());
    for (start, end) in [
        ("<link rel=\"stylesheet\" href=\"", "\""),
        ("<script src=\"", "\""),
    ] {
        let path = between(&html, start, end).to_string();
        assert!(path.starts_with("/static/"), "{path}");
        total += gz(&app.get(&path).await.bytes().await.unwrap());
    }
    assert!(
        total <= 20 * 1024,
        "article page weighs {total} bytes gzipped"
    );
    for attr in ["src=\"http", "src=\"//", "href=\"//"] {
        assert!(!html.contains(attr), "{attr} found");
    }
}

#[tokio::test]
async fn a_theme_folder_overrides_templates_and_static_files() {
    let theme = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(theme.path().join("templates")).unwrap();
    std::fs::create_dir_all(theme.path().join("static")).unwrap();
    let error =
        "{% extends \"base.html\" %}{% block main %}<h1>Custom {{ heading }}</h1>{% endblock %}";
    std::fs::write(theme.path().join("templates/error.html"), error).unwrap();
    std::fs::write(
        theme.path().join("static/site.css"),
        "body { color: rebeccapurple; }",
    )
    .unwrap();
    let dir = theme.path().to_path_buf();
    let app = spawn_app_with(Backend::Sqlite, move |s| s.theme_dir = Some(dir)).await;
    let r = app.get("/en/no/such/page").await;
    assert_eq!(r.status(), 404);
    let html = r.text().await.unwrap();
    assert!(html.contains("<h1>Custom Page not found</h1>"), "{html}");
    // Files the theme does not override come from the built-in theme.
    assert!(html.contains("<p class=\"motto\">The news that borders cannot stop</p>"));
    let css_path = between(&html, "<link rel=\"stylesheet\" href=\"", "\"").to_string();
    assert_eq!(app.html(&css_path).await, "body { color: rebeccapurple; }");
}

#[tokio::test]
async fn a_correction_shows_its_note_and_time_on_the_page() {
    let app = spawn_app().await;
    app.import(&[line("c", "en", "Corrected story", "")]).await;
    let url = app.url_of("c").await;
    assert!(!app.html(&url).await.contains("class=\"correction\""));
    let mut input = dateline_core::import::parse_line(
        &line(
            "c",
            "en",
            "Corrected story",
            r#""body":"The vote was on Tuesday.""#,
        ),
        |_| Some("Europe/London".into()),
    )
    .unwrap();
    input.correction = Some("An earlier version gave the wrong day of the vote.".into());
    let saved = app
        .store
        .save(&dateline_core::Prepared::new(input), None)
        .await
        .unwrap();
    assert_eq!(saved.revision, 2);
    app.settled().await;
    let html = app.html(&url).await;
    let note = between(&html, "<p class=\"correction\">", "</p>");
    assert!(
        note.starts_with("<strong>Corrected on <time datetime=\"20"),
        "{note}"
    );
    assert!(
        note.ends_with("An earlier version gave the wrong day of the vote."),
        "{note}"
    );
    assert!(app
        .html(&format!("{url}/print"))
        .await
        .contains("An earlier version gave the wrong day"));
    let snapshot = &app.store.revisions(saved.id).await.unwrap()[1].snapshot;
    assert!(
        snapshot.contains("\"correction_note\":\"An earlier version"),
        "{snapshot}"
    );
}

#[tokio::test]
async fn an_update_shows_its_time_and_a_fresh_story_does_not() {
    let app = spawn_app().await;
    app.import(&[
        line("fresh", "en", "Fresh story", ""),
        line(
            "updated",
            "en",
            "Updated story",
            r#""updated_at":"2022-08-10T09:30:00+01:00""#,
        ),
    ])
    .await;
    let fresh = app.html(&app.url_of("fresh").await).await;
    assert!(!fresh.contains("class=\"updated\""), "{fresh}");
    let updated = app.html(&app.url_of("updated").await).await;
    let line = between(&updated, "<p class=\"updated\">", "</p>");
    assert_eq!(
        line,
        "Updated <time datetime=\"2022-08-10T09:30:00+01:00\">10 August 2022, 09:30</time>"
    );
    // Pages ask for no icon file: one request fewer on a slow connection.
    assert!(updated.contains("<link rel=\"icon\" href=\"data:,\">"));
}
