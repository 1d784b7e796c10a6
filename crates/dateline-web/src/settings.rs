//! The web server's settings, loaded once by the binary (file, then environment) and passed
//! in through [`crate::Application::build`]. Nothing reads settings from globals.

use std::path::PathBuf;
use std::sync::Arc;

use dateline_core::Edition;
use dateline_mail::schedule::SendingTime;
use dateline_mail::{Keyring, WorkerSettings};
use secrecy::SecretString;

#[derive(Debug, Clone)]
pub struct Settings {
    /// Address to listen on, `127.0.0.1:8080`; port 0 picks a free port.
    pub listen: String,
    /// `sqlite://...` or `postgres://...`; may carry a password.
    pub database_url: SecretString,
    /// Connections in the database pool.
    pub max_connections: u32,
    /// The public address of the site, without a trailing slash (canonical links, print view).
    pub base_url: String,
    /// The agency's name, printed in the dateline: `Tirana (Agency) – `.
    pub agency: String,
    /// Edition for visitors whose languages match none.
    pub default_edition: String,
    /// Serve rendered pages from memory. Off renders every request (for measuring and for
    /// theme development).
    pub page_cache: bool,
    /// Upper bound of the page cache, all compressed variants included.
    pub cache_max_bytes: usize,
    /// A folder whose `templates/` and `static/` override the built-in theme file by file.
    pub theme_dir: Option<PathBuf>,
    /// How often to look for changes made by other processes or nodes.
    pub change_poll_ms: u64,
    /// Stories per list page.
    pub page_size: i64,
    /// Feeds carry each story's whole body; off, only its headline and standfirst, and
    /// readers follow the link for the rest.
    pub feeds_full_text: bool,
    /// Keys sealing subscriber data and signing readers' links; kept outside the database.
    pub keyring: Arc<Keyring>,
    pub mail: MailSettings,
    /// Delivering webhooks to partners.
    pub webhooks: crate::webhooks::WebhookSettings,
    /// Where this node keeps its search index; `None` keeps it in memory (tests, tools).
    pub search_dir: Option<PathBuf>,
    /// Editions beyond the built-in four (or built-in ones re-described), written to the
    /// store at start: the configuration is their source, so a change applies on restart.
    pub editions: Vec<Edition>,
    /// A folder of Fluent message files, `CODE.ftl`: the text of an added edition, or a
    /// built-in edition's reworded.
    pub messages_dir: Option<PathBuf>,
}

/// Newsletter and outgoing mail.
#[derive(Debug, Clone)]
pub struct MailSettings {
    /// The `From` of every mail: `Agency <newsletter@example.org>`.
    pub from: String,
    /// How to reach the SMTP server; `None` keeps mail in the outbox until one is configured.
    pub worker: Option<WorkerSettings>,
    /// Queue digests and story alerts when they are due. Off, only `dateline newsletter
    /// queue` (or another node) does.
    pub schedule: bool,
    /// When digests go out, in each edition's local time.
    pub sending: SendingTime,
    /// Unconfirmed subscriptions are forgotten after this many days.
    pub pending_days: i64,
}

impl Default for MailSettings {
    fn default() -> Self {
        MailSettings {
            from: "Dateline <newsletter@localhost>".into(),
            worker: None,
            schedule: true,
            sending: SendingTime::default(),
            pending_days: 7,
        }
    }
}

impl Settings {
    /// Settings for a site on the SQLite database at `database_url`, everything else default.
    pub fn new(database_url: &str) -> Settings {
        Settings {
            listen: "127.0.0.1:8080".into(),
            database_url: SecretString::from(database_url.to_string()),
            max_connections: 8,
            base_url: "http://127.0.0.1:8080".into(),
            agency: "Dateline".into(),
            default_edition: "en".into(),
            page_cache: true,
            cache_max_bytes: 256 * 1024 * 1024,
            theme_dir: None,
            change_poll_ms: 500,
            page_size: 20,
            feeds_full_text: true,
            // A key that lives as long as the process: for tests and tools. The binary loads
            // the key file instead.
            keyring: Arc::new(
                Keyring::parse(&Keyring::generate_line()).expect("a generated key parses"),
            ),
            mail: MailSettings::default(),
            webhooks: crate::webhooks::WebhookSettings::default(),
            search_dir: None,
            editions: Vec::new(),
            messages_dir: None,
        }
    }
}
