//! Turning an outbox row into a mail: open what is sealed, fill in the reader's own links,
//! add the headers that let mail programs offer a one-click unsubscribe (RFC 8058).

use std::sync::Arc;

use dateline_store::{MailBody, OutboxItem, Subscriber};
use lettre::message::header::{HeaderName, HeaderValue};
use lettre::message::{Mailbox, MultiPart, SinglePart};
use lettre::{Address, Message};
use serde::{Deserialize, Serialize};

use crate::keyring::Keyring;

/// Placeholders a shared body carries where each reader's own links go. They are plain
/// ASCII that neither HTML escaping nor quoted-printable changes.
pub const CONFIRM_URL: &str = "%%CONFIRM_URL%%";
pub const PREFERENCES_URL: &str = "%%PREFERENCES_URL%%";
pub const UNSUBSCRIBE_URL: &str = "%%UNSUBSCRIBE_URL%%";

/// Associated data for each kind of sealed value, so one can never be passed off as another.
pub const EMAIL_CONTEXT: &[u8] = b"subscriber.email";
pub const NAME_CONTEXT: &[u8] = b"subscriber.name";
pub const PAYLOAD_CONTEXT: &[u8] = b"outbox.payload";
pub const BLOCK_CONTEXT: &[u8] = b"link.block";

/// A mail's own content, sealed into its outbox row.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SealedMail {
    /// The recipient when it is not a subscriber (send to a friend).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
    pub subject: String,
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub html: Option<String>,
    /// The `List-Unsubscribe` address of a mail to someone who is not a subscriber (the
    /// recipient of a story sent by a friend: it stops any more from this site).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub list_unsubscribe: Option<String>,
}

/// Signed addresses of a subscriber's pages. Each purpose has its own signature, so an
/// unsubscribe link cannot open the preferences page.
#[derive(Debug, Clone)]
pub struct Links {
    base_url: String,
    keyring: Arc<Keyring>,
}

impl Links {
    pub fn new(base_url: &str, keyring: Arc<Keyring>) -> Links {
        Links {
            base_url: base_url.trim_end_matches('/').to_string(),
            keyring,
        }
    }

    pub fn keyring(&self) -> &Keyring {
        &self.keyring
    }

    fn link(&self, language: &str, page: &str, id: i64) -> String {
        format!(
            "{}/{language}/newsletter/{page}/{}",
            self.base_url,
            self.keyring.sign(page, id)
        )
    }

    pub fn confirm(&self, language: &str, id: i64) -> String {
        self.link(language, "confirm", id)
    }

    pub fn preferences(&self, language: &str, id: i64) -> String {
        self.link(language, "preferences", id)
    }

    pub fn unsubscribe(&self, language: &str, id: i64) -> String {
        self.link(language, "unsubscribe", id)
    }

    /// The link with which someone who was sent a story refuses any more: it carries their
    /// address sealed (so it can be neither read nor forged), since no row names them.
    pub fn block(&self, language: &str, email: &str) -> String {
        use base64ct::{Base64UrlUnpadded, Encoding};
        let sealed = self.keyring.seal(email.as_bytes(), BLOCK_CONTEXT);
        format!(
            "{}/{language}/newsletter/block/{}",
            self.base_url,
            Base64UrlUnpadded::encode_string(&sealed)
        )
    }

    /// The address a block link was made for.
    pub fn blocked_address(&self, token: &str) -> Option<String> {
        use base64ct::{Base64UrlUnpadded, Encoding};
        let sealed = Base64UrlUnpadded::decode_vec(token).ok()?;
        let email = self.keyring.open(&sealed, BLOCK_CONTEXT).ok()?;
        String::from_utf8(email).ok()
    }

    /// The subscriber a link token was signed for, if it was signed for `page`.
    pub fn verify(&self, page: &str, token: &str) -> Option<i64> {
        self.keyring.verify(page, token)
    }
}

/// Builds mails from outbox rows.
#[derive(Debug, Clone)]
pub struct Composer {
    links: Links,
    from: Mailbox,
}

impl Composer {
    pub fn new(links: Links, from: Mailbox) -> Composer {
        Composer { links, from }
    }

    /// A composer sending from `from` (`Agency <newsletter@example.org>`); the error names
    /// what is wrong with it.
    pub fn with_from(links: Links, from: &str) -> Result<Composer, String> {
        let from: Mailbox = from.parse().map_err(|e| {
            format!("mail.from {from:?} is not a mailbox like \"Agency <news@example.org>\": {e}")
        })?;
        Ok(Composer { links, from })
    }

    pub fn links(&self) -> &Links {
        &self.links
    }

    /// Seals a mail's content for its outbox row.
    pub fn seal(&self, mail: &SealedMail) -> Vec<u8> {
        let json = serde_json::to_vec(mail).unwrap_or_default();
        self.links.keyring.seal(&json, PAYLOAD_CONTEXT)
    }

    /// Opens a sealed payload.
    pub fn open(&self, sealed: &[u8]) -> Result<SealedMail, String> {
        let json = self
            .links
            .keyring
            .open(sealed, PAYLOAD_CONTEXT)
            .map_err(|e| format!("cannot open the mail's content: {e}"))?;
        serde_json::from_slice(&json).map_err(|e| format!("the mail's content is damaged: {e}"))
    }

    /// A subscriber's address and name, opened.
    pub fn subscriber_address(&self, s: &Subscriber) -> Result<(String, Option<String>), String> {
        let keyring = &self.links.keyring;
        let email = keyring
            .open(&s.email_sealed, EMAIL_CONTEXT)
            .map_err(|e| format!("cannot open subscriber {}'s address: {e}", s.id))?;
        let email = String::from_utf8(email).map_err(|_| "address is not UTF-8".to_string())?;
        let name = match &s.name_sealed {
            Some(sealed) => Some(
                String::from_utf8(
                    keyring
                        .open(sealed, NAME_CONTEXT)
                        .map_err(|e| format!("cannot open subscriber {}'s name: {e}", s.id))?,
                )
                .map_err(|_| "name is not UTF-8".to_string())?,
            ),
            None => None,
        };
        Ok((email, name))
    }

    /// The mail for `item`; `body` is the shared body it names, if any. The error says why
    /// the row can never be sent (it is then marked failed).
    pub fn compose(&self, item: &OutboxItem, body: Option<&MailBody>) -> Result<Message, String> {
        let own = item.payload.as_deref().map(|p| self.open(p)).transpose()?;
        let (subject, mut text, mut html) = match (&own, body) {
            (Some(m), _) => (m.subject.clone(), m.text.clone(), m.html.clone()),
            (None, Some(b)) => (b.subject.clone(), b.text.clone(), b.html.clone()),
            (None, None) => return Err("the mail has neither content nor a shared body".into()),
        };
        let (to, name, unsubscribe) =
            match (&item.subscriber, own.as_ref().and_then(|m| m.to.clone())) {
                (_, Some(to)) => (
                    to,
                    None,
                    own.as_ref().and_then(|m| m.list_unsubscribe.clone()),
                ),
                (Some(s), None) => {
                    let (email, name) = self.subscriber_address(s)?;
                    let personal = [
                        (CONFIRM_URL, self.links.confirm(&s.language, s.id)),
                        (PREFERENCES_URL, self.links.preferences(&s.language, s.id)),
                        (UNSUBSCRIBE_URL, self.links.unsubscribe(&s.language, s.id)),
                    ];
                    for (mark, url) in &personal {
                        text = text.replace(mark, url);
                        html = html.map(|h| h.replace(mark, url));
                    }
                    (email, name, Some(personal[2].1.clone()))
                }
                (None, None) => return Err("the mail has no recipient (subscriber erased?)".into()),
            };
        let address: Address = to
            .parse()
            .map_err(|e| format!("the recipient address is not valid: {e}"))?;
        let mut builder = Message::builder()
            .message_id(None)
            .from(self.from.clone())
            .to(Mailbox::new(name, address))
            .subject(subject);
        if let Some(url) = unsubscribe {
            builder = builder
                .raw_header(HeaderValue::new(
                    HeaderName::new_from_ascii_str("List-Unsubscribe"),
                    format!("<{url}>"),
                ))
                .raw_header(HeaderValue::new(
                    HeaderName::new_from_ascii_str("List-Unsubscribe-Post"),
                    "List-Unsubscribe=One-Click".into(),
                ));
        }
        let built = match html {
            Some(html) => builder.multipart(MultiPart::alternative_plain_html(text, html)),
            None => builder.singlepart(SinglePart::plain(text)),
        };
        built.map_err(|e| format!("cannot build the mail: {e}"))
    }
}
