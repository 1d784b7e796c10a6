//! Readers' mail: "Send to a friend", newsletter subscriptions with double opt-in, the
//! preferences page reached by a signed link, one-click unsubscribe, export and erasure of a
//! reader's data, and the digests and story alerts queued when they are due.
//!
//! Nothing here talks SMTP: every mail is written to the outbox, in the transaction that
//! caused it, and the outbox worker (`dateline-mail`) sends it.
//!
//! Anonymous forms carry a signed double-submit token: a random cookie (`SameSite=Strict`)
//! and, in the form, its HMAC under a key from the key file. A browser that says the request
//! came from this site (`Sec-Fetch-Site: same-origin`) passes without the cookie, so readers
//! who refuse cookies can still subscribe; one that says another site sent it never passes.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::body::{Body, Bytes};
use axum::extract::{ConnectInfo, Path, Query, State};
use axum::http::{header, HeaderMap, HeaderValue, Response, StatusCode};
use axum::response::IntoResponse;
use dateline_auth::csrf::{check_csrf, csrf_token};
use dateline_auth::ratelimit::RateLimiter;
use dateline_auth::token;
use dateline_core::i18n::Arg;
use dateline_core::newsletter::{mail_address, Frequency, Preferences, StoryTopics};
use dateline_core::Status;
use dateline_mail::compose::{
    SealedMail, CONFIRM_URL, EMAIL_CONTEXT, NAME_CONTEXT, PREFERENCES_URL, UNSUBSCRIBE_URL,
};
use dateline_mail::schedule::latest_slot;
use dateline_store::{
    ListQuery, MailBody, NewMail, NewRun, NewSubscriber, Subscribed, Subscriber, Summary,
};
use minijinja::{context, Value};
use serde::Serialize;

use crate::admin::cookie;
use crate::site::{urls, EditionInfo, Site};
use crate::AppState;

const FORM_COOKIE: &str = "dateline_reader";
/// Longest message a reader may add to a story sent to a friend, in characters.
pub const MAX_MESSAGE: usize = 500;
const MAX_NAME: usize = 60;
/// Most stories one digest lists.
const MAX_STORIES: i64 = 200;

/// Rate limits of the readers' forms, per node.
pub struct Limits {
    /// Stories sent to friends per client address.
    pub friend_per_ip: RateLimiter,
    /// Stories sent to one recipient, keyed by the address's blind index.
    pub friend_per_recipient: RateLimiter,
    /// Subscriptions and link requests per client address.
    pub subscribe_per_ip: RateLimiter,
    /// Confirmation and link mails per address.
    pub subscribe_per_address: RateLimiter,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            friend_per_ip: RateLimiter::new(5, Duration::from_secs(12 * 60)),
            friend_per_recipient: RateLimiter::new(3, Duration::from_secs(8 * 3600)),
            subscribe_per_ip: RateLimiter::new(10, Duration::from_secs(6 * 60)),
            subscribe_per_address: RateLimiter::new(3, Duration::from_secs(3600)),
        }
    }
}

fn now() -> i64 {
    dateline_core::article::now()
}

/// Form fields in order; repeated names (checkboxes) are kept.
struct Fields(Vec<(String, String)>);

impl Fields {
    fn parse(body: &Bytes) -> Fields {
        Fields(serde_urlencoded::from_bytes(body).unwrap_or_default())
    }

    fn one(&self, name: &str) -> &str {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map_or("", |(_, v)| v.as_str())
    }

    fn all(&self, name: &str) -> Vec<String> {
        let mut values: Vec<String> = self
            .0
            .iter()
            .filter(|(k, v)| k == name && !v.is_empty())
            .map(|(_, v)| v.trim().to_string())
            .collect();
        values.sort();
        values.dedup();
        values
    }
}

/// What a refused form says, and with which status.
struct Refusal {
    status: StatusCode,
    message: String,
}

impl Refusal {
    fn new(site: &Site, status: StatusCode, lang: &str, key: &str) -> Refusal {
        Refusal {
            status,
            message: site.text(lang, key).to_string(),
        }
    }

    fn wait(site: &Site, lang: &str, key: &str, wait: Duration) -> Refusal {
        let minutes = wait.as_secs().div_ceil(60).max(1);
        Refusal {
            status: StatusCode::TOO_MANY_REQUESTS,
            message: site.message(lang, key, &[("minutes", Arg::Number(minutes as i64))]),
        }
    }
}

fn contains_link(text: &str) -> bool {
    let lower = text.to_lowercase();
    ["http:", "https:", "www.", "://", "<a", "href"]
        .iter()
        .any(|m| lower.contains(m))
}

/// Plain text as the reader typed it, without control characters (line breaks kept).
fn clean_text(text: &str) -> String {
    text.trim()
        .chars()
        .filter(|c| !c.is_control() || *c == '\n')
        .collect::<String>()
        .replace("\r", "")
}

/// `r***@example.org`: enough for the reader to recognise the address on a page others may see.
fn masked(address: &str) -> String {
    match address.split_once('@') {
        Some((local, domain)) => {
            let first: String = local.chars().take(1).collect();
            format!("{first}***@{domain}")
        }
        None => "***".into(),
    }
}

#[derive(Serialize)]
struct Choice {
    value: String,
    label: String,
    checked: bool,
}

impl AppState {
    fn form_secret(&self) -> &[u8] {
        self.settings.keyring.form_secret()
    }

    /// The token for a form, and the cookie to set when the reader has none yet.
    fn reader_form_token(&self, headers: &HeaderMap) -> (String, Option<HeaderValue>) {
        match cookie(headers, FORM_COOKIE) {
            Some(value) if value.len() >= 32 => (csrf_token(self.form_secret(), value), None),
            _ => {
                let value = token::random_token();
                let secure = if self.settings.base_url.starts_with("https://") {
                    "; Secure"
                } else {
                    ""
                };
                let set = HeaderValue::from_str(&format!(
                    "{FORM_COOKIE}={value}; Path=/; HttpOnly; SameSite=Strict; Max-Age=86400{secure}"
                ))
                .ok();
                (csrf_token(self.form_secret(), &value), set)
            }
        }
    }

    fn reader_form_ok(&self, headers: &HeaderMap, presented: &str) -> bool {
        let fetch_site = headers
            .get("sec-fetch-site")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("");
        if fetch_site == "cross-site" || fetch_site == "same-site" {
            return false;
        }
        if let Some(value) = cookie(headers, FORM_COOKIE) {
            if check_csrf(self.form_secret(), value, presented) {
                return true;
            }
        }
        fetch_site == "same-origin"
    }

    /// A reader's page in the edition's language, never cached, never leaking its address
    /// (which may hold a signed token) to other sites.
    fn reader_page(
        &self,
        ed: &EditionInfo,
        status: StatusCode,
        template: &str,
        ctx: Value,
        set_cookie: Option<HeaderValue>,
    ) -> Response<Body> {
        let html = self.render_template(template, context! { ..ctx, ..self.base_context(ed) });
        let mut response = match html {
            Ok(html) => (
                status,
                [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
                html,
            )
                .into_response(),
            Err(e) => {
                tracing::error!(error = %e, template, "reader page failed");
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
                    self.error_page(&ed.edition.code, StatusCode::INTERNAL_SERVER_ERROR),
                )
                    .into_response()
            }
        };
        let h = response.headers_mut();
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
        h.insert(
            header::REFERRER_POLICY,
            HeaderValue::from_static("no-referrer"),
        );
        if let Some(set) = set_cookie {
            h.append(header::SET_COOKIE, set);
        }
        response
    }

    pub(crate) fn reader_error(&self, edition: &str, status: StatusCode) -> Response<Body> {
        let mut r = (
            status,
            [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
            self.error_page(edition, status),
        )
            .into_response();
        r.headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
        r
    }

    /// A message page: what happened, and a way back.
    fn notice(
        &self,
        ed: &EditionInfo,
        status: StatusCode,
        heading: &str,
        message: &str,
    ) -> Response<Body> {
        self.reader_page(
            ed,
            status,
            "notice.html",
            context! { heading, message },
            None,
        )
    }

    fn edition_choices(&self, chosen: &[String]) -> Vec<Choice> {
        self.site
            .editions
            .iter()
            .map(|e| Choice {
                value: e.edition.code.clone(),
                label: e.edition.name.clone(),
                checked: chosen.contains(&e.edition.code),
            })
            .collect()
    }

    fn region_choices(&self, ed: &EditionInfo, chosen: &[String]) -> Vec<Choice> {
        self.site
            .regions_of(&ed.edition.code)
            .into_iter()
            .map(|(code, name)| Choice {
                value: code.to_string(),
                label: name.to_string(),
                checked: chosen.iter().any(|c| c == code),
            })
            .collect()
    }

    async fn tag_choices(&self, chosen: &[String]) -> Vec<Choice> {
        let mut out = Vec::new();
        for e in &self.site.editions {
            let code = &e.edition.code;
            let tags = self.store.tags_of(code, 30).await.unwrap_or_default();
            for tag in tags {
                let value = format!("{code}/{}", tag.slug);
                out.push(Choice {
                    checked: chosen.contains(&value),
                    label: format!("{} ({})", tag.name, e.edition.name),
                    value,
                });
            }
        }
        // Chosen tags stay visible even when they are no longer among the most used.
        for value in chosen {
            if !out.iter().any(|c| &c.value == value) {
                out.push(Choice {
                    value: value.clone(),
                    label: value.clone(),
                    checked: true,
                });
            }
        }
        out
    }

    fn frequency_choices(&self, lang: &str, chosen: Frequency) -> Vec<Choice> {
        Frequency::ALL
            .into_iter()
            .map(|f| Choice {
                value: f.as_str().into(),
                label: self.site.text(lang, &format!("freq_{}", f.as_str())).into(),
                checked: f == chosen,
            })
            .collect()
    }

    /// Preferences from a form, checked against the site.
    fn preferences_from(&self, f: &Fields, lang: &str) -> Result<Preferences, Refusal> {
        let frequency = Frequency::parse(f.one("frequency")).ok_or_else(|| {
            Refusal::new(
                &self.site,
                StatusCode::UNPROCESSABLE_ENTITY,
                lang,
                "err_choices",
            )
        })?;
        let prefs = Preferences {
            editions: f.all("editions"),
            regions: f
                .all("regions")
                .into_iter()
                .map(|r| r.to_ascii_uppercase())
                .collect(),
            tags: f.all("tags"),
            frequency,
        };
        if prefs.editions.is_empty() {
            return Err(Refusal::new(
                &self.site,
                StatusCode::UNPROCESSABLE_ENTITY,
                lang,
                "err_editions",
            ));
        }
        let default = &self.settings.default_edition;
        prefs
            .validate(
                |e| self.site.is_edition(e),
                |r| self.site.region_exists(r, default),
            )
            .map_err(|_| {
                Refusal::new(
                    &self.site,
                    StatusCode::UNPROCESSABLE_ENTITY,
                    lang,
                    "err_choices",
                )
            })?;
        Ok(prefs)
    }

    /// A mail with its own text for a subscriber (its links filled in when sent).
    fn subscriber_mail(
        &self,
        kind: &str,
        mail: &SealedMail,
        subscriber_id: Option<i64>,
    ) -> NewMail {
        NewMail {
            kind: kind.into(),
            subscriber_id,
            payload: Some(self.composer.seal(mail)),
        }
    }

    fn render_mail(
        &self,
        name: &str,
        ed: &EditionInfo,
        ctx: Value,
    ) -> Result<(String, String), minijinja::Error> {
        let ctx = context! {
            ..ctx,
            ..context! {
                site => context! { agency => &self.settings.agency, base_url => &self.settings.base_url },
                edition => ed.value.clone(),
                t => ed.texts.clone(),
            }
        };
        let text = self
            .theme
            .env
            .get_template(&format!("mail/{name}.txt"))?
            .render(&ctx)?;
        let html = self
            .theme
            .env
            .get_template(&format!("mail/{name}.html"))?
            .render(&ctx)?;
        Ok((text, html))
    }

    /// The confirmation mail ("open this link to confirm").
    fn confirm_mail(&self, ed: &EditionInfo) -> Result<SealedMail, minijinja::Error> {
        let subject = format!(
            "{} – {}",
            self.settings.agency,
            self.site.text(&ed.edition.language, "confirm_heading")
        );
        let (text, html) = self.render_mail(
            "confirm",
            ed,
            context! { subject, confirm_url => CONFIRM_URL },
        )?;
        Ok(SealedMail {
            to: None,
            subject,
            text,
            html: Some(html),
            list_unsubscribe: None,
        })
    }

    /// The mail carrying a subscriber's preferences link.
    fn preferences_mail(&self, ed: &EditionInfo) -> Result<SealedMail, minijinja::Error> {
        let subject = format!(
            "{} – {}",
            self.settings.agency,
            self.site.text(&ed.edition.language, "preferences_heading")
        );
        let (text, html) = self.render_mail(
            "preferences",
            ed,
            context! { subject, preferences_url => PREFERENCES_URL, unsubscribe_url => UNSUBSCRIBE_URL },
        )?;
        Ok(SealedMail {
            to: None,
            subject,
            text,
            html: Some(html),
            list_unsubscribe: None,
        })
    }

    fn subscriber_language<'a>(&'a self, s: &Subscriber) -> &'a EditionInfo {
        self.site
            .edition(&s.language)
            .or_else(|| self.site.editions.first())
            .expect("the site has editions")
    }
}

fn client_ip(peer: &SocketAddr) -> String {
    peer.ip().to_string()
}

fn store_failed(state: &AppState, ed: &str, e: impl std::fmt::Display) -> Response<Body> {
    tracing::error!(error = %e, "newsletter: store failed");
    state.reader_error(ed, StatusCode::INTERNAL_SERVER_ERROR)
}

// ---------------------------------------------------------------------------------------
// Send to a friend

#[derive(Serialize)]
struct ArticleRef {
    id: i64,
    headline: String,
    standfirst: String,
    url: String,
}

/// The article if it is on the public site now.
async fn visible_article(state: &AppState, ed: &EditionInfo, id: i64) -> Option<ArticleRef> {
    let article = state.store.article(id).await.ok().flatten()?;
    let s = &article.summary;
    let visible = s.edition == ed.edition.code
        && s.status == Status::Published
        && s.published_at.is_some_and(|at| at <= now());
    visible.then(|| ArticleRef {
        id: s.id,
        headline: s.headline.clone(),
        standfirst: s.standfirst.clone(),
        url: urls::article(s, &ed.tz),
    })
}

pub async fn send_form(
    State(state): State<Arc<AppState>>,
    Path((edition, id)): Path<(String, i64)>,
    headers: HeaderMap,
) -> Response<Body> {
    let Some(ed) = state.site.edition(&edition) else {
        return state.reader_error(&edition, StatusCode::NOT_FOUND);
    };
    let Some(article) = visible_article(&state, ed, id).await else {
        return state.reader_error(&edition, StatusCode::NOT_FOUND);
    };
    let (csrf, set) = state.reader_form_token(&headers);
    state.reader_page(
        ed,
        StatusCode::OK,
        "send.html",
        context! {
            article, csrf, max_message => MAX_MESSAGE,
            values => context! { name => "", email => "", message => "" },
            canonical => format!("{}/{edition}/send/{id}", state.settings.base_url),
        },
        set,
    )
}

pub async fn send(
    State(state): State<Arc<AppState>>,
    Path((edition, id)): Path<(String, i64)>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    body: Bytes,
) -> Response<Body> {
    let Some(ed) = state.site.edition(&edition) else {
        return state.reader_error(&edition, StatusCode::NOT_FOUND);
    };
    let Some(article) = visible_article(&state, ed, id).await else {
        return state.reader_error(&edition, StatusCode::NOT_FOUND);
    };
    let f = Fields::parse(&body);
    let lang = ed.edition.language.as_str();
    let sender = clean_text(f.one("name"));
    let message = clean_text(f.one("message"));
    let friend = f.one("email").to_string();
    let outcome = check_send(
        &state, &headers, &peer, lang, &f, &sender, &message, &friend,
    )
    .await;
    let outcome = match outcome {
        Ok(to) => queue_friend_mail(&state, ed, &article, &sender, &message, &to)
            .await
            .map(|()| to),
        Err(r) => Err(r),
    };
    let (csrf, set) = state.reader_form_token(&headers);
    match outcome {
        Ok(to) => state.reader_page(
            ed,
            StatusCode::OK,
            "send.html",
            context! {
                article, csrf, sent_to => masked(&to), max_message => MAX_MESSAGE,
                values => context! { name => "", email => "", message => "" },
            },
            set,
        ),
        Err(refusal) => state.reader_page(
            ed,
            refusal.status,
            "send.html",
            context! {
                article, csrf, error => refusal.message, max_message => MAX_MESSAGE,
                values => context! { name => sender, email => friend, message },
            },
            set,
        ),
    }
}

/// Whether `to` asked for no more stories from readers. A failing store does not block:
/// the send then goes on, limited as any other.
async fn is_blocked(state: &AppState, to: &str) -> bool {
    let indexes = state.settings.keyring.blind_indexes(to);
    state.store.is_blocked(&indexes).await.unwrap_or_else(|e| {
        tracing::error!(error = %e, "reading the block list failed");
        false
    })
}

#[allow(clippy::too_many_arguments)]
async fn check_send(
    state: &AppState,
    headers: &HeaderMap,
    peer: &SocketAddr,
    lang: &str,
    f: &Fields,
    sender: &str,
    message: &str,
    friend: &str,
) -> Result<String, Refusal> {
    let unprocessable =
        |key| Refusal::new(&state.site, StatusCode::UNPROCESSABLE_ENTITY, lang, key);
    if !state.reader_form_ok(headers, f.one("csrf")) {
        return Err(Refusal::new(
            &state.site,
            StatusCode::FORBIDDEN,
            lang,
            "err_form_expired",
        ));
    }
    if !f.one("website").is_empty() {
        return Err(unprocessable("err_honeypot"));
    }
    if sender.is_empty() || sender.chars().count() > MAX_NAME {
        return Err(unprocessable("err_name"));
    }
    if message.chars().count() > MAX_MESSAGE {
        return Err(unprocessable("err_message"));
    }
    if contains_link(sender) || contains_link(message) || sender.contains('@') {
        return Err(unprocessable("err_links"));
    }
    let to = mail_address(friend).ok_or_else(|| unprocessable("err_email"))?;
    if is_blocked(state, &to).await {
        return Err(unprocessable("err_blocked"));
    }
    let at = Instant::now();
    let limits = &state.reader_limits;
    limits
        .friend_per_ip
        .check(&client_ip(peer), at)
        .map_err(|wait| Refusal::wait(&state.site, lang, "err_rate_ip", wait))?;
    limits
        .friend_per_recipient
        .check(&state.settings.keyring.blind_index(&to), at)
        .map_err(|wait| Refusal::wait(&state.site, lang, "err_rate_address", wait))?;
    Ok(to)
}

async fn queue_friend_mail(
    state: &AppState,
    ed: &EditionInfo,
    article: &ArticleRef,
    sender: &str,
    message: &str,
    to: &str,
) -> Result<(), Refusal> {
    let failed = |e: &dyn std::fmt::Display| {
        tracing::error!(error = %e, "send to a friend failed");
        Refusal {
            status: StatusCode::INTERNAL_SERVER_ERROR,
            message: state.site.text(&ed.edition.language, "error_text").into(),
        }
    };
    let subject = format!("{sender}: {}", article.headline);
    let url = format!("{}{}", state.settings.base_url, article.url);
    let block_url = state.composer.links().block(&ed.edition.code, to);
    let (text, html) = state
        .render_mail(
            "friend",
            ed,
            context! {
                subject, sender, message, url, block_url => &block_url,
                headline => &article.headline, standfirst => &article.standfirst,
            },
        )
        .map_err(|e| failed(&e))?;
    let mail = SealedMail {
        to: Some(to.to_string()),
        subject,
        text,
        html: Some(html),
        list_unsubscribe: Some(block_url),
    };
    state
        .store
        .queue_mail(&state.subscriber_mail("friend", &mail, None), now())
        .await
        .map_err(|e| failed(&e))?;
    Ok(())
}

// ---------------------------------------------------------------------------------------
// Subscribing

async fn subscribe_page(
    state: &AppState,
    ed: &EditionInfo,
    headers: &HeaderMap,
    status: StatusCode,
    prefs: &Preferences,
    values: Value,
    error: Option<String>,
) -> Response<Body> {
    let (csrf, set) = state.reader_form_token(headers);
    let lang = &ed.edition.language;
    state.reader_page(
        ed,
        status,
        "newsletter.html",
        context! {
            csrf, error, values,
            canonical => format!("{}/{}/newsletter", state.settings.base_url, ed.edition.code),
            editions_choice => state.edition_choices(&prefs.editions),
            regions_choice => state.region_choices(ed, &prefs.regions),
            tags_choice => state.tag_choices(&prefs.tags).await,
            frequency_choice => state.frequency_choices(lang, prefs.frequency),
        },
        set,
    )
}

pub async fn subscribe_form(
    State(state): State<Arc<AppState>>,
    Path(edition): Path<String>,
    headers: HeaderMap,
) -> Response<Body> {
    let Some(ed) = state.site.edition(&edition) else {
        return state.reader_error(&edition, StatusCode::NOT_FOUND);
    };
    let prefs = Preferences {
        editions: vec![ed.edition.code.clone()],
        regions: Vec::new(),
        tags: Vec::new(),
        frequency: Frequency::Daily,
    };
    subscribe_page(
        &state,
        ed,
        &headers,
        StatusCode::OK,
        &prefs,
        form_values("", "", ""),
        None,
    )
    .await
}

/// What the subscription page's two forms show in their fields.
fn form_values(email: &str, name: &str, link_email: &str) -> Value {
    context! { email, name, link_email }
}

/// Checks the address and the limits shared by subscribing and asking for a link.
fn check_address(
    state: &AppState,
    headers: &HeaderMap,
    peer: &SocketAddr,
    lang: &str,
    f: &Fields,
) -> Result<String, Refusal> {
    if !state.reader_form_ok(headers, f.one("csrf")) {
        return Err(Refusal::new(
            &state.site,
            StatusCode::FORBIDDEN,
            lang,
            "err_form_expired",
        ));
    }
    if !f.one("website").is_empty() {
        return Err(Refusal::new(
            &state.site,
            StatusCode::UNPROCESSABLE_ENTITY,
            lang,
            "err_honeypot",
        ));
    }
    let email = mail_address(f.one("email")).ok_or_else(|| {
        Refusal::new(
            &state.site,
            StatusCode::UNPROCESSABLE_ENTITY,
            lang,
            "err_email",
        )
    })?;
    let at = Instant::now();
    state
        .reader_limits
        .subscribe_per_ip
        .check(&client_ip(peer), at)
        .map_err(|wait| Refusal::wait(&state.site, lang, "err_rate_ip", wait))?;
    state
        .reader_limits
        .subscribe_per_address
        .check(&state.settings.keyring.blind_index(&email), at)
        .map_err(|wait| Refusal::wait(&state.site, lang, "err_rate_address", wait))?;
    Ok(email)
}

pub async fn subscribe(
    State(state): State<Arc<AppState>>,
    Path(edition): Path<String>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    body: Bytes,
) -> Response<Body> {
    let Some(ed) = state.site.edition(&edition) else {
        return state.reader_error(&edition, StatusCode::NOT_FOUND);
    };
    let lang = ed.edition.language.as_str();
    let f = Fields::parse(&body);
    let name = clean_text(f.one("name"));
    let prefs = state.preferences_from(&f, lang);
    let checked = prefs.and_then(|p| {
        if name.chars().count() > MAX_NAME || contains_link(&name) {
            return Err(Refusal::new(
                &state.site,
                StatusCode::UNPROCESSABLE_ENTITY,
                lang,
                "err_name",
            ));
        }
        check_address(&state, &headers, &peer, lang, &f).map(|email| (p, email))
    });
    let (prefs, email) = match checked {
        Ok(ok) => ok,
        Err(refusal) => {
            let shown = state.preferences_from(&f, lang).unwrap_or(Preferences {
                editions: f.all("editions"),
                regions: Vec::new(),
                tags: Vec::new(),
                frequency: Frequency::Daily,
            });
            let values = form_values(f.one("email"), &name, "");
            return subscribe_page(
                &state,
                ed,
                &headers,
                refusal.status,
                &shown,
                values,
                Some(refusal.message),
            )
            .await;
        }
    };
    let keyring = &state.settings.keyring;
    let existing = match state
        .store
        .subscriber_by_index(&keyring.blind_indexes(&email))
        .await
    {
        Ok(found) => found,
        Err(e) => return store_failed(&state, &edition, e),
    };
    let result = match existing {
        Some(s) => remind(&state, &s).await,
        None => {
            let confirm = match state.confirm_mail(ed) {
                Ok(m) => m,
                Err(e) => return store_failed(&state, &edition, e),
            };
            let new = NewSubscriber {
                email_index: keyring.blind_index(&email),
                email_sealed: keyring.seal(email.as_bytes(), EMAIL_CONTEXT),
                name_sealed: (!name.is_empty())
                    .then(|| keyring.seal(name.as_bytes(), NAME_CONTEXT)),
                key_id: keyring.current_id().to_string(),
                language: ed.edition.code.clone(),
                preferences: prefs,
            };
            let mail = state.subscriber_mail("confirm", &confirm, None);
            match state.store.subscribe(&new, &mail, now()).await {
                Ok(Subscribed::Created(_)) => Ok(()),
                // Subscribed a moment ago from another tab or node.
                Ok(Subscribed::Exists(s)) => remind(&state, &s).await,
                Err(e) => Err(e.to_string()),
            }
        }
    };
    if let Err(e) = result {
        return store_failed(&state, &edition, e);
    }
    // The same answer whether the address was new or known: the page does not tell a
    // stranger who subscribes.
    state.notice(
        ed,
        StatusCode::OK,
        state.site.text(lang, "newsletter"),
        state.site.text(lang, "check_inbox"),
    )
}

/// Mails a known subscriber what they need: the confirmation again while pending, else the
/// link to their preferences.
async fn remind(state: &AppState, s: &Subscriber) -> Result<(), String> {
    let ed = state.subscriber_language(s);
    let (kind, mail) = match s.status {
        dateline_store::SubscriberStatus::Pending => ("confirm", state.confirm_mail(ed)),
        _ => ("preferences", state.preferences_mail(ed)),
    };
    let mail = mail.map_err(|e| e.to_string())?;
    state
        .store
        .queue_mail(&state.subscriber_mail(kind, &mail, Some(s.id)), now())
        .await
        .map(|_| ())
        .map_err(|e| e.to_string())
}

/// "Already subscribed? Send me my link."
pub async fn request_link(
    State(state): State<Arc<AppState>>,
    Path(edition): Path<String>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    body: Bytes,
) -> Response<Body> {
    let Some(ed) = state.site.edition(&edition) else {
        return state.reader_error(&edition, StatusCode::NOT_FOUND);
    };
    let lang = ed.edition.language.as_str();
    let f = Fields::parse(&body);
    let email = match check_address(&state, &headers, &peer, lang, &f) {
        Ok(email) => email,
        Err(refusal) => {
            let prefs = Preferences {
                editions: vec![ed.edition.code.clone()],
                regions: Vec::new(),
                tags: Vec::new(),
                frequency: Frequency::Daily,
            };
            let values = form_values("", "", f.one("email"));
            return subscribe_page(
                &state,
                ed,
                &headers,
                refusal.status,
                &prefs,
                values,
                Some(refusal.message),
            )
            .await;
        }
    };
    let keyring = &state.settings.keyring;
    match state
        .store
        .subscriber_by_index(&keyring.blind_indexes(&email))
        .await
    {
        Ok(Some(s)) => {
            if let Err(e) = remind(&state, &s).await {
                return store_failed(&state, &edition, e);
            }
        }
        Ok(None) => {}
        Err(e) => return store_failed(&state, &edition, e),
    }
    state.notice(
        ed,
        StatusCode::OK,
        state.site.text(lang, "newsletter"),
        state.site.text(lang, "manage_sent"),
    )
}

// ---------------------------------------------------------------------------------------
// Pages reached by signed links

/// The subscriber a link is for, or the page saying the link is no good.
async fn linked<'a>(
    state: &'a AppState,
    edition: &str,
    page: &str,
    token: &str,
) -> Result<(&'a str, Subscriber), Response<Body>> {
    let Some(ed) = state.site.edition(edition) else {
        return Err(state.reader_error(edition, StatusCode::NOT_FOUND));
    };
    let lang = ed.edition.language.as_str();
    let invalid = || {
        state.notice(
            ed,
            StatusCode::NOT_FOUND,
            state.site.text(lang, "newsletter"),
            state.site.text(lang, "link_invalid"),
        )
    };
    let Some(id) = state.composer.links().verify(page, token) else {
        return Err(invalid());
    };
    match state.store.subscriber(id).await {
        Ok(Some(s)) => Ok((lang, s)),
        Ok(None) => Err(invalid()),
        Err(e) => Err(store_failed(state, edition, e)),
    }
}

pub async fn confirm_page(
    State(state): State<Arc<AppState>>,
    Path((edition, token)): Path<(String, String)>,
    headers: HeaderMap,
) -> Response<Body> {
    let (_, _s) = match linked(&state, &edition, "confirm", &token).await {
        Ok(found) => found,
        Err(r) => return r,
    };
    let ed = state.site.edition(&edition).expect("checked by linked");
    let (csrf, set) = state.reader_form_token(&headers);
    // A button, not an automatic confirmation: mail scanners that open every link must not
    // subscribe anyone.
    state.reader_page(ed, StatusCode::OK, "confirm.html", context! { csrf }, set)
}

pub async fn confirm(
    State(state): State<Arc<AppState>>,
    Path((edition, token)): Path<(String, String)>,
    headers: HeaderMap,
    body: Bytes,
) -> Response<Body> {
    let (lang, s) = match linked(&state, &edition, "confirm", &token).await {
        Ok(found) => found,
        Err(r) => return r,
    };
    let ed = state.site.edition(&edition).expect("checked by linked");
    if !state.reader_form_ok(&headers, Fields::parse(&body).one("csrf")) {
        let r = Refusal::new(&state.site, StatusCode::FORBIDDEN, lang, "err_form_expired");
        return state.notice(
            ed,
            r.status,
            state.site.text(lang, "confirm_heading"),
            &r.message,
        );
    }
    if let Err(e) = state.store.confirm_subscriber(s.id, now()).await {
        return store_failed(&state, &edition, e);
    }
    let prefs = state.composer.links().preferences(&s.language, s.id);
    crate::admin::see_other(&format!("{}?done=confirmed", path_of(&prefs)))
}

/// The path of an absolute address on this site.
fn path_of(url: &str) -> &str {
    url.find("://")
        .and_then(|i| url[i + 3..].find('/').map(|j| &url[i + 3 + j..]))
        .unwrap_or(url)
}

#[derive(serde::Deserialize)]
pub struct Done {
    done: Option<String>,
}

pub async fn preferences_page(
    State(state): State<Arc<AppState>>,
    Path((edition, token)): Path<(String, String)>,
    Query(done): Query<Done>,
    headers: HeaderMap,
) -> Response<Body> {
    let (lang, s) = match linked(&state, &edition, "preferences", &token).await {
        Ok(found) => found,
        Err(r) => return r,
    };
    let notice = match done.done.as_deref() {
        Some("confirmed") => Some(state.site.text(lang, "confirmed")),
        Some("saved") => Some(state.site.text(lang, "saved")),
        _ => None,
    };
    preferences_form(
        &state,
        &edition,
        &token,
        &headers,
        &s,
        &s.preferences,
        StatusCode::OK,
        notice,
        None,
    )
    .await
}

#[allow(clippy::too_many_arguments)]
async fn preferences_form(
    state: &AppState,
    edition: &str,
    token: &str,
    headers: &HeaderMap,
    s: &Subscriber,
    prefs: &Preferences,
    status: StatusCode,
    notice: Option<&str>,
    error: Option<String>,
) -> Response<Body> {
    let ed = state.site.edition(edition).expect("checked by linked");
    let (csrf, set) = state.reader_form_token(headers);
    let (email, _) = state.composer.subscriber_address(s).unwrap_or_default();
    let links = state.composer.links();
    state.reader_page(
        ed,
        status,
        "preferences.html",
        context! {
            csrf, notice, error, token,
            email => masked(&email),
            pending => s.status == dateline_store::SubscriberStatus::Pending,
            unsubscribe_url => path_of(&links.unsubscribe(&ed.edition.code, s.id)).to_string(),
            editions_choice => state.edition_choices(&prefs.editions),
            regions_choice => state.region_choices(ed, &prefs.regions),
            tags_choice => state.tag_choices(&prefs.tags).await,
            frequency_choice => state.frequency_choices(&ed.edition.language, prefs.frequency),
        },
        set,
    )
}

pub async fn save_preferences(
    State(state): State<Arc<AppState>>,
    Path((edition, token)): Path<(String, String)>,
    headers: HeaderMap,
    body: Bytes,
) -> Response<Body> {
    let (lang, s) = match linked(&state, &edition, "preferences", &token).await {
        Ok(found) => found,
        Err(r) => return r,
    };
    let f = Fields::parse(&body);
    let checked = if state.reader_form_ok(&headers, f.one("csrf")) {
        state.preferences_from(&f, lang)
    } else {
        Err(Refusal::new(
            &state.site,
            StatusCode::FORBIDDEN,
            lang,
            "err_form_expired",
        ))
    };
    match checked {
        Ok(prefs) => {
            if let Err(e) = state
                .store
                .set_preferences(s.id, &edition, &prefs, now())
                .await
            {
                return store_failed(&state, &edition, e);
            }
            crate::admin::see_other(&format!(
                "/{edition}/newsletter/preferences/{token}?done=saved"
            ))
        }
        Err(r) => {
            let shown = Preferences {
                editions: f.all("editions"),
                ..s.preferences.clone()
            };
            preferences_form(
                &state,
                &edition,
                &token,
                &headers,
                &s,
                &shown,
                r.status,
                None,
                Some(r.message),
            )
            .await
        }
    }
}

pub async fn unsubscribe_page(
    State(state): State<Arc<AppState>>,
    Path((edition, token)): Path<(String, String)>,
) -> Response<Body> {
    if let Err(r) = linked(&state, &edition, "unsubscribe", &token).await {
        return r;
    }
    let ed = state.site.edition(&edition).expect("checked by linked");
    state.reader_page(ed, StatusCode::OK, "unsubscribe.html", context! {}, None)
}

/// Unsubscribes and erases, from the page's button or a mail program's one-click POST
/// (RFC 8058): the signed link is the authority, so no form token is asked for.
pub async fn unsubscribe(
    State(state): State<Arc<AppState>>,
    Path((edition, token)): Path<(String, String)>,
) -> Response<Body> {
    let (lang, s) = match linked(&state, &edition, "unsubscribe", &token).await {
        Ok(found) => found,
        Err(r) => return r,
    };
    erase_and_say(&state, &edition, lang, &s).await
}

async fn erase_and_say(
    state: &AppState,
    edition: &str,
    lang: &str,
    s: &Subscriber,
) -> Response<Body> {
    if let Err(e) = state.store.delete_subscriber(s.id).await {
        return store_failed(state, edition, e);
    }
    let ed = state.site.edition(edition).expect("checked by linked");
    state.notice(
        ed,
        StatusCode::OK,
        state.site.text(lang, "unsubscribe"),
        state.site.text(lang, "unsubscribed"),
    )
}

pub async fn erase(
    State(state): State<Arc<AppState>>,
    Path((edition, token)): Path<(String, String)>,
    headers: HeaderMap,
    body: Bytes,
) -> Response<Body> {
    let (lang, s) = match linked(&state, &edition, "preferences", &token).await {
        Ok(found) => found,
        Err(r) => return r,
    };
    if !state.reader_form_ok(&headers, Fields::parse(&body).one("csrf")) {
        let ed = state.site.edition(&edition).expect("checked by linked");
        let r = Refusal::new(&state.site, StatusCode::FORBIDDEN, lang, "err_form_expired");
        return state.notice(ed, r.status, state.site.text(lang, "your_data"), &r.message);
    }
    erase_and_say(&state, &edition, lang, &s).await
}

pub async fn block_page(
    State(state): State<Arc<AppState>>,
    Path((edition, token)): Path<(String, String)>,
) -> Response<Body> {
    let Some(ed) = state.site.edition(&edition) else {
        return state.reader_error(&edition, StatusCode::NOT_FOUND);
    };
    let lang = ed.edition.language.as_str();
    if state.composer.links().blocked_address(&token).is_none() {
        return state.notice(
            ed,
            StatusCode::NOT_FOUND,
            state.site.text(lang, "block_heading"),
            state.site.text(lang, "link_invalid"),
        );
    }
    state.reader_page(ed, StatusCode::OK, "block.html", context! {}, None)
}

/// Puts the address a block link names on the block list: from the page's button or a mail
/// program's one-click POST (RFC 8058). The sealed address in the link is its own proof.
pub async fn block(
    State(state): State<Arc<AppState>>,
    Path((edition, token)): Path<(String, String)>,
) -> Response<Body> {
    let Some(ed) = state.site.edition(&edition) else {
        return state.reader_error(&edition, StatusCode::NOT_FOUND);
    };
    let lang = ed.edition.language.as_str();
    let Some(email) = state.composer.links().blocked_address(&token) else {
        return state.notice(
            ed,
            StatusCode::NOT_FOUND,
            state.site.text(lang, "block_heading"),
            state.site.text(lang, "link_invalid"),
        );
    };
    let ring = &state.settings.keyring;
    let sealed = ring.seal(email.as_bytes(), EMAIL_CONTEXT);
    if let Err(e) = state
        .store
        .block_recipient(&ring.blind_index(&email), &sealed, ring.current_id(), now())
        .await
    {
        return store_failed(&state, &edition, e);
    }
    state.notice(
        ed,
        StatusCode::OK,
        state.site.text(lang, "block_heading"),
        state.site.text(lang, "blocked"),
    )
}

/// Everything the site holds about a subscriber, as JSON.
#[derive(Serialize)]
pub struct SubscriberExport {
    pub email: String,
    pub name: Option<String>,
    pub status: dateline_store::SubscriberStatus,
    pub language: String,
    pub preferences: Preferences,
    pub subscribed_at: String,
    pub confirmed_at: Option<String>,
    pub mails: Vec<ExportedMail>,
}

#[derive(Serialize)]
pub struct ExportedMail {
    pub kind: String,
    pub state: String,
    pub subject: Option<String>,
    pub queued_at: String,
    pub sent_at: Option<String>,
}

fn iso(secs: i64) -> String {
    jiff::Timestamp::from_second(secs)
        .map(|t| t.to_string())
        .unwrap_or_default()
}

impl AppState {
    pub async fn export_subscriber(&self, s: &Subscriber) -> Result<SubscriberExport, String> {
        let (email, name) = self.composer.subscriber_address(s)?;
        let mails = self
            .store
            .subscriber_mails(s.id)
            .await
            .map_err(|e| e.to_string())?
            .into_iter()
            .map(|m| ExportedMail {
                kind: m.kind,
                state: m.state,
                subject: m.subject,
                queued_at: iso(m.created_at),
                sent_at: m.sent_at.map(iso),
            })
            .collect();
        Ok(SubscriberExport {
            email,
            name,
            status: s.status,
            language: s.language.clone(),
            preferences: s.preferences.clone(),
            subscribed_at: iso(s.created_at),
            confirmed_at: s.confirmed_at.map(iso),
            mails,
        })
    }
}

pub(crate) fn json_download(export: &SubscriberExport) -> Response<Body> {
    let body = serde_json::to_vec_pretty(export).unwrap_or_default();
    (
        StatusCode::OK,
        [
            (header::CONTENT_TYPE, "application/json"),
            (header::CACHE_CONTROL, "no-store"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"newsletter-data.json\"",
            ),
        ],
        body,
    )
        .into_response()
}

pub async fn export(
    State(state): State<Arc<AppState>>,
    Path((edition, token)): Path<(String, String)>,
) -> Response<Body> {
    let (_, s) = match linked(&state, &edition, "preferences", &token).await {
        Ok(found) => found,
        Err(r) => return r,
    };
    match state.export_subscriber(&s).await {
        Ok(export) => json_download(&export),
        Err(e) => store_failed(&state, &edition, e),
    }
}

// ---------------------------------------------------------------------------------------
// Digests and story alerts

/// A run that was queued.
#[derive(Debug, Clone, Serialize)]
pub struct QueuedRun {
    pub edition: String,
    pub frequency: Frequency,
    pub since: i64,
    pub until: i64,
    pub stories: usize,
    pub recipients: usize,
}

#[derive(Serialize)]
struct MailStory {
    headline: String,
    standfirst: String,
    url: String,
    date_text: String,
    regions: String,
}

impl AppState {
    /// Queues every digest and story alert due at `now` that no node has queued yet.
    pub async fn queue_due(&self, now: i64) -> anyhow::Result<Vec<QueuedRun>> {
        let mut queued = Vec::new();
        for frequency in Frequency::ALL {
            let mut subscribers: Option<Vec<Subscriber>> = None;
            for ed in &self.site.editions {
                let slot = latest_slot(frequency, self.settings.mail.sending, &ed.tz, now)?;
                let position = self
                    .store
                    .schedule_position(&ed.edition.code, frequency)
                    .await?;
                if position.is_some_and(|p| p >= slot) {
                    continue;
                }
                let since = match (position, frequency) {
                    (Some(p), _) => p,
                    // Story alerts start from now, not from the site's whole past.
                    (None, Frequency::Each) => slot,
                    (None, _) => {
                        latest_slot(frequency, self.settings.mail.sending, &ed.tz, slot - 1)?
                    }
                };
                if let Some(run) = self
                    .queue_run(ed, frequency, position, since, slot, &mut subscribers)
                    .await?
                {
                    tracing::info!(
                        edition = %run.edition, frequency = run.frequency.as_str(),
                        stories = run.stories, recipients = run.recipients, "newsletter run queued"
                    );
                    queued.push(run);
                }
            }
        }
        Ok(queued)
    }

    async fn queue_run(
        &self,
        ed: &EditionInfo,
        frequency: Frequency,
        position: Option<i64>,
        since: i64,
        until: i64,
        subscribers: &mut Option<Vec<Subscriber>>,
    ) -> anyhow::Result<Option<QueuedRun>> {
        let code = &ed.edition.code;
        let stories = if since < until {
            self.store
                .list(&ListQuery {
                    edition: Some(code.clone()),
                    region: None,
                    tag: None,
                    from: Some(since),
                    to: Some(until),
                    now: until,
                    limit: MAX_STORIES,
                    offset: 0,
                })
                .await?
        } else {
            Vec::new()
        };
        let ids: Vec<i64> = stories.iter().map(|s| s.id).collect();
        let mut tags: HashMap<i64, Vec<String>> = HashMap::new();
        for (id, slug) in self.store.tag_slugs(&ids).await? {
            tags.entry(id).or_default().push(slug);
        }
        // Readers whose preferences pick the same stories share one rendered body.
        let mut bodies: Vec<MailBody> = Vec::new();
        let mut body_of: HashMap<Vec<usize>, usize> = HashMap::new();
        let mut mails = Vec::new();
        let no_tags = Vec::new();
        // Readers are read once per frequency, and only when there is something to send.
        if subscribers.is_none() && !stories.is_empty() {
            *subscribers = Some(self.store.subscribers_for(frequency).await?);
        }
        let readers = subscribers.as_deref().unwrap_or_default();
        for s in readers
            .iter()
            .filter(|s| s.preferences.editions.contains(code))
        {
            let picked: Vec<usize> = stories
                .iter()
                .enumerate()
                .filter(|(_, story)| {
                    s.preferences.wants(StoryTopics {
                        edition: code,
                        regions: &story.regions,
                        tags: tags.get(&story.id).unwrap_or(&no_tags),
                    })
                })
                .map(|(i, _)| i)
                .collect();
            if picked.is_empty() {
                continue;
            }
            let body = match body_of.get(&picked) {
                Some(&b) => b,
                None => {
                    let chosen: Vec<&Summary> = picked.iter().map(|&i| &stories[i]).collect();
                    bodies.push(self.digest_body(ed, frequency, until, &chosen)?);
                    body_of.insert(picked, bodies.len() - 1);
                    bodies.len() - 1
                }
            };
            mails.push((s.id, body));
        }
        let run = NewRun {
            edition: code.clone(),
            frequency,
            since,
            until,
            expected_last_until: position,
            stories: if mails.is_empty() { Vec::new() } else { ids },
            bodies,
            mails,
        };
        let queued = self.store.queue_run(&run, now()).await?;
        Ok(queued.map(|_| QueuedRun {
            edition: code.clone(),
            frequency,
            since,
            until,
            stories: stories.len(),
            recipients: run.mails.len(),
        }))
    }

    fn digest_body(
        &self,
        ed: &EditionInfo,
        frequency: Frequency,
        until: i64,
        stories: &[&Summary],
    ) -> anyhow::Result<MailBody> {
        let lang = &ed.edition.language;
        let items: Vec<MailStory> = stories
            .iter()
            .map(|s| {
                let (date_text, _) =
                    self.format_time(ed, s.published_at.unwrap_or(s.updated_at), true);
                MailStory {
                    headline: s.headline.clone(),
                    standfirst: s.standfirst.clone(),
                    url: format!("{}{}", self.settings.base_url, urls::article(s, &ed.tz)),
                    date_text,
                    regions: s
                        .regions
                        .iter()
                        .map(|r| self.site.region_name(r, &ed.edition.code).to_uppercase())
                        .collect::<Vec<_>>()
                        .join(" – "),
                }
            })
            .collect();
        let (day, _) = self.format_time(ed, until, false);
        let subject = match frequency {
            Frequency::Each if items.len() == 1 => items[0].headline.clone(),
            Frequency::Each => format!("{} (+{})", items[0].headline, items.len() - 1),
            Frequency::Daily => format!(
                "{} – {} – {day}",
                self.settings.agency,
                self.site.text(lang, "mail_daily_subject")
            ),
            Frequency::Weekly => format!(
                "{} – {} – {day}",
                self.settings.agency,
                self.site.text(lang, "mail_weekly_subject")
            ),
        };
        let (text, html) = self.render_mail(
            "digest",
            ed,
            context! {
                subject, stories => items,
                preferences_url => PREFERENCES_URL, unsubscribe_url => UNSUBSCRIBE_URL,
            },
        )?;
        Ok(MailBody {
            subject,
            text,
            html: Some(html),
        })
    }
}

/// Queues runs as they fall due and forgets stale unconfirmed subscriptions, until the
/// process stops. Every node may run it: the store lets one node queue each run.
pub async fn schedule(state: Arc<AppState>) {
    let mut last_expiry = 0;
    loop {
        let at = now();
        if let Err(e) = state.queue_due(at).await {
            tracing::error!(error = %e, "queueing newsletter runs failed");
        }
        if at - last_expiry > 3600 {
            let before = at - state.settings.mail.pending_days * 86_400;
            match state.store.expire_pending(before).await {
                Ok(0) => {}
                Ok(n) => tracing::info!(forgotten = n, "unconfirmed subscriptions forgotten"),
                Err(e) => {
                    tracing::error!(error = %e, "forgetting unconfirmed subscriptions failed")
                }
            }
            last_expiry = at;
        }
        tokio::time::sleep(Duration::from_secs(20)).await;
    }
}

// ---------------------------------------------------------------------------------------
// The newsroom's view: counts, and a subscriber's data on request

async fn admin_view(
    state: &AppState,
    session: &dateline_store::Session,
    user: &dateline_store::User,
    status: StatusCode,
    found: Option<Value>,
    message: Option<String>,
) -> Response<Body> {
    let counts = state.store.subscriber_counts().await.unwrap_or_default();
    let outbox = state.store.outbox_counts().await.unwrap_or_default();
    state.admin_page(
        status,
        "admin/subscribers.html",
        context! {
            user => crate::admin::user_view(user), csrf => &session.csrf_token,
            counts, outbox, found, message,
            smtp => state.settings.mail.worker.is_some(),
        },
    )
}

pub async fn admin_page(
    State(state): State<Arc<AppState>>,
    crate::admin::SignedIn(session, user): crate::admin::SignedIn,
) -> Response<Body> {
    if !user.role.may(dateline_core::newsroom::Action::ManageUsers) {
        return crate::admin::plain(StatusCode::FORBIDDEN, "Only admins see subscribers.");
    }
    admin_view(&state, &session, &user, StatusCode::OK, None, None).await
}

/// Finds a subscriber by address, and exports or erases their data: the newsroom's answer
/// to a reader who writes in. Exports and erasures go to the audit log under the
/// subscriber's number, never their address.
pub async fn admin_action(
    State(state): State<Arc<AppState>>,
    crate::admin::SignedIn(session, user): crate::admin::SignedIn,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    body: Bytes,
) -> Response<Body> {
    let f = Fields::parse(&body);
    if let Some(refused) = crate::admin::form_refusal(&session, f.one("csrf")) {
        return refused;
    }
    let ip = client_ip(&peer);
    if !user.role.may(dateline_core::newsroom::Action::ManageUsers) {
        return state
            .forbidden(
                &user,
                "subscribers",
                &ip,
                "subscriber data",
                "Only admins see subscribers.",
            )
            .await;
    }
    let Some(email) = mail_address(f.one("email")) else {
        let message = format!("{:?} is not an e-mail address.", f.one("email"));
        return admin_view(
            &state,
            &session,
            &user,
            StatusCode::UNPROCESSABLE_ENTITY,
            None,
            Some(message),
        )
        .await;
    };
    let keyring = &state.settings.keyring;
    let s = match state
        .store
        .subscriber_by_index(&keyring.blind_indexes(&email))
        .await
    {
        Ok(Some(s)) => s,
        Ok(None) => {
            let message = "No subscriber has this address.".to_string();
            return admin_view(
                &state,
                &session,
                &user,
                StatusCode::NOT_FOUND,
                None,
                Some(message),
            )
            .await;
        }
        Err(e) => {
            tracing::error!(error = %e, "reading a subscriber failed");
            return crate::admin::plain(
                StatusCode::SERVICE_UNAVAILABLE,
                "Subscribers cannot be read right now.",
            );
        }
    };
    match f.one("action") {
        "export" => match state.export_subscriber(&s).await {
            Ok(export) => {
                state
                    .record(
                        Some(&user),
                        "",
                        "subscriber.export",
                        format!("subscriber {}", s.id),
                        &ip,
                        "",
                    )
                    .await;
                json_download(&export)
            }
            Err(e) => {
                tracing::error!(error = %e, "exporting a subscriber failed");
                crate::admin::plain(
                    StatusCode::SERVICE_UNAVAILABLE,
                    "The export failed; see the server log.",
                )
            }
        },
        "erase" => match state.store.delete_subscriber(s.id).await {
            Ok(_) => {
                state
                    .record(
                        Some(&user),
                        "",
                        "subscriber.erase",
                        format!("subscriber {}", s.id),
                        &ip,
                        "",
                    )
                    .await;
                let message = format!("Subscriber {} and every mail to them are erased.", s.id);
                admin_view(&state, &session, &user, StatusCode::OK, None, Some(message)).await
            }
            Err(e) => {
                tracing::error!(error = %e, "erasing a subscriber failed");
                crate::admin::plain(
                    StatusCode::SERVICE_UNAVAILABLE,
                    "The erasure failed; nothing was changed.",
                )
            }
        },
        _ => {
            let found = context! {
                id => s.id, email => email, status => s.status.as_str(), language => &s.language,
                editions => s.preferences.editions.join(", "), regions => s.preferences.regions.join(", "),
                tags => s.preferences.tags.join(", "), frequency => s.preferences.frequency.as_str(),
                subscribed_at => iso(s.created_at),
            };
            admin_view(&state, &session, &user, StatusCode::OK, Some(found), None).await
        }
    }
}
