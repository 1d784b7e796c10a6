//! The newsroom's say over "See also": an editor pins the stories an article must offer;
//! they come first, in the editor's order, before those found by similarity.

use std::net::SocketAddr;
use std::sync::Arc;

use axum::body::Body;
use axum::extract::{ConnectInfo, Path, Query, State};
use axum::http::{Response, StatusCode};
use axum::Form;
use dateline_core::newsroom::Action;
use dateline_store::{Article, Session, User};
use minijinja::context;
use serde::Deserialize;

use crate::admin::{form_refusal, plain, see_other, user_view, SignedIn};
use crate::route::Route;
use crate::search::{MAX_PINS, SEE_ALSO};
use crate::site::urls;
use crate::AppState;

#[derive(Deserialize)]
pub struct Notice {
    saved: Option<String>,
}

#[derive(Deserialize)]
pub struct PinsForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    pins: String,
}

impl AppState {
    /// The article named by a line of the form: its number or its address (absolute or not).
    async fn pinned_article(
        &self,
        line: &str,
    ) -> Result<Option<Article>, dateline_store::StoreError> {
        if let Ok(id) = line.parse::<i64>() {
            return self.store.article(id).await;
        }
        let path = line
            .split_once("://")
            .map_or(line, |(_, rest)| rest.find('/').map_or("", |i| &rest[i..]));
        match Route::parse(path.split(['?', '#']).next().unwrap_or(""), |e| {
            self.site.is_edition(e)
        }) {
            Route::Article { edition, slug, .. } => {
                self.store.article_by_slug(&edition, &slug).await
            }
            _ => Ok(None),
        }
    }

    #[allow(clippy::too_many_arguments)]
    async fn pins_page(
        &self,
        status: StatusCode,
        session: &Session,
        user: &User,
        article: &Article,
        text: Option<String>,
        error: Option<String>,
        notice: Option<&str>,
    ) -> Response<Body> {
        let now = dateline_core::article::now();
        let s = &article.summary;
        let pins = self.store.pins(s.id).await.unwrap_or_default();
        let pinned = self.store.summaries(&pins).await.unwrap_or_default();
        let tz = self
            .site
            .edition(&s.edition)
            .map_or(jiff::tz::TimeZone::UTC, |e| e.tz.clone());
        let text = text.unwrap_or_else(|| {
            pins.iter()
                .filter_map(|id| pinned.iter().find(|p| p.id == *id))
                .map(|p| format!("{}{}", self.settings.base_url, urls::article(p, &tz)))
                .collect::<Vec<_>>()
                .join("\n")
        });
        let shown = self
            .related_ids(article, SEE_ALSO, now)
            .await
            .unwrap_or_default();
        let shown: Vec<minijinja::Value> = self
            .store
            .summaries(&shown)
            .await
            .unwrap_or_default()
            .into_iter()
            .map(|r| {
                let pinned = pins.contains(&r.id);
                (
                    shown.iter().position(|id| *id == r.id),
                    context! { id => r.id, headline => r.headline, pinned },
                )
            })
            .collect::<std::collections::BTreeMap<_, _>>()
            .into_values()
            .collect();
        self.admin_page(
            status,
            "admin/pins.html",
            context! {
                user => user_view(user), csrf => &session.csrf_token,
                id => s.id, headline => &s.headline, text, error, notice, shown,
                max => MAX_PINS,
            },
        )
    }
}

pub async fn form(
    State(state): State<Arc<AppState>>,
    SignedIn(session, user): SignedIn,
    Path(id): Path<i64>,
    Query(notice): Query<Notice>,
) -> Response<Body> {
    let article = match state.store.article(id).await {
        Ok(Some(a)) => a,
        Ok(None) => return plain(StatusCode::NOT_FOUND, format!("There is no story {id}.")),
        Err(_) => {
            return plain(
                StatusCode::SERVICE_UNAVAILABLE,
                "Stories cannot be read right now.",
            )
        }
    };
    let notice = notice
        .saved
        .map(|_| "Saved. The story's page shows them now.");
    state
        .pins_page(
            StatusCode::OK,
            &session,
            &user,
            &article,
            None,
            None,
            notice,
        )
        .await
}

pub async fn save(
    State(state): State<Arc<AppState>>,
    SignedIn(session, user): SignedIn,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    Path(id): Path<i64>,
    Form(form): Form<PinsForm>,
) -> Response<Body> {
    if let Some(refused) = form_refusal(&session, &form.csrf) {
        return refused;
    }
    let article = match state.store.article(id).await {
        Ok(Some(a)) => a,
        Ok(None) => return plain(StatusCode::NOT_FOUND, format!("There is no story {id}.")),
        Err(_) => {
            return plain(
                StatusCode::SERVICE_UNAVAILABLE,
                "Stories cannot be read right now.",
            )
        }
    };
    let ip = peer.ip().to_string();
    let s = &article.summary;
    if !user.role.may(Action::Publish) || !user.works_in(&s.edition) {
        return state
            .forbidden(
                &user,
                format!("article {id}"),
                &ip,
                "see also pins",
                "Only editors of this edition choose its See also.",
            )
            .await;
    }
    let lines: Vec<&str> = form
        .pins
        .lines()
        .flat_map(|l| l.split(','))
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let mut chosen: Vec<i64> = Vec::new();
    let mut problem = None;
    if lines.len() > MAX_PINS {
        problem = Some(format!(
            "Pin at most {MAX_PINS} stories; there are {}.",
            lines.len()
        ));
    }
    for (n, line) in lines.iter().enumerate() {
        if problem.is_some() {
            break;
        }
        let found = match state.pinned_article(line).await {
            Ok(found) => found,
            Err(_) => {
                return plain(
                    StatusCode::SERVICE_UNAVAILABLE,
                    "Stories cannot be read right now.",
                )
            }
        };
        problem = match found {
            None => Some(format!(
                "Line {}: no story has the address or number {line:?}.",
                n + 1
            )),
            Some(p) if p.summary.id == s.id => {
                Some(format!("Line {}: that is this story itself.", n + 1))
            }
            Some(p) if p.summary.edition != s.edition => Some(format!(
                "Line {}: {:?} is in the {} edition; See also stays within {}.",
                n + 1,
                p.summary.headline,
                p.summary.edition,
                s.edition
            )),
            Some(p) if chosen.contains(&p.summary.id) => Some(format!(
                "Line {}: {:?} is pinned twice.",
                n + 1,
                p.summary.headline
            )),
            Some(p) => {
                chosen.push(p.summary.id);
                None
            }
        };
    }
    if let Some(error) = problem {
        return state
            .pins_page(
                StatusCode::UNPROCESSABLE_ENTITY,
                &session,
                &user,
                &article,
                Some(form.pins.clone()),
                Some(error),
                None,
            )
            .await;
    }
    if state.store.set_pins(id, &chosen).await.is_err() {
        return plain(
            StatusCode::SERVICE_UNAVAILABLE,
            "The pins could not be saved; nothing changed.",
        );
    }
    let detail = chosen
        .iter()
        .map(i64::to_string)
        .collect::<Vec<_>>()
        .join(" ");
    state
        .record(
            Some(&user),
            "",
            "see_also_pinned",
            format!("article {id}"),
            &ip,
            &detail,
        )
        .await;
    see_other(&format!("/admin/articles/{id}/see-also?saved=1"))
}
