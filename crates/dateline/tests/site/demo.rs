use crate::helpers::*;

#[tokio::test]
async fn the_demo_site_is_complete_in_all_four_editions() {
    let app = spawn_app().await;
    let records = dateline::demo::demo_records();
    let report = dateline::import::import_records(&app.store, records, "demo")
        .await
        .unwrap();
    assert!(
        report.failed.is_empty(),
        "{:?}",
        &report.failed[..report.failed.len().min(5)]
    );
    assert!(report.created >= 2000, "{}", report.summary());
    app.settled().await;
    for (edition, see_also, motto) in [
        ("it", "Vedi anche", "Le notizie che i confini non fermano"),
        ("en", "See also", "The news that borders cannot stop"),
        (
            "es",
            "Ver también",
            "Las noticias que las fronteras no detienen",
        ),
        ("zh", "另见", "边界挡不住的新闻"),
    ] {
        let list = app
            .json(&format!("/api/v1/articles?edition={edition}&per_page=3"))
            .await;
        assert!(list["total"].as_i64().unwrap() > 300, "{edition}");
        let front = app.html(&format!("/{edition}/")).await;
        assert!(front.contains(motto));
        for item in list["articles"].as_array().unwrap() {
            let url = item["url"].as_str().unwrap();
            let html = app.html(url).await;
            assert!(html.contains("<p class=\"regions\"><a href="), "{url}");
            assert!(html.contains("<span class=\"dateline\">"), "{url}");
            assert!(html.contains("<p class=\"tags\">"), "{url}");
            assert!(html.contains(see_also), "{url}");
            assert_eq!(
                between(&html, "<aside class=\"see-also\"", "</aside>")
                    .matches("<li>")
                    .count(),
                5,
                "{url}"
            );
            assert!(html.contains(motto));
            assert_eq!(app.get(&format!("{url}/print")).await.status(), 200);
            if edition == "zh" {
                let body = between(&html, "<div class=\"body\">", "</div>");
                let cjk = body
                    .chars()
                    .filter(|c| ('\u{4e00}'..='\u{9fff}').contains(c))
                    .count();
                assert!(
                    cjk > 200,
                    "{url}: Chinese edition body has {cjk} Chinese characters"
                );
            }
        }
    }
}
