//! Dateline's web server: the public site, the read API, static files and the page cache.
//!
//! [`Application::build`] binds the listener and returns the port it got, so tests start the
//! real server on port 0; [`Application::run_until_stopped`] serves until Ctrl-C or SIGTERM.

pub mod admin;
pub mod admin_api;
mod api;
pub mod cache;
pub mod editor;
pub mod error;
mod feeds;
pub mod media;
pub mod mirror;
pub mod newsletter;
pub mod openapi;
mod pins;
mod public;
pub mod redirects;
mod revisions;
pub mod route;
pub mod search;
mod serve;
pub mod settings;
pub mod site;
mod sitemaps;
mod structured;
pub mod theme;
pub mod translations;
pub mod webhooks;

use std::sync::Arc;
use std::time::Duration;

use axum::body::Body;
use axum::extract::State;
use axum::http::{header, HeaderMap, Method, Response, StatusCode, Uri};
use axum::response::IntoResponse;
use axum::routing::get;
use axum::Router;
use bytes::Bytes;
use dateline_store::{Change, Store};
use secrecy::ExposeSecret;

pub use settings::Settings;

use crate::cache::{CachedPage, PageCache};
use crate::error::WebError;
use crate::public::Outcome;
use crate::route::Route;
use crate::site::Site;
use crate::theme::Theme;

/// Everything a request handler can reach.
pub struct AppState {
    pub store: Store,
    pub settings: Arc<Settings>,
    pub site: Site,
    pub theme: Theme,
    pub cache: PageCache,
    /// Old addresses this node has answered with a redirect.
    pub redirects: redirects::Redirects,
    pub translations: translations::Translations,
    pub limits: admin::Limits,
    /// Builds mails from outbox rows and signs readers' links.
    pub composer: dateline_mail::Composer,
    pub reader_limits: newsletter::Limits,
    /// This node's full-text index, derived from the store.
    pub search: Arc<dateline_search::SearchIndex>,
    /// True while the index is being rebuilt from the store.
    pub search_rebuilding: std::sync::atomic::AtomicBool,
    /// The index was missing, damaged or out of step when the node started.
    pub search_stale: bool,
    /// The last change-log entry the follower has applied to the cache and the index.
    pub applied_change: std::sync::atomic::AtomicI64,
    /// `/api/openapi.json`, rendered for this site at start.
    pub openapi: CachedPage,
    /// Set when this state renders a static mirror rather than serving the site.
    pub mirror: Option<mirror::MirrorLinks>,
}

/// Pages (feeds and sitemaps too) may be kept a minute by browsers and shared caches, and
/// served stale for a day if this server cannot be reached: readers keep reading while the
/// site is under attack.
const PAGE_CACHE_CONTROL: &str =
    "public, max-age=60, stale-while-revalidate=60, stale-if-error=86400";

impl AppState {
    /// Seals the webhook and two-factor secrets stored in clear by a version before they were
    /// sealed; returns how many of each. Every node does it at start: sealing an already
    /// sealed value is skipped, and two nodes sealing the same one store equivalent values.
    pub async fn seal_clear_secrets(&self) -> Result<(usize, usize), dateline_store::StoreError> {
        let ring = &self.settings.keyring;
        let clear = |secrets: Vec<(i64, String)>, context: &[u8]| -> Vec<(i64, String)> {
            secrets
                .into_iter()
                .filter(|(_, stored)| {
                    !stored.starts_with(dateline_mail::keyring::SEALED_TEXT_PREFIX)
                })
                .map(|(id, secret)| (id, ring.seal_text(&secret, context)))
                .collect()
        };
        let endpoints = clear(
            self.store.webhook_secrets().await?,
            webhooks::SECRET_CONTEXT,
        );
        if !endpoints.is_empty() {
            self.store.set_webhook_secrets(&endpoints).await?;
        }
        let accounts = clear(self.store.totp_secrets().await?, admin::TOTP_CONTEXT);
        if !accounts.is_empty() {
            self.store.set_totp_secrets(&accounts).await?;
        }
        Ok((endpoints.len(), accounts.len()))
    }
}

impl AppState {
    /// Everything the site needs but a listener: for the server, and for commands that
    /// render (the newsletter's digests) without serving.
    pub async fn build(settings: Settings, store: Store) -> anyhow::Result<Arc<AppState>> {
        Self::build_inner(settings, store, None).await
    }

    /// The state a static mirror is rendered from (`dateline export-static`): the site's
    /// pages with `links` for what only a server answers. The node's search index is opened
    /// for reading, beside a server that may be running; without a usable one, an index is
    /// built in memory from the store.
    pub async fn build_for_mirror(
        settings: Settings,
        store: Store,
        links: mirror::MirrorLinks,
    ) -> anyhow::Result<Arc<AppState>> {
        Self::build_inner(settings, store, Some(links)).await
    }

    async fn build_inner(
        settings: Settings,
        store: Store,
        mirror: Option<mirror::MirrorLinks>,
    ) -> anyhow::Result<Arc<AppState>> {
        use anyhow::Context;
        let theme = Theme::load(settings.theme_dir.as_deref()).context("loading the theme")?;
        if !settings.editions.is_empty() {
            store
                .configure_editions(&settings.editions)
                .await
                .context("writing the configured editions")?;
        }
        let site = Site::load(&store, settings.messages_dir.as_deref())
            .await
            .context("loading editions")?;
        for warning in &site.message_warnings {
            tracing::warn!("{warning}");
        }
        // Read before the index is built: changes made while it is being built are then
        // replayed by the follower rather than missed.
        let start_change = store
            .last_change_id()
            .await
            .context("reading the change log")?;
        let translations = translations::Translations::build(
            store
                .published_links()
                .await
                .context("reading the translation groups")?,
        );
        anyhow::ensure!(!site.editions.is_empty(), "the database has no editions");
        anyhow::ensure!(
            site.is_edition(&settings.default_edition),
            "default_edition {:?} is not an edition of this site",
            settings.default_edition
        );
        let composer = dateline_mail::Composer::with_from(
            dateline_mail::Links::new(&settings.base_url, settings.keyring.clone()),
            &settings.mail.from,
        )
        .map_err(anyhow::Error::msg)?;
        let read_only = match (&mirror, &settings.search_dir) {
            (Some(_), Some(dir)) => {
                let articles = store.article_count().await.context("counting articles")?;
                // An index out of step with the store (a server not yet caught up, or none
                // running since the last changes) would give other "See also" than the site.
                dateline_search::SearchIndex::open_read_only(dir)
                    .filter(|index| u64::try_from(articles).unwrap_or(0) == index.len())
            }
            _ => None,
        };
        let (search, opened) = match &settings.search_dir {
            _ if read_only.is_some() => (
                read_only.expect("checked"),
                dateline_search::Opened::Existing,
            ),
            Some(_) if mirror.is_some() => (
                dateline_search::SearchIndex::in_memory(),
                dateline_search::Opened::Created,
            ),
            Some(dir) => dateline_search::SearchIndex::open_or_create(dir)
                .with_context(|| format!("opening the search index in {}", dir.display()))?,
            None => (
                dateline_search::SearchIndex::in_memory(),
                dateline_search::Opened::Created,
            ),
        };
        if let dateline_search::Opened::Recreated { reason } = &opened {
            tracing::warn!(%reason, "the search index was unusable and is rebuilt from the store");
        }
        let articles = store.article_count().await.context("counting articles")?;
        let search_stale = opened != dateline_search::Opened::Existing
            || u64::try_from(articles).unwrap_or(0) != search.len();
        let edition_codes: Vec<&str> = site
            .editions
            .iter()
            .map(|e| e.edition.code.as_str())
            .collect();
        let openapi = openapi::page(&settings.base_url, &edition_codes);
        let state = Arc::new(AppState {
            openapi,
            search: Arc::new(search),
            search_rebuilding: std::sync::atomic::AtomicBool::new(false),
            search_stale,
            composer,
            reader_limits: newsletter::Limits::default(),
            store,
            cache: PageCache::new(settings.page_cache, settings.cache_max_bytes),
            redirects: redirects::Redirects::default(),
            settings: Arc::new(settings),
            site,
            theme,
            translations,
            limits: admin::Limits::default(),
            applied_change: std::sync::atomic::AtomicI64::new(start_change),
            mirror,
        });
        Ok(state)
    }
}

pub struct Application {
    port: u16,
    listener: tokio::net::TcpListener,
    router: Router,
    state: Arc<AppState>,
}

impl Application {
    /// Opens the store, loads the theme and binds the listener.
    pub async fn build(settings: Settings) -> anyhow::Result<Application> {
        use anyhow::Context;
        let store = Store::open(
            settings.database_url.expose_secret(),
            settings.max_connections,
        )
        .await
        .context("opening the database")?;
        store
            .seed_reference_data()
            .await
            .context("seeding editions and regions")?;
        Self::build_with_store(settings, store).await
    }

    /// As [`Application::build`], on a store the caller already opened.
    pub async fn build_with_store(settings: Settings, store: Store) -> anyhow::Result<Application> {
        use anyhow::Context;
        let listener = tokio::net::TcpListener::bind(&settings.listen)
            .await
            .with_context(|| format!("listening on {}", settings.listen))?;
        let port = listener.local_addr()?.port();
        let state = AppState::build(settings, store).await?;
        // Done before the node serves or delivers anything, and before this returns, so
        // whoever starts a node knows the secrets it found are sealed.
        match state.seal_clear_secrets().await {
            Ok((0, 0)) => {}
            Ok((endpoints, accounts)) => tracing::info!(
                endpoints,
                accounts,
                "webhook and two-factor secrets stored in clear are now sealed"
            ),
            Err(e) => tracing::error!(error = %e, "sealing secrets stored in clear failed"),
        }
        let router = router(state.clone());
        Ok(Application {
            port,
            listener,
            router,
            state,
        })
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    pub fn state(&self) -> Arc<AppState> {
        self.state.clone()
    }

    /// Serves until the process is asked to stop, following the store's changes meanwhile.
    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        use axum::serve::ListenerExt;
        let follower = tokio::spawn(follow_changes(self.state.clone()));
        let (stop_mail, mail_stopped) = tokio::sync::watch::channel(false);
        let mut background = vec![follower];
        if self.state.search_stale {
            let state = self.state.clone();
            // Said before the first request is served, not when the task first runs.
            state
                .search_rebuilding
                .store(true, std::sync::atomic::Ordering::Release);
            background.push(tokio::spawn(async move {
                let started = std::time::Instant::now();
                match search::rebuild(state, |_| {}).await {
                    Ok(n) => tracing::info!(
                        stories = n,
                        seconds = started.elapsed().as_secs_f64(),
                        "search index rebuilt from the store"
                    ),
                    Err(e) => tracing::error!(error = %e, "rebuilding the search index failed"),
                }
            }));
        }
        if self.state.settings.mail.schedule {
            background.push(tokio::spawn(newsletter::schedule(self.state.clone())));
        }
        if self.state.settings.webhooks.deliver {
            background.push(tokio::spawn(webhooks::deliver(
                self.state.clone(),
                mail_stopped.clone(),
            )));
        }
        match &self.state.settings.mail.worker {
            Some(worker) => {
                let worker = dateline_mail::Worker::new(
                    self.state.store.clone(),
                    self.state.composer.clone(),
                    worker.clone(),
                )
                .map_err(std::io::Error::other)?;
                background.push(tokio::spawn(Arc::new(worker).run(mail_stopped)));
            }
            None => tracing::warn!(
                "no SMTP server configured (mail.smtp_url): mail waits in the outbox"
            ),
        }
        let listener = self.listener.tap_io(|tcp| {
            // Pages go out in one write; don't let Nagle hold back the last segment.
            let _ = tcp.set_nodelay(true);
        });
        let result = axum::serve(
            listener,
            self.router
                .into_make_service_with_connect_info::<std::net::SocketAddr>(),
        )
        .with_graceful_shutdown(shutdown_signal())
        .await;
        let _ = stop_mail.send(true);
        for task in background {
            task.abort();
        }
        self.state.store.close().await;
        result
    }
}

async fn shutdown_signal() {
    let ctrl_c = tokio::signal::ctrl_c();
    #[cfg(unix)]
    {
        let mut term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
            .expect("installing the SIGTERM handler");
        tokio::select! {
            _ = ctrl_c => {}
            _ = term.recv() => {}
        }
    }
    #[cfg(not(unix))]
    let _ = ctrl_c.await;
    tracing::info!("shutting down");
}

fn router(state: Arc<AppState>) -> Router {
    Router::new()
        .route("/api/v1/articles", get(api::list))
        .route("/api/v1/articles/{id}", get(api::one))
        .route("/api/v1/articles/{id}/related", get(search::api_related))
        .route("/api/v1/search", get(search::api_search))
        .route("/{edition}/search", get(search::page))
        .route("/admin/search", get(search::admin))
        .route(
            "/api/v1/admin/articles",
            axum::routing::post(admin_api::create),
        )
        .route(
            "/api/v1/admin/articles/{id}",
            get(admin_api::read).patch(admin_api::update),
        )
        .route(
            "/api/v1/admin/articles/{id}/publish",
            axum::routing::post(admin_api::publish),
        )
        .route(
            "/api/v1/admin/articles/{id}/unpublish",
            axum::routing::post(admin_api::unpublish),
        )
        .route("/api/openapi.json", get(openapi::serve))
        .route("/api/{*rest}", get(api::not_found))
        .route("/static/{file}", get(static_file))
        .route("/health", get(health))
        .route(
            "/admin",
            get(|| async { serve::permanent_redirect("/admin/") }),
        )
        .route("/admin/", get(admin::home))
        .route(
            "/admin/sign-in",
            get(admin::sign_in_form).post(admin::sign_in),
        )
        .route(
            "/admin/two-factor",
            get(admin::two_factor_form).post(admin::two_factor),
        )
        .route(
            "/admin/password",
            get(admin::password_form).post(admin::change_password),
        )
        .route("/admin/sign-out", axum::routing::post(admin::sign_out))
        .route(
            "/admin/sign-out-everywhere",
            axum::routing::post(admin::sign_out_everywhere),
        )
        .route("/admin/audit", get(admin::audit))
        .route("/admin/tags", get(editor::tags))
        .route("/admin/users", get(admin::users))
        .route(
            "/admin/tokens",
            get(admin_api::tokens).post(admin_api::create_token),
        )
        .route(
            "/admin/tokens/{id}/revoke",
            axum::routing::post(admin_api::revoke_token),
        )
        .route(
            "/admin/webhooks",
            get(webhooks::admin_page).post(webhooks::add),
        )
        .route(
            "/admin/webhooks/{id}/remove",
            axum::routing::post(webhooks::remove),
        )
        .route("/admin/users/{id}", axum::routing::post(admin::change_role))
        .route("/admin/preview", axum::routing::post(editor::preview))
        .route(
            "/admin/media",
            get(media::form)
                .post(media::upload)
                .layer(axum::extract::DefaultBodyLimit::max(
                    media::MAX_UPLOAD + 64 * 1024,
                )),
        )
        .route("/media/{id}/{file}", get(media::serve))
        .route(
            "/admin/two-factor/setup",
            get(admin::setup_form).post(admin::setup),
        )
        .route(
            "/admin/settings",
            get(admin::settings_form).post(admin::save_settings),
        )
        .route("/admin/articles", get(editor::articles))
        .route(
            "/admin/articles/new",
            get(editor::new_form).post(editor::create),
        )
        .route(
            "/admin/articles/{id}",
            get(editor::edit_form).post(editor::update),
        )
        .route("/admin/articles/{id}/revisions", get(revisions::list))
        .route(
            "/admin/articles/{id}/see-also",
            get(pins::form).post(pins::save),
        )
        .route(
            "/admin/articles/{id}/restore",
            axum::routing::post(revisions::restore),
        )
        .route(
            "/{edition}/send/{id}",
            get(newsletter::send_form).post(newsletter::send),
        )
        .route(
            "/{edition}/newsletter",
            get(newsletter::subscribe_form).post(newsletter::subscribe),
        )
        .route(
            "/{edition}/newsletter/link",
            axum::routing::post(newsletter::request_link),
        )
        .route(
            "/{edition}/newsletter/confirm/{token}",
            get(newsletter::confirm_page).post(newsletter::confirm),
        )
        .route(
            "/{edition}/newsletter/preferences/{token}",
            get(newsletter::preferences_page).post(newsletter::save_preferences),
        )
        .route(
            "/{edition}/newsletter/unsubscribe/{token}",
            get(newsletter::unsubscribe_page).post(newsletter::unsubscribe),
        )
        .route(
            "/{edition}/newsletter/export/{token}",
            get(newsletter::export),
        )
        .route(
            "/{edition}/newsletter/erase/{token}",
            axum::routing::post(newsletter::erase),
        )
        .route(
            "/{edition}/newsletter/block/{token}",
            get(newsletter::block_page).post(newsletter::block),
        )
        .route(
            "/admin/subscribers",
            get(newsletter::admin_page).post(newsletter::admin_action),
        )
        .fallback(public_page)
        .layer(axum::middleware::map_response(serve::security_headers))
        .with_state(state)
}

async fn health(State(state): State<Arc<AppState>>) -> Response<Body> {
    let (pages, bytes) = state.cache.stats();
    (
        [(header::CACHE_CONTROL, "no-store")],
        axum::Json(serde_json::json!({
            "status": "ok",
            "backend": state.store.backend_name(),
            "cached_pages": pages,
            "cached_bytes": bytes,
            // "rebuilding" while the search index is rebuilt in the background: searches
            // and "See also" then answer from part of the archive.
            "search_index": if state.search_rebuilding.load(std::sync::atomic::Ordering::Acquire) {
                "rebuilding"
            } else {
                "ready"
            },
        })),
    )
        .into_response()
}

async fn static_file(
    State(state): State<Arc<AppState>>,
    uri: Uri,
    headers: HeaderMap,
) -> Response<Body> {
    match state.theme.assets.get(uri.path()) {
        Some(page) => serve::page_response(page, &headers),
        None => (
            StatusCode::NOT_FOUND,
            [(header::CACHE_CONTROL, "no-store")],
            "no such file",
        )
            .into_response(),
    }
}

/// `?page=N` for list pages; anything else in the query string is ignored, so it cannot be
/// used to fill the cache with copies of one page.
fn page_number(query: Option<&str>) -> Result<i64, WebError> {
    let value = query
        .unwrap_or("")
        .split('&')
        .find_map(|pair| pair.strip_prefix("page="));
    match value {
        None => Ok(1),
        Some(v) => match v.parse::<i64>() {
            Ok(n) if (1..=100_000).contains(&n) => Ok(n),
            _ => Err(WebError::BadRequest(format!(
                "page {v:?} is not a page number"
            ))),
        },
    }
}

async fn public_page(
    State(state): State<Arc<AppState>>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
) -> Response<Body> {
    if method != Method::GET && method != Method::HEAD {
        return (
            StatusCode::METHOD_NOT_ALLOWED,
            [(header::ALLOW, "GET, HEAD")],
            "method not allowed",
        )
            .into_response();
    }
    let path = uri.path();
    // The hot path: a page already rendered is answered before any parsing.
    if uri.query().is_none() {
        if let Some(cached) = state.cache.get(path) {
            return serve::page_response(&cached, &headers);
        }
    }
    let route = Route::parse(path, |e| state.site.is_edition(e));
    let accept_language = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let edition = route
        .edition()
        .unwrap_or_else(|| {
            state
                .site
                .negotiate(accept_language, &state.settings.default_edition)
        })
        .to_string();
    match &route {
        Route::Root => {
            // `/?p=123`: an old WordPress address.
            if uri.query().is_some() {
                if let Some(redirect) = redirects::old_address(&state, path, uri.query()).await {
                    return redirect;
                }
            }
            return (
                StatusCode::FOUND,
                [
                    (header::LOCATION, format!("/{edition}/")),
                    (header::VARY, "Accept-Language".to_string()),
                    (header::CACHE_CONTROL, "public, max-age=300".to_string()),
                ],
            )
                .into_response();
        }
        Route::EditionNoSlash { edition } => {
            return serve::permanent_redirect(&format!("/{edition}/"))
        }
        Route::NotFound { .. } => {
            if let Some(redirect) = redirects::old_address(&state, path, uri.query()).await {
                return redirect;
            }
            return error_response(&state, &edition, WebError::NotFound);
        }
        _ => {}
    }
    let page = if route.is_paged() {
        match page_number(uri.query()) {
            Ok(n) => n,
            Err(e) => return error_response(&state, &edition, e),
        }
    } else {
        1
    };
    let key = if page > 1 {
        format!("{path}?page={page}")
    } else {
        path.to_string()
    };
    if let Some(cached) = state.cache.get(&key) {
        return serve::page_response(&cached, &headers);
    }
    let generation = state.cache.generation();
    let now = dateline_core::article::now();
    match state.render(&route, page, now).await {
        Ok(Outcome::Page(rendered)) => {
            let body = Bytes::from(rendered.body);
            let content_type = rendered.content_type;
            let page = if state.cache.enabled() {
                CachedPage::compressed(content_type, PAGE_CACHE_CONTROL, body, now)
            } else {
                CachedPage::plain(content_type, PAGE_CACHE_CONTROL, body, now)
            };
            let page = Arc::new(page);
            state
                .cache
                .insert(key, page.clone(), rendered.tags, generation);
            serve::page_response(&page, &headers)
        }
        Ok(Outcome::Redirect(to)) => serve::permanent_redirect(&to),
        Err(WebError::NotFound) => match redirects::old_address(&state, path, uri.query()).await {
            Some(redirect) => redirect,
            None => error_response(&state, &edition, WebError::NotFound),
        },
        Err(e) => error_response(&state, &edition, e),
    }
}

fn error_response(state: &AppState, edition: &str, error: WebError) -> Response<Body> {
    error.log();
    let status = error.status();
    let html = state.error_page(edition, status);
    (
        status,
        [
            (header::CONTENT_TYPE, "text/html; charset=utf-8"),
            (
                header::CACHE_CONTROL,
                if status.is_server_error() {
                    "no-store"
                } else {
                    "public, max-age=60"
                },
            ),
        ],
        html,
    )
        .into_response()
}

/// The cache tags a change touches.
fn change_tags(change: &Change, group: Option<&str>) -> Vec<String> {
    let ed = &change.edition;
    let mut tags = vec![format!("a:{}", change.article_id), format!("list:{ed}")];
    tags.extend(change.regions.iter().map(|c| format!("r:{ed}:{c}")));
    tags.extend(change.tags.iter().map(|t| format!("t:{t}")));
    if let Some(g) = group {
        tags.push(format!("g:{g}"));
    }
    tags
}

/// How far behind the newest change id the follower looks for late commits.
const LATE_COMMIT_WINDOW: i64 = 200;

/// Follows the store's change log (fed by every process and node writing to the database)
/// and the clock (scheduled stories becoming visible), dropping the cached pages they touch.
async fn follow_changes(state: Arc<AppState>) {
    let poll = Duration::from_millis(state.settings.change_poll_ms.max(10));
    let mut last_id = state
        .applied_change
        .load(std::sync::atomic::Ordering::Acquire);
    // On PostgreSQL a transaction can commit after a later one took a higher id: the follower
    // re-reads a window behind the newest id it saw and skips the ids it already applied.
    let mut applied: std::collections::BTreeSet<i64> = std::collections::BTreeSet::new();
    let mut last_time = dateline_core::article::now();
    loop {
        tokio::time::sleep(poll).await;
        let now = dateline_core::article::now();
        let floor = last_id - LATE_COMMIT_WINDOW;
        let mut changes = match state.store.changes_after(floor.max(0), 1000).await {
            Ok(c) => c,
            Err(e) => {
                tracing::warn!(error = %e, "reading the change log failed; retrying");
                continue;
            }
        };
        changes.retain(|c| c.id > last_id || (c.id > floor && !applied.contains(&c.id)));
        applied.extend(changes.iter().map(|c| c.id));
        if let Some(newest) = changes.iter().map(|c| c.id).max() {
            last_id = last_id.max(newest);
        }
        let keep_from = last_id - LATE_COMMIT_WINDOW;
        applied.retain(|id| *id > keep_from);
        if now > last_time {
            match state.store.became_visible(last_time, now).await {
                Ok(visible) => {
                    changes.extend(visible);
                    last_time = now;
                }
                Err(e) => tracing::warn!(error = %e, "reading scheduled stories failed; retrying"),
            }
        }
        let mut reindexed = false;
        for change in changes {
            let article = match state.store.article(change.article_id).await {
                Ok(a) => a,
                Err(e) => {
                    tracing::warn!(error = %e, article = change.article_id, "reading a changed article failed");
                    None
                }
            };
            state
                .translations
                .update(change.article_id, article.as_ref().and_then(|a| a.links()));
            state.index_article(change.article_id, article.as_ref());
            state.redirects.forget_article(change.article_id);
            reindexed = true;
            let group = article.and_then(|a| a.summary.translation_group);
            let tags = change_tags(&change, group.as_deref());
            let dropped = state.cache.invalidate(tags.iter().map(String::as_str));
            tracing::debug!(article = change.article_id, dropped, "pages invalidated");
        }
        if reindexed || state.search.needs_commit() {
            // A commit syncs the disk: off the runtime's threads.
            let index = state.search.clone();
            match tokio::task::spawn_blocking(move || index.commit()).await {
                Ok(Ok(())) => {}
                Ok(Err(e)) => tracing::error!(error = %e, "committing the search index failed"),
                Err(e) => tracing::error!(error = %e, "committing the search index failed"),
            }
        }
        state
            .applied_change
            .store(last_id, std::sync::atomic::Ordering::Release);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_numbers() {
        assert_eq!(page_number(None).unwrap(), 1);
        assert_eq!(page_number(Some("page=3&utm=x")).unwrap(), 3);
        assert_eq!(page_number(Some("utm=x")).unwrap(), 1);
        assert!(page_number(Some("page=0")).is_err());
        assert!(page_number(Some("page=abc")).is_err());
    }
}
