//! The newsroom's door: sign-in with a password and, when set up, a second factor; sessions
//! in the store behind HttpOnly, SameSite=Strict cookies; a CSRF token on every form; rate
//! limits on every attempt at a password or a code; everything recorded in the audit log.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::body::Body;
use axum::extract::{ConnectInfo, Query, State};
use axum::http::{header, HeaderMap, HeaderValue, Response, StatusCode};
use axum::response::IntoResponse;
use axum::Form;
use dateline_auth::ratelimit::RateLimiter;
use dateline_auth::{password, token, totp};
use dateline_core::newsroom::{normalise_email, Action, Role};
use dateline_store::{AuditQuery, NewAuditEntry, Session, User};
use minijinja::context;
use secrecy::SecretString;
use serde::Deserialize;

use crate::AppState;

const SESSION_COOKIE: &str = "dateline_session";
const FORM_COOKIE: &str = "dateline_form";
/// Associated data of a sealed two-factor secret. Accounts' TOTP secrets are stored sealed
/// with the key file, as subscribers' addresses are: a copy of the database does not give
/// anyone the codes.
pub const TOTP_CONTEXT: &[u8] = b"user.totp_secret";

/// A newsroom session lasts a working day.
const SESSION_SECONDS: i64 = 12 * 3600;

/// Rate limits of the newsroom's door, per node.
pub struct Limits {
    /// Password attempts per client address.
    pub per_address: RateLimiter,
    /// Password attempts per account, whatever the address: spreading an attack over many
    /// addresses does not buy more guesses.
    pub per_account: RateLimiter,
    /// Second-factor codes per account.
    pub codes: RateLimiter,
    /// Admin API requests with a missing, unknown or revoked token, per client address.
    pub api_tokens: RateLimiter,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            per_address: RateLimiter::new(20, Duration::from_secs(30)),
            per_account: RateLimiter::new(5, Duration::from_secs(180)),
            codes: RateLimiter::new(5, Duration::from_secs(60)),
            api_tokens: RateLimiter::new(20, Duration::from_secs(30)),
        }
    }
}

/// The value of cookie `name`, if the request carries it.
pub(crate) fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

impl AppState {
    fn set_cookie(&self, name: &str, value: &str, max_age: i64) -> HeaderValue {
        let secure = if self.settings.base_url.starts_with("https://") {
            "; Secure"
        } else {
            ""
        };
        HeaderValue::from_str(&format!(
            "{name}={value}; Path=/; HttpOnly; SameSite=Strict; Max-Age={max_age}{secure}"
        ))
        .expect("cookie values are URL-safe base64")
    }

    async fn current(&self, headers: &HeaderMap) -> Option<(Session, User)> {
        let token = cookie(headers, SESSION_COOKIE)?;
        let now = dateline_core::article::now();
        match self.store.session(&token::hash_token(token), now).await {
            Ok(found) => found,
            Err(e) => {
                tracing::error!(error = %e, "reading a session failed");
                None
            }
        }
    }

    /// Refuses an action the user's role does not allow: noted in the audit log (`subject`,
    /// `detail`), answered 403 with `message`.
    pub(crate) async fn forbidden(
        &self,
        user: &User,
        subject: impl Into<String>,
        ip: &str,
        detail: &str,
        message: &'static str,
    ) -> Response<Body> {
        self.record(
            Some(user),
            "",
            "permission_refused",
            subject.into(),
            ip,
            detail,
        )
        .await;
        plain(StatusCode::FORBIDDEN, message)
    }

    pub(crate) async fn record(
        &self,
        user: Option<&User>,
        actor: &str,
        action: &str,
        subject: String,
        ip: &str,
        detail: &str,
    ) {
        let entry = NewAuditEntry {
            at: dateline_core::article::now(),
            user_id: user.map(|u| u.id),
            actor: user.map_or_else(|| actor.to_string(), |u| u.email.clone()),
            action: action.to_string(),
            subject,
            ip: ip.to_string(),
            detail: detail.to_string(),
        };
        if let Err(e) = self.store.audit(&entry).await {
            // The action already happened; losing its record is worth an operator's attention.
            tracing::error!(error = %e, action, "writing the audit log failed");
        }
    }

    pub(crate) fn admin_page(
        &self,
        status: StatusCode,
        template: &str,
        ctx: minijinja::Value,
    ) -> Response<Body> {
        let base = context! {
            site => context! { agency => &self.settings.agency },
            assets => context! {
                css => self.theme.asset_urls.get("site.css"),
                admin_js => self.theme.asset_urls.get("admin.js"),
            },
        };
        let html = self
            .theme
            .env
            .get_template(template)
            .and_then(|t| t.render(context! { ..ctx, ..base }));
        match html {
            Ok(html) => (
                status,
                [
                    (header::CONTENT_TYPE, "text/html; charset=utf-8"),
                    (header::CACHE_CONTROL, "no-store"),
                ],
                html,
            )
                .into_response(),
            Err(e) => {
                tracing::error!(error = %e, template, "newsroom template failed");
                plain(StatusCode::INTERNAL_SERVER_ERROR, "internal error")
            }
        }
    }

    fn sign_in_page(
        &self,
        status: StatusCode,
        email: &str,
        error: Option<String>,
    ) -> Response<Body> {
        let csrf = token::random_token();
        let mut r = self.admin_page(
            status,
            "admin/sign_in.html",
            context! { csrf, email, error },
        );
        r.headers_mut().append(
            header::SET_COOKIE,
            self.set_cookie(FORM_COOKIE, &csrf, 3600),
        );
        r
    }
}

/// A short plain-text answer that no cache keeps: refusals and failures in the newsroom.
pub(crate) fn plain(status: StatusCode, message: impl Into<String>) -> Response<Body> {
    (
        status,
        [(header::CACHE_CONTROL, "no-store")],
        message.into(),
    )
        .into_response()
}

/// Refuses a form that does not carry its session's token: a request forged by another site,
/// or a page left open past its session.
pub(crate) fn form_refusal(session: &Session, presented: &str) -> Option<Response<Body>> {
    (!token::constant_time_eq(&session.csrf_token, presented)).then(|| {
        plain(
            StatusCode::FORBIDDEN,
            "This form has expired; reload the page.",
        )
    })
}

pub(crate) fn see_other(to: &str) -> Response<Body> {
    (
        StatusCode::SEE_OTHER,
        [(header::LOCATION, to), (header::CACHE_CONTROL, "no-store")],
    )
        .into_response()
}

pub(crate) fn user_view(u: &User) -> minijinja::Value {
    context! {
        name => &u.name,
        email => &u.email,
        role => u.role.as_str(),
        editions => &u.editions,
        two_factor => u.totp_secret.is_some(),
    }
}

fn minutes(d: Duration) -> u64 {
    d.as_secs().div_ceil(60).max(1)
}

/// A session that has passed every step, or where to send its holder.
/// A member whose session has passed every step; handlers take it as an extractor, and a
/// request without one is sent where it must go next (sign-in, second factor, its setup).
pub struct SignedIn(pub Session, pub User);

impl axum::extract::FromRequestParts<Arc<AppState>> for SignedIn {
    type Rejection = Response<Body>;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        state: &Arc<AppState>,
    ) -> Result<Self, Self::Rejection> {
        signed_in(state, &parts.headers)
            .await
            .map(|(session, user)| SignedIn(session, user))
    }
}

async fn signed_in(
    state: &AppState,
    headers: &HeaderMap,
) -> Result<(Session, User), Response<Body>> {
    match state.current(headers).await {
        None => Err(see_other("/admin/sign-in")),
        Some((s, u)) if !s.verified && u.totp_secret.is_some() => {
            Err(see_other("/admin/two-factor"))
        }
        Some((s, _)) if !s.verified => Err(see_other("/admin/two-factor/setup")),
        // The requirement may have come in after this session began.
        Some((_, u)) if u.totp_secret.is_none() && state.two_factor_required(u.role).await => {
            Err(see_other("/admin/two-factor/setup"))
        }
        Some(found) => Ok(found),
    }
}

const TWO_FACTOR_SETTING: &str = "two_factor_roles";

impl AppState {
    /// Whether an admin has required a second factor of `role`.
    pub(crate) async fn two_factor_required(&self, role: Role) -> bool {
        match self.store.setting(TWO_FACTOR_SETTING).await {
            Ok(Some(roles)) => roles.split_whitespace().any(|r| r == role.as_str()),
            Ok(None) => false,
            // Fail closed: a database hiccup must not switch the requirement off.
            Err(_) => true,
        }
    }
}

pub async fn home(
    State(state): State<Arc<AppState>>,
    SignedIn(session, user): SignedIn,
) -> Response<Body> {
    if user.must_change_password {
        return see_other("/admin/password");
    }
    state.admin_page(
        StatusCode::OK,
        "admin/home.html",
        context! { user => user_view(&user), csrf => &session.csrf_token },
    )
}

pub async fn sign_in_form(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
) -> Response<Body> {
    if let Some((s, _)) = state.current(&headers).await {
        if s.verified {
            return see_other("/admin/");
        }
    }
    state.sign_in_page(StatusCode::OK, "", None)
}

#[derive(Deserialize)]
pub struct SignInForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
}

pub async fn sign_in(
    State(state): State<Arc<AppState>>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    Form(form): Form<SignInForm>,
) -> Response<Body> {
    let ip = peer.ip().to_string();
    let expected = cookie(&headers, FORM_COOKIE).unwrap_or("");
    if expected.is_empty() || !token::constant_time_eq(expected, &form.csrf) {
        return state.sign_in_page(
            StatusCode::FORBIDDEN,
            &form.email,
            Some("This form has expired. Please sign in again.".into()),
        );
    }
    let now = Instant::now();
    if let Err(wait) = state.limits.per_address.check(&ip, now) {
        state
            .record(
                None,
                &form.email,
                "sign_in_throttled",
                "address".into(),
                &ip,
                "",
            )
            .await;
        return state.sign_in_page(
            StatusCode::TOO_MANY_REQUESTS,
            &form.email,
            Some(format!(
                "Too many sign-in attempts from your address. Try again in {} minute(s).",
                minutes(wait)
            )),
        );
    }
    let Some(email) = normalise_email(&form.email) else {
        return state.sign_in_page(
            StatusCode::UNPROCESSABLE_ENTITY,
            &form.email,
            Some("That is not an e-mail address.".into()),
        );
    };
    if let Err(wait) = state.limits.per_account.check(&email, now) {
        state
            .record(
                None,
                &email,
                "sign_in_throttled",
                format!("account {email}"),
                &ip,
                "",
            )
            .await;
        return state.sign_in_page(
            StatusCode::TOO_MANY_REQUESTS,
            &email,
            Some(format!(
                "Too many sign-in attempts for this account. Try again in {} minute(s).",
                minutes(wait)
            )),
        );
    }
    let user = match state.store.user_by_email(&email).await {
        Ok(u) => u,
        Err(e) => {
            tracing::error!(error = %e, "reading an account failed");
            return state.sign_in_page(
                StatusCode::SERVICE_UNAVAILABLE,
                &email,
                Some("Signing in is not possible right now.".into()),
            );
        }
    };
    let secret = SecretString::from(form.password);
    let hash = user.as_ref().map(|u| u.password_hash.clone());
    // Hashing is slow on purpose; it runs off the request threads, and an unknown account
    // costs the same time as a known one.
    let ok = tokio::task::spawn_blocking(move || match hash {
        Some(h) => password::verify(&secret, &h).unwrap_or(false),
        None => {
            password::verify_dummy(&secret);
            false
        }
    })
    .await
    .unwrap_or(false);
    let user = match user {
        Some(u) if ok && !u.disabled => u,
        found => {
            state
                .record(
                    found.as_ref(),
                    &email,
                    "sign_in_failed",
                    format!("account {email}"),
                    &ip,
                    "",
                )
                .await;
            return state.sign_in_page(
                StatusCode::UNAUTHORIZED,
                &email,
                Some("Wrong e-mail address or password.".into()),
            );
        }
    };
    let session_token = token::random_token();
    let now_s = dateline_core::article::now();
    let session = Session {
        token_hash: token::hash_token(&session_token),
        user_id: user.id,
        created_at: now_s,
        last_seen: now_s,
        expires_at: now_s + SESSION_SECONDS,
        verified: user.totp_secret.is_none() && !state.two_factor_required(user.role).await,
        csrf_token: token::random_token(),
        ip: ip.clone(),
        user_agent: headers
            .get(header::USER_AGENT)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .chars()
            .take(300)
            .collect(),
    };
    if let Err(e) = state.store.create_session(&session).await {
        tracing::error!(error = %e, "creating a session failed");
        return state.sign_in_page(
            StatusCode::SERVICE_UNAVAILABLE,
            &email,
            Some("Signing in is not possible right now.".into()),
        );
    }
    let detail = if session.verified {
        ""
    } else {
        "password accepted; second factor pending"
    };
    state
        .record(
            Some(&user),
            &email,
            "sign_in",
            format!("user {}", user.id),
            &ip,
            detail,
        )
        .await;
    let next = if !session.verified && user.totp_secret.is_none() {
        "/admin/two-factor/setup"
    } else if !session.verified {
        "/admin/two-factor"
    } else if user.must_change_password {
        "/admin/password"
    } else {
        "/admin/"
    };
    let mut r = see_other(next);
    r.headers_mut().append(
        header::SET_COOKIE,
        state.set_cookie(SESSION_COOKIE, &session_token, SESSION_SECONDS),
    );
    r.headers_mut()
        .append(header::SET_COOKIE, state.set_cookie(FORM_COOKIE, "", 0));
    r
}

pub async fn two_factor_form(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
) -> Response<Body> {
    match state.current(&headers).await {
        None => see_other("/admin/sign-in"),
        Some((s, _)) if s.verified => see_other("/admin/"),
        Some((s, _)) => state.admin_page(
            StatusCode::OK,
            "admin/two_factor.html",
            context! { csrf => &s.csrf_token },
        ),
    }
}

#[derive(Deserialize)]
pub struct CodeForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    code: String,
}

pub async fn two_factor(
    State(state): State<Arc<AppState>>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    Form(form): Form<CodeForm>,
) -> Response<Body> {
    let ip = peer.ip().to_string();
    let Some((session, user)) = state.current(&headers).await else {
        return see_other("/admin/sign-in");
    };
    if let Some(refused) = form_refusal(&session, &form.csrf) {
        return refused;
    }
    let page = |status, error: String| {
        state.admin_page(
            status,
            "admin/two_factor.html",
            context! { csrf => &session.csrf_token, error },
        )
    };
    if let Err(wait) = state
        .limits
        .codes
        .check(&format!("code:{}", user.id), Instant::now())
    {
        state
            .record(
                Some(&user),
                "",
                "second_factor_throttled",
                format!("user {}", user.id),
                &ip,
                "",
            )
            .await;
        return page(
            StatusCode::TOO_MANY_REQUESTS,
            format!(
                "Too many codes tried. Try again in {} minute(s).",
                minutes(wait)
            ),
        );
    }
    let secret = user
        .totp_secret
        .as_deref()
        .and_then(|stored| match state.settings.keyring.open_text(stored, TOTP_CONTEXT) {
            Ok(secret) => Some(secret),
            Err(e) => {
                tracing::error!(user = user.id, error = %e, "a two-factor secret does not open: restore the key file");
                None
            }
        })
        .and_then(|s| totp::Secret::from_base32(&s).ok());
    let now = dateline_core::article::now().max(0) as u64;
    let last = user.totp_last_step.map(|s| s.max(0) as u64);
    let step = secret.and_then(|s| totp::verify(&s, &form.code, now, last));
    let accepted = match step {
        Some(step) => state
            .store
            .use_totp_step(user.id, step as i64)
            .await
            .unwrap_or(false),
        None => false,
    };
    if !accepted {
        state
            .record(
                Some(&user),
                "",
                "second_factor_failed",
                format!("user {}", user.id),
                &ip,
                "",
            )
            .await;
        return page(
            StatusCode::UNAUTHORIZED,
            "That code is not right, or was already used. Wait for the next one.".into(),
        );
    }
    let _ = state
        .store
        .touch_session(&session.token_hash, dateline_core::article::now(), true)
        .await;
    state
        .record(
            Some(&user),
            "",
            "sign_in_second_factor",
            format!("user {}", user.id),
            &ip,
            "",
        )
        .await;
    see_other(if user.must_change_password {
        "/admin/password"
    } else {
        "/admin/"
    })
}

pub async fn password_form(
    State(state): State<Arc<AppState>>,
    SignedIn(s, u): SignedIn,
) -> Response<Body> {
    state.admin_page(
        StatusCode::OK,
        "admin/password.html",
        context! { csrf => &s.csrf_token, must_change => u.must_change_password, user => user_view(&u) },
    )
}

#[derive(Deserialize)]
pub struct PasswordForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    current: String,
    #[serde(default)]
    new: String,
}

pub async fn change_password(
    State(state): State<Arc<AppState>>,
    SignedIn(session, user): SignedIn,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    Form(form): Form<PasswordForm>,
) -> Response<Body> {
    let ip = peer.ip().to_string();
    if let Some(refused) = form_refusal(&session, &form.csrf) {
        return refused;
    }
    let page = |status, error: String| {
        state.admin_page(
            status,
            "admin/password.html",
            context! { csrf => &session.csrf_token, must_change => user.must_change_password, user => user_view(&user), error },
        )
    };
    let new = SecretString::from(form.new);
    if let Err(why) = password::check_strength(&new) {
        return page(StatusCode::UNPROCESSABLE_ENTITY, why);
    }
    // Checking the current password is a password guess like any other: rate-limited.
    if let Err(wait) = state
        .limits
        .per_account
        .check(&format!("password:{}", user.id), Instant::now())
    {
        return page(
            StatusCode::TOO_MANY_REQUESTS,
            format!(
                "Too many attempts. Try again in {} minute(s).",
                minutes(wait)
            ),
        );
    }
    let current = SecretString::from(form.current);
    let stored = user.password_hash.clone();
    let hashed = tokio::task::spawn_blocking(move || {
        if !password::verify(&current, &stored).unwrap_or(false) {
            return Ok(None);
        }
        password::hash(&new).map(Some)
    })
    .await;
    match hashed {
        Ok(Ok(Some(hash))) => {
            if let Err(e) = state.store.set_password(user.id, &hash, false).await {
                tracing::error!(error = %e, "saving a password failed");
                return page(
                    StatusCode::SERVICE_UNAVAILABLE,
                    "The password could not be saved; try again.".into(),
                );
            }
            state
                .record(
                    Some(&user),
                    "",
                    "password_changed",
                    format!("user {}", user.id),
                    &ip,
                    "",
                )
                .await;
            see_other("/admin/")
        }
        Ok(Ok(None)) => {
            state
                .record(
                    Some(&user),
                    "",
                    "password_change_failed",
                    format!("user {}", user.id),
                    &ip,
                    "wrong current password",
                )
                .await;
            page(
                StatusCode::UNAUTHORIZED,
                "Your current password is not right.".into(),
            )
        }
        _ => page(
            StatusCode::SERVICE_UNAVAILABLE,
            "The password could not be saved; try again.".into(),
        ),
    }
}

#[derive(Deserialize)]
pub struct CsrfForm {
    #[serde(default)]
    csrf: String,
}

async fn end_sessions(
    state: &AppState,
    peer: SocketAddr,
    headers: &HeaderMap,
    form: &CsrfForm,
    everywhere: bool,
) -> Response<Body> {
    let Some((session, user)) = state.current(headers).await else {
        return see_other("/admin/sign-in");
    };
    if let Some(refused) = form_refusal(&session, &form.csrf) {
        return refused;
    }
    let ip = peer.ip().to_string();
    let result = if everywhere {
        state.store.delete_user_sessions(user.id).await.map(|_| ())
    } else {
        state.store.delete_session(&session.token_hash).await
    };
    if let Err(e) = result {
        tracing::error!(error = %e, "ending sessions failed");
        return plain(
            StatusCode::SERVICE_UNAVAILABLE,
            "Signing out failed; try again.",
        );
    }
    let action = if everywhere {
        "sign_out_everywhere"
    } else {
        "sign_out"
    };
    state
        .record(
            Some(&user),
            "",
            action,
            format!("user {}", user.id),
            &ip,
            "",
        )
        .await;
    let mut r = see_other("/admin/sign-in");
    r.headers_mut()
        .append(header::SET_COOKIE, state.set_cookie(SESSION_COOKIE, "", 0));
    r
}

pub async fn sign_out(
    State(state): State<Arc<AppState>>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    Form(form): Form<CsrfForm>,
) -> Response<Body> {
    end_sessions(&state, peer, &headers, &form, false).await
}

pub async fn sign_out_everywhere(
    State(state): State<Arc<AppState>>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    Form(form): Form<CsrfForm>,
) -> Response<Body> {
    end_sessions(&state, peer, &headers, &form, true).await
}

/// Actions the audit log can be filtered by.
const AUDIT_ACTIONS: &[&str] = &[
    "sign_in",
    "sign_in_failed",
    "sign_in_throttled",
    "sign_in_second_factor",
    "second_factor_failed",
    "second_factor_throttled",
    "sign_out",
    "sign_out_everywhere",
    "password_changed",
    "password_change_failed",
    "password_reset",
    "user_added",
    "two_factor_enrolled",
    "setting_changed",
    "role_change",
    "media_uploaded",
    "permission_refused",
    "publish",
    "correct",
    "unpublish",
    "submit_for_review",
    "restore",
    "api_token_created",
    "api_token_revoked",
    "webhook_added",
    "webhook_removed",
];

#[derive(Deserialize)]
pub struct AuditParams {
    action: Option<String>,
    page: Option<i64>,
}

pub async fn audit(
    State(state): State<Arc<AppState>>,
    SignedIn(_, user): SignedIn,
    Query(params): Query<AuditParams>,
) -> Response<Body> {
    if !user.role.may(Action::ReadAuditLog) {
        return plain(StatusCode::FORBIDDEN, "Only admins can read the audit log.");
    }
    let action = params
        .action
        .filter(|a| AUDIT_ACTIONS.contains(&a.as_str()));
    let page = params.page.unwrap_or(1).clamp(1, 100_000);
    const PER_PAGE: i64 = 100;
    let entries = match state
        .store
        .audit_log(&AuditQuery {
            action: action.clone(),
            limit: PER_PAGE + 1,
            offset: (page - 1) * PER_PAGE,
            ..Default::default()
        })
        .await
    {
        Ok(e) => e,
        Err(e) => {
            tracing::error!(error = %e, "reading the audit log failed");
            return plain(
                StatusCode::SERVICE_UNAVAILABLE,
                "The audit log cannot be read right now.",
            );
        }
    };
    let next = (entries.len() as i64 > PER_PAGE).then(|| match &action {
        Some(a) => format!("/admin/audit?action={a}&page={}", page + 1),
        None => format!("/admin/audit?page={}", page + 1),
    });
    let utc = jiff::tz::TimeZone::UTC;
    let rows: Vec<minijinja::Value> = entries
        .iter()
        .take(PER_PAGE as usize)
        .map(|e| {
            let at = jiff::Timestamp::from_second(e.at).unwrap_or(jiff::Timestamp::UNIX_EPOCH);
            context! {
                when => at.strftime("%Y-%m-%d %H:%M:%S").to_string(),
                iso => dateline_core::time::rfc3339(at, &utc),
                actor => &e.actor, action => &e.action, subject => &e.subject, ip => &e.ip, detail => &e.detail,
            }
        })
        .collect();
    state.admin_page(
        StatusCode::OK,
        "admin/audit.html",
        context! { user => user_view(&user), entries => rows, actions => AUDIT_ACTIONS, action, next },
    )
}

pub async fn setup_form(State(state): State<Arc<AppState>>, headers: HeaderMap) -> Response<Body> {
    let Some((session, user)) = state.current(&headers).await else {
        return see_other("/admin/sign-in");
    };
    if user.totp_secret.is_some() {
        return see_other(if session.verified {
            "/admin/"
        } else {
            "/admin/two-factor"
        });
    }
    let secret = totp::Secret::generate();
    setup_page(&state, &session, &user, StatusCode::OK, &secret, None).await
}

async fn setup_page(
    state: &AppState,
    session: &Session,
    user: &User,
    status: StatusCode,
    secret: &totp::Secret,
    error: Option<String>,
) -> Response<Body> {
    let base32 = secret.to_base32();
    let spaced: String = base32
        .as_bytes()
        .chunks(4)
        .map(|c| String::from_utf8_lossy(c).to_string())
        .collect::<Vec<_>>()
        .join(" ");
    state.admin_page(
        status,
        "admin/two_factor_setup.html",
        context! {
            csrf => &session.csrf_token,
            secret => &base32,
            secret_text => spaced,
            uri => secret.otpauth_uri(&state.settings.agency, &user.email),
            required => state.two_factor_required(user.role).await,
            error,
        },
    )
}

#[derive(Deserialize)]
pub struct SetupForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    secret: String,
    #[serde(default)]
    code: String,
}

pub async fn setup(
    State(state): State<Arc<AppState>>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    Form(form): Form<SetupForm>,
) -> Response<Body> {
    let ip = peer.ip().to_string();
    let Some((session, user)) = state.current(&headers).await else {
        return see_other("/admin/sign-in");
    };
    if let Some(refused) = form_refusal(&session, &form.csrf) {
        return refused;
    }
    if user.totp_secret.is_some() {
        // Replacing a second factor takes an admin (`dateline user two-factor`), not a session.
        return plain(
            StatusCode::FORBIDDEN,
            "Two-factor sign-in is already set up.",
        );
    }
    let Ok(secret) = totp::Secret::from_base32(&form.secret) else {
        return plain(
            StatusCode::BAD_REQUEST,
            "The key was damaged; reload the page.",
        );
    };
    if let Err(wait) = state
        .limits
        .codes
        .check(&format!("code:{}", user.id), Instant::now())
    {
        let msg = format!(
            "Too many codes tried. Try again in {} minute(s).",
            minutes(wait)
        );
        return setup_page(
            &state,
            &session,
            &user,
            StatusCode::TOO_MANY_REQUESTS,
            &secret,
            Some(msg),
        )
        .await;
    }
    let now = dateline_core::article::now().max(0) as u64;
    let Some(step) = totp::verify(&secret, &form.code, now, None) else {
        let msg = "That code is not right. Check the app's clock, and type the code it shows now."
            .to_string();
        return setup_page(
            &state,
            &session,
            &user,
            StatusCode::UNAUTHORIZED,
            &secret,
            Some(msg),
        )
        .await;
    };
    let saved = async {
        state
            .store
            .set_totp_secret(
                user.id,
                Some(
                    &state
                        .settings
                        .keyring
                        .seal_text(&secret.to_base32(), TOTP_CONTEXT),
                ),
            )
            .await?;
        state.store.use_totp_step(user.id, step as i64).await?;
        state
            .store
            .touch_session(&session.token_hash, dateline_core::article::now(), true)
            .await
    };
    if let Err(e) = saved.await {
        tracing::error!(error = %e, "saving a second factor failed");
        return plain(
            StatusCode::SERVICE_UNAVAILABLE,
            "It could not be saved; try again.",
        );
    }
    state
        .record(
            Some(&user),
            "",
            "two_factor_enrolled",
            format!("user {}", user.id),
            &ip,
            "",
        )
        .await;
    see_other(if user.must_change_password {
        "/admin/password"
    } else {
        "/admin/"
    })
}

pub async fn settings_form(
    State(state): State<Arc<AppState>>,
    SignedIn(session, user): SignedIn,
) -> Response<Body> {
    if !user.role.may(Action::ChangeSettings) {
        return plain(StatusCode::FORBIDDEN, "Only admins change settings.");
    }
    let mut roles = Vec::new();
    for role in [Role::Contributor, Role::Editor, Role::Admin] {
        roles.push(
            context! { name => role.as_str(), required => state.two_factor_required(role).await },
        );
    }
    state.admin_page(
        StatusCode::OK,
        "admin/settings.html",
        context! { user => user_view(&user), csrf => &session.csrf_token, roles },
    )
}

pub async fn save_settings(
    State(state): State<Arc<AppState>>,
    SignedIn(session, user): SignedIn,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    Form(form): Form<std::collections::HashMap<String, String>>,
) -> Response<Body> {
    if let Some(refused) =
        form_refusal(&session, form.get("csrf").map(String::as_str).unwrap_or(""))
    {
        return refused;
    }
    if !user.role.may(Action::ChangeSettings) {
        return state
            .forbidden(
                &user,
                "settings",
                &peer.ip().to_string(),
                "",
                "Only admins change settings.",
            )
            .await;
    }
    let roles: Vec<&str> = [Role::Contributor, Role::Editor, Role::Admin]
        .iter()
        .filter(|r| {
            form.get(&format!("two_factor_{}", r.as_str()))
                .is_some_and(|v| v == "on")
        })
        .map(|r| r.as_str())
        .collect();
    let before = state
        .store
        .setting(TWO_FACTOR_SETTING)
        .await
        .ok()
        .flatten()
        .unwrap_or_default();
    let after = roles.join(" ");
    if let Err(e) = state.store.set_setting(TWO_FACTOR_SETTING, &after).await {
        tracing::error!(error = %e, "saving settings failed");
        return plain(
            StatusCode::SERVICE_UNAVAILABLE,
            "The settings could not be saved; try again.",
        );
    }
    state
        .record(
            Some(&user),
            "",
            "setting_changed",
            TWO_FACTOR_SETTING.into(),
            &peer.ip().to_string(),
            &format!("{before:?} → {after:?}"),
        )
        .await;
    see_other("/admin/settings")
}

pub async fn users(
    State(state): State<Arc<AppState>>,
    SignedIn(session, user): SignedIn,
) -> Response<Body> {
    if !user.role.may(Action::ManageUsers) {
        return plain(StatusCode::FORBIDDEN, "Only admins manage accounts.");
    }
    let all = match state.store.users().await {
        Ok(u) => u,
        Err(_) => {
            return plain(
                StatusCode::SERVICE_UNAVAILABLE,
                "Accounts cannot be read right now.",
            )
        }
    };
    let rows: Vec<minijinja::Value> = all
        .iter()
        .map(|u| context! { id => u.id, name => &u.name, email => &u.email, role => u.role.as_str(), editions => u.editions.join(", "), two_factor => u.totp_secret.is_some() })
        .collect();
    state.admin_page(
        StatusCode::OK,
        "admin/users.html",
        context! { user => user_view(&user), csrf => &session.csrf_token, users => rows, roles => ["contributor", "editor", "admin"] },
    )
}

#[derive(Deserialize)]
pub struct RoleForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    role: String,
    #[serde(default)]
    editions: String,
}

pub async fn change_role(
    State(state): State<Arc<AppState>>,
    SignedIn(session, user): SignedIn,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    axum::extract::Path(id): axum::extract::Path<i64>,
    Form(form): Form<RoleForm>,
) -> Response<Body> {
    let ip = peer.ip().to_string();
    if let Some(refused) = form_refusal(&session, &form.csrf) {
        return refused;
    }
    if !user.role.may(Action::ManageUsers) {
        return state
            .forbidden(
                &user,
                format!("user {id}"),
                &ip,
                "role change",
                "Only admins manage accounts.",
            )
            .await;
    }
    let Some(role) = Role::parse(&form.role) else {
        return plain(
            StatusCode::UNPROCESSABLE_ENTITY,
            format!("{:?} is not a role.", form.role),
        );
    };
    let editions: Vec<String> = form
        .editions
        .split([',', ' '])
        .map(str::trim)
        .filter(|e| !e.is_empty())
        .map(str::to_string)
        .collect();
    if let Some(bad) = editions.iter().find(|e| !state.site.is_edition(e)) {
        return plain(
            StatusCode::UNPROCESSABLE_ENTITY,
            format!("{bad:?} is not an edition."),
        );
    }
    let all = match state.store.users().await {
        Ok(u) => u,
        Err(_) => {
            return plain(
                StatusCode::SERVICE_UNAVAILABLE,
                "Accounts cannot be read right now.",
            )
        }
    };
    let Some(target) = all.iter().find(|u| u.id == id) else {
        return plain(StatusCode::NOT_FOUND, "No such account.");
    };
    let admins_left = all
        .iter()
        .filter(|u| u.role == Role::Admin && !u.disabled && u.id != id)
        .count();
    if target.role == Role::Admin && role != Role::Admin && admins_left == 0 {
        return plain(
            StatusCode::UNPROCESSABLE_ENTITY,
            "This is the last admin: make another admin first.",
        );
    }
    if let Err(e) = state.store.set_role(id, role, &editions).await {
        tracing::error!(error = %e, "changing a role failed");
        return plain(
            StatusCode::SERVICE_UNAVAILABLE,
            "The change could not be saved; try again.",
        );
    }
    let detail = format!(
        "{} [{}] → {} [{}]",
        target.role.as_str(),
        target.editions.join(","),
        role.as_str(),
        editions.join(",")
    );
    state
        .record(
            Some(&user),
            "",
            "role_change",
            format!("user {id} {}", target.email),
            &ip,
            &detail,
        )
        .await;
    see_other("/admin/users")
}
