//! The store: Dateline's single source of truth, on SQLite (embedded, the default) or
//! PostgreSQL (to scale out over several nodes).
//!
//! Both backends share one API and, as far as the two SQL dialects allow, one set of
//! statements: the statements live once in [`backend`], which is compiled for each driver.
//! Everything derived (page cache, search index, static exports) is rebuilt from here, and
//! follows it through the `changes` log.

mod backend;
use backend::Param;
pub mod mail;
mod migrate;
pub mod newsroom;
pub mod partners;
mod types;

use std::str::FromStr;
use std::time::Duration;

use dateline_core::{Edition, Prepared};
use sqlx::postgres::{PgConnectOptions, PgPool, PgPoolOptions};
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous,
};

pub use mail::{
    MailBody, MailRecord, NewMail, NewRun, NewSubscriber, OutboxCounts, OutboxItem, Resealed,
    Subscribed, Subscriber, SubscriberCount, SubscriberStatus,
};
pub use newsroom::{
    AuditEntry, AuditQuery, Media, NewAuditEntry, NewMediaFile, NewUser, Session, User,
};
pub use partners::{
    ApiToken, DeliveryRecord, NewApiToken, NewWebhook, WebhookDelivery, WebhookEndpoint,
    WebhookEvent,
};
pub use types::*;

/// What can go wrong in the store. Messages are for operators and logs, not for readers.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
    #[error("migration failed: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("unknown region {0:?}: regions are ISO 3166-1 codes known to the site")]
    UnknownRegion(String),
    #[error("unknown edition {0:?}")]
    UnknownEdition(String),
    #[error("the address {slug:?} is already used by another article in edition {edition:?}")]
    SlugTaken { edition: String, slug: String },
    #[error("the article was changed by someone else (now at revision {current}); reload it")]
    Conflict { current: i64 },
    #[error("an account with the address {0:?} already exists")]
    UserExists(String),
    #[error("unsupported database URL {0:?}: use sqlite://PATH or postgres://...")]
    BadUrl(String),
    #[error("stored data is damaged: {0}")]
    Corrupt(String),
}

/// How many times [`Store::save_batch`] tries again a batch that SQLite refused as busy: with
/// pauses from 50 ms doubling, about 6 s in all on top of the busy timeout.
pub const BUSY_RETRIES: u32 = 7;

impl StoreError {
    /// Whether SQLite refused the statement because another connection held a lock
    /// (`SQLITE_BUSY` and its extended codes: "database is locked").
    pub fn is_sqlite_busy(&self) -> bool {
        match self {
            StoreError::Database(sqlx::Error::Database(e)) => {
                e.try_downcast_ref::<sqlx::sqlite::SqliteError>().is_some()
                    && e.code()
                        .and_then(|code| code.parse::<i32>().ok())
                        .is_some_and(|code| code & 0xff == 5)
            }
            _ => false,
        }
    }
}

/// What `verify_history` found.
#[derive(Debug, Default)]
pub struct VerifyReport {
    pub articles: u64,
    pub revisions: u64,
    /// `(article id, problem)`.
    pub problems: Vec<(i64, dateline_core::article::ChainProblem)>,
}

/// Whether the article's stored state is what its latest revision recorded (the fields
/// copied verbatim; tags and authors are stored under their first-seen names).
fn matches_snapshot(a: &Article, snap: &dateline_core::ArticleSnapshot) -> bool {
    let s = &a.summary;
    s.edition == snap.edition
        && s.slug == snap.slug
        && s.status == snap.status
        && s.headline == snap.headline
        && s.standfirst == snap.standfirst
        && s.regions == snap.regions
        && s.translation_group == snap.translation_group
        && s.published_at == snap.published_at
        && s.published_tz == snap.published_tz
        && s.updated_at == snap.updated_at
        && a.dateline_place == snap.dateline_place
        && a.body_markdown == snap.body_markdown
        && a.external_id == snap.external_id
        && a.correction_note == snap.correction_note
        && a.corrected_at == snap.corrected_at
        && a.tags
            .iter()
            .map(|t| &t.slug)
            .eq(snap.tags.iter().map(|t| &t.slug))
        && a.authors
            .iter()
            .map(|t| &t.slug)
            .eq(snap.authors.iter().map(|t| &t.slug))
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

#[derive(Clone, Debug)]
enum Backend {
    Sqlite(SqlitePool),
    Postgres(PgPool),
}

/// A handle on the database; cheap to clone, shared by every request.
#[derive(Clone, Debug)]
pub struct Store {
    backend: Backend,
}

macro_rules! dispatch {
    ($self:ident, $f:ident ( $($arg:expr),* )) => {
        match &$self.backend {
            Backend::Sqlite(pool) => backend::sqlite::$f(pool, $($arg),*).await,
            Backend::Postgres(pool) => backend::postgres::$f(pool, $($arg),*).await,
        }
    };
}

macro_rules! dispatch_mail {
    ($self:ident, $f:ident ( $($arg:expr),* )) => {
        match &$self.backend {
            Backend::Sqlite(pool) => mail::sqlite::$f(pool, $($arg),*).await,
            Backend::Postgres(pool) => mail::postgres::$f(pool, $($arg),*).await,
        }
    };
}

macro_rules! dispatch_partners {
    ($self:ident, $f:ident ( $($arg:expr),* )) => {
        match &$self.backend {
            Backend::Sqlite(pool) => partners::sqlite::$f(pool, $($arg),*).await,
            Backend::Postgres(pool) => partners::postgres::$f(pool, $($arg),*).await,
        }
    };
}

impl Store {
    /// Opens the database at `url` (`sqlite://path/to/file.db` or `postgres://...`),
    /// creating a SQLite file if missing, and brings its schema up to date.
    pub async fn open(url: &str, max_connections: u32) -> Result<Store> {
        Self::open_with_busy_timeout(url, max_connections, Duration::from_secs(30)).await
    }

    /// [`Store::open`], with how long a SQLite statement waits for another connection's lock
    /// before it is refused as busy (30 s in [`Store::open`]; PostgreSQL ignores it). For
    /// tests of what happens when the database is busy.
    #[doc(hidden)]
    pub async fn open_with_busy_timeout(
        url: &str,
        max_connections: u32,
        busy_timeout: Duration,
    ) -> Result<Store> {
        let store = if url.starts_with("sqlite:") {
            let options = SqliteConnectOptions::from_str(url)?
                .create_if_missing(true)
                .journal_mode(SqliteJournalMode::Wal)
                // WAL with NORMAL keeps every committed transaction across a process crash; only
                // a power cut can lose the last ones, which the revision chain then shows.
                .synchronous(SqliteSynchronous::Normal)
                .foreign_keys(true)
                // Commands run beside a live server wait for its writes, however busy the
                // machine; a transaction here is short, so a long wait means a stalled one.
                .busy_timeout(busy_timeout)
                .pragma("cache_size", "-32000")
                .pragma("temp_store", "memory");
            let pool = SqlitePoolOptions::new()
                // An embedded database does not drop connections; pinging each one before use
                // would double the thread hand-offs of every query.
                .test_before_acquire(false)
                .max_connections(max_connections.max(1))
                .min_connections(1)
                .connect_with(options)
                .await?;
            Store {
                backend: Backend::Sqlite(pool),
            }
        } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            let options = PgConnectOptions::from_str(url)?;
            let pool = PgPoolOptions::new()
                .max_connections(max_connections.max(1))
                .acquire_timeout(Duration::from_secs(10))
                .connect_with(options)
                .await?;
            Store {
                backend: Backend::Postgres(pool),
            }
        } else {
            return Err(StoreError::BadUrl(url.to_string()));
        };
        store.migrate().await?;
        Ok(store)
    }

    /// Which backend this is, for logs and the health page.
    pub fn backend_name(&self) -> &'static str {
        match self.backend {
            Backend::Sqlite(_) => "sqlite",
            Backend::Postgres(_) => "postgres",
        }
    }

    async fn migrate(&self) -> Result<()> {
        match &self.backend {
            Backend::Sqlite(pool) => migrate::sqlite().await?.run(pool).await?,
            Backend::Postgres(pool) => migrate::postgres().await?.run(pool).await?,
        }
        Ok(())
    }

    /// Closes every connection (SQLite then checkpoints its write-ahead log).
    pub async fn close(&self) {
        match &self.backend {
            Backend::Sqlite(pool) => pool.close().await,
            Backend::Postgres(pool) => pool.close().await,
        }
    }

    /// Adds the editions and regions a new site starts with; existing rows are left as they are.
    pub async fn seed_reference_data(&self) -> Result<()> {
        let editions = Edition::defaults();
        let regions = dateline_core::region::builtin();
        // Seeding is one transaction, so a store that has every edition and region has their
        // names too: then nothing is written, and a command run beside a live server does not
        // queue for the write lock just to start.
        let stored = self.editions().await?;
        let all_editions = editions
            .iter()
            .all(|e| stored.iter().any(|s| s.code == e.code));
        if all_editions && self.region_count().await? >= regions.len() as i64 {
            return Ok(());
        }
        dispatch!(self, seed(&editions, &regions))
    }

    async fn region_count(&self) -> Result<i64> {
        dispatch!(self, region_count())
    }

    /// Writes editions described by the configuration, replacing their stored description;
    /// an edition new to the store gets the English country names until it has its own.
    pub async fn configure_editions(&self, editions: &[Edition]) -> Result<()> {
        dispatch!(self, configure_editions(editions))
    }

    pub async fn editions(&self) -> Result<Vec<Edition>> {
        dispatch!(self, editions())
    }

    /// Every region's name in every edition.
    pub async fn region_names(&self) -> Result<Vec<RegionName>> {
        dispatch!(self, region_names())
    }

    pub async fn tag(&self, edition: &str, slug: &str) -> Result<Option<TagRef>> {
        dispatch!(self, tag(edition, slug))
    }

    /// Saves one article as a new revision (or leaves it alone when nothing changed).
    /// `expected_revision` refuses the save when someone else saved in between.
    pub async fn save(&self, article: &Prepared, expected_revision: Option<i64>) -> Result<Saved> {
        let mut out = dispatch!(
            self,
            save_batch(std::slice::from_ref(article), expected_revision)
        )?;
        out.pop().expect("one result per article")
    }

    /// Saves many articles in one transaction, each on its own savepoint: a failing article
    /// is reported and skipped, the others are kept. The outer error is for the database as a
    /// whole failing.
    ///
    /// On SQLite, a batch refused with "database is locked" is tried again, up to
    /// [`BUSY_RETRIES`] times with a growing pause: imports run beside a live server, and SQLite
    /// can refuse a transaction at once, without waiting out the busy timeout (its WAL
    /// documentation lists when). A refused transaction left nothing behind.
    pub async fn save_batch(&self, articles: &[Prepared]) -> Result<Vec<Result<Saved>>> {
        let mut pause = Duration::from_millis(50);
        let mut attempt = 1;
        loop {
            match dispatch!(self, save_batch(articles, None)) {
                Err(e) if attempt <= BUSY_RETRIES && e.is_sqlite_busy() => {
                    tracing::warn!(
                        attempt,
                        articles = articles.len(),
                        "the database was busy; saving the batch again"
                    );
                    tokio::time::sleep(pause).await;
                    pause *= 2;
                    attempt += 1;
                }
                result => return result,
            }
        }
    }

    pub async fn article(&self, id: i64) -> Result<Option<Article>> {
        dispatch!(self, article_by_id(id))
    }

    /// Up to `limit` articles after `after_id` in id order, whatever their status.
    pub async fn articles_after(&self, after_id: i64, limit: i64) -> Result<Vec<Article>> {
        dispatch!(self, articles_after(after_id, limit))
    }

    /// The stories pinned to an article's "See also", in order.
    pub async fn pins(&self, article_id: i64) -> Result<Vec<i64>> {
        dispatch!(self, pins(article_id))
    }

    /// Every article's pinned stories, `(article, pinned)` in order: for a static export.
    pub async fn all_pins(&self) -> Result<Vec<(i64, i64)>> {
        dispatch!(self, all_pins())
    }

    /// Replaces the stories pinned to an article's "See also".
    pub async fn set_pins(&self, article_id: i64, pinned: &[i64]) -> Result<()> {
        dispatch!(self, set_pins(article_id, pinned))
    }

    /// Records old addresses (replacing what an address led to before), in one transaction.
    pub async fn put_redirects(&self, redirects: &[NewRedirect]) -> Result<()> {
        if redirects.is_empty() {
            return Ok(());
        }
        dispatch!(self, put_redirects(redirects))
    }

    /// Where the old address `path` (a redirect key) leads, if it is one.
    pub async fn redirect(&self, path: &str) -> Result<Option<RedirectTarget>> {
        dispatch!(self, redirect(path))
    }

    pub async fn article_by_slug(&self, edition: &str, slug: &str) -> Result<Option<Article>> {
        dispatch!(self, article_by_slug(edition, slug))
    }

    pub async fn article_by_external_id(&self, external_id: &str) -> Result<Option<Article>> {
        dispatch!(self, article_by_external_id(external_id))
    }

    /// Articles readers can see, newest first, filtered and paged by `query`.
    pub async fn list(&self, query: &ListQuery) -> Result<Vec<Summary>> {
        dispatch!(self, list(query))
    }

    /// How many articles `query` matches, ignoring its paging.
    pub async fn count(&self, query: &ListQuery) -> Result<i64> {
        dispatch!(self, count(query))
    }

    /// The full articles with these ids (a feed's stories), in no particular order; missing
    /// ids are skipped. Callers keep the list short: it is one `IN (...)` of parameters.
    pub async fn articles(&self, ids: &[i64]) -> Result<Vec<Article>> {
        dispatch!(self, articles_by_id(ids))
    }

    /// The articles with these ids, in no particular order; missing ids are skipped.
    pub async fn summaries(&self, ids: &[i64]) -> Result<Vec<Summary>> {
        dispatch!(self, summaries(ids))
    }

    /// The regions, tags and translation group of every published article (scheduled ones
    /// included), from which nodes build their in-memory "See also" index.
    pub async fn published_links(&self) -> Result<Vec<Links>> {
        dispatch!(self, published_links())
    }

    /// The visible translations of a story, other than `exclude_id`.
    pub async fn translations(
        &self,
        group: &str,
        exclude_id: i64,
        now: i64,
    ) -> Result<Vec<Summary>> {
        dispatch!(self, translations(group, exclude_id, now))
    }

    /// Regions with the most visible stories in `edition` published since `since`.
    pub async fn busiest_regions(
        &self,
        edition: &str,
        now: i64,
        since: i64,
        limit: i64,
    ) -> Result<Vec<(String, i64)>> {
        dispatch!(self, busiest_regions(edition, now, since, limit))
    }

    /// Publication times of every visible article of `edition`, for the archive index.
    pub async fn publication_times(&self, edition: &str, now: i64) -> Result<Vec<i64>> {
        dispatch!(self, publication_times(edition, now))
    }

    /// An article's revisions, oldest first.
    pub async fn revisions(&self, article_id: i64) -> Result<Vec<Revision>> {
        dispatch!(self, revisions(article_id))
    }

    /// Changes recorded after `after_id`, oldest first, at most `limit`.
    pub async fn changes_after(&self, after_id: i64, limit: i64) -> Result<Vec<Change>> {
        dispatch!(self, changes_after(after_id, limit))
    }

    /// Published articles whose publication time falls in `(after, until]`: they became
    /// visible without any write, so the change log does not show them.
    pub async fn became_visible(&self, after: i64, until: i64) -> Result<Vec<Change>> {
        dispatch!(self, became_visible(after, until))
    }

    /// Walks every article's revision chain and compares each article with its latest
    /// revision, reporting what was altered or removed behind the application's back.
    /// `on_progress` gets the articles checked so far.
    pub async fn verify_history(&self, mut on_progress: impl FnMut(u64)) -> Result<VerifyReport> {
        use dateline_core::article::{verify_chain, ArticleSnapshot, ChainLink, ChainProblem};
        let mut report = VerifyReport::default();
        let mut after = 0;
        loop {
            let page = dispatch!(self, history_page(after, 500))?;
            let Some((last, _)) = page.last() else { break };
            after = last.summary.id;
            for (article, revisions) in &page {
                report.articles += 1;
                report.revisions += revisions.len() as u64;
                let links: Vec<ChainLink> = revisions
                    .iter()
                    .map(|r| ChainLink {
                        number: r.number,
                        created_at: r.created_at,
                        snapshot: &r.snapshot,
                        prev_hash: &r.prev_hash,
                        hash: &r.hash,
                    })
                    .collect();
                let mut problems = verify_chain(&links, article.revision);
                if let Some(latest) = revisions.last() {
                    match serde_json::from_str::<ArticleSnapshot>(&latest.snapshot) {
                        Ok(snap) if !matches_snapshot(article, &snap) => {
                            problems.push(ChainProblem::StateDiffers)
                        }
                        Ok(_) => {}
                        Err(_) => problems.push(ChainProblem::Altered {
                            number: latest.number,
                        }),
                    }
                }
                for problem in problems {
                    report.problems.push((article.summary.id, problem));
                }
            }
            on_progress(report.articles);
        }
        Ok(report)
    }

    /// Creates an account; its address must be new.
    pub async fn create_user(&self, user: &NewUser) -> Result<i64> {
        dispatch!(self, create_user(user))
    }

    pub async fn user(&self, id: i64) -> Result<Option<User>> {
        dispatch!(self, user_by("id = $1", Param::Int(id)))
    }

    pub async fn user_by_email(&self, email: &str) -> Result<Option<User>> {
        dispatch!(self, user_by("email = $1", Param::Text(email.to_string())))
    }

    pub async fn users(&self) -> Result<Vec<User>> {
        dispatch!(self, users())
    }

    pub async fn set_password(
        &self,
        user_id: i64,
        password_hash: &str,
        must_change: bool,
    ) -> Result<()> {
        dispatch!(self, set_password(user_id, password_hash, must_change))
    }

    pub async fn set_role(
        &self,
        user_id: i64,
        role: dateline_core::newsroom::Role,
        editions: &[String],
    ) -> Result<()> {
        dispatch!(self, set_role(user_id, role, editions))
    }

    /// Sets up (or, with `None`, removes) two-factor sign-in.
    pub async fn set_totp_secret(&self, user_id: i64, secret: Option<&str>) -> Result<()> {
        dispatch!(self, set_totp_secret(user_id, secret))
    }

    /// Every account's two-factor secret as stored (sealed, or in clear if stored so by an
    /// older version): for key rotation.
    pub async fn totp_secrets(&self) -> Result<Vec<(i64, String)>> {
        dispatch!(self, totp_secrets())
    }

    /// Replaces two-factor secrets as stored (the same secrets sealed anew), keeping each
    /// account's last used step, in one transaction.
    pub async fn set_totp_secrets(&self, secrets: &[(i64, String)]) -> Result<()> {
        dispatch!(self, set_totp_secrets(secrets))
    }

    /// Records that TOTP `step` was used, unless it (or a later one) already was: false means a
    /// replayed code. Safe across nodes: the check and the write are one statement.
    pub async fn use_totp_step(&self, user_id: i64, step: i64) -> Result<bool> {
        dispatch!(self, use_totp_step(user_id, step))
    }

    pub async fn create_session(&self, session: &Session) -> Result<()> {
        dispatch!(self, create_session(session))
    }

    /// The live session with this token hash, and its account (not disabled), at `now`.
    pub async fn session(&self, token_hash: &str, now: i64) -> Result<Option<(Session, User)>> {
        dispatch!(self, session(token_hash, now))
    }

    pub async fn touch_session(&self, token_hash: &str, now: i64, verified: bool) -> Result<()> {
        dispatch!(self, touch_session(token_hash, now, verified))
    }

    pub async fn delete_session(&self, token_hash: &str) -> Result<()> {
        dispatch!(self, delete_session(token_hash))
    }

    /// Ends every session of an account ("sign out everywhere"); returns how many.
    pub async fn delete_user_sessions(&self, user_id: i64) -> Result<u64> {
        dispatch!(self, delete_user_sessions(user_id))
    }

    pub async fn audit(&self, entry: &NewAuditEntry) -> Result<()> {
        dispatch!(self, audit(entry))
    }

    pub async fn audit_log(&self, query: &AuditQuery) -> Result<Vec<AuditEntry>> {
        dispatch!(self, audit_log(query))
    }

    /// Every article whatever its state, most recently changed first, for the newsroom.
    pub async fn newsroom_list(
        &self,
        status: Option<&str>,
        edition: Option<&str>,
        limit: i64,
        offset: i64,
    ) -> Result<Vec<Summary>> {
        dispatch!(self, newsroom_list(status, edition, limit, offset))
    }

    /// A setting an admin changed in the newsroom, if any.
    pub async fn setting(&self, key: &str) -> Result<Option<String>> {
        dispatch!(self, setting(key))
    }

    pub async fn set_setting(&self, key: &str, value: &str) -> Result<()> {
        dispatch!(self, set_setting(key, value))
    }

    /// Stores an image and its renditions; the same upload (by SHA-256) is stored once.
    pub async fn add_media(
        &self,
        sha256: &str,
        size: (i64, i64),
        caption: &str,
        credit: &str,
        uploaded_by: Option<i64>,
        files: &[NewMediaFile],
    ) -> Result<i64> {
        dispatch!(
            self,
            add_media(sha256, size, caption, credit, uploaded_by, files)
        )
    }

    pub async fn media(&self, id: i64) -> Result<Option<Media>> {
        dispatch!(self, media(id))
    }

    /// One rendition's content type and bytes.
    pub async fn media_file(&self, id: i64, width: i64) -> Result<Option<(String, Vec<u8>)>> {
        dispatch!(self, media_file(id, width))
    }

    /// Every version of a story, whatever its state, for the newsroom.
    pub async fn group_members(&self, group: &str) -> Result<Vec<Summary>> {
        dispatch!(self, group_members(group))
    }

    /// An edition's tags, most used first, for the editor's picker.
    pub async fn tags_of(&self, edition: &str, limit: i64) -> Result<Vec<TagRef>> {
        dispatch!(self, tags_of(edition, limit))
    }

    pub async fn last_change_id(&self) -> Result<i64> {
        dispatch!(self, last_change_id())
    }

    /// Counts of articles in every state, for `demo` and the health page.
    pub async fn article_count(&self) -> Result<i64> {
        dispatch!(self, article_count())
    }
}

/// Newsletter subscribers and the mail outbox.
impl Store {
    /// Adds a pending subscriber and queues `mail` to it (the confirmation) in one
    /// transaction; an address already present is returned as it is, and nothing is written.
    pub async fn subscribe(
        &self,
        subscriber: &NewSubscriber,
        mail: &NewMail,
        now: i64,
    ) -> Result<Subscribed> {
        dispatch_mail!(self, subscribe(subscriber, mail, now))
    }

    /// Adds confirmed subscribers in bulk, sending nothing (load tests; lists whose consent
    /// was gathered elsewhere).
    pub async fn add_confirmed_subscribers(
        &self,
        subscribers: &[NewSubscriber],
        now: i64,
    ) -> Result<()> {
        dispatch_mail!(self, add_confirmed(subscribers, now))
    }

    /// The subscriber whose blind index is one of `indexes` (one per key in the ring).
    pub async fn subscriber_by_index(&self, indexes: &[String]) -> Result<Option<Subscriber>> {
        dispatch_mail!(self, subscriber_by_index(indexes))
    }

    pub async fn subscriber(&self, id: i64) -> Result<Option<Subscriber>> {
        dispatch_mail!(self, subscriber_by_id(id))
    }

    pub async fn queue_mail(&self, mail: &NewMail, now: i64) -> Result<i64> {
        dispatch_mail!(self, queue_mail(mail, now))
    }

    /// Marks a pending subscriber confirmed; false if there was none pending with that id.
    pub async fn confirm_subscriber(&self, id: i64, now: i64) -> Result<bool> {
        dispatch_mail!(self, confirm_subscriber(id, now))
    }

    pub async fn set_preferences(
        &self,
        id: i64,
        language: &str,
        preferences: &dateline_core::newsletter::Preferences,
        now: i64,
    ) -> Result<bool> {
        dispatch_mail!(self, set_preferences(id, language, preferences, now))
    }

    /// Erases a subscriber with every mail queued for or sent to them.
    pub async fn delete_subscriber(&self, id: i64) -> Result<bool> {
        dispatch_mail!(self, delete_subscriber(id))
    }

    /// Forgets subscriptions never confirmed since `created_before`.
    pub async fn expire_pending(&self, created_before: i64) -> Result<u64> {
        dispatch_mail!(self, expire_pending(created_before))
    }

    /// Confirmed subscribers receiving mail at `frequency`.
    pub async fn subscribers_for(
        &self,
        frequency: dateline_core::newsletter::Frequency,
    ) -> Result<Vec<Subscriber>> {
        dispatch_mail!(self, subscribers_for(frequency))
    }

    pub async fn all_subscribers(&self) -> Result<Vec<Subscriber>> {
        dispatch_mail!(self, all_subscribers())
    }

    pub async fn subscriber_counts(&self) -> Result<Vec<SubscriberCount>> {
        dispatch_mail!(self, subscriber_counts())
    }

    /// The mails queued for or sent to a subscriber, oldest first.
    pub async fn subscriber_mails(&self, id: i64) -> Result<Vec<MailRecord>> {
        dispatch_mail!(self, subscriber_mails(id))
    }

    /// Claims up to `limit` mails due at `now` for this worker until `lease_until`. On
    /// PostgreSQL, rows another node holds are skipped, not waited for.
    pub async fn claim_mail(
        &self,
        now: i64,
        lease_until: i64,
        limit: i64,
    ) -> Result<Vec<OutboxItem>> {
        dispatch_mail!(self, claim_mail(now, lease_until, limit))
    }

    pub async fn mail_body(&self, id: i64) -> Result<Option<MailBody>> {
        dispatch_mail!(self, mail_body(id))
    }

    /// Records that the SMTP server accepted these mails, and drops their sealed payloads: one
    /// statement and one commit for all of them.
    pub async fn mail_sent(&self, ids: &[i64], now: i64) -> Result<()> {
        dispatch_mail!(self, mail_sent(ids, now))
    }

    /// Puts a mail back for another attempt at `next_attempt_at`; `counts` says whether the
    /// failure was the mail's (a refusal) rather than the server's (unreachable).
    pub async fn mail_retry(
        &self,
        id: i64,
        next_attempt_at: i64,
        error: &str,
        counts: bool,
    ) -> Result<()> {
        dispatch_mail!(self, mail_retry(id, next_attempt_at, error, counts))
    }

    /// Gives a mail up for good (a hard bounce or too many attempts).
    pub async fn mail_failed(&self, id: i64, error: &str) -> Result<()> {
        dispatch_mail!(self, mail_failed(id, error))
    }

    pub async fn mark_bounced(&self, subscriber_id: i64, now: i64) -> Result<()> {
        dispatch_mail!(self, mark_bounced(subscriber_id, now))
    }

    pub async fn outbox_counts(&self) -> Result<OutboxCounts> {
        dispatch_mail!(self, outbox_counts())
    }

    /// Until when the stream (`edition`, `frequency`) has been queued; `None` before its first run.
    pub async fn schedule_position(
        &self,
        edition: &str,
        frequency: dateline_core::newsletter::Frequency,
    ) -> Result<Option<i64>> {
        dispatch_mail!(self, schedule_position(edition, frequency))
    }

    /// Queues a run's mails and moves its stream's position, in one transaction. `None` when
    /// another node had already queued it (or the run carried no story).
    pub async fn queue_run(&self, run: &NewRun, now: i64) -> Result<Option<i64>> {
        dispatch_mail!(self, queue_run(run, now))
    }

    /// Every sealed outbox payload, for a key rotation.
    pub async fn sealed_payloads(&self) -> Result<Vec<(i64, Vec<u8>)>> {
        dispatch_mail!(self, sealed_payloads())
    }

    /// Writes a key rotation's results in one transaction.
    pub async fn reseal(
        &self,
        subscribers: &[Resealed],
        blocked: &[Resealed],
        payloads: &[(i64, Vec<u8>)],
    ) -> Result<()> {
        dispatch_mail!(self, reseal(subscribers, blocked, payloads))
    }

    /// Records that an address wants no more stories sent by readers.
    pub async fn block_recipient(
        &self,
        index: &str,
        sealed: &[u8],
        key_id: &str,
        now: i64,
    ) -> Result<()> {
        dispatch_mail!(self, block_recipient(index, sealed, key_id, now))
    }

    /// Whether an address (by its blind index under any key) refused stories from readers.
    pub async fn is_blocked(&self, indexes: &[String]) -> Result<bool> {
        dispatch_mail!(self, is_blocked(indexes))
    }

    /// `(id, sealed address, key id)` of every blocked recipient, for a key rotation.
    pub async fn blocked_recipients(&self) -> Result<Vec<(i64, Vec<u8>, String)>> {
        dispatch_mail!(self, blocked_recipients())
    }

    /// Ids of the keys subscriber rows (and blocked recipients) are sealed with.
    pub async fn subscriber_key_ids(&self) -> Result<Vec<String>> {
        dispatch_mail!(self, subscriber_key_ids())
    }

    /// `(article id, tag slug)` for each of `ids`.
    pub async fn tag_slugs(&self, ids: &[i64]) -> Result<Vec<(i64, String)>> {
        dispatch_mail!(self, tag_slugs(ids))
    }
}

/// Admin API tokens and webhooks.
impl Store {
    pub async fn create_api_token(&self, token: &NewApiToken, now: i64) -> Result<i64> {
        dispatch_partners!(self, create_api_token(token, now))
    }

    /// Every token, live ones first, newest first.
    pub async fn api_tokens(&self) -> Result<Vec<ApiToken>> {
        dispatch_partners!(self, api_tokens())
    }

    /// The live (not revoked) token with this hash and the enabled account it acts as.
    pub async fn api_token(&self, token_hash: &str) -> Result<Option<(ApiToken, User)>> {
        dispatch_partners!(self, api_token(token_hash))
    }

    pub async fn touch_api_token(&self, id: i64, now: i64) -> Result<()> {
        dispatch_partners!(self, touch_api_token(id, now))
    }

    /// Revokes a token for good; `None` if there was no live token with that id.
    pub async fn revoke_api_token(&self, id: i64, now: i64) -> Result<Option<ApiToken>> {
        dispatch_partners!(self, revoke_api_token(id, now))
    }

    pub async fn add_webhook(&self, webhook: &NewWebhook, now: i64) -> Result<i64> {
        dispatch_partners!(self, add_webhook(webhook, now))
    }

    /// Every endpoint with its deliveries' counts, active ones first.
    pub async fn webhooks(&self) -> Result<Vec<WebhookEndpoint>> {
        dispatch_partners!(self, webhooks())
    }

    /// Every endpoint's secret as stored (sealed, or in clear if stored so by an older
    /// version), switched off ones too: for key rotation.
    pub async fn webhook_secrets(&self) -> Result<Vec<(i64, String)>> {
        dispatch_partners!(self, webhook_secrets())
    }

    /// Replaces endpoints' secrets as stored, in one transaction.
    pub async fn set_webhook_secrets(&self, secrets: &[(i64, String)]) -> Result<()> {
        dispatch_partners!(self, set_webhook_secrets(secrets))
    }

    /// Switches an endpoint off and withdraws what was still queued for it.
    pub async fn remove_webhook(&self, id: i64) -> Result<bool> {
        dispatch_partners!(self, remove_webhook(id))
    }

    /// Claims up to `limit` deliveries due at `now` for this worker until `lease_until`.
    pub async fn claim_webhooks(
        &self,
        now: i64,
        lease_until: i64,
        limit: i64,
    ) -> Result<Vec<WebhookDelivery>> {
        dispatch_partners!(self, claim_webhooks(now, lease_until, limit))
    }

    pub async fn webhook_delivered(&self, id: i64, now: i64) -> Result<()> {
        dispatch_partners!(self, webhook_delivered(id, now))
    }

    pub async fn webhook_retry(&self, id: i64, next_attempt_at: i64, error: &str) -> Result<()> {
        dispatch_partners!(self, webhook_retry(id, next_attempt_at, error))
    }

    /// Gives a delivery up for good.
    pub async fn webhook_failed(&self, id: i64, error: &str) -> Result<()> {
        dispatch_partners!(self, webhook_failed(id, error))
    }

    /// The latest deliveries, newest first.
    pub async fn webhook_deliveries(&self, limit: i64) -> Result<Vec<DeliveryRecord>> {
        dispatch_partners!(self, webhook_deliveries(limit))
    }
}
