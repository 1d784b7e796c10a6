use crate::helpers::*;

async fn app_with_stories() -> TestApp {
    let app = spawn_app().await;
    let mut lines: Vec<String> = (0..12)
        .map(|i| {
            line(
                &format!("it{i}"),
                "it",
                &format!("Storia {i}"),
                &format!(
                    r#""regions":["{}"],"tags":["{}"],"published_at":"2023-05-{:02}T08:00:00Z""#,
                    if i < 4 { "CN" } else { "IN" },
                    if i % 2 == 0 { "Economia" } else { "Diritti" },
                    i + 1
                ),
            )
        })
        .collect();
    lines.push(line("en0", "en", "English story", r#""regions":["CN"]"#));
    lines.push(line(
        "draft",
        "it",
        "Bozza",
        r#""status":"draft","regions":["CN"]"#,
    ));
    assert!(app.import(&lines).await.failed.is_empty());
    app
}

#[tokio::test]
async fn the_list_filters_and_pages() {
    let app = app_with_stories().await;
    let all = app.json("/api/v1/articles").await;
    assert_eq!(all["total"], 13);
    let it = app.json("/api/v1/articles?edition=it&per_page=5").await;
    assert_eq!(it["total"], 12);
    assert_eq!(it["articles"].as_array().unwrap().len(), 5);
    assert_eq!(it["articles"][0]["headline"], "Storia 11");
    assert_eq!(it["articles"][0]["url"], "/it/2023/05/12/storia-11");
    assert_eq!(
        it["articles"][0]["published_at"],
        "2023-05-12T10:00:00+02:00"
    );
    assert_eq!(it["articles"][0]["regions"][0]["name"], "India");
    let next = it["next"].as_str().unwrap().to_string();
    assert!(next.contains("page=2"));
    let page3 = app
        .json("/api/v1/articles?edition=it&per_page=5&page=3")
        .await;
    assert_eq!(page3["articles"].as_array().unwrap().len(), 2);
    assert!(page3["next"].is_null());
    assert_eq!(
        app.json("/api/v1/articles?edition=it&region=cn").await["total"],
        4
    );
    assert_eq!(
        app.json("/api/v1/articles?edition=it&tag=economia").await["total"],
        6
    );
    assert_eq!(app.json("/api/v1/articles?region=CN").await["total"], 5);
    assert_eq!(
        app.json("/api/v1/articles?edition=it&from=2023-05-03&to=2023-05-05")
            .await["total"],
        3
    );
    assert_eq!(
        app.json(&format!(
            "/api/v1/articles?edition=it&from={}",
            "2023-05-10T00:00:00%2B02:00"
        ))
        .await["total"],
        3
    );
}

#[tokio::test]
async fn bad_parameters_get_a_clear_error() {
    let app = app_with_stories().await;
    for (query, parameter) in [
        ("edition=fr", "edition"),
        ("region=China", "region"),
        ("tag=Not%20A%20Slug", "tag"),
        ("from=yesterday", "from"),
        ("to=2023-13-01", "to"),
        ("page=0", "page"),
        ("per_page=1000", "per_page"),
        ("page=%2B2", "page"),
        ("region=%20cn", "region"),
        ("from=20230503", "from"),
        ("to=", "to"),
    ] {
        let r = app.get(&format!("/api/v1/articles?{query}")).await;
        assert_eq!(r.status(), 400, "{query}");
        let body: serde_json::Value = r.json().await.unwrap();
        assert_eq!(body["parameter"], parameter, "{query}: {body}");
        assert!(!body["error"].as_str().unwrap().is_empty());
    }
    // The last day there is is a day like any other.
    assert_eq!(
        app.json("/api/v1/articles?to=9999-12-31").await["total"],
        13
    );
    let r = app.get("/api/v1/articles?editon=it").await;
    assert_eq!(r.status(), 400);
    assert!(r.text().await.unwrap().contains("unknown parameter"));
}

#[tokio::test]
async fn one_article_in_full() {
    let app = app_with_stories().await;
    let id = app
        .store
        .article_by_external_id("it3")
        .await
        .unwrap()
        .unwrap()
        .summary
        .id;
    let a = app.json(&format!("/api/v1/articles/{id}")).await;
    assert_eq!(a["headline"], "Storia 3");
    assert_eq!(a["dateline"], "Tirana");
    assert!(a["body_html"]
        .as_str()
        .unwrap()
        .starts_with("<p>First paragraph"));
    assert_eq!(a["tags"][0]["url"], "/it/tag/diritti");
    assert_eq!(a["authors"][0], "Anna Rossi");
    assert_eq!(a["revision"], 1);
    let draft = app
        .store
        .article_by_external_id("draft")
        .await
        .unwrap()
        .unwrap()
        .summary
        .id;
    assert_eq!(
        app.get(&format!("/api/v1/articles/{draft}")).await.status(),
        404
    );
    assert_eq!(app.get("/api/v1/articles/999999").await.status(), 404);
    for bad in ["abc", "%2B1", "0", "%FF"] {
        let r = app.get(&format!("/api/v1/articles/{bad}")).await;
        assert_eq!(r.status(), 400, "{bad}");
        assert_eq!(r.headers()["content-type"], "application/json", "{bad}");
        let body: serde_json::Value = r.json().await.unwrap();
        assert_eq!(body["parameter"], "id", "{bad}: {body}");
        let r = app.get(&format!("/api/v1/articles/{bad}/related")).await;
        assert_eq!(r.status(), 400, "{bad} related");
    }
    assert_eq!(app.get("/api/v2/anything").await.status(), 404);
}
