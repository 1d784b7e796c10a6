//! The one error type of this crate.
//!
//! Only failures of the machinery (disk, tantivy) are errors. Bad user input never is: the
//! query parser turns any text into a query or a notice, so callers can map every
//! [`SearchError`] to a 5xx and log it.

/// A failure of the index itself, not of the caller's input.
#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    /// Reading or writing the index directory failed.
    #[error("search index I/O error: {0}")]
    Io(#[from] std::io::Error),
    /// Tantivy reported an error (disk full, corrupt segment, writer lock held, ...).
    #[error("search index error: {0}")]
    Tantivy(#[from] tantivy::TantivyError),
    /// Another writer (most likely another process) holds the index directory.
    ///
    /// Kept apart from [`SearchError::Tantivy`] because it is the one failure on open that must
    /// not be "repaired" by recreating the index: the other process owns it.
    #[error("the search index in {path} is in use by another process")]
    Locked {
        /// The index directory.
        path: String,
    },
    /// The index was opened for reading only ([`crate::SearchIndex::open_read_only`]).
    #[error("the search index was opened for reading only")]
    ReadOnly,
}

/// `Result` with [`SearchError`] as the default error.
pub type Result<T, E = SearchError> = std::result::Result<T, E>;
