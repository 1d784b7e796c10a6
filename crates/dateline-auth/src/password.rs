//! Password hashing with Argon2id, and the rules a new password must meet.
//!
//! # Blocking
//!
//! [`hash`], [`verify`] and [`verify_dummy`] are slow and memory-hungry on purpose (about
//! 19 MiB and tens of milliseconds each): that cost is what makes a stolen table of hashes
//! expensive to crack. Run them on a blocking thread (`tokio::task::spawn_blocking`) so the
//! async workers keep serving readers, and bound how many run at once (a semaphore) so a burst
//! of sign-in attempts cannot exhaust memory. Rate-limit sign-in attempts before calling them.
//!
//! # Parameters
//!
//! OWASP's minimum for Argon2id: m = 19 MiB, t = 2, p = 1, a 16-byte random salt and a 32-byte
//! output. Raising them later is safe: old hashes still verify with the parameters stored in
//! their PHC string, and [`needs_rehash`] tells the sign-in handler to replace them while it
//! holds the plain password.

use argon2::password_hash::{self, PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use secrecy::{ExposeSecret, SecretString};

use crate::AuthError;

const MEMORY_KIB: u32 = 19 * 1024;
const ITERATIONS: u32 = 2;
const PARALLELISM: u32 = 1;
const OUTPUT_LEN: usize = 32;
const SALT_LEN: usize = 16;

/// New passwords must have at least this many characters (Unicode scalar values).
pub const MIN_LENGTH: usize = 12;

/// Passwords that attackers try first. Only entries of at least [`MIN_LENGTH`] characters are
/// worth listing: shorter ones are refused by the length rule already. Compared lowercased.
const COMMON: &[&str] = &[
    "123456789012",
    "1234567890123",
    "12345678901234",
    "123123123123",
    "password1234",
    "password12345",
    "passwordpassword",
    "qwerty123456",
    "qwertyuiop123",
    "1q2w3e4r5t6y",
    "1qaz2wsx3edc",
    "abc123456789",
    "iloveyou1234",
    "administrator",
    "welcome12345",
    "letmein12345",
];

/// What [`verify_dummy`] verifies against. Only its parameters matter, and a test checks they
/// keep up with the ones above; its output is arbitrary bytes, so no password matches it.
const DUMMY_PHC: &str = "$argon2id$v=19$m=19456,t=2,p=1$ZGF0ZWxpbmUtZHVtbXktc2FsdA$vOk5IgB1gMIrfMaO9yX8NjRxFUlFvuVsAIuPC3OSWKk";

fn current_params() -> Params {
    Params::new(MEMORY_KIB, ITERATIONS, PARALLELISM, Some(OUTPUT_LEN))
        .expect("the built-in Argon2 parameters are within range")
}

fn argon2id(params: Params) -> Argon2<'static> {
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// Hashes a password into a PHC string (`$argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>`) that
/// carries its own salt and parameters, so it is all a store needs to keep.
///
/// Slow on purpose: call it on a blocking thread (see the module documentation). Fails only
/// if the operating system cannot provide a salt or Argon2 cannot allocate its memory.
pub fn hash(password: &SecretString) -> Result<String, AuthError> {
    hash_with(current_params(), password)
}

/// Tests build cheaper parameters through this, so the suite does not spend seconds in
/// Argon2 for every case.
fn hash_with(params: Params, password: &SecretString) -> Result<String, AuthError> {
    let mut salt = [0u8; SALT_LEN];
    getrandom::getrandom(&mut salt).map_err(AuthError::Randomness)?;
    let salt = SaltString::encode_b64(&salt).map_err(|e| AuthError::Hashing(e.to_string()))?;
    let phc = argon2id(params)
        .hash_password(password.expose_secret().as_bytes(), &salt)
        .map_err(|e| AuthError::Hashing(e.to_string()))?;
    Ok(phc.to_string())
}

/// Checks a password against a stored PHC string, in constant time with respect to the hash.
///
/// `Ok(false)` means the password is wrong; an error means the stored hash is unusable, which
/// is a server fault to log, never something to tell the person signing in.
/// Slow on purpose: call it on a blocking thread (see the module documentation).
pub fn verify(password: &SecretString, phc: &str) -> Result<bool, AuthError> {
    let parsed = PasswordHash::new(phc).map_err(|e| AuthError::MalformedHash(e.to_string()))?;
    // The algorithm, version and parameters come from `parsed`, not from this instance, so
    // hashes made with older parameters keep verifying.
    match Argon2::default().verify_password(password.expose_secret().as_bytes(), &parsed) {
        Ok(()) => Ok(true),
        Err(password_hash::Error::Password) => Ok(false),
        Err(e) => Err(AuthError::Hashing(e.to_string())),
    }
}

/// Does the work of [`verify`] against a hash no password matches. Call it when the account
/// named at sign-in does not exist, so the response time does not tell an attacker which
/// accounts do.
pub fn verify_dummy(password: &SecretString) {
    // The result is always false or an error; only the time spent matters.
    let _ = verify(password, DUMMY_PHC);
}

/// Whether a stored hash is weaker than what [`hash`] makes today (another algorithm, older
/// version, lower cost, shorter salt or output), so the sign-in handler should replace it
/// after a successful [`verify`]. An unparsable hash also answers `true`.
pub fn needs_rehash(phc: &str) -> bool {
    let Ok(parsed) = PasswordHash::new(phc) else {
        return true;
    };
    if parsed.algorithm != Algorithm::Argon2id.ident()
        || parsed.version != Some(Version::V0x13.into())
    {
        return true;
    }
    let Ok(params) = Params::try_from(&parsed) else {
        return true;
    };
    let salt_len = parsed.salt.map_or(0, |salt| {
        let mut buf = [0u8; 64];
        salt.decode_b64(&mut buf).map_or(0, <[u8]>::len)
    });
    let output_len = parsed.hash.map_or(0, |output| output.len());
    params.m_cost() < MEMORY_KIB
        || params.t_cost() < ITERATIONS
        || params.p_cost() < PARALLELISM
        || salt_len < SALT_LEN
        || output_len < OUTPUT_LEN
}

/// Checks a new password against the house rules. The error is a sentence to show the person
/// choosing it, telling them what to change.
///
/// Deliberately no rules about character classes: they push people towards `Password1!`,
/// while length and a deny-list are what resist guessing (NIST SP 800-63B).
pub fn check_strength(password: &SecretString) -> Result<(), String> {
    let password = password.expose_secret();
    let length = password.chars().count();
    if length < MIN_LENGTH {
        return Err(format!(
            "Use at least {MIN_LENGTH} characters; this password has {length}. \
             Several unrelated words make a long password that is easy to remember."
        ));
    }
    let mut chars = password.chars();
    let first = chars.next();
    if chars.all(|c| Some(c) == first) {
        return Err("This password repeats a single character. \
                    Choose one made of different characters or words."
            .to_owned());
    }
    let lowered = password.to_lowercase();
    if COMMON.contains(&lowered.as_str()) {
        return Err("This password is one of the most common ones, \
                    which attackers try first. Choose another."
            .to_owned());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn secret(s: &str) -> SecretString {
        SecretString::from(s.to_owned())
    }

    /// The minimum Argon2 allows: enough to exercise the code paths in milliseconds.
    fn cheap() -> Params {
        Params::new(8, 1, 1, Some(OUTPUT_LEN)).unwrap()
    }

    #[test]
    fn real_parameters_hash_and_verify() {
        let phc = hash(&secret("correct horse battery staple")).unwrap();
        assert!(phc.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{phc}");
        assert!(!needs_rehash(&phc));
        assert!(verify(&secret("correct horse battery staple"), &phc).unwrap());
        assert!(!verify(&secret("correct horse battery stapl"), &phc).unwrap());
    }

    #[test]
    fn cheap_hash_verifies_only_the_right_password() {
        let phc = hash_with(cheap(), &secret("tirana agency desk")).unwrap();
        assert!(verify(&secret("tirana agency desk"), &phc).unwrap());
        assert!(!verify(&secret("Tirana agency desk"), &phc).unwrap());
        assert!(!verify(&secret(""), &phc).unwrap());
    }

    #[test]
    fn same_password_gets_a_fresh_salt_each_time() {
        let a = hash_with(cheap(), &secret("same password twice")).unwrap();
        let b = hash_with(cheap(), &secret("same password twice")).unwrap();
        assert_ne!(a, b);
    }

    #[test]
    fn malformed_stored_hash_is_an_error_not_a_wrong_password() {
        let err = verify(&secret("anything at all"), "not a phc string").unwrap_err();
        assert!(matches!(err, AuthError::MalformedHash(_)), "{err:?}");
    }

    #[test]
    fn weaker_hashes_need_rehash() {
        assert!(needs_rehash(&hash_with(cheap(), &secret("pw")).unwrap()));
        let fewer_passes = Params::new(MEMORY_KIB, 1, 1, Some(OUTPUT_LEN)).unwrap();
        assert!(needs_rehash(
            &hash_with(fewer_passes, &secret("pw")).unwrap()
        ));
        // Other Argon2 variants and other schemes are replaced by Argon2id on next sign-in.
        assert!(needs_rehash(
            "$argon2i$v=19$m=19456,t=2,p=1$ZGF0ZWxpbmUtZHVtbXktc2FsdA$vOk5IgB1gMIrfMaO9yX8NjRxFUlFvuVsAIuPC3OSWKk"
        ));
        assert!(needs_rehash(
            "$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW"
        ));
        assert!(needs_rehash("garbage"));
    }

    #[test]
    fn stronger_hashes_are_kept() {
        // Built by hand so the test does not pay for 64 MiB of Argon2.
        assert!(!needs_rehash(
            "$argon2id$v=19$m=65536,t=3,p=4$ZGF0ZWxpbmUtZHVtbXktc2FsdA$vOk5IgB1gMIrfMaO9yX8NjRxFUlFvuVsAIuPC3OSWKk"
        ));
    }

    #[test]
    fn dummy_hash_costs_as_much_as_a_real_one() {
        assert!(!needs_rehash(DUMMY_PHC));
        assert!(!verify(&secret("correct horse battery staple"), DUMMY_PHC).unwrap());
        verify_dummy(&secret("anything"));
    }

    #[test]
    fn strength_requires_length() {
        let err = check_strength(&secret("short")).unwrap_err();
        assert!(err.contains("at least 12 characters"), "{err}");
        assert!(err.contains("has 5"), "{err}");
        // Characters, not bytes: eleven accented letters are still too short.
        assert!(check_strength(&secret("èèèèèèèèèèé")).is_err());
        assert!(check_strength(&secret("perché no, però")).is_ok());
    }

    #[test]
    fn strength_refuses_a_single_repeated_character() {
        let err = check_strength(&secret("aaaaaaaaaaaaaaaa")).unwrap_err();
        assert!(err.contains("single character"), "{err}");
        assert!(check_strength(&secret("            ")).is_err());
    }

    #[test]
    fn strength_refuses_common_passwords_in_any_case() {
        for common in [
            "password1234",
            "Password1234",
            "QWERTY123456",
            "administrator",
        ] {
            let err = check_strength(&secret(common)).unwrap_err();
            assert!(err.contains("most common"), "{common}: {err}");
        }
    }

    #[test]
    fn strength_accepts_a_passphrase() {
        assert_eq!(check_strength(&secret("lantern orchard quietly")), Ok(()));
    }

    #[test]
    fn common_list_holds_only_entries_the_length_rule_lets_through() {
        for common in COMMON {
            assert!(common.chars().count() >= MIN_LENGTH, "{common}");
            assert_eq!(*common, common.to_lowercase());
        }
    }
}
