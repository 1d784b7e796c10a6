//! Regions: the countries and territories a story is about, by ISO 3166-1 alpha-2 code.

/// One row of the built-in region table: the code and its name in each default edition.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegionRow {
    pub code: &'static str,
    /// `(edition code, name)` pairs.
    pub names: Vec<(&'static str, &'static str)>,
}

const TABLE: &str = include_str!("../data/regions.tsv");

/// Every ISO 3166-1 country and territory, with names in the default editions' languages.
/// The table's header names the editions; see `data/make-regions.py` for its origin.
pub fn builtin() -> Vec<RegionRow> {
    let mut lines = TABLE.lines();
    let header: Vec<&'static str> = lines.next().unwrap_or("code").split('\t').collect();
    lines
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|line| {
            let mut cols = line.split('\t');
            let code = cols.next()?;
            let names = header[1..]
                .iter()
                .zip(cols)
                .filter(|(_, name)| !name.is_empty())
                .map(|(ed, name)| (*ed, name))
                .collect();
            Some(RegionRow { code, names })
        })
        .collect()
}

/// Normalises a region code as written by a person or an import file (`ir`, ` IR `) and
/// checks its shape: two ASCII letters.
pub fn normalise_code(code: &str) -> Option<String> {
    let code = code.trim();
    (code.len() == 2 && code.bytes().all(|b| b.is_ascii_alphabetic()))
        .then(|| code.to_ascii_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_has_every_country_in_every_default_edition() {
        let rows = builtin();
        assert!(rows.len() >= 240, "only {} regions", rows.len());
        for code in ["IR", "AL", "CN", "IT", "KP", "TW", "HK", "VA"] {
            let row = rows.iter().find(|r| r.code == code).expect(code);
            for ed in ["en", "it", "es", "zh"] {
                assert!(
                    row.names.iter().any(|(e, _)| *e == ed),
                    "{code} has no {ed} name"
                );
            }
        }
    }

    #[test]
    fn codes_are_normalised() {
        assert_eq!(normalise_code(" ir "), Some("IR".into()));
        assert_eq!(normalise_code("IRN"), None);
        assert_eq!(normalise_code("1A"), None);
    }
}
