//! The admin API and webhooks, end to end: tokens made in the newsroom, stories driven through
//! `/api/v1/admin/...`, the public site following each step, and a real HTTP receiver on
//! loopback that checks every webhook's signature.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::Bytes;
use axum::http::HeaderMap;
use hmac::{Hmac, Mac};
use secrecy::ExposeSecret;
use serde_json::{json, Value};
use sha2::Sha256;

use crate::admin::{member, Browser};
use crate::helpers::*;

/// What the receiver got: the headers and body of each POST.
type Hits = Arc<Mutex<Vec<(HeaderMap, Bytes)>>>;

/// A partner's endpoint: an axum server on `listener` that answers 200 to every POST to
/// `/hook` and keeps what it got.
fn receiver(listener: tokio::net::TcpListener, hits: Hits) {
    let app = axum::Router::new()
        .route(
            "/hook",
            axum::routing::post(
                |axum::extract::State(hits): axum::extract::State<Hits>,
                 headers: HeaderMap,
                 body: Bytes| async move {
                    hits.lock().unwrap().push((headers, body));
                    "thanks"
                },
            ),
        )
        .with_state(hits);
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
}

/// Checks a delivery as docs/API.md tells partners to: HMAC-SHA256 with the secret over
/// `"{t}.{body}"`, compared with `v1`, and `t` within five minutes of now. Returns the body.
fn verified(secret: &str, headers: &HeaderMap, body: &[u8]) -> Value {
    let header = headers["dateline-signature"].to_str().unwrap();
    let mut t = None;
    let mut v1 = None;
    for part in header.split(',') {
        match part.split_once('=') {
            Some(("t", v)) => t = Some(v.to_string()),
            Some(("v1", v)) => v1 = Some(v.to_string()),
            _ => {}
        }
    }
    let (t, v1) = (t.expect("t="), v1.expect("v1="));
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).unwrap();
    mac.update(format!("{t}.").as_bytes());
    mac.update(body);
    mac.verify_slice(&hex::decode(&v1).unwrap())
        .expect("the signature matches the body");
    let age = dateline_core::article::now() - t.parse::<i64>().unwrap();
    assert!(age.abs() <= 300, "signed {age} s ago");
    // The check can fail: another secret, or a changed body, does not verify.
    let mut other = Hmac::<Sha256>::new_from_slice(b"not the secret").unwrap();
    other.update(format!("{t}.").as_bytes());
    other.update(body);
    assert!(other.verify_slice(&hex::decode(&v1).unwrap()).is_err());
    serde_json::from_slice(body).unwrap()
}

async fn webhook_app(backend: Backend) -> TestApp {
    spawn_app_with(backend, |s| {
        s.webhooks.poll = Duration::from_millis(100);
        s.webhooks.retry_base = Duration::from_secs(1);
        s.webhooks.retry_max = Duration::from_secs(2);
        s.base_url = "https://agency.example".into();
    })
    .await
}

/// Makes a token in the newsroom's page; returns its secret.
async fn make_token(admin: &Browser, name: &str, scopes: &[&str]) -> String {
    let csrf = admin.csrf("/admin/tokens").await;
    let mut form = vec![("csrf", csrf.as_str()), ("name", name)];
    form.extend(scopes.iter().map(|s| (*s, "on")));
    let r = admin.post("/admin/tokens", &form).await;
    assert_eq!(r.status(), 200);
    let html = r.text().await.unwrap();
    between(&html, "<code id=\"new-token\">", "</code>").to_string()
}

struct Api<'a> {
    app: &'a TestApp,
    token: String,
}

impl Api<'_> {
    async fn send(&self, method: reqwest::Method, path: &str, body: Option<Value>) -> (u16, Value) {
        let mut req = self
            .app
            .client
            .request(method, format!("{}/api/v1/admin{path}", self.app.address))
            .bearer_auth(&self.token);
        if let Some(body) = body {
            req = req.json(&body);
        }
        let r = req.send().await.unwrap();
        let status = r.status().as_u16();
        (status, r.json().await.unwrap_or(Value::Null))
    }

    async fn post(&self, path: &str, body: Value) -> (u16, Value) {
        self.send(reqwest::Method::POST, path, Some(body)).await
    }

    async fn patch(&self, path: &str, body: Value) -> (u16, Value) {
        self.send(reqwest::Method::PATCH, path, Some(body)).await
    }
}

fn new_story(headline: &str) -> Value {
    json!({
        "edition": "en",
        "headline": headline,
        "standfirst": "What happened, in one sentence.",
        "dateline": "Tirana",
        "body": "First paragraph.\n\nSecond paragraph.",
        "regions": ["AL"],
        "tags": ["Diplomacy"],
        "authors": ["Anna Rossi"],
    })
}

/// Waits until the receiver holds `n` deliveries.
async fn wait_for(hits: &Hits, n: usize) -> Vec<(HeaderMap, Bytes)> {
    for _ in 0..200 {
        if hits.lock().unwrap().len() >= n {
            return hits.lock().unwrap().clone();
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!(
        "the receiver got {} deliveries, not {n}",
        hits.lock().unwrap().len()
    );
}

async fn a_story_travels_through_the_api(backend: Backend) {
    let app = webhook_app(backend).await;
    let hits: Hits = Arc::default();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let hook = format!("http://{}/hook", listener.local_addr().unwrap());
    receiver(listener, hits.clone());

    let admin = member(&app, "admin@example.org", "admin", &[]).await;
    let csrf = admin.csrf("/admin/webhooks").await;
    let r = admin
        .post(
            "/admin/webhooks",
            &[
                ("csrf", &csrf),
                ("url", &hook),
                ("article.published", "on"),
                ("article.updated", "on"),
                ("article.unpublished", "on"),
            ],
        )
        .await;
    assert_eq!(r.status(), 200);
    let secret = between(
        &r.text().await.unwrap(),
        "<code id=\"new-secret\">",
        "</code>",
    )
    .to_string();
    assert!(secret.starts_with("whsec_"));
    // Stored sealed, never as shown: the deliveries below are signed with what it opens to.
    let stored = app.store.webhook_secrets().await.unwrap();
    assert_eq!(stored.len(), 1);
    assert!(stored[0].1.starts_with("sealed:"), "{}", stored[0].1);
    assert!(!stored[0].1.contains(&secret[6..]));
    assert_eq!(
        app.state
            .settings
            .keyring
            .open_text(&stored[0].1, dateline_web::webhooks::SECRET_CONTEXT)
            .unwrap(),
        secret
    );
    let writer = Api {
        app: &app,
        token: make_token(&admin, "CMS bridge", &["articles:write"]).await,
    };
    let publisher = Api {
        app: &app,
        token: make_token(&admin, "Wire desk", &["articles:write", "articles:publish"]).await,
    };
    assert!(publisher.token.starts_with("dl_"));
    // The front page is cached before the story exists: publishing must refresh it.
    assert!(!app.html("/en/").await.contains("Tirana talks resume"));

    // Create: a draft, nowhere public.
    let (status, draft) = writer
        .post("/articles", new_story("Tirana talks open"))
        .await;
    assert_eq!(status, 201, "{draft}");
    assert_eq!(draft["status"], "draft");
    assert_eq!(draft["revision"], 1);
    assert_eq!(draft["visible"], false);
    assert_eq!(draft["url"], Value::Null);
    let id = draft["id"].as_i64().unwrap();
    assert_eq!(
        app.get(&format!("/api/v1/articles/{id}")).await.status(),
        404
    );

    // Update the draft.
    let (status, updated) = writer
        .patch(
            &format!("/articles/{id}"),
            json!({ "headline": "Tirana talks resume", "revision": 1 }),
        )
        .await;
    assert_eq!(status, 200, "{updated}");
    assert_eq!(updated["headline"], "Tirana talks resume");
    assert_eq!(updated["revision"], 2);
    assert_eq!(updated["tags"], json!(["Diplomacy"]));
    // A story keeps the address it was given when it was first saved.
    assert_eq!(updated["slug"], "tirana-talks-open");

    // Publishing needs its own scope, named in the refusal.
    let (status, refused) = writer
        .post(&format!("/articles/{id}/publish"), json!({}))
        .await;
    assert_eq!(status, 403);
    assert_eq!(refused["scope"], "articles:publish");
    assert!(refused["error"]
        .as_str()
        .unwrap()
        .contains("articles:publish"));

    let (status, published) = publisher
        .post(&format!("/articles/{id}/publish"), json!({ "revision": 2 }))
        .await;
    assert_eq!(status, 200, "{published}");
    assert_eq!(published["status"], "published");
    assert_eq!(published["visible"], true);
    let url = published["url"].as_str().unwrap().to_string();
    assert!(
        url.starts_with("/en/") && url.ends_with("/tirana-talks-open"),
        "{url}"
    );
    app.eventually_contains("/en/", "Tirana talks resume").await;
    let page = app.html(&url).await;
    assert!(page.contains("Tirana talks resume"));
    assert_eq!(
        app.json(&format!("/api/v1/articles/{id}")).await["headline"],
        "Tirana talks resume"
    );

    // A published story changes only with the publishing scope too.
    let (status, refused) = writer
        .patch(&format!("/articles/{id}"), json!({ "headline": "Changed" }))
        .await;
    assert_eq!(status, 403);
    assert_eq!(refused["scope"], "articles:publish");
    let (status, changed) = publisher
        .patch(
            &format!("/articles/{id}"),
            json!({ "headline": "Tirana talks resume after a year" }),
        )
        .await;
    assert_eq!(status, 200, "{changed}");
    assert_eq!(changed["url"], url, "the address stays");
    app.eventually_contains(&url, "Tirana talks resume after a year")
        .await;

    // Unpublish: gone from the page, the front page and the read API.
    let (status, gone) = publisher
        .post(&format!("/articles/{id}/unpublish"), json!({}))
        .await;
    assert_eq!(status, 200, "{gone}");
    assert_eq!(gone["status"], "unpublished");
    assert_eq!(gone["url"], Value::Null);
    // The page says the story was withdrawn (410 Gone), as after the editor's unpublish.
    for _ in 0..100 {
        if app.get(&url).await.status() == 410 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(app.get(&url).await.status(), 410);
    assert!(!app.html("/en/").await.contains("Tirana talks resume"));
    assert_eq!(
        app.get(&format!("/api/v1/articles/{id}")).await.status(),
        404
    );
    let (status, _) = publisher
        .post(&format!("/articles/{id}/unpublish"), json!({}))
        .await;
    assert_eq!(
        status, 409,
        "a story that is not published cannot be unpublished"
    );

    // Every step is a revision of the one chain the editor writes.
    assert_eq!(app.store.revisions(id).await.unwrap().len(), 5);

    // The editor publishes it again: the same webhooks follow.
    let editor_csrf = admin.csrf(&format!("/admin/articles/{id}")).await;
    let r = admin
        .post(
            &format!("/admin/articles/{id}"),
            &[
                ("csrf", editor_csrf.as_str()),
                ("action", "publish"),
                ("revision", "5"),
                ("edition", "en"),
                ("headline", "Tirana talks resume after a year"),
                ("standfirst", "What happened, in one sentence."),
                ("dateline", "Tirana"),
                ("body", "First paragraph."),
                ("regions", "AL"),
                ("tags", "Diplomacy"),
                ("authors", "Anna Rossi"),
                ("time_zone", "Europe/Rome"),
            ],
        )
        .await;
    assert_eq!(r.status(), 303);

    // The partner got each event once, signed, in order.
    let got = wait_for(&hits, 4).await;
    let events: Vec<Value> = got
        .iter()
        .map(|(headers, body)| {
            let v = verified(&secret, headers, body);
            assert_eq!(headers["dateline-event"], v["event"].as_str().unwrap());
            assert_eq!(
                headers["dateline-delivery"].to_str().unwrap(),
                v["delivery"].to_string()
            );
            assert_eq!(headers["content-type"], "application/json");
            v
        })
        .collect();
    let names: Vec<&str> = events
        .iter()
        .map(|e| e["event"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "article.published",
            "article.updated",
            "article.unpublished",
            "article.published"
        ]
    );
    for e in &events {
        assert_eq!(e["article"]["id"], id);
        assert_eq!(e["article"]["edition"], "en");
        assert_eq!(
            e["article"]["url"],
            format!("https://agency.example{url}"),
            "{e}"
        );
        assert!(e["occurred_at"].as_str().unwrap().ends_with('Z'));
    }
    assert_eq!(events[0]["article"]["headline"], "Tirana talks resume");
    assert_eq!(events[0]["article"]["revision"], 3);
    assert_eq!(
        events[1]["article"]["headline"],
        "Tirana talks resume after a year"
    );
    assert_eq!(events[2]["article"]["status"], "unpublished");
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(hits.lock().unwrap().len(), 4, "nothing delivered twice");

    // The audit log names the token behind each step, as the editor's own entries.
    let audit = admin.get("/admin/audit").await.text().await.unwrap();
    assert!(audit.contains("<td>publish</td>") && audit.contains("<td>unpublish</td>"));
    assert!(audit.contains("via API token"), "{audit}");
    assert!(
        audit.contains("<td>api_token_created</td>") && audit.contains("<td>webhook_added</td>")
    );
    // The tokens page lists them, used, with their creator; the secret is not shown again.
    let tokens = admin.get("/admin/tokens").await.text().await.unwrap();
    assert!(tokens.contains("Wire desk") && tokens.contains("articles:publish articles:write"));
    assert!(tokens.contains("admin@example.org"));
    assert!(!tokens.contains(&publisher.token));
    assert!(!tokens.contains("never"), "both tokens were used");
    let page = admin.get("/admin/webhooks").await.text().await.unwrap();
    assert!(page.contains(&hook) && !page.contains(&secret));
}

#[tokio::test]
async fn a_story_travels_through_the_api_on_sqlite() {
    a_story_travels_through_the_api(Backend::Sqlite).await;
}

#[tokio::test]
async fn a_story_travels_through_the_api_on_postgres() {
    a_story_travels_through_the_api(Backend::Postgres).await;
}

async fn bad_tokens_and_bad_input_are_refused(backend: Backend) {
    let app = webhook_app(backend).await;
    let admin = member(&app, "admin@example.org", "admin", &[]).await;
    let full = ["articles:write", "articles:publish"];
    let good = Api {
        app: &app,
        token: make_token(&admin, "Tool", &full).await,
    };

    // No token, an unknown one, a revoked one: 401, saying why, with a challenge.
    let r = app
        .client
        .post(format!("{}/api/v1/admin/articles", app.address))
        .json(&new_story("No token"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 401);
    assert!(r.headers()["www-authenticate"]
        .to_str()
        .unwrap()
        .starts_with("Bearer"));
    assert!(r.json::<Value>().await.unwrap()["error"]
        .as_str()
        .unwrap()
        .contains("Bearer"));
    let unknown = Api {
        app: &app,
        token: "dl_not-a-token".into(),
    };
    assert_eq!(unknown.post("/articles", new_story("Unknown")).await.0, 401);
    let doomed = Api {
        app: &app,
        token: make_token(&admin, "Leaked", &full).await,
    };
    assert_eq!(doomed.post("/articles", new_story("Before")).await.0, 201);
    let tokens = admin.get("/admin/tokens").await.text().await.unwrap();
    let leaked = between(&tokens, "<td>Leaked</td>", "</tr>");
    let revoke = between(leaked, "action=\"", "\"").to_string();
    let csrf = admin.csrf("/admin/tokens").await;
    assert_eq!(
        admin.post(&revoke, &[("csrf", "forged")]).await.status(),
        403,
        "the revoke form needs its CSRF token"
    );
    assert_eq!(admin.post(&revoke, &[("csrf", &csrf)]).await.status(), 303);
    let (status, body) = doomed.post("/articles", new_story("After")).await;
    assert_eq!(status, 401);
    assert!(body["error"].as_str().unwrap().contains("revoked"));

    // Only admins make tokens and webhooks, and only with the form's CSRF token.
    let editor = member(&app, "editor@example.org", "editor", &[]).await;
    assert_eq!(editor.get("/admin/tokens").await.status(), 403);
    assert_eq!(editor.get("/admin/webhooks").await.status(), 403);
    let forged = admin
        .post(
            "/admin/webhooks",
            &[
                ("csrf", "forged"),
                ("url", "https://partner.example/hook"),
                ("article.published", "on"),
            ],
        )
        .await;
    assert_eq!(forged.status(), 403);
    let csrf = admin.csrf("/admin/webhooks").await;
    let r = admin
        .post(
            "/admin/webhooks",
            &[
                ("csrf", &csrf),
                ("url", "ftp://partner.example/hook"),
                ("article.published", "on"),
            ],
        )
        .await;
    assert_eq!(r.status(), 422);
    assert!(r.text().await.unwrap().contains("https://"));
    assert!(app.store.webhooks().await.unwrap().is_empty());

    // Bad input: 422 naming the field, and nothing saved.
    let before = app.store.article_count().await.unwrap();
    let mut cases: Vec<(Value, &str)> = Vec::new();
    let mut no_headline = new_story("");
    no_headline["headline"] = json!("  ");
    cases.push((no_headline, "headline"));
    let mut bad_region = new_story("Bad region");
    bad_region["regions"] = json!(["XX"]);
    cases.push((bad_region, "regions"));
    let mut tags_text = new_story("Tags as text");
    tags_text["tags"] = json!("Diplomacy");
    cases.push((tags_text, "tags"));
    let mut zone = new_story("Bad zone");
    zone["time_zone"] = json!("Mars/Olympus");
    cases.push((zone, "time_zone"));
    let mut when = new_story("Bad time");
    when["published_at"] = json!("yesterday");
    cases.push((when, "published_at"));
    let mut edition = new_story("Bad edition");
    edition["edition"] = json!("xx");
    cases.push((edition, "edition"));
    let mut extra = new_story("Extra field");
    extra["colour"] = json!("red");
    cases.push((extra, "colour"));
    for (body, field) in cases {
        let (status, answer) = good.post("/articles", body).await;
        assert_eq!(status, 422, "{field}: {answer}");
        assert_eq!(answer["field"], field, "{answer}");
        assert!(!answer["error"].as_str().unwrap().is_empty());
    }
    let r = app
        .client
        .post(format!("{}/api/v1/admin/articles", app.address))
        .bearer_auth(&good.token)
        .body("{not json")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 400);
    assert_eq!(app.store.article_count().await.unwrap(), before);

    // 404, and a stale revision: 409 with the current one.
    assert_eq!(good.patch("/articles/999999", json!({})).await.0, 404);
    let (_, story) = good.post("/articles", new_story("Two hands")).await;
    let id = story["id"].as_i64().unwrap();
    let (status, _) = good
        .patch(
            &format!("/articles/{id}"),
            json!({ "standfirst": "One.", "revision": 1 }),
        )
        .await;
    assert_eq!(status, 200);
    let (status, stale) = good
        .patch(
            &format!("/articles/{id}"),
            json!({ "standfirst": "Two.", "revision": 1 }),
        )
        .await;
    assert_eq!(status, 409, "{stale}");
    assert_eq!(stale["current_revision"], 2);
    let (status, revision) = good
        .patch(&format!("/articles/{id}"), json!({ "revision": "2" }))
        .await;
    assert_eq!(
        (status, revision["field"].as_str()),
        (422, Some("revision"))
    );

    // A token acts within its account's role: a contributor's token cannot publish, whatever
    // its scopes, and the refusal is in the audit log.
    dateline::users::add(
        &app.store,
        "writer@example.org",
        "Writer",
        "contributor",
        &[],
    )
    .await
    .unwrap();
    let scopes: Vec<String> = full.iter().map(|s| s.to_string()).collect();
    let (_, secret) =
        dateline::tokens::create(&app.store, "writer@example.org", "Writer's tool", &scopes)
            .await
            .unwrap();
    let contributor = Api {
        app: &app,
        token: secret,
    };
    let (status, draft) = contributor
        .post("/articles", new_story("A contributor's draft"))
        .await;
    assert_eq!(status, 201);
    let draft_id = draft["id"].as_i64().unwrap();
    let (status, refused) = contributor
        .post(&format!("/articles/{draft_id}/publish"), json!({}))
        .await;
    assert_eq!(status, 403);
    assert!(
        refused["error"].as_str().unwrap().contains("contributor"),
        "{refused}"
    );
    let audit = admin
        .get("/admin/audit?action=permission_refused")
        .await
        .text()
        .await
        .unwrap();
    assert!(
        audit.contains("writer@example.org") && audit.contains("via API token"),
        "{audit}"
    );
    assert!(
        dateline::tokens::create(&app.store, "writer@example.org", "x", &["admin".into()])
            .await
            .unwrap_err()
            .to_string()
            .contains("--scopes")
    );

    // Failed token checks are limited per address; then even a good token waits.
    let mut limited = false;
    for _ in 0..30 {
        let (status, _) = unknown.post("/articles", json!({})).await;
        if status == 429 {
            limited = true;
            break;
        }
        assert_eq!(status, 401);
    }
    assert!(limited, "bad tokens were never limited");
    assert_eq!(good.post("/articles", new_story("Later")).await.0, 429);
}

#[tokio::test]
async fn bad_tokens_and_bad_input_are_refused_on_sqlite() {
    bad_tokens_and_bad_input_are_refused(Backend::Sqlite).await;
}

#[tokio::test]
async fn bad_tokens_and_bad_input_are_refused_on_postgres() {
    bad_tokens_and_bad_input_are_refused(Backend::Postgres).await;
}

/// A second node on the same database, delivering webhooks too.
async fn second_node(app: &TestApp) -> Arc<dateline_web::AppState> {
    let url = app.state.settings.database_url.expose_secret().to_string();
    let mut settings = dateline_web::Settings::new(&url);
    settings.listen = "127.0.0.1:0".into();
    settings.webhooks = app.state.settings.webhooks.clone();
    // Nodes share the key file (docs/OPERATIONS.md): it seals the endpoints' secrets.
    settings.keyring = app.state.settings.keyring.clone();
    let store = dateline_store::Store::open(&url, 4).await.unwrap();
    let node = dateline_web::Application::build_with_store(settings, store)
        .await
        .unwrap();
    let state = node.state();
    tokio::spawn(node.run_until_stopped());
    state
}

async fn deliveries_wait_for_a_receiver_that_is_down(backend: Backend) {
    let app = webhook_app(backend).await;
    let _other = second_node(&app).await;
    // A port nobody listens on yet.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let secret = "whsec_test";
    app.store
        .add_webhook(
            &dateline_store::NewWebhook {
                url: format!("http://127.0.0.1:{port}/hook"),
                secret: secret.into(),
                events: vec!["article.published".into()],
                created_by: None,
            },
            dateline_core::article::now(),
        )
        .await
        .unwrap();
    // Stored in clear, as by a version before secrets were sealed: a node seals it when it
    // starts (here, by hand), and the deliveries below are still signed with it.
    assert_eq!(app.state.seal_clear_secrets().await.unwrap(), (1, 0));
    let stored = app.store.webhook_secrets().await.unwrap();
    assert!(stored[0].1.starts_with("sealed:"), "{}", stored[0].1);
    assert_eq!(app.state.seal_clear_secrets().await.unwrap(), (0, 0));
    dateline::users::add(&app.store, "desk@example.org", "Desk", "editor", &[])
        .await
        .unwrap();
    let (_, token) = dateline::tokens::create(
        &app.store,
        "desk@example.org",
        "Desk tool",
        &["articles:write".into(), "articles:publish".into()],
    )
    .await
    .unwrap();
    let api = Api { app: &app, token };
    let mut ids = Vec::new();
    for headline in ["First story", "Second story", "Third story"] {
        let (status, story) = api.post("/articles", new_story(headline)).await;
        assert_eq!(status, 201);
        let id = story["id"].as_i64().unwrap();
        let (status, _) = api
            .post(&format!("/articles/{id}/publish"), json!({}))
            .await;
        assert_eq!(status, 200);
        ids.push(id);
    }
    // A draft saved and updated is no event; an update of a draft is none either.
    let (_, draft) = api.post("/articles", new_story("Only a draft")).await;
    assert_eq!(draft["status"], "draft");

    // The receiver is down: attempts fail and are counted, nothing is lost.
    let mut tried = false;
    for _ in 0..100 {
        let d = app.store.webhook_deliveries(10).await.unwrap();
        if d.len() == 3 && d.iter().all(|d| d.attempts >= 1 && d.state == "queued") {
            assert!(
                d[0].last_error.as_deref().unwrap().contains("connect"),
                "{d:?}"
            );
            tried = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(
        tried,
        "{:?}",
        app.store.webhook_deliveries(10).await.unwrap()
    );

    // It comes up: every delivery arrives, once, though two nodes deliver.
    let hits: Hits = Arc::default();
    receiver(
        tokio::net::TcpListener::bind(("127.0.0.1", port))
            .await
            .unwrap(),
        hits.clone(),
    );
    let got = wait_for(&hits, 3).await;
    for _ in 0..100 {
        let d = app.store.webhook_deliveries(10).await.unwrap();
        if d.iter().all(|d| d.state == "delivered") {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    tokio::time::sleep(Duration::from_secs(3)).await;
    let got_all = hits.lock().unwrap().clone();
    assert_eq!(got_all.len(), 3, "no delivery twice: {got_all:?}");
    let mut stories: Vec<i64> = got
        .iter()
        .map(|(h, b)| verified(secret, h, b)["article"]["id"].as_i64().unwrap())
        .collect();
    stories.sort_unstable();
    assert_eq!(stories, ids);
    let d = app.store.webhook_deliveries(10).await.unwrap();
    assert!(
        d.iter().all(|d| d.state == "delivered" && d.attempts >= 2),
        "{d:?}"
    );
}

#[tokio::test]
async fn deliveries_wait_for_a_receiver_that_is_down_on_sqlite() {
    deliveries_wait_for_a_receiver_that_is_down(Backend::Sqlite).await;
}

#[tokio::test]
async fn deliveries_wait_for_a_receiver_that_is_down_on_postgres() {
    deliveries_wait_for_a_receiver_that_is_down(Backend::Postgres).await;
}

/// A publication under embargo is announced when the embargo lifts, not before; withdrawn
/// before then, it is never announced.
#[tokio::test]
async fn an_embargo_holds_the_webhook_back() {
    let app = webhook_app(Backend::Sqlite).await;
    let hits: Hits = Arc::default();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let hook = format!("http://{}/hook", listener.local_addr().unwrap());
    receiver(listener, hits.clone());
    app.store
        .add_webhook(
            &dateline_store::NewWebhook {
                url: hook,
                secret: "s".into(),
                events: dateline_store::partners::EVENTS
                    .iter()
                    .map(|e| e.to_string())
                    .collect(),
                created_by: None,
            },
            dateline_core::article::now(),
        )
        .await
        .unwrap();
    dateline::users::add(&app.store, "desk@example.org", "Desk", "editor", &[])
        .await
        .unwrap();
    let (_, token) = dateline::tokens::create(
        &app.store,
        "desk@example.org",
        "Desk tool",
        &["articles:write".into(), "articles:publish".into()],
    )
    .await
    .unwrap();
    let api = Api { app: &app, token };
    let soon = jiff::Timestamp::from_second(dateline_core::article::now() + 3)
        .unwrap()
        .to_string();
    let later = jiff::Timestamp::from_second(dateline_core::article::now() + 3600)
        .unwrap()
        .to_string();
    let (_, a) = api
        .post("/articles", new_story("Embargoed until soon"))
        .await;
    let (_, b) = api
        .post("/articles", new_story("Embargoed and withdrawn"))
        .await;
    let (a, b) = (a["id"].as_i64().unwrap(), b["id"].as_i64().unwrap());
    let (status, held) = api
        .post(
            &format!("/articles/{a}/publish"),
            json!({ "embargo": soon }),
        )
        .await;
    assert_eq!(status, 200, "{held}");
    assert_eq!(held["status"], "published");
    assert_eq!(held["visible"], false);
    assert_eq!(held["published_at"], soon);
    let (status, _) = api
        .post(
            &format!("/articles/{b}/publish"),
            json!({ "embargo": later }),
        )
        .await;
    assert_eq!(status, 200);
    let (status, _) = api
        .post(&format!("/articles/{b}/unpublish"), json!({}))
        .await;
    assert_eq!(status, 200);
    tokio::time::sleep(Duration::from_millis(1000)).await;
    assert!(
        hits.lock().unwrap().is_empty(),
        "nothing before the embargo lifts"
    );
    let got = wait_for(&hits, 1).await;
    let body: Value = serde_json::from_slice(&got[0].1).unwrap();
    assert_eq!(body["article"]["id"], a);
    assert_eq!(body["event"], "article.published");
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(
        hits.lock().unwrap().len(),
        1,
        "the withdrawn story was never announced"
    );
    let states: Vec<String> = app
        .store
        .webhook_deliveries(10)
        .await
        .unwrap()
        .into_iter()
        .map(|d| d.state)
        .collect();
    assert!(states.contains(&"cancelled".to_string()), "{states:?}");
}
