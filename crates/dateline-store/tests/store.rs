//! The store's behaviour, run against both real databases: a fresh SQLite file and a fresh
//! PostgreSQL database per test. PostgreSQL comes from `DATELINE_TEST_POSTGRES_URL`
//! (`.ci/services.sh` starts one and sets it).

use std::sync::atomic::{AtomicU32, Ordering};

use dateline_core::article::{ArticleInput, Named, Prepared, Status, GENESIS_HASH};
use dateline_store::{ListQuery, NewRedirect, RedirectTarget, SaveOutcome, Store, StoreError};
use sqlx::Connection;

static COUNTER: AtomicU32 = AtomicU32::new(0);

fn unique_name() -> String {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .subsec_nanos();
    format!(
        "dateline_test_{}_{}_{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed),
        nanos
    )
}

/// A fresh store and a URL for raw access behind its back.
struct TestDb {
    store: Store,
    url: String,
    _dir: Option<tempfile::TempDir>,
}

async fn sqlite() -> TestDb {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("test.db").display());
    let store = Store::open(&url, 4).await.unwrap();
    store.seed_reference_data().await.unwrap();
    TestDb {
        store,
        url,
        _dir: Some(dir),
    }
}

async fn postgres() -> TestDb {
    let base = std::env::var("DATELINE_TEST_POSTGRES_URL").expect(
        "DATELINE_TEST_POSTGRES_URL is not set: run the tests with `bash .ci/run`, or \
         `source .ci/services.sh` first",
    );
    let name = unique_name();
    let mut admin = sqlx::PgConnection::connect(&base).await.unwrap();
    sqlx::query(&format!("CREATE DATABASE {name}"))
        .execute(&mut admin)
        .await
        .unwrap();
    let (prefix, _) = base.rsplit_once('/').unwrap();
    let url = format!("{prefix}/{name}");
    let store = Store::open(&url, 4).await.unwrap();
    store.seed_reference_data().await.unwrap();
    TestDb {
        store,
        url,
        _dir: None,
    }
}

const HOUR: i64 = 3600;
const T0: i64 = 1_660_000_000;

fn input(
    ext: &str,
    edition: &str,
    headline: &str,
    regions: &[&str],
    tags: &[&str],
    at: i64,
) -> Prepared {
    Prepared::new(
        ArticleInput {
            external_id: Some(ext.into()),
            edition: edition.into(),
            slug: String::new(),
            translation_group: None,
            status: Status::Published,
            headline: headline.into(),
            standfirst: format!("Standfirst of {headline}."),
            dateline_place: "Tirana".into(),
            body_markdown: format!("Body of {headline}.[^*]\n\n[^*]: A note."),
            regions: regions.iter().map(|s| s.to_string()).collect(),
            tags: tags.iter().map(|t| Named::from_name(t).unwrap()).collect(),
            authors: vec![Named::from_name("Anna Rossi").unwrap()],
            published_at: Some(at),
            published_tz: "Europe/Rome".into(),
            updated_at: None,
            correction: None,
        }
        .validate()
        .unwrap(),
    )
}

fn query(now: i64) -> ListQuery {
    ListQuery {
        now,
        limit: 50,
        ..Default::default()
    }
}

async fn saves_and_reads_back(db: TestDb) {
    let s = &db.store;
    let saved = s
        .save(
            &input(
                "x1",
                "it",
                "L'Albania rompe con l'Iran",
                &["AL", "IR"],
                &["Diplomazia", "Cyber"],
                T0,
            ),
            None,
        )
        .await
        .unwrap();
    assert_eq!((saved.revision, saved.outcome), (1, SaveOutcome::Created));
    let a = s.article(saved.id).await.unwrap().unwrap();
    assert_eq!(a.summary.slug, "l-albania-rompe-con-l-iran");
    assert_eq!(a.summary.regions, vec!["AL", "IR"]);
    assert_eq!(
        a.tags.iter().map(|t| t.name.as_str()).collect::<Vec<_>>(),
        ["Diplomazia", "Cyber"]
    );
    assert_eq!(a.authors[0].name, "Anna Rossi");
    assert!(a.body_html.contains("class=\"footnotes\""));
    assert_eq!(
        s.article_by_slug("it", &a.summary.slug)
            .await
            .unwrap()
            .unwrap()
            .summary
            .id,
        saved.id
    );
    assert_eq!(
        s.article_by_external_id("x1")
            .await
            .unwrap()
            .unwrap()
            .summary
            .id,
        saved.id
    );
    assert!(s
        .article_by_slug("en", &a.summary.slug)
        .await
        .unwrap()
        .is_none());
    assert_eq!(
        s.tag("it", "diplomazia").await.unwrap().unwrap().name,
        "Diplomazia"
    );
    assert_eq!(s.editions().await.unwrap().len(), 4);
    let names = s.region_names().await.unwrap();
    assert!(names
        .iter()
        .any(|r| r.code == "IR" && r.edition == "it" && r.name == "Iran"));
}

async fn revisions_form_a_hash_chain(db: TestDb) {
    let s = &db.store;
    let first = s
        .save(&input("x1", "it", "Titolo", &["AL"], &[], T0), None)
        .await
        .unwrap();
    let again = s
        .save(&input("x1", "it", "Titolo", &["AL"], &[], T0), None)
        .await
        .unwrap();
    assert_eq!(again.outcome, SaveOutcome::Unchanged);
    assert_eq!(again.revision, 1);
    let changed = s
        .save(&input("x1", "it", "Titolo nuovo", &["AL"], &[], T0), None)
        .await
        .unwrap();
    assert_eq!(
        (changed.id, changed.revision, changed.outcome),
        (first.id, 2, SaveOutcome::Updated)
    );
    // The address survives a new headline.
    assert_eq!(
        s.article(first.id).await.unwrap().unwrap().summary.slug,
        "titolo"
    );
    let revs = s.revisions(first.id).await.unwrap();
    assert_eq!(revs.len(), 2);
    assert_eq!(revs[0].prev_hash, GENESIS_HASH);
    assert_eq!(revs[1].prev_hash, revs[0].hash);
    for r in &revs {
        let expected = dateline_core::article::revision_hash(
            &r.prev_hash,
            r.number,
            r.created_at,
            &r.snapshot,
        );
        assert_eq!(r.hash, expected);
    }
    assert!(revs[1].snapshot.contains("Titolo nuovo"));

    // The database itself refuses to rewrite or remove history.
    let update = "UPDATE revisions SET snapshot = 'x'";
    let delete = "DELETE FROM revisions";
    if db.url.starts_with("sqlite") {
        let mut c = sqlx::SqliteConnection::connect(&db.url).await.unwrap();
        for sql in [update, delete] {
            let err = sqlx::query(sql).execute(&mut c).await.unwrap_err();
            assert!(err.to_string().contains("append-only"), "{err}");
        }
    } else {
        let mut c = sqlx::PgConnection::connect(&db.url).await.unwrap();
        for sql in [update, delete] {
            let err = sqlx::query(sql).execute(&mut c).await.unwrap_err();
            assert!(err.to_string().contains("append-only"), "{err}");
        }
    }
    assert_eq!(s.revisions(first.id).await.unwrap(), revs);
}

async fn stale_saves_are_refused(db: TestDb) {
    let s = &db.store;
    s.save(&input("x1", "it", "Uno", &[], &[], T0), None)
        .await
        .unwrap();
    s.save(&input("x1", "it", "Due", &[], &[], T0), Some(1))
        .await
        .unwrap();
    let err = s
        .save(&input("x1", "it", "Tre", &[], &[], T0), Some(1))
        .await
        .unwrap_err();
    assert!(matches!(err, StoreError::Conflict { current: 2 }), "{err}");
    assert_eq!(
        s.article_by_external_id("x1")
            .await
            .unwrap()
            .unwrap()
            .summary
            .headline,
        "Due"
    );
}

async fn lists_filter_and_page(db: TestDb) {
    let s = &db.store;
    for i in 0..30 {
        let region = if i % 3 == 0 { "CN" } else { "IN" };
        let tag = if i % 2 == 0 { "Economia" } else { "Diritti" };
        s.save(
            &input(
                &format!("it{i}"),
                "it",
                &format!("Storia {i}"),
                &[region],
                &[tag],
                T0 + i * HOUR,
            ),
            None,
        )
        .await
        .unwrap();
    }
    s.save(
        &input("en0", "en", "Story", &["CN"], &["Economy"], T0),
        None,
    )
    .await
    .unwrap();
    let mut draft = input("draft", "it", "Bozza", &["CN"], &[], T0);
    draft.input.status = Status::Draft;
    s.save(&draft, None).await.unwrap();
    s.save(
        &input("future", "it", "Futuro", &["CN"], &[], T0 + 1000 * HOUR),
        None,
    )
    .await
    .unwrap();

    let now = T0 + 100 * HOUR;
    let it = ListQuery {
        edition: Some("it".into()),
        ..query(now)
    };
    assert_eq!(s.count(&it).await.unwrap(), 30);
    let page1 = s
        .list(&ListQuery {
            limit: 10,
            ..it.clone()
        })
        .await
        .unwrap();
    assert_eq!(page1.len(), 10);
    assert_eq!(page1[0].headline, "Storia 29");
    let page3 = s
        .list(&ListQuery {
            limit: 10,
            offset: 20,
            ..it.clone()
        })
        .await
        .unwrap();
    assert_eq!(page3.last().unwrap().headline, "Storia 0");

    let cn = ListQuery {
        region: Some("CN".into()),
        ..it.clone()
    };
    assert_eq!(s.count(&cn).await.unwrap(), 10);
    let tagged = ListQuery {
        tag: Some("economia".into()),
        ..it.clone()
    };
    assert_eq!(s.count(&tagged).await.unwrap(), 15);
    let both = ListQuery {
        tag: Some("economia".into()),
        region: Some("CN".into()),
        ..it.clone()
    };
    assert_eq!(s.count(&both).await.unwrap(), 5);
    let window = ListQuery {
        from: Some(T0 + 10 * HOUR),
        to: Some(T0 + 20 * HOUR),
        ..it.clone()
    };
    assert_eq!(s.count(&window).await.unwrap(), 10);
    // Across editions, the draft and the future story stay hidden.
    assert_eq!(
        s.count(&ListQuery {
            region: Some("CN".into()),
            ..query(now)
        })
        .await
        .unwrap(),
        11
    );
    assert_eq!(s.publication_times("it", now).await.unwrap().len(), 30);
    let busiest = s.busiest_regions("it", now, T0, 5).await.unwrap();
    assert_eq!(
        busiest,
        vec![("IN".to_string(), 20), ("CN".to_string(), 10)]
    );
}

async fn links_and_summaries_for_see_also(db: TestDb) {
    let s = &db.store;
    let mut main = input("main", "it", "Principale", &["IR", "AL"], &["Cyber"], T0);
    main.input.translation_group = Some("g".into());
    let main_id = s.save(&main, None).await.unwrap().id;
    let other = s
        .save(
            &input("other", "it", "Altro", &["JP"], &[], T0 - HOUR),
            None,
        )
        .await
        .unwrap()
        .id;
    let mut draft = input("draft", "it", "Bozza", &["IR"], &[], T0);
    draft.input.status = Status::Draft;
    s.save(&draft, None).await.unwrap();
    let mut tr = input("tr", "en", "Translation", &["IR", "AL"], &[], T0);
    tr.input.translation_group = Some("g".into());
    s.save(&tr, None).await.unwrap();

    let mut links = s.published_links().await.unwrap();
    links.sort_by_key(|l| l.id);
    assert_eq!(links.len(), 3, "drafts have no links");
    let main_links = links.iter().find(|l| l.id == main_id).unwrap();
    assert_eq!(main_links.regions, vec!["IR", "AL"]);
    assert_eq!(main_links.tags.len(), 1);
    assert_eq!(main_links.translation_group.as_deref(), Some("g"));
    let a = s.article(main_id).await.unwrap().unwrap();
    assert_eq!(a.links().as_ref(), Some(main_links));

    let mut found = s.summaries(&[other, main_id, 999_999]).await.unwrap();
    found.sort_by_key(|x| x.id);
    assert_eq!(
        found.iter().map(|x| x.id).collect::<Vec<_>>(),
        vec![main_id, other]
    );
    // Feeds read whole articles, body and authors included, for a list of ids.
    let mut whole = s.articles(&[other, main_id, 999_999]).await.unwrap();
    whole.sort_by_key(|x| x.summary.id);
    assert_eq!(
        whole.iter().map(|x| x.summary.id).collect::<Vec<_>>(),
        vec![main_id, other]
    );
    assert_eq!(whole[0], a);
    assert!(s.articles(&[]).await.unwrap().is_empty());
    let translations = s.translations("g", main_id, T0 + HOUR).await.unwrap();
    assert_eq!(translations.len(), 1);
    assert_eq!(translations[0].edition, "en");
}

async fn a_bad_article_does_not_sink_the_batch(db: TestDb) {
    let s = &db.store;
    let batch = vec![
        input("good1", "it", "Buono", &["IR"], &[], T0),
        input("bad", "it", "Cattivo", &["ZZ"], &[], T0),
        input("good2", "it", "Buono", &["IR"], &[], T0),
    ];
    let results = s.save_batch(&batch).await.unwrap();
    assert!(results[0].is_ok());
    assert!(matches!(&results[1], Err(StoreError::UnknownRegion(c)) if c == "ZZ"));
    assert!(results[2].is_ok());
    // Two different articles with the same headline get different addresses.
    let a = s.article_by_external_id("good1").await.unwrap().unwrap();
    let b = s.article_by_external_id("good2").await.unwrap().unwrap();
    assert_eq!(
        (a.summary.slug.as_str(), b.summary.slug.as_str()),
        ("buono", "buono-2")
    );
    assert!(s.article_by_external_id("bad").await.unwrap().is_none());
    assert_eq!(s.article_count().await.unwrap(), 2);
}

async fn changes_name_old_and_new_pages(db: TestDb) {
    let s = &db.store;
    let before = s.last_change_id().await.unwrap();
    let id = s
        .save(&input("x", "it", "Uno", &["IR"], &["Vecchio"], T0), None)
        .await
        .unwrap()
        .id;
    s.save(&input("x", "it", "Uno", &["AL"], &["Nuovo"], T0), None)
        .await
        .unwrap();
    let changes = s.changes_after(before, 100).await.unwrap();
    assert_eq!(changes.len(), 2);
    assert!(changes
        .iter()
        .all(|c| c.article_id == id && c.edition == "it"));
    assert_eq!(changes[1].regions, vec!["AL", "IR"]);
    assert_eq!(changes[1].tags.len(), 2);
    assert_eq!(s.last_change_id().await.unwrap(), changes[1].id);
    // A scheduled story shows up as a change when its time comes.
    s.save(
        &input("later", "it", "Dopo", &["JP"], &[], T0 + 10 * HOUR),
        None,
    )
    .await
    .unwrap();
    let visible = s
        .became_visible(T0 + 9 * HOUR, T0 + 11 * HOUR)
        .await
        .unwrap();
    assert_eq!(visible.len(), 1);
    assert_eq!(visible[0].regions, vec!["JP"]);
}

async fn verify_finds_history_rewritten_behind_its_back(db: TestDb) {
    use dateline_core::article::ChainProblem;
    let s = &db.store;
    let a = s
        .save(&input("a", "it", "Uno", &["IR"], &[], T0), None)
        .await
        .unwrap()
        .id;
    s.save(&input("a", "it", "Uno bis", &["IR"], &[], T0), None)
        .await
        .unwrap();
    s.save(&input("a", "it", "Uno ter", &["IR"], &[], T0), None)
        .await
        .unwrap();
    let b = s
        .save(&input("b", "it", "Due", &["IR"], &[], T0), None)
        .await
        .unwrap()
        .id;
    s.save(&input("b", "it", "Due bis", &["IR"], &[], T0), None)
        .await
        .unwrap();
    let c = s
        .save(&input("c", "it", "Tre", &["IR"], &[], T0), None)
        .await
        .unwrap()
        .id;
    let clean = s.verify_history(|_| {}).await.unwrap();
    assert_eq!((clean.articles, clean.revisions), (3, 6));
    assert!(clean.problems.is_empty(), "{:?}", clean.problems);

    // Someone with the database in hand switches the guards off and edits history.
    let tamper = [
        format!("UPDATE revisions SET snapshot = replace(snapshot, 'Uno bis', 'Falso') WHERE article_id = {a} AND number = 2"),
        format!("DELETE FROM revisions WHERE article_id = {b} AND number = 2"),
        format!("UPDATE articles SET headline = 'Riscritto' WHERE id = {c}"),
    ];
    if db.url.starts_with("sqlite") {
        let mut conn = sqlx::SqliteConnection::connect(&db.url).await.unwrap();
        sqlx::query("DROP TRIGGER revisions_no_update")
            .execute(&mut conn)
            .await
            .unwrap();
        sqlx::query("DROP TRIGGER revisions_no_delete")
            .execute(&mut conn)
            .await
            .unwrap();
        for sql in &tamper {
            sqlx::query(sql).execute(&mut conn).await.unwrap();
        }
    } else {
        let mut conn = sqlx::PgConnection::connect(&db.url).await.unwrap();
        sqlx::query("ALTER TABLE revisions DISABLE TRIGGER revisions_no_change")
            .execute(&mut conn)
            .await
            .unwrap();
        for sql in &tamper {
            sqlx::query(sql).execute(&mut conn).await.unwrap();
        }
    }
    let mut seen = 0;
    let report = s.verify_history(|n| seen = n).await.unwrap();
    assert_eq!(seen, 3);
    let mut problems = report.problems.clone();
    problems.sort_by_key(|(id, _)| *id);
    assert_eq!(
        problems,
        vec![
            (a, ChainProblem::Altered { number: 2 }),
            (
                b,
                ChainProblem::Truncated {
                    last: 1,
                    current: 2
                }
            ),
            (b, ChainProblem::StateDiffers),
            (c, ChainProblem::StateDiffers),
        ]
    );
}

async fn accounts_sessions_and_an_append_only_audit_log(db: TestDb) {
    use dateline_core::newsroom::Role;
    use dateline_store::{AuditQuery, NewAuditEntry, NewUser, Session};
    let s = &db.store;
    let new = NewUser {
        email: "anna@example.org".into(),
        name: "Anna Rossi".into(),
        role: Role::Contributor,
        editions: vec!["it".into()],
        password_hash: "$argon2id$placeholder".into(),
        must_change_password: true,
    };
    let id = s.create_user(&new).await.unwrap();
    let err = s.create_user(&new).await.unwrap_err();
    assert!(matches!(err, StoreError::UserExists(_)), "{err}");
    let u = s.user_by_email("anna@example.org").await.unwrap().unwrap();
    assert_eq!(
        (u.id, u.role, u.must_change_password),
        (id, Role::Contributor, true)
    );
    assert!(u.works_in("it") && !u.works_in("en"));
    s.set_role(id, Role::Editor, &[]).await.unwrap();
    s.set_password(id, "$argon2id$new", false).await.unwrap();
    let u = s.user(id).await.unwrap().unwrap();
    assert_eq!(
        (u.role, u.password_hash.as_str(), u.must_change_password),
        (Role::Editor, "$argon2id$new", false)
    );
    assert!(u.works_in("zh"));

    s.set_totp_secret(id, Some("JBSWY3DPEHPK3PXP"))
        .await
        .unwrap();
    assert!(s.use_totp_step(id, 100).await.unwrap());
    assert!(!s.use_totp_step(id, 100).await.unwrap(), "a replayed code");
    assert!(!s.use_totp_step(id, 99).await.unwrap(), "an older code");
    assert!(s.use_totp_step(id, 101).await.unwrap());

    let session = |hash: &str| Session {
        token_hash: hash.into(),
        user_id: id,
        created_at: T0,
        last_seen: T0,
        expires_at: T0 + HOUR,
        verified: false,
        csrf_token: "csrf".into(),
        ip: "127.0.0.1".into(),
        user_agent: "test".into(),
    };
    s.create_session(&session("h1")).await.unwrap();
    s.create_session(&session("h2")).await.unwrap();
    let (found, user) = s.session("h1", T0 + 1).await.unwrap().unwrap();
    assert_eq!((found.verified, user.id), (false, id));
    s.touch_session("h1", T0 + 2, true).await.unwrap();
    assert!(s.session("h1", T0 + 3).await.unwrap().unwrap().0.verified);
    assert!(
        s.session("h1", T0 + HOUR).await.unwrap().is_none(),
        "expired"
    );
    assert!(s.session("nope", T0).await.unwrap().is_none());
    s.delete_session("h1").await.unwrap();
    assert!(s.session("h1", T0).await.unwrap().is_none());
    s.create_session(&session("h3")).await.unwrap();
    assert_eq!(s.delete_user_sessions(id).await.unwrap(), 2);

    for (i, action) in ["sign_in_failed", "sign_in", "publish"].iter().enumerate() {
        s.audit(&NewAuditEntry {
            at: T0 + i as i64,
            user_id: Some(id),
            actor: "anna@example.org".into(),
            action: action.to_string(),
            subject: "article 1".into(),
            ip: "127.0.0.1".into(),
            detail: String::new(),
        })
        .await
        .unwrap();
    }
    let all = s
        .audit_log(&AuditQuery {
            limit: 10,
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(
        all.iter().map(|e| e.action.as_str()).collect::<Vec<_>>(),
        ["publish", "sign_in", "sign_in_failed"]
    );
    let signins = s
        .audit_log(&AuditQuery {
            action: Some("sign_in".into()),
            limit: 10,
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(signins.len(), 1);
    let since = s
        .audit_log(&AuditQuery {
            since: Some(T0 + 1),
            limit: 10,
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(since.len(), 2);
    // The database refuses to rewrite the log.
    for sql in ["UPDATE audit_log SET actor = 'x'", "DELETE FROM audit_log"] {
        let err = if db.url.starts_with("sqlite") {
            let mut c = sqlx::SqliteConnection::connect(&db.url).await.unwrap();
            sqlx::query(sql).execute(&mut c).await.unwrap_err()
        } else {
            let mut c = sqlx::PgConnection::connect(&db.url).await.unwrap();
            sqlx::query(sql).execute(&mut c).await.unwrap_err()
        };
        assert!(err.to_string().contains("append-only"), "{err}");
    }
}

async fn the_outbox_is_shared_between_nodes_without_double_sends(db: TestDb) {
    use dateline_core::newsletter::{Frequency, Preferences};
    use dateline_store::{MailBody, NewMail, NewRun, NewSubscriber, Subscribed};
    let a = &db.store;
    // A second node: its own pool on the same database.
    let b = Store::open(&db.url, 4).await.unwrap();
    let now = 1_800_000_000;
    for i in 0..40 {
        let mail = NewMail {
            kind: "friend".into(),
            subscriber_id: None,
            payload: Some(vec![i as u8; 8]),
        };
        a.queue_mail(&mail, now).await.unwrap();
    }
    let (first, second) = tokio::join!(
        a.claim_mail(now, now + 60, 25),
        b.claim_mail(now, now + 60, 25)
    );
    let (first, second) = (first.unwrap(), second.unwrap());
    let mut ids: Vec<i64> = first.iter().chain(&second).map(|m| m.id).collect();
    assert_eq!(ids.len(), 40, "{} + {}", first.len(), second.len());
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 40, "a mail was claimed by both nodes");
    // Claimed mail is nobody else's until its lease lapses; then anyone may take it.
    assert!(a
        .claim_mail(now + 1, now + 61, 100)
        .await
        .unwrap()
        .is_empty());
    let again = b.claim_mail(now + 61, now + 120, 100).await.unwrap();
    assert_eq!(again.len(), 40);

    a.mail_sent(&[again[0].id], now + 62).await.unwrap();
    a.mail_failed(again[1].id, "550 5.1.1 <someone@example.org> unknown")
        .await
        .unwrap();
    a.mail_retry(again[2].id, now + 500, "451 busy", true)
        .await
        .unwrap();
    let counts = a.outbox_counts().await.unwrap();
    assert_eq!((counts.sent, counts.failed, counts.queued), (1, 1, 38));
    // Sent and failed mails keep no content.
    assert_eq!(a.sealed_payloads().await.unwrap().len(), 38);
    // The retried mail waits for its time.
    let due = a.claim_mail(now + 200, now + 300, 100).await.unwrap();
    assert!(due.iter().all(|m| m.id != again[2].id));
    assert_eq!(due.len(), 37);

    // Subscribers: one per blind index.
    let new = NewSubscriber {
        email_index: "index-1".into(),
        email_sealed: vec![1; 40],
        name_sealed: None,
        key_id: "k1".into(),
        language: "en".into(),
        preferences: Preferences {
            editions: vec!["en".into()],
            regions: vec!["IR".into()],
            tags: vec![],
            frequency: Frequency::Daily,
        },
    };
    let confirm = NewMail {
        kind: "confirm".into(),
        subscriber_id: None,
        payload: Some(vec![9; 8]),
    };
    let Subscribed::Created(id) = a.subscribe(&new, &confirm, now).await.unwrap() else {
        panic!("a new address was not created");
    };
    let Subscribed::Exists(existing) = b.subscribe(&new, &confirm, now).await.unwrap() else {
        panic!("the same address was subscribed twice");
    };
    assert_eq!(existing.id, id);
    assert_eq!(a.subscriber_mails(id).await.unwrap().len(), 1);
    assert!(a.confirm_subscriber(id, now).await.unwrap());
    assert!(
        !a.confirm_subscriber(id, now).await.unwrap(),
        "confirmed twice"
    );

    // Two nodes prepare the same digest run; one queues it.
    let run = NewRun {
        edition: "en".into(),
        frequency: Frequency::Daily,
        since: now - 86_400,
        until: now,
        expected_last_until: None,
        stories: vec![1],
        bodies: vec![MailBody {
            subject: "Digest".into(),
            text: "t".into(),
            html: None,
        }],
        mails: vec![(id, 0)],
    };
    let (one, other) = tokio::join!(a.queue_run(&run, now), b.queue_run(&run, now));
    let (one, other) = (one.unwrap(), other.unwrap());
    assert!(one.is_some() != other.is_some(), "{one:?} {other:?}");
    assert_eq!(
        a.schedule_position("en", Frequency::Daily).await.unwrap(),
        Some(now)
    );
    let next = NewRun {
        expected_last_until: Some(now - 1),
        ..run.clone()
    };
    assert_eq!(
        a.queue_run(&next, now).await.unwrap(),
        None,
        "a run prepared from a stale position"
    );
    let kinds: Vec<String> = a
        .subscriber_mails(id)
        .await
        .unwrap()
        .into_iter()
        .map(|m| m.kind)
        .collect();
    assert_eq!(kinds, ["confirm", "digest"]);

    // Erasing a subscriber takes their mail with them.
    assert!(a.delete_subscriber(id).await.unwrap());
    assert!(a.subscriber_mails(id).await.unwrap().is_empty());
    assert!(a.subscriber(id).await.unwrap().is_none());
    b.close().await;
}

async fn old_addresses_lead_to_articles_or_paths(db: TestDb) {
    let s = &db.store;
    let saved = s
        .save_batch(&[input("wp1", "en", "Moved", &["IR"], &[], T0)])
        .await
        .unwrap();
    let id = saved[0].as_ref().unwrap().id;
    let to_article = |path: &str| NewRedirect {
        path: path.into(),
        target: RedirectTarget::Article(id),
        source: "wordpress".into(),
    };
    s.put_redirects(&[to_article("/2022/08/09/moved"), to_article("/?p=1")])
        .await
        .unwrap();
    assert_eq!(
        s.redirect("/?p=1").await.unwrap(),
        Some(RedirectTarget::Article(id))
    );
    assert_eq!(s.redirect("/?p=2").await.unwrap(), None);
    // Recording an address again replaces where it leads.
    s.put_redirects(&[NewRedirect {
        path: "/?p=1".into(),
        target: RedirectTarget::Path("/en/".into()),
        source: "manual".into(),
    }])
    .await
    .unwrap();
    assert_eq!(
        s.redirect("/?p=1").await.unwrap(),
        Some(RedirectTarget::Path("/en/".into()))
    );
    assert_eq!(
        s.redirect("/2022/08/09/moved").await.unwrap(),
        Some(RedirectTarget::Article(id))
    );
    // An article that does not exist cannot be a target.
    assert!(s
        .put_redirects(&[NewRedirect {
            path: "/nowhere".into(),
            target: RedirectTarget::Article(id + 1000),
            source: "wordpress".into(),
        }])
        .await
        .is_err());
}

macro_rules! on_both {
    ($($name:ident),* $(,)?) => {
        mod on_sqlite {
            $(#[tokio::test] async fn $name() { super::$name(super::sqlite().await).await })*
        }
        mod on_postgres {
            $(#[tokio::test] async fn $name() { super::$name(super::postgres().await).await })*
        }
    };
}

on_both!(
    saves_and_reads_back,
    revisions_form_a_hash_chain,
    stale_saves_are_refused,
    lists_filter_and_page,
    links_and_summaries_for_see_also,
    a_bad_article_does_not_sink_the_batch,
    changes_name_old_and_new_pages,
    verify_finds_history_rewritten_behind_its_back,
    accounts_sessions_and_an_append_only_audit_log,
    the_outbox_is_shared_between_nodes_without_double_sends,
    old_addresses_lead_to_articles_or_paths,
);

#[tokio::test]
async fn an_unknown_database_url_is_refused() {
    let err = Store::open("mysql://x", 1).await.unwrap_err();
    assert!(err.to_string().contains("sqlite://"), "{err}");
}

/// Imports run beside a live server, and SQLite may refuse a transaction as busy without
/// waiting (a store opened here waits for no lock at all, so a lock held elsewhere refuses it
/// every time). The batch is tried again, with growing pauses: held longer than all of them,
/// the lock is reported as busy and nothing is saved; released within them, the batch is
/// saved, once.
#[tokio::test]
async fn a_batch_refused_as_busy_is_tried_again() {
    use std::time::{Duration, Instant};
    let db = sqlite().await;
    let impatient = Store::open_with_busy_timeout(&db.url, 2, Duration::ZERO)
        .await
        .unwrap();
    let batch = vec![
        input("busy1", "en", "First", &["AL"], &[], T0),
        input("busy2", "en", "Second", &["AL"], &[], T0),
    ];
    let mut other = sqlx::SqliteConnection::connect(&db.url).await.unwrap();

    sqlx::query("BEGIN IMMEDIATE")
        .execute(&mut other)
        .await
        .unwrap();
    let started = Instant::now();
    let err = impatient.save_batch(&batch).await.unwrap_err();
    assert!(err.is_sqlite_busy(), "{err}");
    // Every pause was taken: 50 ms doubling, BUSY_RETRIES times.
    let pauses: u64 = (0..dateline_store::BUSY_RETRIES).map(|i| 50 << i).sum();
    assert!(
        started.elapsed() >= Duration::from_millis(pauses),
        "{:?}",
        started.elapsed()
    );
    sqlx::query("COMMIT").execute(&mut other).await.unwrap();
    assert_eq!(db.store.article_count().await.unwrap(), 0);

    sqlx::query("BEGIN IMMEDIATE")
        .execute(&mut other)
        .await
        .unwrap();
    let release = tokio::spawn(async move {
        tokio::time::sleep(Duration::from_millis(300)).await;
        sqlx::query("COMMIT").execute(&mut other).await.unwrap();
    });
    let results = impatient.save_batch(&batch).await.unwrap();
    release.await.unwrap();
    assert!(results.iter().all(Result::is_ok), "{results:?}");
    assert_eq!(db.store.article_count().await.unwrap(), 2);

    // Errors that are not about locks are not taken for busy ones.
    let bad = StoreError::from(
        sqlx::query("SELEC 1")
            .execute(&mut sqlx::SqliteConnection::connect(&db.url).await.unwrap())
            .await
            .unwrap_err(),
    );
    assert!(!bad.is_sqlite_busy(), "{bad}");
}
