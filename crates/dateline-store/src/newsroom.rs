//! Accounts, sessions and the audit log in the store.

use dateline_core::newsroom::Role;
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct User {
    pub id: i64,
    pub email: String,
    pub name: String,
    pub role: Role,
    /// Editions an editor works in; empty means all.
    pub editions: Vec<String>,
    pub password_hash: String,
    pub must_change_password: bool,
    pub totp_secret: Option<String>,
    pub totp_last_step: Option<i64>,
    pub disabled: bool,
    pub created_at: i64,
}

impl User {
    /// Whether the member works in `edition`.
    pub fn works_in(&self, edition: &str) -> bool {
        self.editions.is_empty() || self.editions.iter().any(|e| e == edition)
    }
}

#[derive(Debug, Clone)]
pub struct NewUser {
    pub email: String,
    pub name: String,
    pub role: Role,
    pub editions: Vec<String>,
    pub password_hash: String,
    pub must_change_password: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    /// SHA-256 of the cookie's token.
    pub token_hash: String,
    pub user_id: i64,
    pub created_at: i64,
    pub last_seen: i64,
    pub expires_at: i64,
    /// The second factor was given.
    pub verified: bool,
    /// The synchroniser token every form of this session must carry.
    pub csrf_token: String,
    pub ip: String,
    pub user_agent: String,
}

/// One line of the audit log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AuditEntry {
    pub id: i64,
    pub at: i64,
    pub user_id: Option<i64>,
    /// Who, as known at the time (an account's e-mail, or the name tried at a failed sign-in).
    pub actor: String,
    /// `sign_in`, `sign_in_failed`, `publish`, `role_change`, ...
    pub action: String,
    /// What it was done to (`article 12`, `user 3`).
    pub subject: String,
    pub ip: String,
    pub detail: String,
}

/// What to record; the store adds the id and keeps it forever.
#[derive(Debug, Clone, Default)]
pub struct NewAuditEntry {
    pub at: i64,
    pub user_id: Option<i64>,
    pub actor: String,
    pub action: String,
    pub subject: String,
    pub ip: String,
    pub detail: String,
}

/// Filters for reading the audit log, newest first.
#[derive(Debug, Clone, Default)]
pub struct AuditQuery {
    pub action: Option<String>,
    pub user_id: Option<i64>,
    pub since: Option<i64>,
    pub until: Option<i64>,
    pub limit: i64,
    pub offset: i64,
}

/// An uploaded image and its renditions (without their bytes).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Media {
    pub id: i64,
    pub width: i64,
    pub height: i64,
    pub caption: String,
    pub credit: String,
    /// `(width, height, extension)`, largest first.
    pub files: Vec<(i64, i64, String)>,
}

/// One rendition to store.
#[derive(Debug, Clone)]
pub struct NewMediaFile {
    pub width: i64,
    pub height: i64,
    pub content_type: String,
    pub extension: String,
    pub bytes: Vec<u8>,
}
