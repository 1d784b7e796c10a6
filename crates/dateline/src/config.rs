//! Settings from a TOML file, then `DATELINE_*` environment variables, then command-line
//! flags; each later source overrides the earlier. Every mistake names its source.

use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{bail, Context};
use dateline_mail::schedule::{parse_time, parse_weekday};
use dateline_mail::{Keyring, WorkerSettings};
use dateline_web::Settings;
use secrecy::SecretString;
use serde::Deserialize;

/// The settings file. Every key is optional; unknown keys are refused so a misspelt one is
/// not silently ignored.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileSettings {
    pub listen: Option<String>,
    pub data_dir: Option<PathBuf>,
    pub database_url: Option<String>,
    pub max_connections: Option<u32>,
    pub base_url: Option<String>,
    pub agency: Option<String>,
    pub default_edition: Option<String>,
    pub page_cache: Option<bool>,
    pub cache_max_mb: Option<usize>,
    pub theme_dir: Option<PathBuf>,
    pub change_poll_ms: Option<u64>,
    pub page_size: Option<i64>,
    /// Feeds with each story's whole body (default) or only its standfirst.
    pub feeds_full_text: Option<bool>,
    /// Where this node keeps its search index (default `DATA_DIR/search`).
    pub search_dir: Option<PathBuf>,
    /// The file holding the keys that seal subscriber data (default `DATA_DIR/dateline.keys`).
    pub keys_file: Option<PathBuf>,
    /// A folder of Fluent message files (`CODE.ftl`) for added or reworded editions.
    pub messages_dir: Option<PathBuf>,
    /// `[[editions]]`: editions beyond the built-in four, or built-in ones re-described.
    pub editions: Option<Vec<EditionFile>>,
    pub mail: Option<MailFile>,
    pub webhooks: Option<WebhooksFile>,
}

/// `[webhooks]`: delivering webhooks to partners (the endpoints are set at /admin/webhooks).
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WebhooksFile {
    pub deliver: Option<bool>,
    pub lease_seconds: Option<u64>,
    pub retry_base_seconds: Option<u64>,
    pub retry_max_seconds: Option<u64>,
    pub max_attempts: Option<i64>,
    pub timeout_seconds: Option<u64>,
}

/// One `[[editions]]` table. Only `code`, `name`, `time_zone` and the date formats are
/// needed; the language defaults to the code, the locale to the language.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EditionFile {
    pub code: String,
    pub name: String,
    pub language: Option<String>,
    pub locale: Option<String>,
    pub time_zone: String,
    pub date_format: String,
    pub datetime_format: String,
    #[serde(default)]
    pub motto: String,
    pub position: Option<i64>,
}

impl EditionFile {
    /// The edition it describes, or what is wrong with it (`n` is its place in the file).
    fn edition(self, n: usize) -> anyhow::Result<dateline_core::Edition> {
        let at = format!("editions[{n}] ({:?})", self.code);
        if !dateline_core::Edition::valid_code(&self.code) {
            bail!(
                "{at}: code must be 2 to 8 lowercase letters (it is the address: /{}/)",
                self.code
            );
        }
        if self.name.trim().is_empty() {
            bail!("{at}: name must not be empty");
        }
        if !dateline_core::time::valid_zone(&self.time_zone) {
            bail!(
                "{at}: time_zone {:?} is not an IANA time zone such as Europe/Paris",
                self.time_zone
            );
        }
        for (key, value) in [
            ("date_format", &self.date_format),
            ("datetime_format", &self.datetime_format),
        ] {
            if !value.contains("{yyyy}") {
                bail!("{at}: {key} {value:?} must print the year, {{yyyy}} (see docs/EDITIONS.md)");
            }
        }
        let language = self.language.unwrap_or_else(|| self.code.clone());
        let tag_ok = !language.is_empty()
            && language.split('-').all(|p| {
                !p.is_empty() && p.len() <= 8 && p.bytes().all(|b| b.is_ascii_alphanumeric())
            });
        if !tag_ok {
            bail!("{at}: language {language:?} is not a BCP 47 tag such as fr or pt-BR");
        }
        Ok(dateline_core::Edition {
            locale: self.locale.unwrap_or_else(|| language.replace('-', "_")),
            language,
            code: self.code,
            name: self.name.trim().to_string(),
            time_zone: self.time_zone,
            date_format: self.date_format,
            datetime_format: self.datetime_format,
            motto: self.motto,
            position: self.position.unwrap_or(10 + n as i64),
        })
    }
}

/// `[mail]`: outgoing mail and the newsletter.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MailFile {
    pub smtp_url: Option<String>,
    pub from: Option<String>,
    pub rate_per_second: Option<u32>,
    pub connections: Option<u32>,
    pub schedule: Option<bool>,
    pub daily_at: Option<String>,
    pub weekly_on: Option<String>,
    pub lease_seconds: Option<u64>,
    pub retry_base_seconds: Option<u64>,
    pub retry_max_seconds: Option<u64>,
}

/// Overrides given on the command line.
#[derive(Debug, Default, Clone)]
pub struct Overrides {
    pub listen: Option<String>,
    pub data_dir: Option<PathBuf>,
    pub database_url: Option<String>,
}

/// Where the data lives, next to the web settings.
#[derive(Debug)]
pub struct Loaded {
    pub settings: Settings,
    pub data_dir: PathBuf,
    pub keys_file: PathBuf,
    /// Neither the key file nor `DATELINE_KEYS` exists: the settings hold a new key that
    /// [`Loaded::ensure_key_file`] saves.
    pub keys_missing: bool,
}

fn env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

fn parse_env<T: std::str::FromStr>(name: &str, what: &str) -> anyhow::Result<Option<T>> {
    match env(name) {
        None => Ok(None),
        Some(v) => v
            .trim()
            .parse()
            .map(Some)
            .map_err(|_| anyhow::anyhow!("{name}={v:?}: expected {what}")),
    }
}

fn parse_switch(name: &str) -> anyhow::Result<Option<bool>> {
    match env(name).as_deref().map(str::trim) {
        None => Ok(None),
        Some("on" | "true" | "1" | "yes") => Ok(Some(true)),
        Some("off" | "false" | "0" | "no") => Ok(Some(false)),
        Some(v) => bail!("{name}={v:?}: expected on or off"),
    }
}

/// Loads settings from `file` (if given), the environment and `overrides`.
pub fn load(file: Option<&Path>, overrides: &Overrides) -> anyhow::Result<Loaded> {
    let f: FileSettings = match file {
        Some(path) => {
            let text = std::fs::read_to_string(path)
                .with_context(|| format!("reading settings file {}", path.display()))?;
            toml::from_str(&text)
                .map_err(|e| anyhow::anyhow!("settings file {}: {e}", path.display()))?
        }
        None => FileSettings::default(),
    };

    let data_dir = overrides
        .data_dir
        .clone()
        .or_else(|| env("DATELINE_DATA_DIR").map(PathBuf::from))
        .or(f.data_dir)
        .unwrap_or_else(|| PathBuf::from("dateline-data"));
    let listen = overrides
        .listen
        .clone()
        .or_else(|| env("DATELINE_LISTEN"))
        .or(f.listen)
        .unwrap_or_else(|| "127.0.0.1:8080".into());
    if listen.parse::<std::net::SocketAddr>().is_err() {
        bail!("listen {listen:?}: expected an address and port such as 127.0.0.1:8080");
    }
    let database_url = overrides
        .database_url
        .clone()
        .or_else(|| env("DATELINE_DATABASE_URL"))
        .or(f.database_url)
        .unwrap_or_else(|| format!("sqlite://{}", data_dir.join("dateline.db").display()));
    if !(database_url.starts_with("sqlite:")
        || database_url.starts_with("postgres:")
        || database_url.starts_with("postgresql:"))
    {
        bail!("database_url: expected sqlite://PATH or postgres://USER:PASSWORD@HOST/DB");
    }

    let mut s = Settings::new(&database_url);
    s.base_url = env("DATELINE_BASE_URL")
        .or(f.base_url)
        .unwrap_or_else(|| format!("http://{listen}"))
        .trim_end_matches('/')
        .to_string();
    if !(s.base_url.starts_with("http://") || s.base_url.starts_with("https://")) {
        bail!(
            "base_url {:?}: expected an http:// or https:// address",
            s.base_url
        );
    }
    s.listen = listen;
    s.database_url = SecretString::from(database_url);
    if let Some(v) = env("DATELINE_AGENCY").or(f.agency) {
        if v.trim().is_empty() {
            bail!("agency: must not be empty");
        }
        s.agency = v.trim().to_string();
    }
    if let Some(v) = env("DATELINE_DEFAULT_EDITION").or(f.default_edition) {
        s.default_edition = v;
    }
    if let Some(v) = parse_switch("DATELINE_PAGE_CACHE")?.or(f.page_cache) {
        s.page_cache = v;
    }
    if let Some(mb) =
        parse_env::<usize>("DATELINE_CACHE_MAX_MB", "a size in megabytes")?.or(f.cache_max_mb)
    {
        if mb == 0 {
            bail!(
                "cache_max_mb: must be at least 1 (switch the cache off with page_cache = false)"
            );
        }
        s.cache_max_bytes = mb * 1024 * 1024;
    }
    if let Some(dir) = env("DATELINE_THEME_DIR").map(PathBuf::from).or(f.theme_dir) {
        if !dir.is_dir() {
            bail!("theme_dir {}: not a folder", dir.display());
        }
        s.theme_dir = Some(dir);
    }
    if let Some(ms) =
        parse_env::<u64>("DATELINE_CHANGE_POLL_MS", "milliseconds")?.or(f.change_poll_ms)
    {
        if !(10..=60_000).contains(&ms) {
            bail!("change_poll_ms: expected 10 to 60000");
        }
        s.change_poll_ms = ms;
    }
    if let Some(n) = parse_env::<u32>("DATELINE_MAX_CONNECTIONS", "a number")?.or(f.max_connections)
    {
        if !(1..=1000).contains(&n) {
            bail!("max_connections: expected 1 to 1000");
        }
        s.max_connections = n;
    }
    if let Some(n) = parse_env::<i64>("DATELINE_PAGE_SIZE", "a number")?.or(f.page_size) {
        if !(1..=200).contains(&n) {
            bail!("page_size: expected 1 to 200");
        }
        s.page_size = n;
    }
    if let Some(v) = parse_switch("DATELINE_FEEDS_FULL_TEXT")?.or(f.feeds_full_text) {
        s.feeds_full_text = v;
    }
    s.search_dir = Some(
        env("DATELINE_SEARCH_DIR")
            .map(PathBuf::from)
            .or(f.search_dir)
            .unwrap_or_else(|| data_dir.join("search")),
    );
    let keys_file = env("DATELINE_KEYS_FILE")
        .map(PathBuf::from)
        .or(f.keys_file)
        .unwrap_or_else(|| data_dir.join("dateline.keys"));
    let keyring = load_keyring(&keys_file)?;
    let keys_missing = keyring.is_none();
    if let Some(ring) = keyring {
        s.keyring = std::sync::Arc::new(ring);
    }
    if let Some(dir) = env("DATELINE_MESSAGES_DIR")
        .map(PathBuf::from)
        .or(f.messages_dir)
    {
        if !dir.is_dir() {
            bail!("messages_dir {}: not a folder", dir.display());
        }
        s.messages_dir = Some(dir);
    }
    let mut codes = std::collections::HashSet::new();
    for (n, e) in f.editions.unwrap_or_default().into_iter().enumerate() {
        let edition = e.edition(n)?;
        if !codes.insert(edition.code.clone()) {
            bail!("editions[{n}]: the code {:?} is given twice", edition.code);
        }
        s.editions.push(edition);
    }
    mail_settings(&mut s, f.mail.unwrap_or_default())?;
    webhook_settings(&mut s, f.webhooks.unwrap_or_default())?;
    Ok(Loaded {
        settings: s,
        data_dir,
        keys_file,
        keys_missing,
    })
}

/// The keyring from `DATELINE_KEYS` (the file's text, for secret stores that inject
/// environment variables) or the key file; `None` when neither exists yet.
fn load_keyring(path: &Path) -> anyhow::Result<Option<Keyring>> {
    if let Some(text) = env("DATELINE_KEYS") {
        return Keyring::parse(&text)
            .map(Some)
            .map_err(|e| anyhow::anyhow!("DATELINE_KEYS: {e}"));
    }
    if !path.exists() {
        return Ok(None);
    }
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("reading the key file {}", path.display()))?;
    Keyring::parse(&text)
        .map(Some)
        .map_err(|e| anyhow::anyhow!("key file {}: {e}", path.display()))
}

impl Loaded {
    /// Writes the key file if there was none, with the key these settings already hold, for
    /// the commands that seal or open subscriber data.
    pub fn ensure_key_file(&mut self) -> anyhow::Result<()> {
        if !self.keys_missing {
            return Ok(());
        }
        if let Some(dir) = self
            .keys_file
            .parent()
            .filter(|d| !d.as_os_str().is_empty())
        {
            std::fs::create_dir_all(dir)
                .with_context(|| format!("creating the folder of {}", self.keys_file.display()))?;
        }
        write_key_file(&self.keys_file, &self.settings.keyring)?;
        tracing::warn!(
            "created the key file {}: back it up apart from the database; without it \
             subscriber addresses cannot be read",
            self.keys_file.display()
        );
        self.keys_missing = false;
        Ok(())
    }
}

/// Writes a key file readable by its owner only, replacing the old one in one step.
pub fn write_key_file(path: &Path, ring: &Keyring) -> anyhow::Result<()> {
    let tmp = path.with_extension("keys.new");
    {
        use std::io::Write;
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create(true).truncate(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let mut file = options
            .open(&tmp)
            .with_context(|| format!("writing the key file {}", tmp.display()))?;
        file.write_all(ring.to_file_text().as_bytes())?;
        file.sync_all()?;
    }
    std::fs::rename(&tmp, path)
        .with_context(|| format!("replacing the key file {}", path.display()))?;
    Ok(())
}

/// A duration in whole seconds from the environment variable `env`, else from the file's
/// `table.key`, refused (naming `table.key`) outside `range`.
fn seconds_setting(
    env: &str,
    file: Option<u64>,
    range: std::ops::RangeInclusive<u64>,
    table: &str,
    key: &str,
) -> anyhow::Result<Option<Duration>> {
    match parse_env::<u64>(env, "seconds")?.or(file) {
        None => Ok(None),
        Some(n) if range.contains(&n) => Ok(Some(Duration::from_secs(n))),
        Some(_) => bail!(
            "{table}.{key}: expected {} to {} seconds",
            range.start(),
            range.end()
        ),
    }
}

fn webhook_settings(s: &mut Settings, f: WebhooksFile) -> anyhow::Result<()> {
    let w = &mut s.webhooks;
    if let Some(v) = parse_switch("DATELINE_WEBHOOKS_DELIVER")?.or(f.deliver) {
        w.deliver = v;
    }
    let seconds = |name: &str, file: Option<u64>, min: u64, max: u64, key: &str| {
        seconds_setting(name, file, min..=max, "webhooks", key)
    };
    if let Some(d) = seconds(
        "DATELINE_WEBHOOKS_RETRY_BASE_SECONDS",
        f.retry_base_seconds,
        1,
        3600,
        "retry_base_seconds",
    )? {
        w.retry_base = d;
    }
    if let Some(d) = seconds(
        "DATELINE_WEBHOOKS_RETRY_MAX_SECONDS",
        f.retry_max_seconds,
        1,
        86_400,
        "retry_max_seconds",
    )? {
        w.retry_max = d;
    }
    if let Some(d) = seconds(
        "DATELINE_WEBHOOKS_TIMEOUT_SECONDS",
        f.timeout_seconds,
        1,
        120,
        "timeout_seconds",
    )? {
        w.timeout = d;
    }
    if let Some(d) = seconds(
        "DATELINE_WEBHOOKS_LEASE_SECONDS",
        f.lease_seconds,
        10,
        3600,
        "lease_seconds",
    )? {
        w.lease = d;
    }
    if w.lease < w.timeout * 3 {
        bail!("webhooks.lease_seconds: must be at least three times timeout_seconds, so a slow partner is not called twice");
    }
    if let Some(n) =
        parse_env::<i64>("DATELINE_WEBHOOKS_MAX_ATTEMPTS", "a number")?.or(f.max_attempts)
    {
        if !(1..=100).contains(&n) {
            bail!("webhooks.max_attempts: expected 1 to 100");
        }
        w.max_attempts = n;
    }
    Ok(())
}

fn mail_settings(s: &mut Settings, f: MailFile) -> anyhow::Result<()> {
    let m = &mut s.mail;
    if let Some(from) = env("DATELINE_MAIL_FROM").or(f.from) {
        m.from = from;
    } else {
        let host = s
            .base_url
            .split("://")
            .nth(1)
            .and_then(|rest| rest.split([':', '/']).next())
            .unwrap_or("localhost");
        m.from = format!("{} <newsletter@{host}>", s.agency);
    }
    if let Some(v) = parse_switch("DATELINE_MAIL_SCHEDULE")?.or(f.schedule) {
        m.schedule = v;
    }
    if let Some(v) = env("DATELINE_MAIL_DAILY_AT").or(f.daily_at) {
        m.sending.daily_at = parse_time(&v).map_err(|e| anyhow::anyhow!("mail.daily_at: {e}"))?;
    }
    if let Some(v) = env("DATELINE_MAIL_WEEKLY_ON").or(f.weekly_on) {
        m.sending.weekly_on =
            parse_weekday(&v).map_err(|e| anyhow::anyhow!("mail.weekly_on: {e}"))?;
    }
    let Some(url) = env("DATELINE_SMTP_URL").or(f.smtp_url) else {
        return Ok(());
    };
    if !(url.starts_with("smtp://") || url.starts_with("smtps://")) {
        bail!("mail.smtp_url: expected smtp://HOST:PORT (add ?tls=required for STARTTLS) or smtps://HOST:PORT");
    }
    let mut w = WorkerSettings {
        smtp_url: url,
        ..WorkerSettings::default()
    };
    if let Some(n) =
        parse_env::<u32>("DATELINE_MAIL_RATE", "mails per second")?.or(f.rate_per_second)
    {
        if !(1..=10_000).contains(&n) {
            bail!("mail.rate_per_second: expected 1 to 10000");
        }
        w.rate_per_second = n;
    }
    if let Some(n) = parse_env::<u32>("DATELINE_MAIL_CONNECTIONS", "a number")?.or(f.connections) {
        if !(1..=64).contains(&n) {
            bail!("mail.connections: expected 1 to 64");
        }
        w.connections = n;
    }
    let seconds = |name: &str, file: Option<u64>, min: u64, max: u64, key: &str| {
        seconds_setting(name, file, min..=max, "mail", key)
    };
    if let Some(d) = seconds(
        "DATELINE_MAIL_LEASE_SECONDS",
        f.lease_seconds,
        1,
        3600,
        "lease_seconds",
    )? {
        w.lease = d;
    }
    if let Some(d) = seconds(
        "DATELINE_MAIL_RETRY_BASE_SECONDS",
        f.retry_base_seconds,
        1,
        3600,
        "retry_base_seconds",
    )? {
        w.retry_base = d;
    }
    if let Some(d) = seconds(
        "DATELINE_MAIL_RETRY_MAX_SECONDS",
        f.retry_max_seconds,
        1,
        86_400,
        "retry_max_seconds",
    )? {
        w.retry_max = d;
    }
    m.worker = Some(w);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_values_apply_and_mistakes_are_named() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("dateline.toml");
        std::fs::write(
            &path,
            "agency = \"Meridian\"\npage_size = 7\nlisten = \"127.0.0.1:9000\"\n",
        )
        .unwrap();
        let loaded = load(Some(&path), &Overrides::default()).unwrap();
        assert_eq!(loaded.settings.agency, "Meridian");
        assert_eq!(loaded.settings.page_size, 7);
        assert_eq!(loaded.settings.base_url, "http://127.0.0.1:9000");
        assert!(
            loaded.settings.feeds_full_text,
            "feeds carry full text by default"
        );

        std::fs::write(&path, "feeds_full_text = false\n").unwrap();
        let loaded = load(Some(&path), &Overrides::default()).unwrap();
        assert!(!loaded.settings.feeds_full_text);

        std::fs::write(&path, "agnecy = \"x\"\n").unwrap();
        let err = load(Some(&path), &Overrides::default())
            .unwrap_err()
            .to_string();
        assert!(err.contains("unknown field `agnecy`"), "{err}");

        std::fs::write(&path, "page_size = 0\n").unwrap();
        let err = load(Some(&path), &Overrides::default())
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("page_size"), "{err}");

        let bad_listen = Overrides {
            listen: Some("localhost".into()),
            ..Default::default()
        };
        let err = load(None, &bad_listen).unwrap_err().to_string();
        assert!(err.starts_with("listen"), "{err}");

        let bad_url = Overrides {
            database_url: Some("mysql://x".into()),
            ..Default::default()
        };
        assert!(load(None, &bad_url)
            .unwrap_err()
            .to_string()
            .starts_with("database_url"));
    }

    #[test]
    fn editions_and_messages_come_from_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("dateline.toml");
        let messages = dir.path().join("messages");
        std::fs::create_dir(&messages).unwrap();
        std::fs::write(
            &path,
            format!(
                "messages_dir = {:?}\n\n[[editions]]\ncode = \"fr\"\nname = \"Français\"\n\
                 time_zone = \"Europe/Paris\"\ndate_format = \"{{d}} {{month}} {{yyyy}}\"\n\
                 datetime_format = \"{{d}} {{month}} {{yyyy}} à {{HH}} h {{MM}}\"\nmotto = \"Les nouvelles\"\n",
                messages.display().to_string()
            ),
        )
        .unwrap();
        let loaded = load(Some(&path), &Overrides::default()).unwrap();
        assert_eq!(
            loaded.settings.messages_dir.as_deref(),
            Some(messages.as_path())
        );
        let fr = &loaded.settings.editions[0];
        assert_eq!(
            (
                fr.code.as_str(),
                fr.language.as_str(),
                fr.locale.as_str(),
                fr.position
            ),
            ("fr", "fr", "fr", 10)
        );
        assert_eq!(fr.datetime_format, "{d} {month} {yyyy} à {HH} h {MM}");

        let broken = |table: &str| {
            std::fs::write(&path, format!("[[editions]]\n{table}")).unwrap();
            load(Some(&path), &Overrides::default())
                .unwrap_err()
                .to_string()
        };
        let ok = "name = \"F\"\ntime_zone = \"Europe/Paris\"\ndate_format = \"{yyyy}\"\ndatetime_format = \"{yyyy}\"\n";
        let err = broken(&format!("code = \"FR\"\n{ok}"));
        assert!(err.starts_with("editions[0] (\"FR\"): code"), "{err}");
        let err = broken(&format!(
            "code = \"fr\"\n{}",
            ok.replace("Europe/Paris", "Paris")
        ));
        assert!(err.contains("time_zone \"Paris\""), "{err}");
        let err = broken(&format!(
            "code = \"fr\"\n{}",
            ok.replace("date_format = \"{yyyy}\"", "date_format = \"{d}\"")
        ));
        assert!(err.contains("date_format"), "{err}");
        let err = broken(&format!(
            "code = \"fr\"\n{ok}\n[[editions]]\ncode = \"fr\"\n{ok}"
        ));
        assert!(
            err.starts_with("editions[1]: the code \"fr\" is given twice"),
            "{err}"
        );
        let err = broken(&format!("code = \"fr\"\nlangauge = \"fr\"\n{ok}"));
        assert!(err.contains("unknown field `langauge`"), "{err}");
        std::fs::write(&path, "messages_dir = \"/no/such/folder\"\n").unwrap();
        let err = load(Some(&path), &Overrides::default())
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("messages_dir /no/such/folder"), "{err}");
    }
}
