//! `dateline newsletter ...` and `dateline keys ...`: queueing and sending mail from the
//! command line, and rotating the keys that seal subscriber data.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{bail, Context};
use dateline_core::newsletter::{Frequency, Preferences};
use dateline_mail::compose::{EMAIL_CONTEXT, NAME_CONTEXT, PAYLOAD_CONTEXT};
use dateline_mail::{Keyring, OnSent, Worker};
use dateline_store::{NewSubscriber, Resealed, Store};
use dateline_web::{webhooks, AppState};

use crate::config::{self, Loaded};
use crate::progress::Progress;

/// Fails when the store holds subscriber data sealed under a key the ring lacks: serving
/// with the wrong key file would fail every mail, and a new key would be useless to them.
pub async fn check_keys(store: &Store, ring: &Keyring, loaded: &Loaded) -> anyhow::Result<()> {
    let missing: Vec<String> = store
        .subscriber_key_ids()
        .await?
        .into_iter()
        .filter(|id| !ring.has(id))
        .collect();
    if !missing.is_empty() {
        bail!(
            "subscriber data is sealed with key(s) {} that the key file {} (or DATELINE_KEYS) \
             does not hold; restore the key file from its backup",
            missing.join(", "),
            loaded.keys_file.display()
        );
    }
    Ok(())
}

/// Settings for a command that renders or sends mail beside a running server: the search
/// index stays the server's (it holds the index's lock); the command needs none.
fn without_index(mut settings: dateline_web::Settings) -> dateline_web::Settings {
    settings.search_dir = None;
    settings
}

/// Queues the runs due at `at` (default: now).
pub async fn queue(loaded: Loaded, store: Store, at: Option<&str>) -> anyhow::Result<()> {
    let at = match at {
        None => dateline_core::article::now(),
        Some(text) => text
            .parse::<jiff::Timestamp>()
            .map_err(|e| {
                anyhow::anyhow!("--at {text:?}: expected a time like 2026-11-27T07:00:00Z ({e})")
            })?
            .as_second(),
    };
    let state = AppState::build(without_index(loaded.settings), store).await?;
    let started = Instant::now();
    let runs = state.queue_due(at).await?;
    if runs.is_empty() {
        println!("nothing was due: every run up to this time is already queued");
    }
    for run in &runs {
        println!(
            "{} {}: {} stories, {} mails queued",
            run.edition,
            run.frequency.as_str(),
            run.stories,
            run.recipients
        );
    }
    let total: usize = runs.iter().map(|r| r.recipients).sum();
    println!(
        "queued {total} mails in {:.2} s",
        started.elapsed().as_secs_f64()
    );
    state.store.close().await;
    Ok(())
}

/// Sends what is due in the outbox, then exits. Returns false when mail is left over because
/// the SMTP server could not be reached.
pub async fn send(loaded: Loaded, store: Store) -> anyhow::Result<bool> {
    let Some(settings) = loaded.settings.mail.worker.clone() else {
        bail!("mail.smtp_url (or DATELINE_SMTP_URL) is not set: there is nowhere to send to");
    };
    let state = AppState::build(without_index(loaded.settings), store).await?;
    let worker = Arc::new(
        Worker::new(state.store.clone(), state.composer.clone(), settings)
            .map_err(anyhow::Error::msg)?,
    );
    let queued = state.store.outbox_counts().await?.queued;
    let mut progress = Progress::new("sending mail", queued.max(0) as u64, false);
    let sent = Arc::new(AtomicU64::new(0));
    let count_sent: OnSent = {
        let sent = sent.clone();
        Arc::new(move || {
            sent.fetch_add(1, Ordering::Relaxed);
        })
    };
    let started = Instant::now();
    let (mut failed, mut retried, mut down_tries) = (0, 0, 0u32);
    loop {
        let report = worker.send_batch(&count_sent).await?;
        progress.set(sent.load(Ordering::Relaxed));
        failed += report.failed;
        retried += report.retried;
        if report.server_down {
            down_tries += 1;
            if down_tries > 5 {
                break;
            }
            tokio::time::sleep(Duration::from_secs(1 << down_tries)).await;
            continue;
        }
        down_tries = 0;
        if report.claimed == 0 {
            break;
        }
    }
    let sent = sent.load(Ordering::Relaxed);
    let seconds = started.elapsed().as_secs_f64();
    progress.finish(&format!(
        "sent {sent} mails in {seconds:.1} s ({:.0} per second); {failed} failed, {retried} to retry later",
        sent as f64 / seconds.max(0.001)
    ));
    let left = state.store.outbox_counts().await?.queued;
    state.store.close().await;
    if down_tries > 5 {
        eprintln!("the SMTP server could not be reached; {left} mails wait in the outbox");
        return Ok(false);
    }
    Ok(true)
}

pub async fn status(store: &Store) -> anyhow::Result<()> {
    let mut total = 0;
    for c in store.subscriber_counts().await? {
        println!("{:<10} {:<7} {:>9}", c.status, c.frequency, c.count);
        total += c.count;
    }
    println!("{total} subscribers");
    let o = store.outbox_counts().await?;
    println!(
        "outbox: {} waiting, {} sent, {} failed",
        o.queued, o.sent, o.failed
    );
    Ok(())
}

/// Adds `count` confirmed subscribers `reader-N@domain` with varied preferences, for load
/// tests. Nothing is mailed to them.
pub async fn generate_subscribers(
    store: &Store,
    ring: &Keyring,
    count: u64,
    domain: &str,
) -> anyhow::Result<()> {
    let editions = store.editions().await?;
    let codes: Vec<String> = editions.iter().map(|e| e.code.clone()).collect();
    let regions = ["IR", "CN", "RU", "TR", "AL", "MM", "BY", "VE"];
    let mut progress = Progress::new("adding subscribers", count, false);
    let now = dateline_core::article::now();
    let mut batch = Vec::with_capacity(5000);
    for i in 0..count {
        let email = format!("reader-{i}@{domain}");
        let n = i as usize;
        // Most readers take everything in one edition; some follow a country or two.
        let chosen_regions = match n % 4 {
            0 => vec![regions[n / 4 % regions.len()].to_string()],
            1 => vec![
                regions[n % regions.len()].to_string(),
                regions[(n + 3) % regions.len()].to_string(),
            ],
            _ => Vec::new(),
        };
        batch.push(NewSubscriber {
            email_index: ring.blind_index(&email),
            email_sealed: ring.seal(email.as_bytes(), EMAIL_CONTEXT),
            name_sealed: Some(ring.seal(format!("Reader {i}").as_bytes(), NAME_CONTEXT)),
            key_id: ring.current_id().to_string(),
            language: codes[n / 3 % codes.len()].clone(),
            preferences: Preferences {
                editions: vec![codes[n / 3 % codes.len()].clone()],
                regions: chosen_regions,
                tags: Vec::new(),
                frequency: if n % 10 == 9 {
                    Frequency::Weekly
                } else {
                    Frequency::Daily
                },
            },
        });
        if batch.len() == 5000 {
            store.add_confirmed_subscribers(&batch, now).await?;
            batch.clear();
            progress.set(i + 1);
        }
    }
    store.add_confirmed_subscribers(&batch, now).await?;
    progress.finish(&format!("{count} subscribers added"));
    Ok(())
}

/// Seals everything again under a new key: a new key is added to the key file first (so
/// it is never lost), then every subscriber and every waiting mail is resealed and
/// re-indexed in one transaction. Old keys stay in the file for links already mailed.
pub async fn rotate(mut loaded: Loaded, store: &Store) -> anyhow::Result<()> {
    if std::env::var_os("DATELINE_KEYS").is_some() {
        bail!(
            "the keys come from DATELINE_KEYS: add a new key line (dateline-key-v1 ...) at the \
             top of that secret, restart, then run this command with the key file instead"
        );
    }
    loaded.ensure_key_file()?;
    let old = loaded.settings.keyring.clone();
    check_keys(store, &old, &loaded).await?;
    let (ring, _) = old.with_new_key();
    config::write_key_file(&loaded.keys_file, &ring)?;
    println!(
        "key {} added to {} (old keys kept)",
        ring.current_id(),
        loaded.keys_file.display()
    );
    let subscribers = store.all_subscribers().await?;
    let payloads = store.sealed_payloads().await?;
    let mut progress = Progress::new(
        "resealing subscriber data",
        (subscribers.len() + payloads.len()) as u64,
        false,
    );
    let mut resealed = Vec::with_capacity(subscribers.len());
    for (i, s) in subscribers.iter().enumerate() {
        let email = ring
            .open(&s.email_sealed, EMAIL_CONTEXT)
            .with_context(|| format!("opening subscriber {}'s address", s.id))?;
        let email_text = String::from_utf8_lossy(&email).to_string();
        let name_sealed = match &s.name_sealed {
            Some(sealed) => Some(
                ring.seal(
                    &ring
                        .open(sealed, NAME_CONTEXT)
                        .with_context(|| format!("opening subscriber {}'s name", s.id))?,
                    NAME_CONTEXT,
                ),
            ),
            None => None,
        };
        resealed.push(Resealed {
            id: s.id,
            email_index: ring.blind_index(&email_text),
            email_sealed: ring.seal(&email, EMAIL_CONTEXT),
            name_sealed,
            key_id: ring.current_id().to_string(),
        });
        if i % 1000 == 0 {
            progress.set(i as u64);
        }
    }
    let mut blocked = Vec::new();
    for (id, sealed, _) in store.blocked_recipients().await? {
        let email = ring
            .open(&sealed, EMAIL_CONTEXT)
            .with_context(|| format!("opening blocked recipient {id}"))?;
        blocked.push(Resealed {
            id,
            email_index: ring.blind_index(&String::from_utf8_lossy(&email)),
            email_sealed: ring.seal(&email, EMAIL_CONTEXT),
            name_sealed: None,
            key_id: ring.current_id().to_string(),
        });
    }
    let mut mails = Vec::with_capacity(payloads.len());
    for (id, sealed) in &payloads {
        let plain = ring
            .open(sealed, PAYLOAD_CONTEXT)
            .with_context(|| format!("opening waiting mail {id}"))?;
        mails.push((*id, ring.seal(&plain, PAYLOAD_CONTEXT)));
    }
    let reseal_all = |secrets: Vec<(i64, String)>, context: &[u8], what: &str| {
        secrets
            .into_iter()
            .map(|(id, stored)| {
                let secret = ring
                    .open_text(&stored, context)
                    .with_context(|| format!("opening {what} {id}'s secret"))?;
                Ok((id, ring.seal_text(&secret, context)))
            })
            .collect::<anyhow::Result<Vec<_>>>()
    };
    let endpoints = reseal_all(
        store.webhook_secrets().await?,
        webhooks::SECRET_CONTEXT,
        "webhook endpoint",
    )?;
    let accounts = reseal_all(
        store.totp_secrets().await?,
        dateline_web::admin::TOTP_CONTEXT,
        "account",
    )?;
    store.reseal(&resealed, &blocked, &mails).await?;
    // Apart: if these fail, the old key, still in the file, opens the secrets as they are.
    store.set_webhook_secrets(&endpoints).await?;
    store.set_totp_secrets(&accounts).await?;
    progress.finish(&format!(
        "{} subscribers, {} waiting mails, {} webhook and {} two-factor secrets resealed under \
         key {}",
        resealed.len(),
        mails.len(),
        endpoints.len(),
        accounts.len(),
        ring.current_id()
    ));
    println!(
        "restart every node with the new key file; once the links in mails sent before today \
         may expire, drop the old keys with `dateline keys retire`"
    );
    Ok(())
}

/// Key ids in use: by subscriber rows, waiting mails, webhook and two-factor secrets.
async fn keys_in_use(store: &Store) -> anyhow::Result<BTreeMap<String, u64>> {
    let mut used: BTreeMap<String, u64> = BTreeMap::new();
    for s in store.all_subscribers().await? {
        *used.entry(s.key_id).or_default() += 1;
    }
    for (_, _, key_id) in store.blocked_recipients().await? {
        *used.entry(key_id).or_default() += 1;
    }
    for (_, sealed) in store.sealed_payloads().await? {
        if let Some(id) = Keyring::sealed_with(&sealed) {
            *used.entry(id).or_default() += 1;
        }
    }
    let secrets = store.webhook_secrets().await?;
    for (_, stored) in secrets.iter().chain(&store.totp_secrets().await?) {
        if let Some(id) = Keyring::text_sealed_with(stored) {
            *used.entry(id).or_default() += 1;
        }
    }
    Ok(used)
}

pub async fn show(loaded: &Loaded, store: &Store) -> anyhow::Result<()> {
    let ring = &loaded.settings.keyring;
    let used = keys_in_use(store).await?;
    println!("key file: {}", loaded.keys_file.display());
    for id in ring.ids() {
        let current = if id == ring.current_id() {
            " (current)"
        } else {
            ""
        };
        println!(
            "{id}{current}: seals {} values",
            used.get(id).copied().unwrap_or(0)
        );
    }
    for (id, n) in used.iter().filter(|(id, _)| !ring.has(id)) {
        println!("{id}: MISSING from the key file, seals {n} values");
    }
    Ok(())
}

/// Drops the keys nothing is sealed with any more. Links signed with them (in mails sent
/// before the rotation) stop working.
pub async fn retire(mut loaded: Loaded, store: &Store) -> anyhow::Result<()> {
    if std::env::var_os("DATELINE_KEYS").is_some() {
        bail!("the keys come from DATELINE_KEYS: remove old key lines from that secret instead");
    }
    loaded.ensure_key_file()?;
    let ring: Arc<Keyring> = loaded.settings.keyring.clone();
    let used = keys_in_use(store).await?;
    let keep: Vec<&str> = used.keys().map(String::as_str).collect();
    let kept = ring.retain(&keep);
    let dropped: Vec<&str> = ring.ids().into_iter().filter(|id| !kept.has(id)).collect();
    if dropped.is_empty() {
        println!("every key in the file is still in use; nothing retired");
        return Ok(());
    }
    config::write_key_file(&loaded.keys_file, &kept)?;
    println!(
        "retired key(s) {}; kept {}",
        dropped.join(", "),
        kept.ids().join(", ")
    );
    Ok(())
}
