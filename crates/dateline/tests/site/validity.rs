//! Every kind of public page, in every edition, checked by the Nu Html Checker (the W3C's
//! validator): `DATELINE_TEST_VNU_JAR` names its jar (`.ci/tools.sh` installs it).

use crate::helpers::*;

#[tokio::test]
async fn every_page_type_is_valid_html5_in_every_edition() {
    let jar = std::env::var("DATELINE_TEST_VNU_JAR").expect(
        "DATELINE_TEST_VNU_JAR is not set: run the tests with `bash .ci/run`, or `source .ci/tools.sh` first",
    );
    let app = spawn_demo_sample(40).await;
    let reader = confirmed_reader(&app).await;
    let links = app.state.composer.links();

    let dir = tempfile::tempdir().unwrap();
    let mut files = Vec::new();
    for edition in ["it", "en", "es", "zh"] {
        let list = app
            .json(&format!("/api/v1/articles?edition={edition}&per_page=1"))
            .await;
        let article = list["articles"][0]["url"].as_str().unwrap().to_string();
        let id = list["articles"][0]["id"].as_i64().unwrap();
        let tag = app.json(&format!("/api/v1/articles/{id}")).await["tags"][0]["url"]
            .as_str()
            .unwrap()
            .to_string();
        let region = format!(
            "/{edition}/region/{}",
            list["articles"][0]["regions"][0]["code"]
                .as_str()
                .unwrap()
                .to_lowercase()
        );
        let month = article.split('/').take(4).collect::<Vec<_>>().join("/");
        let year = article.split('/').take(3).collect::<Vec<_>>().join("/");
        let day = article.split('/').take(5).collect::<Vec<_>>().join("/");
        let headline = list["articles"][0]["headline"].as_str().unwrap();
        let word: String = if edition == "zh" {
            headline.chars().take(2).collect()
        } else {
            headline.split_whitespace().next().unwrap().to_string()
        };
        let search = format!("/{edition}/search?q={}", q(&word));
        for (kind, path) in [
            ("front", format!("/{edition}/")),
            ("front-page-2", format!("/{edition}/?page=2")),
            ("article", article.clone()),
            ("print", format!("{article}/print")),
            ("region", region),
            ("tag", tag),
            ("month", month),
            ("year", year),
            ("day", day),
            ("search", search),
            ("search-form", format!("/{edition}/search")),
            ("archive", format!("/{edition}/archive")),
            ("not-found", format!("/{edition}/no/such/page")),
            ("send", format!("/{edition}/send/{id}")),
            ("newsletter", format!("/{edition}/newsletter")),
            ("confirm", path_of(&links.confirm(edition, reader))),
            ("preferences", path_of(&links.preferences(edition, reader))),
            ("unsubscribe", path_of(&links.unsubscribe(edition, reader))),
            (
                "block",
                path_of(&links.block(edition, "friend@example.org")),
            ),
        ] {
            let r = app.get(&path).await;
            assert!(
                r.status() == 200 || kind == "not-found",
                "{path}: {}",
                r.status()
            );
            let file = dir.path().join(format!("{edition}-{kind}.html"));
            std::fs::write(&file, r.bytes().await.unwrap()).unwrap();
            files.push(file);
        }
    }
    let out = std::process::Command::new("java")
        .args(["-jar", &jar, "--errors-only", "--format", "json"])
        .args(&files)
        .output()
        .expect("running java (install default-jre-headless)");
    let report: serde_json::Value = serde_json::from_slice(&out.stderr).unwrap_or_else(|e| {
        panic!(
            "unreadable validator output ({e}): {}",
            String::from_utf8_lossy(&out.stderr)
        )
    });
    let messages = report["messages"].as_array().expect("a list of messages");
    let listing: Vec<String> = messages
        .iter()
        .map(|m| {
            format!(
                "{}:{}: {}",
                m["url"].as_str().unwrap_or("?"),
                m["lastLine"],
                m["message"].as_str().unwrap_or("?")
            )
        })
        .collect();
    assert!(
        listing.is_empty(),
        "the validator found errors:\n{}",
        listing.join("\n")
    );
    assert_eq!(files.len(), 76);
}
