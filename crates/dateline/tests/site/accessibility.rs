//! Every kind of public page, in every edition, checked by axe-core (`DATELINE_TEST_AXE_JS`,
//! installed by `.ci/tools.sh`) in real headless Chromium: what the page is once styled and
//! laid out (contrast, landmarks, names of controls, languages), which no markup checker sees.
//!
//! axe is injected over WebDriver, whose scripts run outside the page's Content Security
//! Policy; the policy still governs the page, which the test checks on every page by trying
//! an inline script, which must not run.

use serde_json::Value;

use crate::browser::Chromium;
use crate::helpers::*;

/// Runs axe on the whole document and answers its violations as a JSON string (WebDriver
/// hands back plain JSON values; the string keeps the nesting intact).
const RUN_AXE: &str = r#"
const done = arguments[arguments.length - 1];
axe.run(document, { resultTypes: ["violations"] })
    .then(r => done(JSON.stringify(r.violations.map(v => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.map(n => n.target.join(" ")),
    })))))
    .catch(e => done(JSON.stringify({ error: String(e) })));
"#;

/// Adds an inline script to the page and says whether it ran: the CSP must stop it.
const INLINE_SCRIPT_RUNS: &str = r#"
const s = document.createElement("script");
s.textContent = "window.__inlineRan = true;";
document.head.appendChild(s);
return window.__inlineRan === true;
"#;

/// What the page shows when axe looks at it.
enum State {
    AsServed,
    /// The article with its "Send to a friend" dialog open (the site's script at work).
    SendDialogOpen,
    /// The subscription form as the server answers a refused address.
    SubscribeRefused,
}

struct Violation {
    page: String,
    rule: String,
    impact: String,
    help: String,
    target: String,
}

#[tokio::test]
async fn every_page_type_has_no_accessibility_violation_in_every_edition() {
    let axe_path = std::env::var("DATELINE_TEST_AXE_JS").expect(
        "DATELINE_TEST_AXE_JS is not set: run the tests with `bash .ci/run`, or `source .ci/tools.sh` first",
    );
    let axe = std::fs::read_to_string(&axe_path)
        .unwrap_or_else(|e| panic!("cannot read axe-core at {axe_path}: {e}"));
    let app = spawn_demo_sample(20).await;
    let reader = confirmed_reader(&app).await;
    let links = app.state.composer.links();

    let mut pages: Vec<(String, String, State)> = Vec::new();
    for edition in ["it", "en", "es", "zh"] {
        let list = app
            .json(&format!("/api/v1/articles?edition={edition}&per_page=1"))
            .await;
        let first = &list["articles"][0];
        let article = first["url"].as_str().unwrap().to_string();
        let id = first["id"].as_i64().unwrap();
        let full = app.json(&format!("/api/v1/articles/{id}")).await;
        let tag = full["tags"][0]["url"].as_str().unwrap().to_string();
        let region = format!(
            "/{edition}/region/{}",
            first["regions"][0]["code"].as_str().unwrap().to_lowercase()
        );
        let month = article.split('/').take(4).collect::<Vec<_>>().join("/");
        // The story's own headline finds at least the story.
        let query: String = url_encode(first["headline"].as_str().unwrap());
        for (kind, path) in [
            ("front page", format!("/{edition}/")),
            ("front page 2", format!("/{edition}/?page=2")),
            ("article", article.clone()),
            ("print version", format!("{article}/print")),
            ("region", region),
            ("tag", tag),
            ("archive", format!("/{edition}/archive")),
            ("date archive", month),
            ("search form", format!("/{edition}/search")),
            ("search results", format!("/{edition}/search?q={query}")),
            (
                "search without results, with a notice",
                format!("/{edition}/search?q=zzqqxx&from=yesterday"),
            ),
            ("send to a friend", format!("/{edition}/send/{id}")),
            ("newsletter subscribe", format!("/{edition}/newsletter")),
            (
                "newsletter preferences",
                path_of(&links.preferences(edition, reader)),
            ),
            ("not found", format!("/{edition}/no/such/page")),
        ] {
            pages.push((format!("{edition} {kind} ({path})"), path, State::AsServed));
        }
        pages.push((
            format!("{edition} article, send-to-a-friend dialog open ({article})"),
            article,
            State::SendDialogOpen,
        ));
        let newsletter = format!("/{edition}/newsletter");
        pages.push((
            format!("{edition} newsletter subscribe, refused address ({newsletter})"),
            newsletter,
            State::SubscribeRefused,
        ));
    }

    for (page, path, _) in &pages {
        let status = app.get(path).await.status();
        let expected = if page.contains("not found") { 404 } else { 200 };
        assert_eq!(status, expected, "{page}");
    }

    // The policy the pages are served with, which the injection must not need loosened.
    let csp = app.get("/en/").await.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .to_string();
    assert!(csp.contains("script-src 'self';"), "{csp}");

    let browser = Chromium::start(&app.address).await;
    let mut violations: Vec<Violation> = Vec::new();
    for (page, path, state) in &pages {
        browser.goto(path).await.unwrap();
        match state {
            State::AsServed => {}
            State::SendDialogOpen => {
                browser.click("p.share a.send-link").await.unwrap();
                browser
                    .wait_for("return document.querySelector('dialog.send-dialog')?.open === true")
                    .await
                    .unwrap();
            }
            State::SubscribeRefused => {
                // The server's answer to an address it refuses (the browser's own check of
                // the field is switched off to get there).
                browser
                    .execute(
                        "const f = document.querySelector('form.subscribe-form'); \
                         f.noValidate = true; f.querySelector('#nl-email').value = 'nobody'; \
                         f.submit();",
                    )
                    .await
                    .unwrap();
                browser
                    .wait_for("return document.querySelector('.reader-form .error') !== null")
                    .await
                    .unwrap();
            }
        }
        browser.inject("axe-core", &axe).await.unwrap();
        assert_eq!(
            browser.execute("return typeof axe.run").await.unwrap(),
            "function",
            "{page}: axe-core did not load"
        );
        assert_eq!(
            browser.execute(INLINE_SCRIPT_RUNS).await.unwrap(),
            false,
            "{page}: an inline script ran: the page is not under its CSP"
        );
        let answer = browser.execute_async(RUN_AXE).await.unwrap();
        let found: Value = serde_json::from_str(answer.as_str().unwrap_or("null"))
            .unwrap_or_else(|e| panic!("{page}: unreadable axe answer ({e}): {answer}"));
        let found = found
            .as_array()
            .unwrap_or_else(|| panic!("{page}: axe failed: {found}"));
        for v in found {
            for target in v["targets"].as_array().into_iter().flatten() {
                violations.push(Violation {
                    page: page.clone(),
                    rule: v["id"].as_str().unwrap_or("?").to_string(),
                    impact: v["impact"].as_str().unwrap_or("?").to_string(),
                    help: v["help"].as_str().unwrap_or("?").to_string(),
                    target: target.as_str().unwrap_or("?").to_string(),
                });
            }
        }
    }
    // The checker itself: a page given an unnamed button and an image without text must fail.
    browser.goto("/en/").await.unwrap();
    browser.inject("axe-core", &axe).await.unwrap();
    browser
        .execute(
            "document.querySelector('main').append(document.createElement('button'), \
             Object.assign(document.createElement('img'), { src: '/static/site.css' }));",
        )
        .await
        .unwrap();
    let answer = browser.execute_async(RUN_AXE).await.unwrap();
    let control: Value = serde_json::from_str(answer.as_str().unwrap()).unwrap();
    let rules: Vec<&str> = control
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|v| v["id"].as_str())
        .collect();
    assert!(
        rules.contains(&"button-name") && rules.contains(&"image-alt"),
        "axe-core missed planted violations: {rules:?}"
    );
    browser.quit().await.unwrap();

    let listing: Vec<String> = violations
        .iter()
        .map(|v| {
            format!(
                "{} [{}] {} — {} — on {}",
                v.rule, v.impact, v.target, v.help, v.page
            )
        })
        .collect();
    assert!(
        listing.is_empty(),
        "axe-core found {} violations:\n{}",
        listing.len(),
        listing.join("\n")
    );
    assert_eq!(pages.len(), 4 * 17);
}

fn url_encode(text: &str) -> String {
    text.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}
