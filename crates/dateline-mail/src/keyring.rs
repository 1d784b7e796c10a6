//! Master keys for subscriber data: encryption at rest, blind indexes,
//! signed mail links and the secret behind anonymous forms' CSRF tokens.
//!
//! # Why
//!
//! Subscriber addresses and names are stored *sealed* (encrypted and
//! authenticated) in the database. The keys live outside the database, in a
//! key file or an environment variable, so a stolen database dump on its own
//! reveals no address and no name. Whoever holds both the dump and the key
//! file can read everything: keep the key file out of the database, out of
//! backups that sit next to the database, and out of the repository.
//!
//! # Key file format
//!
//! UTF-8 text, one key per line, the newest (current) key first:
//!
//! ```text
//! # Dateline key file: ... (comment header)
//! dateline-key-v1 <44 characters: base64 of the current key's 32 bytes>
//! dateline-key-v1 <44 characters: base64 of an older key's 32 bytes>
//! ```
//!
//! Each key line is the prefix [`KEY_LINE_PREFIX`], whitespace, and the
//! standard, `=`-padded base64 of 32 random bytes (the *master key*). Blank
//! lines and lines starting with `#` are ignored; surrounding whitespace and
//! `\r\n` line ends are accepted. Parse errors name the 1-based line number
//! and never echo the line's content (it may be key material).
//!
//! Every key has a public *key id*: the first 4 bytes of
//! `SHA-256("dateline key id\0" || master)`, shown as 8 lowercase hex digits.
//!
//! # Subkeys
//!
//! No master key is used directly. Each purpose gets its own subkey,
//! `HMAC-SHA256(master, label)`:
//!
//! | label                 | used for                                        |
//! |-----------------------|-------------------------------------------------|
//! | `"dateline seal v1"`  | XChaCha20-Poly1305 key for [`Keyring::seal`]    |
//! | `"dateline index v1"` | HMAC key for [`Keyring::blind_index`]           |
//! | `"dateline link v1"`  | HMAC key for [`Keyring::sign`] link tokens      |
//! | `"dateline form v1"`  | [`Keyring::form_secret`] for CSRF tokens        |
//!
//! # Sealed values
//!
//! `key id (4 raw bytes) || nonce (24 random bytes) || ciphertext || tag (16)`,
//! XChaCha20-Poly1305 with the caller's *context* (e.g. `b"subscriber.email"`)
//! as associated data, so a value sealed for one column does not open as
//! another. The key id says which key opens the value, so old rows keep
//! opening after a rotation. Sealing hides the content, not the length.
//!
//! # Blind indexes
//!
//! `hex(HMAC-SHA256(index subkey, value))` of an already normalised value
//! (e.g. a trimmed, lowercased address). It allows exact look-ups and a
//! `UNIQUE` constraint without storing the value; it reveals which rows hold
//! equal values, nothing more. The same string gives the same index whatever
//! column it is meant for: callers that index several kinds of value should
//! prefix the kind (e.g. `"email:" + address`).
//!
//! # Link tokens
//!
//! `base64url-unpadded(id as 8-byte big-endian || first 16 bytes of
//! HMAC-SHA256(link subkey, purpose || 0x00 || id as 8-byte big-endian))`,
//! always 32 characters. A token is bound to its purpose (`"unsubscribe"`,
//! `"confirm"`, …) and verifies under any key still in the ring. Tokens do not
//! expire; a purpose that needs expiry must put it in what is signed.
//!
//! # Rotation
//!
//! 1. [`Keyring::with_new_key`] puts a fresh key in front; write
//!    [`Keyring::to_file_text`] to the key file. New values are sealed, new
//!    indexes computed and new links signed under the new key; old values and
//!    links keep working.
//! 2. While rows still carry old indexes, look up with
//!    [`Keyring::blind_indexes`] (one index per key).
//! 3. Re-seal old rows ([`Keyring::open`] then [`Keyring::seal`]; find them
//!    with [`Keyring::sealed_with`]) and recompute their indexes.
//! 4. Once no row and no link still in use needs an old key, drop it with
//!    [`Keyring::retain`] and write the file again.

use std::fmt;

use base64ct::{Base64, Base64UrlUnpadded, Encoding};
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};
use subtle::{Choice, ConstantTimeEq};

/// The first word of every key line in a key file (the format's version).
pub const KEY_LINE_PREFIX: &str = "dateline-key-v1";

/// How [`Keyring::seal_text`] marks a sealed value in a text column.
pub const SEALED_TEXT_PREFIX: &str = "sealed:";

type HmacSha256 = Hmac<Sha256>;

const MASTER_LEN: usize = 32;
const ID_LEN: usize = 4;
const NONCE_LEN: usize = 24;
const TAG_LEN: usize = 16;
const MIN_SEALED_LEN: usize = ID_LEN + NONCE_LEN + TAG_LEN;
const TOKEN_ID_LEN: usize = 8;
const TOKEN_MAC_LEN: usize = 16;
const TOKEN_LEN: usize = TOKEN_ID_LEN + TOKEN_MAC_LEN;
/// Base64 length of a 24-byte token: 24 / 3 * 4, no padding needed.
const TOKEN_CHARS: usize = 32;

const ID_LABEL: &[u8] = b"dateline key id\0";
const SEAL_LABEL: &[u8] = b"dateline seal v1";
const INDEX_LABEL: &[u8] = b"dateline index v1";
const LINK_LABEL: &[u8] = b"dateline link v1";
const FORM_LABEL: &[u8] = b"dateline form v1";

const FILE_HEADER: &str = "\
# Dateline key file: master keys that encrypt subscriber addresses and names,
# key their blind indexes and sign links in mails. One key per line, newest
# (current) first. Keep it secret and outside the database, and back it up:
# losing it makes all stored subscriber data unreadable.
";

/// What can go wrong when parsing a key file or opening a sealed value.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KeyError {
    /// A line of the key file is not a valid key line.
    #[error("key file line {line}: {reason}")]
    Line {
        /// 1-based line number in the key file.
        line: usize,
        /// What is wrong with the line (never its content).
        reason: String,
    },
    /// The key file holds no key.
    #[error("key file holds no key (expected lines `{KEY_LINE_PREFIX} <base64 of 32 bytes>`)")]
    Empty,
    /// The sealed value names a key (8 hex digits) that is not in the ring.
    #[error("sealed with key {0}, which is not in the key ring")]
    UnknownKey(String),
    /// Authentication failed: the value was altered, or the context is wrong.
    #[error("sealed value failed authentication (altered, or wrong context)")]
    Tampered,
    /// The value is too short to be a sealed value.
    #[error("sealed value is too short to be valid")]
    Malformed,
}

/// One master key with its id and derived subkeys.
#[derive(Clone)]
struct Key {
    id: String,
    id_bytes: [u8; ID_LEN],
    master: [u8; MASTER_LEN],
    seal: [u8; 32],
    index: [u8; 32],
    link: [u8; 32],
    form: [u8; 32],
}

impl Key {
    fn from_master(master: [u8; MASTER_LEN]) -> Key {
        let digest: [u8; 32] = Sha256::new()
            .chain_update(ID_LABEL)
            .chain_update(master)
            .finalize()
            .into();
        let [a, b, c, d, ..] = digest;
        let id_bytes = [a, b, c, d];
        Key {
            id: hex::encode(id_bytes),
            id_bytes,
            seal: hmac_sha256(&master, &[SEAL_LABEL]),
            index: hmac_sha256(&master, &[INDEX_LABEL]),
            link: hmac_sha256(&master, &[LINK_LABEL]),
            form: hmac_sha256(&master, &[FORM_LABEL]),
            master,
        }
    }

    fn line(&self) -> String {
        key_line(&self.master)
    }

    fn cipher(&self) -> XChaCha20Poly1305 {
        XChaCha20Poly1305::new(&self.seal.into())
    }

    fn link_mac(&self, purpose: &str, id: i64) -> [u8; TOKEN_MAC_LEN] {
        let full = hmac_sha256(&self.link, &[purpose.as_bytes(), &[0u8], &id.to_be_bytes()]);
        let mut mac = [0u8; TOKEN_MAC_LEN];
        mac.copy_from_slice(&full[..TOKEN_MAC_LEN]);
        mac
    }
}

fn hmac_sha256(key: &[u8], parts: &[&[u8]]) -> [u8; 32] {
    let mut mac =
        <HmacSha256 as Mac>::new_from_slice(key).expect("HMAC-SHA256 accepts keys of any length");
    for part in parts {
        mac.update(part);
    }
    mac.finalize().into_bytes().into()
}

fn key_line(master: &[u8; MASTER_LEN]) -> String {
    format!("{KEY_LINE_PREFIX} {}\n", Base64::encode_string(master))
}

/// Bytes from the operating system's random number generator.
///
/// Panics if the OS generator fails: there is no safe way to go on without
/// randomness, and it does not depend on any input.
fn random_bytes<const N: usize>() -> [u8; N] {
    let mut buf = [0u8; N];
    getrandom::getrandom(&mut buf).expect("the operating system's random number generator failed");
    buf
}

fn line_error(line: usize, reason: impl Into<String>) -> KeyError {
    KeyError::Line {
        line,
        reason: reason.into(),
    }
}

/// A set of master keys, newest (current) first.
///
/// New values are sealed, indexed and signed under the current key; values
/// and tokens made under any key in the ring still open and verify. Its
/// `Debug` output shows key ids only, never key material.
#[derive(Clone)]
pub struct Keyring {
    current: Key,
    older: Vec<Key>,
}

impl fmt::Debug for Keyring {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Keyring")
            .field("current", &self.current.id)
            .field("ids", &self.ids())
            .finish_non_exhaustive()
    }
}

impl Keyring {
    /// Parses a key file's text: one key per line
    /// `dateline-key-v1 <base64 (standard, padded) of 32 random bytes>`,
    /// blank lines and lines starting with `#` ignored; the first key is the
    /// current one.
    ///
    /// Errors ([`KeyError::Line`]) name the 1-based line number and what is
    /// wrong (wrong prefix, bad base64, wrong length, duplicate key), without
    /// echoing the line. No keys at all gives [`KeyError::Empty`].
    ///
    /// # Errors
    ///
    /// [`KeyError::Line`] for the first bad line, [`KeyError::Empty`] if the
    /// text holds no key line.
    pub fn parse(text: &str) -> Result<Keyring, KeyError> {
        let mut keys: Vec<(usize, Key)> = Vec::new();
        for (index, raw) in text.lines().enumerate() {
            let line_no = index + 1;
            let line = raw.trim_start_matches('\u{feff}').trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let mut words = line.split_whitespace();
            if words.next() != Some(KEY_LINE_PREFIX) {
                return Err(line_error(
                    line_no,
                    format!("expected the line to start with `{KEY_LINE_PREFIX} `"),
                ));
            }
            let Some(encoded) = words.next() else {
                return Err(line_error(
                    line_no,
                    format!("missing the base64 key after `{KEY_LINE_PREFIX}`"),
                ));
            };
            if words.next().is_some() {
                return Err(line_error(line_no, "unexpected text after the key"));
            }
            let bytes = Base64::decode_vec(encoded).map_err(|_| {
                line_error(
                    line_no,
                    "key is not valid base64 (standard alphabet, `=` padded)",
                )
            })?;
            let master: [u8; MASTER_LEN] = bytes.as_slice().try_into().map_err(|_| {
                line_error(
                    line_no,
                    format!("key is {} bytes long, expected {MASTER_LEN}", bytes.len()),
                )
            })?;
            let key = Key::from_master(master);
            for (earlier_line, earlier) in &keys {
                if bool::from(earlier.master.ct_eq(&key.master)) {
                    return Err(line_error(
                        line_no,
                        format!("duplicate of the key on line {earlier_line}"),
                    ));
                }
                if earlier.id == key.id {
                    return Err(line_error(
                        line_no,
                        format!(
                            "key id {} is also the id of the key on line {earlier_line}; \
                             generate another key",
                            key.id
                        ),
                    ));
                }
            }
            keys.push((line_no, key));
        }
        let mut keys = keys.into_iter().map(|(_, key)| key);
        let current = keys.next().ok_or(KeyError::Empty)?;
        Ok(Keyring {
            current,
            older: keys.collect(),
        })
    }

    /// A new key line (with trailing newline) from 32 bytes of OS randomness.
    ///
    /// # Panics
    ///
    /// If the operating system's random number generator fails.
    #[must_use]
    pub fn generate_line() -> String {
        key_line(&random_bytes::<MASTER_LEN>())
    }

    /// Id of the current key: first 4 bytes of
    /// `SHA-256("dateline key id\0" || master)` as 8 lowercase hex digits.
    /// Not secret.
    #[must_use]
    pub fn current_id(&self) -> &str {
        &self.current.id
    }

    /// Ids of all keys, newest (current) first.
    #[must_use]
    pub fn ids(&self) -> Vec<&str> {
        self.keys().map(|key| key.id.as_str()).collect()
    }

    /// Whether a key with this id (8 lowercase hex digits) is in the ring.
    #[must_use]
    pub fn has(&self, id: &str) -> bool {
        self.keys().any(|key| key.id == id)
    }

    /// Seals `plaintext` under the current key.
    ///
    /// Format: 4 bytes key id (raw) || 24-byte random nonce ||
    /// XChaCha20-Poly1305 ciphertext and tag, with `context` as associated
    /// data: callers pass e.g. `b"subscriber.email"` so that a sealed name
    /// cannot be swapped in for an address. The seal subkey is
    /// `HMAC-SHA256(master, "dateline seal v1")`.
    ///
    /// # Panics
    ///
    /// If the operating system's random number generator fails, or the
    /// plaintext exceeds XChaCha20-Poly1305's limit (about 256 GiB).
    #[must_use]
    pub fn seal(&self, plaintext: &[u8], context: &[u8]) -> Vec<u8> {
        let nonce = random_bytes::<NONCE_LEN>();
        let ciphertext = self
            .current
            .cipher()
            .encrypt(
                &XNonce::from(nonce),
                Payload {
                    msg: plaintext,
                    aad: context,
                },
            )
            .expect("plaintext within XChaCha20-Poly1305's size limit");
        let mut sealed = Vec::with_capacity(ID_LEN + NONCE_LEN + ciphertext.len());
        sealed.extend_from_slice(&self.current.id_bytes);
        sealed.extend_from_slice(&nonce);
        sealed.extend_from_slice(&ciphertext);
        sealed
    }

    /// Opens a value made by [`Keyring::seal`] with the key named in its
    /// first 4 bytes and the same `context`.
    ///
    /// # Errors
    ///
    /// [`KeyError::Malformed`] if it is too short to be a sealed value,
    /// [`KeyError::UnknownKey`] (with the id in hex) if that key is not in
    /// the ring, [`KeyError::Tampered`] if authentication fails (altered
    /// value or wrong context).
    pub fn open(&self, sealed: &[u8], context: &[u8]) -> Result<Vec<u8>, KeyError> {
        if sealed.len() < MIN_SEALED_LEN {
            return Err(KeyError::Malformed);
        }
        let (id, rest) = sealed
            .split_first_chunk::<ID_LEN>()
            .ok_or(KeyError::Malformed)?;
        let (nonce, ciphertext) = rest
            .split_first_chunk::<NONCE_LEN>()
            .ok_or(KeyError::Malformed)?;
        let key = self
            .keys()
            .find(|key| key.id_bytes == *id)
            .ok_or_else(|| KeyError::UnknownKey(hex::encode(id)))?;
        key.cipher()
            .decrypt(
                &XNonce::from(*nonce),
                Payload {
                    msg: ciphertext,
                    aad: context,
                },
            )
            .map_err(|_| KeyError::Tampered)
    }

    /// Id (8 lowercase hex digits) of the key a sealed value was made with,
    /// or `None` if the value is too short to be a sealed value. Does not
    /// check that the value is authentic.
    #[must_use]
    pub fn sealed_with(sealed: &[u8]) -> Option<String> {
        if sealed.len() < MIN_SEALED_LEN {
            return None;
        }
        let (id, _) = sealed.split_first_chunk::<ID_LEN>()?;
        Some(hex::encode(id))
    }

    /// `text` sealed under the current key as a text column stores it:
    /// [`SEALED_TEXT_PREFIX`], then the sealed bytes in hex.
    ///
    /// # Panics
    ///
    /// As [`Keyring::seal`].
    #[must_use]
    pub fn seal_text(&self, text: &str, context: &[u8]) -> String {
        format!(
            "{SEALED_TEXT_PREFIX}{}",
            hex::encode(self.seal(text.as_bytes(), context))
        )
    }

    /// The text a stored value holds: opened when [`Keyring::seal_text`] made it (with the
    /// same `context`); as it is when it does not start with [`SEALED_TEXT_PREFIX`], a value
    /// stored in clear before its column was sealed, which the caller seals at its next
    /// chance.
    ///
    /// # Errors
    ///
    /// As [`Keyring::open`]; [`KeyError::Malformed`] also when the hex or the text inside is
    /// not valid.
    pub fn open_text(&self, stored: &str, context: &[u8]) -> Result<String, KeyError> {
        let Some(sealed) = stored.strip_prefix(SEALED_TEXT_PREFIX) else {
            return Ok(stored.to_string());
        };
        let sealed = hex::decode(sealed).map_err(|_| KeyError::Malformed)?;
        String::from_utf8(self.open(&sealed, context)?).map_err(|_| KeyError::Malformed)
    }

    /// Id of the key a value made by [`Keyring::seal_text`] is sealed with; `None` for a value
    /// stored in clear or not sealed text at all. Does not check that it is authentic.
    #[must_use]
    pub fn text_sealed_with(stored: &str) -> Option<String> {
        Keyring::sealed_with(&hex::decode(stored.strip_prefix(SEALED_TEXT_PREFIX)?).ok()?)
    }

    /// Blind index of an already normalised value under the current key:
    /// lowercase hex of `HMAC-SHA256(index subkey, value)` (64 characters).
    #[must_use]
    pub fn blind_index(&self, value: &str) -> String {
        index_of(&self.current, value)
    }

    /// Blind indexes of a value under every key, newest first, for look-ups
    /// while rows still carry indexes made under older keys.
    #[must_use]
    pub fn blind_indexes(&self, value: &str) -> Vec<String> {
        self.keys().map(|key| index_of(key, value)).collect()
    }

    /// A link token for `(purpose, id)` under the current key:
    /// base64url-unpadded of (`id` as 8-byte big-endian || first 16 bytes of
    /// `HMAC-SHA256(link subkey, purpose || 0x00 || id big-endian)`),
    /// 32 characters.
    #[must_use]
    pub fn sign(&self, purpose: &str, id: i64) -> String {
        let mut token = [0u8; TOKEN_LEN];
        token[..TOKEN_ID_LEN].copy_from_slice(&id.to_be_bytes());
        token[TOKEN_ID_LEN..].copy_from_slice(&self.current.link_mac(purpose, id));
        Base64UrlUnpadded::encode_string(&token)
    }

    /// The id if `token` was signed for `purpose` by any key in the ring
    /// (MACs compared in constant time); `None` for anything else, including
    /// malformed tokens.
    #[must_use]
    pub fn verify(&self, purpose: &str, token: &str) -> Option<i64> {
        if token.len() != TOKEN_CHARS {
            return None;
        }
        let mut bytes = [0u8; TOKEN_LEN];
        let decoded = Base64UrlUnpadded::decode(token, &mut bytes).ok()?;
        if decoded.len() != TOKEN_LEN {
            return None;
        }
        let (id_bytes, mac) = bytes.split_first_chunk::<TOKEN_ID_LEN>()?;
        let id = i64::from_be_bytes(*id_bytes);
        let mut valid = Choice::from(0);
        for key in self.keys() {
            valid |= key.link_mac(purpose, id).as_slice().ct_eq(mac);
        }
        bool::from(valid).then_some(id)
    }

    /// 32-byte secret for stateless CSRF tokens of anonymous forms: the form
    /// subkey (`HMAC-SHA256(master, "dateline form v1")`) of the current key.
    #[must_use]
    pub fn form_secret(&self) -> &[u8] {
        &self.current.form
    }

    /// The ring with a new random key in front (for rotation): returns the
    /// new ring and the new key's line (with trailing newline). Write
    /// [`Keyring::to_file_text`] of the new ring to the key file.
    ///
    /// # Panics
    ///
    /// If the operating system's random number generator fails.
    #[must_use]
    pub fn with_new_key(&self) -> (Keyring, String) {
        let key = loop {
            let key = Key::from_master(random_bytes::<MASTER_LEN>());
            // Ids are 32 bits: a clash is unlikely but would make `open`
            // ambiguous, so draw again.
            if !self.has(&key.id) {
                break key;
            }
        };
        let line = key.line();
        let mut older = Vec::with_capacity(self.older.len() + 1);
        older.push(self.current.clone());
        older.extend(self.older.iter().cloned());
        (
            Keyring {
                current: key,
                older,
            },
            line,
        )
    }

    /// The key file text for this ring: a short `#` comment header saying
    /// what the file is and that losing it makes subscriber data
    /// unreadable, then one line per key, newest first.
    #[must_use]
    pub fn to_file_text(&self) -> String {
        let mut text = String::from(FILE_HEADER);
        for key in self.keys() {
            text.push_str(&key.line());
        }
        text
    }

    /// The ring keeping only the keys whose ids are in `keep`; the current
    /// key is always kept.
    #[must_use]
    pub fn retain(&self, keep: &[&str]) -> Keyring {
        Keyring {
            current: self.current.clone(),
            older: self
                .older
                .iter()
                .filter(|key| keep.contains(&key.id.as_str()))
                .cloned()
                .collect(),
        }
    }

    fn keys(&self) -> impl Iterator<Item = &Key> {
        std::iter::once(&self.current).chain(self.older.iter())
    }
}

fn index_of(key: &Key, value: &str) -> String {
    hex::encode(hmac_sha256(&key.index, &[value.as_bytes()]))
}

#[cfg(test)]
mod tests {
    use super::*;

    const EMAIL: &[u8] = b"subscriber.email";
    const NAME: &[u8] = b"subscriber.name";

    fn ring() -> Keyring {
        Keyring::parse(&Keyring::generate_line()).expect("generated line parses")
    }

    #[test]
    fn text_is_stored_sealed_and_opens_under_the_ring_only() {
        let ring = ring();
        let stored = ring.seal_text("whsec_abc", b"webhook.secret");
        assert!(stored.starts_with(SEALED_TEXT_PREFIX));
        assert!(!stored.contains("whsec_abc"));
        assert_eq!(
            ring.open_text(&stored, b"webhook.secret").unwrap(),
            "whsec_abc"
        );
        assert_eq!(
            Keyring::text_sealed_with(&stored).as_deref(),
            Some(ring.current_id())
        );
        // Another ring, an altered value, a value sealed for something else: refused.
        let other = self::ring();
        assert!(matches!(
            other.open_text(&stored, b"webhook.secret"),
            Err(KeyError::UnknownKey(_))
        ));
        let mut altered = stored.clone();
        let last = if altered.ends_with('0') { "1" } else { "0" };
        altered.replace_range(altered.len() - 1.., last);
        assert!(matches!(
            ring.open_text(&altered, b"webhook.secret"),
            Err(KeyError::Tampered)
        ));
        assert!(ring.open_text("sealed:not hex", b"webhook.secret").is_err());
        let elsewhere = ring.seal_text("whsec_abc", EMAIL);
        assert!(ring.open_text(&elsewhere, b"webhook.secret").is_err());
        // A value stored in clear is used as it is.
        assert_eq!(
            ring.open_text("whsec_old", b"webhook.secret").unwrap(),
            "whsec_old"
        );
        assert_eq!(Keyring::text_sealed_with("whsec_old"), None);
    }

    fn line_of(bytes: &[u8]) -> String {
        format!("{KEY_LINE_PREFIX} {}", Base64::encode_string(bytes))
    }

    fn line_err(text: &str) -> (usize, String) {
        match Keyring::parse(text) {
            Err(KeyError::Line { line, reason }) => (line, reason),
            other => panic!("expected a line error, got {other:?}"),
        }
    }

    #[test]
    fn generated_line_has_the_documented_shape() {
        let line = Keyring::generate_line();
        assert!(line.ends_with('\n'));
        let encoded = line
            .trim_end()
            .strip_prefix("dateline-key-v1 ")
            .expect("prefix");
        assert_eq!(Base64::decode_vec(encoded).expect("base64").len(), 32);
        assert_ne!(line, Keyring::generate_line(), "keys are random");
    }

    #[test]
    fn key_id_is_documented_hash() {
        let master = [7u8; 32];
        let ring = Keyring::parse(&line_of(&master)).expect("parses");
        let digest = Sha256::new()
            .chain_update(b"dateline key id\0")
            .chain_update(master)
            .finalize();
        assert_eq!(ring.current_id(), hex::encode(&digest[..4]));
        assert_eq!(ring.current_id().len(), 8);
        assert!(ring.has(ring.current_id()));
        assert!(!ring.has("00000000"));
        assert_eq!(ring.ids(), vec![ring.current_id()]);
    }

    #[test]
    fn seal_open_round_trip() {
        let ring = ring();
        for plaintext in [&b""[..], b"reader@example.org", &[0xff; 1000]] {
            let sealed = ring.seal(plaintext, EMAIL);
            assert_eq!(sealed.len(), 4 + 24 + plaintext.len() + 16);
            assert_eq!(ring.open(&sealed, EMAIL).expect("opens"), plaintext);
        }
    }

    #[test]
    fn sealed_format_carries_key_id() {
        let ring = ring();
        let sealed = ring.seal(b"x", EMAIL);
        assert_eq!(hex::encode(&sealed[..4]), ring.current_id());
        assert_eq!(
            Keyring::sealed_with(&sealed).as_deref(),
            Some(ring.current_id())
        );
        assert_eq!(Keyring::sealed_with(&sealed[..10]), None);
        assert_eq!(Keyring::sealed_with(&[]), None);
    }

    #[test]
    fn old_key_still_opens_after_rotation() {
        let old = ring();
        let sealed_old = old.seal(b"old@example.org", EMAIL);
        let (new, line) = old.with_new_key();
        assert_ne!(new.current_id(), old.current_id());
        assert_eq!(new.ids(), vec![new.current_id(), old.current_id()]);
        assert_eq!(
            Keyring::parse(&line).expect("line parses").current_id(),
            new.current_id()
        );
        assert_eq!(
            new.open(&sealed_old, EMAIL).expect("old value opens"),
            b"old@example.org"
        );
        let sealed_new = new.seal(b"new@example.org", EMAIL);
        assert_eq!(
            Keyring::sealed_with(&sealed_new).as_deref(),
            Some(new.current_id())
        );
        assert_eq!(
            new.open(&sealed_new, EMAIL).expect("new value opens"),
            b"new@example.org"
        );
        // The old ring does not know the new key.
        assert_eq!(
            old.open(&sealed_new, EMAIL),
            Err(KeyError::UnknownKey(new.current_id().to_string()))
        );
    }

    #[test]
    fn wrong_context_is_tampered() {
        let ring = ring();
        let sealed = ring.seal(b"Ada", NAME);
        assert_eq!(ring.open(&sealed, EMAIL), Err(KeyError::Tampered));
        assert_eq!(ring.open(&sealed, b""), Err(KeyError::Tampered));
    }

    #[test]
    fn flipped_byte_is_tampered() {
        let ring = ring();
        let sealed = ring.seal(b"reader@example.org", EMAIL);
        // Every byte after the key id: nonce, ciphertext and tag.
        for i in 4..sealed.len() {
            let mut bad = sealed.clone();
            bad[i] ^= 0x01;
            assert_eq!(ring.open(&bad, EMAIL), Err(KeyError::Tampered), "byte {i}");
        }
        let mut truncated = sealed.clone();
        truncated.pop();
        assert_eq!(ring.open(&truncated, EMAIL), Err(KeyError::Tampered));
    }

    #[test]
    fn unknown_key_id() {
        let ring = ring();
        let mut sealed = ring.seal(b"x", EMAIL);
        sealed[..4].copy_from_slice(&[0xde, 0xad, 0xbe, 0xef]);
        if ring.has("deadbeef") {
            return; // 1 in 2^32
        }
        assert_eq!(
            ring.open(&sealed, EMAIL),
            Err(KeyError::UnknownKey("deadbeef".to_string()))
        );
        let other = self::ring();
        let sealed_other = other.seal(b"x", EMAIL);
        assert_eq!(
            ring.open(&sealed_other, EMAIL),
            Err(KeyError::UnknownKey(other.current_id().to_string()))
        );
    }

    #[test]
    fn too_short_is_malformed() {
        let ring = ring();
        let sealed = ring.seal(b"", EMAIL);
        assert_eq!(sealed.len(), MIN_SEALED_LEN);
        for len in [0, 3, 4, 27, 28, MIN_SEALED_LEN - 1] {
            assert_eq!(
                ring.open(&sealed[..len], EMAIL),
                Err(KeyError::Malformed),
                "length {len}"
            );
        }
    }

    #[test]
    fn seals_of_same_plaintext_differ() {
        let ring = ring();
        let a = ring.seal(b"same", EMAIL);
        let b = ring.seal(b"same", EMAIL);
        assert_ne!(a, b);
        assert_ne!(a[4..28], b[4..28], "nonces differ");
        assert_eq!(ring.open(&a, EMAIL).expect("opens"), b"same");
        assert_eq!(ring.open(&b, EMAIL).expect("opens"), b"same");
    }

    #[test]
    fn blind_index_stable_and_per_key() {
        let old = ring();
        let a = old.blind_index("reader@example.org");
        assert_eq!(a.len(), 64);
        assert!(a.bytes().all(|c| matches!(c, b'0'..=b'9' | b'a'..=b'f')));
        assert_eq!(a, old.blind_index("reader@example.org"));
        assert_ne!(a, old.blind_index("Reader@example.org"));
        // Same key parsed again gives the same index.
        let again = Keyring::parse(&old.to_file_text()).expect("parses");
        assert_eq!(again.blind_index("reader@example.org"), a);

        let (new, _) = old.with_new_key();
        let b = new.blind_index("reader@example.org");
        assert_ne!(a, b);
        assert_eq!(new.blind_indexes("reader@example.org"), vec![b, a]);
    }

    #[test]
    fn subkeys_are_distinct() {
        let ring = ring();
        let key = &ring.current;
        let all = [key.master, key.seal, key.index, key.link, key.form];
        for i in 0..all.len() {
            for j in i + 1..all.len() {
                assert_ne!(all[i], all[j]);
            }
        }
        assert_eq!(ring.form_secret().len(), 32);
        assert_eq!(ring.form_secret(), key.form);
        let (new, _) = ring.with_new_key();
        assert_ne!(new.form_secret(), ring.form_secret());
    }

    #[test]
    fn sign_verify_round_trip() {
        let ring = ring();
        for id in [0, 1, 42, -1, i64::MIN, i64::MAX, 1 << 40] {
            let token = ring.sign("unsubscribe", id);
            assert_eq!(token.len(), 32);
            assert!(token
                .bytes()
                .all(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_'));
            assert_eq!(ring.verify("unsubscribe", &token), Some(id), "id {id}");
        }
    }

    #[test]
    fn token_layout_is_id_then_mac() {
        let ring = ring();
        let token = ring.sign("confirm", 258);
        let bytes = Base64UrlUnpadded::decode_vec(&token).expect("base64url");
        assert_eq!(bytes.len(), 24);
        assert_eq!(bytes[..8], 258i64.to_be_bytes());
        let full = hmac_sha256(
            &ring.current.link,
            &[b"confirm", &[0], &258i64.to_be_bytes()],
        );
        assert_eq!(bytes[8..], full[..16]);
    }

    #[test]
    fn wrong_purpose_or_id_fails() {
        let ring = ring();
        let token = ring.sign("unsubscribe", 7);
        assert_eq!(ring.verify("preferences", &token), None);
        assert_eq!(ring.verify("unsubscribe\0", &token), None);
        assert_eq!(ring.verify("", &token), None);
        // Same MAC with another id in front.
        let mut bytes = Base64UrlUnpadded::decode_vec(&token).expect("base64url");
        bytes[7] = 8;
        let forged = Base64UrlUnpadded::encode_string(&bytes);
        assert_eq!(ring.verify("unsubscribe", &forged), None);
        // Another ring's token.
        let other = self::ring();
        assert_eq!(other.verify("unsubscribe", &token), None);
    }

    #[test]
    fn old_token_verifies_after_rotation_until_key_dropped() {
        let old = ring();
        let token = old.sign("preferences", 99);
        let (new, _) = old.with_new_key();
        assert_ne!(new.sign("preferences", 99), token);
        assert_eq!(new.verify("preferences", &token), Some(99));
        assert_eq!(
            new.verify("preferences", &new.sign("preferences", 99)),
            Some(99)
        );
        let dropped = new.retain(&[]);
        assert_eq!(dropped.verify("preferences", &token), None);
    }

    #[test]
    fn malformed_tokens_fail() {
        let ring = ring();
        let token = ring.sign("confirm", 5);
        let long = format!("{token}A");
        let short = &token[..31];
        let padded = format!("{}=", &token[..31]);
        let standard_alphabet = token.replace('-', "+").replace('_', "/");
        let mut flipped = token.clone().into_bytes();
        flipped[20] = if flipped[20] == b'A' { b'B' } else { b'A' };
        let flipped = String::from_utf8(flipped).expect("ascii");
        let cases: Vec<&str> = vec![
            "",
            "x",
            short,
            &long,
            &padded,
            &flipped,
            "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!",
            "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            "ééééééééééééééää",
            "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\0",
            "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA==",
        ];
        for bad in cases {
            assert_eq!(ring.verify("confirm", bad), None, "{bad:?}");
        }
        if standard_alphabet != token {
            assert_eq!(ring.verify("confirm", &standard_alphabet), None);
        }
        assert_eq!(ring.verify("confirm", &token), Some(5));
    }

    #[test]
    fn parse_skips_comments_blank_lines_and_crlf() {
        let a = Keyring::generate_line();
        let b = Keyring::generate_line();
        let text = format!(
            "\u{feff}# header\r\n\r\n   \n{}\r\n  # note\n\t{b}",
            a.trim_end()
        );
        let ring = Keyring::parse(&text).expect("parses");
        assert_eq!(ring.ids().len(), 2);
        assert_eq!(
            ring.current_id(),
            Keyring::parse(&a).expect("a").current_id()
        );
        assert_eq!(ring.ids()[1], Keyring::parse(&b).expect("b").current_id());
    }

    #[test]
    fn parse_empty() {
        assert_eq!(Keyring::parse("").unwrap_err(), KeyError::Empty);
        assert_eq!(
            Keyring::parse("# only a comment\n\n  \n").unwrap_err(),
            KeyError::Empty
        );
    }

    #[test]
    fn parse_error_bad_prefix_on_line_3() {
        let good = Keyring::generate_line();
        let key = good.trim_end().split(' ').nth(1).expect("key part");
        let text = format!("# keys\n{good}dateline-key-v2 {key}\n");
        let (line, reason) = line_err(&text);
        assert_eq!(line, 3);
        assert!(reason.contains("start with"), "{reason}");
        assert!(!reason.contains(key), "error echoes key material");
        // A bare key without prefix.
        let (line, _) = line_err(&format!("{good}\n{key}\n"));
        assert_eq!(line, 3);
    }

    #[test]
    fn parse_error_bad_base64() {
        let good = Keyring::generate_line();
        for bad in [
            "dateline-key-v1 not*base64!",
            // 32 bytes but url-safe alphabet.
            "dateline-key-v1 ____________________________________________",
            // Missing padding.
            "dateline-key-v1 AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        ] {
            let (line, reason) = line_err(&format!("{good}{bad}\n"));
            assert_eq!(line, 2, "{bad}");
            assert!(reason.contains("base64"), "{reason}");
        }
        let (line, reason) = line_err("dateline-key-v1\n");
        assert_eq!(line, 1);
        assert!(reason.contains("missing"), "{reason}");
        let (line, reason) = line_err(&format!("{} extra\n", good.trim_end()));
        assert_eq!(line, 1);
        assert!(reason.contains("after the key"), "{reason}");
    }

    #[test]
    fn parse_error_wrong_length() {
        let (line, reason) = line_err(&format!("\n{}\n", line_of(&[1u8; 31])));
        assert_eq!(line, 2);
        assert!(reason.contains("31 bytes"), "{reason}");
        let (line, reason) = line_err(&line_of(&[1u8; 33]));
        assert_eq!(line, 1);
        assert!(reason.contains("33 bytes"), "{reason}");
    }

    #[test]
    fn parse_error_duplicate() {
        let a = Keyring::generate_line();
        let b = Keyring::generate_line();
        let text = format!("{a}# comment\n{b}\n{a}");
        let (line, reason) = line_err(&text);
        assert_eq!(line, 5);
        assert!(reason.contains("duplicate"), "{reason}");
        assert!(reason.contains("line 1"), "{reason}");
    }

    #[test]
    fn file_text_round_trip() {
        let (ring, _) = ring().with_new_key();
        let (ring, _) = ring.with_new_key();
        let text = ring.to_file_text();
        assert!(text.starts_with('#'));
        assert!(text.to_lowercase().contains("unreadable"));
        let parsed = Keyring::parse(&text).expect("parses back");
        assert_eq!(parsed.ids(), ring.ids());
        assert_eq!(parsed.ids().len(), 3);
        // Same keys, not just same ids.
        let sealed = ring.seal(b"x", EMAIL);
        assert_eq!(parsed.open(&sealed, EMAIL).expect("opens"), b"x");
    }

    #[test]
    fn retain_keeps_current_and_listed() {
        let (ring, _) = ring().with_new_key();
        let (ring, _) = ring.with_new_key();
        let ids: Vec<String> = ring.ids().iter().map(|id| id.to_string()).collect();
        let sealed_oldest = {
            let oldest = ring.retain(&[]);
            assert_eq!(oldest.ids(), vec![ids[0].as_str()]);
            oldest.seal(b"x", EMAIL)
        };
        let kept = ring.retain(&[ids[2].as_str()]);
        assert_eq!(kept.ids(), vec![ids[0].as_str(), ids[2].as_str()]);
        assert!(!kept.has(&ids[1]));
        assert_eq!(kept.open(&sealed_oldest, EMAIL).expect("opens"), b"x");

        let all = ring.retain(&[ids[1].as_str(), ids[2].as_str(), "ffffffff"]);
        assert_eq!(all.ids(), ring.ids());
    }

    #[test]
    fn dropped_key_gives_unknown_key() {
        let old = ring();
        let sealed = old.seal(b"x", EMAIL);
        let (new, _) = old.with_new_key();
        let trimmed = new.retain(&[]);
        assert_eq!(
            trimmed.open(&sealed, EMAIL),
            Err(KeyError::UnknownKey(old.current_id().to_string()))
        );
    }

    #[test]
    fn debug_hides_key_material() {
        let (ring, _) = ring().with_new_key();
        let debug = format!("{ring:?}");
        let pretty = format!("{ring:#?}");
        assert!(debug.contains(ring.current_id()));
        for key in ring.keys() {
            let b64 = Base64::encode_string(&key.master);
            let b64_trimmed = b64.trim_end_matches('=');
            for secret in [&key.master, &key.seal, &key.index, &key.link, &key.form] {
                let hex = hex::encode(secret);
                assert!(!debug.contains(&hex) && !pretty.contains(&hex));
                assert!(!debug.contains(&format!("{secret:?}")));
            }
            assert!(!debug.contains(b64_trimmed) && !pretty.contains(b64_trimmed));
            assert!(!debug.contains(&b64[..12]) && !pretty.contains(&b64[..12]));
        }
    }

    #[test]
    fn error_messages_name_line() {
        let err = Keyring::parse("\n\nbad\n").unwrap_err();
        assert_eq!(
            err.to_string(),
            "key file line 3: expected the line to start with `dateline-key-v1 `"
        );
    }
}
