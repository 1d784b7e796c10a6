//! The newsroom's people: roles and what each may do.

use serde::{Deserialize, Serialize};

/// A newsroom member's role. Every permission is decided by [`Role::may`] on the server.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Writes drafts and submits them for review.
    Contributor,
    /// Reviews, publishes, corrects and unpublishes in their editions.
    Editor,
    /// Everything, plus accounts and settings.
    Admin,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Contributor => "contributor",
            Role::Editor => "editor",
            Role::Admin => "admin",
        }
    }

    pub fn parse(text: &str) -> Option<Role> {
        Some(match text.trim() {
            "contributor" => Role::Contributor,
            "editor" => Role::Editor,
            "admin" => Role::Admin,
            _ => return None,
        })
    }

    /// Whether this role may take `action` in an edition the member works in.
    pub fn may(self, action: Action) -> bool {
        use Action::*;
        match action {
            WriteDraft | SubmitForReview | ReadDrafts | Upload => true,
            Publish | Schedule | Correct | Unpublish | EditOthers | RestoreRevision => {
                self >= Role::Editor
            }
            ManageUsers | ChangeSettings | ReadAuditLog => self == Role::Admin,
        }
    }
}

/// What a newsroom member can try to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    WriteDraft,
    SubmitForReview,
    ReadDrafts,
    Upload,
    EditOthers,
    Publish,
    Schedule,
    Correct,
    Unpublish,
    RestoreRevision,
    ManageUsers,
    ChangeSettings,
    ReadAuditLog,
}

/// A sign-in name: trimmed, lowercased, shaped like an e-mail address.
pub fn normalise_email(text: &str) -> Option<String> {
    let email = text.trim().to_lowercase();
    let (local, domain) = email.split_once('@')?;
    let ok = !local.is_empty()
        && local.len() <= 64
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && email.len() <= 254
        && !email
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || c == '<' || c == '>');
    ok.then_some(email)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_role_matrix() {
        use Action::*;
        let all = [
            WriteDraft,
            SubmitForReview,
            ReadDrafts,
            Upload,
            EditOthers,
            Publish,
            Schedule,
            Correct,
            Unpublish,
            RestoreRevision,
            ManageUsers,
            ChangeSettings,
            ReadAuditLog,
        ];
        let allowed = |role: Role| all.iter().filter(|a| role.may(**a)).count();
        assert_eq!(allowed(Role::Contributor), 4);
        assert_eq!(allowed(Role::Editor), 10);
        assert_eq!(allowed(Role::Admin), all.len());
        assert!(!Role::Contributor.may(Publish));
        assert!(Role::Editor.may(Unpublish) && !Role::Editor.may(ManageUsers));
        assert_eq!(Role::parse(" editor "), Some(Role::Editor));
        assert_eq!(Role::parse("root"), None);
    }

    #[test]
    fn emails() {
        assert_eq!(
            normalise_email(" Anna.Rossi@Example.ORG "),
            Some("anna.rossi@example.org".into())
        );
        for bad in [
            "anna",
            "@example.org",
            "anna@example",
            "anna@.org",
            "a b@example.org",
            "<a@b.c>",
        ] {
            assert_eq!(normalise_email(bad), None, "{bad}");
        }
    }
}
