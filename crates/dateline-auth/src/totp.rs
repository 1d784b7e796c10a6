//! Time-based one-time passwords (RFC 6238 over RFC 4226): HMAC-SHA1, 6 digits, 30-second
//! steps, the profile every authenticator app understands.
//!
//! Six digits are guessable with enough tries: put [`verify`] behind the account's rate
//! limiter. Store the step it returns and pass it back next time, so a code seen over a
//! shoulder or phished cannot be replayed. Keep the secret encrypted at rest, and serve the
//! enrolment page (which shows [`Secret::otpauth_uri`]) with `Cache-Control: no-store`.

use hmac::{Hmac, Mac};
use secrecy::{ExposeSecret, SecretSlice};
use sha1::Sha1;
use subtle::ConstantTimeEq;

use crate::AuthError;

/// RFC 4226 section 4 requires at least 128 bits of shared secret.
pub const MIN_SECRET_LEN: usize = 16;
/// RFC 4226 recommends 160 bits, the length of an SHA-1 block's worth of key that apps expect.
const SECRET_LEN: usize = 20;
const STEP_SECONDS: u64 = 30;
const DIGITS: u32 = 6;
/// Steps either side of now that are accepted: phones' clocks drift and people type slowly.
const DRIFT_STEPS: u64 = 1;

const BASE32_ALPHABET: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/// A TOTP shared secret. Its `Debug` output is redacted and its memory is wiped on drop.
#[derive(Debug)]
pub struct Secret(SecretSlice<u8>);

impl Secret {
    /// 20 bytes from the operating system's CSPRNG.
    ///
    /// # Panics
    ///
    /// If the operating system's random number generator fails.
    pub fn generate() -> Self {
        let mut bytes = vec![0u8; SECRET_LEN];
        crate::os_random(&mut bytes);
        Self(bytes.into())
    }

    /// Wraps raw key bytes, refusing fewer than [`MIN_SECRET_LEN`].
    pub fn from_bytes(bytes: Vec<u8>) -> Result<Self, AuthError> {
        if bytes.len() < MIN_SECRET_LEN {
            return Err(AuthError::TotpSecretTooShort(bytes.len()));
        }
        Ok(Self(bytes.into()))
    }

    /// Reads a secret as stored or as typed from an authenticator's manual-entry screen; see
    /// [`base32_decode`] for what is tolerated.
    pub fn from_base32(encoded: &str) -> Result<Self, AuthError> {
        Self::from_bytes(base32_decode(encoded)?)
    }

    /// The form to store and to show for manual entry. It is the secret itself: keep it out of
    /// logs.
    pub fn to_base32(&self) -> String {
        base32_encode(self.bytes())
    }

    /// The `otpauth://` URI that authenticator apps read from a QR code, in the key-URI format
    /// (`otpauth://totp/Issuer:account?secret=...&issuer=Issuer&...`). The issuer appears in
    /// both places because older apps read only the label and newer ones prefer the parameter.
    pub fn otpauth_uri(&self, issuer: &str, account: &str) -> String {
        let issuer = percent_encode(issuer);
        format!(
            "otpauth://totp/{issuer}:{account}?secret={secret}&issuer={issuer}\
             &algorithm=SHA1&digits={DIGITS}&period={STEP_SECONDS}",
            account = percent_encode(account),
            secret = self.to_base32(),
        )
    }

    fn bytes(&self) -> &[u8] {
        self.0.expose_secret()
    }
}

/// The code an authenticator shows at `unix_time` (seconds since the epoch).
pub fn code_at(secret: &Secret, unix_time: u64) -> String {
    format_code(hotp(secret.bytes(), unix_time / STEP_SECONDS), DIGITS)
}

/// Checks a code typed at `now` (Unix seconds) and returns the time step it belongs to, which
/// the caller stores and passes back as `last_used_step` next time.
///
/// Accepts the previous, current and next step. Refuses any step at or before
/// `last_used_step`, not only the same one: once a code has been used, older codes still
/// inside the drift window must not work either. Spaces in the code are ignored, since
/// authenticators display `123 456`.
pub fn verify(secret: &Secret, code: &str, now: u64, last_used_step: Option<u64>) -> Option<u64> {
    // Bounds the copy below; no real code, spaced out or not, comes near this.
    if code.len() > 32 {
        return None;
    }
    let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    if code.len() != DIGITS as usize || !code.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let current = now / STEP_SECONDS;
    let mut matched = None;
    // Every candidate is computed and compared, so the time taken does not reveal which one
    // matched.
    for step in current.saturating_sub(DRIFT_STEPS)..=current.saturating_add(DRIFT_STEPS) {
        let expected = format_code(hotp(secret.bytes(), step), DIGITS);
        let equal: bool = expected.as_bytes().ct_eq(code.as_bytes()).into();
        let unused = last_used_step.is_none_or(|last| step > last);
        if equal && unused {
            matched = Some(step);
        }
    }
    matched
}

/// RFC 4226 section 5.3: HMAC-SHA1 of the counter, then dynamic truncation to 31 bits.
fn hotp(key: &[u8], counter: u64) -> u32 {
    let mut mac = Hmac::<Sha1>::new_from_slice(key).expect("HMAC takes keys of any length");
    mac.update(&counter.to_be_bytes());
    let digest = mac.finalize().into_bytes();
    let offset = usize::from(digest[digest.len() - 1] & 0x0f);
    let word = [
        digest[offset],
        digest[offset + 1],
        digest[offset + 2],
        digest[offset + 3],
    ];
    u32::from_be_bytes(word) & 0x7fff_ffff
}

fn format_code(value: u32, digits: u32) -> String {
    format!(
        "{:0width$}",
        value % 10u32.pow(digits),
        width = digits as usize
    )
}

/// RFC 4648 base32, upper case, without padding (the form authenticators expect).
pub fn base32_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(5) * 8);
    let mut buffer: u16 = 0;
    let mut bits = 0;
    for &byte in bytes {
        buffer = (buffer << 8) | u16::from(byte);
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            out.push(char::from(
                BASE32_ALPHABET[usize::from((buffer >> bits) & 0x1f)],
            ));
        }
    }
    if bits > 0 {
        out.push(char::from(
            BASE32_ALPHABET[usize::from((buffer << (5 - bits)) & 0x1f)],
        ));
    }
    out
}

/// RFC 4648 base32. Tolerates what people and other services produce: lower case, spaces and
/// hyphens between groups, and trailing `=` padding. Refuses any other character and lengths
/// no encoder can produce, which usually mean a character was dropped or doubled in typing.
pub fn base32_decode(encoded: &str) -> Result<Vec<u8>, AuthError> {
    let symbols: Vec<u8> = encoded
        .bytes()
        .filter(|b| !matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'-'))
        .collect();
    let unpadded = symbols
        .iter()
        .rposition(|&b| b != b'=')
        .map_or(&symbols[..0], |last| &symbols[..=last]);
    if matches!(unpadded.len() % 8, 1 | 3 | 6) {
        return Err(AuthError::InvalidBase32);
    }
    let mut out = Vec::with_capacity(unpadded.len() * 5 / 8);
    let mut buffer: u16 = 0;
    let mut bits = 0;
    for &symbol in unpadded {
        let value = match symbol.to_ascii_uppercase() {
            upper @ b'A'..=b'Z' => upper - b'A',
            digit @ b'2'..=b'7' => digit - b'2' + 26,
            _ => return Err(AuthError::InvalidBase32),
        };
        buffer = (buffer << 5) | u16::from(value);
        bits += 5;
        if bits >= 8 {
            bits -= 8;
            out.push((buffer >> bits) as u8);
        }
    }
    Ok(out)
}

/// Percent-encodes everything but RFC 3986's unreserved characters, so a `:`, `&`, `?`, `#`
/// or space in an issuer or account name cannot change the URI's structure.
fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const RFC_KEY: &[u8] = b"12345678901234567890";

    fn rfc_secret() -> Secret {
        Secret::from_bytes(RFC_KEY.to_vec()).unwrap()
    }

    /// RFC 6238 appendix B, the SHA-1 rows.
    const RFC6238_SHA1: &[(u64, &str)] = &[
        (59, "94287082"),
        (1_111_111_109, "07081804"),
        (1_111_111_111, "14050471"),
        (1_234_567_890, "89005924"),
        (2_000_000_000, "69279037"),
        (20_000_000_000, "65353130"),
    ];

    #[test]
    fn rfc6238_vectors_with_eight_digits() {
        for &(time, expected) in RFC6238_SHA1 {
            assert_eq!(
                format_code(hotp(RFC_KEY, time / STEP_SECONDS), 8),
                expected,
                "T = {time}"
            );
        }
    }

    #[test]
    fn rfc6238_vectors_with_six_digits() {
        for &(time, expected) in RFC6238_SHA1 {
            assert_eq!(code_at(&rfc_secret(), time), expected[2..], "T = {time}");
        }
    }

    #[test]
    fn rfc4226_hotp_vectors() {
        // RFC 4226 appendix D, counters 0 to 9.
        let expected = [
            "755224", "287082", "359152", "969429", "338314", "254676", "287922", "162583",
            "399871", "520489",
        ];
        for (counter, code) in expected.iter().enumerate() {
            assert_eq!(format_code(hotp(RFC_KEY, counter as u64), 6), *code);
        }
    }

    #[test]
    fn verify_returns_the_matched_step() {
        let secret = rfc_secret();
        assert_eq!(verify(&secret, "287082", 59, None), Some(1));
        assert_eq!(verify(&secret, "287 082", 59, None), Some(1));
        assert_eq!(
            verify(&secret, "005924", 1_234_567_890, None),
            Some(41_152_263)
        );
    }

    #[test]
    fn verify_accepts_one_step_of_drift_either_way() {
        let secret = rfc_secret();
        let now = 1_234_567_890;
        let step = now / STEP_SECONDS;
        let previous = code_at(&secret, now - STEP_SECONDS);
        let next = code_at(&secret, now + STEP_SECONDS);
        assert_eq!(verify(&secret, &previous, now, None), Some(step - 1));
        assert_eq!(verify(&secret, &next, now, None), Some(step + 1));
        let two_back = code_at(&secret, now - 2 * STEP_SECONDS);
        let two_ahead = code_at(&secret, now + 2 * STEP_SECONDS);
        assert_eq!(verify(&secret, &two_back, now, None), None);
        assert_eq!(verify(&secret, &two_ahead, now, None), None);
    }

    #[test]
    fn verify_refuses_a_replayed_or_older_code() {
        let secret = rfc_secret();
        let now = 1_234_567_890;
        let code = code_at(&secret, now);
        let step = verify(&secret, &code, now, None).unwrap();
        assert_eq!(verify(&secret, &code, now, Some(step)), None);
        assert_eq!(verify(&secret, &code, now + 20, Some(step)), None);
        let previous = code_at(&secret, now - STEP_SECONDS);
        assert_eq!(verify(&secret, &previous, now, Some(step)), None);
        let next = code_at(&secret, now + STEP_SECONDS);
        assert_eq!(
            verify(&secret, &next, now + STEP_SECONDS, Some(step)),
            Some(step + 1)
        );
    }

    #[test]
    fn verify_refuses_malformed_and_wrong_codes() {
        let secret = rfc_secret();
        let long = format!("287082{}", " ".repeat(100));
        for code in [
            "",
            "28708",
            "2870821",
            "28708a",
            "２８７０８２",
            "-87082",
            &long,
        ] {
            assert_eq!(verify(&secret, code, 59, None), None, "{code:?}");
        }
        assert_eq!(verify(&secret, "287083", 59, None), None);
    }

    #[test]
    fn verify_near_the_epoch_does_not_underflow() {
        let secret = rfc_secret();
        assert_eq!(verify(&secret, "755224", 0, None), Some(0));
        assert_eq!(verify(&secret, "287082", 0, None), Some(1));
    }

    #[test]
    fn generated_secrets_are_twenty_random_bytes() {
        let a = Secret::generate();
        let b = Secret::generate();
        assert_eq!(a.bytes().len(), 20);
        assert_eq!(a.to_base32().len(), 32);
        assert_ne!(a.bytes(), b.bytes());
    }

    #[test]
    fn base32_rfc4648_vectors() {
        let vectors = [
            ("", ""),
            ("f", "MY"),
            ("fo", "MZXQ"),
            ("foo", "MZXW6"),
            ("foob", "MZXW6YQ"),
            ("fooba", "MZXW6YTB"),
            ("foobar", "MZXW6YTBOI"),
        ];
        for (plain, encoded) in vectors {
            assert_eq!(base32_encode(plain.as_bytes()), encoded);
            assert_eq!(base32_decode(encoded).unwrap(), plain.as_bytes());
        }
        assert_eq!(base32_encode(RFC_KEY), "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    }

    #[test]
    fn base32_decode_tolerates_how_people_type_it() {
        assert_eq!(base32_decode("mzxw 6ytb-oi").unwrap(), b"foobar");
        assert_eq!(base32_decode("MZXW6YTBOI======").unwrap(), b"foobar");
    }

    #[test]
    fn base32_decode_refuses_foreign_characters_and_impossible_lengths() {
        for bad in ["MZXW1", "MZXW6YT0", "MZ=XW", "M", "MZX", "MZXW6Y"] {
            assert!(
                matches!(base32_decode(bad), Err(AuthError::InvalidBase32)),
                "{bad}"
            );
        }
    }

    #[test]
    fn secret_round_trips_through_base32() {
        let secret = Secret::generate();
        let again = Secret::from_base32(&secret.to_base32().to_lowercase()).unwrap();
        assert_eq!(secret.bytes(), again.bytes());
    }

    #[test]
    fn short_secrets_are_refused() {
        assert!(matches!(
            Secret::from_bytes(vec![7; 10]),
            Err(AuthError::TotpSecretTooShort(10))
        ));
        assert!(Secret::from_base32("MZXW6YTBOI").is_err());
    }

    #[test]
    fn secret_debug_output_is_redacted() {
        let secret = rfc_secret();
        let debug = format!("{secret:?}");
        assert!(
            !debug.contains("GEZDGNBV") && !debug.contains("49, 50"),
            "{debug}"
        );
    }

    #[test]
    fn otpauth_uri_is_percent_encoded() {
        let uri = rfc_secret().otpauth_uri("Asia News: Desk", "anna.rossi+night@example.org");
        assert_eq!(
            uri,
            "otpauth://totp/Asia%20News%3A%20Desk:anna.rossi%2Bnight%40example.org\
             ?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Asia%20News%3A%20Desk\
             &algorithm=SHA1&digits=6&period=30"
        );
    }

    #[test]
    fn otpauth_uri_encodes_non_ascii_as_utf8() {
        let uri = rfc_secret().otpauth_uri("新闻", "é&x=y");
        assert!(
            uri.starts_with("otpauth://totp/%E6%96%B0%E9%97%BB:%C3%A9%26x%3Dy?"),
            "{uri}"
        );
    }
}
