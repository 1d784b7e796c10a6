//! What an article page tells search engines, news aggregators and social sites about
//! itself: schema.org `NewsArticle` JSON-LD, OpenGraph and Twitter card tags, and the
//! `hreflang` alternates between a story's translations.

use serde::Serialize;
use serde_json::{json, Value};

/// The facts about one story that its page's metadata is made of.
pub struct StoryFacts<'a> {
    pub headline: &'a str,
    pub description: &'a str,
    /// Absolute address of the article page.
    pub url: &'a str,
    pub published_iso: &'a str,
    pub modified_iso: &'a str,
    pub authors: &'a [String],
    /// BCP 47 tag of the edition.
    pub language: &'a str,
    /// Absolute address of the story's first image, when it has one.
    pub image: Option<&'a str>,
    pub dateline_place: &'a str,
    /// ISO code of the dateline's country, when it is known.
    pub dateline_country: Option<&'a str>,
    pub correction: Option<(&'a str, &'a str)>,
    /// The story's region names and tags, as keywords.
    pub keywords: Vec<&'a str>,
    pub agency: &'a str,
    pub site_url: &'a str,
    /// Absolute address of the publisher's logo.
    pub logo: Option<&'a str>,
}

/// The `NewsArticle` as JSON, safe to print inside `<script type="application/ld+json">`.
pub fn news_article(f: &StoryFacts<'_>) -> String {
    let mut publisher = json!({
        "@type": "NewsMediaOrganization",
        "name": f.agency,
        "url": f.site_url,
    });
    if let Some(logo) = f.logo {
        publisher["logo"] = json!({ "@type": "ImageObject", "url": logo });
    }
    let mut article = json!({
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": f.headline,
        "description": f.description,
        "url": f.url,
        "mainEntityOfPage": { "@type": "WebPage", "@id": f.url },
        "datePublished": f.published_iso,
        "dateModified": f.modified_iso,
        "inLanguage": f.language,
        "isAccessibleForFree": true,
        "author": f.authors.iter().map(|name| json!({ "@type": "Person", "name": name })).collect::<Vec<_>>(),
        "publisher": publisher,
    });
    if !f.keywords.is_empty() {
        article["keywords"] = json!(f.keywords);
    }
    if let Some(image) = f.image {
        article["image"] = json!([image]);
    }
    if !f.dateline_place.is_empty() {
        let mut place = json!({ "@type": "Place", "name": f.dateline_place });
        if let Some(country) = f.dateline_country {
            place["address"] = json!({ "@type": "PostalAddress", "addressCountry": country });
        }
        article["locationCreated"] = place;
    }
    if let Some((text, date)) = f.correction {
        article["correction"] = json!({
            "@type": "CorrectionComment",
            "text": text,
            "datePublished": date,
        });
    }
    script_json(&article)
}

/// JSON that cannot end the `<script>` element holding it nor open a comment: `<`, `>` and
/// `&` (which can only occur inside strings) are written as `\u` escapes, which JSON readers
/// turn back into the same characters.
pub fn script_json(value: &Value) -> String {
    let text = value.to_string();
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out
}

/// The address of the first image in a story's (sanitised) body, made absolute.
pub fn first_image(body_html: &str, base_url: &str) -> Option<String> {
    let img = body_html.find("<img ")?;
    let tag = &body_html[img..img + body_html[img..].find('>')?];
    let start = tag.find(" src=\"")? + 6;
    let src = &tag[start..start + tag[start..].find('"')?];
    let src = src.replace("&amp;", "&");
    if src.starts_with('/') && !src.starts_with("//") {
        Some(format!("{base_url}{src}"))
    } else if src.starts_with("https://") || src.starts_with("http://") {
        Some(src)
    } else {
        None
    }
}

/// One `<link rel="alternate" hreflang>` of an article page.
#[derive(Debug, Serialize, PartialEq, Eq)]
pub struct Alternate {
    pub hreflang: String,
    pub href: String,
}

/// The alternates of a story present in several editions: every version, itself included,
/// and `x-default`, the version in `default_edition`, or else the first. `versions` are
/// `(edition code, language, absolute address)` in the editions' order; a story in one
/// edition only has none.
pub fn alternates(versions: &[(&str, &str, &str)], default_edition: &str) -> Vec<Alternate> {
    if versions.len() < 2 {
        return Vec::new();
    }
    let mut out: Vec<Alternate> = versions
        .iter()
        .map(|(_, language, href)| Alternate {
            hreflang: language.to_string(),
            href: href.to_string(),
        })
        .collect();
    let default = versions
        .iter()
        .find(|(code, ..)| *code == default_edition)
        .unwrap_or(&versions[0]);
    out.push(Alternate {
        hreflang: "x-default".into(),
        href: default.2.to_string(),
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts<'a>(headline: &'a str, authors: &'a [String]) -> StoryFacts<'a> {
        StoryFacts {
            headline,
            description: "A & B",
            url: "https://news.example/en/2022/08/09/x",
            published_iso: "2022-08-09T17:44:00+01:00",
            modified_iso: "2022-08-10T09:00:00+01:00",
            authors,
            language: "en",
            image: None,
            dateline_place: "Tirana",
            dateline_country: None,
            correction: None,
            keywords: vec![],
            agency: "Agency",
            site_url: "https://news.example",
            logo: None,
        }
    }

    #[test]
    fn a_headline_cannot_close_the_script_element() {
        let authors = vec!["Anna </script><script>alert(1)</script>".to_string()];
        let text = news_article(&facts("</script><!-- \u{2028} -->", &authors));
        assert!(!text.contains('<') && !text.contains('>'), "{text}");
        let back: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(back["headline"], "</script><!-- \u{2028} -->");
        assert_eq!(back["author"][0]["name"], authors[0].as_str());
        assert_eq!(back["description"], "A & B");
        assert!(back.get("image").is_none() && back.get("correction").is_none());
    }

    #[test]
    fn first_image_is_made_absolute() {
        let body = "<p>x</p><figure><img src=\"/media/3/1200.jpg\" srcset=\"/media/3/480.jpg 480w\" alt=\"A\"></figure><img src=\"/media/4/480.jpg\">";
        assert_eq!(
            first_image(body, "https://news.example").as_deref(),
            Some("https://news.example/media/3/1200.jpg")
        );
        assert_eq!(first_image("<p>no image</p>", "https://x"), None);
    }

    #[test]
    fn alternates_name_every_version_and_a_default() {
        let versions = [
            ("it", "it", "https://n/it/a"),
            ("en", "en", "https://n/en/a"),
            ("zh", "zh-Hans", "https://n/zh/a"),
        ];
        let alts = alternates(&versions, "en");
        let pairs: Vec<(&str, &str)> = alts
            .iter()
            .map(|a| (a.hreflang.as_str(), a.href.as_str()))
            .collect();
        assert_eq!(
            pairs,
            [
                ("it", "https://n/it/a"),
                ("en", "https://n/en/a"),
                ("zh-Hans", "https://n/zh/a"),
                ("x-default", "https://n/en/a")
            ]
        );
        assert_eq!(alternates(&versions, "fr")[3].href, "https://n/it/a");
        assert!(alternates(&versions[..1], "en").is_empty());
    }
}
