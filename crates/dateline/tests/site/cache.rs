use std::io::Read;

use crate::helpers::*;

#[tokio::test]
async fn pages_are_served_precompressed_with_validators() {
    let app = spawn_app().await;
    app.import(&[line("a", "en", "Cached story", "")]).await;
    let url = app.url_of("a").await;
    let plain = app.get(&url).await;
    assert_eq!(plain.status(), 200);
    assert!(plain.headers().get("content-encoding").is_none());
    let cache_control = plain.headers()["cache-control"]
        .to_str()
        .unwrap()
        .to_string();
    assert!(
        cache_control.contains("public")
            && cache_control.contains("max-age=")
            && cache_control.contains("stale-if-error")
    );
    assert_eq!(plain.headers()["vary"], "Accept-Encoding");
    let etag = plain.headers()["etag"].to_str().unwrap().to_string();
    let last_modified = plain.headers()["last-modified"]
        .to_str()
        .unwrap()
        .to_string();
    let identity = plain.bytes().await.unwrap();

    let gz = app.get_with(&url, &[("accept-encoding", "gzip")]).await;
    assert_eq!(gz.headers()["content-encoding"], "gzip");
    let mut out = Vec::new();
    flate2::read::GzDecoder::new(&gz.bytes().await.unwrap()[..])
        .read_to_end(&mut out)
        .unwrap();
    assert_eq!(out, identity);

    let br = app
        .get_with(&url, &[("accept-encoding", "gzip, deflate, br")])
        .await;
    assert_eq!(br.headers()["content-encoding"], "br");
    let gz_etag = br.headers()["etag"].to_str().unwrap().to_string();
    assert_ne!(gz_etag, etag, "each encoding has its own entity tag");
    let mut out = Vec::new();
    brotli::BrotliDecompress(&mut &br.bytes().await.unwrap()[..], &mut out).unwrap();
    assert_eq!(out, identity);

    let r = app.get_with(&url, &[("if-none-match", &etag)]).await;
    assert_eq!(r.status(), 304);
    assert!(r.bytes().await.unwrap().is_empty());
    let r = app
        .get_with(&url, &[("if-none-match", "\"something-else\"")])
        .await;
    assert_eq!(r.status(), 200);
    let r = app
        .get_with(&url, &[("if-modified-since", &last_modified)])
        .await;
    assert_eq!(r.status(), 304);
    let r = app
        .get_with(
            &url,
            &[("if-modified-since", "Tue, 01 Jan 2019 00:00:00 GMT")],
        )
        .await;
    assert_eq!(r.status(), 200);
    // Served from memory: the same entity until something changes.
    assert_eq!(
        app.get(&url).await.headers()["etag"].to_str().unwrap(),
        etag
    );
}

#[tokio::test]
async fn a_change_refreshes_every_page_that_shows_the_article() {
    let app = spawn_app().await;
    app.import(&[
        line(
            "a",
            "en",
            "Original headline",
            r#""regions":["JP"],"tags":["Energy"]"#,
        ),
        line(
            "b",
            "en",
            "Neighbour story",
            r#""regions":["JP"],"tags":["Energy"],"published_at":"2022-08-08T10:00:00Z""#,
        ),
    ])
    .await;
    let a_url = app.url_of("a").await;
    let b_url = app.url_of("b").await;
    let pages = [
        a_url.clone(),
        b_url.clone(),
        "/en/".into(),
        "/en/region/jp".into(),
        "/en/tag/energy".into(),
        "/en/2022/08".into(),
    ];
    for p in &pages {
        assert!(app.html(p).await.contains("Original headline"), "{p}");
    }
    let before = app.get(&a_url).await.headers()["etag"].clone();

    app.import(&[line(
        "a",
        "en",
        "Corrected headline",
        r#""regions":["JP"],"tags":["Energy"]"#,
    )])
    .await;
    for p in &pages {
        let html = app.eventually_contains(p, "Corrected headline").await;
        assert!(
            !html.contains("Original headline"),
            "{p} still shows the old headline"
        );
    }
    assert_ne!(app.get(&a_url).await.headers()["etag"], before);

    // A new story sharing a tag joins the neighbour's "See also".
    app.import(&[line(
        "c",
        "en",
        "Brand new story",
        r#""regions":["KR"],"tags":["Energy"],"published_at":"2022-08-09T12:00:00Z""#,
    )])
    .await;
    app.eventually_contains(&b_url, "Brand new story").await;
}

#[tokio::test]
async fn with_the_cache_off_every_request_is_rendered() {
    let app = spawn_app_with(Backend::Sqlite, |s| s.page_cache = false).await;
    app.import(&[line("a", "en", "Uncached", "")]).await;
    let url = app.url_of("a").await;
    let r = app.get_with(&url, &[("accept-encoding", "gzip")]).await;
    assert_eq!(r.status(), 200);
    assert!(r.headers().get("etag").is_some());
    let stats = app.json("/health").await;
    assert_eq!(stats["cached_pages"], 0);
}
