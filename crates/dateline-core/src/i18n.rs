//! Interface text in each edition's language, from Fluent message files.
//!
//! The four built-in editions' files (`messages/{it,en,es,zh}.ftl`) are compiled into the
//! binary. An operator adds an edition, or rewords a built-in one, by putting `CODE.ftl` in the
//! configured messages folder: a file there takes the place of the built-in one. English is
//! the reference: every language's bundle holds the English messages first, then its own on
//! top, so a key a file lacks is shown in English (and [`Catalogue::load`] reports it).
//!
//! Plain messages are formatted once, at load, and read as `&str` ([`Catalogue::text`], and
//! `t.key` in templates); messages with variables (`{ $n }`) are formatted on each use
//! ([`Catalogue::format`]), with Fluent's plural rules for the language.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;

/// The reference language: its file defines the keys, and it fills any key another lacks.
pub const REFERENCE: &str = "en";

/// The built-in message files, by edition code.
pub const BUILTIN: &[(&str, &str)] = &[
    ("it", include_str!("../messages/it.ftl")),
    ("en", include_str!("../messages/en.ftl")),
    ("es", include_str!("../messages/es.ftl")),
    ("zh", include_str!("../messages/zh.ftl")),
];

/// A message file that cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum MessageError {
    #[error("message file {file}, line {line}: {message}")]
    Syntax {
        file: String,
        line: usize,
        message: String,
    },
    #[error("message file {file}: {source}")]
    Read {
        file: String,
        source: std::io::Error,
    },
    #[error("message file {file}: edition {code:?} has no message file: put {code}.ftl in the messages folder (messages_dir)")]
    Missing { file: String, code: String },
}

/// Something worth telling the operator at start, though the site can run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    pub file: String,
    /// Keys of the reference file this one lacks (shown in English).
    pub missing: Vec<String>,
    /// Keys this file has that the reference does not (probably misspelt; never used).
    pub unknown: Vec<String>,
}

impl std::fmt::Display for Warning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "message file {}:", self.file)?;
        if !self.missing.is_empty() {
            write!(f, " lacks {} (shown in English)", self.missing.join(", "))?;
        }
        if !self.unknown.is_empty() {
            if !self.missing.is_empty() {
                write!(f, ";")?;
            }
            write!(f, " has unknown keys {} (ignored)", self.unknown.join(", "))?;
        }
        Ok(())
    }
}

/// An edition whose text the catalogue must hold.
#[derive(Debug, Clone)]
pub struct Wanted<'a> {
    /// The edition's code, which names its file (`fr` → `fr.ftl`).
    pub code: &'a str,
    /// Its BCP 47 language tag (`fr`, `zh-Hans`): selects plural rules, and is the key
    /// [`Catalogue::text`] looks it up by.
    pub language: &'a str,
}

struct Language {
    tag: String,
    bundle: FluentBundle<FluentResource>,
    /// Every plain message, formatted once.
    plain: HashMap<String, String>,
}

/// The interface text of every edition of a site.
pub struct Catalogue {
    languages: Vec<Language>,
    /// The reference file's keys, in file order.
    keys: Vec<String>,
}

impl std::fmt::Debug for Catalogue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalogue")
            .field(
                "languages",
                &self.languages.iter().map(|l| &l.tag).collect::<Vec<_>>(),
            )
            .field("keys", &self.keys.len())
            .finish()
    }
}

/// Parses one file, naming it and the line of its first mistake.
fn parse(file: &str, source: String) -> Result<FluentResource, MessageError> {
    FluentResource::try_new(source).map_err(|(resource, errors)| {
        let first = &errors[0];
        let text = resource.source();
        let at = first.pos.start.min(text.len());
        let line = text[..at].matches('\n').count() + 1;
        MessageError::Syntax {
            file: file.to_string(),
            line,
            message: first.to_string(),
        }
    })
}

/// The ids of a file's messages, in order (terms, `-name`, are helpers, not keys).
fn message_ids(resource: &FluentResource) -> Vec<String> {
    resource
        .entries()
        .filter_map(|e| match e {
            ast::Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect()
}

fn builtin(code: &str) -> Option<&'static str> {
    BUILTIN.iter().find(|(c, _)| *c == code).map(|(_, s)| *s)
}

/// A file's text and the name to report it by: `dir/CODE.ftl` when present, else built in.
fn source_of(code: &str, dir: Option<&Path>) -> Result<Option<(String, String)>, MessageError> {
    if let Some(dir) = dir {
        let path: PathBuf = dir.join(format!("{code}.ftl"));
        match std::fs::read(&path) {
            Ok(bytes) => {
                let file = path.display().to_string();
                let text = String::from_utf8(bytes).map_err(|_| MessageError::Read {
                    file: file.clone(),
                    source: std::io::Error::new(std::io::ErrorKind::InvalidData, "not UTF-8"),
                })?;
                return Ok(Some((file, text)));
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(source) => {
                return Err(MessageError::Read {
                    file: path.display().to_string(),
                    source,
                })
            }
        }
    }
    Ok(builtin(code).map(|text| (format!("(built in) {code}.ftl"), text.to_string())))
}

impl Catalogue {
    /// The built-in text of the four default editions, for tests and tools.
    pub fn builtin() -> Catalogue {
        let wanted = [("it", "it"), ("en", "en"), ("es", "es"), ("zh", "zh-Hans")]
            .map(|(code, language)| Wanted { code, language });
        let (catalogue, warnings) =
            Catalogue::load(&wanted, None).expect("the built-in message files parse");
        debug_assert!(warnings.is_empty(), "{warnings:?}");
        catalogue
    }

    /// Loads the text of `editions`: each from `dir/CODE.ftl` when there is one, else from the
    /// built-in file. An edition with neither is an error, as is any file that does not parse.
    pub fn load(
        editions: &[Wanted<'_>],
        dir: Option<&Path>,
    ) -> Result<(Catalogue, Vec<Warning>), MessageError> {
        let (ref_file, ref_text) =
            source_of(REFERENCE, dir)?.expect("the reference language is built in");
        let reference = parse(&ref_file, ref_text.clone())?;
        let keys = message_ids(&reference);
        let mut languages = Vec::new();
        let mut warnings = Vec::new();
        for wanted in editions {
            let Some((file, text)) = source_of(wanted.code, dir)? else {
                return Err(MessageError::Missing {
                    file: match dir {
                        Some(d) => d.join(format!("{}.ftl", wanted.code)).display().to_string(),
                        None => format!("{}.ftl", wanted.code),
                    },
                    code: wanted.code.to_string(),
                });
            };
            let own = parse(&file, text)?;
            let ids = message_ids(&own);
            let missing: Vec<String> = keys.iter().filter(|k| !ids.contains(k)).cloned().collect();
            let unknown: Vec<String> = ids.iter().filter(|k| !keys.contains(k)).cloned().collect();
            if !missing.is_empty() || !unknown.is_empty() {
                warnings.push(Warning {
                    file: file.clone(),
                    missing,
                    unknown,
                });
            }
            let locale = wanted
                .language
                .parse()
                .or_else(|_| wanted.code.parse())
                .unwrap_or_else(|_| REFERENCE.parse().expect("a valid tag"));
            let mut bundle = FluentBundle::new_concurrent(vec![locale]);
            // Plain text, not bidirectional isolation marks: the pages set `lang` and `dir`.
            bundle.set_use_isolating(false);
            bundle.add_resource_overriding(parse(&ref_file, ref_text.clone())?);
            bundle.add_resource_overriding(own);
            let mut plain = HashMap::new();
            for key in &keys {
                if let Some(text) = format_in(&bundle, key, None) {
                    plain.insert(key.clone(), text);
                }
            }
            languages.push(Language {
                tag: wanted.language.to_string(),
                bundle,
                plain,
            });
        }
        Ok((Catalogue { languages, keys }, warnings))
    }

    /// The language of tag `language`: the exact tag, else one with the same primary subtag,
    /// else the reference language.
    fn language(&self, language: &str) -> Option<&Language> {
        let primary = |t: &str| t.split('-').next().unwrap_or("").to_ascii_lowercase();
        self.languages
            .iter()
            .find(|l| l.tag.eq_ignore_ascii_case(language))
            .or_else(|| {
                self.languages
                    .iter()
                    .find(|l| primary(&l.tag) == primary(language))
            })
            .or_else(|| self.languages.iter().find(|l| primary(&l.tag) == REFERENCE))
            .or_else(|| self.languages.first())
    }

    /// The plain message `key` in `language`; the empty string for an unknown key.
    pub fn text(&self, language: &str, key: &str) -> &str {
        self.language(language)
            .and_then(|l| l.plain.get(key))
            .map_or("", String::as_str)
    }

    /// Message `key` in `language` with `args` filled in (numbers choose plural forms).
    pub fn format(&self, language: &str, key: &str, args: &[(&str, Arg<'_>)]) -> String {
        let Some(lang) = self.language(language) else {
            return String::new();
        };
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Number(n) => fluent_args.set(*name, FluentValue::from(*n)),
                Arg::Text(t) => fluent_args.set(*name, FluentValue::from(*t)),
            }
        }
        format_in(&lang.bundle, key, Some(&fluent_args)).unwrap_or_default()
    }

    /// Every plain message of `language`, `(key, text)`, for templates.
    pub fn texts(&self, language: &str) -> impl Iterator<Item = (&str, &str)> {
        self.language(language)
            .into_iter()
            .flat_map(|l| l.plain.iter().map(|(k, v)| (k.as_str(), v.as_str())))
    }

    /// Every key, in the reference file's order.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.keys.iter().map(String::as_str)
    }
}

/// A value for a message's variable.
#[derive(Debug, Clone, Copy)]
pub enum Arg<'a> {
    Number(i64),
    Text(&'a str),
}

/// Formats `key`; `None` when it has no value, or (with no `args`) when it needs variables.
fn format_in(
    bundle: &FluentBundle<FluentResource>,
    key: &str,
    args: Option<&FluentArgs>,
) -> Option<String> {
    let pattern = bundle.get_message(key)?.value()?;
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, args, &mut errors);
    (args.is_some() || errors.is_empty()).then(|| text.into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids_of(text: &str) -> Vec<String> {
        message_ids(&parse("test", text.to_string()).unwrap())
    }

    #[test]
    fn every_key_is_in_every_built_in_file() {
        let reference = ids_of(builtin(REFERENCE).unwrap());
        assert!(reference.len() > 90, "only {} keys", reference.len());
        for (code, text) in BUILTIN {
            let ids = ids_of(text);
            let missing: Vec<_> = reference.iter().filter(|k| !ids.contains(k)).collect();
            let extra: Vec<_> = ids.iter().filter(|k| !reference.contains(k)).collect();
            assert!(missing.is_empty(), "{code}.ftl lacks {missing:?}");
            assert!(extra.is_empty(), "{code}.ftl has unknown keys {extra:?}");
            let mut seen = std::collections::HashSet::new();
            for id in &ids {
                assert!(seen.insert(id), "{code}.ftl defines {id} twice");
            }
        }
        let c = Catalogue::builtin();
        for (code, _) in BUILTIN {
            for key in c.keys() {
                let needs_args = [
                    "results_count",
                    "err_rate_ip",
                    "err_rate_address",
                    "month_year",
                ];
                if !needs_args.contains(&key) {
                    assert!(!c.text(code, key).is_empty(), "{key} is empty in {code}");
                }
            }
        }
    }

    #[test]
    fn text_by_language_with_fallbacks() {
        let c = Catalogue::builtin();
        assert_eq!(c.text("zh-Hans", "see_also"), "另见");
        assert_eq!(c.text("zh", "see_also"), "另见");
        assert_eq!(c.text("it", "see_also"), "Vedi anche");
        assert_eq!(c.text("fr", "see_also"), "See also");
        assert_eq!(c.text("it", "no-such-key"), "");
    }

    #[test]
    fn variables_and_plurals() {
        let c = Catalogue::builtin();
        let n = |lang, n| c.format(lang, "results_count", &[("n", Arg::Number(n))]);
        assert_eq!(n("en", 1), "1 result");
        assert_eq!(n("en", 12), "12 results");
        assert_eq!(n("it", 1), "1 risultato");
        assert_eq!(n("es", 3), "3 resultados");
        assert_eq!(n("zh-Hans", 3), "共 3 条结果");
        let wait = c.format("en", "err_rate_ip", &[("minutes", Arg::Number(1))]);
        assert!(wait.ends_with("try again in a minute."), "{wait}");
        let wait = c.format("it", "err_rate_ip", &[("minutes", Arg::Number(5))]);
        assert!(wait.ends_with("riprova fra 5 minuti."), "{wait}");
        assert_eq!(c.text("en", "results_count"), "", "not a plain message");
    }

    #[test]
    fn an_added_language_falls_back_to_english_and_is_reported() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("fr.ftl"),
            "see_also = Voir aussi\nlatest = Dernières nouvelles\nsee_alsoo = typo\n",
        )
        .unwrap();
        let wanted = [
            Wanted {
                code: "en",
                language: "en",
            },
            Wanted {
                code: "fr",
                language: "fr",
            },
        ];
        let (c, warnings) = Catalogue::load(&wanted, Some(dir.path())).unwrap();
        assert_eq!(c.text("fr", "see_also"), "Voir aussi");
        assert_eq!(c.text("fr", "archive"), "Archive");
        assert_eq!(warnings.len(), 1);
        let w = &warnings[0];
        assert!(w.file.ends_with("fr.ftl"), "{}", w.file);
        assert!(w.missing.contains(&"archive".to_string()));
        assert!(!w.missing.contains(&"latest".to_string()));
        assert_eq!(w.unknown, vec!["see_alsoo".to_string()]);
        let said = w.to_string();
        assert!(
            said.contains("archive") && said.contains("see_alsoo"),
            "{said}"
        );
    }

    #[test]
    fn a_syntax_error_names_file_and_line() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("fr.ftl"),
            "see_also = Voir aussi\n\nlatest Dernières nouvelles\n",
        )
        .unwrap();
        let wanted = [Wanted {
            code: "fr",
            language: "fr",
        }];
        let err = Catalogue::load(&wanted, Some(dir.path()))
            .unwrap_err()
            .to_string();
        assert!(err.contains("fr.ftl, line 3:"), "{err}");

        let wanted = [Wanted {
            code: "pt",
            language: "pt",
        }];
        let err = Catalogue::load(&wanted, Some(dir.path()))
            .unwrap_err()
            .to_string();
        assert!(err.contains("pt.ftl"), "{err}");
    }
}
