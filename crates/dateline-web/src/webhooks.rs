//! Webhooks: partners' endpoints told when a story is published, updated or unpublished.
//!
//! The article save queues one delivery per interested endpoint in its own transaction (see
//! the store). Every node runs [`deliver`], which claims due deliveries under a lease (the
//! mail outbox's statement: on PostgreSQL `FOR UPDATE SKIP LOCKED`, so nodes never take the
//! same delivery), POSTs each as JSON signed with the endpoint's secret, and records the
//! outcome: delivered on any 2xx answer; otherwise tried again with exponential backoff, and
//! given up (`failed`) after `max_attempts`. A publication under embargo is delivered when the
//! embargo lifts.
//!
//! The signature (see docs/API.md): `Dateline-Signature: t=UNIX_SECONDS,v1=HEX`, where HEX is
//! HMAC-SHA256 with the endpoint's secret over `"{t}.{body}"`.
//!
//! Secrets are stored sealed with the site's keyring (`Keyring::seal_text` with
//! [`SECRET_CONTEXT`]), as subscribers' addresses are: a copy of the database does not let anyone sign as the site. `dateline keys
//! rotate` seals them again under the new key.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::body::Body;
use axum::extract::{ConnectInfo, Path, State};
use axum::http::{Response, StatusCode};
use axum::Form;
use dateline_core::newsroom::Action;
use dateline_store::{NewWebhook, WebhookDelivery};
use hmac::{Hmac, Mac};
use minijinja::context;
use serde::{Deserialize, Serialize};
use sha2::Sha256;
use tokio::sync::watch;

use crate::admin::{form_refusal, plain, see_other, user_view, SignedIn};
use crate::site::urls;
use crate::AppState;

/// How this node delivers webhooks.
#[derive(Debug, Clone)]
pub struct WebhookSettings {
    /// Run the delivery worker on this node.
    pub deliver: bool,
    /// How long a claimed delivery stays with this node before another may take it; well
    /// above `timeout`, so a slow partner is not called twice.
    pub lease: Duration,
    /// First wait after a failed attempt, doubled on each attempt up to `retry_max`.
    pub retry_base: Duration,
    pub retry_max: Duration,
    /// Attempts after which a delivery is given up.
    pub max_attempts: i64,
    /// How long to wait for a partner's answer.
    pub timeout: Duration,
    /// How often an idle worker looks for due deliveries.
    pub poll: Duration,
}

impl Default for WebhookSettings {
    fn default() -> Self {
        WebhookSettings {
            deliver: true,
            lease: Duration::from_secs(120),
            retry_base: Duration::from_secs(30),
            retry_max: Duration::from_secs(3600),
            max_attempts: 12,
            timeout: Duration::from_secs(10),
            poll: Duration::from_secs(1),
        }
    }
}

/// Associated data of a sealed webhook secret: a value sealed for anything else does not open
/// as one.
pub const SECRET_CONTEXT: &[u8] = b"webhook.secret";

/// `Dateline-Signature`'s value for `body` sent at `t`.
pub fn signature(secret: &str, t: i64, body: &[u8]) -> String {
    let mut mac =
        Hmac::<Sha256>::new_from_slice(secret.as_bytes()).expect("HMAC takes keys of any length");
    mac.update(t.to_string().as_bytes());
    mac.update(b".");
    mac.update(body);
    format!("t={t},v1={}", hex::encode(mac.finalize().into_bytes()))
}

#[derive(Serialize)]
struct Payload<'a> {
    /// The delivery's number: the same on every attempt, so a receiver can drop repeats.
    delivery: i64,
    event: &'a str,
    occurred_at: String,
    article: ArticlePayload<'a>,
}

#[derive(Serialize)]
struct ArticlePayload<'a> {
    id: i64,
    edition: &'a str,
    url: String,
    headline: &'a str,
    standfirst: &'a str,
    status: &'a str,
    revision: i64,
    published_at: Option<String>,
    updated_at: String,
}

fn rfc3339(t: i64) -> String {
    jiff::Timestamp::from_second(t)
        .map(|t| t.to_string())
        .unwrap_or_default()
}

impl AppState {
    /// The JSON body of a delivery.
    fn webhook_body(&self, d: &WebhookDelivery) -> Vec<u8> {
        let e = &d.event;
        let summary = dateline_store::Summary {
            id: e.article_id,
            edition: e.edition.clone(),
            slug: e.slug.clone(),
            status: dateline_core::Status::parse(&e.status).unwrap_or(dateline_core::Status::Draft),
            headline: e.headline.clone(),
            standfirst: e.standfirst.clone(),
            regions: Vec::new(),
            translation_group: None,
            published_at: e.published_at,
            published_tz: e.published_tz.clone(),
            updated_at: e.updated_at,
        };
        let path = match self.site.edition(&e.edition) {
            Some(ed) => urls::article(&summary, &ed.tz),
            None => format!("/{}/", e.edition),
        };
        let payload = Payload {
            delivery: d.id,
            event: &e.event,
            occurred_at: rfc3339(e.occurred_at),
            article: ArticlePayload {
                id: e.article_id,
                edition: &e.edition,
                url: format!("{}{path}", self.settings.base_url),
                headline: &e.headline,
                standfirst: &e.standfirst,
                status: &e.status,
                revision: e.revision,
                published_at: e.published_at.map(rfc3339),
                updated_at: rfc3339(e.updated_at),
            },
        };
        serde_json::to_vec(&payload).expect("a payload serialises")
    }
}

/// The HTTP client deliveries go out with: rustls with Mozilla's roots for `https://`
/// endpoints, no redirects followed (an endpoint that moved is a failure to fix, not to
/// guess), a timeout.
fn client(settings: &WebhookSettings) -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .timeout(settings.timeout)
        .connect_timeout(settings.timeout)
        .user_agent(concat!("Dateline-Webhooks/", env!("CARGO_PKG_VERSION")))
        .build()
        .expect("the HTTP client builds")
}

/// Why an attempt failed, short and without the body of the answer.
async fn attempt(
    state: &AppState,
    http: &reqwest::Client,
    d: &WebhookDelivery,
) -> Result<(), String> {
    let secret = state
        .settings
        .keyring
        .open_text(&d.secret, SECRET_CONTEXT)
        .map_err(|e| format!("the endpoint's secret does not open ({e}): restore the key file"))?;
    let body = state.webhook_body(d);
    let t = dateline_core::article::now();
    let answer = http
        .post(&d.url)
        .header(reqwest::header::CONTENT_TYPE, "application/json")
        .header("Dateline-Event", &d.event.event)
        .header("Dateline-Delivery", d.id.to_string())
        .header("Dateline-Signature", signature(&secret, t, &body))
        .body(body)
        .send()
        .await
        .map_err(|e| {
            let kind = if e.is_timeout() {
                "timed out"
            } else if e.is_connect() {
                "could not connect"
            } else {
                "request failed"
            };
            format!("{kind}: {e}")
        })?;
    let status = answer.status();
    if status.is_success() {
        Ok(())
    } else {
        Err(format!("answered {status}"))
    }
}

/// Delivers one claimed delivery and records what became of it.
async fn deliver_one(
    state: &AppState,
    http: &reqwest::Client,
    d: WebhookDelivery,
) -> Result<(), dateline_store::StoreError> {
    let settings = &state.settings.webhooks;
    match attempt(state, http, &d).await {
        Ok(()) => {
            state
                .store
                .webhook_delivered(d.id, dateline_core::article::now())
                .await
        }
        Err(why) if d.attempts + 1 >= settings.max_attempts => {
            tracing::warn!(delivery = d.id, endpoint = d.endpoint_id, %why, "webhook given up");
            state.store.webhook_failed(d.id, &why).await
        }
        Err(why) => {
            let wait =
                dateline_mail::worker::backoff(settings.retry_base, settings.retry_max, d.attempts);
            tracing::info!(delivery = d.id, endpoint = d.endpoint_id, %why, wait, "webhook will be tried again");
            state
                .store
                .webhook_retry(d.id, dateline_core::article::now() + wait, &why)
                .await
        }
    }
}

/// Claims and delivers due webhooks until `shutdown` turns true.
pub async fn deliver(state: Arc<AppState>, mut shutdown: watch::Receiver<bool>) {
    let settings = state.settings.webhooks.clone();
    let http = client(&settings);
    let lease = i64::try_from(settings.lease.as_secs())
        .unwrap_or(i64::MAX)
        .max(1);
    loop {
        if *shutdown.borrow() {
            return;
        }
        let now = dateline_core::article::now();
        let wait = match state.store.claim_webhooks(now, now + lease, 20).await {
            Ok(batch) if batch.is_empty() => settings.poll,
            Ok(batch) => {
                let results = futures_util::future::join_all(
                    batch.into_iter().map(|d| deliver_one(&state, &http, d)),
                )
                .await;
                match results.into_iter().find_map(Result::err) {
                    Some(e) => {
                        tracing::error!(error = %e, "recording a webhook delivery failed");
                        Duration::from_secs(5)
                    }
                    None => continue,
                }
            }
            Err(e) => {
                tracing::error!(error = %e, "the webhook worker cannot reach the store");
                Duration::from_secs(5)
            }
        };
        tokio::select! {
            _ = tokio::time::sleep(wait) => {}
            _ = shutdown.changed() => {}
        }
    }
}

fn when(t: Option<i64>) -> String {
    t.and_then(|t| jiff::Timestamp::from_second(t).ok())
        .map(|t| t.strftime("%Y-%m-%d %H:%M").to_string())
        .unwrap_or_default()
}

async fn page(
    state: &AppState,
    status: StatusCode,
    session_csrf: &str,
    user: &dateline_store::User,
    created: Option<(String, String)>,
    error: Option<String>,
) -> Response<Body> {
    let (endpoints, deliveries) =
        match tokio::try_join!(state.store.webhooks(), state.store.webhook_deliveries(50)) {
            Ok(found) => found,
            Err(e) => {
                tracing::error!(error = %e, "reading webhooks failed");
                return plain(
                    StatusCode::SERVICE_UNAVAILABLE,
                    "Webhooks cannot be read right now.",
                );
            }
        };
    let endpoints: Vec<minijinja::Value> = endpoints
        .iter()
        .map(|e| {
            context! { id => e.id, url => &e.url, events => e.events.join(", "), active => e.active,
            created => when(Some(e.created_at)), queued => e.queued, delivered => e.delivered, failed => e.failed }
        })
        .collect();
    let deliveries: Vec<minijinja::Value> = deliveries
        .iter()
        .map(|d| {
            context! { id => d.id, endpoint => d.endpoint_id, event => &d.event, article => d.article_id,
            state => &d.state, attempts => d.attempts, error => &d.last_error,
            created => when(Some(d.created_at)), delivered => when(d.delivered_at) }
        })
        .collect();
    state.admin_page(
        status,
        "admin/webhooks.html",
        context! {
            user => user_view(user), csrf => session_csrf, endpoints, deliveries,
            events => dateline_store::partners::EVENTS,
            created => created.map(|(url, secret)| context! { url, secret }),
            error,
        },
    )
}

pub async fn admin_page(
    State(state): State<Arc<AppState>>,
    SignedIn(session, user): SignedIn,
) -> Response<Body> {
    if !user.role.may(Action::ChangeSettings) {
        return plain(StatusCode::FORBIDDEN, "Only admins manage webhooks.");
    }
    page(
        &state,
        StatusCode::OK,
        &session.csrf_token,
        &user,
        None,
        None,
    )
    .await
}

#[derive(Deserialize)]
pub struct WebhookForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    url: String,
    #[serde(default, rename = "article.published")]
    published: Option<String>,
    #[serde(default, rename = "article.updated")]
    updated: Option<String>,
    #[serde(default, rename = "article.unpublished")]
    unpublished: Option<String>,
}

/// An endpoint address: absolute `http://` or `https://`, with a host.
pub fn check_url(text: &str) -> Result<String, String> {
    let text = text.trim();
    let url =
        reqwest::Url::parse(text).map_err(|e| format!("URL: {text:?} is not an address ({e})."))?;
    if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none_or(str::is_empty) {
        return Err(format!(
            "URL: {text:?} must start with https:// (or http://) and name a host."
        ));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err("URL: put no user or password in it; deliveries are signed instead.".into());
    }
    Ok(url.to_string())
}

pub async fn add(
    State(state): State<Arc<AppState>>,
    SignedIn(session, user): SignedIn,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    Form(form): Form<WebhookForm>,
) -> Response<Body> {
    if let Some(refused) = form_refusal(&session, &form.csrf) {
        return refused;
    }
    let ip = peer.ip().to_string();
    if !user.role.may(Action::ChangeSettings) {
        return state
            .forbidden(&user, "webhooks", &ip, "", "Only admins manage webhooks.")
            .await;
    }
    let events: Vec<String> = [
        ("article.published", &form.published),
        ("article.updated", &form.updated),
        ("article.unpublished", &form.unpublished),
    ]
    .into_iter()
    .filter(|(_, on)| on.as_deref() == Some("on"))
    .map(|(e, _)| e.to_string())
    .collect();
    let refuse = |message: String| {
        let state = state.clone();
        let session = session.clone();
        let user = user.clone();
        async move {
            page(
                &state,
                StatusCode::UNPROCESSABLE_ENTITY,
                &session.csrf_token,
                &user,
                None,
                Some(message),
            )
            .await
        }
    };
    let url = match check_url(&form.url) {
        Ok(url) => url,
        Err(message) => return refuse(message).await,
    };
    if events.is_empty() {
        return refuse("Events: choose at least one.".into()).await;
    }
    let secret = format!("whsec_{}", dateline_auth::token::random_token());
    let new = NewWebhook {
        url: url.clone(),
        secret: state.settings.keyring.seal_text(&secret, SECRET_CONTEXT),
        events: events.clone(),
        created_by: Some(user.id),
    };
    let id = match state
        .store
        .add_webhook(&new, dateline_core::article::now())
        .await
    {
        Ok(id) => id,
        Err(e) => {
            tracing::error!(error = %e, "adding a webhook failed");
            return plain(
                StatusCode::SERVICE_UNAVAILABLE,
                "The webhook could not be saved; try again.",
            );
        }
    };
    state
        .record(
            Some(&user),
            "",
            "webhook_added",
            format!("webhook {id}"),
            &ip,
            &format!("{url} [{}]", events.join(" ")),
        )
        .await;
    page(
        &state,
        StatusCode::OK,
        &session.csrf_token,
        &user,
        Some((url, secret)),
        None,
    )
    .await
}

#[derive(Deserialize)]
pub struct CsrfOnly {
    #[serde(default)]
    csrf: String,
}

pub async fn remove(
    State(state): State<Arc<AppState>>,
    SignedIn(session, user): SignedIn,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    Path(id): Path<i64>,
    Form(form): Form<CsrfOnly>,
) -> Response<Body> {
    if let Some(refused) = form_refusal(&session, &form.csrf) {
        return refused;
    }
    let ip = peer.ip().to_string();
    if !user.role.may(Action::ChangeSettings) {
        return state
            .forbidden(
                &user,
                format!("webhook {id}"),
                &ip,
                "",
                "Only admins manage webhooks.",
            )
            .await;
    }
    match state.store.remove_webhook(id).await {
        Ok(true) => {
            state
                .record(
                    Some(&user),
                    "",
                    "webhook_removed",
                    format!("webhook {id}"),
                    &ip,
                    "",
                )
                .await;
            see_other("/admin/webhooks")
        }
        Ok(false) => plain(StatusCode::NOT_FOUND, "No such active webhook."),
        Err(e) => {
            tracing::error!(error = %e, "removing a webhook failed");
            plain(
                StatusCode::SERVICE_UNAVAILABLE,
                "The webhook could not be removed; try again.",
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signatures_cover_time_and_body() {
        let a = signature("secret", 1_700_000_000, b"{}");
        assert!(a.starts_with("t=1700000000,v1="));
        assert_eq!(a.len(), "t=1700000000,v1=".len() + 64);
        assert_ne!(a, signature("secret", 1_700_000_001, b"{}"));
        assert_ne!(a, signature("secret", 1_700_000_000, b"{ }"));
        assert_ne!(a, signature("other", 1_700_000_000, b"{}"));
    }

    #[test]
    fn endpoint_addresses() {
        assert_eq!(
            check_url(" https://partner.example/hooks ").unwrap(),
            "https://partner.example/hooks"
        );
        assert!(check_url("http://127.0.0.1:9000/x").is_ok());
        assert!(check_url("ftp://partner.example/").is_err());
        assert!(check_url("partner.example/hooks").is_err());
        assert!(check_url("https://user:pw@partner.example/").is_err());
    }
}
