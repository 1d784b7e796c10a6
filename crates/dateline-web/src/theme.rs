//! The theme: templates and static files, built into the binary and overridable file by file
//! from a folder (`templates/NAME.html`, `static/NAME`).

use std::collections::HashMap;
use std::path::Path;

use bytes::Bytes;
use minijinja::Environment;

use crate::cache::CachedPage;

const TEMPLATES: &[(&str, &str)] = &[
    (
        "base.html",
        include_str!("../../../themes/default/templates/base.html"),
    ),
    (
        "macros.html",
        include_str!("../../../themes/default/templates/macros.html"),
    ),
    (
        "article.html",
        include_str!("../../../themes/default/templates/article.html"),
    ),
    (
        "print.html",
        include_str!("../../../themes/default/templates/print.html"),
    ),
    (
        "list.html",
        include_str!("../../../themes/default/templates/list.html"),
    ),
    (
        "front.html",
        include_str!("../../../themes/default/templates/front.html"),
    ),
    (
        "archive.html",
        include_str!("../../../themes/default/templates/archive.html"),
    ),
    (
        "error.html",
        include_str!("../../../themes/default/templates/error.html"),
    ),
    (
        "admin/base.html",
        include_str!("../../../themes/default/templates/admin/base.html"),
    ),
    (
        "admin/sign_in.html",
        include_str!("../../../themes/default/templates/admin/sign_in.html"),
    ),
    (
        "admin/two_factor.html",
        include_str!("../../../themes/default/templates/admin/two_factor.html"),
    ),
    (
        "admin/password.html",
        include_str!("../../../themes/default/templates/admin/password.html"),
    ),
    (
        "admin/home.html",
        include_str!("../../../themes/default/templates/admin/home.html"),
    ),
    (
        "admin/audit.html",
        include_str!("../../../themes/default/templates/admin/audit.html"),
    ),
    (
        "admin/articles.html",
        include_str!("../../../themes/default/templates/admin/articles.html"),
    ),
    (
        "admin/editor.html",
        include_str!("../../../themes/default/templates/admin/editor.html"),
    ),
    (
        "admin/revisions.html",
        include_str!("../../../themes/default/templates/admin/revisions.html"),
    ),
    (
        "admin/two_factor_setup.html",
        include_str!("../../../themes/default/templates/admin/two_factor_setup.html"),
    ),
    (
        "admin/settings.html",
        include_str!("../../../themes/default/templates/admin/settings.html"),
    ),
    (
        "admin/media.html",
        include_str!("../../../themes/default/templates/admin/media.html"),
    ),
    (
        "admin/users.html",
        include_str!("../../../themes/default/templates/admin/users.html"),
    ),
    (
        "admin/tokens.html",
        include_str!("../../../themes/default/templates/admin/tokens.html"),
    ),
    (
        "admin/webhooks.html",
        include_str!("../../../themes/default/templates/admin/webhooks.html"),
    ),
    (
        "send.html",
        include_str!("../../../themes/default/templates/send.html"),
    ),
    (
        "notice.html",
        include_str!("../../../themes/default/templates/notice.html"),
    ),
    (
        "newsletter_fields.html",
        include_str!("../../../themes/default/templates/newsletter_fields.html"),
    ),
    (
        "newsletter.html",
        include_str!("../../../themes/default/templates/newsletter.html"),
    ),
    (
        "confirm.html",
        include_str!("../../../themes/default/templates/confirm.html"),
    ),
    (
        "unsubscribe.html",
        include_str!("../../../themes/default/templates/unsubscribe.html"),
    ),
    (
        "preferences.html",
        include_str!("../../../themes/default/templates/preferences.html"),
    ),
    (
        "mail/confirm.txt",
        include_str!("../../../themes/default/templates/mail/confirm.txt"),
    ),
    (
        "mail/confirm.html",
        include_str!("../../../themes/default/templates/mail/confirm.html"),
    ),
    (
        "mail/preferences.txt",
        include_str!("../../../themes/default/templates/mail/preferences.txt"),
    ),
    (
        "mail/preferences.html",
        include_str!("../../../themes/default/templates/mail/preferences.html"),
    ),
    (
        "mail/friend.txt",
        include_str!("../../../themes/default/templates/mail/friend.txt"),
    ),
    (
        "mail/friend.html",
        include_str!("../../../themes/default/templates/mail/friend.html"),
    ),
    (
        "mail/digest.txt",
        include_str!("../../../themes/default/templates/mail/digest.txt"),
    ),
    (
        "mail/digest.html",
        include_str!("../../../themes/default/templates/mail/digest.html"),
    ),
    (
        "admin/subscribers.html",
        include_str!("../../../themes/default/templates/admin/subscribers.html"),
    ),
    (
        "block.html",
        include_str!("../../../themes/default/templates/block.html"),
    ),
    (
        "search.html",
        include_str!("../../../themes/default/templates/search.html"),
    ),
    (
        "admin/search.html",
        include_str!("../../../themes/default/templates/admin/search.html"),
    ),
    (
        "admin/pins.html",
        include_str!("../../../themes/default/templates/admin/pins.html"),
    ),
    (
        "feeds/rss.xml",
        include_str!("../../../themes/default/templates/feeds/rss.xml"),
    ),
    (
        "feeds/atom.xml",
        include_str!("../../../themes/default/templates/feeds/atom.xml"),
    ),
    (
        "sitemaps/index.xml",
        include_str!("../../../themes/default/templates/sitemaps/index.xml"),
    ),
    (
        "sitemaps/month.xml",
        include_str!("../../../themes/default/templates/sitemaps/month.xml"),
    ),
    (
        "sitemaps/news.xml",
        include_str!("../../../themes/default/templates/sitemaps/news.xml"),
    ),
    (
        "robots.txt",
        include_str!("../../../themes/default/templates/robots.txt"),
    ),
];

const STATIC: &[(&str, &str, &[u8])] = &[
    (
        "site.css",
        "text/css; charset=utf-8",
        include_bytes!("../../../themes/default/static/site.css"),
    ),
    (
        "site.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../../../themes/default/static/site.js"),
    ),
    (
        "logo.svg",
        "image/svg+xml",
        include_bytes!("../../../themes/default/static/logo.svg"),
    ),
    (
        "admin.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../../../themes/default/static/admin.js"),
    ),
];

/// Static files are addressed by a fingerprint of their content, so they can be cached
/// forever and a new theme is picked up at once.
pub const IMMUTABLE: &str = "public, max-age=31536000, immutable";

pub struct Theme {
    pub env: Environment<'static>,
    /// Fingerprinted path (`/static/site.0123abcd.css`) → file.
    pub assets: HashMap<String, std::sync::Arc<CachedPage>>,
    /// Plain name (`site.css`) → fingerprinted path.
    pub asset_urls: HashMap<&'static str, String>,
}

#[derive(Debug, thiserror::Error)]
pub enum ThemeError {
    #[error("theme file {path}: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    #[error("template {name}: {source}")]
    Template {
        name: String,
        source: minijinja::Error,
    },
}

/// Escapes like minijinja's HTML mode, but leaves `/` alone: it needs no escaping in text or
/// quoted attributes, and `&#x2f;static&#x2f;...` makes pages larger and harder to read.
/// XML templates (feeds, sitemaps) also lose the characters XML 1.0 cannot carry at all
/// (most control characters): one stray byte in a headline would make a whole feed unreadable.
fn html_formatter(
    out: &mut minijinja::Output,
    state: &minijinja::State,
    value: &minijinja::Value,
) -> Result<(), minijinja::Error> {
    if state.auto_escape() == minijinja::AutoEscape::Html && !value.is_safe() {
        if let Some(text) = value.as_str() {
            let text = if state.name().ends_with(".xml") {
                xml_chars(text)
            } else {
                std::borrow::Cow::Borrowed(text)
            };
            return write_escaped(out, &text).map_err(minijinja::Error::from);
        }
    }
    minijinja::escape_formatter(out, state, value)
}

/// `text` without the characters XML 1.0 forbids.
fn xml_chars(text: &str) -> std::borrow::Cow<'_, str> {
    let allowed = |c: char| {
        matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}')
            || c >= '\u{10000}'
    };
    if text.chars().all(allowed) {
        std::borrow::Cow::Borrowed(text)
    } else {
        std::borrow::Cow::Owned(text.chars().filter(|c| allowed(*c)).collect())
    }
}

fn write_escaped(out: &mut minijinja::Output, text: &str) -> std::fmt::Result {
    let mut last = 0;
    for (i, b) in text.bytes().enumerate() {
        let rep = match b {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&#39;",
            _ => continue,
        };
        out.write_str(&text[last..i])?;
        out.write_str(rep)?;
        last = i + 1;
    }
    out.write_str(&text[last..])
}

impl Theme {
    /// The built-in theme, with any file present in `dir` taking the place of its own.
    pub fn load(dir: Option<&Path>) -> Result<Theme, ThemeError> {
        let read = |sub: &str, name: &str| -> Result<Option<Vec<u8>>, ThemeError> {
            let Some(dir) = dir else { return Ok(None) };
            let path = dir.join(sub).join(name);
            match std::fs::read(&path) {
                Ok(bytes) => Ok(Some(bytes)),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
                Err(source) => Err(ThemeError::Read {
                    path: path.display().to_string(),
                    source,
                }),
            }
        };

        let mut env = Environment::new();
        env.set_trim_blocks(true);
        env.set_keep_trailing_newline(false);
        env.set_formatter(html_formatter);
        for (name, builtin) in TEMPLATES {
            let source = match read("templates", name)? {
                Some(bytes) => String::from_utf8(bytes).map_err(|_| ThemeError::Read {
                    path: format!("templates/{name}"),
                    source: std::io::Error::new(std::io::ErrorKind::InvalidData, "not UTF-8"),
                })?,
                None => builtin.to_string(),
            };
            env.add_template_owned(*name, source)
                .map_err(|source| ThemeError::Template {
                    name: name.to_string(),
                    source,
                })?;
        }

        let mut assets = HashMap::new();
        let mut asset_urls = HashMap::new();
        for (name, content_type, builtin) in STATIC {
            let bytes = read("static", name)?.unwrap_or_else(|| builtin.to_vec());
            let page = CachedPage::compressed(content_type, IMMUTABLE, Bytes::from(bytes), 0);
            let (stem, ext) = name.rsplit_once('.').unwrap_or((name, ""));
            let url = format!("/static/{stem}.{}.{ext}", &page.etag_base[..10]);
            asset_urls.insert(*name, url.clone());
            assets.insert(url, std::sync::Arc::new(page));
        }
        Ok(Theme {
            env,
            assets,
            asset_urls,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xml_templates_escape_and_drop_what_xml_cannot_carry() {
        let theme = Theme::load(None).unwrap();
        let mut env = theme.env.clone();
        env.add_template("t.xml", "<t a=\"{{ v }}\">{{ v }}</t>")
            .unwrap();
        env.add_template("t.html", "{{ v }}").unwrap();
        let v = "A&B <c> \"q\" 'a'\u{1}\u{b}\u{fffe} – 新闻 😀";
        let xml = env
            .get_template("t.xml")
            .unwrap()
            .render(minijinja::context! { v })
            .unwrap();
        let clean = "A&amp;B &lt;c&gt; &quot;q&quot; &#39;a&#39; – 新闻 😀";
        assert_eq!(xml, format!("<t a=\"{clean}\">{clean}</t>"));
        let html = env
            .get_template("t.html")
            .unwrap()
            .render(minijinja::context! { v })
            .unwrap();
        assert!(html.contains('\u{1}'), "HTML pages are left as they were");
    }

    /// `t.key` in a template, preceded by something that cannot be part of a longer name.
    fn template_keys(source: &str) -> Vec<String> {
        let bytes = source.as_bytes();
        let mut keys = Vec::new();
        for (i, _) in source.match_indices("t.") {
            let before = i.checked_sub(1).map(|j| bytes[j]);
            if before.is_some_and(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'.') {
                continue;
            }
            let key: String = source[i + 2..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            if !key.is_empty() {
                keys.push(key);
            }
        }
        keys
    }

    /// The string literals that look like message keys in the calls that take one.
    fn code_keys(source: &str) -> Vec<String> {
        let mut keys = Vec::new();
        for call in [
            ".text(",
            ".message(",
            "Refusal::new(",
            "Refusal::wait(",
            "unprocessable(",
        ] {
            for (i, _) in source.match_indices(call) {
                let rest = &source[i + call.len()..];
                let mut depth = 1;
                let end = rest
                    .char_indices()
                    .find(|(_, c)| {
                        match c {
                            '(' => depth += 1,
                            ')' => depth -= 1,
                            _ => {}
                        }
                        depth == 0
                    })
                    .map_or(rest.len(), |(j, _)| j);
                let args = &rest[..end];
                let parts: Vec<&str> = args.split('"').collect();
                for (n, part) in parts.iter().enumerate() {
                    let is_key = !part.is_empty()
                        && part.bytes().all(|b| b.is_ascii_lowercase() || b == b'_');
                    // `("n", Arg::Number(..))` names a variable, not a message.
                    if n % 2 == 1 && is_key && !parts[n - 1].ends_with('(') {
                        keys.push(part.to_string());
                    }
                }
            }
        }
        keys
    }

    #[test]
    fn every_key_the_templates_and_the_code_use_exists() {
        let catalogue = dateline_core::i18n::Catalogue::builtin();
        let known: std::collections::HashSet<&str> = catalogue.keys().collect();
        let mut used = 0;
        for (name, source) in TEMPLATES {
            for key in template_keys(source) {
                used += 1;
                assert!(
                    known.contains(key.as_str()),
                    "template {name} uses t.{key}, which no message file defines"
                );
            }
        }
        assert!(
            used > 80,
            "found only {used} uses of t.KEY in the templates"
        );
        let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut in_code = 0;
        for entry in std::fs::read_dir(&src).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "rs") && !path.ends_with("theme.rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                for key in code_keys(&text) {
                    in_code += 1;
                    assert!(
                        known.contains(key.as_str()),
                        "{} asks for message {key:?}, which no message file defines",
                        path.display()
                    );
                }
            }
        }
        assert!(
            in_code > 30,
            "found only {in_code} message keys in the code"
        );
        // Built from a prefix in the code: each must exist.
        for f in ["each", "daily", "weekly"] {
            assert!(known.contains(format!("freq_{f}").as_str()));
        }
        assert_eq!(
            template_keys("{{ t.see_also }} {{ at.x }} {{ edition.t.y }}"),
            ["see_also"]
        );
        assert_eq!(
            code_keys("site.text(lang, \"see_also\") x.text(lang, key) s.message(l, \"results_count\", &[(\"n\", 1)])"),
            ["see_also", "results_count"]
        );
    }
}
