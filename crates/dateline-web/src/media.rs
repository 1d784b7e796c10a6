//! Images: uploaded in the newsroom, made safe by `dateline-media` (decoded, re-encoded from
//! pixels, metadata gone, responsive sizes), kept in the store, served forever-cacheable.

use std::net::SocketAddr;
use std::sync::Arc;

use axum::body::Body;
use axum::extract::{ConnectInfo, Multipart, Path, Query, State};
use axum::http::{header, Response, StatusCode};
use axum::response::IntoResponse;
use dateline_core::newsroom::Action;
use dateline_store::{Media, NewMediaFile};
use minijinja::context;
use serde::Deserialize;
use sha2::{Digest, Sha256};

use crate::admin::{form_refusal, plain, see_other, user_view, SignedIn};
use crate::AppState;

/// Widths made for `srcset`, besides the full size.
const WIDTHS: [u32; 4] = [480, 800, 1200, 1600];
/// Largest upload accepted; the body limit of the route is a little above it so the
/// journalist gets this module's message rather than a bare 413.
pub const MAX_UPLOAD: usize = 20 * 1024 * 1024;

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The HTML a journalist pastes into a body: a figure with a responsive image, its caption and
/// credit (all of which the body sanitiser lets through).
pub fn snippet(m: &Media) -> String {
    let Some((w, h, ext)) = m.files.first() else {
        return String::new();
    };
    let srcset = m
        .files
        .iter()
        .rev()
        .map(|(w, _, ext)| format!("/media/{}/{w}.{ext} {w}w", m.id))
        .collect::<Vec<_>>()
        .join(", ");
    let credit = if m.credit.is_empty() {
        String::new()
    } else {
        format!(" <span class=\"credit\">{}</span>", escape(&m.credit))
    };
    format!(
        "<figure><img src=\"/media/{id}/{w}.{ext}\" srcset=\"{srcset}\" sizes=\"(min-width: 48rem) 42rem, 100vw\" \
         width=\"{w}\" height=\"{h}\" alt=\"{alt}\" loading=\"lazy\"><figcaption>{caption}{credit}</figcaption></figure>",
        id = m.id,
        alt = escape(&m.caption),
        caption = escape(&m.caption),
    )
}

#[derive(Deserialize)]
pub struct ShowParams {
    id: Option<i64>,
}

pub async fn form(
    State(state): State<Arc<AppState>>,
    SignedIn(session, user): SignedIn,
    Query(params): Query<ShowParams>,
) -> Response<Body> {
    if !user.role.may(Action::Upload) {
        return plain(StatusCode::FORBIDDEN, "You may not upload images.");
    }
    let media = match params.id {
        Some(id) => state.store.media(id).await.ok().flatten(),
        None => None,
    };
    page(
        &state,
        StatusCode::OK,
        &session.csrf_token,
        &user,
        media.as_ref(),
        None,
    )
}

fn page(
    state: &AppState,
    status: StatusCode,
    csrf: &str,
    user: &dateline_store::User,
    media: Option<&Media>,
    error: Option<String>,
) -> Response<Body> {
    state.admin_page(
        status,
        "admin/media.html",
        context! {
            user => user_view(user),
            csrf,
            max_mb => MAX_UPLOAD / (1024 * 1024),
            media => media.map(|m| m.id),
            snippet => media.map(snippet),
            error,
        },
    )
}

pub async fn upload(
    State(state): State<Arc<AppState>>,
    SignedIn(session, user): SignedIn,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    mut multipart: Multipart,
) -> Response<Body> {
    let (mut csrf, mut caption, mut credit, mut file) =
        (String::new(), String::new(), String::new(), None);
    loop {
        match multipart.next_field().await {
            Ok(Some(field)) => {
                let name = field.name().unwrap_or("").to_string();
                let bytes = match field.bytes().await {
                    Ok(b) => b,
                    Err(_) => {
                        let msg = format!(
                            "The upload was cut off or is larger than {} MB.",
                            MAX_UPLOAD / (1024 * 1024)
                        );
                        return page(
                            &state,
                            StatusCode::PAYLOAD_TOO_LARGE,
                            &session.csrf_token,
                            &user,
                            None,
                            Some(msg),
                        );
                    }
                };
                let text = || String::from_utf8_lossy(&bytes).trim().to_string();
                match name.as_str() {
                    "csrf" => csrf = text(),
                    "caption" => caption = text(),
                    "credit" => credit = text(),
                    "file" => file = Some(bytes),
                    _ => {}
                }
            }
            Ok(None) => break,
            Err(_) => {
                return page(
                    &state,
                    StatusCode::BAD_REQUEST,
                    &session.csrf_token,
                    &user,
                    None,
                    Some("The upload could not be read; try again.".into()),
                )
            }
        }
    }
    if let Some(refused) = form_refusal(&session, &csrf) {
        return refused;
    }
    if !user.role.may(Action::Upload) {
        return plain(StatusCode::FORBIDDEN, "You may not upload images.");
    }
    let Some(file) = file.filter(|f| !f.is_empty()) else {
        return page(
            &state,
            StatusCode::UNPROCESSABLE_ENTITY,
            &session.csrf_token,
            &user,
            None,
            Some("Choose an image to upload.".into()),
        );
    };
    if caption.is_empty() || caption.chars().count() > 500 || credit.chars().count() > 200 {
        let msg =
            "An image needs a caption (up to 500 characters); a credit is up to 200.".to_string();
        return page(
            &state,
            StatusCode::UNPROCESSABLE_ENTITY,
            &session.csrf_token,
            &user,
            None,
            Some(msg),
        );
    }
    let sha = hex::encode(Sha256::digest(&file));
    // Decoding and encoding take a second or two for a large photo: off the request threads.
    let processed = tokio::task::spawn_blocking(move || {
        let limits = dateline_media::Limits {
            max_bytes: MAX_UPLOAD,
            ..Default::default()
        };
        dateline_media::process(&file, &limits, &WIDTHS)
    })
    .await;
    let processed = match processed {
        Ok(Ok(p)) => p,
        Ok(Err(e)) => {
            return page(
                &state,
                StatusCode::UNPROCESSABLE_ENTITY,
                &session.csrf_token,
                &user,
                None,
                Some(format!("This image cannot be used: {e}.")),
            )
        }
        Err(_) => {
            return page(
                &state,
                StatusCode::INTERNAL_SERVER_ERROR,
                &session.csrf_token,
                &user,
                None,
                Some("The image could not be processed.".into()),
            )
        }
    };
    let files: Vec<NewMediaFile> = processed
        .renditions
        .into_iter()
        .map(|r| NewMediaFile {
            width: i64::from(r.width),
            height: i64::from(r.height),
            content_type: r.content_type.to_string(),
            extension: r.extension.to_string(),
            bytes: r.bytes,
        })
        .collect();
    let size = (i64::from(processed.width), i64::from(processed.height));
    match state
        .store
        .add_media(&sha, size, &caption, &credit, Some(user.id), &files)
        .await
    {
        Ok(id) => {
            state
                .record(
                    Some(&user),
                    "",
                    "media_uploaded",
                    format!("media {id}"),
                    &peer.ip().to_string(),
                    &caption,
                )
                .await;
            see_other(&format!("/admin/media?id={id}"))
        }
        Err(e) => {
            tracing::error!(error = %e, "saving an image failed");
            page(
                &state,
                StatusCode::SERVICE_UNAVAILABLE,
                &session.csrf_token,
                &user,
                None,
                Some("The image could not be saved; try again.".into()),
            )
        }
    }
}

/// `/media/{id}/{width}.{ext}`: public, immutable (a changed image is a new upload).
pub async fn serve(
    State(state): State<Arc<AppState>>,
    Path((id, file)): Path<(i64, String)>,
) -> Response<Body> {
    let not_found = || {
        (
            StatusCode::NOT_FOUND,
            [(header::CACHE_CONTROL, "public, max-age=60")],
            "no such image",
        )
            .into_response()
    };
    let Some(width) = file
        .split_once('.')
        .and_then(|(w, _)| w.parse::<i64>().ok())
    else {
        return not_found();
    };
    match state.store.media_file(id, width).await {
        Ok(Some((content_type, bytes))) => (
            [
                (header::CONTENT_TYPE, content_type),
                (header::CACHE_CONTROL, crate::theme::IMMUTABLE.to_string()),
            ],
            bytes,
        )
            .into_response(),
        Ok(None) => not_found(),
        Err(e) => {
            tracing::error!(error = %e, "reading an image failed");
            plain(StatusCode::SERVICE_UNAVAILABLE, "unavailable")
        }
    }
}
