//! `dateline export-static`: the public site as plain files, compared with what the running
//! site serves.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use dateline::export::{self, Report};
use dateline_web::mirror::file_for;

use crate::helpers::*;

const LIVE: &str = "https://live.example";

/// A site whose search index lives in a folder, as on a real node: the export reads it.
async fn app_with_index(backend: Backend) -> (TestApp, tempfile::TempDir) {
    let index = tempfile::tempdir().unwrap();
    let dir = index.path().to_path_buf();
    let app = spawn_app_with(backend, move |s| s.search_dir = Some(dir)).await;
    (app, index)
}

async fn export_to(app: &TestApp, dir: &Path, server_url: Option<&str>) -> Report {
    app.settled().await;
    // The export opens the index on disk: one segment, as the site's searches see it, so that
    // no merge ending meanwhile changes its document frequencies (and "See also").
    let search = app.state.search.clone();
    tokio::task::spawn_blocking(move || search.compact())
        .await
        .unwrap()
        .unwrap();
    export::run(
        (*app.state.settings).clone(),
        app.store.clone(),
        dir,
        server_url.map(str::to_string),
    )
    .await
    .unwrap()
}

/// Every file of a mirror, by relative path.
fn files(root: &Path) -> BTreeMap<String, Vec<u8>> {
    fn walk(root: &Path, dir: &Path, out: &mut BTreeMap<String, Vec<u8>>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(root, &path, out);
            } else {
                let rel = path
                    .strip_prefix(root)
                    .unwrap()
                    .to_str()
                    .unwrap()
                    .to_string();
                if rel != export::MANIFEST {
                    out.insert(rel, std::fs::read(&path).unwrap());
                }
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(root, root, &mut out);
    out
}

/// The site's address of a mirror file, with its page number: `en/tag/x/page/2/index.html`
/// is `/en/tag/x?page=2`.
fn address_of(file: &str) -> String {
    let mut path = format!("/{file}");
    if let Some(dir) = path.strip_suffix("/index.html") {
        path = dir.to_string();
    }
    let (base, page) = match path.rsplit_once("/page/") {
        Some((base, n)) if n.bytes().all(|b| b.is_ascii_digit()) => (base.to_string(), Some(n)),
        _ => (path.clone(), None),
    };
    // An edition's front page is `/en/`, with its slash.
    let base = if base.len() == 3 {
        format!("{base}/")
    } else {
        base
    };
    match page {
        Some(n) => format!("{base}?page={n}"),
        None => base,
    }
}

/// The site's page as the mirror must show it: the documented differences applied (pages by
/// path, not query; search and forms on the live site).
fn as_on_mirror(html: &str, server: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find("href=\"") {
        let (before, after) = rest.split_at(at + 6);
        out.push_str(before);
        let end = after.find('"').unwrap();
        let value = &after[..end];
        let is_server = value.starts_with('/')
            && value.split('/').nth(2).is_some_and(|second| {
                second == "search" || second == "send" || second.starts_with("newsletter")
            });
        if let Some((base, n)) = value.split_once("?page=") {
            out.push_str(&format!("{}/page/{n}", base.trim_end_matches('/')));
        } else if is_server {
            out.push_str(server);
            out.push_str(value);
        } else {
            out.push_str(value);
        }
        rest = &after[end..];
    }
    out.push_str(rest);
    out
}

/// Every `href` and `src` of a page that stays on the site.
fn internal_links(html: &str) -> Vec<String> {
    let mut links = Vec::new();
    for attribute in ["href=\"", "src=\""] {
        let mut rest = html;
        while let Some(at) = rest.find(attribute) {
            rest = &rest[at + attribute.len()..];
            let value = &rest[..rest.find('"').unwrap()];
            if value.starts_with('/') && !value.starts_with("//") {
                links.push(value.split('#').next().unwrap().to_string());
            }
        }
    }
    links
}

#[tokio::test]
async fn the_demo_site_exports_as_the_site_serves_it() {
    let (app, _index) = app_with_index(Backend::Sqlite).await;
    let report =
        dateline::import::import_records(&app.store, dateline::demo::demo_records(), "demo")
            .await
            .unwrap();
    assert!(report.failed.is_empty());
    let out = tempfile::tempdir().unwrap();
    let first = export_to(&app, out.path(), Some(LIVE)).await;
    let mirror = files(out.path());
    assert_eq!(first.written, mirror.len() as u64, "{first:?}");
    assert_eq!((first.unchanged, first.deleted), (0, 0));

    // Every kind of page, in every edition.
    let has = |file: &str| {
        assert!(mirror.contains_key(file), "the mirror has no {file}");
    };
    for file in ["robots.txt", "sitemap.xml", "sitemaps/news.xml", "404.html"] {
        has(file);
    }
    assert!(mirror.keys().any(|f| f.starts_with("sitemaps/20")));
    assert!(mirror
        .keys()
        .any(|f| f.starts_with("static/site.") && f.ends_with(".css")));
    assert!(mirror
        .keys()
        .any(|f| f.starts_with("static/site.") && f.ends_with(".js")));
    for ed in ["it", "en", "es", "zh"] {
        for file in ["index.html", "page/2/index.html", "archive/index.html"] {
            has(&format!("{ed}/{file}"));
        }
        for feed in ["rss.xml", "atom.xml", "feed.json"] {
            has(&format!("{ed}/{feed}"));
            for kind in ["region", "tag"] {
                assert!(
                    mirror
                        .keys()
                        .any(|f| f.starts_with(&format!("{ed}/{kind}/")) && f.ends_with(feed)),
                    "{ed}: no {kind} {feed}"
                );
            }
        }
        for kind in ["region", "tag"] {
            assert!(
                mirror
                    .keys()
                    .any(|f| f.starts_with(&format!("{ed}/{kind}/"))
                        && f.ends_with("/page/2/index.html")),
                "{ed}: no second page of a {kind}"
            );
        }
        let articles: Vec<&String> = mirror
            .keys()
            .filter(|f| {
                f.starts_with(&format!("{ed}/20"))
                    && f.matches('/').count() == 5
                    && !f.contains("/page/")
            })
            .collect();
        assert!(articles.len() > 300, "{ed}: {} articles", articles.len());
        for article in &articles {
            let print = article.replace("/index.html", "/print/index.html");
            assert!(
                mirror.contains_key(&print),
                "{article} has no print version"
            );
        }
        // Year, month and day archives.
        for depth in [2, 3, 4] {
            assert!(
                mirror.keys().any(|f| f.starts_with(&format!("{ed}/20"))
                    && f.ends_with("/index.html")
                    && f.matches('/').count() == depth),
                "{ed}: no date archive of depth {depth}"
            );
        }
    }

    // Byte for byte what the site serves at the same address, but for the documented
    // differences. Every list, feed and sitemap; every third story.
    let mut compared = 0;
    for (i, (file, bytes)) in mirror.iter().enumerate() {
        if file == "404.html" || file.starts_with("static/") {
            continue;
        }
        let is_story = file.matches('/').count() >= 5
            && file.starts_with(|c: char| c.is_ascii_lowercase())
            && !file.contains("/page/")
            && !file.contains("/tag/")
            && !file.contains("/region/");
        if is_story && i % 3 != 0 {
            continue;
        }
        let address = address_of(file);
        let response = app.get(&address).await;
        assert_eq!(response.status(), 200, "{address}");
        let live = response.text().await.unwrap();
        let expected = if file.ends_with(".html") {
            as_on_mirror(&live, LIVE)
        } else {
            live
        };
        let mine = String::from_utf8(bytes.clone()).unwrap();
        assert!(
            expected == mine,
            "{file} differs from {address}:\n--- site\n{expected}\n--- mirror\n{mine}"
        );
        compared += 1;
    }
    assert!(compared > 3000, "{compared} pages compared");
    let page_two = String::from_utf8(mirror["en/index.html"].clone()).unwrap();
    assert!(
        page_two.contains("href=\"/en/page/2\""),
        "the pager leads to page 2's file"
    );
    let article = mirror
        .iter()
        .find(|(f, _)| f.starts_with("it/20") && f.ends_with("/print/index.html"))
        .map(|(f, _)| f.replace("/print/index.html", "/index.html"))
        .unwrap();
    let article = String::from_utf8(mirror[&article].clone()).unwrap();
    assert!(article.contains(&format!("href=\"{LIVE}/it/search\"")));
    assert!(article.contains(&format!("href=\"{LIVE}/it/newsletter\"")));
    assert!(article.contains(&format!("{LIVE}/it/send/")));

    // Links stay inside the mirror; nothing needs a server.
    for (file, bytes) in &mirror {
        if !file.ends_with(".html") {
            continue;
        }
        let html = std::str::from_utf8(bytes).unwrap();
        assert!(!html.contains("?page="), "{file} links to a page by query");
        assert!(!html.contains("<form"), "{file} has a form");
        assert!(
            !html.to_lowercase().contains("csrf"),
            "{file} carries a CSRF token"
        );
        for link in internal_links(html) {
            assert!(
                mirror.contains_key(&file_for(&link)),
                "{file} links to {link}, which the mirror does not have"
            );
        }
    }

    // Run again: nothing to write.
    let second = export_to(&app, out.path(), Some(LIVE)).await;
    assert_eq!(
        (second.written, second.unchanged, second.deleted),
        (0, mirror.len() as u64, 0)
    );
}

async fn changes_rewrite_only_what_shows_them(backend: Backend) {
    let (app, _index) = app_with_index(backend).await;
    let mut lines = Vec::new();
    for i in 0..24 {
        let (region, tag) = match i % 3 {
            0 => ("AL", "Diplomacy"),
            1 => ("IR", "Elections"),
            _ => ("BY", "Press freedom"),
        };
        lines.push(line(
            &format!("en-{i}"),
            "en",
            &format!("Story number {i} about {tag}"),
            &format!(
                r#""regions":["{region}"],"tags":["{tag}"],"published_at":"2026-10-{:02}T10:00:00Z""#,
                i + 1
            ),
        ));
        // Every edition has stories: an empty edition's feeds carry the time they are
        // rendered (they have no story to date them by), so they change at every export.
        lines.push(line(
            &format!("{}-{i}", ["it", "es", "zh"][i % 3]),
            ["it", "es", "zh"][i % 3],
            &format!("Notizia numero {i}"),
            &format!(r#""published_at":"2026-10-{:02}T11:00:00Z""#, i + 1),
        ));
    }
    app.import(&lines).await;
    let out = tempfile::tempdir().unwrap();
    export_to(&app, out.path(), None).await;
    let before = files(out.path());
    let front = String::from_utf8(before["en/index.html"].clone()).unwrap();
    assert!(
        !front.contains("/search\""),
        "search is left out without --server-url"
    );
    assert!(!front.contains("/newsletter"));

    // One story edited.
    let edited_headline = "Story number 22 rewritten by the desk";
    let mut edited = lines[44].clone();
    edited = edited.replace("Story number 22 about Elections", edited_headline);
    assert!(edited.contains(edited_headline));
    app.import(std::slice::from_ref(&edited)).await;
    let url = app.url_of("en-22").await;
    let report = export_to(&app, out.path(), None).await;
    let after = files(out.path());
    assert_eq!(report.deleted, 0);
    let changed: BTreeSet<&String> = after
        .iter()
        .filter(|(f, bytes)| before.get(*f) != Some(*bytes))
        .map(|(f, _)| f)
        .collect();
    assert_eq!(report.written, changed.len() as u64, "{report:?}");
    for file in [
        file_for(&url),
        file_for(&format!("{url}/print")),
        "en/index.html".into(),
        "en/rss.xml".into(),
        "en/tag/elections/index.html".into(),
        "en/tag/elections/atom.xml".into(),
        "en/region/ir/index.html".into(),
        "en/region/ir/feed.json".into(),
        "en/2026/10/index.html".into(),
        "en/2026/10/23/index.html".into(),
    ] {
        assert!(
            changed.contains(&file),
            "{file} was not rewritten: {changed:?}"
        );
    }
    for file in &changed {
        let text = String::from_utf8_lossy(&after[*file]);
        assert!(
            text.contains(edited_headline)
                || file.starts_with("sitemaps/")
                // Another story's "See also" may take it in or let it go.
                || (file.starts_with("en/2026/") && file.matches('/').count() >= 5),
            "{file} was rewritten though it does not show the story"
        );
        assert!(
            ["it/", "es/", "zh/"].iter().all(|ed| !file.starts_with(ed)),
            "{file}: another edition was rewritten"
        );
    }
    for file in [
        "en/tag/diplomacy/index.html",
        "en/region/al/rss.xml",
        "it/index.html",
    ] {
        assert!(!changed.contains(&file.to_string()), "{file} was rewritten");
    }

    // The story unpublished: its pages go, the lists let it go.
    let mut gone = edited.clone();
    gone.insert_str(gone.len() - 1, r#","status":"unpublished""#);
    app.import(&[gone]).await;
    let report = export_to(&app, out.path(), None).await;
    assert!(report.deleted >= 2, "{report:?}");
    let page = out.path().join(file_for(&url));
    assert!(!page.exists(), "{} is still there", page.display());
    assert!(
        !PathBuf::from(page.parent().unwrap()).exists(),
        "its folder is still there"
    );
    let front = std::fs::read_to_string(out.path().join("en/index.html")).unwrap();
    assert!(!front.contains(edited_headline));
    let again = export_to(&app, out.path(), None).await;
    assert_eq!((again.written, again.deleted), (0, 0));
}

#[tokio::test]
async fn changes_rewrite_only_what_shows_them_on_sqlite() {
    changes_rewrite_only_what_shows_them(Backend::Sqlite).await;
}

#[tokio::test]
async fn changes_rewrite_only_what_shows_them_on_postgres() {
    changes_rewrite_only_what_shows_them(Backend::Postgres).await;
}

#[tokio::test]
async fn an_export_refuses_a_folder_it_did_not_write() {
    let (app, _index) = app_with_index(Backend::Sqlite).await;
    let out = tempfile::tempdir().unwrap();
    std::fs::write(out.path().join("precious.txt"), "keep me").unwrap();
    let error = export::run(
        (*app.state.settings).clone(),
        app.store.clone(),
        out.path(),
        None,
    )
    .await
    .unwrap_err();
    assert!(format!("{error:#}").contains("is not empty"), "{error:#}");
    assert_eq!(
        std::fs::read_to_string(out.path().join("precious.txt")).unwrap(),
        "keep me"
    );
    let error = export::run(
        (*app.state.settings).clone(),
        app.store.clone(),
        &out.path().join("new"),
        Some("ftp://example.org".into()),
    )
    .await
    .unwrap_err();
    assert!(format!("{error:#}").contains("--server-url"), "{error:#}");
}
