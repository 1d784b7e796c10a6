//! Slugs: the readable last part of an article's address.

/// Longest slug we produce; long headlines make unreadable addresses.
const MAX_LEN: usize = 80;

/// Turns a headline or tag name into an ASCII slug. Scripts other than Latin are
/// transliterated (Chinese becomes pinyin), so every slug can be typed and shared.
pub fn slugify(text: &str) -> String {
    let ascii = deunicode::deunicode(text);
    let mut slug = String::with_capacity(ascii.len());
    for c in ascii.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    while slug.ends_with('-') {
        slug.pop();
    }
    if slug.len() > MAX_LEN {
        let cut = slug[..MAX_LEN].rfind('-').unwrap_or(MAX_LEN);
        slug.truncate(cut);
    }
    slug
}

/// Whether `slug` is one we would accept from an import file.
pub fn is_valid(slug: &str) -> bool {
    !slug.is_empty()
        && slug.len() <= 120
        && slug
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !slug.starts_with('-')
        && !slug.ends_with('-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_headlines() {
        assert_eq!(
            slugify("Iran, l'Albania rompe le relazioni: «Attacco informatico»"),
            "iran-l-albania-rompe-le-relazioni-attacco-informatico"
        );
        assert_eq!(slugify("  Ñandú & café  "), "nandu-cafe");
    }

    #[test]
    fn chinese_is_transliterated() {
        let s = slugify("伊朗与阿尔巴尼亚断交");
        assert!(is_valid(&s), "{s}");
        assert!(s.starts_with("yi-lang"), "{s}");
    }

    #[test]
    fn long_slugs_are_cut_at_a_word() {
        let s = slugify(&"word ".repeat(40));
        assert!(s.len() <= MAX_LEN && !s.ends_with('-'));
    }

    #[test]
    fn validity() {
        assert!(is_valid("a-b-1"));
        assert!(!is_valid("A-b"));
        assert!(!is_valid("-a"));
        assert!(!is_valid("a b"));
        assert!(!is_valid(""));
    }
}
