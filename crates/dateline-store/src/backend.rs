//! The statements, written once and compiled for each driver.
//!
//! Both SQLite and PostgreSQL accept `$1`-style parameters, `ON CONFLICT`, and `RETURNING`,
//! which is all these statements need; times are integers in both. What truly differs
//! between the backends lives in the migrations.

/// A value bound to a numbered parameter of a statement built at run time.
#[derive(Debug, Clone)]
pub(crate) enum Param {
    Int(i64),
    OptInt(Option<i64>),
    Text(String),
    OptBytes(Option<Vec<u8>>),
}

/// Appends placeholders for `values` to `sql` as a comma-separated list, numbering them from
/// `params.len() + 1`.
pub(crate) fn push_list(
    sql: &mut String,
    params: &mut Vec<Param>,
    values: impl IntoIterator<Item = Param>,
) {
    let mut first = true;
    for value in values {
        params.push(value);
        if !first {
            sql.push_str(", ");
        }
        first = false;
        sql.push('$');
        sql.push_str(&params.len().to_string());
    }
}

/// `INSERT INTO {table} ({columns}) VALUES (...), (...)` for `rows`, one statement for many
/// rows: each statement is a round trip to the database's thread or server.
pub(crate) fn insert_rows(
    table: &str,
    columns: &str,
    rows: Vec<Vec<Param>>,
) -> (String, Vec<Param>) {
    let mut sql = format!("INSERT INTO {table} ({columns}) VALUES ");
    let mut params = Vec::new();
    for (i, row) in rows.into_iter().enumerate() {
        if i > 0 {
            sql.push_str(", ");
        }
        sql.push('(');
        push_list(&mut sql, &mut params, row);
        sql.push(')');
    }
    (sql, params)
}

fn push_param(sql: &mut String, params: &mut Vec<Param>, value: Param) {
    params.push(value);
    sql.push('$');
    sql.push_str(&params.len().to_string());
}

const SUMMARY_COLUMNS: &str = "a.id, a.edition_code, a.slug, a.status, a.headline, a.standfirst, \
     a.region_codes, a.translation_group, a.published_at, a.published_tz, a.updated_at";

const ARTICLE_COLUMNS: &str = "a.id, a.edition_code, a.slug, a.status, a.headline, a.standfirst, \
     a.region_codes, a.translation_group, a.published_at, a.published_tz, a.updated_at, \
     a.external_id, a.dateline_place, a.body_markdown, a.body_html, a.tags_json, a.authors_json, \
     a.created_at, a.revision, a.correction_note, a.corrected_at";

/// `WHERE` conditions (and joins) for a list query; shared by `list` and `count`.
fn list_sql(query: &crate::ListQuery, select: &str) -> (String, Vec<Param>) {
    let mut sql = format!("SELECT {select} FROM articles a");
    let mut params = Vec::new();
    if let Some(region) = &query.region {
        sql.push_str(" JOIN article_regions r ON r.article_id = a.id AND r.region_code = ");
        push_param(&mut sql, &mut params, Param::Text(region.clone()));
    }
    if let Some(tag) = &query.tag {
        sql.push_str(
            " JOIN article_tags t ON t.article_id = a.id AND t.tag_id IN \
             (SELECT id FROM tags WHERE slug = ",
        );
        push_param(&mut sql, &mut params, Param::Text(tag.clone()));
        if let Some(edition) = &query.edition {
            sql.push_str(" AND edition_code = ");
            push_param(&mut sql, &mut params, Param::Text(edition.clone()));
        }
        sql.push(')');
    }
    sql.push_str(" WHERE a.status = 'published' AND a.published_at <= ");
    push_param(&mut sql, &mut params, Param::Int(query.now));
    if let Some(edition) = &query.edition {
        sql.push_str(" AND a.edition_code = ");
        push_param(&mut sql, &mut params, Param::Text(edition.clone()));
    }
    if let Some(from) = query.from {
        sql.push_str(" AND a.published_at >= ");
        push_param(&mut sql, &mut params, Param::Int(from));
    }
    if let Some(to) = query.to {
        sql.push_str(" AND a.published_at < ");
        push_param(&mut sql, &mut params, Param::Int(to));
    }
    (sql, params)
}

/// Reference data read once per batch of saves.
struct Known {
    editions: Vec<String>,
    regions: std::collections::HashSet<String>,
    /// Active webhook endpoints and the events each asked for.
    webhooks: Vec<(i64, String)>,
}

/// The webhook event a save causes, if any: `was` is the stored status and publication time
/// before it (`None` for a new story).
pub(crate) fn webhook_event(
    was: Option<(&str, Option<i64>)>,
    now_published: bool,
    now: i64,
) -> Option<&'static str> {
    let was_published = was.is_some_and(|(status, _)| status == "published");
    let was_visible = was_published && was.and_then(|(_, at)| at).is_some_and(|t| t <= now);
    match (was_published, now_published) {
        (false, true) => Some("article.published"),
        (true, true) if was_visible => Some("article.updated"),
        // Still under embargo or scheduled: partners have not been told yet; the queued
        // announcement is replaced by one of the new version.
        (true, true) => Some("article.published"),
        (true, false) if was_visible => Some("article.unpublished"),
        _ => None,
    }
}

fn split_codes(text: &str) -> Vec<String> {
    text.split_whitespace().map(str::to_string).collect()
}

fn split_ids(text: &str) -> Vec<i64> {
    text.split_whitespace()
        .filter_map(|s| s.parse().ok())
        .collect()
}

macro_rules! backend {
    ($module:ident, $db:ty, $begin:literal, $skip_locked:literal) => {
        pub mod $module {
            use super::*;
            use crate::*;
            use dateline_core::article::{revision_hash, ArticleSnapshot, GENESIS_HASH};
            use dateline_core::region::RegionRow;
            use dateline_core::{Edition, Named, Prepared, Status};
            use sqlx::{Pool, Row};

            type Db = $db;
            type DbRow = <Db as sqlx::Database>::Row;
            type Query<'q> = sqlx::query::Query<'q, Db, <Db as sqlx::Database>::Arguments<'q>>;

            /// Begins a transaction. On SQLite it takes the write lock at once (`BEGIN
            /// IMMEDIATE`): a transaction that reads first and writes later would fail with
            /// `SQLITE_BUSY` when another writer (the outbox worker, the newsletter
            /// schedule, another request) committed in between, whatever the busy timeout.
            pub(crate) async fn begin(pool: &Pool<Db>) -> Result<sqlx::Transaction<'static, Db>> {
                Ok(pool.begin_with($begin).await?)
            }

            /// Runs `sql` (an `UPDATE` taking `$1` a text and `$2` a row's id) for each
            /// `(id, text)`, in one transaction: key rotation's rewrite of sealed secrets.
            pub(crate) async fn update_each(pool: &Pool<Db>, sql: &str, rows: &[(i64, String)]) -> Result<()> {
                let mut tx = begin(pool).await?;
                for (id, text) in rows {
                    sqlx::query(sql).bind(text).bind(id).execute(&mut *tx).await?;
                }
                tx.commit().await?;
                Ok(())
            }

            pub(crate) fn bind<'q>(mut q: Query<'q>, params: &'q [Param]) -> Query<'q> {
                for p in params {
                    q = match p {
                        Param::Int(v) => q.bind(*v),
                        Param::OptInt(v) => q.bind(*v),
                        Param::Text(v) => q.bind(v.as_str()),
                        Param::OptBytes(v) => q.bind(v.as_deref()),
                    };
                }
                q
            }

            /// Claims up to `limit` rows of an outbox-shaped `table` (the mail outbox, webhook
            /// deliveries: `state`, `next_attempt_at`, `lease_until`) that are due at `now`,
            /// for this worker until `lease_until`. On PostgreSQL rows another node is claiming
            /// are skipped, not waited for; a worker that dies lets its claims lapse.
            pub(crate) async fn claim_due(pool: &Pool<Db>, table: &'static str, now: i64, lease_until: i64, limit: i64) -> Result<Vec<i64>> {
                let claim = format!(
                    "UPDATE {table} SET lease_until = $1 WHERE id IN (SELECT id FROM {table} \
                     WHERE state = 'queued' AND next_attempt_at <= $2 AND lease_until <= $2 \
                     ORDER BY next_attempt_at, id LIMIT $3{}) RETURNING id",
                    $skip_locked
                );
                let mut ids: Vec<i64> = sqlx::query_scalar(&claim)
                    .bind(lease_until)
                    .bind(now)
                    .bind(limit)
                    .fetch_all(pool)
                    .await?;
                ids.sort_unstable();
                Ok(ids)
            }

            fn status(text: &str) -> Result<Status> {
                Status::parse(text).ok_or_else(|| StoreError::Corrupt(format!("unknown status {text:?}")))
            }

            fn summary(row: &DbRow) -> Result<Summary> {
                Ok(Summary {
                    id: row.try_get(0)?,
                    edition: row.try_get(1)?,
                    slug: row.try_get(2)?,
                    status: status(row.try_get::<&str, _>(3)?)?,
                    headline: row.try_get(4)?,
                    standfirst: row.try_get(5)?,
                    regions: split_codes(row.try_get::<&str, _>(6)?),
                    translation_group: row.try_get(7)?,
                    published_at: row.try_get(8)?,
                    published_tz: row.try_get(9)?,
                    updated_at: row.try_get(10)?,
                })
            }

            fn article(row: &DbRow) -> Result<Article> {
                let json = |i: usize| -> Result<&str> { Ok(row.try_get::<&str, _>(i)?) };
                Ok(Article {
                    summary: summary(row)?,
                    external_id: row.try_get(11)?,
                    dateline_place: row.try_get(12)?,
                    body_markdown: row.try_get(13)?,
                    body_html: row.try_get(14)?,
                    tags: serde_json::from_str(json(15)?)
                        .map_err(|e| StoreError::Corrupt(format!("tags_json: {e}")))?,
                    authors: serde_json::from_str(json(16)?)
                        .map_err(|e| StoreError::Corrupt(format!("authors_json: {e}")))?,
                    created_at: row.try_get(17)?,
                    revision: row.try_get(18)?,
                    correction_note: row.try_get(19)?,
                    corrected_at: row.try_get(20)?,
                })
            }

            pub async fn seed(pool: &Pool<Db>, editions: &[Edition], regions: &[RegionRow]) -> Result<()> {
                let mut tx = begin(pool).await?;
                for e in editions {
                    sqlx::query(
                        "INSERT INTO editions (code, name, language, locale, time_zone, date_format, \
                         datetime_format, motto, position) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) \
                         ON CONFLICT (code) DO NOTHING",
                    )
                    .bind(&e.code)
                    .bind(&e.name)
                    .bind(&e.language)
                    .bind(&e.locale)
                    .bind(&e.time_zone)
                    .bind(&e.date_format)
                    .bind(&e.datetime_format)
                    .bind(&e.motto)
                    .bind(e.position)
                    .execute(&mut *tx)
                    .await?;
                }
                let known: Vec<String> = sqlx::query_scalar("SELECT code FROM editions")
                    .fetch_all(&mut *tx)
                    .await?;
                for r in regions {
                    sqlx::query("INSERT INTO regions (code) VALUES ($1) ON CONFLICT (code) DO NOTHING")
                        .bind(r.code)
                        .execute(&mut *tx)
                        .await?;
                    for (edition, name) in &r.names {
                        if !known.iter().any(|k| k == edition) {
                            continue;
                        }
                        sqlx::query(
                            "INSERT INTO region_names (region_code, edition_code, name) VALUES ($1, $2, $3) \
                             ON CONFLICT (region_code, edition_code) DO NOTHING",
                        )
                        .bind(r.code)
                        .bind(*edition)
                        .bind(*name)
                        .execute(&mut *tx)
                        .await?;
                    }
                }
                tx.commit().await?;
                Ok(())
            }

            pub async fn region_count(pool: &Pool<Db>) -> Result<i64> {
                Ok(sqlx::query_scalar("SELECT COUNT(*) FROM regions").fetch_one(pool).await?)
            }

            pub async fn configure_editions(pool: &Pool<Db>, editions: &[Edition]) -> Result<()> {
                let mut tx = begin(pool).await?;
                for e in editions {
                    sqlx::query(
                        "INSERT INTO editions (code, name, language, locale, time_zone, date_format, \
                         datetime_format, motto, position) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) \
                         ON CONFLICT (code) DO UPDATE SET name = excluded.name, language = excluded.language, \
                         locale = excluded.locale, time_zone = excluded.time_zone, \
                         date_format = excluded.date_format, datetime_format = excluded.datetime_format, \
                         motto = excluded.motto, position = excluded.position",
                    )
                    .bind(&e.code)
                    .bind(&e.name)
                    .bind(&e.language)
                    .bind(&e.locale)
                    .bind(&e.time_zone)
                    .bind(&e.date_format)
                    .bind(&e.datetime_format)
                    .bind(&e.motto)
                    .bind(e.position)
                    .execute(&mut *tx)
                    .await?;
                    // Country names start as the English ones; rows already there are kept.
                    sqlx::query(
                        "INSERT INTO region_names (region_code, edition_code, name) \
                         SELECT region_code, $1, name FROM region_names WHERE edition_code = 'en' \
                         ON CONFLICT (region_code, edition_code) DO NOTHING",
                    )
                    .bind(&e.code)
                    .execute(&mut *tx)
                    .await?;
                }
                tx.commit().await?;
                Ok(())
            }

            pub async fn editions(pool: &Pool<Db>) -> Result<Vec<Edition>> {
                let rows = sqlx::query(
                    "SELECT code, name, language, locale, time_zone, date_format, datetime_format, motto, \
                     position FROM editions ORDER BY position, code",
                )
                .fetch_all(pool)
                .await?;
                rows.iter()
                    .map(|r| {
                        Ok(Edition {
                            code: r.try_get(0)?,
                            name: r.try_get(1)?,
                            language: r.try_get(2)?,
                            locale: r.try_get(3)?,
                            time_zone: r.try_get(4)?,
                            date_format: r.try_get(5)?,
                            datetime_format: r.try_get(6)?,
                            motto: r.try_get(7)?,
                            position: r.try_get(8)?,
                        })
                    })
                    .collect()
            }

            pub async fn region_names(pool: &Pool<Db>) -> Result<Vec<RegionName>> {
                let rows = sqlx::query("SELECT region_code, edition_code, name FROM region_names")
                    .fetch_all(pool)
                    .await?;
                rows.iter()
                    .map(|r| {
                        Ok(RegionName {
                            code: r.try_get(0)?,
                            edition: r.try_get(1)?,
                            name: r.try_get(2)?,
                        })
                    })
                    .collect()
            }

            pub async fn tag(pool: &Pool<Db>, edition: &str, slug: &str) -> Result<Option<TagRef>> {
                let row = sqlx::query("SELECT id, slug, name FROM tags WHERE edition_code = $1 AND slug = $2")
                    .bind(edition)
                    .bind(slug)
                    .fetch_optional(pool)
                    .await?;
                row.map(|r| {
                    Ok(TagRef {
                        id: r.try_get(0)?,
                        slug: r.try_get(1)?,
                        name: r.try_get(2)?,
                    })
                })
                .transpose()
            }

            pub async fn save_batch(
                pool: &Pool<Db>,
                articles: &[Prepared],
                expected_revision: Option<i64>,
            ) -> Result<Vec<Result<Saved>>> {
                let mut tx = begin(pool).await?;
                let known = Known {
                    editions: sqlx::query_scalar("SELECT code FROM editions").fetch_all(&mut *tx).await?,
                    regions: sqlx::query_scalar::<_, String>("SELECT code FROM regions")
                        .fetch_all(&mut *tx)
                        .await?
                        .into_iter()
                        .collect(),
                    webhooks: sqlx::query("SELECT id, events FROM webhook_endpoints WHERE active = 1")
                        .fetch_all(&mut *tx)
                        .await?
                        .iter()
                        .map(|r| Ok((r.try_get(0)?, r.try_get(1)?)))
                        .collect::<Result<_>>()?,
                };
                let mut results = Vec::with_capacity(articles.len());
                for prepared in articles {
                    let mut sp = sqlx::Connection::begin(&mut *tx).await?;
                    match save_one(&mut sp, &known, prepared, expected_revision).await {
                        Ok(saved) => {
                            sp.commit().await?;
                            results.push(Ok(saved));
                        }
                        Err(e) => {
                            sp.rollback().await?;
                            results.push(Err(e));
                        }
                    }
                }
                tx.commit().await?;
                Ok(results)
            }

            async fn save_one(
                tx: &mut sqlx::Transaction<'_, Db>,
                known: &Known,
                prepared: &Prepared,
                expected_revision: Option<i64>,
            ) -> Result<Saved> {
                let input = &prepared.input;
                let now = dateline_core::article::now();
                let existing = match &input.external_id {
                    Some(ext) => sqlx::query(
                        "SELECT id, slug, revision, region_codes, edition_code, correction_note, corrected_at, \
                         status, published_at FROM articles WHERE external_id = $1",
                    )
                    .bind(ext)
                    .fetch_optional(&mut **tx)
                    .await?,
                    None => None,
                };
                let mut correction: (Option<String>, Option<i64>) = (None, None);
                let mut was: Option<(String, Option<i64>)> = None;
                let existing = match existing {
                    Some(r) => {
                        correction = (r.try_get(5)?, r.try_get(6)?);
                        was = Some((r.try_get(7)?, r.try_get(8)?));
                        Some((
                            r.try_get::<i64, _>(0)?,
                            r.try_get::<String, _>(1)?,
                            r.try_get::<i64, _>(2)?,
                            r.try_get::<String, _>(3)?,
                            r.try_get::<String, _>(4)?,
                        ))
                    }
                    None => None,
                };
                if let Some(note) = &input.correction {
                    correction = (Some(note.clone()), Some(now));
                }
                if let (Some(expected), Some((_, _, current, _, _))) = (expected_revision, &existing) {
                    if expected != *current {
                        return Err(StoreError::Conflict { current: *current });
                    }
                }

                if !known.editions.contains(&input.edition) {
                    return Err(StoreError::UnknownEdition(input.edition.clone()));
                }
                if let Some(missing) = input.regions.iter().find(|c| !known.regions.contains(*c)) {
                    return Err(StoreError::UnknownRegion(missing.clone()));
                }

                // The address: kept when updating unless a new one is given; a new article's
                // slug made from its headline gets a number when already taken.
                let slug = match (&existing, input.slug.is_empty()) {
                    (Some((_, slug, _, _, edition)), true) if *edition == input.edition => slug.clone(),
                    _ => {
                        let explicit = !input.slug.is_empty();
                        let base = if explicit {
                            input.slug.clone()
                        } else {
                            dateline_core::slug::slugify(&input.headline)
                        };
                        let own_id = existing.as_ref().map(|e| e.0).unwrap_or(-1);
                        let mut candidate = base.clone();
                        let mut n = 1;
                        loop {
                            let holder: Option<i64> = sqlx::query_scalar(
                                "SELECT id FROM articles WHERE edition_code = $1 AND slug = $2",
                            )
                            .bind(&input.edition)
                            .bind(&candidate)
                            .fetch_optional(&mut **tx)
                            .await?;
                            match holder {
                                None => break,
                                Some(id) if id == own_id => break,
                                Some(_) if explicit || n > 100 => {
                                    return Err(StoreError::SlugTaken {
                                        edition: input.edition.clone(),
                                        slug: candidate,
                                    })
                                }
                                Some(_) => {
                                    n += 1;
                                    candidate = format!("{base}-{n}");
                                }
                            }
                        }
                        candidate
                    }
                };

                // Without an explicit update time, a new article was last updated when it was
                // published; a change to an existing one is an update made now.
                let updated_at = input.updated_at.unwrap_or(match (&existing, input.published_at) {
                    (None, Some(published)) if published <= now => published,
                    _ => now,
                });
                let mut final_input = input.clone();
                final_input.slug = slug.clone();
                let snapshot = final_input.snapshot(updated_at, correction.clone());

                // The previous link of the chain, and whether anything changed at all.
                let (number, prev_hash, old_tags) = match &existing {
                    Some((id, ..)) => {
                        let last = sqlx::query(
                            "SELECT number, hash, snapshot FROM revisions WHERE article_id = $1 \
                             ORDER BY number DESC LIMIT 1",
                        )
                        .bind(id)
                        .fetch_optional(&mut **tx)
                        .await?
                        .ok_or_else(|| StoreError::Corrupt(format!("article {id} has no revision")))?;
                        let number: i64 = last.try_get(0)?;
                        let hash: String = last.try_get(1)?;
                        let previous: ArticleSnapshot = serde_json::from_str(last.try_get::<&str, _>(2)?)
                            .map_err(|e| StoreError::Corrupt(format!("revision snapshot: {e}")))?;
                        if snapshot.same_content(&previous) {
                            return Ok(Saved {
                                id: *id,
                                revision: number,
                                outcome: SaveOutcome::Unchanged,
                            });
                        }
                        let old_tags: Vec<i64> =
                            sqlx::query_scalar("SELECT tag_id FROM article_tags WHERE article_id = $1")
                                .bind(id)
                                .fetch_all(&mut **tx)
                                .await?;
                        (number + 1, hash, old_tags)
                    }
                    None => (1, GENESIS_HASH.to_string(), Vec::new()),
                };

                // Tags and authors, created on first use. The no-op update makes RETURNING give
                // existing rows too: the first name a tag was created with stays its name.
                let mut tags: Vec<TagRef> = Vec::with_capacity(input.tags.len());
                if !input.tags.is_empty() {
                    let (mut sql, params) = insert_rows(
                        "tags",
                        "edition_code, slug, name",
                        input
                            .tags
                            .iter()
                            .map(|t| vec![Param::Text(input.edition.clone()), Param::Text(t.slug.clone()), Param::Text(t.name.clone())])
                            .collect(),
                    );
                    sql.push_str(" ON CONFLICT (edition_code, slug) DO UPDATE SET slug = excluded.slug RETURNING id, slug, name");
                    let rows = bind(sqlx::query(&sql), &params).fetch_all(&mut **tx).await?;
                    let mut found: Vec<TagRef> = rows
                        .iter()
                        .map(|r| Ok(TagRef { id: r.try_get(0)?, slug: r.try_get(1)?, name: r.try_get(2)? }))
                        .collect::<Result<_>>()?;
                    // RETURNING promises no order: put the tags back in the article's.
                    for t in &input.tags {
                        if let Some(i) = found.iter().position(|f| f.slug == t.slug) {
                            tags.push(found.swap_remove(i));
                        }
                    }
                }
                let mut authors: Vec<(i64, Named)> = Vec::with_capacity(input.authors.len());
                if !input.authors.is_empty() {
                    let (mut sql, params) = insert_rows(
                        "authors",
                        "slug, name",
                        input.authors.iter().map(|a| vec![Param::Text(a.slug.clone()), Param::Text(a.name.clone())]).collect(),
                    );
                    sql.push_str(" ON CONFLICT (slug) DO UPDATE SET slug = excluded.slug RETURNING id, slug");
                    let rows = bind(sqlx::query(&sql), &params).fetch_all(&mut **tx).await?;
                    for a in &input.authors {
                        for r in &rows {
                            if r.try_get::<&str, _>(1)? == a.slug {
                                authors.push((r.try_get(0)?, a.clone()));
                            }
                        }
                    }
                }
                let tags_json = serde_json::to_string(&tags).expect("tags serialise");
                let authors_json = serde_json::to_string(&authors.iter().map(|(_, a)| a).collect::<Vec<_>>())
                    .expect("authors serialise");
                let region_codes = input.regions.join(" ");

                let id: i64 = match &existing {
                    Some((id, ..)) => {
                        sqlx::query(
                            "UPDATE articles SET edition_code = $1, slug = $2, translation_group = $3, \
                             status = $4, headline = $5, standfirst = $6, dateline_place = $7, \
                             body_markdown = $8, body_html = $9, region_codes = $10, tags_json = $11, \
                             authors_json = $12, published_at = $13, published_tz = $14, updated_at = $15, \
                             revision = $16, correction_note = $17, corrected_at = $18 WHERE id = $19",
                        )
                        .bind(&input.edition)
                        .bind(&slug)
                        .bind(&input.translation_group)
                        .bind(input.status.as_str())
                        .bind(&input.headline)
                        .bind(&input.standfirst)
                        .bind(&input.dateline_place)
                        .bind(&input.body_markdown)
                        .bind(&prepared.body_html)
                        .bind(&region_codes)
                        .bind(&tags_json)
                        .bind(&authors_json)
                        .bind(input.published_at)
                        .bind(&input.published_tz)
                        .bind(updated_at)
                        .bind(number)
                        .bind(&correction.0)
                        .bind(correction.1)
                        .bind(id)
                        .execute(&mut **tx)
                        .await?;
                        for table in ["article_regions", "article_tags", "article_authors"] {
                            sqlx::query(&format!("DELETE FROM {table} WHERE article_id = $1"))
                                .bind(id)
                                .execute(&mut **tx)
                                .await?;
                        }
                        *id
                    }
                    None => {
                        sqlx::query_scalar(
                            "INSERT INTO articles (external_id, edition_code, slug, translation_group, status, \
                             headline, standfirst, dateline_place, body_markdown, body_html, region_codes, \
                             tags_json, authors_json, published_at, published_tz, updated_at, created_at, revision, \
                             correction_note, corrected_at) \
                             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, \
                             $19, $20) RETURNING id",
                        )
                        .bind(&input.external_id)
                        .bind(&input.edition)
                        .bind(&slug)
                        .bind(&input.translation_group)
                        .bind(input.status.as_str())
                        .bind(&input.headline)
                        .bind(&input.standfirst)
                        .bind(&input.dateline_place)
                        .bind(&input.body_markdown)
                        .bind(&prepared.body_html)
                        .bind(&region_codes)
                        .bind(&tags_json)
                        .bind(&authors_json)
                        .bind(input.published_at)
                        .bind(&input.published_tz)
                        .bind(updated_at)
                        .bind(now)
                        .bind(number)
                        .bind(&correction.0)
                        .bind(correction.1)
                        .fetch_one(&mut **tx)
                        .await?
                    }
                };
                let listed_at = if input.status == Status::Published { input.published_at } else { None };
                let link_rows: [(&str, &str, Vec<Vec<Param>>); 3] = [
                    (
                        "article_regions",
                        "article_id, region_code, edition_code, position, published_at",
                        input
                            .regions
                            .iter()
                            .enumerate()
                            .map(|(i, code)| {
                                vec![
                                    Param::Int(id),
                                    Param::Text(code.clone()),
                                    Param::Text(input.edition.clone()),
                                    Param::Int(i as i64),
                                    Param::OptInt(listed_at),
                                ]
                            })
                            .collect(),
                    ),
                    (
                        "article_tags",
                        "article_id, tag_id, position, published_at",
                        tags.iter()
                            .enumerate()
                            .map(|(i, t)| vec![Param::Int(id), Param::Int(t.id), Param::Int(i as i64), Param::OptInt(listed_at)])
                            .collect(),
                    ),
                    (
                        "article_authors",
                        "article_id, author_id, position",
                        authors
                            .iter()
                            .enumerate()
                            .map(|(i, (author_id, _))| vec![Param::Int(id), Param::Int(*author_id), Param::Int(i as i64)])
                            .collect(),
                    ),
                ];
                for (table, columns, rows) in link_rows {
                    if !rows.is_empty() {
                        let (sql, params) = insert_rows(table, columns, rows);
                        bind(sqlx::query(&sql), &params).execute(&mut **tx).await?;
                    }
                }

                let snapshot_json = snapshot.to_json();
                let hash = revision_hash(&prev_hash, number, now, &snapshot_json);
                sqlx::query(
                    "INSERT INTO revisions (article_id, number, created_at, snapshot, prev_hash, hash) \
                     VALUES ($1, $2, $3, $4, $5, $6)",
                )
                .bind(id)
                .bind(number)
                .bind(now)
                .bind(&snapshot_json)
                .bind(&prev_hash)
                .bind(&hash)
                .execute(&mut **tx)
                .await?;

                // Old and new regions and tags: a page that showed the article under its old
                // tags must be refreshed as well as those that will show it now.
                let mut regions: Vec<String> = input.regions.clone();
                let mut editions_touched = vec![input.edition.clone()];
                if let Some((_, _, _, old_regions, old_edition)) = &existing {
                    regions.extend(split_codes(old_regions));
                    if *old_edition != input.edition {
                        editions_touched.push(old_edition.clone());
                    }
                }
                regions.sort();
                regions.dedup();
                let mut tag_ids: Vec<i64> = tags.iter().map(|t| t.id).chain(old_tags).collect();
                tag_ids.sort_unstable();
                tag_ids.dedup();
                let tag_text = tag_ids.iter().map(|t| t.to_string()).collect::<Vec<_>>().join(" ");
                for edition in editions_touched {
                    sqlx::query(
                        "INSERT INTO changes (article_id, edition_code, regions, tags, changed_at) \
                         VALUES ($1, $2, $3, $4, $5)",
                    )
                    .bind(id)
                    .bind(edition)
                    .bind(regions.join(" "))
                    .bind(&tag_text)
                    .bind(now)
                    .execute(&mut **tx)
                    .await?;
                }

                if !known.webhooks.is_empty() {
                    let was = was.as_ref().map(|(s, at)| (s.as_str(), *at));
                    let was_scheduled = was.is_some_and(|(s, at)| s == "published" && at.is_some_and(|t| t > now));
                    if was_scheduled {
                        // Partners were not told of this version yet: withdraw its announcement.
                        sqlx::query(
                            "UPDATE webhook_deliveries SET state = 'cancelled', lease_until = 0 \
                             WHERE article_id = $1 AND state = 'queued' AND event = 'article.published'",
                        )
                        .bind(id)
                        .execute(&mut **tx)
                        .await?;
                    }
                    let published = input.status == Status::Published;
                    if let Some(event) = webhook_event(was, published, now) {
                        let payload = crate::partners::WebhookEvent {
                            event: event.to_string(),
                            article_id: id,
                            edition: input.edition.clone(),
                            slug: slug.clone(),
                            headline: input.headline.clone(),
                            standfirst: input.standfirst.clone(),
                            status: input.status.as_str().to_string(),
                            revision: number,
                            published_at: input.published_at,
                            published_tz: input.published_tz.clone(),
                            updated_at,
                            occurred_at: now,
                        };
                        let payload = serde_json::to_string(&payload).expect("an event serialises");
                        // A publication under embargo (or scheduled) is announced when it goes out.
                        let due = if published { input.published_at.unwrap_or(now).max(now) } else { now };
                        let rows: Vec<Vec<Param>> = known
                            .webhooks
                            .iter()
                            .filter(|(_, events)| events.split_whitespace().any(|e| e == event))
                            .map(|(endpoint, _)| {
                                vec![
                                    Param::Int(*endpoint),
                                    Param::Text(event.to_string()),
                                    Param::Int(id),
                                    Param::Text(payload.clone()),
                                    Param::Text("queued".into()),
                                    Param::Int(due),
                                    Param::Int(now),
                                ]
                            })
                            .collect();
                        if !rows.is_empty() {
                            let (sql, params) = insert_rows(
                                "webhook_deliveries",
                                "endpoint_id, event, article_id, payload, state, next_attempt_at, created_at",
                                rows,
                            );
                            bind(sqlx::query(&sql), &params).execute(&mut **tx).await?;
                        }
                    }
                }

                Ok(Saved {
                    id,
                    revision: number,
                    outcome: if existing.is_some() { SaveOutcome::Updated } else { SaveOutcome::Created },
                })
            }

            async fn one_article(pool: &Pool<Db>, condition: &str, params: &[Param]) -> Result<Option<Article>> {
                let sql = format!("SELECT {ARTICLE_COLUMNS} FROM articles a WHERE {condition}");
                bind(sqlx::query(&sql), params)
                    .fetch_optional(pool)
                    .await?
                    .map(|r| article(&r))
                    .transpose()
            }

            pub async fn article_by_id(pool: &Pool<Db>, id: i64) -> Result<Option<Article>> {
                one_article(pool, "a.id = $1", &[Param::Int(id)]).await
            }

            /// Articles in id order after `after_id`, every status: for rebuilding what is
            /// derived from the store (the search index).
            pub async fn articles_after(pool: &Pool<Db>, after_id: i64, limit: i64) -> Result<Vec<Article>> {
                let sql = format!("SELECT {ARTICLE_COLUMNS} FROM articles a WHERE a.id > $1 ORDER BY a.id LIMIT $2");
                sqlx::query(&sql)
                    .bind(after_id)
                    .bind(limit)
                    .fetch_all(pool)
                    .await?
                    .iter()
                    .map(article)
                    .collect()
            }

            pub async fn pins(pool: &Pool<Db>, article_id: i64) -> Result<Vec<i64>> {
                Ok(sqlx::query_scalar(
                    "SELECT pinned_id FROM related_pins WHERE article_id = $1 ORDER BY position",
                )
                .bind(article_id)
                .fetch_all(pool)
                .await?)
            }

            pub async fn all_pins(pool: &Pool<Db>) -> Result<Vec<(i64, i64)>> {
                Ok(sqlx::query_as(
                    "SELECT article_id, pinned_id FROM related_pins ORDER BY article_id, position",
                )
                .fetch_all(pool)
                .await?)
            }

            /// Replaces an article's pinned stories and records a change, so every node drops
            /// its cached page.
            pub async fn set_pins(pool: &Pool<Db>, article_id: i64, pinned: &[i64]) -> Result<()> {
                let mut tx = begin(pool).await?;
                sqlx::query("DELETE FROM related_pins WHERE article_id = $1")
                    .bind(article_id)
                    .execute(&mut *tx)
                    .await?;
                for (position, id) in pinned.iter().enumerate() {
                    sqlx::query("INSERT INTO related_pins (article_id, position, pinned_id) VALUES ($1, $2, $3)")
                        .bind(article_id)
                        .bind(position as i64)
                        .bind(*id)
                        .execute(&mut *tx)
                        .await?;
                }
                let row = sqlx::query("SELECT edition_code, region_codes FROM articles WHERE id = $1")
                    .bind(article_id)
                    .fetch_optional(&mut *tx)
                    .await?;
                if let Some(row) = row {
                    let edition: String = row.try_get(0)?;
                    let regions: String = row.try_get(1)?;
                    sqlx::query(
                        "INSERT INTO changes (article_id, edition_code, regions, tags, changed_at) \
                         VALUES ($1, $2, $3, '', $4)",
                    )
                    .bind(article_id)
                    .bind(edition)
                    .bind(regions)
                    .bind(dateline_core::article::now())
                    .execute(&mut *tx)
                    .await?;
                }
                tx.commit().await?;
                Ok(())
            }

            pub async fn article_by_slug(pool: &Pool<Db>, edition: &str, slug: &str) -> Result<Option<Article>> {
                one_article(
                    pool,
                    "a.edition_code = $1 AND a.slug = $2",
                    &[Param::Text(edition.into()), Param::Text(slug.into())],
                )
                .await
            }

            pub async fn article_by_external_id(pool: &Pool<Db>, external_id: &str) -> Result<Option<Article>> {
                one_article(pool, "a.external_id = $1", &[Param::Text(external_id.into())]).await
            }

            pub async fn list(pool: &Pool<Db>, query: &ListQuery) -> Result<Vec<Summary>> {
                let (mut sql, mut params) = list_sql(query, SUMMARY_COLUMNS);
                sql.push_str(" ORDER BY a.published_at DESC, a.id DESC LIMIT ");
                push_param(&mut sql, &mut params, Param::Int(query.limit.clamp(0, 1000)));
                sql.push_str(" OFFSET ");
                push_param(&mut sql, &mut params, Param::Int(query.offset.max(0)));
                bind(sqlx::query(&sql), &params)
                    .fetch_all(pool)
                    .await?
                    .iter()
                    .map(summary)
                    .collect()
            }

            pub async fn count(pool: &Pool<Db>, query: &ListQuery) -> Result<i64> {
                let (sql, params) = list_sql(query, "COUNT(*)");
                let row = bind(sqlx::query(&sql), &params).fetch_one(pool).await?;
                Ok(row.try_get(0)?)
            }

            /// The articles with these ids (in no particular order), each row read by `read`.
            async fn by_ids<T>(
                pool: &Pool<Db>,
                columns: &str,
                ids: &[i64],
                read: fn(&DbRow) -> Result<T>,
            ) -> Result<Vec<T>> {
                if ids.is_empty() {
                    return Ok(Vec::new());
                }
                let mut params = Vec::new();
                let mut sql = format!("SELECT {columns} FROM articles a WHERE a.id IN (");
                push_list(&mut sql, &mut params, ids.iter().map(|id| Param::Int(*id)));
                sql.push(')');
                bind(sqlx::query(&sql), &params)
                    .fetch_all(pool)
                    .await?
                    .iter()
                    .map(read)
                    .collect()
            }

            pub async fn articles_by_id(pool: &Pool<Db>, ids: &[i64]) -> Result<Vec<Article>> {
                by_ids(pool, ARTICLE_COLUMNS, ids, article).await
            }

            pub async fn summaries(pool: &Pool<Db>, ids: &[i64]) -> Result<Vec<Summary>> {
                by_ids(pool, SUMMARY_COLUMNS, ids, summary).await
            }

            pub async fn published_links(pool: &Pool<Db>) -> Result<Vec<Links>> {
                let rows = sqlx::query(
                    "SELECT id, edition_code, published_at, translation_group, region_codes, tags_json \
                     FROM articles WHERE status = 'published' AND published_at IS NOT NULL",
                )
                .fetch_all(pool)
                .await?;
                rows.iter()
                    .map(|r| {
                        let tags: Vec<TagRef> = serde_json::from_str(r.try_get::<&str, _>(5)?)
                            .map_err(|e| StoreError::Corrupt(format!("tags_json: {e}")))?;
                        Ok(Links {
                            id: r.try_get(0)?,
                            edition: r.try_get(1)?,
                            published_at: r.try_get(2)?,
                            translation_group: r.try_get(3)?,
                            regions: split_codes(r.try_get::<&str, _>(4)?),
                            tags: tags.iter().map(|t| t.id).collect(),
                        })
                    })
                    .collect()
            }

            pub async fn translations(pool: &Pool<Db>, group: &str, exclude_id: i64, now: i64) -> Result<Vec<Summary>> {
                let sql = format!(
                    "SELECT {SUMMARY_COLUMNS} FROM articles a JOIN editions e ON e.code = a.edition_code \
                     WHERE a.translation_group = $1 AND a.id <> $2 AND a.status = 'published' \
                     AND a.published_at <= $3 ORDER BY e.position, a.id"
                );
                sqlx::query(&sql)
                    .bind(group)
                    .bind(exclude_id)
                    .bind(now)
                    .fetch_all(pool)
                    .await?
                    .iter()
                    .map(summary)
                    .collect()
            }

            pub async fn busiest_regions(
                pool: &Pool<Db>,
                edition: &str,
                now: i64,
                since: i64,
                limit: i64,
            ) -> Result<Vec<(String, i64)>> {
                let rows = sqlx::query(
                    "SELECT region_code, COUNT(*) AS n FROM article_regions \
                     WHERE edition_code = $1 AND published_at <= $2 AND published_at >= $3 \
                     GROUP BY region_code ORDER BY n DESC, region_code LIMIT $4",
                )
                .bind(edition)
                .bind(now)
                .bind(since)
                .bind(limit)
                .fetch_all(pool)
                .await?;
                rows.iter()
                    .map(|r| Ok((r.try_get(0)?, r.try_get(1)?)))
                    .collect()
            }

            pub async fn publication_times(pool: &Pool<Db>, edition: &str, now: i64) -> Result<Vec<i64>> {
                Ok(sqlx::query_scalar(
                    "SELECT published_at FROM articles WHERE edition_code = $1 AND status = 'published' \
                     AND published_at <= $2 ORDER BY published_at DESC",
                )
                .bind(edition)
                .bind(now)
                .fetch_all(pool)
                .await?)
            }

            pub async fn revisions(pool: &Pool<Db>, article_id: i64) -> Result<Vec<Revision>> {
                let rows = sqlx::query(
                    "SELECT id, article_id, number, created_at, snapshot, prev_hash, hash FROM revisions \
                     WHERE article_id = $1 ORDER BY number",
                )
                .bind(article_id)
                .fetch_all(pool)
                .await?;
                rows.iter()
                    .map(|r| {
                        Ok(Revision {
                            id: r.try_get(0)?,
                            article_id: r.try_get(1)?,
                            number: r.try_get(2)?,
                            created_at: r.try_get(3)?,
                            snapshot: r.try_get(4)?,
                            prev_hash: r.try_get(5)?,
                            hash: r.try_get(6)?,
                        })
                    })
                    .collect()
            }

            fn change(r: &DbRow) -> Result<Change> {
                Ok(Change {
                    id: r.try_get(0)?,
                    article_id: r.try_get(1)?,
                    edition: r.try_get(2)?,
                    regions: split_codes(r.try_get::<&str, _>(3)?),
                    tags: split_ids(r.try_get::<&str, _>(4)?),
                })
            }

            pub async fn changes_after(pool: &Pool<Db>, after_id: i64, limit: i64) -> Result<Vec<Change>> {
                sqlx::query(
                    "SELECT id, article_id, edition_code, regions, tags FROM changes WHERE id > $1 ORDER BY id LIMIT $2",
                )
                .bind(after_id)
                .bind(limit)
                .fetch_all(pool)
                .await?
                .iter()
                .map(change)
                .collect()
            }

            pub async fn became_visible(pool: &Pool<Db>, after: i64, until: i64) -> Result<Vec<Change>> {
                let rows = sqlx::query(
                    "SELECT id, edition_code, region_codes, tags_json FROM articles \
                     WHERE status = 'published' AND published_at > $1 AND published_at <= $2",
                )
                .bind(after)
                .bind(until)
                .fetch_all(pool)
                .await?;
                rows.iter()
                    .map(|r| {
                        let tags: Vec<TagRef> = serde_json::from_str(r.try_get::<&str, _>(3)?)
                            .map_err(|e| StoreError::Corrupt(format!("tags_json: {e}")))?;
                        Ok(Change {
                            id: 0,
                            article_id: r.try_get(0)?,
                            edition: r.try_get(1)?,
                            regions: split_codes(r.try_get::<&str, _>(2)?),
                            tags: tags.iter().map(|t| t.id).collect(),
                        })
                    })
                    .collect()
            }

            /// One page of articles (after `after_id`) with their revisions, for `verify`.
            pub async fn history_page(pool: &Pool<Db>, after_id: i64, limit: i64) -> Result<Vec<(Article, Vec<Revision>)>> {
                let sql = format!("SELECT {ARTICLE_COLUMNS} FROM articles a WHERE a.id > $1 ORDER BY a.id LIMIT $2");
                let articles: Vec<Article> = sqlx::query(&sql)
                    .bind(after_id)
                    .bind(limit)
                    .fetch_all(pool)
                    .await?
                    .iter()
                    .map(article)
                    .collect::<Result<_>>()?;
                let (Some(first), Some(last)) = (articles.first(), articles.last()) else {
                    return Ok(Vec::new());
                };
                let rows = sqlx::query(
                    "SELECT id, article_id, number, created_at, snapshot, prev_hash, hash FROM revisions \
                     WHERE article_id >= $1 AND article_id <= $2 ORDER BY article_id, number",
                )
                .bind(first.summary.id)
                .bind(last.summary.id)
                .fetch_all(pool)
                .await?;
                let mut by_article: std::collections::HashMap<i64, Vec<Revision>> = std::collections::HashMap::new();
                for r in &rows {
                    let rev = Revision {
                        id: r.try_get(0)?,
                        article_id: r.try_get(1)?,
                        number: r.try_get(2)?,
                        created_at: r.try_get(3)?,
                        snapshot: r.try_get(4)?,
                        prev_hash: r.try_get(5)?,
                        hash: r.try_get(6)?,
                    };
                    by_article.entry(rev.article_id).or_default().push(rev);
                }
                Ok(articles
                    .into_iter()
                    .map(|a| {
                        let revs = by_article.remove(&a.summary.id).unwrap_or_default();
                        (a, revs)
                    })
                    .collect())
            }

            fn user_row(r: &DbRow) -> Result<User> {
                let role: &str = r.try_get(3)?;
                Ok(User {
                    id: r.try_get(0)?,
                    email: r.try_get(1)?,
                    name: r.try_get(2)?,
                    role: dateline_core::newsroom::Role::parse(role)
                        .ok_or_else(|| StoreError::Corrupt(format!("unknown role {role:?}")))?,
                    editions: split_codes(r.try_get::<&str, _>(4)?),
                    password_hash: r.try_get(5)?,
                    must_change_password: r.try_get::<i64, _>(6)? != 0,
                    totp_secret: r.try_get(7)?,
                    totp_last_step: r.try_get(8)?,
                    disabled: r.try_get::<i64, _>(9)? != 0,
                    created_at: r.try_get(10)?,
                })
            }

            const USER_COLUMNS: &str = "id, email, name, role, editions, password_hash, must_change_password, \
                totp_secret, totp_last_step, disabled, created_at";

            pub async fn create_user(pool: &Pool<Db>, u: &NewUser) -> Result<i64> {
                let result = sqlx::query_scalar(
                    "INSERT INTO users (email, name, role, editions, password_hash, must_change_password, created_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
                )
                .bind(&u.email)
                .bind(&u.name)
                .bind(u.role.as_str())
                .bind(u.editions.join(" "))
                .bind(&u.password_hash)
                .bind(i64::from(u.must_change_password))
                .bind(dateline_core::article::now())
                .fetch_one(pool)
                .await;
                match result {
                    Ok(id) => Ok(id),
                    Err(sqlx::Error::Database(e)) if e.is_unique_violation() => Err(StoreError::UserExists(u.email.clone())),
                    Err(e) => Err(e.into()),
                }
            }

            pub async fn user_by(pool: &Pool<Db>, condition: &str, value: Param) -> Result<Option<User>> {
                let sql = format!("SELECT {USER_COLUMNS} FROM users WHERE {condition}");
                let params = [value];
                bind(sqlx::query(&sql), &params)
                    .fetch_optional(pool)
                    .await?
                    .map(|r| user_row(&r))
                    .transpose()
            }

            pub async fn users(pool: &Pool<Db>) -> Result<Vec<User>> {
                let sql = format!("SELECT {USER_COLUMNS} FROM users ORDER BY email");
                sqlx::query(&sql).fetch_all(pool).await?.iter().map(user_row).collect()
            }

            pub async fn set_password(pool: &Pool<Db>, id: i64, hash: &str, must_change: bool) -> Result<()> {
                sqlx::query("UPDATE users SET password_hash = $1, must_change_password = $2 WHERE id = $3")
                    .bind(hash)
                    .bind(i64::from(must_change))
                    .bind(id)
                    .execute(pool)
                    .await?;
                Ok(())
            }

            pub async fn set_role(pool: &Pool<Db>, id: i64, role: dateline_core::newsroom::Role, editions: &[String]) -> Result<()> {
                sqlx::query("UPDATE users SET role = $1, editions = $2 WHERE id = $3")
                    .bind(role.as_str())
                    .bind(editions.join(" "))
                    .bind(id)
                    .execute(pool)
                    .await?;
                Ok(())
            }

            pub async fn set_totp_secret(pool: &Pool<Db>, id: i64, secret: Option<&str>) -> Result<()> {
                sqlx::query("UPDATE users SET totp_secret = $1, totp_last_step = NULL WHERE id = $2")
                    .bind(secret)
                    .bind(id)
                    .execute(pool)
                    .await?;
                Ok(())
            }

            pub async fn totp_secrets(pool: &Pool<Db>) -> Result<Vec<(i64, String)>> {
                let rows = sqlx::query("SELECT id, totp_secret FROM users WHERE totp_secret IS NOT NULL ORDER BY id")
                    .fetch_all(pool)
                    .await?;
                rows.iter().map(|r| Ok((r.try_get(0)?, r.try_get(1)?))).collect()
            }

            /// Replaces two-factor secrets as stored, keeping each account's last used step.
            pub async fn set_totp_secrets(pool: &Pool<Db>, secrets: &[(i64, String)]) -> Result<()> {
                update_each(
                    pool,
                    "UPDATE users SET totp_secret = $1 WHERE id = $2 AND totp_secret IS NOT NULL",
                    secrets,
                )
                .await
            }

            pub async fn use_totp_step(pool: &Pool<Db>, id: i64, step: i64) -> Result<bool> {
                let done = sqlx::query(
                    "UPDATE users SET totp_last_step = $1 WHERE id = $2 \
                     AND (totp_last_step IS NULL OR totp_last_step < $1)",
                )
                .bind(step)
                .bind(id)
                .execute(pool)
                .await?;
                Ok(done.rows_affected() == 1)
            }

            pub async fn create_session(pool: &Pool<Db>, s: &Session) -> Result<()> {
                sqlx::query(
                    "INSERT INTO sessions (token_hash, user_id, created_at, last_seen, expires_at, verified, csrf_token, ip, user_agent) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
                )
                .bind(&s.token_hash)
                .bind(s.user_id)
                .bind(s.created_at)
                .bind(s.last_seen)
                .bind(s.expires_at)
                .bind(i64::from(s.verified))
                .bind(&s.csrf_token)
                .bind(&s.ip)
                .bind(&s.user_agent)
                .execute(pool)
                .await?;
                Ok(())
            }

            pub async fn session(pool: &Pool<Db>, token_hash: &str, now: i64) -> Result<Option<(Session, User)>> {
                let row = sqlx::query(
                    "SELECT token_hash, user_id, created_at, last_seen, expires_at, verified, ip, user_agent, csrf_token \
                     FROM sessions WHERE token_hash = $1 AND expires_at > $2",
                )
                .bind(token_hash)
                .bind(now)
                .fetch_optional(pool)
                .await?;
                let Some(r) = row else { return Ok(None) };
                let session = Session {
                    token_hash: r.try_get(0)?,
                    user_id: r.try_get(1)?,
                    created_at: r.try_get(2)?,
                    last_seen: r.try_get(3)?,
                    expires_at: r.try_get(4)?,
                    verified: r.try_get::<i64, _>(5)? != 0,
                    ip: r.try_get(6)?,
                    user_agent: r.try_get(7)?,
                    csrf_token: r.try_get(8)?,
                };
                match user_by(pool, "id = $1", Param::Int(session.user_id)).await? {
                    Some(user) if !user.disabled => Ok(Some((session, user))),
                    _ => Ok(None),
                }
            }

            pub async fn touch_session(pool: &Pool<Db>, token_hash: &str, now: i64, verified: bool) -> Result<()> {
                sqlx::query("UPDATE sessions SET last_seen = $1, verified = $2 WHERE token_hash = $3")
                    .bind(now)
                    .bind(i64::from(verified))
                    .bind(token_hash)
                    .execute(pool)
                    .await?;
                Ok(())
            }

            pub async fn delete_session(pool: &Pool<Db>, token_hash: &str) -> Result<()> {
                sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
                    .bind(token_hash)
                    .execute(pool)
                    .await?;
                Ok(())
            }

            pub async fn delete_user_sessions(pool: &Pool<Db>, user_id: i64) -> Result<u64> {
                Ok(sqlx::query("DELETE FROM sessions WHERE user_id = $1")
                    .bind(user_id)
                    .execute(pool)
                    .await?
                    .rows_affected())
            }

            pub async fn audit(pool: &Pool<Db>, e: &NewAuditEntry) -> Result<()> {
                sqlx::query(
                    "INSERT INTO audit_log (at, user_id, actor, action, subject, ip, detail) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7)",
                )
                .bind(e.at)
                .bind(e.user_id)
                .bind(&e.actor)
                .bind(&e.action)
                .bind(&e.subject)
                .bind(&e.ip)
                .bind(&e.detail)
                .execute(pool)
                .await?;
                Ok(())
            }

            pub async fn audit_log(pool: &Pool<Db>, q: &AuditQuery) -> Result<Vec<AuditEntry>> {
                let mut sql = String::from(
                    "SELECT id, at, user_id, actor, action, subject, ip, detail FROM audit_log WHERE 1 = 1",
                );
                let mut params = Vec::new();
                if let Some(action) = &q.action {
                    sql.push_str(" AND action = ");
                    push_param(&mut sql, &mut params, Param::Text(action.clone()));
                }
                if let Some(user) = q.user_id {
                    sql.push_str(" AND user_id = ");
                    push_param(&mut sql, &mut params, Param::Int(user));
                }
                if let Some(since) = q.since {
                    sql.push_str(" AND at >= ");
                    push_param(&mut sql, &mut params, Param::Int(since));
                }
                if let Some(until) = q.until {
                    sql.push_str(" AND at < ");
                    push_param(&mut sql, &mut params, Param::Int(until));
                }
                sql.push_str(" ORDER BY id DESC LIMIT ");
                push_param(&mut sql, &mut params, Param::Int(q.limit.clamp(1, 1000)));
                sql.push_str(" OFFSET ");
                push_param(&mut sql, &mut params, Param::Int(q.offset.max(0)));
                bind(sqlx::query(&sql), &params)
                    .fetch_all(pool)
                    .await?
                    .iter()
                    .map(|r| {
                        Ok(AuditEntry {
                            id: r.try_get(0)?,
                            at: r.try_get(1)?,
                            user_id: r.try_get(2)?,
                            actor: r.try_get(3)?,
                            action: r.try_get(4)?,
                            subject: r.try_get(5)?,
                            ip: r.try_get(6)?,
                            detail: r.try_get(7)?,
                        })
                    })
                    .collect()
            }

            pub async fn newsroom_list(
                pool: &Pool<Db>,
                status: Option<&str>,
                edition: Option<&str>,
                limit: i64,
                offset: i64,
            ) -> Result<Vec<Summary>> {
                let mut sql = format!("SELECT {SUMMARY_COLUMNS} FROM articles a WHERE 1 = 1");
                let mut params = Vec::new();
                if let Some(status) = status {
                    sql.push_str(" AND a.status = ");
                    push_param(&mut sql, &mut params, Param::Text(status.to_string()));
                }
                if let Some(edition) = edition {
                    sql.push_str(" AND a.edition_code = ");
                    push_param(&mut sql, &mut params, Param::Text(edition.to_string()));
                }
                sql.push_str(" ORDER BY a.updated_at DESC, a.id DESC LIMIT ");
                push_param(&mut sql, &mut params, Param::Int(limit.clamp(1, 500)));
                sql.push_str(" OFFSET ");
                push_param(&mut sql, &mut params, Param::Int(offset.max(0)));
                bind(sqlx::query(&sql), &params).fetch_all(pool).await?.iter().map(summary).collect()
            }

            pub async fn put_redirects(pool: &Pool<Db>, redirects: &[NewRedirect]) -> Result<()> {
                let mut tx = begin(pool).await?;
                let now = dateline_core::article::now();
                for r in redirects {
                    let (article_id, target) = match &r.target {
                        RedirectTarget::Article(id) => (Some(*id), None),
                        RedirectTarget::Path(path) => (None, Some(path.as_str())),
                    };
                    sqlx::query(
                        "INSERT INTO redirects (path, article_id, target, source, created_at) \
                         VALUES ($1, $2, $3, $4, $5) \
                         ON CONFLICT (path) DO UPDATE SET article_id = excluded.article_id, \
                         target = excluded.target, source = excluded.source",
                    )
                    .bind(&r.path)
                    .bind(article_id)
                    .bind(target)
                    .bind(&r.source)
                    .bind(now)
                    .execute(&mut *tx)
                    .await?;
                }
                tx.commit().await?;
                Ok(())
            }

            pub async fn redirect(pool: &Pool<Db>, path: &str) -> Result<Option<RedirectTarget>> {
                let row: Option<(Option<i64>, Option<String>)> =
                    sqlx::query_as("SELECT article_id, target FROM redirects WHERE path = $1")
                        .bind(path)
                        .fetch_optional(pool)
                        .await?;
                Ok(row.and_then(|(article, target)| match (article, target) {
                    (Some(id), _) => Some(RedirectTarget::Article(id)),
                    (None, Some(path)) => Some(RedirectTarget::Path(path)),
                    (None, None) => None,
                }))
            }

            pub async fn setting(pool: &Pool<Db>, key: &str) -> Result<Option<String>> {
                Ok(sqlx::query_scalar("SELECT value FROM site_settings WHERE key = $1")
                    .bind(key)
                    .fetch_optional(pool)
                    .await?)
            }

            pub async fn set_setting(pool: &Pool<Db>, key: &str, value: &str) -> Result<()> {
                sqlx::query(
                    "INSERT INTO site_settings (key, value) VALUES ($1, $2) \
                     ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                )
                .bind(key)
                .bind(value)
                .execute(pool)
                .await?;
                Ok(())
            }

            pub async fn add_media(
                pool: &Pool<Db>,
                sha256: &str,
                size: (i64, i64),
                caption: &str,
                credit: &str,
                uploaded_by: Option<i64>,
                files: &[NewMediaFile],
            ) -> Result<i64> {
                let mut tx = begin(pool).await?;
                let existing: Option<i64> = sqlx::query_scalar("SELECT id FROM media WHERE sha256 = $1")
                    .bind(sha256)
                    .fetch_optional(&mut *tx)
                    .await?;
                if let Some(id) = existing {
                    return Ok(id);
                }
                let id: i64 = sqlx::query_scalar(
                    "INSERT INTO media (sha256, width, height, caption, credit, uploaded_by, created_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
                )
                .bind(sha256)
                .bind(size.0)
                .bind(size.1)
                .bind(caption)
                .bind(credit)
                .bind(uploaded_by)
                .bind(dateline_core::article::now())
                .fetch_one(&mut *tx)
                .await?;
                for f in files {
                    sqlx::query(
                        "INSERT INTO media_files (media_id, width, height, content_type, extension, bytes) \
                         VALUES ($1, $2, $3, $4, $5, $6)",
                    )
                    .bind(id)
                    .bind(f.width)
                    .bind(f.height)
                    .bind(&f.content_type)
                    .bind(&f.extension)
                    .bind(&f.bytes)
                    .execute(&mut *tx)
                    .await?;
                }
                tx.commit().await?;
                Ok(id)
            }

            pub async fn media(pool: &Pool<Db>, id: i64) -> Result<Option<Media>> {
                let Some(m) = sqlx::query("SELECT id, width, height, caption, credit FROM media WHERE id = $1")
                    .bind(id)
                    .fetch_optional(pool)
                    .await?
                else {
                    return Ok(None);
                };
                let files = sqlx::query(
                    "SELECT width, height, extension FROM media_files WHERE media_id = $1 ORDER BY width DESC",
                )
                .bind(id)
                .fetch_all(pool)
                .await?
                .iter()
                .map(|r| Ok((r.try_get(0)?, r.try_get(1)?, r.try_get(2)?)))
                .collect::<Result<_>>()?;
                Ok(Some(Media {
                    id: m.try_get(0)?,
                    width: m.try_get(1)?,
                    height: m.try_get(2)?,
                    caption: m.try_get(3)?,
                    credit: m.try_get(4)?,
                    files,
                }))
            }

            pub async fn media_file(pool: &Pool<Db>, id: i64, width: i64) -> Result<Option<(String, Vec<u8>)>> {
                let row = sqlx::query("SELECT content_type, bytes FROM media_files WHERE media_id = $1 AND width = $2")
                    .bind(id)
                    .bind(width)
                    .fetch_optional(pool)
                    .await?;
                row.map(|r| Ok((r.try_get(0)?, r.try_get(1)?))).transpose()
            }

            pub async fn group_members(pool: &Pool<Db>, group: &str) -> Result<Vec<Summary>> {
                let sql = format!(
                    "SELECT {SUMMARY_COLUMNS} FROM articles a WHERE a.translation_group = $1 ORDER BY a.edition_code, a.id"
                );
                sqlx::query(&sql).bind(group).fetch_all(pool).await?.iter().map(summary).collect()
            }

            pub async fn tags_of(pool: &Pool<Db>, edition: &str, limit: i64) -> Result<Vec<TagRef>> {
                let rows = sqlx::query(
                    "SELECT t.id, t.slug, t.name FROM tags t LEFT JOIN article_tags at ON at.tag_id = t.id \
                     WHERE t.edition_code = $1 GROUP BY t.id, t.slug, t.name ORDER BY COUNT(at.article_id) DESC, t.name LIMIT $2",
                )
                .bind(edition)
                .bind(limit)
                .fetch_all(pool)
                .await?;
                rows.iter()
                    .map(|r| Ok(TagRef { id: r.try_get(0)?, slug: r.try_get(1)?, name: r.try_get(2)? }))
                    .collect()
            }

            pub async fn last_change_id(pool: &Pool<Db>) -> Result<i64> {
                let id: Option<i64> = sqlx::query_scalar("SELECT MAX(id) FROM changes").fetch_one(pool).await?;
                Ok(id.unwrap_or(0))
            }

            pub async fn article_count(pool: &Pool<Db>) -> Result<i64> {
                Ok(sqlx::query_scalar("SELECT COUNT(*) FROM articles").fetch_one(pool).await?)
            }
        }
    };
}

backend!(sqlite, sqlx::Sqlite, "BEGIN IMMEDIATE", "");
backend!(postgres, sqlx::Postgres, "BEGIN", " FOR UPDATE SKIP LOCKED");

#[cfg(test)]
mod tests {
    use super::webhook_event;

    #[test]
    fn the_webhook_a_save_causes() {
        let now = 1_000;
        let visible = Some(("published", Some(900)));
        let scheduled = Some(("published", Some(1_100)));
        assert_eq!(webhook_event(None, false, now), None, "a new draft");
        assert_eq!(webhook_event(Some(("draft", None)), false, now), None);
        assert_eq!(
            webhook_event(None, true, now),
            Some("article.published"),
            "imported as published"
        );
        assert_eq!(
            webhook_event(Some(("in_review", None)), true, now),
            Some("article.published")
        );
        assert_eq!(
            webhook_event(Some(("unpublished", Some(900))), true, now),
            Some("article.published")
        );
        assert_eq!(webhook_event(visible, true, now), Some("article.updated"));
        assert_eq!(
            webhook_event(visible, false, now),
            Some("article.unpublished")
        );
        assert_eq!(
            webhook_event(scheduled, true, now),
            Some("article.published"),
            "a new version of a story not out yet is announced when it goes out"
        );
        assert_eq!(
            webhook_event(scheduled, false, now),
            None,
            "a story withdrawn before it went out was never announced"
        );
    }
}
