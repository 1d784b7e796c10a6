//! An article's history in the newsroom: every revision, a readable difference between any
//! two, and restoring an old one, which saves its content as a new revision (history only
//! ever grows).

use std::net::SocketAddr;
use std::sync::Arc;

use axum::body::Body;
use axum::extract::{ConnectInfo, Path, Query, State};
use axum::http::{header, Response, StatusCode};
use axum::response::IntoResponse;
use axum::Form;
use dateline_core::article::{ArticleInput, ArticleSnapshot, Prepared};
use dateline_core::newsroom::Action;
use dateline_store::StoreError;
use minijinja::context;
use serde::{Deserialize, Serialize};
use similar::{ChangeTag, TextDiff};

use crate::admin::{form_refusal, plain, see_other, user_view, SignedIn};
use crate::AppState;

#[derive(Serialize)]
struct Line {
    kind: &'static str,
    sign: &'static str,
    text: String,
}

#[derive(Serialize)]
struct FieldChange {
    field: &'static str,
    lines: Vec<Line>,
}

/// The fields a person reads, as text, for comparing.
fn fields(s: &ArticleSnapshot) -> Vec<(&'static str, String)> {
    let names = |v: &[dateline_core::Named]| {
        v.iter()
            .map(|n| n.name.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    };
    vec![
        ("State", s.status.as_str().to_string()),
        ("Edition", s.edition.clone()),
        ("Headline", s.headline.clone()),
        ("Standfirst", s.standfirst.clone()),
        ("Dateline", s.dateline_place.clone()),
        ("Countries", s.regions.join(", ")),
        ("Tags", names(&s.tags)),
        ("Authors", names(&s.authors)),
        (
            "Publication time",
            s.published_at.map(|t| t.to_string()).unwrap_or_default(),
        ),
        ("Correction", s.correction_note.clone().unwrap_or_default()),
        ("Body", s.body_markdown.clone()),
    ]
}

/// Line-by-line differences of every field that changed.
fn compare(old: &ArticleSnapshot, new: &ArticleSnapshot) -> Vec<FieldChange> {
    fields(old)
        .into_iter()
        .zip(fields(new))
        .filter(|((_, a), (_, b))| a != b)
        .map(|((field, a), (_, b))| {
            let diff = TextDiff::from_lines(&a, &b);
            let lines = diff
                .iter_all_changes()
                .map(|c| {
                    let (kind, sign) = match c.tag() {
                        ChangeTag::Delete => ("del", "−"),
                        ChangeTag::Insert => ("ins", "+"),
                        ChangeTag::Equal => ("same", " "),
                    };
                    Line {
                        kind,
                        sign,
                        text: c.value().trim_end_matches('\n').to_string(),
                    }
                })
                .collect();
            FieldChange { field, lines }
        })
        .collect()
}

fn snapshot(json: &str) -> Option<ArticleSnapshot> {
    serde_json::from_str(json).ok()
}

fn unavailable() -> Response<Body> {
    plain(
        StatusCode::SERVICE_UNAVAILABLE,
        "The history cannot be read right now.",
    )
}

#[derive(Deserialize)]
pub struct CompareParams {
    from: Option<i64>,
    to: Option<i64>,
}

pub async fn list(
    State(state): State<Arc<AppState>>,
    SignedIn(session, user): SignedIn,
    Path(id): Path<i64>,
    Query(params): Query<CompareParams>,
) -> Response<Body> {
    if !user.role.may(Action::ReadDrafts) {
        return plain(
            StatusCode::FORBIDDEN,
            "You may not read the newsroom's stories.",
        );
    }
    let (article, revisions) =
        match tokio::try_join!(state.store.article(id), state.store.revisions(id)) {
            Ok((Some(a), r)) => (a, r),
            Ok((None, _)) => return plain(StatusCode::NOT_FOUND, "No such story."),
            Err(_) => return unavailable(),
        };
    let snapshots: Vec<Option<ArticleSnapshot>> =
        revisions.iter().map(|r| snapshot(&r.snapshot)).collect();
    let rows: Vec<minijinja::Value> = revisions
        .iter()
        .zip(&snapshots)
        .map(|(r, s)| {
            context! {
                number => r.number,
                when => jiff::Timestamp::from_second(r.created_at).map(|t| t.strftime("%Y-%m-%d %H:%M:%S").to_string()).unwrap_or_default(),
                status => s.as_ref().map(|s| s.status.as_str()),
                headline => s.as_ref().map(|s| s.headline.clone()),
                hash => &r.hash[..12],
            }
        })
        .collect();
    let find = |n: i64| {
        revisions
            .iter()
            .position(|r| r.number == n)
            .and_then(|i| snapshots[i].clone())
    };
    let (from, to) = (
        params.from.unwrap_or((article.revision - 1).max(1)),
        params.to.unwrap_or(article.revision),
    );
    let changes = match (
        params.from.is_some() || params.to.is_some() || revisions.len() > 1,
        find(from),
        find(to),
    ) {
        (true, Some(a), Some(b)) => Some(compare(&a, &b)),
        _ => None,
    };
    state.admin_page(
        StatusCode::OK,
        "admin/revisions.html",
        context! {
            user => user_view(&user),
            csrf => &session.csrf_token,
            id,
            headline => &article.summary.headline,
            revisions => rows,
            current => article.revision,
            from, to, changes,
            may_restore => user.role.may(Action::RestoreRevision) && user.works_in(&article.summary.edition),
        },
    )
}

#[derive(Deserialize)]
pub struct RestoreForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    number: i64,
    #[serde(default)]
    revision: i64,
}

pub async fn restore(
    State(state): State<Arc<AppState>>,
    SignedIn(session, user): SignedIn,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    Path(id): Path<i64>,
    Form(form): Form<RestoreForm>,
) -> Response<Body> {
    if let Some(refused) = form_refusal(&session, &form.csrf) {
        return refused;
    }
    let (article, revisions) =
        match tokio::try_join!(state.store.article(id), state.store.revisions(id)) {
            Ok((Some(a), r)) => (a, r),
            Ok((None, _)) => return plain(StatusCode::NOT_FOUND, "No such story."),
            Err(_) => return unavailable(),
        };
    if !(user.role.may(Action::RestoreRevision) && user.works_in(&article.summary.edition)) {
        return state
            .forbidden(
                &user,
                format!("article {id}"),
                &peer.ip().to_string(),
                "restore",
                "Your role may not restore revisions here.",
            )
            .await;
    }
    let Some(old) = revisions
        .iter()
        .find(|r| r.number == form.number)
        .and_then(|r| snapshot(&r.snapshot))
    else {
        return plain(StatusCode::NOT_FOUND, "No such revision.");
    };
    // The old content, under the story's present state and address: restoring text never
    // publishes or unpublishes by itself.
    let input = ArticleInput {
        external_id: article.external_id.clone(),
        edition: old.edition,
        slug: article.summary.slug.clone(),
        translation_group: old.translation_group,
        status: article.summary.status,
        headline: old.headline,
        standfirst: old.standfirst,
        dateline_place: old.dateline_place,
        body_markdown: old.body_markdown,
        regions: old.regions,
        tags: old.tags,
        authors: old.authors,
        published_at: article.summary.published_at,
        published_tz: article.summary.published_tz.clone(),
        updated_at: None,
        correction: None,
    };
    let input = match input.validate() {
        Ok(i) => i,
        Err(e) => {
            return (
                StatusCode::UNPROCESSABLE_ENTITY,
                [(header::CACHE_CONTROL, "no-store")],
                e.to_string(),
            )
                .into_response()
        }
    };
    match state.store.save(&Prepared::new(input), Some(form.revision)).await {
        Ok(saved) => {
            state
                .record(
                    Some(&user),
                    "",
                    "restore",
                    format!("article {id}"),
                    &peer.ip().to_string(),
                    &format!("revision {} restored as {}", form.number, saved.revision),
                )
                .await;
            see_other(&format!("/admin/articles/{id}?saved=1"))
        }
        Err(StoreError::Conflict { current }) => plain(StatusCode::CONFLICT, format!("Someone saved this story meanwhile (it is at revision {current}); reload and try again.")),
        Err(e) => {
            tracing::error!(error = %e, "restoring a revision failed");
            unavailable()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_changed_fields_are_shown_line_by_line() {
        let base = ArticleSnapshot {
            external_id: None,
            edition: "en".into(),
            slug: "s".into(),
            translation_group: None,
            status: dateline_core::Status::Draft,
            headline: "Old headline".into(),
            standfirst: "Same.".into(),
            dateline_place: "Rome".into(),
            body_markdown: "One.\nTwo.\nThree.\n".into(),
            regions: vec!["IT".into()],
            tags: vec![],
            authors: vec![],
            published_at: None,
            published_tz: "Europe/Rome".into(),
            updated_at: 0,
            correction_note: None,
            corrected_at: None,
        };
        let mut new = base.clone();
        new.headline = "New headline".into();
        new.body_markdown = "One.\nTwo, revised.\nThree.\n".into();
        let changes = compare(&base, &new);
        assert_eq!(
            changes.iter().map(|c| c.field).collect::<Vec<_>>(),
            ["Headline", "Body"]
        );
        let body: Vec<(&str, &str)> = changes[1]
            .lines
            .iter()
            .map(|l| (l.kind, l.text.as_str()))
            .collect();
        assert_eq!(
            body,
            [
                ("same", "One."),
                ("del", "Two."),
                ("ins", "Two, revised."),
                ("same", "Three.")
            ]
        );
    }
}
