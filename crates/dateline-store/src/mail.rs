//! Subscribers, the mail outbox and the newsletter schedule.
//!
//! The store never sees a subscriber's address: callers hand it sealed bytes and a blind
//! index (see `dateline-mail`'s keyring), and get the same back.

use dateline_core::newsletter::{Frequency, Preferences};
use serde::Serialize;

/// Where a subscription stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SubscriberStatus {
    /// Waiting for the reader to confirm the address; nothing but the confirmation is sent.
    Pending,
    Confirmed,
    /// The address bounced for good; nothing more is sent to it.
    Bounced,
}

impl SubscriberStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            SubscriberStatus::Pending => "pending",
            SubscriberStatus::Confirmed => "confirmed",
            SubscriberStatus::Bounced => "bounced",
        }
    }

    pub fn parse(text: &str) -> Option<SubscriberStatus> {
        [Self::Pending, Self::Confirmed, Self::Bounced]
            .into_iter()
            .find(|s| s.as_str() == text)
    }
}

/// A subscriber as stored: address and name still sealed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Subscriber {
    pub id: i64,
    pub email_sealed: Vec<u8>,
    pub name_sealed: Option<Vec<u8>>,
    pub key_id: String,
    pub status: SubscriberStatus,
    /// Edition whose language the subscriber's mails and pages use.
    pub language: String,
    pub preferences: Preferences,
    pub created_at: i64,
    pub confirmed_at: Option<i64>,
    pub updated_at: i64,
}

#[derive(Debug, Clone)]
pub struct NewSubscriber {
    pub email_index: String,
    pub email_sealed: Vec<u8>,
    pub name_sealed: Option<Vec<u8>>,
    pub key_id: String,
    pub language: String,
    pub preferences: Preferences,
}

/// A mail to queue.
#[derive(Debug, Clone)]
pub struct NewMail {
    /// What the mail is (`confirm`, `friend`, `preferences`, ...), for logs and exports.
    pub kind: String,
    /// The subscriber it goes to, whose address is looked up when it is sent.
    pub subscriber_id: Option<i64>,
    /// Sealed JSON with the mail's own content (and recipient, when not a subscriber).
    pub payload: Option<Vec<u8>>,
}

/// What [`crate::Store::subscribe`] did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Subscribed {
    /// A new pending subscriber, with the mail queued for it.
    Created(i64),
    /// The address was already there; nothing was written.
    Exists(Box<Subscriber>),
}

/// Text of a mail many subscribers share; personal links are placeholders.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MailBody {
    pub subject: String,
    pub text: String,
    pub html: Option<String>,
}

/// A mail claimed by a worker, with everything needed to send it.
#[derive(Debug, Clone)]
pub struct OutboxItem {
    pub id: i64,
    pub kind: String,
    pub attempts: i64,
    pub subscriber: Option<Subscriber>,
    pub payload: Option<Vec<u8>>,
    pub body_id: Option<i64>,
}

/// A digest or story-alert run ready to queue, prepared outside the transaction.
#[derive(Debug, Clone)]
pub struct NewRun {
    pub edition: String,
    pub frequency: Frequency,
    pub since: i64,
    pub until: i64,
    /// The schedule's position the run was prepared from (`None`: the stream is new). The run
    /// is queued only if the schedule still says so.
    pub expected_last_until: Option<i64>,
    pub stories: Vec<i64>,
    pub bodies: Vec<MailBody>,
    /// `(subscriber id, index into bodies)`
    pub mails: Vec<(i64, usize)>,
}

/// A subscriber's row after a key rotation.
#[derive(Debug, Clone)]
pub struct Resealed {
    pub id: i64,
    pub email_index: String,
    pub email_sealed: Vec<u8>,
    pub name_sealed: Option<Vec<u8>>,
    pub key_id: String,
}

/// One mail in a subscriber's history (for the data export).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MailRecord {
    pub kind: String,
    pub state: String,
    pub subject: Option<String>,
    pub created_at: i64,
    pub sent_at: Option<i64>,
}

/// How the outbox stands.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct OutboxCounts {
    pub queued: i64,
    pub sent: i64,
    pub failed: i64,
}

/// Subscribers by status and frequency.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SubscriberCount {
    pub status: String,
    pub frequency: String,
    pub count: i64,
}

fn join(items: &[String]) -> String {
    items.join(" ")
}

fn split(text: &str) -> Vec<String> {
    text.split_whitespace().map(str::to_string).collect()
}

const SUBSCRIBER_COLUMNS: &str = "s.id, s.email_sealed, s.name_sealed, s.key_id, s.status, \
     s.language, s.editions, s.regions, s.tags, s.frequency, s.created_at, s.confirmed_at, \
     s.updated_at";

/// An SMTP reply worth keeping: the code and words, never an address, at most 300 characters.
pub fn redact_addresses(text: &str) -> String {
    text.split_whitespace()
        .map(|w| if w.contains('@') { "[address]" } else { w })
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .take(300)
        .collect()
}

macro_rules! mail_backend {
    ($module:ident, $db:ty) => {
        pub mod $module {
            use super::*;
            use crate::backend::Param;
            use crate::{Result, StoreError};
            use sqlx::{Pool, Row};

            type Db = $db;
            type DbRow = <Db as sqlx::Database>::Row;

            fn subscriber(row: &DbRow) -> Result<Subscriber> {
                subscriber_at(row, 0)
            }

            /// A subscriber from `SUBSCRIBER_COLUMNS` starting at column `at`.
            fn subscriber_at(row: &DbRow, at: usize) -> Result<Subscriber> {
                let text = |i: usize| -> Result<String> { Ok(row.try_get::<String, _>(at + i)?) };
                let status = text(4)?;
                let frequency = text(9)?;
                Ok(Subscriber {
                    id: row.try_get(at)?,
                    email_sealed: row.try_get(at + 1)?,
                    name_sealed: row.try_get(at + 2)?,
                    key_id: text(3)?,
                    status: SubscriberStatus::parse(&status).ok_or_else(|| {
                        StoreError::Corrupt(format!("subscriber status {status:?}"))
                    })?,
                    language: text(5)?,
                    preferences: Preferences {
                        editions: split(&text(6)?),
                        regions: split(&text(7)?),
                        tags: split(&text(8)?),
                        frequency: Frequency::parse(&frequency).ok_or_else(|| {
                            StoreError::Corrupt(format!("subscriber frequency {frequency:?}"))
                        })?,
                    },
                    created_at: row.try_get(at + 10)?,
                    confirmed_at: row.try_get(at + 11)?,
                    updated_at: row.try_get(at + 12)?,
                })
            }

            async fn insert_mail<'c, E>(executor: E, mail: &NewMail, now: i64) -> Result<i64>
            where
                E: sqlx::Executor<'c, Database = Db>,
            {
                Ok(sqlx::query_scalar(
                    "INSERT INTO outbox (kind, subscriber_id, payload, state, next_attempt_at, created_at) \
                     VALUES ($1, $2, $3, 'queued', $4, $4) RETURNING id",
                )
                .bind(&mail.kind)
                .bind(mail.subscriber_id)
                .bind(mail.payload.as_deref())
                .bind(now)
                .fetch_one(executor)
                .await?)
            }

            pub async fn subscribe(pool: &Pool<Db>, new: &NewSubscriber, mail: &NewMail, now: i64) -> Result<Subscribed> {
                let mut tx = crate::backend::$module::begin(pool).await?;
                let p = &new.preferences;
                let id: Option<i64> = sqlx::query_scalar(
                    "INSERT INTO subscribers (email_index, email_sealed, name_sealed, key_id, status, language, \
                     editions, regions, tags, frequency, created_at, updated_at) \
                     VALUES ($1, $2, $3, $4, 'pending', $5, $6, $7, $8, $9, $10, $10) \
                     ON CONFLICT (email_index) DO NOTHING RETURNING id",
                )
                .bind(&new.email_index)
                .bind(&new.email_sealed)
                .bind(new.name_sealed.as_deref())
                .bind(&new.key_id)
                .bind(&new.language)
                .bind(join(&p.editions))
                .bind(join(&p.regions))
                .bind(join(&p.tags))
                .bind(p.frequency.as_str())
                .bind(now)
                .fetch_optional(&mut *tx)
                .await?;
                match id {
                    Some(id) => {
                        let mail = NewMail { subscriber_id: Some(id), ..mail.clone() };
                        insert_mail(&mut *tx, &mail, now).await?;
                        tx.commit().await?;
                        Ok(Subscribed::Created(id))
                    }
                    None => {
                        let sql = format!("SELECT {SUBSCRIBER_COLUMNS} FROM subscribers s WHERE s.email_index = $1");
                        let row = sqlx::query(&sql).bind(&new.email_index).fetch_one(&mut *tx).await?;
                        tx.commit().await?;
                        Ok(Subscribed::Exists(Box::new(subscriber(&row)?)))
                    }
                }
            }

            /// Adds confirmed subscribers in bulk, without mail: for load tests and imports
            /// of lists whose consent was gathered elsewhere.
            pub async fn add_confirmed(pool: &Pool<Db>, subscribers: &[NewSubscriber], now: i64) -> Result<()> {
                let mut tx = crate::backend::$module::begin(pool).await?;
                for chunk in subscribers.chunks(500) {
                    let rows = chunk
                        .iter()
                        .map(|n| {
                            let p = &n.preferences;
                            vec![
                                Param::Text(n.email_index.clone()),
                                Param::OptBytes(Some(n.email_sealed.clone())),
                                Param::OptBytes(n.name_sealed.clone()),
                                Param::Text(n.key_id.clone()),
                                Param::Text("confirmed".into()),
                                Param::Text(n.language.clone()),
                                Param::Text(join(&p.editions)),
                                Param::Text(join(&p.regions)),
                                Param::Text(join(&p.tags)),
                                Param::Text(p.frequency.as_str().into()),
                                Param::Int(now),
                                Param::OptInt(Some(now)),
                                Param::Int(now),
                            ]
                        })
                        .collect();
                    let (sql, params) = crate::backend::insert_rows(
                        "subscribers",
                        "email_index, email_sealed, name_sealed, key_id, status, language, editions, regions, \
                         tags, frequency, created_at, confirmed_at, updated_at",
                        rows,
                    );
                    crate::backend::$module::bind(sqlx::query(&sql), &params).execute(&mut *tx).await?;
                }
                tx.commit().await?;
                Ok(())
            }

            pub async fn subscriber_by_index(pool: &Pool<Db>, indexes: &[String]) -> Result<Option<Subscriber>> {
                if indexes.is_empty() {
                    return Ok(None);
                }
                let mut params = Vec::new();
                let mut sql = format!("SELECT {SUBSCRIBER_COLUMNS} FROM subscribers s WHERE s.email_index IN (");
                crate::backend::push_list(&mut sql, &mut params, indexes.iter().map(|i| Param::Text(i.clone())));
                sql.push_str(") LIMIT 1");
                let q = crate::backend::$module::bind(sqlx::query(&sql), &params);
                q.fetch_optional(pool).await?.map(|r| subscriber(&r)).transpose()
            }

            pub async fn subscriber_by_id(pool: &Pool<Db>, id: i64) -> Result<Option<Subscriber>> {
                let sql = format!("SELECT {SUBSCRIBER_COLUMNS} FROM subscribers s WHERE s.id = $1");
                sqlx::query(&sql).bind(id).fetch_optional(pool).await?.map(|r| subscriber(&r)).transpose()
            }

            pub async fn queue_mail(pool: &Pool<Db>, mail: &NewMail, now: i64) -> Result<i64> {
                insert_mail(pool, mail, now).await
            }

            pub async fn confirm_subscriber(pool: &Pool<Db>, id: i64, now: i64) -> Result<bool> {
                let done = sqlx::query(
                    "UPDATE subscribers SET status = 'confirmed', confirmed_at = $1, updated_at = $1 \
                     WHERE id = $2 AND status = 'pending'",
                )
                .bind(now)
                .bind(id)
                .execute(pool)
                .await?;
                Ok(done.rows_affected() == 1)
            }

            pub async fn set_preferences(pool: &Pool<Db>, id: i64, language: &str, p: &Preferences, now: i64) -> Result<bool> {
                let done = sqlx::query(
                    "UPDATE subscribers SET language = $1, editions = $2, regions = $3, tags = $4, \
                     frequency = $5, updated_at = $6 WHERE id = $7",
                )
                .bind(language)
                .bind(join(&p.editions))
                .bind(join(&p.regions))
                .bind(join(&p.tags))
                .bind(p.frequency.as_str())
                .bind(now)
                .bind(id)
                .execute(pool)
                .await?;
                Ok(done.rows_affected() == 1)
            }

            pub async fn delete_subscriber(pool: &Pool<Db>, id: i64) -> Result<bool> {
                let mut tx = crate::backend::$module::begin(pool).await?;
                // The cascade would do it; said here so it does not hang on a foreign key setting.
                sqlx::query("DELETE FROM outbox WHERE subscriber_id = $1").bind(id).execute(&mut *tx).await?;
                let done = sqlx::query("DELETE FROM subscribers WHERE id = $1").bind(id).execute(&mut *tx).await?;
                tx.commit().await?;
                Ok(done.rows_affected() == 1)
            }

            pub async fn expire_pending(pool: &Pool<Db>, created_before: i64) -> Result<u64> {
                let mut tx = crate::backend::$module::begin(pool).await?;
                sqlx::query(
                    "DELETE FROM outbox WHERE subscriber_id IN \
                     (SELECT id FROM subscribers WHERE status = 'pending' AND created_at < $1)",
                )
                .bind(created_before)
                .execute(&mut *tx)
                .await?;
                let done = sqlx::query("DELETE FROM subscribers WHERE status = 'pending' AND created_at < $1")
                    .bind(created_before)
                    .execute(&mut *tx)
                    .await?;
                tx.commit().await?;
                Ok(done.rows_affected())
            }

            pub async fn subscribers_for(pool: &Pool<Db>, frequency: Frequency) -> Result<Vec<Subscriber>> {
                let sql = format!(
                    "SELECT {SUBSCRIBER_COLUMNS} FROM subscribers s \
                     WHERE s.status = 'confirmed' AND s.frequency = $1 ORDER BY s.id"
                );
                sqlx::query(&sql).bind(frequency.as_str()).fetch_all(pool).await?.iter().map(subscriber).collect()
            }

            pub async fn all_subscribers(pool: &Pool<Db>) -> Result<Vec<Subscriber>> {
                let sql = format!("SELECT {SUBSCRIBER_COLUMNS} FROM subscribers s ORDER BY s.id");
                sqlx::query(&sql).fetch_all(pool).await?.iter().map(subscriber).collect()
            }

            pub async fn subscriber_counts(pool: &Pool<Db>) -> Result<Vec<SubscriberCount>> {
                let rows = sqlx::query(
                    "SELECT status, frequency, COUNT(*) FROM subscribers GROUP BY status, frequency \
                     ORDER BY status, frequency",
                )
                .fetch_all(pool)
                .await?;
                rows.iter()
                    .map(|r| Ok(SubscriberCount { status: r.try_get(0)?, frequency: r.try_get(1)?, count: r.try_get(2)? }))
                    .collect()
            }

            pub async fn subscriber_mails(pool: &Pool<Db>, id: i64) -> Result<Vec<MailRecord>> {
                let rows = sqlx::query(
                    "SELECT o.kind, o.state, b.subject, o.created_at, o.sent_at FROM outbox o \
                     LEFT JOIN mail_bodies b ON b.id = o.body_id WHERE o.subscriber_id = $1 ORDER BY o.id",
                )
                .bind(id)
                .fetch_all(pool)
                .await?;
                rows.iter()
                    .map(|r| {
                        Ok(MailRecord {
                            kind: r.try_get(0)?,
                            state: r.try_get(1)?,
                            subject: r.try_get(2)?,
                            created_at: r.try_get(3)?,
                            sent_at: r.try_get(4)?,
                        })
                    })
                    .collect()
            }

            /// Claims up to `limit` due mails until `lease_until`; other workers skip them.
            pub async fn claim_mail(pool: &Pool<Db>, now: i64, lease_until: i64, limit: i64) -> Result<Vec<OutboxItem>> {
                let ids = crate::backend::$module::claim_due(pool, "outbox", now, lease_until, limit).await?;
                if ids.is_empty() {
                    return Ok(Vec::new());
                }
                let mut params = Vec::new();
                let mut sql = format!(
                    "SELECT o.id, o.kind, o.attempts, o.payload, o.body_id, {SUBSCRIBER_COLUMNS} FROM outbox o \
                     LEFT JOIN subscribers s ON s.id = o.subscriber_id WHERE o.id IN ("
                );
                crate::backend::push_list(&mut sql, &mut params, ids.iter().map(|&id| Param::Int(id)));
                sql.push_str(") ORDER BY o.id");
                let q = crate::backend::$module::bind(sqlx::query(&sql), &params);
                let rows = q.fetch_all(pool).await?;
                rows.iter()
                    .map(|r| {
                        let has_subscriber = r.try_get::<Option<i64>, _>(5)?.is_some();
                        // The subscriber's columns follow the outbox's five.
                        let sub = if has_subscriber { Some(subscriber_at(r, 5)?) } else { None };
                        Ok(OutboxItem {
                            id: r.try_get(0)?,
                            kind: r.try_get(1)?,
                            attempts: r.try_get(2)?,
                            payload: r.try_get(3)?,
                            body_id: r.try_get(4)?,
                            subscriber: sub,
                        })
                    })
                    .collect()
            }

            pub async fn mail_body(pool: &Pool<Db>, id: i64) -> Result<Option<MailBody>> {
                let row = sqlx::query("SELECT subject, text_body, html_body FROM mail_bodies WHERE id = $1")
                    .bind(id)
                    .fetch_optional(pool)
                    .await?;
                row.map(|r| Ok(MailBody { subject: r.try_get(0)?, text: r.try_get(1)?, html: r.try_get(2)? }))
                    .transpose()
            }

            pub async fn mail_sent(pool: &Pool<Db>, ids: &[i64], now: i64) -> Result<()> {
                if ids.is_empty() {
                    return Ok(());
                }
                let mut params = vec![Param::Int(now)];
                let mut sql = String::from(
                    "UPDATE outbox SET state = 'sent', sent_at = $1, payload = NULL, lease_until = 0, \
                     attempts = attempts + 1, last_error = NULL WHERE id IN (",
                );
                crate::backend::push_list(&mut sql, &mut params, ids.iter().map(|&id| Param::Int(id)));
                sql.push(')');
                crate::backend::$module::bind(sqlx::query(&sql), &params)
                    .execute(pool)
                    .await?;
                Ok(())
            }

            pub async fn mail_retry(pool: &Pool<Db>, id: i64, next_attempt_at: i64, error: &str, counts: bool) -> Result<()> {
                sqlx::query(
                    "UPDATE outbox SET next_attempt_at = $1, lease_until = 0, last_error = $2, \
                     attempts = attempts + $3 WHERE id = $4",
                )
                .bind(next_attempt_at)
                .bind(redact_addresses(error))
                .bind(i64::from(counts))
                .bind(id)
                .execute(pool)
                .await?;
                Ok(())
            }

            pub async fn mail_failed(pool: &Pool<Db>, id: i64, error: &str) -> Result<()> {
                sqlx::query(
                    "UPDATE outbox SET state = 'failed', payload = NULL, lease_until = 0, last_error = $1, \
                     attempts = attempts + 1 WHERE id = $2",
                )
                .bind(redact_addresses(error))
                .bind(id)
                .execute(pool)
                .await?;
                Ok(())
            }

            pub async fn mark_bounced(pool: &Pool<Db>, id: i64, now: i64) -> Result<()> {
                sqlx::query("UPDATE subscribers SET status = 'bounced', updated_at = $1 WHERE id = $2")
                    .bind(now)
                    .bind(id)
                    .execute(pool)
                    .await?;
                Ok(())
            }

            pub async fn outbox_counts(pool: &Pool<Db>) -> Result<OutboxCounts> {
                let rows = sqlx::query("SELECT state, COUNT(*) FROM outbox GROUP BY state").fetch_all(pool).await?;
                let mut counts = OutboxCounts::default();
                for r in &rows {
                    let n: i64 = r.try_get(1)?;
                    match r.try_get::<&str, _>(0)? {
                        "queued" => counts.queued = n,
                        "sent" => counts.sent = n,
                        _ => counts.failed += n,
                    }
                }
                Ok(counts)
            }

            pub async fn schedule_position(pool: &Pool<Db>, edition: &str, frequency: Frequency) -> Result<Option<i64>> {
                Ok(sqlx::query_scalar(
                    "SELECT last_until FROM newsletter_schedule WHERE edition_code = $1 AND frequency = $2",
                )
                .bind(edition)
                .bind(frequency.as_str())
                .fetch_optional(pool)
                .await?)
            }

            /// Queues a run in one transaction, or returns `None` when the schedule moved on
            /// since the run was prepared (another node queued it).
            pub async fn queue_run(pool: &Pool<Db>, run: &NewRun, now: i64) -> Result<Option<i64>> {
                let mut tx = crate::backend::$module::begin(pool).await?;
                let moved = match run.expected_last_until {
                    None => sqlx::query(
                        "INSERT INTO newsletter_schedule (edition_code, frequency, last_until) VALUES ($1, $2, $3) \
                         ON CONFLICT (edition_code, frequency) DO NOTHING",
                    )
                    .bind(&run.edition)
                    .bind(run.frequency.as_str())
                    .bind(run.until)
                    .execute(&mut *tx)
                    .await?,
                    Some(expected) => sqlx::query(
                        "UPDATE newsletter_schedule SET last_until = $1 \
                         WHERE edition_code = $2 AND frequency = $3 AND last_until = $4",
                    )
                    .bind(run.until)
                    .bind(&run.edition)
                    .bind(run.frequency.as_str())
                    .bind(expected)
                    .execute(&mut *tx)
                    .await?,
                };
                if moved.rows_affected() != 1 {
                    tx.rollback().await?;
                    return Ok(None);
                }
                if run.stories.is_empty() {
                    tx.commit().await?;
                    return Ok(None);
                }
                let stories: Vec<String> = run.stories.iter().map(i64::to_string).collect();
                let run_id: i64 = sqlx::query_scalar(
                    "INSERT INTO newsletter_runs (edition_code, frequency, since, until, stories, recipients, created_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
                )
                .bind(&run.edition)
                .bind(run.frequency.as_str())
                .bind(run.since)
                .bind(run.until)
                .bind(stories.join(" "))
                .bind(run.mails.len() as i64)
                .bind(now)
                .fetch_one(&mut *tx)
                .await?;
                let mut body_ids = Vec::with_capacity(run.bodies.len());
                for body in &run.bodies {
                    let id: i64 = sqlx::query_scalar(
                        "INSERT INTO mail_bodies (subject, text_body, html_body, created_at) VALUES ($1, $2, $3, $4) RETURNING id",
                    )
                    .bind(&body.subject)
                    .bind(&body.text)
                    .bind(body.html.as_deref())
                    .bind(now)
                    .fetch_one(&mut *tx)
                    .await?;
                    body_ids.push(id);
                }
                let kind = if run.frequency == Frequency::Each { "story" } else { "digest" };
                for chunk in run.mails.chunks(500) {
                    let rows = chunk
                        .iter()
                        .map(|&(subscriber, body)| {
                            let body_id = body_ids.get(body).copied().ok_or_else(|| {
                                StoreError::Corrupt(format!("run mail names body {body} of {}", body_ids.len()))
                            })?;
                            Ok(vec![
                                Param::Text(kind.into()),
                                Param::Int(subscriber),
                                Param::Int(run_id),
                                Param::Int(body_id),
                                Param::Text("queued".into()),
                                Param::Int(now),
                                Param::Int(now),
                            ])
                        })
                        .collect::<Result<Vec<_>>>()?;
                    let (sql, params) = crate::backend::insert_rows(
                        "outbox",
                        "kind, subscriber_id, run_id, body_id, state, next_attempt_at, created_at",
                        rows,
                    );
                    let q = crate::backend::$module::bind(sqlx::query(&sql), &params);
                    q.execute(&mut *tx).await?;
                }
                tx.commit().await?;
                Ok(Some(run_id))
            }

            pub async fn sealed_payloads(pool: &Pool<Db>) -> Result<Vec<(i64, Vec<u8>)>> {
                let rows = sqlx::query("SELECT id, payload FROM outbox WHERE payload IS NOT NULL ORDER BY id")
                    .fetch_all(pool)
                    .await?;
                rows.iter().map(|r| Ok((r.try_get(0)?, r.try_get(1)?))).collect()
            }

            /// Writes every resealed row and payload in one transaction: a rotation is all or
            /// nothing.
            pub async fn reseal(
                pool: &Pool<Db>,
                subscribers: &[Resealed],
                blocked: &[Resealed],
                payloads: &[(i64, Vec<u8>)],
            ) -> Result<()> {
                let mut tx = crate::backend::$module::begin(pool).await?;
                for b in blocked {
                    sqlx::query(
                        "UPDATE blocked_recipients SET email_index = $1, email_sealed = $2, key_id = $3 WHERE id = $4",
                    )
                    .bind(&b.email_index)
                    .bind(&b.email_sealed)
                    .bind(&b.key_id)
                    .bind(b.id)
                    .execute(&mut *tx)
                    .await?;
                }
                for s in subscribers {
                    sqlx::query(
                        "UPDATE subscribers SET email_index = $1, email_sealed = $2, name_sealed = $3, key_id = $4 \
                         WHERE id = $5",
                    )
                    .bind(&s.email_index)
                    .bind(&s.email_sealed)
                    .bind(s.name_sealed.as_deref())
                    .bind(&s.key_id)
                    .bind(s.id)
                    .execute(&mut *tx)
                    .await?;
                }
                for (id, payload) in payloads {
                    sqlx::query("UPDATE outbox SET payload = $1 WHERE id = $2")
                        .bind(payload)
                        .bind(*id)
                        .execute(&mut *tx)
                        .await?;
                }
                tx.commit().await?;
                Ok(())
            }

            pub async fn block_recipient(pool: &Pool<Db>, index: &str, sealed: &[u8], key_id: &str, now: i64) -> Result<()> {
                sqlx::query(
                    "INSERT INTO blocked_recipients (email_index, email_sealed, key_id, created_at) \
                     VALUES ($1, $2, $3, $4) ON CONFLICT (email_index) DO NOTHING",
                )
                .bind(index)
                .bind(sealed)
                .bind(key_id)
                .bind(now)
                .execute(pool)
                .await?;
                Ok(())
            }

            pub async fn is_blocked(pool: &Pool<Db>, indexes: &[String]) -> Result<bool> {
                if indexes.is_empty() {
                    return Ok(false);
                }
                let mut params = Vec::new();
                let mut sql = String::from("SELECT COUNT(*) FROM blocked_recipients WHERE email_index IN (");
                crate::backend::push_list(&mut sql, &mut params, indexes.iter().map(|i| Param::Text(i.clone())));
                sql.push(')');
                let n: i64 = crate::backend::$module::bind(sqlx::query(&sql), &params)
                    .fetch_one(pool)
                    .await?
                    .try_get(0)?;
                Ok(n > 0)
            }

            pub async fn blocked_recipients(pool: &Pool<Db>) -> Result<Vec<(i64, Vec<u8>, String)>> {
                let rows = sqlx::query("SELECT id, email_sealed, key_id FROM blocked_recipients ORDER BY id")
                    .fetch_all(pool)
                    .await?;
                rows.iter().map(|r| Ok((r.try_get(0)?, r.try_get(1)?, r.try_get(2)?))).collect()
            }

            pub async fn subscriber_key_ids(pool: &Pool<Db>) -> Result<Vec<String>> {
                Ok(sqlx::query_scalar(
                    "SELECT key_id FROM subscribers UNION SELECT key_id FROM blocked_recipients ORDER BY 1",
                )
                    .fetch_all(pool)
                    .await?)
            }

            /// Tag slugs of each article in `ids`.
            pub async fn tag_slugs(pool: &Pool<Db>, ids: &[i64]) -> Result<Vec<(i64, String)>> {
                if ids.is_empty() {
                    return Ok(Vec::new());
                }
                let mut params = Vec::new();
                let mut sql = String::from(
                    "SELECT at.article_id, t.slug FROM article_tags at JOIN tags t ON t.id = at.tag_id \
                     WHERE at.article_id IN (",
                );
                crate::backend::push_list(&mut sql, &mut params, ids.iter().map(|&id| Param::Int(id)));
                sql.push_str(") ORDER BY at.article_id, at.position");
                let q = crate::backend::$module::bind(sqlx::query(&sql), &params);
                let rows = q.fetch_all(pool).await?;
                rows.iter().map(|r| Ok((r.try_get(0)?, r.try_get(1)?))).collect()
            }
        }
    };
}

mail_backend!(sqlite, sqlx::Sqlite);
mail_backend!(postgres, sqlx::Postgres);
