//! Turning an outbox row into a mail: open what is sealed, fill in the reader's own links,
//! add the headers that let mail programs offer a one-click unsubscribe (RFC 8058).

use std::sync::Arc;

use dateline_store::{MailBody, OutboxItem, Subscriber};
use lettre::message::header::{ContentTransferEncoding, ContentType, HeaderName, HeaderValue};
use lettre::message::{Body, Mailbox, MultiPart, SinglePart};
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

    /// A shared body made ready for its recipients (see [`PreparedBody`]).
    pub fn prepare(&self, body: &MailBody) -> PreparedBody {
        // The longest links any reader can get decide whether a part may stay unencoded.
        let longest = self.links.preferences("xx", i64::MAX);
        PreparedBody {
            subject: body.subject.clone(),
            text: PreparedPart::new(ContentType::TEXT_PLAIN, &body.text, &longest),
            html: body
                .html
                .as_deref()
                .map(|html| PreparedPart::new(ContentType::TEXT_HTML, html, &longest)),
        }
    }

    /// The mail for `item`; `body` is the shared body it names, if any, prepared by
    /// [`Composer::prepare`]. The error says why the row can never be sent (it is then
    /// marked failed).
    pub fn compose(
        &self,
        item: &OutboxItem,
        body: Option<&PreparedBody>,
    ) -> Result<Message, String> {
        let own = item.payload.as_deref().map(|p| self.open(p)).transpose()?;
        if own.is_none() && body.is_none() {
            return Err("the mail has neither content nor a shared body".into());
        }
        let (to, name, personal) = match (&item.subscriber, own.as_ref().and_then(|m| m.to.clone()))
        {
            (_, Some(to)) => (to, None, None),
            (Some(s), None) => {
                let (email, name) = self.subscriber_address(s)?;
                let links = PersonalLinks {
                    confirm: self.links.confirm(&s.language, s.id),
                    preferences: self.links.preferences(&s.language, s.id),
                    unsubscribe: self.links.unsubscribe(&s.language, s.id),
                };
                (email, name, Some(links))
            }
            (None, None) => return Err("the mail has no recipient (subscriber erased?)".into()),
        };
        let unsubscribe = match &personal {
            Some(links) => Some(links.unsubscribe.clone()),
            None => own.as_ref().and_then(|m| m.list_unsubscribe.clone()),
        };
        let address: Address = to
            .parse()
            .map_err(|e| format!("the recipient address is not valid: {e}"))?;
        let mut builder = Message::builder()
            .message_id(None)
            .from(self.from.clone())
            .to(Mailbox::new(name, address));
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
        let built = match (own, body) {
            (Some(mail), _) => {
                let fill = |text: String| match &personal {
                    Some(links) => links.fill(&text),
                    None => text,
                };
                let builder = builder.subject(mail.subject);
                let text = fill(mail.text);
                match mail.html.map(fill) {
                    Some(html) => builder.multipart(MultiPart::alternative_plain_html(text, html)),
                    None => builder.singlepart(SinglePart::plain(text)),
                }
            }
            (None, Some(body)) => {
                // A shared body's placeholders are only ever filled for a subscriber.
                let links = personal.ok_or("a shared body needs a subscriber to address")?;
                let builder = builder.subject(body.subject.clone());
                let text = body.text.part(&links);
                match &body.html {
                    Some(html) => builder.multipart(
                        MultiPart::alternative()
                            .singlepart(text)
                            .singlepart(html.part(&links)),
                    ),
                    None => builder.singlepart(text),
                }
            }
            (None, None) => return Err("the mail has neither content nor a shared body".into()),
        };
        built.map_err(|e| format!("cannot build the mail: {e}"))
    }
}

/// One subscriber's own links, in the places of the placeholders.
#[derive(Debug, Clone)]
pub struct PersonalLinks {
    pub confirm: String,
    pub preferences: String,
    pub unsubscribe: String,
}

impl PersonalLinks {
    fn get(&self, link: Link) -> &str {
        match link {
            Link::Confirm => &self.confirm,
            Link::Preferences => &self.preferences,
            Link::Unsubscribe => &self.unsubscribe,
        }
    }

    /// `text` with every placeholder replaced by its link.
    pub fn fill(&self, text: &str) -> String {
        text.replace(CONFIRM_URL, &self.confirm)
            .replace(PREFERENCES_URL, &self.preferences)
            .replace(UNSUBSCRIBE_URL, &self.unsubscribe)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Link {
    Confirm,
    Preferences,
    Unsubscribe,
}

const PLACEHOLDERS: [(&str, Link); 3] = [
    (CONFIRM_URL, Link::Confirm),
    (PREFERENCES_URL, Link::Preferences),
    (UNSUBSCRIBE_URL, Link::Unsubscribe),
];

/// A shared body (a digest, a story alert) encoded once for all of its recipients.
///
/// A digest goes to thousands of readers who differ only in their address and their own
/// three links. Building each mail from the text would convert the line endings of the
/// whole body and quoted-printable-encode it again for every reader; instead each part's
/// transfer encoding is chosen and applied once here, with the body cut at the
/// placeholders, and a mail costs a copy of the encoded pieces and the encoding of three
/// short links.
#[derive(Debug)]
pub struct PreparedBody {
    subject: String,
    text: PreparedPart,
    html: Option<PreparedPart>,
}

#[derive(Debug)]
struct PreparedPart {
    content_type: ContentType,
    encoding: ContentTransferEncoding,
    pieces: Vec<Piece>,
    len: usize,
}

#[derive(Debug)]
enum Piece {
    /// Bytes as they go out: encoded for quoted-printable and 7bit, raw (with CRLF line
    /// endings) for base64, which can only be encoded whole.
    Fixed(Vec<u8>),
    Link(Link),
}

impl PreparedPart {
    /// `text` cut at its placeholders and encoded as lettre would encode it once filled
    /// with links as long as `longest`.
    fn new(content_type: ContentType, text: &str, longest: &str) -> PreparedPart {
        let text = crlf(text);
        let mut sample = text.clone();
        for (mark, _) in PLACEHOLDERS {
            sample = sample.replace(mark, longest);
        }
        let encoding = Body::new(sample).encoding();
        let mut pieces = Vec::new();
        let mut rest = text.as_str();
        loop {
            let next = PLACEHOLDERS
                .iter()
                .filter_map(|&(mark, link)| rest.find(mark).map(|at| (at, mark, link)))
                .min_by_key(|&(at, _, _)| at);
            let (fixed, after) = match next {
                Some((at, mark, link)) => (&rest[..at], Some((&rest[at + mark.len()..], link))),
                None => (rest, None),
            };
            if !fixed.is_empty() {
                pieces.push(Piece::Fixed(match encoding {
                    ContentTransferEncoding::QuotedPrintable => {
                        let mut encoded = quoted_printable(fixed);
                        // Leave the link a fresh line: a soft break, which decodes to nothing.
                        if after.is_some() && !encoded.ends_with(b"\r\n") {
                            encoded.extend_from_slice(b"=\r\n");
                        }
                        encoded
                    }
                    _ => fixed.as_bytes().to_vec(),
                }));
            }
            match after {
                Some((after, link)) => {
                    pieces.push(Piece::Link(link));
                    rest = after;
                }
                None => break,
            }
        }
        let len = text.len() + text.len() / 4;
        PreparedPart {
            content_type,
            encoding,
            pieces,
            len,
        }
    }

    /// This part for one reader.
    fn part(&self, links: &PersonalLinks) -> SinglePart {
        SinglePart::builder()
            .header(self.content_type.clone())
            .body(Body::dangerous_pre_encoded(
                self.render(links),
                self.encoding,
            ))
    }

    fn render(&self, links: &PersonalLinks) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.len);
        for (at, piece) in self.pieces.iter().enumerate() {
            match piece {
                Piece::Fixed(bytes) => out.extend_from_slice(bytes),
                Piece::Link(link) => {
                    let url = links.get(*link);
                    if self.encoding == ContentTransferEncoding::QuotedPrintable {
                        out.extend_from_slice(&quoted_printable(url));
                        // What follows starts a fresh line; the body never ends on "=".
                        if at + 1 < self.pieces.len() {
                            out.extend_from_slice(b"=\r\n");
                        }
                    } else {
                        out.extend_from_slice(url.as_bytes());
                    }
                }
            }
        }
        if self.encoding == ContentTransferEncoding::Base64 {
            out = Body::new_with_encoding(out, ContentTransferEncoding::Base64)
                .map(Body::into_vec)
                .unwrap_or_else(|raw| raw);
        }
        out
    }
}

fn quoted_printable(text: &str) -> Vec<u8> {
    Body::new_with_encoding(text.to_string(), ContentTransferEncoding::QuotedPrintable)
        .map(Body::into_vec)
        .unwrap_or_else(|raw| raw)
}

/// `text` with every line ending (LF, CR or CRLF) made CRLF, as mail wants.
fn crlf(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 32);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\r\n");
            }
            '\n' => out.push_str("\r\n"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use base64ct::{Base64, Encoding};

    fn links() -> PersonalLinks {
        PersonalLinks {
            confirm: "https://news.example.org/it/newsletter/confirm/12.aAbB-cCdD_eE".into(),
            preferences: "https://news.example.org/it/newsletter/preferences/12.fFgG-hHiI_jJ"
                .into(),
            unsubscribe: format!(
                "https://news.example.org/it/newsletter/unsubscribe/12.{}",
                "k".repeat(60)
            ),
        }
    }

    /// What a reader's mail program makes of a part.
    fn decode(encoding: ContentTransferEncoding, bytes: &[u8]) -> String {
        let raw = match encoding {
            ContentTransferEncoding::QuotedPrintable => {
                quoted_printable::decode(bytes, quoted_printable::ParseMode::Strict)
                    .unwrap_or_else(|e| panic!("{e:?} in {}", String::from_utf8_lossy(bytes)))
            }
            ContentTransferEncoding::Base64 => {
                let joined: Vec<u8> = bytes
                    .iter()
                    .copied()
                    .filter(|b| !b.is_ascii_whitespace())
                    .collect();
                Base64::decode_vec(std::str::from_utf8(&joined).unwrap()).unwrap()
            }
            _ => bytes.to_vec(),
        };
        String::from_utf8(raw).unwrap()
    }

    #[test]
    fn a_prepared_part_decodes_to_the_filled_text_in_every_encoding() {
        let long_line = format!("{} {PREFERENCES_URL} end", "word ".repeat(40));
        let texts = [
            // Short ASCII lines: 7bit.
            format!("Hello\n\nChange: {PREFERENCES_URL}\nStop: {UNSUBSCRIBE_URL}\n"),
            // Placeholders at the start and end of the text and side by side.
            format!("{CONFIRM_URL}{UNSUBSCRIBE_URL}\n.dot at the start\r\nmiddle {PREFERENCES_URL}"),
            // Accented Latin: quoted-printable, with a space before a link and a long line.
            format!("Caffè = ☕ and a trailing space \n{long_line}\nLeggi: {UNSUBSCRIBE_URL} ."),
            // HTML with links inside attributes.
            format!("<p>Notizie</p>\r\n<a href=\"{PREFERENCES_URL}\">Preferenze</a> · <a href=\"{UNSUBSCRIBE_URL}\">Annulla</a>"),
            // Chinese: base64 is shorter than quoted-printable.
            format!("{}\n退订：{UNSUBSCRIBE_URL}\n", "新闻摘要，今天的报道。".repeat(30)),
            // No placeholder at all.
            "Just text.\n".to_string(),
        ];
        let links = links();
        let mut seen = Vec::new();
        for text in &texts {
            let part = PreparedPart::new(ContentType::TEXT_PLAIN, text, &links.unsubscribe);
            let bytes = part.render(&links);
            let expected = crlf(&links.fill(text));
            assert_eq!(decode(part.encoding, &bytes), expected, "{text:?}");
            assert!(bytes.is_ascii(), "{text:?}");
            let limit = if part.encoding == ContentTransferEncoding::SevenBit {
                998
            } else {
                76
            };
            for line in bytes.split(|&b| b == b'\n') {
                let line = line.strip_suffix(b"\r").unwrap_or(line);
                assert!(
                    line.len() <= limit,
                    "{:?}: line of {}",
                    part.encoding,
                    line.len()
                );
            }
            // Never a cheaper encoding than lettre would choose for the same text.
            let lettre = Body::new(expected.clone()).encoding();
            if part.encoding == ContentTransferEncoding::SevenBit {
                assert_eq!(lettre, ContentTransferEncoding::SevenBit, "{text:?}");
            }
            seen.push(part.encoding);
        }
        for encoding in [
            ContentTransferEncoding::SevenBit,
            ContentTransferEncoding::QuotedPrintable,
            ContentTransferEncoding::Base64,
        ] {
            assert!(seen.contains(&encoding), "no sample took {encoding:?}");
        }
    }

    #[test]
    fn line_endings_become_crlf() {
        assert_eq!(crlf("a\nb\r\nc\rd\n\n"), "a\r\nb\r\nc\r\nd\r\n\r\n");
    }
}
