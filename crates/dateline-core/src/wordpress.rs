//! What a WordPress export (WXR) says, turned into Dateline's terms: post content into a body,
//! WordPress's times, titles and old addresses. No I/O: the reading of the export itself is in
//! the `dateline` crate (`import-wordpress`).
//!
//! WordPress stores a post's content the way its editor left it: paragraphs separated by blank
//! lines (its `wpautop` filter adds the `<p>`s when the page is shown), shortcodes such as
//! `[caption]` or `[gallery ids="1,2"]` expanded by plugins, and, since the block editor,
//! `<!-- wp:paragraph -->` comments around each block. [`content_to_body`] does what WordPress
//! does on display, as far as it can without WordPress: comments dropped, paragraphs made,
//! the shortcodes it knows turned into HTML and the rest left out (and named, for the report).
//! The result is a Markdown body made of HTML blocks, so it goes through the same rendering
//! and sanitising as every other body.

use jiff::civil::DateTime;
use jiff::tz::TimeZone;

/// A post's content as a Dateline body.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Body {
    /// Markdown (HTML blocks separated by blank lines), ready for `ArticleInput::body_markdown`.
    pub markdown: String,
    /// Names of the shortcodes that were left out, once per occurrence, in order.
    pub left_out: Vec<String>,
}

/// Shortcodes recognised by name even without attributes or a closing tag: WordPress's own
/// and the commonest plugins'. Any other `[name]` counts as a shortcode only when it has
/// attributes (`[x a="b"]`), closes itself (`[x /]`) or is closed (`[x]...[/x]`), so that
/// brackets written by a journalist (`[sic]`, `[1]`, `[Editor's note: ...]`) are kept.
const KNOWN_SHORTCODES: &[&str] = &[
    "audio",
    "caption",
    "contact-form",
    "contact-form-7",
    "embed",
    "gallery",
    "gravityform",
    "playlist",
    "video",
    "wp_caption",
    "youtube",
];

/// Tags around which WordPress's `wpautop` starts a new paragraph.
const BREAK_TAGS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "details",
    "div",
    "dl",
    "fieldset",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "nav",
    "ol",
    "p",
    "section",
    "table",
    "ul",
];

/// Tags that open an HTML block in CommonMark (its "type 6" list, plus `pre`): a chunk that
/// starts with one is kept as it is, anything else becomes a paragraph.
const BLOCK_START_TAGS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "caption",
    "center",
    "col",
    "colgroup",
    "dd",
    "details",
    "dialog",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "iframe",
    "legend",
    "li",
    "main",
    "menu",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "ul",
];

/// Turns a post's `content:encoded` into a body.
pub fn content_to_body(html: &str) -> Body {
    let text = html.replace("\r\n", "\n").replace('\r', "\n");
    let text = strip_comments(&text);
    let mut left_out = Vec::new();
    let text = expand_shortcodes(&text, &mut left_out, 0);
    Body {
        markdown: autop(&text),
        left_out,
    }
}

/// Drops every HTML comment: the block editor's `<!-- wp:... -->` markers, `<!--more-->`.
fn strip_comments(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find("<!--") {
        out.push_str(&rest[..start]);
        match rest[start + 4..].find("-->") {
            Some(end) => rest = &rest[start + 4 + end + 3..],
            None => {
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

fn is_name_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || c == '-'
}

/// A shortcode's opening tag found at the start of `text` (which begins with `[`).
struct Opening<'a> {
    name: &'a str,
    attrs: &'a str,
    self_closing: bool,
    /// Bytes the tag takes.
    len: usize,
}

fn opening(text: &str) -> Option<Opening<'_>> {
    let inner = text.strip_prefix('[')?;
    if !inner.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return None;
    }
    let name_len = inner
        .find(|c: char| !is_name_char(c))
        .unwrap_or(inner.len());
    let name = &inner[..name_len];
    let after = &inner[name_len..];
    if !(after.starts_with(']') || after.starts_with('/') || after.starts_with(char::is_whitespace))
    {
        return None;
    }
    let close = after.find(']')?;
    let attrs = &after[..close];
    if attrs.contains('[') || attrs.len() > 2000 {
        return None;
    }
    let self_closing = attrs.trim_end().ends_with('/');
    Some(Opening {
        name,
        attrs: attrs.trim().trim_end_matches('/').trim(),
        self_closing,
        len: 1 + name_len + close + 1,
    })
}

fn expand_shortcodes(text: &str, left_out: &mut Vec<String>, depth: usize) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('[') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        // `[[name]]` is WordPress's way of writing a shortcode as text.
        if let Some(escaped) = rest.strip_prefix("[[") {
            if let Some(end) = escaped.find("]]") {
                if opening(&rest[1..]).is_some() {
                    out.push('[');
                    out.push_str(&escaped[..end]);
                    out.push(']');
                    rest = &escaped[end + 2..];
                    continue;
                }
            }
        }
        // A stray closing tag of a shortcode (its opening was unrecognisable).
        if let Some(closing) = rest.strip_prefix("[/") {
            let n = closing.find(|c: char| !is_name_char(c)).unwrap_or(0);
            if n > 0 && closing[n..].starts_with(']') && KNOWN_SHORTCODES.contains(&&closing[..n]) {
                rest = &closing[n + 1..];
                continue;
            }
        }
        let Some(open) = opening(rest) else {
            out.push('[');
            rest = &rest[1..];
            continue;
        };
        let closing_tag = format!("[/{}]", open.name);
        let after = &rest[open.len..];
        let enclosed = if open.self_closing {
            None
        } else {
            after.find(&closing_tag).map(|end| &after[..end])
        };
        let known = KNOWN_SHORTCODES.contains(&open.name);
        if !(known || open.attrs.contains('=') || open.self_closing || enclosed.is_some()) {
            out.push('[');
            rest = &rest[1..];
            continue;
        }
        let inner = enclosed.map(|inner| {
            if depth < 8 {
                expand_shortcodes(inner, left_out, depth + 1)
            } else {
                inner.to_string()
            }
        });
        match (open.name, inner.as_deref()) {
            ("caption" | "wp_caption", Some(inner)) => out.push_str(&caption(inner, open.attrs)),
            ("embed", Some(inner)) if is_http_url(inner.trim()) => {
                let url = escape_attr(inner.trim());
                out.push_str(&format!("\n\n<p><a href=\"{url}\">{url}</a></p>\n\n"));
            }
            (name, Some(inner)) => {
                left_out.push(name.to_string());
                out.push_str(inner);
            }
            (name, None) => left_out.push(name.to_string()),
        }
        rest = match enclosed {
            Some(inner) => &after[inner.len() + closing_tag.len()..],
            None => after,
        };
    }
    out.push_str(rest);
    out
}

/// `[caption]<img ...> The caption[/caption]` as a figure. Older exports put the caption in a
/// `caption="..."` attribute instead.
fn caption(inner: &str, attrs: &str) -> String {
    let inner = inner.trim();
    let (media, text) = match inner.rfind('>') {
        Some(i) => (&inner[..=i], inner[i + 1..].trim()),
        None => ("", inner),
    };
    let text = if text.is_empty() {
        attribute(attrs, "caption").unwrap_or_default()
    } else {
        text.to_string()
    };
    let figcaption = if text.is_empty() {
        String::new()
    } else {
        format!("<figcaption>{text}</figcaption>")
    };
    format!("\n\n<figure>{media}{figcaption}</figure>\n\n")
}

/// The value of `name="value"` (or single-quoted) in a shortcode's attributes.
fn attribute(attrs: &str, name: &str) -> Option<String> {
    let at = attrs.find(&format!("{name}="))?;
    let value = &attrs[at + name.len() + 1..];
    let quote = value.chars().next().filter(|c| *c == '"' || *c == '\'')?;
    let value = &value[1..];
    Some(value[..value.find(quote)?].to_string())
}

fn is_http_url(text: &str) -> bool {
    (text.starts_with("https://") || text.starts_with("http://"))
        && !text.contains(char::is_whitespace)
}

fn escape_attr(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The name of the tag `text` opens or closes, when it starts with one.
fn tag_name(text: &str) -> Option<&str> {
    let inner = text.strip_prefix('<')?;
    let inner = inner.strip_prefix('/').unwrap_or(inner);
    let n = inner
        .find(|c: char| !c.is_ascii_alphanumeric())
        .unwrap_or(inner.len());
    let next = inner[n..].chars().next();
    (n > 0 && matches!(next, None | Some('>' | '/' | ' ' | '\t' | '\n'))).then(|| &inner[..n])
}

/// WordPress's `wpautop`: blank lines separate paragraphs, a single line break is a `<br>`,
/// block-level elements stand on their own. `<pre>` is left exactly as it is.
fn autop(text: &str) -> String {
    // Blank lines around block tags, as wpautop adds them, so that text next to a block
    // becomes a paragraph of its own. Preformatted text is set aside first.
    let mut pres: Vec<&str> = Vec::new();
    let mut spaced = String::with_capacity(text.len() + text.len() / 8);
    let mut rest = text;
    while let Some(lt) = rest.find('<') {
        spaced.push_str(&rest[..lt]);
        rest = &rest[lt..];
        let name = tag_name(rest).map(|n| n.to_ascii_lowercase());
        let closing = rest.starts_with("</");
        match name.as_deref() {
            Some("pre") if !closing => {
                let end = find_ci(rest, "</pre>").map(|i| i + 6).unwrap_or(rest.len());
                spaced.push_str(&format!("\n\n\u{0}{}\u{0}\n\n", pres.len()));
                pres.push(&rest[..end]);
                rest = &rest[end..];
                continue;
            }
            Some(n) if BREAK_TAGS.contains(&n) => {
                let end = rest.find('>').map(|i| i + 1).unwrap_or(rest.len());
                if closing {
                    spaced.push_str(&rest[..end]);
                    spaced.push_str("\n\n");
                } else {
                    spaced.push_str("\n\n");
                    spaced.push_str(&rest[..end]);
                }
                rest = &rest[end..];
            }
            _ => {
                spaced.push('<');
                rest = &rest[1..];
            }
        }
    }
    spaced.push_str(rest);

    let mut chunks: Vec<String> = Vec::new();
    let mut lines: Vec<&str> = Vec::new();
    let flush = |lines: &mut Vec<&str>, chunks: &mut Vec<String>| {
        if lines.is_empty() {
            return;
        }
        let first = lines[0];
        if let Some(n) = first
            .strip_prefix('\u{0}')
            .and_then(|r| r.strip_suffix('\u{0}'))
            .and_then(|n| n.parse::<usize>().ok())
        {
            chunks.push(pres[n].to_string());
        } else if tag_name(first)
            .is_some_and(|t| BLOCK_START_TAGS.contains(&t.to_ascii_lowercase().as_str()))
        {
            chunks.push(lines.join("\n"));
        } else {
            chunks.push(format!("<p>{}</p>", lines.join("<br>\n")));
        }
        lines.clear();
    };
    for line in spaced.lines() {
        let line = line.trim();
        if line.is_empty() {
            flush(&mut lines, &mut chunks);
        } else {
            lines.push(line);
        }
    }
    flush(&mut lines, &mut chunks);
    chunks.join("\n\n")
}

fn find_ci(haystack: &str, needle: &str) -> Option<usize> {
    haystack
        .as_bytes()
        .windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}

/// Text without tags, entities decoded and white space collapsed: for titles and excerpts,
/// which WordPress may store with HTML in them (`&#8217;`, `<em>`).
pub fn plain_text(html: &str) -> String {
    let mut text = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        text.push_str(&rest[..lt]);
        match rest[lt..].find('>') {
            Some(gt) if tag_like(&rest[lt..lt + gt + 1]) => {
                // Block boundaries separate words; inline elements do not.
                let tag = &rest[lt..lt + gt + 1];
                if tag_name(tag).is_some_and(|n| {
                    let n = n.to_ascii_lowercase();
                    n == "br" || n == "li" || BREAK_TAGS.contains(&n.as_str())
                }) {
                    text.push(' ');
                }
                rest = &rest[lt + gt + 1..];
            }
            _ => {
                text.push('<');
                rest = &rest[lt + 1..];
            }
        }
    }
    text.push_str(rest);
    decode_entities(&text)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn tag_like(tag: &str) -> bool {
    let inner = &tag[1..];
    inner.starts_with(|c: char| c.is_ascii_alphabetic() || c == '/' || c == '!')
}

/// Decodes HTML character references: numeric ones and the named ones WordPress writes.
pub fn decode_entities(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let end = rest[1..].find(';').filter(|e| *e <= 10).map(|e| e + 1);
        let decoded = end.and_then(|end| {
            let name = &rest[1..end];
            let c = if let Some(num) = name.strip_prefix('#') {
                let n = match num.strip_prefix(['x', 'X']) {
                    Some(hex) => u32::from_str_radix(hex, 16).ok(),
                    None => num.parse::<u32>().ok(),
                };
                n.and_then(char::from_u32)
            } else {
                Some(match name {
                    "amp" => '&',
                    "lt" => '<',
                    "gt" => '>',
                    "quot" => '"',
                    "apos" => '\'',
                    "nbsp" => '\u{a0}',
                    "hellip" => '…',
                    "ndash" => '–',
                    "mdash" => '—',
                    "lsquo" => '‘',
                    "rsquo" => '’',
                    "ldquo" => '“',
                    "rdquo" => '”',
                    "laquo" => '«',
                    "raquo" => '»',
                    _ => return None,
                })
            };
            c.map(|c| (c, end))
        });
        match decoded {
            Some((c, end)) => {
                out.push(c);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// A time as WordPress writes it (`2022-08-09 15:44:00`) in `zone`. `Ok(None)` for the
/// zero time WordPress gives drafts that were never dated (`0000-00-00 00:00:00`).
pub fn parse_time(text: &str, zone: &TimeZone) -> Result<Option<i64>, String> {
    let text = text.trim();
    if text.is_empty() || text.starts_with("0000-00-00") {
        return Ok(None);
    }
    let civil: DateTime = text
        .replacen(' ', "T", 1)
        .parse()
        .map_err(|_| format!("{text:?} is not a time such as 2022-08-09 15:44:00"))?;
    civil
        .to_zoned(zone.clone())
        .map(|z| Some(z.timestamp().as_second()))
        .map_err(|e| format!("{text:?}: {e}"))
}

/// The primary language of a language tag (`en-US` → `en`, `zh_CN` → `zh`), lowercased.
pub fn primary_language(tag: &str) -> String {
    tag.trim()
        .split(['-', '_'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase()
}

/// The redirect key of an old address given in full (`https://old.example/2022/08/09/x/`,
/// `https://old.example/?p=123`): see [`request_redirect_key`]. `None` for the site's root
/// or something that is not an http(s) address.
pub fn redirect_key(url: &str) -> Option<String> {
    let url = url.trim();
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))?;
    let rest = rest.split('#').next().unwrap_or("");
    let (path, query) = match rest.find(['/', '?']) {
        Some(i) => {
            let tail = &rest[i..];
            match tail.split_once('?') {
                Some((p, q)) => (p, Some(q)),
                None => (tail, None),
            }
        }
        None => ("/", None),
    };
    request_redirect_key(if path.is_empty() { "/" } else { path }, query)
}

/// The key an address is looked up by in the redirects table: the path percent-decoded and
/// without a trailing slash, and of the query only what names a WordPress page
/// (`?p=123`, `?page_id=7`). `None` when there is nothing to redirect (the bare root).
pub fn request_redirect_key(path: &str, query: Option<&str>) -> Option<String> {
    if path.len() > 2000 {
        return None;
    }
    let mut key = percent_decode(path);
    while key.len() > 1 && key.ends_with('/') {
        key.pop();
    }
    if !key.starts_with('/') {
        key.insert(0, '/');
    }
    let named = query.and_then(|q| {
        q.split('&').find_map(|pair| {
            let (k, v) = pair.split_once('=')?;
            ((k == "p" || k == "page_id") && !v.is_empty() && v.bytes().all(|b| b.is_ascii_digit()))
                .then(|| format!("?{k}={v}"))
        })
    });
    if let Some(q) = named {
        key.push_str(&q);
    } else if key == "/" {
        return None;
    }
    Some(key)
}

/// `%e4%b8%ad` → `中`; invalid UTF-8 is replaced, `%` without two hex digits kept.
pub fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = |b: u8| (b as char).to_digit(16);
            if let (Some(h), Some(l)) = (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                out.push((h * 16 + l) as u8);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classic_content_gets_paragraphs_and_line_breaks() {
        let body = content_to_body("First line\nsame paragraph.\n\nSecond <em>one</em>.\r\n\r\n<ul>\n<li>a</li>\n<li>b</li>\n</ul>\nAfter the list.");
        assert_eq!(
            body.markdown,
            "<p>First line<br>\nsame paragraph.</p>\n\n<p>Second <em>one</em>.</p>\n\n<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n\n<p>After the list.</p>"
        );
        let html = crate::markdown::render(&body.markdown);
        assert!(html.contains("<li>a</li>"), "{html}");
        assert!(html.contains("<p>After the list.</p>"), "{html}");
    }

    #[test]
    fn block_comments_go_and_markdown_characters_stay_text() {
        let body = content_to_body(
            "<!-- wp:paragraph -->\n<p>Prices rose *5%* in_2022 # not a heading</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:heading --><h2>Sub</h2><!-- /wp:heading --><!--more-->",
        );
        assert!(!body.markdown.contains("wp:"), "{}", body.markdown);
        let html = crate::markdown::render(&body.markdown);
        assert!(
            html.contains("<p>Prices rose *5%* in_2022 # not a heading</p>"),
            "{html}"
        );
        assert!(html.contains("<h2>Sub</h2>"), "{html}");
    }

    #[test]
    fn shortcodes_known_unknown_and_brackets_that_are_not_shortcodes() {
        let body = content_to_body(
            "Text [sic] and [1].\n\n[gallery ids=\"1,2\"]\n\n[caption id=\"a\" width=\"300\"]<img src=\"/media/1/640.jpg\" alt=\"x\"> The harbour.[/caption]\n\n[su_box title=\"Box\"]Kept text[/su_box]\n\n[embed]https://example.org/v?x=1&y=2[/embed]\n\n[[gallery]] is how you write it.",
        );
        assert_eq!(body.left_out, vec!["gallery", "su_box"]);
        let md = &body.markdown;
        assert!(md.contains("<p>Text [sic] and [1].</p>"), "{md}");
        assert!(
            md.contains("<figure><img src=\"/media/1/640.jpg\" alt=\"x\"><figcaption>The harbour.</figcaption></figure>"),
            "{md}"
        );
        assert!(md.contains("<p>Kept text</p>"), "{md}");
        assert!(
            md.contains("<a href=\"https://example.org/v?x=1&amp;y=2\">"),
            "{md}"
        );
        assert!(md.contains("<p>[gallery] is how you write it.</p>"), "{md}");
    }

    #[test]
    fn preformatted_text_is_kept_with_its_blank_lines() {
        let body = content_to_body("Before\n\n<pre>a\n\n  b *c*</pre>\n\nAfter");
        let html = crate::markdown::render(&body.markdown);
        assert!(html.contains("<pre>a\n\n  b *c*</pre>"), "{html}");
        assert!(html.contains("<p>After</p>"), "{html}");
    }

    #[test]
    fn titles_times_languages() {
        assert_eq!(
            plain_text("L&#8217;Albania <em>rompe</em> &amp; l&rsquo;<b>Iran</b>.<p>Due"),
            "L’Albania rompe & l’Iran. Due"
        );
        assert_eq!(plain_text("a < b"), "a < b");
        let utc = TimeZone::UTC;
        assert_eq!(
            parse_time("2022-08-09 15:44:00", &utc).unwrap(),
            Some(1_660_059_840)
        );
        let rome = TimeZone::get("Europe/Rome").unwrap();
        assert_eq!(
            parse_time("2022-08-09 17:44:00", &rome).unwrap(),
            Some(1_660_059_840)
        );
        assert_eq!(parse_time("0000-00-00 00:00:00", &utc).unwrap(), None);
        assert!(parse_time("yesterday", &utc)
            .unwrap_err()
            .contains("yesterday"));
        assert_eq!(primary_language("en-US"), "en");
        assert_eq!(primary_language("zh_CN"), "zh");
    }

    #[test]
    fn redirect_keys() {
        assert_eq!(
            redirect_key("https://old.example/2022/08/09/my-post/").as_deref(),
            Some("/2022/08/09/my-post")
        );
        assert_eq!(
            redirect_key("http://old.example/?p=123").as_deref(),
            Some("/?p=123")
        );
        assert_eq!(
            redirect_key("http://old.example/blog/?page_id=7&lang=en").as_deref(),
            Some("/blog?page_id=7")
        );
        assert_eq!(
            redirect_key("https://old.example/%e4%b8%ad%E6%96%87/").as_deref(),
            Some("/中文")
        );
        assert_eq!(redirect_key("https://old.example/"), None);
        assert_eq!(redirect_key("https://old.example"), None);
        assert_eq!(redirect_key("not a url"), None);
        assert_eq!(
            request_redirect_key("/2022/08/09/my-post/", Some("utm_source=x")).as_deref(),
            Some("/2022/08/09/my-post")
        );
        assert_eq!(
            request_redirect_key("/", Some("p=123")).as_deref(),
            Some("/?p=123")
        );
        assert_eq!(request_redirect_key("/", Some("p=abc")), None);
    }
}
