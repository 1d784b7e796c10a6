//! Synchroniser tokens against cross-site request forgery, bound to the session: a token taken
//! from one session (an attacker's own, say) is worthless in another.
//!
//! The token is derived, not stored: an HMAC of the session id under a server key, so the
//! server keeps no per-form state and a token reveals nothing about the session id. Every
//! state-changing form carries it in a hidden field, and every POST is checked with
//! [`check_csrf`]. A sign-in form needs a pre-session id for the same protection.

use base64ct::{Base64UrlUnpadded, Encoding};
use hmac::{Hmac, Mac};
use sha2::Sha256;

use crate::token::constant_time_eq;

/// Shortest key [`check_csrf`] accepts; settings should refuse a shorter one at start-up.
pub const MIN_KEY_LEN: usize = 32;

/// Keeps these MACs apart from any other HMAC made with the same key.
const DOMAIN: &[u8] = b"dateline csrf v1\0";

/// The CSRF token for a session: HMAC-SHA256 of `session_id` under `session_secret`, as
/// unpadded URL-safe base64 (43 characters).
///
/// `session_secret` is at least [`MIN_KEY_LEN`] random bytes: the server's CSRF key from the
/// settings, or a secret kept with the session.
pub fn csrf_token(session_secret: &[u8], session_id: &str) -> String {
    let mut mac =
        Hmac::<Sha256>::new_from_slice(session_secret).expect("HMAC takes keys of any length");
    mac.update(DOMAIN);
    mac.update(session_id.as_bytes());
    Base64UrlUnpadded::encode_string(&mac.finalize().into_bytes())
}

/// Whether `presented` is this session's CSRF token, compared in constant time.
///
/// Refuses when there is no session id or the key is shorter than [`MIN_KEY_LEN`]: with an
/// empty or short key anyone could compute tokens, so a misconfigured server fails closed.
pub fn check_csrf(session_secret: &[u8], session_id: &str, presented: &str) -> bool {
    if session_secret.len() < MIN_KEY_LEN || session_id.is_empty() {
        return false;
    }
    constant_time_eq(&csrf_token(session_secret, session_id), presented)
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY: &[u8; 32] = b"0123456789abcdef0123456789abcdef";

    #[test]
    fn token_checks_for_its_own_session() {
        let token = csrf_token(KEY, "session-a");
        assert_eq!(token.len(), 43);
        assert!(check_csrf(KEY, "session-a", &token));
    }

    #[test]
    fn token_is_stable_within_a_session() {
        assert_eq!(csrf_token(KEY, "session-a"), csrf_token(KEY, "session-a"));
    }

    #[test]
    fn token_from_another_session_is_refused() {
        let token = csrf_token(KEY, "attacker-session");
        assert!(!check_csrf(KEY, "victim-session", &token));
    }

    #[test]
    fn token_under_another_key_is_refused() {
        let other_key = [7u8; 32];
        let token = csrf_token(&other_key, "session-a");
        assert!(!check_csrf(KEY, "session-a", &token));
    }

    #[test]
    fn altered_missing_or_padded_tokens_are_refused() {
        let token = csrf_token(KEY, "session-a");
        let mut altered = token.clone().into_bytes();
        altered[0] = if altered[0] == b'A' { b'B' } else { b'A' };
        assert!(!check_csrf(
            KEY,
            "session-a",
            &String::from_utf8(altered).unwrap()
        ));
        assert!(!check_csrf(KEY, "session-a", ""));
        assert!(!check_csrf(KEY, "session-a", &format!("{token}=")));
        assert!(!check_csrf(KEY, "session-a", &token[..42]));
    }

    #[test]
    fn token_does_not_contain_the_session_id() {
        let token = csrf_token(KEY, "visible-session-id");
        assert!(!token.contains("visible"));
    }

    #[test]
    fn weak_key_or_missing_session_fails_closed() {
        let token = csrf_token(b"", "session-a");
        assert!(!check_csrf(b"", "session-a", &token));
        let short = [1u8; 31];
        assert!(!check_csrf(
            &short,
            "session-a",
            &csrf_token(&short, "session-a")
        ));
        assert!(!check_csrf(KEY, "", &csrf_token(KEY, "")));
    }

    #[test]
    fn matches_hmac_sha256_of_domain_and_session_id() {
        // Computed independently: printf 'dateline csrf v1\0session-a' |
        // openssl dgst -sha256 -mac HMAC -macopt key:0123456789abcdef0123456789abcdef -binary
        // | basenc --base64url | tr -d '='
        assert_eq!(csrf_token(KEY, "session-a"), EXPECTED_SESSION_A);
    }

    const EXPECTED_SESSION_A: &str = "UG_BySsOujl4Ob_qYp_17cdWnzousGzwyVkVftqP3S8";
}
