//! Random tokens for session ids, one-time sign-in links and password resets, and how to
//! store and compare them.
//!
//! Store only [`hash_token`] of a token and look it up by that hash: a copy of the database
//! then yields no live session or usable link. A plain SHA-256 is enough here, unlike for
//! passwords, because the token carries 256 bits of randomness that no one can guess.

use base64ct::{Base64UrlUnpadded, Encoding};
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

const TOKEN_BYTES: usize = 32;

/// 32 bytes from the operating system's CSPRNG, as unpadded URL-safe base64 (43 characters),
/// so it fits in a cookie or a link without escaping.
///
/// # Panics
///
/// If the operating system's random number generator fails.
pub fn random_token() -> String {
    let mut bytes = [0u8; TOKEN_BYTES];
    crate::os_random(&mut bytes);
    Base64UrlUnpadded::encode_string(&bytes)
}

/// SHA-256 of the token, as 64 lowercase hex digits: the form to store and look up.
pub fn hash_token(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// Compares two secrets without the time taken revealing where they first differ. Only
/// whether the lengths are equal leaks, which the token format makes public anyway.
pub fn constant_time_eq(a: &str, b: &str) -> bool {
    a.as_bytes().ct_eq(b.as_bytes()).into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn random_tokens_are_url_safe_and_distinct() {
        let a = random_token();
        let b = random_token();
        assert_eq!(a.len(), 43);
        assert!(a
            .bytes()
            .all(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_'));
        assert_ne!(a, b);
    }

    #[test]
    fn random_token_decodes_to_32_bytes() {
        let decoded = Base64UrlUnpadded::decode_vec(&random_token()).unwrap();
        assert_eq!(decoded.len(), 32);
    }

    #[test]
    fn hash_token_is_sha256_hex() {
        assert_eq!(
            hash_token("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        let token = random_token();
        assert_eq!(hash_token(&token), hash_token(&token));
        assert_ne!(hash_token(&token), token);
    }

    #[test]
    fn constant_time_eq_compares_whole_strings() {
        assert!(constant_time_eq("same", "same"));
        assert!(constant_time_eq("", ""));
        assert!(!constant_time_eq("same", "sama"));
        assert!(!constant_time_eq("same", "same "));
        assert!(!constant_time_eq("", "x"));
    }
}
