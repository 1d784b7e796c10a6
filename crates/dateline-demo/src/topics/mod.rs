//! What stories are about: topics, the events that make news within them, and the sentence
//! templates that tell those events in the four languages.
//!
//! Every template is a `[it, en, es, zh]` quadruple whose four texts are translations of each
//! other, with slots (`{C}`, `{p1}`, `{n2}`, ...) filled from one set of story facts; see
//! `render.rs` for the slot syntax. Translations therefore carry the same facts by
//! construction.

mod rights;
mod society;
mod work;

use crate::T4;

pub(crate) const HUMAN_RIGHTS: u16 = 1 << 0;
pub(crate) const PRESS: u16 = 1 << 1;
pub(crate) const RELIGION: u16 = 1 << 2;
pub(crate) const ELECTIONS: u16 = 1 << 3;
pub(crate) const ECONOMY: u16 = 1 << 4;
pub(crate) const ENERGY: u16 = 1 << 5;
pub(crate) const MIGRATION: u16 = 1 << 6;
pub(crate) const ENVIRONMENT: u16 = 1 << 7;
pub(crate) const DIPLOMACY: u16 = 1 << 8;
pub(crate) const LABOUR: u16 = 1 << 9;
pub(crate) const TECHNOLOGY: u16 = 1 << 10;
pub(crate) const HEALTH: u16 = 1 << 11;
pub(crate) const CULTURE: u16 = 1 << 12;
pub(crate) const ALL_TOPICS: u16 = (1 << 13) - 1;

/// What a person is: a job, a title, a function. Forms are masculine and feminine where the
/// language distinguishes them.
pub(crate) struct Role {
    pub it: [&'static str; 2],
    pub en: [&'static str; 2],
    pub es: [&'static str; 2],
    pub zh: &'static str,
    /// Roles that in the story's setting are held by men (Catholic priests, imams).
    pub male_only: bool,
}

pub(crate) const fn role(
    it_m: &'static str,
    it_f: &'static str,
    en: &'static str,
    es_m: &'static str,
    es_f: &'static str,
    zh: &'static str,
) -> Role {
    Role {
        it: [it_m, it_f],
        en: [en, en],
        es: [es_m, es_f],
        zh,
        male_only: false,
    }
}

/// A role spelt the same for men and women in Italian and Spanish.
pub(crate) const fn same(
    it: &'static str,
    en: &'static str,
    es: &'static str,
    zh: &'static str,
) -> Role {
    role(it, it, en, es, es, zh)
}

pub(crate) const fn male(
    it: &'static str,
    en: &'static str,
    es: &'static str,
    zh: &'static str,
) -> Role {
    Role {
        it: [it, it],
        en: [en, en],
        es: [es, es],
        zh,
        male_only: true,
    }
}

/// One kind of news within a topic. All of its templates tell the same event, so any
/// headline can go with any lead.
pub(crate) struct Event {
    /// What the story's main person (`p1`) is; empty for religious events, where it is the
    /// community's minister.
    pub roles: &'static [Role],
    /// `p1` comes from the second country (a visiting minister, a migrant worker).
    pub p1_foreign: bool,
    /// Good news (a visit, a festival, an investment) takes different reactions.
    pub good_news: bool,
    pub tags: &'static [T4],
    pub headlines: &'static [T4],
    pub standfirsts: &'static [T4],
    /// First paragraphs. They never name the dateline place, which the site prepends.
    pub leads: &'static [T4],
    /// Further facts of the event; like the leads, free of the dateline place, since one may
    /// follow the lead in the first paragraph.
    pub details: &'static [T4],
}

pub(crate) struct Topic {
    pub bit: u16,
    pub weight: u32,
    /// Stories where the state is the problem: they get rights groups' reactions, UN
    /// sessions and protected sources.
    pub sensitive: bool,
    /// Always about two countries (a visit, a border).
    pub needs_c2: bool,
    pub tag: T4,
    pub issue: T4,
    pub issue_of: T4,
    /// Titles of the official who answers for the government (`p3`).
    pub officials: &'static [Role],
    /// Who is quoted at length (`p2`).
    pub sources: &'static [Role],
    pub events: &'static [Event],
    pub background: &'static [T4],
    pub figures: &'static [T4],
    pub quotes: &'static [T4],
}

pub(crate) static TOPICS: [&Topic; 13] = [
    &rights::HUMAN_RIGHTS,
    &rights::PRESS,
    &rights::RELIGION,
    &rights::ELECTIONS,
    &work::ECONOMY,
    &work::ENERGY,
    &society::MIGRATION,
    &society::ENVIRONMENT,
    &society::DIPLOMACY,
    &work::LABOUR,
    &work::TECHNOLOGY,
    &society::HEALTH,
    &society::CULTURE,
];

/// A religious community, for religious-freedom stories.
pub(crate) struct Faith {
    pub bit: u8,
    pub tag: T4,
    /// "i cattolici", "Catholics".
    pub believers: T4,
    /// Without article: "12 cattolici".
    pub believers_bare: T4,
    pub community: T4,
    pub place_indef: T4,
    pub place_def: T4,
    /// Headline form: "church".
    pub place_bare: T4,
    pub places: T4,
    /// Grammatical gender of the place of worship in Italian and Spanish (they agree).
    pub place_female: bool,
    pub minister: Role,
}

pub(crate) static FAITHS: &[Faith] = &[
    Faith {
        bit: crate::places::CATHOLIC,
        tag: ["cattolici", "Catholics", "católicos", "天主教"],
        believers: ["i cattolici", "Catholics", "los católicos", "天主教徒"],
        believers_bare: ["cattolici", "Catholics", "católicos", "天主教徒"],
        community: [
            "la comunità cattolica",
            "the Catholic community",
            "la comunidad católica",
            "天主教团体",
        ],
        place_indef: ["una chiesa", "a church", "una iglesia", "一座教堂"],
        place_def: ["la chiesa", "the church", "la iglesia", "教堂"],
        place_bare: ["chiesa", "church", "iglesia", "教堂"],
        places: ["chiese", "churches", "iglesias", "教堂"],
        place_female: true,
        minister: male("sacerdote", "priest", "sacerdote", "神父"),
    },
    Faith {
        bit: crate::places::PROTESTANT,
        tag: ["protestanti", "Protestants", "protestantes", "新教"],
        believers: ["i protestanti", "Protestants", "los protestantes", "新教徒"],
        believers_bare: ["protestanti", "Protestants", "protestantes", "新教徒"],
        community: [
            "la comunità protestante",
            "the Protestant community",
            "la comunidad protestante",
            "新教团体",
        ],
        place_indef: ["una chiesa", "a church", "una iglesia", "一座教堂"],
        place_def: ["la chiesa", "the church", "la iglesia", "教堂"],
        place_bare: ["chiesa", "church", "iglesia", "教堂"],
        places: ["chiese", "churches", "iglesias", "教堂"],
        place_female: true,
        minister: male("pastore", "pastor", "pastor", "牧师"),
    },
    Faith {
        bit: crate::places::MUSLIM,
        tag: ["musulmani", "Muslims", "musulmanes", "穆斯林"],
        believers: ["i musulmani", "Muslims", "los musulmanes", "穆斯林"],
        believers_bare: ["musulmani", "Muslims", "musulmanes", "穆斯林"],
        community: [
            "la comunità musulmana",
            "the Muslim community",
            "la comunidad musulmana",
            "穆斯林社区",
        ],
        place_indef: ["una moschea", "a mosque", "una mezquita", "一座清真寺"],
        place_def: ["la moschea", "the mosque", "la mezquita", "清真寺"],
        place_bare: ["moschea", "mosque", "mezquita", "清真寺"],
        places: ["moschee", "mosques", "mezquitas", "清真寺"],
        place_female: true,
        minister: male("imam", "imam", "imán", "伊玛目"),
    },
    Faith {
        bit: crate::places::BUDDHIST,
        tag: ["buddhisti", "Buddhists", "budistas", "佛教"],
        believers: ["i buddhisti", "Buddhists", "los budistas", "佛教徒"],
        believers_bare: ["buddhisti", "Buddhists", "budistas", "佛教徒"],
        community: [
            "la comunità buddhista",
            "the Buddhist community",
            "la comunidad budista",
            "佛教团体",
        ],
        place_indef: ["un tempio", "a temple", "un templo", "一座寺庙"],
        place_def: ["il tempio", "the temple", "el templo", "寺庙"],
        place_bare: ["tempio", "temple", "templo", "寺庙"],
        places: ["templi", "temples", "templos", "寺庙"],
        place_female: false,
        minister: male("monaco", "monk", "monje", "僧人"),
    },
];

/// Kinds of election, without article: "elezioni parlamentari".
pub(crate) static VOTES: &[T4] = &[
    [
        "elezioni parlamentari",
        "parliamentary elections",
        "elecciones parlamentarias",
        "议会选举",
    ],
    [
        "elezioni presidenziali",
        "presidential elections",
        "elecciones presidenciales",
        "总统选举",
    ],
    [
        "elezioni amministrative",
        "local elections",
        "elecciones municipales",
        "地方选举",
    ],
];

/// Industries, without article; all masculine in Italian and Spanish ("il settore tessile").
pub(crate) static SECTORS: &[T4] = &[
    [
        "settore tessile",
        "textile industry",
        "sector textil",
        "纺织业",
    ],
    [
        "settore edilizio",
        "construction industry",
        "sector de la construcción",
        "建筑业",
    ],
    [
        "settore turistico",
        "tourism industry",
        "sector turístico",
        "旅游业",
    ],
    [
        "settore elettronico",
        "electronics industry",
        "sector electrónico",
        "电子产业",
    ],
    [
        "settore della pesca",
        "fishing industry",
        "sector pesquero",
        "渔业",
    ],
    ["settore agricolo", "farm sector", "sector agrícola", "农业"],
    [
        "settore minerario",
        "mining industry",
        "sector minero",
        "采矿业",
    ],
];

/// Power plants, without article; all feminine in Italian and Spanish, all starting with a
/// consonant in English ("a dam").
pub(crate) static PLANTS: &[T4] = &[
    [
        "centrale a carbone",
        "coal-fired power plant",
        "central de carbón",
        "燃煤电厂",
    ],
    [
        "centrale solare",
        "solar power plant",
        "planta solar",
        "太阳能电站",
    ],
    ["diga", "hydroelectric dam", "presa", "水电站大坝"],
    [
        "centrale nucleare",
        "nuclear power plant",
        "central nuclear",
        "核电站",
    ],
    [
        "centrale a gas",
        "gas-fired power plant",
        "central de gas",
        "燃气电厂",
    ],
];

pub(crate) static DISEASES: &[T4] = &[
    ["dengue", "dengue", "dengue", "登革热"],
    ["colera", "cholera", "cólera", "霍乱"],
    ["morbillo", "measles", "sarampión", "麻疹"],
    ["tubercolosi", "tuberculosis", "tuberculosis", "结核病"],
    ["malaria", "malaria", "malaria", "疟疾"],
];

/// What a journalist was reporting on: bare ("aveva scritto di ...") and with "on"
/// ("un'inchiesta sulla ...").
pub(crate) static BEATS: &[[T4; 2]] = &[
    [
        [
            "corruzione nella polizia",
            "police corruption",
            "corrupción policial",
            "警察腐败问题",
        ],
        [
            "sulla corruzione nella polizia",
            "on police corruption",
            "sobre la corrupción policial",
            "警察腐败问题",
        ],
    ],
    [
        [
            "proteste dei contadini",
            "farmers' protests",
            "protestas campesinas",
            "农民抗议活动",
        ],
        [
            "sulle proteste dei contadini",
            "on farmers' protests",
            "sobre las protestas campesinas",
            "农民抗议活动",
        ],
    ],
    [
        [
            "sfruttamento dei migranti",
            "migrant labour abuses",
            "explotación de migrantes",
            "剥削移民劳工",
        ],
        [
            "sullo sfruttamento dei migranti",
            "on migrant labour abuses",
            "sobre la explotación de migrantes",
            "剥削移民劳工",
        ],
    ],
    [
        [
            "sfratti forzati",
            "forced evictions",
            "desalojos forzosos",
            "强制拆迁",
        ],
        [
            "sugli sfratti forzati",
            "on forced evictions",
            "sobre los desalojos forzosos",
            "强制拆迁",
        ],
    ],
    [
        [
            "appalti truccati",
            "rigged contracts",
            "contratos amañados",
            "招标舞弊",
        ],
        [
            "sugli appalti truccati",
            "on rigged contracts",
            "sobre los contratos amañados",
            "招标舞弊",
        ],
    ],
    [
        [
            "lavoro minorile",
            "child labour",
            "trabajo infantil",
            "童工问题",
        ],
        [
            "sul lavoro minorile",
            "on child labour",
            "sobre el trabajo infantil",
            "童工问题",
        ],
    ],
];

/// Officials and sources shared by several topics.
pub(crate) const SPOKESPERSON: Role = same(
    "portavoce del governo",
    "government spokesperson",
    "portavoz del Gobierno",
    "政府发言人",
);
pub(crate) const INTERIOR_MINISTER: Role = role(
    "ministro dell'Interno",
    "ministra dell'Interno",
    "interior minister",
    "ministro del Interior",
    "ministra del Interior",
    "内政部长",
);
pub(crate) const GOVERNOR: Role = role(
    "governatore della provincia",
    "governatrice della provincia",
    "provincial governor",
    "gobernador de la provincia",
    "gobernadora de la provincia",
    "省长",
);
pub(crate) const FARMER: Role = role(
    "agricoltore",
    "agricoltrice",
    "farmer",
    "agricultor",
    "agricultora",
    "农民",
);
pub(crate) const RESIDENT: Role = role(
    "residente",
    "residente",
    "local resident",
    "vecino",
    "vecina",
    "当地居民",
);
pub(crate) const ACTIVIST: Role = same("attivista", "rights activist", "activista", "维权人士");
pub(crate) const WORKER: Role = role(
    "operaio",
    "operaia",
    "factory worker",
    "obrero",
    "obrera",
    "工人",
);
pub(crate) const DOCTOR: Role = role("medico", "medica", "doctor", "médico", "médica", "医生");
pub(crate) const NURSE: Role = role(
    "infermiere",
    "infermiera",
    "nurse",
    "enfermero",
    "enfermera",
    "护士",
);
