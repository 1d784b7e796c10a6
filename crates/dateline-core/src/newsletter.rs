//! The newsletter's rules: what a reader asks for, how often, and which stories match.
//!
//! A reader chooses editions, and within them optionally countries and tags. With neither,
//! every story of the chosen editions matches; with some, a story matches when it is about
//! one of the chosen countries or carries one of the chosen tags.

use serde::{Deserialize, Serialize};

/// How often a subscriber hears from the site.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Frequency {
    /// A mail for each story as it is published.
    Each,
    /// One digest a day, at the edition's sending time.
    Daily,
    /// One digest a week.
    Weekly,
}

impl Frequency {
    pub const ALL: [Frequency; 3] = [Frequency::Each, Frequency::Daily, Frequency::Weekly];

    pub fn as_str(self) -> &'static str {
        match self {
            Frequency::Each => "each",
            Frequency::Daily => "daily",
            Frequency::Weekly => "weekly",
        }
    }

    pub fn parse(text: &str) -> Option<Frequency> {
        Frequency::ALL.into_iter().find(|f| f.as_str() == text)
    }
}

/// What a subscriber wants to receive.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Preferences {
    /// Edition codes; never empty.
    pub editions: Vec<String>,
    /// ISO 3166-1 codes, upper case.
    pub regions: Vec<String>,
    /// `edition/slug` pairs: tags belong to an edition.
    pub tags: Vec<String>,
    pub frequency: Frequency,
}

/// A story as the newsletter sees it.
#[derive(Debug, Clone, Copy)]
pub struct StoryTopics<'a> {
    pub edition: &'a str,
    pub regions: &'a [String],
    /// Tag slugs within `edition`.
    pub tags: &'a [String],
}

/// Longest lists a preferences form may send; more is a malformed request, not a reader.
pub const MAX_CHOICES: usize = 300;

impl Preferences {
    /// Whether `story` is one this subscriber asked for.
    pub fn wants(&self, story: StoryTopics<'_>) -> bool {
        if !self.editions.iter().any(|e| e == story.edition) {
            return false;
        }
        if self.regions.is_empty() && self.tags.is_empty() {
            return true;
        }
        story.regions.iter().any(|r| self.regions.contains(r))
            || story.tags.iter().any(|t| {
                self.tags.iter().any(|pair| {
                    pair.split_once('/')
                        .is_some_and(|(ed, slug)| ed == story.edition && slug == t)
                })
            })
    }

    /// Checks the choices against what the site has; the message names the first problem.
    pub fn validate(
        &self,
        is_edition: impl Fn(&str) -> bool,
        is_region: impl Fn(&str) -> bool,
    ) -> Result<(), String> {
        if self.editions.is_empty() {
            return Err("Choose at least one edition.".into());
        }
        if self.editions.len() + self.regions.len() + self.tags.len() > MAX_CHOICES {
            return Err(format!(
                "Choose at most {MAX_CHOICES} editions, countries and tags."
            ));
        }
        if let Some(bad) = self.editions.iter().find(|e| !is_edition(e)) {
            return Err(format!("There is no edition {bad:?}."));
        }
        if let Some(bad) = self.regions.iter().find(|r| !is_region(r)) {
            return Err(format!("There is no country {bad:?}."));
        }
        if let Some(bad) = self.tags.iter().find(|t| {
            !t.split_once('/')
                .is_some_and(|(ed, slug)| is_edition(ed) && crate::slug::is_valid(slug))
        }) {
            return Err(format!("There is no tag {bad:?}."));
        }
        Ok(())
    }
}

/// An address the site may send mail to: trimmed and lowercased, exactly one `@`, a local part
/// of the characters RFC 5322 allows unquoted, a domain of letters, digits and hyphens with at
/// least one dot. Anything that could add a second recipient or a header (commas, spaces,
/// angle brackets, line breaks) is refused.
pub fn mail_address(text: &str) -> Option<String> {
    let email = text.trim().to_lowercase();
    if email.len() > 254 {
        return None;
    }
    let (local, domain) = email.split_once('@')?;
    let local_ok = !local.is_empty()
        && local.len() <= 64
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..")
        && local
            .chars()
            .all(|c| c.is_alphanumeric() || "!#$%&'*+-/=?^_`{|}~.".contains(c));
    let domain_ok = domain.contains('.')
        && domain.split('.').all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.chars().all(|c| c.is_alphanumeric() || c == '-')
        });
    (local_ok && domain_ok).then_some(email)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn prefs(editions: &[&str], regions: &[&str], tags: &[&str]) -> Preferences {
        let v = |items: &[&str]| items.iter().map(|s| s.to_string()).collect();
        Preferences {
            editions: v(editions),
            regions: v(regions),
            tags: v(tags),
            frequency: Frequency::Daily,
        }
    }

    #[test]
    fn a_story_matches_by_edition_then_country_or_tag() {
        let ir = vec!["IR".to_string()];
        let elections = vec!["elections".to_string()];
        let none: Vec<String> = Vec::new();
        let story = |edition, regions, tags| StoryTopics {
            edition,
            regions,
            tags,
        };

        let everything = prefs(&["en"], &[], &[]);
        assert!(everything.wants(story("en", &none, &none)));
        assert!(!everything.wants(story("it", &ir, &none)));

        let iran = prefs(&["en", "it"], &["IR"], &[]);
        assert!(iran.wants(story("it", &ir, &none)));
        assert!(!iran.wants(story("en", &none, &elections)));

        let topics = prefs(&["en"], &["AL"], &["en/elections"]);
        assert!(topics.wants(story("en", &none, &elections)));
        assert!(!topics.wants(story("en", &ir, &none)));
        // A tag chosen in one edition is not the same-named tag of another.
        let it_topics = prefs(&["it", "en"], &[], &["it/elections"]);
        assert!(!it_topics.wants(story("en", &none, &elections)));
        assert!(it_topics.wants(story("it", &none, &elections)));
    }

    #[test]
    fn preferences_name_what_is_wrong() {
        let editions = |e: &str| e == "en" || e == "it";
        let regions = |r: &str| r == "IR";
        assert!(prefs(&["en"], &["IR"], &["it/x"])
            .validate(editions, regions)
            .is_ok());
        assert!(prefs(&[], &[], &[])
            .validate(editions, regions)
            .unwrap_err()
            .contains("at least one edition"));
        assert!(prefs(&["fr"], &[], &[])
            .validate(editions, regions)
            .unwrap_err()
            .contains("\"fr\""));
        assert!(prefs(&["en"], &["XX"], &[])
            .validate(editions, regions)
            .unwrap_err()
            .contains("\"XX\""));
        assert!(prefs(&["en"], &[], &["fr/x"])
            .validate(editions, regions)
            .unwrap_err()
            .contains("fr/x"));
    }

    #[test]
    fn mail_addresses_that_could_carry_more_are_refused() {
        assert_eq!(
            mail_address("  Reader@Example.ORG "),
            Some("reader@example.org".into())
        );
        assert!(mail_address("a.b+news@mail.example.co.uk").is_some());
        for bad in [
            "",
            "reader",
            "reader@localhost",
            "a@b.org,c@d.org",
            "a@b.org c@d.org",
            "a@b@c.org",
            "a@b.org\r\nBcc: c@d.org",
            "<a@b.org>",
            "\"a b\"@c.org",
            ".a@b.org",
            "a..b@c.org",
            "a@-b.org",
            "a@b..org",
        ] {
            assert_eq!(mail_address(bad), None, "{bad:?}");
        }
        assert_eq!(mail_address(&format!("{}@b.org", "a".repeat(65))), None);
    }
}
