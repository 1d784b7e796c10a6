//! Feeds, sitemaps and robots.txt end to end, read the way their consumers read them: RSS
//! and Atom by PyPI's feedparser (the parser behind many feed readers), JSON Feed by PyPI's
//! jsonfeed-util (feedparser 6 has no JSON Feed parser), sitemaps by Python's XML parser and
//! robots.txt by Python's `urllib.robotparser`, all run as a subprocess on what the real
//! server answered.

use std::io::Write;
use std::process::{Command, Stdio};

use serde_json::Value;

use crate::helpers::*;

/// The variable `.ci/tools.sh` exports: a Python that has feedparser and jsonfeed-util.
const PYTHON_VAR: &str = "DATELINE_TEST_PYTHON";
/// Settings::new's public address: feeds and sitemaps carry it, not the test server's.
const BASE: &str = "http://127.0.0.1:8080";

/// Parses a feed (stdin) served as `argv[1]` and prints what a reader would take from it, in
/// one shape whatever the syntax.
const FEEDPARSER: &str = r#"
import calendar, datetime, json, sys
import feedparser, jsonfeed

data = sys.stdin.buffer.read()

def iso_epoch(text):
    return int(datetime.datetime.fromisoformat(text).timestamp()) if text else None

if "json" in sys.argv[1]:
    raw = json.loads(data)
    try:
        f = jsonfeed.Feed.parse(raw)
        problem = None if raw.get("version") == jsonfeed.Feed.version else "version " + repr(raw.get("version"))
    except (jsonfeed.ParseError, AssertionError, TypeError, ValueError) as e:
        f, problem = None, repr(e)
    if problem:
        print(json.dumps({"bozo": True, "bozo_exception": problem}))
        sys.exit(0)
    print(json.dumps({
        "bozo": False,
        "version": "json11",
        "feed": {
            "title": f.title,
            "link": f.home_page_url,
            "language": f.language,
            "self": [f.feed_url] if f.feed_url else [],
        },
        "entries": [{
            "id": i.id,
            "title": i.title,
            "link": i.url,
            "published": iso_epoch(i.date_published),
            "updated": iso_epoch(i.date_modified),
            "authors": [a.name for a in (i.authors or []) if a.name],
            "summary": i.summary,
            "content": [c for c in (i.content_html, i.content_text) if c is not None],
            "tags": i.tags,
        } for i in f.items],
    }))
    sys.exit(0)

d = feedparser.parse(data, response_headers={"content-type": sys.argv[1]})

def epoch(t):
    return calendar.timegm(t) if t else None

def contents(e):
    c = e.get("content")
    if c is None:
        return []
    if isinstance(c, dict):
        c = [c]
    return [x.get("value") for x in c]

print(json.dumps({
    "bozo": bool(d.get("bozo")),
    "bozo_exception": str(d.get("bozo_exception", "")),
    "version": d.get("version"),
    "feed": {
        "title": d.feed.get("title"),
        "link": d.feed.get("link"),
        "language": d.feed.get("language"),
        "self": [l.get("href") for l in d.feed.get("links", []) if l.get("rel") == "self"],
    },
    "entries": [{
        "id": e.get("id"),
        "title": e.get("title"),
        "link": e.get("link"),
        "published": epoch(e.get("published_parsed")),
        "updated": epoch(e.get("updated_parsed")),
        "authors": [a.get("name") for a in e.get("authors", []) if a.get("name")],
        "summary": e.get("summary"),
        "content": contents(e),
        "tags": [t.get("term") for t in e.get("tags", [])],
    } for e in d.entries],
}))
"#;

/// Parses XML (stdin) into nested `{"tag", "attrib", "text", "children"}`; namespaced names
/// are written `{uri}local`.
const XML_TREE: &str = r#"
import json, sys
import xml.etree.ElementTree as ET

def tree(e):
    return {
        "tag": e.tag,
        "attrib": dict(e.attrib),
        "text": (e.text or "").strip(),
        "children": [tree(c) for c in e],
    }

print(json.dumps(tree(ET.fromstring(sys.stdin.buffer.read()))))
"#;

/// Reads robots.txt (stdin) with the standard library's parser and answers, for each address
/// in argv, whether any crawler may fetch it; then the sitemaps it names.
const ROBOTS: &str = r#"
import json, sys
from urllib.robotparser import RobotFileParser

r = RobotFileParser()
r.parse(sys.stdin.read().splitlines())
print(json.dumps({
    "allowed": {path: r.can_fetch("AnyBot", path) for path in sys.argv[1:]},
    "sitemaps": r.site_maps() or [],
}))
"#;

fn python(script: &str, args: &[&str], input: &[u8]) -> Value {
    let python = std::env::var(PYTHON_VAR).unwrap_or_default();
    assert!(
        !python.is_empty(),
        "{PYTHON_VAR} is not set: run the tests with `bash .ci/run`, or `source .ci/tools.sh` first"
    );
    let mut child = Command::new(&python)
        .arg("-c")
        .arg(script)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("{PYTHON_VAR}={python} could not be started: {e}"));
    child.stdin.take().unwrap().write_all(input).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{python} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "{python} printed no JSON ({e}): {}",
            String::from_utf8_lossy(&out.stdout)
        )
    })
}

/// A feed as feedparser reads it, after checking how it was served.
async fn parsed_feed(app: &TestApp, path: &str, content_type: &str) -> Value {
    let r = app.get(path).await;
    assert_eq!(r.status(), 200, "GET {path}");
    assert_eq!(r.headers()["content-type"], content_type, "{path}");
    let body = r.bytes().await.unwrap();
    let v = python(FEEDPARSER, &[content_type], &body);
    assert_eq!(
        v["bozo"],
        false,
        "{path} is not a well-formed feed: {}\n{}",
        v["bozo_exception"],
        String::from_utf8_lossy(&body)
    );
    v
}

const RSS: &str = "application/rss+xml; charset=utf-8";
const ATOM: &str = "application/atom+xml; charset=utf-8";
const JSON: &str = "application/feed+json; charset=utf-8";

/// Every syntax of the feed under `page` (`/it`, `/it/region/ir`, ...): path, content type
/// and the version feedparser must recognise.
fn syntaxes(page: &str) -> [(String, &'static str, &'static str); 3] {
    [
        (format!("{page}/rss.xml"), RSS, "rss20"),
        (format!("{page}/atom.xml"), ATOM, "atom10"),
        (format!("{page}/feed.json"), JSON, "json11"),
    ]
}

fn titles(feed: &Value) -> Vec<String> {
    feed["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["title"].as_str().unwrap_or("").to_string())
        .collect()
}

fn entry<'a>(feed: &'a Value, title: &str) -> &'a Value {
    feed["entries"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["title"] == title)
        .unwrap_or_else(|| panic!("no entry {title:?} in {feed}"))
}

fn at(text: &str) -> i64 {
    text.parse::<jiff::Timestamp>().unwrap().as_second()
}

/// Two stories of the Italian edition (one about Albania, tagged Diplomacy; a later one
/// about Iran, tagged Cyber), an English one, a draft and an embargoed story.
async fn newsroom(app: &TestApp) {
    let report = app
        .import(&[
            line(
                "albania",
                "it",
                "L'Albania rompe con l'Iran",
                r#""body":"Il governo ha chiuso l'ambasciata[^1] & richiamato i diplomatici.\n\n[^1]: A Teheran.","authors":["Anna Rossi","Marco Bianchi"]"#,
            ),
            line(
                "iran",
                "it",
                "Attacco informatico a Teheran",
                r#""regions":["IR"],"tags":["Cyber"],"published_at":"2022-08-10T09:00:00+02:00""#,
            ),
            line("english", "en", "Albania cuts ties with Iran", ""),
            line(
                "draft",
                "it",
                "Bozza da non pubblicare",
                r#""status":"draft","published_at":null"#,
            ),
            line(
                "embargo",
                "it",
                "Notizia sotto embargo",
                r#""published_at":"2099-01-01T08:00:00+01:00""#,
            ),
        ])
        .await;
    assert!(report.failed.is_empty(), "{:?}", report.failed);
}

async fn feeds_carry_the_visible_stories(backend: Backend) {
    let app = spawn_app_with(backend, |_| {}).await;
    newsroom(&app).await;
    let albania_url = format!("{BASE}{}", app.url_of("albania").await);
    let iran_url = format!("{BASE}{}", app.url_of("iran").await);
    let mut ids = Vec::new();
    for (path, content_type, version) in syntaxes("/it") {
        let feed = parsed_feed(&app, &path, content_type).await;
        assert_eq!(feed["version"], version, "{path}");
        assert_eq!(feed["feed"]["title"], "Agenzia – Italiano", "{path}");
        assert_eq!(feed["feed"]["link"], format!("{BASE}/it/"), "{path}");
        assert_eq!(
            feed["feed"]["self"],
            serde_json::json!([format!("{BASE}{path}")]),
            "{path}"
        );
        // Newest first; no draft, no embargoed story, nothing from another edition.
        assert_eq!(
            titles(&feed),
            [
                "Attacco informatico a Teheran",
                "L'Albania rompe con l'Iran"
            ],
            "{path}"
        );
        let albania = entry(&feed, "L'Albania rompe con l'Iran");
        assert_eq!(albania["link"], albania_url.as_str(), "{path}");
        assert_eq!(
            albania["published"],
            at("2022-08-09T17:44:00+02:00"),
            "{path}"
        );
        let id = albania["id"].as_str().unwrap().to_string();
        assert!(
            id.starts_with("tag:127.0.0.1,") && !id.contains(&albania_url),
            "{path}: {id} is not a tag: URI independent of the address"
        );
        ids.push(id);
        assert_eq!(
            albania["authors"],
            serde_json::json!(["Anna Rossi", "Marco Bianchi"]),
            "{path}"
        );
        assert_eq!(
            albania["summary"], "Standfirst: L'Albania rompe con l'Iran.",
            "{path}"
        );
        // Full text by default: the dateline, the body, a footnote pointing into the page.
        let content = albania["content"][0].as_str().unwrap_or("");
        assert!(
            content.contains("Tirana (Agenzia) – ")
                && content.contains("richiamato i diplomatici")
                && content.contains("A Teheran"),
            "{path}: content {content:?}"
        );
        assert!(
            content.contains(&format!("{albania_url}#fn-1")),
            "{path}: footnote links stay relative: {content:?}"
        );
        let iran = entry(&feed, "Attacco informatico a Teheran");
        assert_eq!(iran["link"], iran_url.as_str());
        assert_eq!(iran["published"], at("2022-08-10T09:00:00+02:00"));
        assert_ne!(iran["id"], albania["id"]);
        assert_eq!(iran["tags"], serde_json::json!(["Cyber"]), "{path}");
    }
    assert!(
        ids.windows(2).all(|w| w[0] == w[1]),
        "one story, one id: {ids:?}"
    );

    // The raw feeds name neither the draft nor the embargoed story, and carry the language.
    let rss = app.html("/it/rss.xml").await;
    assert!(!rss.contains("Bozza") && !rss.contains("embargo"));
    assert!(rss.contains("<language>it</language>"));
    assert!(rss.contains("<pubDate>Tue, 09 Aug 2022 17:44:00 +0200</pubDate>"));
    assert!(rss.contains("<dc:creator>Marco Bianchi</dc:creator>"));
    let atom = app.html("/it/atom.xml").await;
    assert!(atom.contains("xml:lang=\"it\""));
    assert!(atom.contains("<published>2022-08-09T17:44:00+02:00</published>"));
    let json = app.json("/it/feed.json").await;
    assert_eq!(json["version"], "https://jsonfeed.org/version/1.1");
    assert_eq!(json["language"], "it");
    assert_eq!(json["feed_url"], format!("{BASE}/it/feed.json"));
    assert_eq!(
        json["items"][1]["authors"],
        serde_json::json!([{"name": "Anna Rossi"}, {"name": "Marco Bianchi"}])
    );
    assert_eq!(
        json["items"][1]["date_published"],
        "2022-08-09T17:44:00+02:00"
    );

    // A region's feeds carry that region's stories only, a tag's that tag's.
    for (path, content_type, _) in syntaxes("/it/region/ir") {
        let feed = parsed_feed(&app, &path, content_type).await;
        assert_eq!(titles(&feed), ["Attacco informatico a Teheran"], "{path}");
        assert_eq!(feed["feed"]["title"], "Iran – Agenzia", "{path}");
        assert_eq!(
            feed["feed"]["link"],
            format!("{BASE}/it/region/ir"),
            "{path}"
        );
    }
    for (path, content_type, _) in syntaxes("/it/tag/diplomacy") {
        let feed = parsed_feed(&app, &path, content_type).await;
        assert_eq!(titles(&feed), ["L'Albania rompe con l'Iran"], "{path}");
    }
    let feed = parsed_feed(&app, "/en/rss.xml", RSS).await;
    assert_eq!(titles(&feed), ["Albania cuts ties with Iran"]);
    assert_eq!(feed["feed"]["language"], "en");

    // What does not exist has no feed.
    for path in [
        "/it/region/zz/rss.xml",
        "/it/tag/nessuno/atom.xml",
        "/it/2022/feed.json",
        "/fr/rss.xml",
    ] {
        assert_eq!(app.get(path).await.status(), 404, "{path}");
    }
}

#[tokio::test]
async fn feeds_carry_the_visible_stories_on_sqlite() {
    feeds_carry_the_visible_stories(Backend::Sqlite).await;
}

#[tokio::test]
async fn feeds_carry_the_visible_stories_on_postgres() {
    feeds_carry_the_visible_stories(Backend::Postgres).await;
}

#[tokio::test]
async fn feed_ids_survive_a_new_address_and_feeds_follow_changes() {
    let app = spawn_app().await;
    newsroom(&app).await;
    let before: Vec<Value> = {
        let mut all = Vec::new();
        for (path, content_type, _) in syntaxes("/it") {
            all.push(parsed_feed(&app, &path, content_type).await);
        }
        all
    };
    // Served from the cache the second time: the same bytes, the same validator.
    let first = app.get("/it/rss.xml").await;
    let etag = first.headers()["etag"].clone();
    assert_eq!(app.get("/it/rss.xml").await.headers()["etag"], etag);

    // The editors give the story a new address, headline and publication day.
    app.import(&[line(
        "albania",
        "it",
        "L'Albania espelle i diplomatici iraniani",
        r#""slug":"albania-espelle-diplomatici","published_at":"2022-08-11T10:00:00+02:00","authors":["Anna Rossi"]"#,
    )])
    .await;
    let moved = format!("{BASE}/it/2022/08/11/albania-espelle-diplomatici");
    for ((path, content_type, _), old) in syntaxes("/it").into_iter().zip(&before) {
        app.eventually_contains(&path, "albania-espelle-diplomatici")
            .await;
        let feed = parsed_feed(&app, &path, content_type).await;
        let story = entry(&feed, "L'Albania espelle i diplomatici iraniani");
        assert_eq!(story["link"], moved.as_str(), "{path}");
        assert_eq!(
            story["id"],
            entry(old, "L'Albania rompe con l'Iran")["id"],
            "{path}: the id changed with the address"
        );
        // Now the newest story, it leads the feed.
        assert_eq!(feed["entries"][0]["title"], story["title"], "{path}");
    }
    assert_ne!(app.get("/it/rss.xml").await.headers()["etag"], etag);

    // A story taken down leaves its feeds.
    app.import(&[line(
        "iran",
        "it",
        "Attacco informatico a Teheran",
        r#""status":"unpublished","regions":["IR"],"tags":["Cyber"],"published_at":"2022-08-10T09:00:00+02:00""#,
    )])
    .await;
    for _ in 0..100 {
        let feed = parsed_feed(&app, "/it/region/ir/atom.xml", ATOM).await;
        if titles(&feed).is_empty() {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("an unpublished story stayed in its region's feed");
}

#[tokio::test]
async fn summary_feeds_leave_the_body_on_the_site() {
    let app = spawn_app_with(Backend::Sqlite, |s| s.feeds_full_text = false).await;
    newsroom(&app).await;
    for (path, content_type, _) in syntaxes("/it") {
        let feed = parsed_feed(&app, &path, content_type).await;
        let story = entry(&feed, "L'Albania rompe con l'Iran");
        assert_eq!(story["summary"], "Standfirst: L'Albania rompe con l'Iran.");
        let content = story["content"].to_string();
        assert!(
            !content.contains("richiamato i diplomatici"),
            "{path} carries the body: {content}"
        );
    }
    let json = app.json("/it/feed.json").await;
    assert_eq!(
        json["items"][1]["content_text"],
        "Standfirst: L'Albania rompe con l'Iran."
    );
    assert!(json["items"][1].get("content_html").is_none());
    assert!(!app.html("/it/rss.xml").await.contains("content:encoded>"));
    assert!(!app.html("/it/atom.xml").await.contains("<content"));
}

#[tokio::test]
async fn pages_name_their_feeds() {
    let app = spawn_app().await;
    newsroom(&app).await;
    let has_feed = |html: &str, url: &str, media_type: &str| {
        let start = format!("<link rel=\"alternate\" type=\"{media_type}\" title=\"");
        let end = format!("\" href=\"{url}\">");
        html.lines()
            .any(|l| l.starts_with(&start) && l.ends_with(&end))
    };
    let front = app.html("/it/").await;
    for (url, media_type) in [
        ("/it/rss.xml", "application/rss+xml"),
        ("/it/atom.xml", "application/atom+xml"),
        ("/it/feed.json", "application/feed+json"),
    ] {
        assert!(has_feed(&front, url, media_type), "front page lacks {url}");
    }
    // The footer offers them to readers too, in the edition's language.
    assert!(front.contains("<p class=\"feeds\">Feed: <a href=\"/it/rss.xml\""));
    let region = app.html("/it/region/ir").await;
    assert!(has_feed(
        &region,
        "/it/region/ir/rss.xml",
        "application/rss+xml"
    ));
    assert!(region.contains("title=\"Iran – Agenzia (Atom)\""));
    let tag = app.html("/it/tag/diplomacy").await;
    assert!(has_feed(
        &tag,
        "/it/tag/diplomacy/feed.json",
        "application/feed+json"
    ));
    let article = app.html(&app.url_of("albania").await).await;
    assert!(has_feed(&article, "/it/rss.xml", "application/rss+xml"));
    // Feeds and their pages match: what the page lists, the feed carries.
    let feed = parsed_feed(&app, "/it/tag/diplomacy/rss.xml", RSS).await;
    for title in titles(&feed) {
        assert!(tag.contains(&title.replace('\'', "&#39;")), "{title}");
    }
}

/// The `{ns}local` children of `node` named `local` in any namespace.
fn children<'a>(node: &'a Value, local: &str) -> Vec<&'a Value> {
    node["children"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| {
            let tag = c["tag"].as_str().unwrap();
            tag.rsplit('}').next() == Some(local)
        })
        .collect()
}

fn child_text(node: &Value, local: &str) -> String {
    children(node, local)
        .first()
        .unwrap_or_else(|| panic!("no <{local}> in {node}"))["text"]
        .as_str()
        .unwrap()
        .to_string()
}

async fn xml(app: &TestApp, path: &str) -> Value {
    let r = app.get(path).await;
    assert_eq!(r.status(), 200, "GET {path}");
    assert_eq!(
        r.headers()["content-type"],
        "application/xml; charset=utf-8"
    );
    python(XML_TREE, &[], &r.bytes().await.unwrap())
}

const SITEMAP_NS: &str = "{http://www.sitemaps.org/schemas/sitemap/0.9}";

#[tokio::test]
async fn robots_and_sitemaps_show_search_engines_every_story() {
    let app = spawn_app().await;
    newsroom(&app).await;
    let now = jiff::Timestamp::now().as_second();
    let hours_ago = |h: i64| jiff::Timestamp::from_second(now - h * 3600).unwrap();
    let report = app
        .import(&[
            line(
                "translation",
                "en",
                "Albania breaks with Iran",
                r#""translation_group":"albania-iran""#,
            ),
            line(
                "original",
                "it",
                "L'Albania chiude con l'Iran",
                r#""translation_group":"albania-iran","published_at":"2022-08-09T18:00:00+02:00""#,
            ),
            line(
                "july",
                "es",
                "Noticia de julio",
                r#""published_at":"2022-07-15T12:00:00Z""#,
            ),
            line(
                "fresh",
                "zh",
                "今天的新闻",
                &format!(r#""published_at":"{}""#, hours_ago(1)),
            ),
            line(
                "stale",
                "it",
                "Notizia di tre giorni fa",
                &format!(r#""published_at":"{}""#, hours_ago(72)),
            ),
        ])
        .await;
    assert!(report.failed.is_empty(), "{:?}", report.failed);

    // robots.txt, as Python's parser reads it.
    let r = app.get("/robots.txt").await;
    assert_eq!(r.status(), 200);
    assert_eq!(r.headers()["content-type"], "text/plain; charset=utf-8");
    let text = r.text().await.unwrap();
    let robots = python(
        ROBOTS,
        &[
            "/it/",
            "/it/2022/08/09/l-albania-rompe-con-l-iran",
            "/it/rss.xml",
            "/sitemap.xml",
            "/admin/",
            "/admin/articles/1",
            "/api/v1/articles",
        ],
        text.as_bytes(),
    );
    let allowed = &robots["allowed"];
    for path in [
        "/it/",
        "/it/2022/08/09/l-albania-rompe-con-l-iran",
        "/it/rss.xml",
        "/sitemap.xml",
    ] {
        assert_eq!(
            allowed[path], true,
            "{path} should be open to crawlers:\n{text}"
        );
    }
    for path in ["/admin/", "/admin/articles/1", "/api/v1/articles"] {
        assert_eq!(
            allowed[path], false,
            "{path} should be closed to crawlers:\n{text}"
        );
    }
    assert_eq!(
        robots["sitemaps"],
        serde_json::json!([format!("{BASE}/sitemap.xml")])
    );

    // The index names the news sitemap and one sitemap per month with stories.
    let index = xml(&app, "/sitemap.xml").await;
    assert_eq!(index["tag"], format!("{SITEMAP_NS}sitemapindex"));
    let listed: Vec<String> = children(&index, "sitemap")
        .iter()
        .map(|s| child_text(s, "loc"))
        .collect();
    let fresh_month = format!("{BASE}/sitemaps/{}.xml", hours_ago(1).strftime("%Y-%m"));
    for wanted in [
        format!("{BASE}/sitemaps/news.xml"),
        format!("{BASE}/sitemaps/2022-08.xml"),
        format!("{BASE}/sitemaps/2022-07.xml"),
        fresh_month,
    ] {
        assert!(listed.contains(&wanted), "{wanted} not in {listed:?}");
    }
    assert!(
        !listed.iter().any(|l| l.contains("2099")),
        "the embargoed story's month is listed: {listed:?}"
    );
    for loc in &listed {
        xml(&app, &path_of(loc)).await;
    }

    // August 2022: every visible story of every edition, with when it last changed and the
    // versions of a translated story.
    let august = xml(&app, "/sitemaps/2022-08.xml").await;
    assert_eq!(august["tag"], format!("{SITEMAP_NS}urlset"));
    let urls = children(&august, "url");
    let mut locs: Vec<String> = urls.iter().map(|u| child_text(u, "loc")).collect();
    locs.sort();
    let mut expected = Vec::new();
    for id in ["albania", "iran", "english", "translation", "original"] {
        expected.push(format!("{BASE}{}", app.url_of(id).await));
    }
    expected.sort();
    assert_eq!(locs, expected, "drafts and embargoed stories stay out");
    for u in &urls {
        let lastmod = child_text(u, "lastmod");
        assert!(
            lastmod.parse::<jiff::Timestamp>().is_ok(),
            "lastmod {lastmod:?} is not W3C datetime"
        );
    }
    let original_url = format!("{BASE}{}", app.url_of("original").await);
    let translation_url = format!("{BASE}{}", app.url_of("translation").await);
    let original = urls
        .iter()
        .find(|u| child_text(u, "loc") == original_url)
        .unwrap();
    let alternates: Vec<(String, String)> = children(original, "link")
        .iter()
        .map(|l| {
            assert_eq!(l["tag"], "{http://www.w3.org/1999/xhtml}link");
            assert_eq!(l["attrib"]["rel"], "alternate");
            (
                l["attrib"]["hreflang"].as_str().unwrap().to_string(),
                l["attrib"]["href"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        alternates,
        [
            ("it".to_string(), original_url.clone()),
            ("en".to_string(), translation_url.clone())
        ]
    );
    let alone = urls
        .iter()
        .find(|u| child_text(u, "loc").contains("attacco-informatico"))
        .unwrap();
    assert!(children(alone, "link").is_empty());

    assert_eq!(app.get("/sitemaps/2099-01.xml").await.status(), 404);
    assert_eq!(app.get("/sitemaps/2022-13.xml").await.status(), 404);

    // Google News: the last two days only, with the publication's name and language.
    let news = xml(&app, "/sitemaps/news.xml").await;
    let urls = children(&news, "url");
    assert_eq!(urls.len(), 1, "{news}");
    assert_eq!(
        child_text(urls[0], "loc"),
        format!("{BASE}{}", app.url_of("fresh").await)
    );
    let item = children(urls[0], "news")[0];
    assert_eq!(
        item["tag"],
        "{http://www.google.com/schemas/sitemap-news/0.9}news"
    );
    let publication = children(item, "publication")[0];
    assert_eq!(child_text(publication, "name"), "Agenzia");
    assert_eq!(child_text(publication, "language"), "zh-cn");
    assert_eq!(child_text(item, "title"), "今天的新闻");
    let published = child_text(item, "publication_date")
        .parse::<jiff::Timestamp>()
        .unwrap();
    assert_eq!(published.as_second(), now - 3600);
}
