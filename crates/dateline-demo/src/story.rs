//! One story: its facts, drawn once, and the shape of its text (which sentences, in which
//! paragraphs), also drawn once; then rendered in each of its editions.

use crate::generic::{self, Line};
use crate::people::{Culture, NamePart, BYLINES};
use crate::places::{self, Country, COUNTRIES};
use crate::render::{Ctx, ZH};
use crate::rng::Rng;
use crate::topics::{
    Event, Faith, Role, Topic, BEATS, DIPLOMACY, DISEASES, FAITHS, MIGRATION, PLANTS, SECTORS,
    TOPICS, VOTES,
};
use crate::{DemoArticle, EDITIONS, T4};

/// The demo site ends here, whatever the clock says: 2026-11-01T00:00:00Z.
pub(crate) const END_DAY: i64 = days_from_civil(2026, 11, 1);
/// Where people flee or emigrate from when a country's neighbours are all richer.
const MIGRANT_ORIGINS: &[&str] = &["AF", "MM", "BD", "NP", "PH", "PK", "SY", "KH"];
/// Publication dates spread over about two years before the end.
const SPAN_DAYS: u32 = 730;

pub(crate) struct Person {
    pub culture: &'static Culture,
    pub given: u8,
    pub family: u8,
    pub female: bool,
    pub age: u8,
    pub role: &'static Role,
}

impl Person {
    pub(crate) fn parts(&self) -> (&'static NamePart, &'static NamePart) {
        let c = self.culture;
        let given = if self.female {
            &c.female[usize::from(self.given)]
        } else {
            &c.male[usize::from(self.given)]
        };
        let family = if self.female && !c.family_f.is_empty() {
            &c.family_f[usize::from(self.family)]
        } else {
            &c.family[usize::from(self.family)]
        };
        (given, family)
    }

    fn same_name(&self, other: &Person) -> bool {
        // Same tradition and a shared name part reads as relatives, or as one person.
        std::ptr::eq(self.culture, other.culture)
            && ((self.female == other.female && self.given == other.given)
                || self.family == other.family)
    }
}

/// Everything a story asserts. All editions render the same facts.
pub(crate) struct Facts {
    pub topic: &'static Topic,
    pub event: &'static Event,
    pub c: &'static Country,
    pub c2: Option<&'static Country>,
    pub c3: Option<&'static Country>,
    pub city: &'static T4,
    /// p1 the story's subject, p2 the quoted source, p3 the official, p4 the commentator.
    pub people: [Person; 4],
    pub faith: &'static Faith,
    pub vote: &'static T4,
    pub sector: &'static T4,
    pub plant: &'static T4,
    pub disease: &'static T4,
    pub beat: &'static [T4; 2],
    pub n1: u32,
    pub n2: u32,
    pub n3: u32,
    pub n4: u32,
    pub nbig: u32,
    pub pct: u32,
    /// Tenths of a percent.
    pub pctd: u32,
    pub pctw: u32,
    pub turnout: u32,
    /// Millions of US dollars.
    pub money: u32,
    /// Millions of US dollars, for sums that are not national (a fine, a campaign).
    pub money_small: u32,
    pub years: u32,
    pub months: u32,
    pub days: u32,
    pub weeks: u32,
    pub hours: u32,
    pub sentence: u32,
    pub aqi: u32,
    pub wage: u32,
    pub rank: u32,
    pub year: u32,
    /// Of the event, Monday = 0.
    pub weekday: u8,
    pub pub_year: u32,
    pub pub_month: u8,
    pub next_month: u8,
    /// Minutes after midnight UTC of `pub_day`.
    pub pub_day: i64,
    pub pub_minute: u32,
}

#[derive(Clone, Copy)]
pub(crate) enum Item {
    Lead(u8),
    Detail(u8),
    Background(u8),
    Figure(u8),
    Context(u8),
    Reaction(u8),
    Government(u8),
    International(u8),
    Outlook(u8),
    QuoteIntro(u8),
    Quote(u8),
}

pub(crate) struct Para {
    pub items: Vec<Item>,
    /// Footnote markers after items: (item index, note number).
    pub marks: Vec<(u8, u8)>,
}

impl Para {
    fn new(items: Vec<Item>) -> Para {
        Para {
            items,
            marks: Vec::new(),
        }
    }

    fn is_quote(&self) -> bool {
        matches!(self.items.first(), Some(Item::Quote(_)))
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Note {
    Name,
    Translation,
    Source,
    Dossier,
}

pub(crate) struct Plan {
    pub headline: u8,
    pub standfirst: u8,
    pub paras: Vec<Para>,
    /// In number order.
    pub notes: Vec<Note>,
    /// Number of the note that follows the quoted source's name.
    pub name_note: Option<u8>,
}

/// Generates story `story` (0-based) in each of its editions.
pub(crate) fn emit(story: usize, f: &mut impl FnMut(DemoArticle)) {
    let mut rng = Rng::for_story(story as u64);
    let facts = Facts::draw(&mut rng);
    let plan = Plan::draw(&facts, &mut rng);
    let editions = draw_editions(&mut rng);
    let authors = draw_authors(&mut rng);
    let regions = {
        let mut r = vec![facts.c.code];
        r.extend(facts.c2.map(|c| c.code));
        r.extend(facts.c3.map(|c| c.code));
        r
    };
    let tags = facts.tags();
    let number = story + 1;
    let group = format!("demo-{number:05}");
    let base = (facts.pub_day * 86_400) + i64::from(facts.pub_minute) * 60;

    for (lang, edition) in EDITIONS.iter().enumerate() {
        // Drawn for every edition, published or not, so that a story's facts never depend
        // on which editions it happens to appear in.
        let delay = if lang == 0 { 0 } else { rng.range(15, 420) };
        let updated = rng.chance(20).then(|| rng.range(20, 2_160));
        if editions & (1 << lang) == 0 {
            continue;
        }
        let published_at = base + i64::from(delay) * 60;
        let (headline, standfirst, body_markdown) = render_article(&facts, &plan, lang);
        f(DemoArticle {
            external_id: format!("{group}-{edition}"),
            edition,
            translation_group: group.clone(),
            headline,
            standfirst,
            dateline: facts.city[lang].to_string(),
            body_markdown,
            regions: regions.clone(),
            tags: tags.iter().map(|t| t[lang].to_string()).collect(),
            authors: authors.iter().map(|a| a.to_string()).collect(),
            published_at,
            updated_at: updated.map(|minutes| published_at + i64::from(minutes) * 60),
        });
    }
}

/// A bit set over `EDITIONS`. Italian, the agency's first language, carries most stories;
/// about a third of a story's translations are skipped.
fn draw_editions(rng: &mut Rng) -> u8 {
    const IT: u8 = 1;
    const EN: u8 = 2;
    const ES: u8 = 4;
    const ZH: u8 = 8;
    match rng.weighted(&[55, 25, 15, 5]) {
        0 => IT | EN | ES | ZH,
        1 => IT | [EN | ES, EN | ZH, ES | ZH][rng.weighted(&[4, 4, 2])],
        2 => IT | [EN, ZH, ES][rng.weighted(&[40, 35, 25])],
        _ => [IT, ZH, EN][rng.weighted(&[70, 20, 10])],
    }
}

fn draw_authors(rng: &mut Rng) -> Vec<&'static str> {
    let first = *rng.pick(BYLINES);
    if rng.chance(70) {
        return vec![first];
    }
    let mut second = *rng.pick(BYLINES);
    while second == first {
        second = *rng.pick(BYLINES);
    }
    vec![first, second]
}

impl Facts {
    pub(crate) fn draw(rng: &mut Rng) -> Facts {
        let weights: Vec<u32> = COUNTRIES.iter().map(|c| c.weight).collect();
        let c = &COUNTRIES[rng.weighted(&weights)];
        let topic_weights: Vec<u32> = TOPICS
            .iter()
            .map(|t| if c.topics & t.bit != 0 { t.weight } else { 0 })
            .collect();
        let topic = TOPICS[rng.weighted(&topic_weights)];
        // The Holy See does not arrest spies nor have its diplomats expelled for spying.
        let event = if topic.bit == DIPLOMACY && c.code == "VA" {
            &topic.events[0]
        } else {
            rng.pick(topic.events)
        };

        // Second countries must fit the story: people leave places in trouble for places
        // with work, and nobody is arrested as a spy for the Vatican.
        let unfit: &[&str] = match topic.bit {
            MIGRATION => &["VA", "IT", "US", "JP", "KR", "SG", "TW", "HK"],
            DIPLOMACY => &["VA"],
            _ => &[],
        };
        let mut candidates: Vec<&str> = c
            .near
            .iter()
            .copied()
            .filter(|n| !unfit.contains(n))
            .collect();
        if candidates.is_empty() {
            candidates = MIGRANT_ORIGINS
                .iter()
                .copied()
                .filter(|&n| n != c.code)
                .collect();
        }
        let c2 = (topic.needs_c2 || rng.chance(40)).then(|| {
            let code: &&str = rng.pick(&candidates);
            places::by_code(code)
        });
        let c3 = c2.filter(|_| rng.chance(25)).and_then(|c2| {
            let others: Vec<&str> = c.near.iter().copied().filter(|&n| n != c2.code).collect();
            (!others.is_empty()).then(|| {
                let code: &&str = rng.pick(&others);
                places::by_code(code)
            })
        });
        // A visit or an expulsion is reported from the capital.
        let city = if topic.bit == DIPLOMACY || c.cities.len() == 1 || rng.chance(55) {
            &c.cities[0]
        } else {
            &c.cities[1 + rng.below(c.cities.len() - 1)]
        };

        let faiths: Vec<&'static Faith> = FAITHS.iter().filter(|f| c.faiths & f.bit != 0).collect();
        let faith = *rng.pick(&faiths);

        let p1_culture = match (event.p1_foreign, c2) {
            (true, Some(c2)) => c2.culture,
            _ => c.culture,
        };
        let p1_role = if event.roles.is_empty() {
            &faith.minister
        } else {
            rng.pick(event.roles)
        };
        let young = p1_role.en[0].starts_with("student");
        let p1 = draw_person(
            rng,
            p1_culture,
            p1_role,
            if young {
                (19, 29)
            } else if topic.bit == DIPLOMACY {
                (42, 70)
            } else {
                (24, 68)
            },
            &[],
        );
        let role = rng.pick(topic.sources);
        let p2 = draw_person(rng, c.culture, role, (27, 70), &[&p1]);
        let role = rng.pick(topic.officials);
        let p3 = draw_person(rng, c.culture, role, (38, 70), &[&p1, &p2]);
        let role = rng.pick(generic::ANALYSTS);
        let p4 = draw_person(rng, c.culture, role, (30, 70), &[&p1, &p2, &p3]);

        let n1 = if rng.chance(60) {
            rng.range(3, 12)
        } else {
            rng.range(13, 60)
        };
        let money = match rng.weighted(&[40, 35, 25]) {
            0 => rng.range(15, 99),
            1 => rng.range(10, 99) * 10,
            _ => rng.range(10, 98) * 100,
        };

        let days_back = rng.range(2, SPAN_DAYS);
        let pub_day = END_DAY - i64::from(days_back);
        // Newsroom hours in Europe and Asia: 04:00 to 20:59 UTC.
        let pub_minute = rng.range(4 * 60, 21 * 60 - 1);
        let event_day = pub_day - i64::from(rng.range(0, 1));
        let (pub_year, pub_month, _) = civil_from_days(pub_day);
        let next_month = (pub_month + rng.range(1, 3) as u8 - 1) % 12 + 1;
        let country_index = COUNTRIES
            .iter()
            .position(|x| std::ptr::eq(x, c))
            .unwrap_or(0) as u32;

        Facts {
            topic,
            event,
            c,
            c2,
            c3,
            city,
            people: [p1, p2, p3, p4],
            faith,
            vote: rng.pick(VOTES),
            sector: rng.pick(SECTORS),
            plant: rng.pick(PLANTS),
            disease: rng.pick(DISEASES),
            beat: rng.pick(BEATS),
            n1,
            n2: rng.range(120, 9_800),
            n3: rng.range(30, 900),
            n4: rng.range(24, 480),
            nbig: rng.range(24, 1_900) * 500,
            pct: rng.range(3, 45),
            pctd: rng.range(30, 480),
            pctw: rng.range(450, 880),
            turnout: rng.range(280, 580),
            money,
            money_small: if rng.chance(50) {
                rng.range(3, 95)
            } else {
                rng.range(10, 60) * 10
            },
            years: rng.range(2, 10),
            months: rng.range(2, 10),
            days: rng.range(2, 10),
            weeks: rng.range(2, 8),
            hours: rng.range(4, 14),
            sentence: rng.range(2, 20),
            aqi: rng.range(151, 699),
            wage: rng.range(12, 80) * 5,
            // Stable per country, as an index ranking would be.
            rank: 100 + (country_index * 37) % 80,
            year: rng.range(2008, 2021),
            weekday: (event_day + 3).rem_euclid(7) as u8,
            pub_year: pub_year as u32,
            pub_month,
            next_month,
            pub_day,
            pub_minute,
        }
    }

    /// Topic first, then the event's own tags, then the community for religious stories.
    fn tags(&self) -> Vec<&'static T4> {
        let mut tags = vec![&self.topic.tag];
        tags.extend(self.event.tags.iter());
        if self.topic.bit == crate::topics::RELIGION {
            tags.push(&self.faith.tag);
        }
        tags
    }
}

fn draw_person(
    rng: &mut Rng,
    culture: &'static Culture,
    role: &'static Role,
    (min_age, max_age): (u32, u32),
    others: &[&Person],
) -> Person {
    let female = !role.male_only && rng.chance(38);
    let mut p = Person {
        culture,
        given: 0,
        family: 0,
        female,
        age: rng.range(min_age, max_age) as u8,
        role,
    };
    // A few tries keep four people of the same tradition from sharing a name part, which
    // would read as relatives or as one person.
    for _ in 0..8 {
        let given = if female {
            culture.female.len()
        } else {
            culture.male.len()
        };
        p.given = rng.below(given) as u8;
        p.family = rng.below(culture.family.len()) as u8;
        if !others.iter().any(|o| o.same_name(&p)) {
            break;
        }
    }
    p
}

impl Plan {
    pub(crate) fn draw(f: &Facts, rng: &mut Rng) -> Plan {
        let event = f.event;
        let topic = f.topic;
        let headline = rng.below(event.headlines.len()) as u8;
        let standfirst = rng.below(event.standfirsts.len()) as u8;

        let mut details = shuffled(rng, event.details.len());
        let mut paras = Vec::with_capacity(12);
        let mut first = vec![Item::Lead(rng.below(event.leads.len()) as u8)];
        if rng.chance(45) {
            first.extend(details.pop().map(Item::Detail));
        }
        paras.push(Para::new(first));

        let usable = |line: &Line| {
            let needs = |flag: u8| line.needs & flag != 0;
            (!needs(generic::SENSITIVE) || topic.sensitive)
                && (!needs(generic::C2) || f.c2.is_some())
                && (!needs(generic::C3) || f.c3.is_some())
                && (!needs(generic::BAD_NEWS) || !event.good_news)
                && (!needs(generic::GOOD_NEWS) || event.good_news)
        };
        // The official (p3) and the commentator (p4) are introduced once; a second
        // "the foreign minister, X, said" in the same story reads as a glitch.
        let mut introduced = [false; 2];
        let mut pool = |bank: &[Line]| -> Vec<u8> {
            let mut v: Vec<u8> = (0..bank.len() as u8)
                .filter(|&i| usable(&bank[usize::from(i)]))
                .collect();
            rng.shuffle(&mut v);
            v.retain(|&i| {
                let t = bank[usize::from(i)].t[0];
                for (k, slot) in ["{p3}", "{p4}"].iter().enumerate() {
                    if t.contains(slot) {
                        if introduced[k] {
                            return false;
                        }
                        introduced[k] = true;
                    }
                }
                true
            });
            v
        };
        let context = pool(generic::CONTEXT);
        let reactions = pool(generic::REACTIONS);
        let government = pool(generic::GOVERNMENT);
        let international = pool(generic::INTERNATIONAL);
        let outlook = pool(generic::OUTLOOK);
        let background = shuffled(rng, topic.background.len());
        let figures = shuffled(rng, topic.figures.len());

        // Sentences per section: details, background, context, figures, reactions,
        // government, international, outlook.
        let pools: [Section; 8] = [
            (&details, Item::Detail),
            (&background, Item::Background),
            (&context, Item::Context),
            (&figures, Item::Figure),
            (&reactions, Item::Reaction),
            (&government, Item::Government),
            (&international, Item::International),
            (&outlook, Item::Outlook),
        ];
        let mut count = [
            details.len().min(1),
            1,
            0,
            0,
            1,
            1,
            international.len().min(1),
            1,
        ];
        let weights = [
            2,
            3,
            2,
            2,
            3,
            2,
            if international.is_empty() { 0 } else { 2 },
            1,
        ];
        let mut size = Size::default();
        for &item in &paras[0].items {
            size.add(quadruple(f, item));
        }
        for (s, (pool, wrap)) in pools.iter().enumerate() {
            for &i in &pool[..count[s]] {
                size.add(quadruple(f, wrap(i)));
            }
        }
        // Every story gets the core sections and a random share of the rest, up to a length
        // drawn per story, and never shorter than the minimum in any of the languages.
        let target = rng.range(16, 30) as usize;
        let mut total: usize = count.iter().sum();
        for _ in 0..400 {
            if total >= target && size.long_enough() {
                break;
            }
            let s = rng.weighted(&weights);
            let (pool, wrap) = pools[s];
            if count[s] < pool.len() {
                size.add(quadruple(f, wrap(pool[count[s]])));
                count[s] += 1;
                total += 1;
            }
        }

        let take = |v: &[u8], n: usize, wrap: fn(u8) -> Item| {
            v[..n].iter().map(|&i| wrap(i)).collect::<Vec<_>>()
        };
        split_into(&mut paras, take(&details, count[0], Item::Detail), rng);
        let quote = rng.chance(50);
        if quote {
            paras.push(Para::new(vec![Item::QuoteIntro(
                rng.below(generic::QUOTE_INTROS.len()) as u8,
            )]));
            paras.push(Para::new(vec![Item::Quote(
                rng.below(topic.quotes.len()) as u8
            )]));
        }
        let mut back = take(&background, count[1], Item::Background);
        back.extend(take(&context, count[2], Item::Context));
        split_into(&mut paras, back, rng);
        split_into(&mut paras, take(&figures, count[3], Item::Figure), rng);
        split_into(&mut paras, take(&reactions, count[4], Item::Reaction), rng);
        split_into(
            &mut paras,
            take(&government, count[5], Item::Government),
            rng,
        );
        split_into(
            &mut paras,
            take(&international, count[6], Item::International),
            rng,
        );
        split_into(&mut paras, take(&outlook, count[7], Item::Outlook), rng);
        merge_down_to(&mut paras, 10);

        let mut plan = Plan {
            headline,
            standfirst,
            paras,
            notes: Vec::new(),
            name_note: None,
        };
        if rng.chance(33) {
            plan.draw_notes(topic, quote, rng);
        }
        plan
    }

    /// Footnotes go where they explain something: after a source's name (changed for their
    /// safety), after a quotation (translated), after a figure (sourced), after background.
    fn draw_notes(&mut self, topic: &Topic, quote: bool, rng: &mut Rng) {
        // (paragraph, item, after the sentence?) for each kind that has a place here.
        let mut places: Vec<((usize, usize, bool), Note)> = Vec::new();
        for (p, para) in self.paras.iter().enumerate() {
            for (i, item) in para.items.iter().enumerate() {
                let note = match item {
                    Item::QuoteIntro(_) if topic.sensitive => Some((false, Note::Name)),
                    Item::Quote(_) if quote => Some((true, Note::Translation)),
                    Item::Figure(_) => Some((true, Note::Source)),
                    Item::Background(_) => Some((true, Note::Dossier)),
                    _ => None,
                };
                if let Some((after, note)) = note {
                    if places.iter().all(|(_, n)| *n != note) {
                        places.push(((p, i, after), note));
                    }
                }
            }
        }
        if places.is_empty() {
            return;
        }
        rng.shuffle(&mut places);
        places.truncate(if rng.chance(35) { 2 } else { 1 });
        places.sort_by_key(|(at, _)| *at);
        for (number, ((p, i, _), note)) in places.into_iter().enumerate() {
            let number = number as u8 + 1;
            if note == Note::Name {
                self.name_note = Some(number);
            } else {
                self.paras[p].marks.push((i as u8, number));
            }
            self.notes.push(note);
        }
    }
}

/// The sentences a section can draw from, and how to name one of them.
type Section<'a> = (&'a [u8], fn(u8) -> Item);

/// A running estimate of a body's length, from the templates themselves (slots count as
/// their names, which is close enough): Chinese characters and English words, the two
/// measures the length limits are stated in. English is the shortest of the three
/// alphabetic editions, so it stands for them.
#[derive(Default)]
struct Size {
    zh: usize,
    en: usize,
}

impl Size {
    fn add(&mut self, t: &T4) {
        self.zh += t[ZH].chars().filter(|c| !c.is_whitespace()).count();
        self.en += t[1].split_whitespace().count();
    }

    fn long_enough(&self) -> bool {
        self.zh >= MIN_ZH_ESTIMATE && self.en >= MIN_EN_ESTIMATE
    }
}

/// With margin over the required 600 characters and 300 words, for short names and numbers.
const MIN_ZH_ESTIMATE: usize = 730;
const MIN_EN_ESTIMATE: usize = 330;

fn shuffled(rng: &mut Rng, n: usize) -> Vec<u8> {
    let mut v: Vec<u8> = (0..n as u8).collect();
    rng.shuffle(&mut v);
    v
}

/// Appends a section as paragraphs of two to four sentences.
fn split_into(paras: &mut Vec<Para>, mut items: Vec<Item>, rng: &mut Rng) {
    while items.len() > 4 {
        let mut n = rng.range(2, 4) as usize;
        if items.len() - n < 2 {
            n = items.len() - 2;
        }
        let rest = items.split_off(n);
        paras.push(Para::new(items));
        items = rest;
    }
    if !items.is_empty() {
        paras.push(Para::new(items));
    }
}

/// Joins the shortest neighbouring pair of ordinary paragraphs until there are at most
/// `max`. The first paragraph and the quotation stay as they are.
fn merge_down_to(paras: &mut Vec<Para>, max: usize) {
    while paras.len() > max {
        let best = (1..paras.len() - 1)
            .filter(|&i| !paras[i].is_quote() && !paras[i + 1].is_quote())
            .min_by_key(|&i| paras[i].items.len() + paras[i + 1].items.len());
        let Some(i) = best else { return };
        let next = paras.remove(i + 1);
        paras[i].items.extend(next.items);
    }
}

fn quadruple(f: &Facts, item: Item) -> &'static T4 {
    let i = |n: u8| usize::from(n);
    match item {
        Item::Lead(n) => &f.event.leads[i(n)],
        Item::Detail(n) => &f.event.details[i(n)],
        Item::Background(n) => &f.topic.background[i(n)],
        Item::Figure(n) => &f.topic.figures[i(n)],
        Item::Context(n) => &generic::CONTEXT[i(n)].t,
        Item::Reaction(n) => &generic::REACTIONS[i(n)].t,
        Item::Government(n) => &generic::GOVERNMENT[i(n)].t,
        Item::International(n) => &generic::INTERNATIONAL[i(n)].t,
        Item::Outlook(n) => &generic::OUTLOOK[i(n)].t,
        Item::QuoteIntro(n) => &generic::QUOTE_INTROS[i(n)],
        Item::Quote(n) => &f.topic.quotes[i(n)],
    }
}

/// Headline, standfirst and Markdown body in one language.
pub(crate) fn render_article(f: &Facts, plan: &Plan, lang: usize) -> (String, String, String) {
    let mut cx = Ctx {
        f,
        lang,
        in_lead: false,
        p2_mark: None,
    };
    let mut headline = String::with_capacity(128);
    cx.render(
        &mut headline,
        f.event.headlines[usize::from(plan.headline)][lang],
    );
    let mut standfirst = String::with_capacity(320);
    cx.render(
        &mut standfirst,
        f.event.standfirsts[usize::from(plan.standfirst)][lang],
    );

    let mut body = String::with_capacity(if lang == ZH { 5_500 } else { 6_000 });
    let (open, close) = match lang {
        0 | 2 => ("«", "»"),
        _ => ("“", "”"),
    };
    for (p, para) in plan.paras.iter().enumerate() {
        if p > 0 {
            body.push_str("\n\n");
        }
        cx.in_lead = p == 0;
        for (i, &item) in para.items.iter().enumerate() {
            if i > 0 && lang != ZH {
                body.push(' ');
            }
            let text = quadruple(f, item)[lang];
            match item {
                Item::Quote(_) => {
                    body.push_str("> ");
                    body.push_str(open);
                    cx.render(&mut body, text);
                    body.push_str(close);
                }
                Item::QuoteIntro(_) => {
                    cx.p2_mark = plan.name_note;
                    cx.render(&mut body, text);
                    cx.p2_mark = None;
                }
                _ => cx.render(&mut body, text),
            }
            for &(at, number) in &para.marks {
                if usize::from(at) == i {
                    push_marker(&mut body, number);
                }
            }
        }
    }
    cx.in_lead = false;
    for (n, note) in plan.notes.iter().enumerate() {
        body.push_str("\n\n");
        push_marker(&mut body, n as u8 + 1);
        body.push_str(": ");
        let text = match note {
            Note::Name => &generic::NOTE_NAME,
            Note::Translation => &generic::NOTE_TRANSLATION,
            Note::Source => &generic::NOTE_SOURCE,
            Note::Dossier => &generic::NOTE_DOSSIER,
        };
        cx.render(&mut body, text[lang]);
    }
    (headline, standfirst, body)
}

fn push_marker(out: &mut String, number: u8) {
    use std::fmt::Write;
    let _ = write!(out, "[^{number}]");
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
pub(crate) const fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The inverse of [`days_from_civil`]: (year, month, day).
pub(crate) fn civil_from_days(z: i64) -> (i64, u8, u8) {
    let z = z + 719_468;
    let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calendar_round_trips() {
        assert_eq!(END_DAY * 86_400, 1_793_491_200);
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
        for d in (-1_000..30_000).step_by(17) {
            let (y, m, dd) = civil_from_days(d);
            assert_eq!(days_from_civil(y, m.into(), dd.into()), d);
        }
    }
}
