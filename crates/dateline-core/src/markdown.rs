//! Markdown to safe HTML, done once when an article is saved.
//!
//! Bodies are written in CommonMark with footnotes (`[^*]` in the text, `[^*]: note` below).
//! Footnote markers keep the journalist's own label (`[*]`, `[1]`) and every note is moved to
//! the end of the body, whatever its place in the source. The result always passes through
//! ammonia: raw HTML in a body may format text but can never run script, load from another
//! host, or set attributes the page's own code relies on.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use pulldown_cmark::{html, CowStr, Event, Options, Parser, Tag, TagEnd};

/// Renders a Markdown body to sanitised HTML.
pub fn render(markdown: &str) -> String {
    let options = Options::ENABLE_FOOTNOTES
        | Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_SMART_PUNCTUATION;
    let mut numbers: HashMap<String, usize> = HashMap::new();
    let mut body: Vec<Event> = Vec::new();
    let mut notes: Vec<(String, Vec<Event>)> = Vec::new();
    let mut in_note: Option<(String, Vec<Event>)> = None;

    for event in Parser::new_ext(markdown, options) {
        match event {
            Event::Start(Tag::FootnoteDefinition(label)) => {
                in_note = Some((label.to_string(), Vec::new()));
            }
            Event::End(TagEnd::FootnoteDefinition) => {
                if let Some(note) = in_note.take() {
                    notes.push(note);
                }
            }
            Event::FootnoteReference(label) => {
                let next = numbers.len() + 1;
                let n = *numbers.entry(label.to_string()).or_insert(next);
                let marker = format!(
                    "<sup class=\"fn\"><a href=\"#fn-{n}\" id=\"fnref-{n}\">[{}]</a></sup>",
                    escape(&label)
                );
                let target = in_note.as_mut().map(|(_, ev)| ev).unwrap_or(&mut body);
                target.push(Event::InlineHtml(CowStr::from(marker)));
            }
            other => match in_note.as_mut() {
                Some((_, events)) => events.push(other),
                None => body.push(other),
            },
        }
    }

    let mut out = String::with_capacity(markdown.len() + markdown.len() / 4);
    html::push_html(&mut out, body.into_iter());
    // Notes follow the order of their first marker; notes never referenced go last.
    notes.sort_by_key(|(label, _)| numbers.get(label).copied().unwrap_or(usize::MAX));
    if !notes.is_empty() {
        out.push_str("<div class=\"footnotes\">\n");
        let mut unreferenced = numbers.len();
        for (label, events) in notes {
            let n = match numbers.get(&label) {
                Some(n) => *n,
                None => {
                    unreferenced += 1;
                    unreferenced
                }
            };
            out.push_str(&format!(
                "<div class=\"footnote\" id=\"fn-{n}\"><a href=\"#fnref-{n}\">[{}]</a> ",
                escape(&label)
            ));
            html::push_html(&mut out, unwrap_paragraph(events).into_iter());
            out.push_str("</div>\n");
        }
        out.push_str("</div>\n");
    }
    sanitizer().clean(&out).to_string()
}

/// A one-paragraph note reads better inline after its label than as a block under it.
fn unwrap_paragraph(events: Vec<Event<'_>>) -> Vec<Event<'_>> {
    let paragraphs = events
        .iter()
        .filter(|e| matches!(e, Event::Start(Tag::Paragraph)))
        .count();
    if paragraphs == 1
        && matches!(events.first(), Some(Event::Start(Tag::Paragraph)))
        && matches!(events.last(), Some(Event::End(TagEnd::Paragraph)))
    {
        let len = events.len();
        events.into_iter().skip(1).take(len - 2).collect()
    } else {
        events
    }
}

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn sanitizer() -> &'static ammonia::Builder<'static> {
    static BUILDER: OnceLock<ammonia::Builder<'static>> = OnceLock::new();
    BUILDER.get_or_init(|| {
        let mut b = ammonia::Builder::default();
        b.add_tag_attributes("a", ["id"])
            .add_tag_attributes("div", ["id"])
            .add_tag_attributes("img", ["srcset", "sizes", "loading", "decoding"])
            .add_allowed_classes("span", ["credit"])
            .add_allowed_classes("sup", ["fn"])
            .add_allowed_classes("div", ["footnotes", "footnote"])
            .url_schemes(HashSet::from(["http", "https", "mailto"]))
            .attribute_filter(|element, attribute, value| match (element, attribute) {
                // Only the footnote anchors may carry ids, so body HTML cannot clobber the
                // page's own element ids.
                (_, "id") if !is_footnote_id(value) => None,
                // Images from other hosts would let a body track readers (and break the
                // page's promise to load nothing from elsewhere).
                ("img", "src") if !is_same_host(value) => None,
                ("img", "srcset")
                    if !value
                        .split(',')
                        .all(|c| is_same_host(c.split_whitespace().next().unwrap_or(""))) =>
                {
                    None
                }
                _ => Some(value.into()),
            });
        b
    })
}

fn is_footnote_id(value: &str) -> bool {
    let digits = value
        .strip_prefix("fnref-")
        .or_else(|| value.strip_prefix("fn-"));
    matches!(digits, Some(d) if !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()))
}

fn is_same_host(url: &str) -> bool {
    let url = url.trim();
    !url.starts_with("//") && !url.contains(':')
}

/// Opens the body's first paragraph with the dateline: `Tirana (Agency) – `.
/// `place` and `agency` are plain text and are escaped here.
pub fn with_dateline(body_html: &str, place: &str, agency: &str) -> String {
    let place = place.trim();
    if place.is_empty() {
        return body_html.to_string();
    }
    let dateline = format!(
        "<span class=\"dateline\">{} ({}) – </span>",
        escape(place),
        escape(agency)
    );
    match body_html.find("<p>") {
        Some(at) => {
            let mut out = String::with_capacity(body_html.len() + dateline.len());
            out.push_str(&body_html[..at + 3]);
            out.push_str(&dateline);
            out.push_str(&body_html[at + 3..]);
            out
        }
        None => format!("<p>{dateline}</p>{body_html}"),
    }
}

/// Plain text of a Markdown body, for summaries and word counts.
pub fn plain_text(markdown: &str) -> String {
    let mut out = String::with_capacity(markdown.len());
    for event in Parser::new_ext(markdown, Options::ENABLE_FOOTNOTES) {
        match event {
            Event::Text(t) | Event::Code(t) => out.push_str(&t),
            Event::SoftBreak | Event::HardBreak | Event::End(TagEnd::Paragraph) => out.push(' '),
            _ => {}
        }
    }
    out.trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn script_never_survives() {
        let html = render(
            "Hello <script>alert(1)</script> <img src=x onerror=alert(2)> \
             <a href=\"javascript:alert(3)\">x</a>\n\n<iframe src=\"//evil\"></iframe>\n\n\
             <div onclick=\"alert(4)\" style=\"x\">y</div>",
        );
        let lower = html.to_lowercase();
        for bad in [
            "<script",
            "onerror",
            "javascript:",
            "<iframe",
            "onclick",
            "style=",
        ] {
            assert!(!lower.contains(bad), "{bad} survived in {html}");
        }
        assert!(html.contains("Hello"));
    }

    #[test]
    fn footnotes_keep_their_label_and_go_last() {
        let html = render("[^*]: The note.\n\nFirst paragraph.[^*]\n\nSecond paragraph.");
        let marker = html.find("<sup class=\"fn\"><a href=\"#fn-1\" id=\"fnref-1\"");
        let second = html.find("Second paragraph").unwrap();
        let note = html.find("<div class=\"footnote\" id=\"fn-1\">").unwrap();
        assert!(marker.is_some(), "{html}");
        assert!(note > second, "note not at the end: {html}");
        assert!(html.contains("[*]</a> The note.</div>"), "{html}");
    }

    #[test]
    fn body_html_cannot_fake_ids_or_external_images() {
        let html = render("<p id=\"main\">x</p> <img src=\"https://tracker.example/p.gif\"> <img src=\"/media/a.jpg\" alt=\"a\">");
        assert!(!html.contains("id=\"main\""), "{html}");
        assert!(!html.contains("tracker"), "{html}");
        assert!(html.contains("src=\"/media/a.jpg\""), "{html}");
    }

    #[test]
    fn figures_with_responsive_images_from_this_site_survive() {
        let html = render(
            "<figure><img src=\"/media/1/1200.jpg\" srcset=\"/media/1/480.jpg 480w, /media/1/1200.jpg 1200w\" \
             sizes=\"100vw\" alt=\"A\"><figcaption>Caption <span class=\"credit\">Photo: B</span></figcaption></figure>\n\n\
             <img src=\"/x.jpg\" srcset=\"https://tracker.example/p.gif 1w\">",
        );
        assert!(
            html.contains("srcset=\"/media/1/480.jpg 480w, /media/1/1200.jpg 1200w\""),
            "{html}"
        );
        assert!(
            html.contains("<span class=\"credit\">Photo: B</span>"),
            "{html}"
        );
        assert!(!html.contains("tracker"), "{html}");
    }

    #[test]
    fn dateline_opens_the_first_paragraph_escaped() {
        let html = with_dateline("<p>Text.</p><p>More.</p>", "Tirana <b>", "Agency");
        assert_eq!(
            html,
            "<p><span class=\"dateline\">Tirana &lt;b&gt; (Agency) – </span>Text.</p><p>More.</p>"
        );
    }

    #[test]
    fn plain_text_drops_markup() {
        assert_eq!(
            plain_text("**Bold** and [link](/x).\n\nNext."),
            "Bold and link. Next."
        );
    }
}
