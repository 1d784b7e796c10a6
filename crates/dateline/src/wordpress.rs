//! `dateline import-wordpress FILE.xml`: a WordPress export (WXR, from WordPress's
//! Tools → Export) into the store, with its old addresses kept as redirects.
//!
//! The export is read as a stream: a small scanner cuts the file into the channel's head and
//! one `<item>` at a time (it knows CDATA sections and comments, so an `</item>` inside a
//! post's text does not end the item), and each piece is parsed on its own with quick-xml.
//! A broken item is therefore reported and skipped while the items around it are imported;
//! only a broken head or a file that ends inside an item stops the import, with the line and
//! column of the fault. Each post becomes an [`ImportRecord`], the record of the JSON Lines
//! import, and takes the same path into the store (validation, Markdown rendering and
//! sanitising, `save_batch`), so both imports obey the same rules. Importing the same file
//! again finds every post by its WordPress GUID and adds nothing.

use std::collections::HashMap;
use std::io::BufRead;
use std::path::Path;

use anyhow::Context;
use dateline_core::import::ImportRecord;
use dateline_core::wordpress::{self, Body};
use dateline_core::{Named, Prepared};
use dateline_store::{NewRedirect, RedirectTarget, SaveOutcome, Store};
use jiff::tz::TimeZone;
use quick_xml::events::Event;
use quick_xml::Reader;
use serde::Serialize;

use crate::progress::Progress;

/// Items per transaction.
const BATCH: usize = 200;

/// What the operator chose on the command line.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Every post goes to this edition, whatever the export says.
    pub edition: Option<String>,
    /// Import pages too (as articles); by default they are skipped.
    pub pages: bool,
    /// The WordPress site's time zone, for posts without a UTC time; the edition's by default.
    pub time_zone: Option<String>,
}

/// Why an item was not imported. The first group is by design; the second is a fault in the
/// item (the command then exits with status 2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SkipKind {
    Attachment,
    NavMenuItem,
    Page,
    PostType,
    Status,
    Duplicate,
    BadXml,
    MissingTitle,
    BadDate,
    UnknownEdition,
    Invalid,
    NotSaved,
}

impl SkipKind {
    pub fn is_error(self) -> bool {
        !matches!(
            self,
            SkipKind::Attachment
                | SkipKind::NavMenuItem
                | SkipKind::Page
                | SkipKind::PostType
                | SkipKind::Status
                | SkipKind::Duplicate
        )
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Skipped {
    /// Line of the item's `<item>` in the file.
    pub line: u64,
    /// `wp:post_id`, empty when the item had none (or could not be read).
    pub wp_id: String,
    pub title: String,
    pub kind: SkipKind,
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Imported {
    pub line: u64,
    pub wp_id: String,
    pub title: String,
    pub article_id: i64,
    pub outcome: SaveOutcome,
    /// Shortcodes left out of the body, by name, once each occurrence.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub shortcodes_left_out: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Report {
    pub created: u64,
    pub updated: u64,
    pub unchanged: u64,
    /// Old addresses recorded (or confirmed) as redirects to the imported stories.
    pub redirects: u64,
    pub imported: Vec<Imported>,
    pub skipped: Vec<Skipped>,
}

impl Report {
    pub fn summary(&self) -> String {
        let shortcodes: usize = self
            .imported
            .iter()
            .map(|i| i.shortcodes_left_out.len())
            .sum();
        format!(
            "{} created, {} updated, {} unchanged, {} skipped; {} old addresses redirected; {} shortcodes left out",
            self.created,
            self.updated,
            self.unchanged,
            self.skipped.len(),
            self.redirects,
            shortcodes
        )
    }

    /// Whether an item was skipped because something in it was wrong.
    pub fn has_errors(&self) -> bool {
        self.skipped.iter().any(|s| s.kind.is_error())
    }
}

/// Imports the WXR file at `path`.
pub async fn import_file(store: &Store, path: &Path, options: &Options) -> anyhow::Result<Report> {
    let file = std::fs::File::open(path).with_context(|| format!("opening {}", path.display()))?;
    let size = file.metadata().map(|m| m.len()).unwrap_or(0);
    let reader = std::io::BufReader::with_capacity(1 << 20, file);
    let mut progress = Progress::new(&format!("importing {}", path.display()), size, true);
    let result = import_reader(store, reader, options, |bytes| progress.set(bytes)).await;
    match &result {
        Ok(report) => progress.finish(&report.summary()),
        Err(_) => progress.finish("stopped"),
    }
    result.with_context(|| path.display().to_string())
}

/// A post ready for the store, or why not.
enum Item {
    Post {
        line: u64,
        wp_id: String,
        title: String,
        prepared: Box<Prepared>,
        redirects: Vec<String>,
        left_out: Vec<String>,
    },
    Skip(Skipped),
}

/// Imports a WXR document from `reader`, calling `on_progress` with the bytes read so far.
pub async fn import_reader(
    store: &Store,
    reader: impl BufRead + Send + 'static,
    options: &Options,
    mut on_progress: impl FnMut(u64),
) -> anyhow::Result<Report> {
    let zones: HashMap<String, String> = store
        .editions()
        .await?
        .into_iter()
        .map(|e| (e.code, e.time_zone))
        .collect();
    if let Some(ed) = &options.edition {
        if !zones.contains_key(ed) {
            let mut codes: Vec<&str> = zones.keys().map(String::as_str).collect();
            codes.sort();
            anyhow::bail!(
                "--edition {ed:?} is not an edition of this site ({})",
                codes.join(", ")
            );
        }
    }
    let site_zone = match &options.time_zone {
        Some(name) => Some(
            TimeZone::get(name)
                .map(|_| name.clone())
                .map_err(|_| anyhow::anyhow!("--time-zone {name:?} is not an IANA time zone"))?,
        ),
        None => None,
    };
    let options = options.clone();
    let (tx, mut rx) = tokio::sync::mpsc::channel::<(u64, Vec<Item>)>(4);
    let parser = std::thread::spawn(move || -> anyhow::Result<()> {
        let mut pieces = Pieces::new(reader);
        let head = match pieces.next()? {
            Some(Piece::Head { text, line }) => Head::parse(&text, line)?,
            _ => anyhow::bail!("the file is empty, not a WordPress export"),
        };
        let mut convert = Converter {
            head,
            zones,
            site_zone,
            options,
            seen: HashMap::new(),
        };
        let mut batch = Vec::with_capacity(BATCH);
        loop {
            let piece = match pieces.next() {
                Ok(Some(piece)) => piece,
                Ok(None) => break,
                Err(e) => {
                    // What came before the fault is kept.
                    let _ = tx.blocking_send((pieces.bytes, batch));
                    return Err(e);
                }
            };
            let item = match piece {
                Piece::Head { .. } => continue,
                Piece::Item { text, line, column } => convert.item(&text, line, column),
                Piece::Broken { line, reason } => Item::Skip(Skipped {
                    line,
                    wp_id: String::new(),
                    title: String::new(),
                    kind: SkipKind::BadXml,
                    reason,
                }),
            };
            batch.push(item);
            if batch.len() >= BATCH
                && tx
                    .blocking_send((pieces.bytes, std::mem::take(&mut batch)))
                    .is_err()
            {
                return Ok(());
            }
        }
        let _ = tx.blocking_send((pieces.bytes, batch));
        Ok(())
    });

    let mut report = Report::default();
    while let Some((bytes, batch)) = rx.recv().await {
        save(store, batch, &mut report).await?;
        on_progress(bytes);
    }
    match parser.join() {
        Ok(result) => result.map_err(|e| {
            if report.created + report.updated + report.unchanged > 0 {
                e.context(format!(
                    "the import stopped; the {} items before this point were saved",
                    report.created + report.updated + report.unchanged
                ))
            } else {
                e
            }
        })?,
        Err(_) => anyhow::bail!("the WordPress reader thread failed"),
    }
    report.skipped.sort_by_key(|s| s.line);
    report.imported.sort_by_key(|s| s.line);
    Ok(report)
}

async fn save(store: &Store, batch: Vec<Item>, report: &mut Report) -> anyhow::Result<()> {
    let mut posts = Vec::new();
    let mut prepared = Vec::new();
    for item in batch {
        match item {
            Item::Skip(s) => report.skipped.push(s),
            Item::Post {
                line,
                wp_id,
                title,
                prepared: p,
                redirects,
                left_out,
            } => {
                prepared.push(*p);
                posts.push((line, wp_id, title, redirects, left_out));
            }
        }
    }
    let results = store
        .save_batch(&prepared)
        .await
        .context("writing to the database")?;
    let mut redirects = Vec::new();
    for ((line, wp_id, title, keys, left_out), result) in posts.into_iter().zip(results) {
        match result {
            Ok(saved) => {
                match saved.outcome {
                    SaveOutcome::Created => report.created += 1,
                    SaveOutcome::Updated => report.updated += 1,
                    SaveOutcome::Unchanged => report.unchanged += 1,
                }
                redirects.extend(keys.into_iter().map(|path| NewRedirect {
                    path,
                    target: RedirectTarget::Article(saved.id),
                    source: "wordpress".into(),
                }));
                report.imported.push(Imported {
                    line,
                    wp_id,
                    title,
                    article_id: saved.id,
                    outcome: saved.outcome,
                    shortcodes_left_out: left_out,
                });
            }
            Err(e) => report.skipped.push(Skipped {
                line,
                wp_id,
                title,
                kind: SkipKind::NotSaved,
                reason: e.to_string(),
            }),
        }
    }
    report.redirects += redirects.len() as u64;
    store
        .put_redirects(&redirects)
        .await
        .context("recording the old addresses")?;
    Ok(())
}

/// A piece of the file: the channel's head (everything before the first item) or one item.
enum Piece {
    Head {
        text: Vec<u8>,
        line: u64,
    },
    Item {
        text: Vec<u8>,
        line: u64,
        column: u64,
    },
    /// An item whose end could not be found before the next one began.
    Broken {
        line: u64,
        reason: String,
    },
}

/// Cuts a WXR stream into pieces without holding more than one item in memory.
struct Pieces<R> {
    reader: R,
    line_buf: Vec<u8>,
    /// The unread rest of the current line, from `pos`.
    pos: usize,
    line: u64,
    bytes: u64,
    in_cdata: bool,
    in_comment: bool,
    head_done: bool,
    current: Vec<u8>,
    /// Line and column where the current item began.
    item_at: Option<(u64, u64)>,
    tail: Vec<u8>,
    finished: bool,
}

impl<R: BufRead> Pieces<R> {
    fn new(reader: R) -> Pieces<R> {
        Pieces {
            reader,
            line_buf: Vec::new(),
            pos: 0,
            line: 0,
            bytes: 0,
            in_cdata: false,
            in_comment: false,
            head_done: false,
            current: Vec::new(),
            item_at: None,
            tail: Vec::new(),
            finished: false,
        }
    }

    fn next(&mut self) -> anyhow::Result<Option<Piece>> {
        if self.finished {
            return Ok(None);
        }
        loop {
            if self.pos >= self.line_buf.len() {
                self.line_buf.clear();
                self.pos = 0;
                let n = self
                    .reader
                    .read_until(b'\n', &mut self.line_buf)
                    .context("reading the export")?;
                if n == 0 {
                    self.finished = true;
                    return self.end();
                }
                self.line += 1;
                self.bytes += n as u64;
            }
            let rest = &self.line_buf[self.pos..];
            if self.in_cdata || self.in_comment {
                let end: &[u8] = if self.in_cdata { b"]]>" } else { b"-->" };
                match find(rest, end) {
                    Some(i) => {
                        self.take(i + end.len());
                        self.in_cdata = false;
                        self.in_comment = false;
                    }
                    None => self.take(rest.len()),
                }
                continue;
            }
            let Some(lt) = rest.iter().position(|b| *b == b'<') else {
                self.take(rest.len());
                continue;
            };
            self.take(lt);
            let rest = &self.line_buf[self.pos..];
            let column = self.pos as u64 + 1;
            if rest.starts_with(b"<![CDATA[") {
                self.in_cdata = true;
                self.take(9);
            } else if rest.starts_with(b"<!--") {
                self.in_comment = true;
                self.take(4);
            } else if rest.starts_with(b"<item>") || rest.starts_with(b"<item ") {
                let piece = if !self.head_done {
                    self.head_done = true;
                    Some(Piece::Head {
                        text: std::mem::take(&mut self.current),
                        line: 1,
                    })
                } else if let Some((line, _)) = self.item_at {
                    self.current.clear();
                    Some(Piece::Broken {
                        line,
                        reason: format!(
                            "bad XML: the item is not closed with </item> before the next item at line {}",
                            self.line
                        ),
                    })
                } else {
                    self.current.clear();
                    None
                };
                self.item_at = Some((self.line, column));
                self.take(5);
                if piece.is_some() {
                    return Ok(piece);
                }
            } else if self.item_at.is_some() && rest.starts_with(b"</item>") {
                self.take(7);
                let (line, column) = self.item_at.take().expect("inside an item");
                return Ok(Some(Piece::Item {
                    text: std::mem::take(&mut self.current),
                    line,
                    column,
                }));
            } else {
                self.take(1);
            }
        }
    }

    /// Moves `n` bytes of the current line into the current piece (the tail after the last
    /// item is kept only to check the document's end).
    fn take(&mut self, n: usize) {
        let bytes = &self.line_buf[self.pos..self.pos + n];
        if self.item_at.is_some() || !self.head_done {
            self.current.extend_from_slice(bytes);
        } else if self.tail.len() < 4096 {
            self.tail.extend_from_slice(bytes);
        }
        self.pos += n;
    }

    fn end(&mut self) -> anyhow::Result<Option<Piece>> {
        if let Some((line, column)) = self.item_at {
            anyhow::bail!(
                "line {}: the file ends inside the item that starts at line {line}, column {column} (is the export complete?)",
                self.line
            );
        }
        if !self.head_done {
            self.head_done = true;
            // An export without posts: the head is the whole document.
            return Ok(Some(Piece::Head {
                text: std::mem::take(&mut self.current),
                line: 1,
            }));
        }
        if self.in_cdata || self.in_comment {
            anyhow::bail!(
                "line {}: the file ends inside a CDATA section or comment",
                self.line
            );
        }
        let tail = String::from_utf8_lossy(&self.tail);
        if !(tail.contains("</channel>") && tail.contains("</rss>")) {
            anyhow::bail!(
                "line {}: the file ends without </channel></rss> after the last item (is the export complete?)",
                self.line
            );
        }
        Ok(None)
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// Line and column of byte `at` of `text`, a piece starting at `line`, `column`.
fn position(text: &[u8], at: u64, line: u64, column: u64) -> (u64, u64) {
    let at = (at as usize).min(text.len());
    let before = &text[..at];
    let newlines = before.iter().filter(|b| **b == b'\n').count() as u64;
    match before.iter().rposition(|b| *b == b'\n') {
        Some(nl) => (line + newlines, (at - nl) as u64),
        None => (line, column + at as u64),
    }
}

/// What the channel says before its items.
#[derive(Debug, Default)]
struct Head {
    language: String,
    base_blog_url: String,
    /// Author login → display name.
    authors: HashMap<String, String>,
}

impl Head {
    fn parse(text: &[u8], line: u64) -> anyhow::Result<Head> {
        let text = std::str::from_utf8(text).map_err(|e| {
            let (l, c) = position(text, e.valid_up_to() as u64, line, 1);
            anyhow::anyhow!("line {l}, column {c}: not valid UTF-8")
        })?;
        let mut reader = Reader::from_str(text);
        let mut stack: Vec<String> = Vec::new();
        let mut value = String::new();
        let mut head = Head::default();
        let mut author: (String, String) = Default::default();
        let mut wxr = false;
        loop {
            let event = match reader.read_event() {
                Ok(e) => e,
                // The head stops before the channel closes: running out of text is expected.
                Err(quick_xml::Error::IllFormed(_))
                    if reader.buffer_position() as usize >= text.len() =>
                {
                    break
                }
                Err(e) => {
                    let (l, c) = position(text.as_bytes(), reader.error_position(), line, 1);
                    anyhow::bail!("line {l}, column {c}: not well-formed XML: {e}");
                }
            };
            match event {
                Event::Start(e) => {
                    let name = e.name().as_ref().to_string();
                    if stack.is_empty() && name != "rss" {
                        anyhow::bail!(
                            "not a WordPress export: the document is <{name}>, not <rss>"
                        );
                    }
                    stack.push(name);
                    value.clear();
                }
                Event::Text(t) => value.push_str(&t.xml10_content()),
                Event::CData(t) => value.push_str(&t.xml10_content()),
                Event::GeneralRef(r) => push_ref(&mut value, &r),
                Event::End(_) => {
                    let name = stack.pop().unwrap_or_default();
                    let parent = stack.last().map(String::as_str).unwrap_or("");
                    match (parent, name.as_str()) {
                        ("channel", "language") => head.language = value.trim().to_string(),
                        ("channel", "wp:base_blog_url") => {
                            head.base_blog_url = value.trim().to_string()
                        }
                        ("channel", "wp:wxr_version") => wxr = true,
                        ("wp:author", "wp:author_login") => author.0 = value.trim().to_string(),
                        ("wp:author", "wp:author_display_name") => {
                            author.1 = value.trim().to_string()
                        }
                        ("channel", "wp:author") => {
                            let (login, name) = std::mem::take(&mut author);
                            if !login.is_empty() {
                                let name = if name.is_empty() { login.clone() } else { name };
                                head.authors.insert(login, name);
                            }
                        }
                        _ => {}
                    }
                    value.clear();
                }
                Event::Eof => break,
                _ => {}
            }
        }
        if stack.first().map(String::as_str) != Some("rss") {
            anyhow::bail!("not a WordPress export: no <rss> document found");
        }
        if !wxr {
            anyhow::bail!(
                "not a WordPress export: the channel has no <wp:wxr_version> (export it with WordPress's Tools → Export)"
            );
        }
        Ok(head)
    }
}

fn push_ref(value: &mut String, r: &quick_xml::events::BytesRef<'_>) {
    match r.resolve_char_ref() {
        Ok(Some(c)) => value.push(c),
        _ => {
            let name = r.xml10_content();
            match quick_xml::escape::resolve_predefined_entity(&name) {
                Some(s) => value.push_str(s),
                // An HTML entity where XML allows none: keep it for the HTML decoder.
                None => {
                    value.push('&');
                    value.push_str(&name);
                    value.push(';');
                }
            }
        }
    }
}

/// One `<item>` as written.
#[derive(Debug, Default)]
struct WpItem {
    title: String,
    link: String,
    guid: String,
    post_id: String,
    post_date: String,
    post_date_gmt: String,
    post_modified_gmt: String,
    post_name: String,
    status: String,
    post_type: String,
    creator: String,
    content: String,
    excerpt: String,
    /// `(domain, nicename, name)` of each `<category>`.
    terms: Vec<(String, String, String)>,
}

impl WpItem {
    fn parse(text: &str) -> Result<WpItem, (u64, String)> {
        let mut reader = Reader::from_str(text);
        let mut item = WpItem::default();
        let mut depth = 0usize;
        let mut value = String::new();
        let mut term: (String, String) = Default::default();
        loop {
            let event = reader
                .read_event()
                .map_err(|e| (reader.error_position(), e.to_string()))?;
            match event {
                Event::Start(e) => {
                    depth += 1;
                    value.clear();
                    if depth == 2 && e.name().as_ref() == "category" {
                        term = Default::default();
                        for attr in e.attributes().flatten() {
                            let v = attr
                                .normalized_value(quick_xml::XmlVersion::Implicit1_0)
                                .map(|v| v.into_owned())
                                .unwrap_or_default();
                            match attr.key.as_ref() {
                                "domain" => term.0 = v,
                                "nicename" => term.1 = v,
                                _ => {}
                            }
                        }
                    }
                }
                Event::Text(t) => value.push_str(&t.xml10_content()),
                Event::CData(t) => value.push_str(&t.xml10_content()),
                Event::GeneralRef(r) => push_ref(&mut value, &r),
                Event::End(e) => {
                    if depth == 2 {
                        let v = std::mem::take(&mut value);
                        match e.name().as_ref() {
                            "title" => item.title = v,
                            "link" => item.link = v,
                            "guid" => item.guid = v,
                            "wp:post_id" => item.post_id = v.trim().to_string(),
                            "wp:post_date" => item.post_date = v,
                            "wp:post_date_gmt" => item.post_date_gmt = v,
                            "wp:post_modified_gmt" => item.post_modified_gmt = v,
                            "wp:post_name" => item.post_name = v.trim().to_string(),
                            "wp:status" => item.status = v.trim().to_string(),
                            "wp:post_type" => item.post_type = v.trim().to_string(),
                            "dc:creator" => item.creator = v.trim().to_string(),
                            "content:encoded" => item.content = v,
                            "excerpt:encoded" => item.excerpt = v,
                            "category" => {
                                let (domain, nicename) = std::mem::take(&mut term);
                                item.terms.push((domain, nicename, v));
                            }
                            _ => {}
                        }
                    }
                    value.clear();
                    depth = depth.saturating_sub(1);
                }
                Event::Eof => break,
                _ => {}
            }
        }
        if depth != 0 {
            return Err((text.len() as u64, "an element is not closed".into()));
        }
        Ok(item)
    }
}

/// Turns items into posts: the state kept between them.
struct Converter {
    head: Head,
    /// Edition code → its time zone.
    zones: HashMap<String, String>,
    site_zone: Option<String>,
    options: Options,
    /// External id → line of the item that first had it.
    seen: HashMap<String, u64>,
}

impl Converter {
    fn item(&mut self, text: &[u8], line: u64, column: u64) -> Item {
        let skip = |wp_id: &str, title: &str, kind: SkipKind, reason: String| {
            Item::Skip(Skipped {
                line,
                wp_id: wp_id.to_string(),
                title: title.to_string(),
                kind,
                reason,
            })
        };
        let text = match std::str::from_utf8(text) {
            Ok(t) => t,
            Err(e) => {
                let (l, c) = position(text, e.valid_up_to() as u64, line, column);
                return skip(
                    "",
                    "",
                    SkipKind::BadXml,
                    format!("bad XML: not valid UTF-8 at line {l}, column {c}"),
                );
            }
        };
        let wp = match WpItem::parse(text) {
            Ok(wp) => wp,
            Err((at, message)) => {
                let (l, c) = position(text.as_bytes(), at, line, column);
                // Say which post it was when its id can still be found.
                let wp_id = between(text, "<wp:post_id>", "</wp:post_id>").unwrap_or_default();
                return skip(
                    &wp_id,
                    "",
                    SkipKind::BadXml,
                    format!("bad XML at line {l}, column {c}: {message}"),
                );
            }
        };
        let title = wordpress::plain_text(&wp.title);
        let id = wp.post_id.clone();
        let skip = |kind: SkipKind, reason: String| skip(&id, &title, kind, reason);

        let page = match wp.post_type.as_str() {
            "post" => false,
            "page" if self.options.pages => true,
            "page" => {
                return skip(
                    SkipKind::Page,
                    "a page (give --pages to import pages too)".into(),
                )
            }
            "attachment" => {
                return skip(
                    SkipKind::Attachment,
                    "an attachment (media files are not imported; upload the ones still needed)"
                        .into(),
                )
            }
            "nav_menu_item" => return skip(SkipKind::NavMenuItem, "a navigation menu item".into()),
            other => {
                return skip(
                    SkipKind::PostType,
                    format!("post type {other:?} is not imported"),
                )
            }
        };
        let status = match wp.status.as_str() {
            "publish" | "future" => "published",
            "draft" | "pending" => "draft",
            "private" => return skip(SkipKind::Status, "private: readers could not see it".into()),
            "trash" => return skip(SkipKind::Status, "in the trash".into()),
            other => {
                return skip(
                    SkipKind::Status,
                    format!("status {other:?} is not imported"),
                )
            }
        };
        if title.is_empty() {
            return skip(SkipKind::MissingTitle, "missing title".into());
        }

        let external_id = if !wp.guid.trim().is_empty() {
            format!("wordpress:{}", wp.guid.trim())
        } else if !id.is_empty() {
            format!("wordpress:{}?p={id}", self.head.base_blog_url)
        } else {
            return skip(SkipKind::Invalid, "neither a guid nor a wp:post_id".into());
        };
        if let Some(first) = self.seen.get(&external_id) {
            return skip(
                SkipKind::Duplicate,
                format!("duplicate of the item at line {first} (same GUID)"),
            );
        }

        // The edition: the flag, else the post's Polylang language, else the export's.
        let language = wp
            .terms
            .iter()
            .find(|t| t.0 == "language")
            .map(|t| t.1.clone());
        let edition = match &self.options.edition {
            Some(ed) => ed.clone(),
            None => {
                let wanted = language.as_deref().unwrap_or(&self.head.language);
                let code = wordpress::primary_language(wanted);
                if !self.zones.contains_key(&code) {
                    return skip(
                        SkipKind::UnknownEdition,
                        format!(
                            "language {wanted:?} is not an edition of this site; give --edition"
                        ),
                    );
                }
                code
            }
        };
        let zone_name = self
            .site_zone
            .clone()
            .unwrap_or_else(|| self.zones[&edition].clone());
        let zone = TimeZone::get(&zone_name).unwrap_or(TimeZone::UTC);

        // WordPress's UTC time, else its local time in the site's zone.
        let published_at = match wordpress::parse_time(&wp.post_date_gmt, &TimeZone::UTC) {
            Ok(Some(t)) => Some(t),
            Ok(None) => match wordpress::parse_time(&wp.post_date, &zone) {
                Ok(t) => t,
                Err(e) => return skip(SkipKind::BadDate, format!("unparseable date: {e}")),
            },
            Err(e) => return skip(SkipKind::BadDate, format!("unparseable date: {e}")),
        };
        if status == "published" && published_at.is_none() {
            return skip(SkipKind::BadDate, "published, but without a date".into());
        }
        let updated_at = wordpress::parse_time(&wp.post_modified_gmt, &TimeZone::UTC)
            .ok()
            .flatten()
            .filter(|u| published_at.is_none_or(|p| *u >= p));
        let rfc3339 = |t: i64| {
            jiff::Timestamp::from_second(t)
                .map(|t| t.to_string())
                .unwrap_or_default()
        };

        let mut tags: Vec<String> = Vec::new();
        for (domain, nicename, name) in &wp.terms {
            if (domain == "category" || domain == "post_tag")
                && nicename != "uncategorized"
                && Named::from_name(&wordpress::plain_text(name)).is_some()
            {
                tags.push(wordpress::plain_text(name));
            }
        }
        tags.truncate(dateline_core::article::MAX_TAGS);
        let authors: Vec<String> = (!wp.creator.is_empty())
            .then(|| {
                self.head
                    .authors
                    .get(&wp.creator)
                    .cloned()
                    .unwrap_or_else(|| wp.creator.clone())
            })
            .filter(|a| Named::from_name(a).is_some())
            .into_iter()
            .collect();
        let translation_group = wp
            .terms
            .iter()
            .find(|t| t.0 == "post_translations" && !t.1.is_empty())
            .map(|t| format!("wordpress:{}", t.1));
        let slug = dateline_core::slug::slugify(&wordpress::percent_decode(&wp.post_name));
        let mut standfirst = wordpress::plain_text(&wp.excerpt);
        if standfirst.chars().count() > dateline_core::article::MAX_STANDFIRST {
            standfirst = standfirst
                .chars()
                .take(dateline_core::article::MAX_STANDFIRST - 1)
                .collect::<String>()
                + "…";
        }
        let Body { markdown, left_out } = wordpress::content_to_body(&wp.content);

        let record = ImportRecord {
            id: external_id.clone(),
            edition,
            slug: (!slug.is_empty()).then_some(slug),
            translation_group,
            status: status.into(),
            headline: title.clone(),
            standfirst,
            dateline: String::new(),
            body: markdown,
            regions: Vec::new(),
            tags,
            authors,
            published_at: published_at.map(rfc3339),
            time_zone: Some(zone_name),
            updated_at: updated_at.map(rfc3339),
        };
        let zones = &self.zones;
        let input = match record.into_input(|ed| zones.get(ed).cloned()) {
            Ok(input) => input,
            Err(e) => return skip(SkipKind::Invalid, e.to_string()),
        };
        self.seen.insert(external_id, line);

        // The old addresses: the permalink, the GUID and WordPress's `?p=ID` (`?page_id=ID`).
        let mut keys: Vec<String> = Vec::new();
        let by_id = (!id.is_empty()).then(|| {
            format!(
                "{}/?{}={id}",
                self.head.base_blog_url.trim_end_matches('/'),
                if page { "page_id" } else { "p" }
            )
        });
        for url in [Some(&wp.link), Some(&wp.guid), by_id.as_ref()]
            .into_iter()
            .flatten()
        {
            if let Some(key) = wordpress::redirect_key(url) {
                if !keys.contains(&key) {
                    keys.push(key);
                }
            }
        }
        Item::Post {
            line,
            wp_id: id.clone(),
            title: title.clone(),
            prepared: Box::new(Prepared::new(input)),
            redirects: keys,
            left_out,
        }
    }
}

fn between(text: &str, start: &str, end: &str) -> Option<String> {
    let from = text.find(start)? + start.len();
    let to = text[from..].find(end)? + from;
    Some(text[from..to].trim().to_string())
}

/// Shortcode names left out, with counts: `gallery ×2, su_box`.
pub fn shortcode_counts(report: &Report) -> String {
    let mut counts: Vec<(String, usize)> = Vec::new();
    for name in report.imported.iter().flat_map(|i| &i.shortcodes_left_out) {
        match counts.iter_mut().find(|(n, _)| n == name) {
            Some((_, c)) => *c += 1,
            None => counts.push((name.clone(), 1)),
        }
    }
    counts
        .into_iter()
        .map(|(n, c)| if c > 1 { format!("{n} ×{c}") } else { n })
        .collect::<Vec<_>>()
        .join(", ")
}
