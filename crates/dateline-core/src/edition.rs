//! Editions: one per language the agency publishes in.

use serde::{Deserialize, Serialize};

/// An edition of the site: its language, how its readers write dates, its motto.
///
/// The defaults below seed a new database; once stored, the database row is what counts, so
/// an operator can change a motto or a date format without a new release.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Edition {
    /// Short code used in addresses (`/it/...`), also the BCP 47 language tag's primary subtag.
    pub code: String,
    /// The edition's own name for itself ("Italiano").
    pub name: String,
    /// BCP 47 language tag for `lang` attributes (`it`, `en`, `es`, `zh-Hans`).
    pub language: String,
    /// Locale used for sorting and formatting (`it_IT`).
    pub locale: String,
    /// IANA time zone in which the edition's readers see times.
    pub time_zone: String,
    /// Date pattern, see [`crate::time::format`].
    pub date_format: String,
    /// Date-and-time pattern, see [`crate::time::format`].
    pub datetime_format: String,
    pub motto: String,
    /// Order in menus and language switchers.
    pub position: i64,
}

impl Edition {
    /// The four editions a new site starts with.
    pub fn defaults() -> Vec<Edition> {
        let e = |code: &str,
                 name: &str,
                 language: &str,
                 locale: &str,
                 tz: &str,
                 date: &str,
                 datetime: &str,
                 motto: &str,
                 position: i64| Edition {
            code: code.into(),
            name: name.into(),
            language: language.into(),
            locale: locale.into(),
            time_zone: tz.into(),
            date_format: date.into(),
            datetime_format: datetime.into(),
            motto: motto.into(),
            position,
        };
        vec![
            e(
                "it",
                "Italiano",
                "it",
                "it_IT",
                "Europe/Rome",
                "{dd}/{mm}/{yyyy}",
                "{dd}/{mm}/{yyyy}, {HH}.{MM}",
                "Le notizie che i confini non fermano",
                1,
            ),
            e(
                "en",
                "English",
                "en",
                "en_GB",
                "Europe/London",
                "{d} {month} {yyyy}",
                "{d} {month} {yyyy}, {HH}:{MM}",
                "The news that borders cannot stop",
                2,
            ),
            e(
                "es",
                "Español",
                "es",
                "es_ES",
                "Europe/Madrid",
                "{d} de {month} de {yyyy}",
                "{d} de {month} de {yyyy}, {HH}:{MM}",
                "Las noticias que las fronteras no detienen",
                3,
            ),
            e(
                "zh",
                "中文",
                "zh-Hans",
                "zh_CN",
                "Asia/Shanghai",
                "{yyyy}年{m}月{d}日",
                "{yyyy}年{m}月{d}日 {HH}:{MM}",
                "边界挡不住的新闻",
                4,
            ),
        ]
    }

    /// Whether `code` has the shape of an edition code (lowercase ASCII letters, 2–8 long).
    pub fn valid_code(code: &str) -> bool {
        (2..=8).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_lowercase())
    }
}
