use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Duration;

use dateline::import::{import_lines, Report};
use dateline_store::Store;
use dateline_web::{Application, Settings};
use sqlx::Connection;

pub struct TestApp {
    pub address: String,
    pub state: std::sync::Arc<dateline_web::AppState>,
    pub store: Store,
    pub client: reqwest::Client,
    /// The database the server uses, for commands run against it.
    pub database_url: String,
    _dir: tempfile::TempDir,
}

#[derive(Clone, Copy, Debug)]
pub enum Backend {
    Sqlite,
    Postgres,
}

static COUNTER: AtomicU32 = AtomicU32::new(0);

async fn postgres_url() -> String {
    let base = std::env::var("DATELINE_TEST_POSTGRES_URL").expect(
        "DATELINE_TEST_POSTGRES_URL is not set: run the tests with `bash .ci/run`, or `source .ci/services.sh` first",
    );
    let name = format!(
        "dateline_site_{}_{}_{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .subsec_nanos()
    );
    let mut admin = sqlx::PgConnection::connect(&base).await.unwrap();
    sqlx::query(&format!("CREATE DATABASE {name}"))
        .execute(&mut admin)
        .await
        .unwrap();
    format!("{}/{name}", base.rsplit_once('/').unwrap().0)
}

pub async fn spawn_app() -> TestApp {
    spawn_app_with(Backend::Sqlite, |_| {}).await
}

pub async fn spawn_app_with(backend: Backend, tweak: impl FnOnce(&mut Settings)) -> TestApp {
    let dir = tempfile::tempdir().unwrap();
    let url = match backend {
        Backend::Sqlite => format!("sqlite://{}", dir.path().join("site.db").display()),
        Backend::Postgres => postgres_url().await,
    };
    let mut settings = Settings::new(&url);
    settings.listen = "127.0.0.1:0".into();
    settings.change_poll_ms = 50;
    settings.page_size = 10;
    settings.agency = "Agenzia".into();
    tweak(&mut settings);
    let store = Store::open(&url, 4).await.unwrap();
    store.seed_reference_data().await.unwrap();
    let app = Application::build_with_store(settings, store.clone())
        .await
        .unwrap();
    let address = format!("http://127.0.0.1:{}", app.port());
    let state = app.state();
    tokio::spawn(app.run_until_stopped());
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .no_gzip()
        .build()
        .unwrap();
    TestApp {
        address,
        state,
        store,
        client,
        database_url: url,
        _dir: dir,
    }
}

/// One import line with sensible defaults; `extra` fields (a JSON object's inside) override.
pub fn line(id: &str, edition: &str, headline: &str, extra: &str) -> String {
    let mut v: serde_json::Value = serde_json::json!({
        "id": id,
        "edition": edition,
        "headline": headline,
        "standfirst": format!("Standfirst: {headline}."),
        "dateline": "Tirana",
        "body": format!("First paragraph of {headline}.\n\nSecond paragraph."),
        "regions": ["AL"],
        "tags": ["Diplomacy"],
        "authors": ["Anna Rossi"],
        "published_at": "2022-08-09T17:44:00+02:00",
    });
    if !extra.is_empty() {
        let over: serde_json::Value = serde_json::from_str(&format!("{{{extra}}}")).unwrap();
        for (k, val) in over.as_object().unwrap() {
            v[k] = val.clone();
        }
    }
    v.to_string()
}

impl TestApp {
    /// Imports lines, then waits until the server has taken the changes in.
    pub async fn import(&self, lines: &[String]) -> Report {
        let text = lines.join("\n");
        let report = import_lines(&self.store, std::io::Cursor::new(text.into_bytes()), |_| {})
            .await
            .unwrap();
        self.settled().await;
        report
    }

    /// Enrols an account in two-factor sign-in as `dateline users enrol-totp` does (the secret
    /// stored sealed with the node's key file) and returns the secret its authenticator app
    /// would read from the enrolment address.
    pub async fn enrol_totp(&self, email: &str) -> dateline_auth::totp::Secret {
        let uri = dateline::users::enrol_totp(
            &self.store,
            &self.state.settings.keyring,
            email,
            "Agenzia",
        )
        .await
        .unwrap();
        dateline_auth::totp::Secret::from_base32(between(&uri, "secret=", "&")).unwrap()
    }

    /// Waits until the change follower has applied every change in the store.
    ///
    /// Up to a minute: taking in the demo site's 2,135 stories (indexing each for search) took
    /// over the two seconds this once allowed while the rest of the suite ran beside it.
    pub async fn settled(&self) {
        let last = self.store.last_change_id().await.unwrap();
        let deadline = std::time::Instant::now() + Duration::from_secs(60);
        while std::time::Instant::now() < deadline {
            if self
                .state
                .applied_change
                .load(std::sync::atomic::Ordering::Acquire)
                >= last
            {
                return;
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        let applied = self
            .state
            .applied_change
            .load(std::sync::atomic::Ordering::Acquire);
        panic!("the server did not take in change {last} within a minute (it is at {applied})");
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client
            .get(format!("{}{path}", self.address))
            .send()
            .await
            .unwrap()
    }

    pub async fn get_with(&self, path: &str, headers: &[(&str, &str)]) -> reqwest::Response {
        let mut req = self.client.get(format!("{}{path}", self.address));
        for (k, v) in headers {
            req = req.header(*k, *v);
        }
        req.send().await.unwrap()
    }

    pub async fn html(&self, path: &str) -> String {
        let r = self.get(path).await;
        assert_eq!(r.status(), 200, "GET {path}");
        r.text().await.unwrap()
    }

    pub async fn json(&self, path: &str) -> serde_json::Value {
        let r = self.get(path).await;
        assert_eq!(r.status(), 200, "GET {path}");
        r.json().await.unwrap()
    }

    /// The public address of the article imported with `external_id`.
    pub async fn url_of(&self, external_id: &str) -> String {
        let a = self
            .store
            .article_by_external_id(external_id)
            .await
            .unwrap()
            .unwrap();
        let api = self
            .json(&format!("/api/v1/articles/{}", a.summary.id))
            .await;
        api["url"].as_str().unwrap().to_string()
    }

    /// Waits until `path` contains `needle` (the change follower polls every 50 ms).
    pub async fn eventually_contains(&self, path: &str, needle: &str) -> String {
        let mut last = String::new();
        for _ in 0..100 {
            last = self.get(path).await.text().await.unwrap();
            if last.contains(needle) {
                return last;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("{path} never showed {needle:?}; last body:\n{last}");
    }
}

/// The text between the first `start` and the next `end` after it.
pub fn between<'a>(text: &'a str, start: &str, end: &str) -> &'a str {
    let from = text
        .find(start)
        .unwrap_or_else(|| panic!("{start:?} not found"))
        + start.len();
    let to = text[from..]
        .find(end)
        .map(|i| from + i)
        .unwrap_or(text.len());
    &text[from..to]
}

/// The path of an absolute address (mails and signed links carry the configured base
/// address, not the test server's).
pub fn path_of(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    rest[rest.find('/').unwrap()..].to_string()
}

/// A site with the first `stories` stories of the demo generator, each in every edition it
/// was written in.
pub async fn spawn_demo_sample(stories: usize) -> TestApp {
    let app = spawn_app().await;
    let records: Vec<_> = (0..stories)
        .flat_map(dateline_demo::story)
        .map(dateline::demo::record)
        .collect();
    let report = dateline::import::import_records(&app.store, records, "demo sample")
        .await
        .unwrap();
    assert!(report.failed.is_empty(), "{:?}", report.failed);
    app.settled().await;
    app
}

/// A confirmed newsletter reader (`reader@example.org`, English, weekly), for the pages
/// reached by a signed link; answers their id.
pub async fn confirmed_reader(app: &TestApp) -> i64 {
    let ring = &app.state.settings.keyring;
    let reader = dateline_store::NewSubscriber {
        email_index: ring.blind_index("reader@example.org"),
        email_sealed: ring.seal(b"reader@example.org", dateline_mail::compose::EMAIL_CONTEXT),
        name_sealed: None,
        key_id: ring.current_id().to_string(),
        language: "en".into(),
        preferences: dateline_core::newsletter::Preferences {
            editions: vec!["en".into(), "zh".into()],
            regions: vec!["IR".into()],
            tags: vec![],
            frequency: dateline_core::newsletter::Frequency::Weekly,
        },
    };
    app.store
        .add_confirmed_subscribers(&[reader], 0)
        .await
        .unwrap();
    app.store
        .subscriber_by_index(&[ring.blind_index("reader@example.org")])
        .await
        .unwrap()
        .unwrap()
        .id
}

/// `text` percent-encoded for a query string (every byte but ASCII letters and digits).
pub fn q(text: &str) -> String {
    let mut out = String::new();
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}
