//! The story editor and the editorial workflow: draft → in review → published (scheduled when
//! its time is ahead) → updated or corrected → unpublished. Every permission is decided here,
//! on the server, by the member's role and editions; every save names the revision it was
//! made from, so two people cannot overwrite each other's work.

use std::net::SocketAddr;
use std::sync::Arc;

use axum::body::Body;
use axum::extract::{ConnectInfo, Path, Query, State};
use axum::http::{header, Response, StatusCode};
use axum::response::IntoResponse;
use axum::Form;
use dateline_auth::token;
use dateline_core::article::{ArticleInput, Named, Prepared, Status};
use dateline_core::newsroom::Action;
use dateline_store::{Article, Saved, StoreError, User};
use minijinja::context;
use serde::{Deserialize, Serialize};

use crate::admin::{plain, see_other, user_view, SignedIn};
use crate::site::urls;
use crate::AppState;

/// The editor's fields, as typed: kept as they are so a refused save loses nothing.
#[derive(Debug, Default, Clone, Serialize, Deserialize)]
pub struct EditorForm {
    #[serde(default)]
    pub(crate) csrf: String,
    #[serde(default)]
    pub(crate) revision: String,
    #[serde(default)]
    pub(crate) action: String,
    #[serde(default)]
    pub(crate) edition: String,
    #[serde(default)]
    pub(crate) headline: String,
    #[serde(default)]
    pub(crate) standfirst: String,
    #[serde(default)]
    pub(crate) dateline: String,
    #[serde(default)]
    pub(crate) body: String,
    #[serde(default)]
    pub(crate) regions: String,
    #[serde(default)]
    pub(crate) tags: String,
    #[serde(default)]
    pub(crate) authors: String,
    #[serde(default)]
    pub(crate) translation_group: String,
    #[serde(default)]
    pub(crate) published_at: String,
    #[serde(default)]
    pub(crate) time_zone: String,
    #[serde(default)]
    pub(crate) correction: String,
    /// Optional: the story stays off every public surface until then.
    #[serde(default)]
    pub(crate) embargo: String,
}

fn forbidden(message: &str) -> Response<Body> {
    plain(StatusCode::FORBIDDEN, message)
}

/// The state a newsroom member reads: a published story whose time is ahead is "scheduled".
fn state_name(s: &dateline_store::Summary, now: i64) -> &'static str {
    if s.status == Status::Published && s.published_at.is_some_and(|t| t > now) {
        "scheduled"
    } else {
        s.status.as_str()
    }
}

fn list(text: &str) -> Vec<String> {
    text.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

impl EditorForm {
    pub(crate) fn from_article(a: &Article, state: &AppState) -> EditorForm {
        let tz_name = a.summary.published_tz.clone();
        let published_at = a
            .summary
            .published_at
            .and_then(|t| jiff::Timestamp::from_second(t).ok())
            .map(|t| {
                t.to_zoned(dateline_core::time::zone(&tz_name))
                    .strftime("%Y-%m-%dT%H:%M")
                    .to_string()
            })
            .unwrap_or_default();
        let _ = state;
        EditorForm {
            revision: a.revision.to_string(),
            edition: a.summary.edition.clone(),
            headline: a.summary.headline.clone(),
            standfirst: a.summary.standfirst.clone(),
            dateline: a.dateline_place.clone(),
            body: a.body_markdown.clone(),
            regions: a.summary.regions.join(", "),
            tags: a
                .tags
                .iter()
                .map(|t| t.name.as_str())
                .collect::<Vec<_>>()
                .join(", "),
            authors: a
                .authors
                .iter()
                .map(|t| t.name.as_str())
                .collect::<Vec<_>>()
                .join(", "),
            translation_group: a.summary.translation_group.clone().unwrap_or_default(),
            published_at,
            time_zone: tz_name,
            ..Default::default()
        }
    }

    /// The article this form describes, with `status`, or what is wrong with it.
    pub(crate) fn to_input(
        &self,
        external_id: String,
        status: Status,
        now: i64,
    ) -> Result<ArticleInput, (&'static str, String)> {
        let zone = self.time_zone.trim();
        if !dateline_core::time::valid_zone(zone) {
            return Err((
                "time_zone",
                format!("Time zone: {zone:?} is not a time zone such as Europe/Rome."),
            ));
        }
        let published_at = match self.published_at.trim() {
            "" if status == Status::Published => Some(now),
            "" => None,
            text => {
                let civil: jiff::civil::DateTime = text.parse().map_err(|_| {
                    (
                        "published_at",
                        format!("Publication time: {text:?} is not a date and time."),
                    )
                })?;
                let at = civil
                    .to_zoned(dateline_core::time::zone(zone))
                    .map_err(|_| {
                        (
                            "published_at",
                            format!("Publication time: {text:?} does not exist in {zone}."),
                        )
                    })?;
                Some(at.timestamp().as_second())
            }
        };
        // An embargo holds the story back: it goes public when the embargo lifts, and that
        // is the time readers see on it.
        let published_at = match self.embargo.trim() {
            "" => published_at,
            text => {
                let civil: jiff::civil::DateTime = text.parse().map_err(|_| {
                    (
                        "embargo",
                        format!("Embargo: {text:?} is not a date and time."),
                    )
                })?;
                let until = civil
                    .to_zoned(dateline_core::time::zone(zone))
                    .map_err(|_| {
                        (
                            "embargo",
                            format!("Embargo: {text:?} does not exist in {zone}."),
                        )
                    })?
                    .timestamp()
                    .as_second();
                Some(published_at.map_or(until, |p| p.max(until)))
            }
        };
        let named = |field: &'static str, label: &str, text: &str| {
            list(text)
                .iter()
                .map(|n| {
                    Named::from_name(n)
                        .ok_or_else(|| (field, format!("{label}: {n:?} cannot be used as a name.")))
                })
                .collect::<Result<Vec<Named>, _>>()
        };
        let input = ArticleInput {
            external_id: Some(external_id),
            edition: self.edition.clone(),
            slug: String::new(),
            translation_group: Some(self.translation_group.trim().to_string())
                .filter(|g| !g.is_empty()),
            status,
            headline: self.headline.clone(),
            standfirst: self.standfirst.clone(),
            dateline_place: self.dateline.clone(),
            body_markdown: self.body.replace("\r\n", "\n"),
            regions: self
                .regions
                .split([',', ' '])
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_string)
                .collect(),
            tags: named("tags", "Tags", &self.tags)?,
            authors: named("authors", "Authors", &self.authors)?,
            published_at,
            published_tz: zone.to_string(),
            updated_at: None,
            correction: None,
        };
        input.validate().map_err(|e| (e.field, e.to_string()))
    }
}

#[derive(Serialize)]
struct Revisions {
    when: String,
}

impl AppState {
    #[allow(clippy::too_many_arguments)]
    fn editor_page(
        &self,
        status_code: StatusCode,
        user: &User,
        csrf: &str,
        form: &EditorForm,
        article: Option<&Article>,
        revisions: &[dateline_store::Revision],
        preview: Option<String>,
        error: Option<String>,
        notice: Option<&str>,
    ) -> Response<Body> {
        self.editor_page_with(
            status_code,
            user,
            csrf,
            form,
            article,
            revisions,
            preview,
            error,
            notice,
            &[],
        )
    }

    #[allow(clippy::too_many_arguments)]
    fn editor_page_with(
        &self,
        status_code: StatusCode,
        user: &User,
        csrf: &str,
        form: &EditorForm,
        article: Option<&Article>,
        revisions: &[dateline_store::Revision],
        preview: Option<String>,
        error: Option<String>,
        notice: Option<&str>,
        versions: &[dateline_store::Summary],
    ) -> Response<Body> {
        // Editions the story has no version in yet, for "Write a translation in".
        let missing: Vec<&str> = match article {
            Some(a) => self
                .site
                .editions
                .iter()
                .map(|e| e.edition.code.as_str())
                .filter(|code| {
                    a.summary.edition != *code && !versions.iter().any(|v| v.edition == *code)
                })
                .collect(),
            None => Vec::new(),
        };
        let versions: Vec<minijinja::Value> = versions
            .iter()
            .filter(|v| article.is_none_or(|a| a.summary.id != v.id))
            .map(|v| context! { id => v.id, edition => &v.edition, headline => &v.headline, status => v.status.as_str() })
            .collect();
        let editions: Vec<minijinja::Value> = self
            .site
            .editions
            .iter()
            .filter(|e| {
                user.works_in(&e.edition.code)
                    || article.is_some_and(|a| a.summary.edition == e.edition.code)
            })
            .map(|e| context! { code => &e.edition.code, name => &e.edition.name })
            .collect();
        let now = dateline_core::article::now();
        let public_url = article.filter(|a| a.is_visible(now)).and_then(|a| {
            self.site
                .edition(&a.summary.edition)
                .map(|ed| urls::article(&a.summary, &ed.tz))
        });
        let revisions: Vec<Revisions> = revisions
            .iter()
            .map(|r| Revisions {
                when: jiff::Timestamp::from_second(r.created_at)
                    .map(|t| t.strftime("%Y-%m-%d %H:%M:%S").to_string())
                    .unwrap_or_default(),
            })
            .collect();
        self.admin_page(
            status_code,
            "admin/editor.html",
            context! {
                user => user_view(user),
                csrf,
                form,
                id => article.map(|a| a.summary.id),
                status => article.map(|a| state_name(&a.summary, now)),
                revision => article.map(|a| a.revision),
                public_url,
                editions,
                may_publish => user.role.may(Action::Publish),
                revisions,
                preview,
                error,
                notice,
                versions,
                missing,
                known_regions => self
                    .site
                    .regions_of(&form.edition)
                    .into_iter()
                    .map(|(code, name)| context! { code, name })
                    .collect::<Vec<_>>(),
            },
        )
    }
}

#[derive(Deserialize)]
pub struct ListParams {
    status: Option<String>,
    edition: Option<String>,
    page: Option<i64>,
}

pub async fn articles(
    State(state): State<Arc<AppState>>,
    SignedIn(_, user): SignedIn,
    Query(params): Query<ListParams>,
) -> Response<Body> {
    if !user.role.may(Action::ReadDrafts) {
        return forbidden("You may not read the newsroom's stories.");
    }
    const STATUSES: [&str; 4] = ["draft", "in_review", "published", "unpublished"];
    let status = params.status.filter(|s| STATUSES.contains(&s.as_str()));
    let edition = params.edition.filter(|e| state.site.is_edition(e));
    let page = params.page.unwrap_or(1).clamp(1, 100_000);
    const PER_PAGE: i64 = 50;
    let found = match state
        .store
        .newsroom_list(
            status.as_deref(),
            edition.as_deref(),
            PER_PAGE + 1,
            (page - 1) * PER_PAGE,
        )
        .await
    {
        Ok(f) => f,
        Err(e) => {
            tracing::error!(error = %e, "listing stories failed");
            return plain(
                StatusCode::SERVICE_UNAVAILABLE,
                "The stories cannot be listed right now.",
            );
        }
    };
    let next = (found.len() as i64 > PER_PAGE).then(|| {
        let mut q = format!("/admin/articles?page={}", page + 1);
        if let Some(s) = &status {
            q.push_str(&format!("&status={s}"));
        }
        if let Some(e) = &edition {
            q.push_str(&format!("&edition={e}"));
        }
        q
    });
    let now = dateline_core::article::now();
    let rows: Vec<minijinja::Value> = found
        .iter()
        .take(PER_PAGE as usize)
        .map(|a| {
            context! {
                id => a.id, headline => &a.headline, edition => &a.edition, status => state_name(a, now),
                updated => jiff::Timestamp::from_second(a.updated_at).map(|t| t.strftime("%Y-%m-%d %H:%M").to_string()).unwrap_or_default(),
            }
        })
        .collect();
    let editions: Vec<minijinja::Value> = state
        .site
        .editions
        .iter()
        .map(|e| context! { code => &e.edition.code, name => &e.edition.name })
        .collect();
    state.admin_page(
        StatusCode::OK,
        "admin/articles.html",
        context! { user => user_view(&user), articles => rows, statuses => STATUSES, status, editions, edition, next },
    )
}

#[derive(Deserialize)]
pub struct NewParams {
    translation_of: Option<i64>,
    edition: Option<String>,
}

pub async fn new_form(
    State(state): State<Arc<AppState>>,
    SignedIn(session, user): SignedIn,
    Query(params): Query<NewParams>,
) -> Response<Body> {
    if !user.role.may(Action::WriteDraft) {
        return forbidden("You may not write stories.");
    }
    let edition = state
        .site
        .editions
        .iter()
        .find(|e| user.works_in(&e.edition.code))
        .map(|e| (e.edition.code.clone(), e.edition.time_zone.clone()))
        .unwrap_or_default();
    let mut form = EditorForm {
        edition: edition.0,
        time_zone: edition.1,
        authors: user.name.clone(),
        ..Default::default()
    };
    let mut notice = None;
    // A translation starts from the original's facts and joins its translation group.
    if let Some(original) = params.translation_of {
        if let Ok(Some(a)) = state.store.article(original).await {
            let group = a
                .summary
                .translation_group
                .clone()
                .or_else(|| a.external_id.clone());
            form.translation_group = group.unwrap_or_default();
            form.regions = a.summary.regions.join(", ");
            form.authors = a
                .authors
                .iter()
                .map(|n| n.name.as_str())
                .collect::<Vec<_>>()
                .join(", ");
            form.dateline = a.dateline_place.clone();
            if a.summary.translation_group.is_none() {
                notice = Some("The original has no translation group yet: give it the same one to link the two.");
            }
        }
        if let Some(e) = params
            .edition
            .as_deref()
            .and_then(|e| state.site.edition(e))
        {
            form.edition = e.edition.code.clone();
            form.time_zone = e.edition.time_zone.clone();
        }
    }
    state.editor_page(
        StatusCode::OK,
        &user,
        &session.csrf_token,
        &form,
        None,
        &[],
        None,
        None,
        notice,
    )
}

#[derive(Deserialize)]
pub struct EditParams {
    saved: Option<String>,
}

pub async fn edit_form(
    State(state): State<Arc<AppState>>,
    SignedIn(session, user): SignedIn,
    Path(id): Path<i64>,
    Query(params): Query<EditParams>,
) -> Response<Body> {
    if !user.role.may(Action::ReadDrafts) {
        return forbidden("You may not read the newsroom's stories.");
    }
    let (article, revisions) =
        match tokio::try_join!(state.store.article(id), state.store.revisions(id)) {
            Ok((Some(a), revs)) => (a, revs),
            Ok((None, _)) => return plain(StatusCode::NOT_FOUND, "No such story."),
            Err(e) => {
                tracing::error!(error = %e, "reading a story failed");
                return plain(
                    StatusCode::SERVICE_UNAVAILABLE,
                    "The story cannot be read right now.",
                );
            }
        };
    let form = EditorForm::from_article(&article, &state);
    let notice = params.saved.map(|_| "Saved.");
    let versions = match &article.summary.translation_group {
        Some(group) => state.store.group_members(group).await.unwrap_or_default(),
        None => Vec::new(),
    };
    state.editor_page_with(
        StatusCode::OK,
        &user,
        &session.csrf_token,
        &form,
        Some(&article),
        &revisions,
        None,
        None,
        notice,
        &versions,
    )
}

pub async fn create(
    state: State<Arc<AppState>>,
    member: SignedIn,
    peer: ConnectInfo<SocketAddr>,
    form: Form<EditorForm>,
) -> Response<Body> {
    save(state, member, peer, None, form).await
}

pub async fn update(
    state: State<Arc<AppState>>,
    member: SignedIn,
    peer: ConnectInfo<SocketAddr>,
    Path(id): Path<i64>,
    form: Form<EditorForm>,
) -> Response<Body> {
    save(state, member, peer, Some(id), form).await
}

async fn save(
    State(state): State<Arc<AppState>>,
    SignedIn(session, user): SignedIn,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    id: Option<i64>,
    Form(form): Form<EditorForm>,
) -> Response<Body> {
    if !token::constant_time_eq(&session.csrf_token, &form.csrf) {
        return forbidden(
            "This form has expired; reload the page. (Your text was not saved: copy it first.)",
        );
    }
    let existing = match id {
        Some(id) => match state.store.article(id).await {
            Ok(Some(a)) => Some(a),
            Ok(None) => return plain(StatusCode::NOT_FOUND, "No such story."),
            Err(e) => {
                tracing::error!(error = %e, "reading a story failed");
                return plain(
                    StatusCode::SERVICE_UNAVAILABLE,
                    "The story cannot be read right now.",
                );
            }
        },
        None => None,
    };
    let revisions = match id {
        Some(id) => state.store.revisions(id).await.unwrap_or_default(),
        None => Vec::new(),
    };
    let page = |code: StatusCode, preview: Option<String>, error: Option<String>| {
        state.editor_page(
            code,
            &user,
            &session.csrf_token,
            &form,
            existing.as_ref(),
            &revisions,
            preview,
            error,
            None,
        )
    };

    match (
        form.action.as_str(),
        existing.as_ref().map(|a| a.summary.status),
    ) {
        ("preview", _) => {
            let html = dateline_core::markdown::render(&form.body);
            let html = dateline_core::markdown::with_dateline(
                &html,
                &form.dateline,
                &state.settings.agency,
            );
            return page(StatusCode::OK, Some(html), None);
        }
        // Autosave keeps drafts safe while they are written; a published story changes only
        // when someone means it to.
        ("autosave", Some(Status::Draft | Status::InReview)) => {}
        ("autosave", _) => {
            return autosave_answer(
                StatusCode::CONFLICT,
                None,
                "Only drafts are saved automatically.",
            )
        }
        _ => {}
    }
    let ip = peer.ip().to_string();
    let change = StoryChange {
        user: &user,
        ip: &ip,
        via: "",
        existing: existing.as_ref(),
        form: &form,
    };
    let saved = match state.change_story(change).await {
        Ok(saved) => saved,
        Err(Refused::Forbidden(message)) => {
            return page(StatusCode::FORBIDDEN, None, Some(message));
        }
        Err(Refused::UnknownAction) => {
            return page(StatusCode::BAD_REQUEST, None, Some("Unknown action.".into()))
        }
        Err(Refused::State(message) | Refused::Invalid { message, .. }) => {
            return page(StatusCode::UNPROCESSABLE_ENTITY, None, Some(message))
        }
        Err(Refused::Conflict { current }) if form.action == "autosave" => {
            return autosave_answer(
                StatusCode::CONFLICT,
                Some(current),
                "Someone else saved this story; autosave stopped so nothing is overwritten. Copy your text and reload.",
            )
        }
        Err(Refused::Conflict { current }) => {
            return page(
                StatusCode::CONFLICT,
                None,
                Some(format!(
                    "Someone saved this story while you were editing it (it is now at revision {current}). \
                     Your version is still in the form below: copy what you need, reload the story, and apply your changes again."
                )),
            )
        }
        Err(Refused::Unavailable) => {
            return page(StatusCode::SERVICE_UNAVAILABLE, None, Some("The story could not be saved; try again. Your text is below.".into()));
        }
    };
    if form.action == "autosave" {
        return autosave_answer(StatusCode::OK, Some(saved.revision), "saved");
    }
    see_other(&format!("/admin/articles/{}?saved=1", saved.id))
}

/// A change to a story asked for by a newsroom member, in the editor or through the admin
/// API: both go through [`AppState::change_story`], so they follow the same rules.
pub(crate) struct StoryChange<'a> {
    pub user: &'a User,
    pub ip: &'a str,
    /// How the change came in, for the audit log ("API token 3 \"CMS\""); empty for the editor.
    pub via: &'a str,
    /// The story as it is now; `None` creates one.
    pub existing: Option<&'a Article>,
    /// The story as it should be, and the action (`save`, `autosave`, `submit`, `publish`,
    /// `correct`, `unpublish`) with the revision it was made from.
    pub form: &'a EditorForm,
}

/// Why a change to a story was not made. Nothing was saved.
#[derive(Debug)]
pub(crate) enum Refused {
    /// The member's role or editions do not allow it (recorded in the audit log).
    Forbidden(String),
    UnknownAction,
    /// The action does not fit the story's state (unpublishing a draft).
    State(String),
    /// A field is wrong: its name and a message for people.
    Invalid {
        field: &'static str,
        message: String,
    },
    /// Someone saved the story after the revision the change was made from.
    Conflict {
        current: i64,
    },
    Unavailable,
}

impl AppState {
    /// Checks a change against the workflow and the member's role and editions, saves it as a
    /// new revision (refusing a stale one) and records publications, corrections,
    /// unpublications and submissions in the audit log.
    pub(crate) async fn change_story(&self, change: StoryChange<'_>) -> Result<Saved, Refused> {
        let StoryChange {
            user,
            ip,
            via,
            existing,
            form,
        } = change;
        let current = existing.map(|a| a.summary.status);
        let (status, needs) = match (form.action.as_str(), current) {
            ("save" | "autosave", None) => (Status::Draft, Action::WriteDraft),
            ("save" | "autosave", Some(Status::Published)) => {
                (Status::Published, Action::EditOthers)
            }
            ("save" | "autosave", Some(s)) => (s, Action::WriteDraft),
            ("submit", Some(Status::Published)) => {
                return Err(Refused::State("This story is already published.".into()))
            }
            ("submit", _) => (Status::InReview, Action::SubmitForReview),
            ("publish", _) => (Status::Published, Action::Publish),
            ("correct", Some(Status::Published)) => (Status::Published, Action::Correct),
            ("correct", _) => {
                return Err(Refused::State(
                    "Only a published story can be corrected.".into(),
                ))
            }
            ("unpublish", Some(Status::Published)) => (Status::Unpublished, Action::Unpublish),
            ("unpublish", _) => return Err(Refused::State("This story is not published.".into())),
            _ => return Err(Refused::UnknownAction),
        };
        let id = existing.map(|a| a.summary.id);
        let edition_now = existing.map(|a| a.summary.edition.clone());
        let touches = [Some(form.edition.clone()), edition_now]
            .into_iter()
            .flatten();
        let allowed = user.role.may(needs) && touches.clone().all(|e| user.works_in(&e));
        if !allowed {
            let subject = id.map_or_else(|| "new story".to_string(), |id| format!("article {id}"));
            let detail = if via.is_empty() {
                form.action.clone()
            } else {
                format!("{} via {via}", form.action)
            };
            self.record(Some(user), "", "permission_refused", subject, ip, &detail)
                .await;
            return Err(Refused::Forbidden(format!(
                "Your role ({}) may not {} in this edition. Nothing was saved.",
                user.role.as_str(),
                form.action
            )));
        }

        let external_id = existing
            .and_then(|a| a.external_id.clone())
            .unwrap_or_else(|| format!("newsroom-{}", token::random_token()));
        let now = dateline_core::article::now();
        let mut input = form
            .to_input(external_id, status, now)
            .map_err(|(field, message)| Refused::Invalid { field, message })?;
        if form.action == "correct" {
            let note = form.correction.trim();
            if note.is_empty() {
                return Err(Refused::Invalid {
                    field: "correction",
                    message: "A correction needs a note telling readers what was corrected.".into(),
                });
            }
            input.correction = Some(note.to_string());
            if let Err(e) = input.clone().validate() {
                return Err(Refused::Invalid {
                    field: e.field,
                    message: e.to_string(),
                });
            }
        }
        let expected = match (existing, form.revision.trim().parse::<i64>()) {
            (Some(_), Ok(r)) => Some(r),
            (Some(a), Err(_)) => Some(a.revision),
            (None, _) => None,
        };
        let saved = match self.store.save(&Prepared::new(input), expected).await {
            Ok(saved) => saved,
            Err(StoreError::Conflict { current }) => return Err(Refused::Conflict { current }),
            Err(e @ StoreError::UnknownRegion(_)) => {
                return Err(Refused::Invalid {
                    field: "regions",
                    message: e.to_string(),
                })
            }
            Err(e @ StoreError::SlugTaken { .. }) => {
                return Err(Refused::Invalid {
                    field: "slug",
                    message: e.to_string(),
                })
            }
            Err(e @ StoreError::UnknownEdition(_)) => {
                return Err(Refused::Invalid {
                    field: "edition",
                    message: e.to_string(),
                })
            }
            Err(e) => {
                tracing::error!(error = %e, "saving a story failed");
                return Err(Refused::Unavailable);
            }
        };
        let action = match form.action.as_str() {
            "publish" => Some("publish"),
            "correct" => Some("correct"),
            "unpublish" => Some("unpublish"),
            "submit" => Some("submit_for_review"),
            _ => None,
        };
        if let Some(action) = action {
            let mut detail = format!("revision {}", saved.revision);
            if !via.is_empty() {
                detail.push_str(&format!(" via {via}"));
            }
            self.record(
                Some(user),
                "",
                action,
                format!("article {}", saved.id),
                ip,
                &detail,
            )
            .await;
        }
        Ok(saved)
    }
}

/// What the editor's script gets back from an autosave.
fn autosave_answer(status: StatusCode, revision: Option<i64>, message: &str) -> Response<Body> {
    (
        status,
        [(header::CACHE_CONTROL, "no-store")],
        axum::Json(serde_json::json!({ "revision": revision, "message": message })),
    )
        .into_response()
}

#[derive(Deserialize)]
pub struct PreviewForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    body: String,
    #[serde(default)]
    dateline: String,
}

/// The live preview: the body rendered by the public page's own code, as an HTML fragment.
pub async fn preview(
    State(state): State<Arc<AppState>>,
    SignedIn(session, user): SignedIn,
    Form(form): Form<PreviewForm>,
) -> Response<Body> {
    if !token::constant_time_eq(&session.csrf_token, &form.csrf)
        || !user.role.may(Action::WriteDraft)
    {
        return forbidden("This form has expired; reload the page.");
    }
    let html = dateline_core::markdown::render(&form.body);
    let html =
        dateline_core::markdown::with_dateline(&html, &form.dateline, &state.settings.agency);
    (
        [
            (header::CONTENT_TYPE, "text/html; charset=utf-8"),
            (header::CACHE_CONTROL, "no-store"),
        ],
        html,
    )
        .into_response()
}

#[derive(Deserialize)]
pub struct TagParams {
    edition: String,
}

/// An edition's existing tags, most used first, for the editor's picker.
pub async fn tags(
    State(state): State<Arc<AppState>>,
    _member: SignedIn,
    Query(params): Query<TagParams>,
) -> Response<Body> {
    if !state.site.is_edition(&params.edition) {
        return plain(StatusCode::BAD_REQUEST, "unknown edition");
    }
    match state.store.tags_of(&params.edition, 500).await {
        Ok(tags) => (
            [(header::CACHE_CONTROL, "no-store")],
            axum::Json(tags.into_iter().map(|t| t.name).collect::<Vec<_>>()),
        )
            .into_response(),
        Err(_) => plain(StatusCode::SERVICE_UNAVAILABLE, "unavailable"),
    }
}
