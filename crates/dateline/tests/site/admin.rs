//! The newsroom's door: sign-in, the second factor, CSRF refusal, rate limits, sign-out
//! everywhere and the audit log, over HTTP against the real server.

use crate::helpers::*;

pub struct Browser {
    client: reqwest::Client,
    base: String,
}

impl Browser {
    pub fn new(app: &TestApp) -> Browser {
        Browser {
            client: reqwest::Client::builder()
                .cookie_store(true)
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .unwrap(),
            base: app.address.clone(),
        }
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client
            .get(format!("{}{path}", self.base))
            .send()
            .await
            .unwrap()
    }

    pub async fn post(&self, path: &str, form: &[(&str, &str)]) -> reqwest::Response {
        self.client
            .post(format!("{}{path}", self.base))
            .form(form)
            .send()
            .await
            .unwrap()
    }

    /// The CSRF token of the form on `path`.
    pub async fn csrf(&self, path: &str) -> String {
        let html = self.get(path).await.text().await.unwrap();
        between(&html, "name=\"csrf\" value=\"", "\"").to_string()
    }

    async fn sign_in(&self, email: &str, password: &str) -> reqwest::Response {
        let csrf = self.csrf("/admin/sign-in").await;
        self.post(
            "/admin/sign-in",
            &[("csrf", &csrf), ("email", email), ("password", password)],
        )
        .await
    }
}

fn location(r: &reqwest::Response) -> &str {
    r.headers()
        .get("location")
        .map(|v| v.to_str().unwrap())
        .unwrap_or("")
}

async fn account(app: &TestApp, email: &str, role: &str) -> String {
    dateline::users::add(&app.store, email, "Anna Rossi", role, &[])
        .await
        .unwrap()
        .1
}

const GOOD: &str = "correct horse battery staple";

#[tokio::test]
async fn a_one_time_password_must_be_changed_at_first_sign_in() {
    let app = spawn_app().await;
    let once = account(&app, "anna@example.org", "editor").await;
    let b = Browser::new(&app);
    let r = b.sign_in("Anna@Example.org", &once).await;
    assert_eq!(r.status(), 303);
    assert_eq!(location(&r), "/admin/password");
    let cookie = r
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_string())
        .collect::<Vec<_>>()
        .join("\n");
    assert!(
        cookie.contains("dateline_session=")
            && cookie.contains("HttpOnly")
            && cookie.contains("SameSite=Strict"),
        "{cookie}"
    );
    assert_eq!(location(&b.get("/admin/").await), "/admin/password");

    let csrf = b.csrf("/admin/password").await;
    let weak = b
        .post(
            "/admin/password",
            &[("csrf", &csrf), ("current", &once), ("new", "short")],
        )
        .await;
    assert_eq!(weak.status(), 422);
    assert!(weak.text().await.unwrap().contains("12"));
    let wrong = b
        .post(
            "/admin/password",
            &[
                ("csrf", &csrf),
                ("current", "nope-nope-nope"),
                ("new", GOOD),
            ],
        )
        .await;
    assert_eq!(wrong.status(), 401);
    let ok = b
        .post(
            "/admin/password",
            &[("csrf", &csrf), ("current", &once), ("new", GOOD)],
        )
        .await;
    assert_eq!(location(&ok), "/admin/");
    let home = b.get("/admin/").await;
    assert_eq!(home.status(), 200);
    assert_eq!(home.headers()["cache-control"], "no-store");
    assert!(home
        .text()
        .await
        .unwrap()
        .contains("Signed in as <strong>Anna Rossi</strong>"));

    // The new password works from another browser; the one-time password no longer does.
    assert_eq!(
        location(&Browser::new(&app).sign_in("anna@example.org", GOOD).await),
        "/admin/"
    );
    assert_eq!(
        Browser::new(&app)
            .sign_in("anna@example.org", &once)
            .await
            .status(),
        401
    );
}

#[tokio::test]
async fn forms_without_the_right_csrf_token_are_refused() {
    let app = spawn_app().await;
    let once = account(&app, "anna@example.org", "admin").await;
    let b = Browser::new(&app);
    let _ = b.csrf("/admin/sign-in").await;
    let forged = b
        .post(
            "/admin/sign-in",
            &[
                ("csrf", "forged"),
                ("email", "anna@example.org"),
                ("password", &once),
            ],
        )
        .await;
    assert_eq!(forged.status(), 403);
    // A request from another site carries no form cookie at all.
    let bare = reqwest::Client::new()
        .post(format!("{}/admin/sign-in", app.address))
        .form(&[
            ("csrf", ""),
            ("email", "anna@example.org"),
            ("password", once.as_str()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(bare.status(), 403);
    assert_eq!(b.sign_in("anna@example.org", &once).await.status(), 303);
    let r = b.post("/admin/sign-out", &[("csrf", "forged")]).await;
    assert_eq!(r.status(), 403);
    assert_eq!(
        b.get("/admin/password").await.status(),
        200,
        "still signed in"
    );
}

#[tokio::test]
async fn wrong_passwords_are_recorded_and_then_throttled() {
    let app = spawn_app().await;
    account(&app, "anna@example.org", "editor").await;
    let b = Browser::new(&app);
    for _ in 0..5 {
        let r = b.sign_in("anna@example.org", "not the password").await;
        assert_eq!(r.status(), 401);
        assert!(r
            .text()
            .await
            .unwrap()
            .contains("Wrong e-mail address or password."));
    }
    let r = b.sign_in("anna@example.org", "not the password").await;
    assert_eq!(r.status(), 429);
    assert!(r
        .text()
        .await
        .unwrap()
        .contains("Too many sign-in attempts for this account"));
    // An unknown account gets the same answer as a wrong password.
    let r = b.sign_in("nobody@example.org", "whatever it is").await;
    assert_eq!(r.status(), 401);
    let log = app
        .store
        .audit_log(&dateline_store::AuditQuery {
            action: Some("sign_in_failed".into()),
            limit: 50,
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(log.len(), 6);
    assert!(log.iter().all(|e| e.ip == "127.0.0.1"));
    assert!(log
        .iter()
        .any(|e| e.actor == "nobody@example.org" && e.user_id.is_none()));
}

#[tokio::test]
async fn two_factor_codes_are_required_and_single_use() {
    let app = spawn_app().await;
    let once = account(&app, "anna@example.org", "editor").await;
    let secret = app.enrol_totp("anna@example.org").await;

    let b = Browser::new(&app);
    let r = b.sign_in("anna@example.org", &once).await;
    assert_eq!(location(&r), "/admin/two-factor");
    // Half signed in opens nothing.
    assert_eq!(location(&b.get("/admin/").await), "/admin/two-factor");
    assert_eq!(
        location(&b.get("/admin/password").await),
        "/admin/two-factor"
    );
    let csrf = b.csrf("/admin/two-factor").await;
    assert_eq!(
        b.post("/admin/two-factor", &[("csrf", &csrf), ("code", "000000")])
            .await
            .status(),
        401
    );
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    let code = dateline_auth::totp::code_at(&secret, now);
    let r = b
        .post("/admin/two-factor", &[("csrf", &csrf), ("code", &code)])
        .await;
    assert_eq!(r.status(), 303);
    assert_eq!(location(&r), "/admin/password");

    // The same code in another browser is a replay.
    let other = Browser::new(&app);
    other.sign_in("anna@example.org", &once).await;
    let csrf = other.csrf("/admin/two-factor").await;
    assert_eq!(
        other
            .post("/admin/two-factor", &[("csrf", &csrf), ("code", &code)])
            .await
            .status(),
        401
    );
}

#[tokio::test]
async fn signing_out_everywhere_ends_every_session() {
    let app = spawn_app().await;
    let once = account(&app, "anna@example.org", "admin").await;
    let a = Browser::new(&app);
    let b = Browser::new(&app);
    a.sign_in("anna@example.org", &once).await;
    b.sign_in("anna@example.org", &once).await;
    assert_eq!(a.get("/admin/password").await.status(), 200);
    assert_eq!(b.get("/admin/password").await.status(), 200);
    let csrf = a.csrf("/admin/password").await;
    let r = a
        .post("/admin/sign-out-everywhere", &[("csrf", &csrf)])
        .await;
    assert_eq!(location(&r), "/admin/sign-in");
    assert_eq!(location(&a.get("/admin/password").await), "/admin/sign-in");
    assert_eq!(location(&b.get("/admin/password").await), "/admin/sign-in");
}

#[tokio::test]
async fn only_admins_read_the_audit_log() {
    let app = spawn_app().await;
    let admin_once = account(&app, "admin@example.org", "admin").await;
    let writer_once = account(&app, "writer@example.org", "contributor").await;
    let (admin, writer) = (Browser::new(&app), Browser::new(&app));
    admin.sign_in("admin@example.org", &admin_once).await;
    writer.sign_in("writer@example.org", &writer_once).await;
    for b in [&admin, &writer] {
        let csrf = b.csrf("/admin/password").await;
        b.post(
            "/admin/password",
            &[
                ("csrf", &csrf),
                (
                    "current",
                    if std::ptr::eq(b, &admin) {
                        &admin_once
                    } else {
                        &writer_once
                    },
                ),
                ("new", GOOD),
            ],
        )
        .await;
    }
    assert_eq!(writer.get("/admin/audit").await.status(), 403);
    let r = admin.get("/admin/audit?action=sign_in").await;
    assert_eq!(r.status(), 200);
    let html = r.text().await.unwrap();
    assert_eq!(html.matches("<td>sign_in</td>").count(), 2, "{html}");
    assert!(html.contains("writer@example.org") && html.contains("127.0.0.1"));
    let all = admin.get("/admin/audit").await.text().await.unwrap();
    assert!(all.contains("<td>user_added</td>") && all.contains("<td>password_changed</td>"));
}

/// A member signed in with their own password.
pub async fn member(app: &TestApp, email: &str, role: &str, editions: &[&str]) -> Browser {
    let editions: Vec<String> = editions.iter().map(|e| e.to_string()).collect();
    let once = dateline::users::add(&app.store, email, "Member", role, &editions)
        .await
        .unwrap()
        .1;
    let b = Browser::new(app);
    b.sign_in(email, &once).await;
    let csrf = b.csrf("/admin/password").await;
    let r = b
        .post(
            "/admin/password",
            &[("csrf", &csrf), ("current", &once), ("new", GOOD)],
        )
        .await;
    assert_eq!(location(&r), "/admin/");
    b
}

fn story<'a>(
    csrf: &'a str,
    edition: &'a str,
    headline: &'a str,
    action: &'a str,
) -> Vec<(&'a str, &'a str)> {
    vec![
        ("csrf", csrf),
        ("action", action),
        ("edition", edition),
        ("headline", headline),
        ("standfirst", "What happened, in one sentence."),
        ("dateline", "Tirana"),
        ("body", "First paragraph.[^*]\n\n[^*]: A note."),
        ("regions", "AL, IR"),
        ("tags", "Diplomacy"),
        ("authors", "Anna Rossi"),
        ("translation_group", ""),
        ("published_at", ""),
        ("time_zone", "Europe/Rome"),
        ("correction", ""),
    ]
}

fn story_id(r: &reqwest::Response) -> i64 {
    let to = location(r);
    to.trim_start_matches("/admin/articles/")
        .trim_end_matches("?saved=1")
        .parse()
        .unwrap_or_else(|_| panic!("{to}"))
}

#[tokio::test]
async fn a_contributor_writes_and_submits_but_cannot_publish() {
    let app = spawn_app().await;
    let writer = member(&app, "writer@example.org", "contributor", &[]).await;
    let csrf = writer.csrf("/admin/articles/new").await;
    let r = writer
        .post(
            "/admin/articles/new",
            &story(&csrf, "en", "A draft", "save"),
        )
        .await;
    assert_eq!(r.status(), 303);
    let id = story_id(&r);
    let page = writer
        .get(&format!("/admin/articles/{id}?saved=1"))
        .await
        .text()
        .await
        .unwrap();
    assert!(
        page.contains("State: <strong>draft</strong>") && page.contains("Saved."),
        "{page}"
    );
    let r = writer
        .post(
            &format!("/admin/articles/{id}"),
            &story(&csrf, "en", "A draft", "submit"),
        )
        .await;
    assert_eq!(r.status(), 303);
    assert_eq!(
        app.store.article(id).await.unwrap().unwrap().summary.status,
        dateline_core::Status::InReview
    );
    let r = writer
        .post(
            &format!("/admin/articles/{id}"),
            &story(&csrf, "en", "A draft", "publish"),
        )
        .await;
    assert_eq!(r.status(), 403);
    assert!(r.text().await.unwrap().contains("may not publish"));
    assert_eq!(
        app.get(&format!("/api/v1/articles/{id}")).await.status(),
        404,
        "not public"
    );
    let refused = app
        .store
        .audit_log(&dateline_store::AuditQuery {
            action: Some("permission_refused".into()),
            limit: 5,
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(refused.len(), 1);
    // Without a session nothing opens.
    assert_eq!(
        location(
            &Browser::new(&app)
                .get(&format!("/admin/articles/{id}"))
                .await
        ),
        "/admin/sign-in"
    );
}

#[tokio::test]
async fn an_editor_publishes_corrects_and_unpublishes() {
    let app = spawn_app().await;
    let editor = member(&app, "editor@example.org", "editor", &[]).await;
    let csrf = editor.csrf("/admin/articles/new").await;
    let r = editor
        .post(
            "/admin/articles/new",
            &story(&csrf, "en", "Albania expels Iranian diplomats", "publish"),
        )
        .await;
    assert_eq!(r.status(), 303, "{}", r.text().await.unwrap());
    let id = story_id(&r);
    app.settled().await;
    let api = app.json(&format!("/api/v1/articles/{id}")).await;
    let url = api["url"].as_str().unwrap().to_string();
    let html = app.html(&url).await;
    assert!(
        html.contains("Albania expels Iranian diplomats") && html.contains("<a href=\"#fn-1\"")
    );

    let mut fields = story(&csrf, "en", "Albania expels Iranian diplomats", "correct");
    fields.retain(|(k, _)| *k != "correction" && *k != "revision");
    fields.push(("correction", "The story first named the wrong ministry."));
    fields.push(("revision", "1"));
    let r = editor.post(&format!("/admin/articles/{id}"), &fields).await;
    assert_eq!(r.status(), 303);
    app.eventually_contains(&url, "The story first named the wrong ministry.")
        .await;

    let mut fields = story(&csrf, "en", "Albania expels Iranian diplomats", "unpublish");
    fields.push(("revision", "2"));
    assert_eq!(
        editor
            .post(&format!("/admin/articles/{id}"), &fields)
            .await
            .status(),
        303
    );
    app.settled().await;
    assert_eq!(app.get(&url).await.status(), 410);
    let log = app
        .store
        .audit_log(&dateline_store::AuditQuery {
            limit: 50,
            ..Default::default()
        })
        .await
        .unwrap();
    for action in ["publish", "correct", "unpublish"] {
        assert!(
            log.iter()
                .any(|e| e.action == action && e.subject == format!("article {id}")),
            "{action}"
        );
    }
}

#[tokio::test]
async fn a_stale_save_is_refused_and_loses_nothing() {
    let app = spawn_app().await;
    let a = member(&app, "a@example.org", "editor", &[]).await;
    let b = member(&app, "b@example.org", "editor", &[]).await;
    let csrf_a = a.csrf("/admin/articles/new").await;
    let id = story_id(
        &a.post(
            "/admin/articles/new",
            &story(&csrf_a, "en", "First version", "save"),
        )
        .await,
    );
    let csrf_b = b.csrf(&format!("/admin/articles/{id}")).await;
    let mut fa = story(&csrf_a, "en", "Edited by A", "save");
    fa.push(("revision", "1"));
    assert_eq!(
        a.post(&format!("/admin/articles/{id}"), &fa).await.status(),
        303
    );
    let mut fb = story(&csrf_b, "en", "Edited by B, who was slower", "save");
    fb.push(("revision", "1"));
    let r = b.post(&format!("/admin/articles/{id}"), &fb).await;
    assert_eq!(r.status(), 409);
    let html = r.text().await.unwrap();
    assert!(html.contains("Someone saved this story while you were editing it"));
    assert!(
        html.contains("value=\"Edited by B, who was slower\""),
        "B's text is kept in the form"
    );
    assert_eq!(
        app.store
            .article(id)
            .await
            .unwrap()
            .unwrap()
            .summary
            .headline,
        "Edited by A"
    );
}

#[tokio::test]
async fn editors_publish_only_in_their_editions() {
    let app = spawn_app().await;
    let editor = member(&app, "it@example.org", "editor", &["it"]).await;
    let csrf = editor.csrf("/admin/articles/new").await;
    let r = editor
        .post(
            "/admin/articles/new",
            &story(&csrf, "en", "Not my edition", "publish"),
        )
        .await;
    assert_eq!(r.status(), 403);
    let r = editor
        .post(
            "/admin/articles/new",
            &story(&csrf, "it", "La mia edizione", "publish"),
        )
        .await;
    assert_eq!(r.status(), 303);
    let r = editor
        .post("/admin/articles/new", &story(&csrf, "it", "", "save"))
        .await;
    assert_eq!(
        r.status(),
        422,
        "an empty headline is refused with a message"
    );
    assert!(r.text().await.unwrap().contains("headline: is empty"));
}

#[tokio::test]
async fn the_preview_is_rendered_by_the_public_pages_code() {
    let app = spawn_app().await;
    let writer = member(&app, "writer@example.org", "contributor", &[]).await;
    let csrf = writer.csrf("/admin/articles/new").await;
    let mut fields = story(&csrf, "en", "Preview me", "preview");
    fields.retain(|(k, _)| *k != "body");
    fields.push((
        "body",
        "Text with a note.[^*] <script>alert(1)</script>\n\n[^*]: The note.",
    ));
    let r = writer.post("/admin/articles/new", &fields).await;
    assert_eq!(r.status(), 200);
    let html = r.text().await.unwrap();
    let preview = between(&html, "<section class=\"preview\"", "</section>");
    assert!(
        preview.contains("<span class=\"dateline\">Tirana (Agenzia) – </span>Text with a note.")
    );
    assert!(preview.contains("class=\"footnotes\"") && !preview.contains("<script"));
    assert!(
        app.store
            .newsroom_list(None, None, 10, 0)
            .await
            .unwrap()
            .is_empty(),
        "a preview saves nothing"
    );
}

#[tokio::test]
async fn revisions_are_compared_and_an_old_one_restored_as_a_new_revision() {
    let app = spawn_app().await;
    let editor = member(&app, "editor@example.org", "editor", &[]).await;
    let writer = member(&app, "writer@example.org", "contributor", &[]).await;
    let csrf = editor.csrf("/admin/articles/new").await;
    let id = story_id(
        &editor
            .post(
                "/admin/articles/new",
                &story(&csrf, "en", "The first headline", "publish"),
            )
            .await,
    );
    let mut second = story(&csrf, "en", "A worse headline", "save");
    second.push(("revision", "1"));
    assert_eq!(
        editor
            .post(&format!("/admin/articles/{id}"), &second)
            .await
            .status(),
        303
    );

    let page = editor
        .get(&format!("/admin/articles/{id}/revisions?from=1&to=2"))
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("<h3>Headline</h3>"), "{page}");
    assert!(page.contains("<span class=\"del\">− The first headline</span>"));
    assert!(page.contains("<span class=\"ins\">+ A worse headline</span>"));
    assert!(
        !page.contains("<h3>Body</h3>"),
        "unchanged fields are not listed"
    );

    // A contributor may read the history but not restore it.
    let wcsrf = writer.csrf("/admin/articles/new").await;
    let refused = writer
        .post(
            &format!("/admin/articles/{id}/restore"),
            &[("csrf", &wcsrf), ("number", "1"), ("revision", "2")],
        )
        .await;
    assert_eq!(refused.status(), 403);

    let r = editor
        .post(
            &format!("/admin/articles/{id}/restore"),
            &[("csrf", &csrf), ("number", "1"), ("revision", "2")],
        )
        .await;
    assert_eq!(r.status(), 303);
    let a = app.store.article(id).await.unwrap().unwrap();
    assert_eq!(
        (a.revision, a.summary.headline.as_str()),
        (3, "The first headline")
    );
    assert_eq!(
        a.summary.status,
        dateline_core::Status::Published,
        "restoring keeps the story's state"
    );
    assert_eq!(
        app.store.revisions(id).await.unwrap().len(),
        3,
        "history only grows"
    );
    // A restore from a stale page is refused.
    let stale = editor
        .post(
            &format!("/admin/articles/{id}/restore"),
            &[("csrf", &csrf), ("number", "2"), ("revision", "2")],
        )
        .await;
    assert_eq!(stale.status(), 409);
    let report = app.store.verify_history(|_| {}).await.unwrap();
    assert!(report.problems.is_empty());
}

#[tokio::test]
async fn an_embargoed_story_stays_off_every_public_surface_until_it_lifts() {
    let app = spawn_app().await;
    app.import(&[line(
        "neighbour",
        "en",
        "A neighbour story",
        r#""regions":["AL"],"tags":["Diplomacy"]"#,
    )])
    .await;
    let neighbour = app.url_of("neighbour").await;
    let editor = member(&app, "editor@example.org", "editor", &[]).await;
    let csrf = editor.csrf("/admin/articles/new").await;
    let lift = jiff::Timestamp::now() + jiff::SignedDuration::from_secs(3);
    let lift_text = lift
        .to_zoned(jiff::tz::TimeZone::get("Europe/Rome").unwrap())
        .strftime("%Y-%m-%dT%H:%M:%S")
        .to_string();
    let mut fields = story(
        &csrf,
        "en",
        "Embargoed until the minister speaks",
        "publish",
    );
    fields.push(("embargo", &lift_text));
    let r = editor.post("/admin/articles/new", &fields).await;
    assert_eq!(r.status(), 303, "{}", r.text().await.unwrap());
    let id = story_id(&r);
    app.settled().await;
    let a = app.store.article(id).await.unwrap().unwrap();
    assert_eq!(a.summary.status, dateline_core::Status::Published);
    let url =
        dateline_web::site::urls::article(&a.summary, &dateline_core::time::zone("Europe/London"));
    let headline = "Embargoed until the minister speaks";
    let surfaces = [
        url.clone(),
        "/en/".to_string(),
        "/en/region/al".to_string(),
        "/en/tag/diplomacy".to_string(),
        neighbour.clone(),
        "/api/v1/articles?edition=en".to_string(),
        format!("/api/v1/articles/{id}"),
        "/en/rss.xml".to_string(),
        "/en/atom.xml".to_string(),
        "/en/feed.json".to_string(),
        "/en/region/al/rss.xml".to_string(),
        "/en/tag/diplomacy/atom.xml".to_string(),
        "/sitemaps/news.xml".to_string(),
    ];
    for path in &surfaces {
        let r = app.get(path).await;
        let status = r.status();
        let body = r.text().await.unwrap();
        assert!(!body.contains(headline), "{path} shows the embargoed story");
        if path == &url || path.ends_with(&format!("/{id}")) {
            assert_eq!(status, 404, "{path}");
        }
    }
    // When the embargo lifts, every surface shows it without anyone doing anything.
    tokio::time::sleep(std::time::Duration::from_secs(4)).await;
    for path in &surfaces {
        app.eventually_contains(path, headline).await;
    }
}

#[tokio::test]
async fn an_admin_requires_two_factor_for_a_role_and_members_set_it_up() {
    let app = spawn_app().await;
    let admin = member(&app, "admin@example.org", "admin", &[]).await;
    let writer = member(&app, "writer@example.org", "contributor", &[]).await;
    let wcsrf = writer.csrf("/admin/articles/new").await;
    assert_eq!(
        writer
            .post(
                "/admin/settings",
                &[("csrf", &wcsrf), ("two_factor_contributor", "on")]
            )
            .await
            .status(),
        403
    );

    let csrf = admin.csrf("/admin/settings").await;
    let r = admin
        .post(
            "/admin/settings",
            &[("csrf", &csrf), ("two_factor_editor", "on")],
        )
        .await;
    assert_eq!(location(&r), "/admin/settings");
    let page = admin.get("/admin/settings").await.text().await.unwrap();
    assert!(
        page.contains("id=\"tf-editor\" name=\"two_factor_editor\" value=\"on\" checked"),
        "{page}"
    );
    assert!(!page.contains("name=\"two_factor_contributor\" value=\"on\" checked"));

    // An editor signing in now must set up a second factor before anything opens.
    let once = dateline::users::add(&app.store, "editor@example.org", "Ed", "editor", &[])
        .await
        .unwrap()
        .1;
    let ed = Browser::new(&app);
    assert_eq!(
        location(&ed.sign_in("editor@example.org", &once).await),
        "/admin/two-factor/setup"
    );
    assert_eq!(
        location(&ed.get("/admin/articles").await),
        "/admin/two-factor/setup"
    );
    let setup = ed
        .get("/admin/two-factor/setup")
        .await
        .text()
        .await
        .unwrap();
    let secret_b32 = between(&setup, "name=\"secret\" value=\"", "\"").to_string();
    let csrf = between(&setup, "name=\"csrf\" value=\"", "\"").to_string();
    let wrong = ed
        .post(
            "/admin/two-factor/setup",
            &[("csrf", &csrf), ("secret", &secret_b32), ("code", "123456")],
        )
        .await;
    assert_eq!(wrong.status(), 401);
    let secret = dateline_auth::totp::Secret::from_base32(&secret_b32).unwrap();
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    let code = dateline_auth::totp::code_at(&secret, now);
    let r = ed
        .post(
            "/admin/two-factor/setup",
            &[("csrf", &csrf), ("secret", &secret_b32), ("code", &code)],
        )
        .await;
    assert_eq!(location(&r), "/admin/password");
    let user = app
        .store
        .user_by_email("editor@example.org")
        .await
        .unwrap()
        .unwrap();
    // Stored sealed with the key file, never as shown.
    let stored = user.totp_secret.unwrap();
    assert!(stored.starts_with("sealed:"), "{stored}");
    assert!(!stored.contains(&secret_b32));
    assert_eq!(
        app.state
            .settings
            .keyring
            .open_text(&stored, dateline_web::admin::TOTP_CONTEXT)
            .unwrap(),
        secret_b32
    );
    // Contributors are not affected.
    assert_eq!(writer.get("/admin/articles").await.status(), 200);
    let log = app
        .store
        .audit_log(&dateline_store::AuditQuery {
            limit: 50,
            ..Default::default()
        })
        .await
        .unwrap();
    assert!(log
        .iter()
        .any(|e| e.action == "setting_changed" && e.detail.contains("editor")));
    assert!(log
        .iter()
        .any(|e| e.action == "two_factor_enrolled" && e.actor == "editor@example.org"));
}

/// A JPEG photo carrying an EXIF segment (a camera's make and a GPS marker), as phones write.
fn photo_with_metadata(width: u32, height: u32) -> Vec<u8> {
    let img = image::RgbImage::from_fn(width, height, |x, y| {
        image::Rgb([(x % 256) as u8, (y % 256) as u8, 90])
    });
    let mut jpeg = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut jpeg, 90)
        .encode_image(&img)
        .unwrap();
    let mut exif = b"Exif\0\0MM\0*\0\0\0\x08\0\0".to_vec();
    exif.extend_from_slice(b"GPSLatitude 35.689 GPSLongitude 51.389 Make SourcePhone");
    let len = (exif.len() + 2) as u16;
    let mut out = jpeg[..2].to_vec();
    out.extend_from_slice(&[0xFF, 0xE1]);
    out.extend_from_slice(&len.to_be_bytes());
    out.extend_from_slice(&exif);
    out.extend_from_slice(&jpeg[2..]);
    out
}

#[tokio::test]
async fn uploaded_images_lose_their_metadata_and_get_responsive_sizes() {
    let app = spawn_app().await;
    let writer = member(&app, "writer@example.org", "contributor", &[]).await;
    let csrf = writer.csrf("/admin/media").await;
    let upload = |bytes: Vec<u8>, caption: &str| {
        let form = reqwest::multipart::Form::new()
            .text("csrf", csrf.clone())
            .text("caption", caption.to_string())
            .text("credit", "Photo: Agenzia")
            .part(
                "file",
                reqwest::multipart::Part::bytes(bytes).file_name("IMG_0001.jpg"),
            );
        writer
            .client
            .post(format!("{}/admin/media", writer.base))
            .multipart(form)
            .send()
    };
    let original = photo_with_metadata(900, 600);
    assert!(original.windows(11).any(|w| w == b"GPSLatitude"));
    let r = upload(original, "Protesters in Tehran").await.unwrap();
    assert_eq!(r.status(), 303, "{}", r.text().await.unwrap());
    let to = location(&r).to_string();
    let id: i64 = to.trim_start_matches("/admin/media?id=").parse().unwrap();
    let page = writer.get(&to).await.text().await.unwrap();
    assert!(
        page.contains(&format!("src=\"/media/{id}/900.jpg\"")),
        "{page}"
    );
    assert!(page.contains(&format!(
        "/media/{id}/480.jpg 480w, /media/{id}/800.jpg 800w, /media/{id}/900.jpg 900w"
    )));
    assert!(page.contains("<span class=\"credit\">Photo: Agenzia</span>"));
    for width in [900, 800, 480] {
        let r = app.get(&format!("/media/{id}/{width}.jpg")).await;
        assert_eq!(r.status(), 200);
        assert_eq!(r.headers()["content-type"], "image/jpeg");
        assert!(r.headers()["cache-control"]
            .to_str()
            .unwrap()
            .contains("immutable"));
        let bytes = r.bytes().await.unwrap();
        assert!(
            !bytes.windows(4).any(|w| w == b"Exif"),
            "metadata survived at {width}"
        );
        assert!(!bytes.windows(11).any(|w| w == b"GPSLatitude"));
        let decoded = image::load_from_memory(&bytes).unwrap();
        assert_eq!(decoded.width(), width);
    }
    // A file that is not an image, and one too large, are refused with a reason.
    let r = upload(b"this is not a photo".to_vec(), "Fake")
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    assert!(r
        .text()
        .await
        .unwrap()
        .contains("This image cannot be used"));
    let r = upload(vec![0xFF; 21 * 1024 * 1024], "Huge").await.unwrap();
    assert!(r.status() == 413 || r.status() == 422, "{}", r.status());
    assert_eq!(app.get("/media/999/480.jpg").await.status(), 404);
}

#[tokio::test]
async fn drafts_autosave_but_published_stories_do_not() {
    let app = spawn_app().await;
    let editor = member(&app, "editor@example.org", "editor", &[]).await;
    let csrf = editor.csrf("/admin/articles/new").await;
    let id = story_id(
        &editor
            .post("/admin/articles/new", &story(&csrf, "en", "Draft", "save"))
            .await,
    );
    let mut fields = story(&csrf, "en", "Draft, typed further", "autosave");
    fields.push(("revision", "1"));
    let r = editor.post(&format!("/admin/articles/{id}"), &fields).await;
    assert_eq!(r.status(), 200);
    let answer: serde_json::Value = r.json().await.unwrap();
    assert_eq!(answer["revision"], 2);
    assert_eq!(
        app.store
            .article(id)
            .await
            .unwrap()
            .unwrap()
            .summary
            .headline,
        "Draft, typed further"
    );
    // From a stale revision, autosave stops instead of overwriting.
    let r = editor.post(&format!("/admin/articles/{id}"), &fields).await;
    assert_eq!(r.status(), 409);
    let mut publish = story(&csrf, "en", "Draft, typed further", "publish");
    publish.push(("revision", "2"));
    editor
        .post(&format!("/admin/articles/{id}"), &publish)
        .await;
    let mut late = story(&csrf, "en", "Changed by a stray autosave", "autosave");
    late.push(("revision", "3"));
    assert_eq!(
        editor
            .post(&format!("/admin/articles/{id}"), &late)
            .await
            .status(),
        409
    );
    assert_eq!(
        app.store
            .article(id)
            .await
            .unwrap()
            .unwrap()
            .summary
            .headline,
        "Draft, typed further"
    );
}

#[tokio::test]
async fn the_role_and_action_matrix_is_enforced_on_the_server() {
    let app = spawn_app().await;
    let contributor = member(&app, "c@example.org", "contributor", &[]).await;
    let editor = member(&app, "e@example.org", "editor", &[]).await;
    let editor_it = member(&app, "eit@example.org", "editor", &["it"]).await;
    let admin = member(&app, "a@example.org", "admin", &[]).await;
    let target = app
        .store
        .user_by_email("c@example.org")
        .await
        .unwrap()
        .unwrap()
        .id;

    // (role, may publish/correct/unpublish/restore/edit published in "it", in "en", admin pages)
    let cases: [(&str, &Browser, bool, bool, bool); 4] = [
        ("contributor", &contributor, false, false, false),
        ("editor", &editor, true, true, false),
        ("editor of it", &editor_it, true, false, false),
        ("admin", &admin, true, true, true),
    ];
    for (i, (role, b, editorial_it, editorial_en, admin_pages)) in cases.into_iter().enumerate() {
        let code = |allowed: bool| if allowed { 303 } else { 403 };
        let csrf = b.csrf("/admin/articles/new").await;
        // Everyone writes and submits drafts.
        let draft_headline = format!("Bozza {i}");
        let r = b
            .post(
                "/admin/articles/new",
                &story(&csrf, "it", &format!("Bozza {i}"), "save"),
            )
            .await;
        assert_eq!(r.status(), 303, "{role}: save a draft");
        let draft = story_id(&r);
        let mut submit = story(&csrf, "it", &draft_headline, "submit");
        submit.push(("revision", "1"));
        assert_eq!(
            b.post(&format!("/admin/articles/{draft}"), &submit)
                .await
                .status(),
            303,
            "{role}: submit"
        );

        for (edition, allowed) in [("it", editorial_it), ("en", editorial_en)] {
            // Stories published by someone else, one per check.
            let lines: Vec<String> = (0..5)
                .map(|k| {
                    line(
                        &format!("m{i}{edition}{k}"),
                        edition,
                        &format!("Story {i} {edition} {k}"),
                        "",
                    )
                })
                .collect();
            app.import(&lines).await;
            let id = |k: usize| {
                let ext = format!("m{i}{edition}{k}");
                let store = app.store.clone();
                async move {
                    store
                        .article_by_external_id(&ext)
                        .await
                        .unwrap()
                        .unwrap()
                        .summary
                        .id
                }
            };
            let headline = format!("Story {i} {edition}");
            let mut publish = story(&csrf, edition, &headline, "publish");
            publish.push(("revision", "1"));
            let r = b
                .post(&format!("/admin/articles/{}", id(0).await), &publish)
                .await;
            assert_eq!(r.status(), code(allowed), "{role}: publish in {edition}");
            let mut correct = story(&csrf, edition, &headline, "correct");
            correct.retain(|(k, _)| *k != "correction");
            correct.push(("correction", "A name was misspelt."));
            correct.push(("revision", "1"));
            let r = b
                .post(&format!("/admin/articles/{}", id(1).await), &correct)
                .await;
            assert_eq!(r.status(), code(allowed), "{role}: correct in {edition}");
            let mut unpublish = story(&csrf, edition, &headline, "unpublish");
            unpublish.push(("revision", "1"));
            let r = b
                .post(&format!("/admin/articles/{}", id(2).await), &unpublish)
                .await;
            assert_eq!(r.status(), code(allowed), "{role}: unpublish in {edition}");
            let mut edit = story(&csrf, edition, &headline, "save");
            edit.push(("revision", "1"));
            let r = b
                .post(&format!("/admin/articles/{}", id(3).await), &edit)
                .await;
            assert_eq!(
                r.status(),
                code(allowed),
                "{role}: edit a published story in {edition}"
            );
            // Restoring needs two revisions.
            let r4 = id(4).await;
            app.import(&[line(
                &format!("m{i}{edition}4"),
                edition,
                &format!("Story {i} {edition} 4, again"),
                "",
            )])
            .await;
            let r = b
                .post(
                    &format!("/admin/articles/{r4}/restore"),
                    &[("csrf", &csrf), ("number", "1"), ("revision", "2")],
                )
                .await;
            assert_eq!(r.status(), code(allowed), "{role}: restore in {edition}");
        }

        let admin_code = if admin_pages { 200 } else { 403 };
        assert_eq!(
            b.get("/admin/audit").await.status(),
            admin_code,
            "{role}: read the audit log"
        );
        assert_eq!(
            b.get("/admin/settings").await.status(),
            admin_code,
            "{role}: see settings"
        );
        assert_eq!(
            b.get("/admin/users").await.status(),
            admin_code,
            "{role}: see accounts"
        );
        let r = b
            .post(
                &format!("/admin/users/{target}"),
                &[("csrf", &csrf), ("role", "contributor"), ("editions", "")],
            )
            .await;
        assert_eq!(
            r.status(),
            if admin_pages { 303 } else { 403 },
            "{role}: change a role"
        );
        let r = b.post("/admin/settings", &[("csrf", &csrf)]).await;
        assert_eq!(
            r.status(),
            if admin_pages { 303 } else { 403 },
            "{role}: change settings"
        );
    }

    // Role changes are recorded, and the last admin cannot be demoted.
    let admin_id = app
        .store
        .user_by_email("a@example.org")
        .await
        .unwrap()
        .unwrap()
        .id;
    let csrf = admin.csrf("/admin/users").await;
    let r = admin
        .post(
            &format!("/admin/users/{admin_id}"),
            &[("csrf", &csrf), ("role", "editor"), ("editions", "")],
        )
        .await;
    assert_eq!(r.status(), 422);
    let r = admin
        .post(
            &format!("/admin/users/{target}"),
            &[("csrf", &csrf), ("role", "editor"), ("editions", "it, es")],
        )
        .await;
    assert_eq!(r.status(), 303);
    let promoted = app.store.user(target).await.unwrap().unwrap();
    assert_eq!(
        (promoted.role.as_str(), promoted.editions.clone()),
        ("editor", vec!["it".to_string(), "es".to_string()])
    );
    let log = app
        .store
        .audit_log(&dateline_store::AuditQuery {
            action: Some("role_change".into()),
            limit: 10,
            ..Default::default()
        })
        .await
        .unwrap();
    assert!(
        log[0].detail.contains("contributor [] → editor [it,es]"),
        "{}",
        log[0].detail
    );
}

#[tokio::test]
async fn sign_in_attempts_are_limited_per_address_across_accounts() {
    let app = spawn_app().await;
    let b = Browser::new(&app);
    let mut statuses = Vec::new();
    for i in 0..22 {
        statuses.push(
            b.sign_in(&format!("user{i}@example.org"), "wrong password here")
                .await
                .status()
                .as_u16(),
        );
    }
    assert!(statuses[..20].iter().all(|s| *s == 401), "{statuses:?}");
    assert_eq!(statuses[21], 429);
    let r = b
        .sign_in("another@example.org", "wrong password here")
        .await;
    assert!(r
        .text()
        .await
        .unwrap()
        .contains("Too many sign-in attempts from your address"));
}

#[tokio::test]
async fn a_translation_starts_from_the_original_and_joins_its_group() {
    let app = spawn_app().await;
    let editor = member(&app, "editor@example.org", "editor", &[]).await;
    let csrf = editor.csrf("/admin/articles/new").await;
    let mut original = story(&csrf, "it", "L'Albania rompe con l'Iran", "publish");
    original.retain(|(k, _)| *k != "translation_group");
    original.push(("translation_group", "albania-iran"));
    let id = story_id(&editor.post("/admin/articles/new", &original).await);
    let page = editor
        .get(&format!("/admin/articles/{id}"))
        .await
        .text()
        .await
        .unwrap();
    assert!(
        page.contains(&format!(
            "/admin/articles/new?translation_of={id}&amp;edition=en"
        )),
        "{page}"
    );
    let form = editor
        .get(&format!(
            "/admin/articles/new?translation_of={id}&edition=en"
        ))
        .await
        .text()
        .await
        .unwrap();
    assert!(form.contains("<option value=\"en\" selected>"), "{form}");
    assert!(form.contains("name=\"translation_group\" value=\"albania-iran\""));
    assert!(form.contains("name=\"regions\" value=\"AL, IR\""));
    let mut translation = story(&csrf, "en", "Albania cuts ties with Iran", "publish");
    translation.retain(|(k, _)| *k != "translation_group");
    translation.push(("translation_group", "albania-iran"));
    let tid = story_id(&editor.post("/admin/articles/new", &translation).await);
    let page = editor
        .get(&format!("/admin/articles/{id}"))
        .await
        .text()
        .await
        .unwrap();
    assert!(
        page.contains(&format!(
            "[en] <a href=\"/admin/articles/{tid}\">Albania cuts ties with Iran</a> (published)"
        )),
        "{page}"
    );
    app.settled().await;
    let url = app.json(&format!("/api/v1/articles/{id}")).await["url"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(
        app.html(&url).await.contains("hreflang=\"en\""),
        "the public page links its translation"
    );
}

#[tokio::test]
async fn a_story_published_for_later_reads_as_scheduled_in_the_newsroom() {
    let app = spawn_app().await;
    let editor = member(&app, "editor@example.org", "editor", &[]).await;
    let csrf = editor.csrf("/admin/articles/new").await;
    let mut fields = story(&csrf, "en", "Tomorrow's story", "publish");
    fields.retain(|(k, _)| *k != "published_at");
    fields.push(("published_at", "2099-01-01T08:00"));
    let id = story_id(&editor.post("/admin/articles/new", &fields).await);
    let page = editor
        .get(&format!("/admin/articles/{id}"))
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("State: <strong>scheduled</strong>"), "{page}");
    let list = editor.get("/admin/articles").await.text().await.unwrap();
    assert!(list.contains("<td>scheduled</td>"), "{list}");
    assert_eq!(
        app.get(&format!("/api/v1/articles/{id}")).await.status(),
        404
    );
}
