//! Readers' mail end to end: the site writes to its outbox, the worker sends over SMTP to a
//! real server on loopback (`.ci/smtp_sink.py`), and the tests read what arrived.

use std::collections::BTreeMap;
use std::time::Duration;

use dateline_core::newsletter::{Frequency, Preferences};
use dateline_mail::compose::{EMAIL_CONTEXT, NAME_CONTEXT};
use dateline_mail::WorkerSettings;
use dateline_store::NewSubscriber;

use crate::admin::{member, Browser};
use crate::helpers::{between, line, path_of, spawn_app_with, Backend, TestApp};
use crate::smtp::{Mail, SmtpSink};

const WAIT: Duration = Duration::from_secs(20);

/// Monday 23 November 2026, 08:00 UTC: the daily digests of 07:00 (London, Rome, Madrid and
/// Shanghai's 07:00 all fall before it) and the weekly ones are due.
const MONDAY: &str = "2026-11-23T08:00:00Z";

fn at(text: &str) -> i64 {
    text.parse::<jiff::Timestamp>().unwrap().as_second()
}

fn fast_worker(sink: &SmtpSink) -> WorkerSettings {
    WorkerSettings {
        smtp_url: sink.url(),
        rate_per_second: 500,
        connections: 1,
        lease: Duration::from_secs(2),
        retry_base: Duration::from_secs(1),
        retry_max: Duration::from_secs(1),
        poll: Duration::from_millis(50),
        ..WorkerSettings::default()
    }
}

async fn mail_app(backend: Backend, sink: &SmtpSink) -> TestApp {
    let worker = fast_worker(sink);
    spawn_app_with(backend, move |s| {
        s.mail.schedule = false;
        s.mail.worker = Some(worker);
    })
    .await
}

/// The first address in `text` that starts with `http` and contains `needle`.
fn link(text: &str, needle: &str) -> String {
    text.split_whitespace()
        .find(|w| w.starts_with("http") && w.contains(needle))
        .unwrap_or_else(|| panic!("no {needle} link in:\n{text}"))
        .to_string()
}

fn mails_to<'a>(mails: &'a [Mail], to: &str) -> Vec<&'a Mail> {
    mails.iter().filter(|m| m.to() == to).collect()
}

async fn confirmed(app: &TestApp, email: &str, prefs: Preferences) {
    let ring = &app.state.settings.keyring;
    let language = prefs.editions[0].clone();
    let subscriber = NewSubscriber {
        email_index: ring.blind_index(email),
        email_sealed: ring.seal(email.as_bytes(), EMAIL_CONTEXT),
        name_sealed: Some(ring.seal(b"A Reader", NAME_CONTEXT)),
        key_id: ring.current_id().to_string(),
        language,
        preferences: prefs,
    };
    app.store
        .add_confirmed_subscribers(&[subscriber], 0)
        .await
        .unwrap();
}

fn prefs(editions: &[&str], regions: &[&str], tags: &[&str], frequency: Frequency) -> Preferences {
    let v = |items: &[&str]| items.iter().map(|s| s.to_string()).collect();
    Preferences {
        editions: v(editions),
        regions: v(regions),
        tags: v(tags),
        frequency,
    }
}

fn text(m: &Mail) -> &str {
    m.text.as_deref().unwrap_or("")
}

fn html(m: &Mail) -> &str {
    m.html.as_deref().unwrap_or("")
}

/// Subscribes through the form a reader sees.
async fn subscribe(reader: &Browser, edition: &str, form: &[(&str, &str)]) -> reqwest::Response {
    let page = format!("/{edition}/newsletter");
    let csrf = reader.csrf(&page).await;
    let mut fields = vec![("csrf", csrf.as_str())];
    fields.extend_from_slice(form);
    reader.post(&page, &fields).await
}

#[tokio::test]
async fn subscribing_takes_a_confirmation_and_one_click_unsubscribes() {
    let sink = SmtpSink::start();
    let app = mail_app(Backend::Sqlite, &sink).await;
    app.import(&[line(
        "before",
        "en",
        "Story from before the confirmation",
        r#""published_at":"2026-11-22T10:00:00Z""#,
    )])
    .await;

    let reader = Browser::new(&app);
    let r = subscribe(
        &reader,
        "en",
        &[
            ("email", " Ana@Example.org "),
            ("name", "Ana Reader"),
            ("editions", "en"),
            ("frequency", "daily"),
        ],
    )
    .await;
    assert_eq!(r.status(), 200);
    assert!(r.text().await.unwrap().contains("Check your inbox"));

    let mails = sink.wait_for(1, WAIT).await;
    let confirm = &mails[0];
    assert_eq!(confirm.to(), "ana@example.org");
    assert!(
        confirm.subject.contains("Confirm your subscription"),
        "{}",
        confirm.subject
    );
    assert!(confirm.header("to").unwrap().contains("Ana Reader"));
    assert!(html(confirm).contains("/en/newsletter/confirm/"));
    assert!(confirm
        .header("list-unsubscribe")
        .unwrap()
        .contains("/en/newsletter/unsubscribe/"));
    assert_eq!(
        confirm.header("list-unsubscribe-post"),
        Some("List-Unsubscribe=One-Click")
    );

    // Nothing but the confirmation goes to an address not yet confirmed.
    let runs = app.state.queue_due(at(MONDAY)).await.unwrap();
    assert!(runs.iter().all(|r| r.recipients == 0), "{runs:?}");

    // Opening the link shows a button (mail scanners that follow links confirm nothing).
    let confirm_path = path_of(&link(text(confirm), "/newsletter/confirm/"));
    let page = reader.get(&confirm_path).await.text().await.unwrap();
    assert!(page.contains("Confirm your subscription"));
    assert_eq!(
        app.store.subscriber_counts().await.unwrap()[0].status,
        "pending"
    );
    let csrf = between(&page, "name=\"csrf\" value=\"", "\"").to_string();
    let r = reader.post(&confirm_path, &[("csrf", &csrf)]).await;
    assert_eq!(r.status(), 303);
    let prefs_page = r.headers()["location"].to_str().unwrap().to_string();
    assert!(
        prefs_page.contains("/en/newsletter/preferences/"),
        "{prefs_page}"
    );
    let page = reader.get(&prefs_page).await.text().await.unwrap();
    assert!(page.contains("Subscription confirmed."));
    assert!(page.contains("a***@example.org"));

    // The next day's digest reaches her.
    app.import(&[line(
        "after",
        "en",
        "Story after the confirmation",
        r#""published_at":"2026-11-23T10:00:00Z""#,
    )])
    .await;
    let runs = app
        .state
        .queue_due(at("2026-11-24T08:00:00Z"))
        .await
        .unwrap();
    assert_eq!(
        runs.iter().map(|r| r.recipients).sum::<usize>(),
        1,
        "{runs:?}"
    );
    let mails = sink.wait_for(2, WAIT).await;
    let digest = &mails[1];
    assert_eq!(digest.to(), "ana@example.org");
    assert!(
        digest.subject.contains("The day's news"),
        "{}",
        digest.subject
    );
    assert!(text(digest).contains("Story after the confirmation"));
    assert!(!text(digest).contains("Story from before"));
    assert!(html(digest).contains("Story after the confirmation"));
    // Personal links were filled in; no placeholder is left.
    assert!(!text(digest).contains("%%") && !html(digest).contains("%%"));

    // A mail program's one-click unsubscribe: a POST with no cookie and no form token.
    let unsubscribe = digest.header("list-unsubscribe").unwrap();
    let url = unsubscribe.trim_matches(['<', '>']);
    let r = app
        .client
        .post(format!("{}{}", app.address, path_of(url)))
        .header("content-type", "application/x-www-form-urlencoded")
        .body("List-Unsubscribe=One-Click")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    assert!(r.text().await.unwrap().contains("unsubscribed"));
    assert!(app.store.subscriber_counts().await.unwrap().is_empty());

    app.import(&[line(
        "later",
        "en",
        "Story after unsubscribing",
        r#""published_at":"2026-11-24T10:00:00Z""#,
    )])
    .await;
    let runs = app
        .state
        .queue_due(at("2026-11-25T08:00:00Z"))
        .await
        .unwrap();
    assert_eq!(runs.iter().map(|r| r.recipients).sum::<usize>(), 0);
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(sink.messages().len(), 2);
    // The unsubscribe link is dead once used.
    let r = app
        .client
        .get(format!("{}{}", app.address, path_of(url)))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 404);
}

#[tokio::test]
async fn digests_follow_each_readers_preferences() {
    let sink = SmtpSink::start();
    let app = mail_app(Backend::Postgres, &sink).await;
    let sunday = r#""published_at":"2026-11-22T10:00:00Z""#;
    app.import(&[
        line(
            "al",
            "en",
            "Albania story",
            &format!(r#"{sunday},"regions":["AL"],"tags":["Diplomacy"]"#),
        ),
        line(
            "ir",
            "en",
            "Iran story",
            &format!(r#"{sunday},"regions":["IR"],"tags":["Elections"]"#),
        ),
        line(
            "cn",
            "en",
            "China story",
            &format!(r#"{sunday},"regions":["CN"],"tags":["Economy"]"#),
        ),
        line(
            "it",
            "it",
            "Storia albanese",
            &format!(r#"{sunday},"regions":["AL"],"tags":["Diplomazia"]"#),
        ),
        // Published after the slot: tomorrow's.
        line(
            "late",
            "en",
            "Late story",
            r#""published_at":"2026-11-23T07:30:00Z""#,
        ),
    ])
    .await;
    for (email, wants) in [
        (
            "all@example.org",
            prefs(&["en"], &[], &[], Frequency::Daily),
        ),
        (
            "iran@example.org",
            prefs(&["en"], &["IR"], &[], Frequency::Daily),
        ),
        (
            "economy@example.org",
            prefs(&["en"], &[], &["en/economy"], Frequency::Daily),
        ),
        (
            "italiano@example.org",
            prefs(&["it"], &[], &[], Frequency::Daily),
        ),
        (
            "weekly@example.org",
            prefs(&["en"], &[], &[], Frequency::Weekly),
        ),
        (
            "nothing@example.org",
            prefs(&["en"], &["KP"], &[], Frequency::Daily),
        ),
        (
            "alerts@example.org",
            prefs(&["en"], &[], &[], Frequency::Each),
        ),
    ] {
        confirmed(&app, email, wants).await;
    }

    let runs = app.state.queue_due(at(MONDAY)).await.unwrap();
    let queued: usize = runs.iter().map(|r| r.recipients).sum();
    assert_eq!(queued, 5, "{runs:?}");
    // Queued once: asking again at the same time (another node, a restart) adds nothing.
    assert!(app.state.queue_due(at(MONDAY)).await.unwrap().is_empty());

    let mails = sink.wait_for(5, WAIT).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    let mails = {
        let again = sink.messages();
        assert_eq!(again.len(), mails.len(), "more mail than queued");
        again
    };
    let of = |to: &str| -> &Mail {
        let got = mails_to(&mails, to);
        assert_eq!(got.len(), 1, "{to} got {} mails", got.len());
        got[0]
    };
    let all = of("all@example.org");
    for h in ["Albania story", "Iran story", "China story"] {
        assert!(
            text(all).contains(h) && html(all).contains(h),
            "{h} missing for all@"
        );
    }
    assert!(!text(all).contains("Late story"));
    assert!(!text(all).contains("Storia albanese"));
    let iran = of("iran@example.org");
    assert!(text(iran).contains("Iran story"));
    assert!(!text(iran).contains("Albania story") && !text(iran).contains("China story"));
    assert!(
        text(iran).contains("IRAN"),
        "the regions line is in the digest"
    );
    let economy = of("economy@example.org");
    assert!(text(economy).contains("China story") && !text(economy).contains("Iran story"));
    let it = of("italiano@example.org");
    assert!(
        it.subject.contains("Le notizie del giorno"),
        "{}",
        it.subject
    );
    assert!(text(it).contains("Storia albanese") && text(it).contains("22/11/2026, 11.00"));
    assert!(text(it).contains("Annulla l'iscrizione"));
    let weekly = of("weekly@example.org");
    assert!(
        weekly.subject.contains("The week's news"),
        "{}",
        weekly.subject
    );
    assert!(text(weekly).contains("Albania story") && text(weekly).contains("China story"));
    // A reader whose preferences match nothing gets nothing; story alerts start from their
    // first run, not from the site's past.
    assert!(mails_to(&mails, "nothing@example.org").is_empty());
    assert!(mails_to(&mails, "alerts@example.org").is_empty());
    for m in &mails {
        assert!(m.header("list-unsubscribe").is_some(), "{}", m.to());
        assert!(m.text.is_some() && m.html.is_some(), "{}", m.to());
    }

    // Story alerts: a story published now goes out on its own, headline as subject.
    let now = jiff::Timestamp::now().as_second();
    let published = jiff::Timestamp::from_second(now - 5).unwrap().to_string();
    let mut runs = app.state.queue_due(now - 60).await.unwrap();
    app.import(&[line(
        "fresh",
        "en",
        "Breaking story",
        &format!(r#""published_at":"{published}""#),
    )])
    .await;
    let alerts = app.state.queue_due(now + 60).await.unwrap();
    assert!(
        alerts
            .iter()
            .any(|r| r.frequency == Frequency::Each && r.recipients == 1),
        "{alerts:?}"
    );
    runs.extend(alerts);
    // Today's digests went out too, with the story published after Monday's slot.
    let digests: usize = runs
        .iter()
        .filter(|r| r.frequency != Frequency::Each)
        .map(|r| r.recipients)
        .sum();
    let mails = sink.wait_for(5 + 1 + digests, WAIT).await;
    assert!(text(mails_to(&mails, "all@example.org").last().unwrap()).contains("Late story"));
    let alert = mails_to(&mails, "alerts@example.org");
    assert_eq!(alert.len(), 1);
    assert_eq!(alert[0].subject, "Breaking story");
}

#[tokio::test]
async fn send_to_a_friend_mails_the_story_and_refuses_abuse() {
    let sink = SmtpSink::start();
    let app = mail_app(Backend::Sqlite, &sink).await;
    app.import(&[
        line("story", "en", "Albania cuts ties with Iran", ""),
        line("draft", "en", "Not yet public", r#""status":"draft""#),
    ])
    .await;
    let article = app.html(&app.url_of("story").await).await;
    let send = between(&article, "class=\"send-link\" href=\"", "\"").to_string();
    assert!(send.starts_with("/en/send/"), "{send}");
    assert_eq!(article.matches("class=\"send-link\"").count(), 2);
    assert!(article.contains("class=\"newsletter-box\""));

    let reader = Browser::new(&app);
    let post = |fields: Vec<(&'static str, String)>| {
        let reader = &reader;
        let send = send.clone();
        async move {
            let csrf = reader.csrf(&send).await;
            let mut form: Vec<(&str, &str)> = vec![("csrf", &csrf)];
            form.extend(fields.iter().map(|(k, v)| (*k, v.as_str())));
            let r = reader.post(&send, &form).await;
            let status = r.status().as_u16();
            (status, r.text().await.unwrap())
        }
    };
    let good = |email: &str, message: &str| {
        vec![
            ("name", "Marta".to_string()),
            ("email", email.to_string()),
            ("message", message.to_string()),
        ]
    };

    let (status, page) = post(good("friend@example.org", "Read this <b>now</b>\nMarta")).await;
    assert_eq!(status, 200, "{page}");
    assert!(page.contains("Sent.") && page.contains("f***@example.org"));
    let mails = sink.wait_for(1, WAIT).await;
    let m = &mails[0];
    assert_eq!(m.to(), "friend@example.org");
    assert_eq!(m.subject, "Marta: Albania cuts ties with Iran");
    assert!(text(m).contains("Standfirst: Albania cuts ties with Iran."));
    assert!(text(m).contains("http://127.0.0.1:8080/en/2022/08/09/albania-cuts-ties-with-iran"));
    // The sender's words arrive as text: in the HTML part they are escaped, never markup.
    assert!(text(m).contains("Read this <b>now</b>"));
    assert!(html(m).contains("Read this &lt;b&gt;now&lt;/b&gt;") && !html(m).contains("<b>now"));
    // The friend can refuse any more stories from this site's readers, in one click.
    let block = m
        .header("list-unsubscribe")
        .unwrap()
        .trim_matches(['<', '>'])
        .to_string();
    assert!(block.contains("/en/newsletter/block/"), "{block}");
    assert!(text(m).contains(&block));

    let refused = [
        (
            vec![("website", "http://spam.example".to_string())],
            422,
            "field filled in",
        ),
        (
            good("a@example.org, b@example.org", ""),
            422,
            "enter one address",
        ),
        (good("not-an-address", ""), 422, "enter one address"),
        (
            good("friend@example.org", &"x".repeat(501)),
            422,
            "500 characters at most",
        ),
        (
            good("friend@example.org", "see https://spam.example"),
            422,
            "may not contain links",
        ),
        (
            vec![
                ("name", String::new()),
                ("email", "friend@example.org".into()),
            ],
            422,
            "Enter your name",
        ),
    ];
    for (fields, want_status, want) in refused {
        let mut fields = fields;
        if !fields.iter().any(|(k, _)| *k == "email") {
            fields.extend(good("friend@example.org", ""));
        }
        let (status, page) = post(fields.clone()).await;
        assert_eq!(status, want_status, "{fields:?}");
        assert!(
            page.contains(want),
            "{want:?} not in the answer to {fields:?}"
        );
        // What the reader typed is kept.
        assert!(
            page.contains("value=\"Marta\"")
                || fields.iter().any(|(k, v)| *k == "name" && v.is_empty())
        );
    }

    // A form posted by another site, or without its token, is refused.
    let r = app
        .client
        .post(format!("{}{send}", app.address))
        .header("sec-fetch-site", "cross-site")
        .form(&[("name", "X"), ("email", "friend@example.org")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);
    let r = app
        .client
        .post(format!("{}{send}", app.address))
        .form(&[("name", "X"), ("email", "friend@example.org")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);
    assert!(r.text().await.unwrap().contains("This form has expired"));

    // Three stories a day to one address, five sends per connection.
    assert_eq!(post(good("friend@example.org", "")).await.0, 200);
    assert_eq!(post(good("friend@example.org", "")).await.0, 200);
    let (status, page) = post(good("friend@example.org", "")).await;
    assert_eq!(status, 429);
    assert!(
        page.contains("This address has had enough mail from us"),
        "{page}"
    );
    assert_eq!(post(good("other@example.org", "")).await.0, 200);
    let (status, page) = post(good("third@example.org", "")).await;
    assert_eq!(status, 429);
    assert!(
        page.contains("Too many sends from your connection: try again in"),
        "{page}"
    );

    let r = app
        .client
        .post(format!("{}{}", app.address, path_of(&block)))
        .header("content-type", "application/x-www-form-urlencoded")
        .body("List-Unsubscribe=One-Click")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let reader = Browser::new(&app);
    let csrf = reader.csrf(&send).await;
    let r = reader
        .post(
            &send,
            &[
                ("csrf", &csrf),
                ("name", "Marta"),
                ("email", "Friend@Example.org"),
            ],
        )
        .await;
    assert_eq!(r.status(), 422);
    assert!(r
        .text()
        .await
        .unwrap()
        .contains("asked not to be sent stories"));
    // A forged or damaged block link does nothing.
    let mut forged = block.clone();
    let last = forged.pop().unwrap();
    forged.push(if last == 'A' { 'B' } else { 'A' });
    assert_eq!(app.get(&path_of(&forged)).await.status(), 404);

    let draft = app
        .store
        .article_by_external_id("draft")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        app.get(&format!("/en/send/{}", draft.summary.id))
            .await
            .status(),
        404
    );
    assert_eq!(app.get("/en/send/999999").await.status(), 404);

    let mails = sink.wait_for(4, WAIT).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(
        sink.messages().len(),
        4,
        "{:?}",
        mails.iter().map(Mail::to).collect::<Vec<_>>()
    );
    // Once sent, the mail's sealed content is gone from the outbox.
    assert!(app.store.sealed_payloads().await.unwrap().is_empty());
}

#[tokio::test]
async fn readers_change_export_and_erase_their_data_by_their_link() {
    let sink = SmtpSink::start();
    let app = mail_app(Backend::Sqlite, &sink).await;
    let reader = Browser::new(&app);

    // Mistakes are named and what was typed is kept.
    let r = subscribe(
        &reader,
        "es",
        &[("email", "ana@example.org"), ("frequency", "daily")],
    )
    .await;
    assert_eq!(r.status(), 422);
    let page = r.text().await.unwrap();
    assert!(page.contains("Elige al menos una edición."), "{page}");
    assert!(page.contains("value=\"ana@example.org\""));
    let r = subscribe(
        &reader,
        "es",
        &[
            ("email", "ana@example"),
            ("editions", "es"),
            ("frequency", "daily"),
        ],
    )
    .await;
    assert_eq!(r.status(), 422);
    assert!(r.text().await.unwrap().contains("no es válida"));
    let r = subscribe(
        &reader,
        "es",
        &[
            ("email", "ana@example.org"),
            ("editions", "xx"),
            ("frequency", "daily"),
        ],
    )
    .await;
    assert_eq!(r.status(), 422);

    let r = subscribe(
        &reader,
        "es",
        &[
            ("email", "ana@example.org"),
            ("name", "Ana Test"),
            ("editions", "es"),
            ("editions", "en"),
            ("regions", "IR"),
            ("regions", "CN"),
            ("frequency", "weekly"),
        ],
    )
    .await;
    assert_eq!(r.status(), 200);
    let confirm = &sink.wait_for(1, WAIT).await[0];
    assert!(
        confirm.subject.contains("Confirma tu suscripción"),
        "{}",
        confirm.subject
    );
    let confirm_path = path_of(&link(text(confirm), "/newsletter/confirm/"));
    let csrf = reader.csrf(&confirm_path).await;
    assert_eq!(
        reader
            .post(&confirm_path, &[("csrf", &csrf)])
            .await
            .status(),
        303
    );

    // Subscribing again does not start over: the reader is sent their preferences link.
    let r = subscribe(
        &reader,
        "es",
        &[
            ("email", "ANA@example.org"),
            ("editions", "es"),
            ("frequency", "daily"),
        ],
    )
    .await;
    assert_eq!(r.status(), 200);
    let mails = sink.wait_for(2, WAIT).await;
    assert!(
        mails[1].subject.contains("Tus preferencias"),
        "{}",
        mails[1].subject
    );
    let prefs_path = path_of(&link(text(&mails[1]), "/newsletter/preferences/"));
    // ... and so does asking for it.
    let csrf = reader.csrf("/es/newsletter").await;
    let r = reader
        .post(
            "/es/newsletter/link",
            &[("csrf", &csrf), ("email", "ana@example.org")],
        )
        .await;
    assert_eq!(r.status(), 200);
    assert!(r.text().await.unwrap().contains("acabamos de enviarle"));
    sink.wait_for(3, WAIT).await;
    // Unknown addresses get the same answer, and no mail.
    let r = reader
        .post(
            "/es/newsletter/link",
            &[("csrf", &csrf), ("email", "nobody@example.org")],
        )
        .await;
    assert!(r.text().await.unwrap().contains("acabamos de enviarle"));

    let page = reader.get(&prefs_path).await.text().await.unwrap();
    assert!(page.contains("a***@example.org"));
    assert!(page.contains("value=\"IR\" selected") && page.contains("value=\"CN\" selected"));
    assert!(page.contains("value=\"weekly\" checked"));
    let csrf = between(&page, "name=\"csrf\" value=\"", "\"").to_string();
    let r = reader
        .post(
            &prefs_path,
            &[
                ("csrf", &csrf),
                ("editions", "it"),
                ("frequency", "each"),
                ("tags", "it/diplomazia"),
            ],
        )
        .await;
    assert_eq!(r.status(), 303);
    let s = app
        .store
        .subscriber_by_index(&app.state.settings.keyring.blind_indexes("ana@example.org"))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        s.preferences,
        prefs(&["it"], &[], &["it/diplomazia"], Frequency::Each)
    );
    let r = reader
        .post(&prefs_path, &[("csrf", &csrf), ("frequency", "daily")])
        .await;
    assert_eq!(r.status(), 422);
    assert!(r
        .text()
        .await
        .unwrap()
        .contains("Elige al menos una edición."));
    assert_eq!(
        app.store
            .subscriber(s.id)
            .await
            .unwrap()
            .unwrap()
            .preferences
            .editions,
        ["it"]
    );

    // A link is good only for its own page, and only as signed.
    let token = prefs_path.rsplit('/').next().unwrap().to_string();
    let mut forged = token.clone().into_bytes();
    forged[3] = if forged[3] == b'A' { b'B' } else { b'A' };
    let forged = String::from_utf8(forged).unwrap();
    assert_eq!(
        reader
            .get(&format!("/es/newsletter/preferences/{forged}"))
            .await
            .status(),
        404
    );
    assert_eq!(
        reader
            .get(&format!("/es/newsletter/unsubscribe/{token}"))
            .await
            .status(),
        404
    );

    let r = reader.get(&format!("/es/newsletter/export/{token}")).await;
    assert_eq!(r.status(), 200);
    assert!(r.headers()["content-disposition"]
        .to_str()
        .unwrap()
        .contains("attachment"));
    let export: serde_json::Value = r.json().await.unwrap();
    assert_eq!(export["email"], "ana@example.org");
    assert_eq!(export["name"], "Ana Test");
    assert_eq!(export["preferences"]["frequency"], "each");
    let kinds: Vec<&str> = export["mails"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["confirm", "preferences", "preferences"]);

    let page = reader.get(&prefs_path).await.text().await.unwrap();
    let csrf = between(&page, "name=\"csrf\" value=\"", "\"").to_string();
    let r = reader
        .post(&format!("/es/newsletter/erase/{token}"), &[("csrf", &csrf)])
        .await;
    assert_eq!(r.status(), 200);
    assert!(app.store.subscriber(s.id).await.unwrap().is_none());
    assert!(app.store.subscriber_mails(s.id).await.unwrap().is_empty());
    assert_eq!(reader.get(&prefs_path).await.status(), 404);
}

#[tokio::test]
async fn an_admin_exports_and_erases_a_subscriber_on_request() {
    let sink = SmtpSink::start();
    let app = mail_app(Backend::Sqlite, &sink).await;
    confirmed(
        &app,
        "writer@example.org",
        prefs(&["en"], &["IR"], &[], Frequency::Daily),
    )
    .await;
    let admin = member(&app, "chief@example.org", "admin", &[]).await;
    let page = admin.get("/admin/subscribers").await.text().await.unwrap();
    assert!(
        page.contains("<td>confirmed</td><td>daily</td><td>1</td>"),
        "{page}"
    );
    let csrf = admin.csrf("/admin/subscribers").await;
    let r = admin
        .post(
            "/admin/subscribers",
            &[
                ("csrf", &csrf),
                ("email", "Writer@example.org"),
                ("action", "find"),
            ],
        )
        .await;
    let page = r.text().await.unwrap();
    assert!(page.contains("<dd>IR</dd>"), "{page}");
    let r = admin
        .post(
            "/admin/subscribers",
            &[
                ("csrf", &csrf),
                ("email", "writer@example.org"),
                ("action", "export"),
            ],
        )
        .await;
    let export: serde_json::Value = r.json().await.unwrap();
    assert_eq!(export["email"], "writer@example.org");
    let r = admin
        .post(
            "/admin/subscribers",
            &[
                ("csrf", &csrf),
                ("email", "writer@example.org"),
                ("action", "erase"),
            ],
        )
        .await;
    assert!(r.text().await.unwrap().contains("are erased"));
    assert!(app.store.subscriber_counts().await.unwrap().is_empty());
    let r = admin
        .post(
            "/admin/subscribers",
            &[
                ("csrf", &csrf),
                ("email", "writer@example.org"),
                ("action", "find"),
            ],
        )
        .await;
    assert_eq!(r.status(), 404);
    let audit = admin.get("/admin/audit").await.text().await.unwrap();
    assert!(audit.contains("subscriber.export") && audit.contains("subscriber.erase"));
    assert!(
        !audit.contains("writer@example.org"),
        "the audit log names no subscriber address"
    );

    // Editors do not see subscribers.
    let editor = member(&app, "editor@example.org", "editor", &[]).await;
    assert_eq!(editor.get("/admin/subscribers").await.status(), 403);
}

#[tokio::test]
async fn hard_bounces_stop_and_temporary_refusals_are_retried() {
    bounces_and_retries(SmtpSink::start()).await;
}

/// The same refusals from a server that takes one command at a time.
#[tokio::test]
async fn refusals_are_told_apart_without_pipelining_too() {
    bounces_and_retries(SmtpSink::without_pipelining()).await;
}

async fn bounces_and_retries(sink: SmtpSink) {
    let app = mail_app(Backend::Sqlite, &sink).await;
    app.import(&[line(
        "s",
        "en",
        "A story",
        r#""published_at":"2026-11-22T10:00:00Z""#,
    )])
    .await;
    for (email, wants) in [
        (
            "bounce-1@example.org",
            prefs(&["en"], &[], &[], Frequency::Daily),
        ),
        (
            "tempfail-1@example.org",
            prefs(&["en"], &[], &[], Frequency::Daily),
        ),
        (
            "fine@example.org",
            prefs(&["en"], &[], &[], Frequency::Daily),
        ),
    ] {
        confirmed(&app, email, wants).await;
    }
    app.state.queue_due(at(MONDAY)).await.unwrap();

    let mails = sink.wait_for(2, WAIT).await;
    let to: Vec<&str> = mails.iter().map(Mail::to).collect();
    assert!(
        to.contains(&"fine@example.org") && to.contains(&"tempfail-1@example.org"),
        "{to:?}"
    );
    let mut counts = app.store.outbox_counts().await.unwrap();
    for _ in 0..100 {
        if counts.queued == 0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
        counts = app.store.outbox_counts().await.unwrap();
    }
    assert_eq!((counts.sent, counts.failed, counts.queued), (2, 1, 0));
    let statuses: BTreeMap<String, i64> = app
        .store
        .subscriber_counts()
        .await
        .unwrap()
        .into_iter()
        .map(|c| (c.status, c.count))
        .collect();
    assert_eq!(statuses.get("bounced"), Some(&1));
    assert_eq!(statuses.get("confirmed"), Some(&2));
    assert_eq!(sink.messages().len(), 2);
}

/// Every byte of every table, as text: what a thief with a copy of the database would have.
async fn postgres_dump(app: &TestApp) -> String {
    let url = secrecy::ExposeSecret::expose_secret(&app.state.settings.database_url).to_string();
    let mut conn = <sqlx::PgConnection as sqlx::Connection>::connect(&url)
        .await
        .unwrap();
    let tables: Vec<String> =
        sqlx::query_scalar("SELECT tablename::text FROM pg_tables WHERE schemaname = 'public'")
            .fetch_all(&mut conn)
            .await
            .unwrap();
    let mut dump = String::new();
    for table in tables {
        let rows: Vec<String> = sqlx::query_scalar(&format!("SELECT t::text FROM \"{table}\" t"))
            .fetch_all(&mut conn)
            .await
            .unwrap();
        dump.push_str(&rows.join("\n"));
    }
    dump
}

async fn no_address_in_the_database(backend: Backend) {
    let sink = SmtpSink::start();
    let app = mail_app(backend, &sink).await;
    app.import(&[line("story", "en", "A story to share", "")])
        .await;
    let reader = Browser::new(&app);
    let people = [
        ("first.reader@example.org", "Giulia Lettrice"),
        ("second.reader@example.net", "Zhang Duzhe"),
        ("pending.reader@example.com", "Pedro Lector"),
    ];
    for (email, name) in people {
        let r = subscribe(
            &reader,
            "en",
            &[
                ("email", email),
                ("name", name),
                ("editions", "en"),
                ("frequency", "daily"),
            ],
        )
        .await;
        assert_eq!(r.status(), 200);
    }
    let mails = sink.wait_for(3, WAIT).await;
    for m in mails.iter().filter(|m| !m.to().starts_with("pending")) {
        let confirm = path_of(&link(text(m), "/newsletter/confirm/"));
        let csrf = reader.csrf(&confirm).await;
        assert_eq!(
            reader.post(&confirm, &[("csrf", &csrf)]).await.status(),
            303
        );
    }
    let send = format!(
        "/en/send/{}",
        app.store
            .article_by_external_id("story")
            .await
            .unwrap()
            .unwrap()
            .summary
            .id
    );
    let csrf = reader.csrf(&send).await;
    let r = reader
        .post(
            &send,
            &[
                ("csrf", &csrf),
                ("name", "Sender Person"),
                ("email", "friend.of.reader@example.org"),
                ("message", ""),
            ],
        )
        .await;
    assert_eq!(r.status(), 200);
    sink.wait_for(4, WAIT).await;

    let haystack: Vec<u8> = match backend {
        Backend::Sqlite => {
            let url =
                secrecy::ExposeSecret::expose_secret(&app.state.settings.database_url).to_string();
            let file = url.trim_start_matches("sqlite://").to_string();
            let mut bytes = Vec::new();
            for suffix in ["", "-wal", "-shm"] {
                if let Ok(b) = std::fs::read(format!("{file}{suffix}")) {
                    bytes.extend(b);
                }
            }
            assert!(bytes.len() > 100_000, "the database files were read");
            bytes
        }
        Backend::Postgres => postgres_dump(&app).await.into_bytes(),
    };
    let contains = |needle: &[u8]| haystack.windows(needle.len()).any(|w| w == needle);
    // The check can fail: text the site stores in clear is found.
    assert!(contains(b"A story to share"));
    let mut needles: Vec<String> = Vec::new();
    for (email, name) in people {
        needles.extend([
            email.to_string(),
            name.to_string(),
            email.split('@').next().unwrap().to_string(),
        ]);
    }
    needles.extend([
        "friend.of.reader@example.org".into(),
        "Sender Person".into(),
    ]);
    for needle in needles {
        assert!(
            !contains(needle.as_bytes()),
            "{needle:?} is in the database"
        );
        assert!(
            !contains(hex::encode(needle.as_bytes()).as_bytes()),
            "{needle:?} is in the database as hex"
        );
    }
}

#[tokio::test]
async fn a_copy_of_the_sqlite_files_holds_no_subscriber_address() {
    no_address_in_the_database(Backend::Sqlite).await;
}

#[tokio::test]
async fn a_dump_of_the_postgres_database_holds_no_subscriber_address() {
    no_address_in_the_database(Backend::Postgres).await;
}

/// The `dateline` binary with a data folder and the sink's address.
fn dateline(data: &std::path::Path, sink: &SmtpSink, args: &[&str]) -> std::process::Command {
    let mut c = std::process::Command::new(env!("CARGO_BIN_EXE_dateline"));
    c.arg("--data").arg(data).args(args);
    for (k, v) in [
        ("DATELINE_SMTP_URL", sink.url()),
        ("DATELINE_MAIL_RATE", "60".into()),
        ("DATELINE_MAIL_CONNECTIONS", "1".into()),
        ("DATELINE_MAIL_LEASE_SECONDS", "2".into()),
        ("DATELINE_MAIL_RETRY_BASE_SECONDS", "1".into()),
        ("DATELINE_MAIL_RETRY_MAX_SECONDS", "1".into()),
        ("DATELINE_MAIL_SCHEDULE", "off".into()),
        ("DATELINE_LOG", "warn".into()),
    ] {
        c.env(k, v);
    }
    c.env_remove("DATELINE_KEYS")
        .env_remove("DATELINE_DATABASE_URL");
    c
}

fn run_ok(mut c: std::process::Command) -> String {
    let out = c.output().unwrap();
    assert!(
        out.status.success(),
        "{c:?} failed: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).to_string()
}

fn start_server(
    data: &std::path::Path,
    sink: &SmtpSink,
    log: &std::path::Path,
) -> std::process::Child {
    let log = std::fs::File::create(log).unwrap();
    dateline(data, sink, &["serve", "--listen", "127.0.0.1:0"])
        .stdout(std::process::Stdio::null())
        .stderr(log)
        .spawn()
        .unwrap()
}

#[tokio::test]
async fn the_outbox_survives_a_dead_smtp_server_and_a_killed_worker() {
    let mut sink = SmtpSink::start();
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let articles = dir.path().join("articles.jsonl");
    let lines: Vec<String> = ["it", "en", "es", "zh"]
        .iter()
        .map(|ed| {
            line(
                &format!("s-{ed}"),
                ed,
                &format!("Story in {ed}"),
                r#""regions":["IR"],"published_at":"2026-11-22T10:00:00Z""#,
            )
        })
        .collect();
    std::fs::write(&articles, lines.join("\n")).unwrap();
    run_ok(dateline(
        &data,
        &sink,
        &["import", articles.to_str().unwrap()],
    ));
    run_ok(dateline(
        &data,
        &sink,
        &[
            "newsletter",
            "generate-subscribers",
            "--count",
            "300",
            "--domain",
            "fault.test",
        ],
    ));
    let out = run_ok(dateline(
        &data,
        &sink,
        &["newsletter", "queue", "--at", MONDAY],
    ));
    let queued: usize = between(&out, "queued ", " mails").parse().unwrap();
    assert!(queued > 100, "{out}");

    let log = dir.path().join("serve.log");
    let mut server = start_server(&data, &sink, &log);
    // The SMTP server dies mid-send, and comes back.
    sink.wait_for(20, WAIT).await;
    sink.stop();
    tokio::time::sleep(Duration::from_secs(2)).await;
    sink.restart();
    // The worker is killed mid-batch (SIGKILL: no chance to tidy up), and started again.
    sink.wait_for(60, WAIT).await;
    server.kill().unwrap();
    server.wait().unwrap();
    let at_kill = sink.messages().len();
    assert!(at_kill < queued, "the kill came after the last mail");
    let first_log = std::fs::read_to_string(&log).unwrap();
    assert!(
        first_log.contains("SMTP server unreachable"),
        "the worker never saw the server down:\n{first_log}"
    );
    let mut server = start_server(&data, &sink, &log);

    let store = dateline_store::Store::open(
        &format!("sqlite://{}", data.join("dateline.db").display()),
        1,
    )
    .await
    .unwrap();
    let mut counts = store.outbox_counts().await.unwrap();
    for _ in 0..600 {
        if counts.queued == 0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
        counts = store.outbox_counts().await.unwrap();
    }
    server.kill().unwrap();
    server.wait().unwrap();
    assert_eq!(
        (counts.queued, counts.failed, counts.sent as usize),
        (0, 0, queued),
        "{}",
        std::fs::read_to_string(&log).unwrap()
    );

    let mut per_recipient: BTreeMap<String, usize> = BTreeMap::new();
    for m in sink.messages() {
        assert!(
            m.subject.contains("news")
                || m.subject.contains("notizie")
                || m.subject.contains("noticias")
                || m.subject.contains("新闻"),
            "{}",
            m.subject
        );
        *per_recipient.entry(m.to().to_string()).or_default() += 1;
    }
    assert_eq!(per_recipient.len(), queued, "every reader got their digest");
    let repeated: Vec<(&String, &usize)> = per_recipient.iter().filter(|(_, n)| **n > 1).collect();
    // At most the message in flight when the SMTP server died and the one in flight when the
    // worker was killed can arrive twice; nobody gets a digest three times.
    assert!(
        repeated.len() <= 2 && repeated.iter().all(|(_, n)| **n == 2),
        "{repeated:?}"
    );
    eprintln!(
        "{queued} digests; {} repeated; {at_kill} had arrived at the kill",
        repeated.len()
    );
}

#[tokio::test]
async fn keys_rotate_and_retire_without_losing_a_reader() {
    let sink = SmtpSink::start();
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let articles = dir.path().join("articles.jsonl");
    std::fs::write(
        &articles,
        line(
            "s",
            "en",
            "Story to mail",
            r#""regions":["IR"],"published_at":"2026-11-22T10:00:00Z""#,
        ),
    )
    .unwrap();
    run_ok(dateline(
        &data,
        &sink,
        &["import", articles.to_str().unwrap()],
    ));
    run_ok(dateline(
        &data,
        &sink,
        &[
            "newsletter",
            "generate-subscribers",
            "--count",
            "40",
            "--domain",
            "rotate.test",
        ],
    ));
    let key_file = data.join("dateline.keys");
    let old = dateline_mail::Keyring::parse(&std::fs::read_to_string(&key_file).unwrap()).unwrap();
    let old_id = old.current_id().to_string();
    let shown = run_ok(dateline(&data, &sink, &["keys", "show"]));
    assert!(
        shown.contains(&format!("{old_id} (current): seals 40 values")),
        "{shown}"
    );

    // Two webhook endpoints: one secret sealed under the old key, one stored in clear (as
    // before secrets were sealed).
    let db = format!("sqlite://{}", data.join("dateline.db").display());
    let store = dateline_store::Store::open(&db, 1).await.unwrap();
    for secret in [
        old.seal_text(
            "whsec_sealed_before",
            dateline_web::webhooks::SECRET_CONTEXT,
        ),
        "whsec_in_clear_before".to_string(),
    ] {
        let hook = dateline_store::NewWebhook {
            url: "https://partner.example/hook".into(),
            secret,
            events: vec!["article.published".into()],
            created_by: None,
        };
        store.add_webhook(&hook, 1).await.unwrap();
    }
    // And an account with two-factor sign-in whose secret was stored in clear, a code of
    // which was used (the step stays recorded: a resealed secret does not replay).
    let editor = store
        .create_user(&dateline_store::NewUser {
            email: "editor@rotate.test".into(),
            name: "Editor".into(),
            role: dateline_core::newsroom::Role::Editor,
            editions: vec!["en".into()],
            password_hash: "not used".into(),
            must_change_password: false,
        })
        .await
        .unwrap();
    store
        .set_totp_secret(editor, Some("JBSWY3DPEHPK3PXP"))
        .await
        .unwrap();
    assert!(store.use_totp_step(editor, 1000).await.unwrap());
    store.close().await;

    let out = run_ok(dateline(&data, &sink, &["keys", "rotate"]));
    assert!(out.contains("key ") && out.contains("added"), "{out}");
    let ring = dateline_mail::Keyring::parse(&std::fs::read_to_string(&key_file).unwrap()).unwrap();
    assert_ne!(ring.current_id(), old_id);
    assert_eq!(ring.ids().len(), 2);
    let shown = run_ok(dateline(&data, &sink, &["keys", "show"]));
    assert!(
        shown.contains(&format!("{} (current): seals 43 values", ring.current_id())),
        "{shown}"
    );
    assert!(
        shown.contains(&format!("{old_id}: seals 0 values")),
        "{shown}"
    );

    // Every row is sealed and indexed under the new key.
    let store = dateline_store::Store::open(
        &format!("sqlite://{}", data.join("dateline.db").display()),
        1,
    )
    .await
    .unwrap();
    let s = store
        .subscriber_by_index(&[ring.blind_index("reader-7@rotate.test")])
        .await
        .unwrap()
        .expect("found by the new key's index");
    assert_eq!(
        ring.open(&s.email_sealed, EMAIL_CONTEXT).unwrap(),
        b"reader-7@rotate.test"
    );
    assert!(
        old.open(&s.email_sealed, EMAIL_CONTEXT).is_err(),
        "still sealed with the old key"
    );
    // Both webhook secrets are sealed under the new key alone now.
    let secrets = store.webhook_secrets().await.unwrap();
    let opened: Vec<String> = secrets
        .iter()
        .map(|(_, stored)| {
            ring.open_text(stored, dateline_web::webhooks::SECRET_CONTEXT)
                .unwrap()
        })
        .collect();
    assert_eq!(opened, ["whsec_sealed_before", "whsec_in_clear_before"]);
    for (_, stored) in &secrets {
        assert_eq!(
            dateline_mail::Keyring::text_sealed_with(stored).as_deref(),
            Some(ring.current_id())
        );
        assert!(old
            .open_text(stored, dateline_web::webhooks::SECRET_CONTEXT)
            .is_err());
    }
    let editor = store
        .user_by_email("editor@rotate.test")
        .await
        .unwrap()
        .unwrap();
    let stored = editor.totp_secret.unwrap();
    assert_eq!(
        ring.open_text(&stored, dateline_web::admin::TOTP_CONTEXT)
            .unwrap(),
        "JBSWY3DPEHPK3PXP"
    );
    assert!(old
        .open_text(&stored, dateline_web::admin::TOTP_CONTEXT)
        .is_err());
    assert_eq!(editor.totp_last_step, Some(1000));
    store.close().await;

    // Mail still finds its readers.
    let out = run_ok(dateline(
        &data,
        &sink,
        &["newsletter", "queue", "--at", MONDAY],
    ));
    let queued: usize = between(&out, "queued ", " mails").parse().unwrap();
    assert!(queued > 0, "{out}");
    run_ok(dateline(&data, &sink, &["newsletter", "send"]));
    let mails = sink.wait_for(queued, WAIT).await;
    assert!(mails.iter().all(|m| m.to().ends_with("@rotate.test")));

    let out = run_ok(dateline(&data, &sink, &["keys", "retire"]));
    assert!(out.contains(&format!("retired key(s) {old_id}")), "{out}");
    let ring = dateline_mail::Keyring::parse(&std::fs::read_to_string(&key_file).unwrap()).unwrap();
    assert_eq!(ring.ids(), [ring.current_id()]);

    // Without the key file, the site refuses to start rather than make a new key that
    // cannot read its readers.
    std::fs::rename(&key_file, dir.path().join("elsewhere.keys")).unwrap();
    let out = dateline(&data, &sink, &["newsletter", "status"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("restore the key file"), "{err}");
    assert!(
        !key_file.exists(),
        "a new key file was written over the missing one"
    );
}

#[tokio::test]
async fn the_schedule_sends_each_editions_digest_at_its_local_time() {
    let sink = SmtpSink::start();
    let worker = fast_worker(&sink);
    // London's sending time was a minute ago; Rome's, an hour before (same local time).
    let london = jiff::tz::TimeZone::get("Europe/London").unwrap();
    let minute_ago = jiff::Timestamp::now() - jiff::SignedDuration::from_secs(60);
    let local = minute_ago.to_zoned(london).time();
    let daily_at = jiff::civil::Time::new(local.hour(), local.minute(), 0, 0).unwrap();
    let app = spawn_app_with(Backend::Sqlite, move |s| {
        s.mail.schedule = false;
        s.mail.sending.daily_at = daily_at;
        s.mail.worker = Some(worker);
    })
    .await;
    let two_hours_ago =
        (jiff::Timestamp::now() - jiff::SignedDuration::from_secs(7200)).to_string();
    app.import(&[
        line(
            "en",
            "en",
            "Morning story",
            &format!(r#""published_at":"{two_hours_ago}""#),
        ),
        line(
            "it",
            "it",
            "Storia del mattino",
            &format!(r#""published_at":"{two_hours_ago}""#),
        ),
    ])
    .await;
    for (email, wants) in [
        (
            "london@example.org",
            prefs(&["en"], &[], &[], Frequency::Daily),
        ),
        (
            "roma@example.org",
            prefs(&["it"], &[], &[], Frequency::Daily),
        ),
    ] {
        confirmed(&app, email, wants).await;
    }
    // The loop the server runs when `schedule` is on.
    let schedule = tokio::spawn(dateline_web::newsletter::schedule(app.state.clone()));
    let mails = sink.wait_for(2, WAIT).await;
    schedule.abort();
    let london = mails_to(&mails, "london@example.org");
    assert!(text(london[0]).contains("Morning story"));
    let roma = mails_to(&mails, "roma@example.org");
    assert!(roma[0].subject.contains("Le notizie del giorno"));
    assert!(text(roma[0]).contains("Storia del mattino"));
}
