//! Fills sentence templates with a story's facts, in one language.
//!
//! Slot syntax, inside braces:
//! - `{name}`: a value (`C`, `inC`, `p1`, `n2`, `money`, ...), see [`Ctx::value`];
//! - `{^name}`: the same with its first letter capitalised, for the start of a sentence;
//! - `{the:r1}`, `{of:r1}`, `{to:r1}`, `{a:r1}`: a noun with the article or contracted
//!   preposition it takes in this language ("l'imam", "della giornalista", "al periodista",
//!   "an editor"); for roles (`r1`..`r4`, `t3`), `sector` and percentages;
//! - `{p1?he|she}`: a choice by `p1`'s gender (also `p2`..`p4`, `pl` for the gender of the
//!   place of worship), or by the Italian number of a country (`C?ha|hanno`).
//!
//! Values are written straight into the output string, so a whole article costs a handful
//! of allocations.

use std::fmt::Write;

use crate::places::{Country, EsArt, ItArt, Land};
use crate::story::{Facts, Person};
use crate::topics::Role;

pub(crate) const IT: usize = 0;
pub(crate) const EN: usize = 1;
pub(crate) const ES: usize = 2;
pub(crate) const ZH: usize = 3;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Form {
    Name,
    In,
    Of,
    From,
    To,
    /// Without article, as a headline label: "Cina, ...", "Filippine, ...".
    Bare,
}

pub(crate) struct Ctx<'a> {
    pub f: &'a Facts,
    pub lang: usize,
    /// In the first paragraph, which must not repeat the dateline place.
    pub in_lead: bool,
    /// A footnote marker to put right after `p2`'s name, the first time it is written.
    pub p2_mark: Option<u8>,
}

impl Ctx<'_> {
    pub(crate) fn render(&mut self, out: &mut String, template: &str) {
        let mut rest = template;
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let after = &rest[open + 1..];
            let close = after.find('}').expect("unclosed slot in template");
            self.slot(out, &after[..close]);
            rest = &after[close + 1..];
        }
        out.push_str(rest);
    }

    fn slot(&mut self, out: &mut String, spec: &str) {
        let (capital, spec) = match spec.strip_prefix('^') {
            Some(spec) => (true, spec),
            None => (false, spec),
        };
        let start = out.len();
        if let Some((key, options)) = spec.split_once('?') {
            let (first, second) = options.split_once('|').unwrap_or((options, ""));
            out.push_str(if self.first_choice(key) {
                first
            } else {
                second
            });
        } else if let Some((article, name)) = spec.split_once(':') {
            self.noun(out, article, name);
        } else {
            self.value(out, spec);
        }
        if capital {
            capitalise_at(out, start);
        }
    }

    fn first_choice(&self, key: &str) -> bool {
        let f = self.f;
        match key {
            "p1" => !f.people[0].female,
            "p2" => !f.people[1].female,
            "p3" => !f.people[2].female,
            "p4" => !f.people[3].female,
            "pl" => !f.faith.place_female,
            "C" => !f.c.plural_it,
            "C2" => !f.c2.is_some_and(|c| c.plural_it),
            _ => unknown(key),
        }
    }

    fn noun(&mut self, out: &mut String, article: &str, name: &str) {
        let f = self.f;
        let person = |i: usize| &f.people[i];
        let (word, female) = match name {
            "r1" => (role_word(person(0), self.lang), person(0).female),
            "r2" => (role_word(person(1), self.lang), person(1).female),
            "r3" | "t3" => (role_word(person(2), self.lang), person(2).female),
            "r4" => (role_word(person(3), self.lang), person(3).female),
            "sector" => (f.sector[self.lang], false),
            "pct" => return self.percent(out, article, f.pct * 10),
            "pctd" => return self.percent(out, article, f.pctd),
            "pctw" => return self.percent(out, article, f.pctw),
            "turnout" => return self.percent(out, article, f.turnout),
            _ => {
                unknown(name);
                return;
            }
        };
        article_for(out, self.lang, article, word, female);
        out.push_str(word);
    }

    /// Percentages take an article in Italian ("il 12%", "l'8%") and Spanish ("el 12%").
    fn percent(&self, out: &mut String, article: &str, tenths: u32) {
        match self.lang {
            IT => {
                let whole = tenths / 10;
                // Elided before the vowel sound of "otto", "undici", "uno", "ottanta".
                let vowel = whole == 1 || whole == 11 || leading_digit(whole) == 8;
                out.push_str(match (article, vowel) {
                    ("the", false) => "il ",
                    ("the", true) => "l'",
                    ("of", false) => "del ",
                    ("of", true) => "dell'",
                    ("to", false) => "al ",
                    ("to", true) => "all'",
                    _ => "un ",
                });
            }
            ES => out.push_str(match article {
                "the" => "el ",
                "of" => "del ",
                "to" => "al ",
                _ => "un ",
            }),
            _ => {}
        }
        push_percent(out, self.lang, tenths);
    }

    fn value(&mut self, out: &mut String, name: &str) {
        let f = self.f;
        let lang = self.lang;
        match name {
            "C" => self.country(out, f.c, Form::Name),
            "Cb" => self.country(out, f.c, Form::Bare),
            "Cb2" => self.country(out, second(f), Form::Bare),
            "inC" => self.country(out, f.c, Form::In),
            "ofC" => self.country(out, f.c, Form::Of),
            "fromC" => self.country(out, f.c, Form::From),
            "toC" => self.country(out, f.c, Form::To),
            "C2" => self.country(out, second(f), Form::Name),
            "inC2" => self.country(out, second(f), Form::In),
            "ofC2" => self.country(out, second(f), Form::Of),
            "fromC2" => self.country(out, second(f), Form::From),
            "toC2" => self.country(out, second(f), Form::To),
            "C3" => self.country(out, third(f), Form::Name),
            "inC3" => self.country(out, third(f), Form::In),
            "ofC3" => self.country(out, third(f), Form::Of),
            "andC2" | "andCb2" => {
                let c2 = second(f);
                let form = if name == "andC2" {
                    Form::Name
                } else {
                    Form::Bare
                };
                out.push_str(match lang {
                    IT => "e ",
                    EN => "and ",
                    ES if spanish_needs_e(c2, form) => "e ",
                    ES => "y ",
                    _ => "和",
                });
                self.country(out, c2, form);
            }
            "city" => out.push_str(f.city[lang]),
            "cap" => out.push_str(f.c.cities[0][lang]),
            // Italian "a Roma" but "ad Astana"; only Italian templates use these.
            "a_city" => push_italian_a(out, f.city[lang]),
            "a_cap" => push_italian_a(out, f.c.cities[0][lang]),
            "cap2" => out.push_str(second(f).cities[0][lang]),
            "gov" => self.government(out, 0),
            "auth" => self.government(out, 1),
            "land" => out.push_str(land(f.c.land, lang)[0]),
            "land_of" => out.push_str(land(f.c.land, lang)[1]),
            "land_in" => out.push_str(land(f.c.land, lang)[2]),
            "p1" => push_name(out, &f.people[0], lang),
            "p2" => {
                push_name(out, &f.people[1], lang);
                if let Some(n) = self.p2_mark.take() {
                    let _ = write!(out, "[^{n}]");
                }
            }
            "p3" => push_name(out, &f.people[2], lang),
            "p4" => push_name(out, &f.people[3], lang),
            "p1s" => push_short_name(out, &f.people[0], lang),
            "p2s" => push_short_name(out, &f.people[1], lang),
            "p3s" => push_short_name(out, &f.people[2], lang),
            "p4s" => push_short_name(out, &f.people[3], lang),
            "r1" => out.push_str(role_word(&f.people[0], lang)),
            "r2" => out.push_str(role_word(&f.people[1], lang)),
            "r3" | "t3" => out.push_str(role_word(&f.people[2], lang)),
            "r4" => out.push_str(role_word(&f.people[3], lang)),
            "age1" => push_digits(out, f.people[0].age.into()),
            "issue" => out.push_str(f.topic.issue[lang]),
            "issue_of" => out.push_str(f.topic.issue_of[lang]),
            "believers" => out.push_str(f.faith.believers[lang]),
            "believers_bare" => out.push_str(f.faith.believers_bare[lang]),
            "community" => out.push_str(f.faith.community[lang]),
            "place_indef" => out.push_str(f.faith.place_indef[lang]),
            "place_def" => out.push_str(f.faith.place_def[lang]),
            "place_bare" => out.push_str(f.faith.place_bare[lang]),
            "places" => out.push_str(f.faith.places[lang]),
            "vote" => out.push_str(f.vote[lang]),
            "sector" => out.push_str(f.sector[lang]),
            "plant" => out.push_str(f.plant[lang]),
            "disease" => out.push_str(f.disease[lang]),
            "beat" => out.push_str(f.beat[0][lang]),
            "beat_on" => out.push_str(f.beat[1][lang]),
            "n1" => push_count(out, lang, f.n1),
            "n2" => push_number(out, lang, f.n2),
            "n3" => push_number(out, lang, f.n3),
            "n4" => push_number(out, lang, f.n4),
            "nbig" => push_number(out, lang, f.nbig),
            "pct" => push_percent(out, lang, f.pct * 10),
            "pctd" => push_percent(out, lang, f.pctd),
            "pctw" => push_percent(out, lang, f.pctw),
            "turnout" => push_percent(out, lang, f.turnout),
            "money" => push_money(out, lang, f.money),
            "money_small" => push_money(out, lang, f.money_small),
            "years" => push_count(out, lang, f.years),
            "months" => push_count(out, lang, f.months),
            "days" => push_count(out, lang, f.days),
            "weeks" => push_count(out, lang, f.weeks),
            "hours" => push_count(out, lang, f.hours),
            "sentence" => push_count(out, lang, f.sentence),
            "aqi" => push_digits(out, f.aqi),
            "wage" => push_digits(out, f.wage),
            "rank" => push_digits(out, f.rank),
            "rank_ord" => {
                push_digits(out, f.rank);
                out.push_str(english_ordinal_suffix(f.rank));
            }
            "year" => push_digits(out, f.year),
            "pubyear" => push_digits(out, f.pub_year),
            "day" => {
                let day = WEEKDAYS[lang][usize::from(f.weekday)];
                out.push_str(match lang {
                    EN => "on ",
                    ES => "el ",
                    _ => "",
                });
                out.push_str(day);
            }
            "month" => out.push_str(month_name(lang, f.pub_month)),
            "nextmonth" => out.push_str(month_name(lang, f.next_month)),
            "in_nextmonth" => {
                let month = month_name(lang, f.next_month);
                out.push_str(match lang {
                    // "ad aprile", "ad agosto", "ad ottobre".
                    IT if month.starts_with(['a', 'o']) => "ad ",
                    IT => "a ",
                    EN => "in ",
                    ES => "en ",
                    _ => "",
                });
                out.push_str(month);
            }
            _ => {
                unknown(name);
            }
        }
    }

    fn country(&self, out: &mut String, c: &Country, form: Form) {
        let lang = self.lang;
        if form == Form::Bare {
            out.push_str(match lang {
                IT => c.it.1,
                EN => c.en.1,
                ES => c.es.1,
                _ => c.zh,
            });
            return;
        }
        // The city-state's own name would repeat the dateline in the first paragraph.
        if self.in_lead && std::ptr::eq(c, self.f.c) {
            if let Some(alt) = c.alt {
                let i = form as usize;
                out.push_str(match lang {
                    IT => alt.it[i],
                    EN => alt.en[i],
                    ES => alt.es[i],
                    _ => alt.zh,
                });
                return;
            }
        }
        match lang {
            IT => {
                let (art, name) = c.it;
                out.push_str(italian_country_prefix(art, form));
                out.push_str(name);
            }
            EN => {
                let (the, name) = c.en;
                out.push_str(match form {
                    Form::Name | Form::Bare => "",
                    Form::In => "in ",
                    Form::Of => "of ",
                    Form::From => "from ",
                    Form::To => "to ",
                });
                if the {
                    out.push_str("the ");
                }
                out.push_str(name);
            }
            ES => {
                let (art, name) = c.es;
                out.push_str(match (form, art) {
                    (Form::Name | Form::Bare, EsArt::No) => "",
                    (Form::Name | Form::Bare, EsArt::La) => "la ",
                    (Form::Name | Form::Bare, EsArt::El) => "el ",
                    (Form::In, EsArt::No) => "en ",
                    (Form::In, EsArt::La) => "en la ",
                    (Form::In, EsArt::El) => "en el ",
                    (Form::Of | Form::From, EsArt::No) => "de ",
                    (Form::Of | Form::From, EsArt::La) => "de la ",
                    (Form::Of | Form::From, EsArt::El) => "del ",
                    (Form::To, EsArt::No) => "a ",
                    (Form::To, EsArt::La) => "a la ",
                    (Form::To, EsArt::El) => "al ",
                });
                out.push_str(name);
            }
            _ => out.push_str(c.zh),
        }
    }

    /// 0: the government, 1: the authorities; named after the capital unless the country
    /// says otherwise ("la Santa Sede").
    fn government(&self, out: &mut String, which: usize) {
        let c = self.f.c;
        if let Some(gov) = c.gov {
            out.push_str(gov[which][self.lang]);
            return;
        }
        let capital = c.cities[0][self.lang];
        let (before, after) = match (self.lang, which) {
            (IT, 0) => ("il governo di ", ""),
            (IT, _) => ("le autorità di ", ""),
            (EN, 0) => ("the government in ", ""),
            (EN, _) => ("the authorities in ", ""),
            (ES, 0) => ("el Gobierno de ", ""),
            (ES, _) => ("las autoridades de ", ""),
            (_, 0) => ("", "政府"),
            _ => ("", "当局"),
        };
        out.push_str(before);
        out.push_str(capital);
        out.push_str(after);
    }
}

fn push_italian_a(out: &mut String, place: &str) {
    out.push_str(if place.starts_with('A') { "ad " } else { "a " });
    out.push_str(place);
}

fn second(f: &Facts) -> &'static Country {
    f.c2.expect("template needs a second country")
}

fn third(f: &Facts) -> &'static Country {
    f.c3.expect("template needs a third country")
}

/// Release builds skip a misspelt slot rather than stop; tests render every template, so the
/// panic in debug builds catches it.
fn unknown(name: &str) -> bool {
    if cfg!(debug_assertions) {
        panic!("unknown template slot or choice: {name}");
    }
    true
}

fn italian_country_prefix(art: ItArt, form: Form) -> &'static str {
    use ItArt::*;
    match form {
        Form::Name | Form::Bare => match art {
            La => "la ",
            Il => "il ",
            L => "l'",
            Lo => "lo ",
            Le => "le ",
            Gli => "gli ",
            In | A => "",
        },
        Form::In | Form::To => match art {
            Le => "nelle ",
            Gli => "negli ",
            A => "a ",
            _ => "in ",
        },
        Form::Of => match art {
            La => "della ",
            Il => "del ",
            L => "dell'",
            Lo => "dello ",
            Le => "delle ",
            Gli => "degli ",
            In | A => "di ",
        },
        Form::From => match art {
            La => "dalla ",
            Il => "dal ",
            L => "dall'",
            Lo => "dallo ",
            Le => "dalle ",
            Gli => "dagli ",
            In | A => "da ",
        },
    }
}

/// Spanish "y" becomes "e" before an "i" sound: "China e Indonesia".
fn spanish_needs_e(c: &Country, form: Form) -> bool {
    let (art, name) = c.es;
    (matches!(art, EsArt::No) || form == Form::Bare)
        && (name.starts_with('I') || (name.starts_with("Hi") && !name.starts_with("Hie")))
}

fn land(kind: Land, lang: usize) -> [&'static str; 3] {
    const FORMS: [[[&str; 3]; 4]; 5] = [
        [
            ["il Paese", "del Paese", "nel Paese"],
            ["the country", "of the country", "in the country"],
            ["el país", "del país", "en el país"],
            ["该国", "该国", "该国"],
        ],
        [
            ["il territorio", "del territorio", "nel territorio"],
            ["the territory", "of the territory", "in the territory"],
            ["el territorio", "del territorio", "en el territorio"],
            ["该地区", "该地区", "该地区"],
        ],
        [
            ["l'isola", "dell'isola", "sull'isola"],
            ["the island", "of the island", "on the island"],
            ["la isla", "de la isla", "en la isla"],
            ["该岛", "该岛", "岛内"],
        ],
        [
            ["la città-stato", "della città-stato", "nella città-stato"],
            ["the city-state", "of the city-state", "in the city-state"],
            [
                "la ciudad-Estado",
                "de la ciudad-Estado",
                "en la ciudad-Estado",
            ],
            ["该城市国家", "该城市国家", "该城市国家"],
        ],
        [
            ["la Santa Sede", "della Santa Sede", "in Vaticano"],
            ["the Holy See", "of the Holy See", "in the Vatican"],
            ["la Santa Sede", "de la Santa Sede", "en el Vaticano"],
            ["教廷", "教廷", "教廷"],
        ],
    ];
    FORMS[kind as usize][lang]
}

fn role_word(p: &Person, lang: usize) -> &'static str {
    let r: &Role = p.role;
    let i = usize::from(p.female);
    match lang {
        IT => r.it[i],
        EN => r.en[i],
        ES => r.es[i],
        _ => r.zh,
    }
}

/// Writes the article (or article fused with a preposition) that `word` takes.
fn article_for(out: &mut String, lang: usize, article: &str, word: &str, female: bool) {
    match lang {
        IT => {
            let first = word.chars().next().unwrap_or('x').to_ascii_lowercase();
            let second = word.chars().nth(1).unwrap_or('x').to_ascii_lowercase();
            let vowel = matches!(first, 'a' | 'e' | 'i' | 'o' | 'u');
            // "lo studente", "lo zio", "lo psicologo", "lo gnomo".
            let impure = (first == 's' && !matches!(second, 'a' | 'e' | 'i' | 'o' | 'u'))
                || matches!(first, 'z' | 'x' | 'y')
                || (first == 'g' && second == 'n')
                || (first == 'p' && second == 's');
            let forms: [&str; 4] = match (female, vowel, impure) {
                (_, true, _) if female => ["l'", "dell'", "all'", "un'"],
                (_, true, _) => ["l'", "dell'", "all'", "un "],
                (true, _, _) => ["la ", "della ", "alla ", "una "],
                (false, _, true) => ["lo ", "dello ", "allo ", "uno "],
                (false, _, false) => ["il ", "del ", "al ", "un "],
            };
            out.push_str(forms[article_index(article)]);
        }
        ES => {
            let forms = if female {
                ["la ", "de la ", "a la ", "una "]
            } else {
                ["el ", "del ", "al ", "un "]
            };
            out.push_str(forms[article_index(article)]);
        }
        EN => {
            let vowel = word.starts_with(['a', 'e', 'i', 'o', 'u', 'A', 'E', 'I', 'O', 'U']);
            out.push_str(match article {
                "the" => "the ",
                "of" => "of the ",
                "to" => "to the ",
                _ if vowel => "an ",
                _ => "a ",
            });
        }
        _ => {}
    }
}

fn article_index(article: &str) -> usize {
    match article {
        "the" => 0,
        "of" => 1,
        "to" => 2,
        "a" => 3,
        _ => {
            unknown(article);
            0
        }
    }
}

pub(crate) fn push_name(out: &mut String, p: &Person, lang: usize) {
    let (given, family) = p.parts();
    let c = p.culture;
    if lang == ZH {
        let (a, b) = if c.zh_family_first {
            (family.zh, given.zh)
        } else {
            (given.zh, family.zh)
        };
        out.push_str(a);
        out.push_str(c.zh_sep);
        out.push_str(b);
    } else {
        let (a, b) = if c.family_first {
            (family.lat, given.lat)
        } else {
            (given.lat, family.lat)
        };
        out.push_str(a);
        out.push(' ');
        out.push_str(b);
    }
}

fn push_short_name(out: &mut String, p: &Person, lang: usize) {
    let (_, family) = p.parts();
    match lang {
        ZH if p.culture.zh_short_family => out.push_str(family.zh),
        ZH => push_name(out, p, lang),
        _ if p.culture.short_family => out.push_str(family.lat),
        _ => push_name(out, p, lang),
    }
}

/// Upper-cases the character starting at byte `at`, if it has an upper case.
fn capitalise_at(out: &mut String, at: usize) {
    let Some(c) = out[at..].chars().next() else {
        return;
    };
    if !c.is_lowercase() {
        return;
    }
    let mut buf = [0u8; 16];
    let mut len = 0;
    for u in c.to_uppercase() {
        len += u.encode_utf8(&mut buf[len..]).len();
    }
    let upper = std::str::from_utf8(&buf[..len]).expect("encoded from chars");
    out.replace_range(at..at + c.len_utf8(), upper);
}

fn leading_digit(mut n: u32) -> u32 {
    while n >= 10 {
        n /= 10;
    }
    n
}

fn push_digits(out: &mut String, n: u32) {
    let _ = write!(out, "{n}");
}

/// Small counts are spelt out, as newsrooms do; larger ones are figures.
fn push_count(out: &mut String, lang: usize, n: u32) {
    const WORDS: [[&str; 11]; 4] = [
        [
            "zero", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove",
            "dieci",
        ],
        [
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        ],
        [
            "cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve",
            "diez",
        ],
        [
            "零", "一", "两", "三", "四", "五", "六", "七", "八", "九", "十",
        ],
    ];
    match WORDS[lang].get(n as usize) {
        Some(word) => out.push_str(word),
        None => push_number(out, lang, n),
    }
}

/// Thousands separators as each edition writes them: "12.500", "12,500", "12.500" (but
/// "4500" in Spanish), and "1.25万" in Chinese.
pub(crate) fn push_number(out: &mut String, lang: usize, n: u32) {
    let sep = match lang {
        IT => Some('.'),
        EN => Some(','),
        ES if n >= 10_000 => Some('.'),
        ZH if n >= 10_000 => {
            push_digits(out, n / 10_000);
            let rest = n % 10_000;
            if rest > 0 {
                let mut digits = [b'0'; 4];
                let mut r = rest;
                for d in digits.iter_mut().rev() {
                    *d = b'0' + (r % 10) as u8;
                    r /= 10;
                }
                let len = 4 - digits.iter().rev().take_while(|&&d| d == b'0').count();
                out.push('.');
                out.push_str(std::str::from_utf8(&digits[..len]).expect("ASCII digits"));
            }
            out.push('万');
            return;
        }
        _ => None,
    };
    match sep {
        Some(sep) if n >= 1000 => {
            push_number(out, lang, n / 1000);
            let _ = write!(out, "{sep}{:03}", n % 1000);
        }
        _ => push_digits(out, n),
    }
}

fn push_percent(out: &mut String, lang: usize, tenths: u32) {
    push_digits(out, tenths / 10);
    let tenth = tenths % 10;
    if tenth > 0 {
        out.push(if lang == IT || lang == ES { ',' } else { '.' });
        push_digits(out, tenth);
    }
    out.push('%');
}

/// An amount in millions of US dollars.
fn push_money(out: &mut String, lang: usize, millions: u32) {
    let billions = millions / 1000;
    let tenths = (millions % 1000) / 100;
    match lang {
        IT if millions == 1000 => out.push_str("un miliardo di dollari"),
        IT if millions > 1000 => {
            push_digits(out, billions);
            if tenths > 0 {
                let _ = write!(out, ",{tenths}");
            }
            out.push_str(" miliardi di dollari");
        }
        IT => {
            push_digits(out, millions);
            out.push_str(" milioni di dollari");
        }
        EN => {
            out.push('$');
            if millions >= 1000 {
                push_digits(out, billions);
                if tenths > 0 {
                    let _ = write!(out, ".{tenths}");
                }
                out.push_str(" billion");
            } else {
                push_digits(out, millions);
                out.push_str(" million");
            }
        }
        ES => {
            // Spanish counts "1.200 millones" rather than using "billón", a false friend.
            let _ = if millions >= 1000 {
                write!(out, "{}.{:03}", billions, millions % 1000)
            } else {
                write!(out, "{millions}")
            };
            out.push_str(" millones de dólares");
        }
        _ => {
            // 1 亿 = 100 million, 1 万 = 10 thousand.
            if millions >= 100 {
                push_digits(out, millions / 100);
                let rest = millions % 100;
                let (tens, units) = (rest / 10, rest % 10);
                let _ = match (tens, units) {
                    (0, 0) => Ok(()),
                    (_, 0) => write!(out, ".{tens}"),
                    _ => write!(out, ".{rest:02}"),
                };
                out.push_str("亿美元");
            } else {
                push_digits(out, millions * 100);
                out.push_str("万美元");
            }
        }
    }
}

fn english_ordinal_suffix(n: u32) -> &'static str {
    match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    }
}

/// Monday first.
const WEEKDAYS: [[&str; 7]; 4] = [
    [
        "lunedì",
        "martedì",
        "mercoledì",
        "giovedì",
        "venerdì",
        "sabato",
        "domenica",
    ],
    [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ],
    [
        "lunes",
        "martes",
        "miércoles",
        "jueves",
        "viernes",
        "sábado",
        "domingo",
    ],
    ["周一", "周二", "周三", "周四", "周五", "周六", "周日"],
];

/// The site's own month names, so the demo writes dates as the editions do.
fn month_name(lang: usize, month: u8) -> &'static str {
    dateline_core::time::month_name(crate::EDITIONS[lang], month as i8)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn number(lang: usize, n: u32) -> String {
        let mut s = String::new();
        push_number(&mut s, lang, n);
        s
    }

    fn money(lang: usize, m: u32) -> String {
        let mut s = String::new();
        push_money(&mut s, lang, m);
        s
    }

    #[test]
    fn numbers_follow_each_editions_conventions() {
        assert_eq!(number(IT, 124_500), "124.500");
        assert_eq!(number(EN, 1_250), "1,250");
        assert_eq!(number(ES, 4_500), "4500");
        assert_eq!(number(ES, 45_000), "45.000");
        assert_eq!(number(ZH, 124_500), "12.45万");
        assert_eq!(number(ZH, 120_000), "12万");
        assert_eq!(number(ZH, 9_800), "9800");
        assert_eq!(number(IT, 7_050), "7.050");
    }

    #[test]
    fn money_reads_naturally() {
        assert_eq!(money(IT, 1_200), "1,2 miliardi di dollari");
        assert_eq!(money(IT, 1_000), "un miliardo di dollari");
        assert_eq!(money(EN, 450), "$450 million");
        assert_eq!(money(EN, 3_000), "$3 billion");
        assert_eq!(money(ES, 1_200), "1.200 millones de dólares");
        assert_eq!(money(ZH, 1_250), "12.5亿美元");
        assert_eq!(money(ZH, 45), "4500万美元");
        assert_eq!(money(ZH, 305), "3.05亿美元");
    }

    #[test]
    fn capitalising_handles_accents() {
        let mut s = String::from("x èlite");
        capitalise_at(&mut s, 2);
        assert_eq!(s, "x Èlite");
    }

    #[test]
    fn italian_articles_follow_the_noun() {
        let mut s = String::new();
        for (w, f) in [
            ("imam", false),
            ("studente", false),
            ("giornalista", true),
            ("sindacalista", false),
        ] {
            article_for(&mut s, IT, "of", w, f);
            s.push_str(w);
            s.push('|');
        }
        assert_eq!(
            s,
            "dell'imam|dello studente|della giornalista|del sindacalista|"
        );
    }
}
