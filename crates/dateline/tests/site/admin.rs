//! The newsroom's door: sign-in, the second factor, CSRF refusal, rate limits, sign-out
//! everywhere and the audit log, over HTTP against the real server.

use crate::helpers::*;

struct Browser {
    client: reqwest::Client,
    base: String,
}

impl Browser {
    fn new(app: &TestApp) -> Browser {
        Browser {
            client: reqwest::Client::builder()
                .cookie_store(true)
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .unwrap(),
            base: app.address.clone(),
        }
    }

    async fn get(&self, path: &str) -> reqwest::Response {
        self.client
            .get(format!("{}{path}", self.base))
            .send()
            .await
            .unwrap()
    }

    async fn post(&self, path: &str, form: &[(&str, &str)]) -> reqwest::Response {
        self.client
            .post(format!("{}{path}", self.base))
            .form(form)
            .send()
            .await
            .unwrap()
    }

    /// The CSRF token of the form on `path`.
    async fn csrf(&self, path: &str) -> String {
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
    let uri = dateline::users::enrol_totp(&app.store, "anna@example.org", "Agenzia")
        .await
        .unwrap();
    let secret = between(&uri, "secret=", "&").to_string();
    let secret = dateline_auth::totp::Secret::from_base32(&secret).unwrap();

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
