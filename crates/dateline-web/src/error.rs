//! Errors of the web layer. 4xx carry a message for the reader; 5xx are logged with their
//! cause and answered with a generic page, never with internal error text.

use axum::http::StatusCode;

#[derive(Debug, thiserror::Error)]
pub enum WebError {
    #[error("not found")]
    NotFound,
    #[error("gone")]
    Gone,
    #[error("{0}")]
    BadRequest(String),
    #[error(transparent)]
    Store(#[from] dateline_store::StoreError),
    #[error("template: {0}")]
    Template(#[from] minijinja::Error),
    #[error("encoding JSON: {0}")]
    Json(#[from] serde_json::Error),
}

impl WebError {
    pub fn status(&self) -> StatusCode {
        match self {
            WebError::NotFound => StatusCode::NOT_FOUND,
            WebError::Gone => StatusCode::GONE,
            WebError::BadRequest(_) => StatusCode::BAD_REQUEST,
            WebError::Store(_) | WebError::Template(_) | WebError::Json(_) => {
                StatusCode::INTERNAL_SERVER_ERROR
            }
        }
    }

    /// Logs server-side failures; call once where the error becomes a response.
    pub fn log(&self) {
        if self.status().is_server_error() {
            tracing::error!(error = %self, "request failed");
        }
    }
}
