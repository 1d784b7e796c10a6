//! The command line.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::{Parser, Subcommand};
use dateline_store::Store;
use secrecy::ExposeSecret;

use crate::config::{self, Overrides};

#[derive(Parser, Debug)]
#[command(
    name = "dateline",
    version,
    about = "A news publishing platform for a multilingual agency"
)]
pub struct Cli {
    /// Settings file (TOML); `DATELINE_*` environment variables override it.
    #[arg(long, global = true, env = "DATELINE_CONFIG")]
    config: Option<PathBuf>,
    /// Folder for the SQLite database and other data.
    #[arg(long, global = true)]
    data: Option<PathBuf>,
    /// Database URL (sqlite://PATH or postgres://...); defaults to SQLite in the data folder.
    #[arg(long, global = true)]
    database_url: Option<String>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Serve the site.
    Serve {
        /// Address to listen on, e.g. 127.0.0.1:8080.
        #[arg(long)]
        listen: Option<String>,
    },
    /// Fill an empty database with the generated demo site (four editions), then serve it.
    Demo {
        #[arg(long)]
        listen: Option<String>,
        /// Only fill the database; don't serve.
        #[arg(long)]
        no_serve: bool,
    },
    /// Import articles from a JSON Lines file (format in the README).
    Import {
        /// The file, one article per line.
        file: PathBuf,
    },
    /// Import a WordPress export (WXR, from WordPress's Tools → Export): posts, their
    /// categories, tags, authors and dates; old addresses answer with a redirect.
    ImportWordpress {
        /// The export file (.xml).
        file: PathBuf,
        /// Put every post in this edition (it, en, es, zh); by default each post's Polylang
        /// language, else the export's <language>.
        #[arg(long)]
        edition: Option<String>,
        /// Import pages too, as articles (by default they are skipped).
        #[arg(long)]
        pages: bool,
        /// The WordPress site's time zone (Settings → General), for posts that carry only
        /// local times; by default the edition's.
        #[arg(long)]
        time_zone: Option<String>,
        /// Also write the report (every item imported or skipped, and why) as JSON here.
        #[arg(long)]
        report: Option<PathBuf>,
    },
    /// Check every article's revision history: report any revision altered or removed
    /// behind the application's back, and exit non-zero if there is one.
    Verify,
    /// Manage newsroom accounts.
    User {
        #[command(subcommand)]
        action: UserCommand,
    },
    /// Admin API tokens (also made and revoked by admins at /admin/tokens).
    Token {
        #[command(subcommand)]
        action: TokenCommand,
    },
    /// Rebuild this node's search index from the store (stop the server first: it holds the
    /// index while it runs, and rebuilds it by itself when it finds it missing or damaged).
    Reindex,
    /// Render the whole public site into DIR as plain files, a read-only mirror any web
    /// server or CDN can serve. Run again, it rewrites only what changed and deletes the pages
    /// of stories no longer published.
    ExportStatic {
        /// The mirror's folder: empty, or a mirror written by this command before.
        dir: PathBuf,
        /// Where the mirror's search, "Send to a friend" and newsletter links lead (the live
        /// site); default: `base_url`.
        #[arg(long, conflicts_with = "no_server_links")]
        server_url: Option<String>,
        /// Leave the links to search, "Send to a friend" and the newsletter out of the mirror.
        #[arg(long)]
        no_server_links: bool,
    },
    /// The newsletter: queue digests, send the outbox, see where things stand.
    Newsletter {
        #[command(subcommand)]
        action: NewsletterCommand,
    },
    /// The keys that seal subscriber data (kept outside the database).
    Keys {
        #[command(subcommand)]
        action: KeysCommand,
    },
    /// Write generated articles as JSON Lines, for benchmarks and trials.
    Generate {
        /// How many articles.
        #[arg(long, default_value_t = 10_000)]
        articles: u64,
        /// Output file; `-` for standard output.
        #[arg(long, default_value = "-")]
        out: PathBuf,
    },
}

#[derive(Subcommand, Debug)]
enum NewsletterCommand {
    /// Queue the digests and story alerts due now (or as if it were --at), even when the
    /// server's schedule is off. Runs already queued are never queued again.
    Queue {
        /// A time such as 2026-11-27T07:00:00Z.
        #[arg(long)]
        at: Option<String>,
    },
    /// Send what the outbox holds now, with a progress bar, then exit.
    Send,
    /// Subscribers by status and frequency, and the outbox's counts.
    Status,
    /// Add confirmed subscribers reader-N@DOMAIN for load tests; nothing is mailed.
    GenerateSubscribers {
        #[arg(long)]
        count: u64,
        #[arg(long, default_value = "example.test")]
        domain: String,
    },
}

#[derive(Subcommand, Debug)]
enum TokenCommand {
    /// Make a token acting as an account; prints its secret once.
    Create {
        /// The account the token acts as (within its role and editions).
        #[arg(long)]
        email: String,
        /// Who or what uses it.
        #[arg(long)]
        name: String,
        /// articles:write, articles:publish (comma-separated).
        #[arg(long, value_delimiter = ',', required = true)]
        scopes: Vec<String>,
    },
    /// List the tokens: number, name, scopes, account, made, last used, revoked.
    List,
    /// Revoke a token for good.
    Revoke {
        #[arg(long)]
        id: i64,
    },
}

#[derive(Subcommand, Debug)]
enum KeysCommand {
    /// The keys in the key file and how many values each seals.
    Show,
    /// Add a new key and reseal every subscriber and waiting mail under it.
    Rotate,
    /// Drop the keys that no longer seal anything (links in older mails stop working).
    Retire,
}

#[derive(Subcommand, Debug)]
enum UserCommand {
    /// Create an account; prints a one-time password to change at first sign-in.
    Add {
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: String,
        /// contributor, editor or admin.
        #[arg(long)]
        role: String,
        /// Editions an editor works in, comma-separated (default: all).
        #[arg(long, value_delimiter = ',')]
        editions: Vec<String>,
    },
    /// List the accounts.
    List,
    /// Give an account a new one-time password and sign it out everywhere.
    ResetPassword {
        #[arg(long)]
        email: String,
    },
    /// Set up two-factor sign-in; prints the otpauth:// address for an authenticator app.
    TwoFactor {
        #[arg(long)]
        email: String,
    },
}

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("DATELINE_LOG")
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,sqlx=warn")),
        )
        .with_writer(std::io::stderr)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .init();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: starting the runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(cli)) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

async fn open_store(loaded: &config::Loaded) -> anyhow::Result<Store> {
    let url = loaded.settings.database_url.expose_secret();
    if url.starts_with("sqlite:") {
        std::fs::create_dir_all(&loaded.data_dir)
            .with_context(|| format!("creating the data folder {}", loaded.data_dir.display()))?;
    }
    let store = Store::open(url, loaded.settings.max_connections)
        .await
        .context("opening the database")?;
    store
        .seed_reference_data()
        .await
        .context("seeding editions and regions")?;
    // Every command sees the configured editions, so stories can be imported into an added
    // edition before the site is first served.
    if !loaded.settings.editions.is_empty() {
        store
            .configure_editions(&loaded.settings.editions)
            .await
            .context("writing the configured editions")?;
    }
    Ok(store)
}

async fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    let mut overrides = Overrides {
        data_dir: cli.data.clone(),
        database_url: cli.database_url.clone(),
        ..Default::default()
    };
    match cli.command {
        Command::Serve { listen } => {
            overrides.listen = listen;
            let loaded = config::load(cli.config.as_deref(), &overrides)?;
            let store = open_store(&loaded).await?;
            serve(loaded, store).await?;
        }
        Command::Demo { listen, no_serve } => {
            overrides.listen = listen;
            let loaded = config::load(cli.config.as_deref(), &overrides)?;
            let store = open_store(&loaded).await?;
            if store.article_count().await? == 0 {
                let report = crate::import::import_records(
                    &store,
                    crate::demo::demo_records(),
                    "generating the demo site",
                )
                .await?;
                anyhow::ensure!(
                    report.failed.is_empty(),
                    "demo content failed to import: {:?}",
                    report.failed.first()
                );
            } else {
                tracing::info!(
                    "the database already holds articles; the demo content is left as it is"
                );
            }
            if !no_serve {
                serve(loaded, store).await?;
            }
        }
        Command::Import { file } => {
            let loaded = config::load(cli.config.as_deref(), &overrides)?;
            let store = open_store(&loaded).await?;
            let report = crate::import::import_file(&store, &file).await?;
            store.close().await;
            for (line, reason) in &report.failed {
                eprintln!("{}:{line}: {reason}", file.display());
            }
            println!("{}", report.summary());
            if !report.failed.is_empty() {
                eprintln!(
                    "{} line(s) were not imported (listed above); all other lines were saved.",
                    report.failed.len()
                );
                return Ok(ExitCode::from(2));
            }
        }
        Command::ImportWordpress {
            file,
            edition,
            pages,
            time_zone,
            report: report_file,
        } => {
            let loaded = config::load(cli.config.as_deref(), &overrides)?;
            let store = open_store(&loaded).await?;
            let options = crate::wordpress::Options {
                edition,
                pages,
                time_zone,
            };
            let result = crate::wordpress::import_file(&store, &file, &options).await;
            store.close().await;
            let report = result?;
            for s in &report.skipped {
                eprintln!(
                    "{}:{}: item {} {:?}: {}",
                    file.display(),
                    s.line,
                    if s.wp_id.is_empty() { "?" } else { &s.wp_id },
                    s.title,
                    s.reason
                );
            }
            let shortcodes = crate::wordpress::shortcode_counts(&report);
            if !shortcodes.is_empty() {
                eprintln!("shortcodes left out (their content, if any, kept): {shortcodes}");
            }
            if let Some(path) = report_file {
                let json = serde_json::to_vec_pretty(&report)?;
                std::fs::write(&path, json)
                    .with_context(|| format!("writing the report to {}", path.display()))?;
            }
            println!("{}", report.summary());
            if report.has_errors() {
                eprintln!(
                    "some items could not be imported (listed above); every other item was saved."
                );
                return Ok(ExitCode::from(2));
            }
        }
        Command::User { action } => {
            let loaded = config::load(cli.config.as_deref(), &overrides)?;
            let store = open_store(&loaded).await?;
            match action {
                UserCommand::Add {
                    email,
                    name,
                    role,
                    editions,
                } => {
                    let (id, password) =
                        crate::users::add(&store, &email, &name, &role, &editions).await?;
                    println!("account {id} created for {email}");
                    println!("one-time password: {password}");
                    println!("(shown once; it must be changed at the first sign-in)");
                }
                UserCommand::List => {
                    for u in store.users().await? {
                        let editions = if u.editions.is_empty() {
                            "all editions".to_string()
                        } else {
                            u.editions.join(",")
                        };
                        let two_factor = if u.totp_secret.is_some() {
                            "two-factor"
                        } else {
                            "password only"
                        };
                        let state = if u.disabled { " (disabled)" } else { "" };
                        println!(
                            "{:>4}  {:<32} {:<11} {:<14} {two_factor}{state}",
                            u.id,
                            u.email,
                            u.role.as_str(),
                            editions
                        );
                    }
                }
                UserCommand::ResetPassword { email } => {
                    let password = crate::users::reset_password(&store, &email).await?;
                    println!("one-time password for {email}: {password}");
                    println!("(every session of the account was ended)");
                }
                UserCommand::TwoFactor { email } => {
                    let uri = crate::users::enrol_totp(
                        &store,
                        &loaded.settings.keyring,
                        &email,
                        &loaded.settings.agency,
                    )
                    .await?;
                    println!("add this to the authenticator app of {email}:");
                    println!("{uri}");
                }
            }
            store.close().await;
        }
        Command::Token { action } => {
            let loaded = config::load(cli.config.as_deref(), &overrides)?;
            let store = open_store(&loaded).await?;
            match action {
                TokenCommand::Create {
                    email,
                    name,
                    scopes,
                } => {
                    let (id, secret) =
                        crate::tokens::create(&store, &email, &name, &scopes).await?;
                    println!("token {id} created, acting as {email}");
                    println!("{secret}");
                    println!("(shown once: only its hash is kept)");
                }
                TokenCommand::List => {
                    let when = |t: Option<i64>| {
                        t.and_then(|t| jiff::Timestamp::from_second(t).ok())
                            .map_or_else(
                                || "-".to_string(),
                                |t| t.strftime("%Y-%m-%d %H:%M").to_string(),
                            )
                    };
                    for t in store.api_tokens().await? {
                        let state = match t.revoked_at {
                            Some(at) => format!("revoked {}", when(Some(at))),
                            None => "live".to_string(),
                        };
                        println!(
                            "{:>4}  {:<24} {:<33} {:<32} made {}  last used {}  {state}",
                            t.id,
                            t.name,
                            t.scopes.join(","),
                            t.user_email,
                            when(Some(t.created_at)),
                            when(t.last_used_at)
                        );
                    }
                }
                TokenCommand::Revoke { id } => {
                    crate::tokens::revoke(&store, id).await?;
                    println!("token {id} revoked");
                }
            }
            store.close().await;
        }
        Command::Newsletter { action } => {
            let mut loaded = config::load(cli.config.as_deref(), &overrides)?;
            let store = open_store(&loaded).await?;
            // Checked before a missing key file is replaced: a new key cannot read old rows.
            crate::mail::check_keys(&store, &loaded.settings.keyring, &loaded).await?;
            loaded.ensure_key_file()?;
            match action {
                NewsletterCommand::Queue { at } => {
                    crate::mail::queue(loaded, store, at.as_deref()).await?;
                }
                NewsletterCommand::Send => {
                    if !crate::mail::send(loaded, store).await? {
                        return Ok(ExitCode::FAILURE);
                    }
                }
                NewsletterCommand::Status => {
                    crate::mail::status(&store).await?;
                    store.close().await;
                }
                NewsletterCommand::GenerateSubscribers { count, domain } => {
                    crate::mail::generate_subscribers(
                        &store,
                        &loaded.settings.keyring,
                        count,
                        &domain,
                    )
                    .await?;
                    store.close().await;
                }
            }
        }
        Command::ExportStatic {
            dir,
            server_url,
            no_server_links,
        } => {
            let loaded = config::load(cli.config.as_deref(), &overrides)?;
            let server_url = if no_server_links {
                None
            } else {
                Some(server_url.unwrap_or_else(|| loaded.settings.base_url.clone()))
            };
            let store = open_store(&loaded).await?;
            let report = crate::export::run(loaded.settings, store.clone(), &dir, server_url).await;
            store.close().await;
            println!("{}", report?.summary());
        }
        Command::Reindex => {
            let loaded = config::load(cli.config.as_deref(), &overrides)?;
            let store = open_store(&loaded).await?;
            crate::reindex::run(loaded, store).await?;
        }
        Command::Keys { action } => {
            let loaded = config::load(cli.config.as_deref(), &overrides)?;
            let store = open_store(&loaded).await?;
            match action {
                KeysCommand::Show => crate::mail::show(&loaded, &store).await?,
                KeysCommand::Rotate => crate::mail::rotate(loaded, &store).await?,
                KeysCommand::Retire => crate::mail::retire(loaded, &store).await?,
            }
            store.close().await;
        }
        Command::Verify => {
            let loaded = config::load(cli.config.as_deref(), &overrides)?;
            let store = open_store(&loaded).await?;
            let total = store.article_count().await?;
            let mut progress =
                crate::progress::Progress::new("verifying revision history", total as u64, false);
            let report = store.verify_history(|n| progress.set(n)).await?;
            progress.finish(&format!(
                "{} articles, {} revisions, {} problem(s)",
                report.articles,
                report.revisions,
                report.problems.len()
            ));
            store.close().await;
            for (id, problem) in &report.problems {
                println!("article {id}: {problem}");
            }
            if report.problems.is_empty() {
                println!(
                    "{} articles, {} revisions: every history is intact",
                    report.articles, report.revisions
                );
            } else {
                println!(
                    "{} problem(s) in {} articles: the history was changed outside Dateline",
                    report.problems.len(),
                    report.articles
                );
                return Ok(ExitCode::from(1));
            }
        }
        Command::Generate { articles, out } => {
            let mut progress =
                crate::progress::Progress::new("generating articles", articles, false);
            let written = if out.as_os_str() == "-" {
                let stdout = std::io::stdout();
                let mut w = std::io::BufWriter::new(stdout.lock());
                crate::demo::write_generated(articles, &mut w, |n| progress.set(n))?
            } else {
                let file = std::fs::File::create(&out)
                    .with_context(|| format!("creating {}", out.display()))?;
                let mut w = std::io::BufWriter::with_capacity(1 << 20, file);
                crate::demo::write_generated(articles, &mut w, |n| progress.set(n))?
            };
            progress.finish(&format!("{written} articles written"));
        }
    }
    Ok(ExitCode::SUCCESS)
}

async fn serve(mut loaded: config::Loaded, store: Store) -> anyhow::Result<()> {
    crate::mail::check_keys(&store, &loaded.settings.keyring, &loaded).await?;
    loaded.ensure_key_file()?;
    let app = dateline_web::Application::build_with_store(loaded.settings.clone(), store).await?;
    let host = loaded
        .settings
        .listen
        .rsplit_once(':')
        .map(|(h, _)| h)
        .unwrap_or("127.0.0.1");
    tracing::info!(
        "Dateline is serving http://{host}:{}/ ({} store, page cache {})",
        app.port(),
        app.state().store.backend_name(),
        if loaded.settings.page_cache {
            "on"
        } else {
            "off"
        }
    );
    app.run_until_stopped().await.context("serving")?;
    Ok(())
}
