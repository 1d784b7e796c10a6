//! Dates and times as each edition's readers write them.
//!
//! Patterns are plain text with placeholders: `{d}` day, `{dd}` zero-padded day, `{m}` month
//! number, `{mm}` zero-padded month, `{month}` month name in the edition's language, `{yyyy}`
//! year, `{HH}` hour (00–23), `{MM}` minute. Anything else is copied as it is, so
//! `{dd}/{mm}/{yyyy}, {HH}.{MM}` gives the Italian `09/08/2022, 17.44`.

use jiff::{tz::TimeZone, Timestamp};

/// Resolves an IANA zone name, falling back to UTC for an unknown one (editions are checked
/// when they are saved, so this only guards against a database edited by hand).
pub fn zone(name: &str) -> TimeZone {
    TimeZone::get(name).unwrap_or(TimeZone::UTC)
}

/// Whether `name` is a time zone we can use.
pub fn valid_zone(name: &str) -> bool {
    TimeZone::get(name).is_ok()
}

/// The month's name in `language` (a BCP 47 tag; only its primary subtag counts).
pub fn month_name(language: &str, month: i8) -> &'static str {
    const IT: [&str; 12] = [
        "gennaio",
        "febbraio",
        "marzo",
        "aprile",
        "maggio",
        "giugno",
        "luglio",
        "agosto",
        "settembre",
        "ottobre",
        "novembre",
        "dicembre",
    ];
    const EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    const ES: [&str; 12] = [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ];
    const ZH: [&str; 12] = [
        "1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月",
    ];
    let table = match language.split('-').next().unwrap_or("") {
        "it" => &IT,
        "es" => &ES,
        "zh" => &ZH,
        _ => &EN,
    };
    table[(month.clamp(1, 12) - 1) as usize]
}

/// Formats `at` in `tz` with `pattern` (see the module documentation), with the built-in
/// month names of `language`.
pub fn format(at: Timestamp, tz: &TimeZone, pattern: &str, language: &str) -> String {
    format_with(at, tz, pattern, |m| month_name(language, m))
}

/// Formats `at` in `tz` with `pattern`, naming months with `month` (1–12): the site passes
/// the names from each edition's message file, so an added edition writes its own.
pub fn format_with<'m>(
    at: Timestamp,
    tz: &TimeZone,
    pattern: &str,
    month: impl Fn(i8) -> &'m str,
) -> String {
    let dt = at.to_zoned(tz.clone()).datetime();
    let mut out = String::with_capacity(pattern.len() + 8);
    let mut rest = pattern;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open..];
        let Some(close) = after.find('}') else {
            out.push_str(after);
            return out;
        };
        let token = &after[1..close];
        use std::fmt::Write;
        let _ = match token {
            "d" => write!(out, "{}", dt.day()),
            "dd" => write!(out, "{:02}", dt.day()),
            "m" => write!(out, "{}", dt.month()),
            "mm" => write!(out, "{:02}", dt.month()),
            "month" => write!(out, "{}", month(dt.month())),
            "yyyy" => write!(out, "{}", dt.year()),
            "HH" => write!(out, "{:02}", dt.hour()),
            "MM" => write!(out, "{:02}", dt.minute()),
            _ => write!(out, "{{{token}}}"),
        };
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    out
}

/// RFC 3339 with the zone's offset, for `<time datetime>` and JSON.
pub fn rfc3339(at: Timestamp, tz: &TimeZone) -> String {
    at.to_zoned(tz.clone())
        .strftime("%Y-%m-%dT%H:%M:%S%:z")
        .to_string()
}

/// RFC 822 as RSS 2.0 wants it (with RFC 1123's four-digit year), in the zone's local time:
/// `Tue, 09 Aug 2022 17:44:00 +0200`. Day and month names are English whatever the edition.
pub fn rfc822(at: Timestamp, tz: &TimeZone) -> String {
    at.to_zoned(tz.clone())
        .strftime("%a, %d %b %Y %H:%M:%S %z")
        .to_string()
}

/// The HTTP date format (RFC 9110) for `Last-Modified`.
pub fn http_date(at: Timestamp) -> String {
    at.strftime("%a, %d %b %Y %H:%M:%S GMT").to_string()
}

/// Parses an HTTP date as sent in `If-Modified-Since`.
pub fn parse_http_date(text: &str) -> Option<Timestamp> {
    jiff::fmt::strtime::parse("%a, %d %b %Y %H:%M:%S GMT", text.trim())
        .ok()?
        .to_datetime()
        .ok()?
        .to_zoned(TimeZone::UTC)
        .ok()
        .map(|z| z.timestamp())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at() -> Timestamp {
        "2022-08-09T15:44:00Z".parse().unwrap()
    }

    #[test]
    fn italian_edition_writes_dates_its_way() {
        let s = format(
            at(),
            &zone("Europe/Rome"),
            "{dd}/{mm}/{yyyy}, {HH}.{MM}",
            "it",
        );
        assert_eq!(s, "09/08/2022, 17.44");
    }

    #[test]
    fn month_names_follow_the_language() {
        let tz = zone("Europe/Madrid");
        assert_eq!(
            format(at(), &tz, "{d} de {month} de {yyyy}", "es"),
            "9 de agosto de 2022"
        );
        assert_eq!(
            format(
                at(),
                &zone("Asia/Shanghai"),
                "{yyyy}年{m}月{d}日 {HH}:{MM}",
                "zh-Hans"
            ),
            "2022年8月9日 23:44"
        );
        assert_eq!(format(at(), &tz, "{month}", "en"), "August");
    }

    #[test]
    fn unknown_tokens_and_open_braces_survive() {
        assert_eq!(
            format(at(), &TimeZone::UTC, "{x} {yyyy} {", "en"),
            "{x} 2022 {"
        );
    }

    #[test]
    fn http_dates_round_trip() {
        let s = http_date(at());
        assert_eq!(s, "Tue, 09 Aug 2022 15:44:00 GMT");
        assert_eq!(parse_http_date(&s), Some(at()));
        assert_eq!(parse_http_date("yesterday"), None);
    }

    #[test]
    fn rfc822_for_rss() {
        assert_eq!(
            rfc822(at(), &zone("Europe/Rome")),
            "Tue, 09 Aug 2022 17:44:00 +0200"
        );
        assert_eq!(
            rfc822(at(), &zone("Asia/Shanghai")),
            "Tue, 09 Aug 2022 23:44:00 +0800"
        );
    }

    #[test]
    fn rfc3339_carries_the_offset() {
        assert_eq!(
            rfc3339(at(), &zone("Europe/Rome")),
            "2022-08-09T17:44:00+02:00"
        );
    }
}
