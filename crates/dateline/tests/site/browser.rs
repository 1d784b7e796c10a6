//! The newsroom and the article page in real headless Chromium, driven over W3C WebDriver by
//! Debian's chromedriver: what HTTP-level tests cannot see (forms as a browser submits them,
//! cookies as a browser keeps them, the site's script under the strict CSP).

use std::fmt;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{json, Value};

use crate::helpers::*;

/// The WebDriver name of the key under which an element reference travels.
const ELEMENT_KEY: &str = "element-6066-11e4-a52e-4f735466cecf";

/// Without these, Chromium phones Google at start-up; the network is closed, so it would hang
/// or log errors. /dev/shm is small in containers, and there is no GPU.
const CHROMIUM_ARGS: &[&str] = &[
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-dev-shm-usage",
];

const START_UP: Duration = Duration::from_secs(60);
const IMPLICIT_WAIT_MS: u64 = 3_000;
/// How long `wait_for*` polls: navigations after a click are not always over when the click
/// command answers.
const WAIT: Duration = Duration::from_secs(5);

/// A failed WebDriver step. Debug prints the message as is, so `unwrap()` reads well.
pub struct Error(String);

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

pub type Result<T> = std::result::Result<T, Error>;

fn err<T>(message: impl Into<String>) -> Result<T> {
    Err(Error(message.into()))
}

trait Context<T> {
    /// Says which step failed, in front of the error.
    fn context(self, step: impl fmt::Display) -> Result<T>;
}

impl<T, E: fmt::Display> Context<T> for std::result::Result<T, E> {
    fn context(self, step: impl fmt::Display) -> Result<T> {
        self.map_err(|e| Error(format!("{step}: {e}")))
    }
}

/// One chromedriver process with one Chromium session in a fresh profile. Dropping it ends the
/// session (which closes Chromium) and kills chromedriver.
pub struct Chromium {
    http: reqwest::Client,
    driver: String,
    port: u16,
    session: Option<String>,
    child: Child,
    /// Base of the site under test, so `goto("/path")` works.
    site: String,
    // Dropped last: Chromium writes into the profile until the session ends.
    dir: tempfile::TempDir,
}

impl Chromium {
    /// Starts Chromium for the site at `site` (e.g. `app.address`), or panics saying why.
    pub async fn start(site: &str) -> Chromium {
        // The tests run side by side, several browsers at once: on a loaded 2-core machine a
        // start can overrun START_UP. One more try before failing.
        let first = match Chromium::try_start(site).await {
            Ok(c) => return c,
            Err(e) => e,
        };
        match Chromium::try_start(site).await {
            Ok(c) => c,
            Err(e) => panic!("could not start headless Chromium: {first}; tried again: {e}"),
        }
    }

    pub async fn try_start(site: &str) -> Result<Chromium> {
        let driver_bin = std::env::var("DATELINE_TEST_CHROMEDRIVER").expect(
            "DATELINE_TEST_CHROMEDRIVER is not set: run the tests with `bash .ci/run`, or `source .ci/tools.sh` first",
        );
        let chromium_bin = std::env::var("DATELINE_TEST_CHROMIUM").ok();
        let http = reqwest::Client::builder()
            // Bounds every command, page loads included (their own timeout is 30 s).
            .timeout(Duration::from_secs(60))
            .build()
            .context("HTTP client")?;

        // The free port is only free until chromedriver takes it; another process may win the
        // race, so a driver that exits before it is ready gets another port.
        let mut attempt = 1;
        loop {
            let dir = tempfile::tempdir().context("temporary folder")?;
            let port = free_port()?;
            let log = dir.path().join("chromedriver.log");
            let child = Command::new(&driver_bin)
                .arg(format!("--port={port}"))
                .arg(format!("--log-path={}", log.display()))
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .context(format_args!("cannot run {driver_bin}"))?;
            let mut chromium = Chromium {
                http: http.clone(),
                driver: format!("http://127.0.0.1:{port}"),
                port,
                session: None,
                child,
                site: site.trim_end_matches('/').to_string(),
                dir,
            };
            let started = match chromium.wait_until_ready().await {
                Ok(()) => chromium.new_session(chromium_bin.as_deref()).await,
                Err(e) => {
                    let exited = matches!(chromium.child.try_wait(), Ok(Some(_)));
                    if exited && attempt < 3 {
                        attempt += 1;
                        continue;
                    }
                    Err(e)
                }
            };
            return match started {
                Ok(()) => Ok(chromium),
                Err(e) => err(format!(
                    "{e}\nchromedriver log, warnings and errors:\n{}",
                    log_tail(&log)
                )),
            };
        }
    }

    async fn wait_until_ready(&mut self) -> Result<()> {
        let started = Instant::now();
        loop {
            if let Ok(Some(status)) = self.child.try_wait() {
                return err(format!(
                    "chromedriver exited before it was ready ({status})"
                ));
            }
            if let Ok(r) = self
                .http
                .get(format!("{}/status", self.driver))
                .send()
                .await
            {
                if let Ok(v) = r.json::<Value>().await {
                    if v["value"]["ready"] == true {
                        return Ok(());
                    }
                }
            }
            if started.elapsed() > START_UP {
                return err(format!(
                    "chromedriver on port {} not ready after {START_UP:?}",
                    self.port
                ));
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    async fn new_session(&mut self, binary: Option<&str>) -> Result<()> {
        let mut args: Vec<String> = CHROMIUM_ARGS.iter().map(|a| a.to_string()).collect();
        args.push(format!(
            "--user-data-dir={}",
            self.dir.path().join("profile").display()
        ));
        let mut options = json!({ "args": args });
        if let Some(binary) = binary {
            options["binary"] = json!(binary);
        }
        let caps = json!({
            "capabilities": {
                "alwaysMatch": {
                    "browserName": "chrome",
                    "pageLoadStrategy": "normal",
                    "goog:chromeOptions": options,
                    "goog:loggingPrefs": { "browser": "ALL" },
                }
            }
        });
        let v = tokio::time::timeout(START_UP, self.command("POST", "/session", Some(caps)))
            .await
            .map_err(|_| Error(format!("Chromium did not start in {START_UP:?}")))?
            .context("new session")?;
        let id = v["sessionId"]
            .as_str()
            .ok_or_else(|| Error(format!("new session: no sessionId in {v}")))?;
        self.session = Some(id.to_string());
        self.session_command(
            "POST",
            "/timeouts",
            Some(json!({ "implicit": IMPLICIT_WAIT_MS, "pageLoad": 30_000, "script": 10_000 })),
        )
        .await
        .context("set timeouts")?;
        Ok(())
    }

    /// Sends one command; answers its `value`, or the WebDriver error as an `Error`.
    async fn command(&self, method: &str, path: &str, body: Option<Value>) -> Result<Value> {
        let url = format!("{}{path}", self.driver);
        let req = match method {
            "GET" => self.http.get(&url),
            "DELETE" => self.http.delete(&url),
            // POST bodies are required, even when empty.
            _ => self
                .http
                .post(&url)
                .json(&body.unwrap_or_else(|| json!({}))),
        };
        let r = req.send().await.context(format_args!("{method} {path}"))?;
        let status = r.status();
        let v: Value = r
            .json()
            .await
            .context(format_args!("{method} {path}: HTTP {status}, not JSON"))?;
        let value = v.get("value").cloned().unwrap_or(Value::Null);
        if status.is_success() {
            return Ok(value);
        }
        // chromedriver appends session and platform details on later lines: noise here.
        let error = value["error"].as_str().unwrap_or("unknown error");
        let message = value["message"].as_str().unwrap_or_default();
        let first = message.lines().next().unwrap_or_default();
        if first.starts_with(error) {
            err(first)
        } else {
            err(format!("{error}: {first}"))
        }
    }

    async fn session_command(
        &self,
        method: &str,
        path: &str,
        body: Option<Value>,
    ) -> Result<Value> {
        let Some(id) = &self.session else {
            return err("no WebDriver session");
        };
        self.command(method, &format!("/session/{id}{path}"), body)
            .await
    }

    /// Opens `url`; a path is taken on the site under test. Returns once the page has loaded.
    pub async fn goto(&self, url: &str) -> Result<()> {
        let url = if url.starts_with('/') {
            format!("{}{url}", self.site)
        } else {
            url.to_string()
        };
        self.session_command("POST", "/url", Some(json!({ "url": url })))
            .await
            .context(format_args!("open {url}"))
            .map(|_| ())
    }

    /// The element matching `css` (waiting up to the implicit wait for it to appear).
    pub async fn find(&self, css: &str) -> Result<String> {
        let v = self
            .session_command(
                "POST",
                "/element",
                Some(json!({ "using": "css selector", "value": css })),
            )
            .await
            .context(format_args!("find {css:?}"))?;
        element_id(&v).ok_or_else(|| Error(format!("find {css:?}: no element in {v}")))
    }

    /// Every element matching `css`; an empty list only after the implicit wait.
    pub async fn find_all(&self, css: &str) -> Result<Vec<String>> {
        let v = self
            .session_command(
                "POST",
                "/elements",
                Some(json!({ "using": "css selector", "value": css })),
            )
            .await
            .context(format_args!("find all {css:?}"))?;
        Ok(v.as_array()
            .map(|a| a.iter().filter_map(element_id).collect())
            .unwrap_or_default())
    }

    /// Replaces the content of the field matching `css` with `text`, typed key by key.
    pub async fn type_into(&self, css: &str, text: &str) -> Result<()> {
        let id = self.find(css).await?;
        self.session_command("POST", &format!("/element/{id}/clear"), None)
            .await
            .context(format_args!("clear {css:?}"))?;
        self.session_command(
            "POST",
            &format!("/element/{id}/value"),
            Some(json!({ "text": text })),
        )
        .await
        .context(format_args!("type into {css:?}"))?;
        Ok(())
    }

    pub async fn click(&self, css: &str) -> Result<()> {
        let id = self.find(css).await?;
        self.session_command("POST", &format!("/element/{id}/click"), None)
            .await
            .context(format_args!("click {css:?}"))?;
        Ok(())
    }

    /// The rendered text of the element matching `css`, as a reader sees it.
    pub async fn text(&self, css: &str) -> Result<String> {
        let id = self.find(css).await?;
        let v = self
            .session_command("GET", &format!("/element/{id}/text"), None)
            .await
            .context(format_args!("text of {css:?}"))?;
        Ok(v.as_str().unwrap_or_default().to_string())
    }

    /// Whether the element matching `css` is rendered (not `hidden`, not `display: none`...).
    pub async fn displayed(&self, css: &str) -> Result<bool> {
        let id = self.find(css).await?;
        let v = self
            .session_command("GET", &format!("/element/{id}/displayed"), None)
            .await
            .context(format_args!("is {css:?} displayed"))?;
        Ok(v == true)
    }

    /// The DOM serialised now, after scripts ran: not the bytes the server sent.
    pub async fn source(&self) -> Result<String> {
        let v = self
            .session_command("GET", "/source", None)
            .await
            .context("page source")?;
        Ok(v.as_str().unwrap_or_default().to_string())
    }

    pub async fn current_url(&self) -> Result<String> {
        let v = self
            .session_command("GET", "/url", None)
            .await
            .context("current URL")?;
        Ok(v.as_str().unwrap_or_default().to_string())
    }

    /// The current address without the site's origin, query or fragment.
    pub async fn current_path(&self) -> Result<String> {
        let url = self.current_url().await?;
        let path = url.strip_prefix(&self.site).unwrap_or(&url);
        Ok(path
            .split(['?', '#'])
            .next()
            .unwrap_or_default()
            .to_string())
    }

    /// Runs `js` as a function body in the page (`return ...` to answer a value). WebDriver
    /// scripts are exempt from the page's CSP, so this cannot tell whether the site's own script
    /// may run.
    pub async fn execute(&self, js: &str) -> Result<Value> {
        self.session_command(
            "POST",
            "/execute/sync",
            Some(json!({ "script": js, "args": [] })),
        )
        .await
        .context(format_args!("execute {js:?}"))
    }

    /// Runs a library's source (`name` for errors: the source is too long to print) in the
    /// page, as WebDriver scripts run: outside the page's CSP, which still governs the page.
    pub async fn inject(&self, name: &str, source: &str) -> Result<()> {
        self.session_command(
            "POST",
            "/execute/sync",
            Some(json!({ "script": source, "args": [] })),
        )
        .await
        .context(format_args!("inject {name}"))
        .map(|_| ())
    }

    /// Runs `js` as an asynchronous function body: it answers by calling its last argument
    /// (`arguments[arguments.length - 1](value)`), within the session's script timeout.
    pub async fn execute_async(&self, js: &str) -> Result<Value> {
        self.session_command(
            "POST",
            "/execute/async",
            Some(json!({ "script": js, "args": [] })),
        )
        .await
        .context("execute async script")
    }

    /// Waits until the browser is on `path`, e.g. after a click that submits a form.
    pub async fn wait_for_path(&self, path: &str) -> Result<()> {
        let started = Instant::now();
        loop {
            let now = self.current_path().await?;
            if now == path {
                return Ok(());
            }
            if started.elapsed() > WAIT {
                let h1 = self.text("h1").await.unwrap_or_default();
                let alert = self
                    .execute("return document.querySelector('[role=alert]')?.innerText ?? ''")
                    .await
                    .unwrap_or_default();
                return err(format!(
                    "still on {now} (heading {h1:?}, alert {alert}) after {WAIT:?}, expected {path}"
                ));
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Waits until the script `js` (a function body) returns true.
    pub async fn wait_for(&self, js: &str) -> Result<()> {
        let started = Instant::now();
        loop {
            if self.execute(js).await? == true {
                return Ok(());
            }
            if started.elapsed() > WAIT {
                return err(format!("{js:?} still not true after {WAIT:?}"));
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// The browser console since the last call, or None when this chromedriver cannot tell:
    /// reading logs is a chromedriver extension outside the W3C standard.
    pub async fn console(&self) -> Result<Option<Vec<Value>>> {
        match self
            .session_command("POST", "/se/log", Some(json!({ "type": "browser" })))
            .await
        {
            Ok(v) => Ok(v.as_array().cloned()),
            Err(e) if e.0.contains("unknown command") || e.0.contains("unknown method") => Ok(None),
            Err(e) => Err(e).context("console"),
        }
    }

    /// Ends the session and waits for it; Drop only does it best effort.
    pub async fn quit(mut self) -> Result<()> {
        if self.session.is_some() {
            self.session_command("DELETE", "", None)
                .await
                .context("end session")?;
            self.session = None;
        }
        Ok(())
    }
}

impl Drop for Chromium {
    fn drop(&mut self) {
        // Drop cannot await: a raw HTTP request over a blocking socket asks chromedriver to close
        // Chromium, which killing chromedriver alone would leave running.
        if let Some(id) = self.session.take() {
            let _ = delete_session_blocking(self.port, &id);
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn delete_session_blocking(port: u16, id: &str) -> std::io::Result<()> {
    let mut s = TcpStream::connect(("127.0.0.1", port))?;
    s.set_read_timeout(Some(Duration::from_secs(10)))?;
    s.set_write_timeout(Some(Duration::from_secs(10)))?;
    write!(
        s,
        "DELETE /session/{id} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
    )?;
    // The answer comes once Chromium is closed. chromedriver keeps the connection open despite
    // `Connection: close`, so the answer ends where its Content-Length says, not at EOF.
    let mut answer = Vec::new();
    let mut chunk = [0u8; 1024];
    loop {
        let n = s.read(&mut chunk)?;
        if n == 0 {
            return Ok(());
        }
        answer.extend_from_slice(&chunk[..n]);
        let text = String::from_utf8_lossy(&answer);
        if let Some((head, body)) = text.split_once("\r\n\r\n") {
            let length = head
                .lines()
                .filter_map(|l| l.split_once(':'))
                .find(|(name, _)| name.trim().eq_ignore_ascii_case("content-length"))
                .and_then(|(_, v)| v.trim().parse::<usize>().ok())
                .unwrap_or(0);
            if body.len() >= length {
                return Ok(());
            }
        }
    }
}

fn free_port() -> Result<u16> {
    let listener = TcpListener::bind("127.0.0.1:0").context("no free port")?;
    listener
        .local_addr()
        .map(|a| a.port())
        .context("no free port")
}

fn element_id(v: &Value) -> Option<String> {
    v[ELEMENT_KEY].as_str().map(str::to_string)
}

/// chromedriver's log without its INFO chatter (capabilities, preferences), which would bury
/// the lines that say why Chromium did not start.
fn log_tail(path: &std::path::Path) -> String {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let lines: Vec<&str> = text
        .lines()
        .filter(|l| l.contains("[SEVERE]") || l.contains("[WARNING]") || l.contains("ERROR"))
        .collect();
    lines[lines.len().saturating_sub(20)..].join("\n")
}

const GOOD: &str = "correct horse battery staple";

#[tokio::test]
async fn signs_in_with_two_factor_in_chromium() {
    let app = spawn_app().await;
    let (_, once) =
        dateline::users::add(&app.store, "anna@example.org", "Anna Rossi", "editor", &[])
            .await
            .unwrap();
    let secret = app.enrol_totp("anna@example.org").await;

    let browser = Chromium::start(&app.address).await;
    browser.goto("/admin/").await.unwrap();
    browser.wait_for_path("/admin/sign-in").await.unwrap();
    browser
        .type_into("input[name=email]", "anna@example.org")
        .await
        .unwrap();
    browser
        .type_into("input[name=password]", &once)
        .await
        .unwrap();
    browser.click("button[type=submit]").await.unwrap();

    browser.wait_for_path("/admin/two-factor").await.unwrap();
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    let code = dateline_auth::totp::code_at(&secret, now);
    browser.type_into("input[name=code]", &code).await.unwrap();
    browser.click("button[type=submit]").await.unwrap();

    browser.wait_for_path("/admin/password").await.unwrap();
    browser
        .type_into("input[name=current]", &once)
        .await
        .unwrap();
    browser.type_into("input[name=new]", GOOD).await.unwrap();
    browser.click("button[type=submit]").await.unwrap();

    browser.wait_for_path("/admin/").await.unwrap();
    assert_eq!(browser.text("main strong").await.unwrap(), "Anna Rossi");
    let main = browser.text("main").await.unwrap();
    assert!(main.contains("Signed in as Anna Rossi"), "{main}");

    browser
        .click("form[action=\"/admin/sign-out\"] button[type=submit]")
        .await
        .unwrap();
    browser.wait_for_path("/admin/sign-in").await.unwrap();
    // The session is gone in the browser too, not just the page it was sent to.
    browser.goto("/admin/").await.unwrap();
    browser.wait_for_path("/admin/sign-in").await.unwrap();
    browser.quit().await.unwrap();
}

const BODY: &str = r#"Albania has cut diplomatic ties with Iran.[^*]\n\nA second paragraph.\n\n[^*]: After a cyber attack in July."#;

/// Messages the console shows for content the CSP refused.
fn csp_violations(console: &[Value]) -> Vec<String> {
    console
        .iter()
        .filter_map(|e| e["message"].as_str())
        .filter(|m| m.contains("Content Security Policy") || m.contains("Refused to"))
        .map(str::to_string)
        .collect()
}

#[tokio::test]
async fn the_article_page_works_in_chromium() {
    let app = spawn_app().await;
    let report = app
        .import(&[line(
            "main",
            "en",
            "Albania cuts ties with Iran",
            &format!(r#""regions":["IR","AL"],"body":"{BODY}""#),
        )])
        .await;
    assert!(report.failed.is_empty(), "{:?}", report.failed);
    let url = app.url_of("main").await;

    let browser = Chromium::start(&app.address).await;
    browser.goto(&url).await.unwrap();
    assert_eq!(
        browser.text("h1").await.unwrap(),
        "Albania cuts ties with Iran"
    );
    assert_eq!(browser.text("p.regions").await.unwrap(), "IRAN – ALBANIA");
    assert_eq!(browser.find_all("p.regions a").await.unwrap().len(), 2);
    browser.find("a[href=\"#fn-1\"]").await.unwrap();
    browser.find(".footnotes").await.unwrap();
    assert!(browser
        .source()
        .await
        .unwrap()
        .contains("<script src=\"/static/site."));
    // The only script element without `src` is the JSON-LD data block, which is data, never
    // run: the CSP (no inline script) has nothing to refuse, as the console check below shows.
    let inline_scripts = "return document.querySelectorAll('script:not([src]):not([type=\"application/ld+json\"])').length";
    assert_eq!(browser.execute(inline_scripts).await.unwrap(), 0);
    let data_block = "return JSON.parse(document.querySelector('script[type=\"application/ld+json\"]').textContent).headline";
    assert_eq!(
        browser.execute(data_block).await.unwrap(),
        "Albania cuts ties with Iran"
    );

    assert_eq!(
        browser.text("a.print-link").await.unwrap(),
        "Printable version"
    );
    browser.click("a.print-link").await.unwrap();
    browser
        .wait_for_path(&format!("{url}/print"))
        .await
        .unwrap();
    assert_eq!(browser.execute(inline_scripts).await.unwrap(), 0);
    // The button is `hidden` in the HTML; only the site's script, loaded under
    // `script-src 'self'`, shows it.
    browser
        .wait_for("return document.querySelector('button.print-button')?.hidden === false")
        .await
        .unwrap();
    assert!(browser.displayed("button.print-button").await.unwrap());

    match browser.console().await.unwrap() {
        None => eprintln!("chromedriver cannot read the console: CSP violations not checked"),
        Some(console) => {
            let refused = csp_violations(&console);
            assert!(refused.is_empty(), "the CSP refused: {refused:#?}");
            // The check above must be able to fail: an inline script the page adds is refused
            // and that refusal reaches the console.
            browser
                .execute(
                    "const s = document.createElement('script'); \
                     s.textContent = 'window.inlineRan = true'; document.head.append(s);",
                )
                .await
                .unwrap();
            assert_ne!(
                browser.execute("return window.inlineRan").await.unwrap(),
                true
            );
            let started = Instant::now();
            let mut seen = Vec::new();
            while seen.is_empty() && started.elapsed() < WAIT {
                seen = csp_violations(&browser.console().await.unwrap().unwrap_or_default());
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
            assert!(
                !seen.is_empty(),
                "a refused inline script left no trace in the console"
            );
        }
    }
    browser.quit().await.unwrap();
}

/// Signs a member in through the real pages, with the second factor when one is set up.
async fn sign_in_in_chromium(
    browser: &Chromium,
    email: &str,
    password: &str,
    totp: Option<&dateline_auth::totp::Secret>,
) {
    browser.goto("/admin/sign-in").await.unwrap();
    browser.type_into("input[name=email]", email).await.unwrap();
    browser
        .type_into("input[name=password]", password)
        .await
        .unwrap();
    browser.click("button[type=submit]").await.unwrap();
    if let Some(secret) = totp {
        browser.wait_for_path("/admin/two-factor").await.unwrap();
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_secs();
        browser
            .type_into(
                "input[name=code]",
                &dateline_auth::totp::code_at(secret, now),
            )
            .await
            .unwrap();
        browser.click("button[type=submit]").await.unwrap();
    }
    browser.wait_for_path("/admin/").await.unwrap();
}

/// An account with its own password already set, and optionally a second factor.
async fn ready_member(
    app: &TestApp,
    email: &str,
    role: &str,
    totp: bool,
) -> Option<dateline_auth::totp::Secret> {
    let (id, _) = dateline::users::add(&app.store, email, "Member", role, &[])
        .await
        .unwrap();
    let hash =
        dateline_auth::password::hash(&secrecy::SecretString::from(GOOD.to_string())).unwrap();
    app.store.set_password(id, &hash, false).await.unwrap();
    if !totp {
        return None;
    }
    Some(app.enrol_totp(email).await)
}

#[tokio::test]
async fn a_story_from_draft_to_correction_restore_and_unpublication_in_chromium() {
    let app = spawn_app().await;
    ready_member(&app, "writer@example.org", "contributor", false).await;
    let secret = ready_member(&app, "editor@example.org", "editor", true)
        .await
        .unwrap();

    // The contributor writes a draft with a footnote, watching the live preview, and submits it.
    let writer = Chromium::start(&app.address).await;
    sign_in_in_chromium(&writer, "writer@example.org", GOOD, None).await;
    app.import(&[line(
        "old",
        "it",
        "Una storia precedente",
        r#""tags":["Diplomazia"]"#,
    )])
    .await;
    writer.goto("/admin/articles/new").await.unwrap();
    // The pickers add known tags and countries to their fields.
    writer
        .wait_for("return document.querySelector('#add-tag').hidden === false")
        .await
        .unwrap();
    writer
        .execute("for (const [id, v] of [['add-tag', 'Diplomazia'], ['add-region', 'JP']]) { const s = document.getElementById(id); s.value = v; s.dispatchEvent(new Event('change')); }")
        .await
        .unwrap();
    let picked = writer.execute("return [document.getElementById('tags').value, document.getElementById('regions').value]").await.unwrap();
    assert_eq!(picked, serde_json::json!(["Diplomazia", "JP"]));
    writer
        .type_into("#headline", "Tirana cuts ties with Tehran")
        .await
        .unwrap();
    writer
        .type_into(
            "#standfirst",
            "Albania expels Iran's diplomats after a cyber attack.",
        )
        .await
        .unwrap();
    writer.type_into("#dateline", "Tirana").await.unwrap();
    writer.type_into("#regions", "AL, IR").await.unwrap();
    writer.type_into("#tags", "Diplomacy").await.unwrap();
    writer.type_into("#body", "The government gave the diplomats 24 hours.[^*]\n\n[^*]: The attack took place in July.").await.unwrap();
    if let Err(e) = writer
        .wait_for("return document.querySelector('#live-preview .footnotes') !== null")
        .await
    {
        let state = writer.execute("return [document.getElementById('live-preview').hidden, document.getElementById('live-preview').innerHTML, Array.from(document.scripts).map(s => s.src).join(' ')]").await.unwrap();
        panic!("{e}: {state} console: {:?}", writer.console().await);
    }
    let preview = writer.text("#live-preview").await.unwrap();
    assert!(
        preview.contains("Tirana (Agenzia) – The government gave"),
        "{preview}"
    );
    writer.click("button[value=save]").await.unwrap();
    writer
        .wait_for("return location.search === '?saved=1'")
        .await
        .unwrap();
    let path = writer.current_path().await.unwrap();
    let id: i64 = path.trim_start_matches("/admin/articles/").parse().unwrap();
    writer.click("button[value=submit]").await.unwrap();
    writer
        .wait_for("return document.body.innerText.includes('State: in_review')")
        .await
        .unwrap();
    assert!(
        writer
            .find_all("button[value=publish]")
            .await
            .unwrap()
            .is_empty(),
        "no Publish button for a contributor"
    );
    writer.quit().await.unwrap();

    // The editor signs in with two factors and publishes it.
    let editor = Chromium::start(&app.address).await;
    sign_in_in_chromium(&editor, "editor@example.org", GOOD, Some(&secret)).await;
    editor.goto(&format!("/admin/articles/{id}")).await.unwrap();
    editor.click("button[value=publish]").await.unwrap();
    editor
        .wait_for("return document.body.innerText.includes('State: published')")
        .await
        .unwrap();
    editor
        .click("a[href$='/it/'], a[href*='/it/20']")
        .await
        .unwrap_or(());
    app.settled().await;
    let url = app.json(&format!("/api/v1/articles/{id}")).await["url"]
        .as_str()
        .unwrap()
        .to_string();
    editor.goto(&url).await.unwrap();
    assert_eq!(
        editor.text("h1").await.unwrap(),
        "Tirana cuts ties with Tehran"
    );
    assert!(!editor.find_all("a[href='#fn-1']").await.unwrap().is_empty());

    // A correction, which readers see with its note.
    editor.goto(&format!("/admin/articles/{id}")).await.unwrap();
    editor
        .type_into("#headline", "Albania cuts ties with Iran")
        .await
        .unwrap();
    editor
        .type_into(
            "#correction",
            "An earlier version named the capitals instead of the countries.",
        )
        .await
        .unwrap();
    editor.click("button[value=correct]").await.unwrap();
    editor
        .wait_for("return location.search === '?saved=1'")
        .await
        .unwrap();
    app.settled().await;
    // Browsers may keep a page for a minute; a new address skips their copy.
    editor
        .goto(&format!("{url}?after-correction"))
        .await
        .unwrap();
    assert_eq!(
        editor.text("h1").await.unwrap(),
        "Albania cuts ties with Iran"
    );
    assert!(editor
        .text("p.correction")
        .await
        .unwrap()
        .contains("An earlier version named the capitals"));

    // Restoring the first revision brings its text back as a new revision.
    editor
        .goto(&format!("/admin/articles/{id}/revisions"))
        .await
        .unwrap();
    editor
        .click("form[action$='/restore'] input[name=number][value='1'] ~ button")
        .await
        .unwrap();
    editor
        .wait_for("return location.search === '?saved=1'")
        .await
        .unwrap();
    let restored = app.store.article(id).await.unwrap().unwrap();
    assert_eq!(restored.summary.headline, "Tirana cuts ties with Tehran");
    assert_eq!(
        app.store.revisions(id).await.unwrap().len(),
        restored.revision as usize
    );

    // Unpublished, the story is gone from the site.
    editor.goto(&format!("/admin/articles/{id}")).await.unwrap();
    editor.click("button[value=unpublish]").await.unwrap();
    editor
        .wait_for("return document.body.innerText.includes('State: unpublished')")
        .await
        .unwrap();
    app.settled().await;
    assert_eq!(app.get(&url).await.status(), 410);
    editor.quit().await.unwrap();
    assert!(app
        .store
        .verify_history(|_| {})
        .await
        .unwrap()
        .problems
        .is_empty());
}

#[tokio::test]
async fn send_to_a_friend_opens_a_dialog_in_chromium() {
    let sink = crate::smtp::SmtpSink::start();
    let worker = dateline_mail::WorkerSettings {
        smtp_url: sink.url(),
        poll: Duration::from_millis(50),
        ..dateline_mail::WorkerSettings::default()
    };
    let app = spawn_app_with(Backend::Sqlite, move |s| {
        s.mail.schedule = false;
        s.mail.worker = Some(worker);
    })
    .await;
    app.import(&[line("main", "en", "Albania cuts ties with Iran", "")])
        .await;
    let url = app.url_of("main").await;

    let browser = Chromium::start(&app.address).await;
    browser.goto(&url).await.unwrap();
    browser.click("p.share a.send-link").await.unwrap();
    browser
        .wait_for("return document.querySelector('dialog.send-dialog')?.open === true")
        .await
        .unwrap();
    // The dialog has a close control a reader can see, labelled in the edition's language.
    assert!(browser
        .displayed("dialog.send-dialog button.close")
        .await
        .unwrap());
    assert_eq!(
        browser
            .text("dialog.send-dialog button.close")
            .await
            .unwrap(),
        "Close"
    );
    browser
        .type_into("dialog #send-name", "Marta")
        .await
        .unwrap();
    browser
        .type_into("dialog #send-email", "friend@example.org")
        .await
        .unwrap();
    browser
        .type_into("dialog #send-message", "Worth reading.")
        .await
        .unwrap();
    browser
        .click("dialog form.send-form button[type=submit]")
        .await
        .unwrap();
    browser
        .wait_for("return document.querySelector('dialog.send-dialog .notice') !== null")
        .await
        .unwrap();
    assert!(browser
        .text("dialog.send-dialog .notice")
        .await
        .unwrap()
        .contains("f***@example.org"));
    // The reader never left the story.
    assert_eq!(browser.current_path().await.unwrap(), url);
    let mail = &sink.wait_for(1, Duration::from_secs(20)).await[0];
    assert_eq!(mail.to(), "friend@example.org");
    assert!(mail.text.as_deref().unwrap().contains("Worth reading."));

    browser
        .click("dialog.send-dialog button.close")
        .await
        .unwrap();
    browser
        .wait_for("return document.querySelector('dialog.send-dialog').open === false")
        .await
        .unwrap();
    if let Some(console) = browser.console().await.unwrap() {
        let refused = csp_violations(&console);
        assert!(refused.is_empty(), "the CSP refused: {refused:#?}");
    }
    browser.quit().await.unwrap();
}
