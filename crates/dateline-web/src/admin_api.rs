//! The admin API: create, update, publish and unpublish stories with a scoped token
//! (`Authorization: Bearer dl_...`), and the newsroom page where admins make and revoke
//! tokens.
//!
//! A token acts as the account that made it, within that account's role and editions (read
//! afresh on every request) and within its scopes. Every change goes through
//! [`AppState::change_story`], the editor's own path: same workflow, same permission checks,
//! same revisions and stale-save refusal, same audit log entries, same cache invalidation
//! and webhooks. Errors are JSON: `{"error": "...", "field": "..."}` (422),
//! `{"error": "...", "scope": "..."}` (403).

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Instant;

use axum::body::{Body, Bytes};
use axum::extract::{ConnectInfo, Path, State};
use axum::http::{header, HeaderMap, Response, StatusCode};
use axum::response::IntoResponse;
use axum::{Form, Json};
use dateline_core::newsroom::Action;
use dateline_store::partners::SCOPES;
use dateline_store::{ApiToken, Article, NewApiToken, Store, User};
use minijinja::context;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::admin::{form_refusal, plain, see_other, user_view, SignedIn};
use crate::editor::{EditorForm, Refused, StoryChange};
use crate::site::urls;
use crate::AppState;

/// What a token's secret starts with, so it is recognised in a leaked file or a log.
pub const TOKEN_PREFIX: &str = "dl_";

/// Makes a token acting as `user` with `scopes`; returns its id and its secret, which is
/// stored only as a hash: show it once.
pub async fn issue_token(
    store: &Store,
    user: &User,
    name: &str,
    scopes: &[String],
) -> Result<(i64, String), String> {
    let name = name.trim();
    if name.is_empty() || name.chars().count() > 100 {
        return Err(
            "Name: give the token a name of 1 to 100 characters (who or what uses it).".into(),
        );
    }
    if scopes.is_empty() {
        return Err(format!(
            "Scopes: choose at least one of {}.",
            SCOPES.join(", ")
        ));
    }
    if let Some(bad) = scopes.iter().find(|s| !SCOPES.contains(&s.as_str())) {
        return Err(format!(
            "Scopes: {bad:?} is not a scope ({}).",
            SCOPES.join(", ")
        ));
    }
    let mut scopes = scopes.to_vec();
    scopes.sort();
    scopes.dedup();
    let secret = format!("{TOKEN_PREFIX}{}", dateline_auth::token::random_token());
    let token = NewApiToken {
        name: name.to_string(),
        token_hash: dateline_auth::token::hash_token(&secret),
        scopes,
        user_id: user.id,
    };
    let id = store
        .create_api_token(&token, dateline_core::article::now())
        .await
        .map_err(|e| {
            tracing::error!(error = %e, "creating an API token failed");
            "The token could not be saved; try again.".to_string()
        })?;
    Ok((id, secret))
}

/// An admin API error, answered as JSON.
#[derive(Debug)]
pub struct ApiError {
    status: StatusCode,
    message: String,
    field: Option<String>,
    scope: Option<&'static str>,
    current_revision: Option<i64>,
    retry_after: Option<u64>,
}

impl ApiError {
    fn new(status: StatusCode, message: impl Into<String>) -> ApiError {
        ApiError {
            status,
            message: message.into(),
            field: None,
            scope: None,
            current_revision: None,
            retry_after: None,
        }
    }

    fn field(field: &str, message: impl Into<String>) -> ApiError {
        ApiError {
            field: Some(field.to_string()),
            ..ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, message)
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> axum::response::Response {
        #[derive(Serialize)]
        struct Out<'a> {
            error: &'a str,
            #[serde(skip_serializing_if = "Option::is_none")]
            field: Option<&'a str>,
            #[serde(skip_serializing_if = "Option::is_none")]
            scope: Option<&'static str>,
            #[serde(skip_serializing_if = "Option::is_none")]
            current_revision: Option<i64>,
        }
        let mut response = (
            self.status,
            [(header::CACHE_CONTROL, "no-store")],
            Json(Out {
                error: &self.message,
                field: self.field.as_deref(),
                scope: self.scope,
                current_revision: self.current_revision,
            }),
        )
            .into_response();
        if self.status == StatusCode::UNAUTHORIZED {
            response.headers_mut().insert(
                header::WWW_AUTHENTICATE,
                header::HeaderValue::from_static("Bearer realm=\"dateline\""),
            );
        }
        if let Some(secs) = self.retry_after {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, header::HeaderValue::from(secs));
        }
        response
    }
}

/// A request carrying a live token, and the account it acts as.
pub struct Caller {
    token: ApiToken,
    user: User,
    ip: String,
}

impl Caller {
    fn require(&self, scope: &'static str) -> Result<(), ApiError> {
        if self.token.has_scope(scope) {
            Ok(())
        } else {
            Err(ApiError {
                scope: Some(scope),
                ..ApiError::new(
                    StatusCode::FORBIDDEN,
                    format!("This token lacks the scope {scope}."),
                )
            })
        }
    }

    fn via(&self) -> String {
        format!("API token {} {:?}", self.token.id, self.token.name)
    }
}

impl axum::extract::FromRequestParts<Arc<AppState>> for Caller {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        state: &Arc<AppState>,
    ) -> Result<Self, Self::Rejection> {
        let ip = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|c| c.0.ip().to_string())
            .unwrap_or_default();
        authenticate(state, &parts.headers, ip).await
    }
}

async fn authenticate(
    state: &AppState,
    headers: &HeaderMap,
    ip: String,
) -> Result<Caller, ApiError> {
    let limiter = &state.limits.api_tokens;
    if let Some(wait) = limiter.blocked(&ip, Instant::now()) {
        return Err(ApiError {
            retry_after: Some(wait.as_secs().max(1)),
            ..ApiError::new(
                StatusCode::TOO_MANY_REQUESTS,
                "Too many requests with a bad token from this address; wait and try again.",
            )
        });
    }
    let presented = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| {
            v.strip_prefix("Bearer ")
                .or_else(|| v.strip_prefix("bearer "))
        })
        .map(str::trim)
        .filter(|t| !t.is_empty());
    let refuse = |message: &str| {
        // Counts only failures: a partner's steady traffic with a good token is not limited.
        let _ = limiter.check(&ip, Instant::now());
        ApiError::new(StatusCode::UNAUTHORIZED, message)
    };
    let Some(secret) = presented else {
        return Err(refuse("Send a token: Authorization: Bearer dl_..."));
    };
    let found = state
        .store
        .api_token(&dateline_auth::token::hash_token(secret))
        .await
        .map_err(|e| {
            tracing::error!(error = %e, "reading an API token failed");
            ApiError::new(
                StatusCode::SERVICE_UNAVAILABLE,
                "The service is unavailable; try again.",
            )
        })?;
    let Some((token, user)) = found else {
        return Err(refuse("This token is unknown or was revoked."));
    };
    let now = dateline_core::article::now();
    if let Err(e) = state.store.touch_api_token(token.id, now).await {
        tracing::warn!(error = %e, "recording an API token's use failed");
    }
    Ok(Caller { token, user, ip })
}

/// A story as the admin API shows it.
#[derive(Serialize)]
struct StoryOut {
    id: i64,
    revision: i64,
    /// `draft`, `in_review`, `published`, `unpublished`.
    status: &'static str,
    /// Published and its time has come (not under embargo, not scheduled).
    visible: bool,
    edition: String,
    slug: String,
    headline: String,
    standfirst: String,
    dateline: String,
    body: String,
    regions: Vec<String>,
    tags: Vec<String>,
    authors: Vec<String>,
    translation_group: Option<String>,
    published_at: Option<String>,
    time_zone: String,
    updated_at: String,
    correction: Option<String>,
    /// The public page's path, while readers can see it.
    url: Option<String>,
}

fn rfc3339(t: i64) -> String {
    jiff::Timestamp::from_second(t)
        .map(|t| t.to_string())
        .unwrap_or_default()
}

impl AppState {
    fn story_out(&self, a: &Article) -> StoryOut {
        let s = &a.summary;
        let visible = a.is_visible(dateline_core::article::now());
        StoryOut {
            id: s.id,
            revision: a.revision,
            status: s.status.as_str(),
            visible,
            edition: s.edition.clone(),
            slug: s.slug.clone(),
            headline: s.headline.clone(),
            standfirst: s.standfirst.clone(),
            dateline: a.dateline_place.clone(),
            body: a.body_markdown.clone(),
            regions: s.regions.clone(),
            tags: a.tags.iter().map(|t| t.name.clone()).collect(),
            authors: a.authors.iter().map(|t| t.name.clone()).collect(),
            translation_group: s.translation_group.clone(),
            published_at: s.published_at.map(rfc3339),
            time_zone: s.published_tz.clone(),
            updated_at: rfc3339(s.updated_at),
            correction: a.correction_note.clone(),
            url: visible
                .then(|| self.site.edition(&s.edition))
                .flatten()
                .map(|ed| urls::article(s, &ed.tz)),
        }
    }

    async fn story_answer(&self, status: StatusCode, id: i64) -> Result<Response<Body>, ApiError> {
        let article = self.store.article(id).await.map_err(unavailable)?;
        let article =
            article.ok_or_else(|| ApiError::new(StatusCode::NOT_FOUND, "No such story."))?;
        Ok((
            status,
            [(header::CACHE_CONTROL, "no-store")],
            Json(self.story_out(&article)),
        )
            .into_response())
    }
}

fn unavailable(e: dateline_store::StoreError) -> ApiError {
    tracing::error!(error = %e, "admin API request failed");
    ApiError::new(
        StatusCode::SERVICE_UNAVAILABLE,
        "The service is unavailable; try again.",
    )
}

/// The fields a request may carry, by endpoint.
const STORY_FIELDS: [&str; 12] = [
    "edition",
    "headline",
    "standfirst",
    "dateline",
    "body",
    "regions",
    "tags",
    "authors",
    "translation_group",
    "published_at",
    "embargo",
    "time_zone",
];

/// The request's JSON object, refusing fields not in `allowed` by name. An empty body is an
/// empty object.
fn object(body: &Bytes, allowed: &[&str]) -> Result<Map<String, Value>, ApiError> {
    if body.iter().all(u8::is_ascii_whitespace) {
        return Ok(Map::new());
    }
    let value: Value = serde_json::from_slice(body).map_err(|e| {
        ApiError::new(
            StatusCode::BAD_REQUEST,
            format!("The body is not JSON: {e}."),
        )
    })?;
    let Value::Object(map) = value else {
        return Err(ApiError::new(
            StatusCode::BAD_REQUEST,
            "The body must be a JSON object.",
        ));
    };
    if let Some(key) = map.keys().find(|k| !allowed.contains(&k.as_str())) {
        return Err(ApiError::field(
            key,
            format!("{key}: no such field (fields: {}).", allowed.join(", ")),
        ));
    }
    Ok(map)
}

fn text(map: &Map<String, Value>, field: &'static str) -> Result<Option<String>, ApiError> {
    match map.get(field) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(_) => Err(ApiError::field(
            field,
            format!("{field}: must be a string."),
        )),
    }
}

/// A list of names: a JSON array of strings. Names are joined for the editor's form, which
/// splits on commas, so a comma inside one is refused.
fn names(map: &Map<String, Value>, field: &'static str) -> Result<Option<String>, ApiError> {
    match map.get(field) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Array(items)) => {
            let mut out = Vec::with_capacity(items.len());
            for item in items {
                match item {
                    Value::String(s) if s.contains(',') => {
                        return Err(ApiError::field(
                            field,
                            format!("{field}: {s:?} contains a comma."),
                        ))
                    }
                    Value::String(s) => out.push(s.trim().to_string()),
                    _ => {
                        return Err(ApiError::field(
                            field,
                            format!("{field}: must be an array of strings."),
                        ))
                    }
                }
            }
            Ok(Some(out.join(", ")))
        }
        Some(_) => Err(ApiError::field(
            field,
            format!("{field}: must be an array of strings."),
        )),
    }
}

/// A time: RFC 3339 with an offset (`2026-11-27T09:30:00Z`), or the editor's local form
/// (`2026-11-27T10:30`) in the story's `time_zone`.
fn time(
    map: &Map<String, Value>,
    field: &'static str,
    zone: &str,
) -> Result<Option<String>, ApiError> {
    let Some(value) = text(map, field)? else {
        return Ok(None);
    };
    let value = value.trim();
    if value.is_empty() {
        return Ok(Some(String::new()));
    }
    if let Ok(t) = value.parse::<jiff::Timestamp>() {
        return Ok(Some(
            t.to_zoned(dateline_core::time::zone(zone))
                .strftime("%Y-%m-%dT%H:%M:%S")
                .to_string(),
        ));
    }
    Ok(Some(value.to_string()))
}

fn revision(map: &Map<String, Value>) -> Result<String, ApiError> {
    match map.get("revision") {
        None | Some(Value::Null) => Ok(String::new()),
        Some(Value::Number(n)) if n.as_i64().is_some_and(|r| r > 0) => Ok(n.to_string()),
        Some(_) => Err(ApiError::field(
            "revision",
            "revision: must be a positive whole number.",
        )),
    }
}

/// Lays the request's fields over `form`.
fn overlay(
    state: &AppState,
    form: &mut EditorForm,
    map: &Map<String, Value>,
) -> Result<(), ApiError> {
    for (field, slot) in [
        ("edition", &mut form.edition),
        ("headline", &mut form.headline),
        ("standfirst", &mut form.standfirst),
        ("dateline", &mut form.dateline),
        ("body", &mut form.body),
        ("translation_group", &mut form.translation_group),
        ("time_zone", &mut form.time_zone),
    ] {
        if let Some(v) = text(map, field)? {
            *slot = v;
        } else if field == "translation_group" && map.get(field) == Some(&Value::Null) {
            slot.clear();
        }
    }
    if !state.site.is_edition(&form.edition) {
        let known: Vec<&str> = state
            .site
            .editions
            .iter()
            .map(|e| e.edition.code.as_str())
            .collect();
        return Err(ApiError::field(
            "edition",
            format!(
                "edition: {:?} is not an edition ({}).",
                form.edition,
                known.join(", ")
            ),
        ));
    }
    if form.time_zone.trim().is_empty() {
        if let Some(ed) = state.site.edition(&form.edition) {
            form.time_zone = ed.edition.time_zone.clone();
        }
    }
    if let Some(v) = names(map, "regions")? {
        form.regions = v;
    }
    if let Some(v) = names(map, "tags")? {
        form.tags = v;
    }
    if let Some(v) = names(map, "authors")? {
        form.authors = v;
    }
    let zone = form.time_zone.clone();
    if let Some(v) = time(map, "published_at", &zone)? {
        form.published_at = v;
    }
    if let Some(v) = time(map, "embargo", &zone)? {
        form.embargo = v;
    }
    Ok(())
}

impl AppState {
    async fn apply(
        &self,
        caller: &Caller,
        existing: Option<&Article>,
        form: &EditorForm,
    ) -> Result<i64, ApiError> {
        let via = caller.via();
        let change = StoryChange {
            user: &caller.user,
            ip: &caller.ip,
            via: &via,
            existing,
            form,
        };
        match self.change_story(change).await {
            Ok(saved) => Ok(saved.id),
            Err(Refused::Forbidden(message)) => Err(ApiError::new(StatusCode::FORBIDDEN, message)),
            Err(Refused::UnknownAction) => Err(ApiError::new(StatusCode::BAD_REQUEST, "Unknown action.")),
            Err(Refused::State(message)) => Err(ApiError::new(StatusCode::CONFLICT, message)),
            Err(Refused::Invalid { field, message }) => Err(ApiError::field(field, message)),
            Err(Refused::Conflict { current }) => Err(ApiError {
                current_revision: Some(current),
                ..ApiError::new(
                    StatusCode::CONFLICT,
                    format!("The story was saved by someone else since the revision you sent; it is now at revision {current}. Read it again and apply your change to it."),
                )
            }),
            Err(Refused::Unavailable) => Err(ApiError::new(
                StatusCode::SERVICE_UNAVAILABLE,
                "The story could not be saved; try again.",
            )),
        }
    }

    async fn existing(&self, id: i64) -> Result<Article, ApiError> {
        self.store
            .article(id)
            .await
            .map_err(unavailable)?
            .ok_or_else(|| ApiError::new(StatusCode::NOT_FOUND, format!("No story {id}.")))
    }
}

/// `POST /api/v1/admin/articles`: a new draft.
pub async fn create(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    body: Bytes,
) -> Result<Response<Body>, ApiError> {
    caller.require("articles:write")?;
    let map = object(&body, &STORY_FIELDS)?;
    let mut form = EditorForm::default();
    overlay(&state, &mut form, &map)?;
    form.action = "save".into();
    let id = state.apply(&caller, None, &form).await?;
    state.story_answer(StatusCode::CREATED, id).await
}

/// `GET /api/v1/admin/articles/{id}`: a story in any state.
pub async fn read(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Path(id): Path<i64>,
) -> Result<Response<Body>, ApiError> {
    if !caller.token.has_scope("articles:write") {
        caller.require("articles:publish")?;
    }
    if !caller.user.role.may(Action::ReadDrafts) {
        return Err(ApiError::new(
            StatusCode::FORBIDDEN,
            "Your role may not read the newsroom's stories.",
        ));
    }
    state.story_answer(StatusCode::OK, id).await
}

/// `PATCH /api/v1/admin/articles/{id}`: changes the fields given. A published story needs
/// `articles:publish` as well; with `correction` the change is a public correction.
pub async fn update(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Path(id): Path<i64>,
    body: Bytes,
) -> Result<Response<Body>, ApiError> {
    caller.require("articles:write")?;
    let mut allowed = STORY_FIELDS.to_vec();
    allowed.extend(["revision", "correction"]);
    let map = object(&body, &allowed)?;
    let existing = state.existing(id).await?;
    let published = existing.summary.status == dateline_core::Status::Published;
    if published {
        caller.require("articles:publish")?;
    }
    let mut form = EditorForm::from_article(&existing, &state);
    overlay(&state, &mut form, &map)?;
    form.revision = revision(&map)?;
    form.action = "save".into();
    if let Some(note) = text(&map, "correction")? {
        if !published {
            return Err(ApiError::field(
                "correction",
                "correction: only a published story can be corrected.",
            ));
        }
        form.correction = note;
        form.action = "correct".into();
    }
    let id = state.apply(&caller, Some(&existing), &form).await?;
    state.story_answer(StatusCode::OK, id).await
}

/// `POST /api/v1/admin/articles/{id}/publish`: publishes now, at `published_at`, or when
/// `embargo` lifts.
pub async fn publish(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Path(id): Path<i64>,
    body: Bytes,
) -> Result<Response<Body>, ApiError> {
    caller.require("articles:publish")?;
    let map = object(&body, &["revision", "published_at", "embargo", "time_zone"])?;
    let existing = state.existing(id).await?;
    let mut form = EditorForm::from_article(&existing, &state);
    overlay(&state, &mut form, &map)?;
    form.revision = revision(&map)?;
    form.action = "publish".into();
    let id = state.apply(&caller, Some(&existing), &form).await?;
    state.story_answer(StatusCode::OK, id).await
}

/// `POST /api/v1/admin/articles/{id}/unpublish`.
pub async fn unpublish(
    State(state): State<Arc<AppState>>,
    caller: Caller,
    Path(id): Path<i64>,
    body: Bytes,
) -> Result<Response<Body>, ApiError> {
    caller.require("articles:publish")?;
    let map = object(&body, &["revision"])?;
    let existing = state.existing(id).await?;
    let mut form = EditorForm::from_article(&existing, &state);
    form.revision = revision(&map)?;
    form.action = "unpublish".into();
    let id = state.apply(&caller, Some(&existing), &form).await?;
    state.story_answer(StatusCode::OK, id).await
}

fn when(t: Option<i64>) -> String {
    t.and_then(|t| jiff::Timestamp::from_second(t).ok())
        .map(|t| t.strftime("%Y-%m-%d %H:%M").to_string())
        .unwrap_or_default()
}

async fn tokens_page(
    state: &AppState,
    status: StatusCode,
    csrf: &str,
    user: &User,
    created: Option<(String, String)>,
    error: Option<String>,
) -> Response<Body> {
    let tokens = match state.store.api_tokens().await {
        Ok(t) => t,
        Err(e) => {
            tracing::error!(error = %e, "reading API tokens failed");
            return plain(
                StatusCode::SERVICE_UNAVAILABLE,
                "Tokens cannot be read right now.",
            );
        }
    };
    let rows: Vec<minijinja::Value> = tokens
        .iter()
        .map(|t| {
            context! { id => t.id, name => &t.name, scopes => t.scopes.join(" "), creator => &t.user_email,
            created => when(Some(t.created_at)), last_used => when(t.last_used_at),
            revoked => when(t.revoked_at), live => t.revoked_at.is_none() }
        })
        .collect();
    state.admin_page(
        status,
        "admin/tokens.html",
        context! {
            user => user_view(user), csrf, tokens => rows, scopes => SCOPES,
            created => created.map(|(name, secret)| context! { name, secret }),
            error,
        },
    )
}

/// `/admin/tokens`: admins list, make and revoke admin API tokens.
pub async fn tokens(
    State(state): State<Arc<AppState>>,
    SignedIn(session, user): SignedIn,
) -> Response<Body> {
    if !user.role.may(Action::ManageUsers) {
        return plain(StatusCode::FORBIDDEN, "Only admins manage API tokens.");
    }
    tokens_page(
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
pub struct TokenForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    name: String,
    #[serde(default, rename = "articles:write")]
    write: Option<String>,
    #[serde(default, rename = "articles:publish")]
    publish: Option<String>,
}

pub async fn create_token(
    State(state): State<Arc<AppState>>,
    SignedIn(session, user): SignedIn,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    Form(form): Form<TokenForm>,
) -> Response<Body> {
    if let Some(refused) = form_refusal(&session, &form.csrf) {
        return refused;
    }
    let ip = peer.ip().to_string();
    if !user.role.may(Action::ManageUsers) {
        return state
            .forbidden(
                &user,
                "api tokens",
                &ip,
                "",
                "Only admins manage API tokens.",
            )
            .await;
    }
    let scopes: Vec<String> = [
        ("articles:write", &form.write),
        ("articles:publish", &form.publish),
    ]
    .into_iter()
    .filter(|(_, on)| on.as_deref() == Some("on"))
    .map(|(s, _)| s.to_string())
    .collect();
    match issue_token(&state.store, &user, &form.name, &scopes).await {
        Ok((id, secret)) => {
            state
                .record(
                    Some(&user),
                    "",
                    "api_token_created",
                    format!("api token {id}"),
                    &ip,
                    &format!("{:?} [{}]", form.name.trim(), scopes.join(" ")),
                )
                .await;
            tokens_page(
                &state,
                StatusCode::OK,
                &session.csrf_token,
                &user,
                Some((form.name.trim().to_string(), secret)),
                None,
            )
            .await
        }
        Err(message) => {
            tokens_page(
                &state,
                StatusCode::UNPROCESSABLE_ENTITY,
                &session.csrf_token,
                &user,
                None,
                Some(message),
            )
            .await
        }
    }
}

#[derive(Deserialize)]
pub struct CsrfOnly {
    #[serde(default)]
    csrf: String,
}

pub async fn revoke_token(
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
    if !user.role.may(Action::ManageUsers) {
        return state
            .forbidden(
                &user,
                format!("api token {id}"),
                &ip,
                "",
                "Only admins manage API tokens.",
            )
            .await;
    }
    match state
        .store
        .revoke_api_token(id, dateline_core::article::now())
        .await
    {
        Ok(Some(token)) => {
            state
                .record(
                    Some(&user),
                    "",
                    "api_token_revoked",
                    format!("api token {id}"),
                    &ip,
                    &format!("{:?} of {}", token.name, token.user_email),
                )
                .await;
            see_other("/admin/tokens")
        }
        Ok(None) => plain(StatusCode::NOT_FOUND, "No such live token."),
        Err(e) => {
            tracing::error!(error = %e, "revoking an API token failed");
            plain(
                StatusCode::SERVICE_UNAVAILABLE,
                "The token could not be revoked; try again.",
            )
        }
    }
}
