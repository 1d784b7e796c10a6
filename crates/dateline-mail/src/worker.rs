//! The outbox worker: claims due mails, sends them over SMTP at a steady rate, and records
//! each outcome as soon as the server answers.
//!
//! Delivery is at least once. Each connection runs as its own task, so building and sending
//! mails spreads over the runtime's threads. A mail is marked sent right after the SMTP
//! server accepted it. While the mark is committed its connection starts on the next mail,
//! but writes that mail's content (which is when a server takes a mail) only once the mark is
//! durable, so a worker killed mid-batch repeats at most the mails that were in flight (one
//! per connection). The marks of all connections that are waiting are committed together, in
//! one statement (a group commit). The worker's other claims lapse after the lease and another
//! worker (or the same one, restarted) picks them up. On PostgreSQL several nodes claim with
//! `FOR UPDATE SKIP LOCKED` and never wait for each other.
//!
//! Failures are told apart:
//! - the server is unreachable (connection refused, timeout, TLS): nothing is wrong with the
//!   mail; the batch is put back without counting an attempt, and the worker backs off;
//! - a temporary refusal (4xx): the mail is retried with exponential backoff, up to
//!   `max_attempts`;
//! - a permanent refusal (5xx): the mail fails for good; when the server says the mailbox
//!   does not exist (enhanced status 5.1.x), the subscriber is marked bounced.

use std::collections::{HashMap, VecDeque};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use dateline_store::{OutboxItem, Store, StoreError};
use lettre::transport::smtp::client::AsyncSmtpConnection;
use lettre::transport::smtp::PoolConfig;
use lettre::{AsyncSmtpTransport, AsyncTransport, Tokio1Executor};
use tokio::sync::{mpsc, oneshot, watch, Notify};
use tokio::task::JoinSet;
use tokio::time::Instant;

use crate::compose::{Composer, PreparedBody};

/// What a sending task calls after each mail the server took.
pub type OnSent = Arc<dyn Fn() + Send + Sync>;

/// Batches one call of [`Worker::send_batch`] claims at most, so that the worker reports and
/// looks up from its work now and then on a long outbox.
const BATCHES_PER_CALL: usize = 20;

/// A request to record a mail as sent, answered once the mark is committed.
type Mark = (i64, oneshot::Sender<Result<(), StoreError>>);

/// How the worker sends.
#[derive(Debug, Clone)]
pub struct WorkerSettings {
    /// `smtp://host:port` (plain, for a relay on the same host), `smtp://host:port?tls=required`
    /// (STARTTLS), `smtps://host:port` (TLS); user and password go in the URL.
    pub smtp_url: String,
    /// Most mails sent per second, across connections.
    pub rate_per_second: u32,
    /// SMTP connections kept open; also the most mails in flight at once.
    pub connections: u32,
    /// How long a claimed mail stays with this worker before others may take it.
    pub lease: Duration,
    /// First wait after a temporary refusal; doubled on each attempt up to `retry_max`.
    pub retry_base: Duration,
    pub retry_max: Duration,
    /// Temporary refusals after which a mail is given up.
    pub max_attempts: i64,
    /// How often an idle worker looks for new mail.
    pub poll: Duration,
    /// SMTP command timeout.
    pub timeout: Duration,
}

impl Default for WorkerSettings {
    fn default() -> Self {
        WorkerSettings {
            smtp_url: "smtp://127.0.0.1:25".into(),
            rate_per_second: 50,
            connections: 2,
            lease: Duration::from_secs(120),
            retry_base: Duration::from_secs(30),
            retry_max: Duration::from_secs(900),
            max_attempts: 12,
            poll: Duration::from_secs(1),
            timeout: Duration::from_secs(30),
        }
    }
}

/// What became of one batch.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct BatchReport {
    pub claimed: usize,
    pub sent: usize,
    pub retried: usize,
    pub failed: usize,
    /// The server could not be reached; the rest of the batch was put back.
    pub server_down: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Outcome {
    Sent,
    Retry,
    Failed,
    ServerDown,
    /// Not tried because the server was found down meanwhile; put back.
    PutBack,
}

/// Why a mail did not go.
enum SendError {
    /// The server answered, or lettre failed talking to it.
    Smtp(lettre::transport::smtp::Error),
    /// No connection could be made.
    Connect(std::io::Error),
    /// The previous mail's "sent" mark could not be recorded, so this one was not sent.
    Store(StoreError),
}

/// The last mail a connection sent, while the store commits its "sent" mark. The connection
/// goes on with the next mail's envelope meanwhile but writes that mail's content only once
/// the mark is durable ([`Prior::settle`]): the server takes a mail at the end of its content,
/// so at most one mail per connection is ever accepted and not yet marked.
struct Unsettled {
    id: i64,
    committed: oneshot::Receiver<Result<(), StoreError>>,
}

/// A connection's unsettled mark, if any, and what to do once it is settled.
struct Prior<'a> {
    unsettled: Option<Unsettled>,
    store: &'a Store,
    on_sent: &'a OnSent,
}

impl Prior<'_> {
    /// Waits until the last mail's mark is committed. Settling twice is harmless.
    async fn settle(&mut self) -> Result<(), StoreError> {
        let Some(last) = self.unsettled.take() else {
            return Ok(());
        };
        match last.committed.await {
            Ok(result) => result?,
            // The recorder is gone (it only stops when the batch is over): mark alone.
            Err(_) => self.store.mail_sent(&[last.id], now()).await?,
        }
        (self.on_sent)();
        Ok(())
    }
}

/// Connections to a relay spoken to in clear (`smtp://host:port`, a local MTA), opened with
/// `TCP_NODELAY`. lettre's pooled transport leaves Nagle's algorithm on and writes the
/// message's closing dot as a separate small segment, which then waits for the server's
/// delayed acknowledgement: about 40 ms per mail whatever the server's speed.
struct PlainPool {
    host: String,
    port: u16,
    timeout: Duration,
    hello: lettre::transport::smtp::extension::ClientId,
    idle: Mutex<Vec<Connection>>,
}

/// An open SMTP session and what the server said it accepts.
struct Connection {
    smtp: AsyncSmtpConnection,
    /// The server takes a mail's envelope commands in one write (RFC 2920 PIPELINING).
    pipelining: bool,
}

impl PlainPool {
    /// A pool for `smtp://host[:port]` with nothing else in the URL; other URLs (TLS,
    /// credentials) go through lettre's transport.
    fn for_url(url: &str, timeout: Duration) -> Option<PlainPool> {
        let rest = url.strip_prefix("smtp://")?.trim_end_matches('/');
        if rest.contains(['@', '?', '/']) {
            return None;
        }
        let (host, port) = match rest.rsplit_once(':') {
            Some((h, p)) => (h.to_string(), p.parse().ok()?),
            None => (rest.to_string(), 25),
        };
        Some(PlainPool {
            host,
            port,
            timeout,
            hello: lettre::transport::smtp::extension::ClientId::default(),
            idle: Mutex::new(Vec::new()),
        })
    }

    async fn connect(&self) -> Result<Connection, SendError> {
        let stream = tokio::time::timeout(
            self.timeout,
            tokio::net::TcpStream::connect((self.host.as_str(), self.port)),
        )
        .await
        .map_err(|_| SendError::Connect(std::io::ErrorKind::TimedOut.into()))?
        .map_err(SendError::Connect)?;
        stream.set_nodelay(true).map_err(SendError::Connect)?;
        let mut smtp = AsyncSmtpConnection::connect_with_transport(Box::new(stream), &self.hello)
            .await
            .map_err(SendError::Smtp)?;
        // lettre keeps only the extensions it uses itself; greet once more to learn whether
        // the server takes pipelined commands.
        let hello = lettre::transport::smtp::commands::Ehlo::new(self.hello.clone());
        let features = smtp.command(hello).await.map_err(SendError::Smtp)?;
        let pipelining = features.message().skip(1).any(|line| {
            line.split_whitespace()
                .next()
                .is_some_and(|keyword| keyword.eq_ignore_ascii_case("PIPELINING"))
        });
        Ok(Connection { smtp, pipelining })
    }

    async fn send(
        &self,
        message: &lettre::Message,
        prior: &mut Prior<'_>,
    ) -> Result<(), SendError> {
        let reused = self
            .idle
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .pop();
        let fresh = reused.is_none();
        let mut conn = match reused {
            Some(c) if !c.smtp.has_broken() => c,
            _ => self.connect().await?,
        };
        let body = message.formatted();
        let mut result = transmit(&mut conn, message.envelope(), &body, prior).await;
        // A connection that sat idle may have been closed by the server: one more try on a
        // new one, unless the server itself refused the mail.
        if let Err(SendError::Smtp(e)) = &result {
            if !fresh && e.status().is_none() {
                conn = self.connect().await?;
                result = transmit(&mut conn, message.envelope(), &body, prior).await;
            }
        }
        if result.is_ok() {
            self.idle
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .push(conn);
        }
        result
    }
}

/// Sends one mail on an open connection, as lettre's `AsyncSmtpConnection::send` does, with
/// two differences that halve the worker's CPU per mail on a 37 KB digest: the envelope
/// commands go in one write when the server allows it (RFC 2920), so a mail costs two round
/// trips rather than four, and the message is made transparent (dot-stuffed) by searching for
/// line-starting dots rather than copying it a byte at a time. Only ASCII mail to ASCII
/// addresses is sent this way (everything the composer builds: its bodies are
/// transfer-encoded); anything else, which needs the SMTPUTF8 or 8BITMIME parameters, goes
/// through lettre's own `send`. Replies are read and judged by lettre, and on any error the
/// connection is closed, as lettre does. The content is written only once `prior` is settled.
async fn transmit(
    conn: &mut Connection,
    envelope: &lettre::address::Envelope,
    message: &[u8],
    prior: &mut Prior<'_>,
) -> Result<(), SendError> {
    use lettre::transport::smtp::commands::{Data, Mail, Rcpt};
    let ascii = |a: &lettre::Address| AsRef::<str>::as_ref(a).is_ascii();
    let plain =
        message.is_ascii() && envelope.from().is_none_or(ascii) && envelope.to().iter().all(ascii);
    let data = match plain.then(|| String::from_utf8(dot_stuffed(message))) {
        Some(Ok(data)) => data,
        _ => {
            prior.settle().await.map_err(SendError::Store)?;
            return conn
                .smtp
                .send(envelope, message)
                .await
                .map(|_| ())
                .map_err(SendError::Smtp);
        }
    };
    let smtp = &mut conn.smtp;
    let mail = Mail::new(envelope.from().cloned(), Vec::new());
    let recipients = envelope
        .to()
        .iter()
        .map(|to| Rcpt::new(to.clone(), Vec::new()));
    let steps = async {
        if conn.pipelining {
            // One write; then one reply per command, in order. The first refusal ends the
            // mail (a refused recipient is reported as such, not as the DATA that follows).
            let group: String = std::iter::once(mail.to_string())
                .chain(recipients.map(|r| r.to_string()))
                .chain(std::iter::once(Data.to_string()))
                .collect();
            smtp.command(group).await.map_err(SendError::Smtp)?;
            for _ in 0..=envelope.to().len() {
                smtp.read_response().await.map_err(SendError::Smtp)?;
            }
        } else {
            smtp.command(mail).await.map_err(SendError::Smtp)?;
            for rcpt in recipients {
                smtp.command(rcpt).await.map_err(SendError::Smtp)?;
            }
            smtp.command(Data).await.map_err(SendError::Smtp)?;
        }
        prior.settle().await.map_err(SendError::Store)?;
        // The content and its end marker, then the server's verdict on the mail.
        smtp.command(data).await.map_err(SendError::Smtp)
    };
    match steps.await {
        Ok(_) => Ok(()),
        Err(e) => {
            // Mid-content the server drops the unfinished mail with the connection.
            conn.smtp.abort().await;
            Err(e)
        }
    }
}

/// The message as the DATA phase carries it (RFC 5321, 4.5.2): a dot that starts a line gets
/// another in front, and the end-of-data line follows.
fn dot_stuffed(message: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(message.len() + 64);
    let mut copied = 0;
    if message.first() == Some(&b'.') {
        out.push(b'.');
    }
    for at in memchr::memmem::find_iter(message, b"\r\n.") {
        out.extend_from_slice(&message[copied..at + 2]);
        out.push(b'.');
        copied = at + 2;
    }
    out.extend_from_slice(&message[copied..]);
    out.extend_from_slice(b"\r\n.\r\n");
    out
}

enum Transport {
    Plain(PlainPool),
    Pooled(AsyncSmtpTransport<Tokio1Executor>),
}

impl Transport {
    async fn send(&self, message: lettre::Message, prior: &mut Prior<'_>) -> Result<(), SendError> {
        match self {
            Transport::Plain(pool) => pool.send(&message, prior).await,
            Transport::Pooled(t) => {
                prior.settle().await.map_err(SendError::Store)?;
                t.send(message).await.map(|_| ()).map_err(SendError::Smtp)
            }
        }
    }
}

pub struct Worker {
    store: Store,
    transport: Transport,
    composer: Composer,
    settings: WorkerSettings,
    bodies: Mutex<HashMap<i64, Arc<PreparedBody>>>,
    next_send: tokio::sync::Mutex<Instant>,
}

fn now() -> i64 {
    dateline_core::article::now()
}

/// Seconds to wait before attempt `attempts + 1` of something delivered from an outbox (a
/// mail, a webhook): `base` doubled on each attempt, at most `max`.
pub fn backoff(base: Duration, max: Duration, attempts: i64) -> i64 {
    let factor = 1i64 << attempts.clamp(0, 20);
    secs(base).saturating_mul(factor).min(secs(max))
}

fn secs(d: Duration) -> i64 {
    i64::try_from(d.as_secs()).unwrap_or(i64::MAX).max(1)
}

impl Worker {
    /// A worker sending through `settings.smtp_url`. Fails on a malformed URL; the server is
    /// first contacted when there is mail.
    pub fn new(
        store: Store,
        composer: Composer,
        settings: WorkerSettings,
    ) -> Result<Worker, String> {
        let transport = match PlainPool::for_url(&settings.smtp_url, settings.timeout) {
            Some(pool) => Transport::Plain(pool),
            None => Transport::Pooled(
                AsyncSmtpTransport::<Tokio1Executor>::from_url(&settings.smtp_url)
                    .map_err(|e| {
                        format!("mail.smtp_url {:?}: {e}", redact_url(&settings.smtp_url))
                    })?
                    .timeout(Some(settings.timeout))
                    .pool_config(PoolConfig::new().max_size(settings.connections.max(1)))
                    .build(),
            ),
        };
        Ok(Worker {
            store,
            transport,
            composer,
            settings,
            bodies: Mutex::new(HashMap::new()),
            next_send: tokio::sync::Mutex::new(Instant::now()),
        })
    }

    /// Mails to claim at once: what can be sent well within one lease (two batches are out at
    /// a time: the one being sent and the next).
    fn batch_size(&self) -> i64 {
        let per_lease =
            u64::from(self.settings.rate_per_second.max(1)) * self.settings.lease.as_secs() / 4;
        i64::try_from(per_lease.clamp(1, 500)).unwrap_or(500)
    }

    /// Waits for this mail's turn under the rate limit.
    async fn pace(&self) {
        let gap = Duration::from_secs(1) / self.settings.rate_per_second.max(1);
        let now = Instant::now();
        let at = {
            let mut next = self.next_send.lock().await;
            let at = (*next).max(now);
            *next = at + gap;
            at
        };
        // Behind the rate, go at once: even an elapsed timer costs a trip through the wheel.
        if at > now {
            tokio::time::sleep_until(at).await;
        }
    }

    /// The shared body `id`, encoded for sending; kept while a run is being sent.
    async fn body(&self, id: i64) -> Result<Option<Arc<PreparedBody>>, StoreError> {
        if let Some(body) = self
            .bodies
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .get(&id)
        {
            return Ok(Some(body.clone()));
        }
        let Some(body) = self.store.mail_body(id).await? else {
            return Ok(None);
        };
        let body = Arc::new(self.composer.prepare(&body));
        let mut cache = self.bodies.lock().unwrap_or_else(PoisonError::into_inner);
        // Bodies are shared by a run's recipients; a few hundred cover any run in progress.
        if cache.len() > 1000 {
            cache.clear();
        }
        cache.insert(id, body.clone());
        Ok(Some(body))
    }

    /// Claims batches into `feed` until nothing is due, the server is found down, or
    /// [`BATCHES_PER_CALL`] batches were claimed; each once the last has run low. Returns how
    /// many mails were claimed, and the store's error if a claim failed.
    async fn feed(
        &self,
        feed: &Feed,
        batch: i64,
        down: &AtomicBool,
    ) -> (usize, Option<StoreError>) {
        let mut claimed = 0;
        for _ in 0..BATCHES_PER_CALL {
            if down.load(Ordering::Relaxed) {
                break;
            }
            let started = now();
            let lease_until = started + secs(self.settings.lease);
            match self.store.claim_mail(started, lease_until, batch).await {
                Ok(items) if items.is_empty() => break,
                Ok(items) => {
                    claimed += items.len();
                    feed.push(items);
                }
                Err(e) => return (claimed, Some(e)),
            }
            feed.run_low().await;
        }
        (claimed, None)
    }

    /// Claims batches of due mail and sends them, one task per connection, until nothing is
    /// due, the server is found down, or [`BATCHES_PER_CALL`] batches were claimed. Each
    /// batch is claimed while the last is still being sent, so no connection waits at a
    /// batch's end. `on_sent` is called after each mail the server took, once it is recorded.
    pub async fn send_batch(self: &Arc<Self>, on_sent: &OnSent) -> Result<BatchReport, StoreError> {
        let batch = self.batch_size();
        let connections = self.settings.connections.max(1) as usize;
        let feed = Arc::new(Feed {
            queue: Mutex::new(VecDeque::new()),
            filled: Notify::new(),
            low: Notify::new(),
            closed: AtomicBool::new(false),
            low_water: connections,
        });
        let down = Arc::new(AtomicBool::new(false));
        let feeder = {
            let (worker, feed, down) = (self.clone(), feed.clone(), down.clone());
            tokio::spawn(async move {
                let fed = worker.feed(&feed, batch, &down).await;
                feed.close();
                fed
            })
        };
        let (marks, pending) = mpsc::unbounded_channel::<Mark>();
        let recorder = tokio::spawn(record_sent(self.store.clone(), pending));
        let mut senders = JoinSet::new();
        for _ in 0..connections {
            let (worker, feed, down, marks, on_sent) = (
                self.clone(),
                feed.clone(),
                down.clone(),
                marks.clone(),
                on_sent.clone(),
            );
            senders.spawn(async move {
                let mut outcomes = Vec::new();
                let mut prior = Prior {
                    unsettled: None,
                    store: &worker.store,
                    on_sent: &on_sent,
                };
                loop {
                    let Some(item) = feed.next().await else { break };
                    outcomes.push(worker.send_one(item, &down, &marks, &mut prior).await);
                }
                if let Err(e) = prior.settle().await {
                    outcomes.push(Err(e));
                }
                outcomes
            });
        }
        drop(marks);
        let (claimed, claim_error) = match feeder.await {
            Ok(fed) => fed,
            Err(e) if e.is_panic() => std::panic::resume_unwind(e.into_panic()),
            Err(_) => (0, None),
        };
        let mut report = BatchReport {
            claimed,
            ..BatchReport::default()
        };
        let mut first_error = claim_error;
        while let Some(joined) = senders.join_next().await {
            let outcomes = match joined {
                Ok(outcomes) => outcomes,
                Err(e) if e.is_panic() => std::panic::resume_unwind(e.into_panic()),
                Err(_) => continue,
            };
            for outcome in outcomes {
                match outcome {
                    Ok(Outcome::Sent) => report.sent += 1,
                    Ok(Outcome::Retry) => report.retried += 1,
                    Ok(Outcome::Failed) => report.failed += 1,
                    Ok(Outcome::ServerDown | Outcome::PutBack) => report.server_down = true,
                    Err(e) => {
                        first_error.get_or_insert(e);
                    }
                }
            }
        }
        // Every sender has finished, so every mark has been answered.
        let _ = recorder.await;
        match first_error {
            Some(e) => Err(e),
            None => Ok(report),
        }
    }

    async fn send_one(
        &self,
        item: OutboxItem,
        down: &AtomicBool,
        marks: &mpsc::UnboundedSender<Mark>,
        prior: &mut Prior<'_>,
    ) -> Result<Outcome, StoreError> {
        let put_back = |why: &str| {
            let why = why.to_string();
            async move {
                self.store.mail_retry(item.id, now(), &why, false).await?;
                Ok::<_, StoreError>(Outcome::PutBack)
            }
        };
        if down.load(Ordering::Relaxed) {
            return put_back("not tried: the SMTP server was unreachable").await;
        }
        let body = match item.body_id {
            Some(id) => self.body(id).await?,
            None => None,
        };
        let message = match self.composer.compose(&item, body.as_deref()) {
            Ok(message) => message,
            Err(reason) => {
                tracing::warn!(mail = item.id, kind = %item.kind, %reason, "mail cannot be sent");
                self.store.mail_failed(item.id, &reason).await?;
                return Ok(Outcome::Failed);
            }
        };
        self.pace().await;
        if down.load(Ordering::Relaxed) {
            return put_back("not tried: the SMTP server was unreachable").await;
        }
        match self.transport.send(message, prior).await {
            Ok(_) => {
                // Committed while the connection starts on its next mail.
                let (done, committed) = oneshot::channel();
                prior.unsettled = Some(Unsettled {
                    id: item.id,
                    committed,
                });
                if marks.send((item.id, done)).is_err() {
                    prior.settle().await?;
                }
                Ok(Outcome::Sent)
            }
            Err(SendError::Store(e)) => Err(e),
            Err(SendError::Connect(e)) => self.server_down(item.id, down, &e).await,
            Err(SendError::Smtp(e)) if e.is_permanent() => {
                let reply = e.to_string();
                tracing::info!(mail = item.id, kind = %item.kind, reply = %dateline_store::mail::redact_addresses(&reply), "mail refused for good");
                self.store.mail_failed(item.id, &reply).await?;
                if mailbox_unknown(&reply) {
                    if let Some(s) = &item.subscriber {
                        self.store.mark_bounced(s.id, now()).await?;
                    }
                }
                Ok(Outcome::Failed)
            }
            Err(SendError::Smtp(e)) if e.is_transient() => {
                let reply = e.to_string();
                if item.attempts + 1 >= self.settings.max_attempts {
                    self.store.mail_failed(item.id, &reply).await?;
                    return Ok(Outcome::Failed);
                }
                let wait = self.backoff(item.attempts);
                self.store
                    .mail_retry(item.id, now() + wait, &reply, true)
                    .await?;
                Ok(Outcome::Retry)
            }
            // Not an answer from the server: it is down, or the network is.
            Err(SendError::Smtp(e)) => self.server_down(item.id, down, &e).await,
        }
    }

    /// Puts a mail back without counting an attempt, and says once per batch that the
    /// server cannot be reached.
    async fn server_down(
        &self,
        id: i64,
        down: &AtomicBool,
        error: &(dyn std::fmt::Display + Sync),
    ) -> Result<Outcome, StoreError> {
        if !down.swap(true, Ordering::Relaxed) {
            tracing::warn!(error = %error, "SMTP server unreachable; mails stay in the outbox");
        }
        self.store
            .mail_retry(id, now(), &error.to_string(), false)
            .await?;
        Ok(Outcome::ServerDown)
    }

    /// Seconds to wait before attempt `attempts + 1`.
    fn backoff(&self, attempts: i64) -> i64 {
        backoff(self.settings.retry_base, self.settings.retry_max, attempts)
    }

    /// Sends until `shutdown` turns true. Idle, it looks for mail every `poll`; with the
    /// server down, it tries again after a wait that doubles up to a minute.
    pub async fn run(self: Arc<Self>, mut shutdown: watch::Receiver<bool>) {
        let mut down_wait = Duration::from_secs(1);
        let quiet: OnSent = Arc::new(|| {});
        loop {
            if *shutdown.borrow() {
                return;
            }
            let wait = match self.send_batch(&quiet).await {
                Ok(report) if report.server_down => {
                    let wait = down_wait;
                    down_wait = (down_wait * 2)
                        .min(Duration::from_secs(60))
                        .min(self.settings.retry_max.max(Duration::from_secs(1)));
                    wait
                }
                Ok(report) => {
                    down_wait = Duration::from_secs(1);
                    if report.claimed > 0 {
                        if report.sent > 0 {
                            tracing::info!(
                                sent = report.sent,
                                retried = report.retried,
                                failed = report.failed,
                                "outbox batch sent"
                            );
                        }
                        continue;
                    }
                    self.settings.poll
                }
                Err(e) => {
                    tracing::error!(error = %e, "outbox worker cannot reach the store");
                    Duration::from_secs(5)
                }
            };
            tokio::select! {
                _ = tokio::time::sleep(wait) => {}
                _ = shutdown.changed() => {}
            }
        }
    }
}

/// The claimed mails of one `send_batch` call, taken by its connections. The feeder claims
/// the next batch as soon as only `low_water` mails are left, so connections never idle
/// between batches.
struct Feed {
    queue: Mutex<VecDeque<OutboxItem>>,
    /// Wakes connections waiting for mail: more was queued, or there will be no more.
    filled: Notify,
    /// Wakes the feeder: the queue ran low.
    low: Notify,
    closed: AtomicBool,
    low_water: usize,
}

impl Feed {
    fn push(&self, items: Vec<OutboxItem>) {
        self.queue
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .extend(items);
        self.filled.notify_waiters();
    }

    /// No more mail will come: waiting connections finish.
    fn close(&self) {
        self.closed.store(true, Ordering::Release);
        self.filled.notify_waiters();
    }

    fn len(&self) -> usize {
        self.queue
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .len()
    }

    /// Returns once at most `low_water` mails are left.
    async fn run_low(&self) {
        loop {
            let low = self.low.notified();
            if self.len() <= self.low_water {
                return;
            }
            low.await;
        }
    }

    /// The next mail, waiting for the feeder if need be; `None` once it is closed and empty.
    async fn next(&self) -> Option<OutboxItem> {
        loop {
            // Registered before looking, so a push in between is not missed.
            let filled = self.filled.notified();
            tokio::pin!(filled);
            filled.as_mut().enable();
            let item = {
                let mut queue = self.queue.lock().unwrap_or_else(PoisonError::into_inner);
                let item = queue.pop_front();
                if item.is_some() && queue.len() == self.low_water {
                    self.low.notify_one();
                }
                item
            };
            if item.is_some() {
                return item;
            }
            if self.closed.load(Ordering::Acquire) {
                return None;
            }
            filled.await;
        }
    }
}

/// Records mails as sent for the connections of one batch: whatever marks are waiting go
/// into one statement and one commit, and each connection hears when its own is durable.
/// Should the shared statement fail, each mark is tried alone so that every connection gets
/// its own answer.
async fn record_sent(store: Store, mut pending: mpsc::UnboundedReceiver<Mark>) {
    while let Some(first) = pending.recv().await {
        let mut group = vec![first];
        while let Ok(more) = pending.try_recv() {
            group.push(more);
        }
        let at = now();
        let ids: Vec<i64> = group.iter().map(|(id, _)| *id).collect();
        match store.mail_sent(&ids, at).await {
            Ok(()) => {
                for (_, done) in group {
                    let _ = done.send(Ok(()));
                }
            }
            Err(e) if group.len() == 1 => {
                let (_, done) = group.remove(0);
                let _ = done.send(Err(e));
            }
            Err(_) => {
                for (id, done) in group {
                    let _ = done.send(store.mail_sent(&[id], at).await);
                }
            }
        }
    }
}

/// Whether a permanent refusal says the mailbox does not exist (RFC 3463 `5.1.x`), as
/// opposed to a refusal of the sender or of the message.
fn mailbox_unknown(reply: &str) -> bool {
    reply.split_whitespace().any(|w| w.starts_with("5.1."))
}

/// The URL without its password, for messages.
pub fn redact_url(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => {
            format!("{}***{}", &url[..scheme + 3], &url[at..])
        }
        _ => url.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_mailbox_refusals_mark_a_bounce() {
        assert!(mailbox_unknown(
            "permanent error (550): 5.1.1 mailbox unavailable"
        ));
        assert!(!mailbox_unknown(
            "permanent error (550): 5.7.1 sender rejected"
        ));
    }

    #[test]
    fn plain_relays_get_their_own_connections() {
        let t = Duration::from_secs(1);
        let pool = PlainPool::for_url("smtp://127.0.0.1:2525", t).unwrap();
        assert_eq!((pool.host.as_str(), pool.port), ("127.0.0.1", 2525));
        assert_eq!(PlainPool::for_url("smtp://localhost", t).unwrap().port, 25);
        for other in [
            "smtps://mail.example.org:465",
            "smtp://mail.example.org:587?tls=required",
            "smtp://user:pass@mail.example.org:25",
            "smtp://127.0.0.1:notaport",
        ] {
            assert!(PlainPool::for_url(other, t).is_none(), "{other}");
        }
    }

    #[test]
    fn dots_that_start_a_line_are_doubled() {
        assert_eq!(
            dot_stuffed(b".a\r\nb.\r\n..c\r\nd\n.e"),
            b"..a\r\nb.\r\n...c\r\nd\n.e\r\n.\r\n".to_vec()
        );
        assert_eq!(dot_stuffed(b""), b"\r\n.\r\n".to_vec());
    }

    #[test]
    fn passwords_stay_out_of_messages() {
        assert_eq!(
            redact_url("smtps://user:secret@mail.example.org:465"),
            "smtps://***@mail.example.org:465"
        );
        assert_eq!(redact_url("smtp://127.0.0.1:25"), "smtp://127.0.0.1:25");
    }
}
