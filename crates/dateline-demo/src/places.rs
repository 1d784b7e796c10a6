//! Countries and cities, named the way each edition's readers name them.

use crate::people::{self, Culture};
use crate::topics::{ALL_TOPICS, CULTURE, DIPLOMACY, ELECTIONS, RELIGION};
use crate::T4;

/// The Italian article, which decides the contracted prepositions ("della Cina", "del
/// Giappone", "dell'India", "nelle Filippine"); `In` and `A` take none ("in Israele",
/// "a Singapore").
#[derive(Clone, Copy)]
pub(crate) enum ItArt {
    La,
    Il,
    L,
    Lo,
    Le,
    Gli,
    In,
    A,
}

/// The Spanish article ("la India", "el Líbano"), which turns "de el" into "del".
#[derive(Clone, Copy)]
pub(crate) enum EsArt {
    No,
    La,
    El,
}

/// How to say "the country" when it is not named again.
#[derive(Clone, Copy)]
pub(crate) enum Land {
    Country,
    Territory,
    Island,
    CityState,
    HolySee,
}

/// A periphrasis for places whose country name equals their city name (Hong Kong,
/// Singapore): the first paragraph must not repeat the dateline, so it says "the city-state"
/// instead. Forms: name, in, of, from, to.
pub(crate) struct Alt {
    pub it: [&'static str; 5],
    pub en: [&'static str; 5],
    pub es: [&'static str; 5],
    pub zh: &'static str,
}

pub(crate) struct Country {
    pub code: &'static str,
    pub it: (ItArt, &'static str),
    /// Whether English takes "the" ("the Philippines").
    pub en: (bool, &'static str),
    pub es: (EsArt, &'static str),
    pub zh: &'static str,
    /// Italian verbs agree with "le Filippine" and "gli Stati Uniti" in the plural.
    pub plural_it: bool,
    pub land: Land,
    pub alt: Option<&'static Alt>,
    /// "The government" and "the authorities" when the capital-based phrase ("il governo di
    /// Pechino") would be wrong.
    pub gov: Option<&'static [T4; 2]>,
    /// The capital first.
    pub cities: &'static [T4],
    pub culture: &'static Culture,
    pub weight: u32,
    /// Topics (bit set) that make sense with this country as the main one.
    pub topics: u16,
    /// Religious communities (bit set) that are minorities here, for religious-freedom stories.
    pub faiths: u8,
    /// Countries that plausibly appear alongside it: neighbours, partners, diasporas.
    pub near: &'static [&'static str],
}

pub(crate) const CATHOLIC: u8 = 1;
pub(crate) const PROTESTANT: u8 = 2;
pub(crate) const MUSLIM: u8 = 4;
pub(crate) const BUDDHIST: u8 = 8;
const CHRISTIAN: u8 = CATHOLIC | PROTESTANT;

#[allow(clippy::too_many_arguments)]
const fn c(
    code: &'static str,
    it: (ItArt, &'static str),
    en: (bool, &'static str),
    es: (EsArt, &'static str),
    zh: &'static str,
    cities: &'static [T4],
    culture: &'static Culture,
    weight: u32,
    near: &'static [&'static str],
) -> Country {
    Country {
        code,
        it,
        en,
        es,
        zh,
        plural_it: false,
        land: Land::Country,
        alt: None,
        gov: None,
        cities,
        culture,
        weight,
        topics: ALL_TOPICS,
        faiths: CHRISTIAN | MUSLIM | BUDDHIST,
        near,
    }
}

use EsArt as E;
use ItArt as I;

pub(crate) static COUNTRIES: &[Country] = &[
    Country {
        topics: ALL_TOPICS & !ELECTIONS,
        ..c(
            "CN",
            (I::La, "Cina"),
            (false, "China"),
            (E::No, "China"),
            "中国",
            &[
                ["Pechino", "Beijing", "Pekín", "北京"],
                ["Shanghai", "Shanghai", "Shanghái", "上海"],
                ["Wuhan", "Wuhan", "Wuhan", "武汉"],
                ["Canton", "Guangzhou", "Cantón", "广州"],
            ],
            &people::MANDARIN,
            10,
            &["HK", "TW", "US", "VA", "JP", "KR", "VN", "PK"],
        )
    },
    Country {
        land: Land::Territory,
        alt: Some(&Alt {
            it: [
                "l'ex colonia britannica",
                "nell'ex colonia britannica",
                "dell'ex colonia britannica",
                "dall'ex colonia britannica",
                "nell'ex colonia britannica",
            ],
            en: [
                "the former British colony",
                "in the former British colony",
                "of the former British colony",
                "from the former British colony",
                "to the former British colony",
            ],
            es: [
                "la excolonia británica",
                "en la excolonia británica",
                "de la excolonia británica",
                "de la excolonia británica",
                "a la excolonia británica",
            ],
            zh: "该特区",
        }),
        faiths: CHRISTIAN,
        ..c(
            "HK",
            (I::A, "Hong Kong"),
            (false, "Hong Kong"),
            (E::No, "Hong Kong"),
            "香港",
            &[["Hong Kong", "Hong Kong", "Hong Kong", "香港"]],
            &people::CANTONESE,
            5,
            &["CN", "TW", "US", "VA"],
        )
    },
    Country {
        land: Land::Island,
        gov: Some(&[
            [
                "il governo di Taipei",
                "the government in Taipei",
                "el Gobierno de Taipéi",
                "台湾政府",
            ],
            [
                "le autorità di Taipei",
                "the authorities in Taipei",
                "las autoridades de Taipéi",
                "台湾当局",
            ],
        ]),
        ..c(
            "TW",
            (I::A, "Taiwan"),
            (false, "Taiwan"),
            (E::No, "Taiwán"),
            "台湾",
            &[
                ["Taipei", "Taipei", "Taipéi", "台北"],
                ["Kaohsiung", "Kaohsiung", "Kaohsiung", "高雄"],
            ],
            &people::TAIWANESE,
            4,
            &["CN", "JP", "US", "PH"],
        )
    },
    c(
        "JP",
        (I::Il, "Giappone"),
        (false, "Japan"),
        (E::No, "Japón"),
        "日本",
        &[
            ["Tokyo", "Tokyo", "Tokio", "东京"],
            ["Osaka", "Osaka", "Osaka", "大阪"],
        ],
        &people::JAPANESE,
        4,
        &["CN", "KR", "US", "PH"],
    ),
    c(
        "KR",
        (I::La, "Corea del Sud"),
        (false, "South Korea"),
        (E::No, "Corea del Sur"),
        "韩国",
        &[
            ["Seul", "Seoul", "Seúl", "首尔"],
            ["Busan", "Busan", "Busan", "釜山"],
        ],
        &people::KOREAN,
        4,
        &["KP", "JP", "CN", "US"],
    ),
    Country {
        topics: ALL_TOPICS & !ELECTIONS,
        faiths: CHRISTIAN,
        ..c(
            "KP",
            (I::La, "Corea del Nord"),
            (false, "North Korea"),
            (E::No, "Corea del Norte"),
            "朝鲜",
            &[["Pyongyang", "Pyongyang", "Pionyang", "平壤"]],
            &people::KOREAN,
            3,
            &["KR", "CN", "RU", "JP"],
        )
    },
    Country {
        faiths: CHRISTIAN | MUSLIM,
        ..c(
            "MN",
            (I::La, "Mongolia"),
            (false, "Mongolia"),
            (E::No, "Mongolia"),
            "蒙古国",
            &[["Ulan Bator", "Ulaanbaatar", "Ulán Bator", "乌兰巴托"]],
            &people::MONGOLIAN,
            2,
            &["CN", "RU", "KZ"],
        )
    },
    Country {
        faiths: CHRISTIAN | MUSLIM,
        ..c(
            "IN",
            (I::L, "India"),
            (false, "India"),
            (E::La, "India"),
            "印度",
            &[
                ["New Delhi", "New Delhi", "Nueva Delhi", "新德里"],
                ["Mumbai", "Mumbai", "Bombay", "孟买"],
                ["Calcutta", "Kolkata", "Calcuta", "加尔各答"],
            ],
            &people::INDIAN,
            7,
            &["PK", "BD", "NP", "LK", "CN", "US"],
        )
    },
    Country {
        faiths: CHRISTIAN,
        ..c(
            "PK",
            (I::Il, "Pakistan"),
            (false, "Pakistan"),
            (E::No, "Pakistán"),
            "巴基斯坦",
            &[
                ["Islamabad", "Islamabad", "Islamabad", "伊斯兰堡"],
                ["Lahore", "Lahore", "Lahore", "拉合尔"],
                ["Karachi", "Karachi", "Karachi", "卡拉奇"],
            ],
            &people::SOUTH_ASIAN_MUSLIM,
            5,
            &["IN", "AF", "CN", "SA", "IR"],
        )
    },
    Country {
        faiths: CHRISTIAN | BUDDHIST,
        ..c(
            "BD",
            (I::Il, "Bangladesh"),
            (false, "Bangladesh"),
            (E::No, "Bangladés"),
            "孟加拉国",
            &[
                ["Dhaka", "Dhaka", "Daca", "达卡"],
                ["Chittagong", "Chittagong", "Chittagong", "吉大港"],
            ],
            &people::SOUTH_ASIAN_MUSLIM,
            4,
            &["IN", "MM", "SA", "MY"],
        )
    },
    Country {
        faiths: CHRISTIAN | MUSLIM,
        ..c(
            "LK",
            (I::Lo, "Sri Lanka"),
            (false, "Sri Lanka"),
            (E::No, "Sri Lanka"),
            "斯里兰卡",
            &[
                ["Colombo", "Colombo", "Colombo", "科伦坡"],
                ["Kandy", "Kandy", "Kandy", "康提"],
            ],
            &people::SINHALA,
            3,
            &["IN", "CN", "VA", "IT"],
        )
    },
    Country {
        faiths: CHRISTIAN,
        ..c(
            "NP",
            (I::Il, "Nepal"),
            (false, "Nepal"),
            (E::No, "Nepal"),
            "尼泊尔",
            &[["Kathmandu", "Kathmandu", "Katmandú", "加德满都"]],
            &people::NEPALI,
            2,
            &["IN", "CN", "SA"],
        )
    },
    Country {
        faiths: CHRISTIAN | MUSLIM,
        ..c(
            "MM",
            (I::Il, "Myanmar"),
            (false, "Myanmar"),
            (E::No, "Birmania"),
            "缅甸",
            &[
                ["Yangon", "Yangon", "Rangún", "仰光"],
                ["Mandalay", "Mandalay", "Mandalay", "曼德勒"],
            ],
            &people::BURMESE,
            5,
            &["TH", "BD", "CN", "IN"],
        )
    },
    Country {
        faiths: CHRISTIAN | MUSLIM,
        ..c(
            "TH",
            (I::La, "Thailandia"),
            (false, "Thailand"),
            (E::No, "Tailandia"),
            "泰国",
            &[
                ["Bangkok", "Bangkok", "Bangkok", "曼谷"],
                ["Chiang Mai", "Chiang Mai", "Chiang Mai", "清迈"],
            ],
            &people::THAI,
            3,
            &["MM", "KH", "LA", "MY"],
        )
    },
    Country {
        faiths: CHRISTIAN | BUDDHIST,
        ..c(
            "VN",
            (I::Il, "Vietnam"),
            (false, "Vietnam"),
            (E::No, "Vietnam"),
            "越南",
            &[
                ["Hanoi", "Hanoi", "Hanói", "河内"],
                ["Ho Chi Minh", "Ho Chi Minh City", "Ho Chi Minh", "胡志明市"],
            ],
            &people::VIETNAMESE,
            5,
            &["CN", "KH", "LA", "US", "VA"],
        )
    },
    Country {
        faiths: CHRISTIAN | MUSLIM,
        ..c(
            "KH",
            (I::La, "Cambogia"),
            (false, "Cambodia"),
            (E::No, "Camboya"),
            "柬埔寨",
            &[
                ["Phnom Penh", "Phnom Penh", "Nom Pen", "金边"],
                ["Siem Reap", "Siem Reap", "Siem Reap", "暹粒"],
            ],
            &people::KHMER,
            2,
            &["TH", "VN", "CN"],
        )
    },
    Country {
        faiths: CHRISTIAN,
        ..c(
            "LA",
            (I::Il, "Laos"),
            (false, "Laos"),
            (E::No, "Laos"),
            "老挝",
            &[["Vientiane", "Vientiane", "Vientián", "万象"]],
            &people::THAI,
            2,
            &["TH", "VN", "CN"],
        )
    },
    Country {
        faiths: CHRISTIAN | BUDDHIST,
        ..c(
            "MY",
            (I::La, "Malaysia"),
            (false, "Malaysia"),
            (E::No, "Malasia"),
            "马来西亚",
            &[
                ["Kuala Lumpur", "Kuala Lumpur", "Kuala Lumpur", "吉隆坡"],
                ["Penang", "Penang", "Penang", "槟城"],
            ],
            &people::MALAY,
            3,
            &["SG", "ID", "TH", "BD"],
        )
    },
    Country {
        land: Land::CityState,
        alt: Some(&Alt {
            it: [
                "la città-stato",
                "nella città-stato",
                "della città-stato",
                "dalla città-stato",
                "nella città-stato",
            ],
            en: [
                "the city-state",
                "in the city-state",
                "of the city-state",
                "from the city-state",
                "to the city-state",
            ],
            es: [
                "la ciudad-Estado",
                "en la ciudad-Estado",
                "de la ciudad-Estado",
                "de la ciudad-Estado",
                "a la ciudad-Estado",
            ],
            zh: "该城市国家",
        }),
        ..c(
            "SG",
            (I::A, "Singapore"),
            (false, "Singapore"),
            (E::No, "Singapur"),
            "新加坡",
            &[["Singapore", "Singapore", "Singapur", "新加坡"]],
            &people::MANDARIN,
            2,
            &["MY", "ID", "CN"],
        )
    },
    Country {
        faiths: CHRISTIAN | BUDDHIST,
        ..c(
            "ID",
            (I::L, "Indonesia"),
            (false, "Indonesia"),
            (E::No, "Indonesia"),
            "印度尼西亚",
            &[
                ["Giacarta", "Jakarta", "Yakarta", "雅加达"],
                ["Surabaya", "Surabaya", "Surabaya", "泗水"],
                ["Makassar", "Makassar", "Makassar", "望加锡"],
            ],
            &people::MALAY,
            4,
            &["MY", "TL", "PH", "SG"],
        )
    },
    Country {
        plural_it: true,
        faiths: PROTESTANT | MUSLIM,
        ..c(
            "PH",
            (I::Le, "Filippine"),
            (true, "Philippines"),
            (E::No, "Filipinas"),
            "菲律宾",
            &[
                ["Manila", "Manila", "Manila", "马尼拉"],
                ["Davao", "Davao", "Davao", "达沃"],
                ["Cebu", "Cebu", "Cebú", "宿务"],
            ],
            &people::LUSO_HISPANIC,
            4,
            &["CN", "US", "JP", "VA"],
        )
    },
    Country {
        faiths: PROTESTANT | MUSLIM,
        ..c(
            "TL",
            (I::A, "Timor Est"),
            (false, "East Timor"),
            (E::No, "Timor Oriental"),
            "东帝汶",
            &[["Dili", "Dili", "Dili", "帝力"]],
            &people::LUSO_HISPANIC,
            1,
            &["ID", "PH"],
        )
    },
    Country {
        faiths: CHRISTIAN,
        ..c(
            "IR",
            (I::L, "Iran"),
            (false, "Iran"),
            (E::No, "Irán"),
            "伊朗",
            &[
                ["Teheran", "Tehran", "Teherán", "德黑兰"],
                ["Isfahan", "Isfahan", "Isfahán", "伊斯法罕"],
                ["Mashhad", "Mashhad", "Mashhad", "马什哈德"],
            ],
            &people::PERSIAN,
            4,
            &["IQ", "AF", "AL", "TR", "SA"],
        )
    },
    Country {
        faiths: CHRISTIAN,
        ..c(
            "IQ",
            (I::L, "Iraq"),
            (false, "Iraq"),
            (E::No, "Irak"),
            "伊拉克",
            &[
                ["Baghdad", "Baghdad", "Bagdad", "巴格达"],
                ["Mosul", "Mosul", "Mosul", "摩苏尔"],
                ["Erbil", "Erbil", "Erbil", "埃尔比勒"],
            ],
            &people::ARABIC,
            3,
            &["SY", "IR", "TR", "VA"],
        )
    },
    Country {
        faiths: CHRISTIAN,
        ..c(
            "SY",
            (I::La, "Siria"),
            (false, "Syria"),
            (E::No, "Siria"),
            "叙利亚",
            &[
                ["Damasco", "Damascus", "Damasco", "大马士革"],
                ["Aleppo", "Aleppo", "Alepo", "阿勒颇"],
            ],
            &people::ARABIC,
            3,
            &["LB", "TR", "JO", "IQ", "RU"],
        )
    },
    Country {
        faiths: CHRISTIAN | MUSLIM,
        ..c(
            "LB",
            (I::Il, "Libano"),
            (false, "Lebanon"),
            (E::El, "Líbano"),
            "黎巴嫩",
            &[["Beirut", "Beirut", "Beirut", "贝鲁特"]],
            &people::ARABIC,
            3,
            &["SY", "IL", "VA", "IT"],
        )
    },
    Country {
        faiths: CHRISTIAN | MUSLIM,
        ..c(
            "IL",
            (I::In, "Israele"),
            (false, "Israel"),
            (E::No, "Israel"),
            "以色列",
            &[
                ["Gerusalemme", "Jerusalem", "Jerusalén", "耶路撒冷"],
                ["Tel Aviv", "Tel Aviv", "Tel Aviv", "特拉维夫"],
            ],
            &people::HEBREW,
            3,
            &["PS", "LB", "JO", "US"],
        )
    },
    Country {
        land: Land::Territory,
        gov: Some(&[
            [
                "l'Autorità nazionale palestinese",
                "the Palestinian Authority",
                "la Autoridad Nacional Palestina",
                "巴勒斯坦民族权力机构",
            ],
            [
                "le autorità palestinesi",
                "the Palestinian authorities",
                "las autoridades palestinas",
                "巴勒斯坦当局",
            ],
        ]),
        faiths: CHRISTIAN,
        ..c(
            "PS",
            (I::La, "Palestina"),
            (false, "Palestine"),
            (E::No, "Palestina"),
            "巴勒斯坦",
            &[
                ["Ramallah", "Ramallah", "Ramala", "拉姆安拉"],
                ["Betlemme", "Bethlehem", "Belén", "伯利恒"],
                ["Gaza", "Gaza", "Gaza", "加沙"],
            ],
            &people::ARABIC,
            3,
            &["IL", "JO", "VA"],
        )
    },
    Country {
        faiths: CHRISTIAN,
        ..c(
            "JO",
            (I::La, "Giordania"),
            (false, "Jordan"),
            (E::No, "Jordania"),
            "约旦",
            &[["Amman", "Amman", "Amán", "安曼"]],
            &people::ARABIC,
            2,
            &["SY", "IQ", "PS", "SA"],
        )
    },
    Country {
        topics: ALL_TOPICS & !ELECTIONS,
        faiths: CHRISTIAN,
        ..c(
            "SA",
            (I::L, "Arabia Saudita"),
            (false, "Saudi Arabia"),
            (E::No, "Arabia Saudí"),
            "沙特阿拉伯",
            &[
                ["Riad", "Riyadh", "Riad", "利雅得"],
                ["Gedda", "Jeddah", "Yeda", "吉达"],
            ],
            &people::ARABIC,
            2,
            &["YE", "IR", "PK", "BD", "NP", "PH"],
        )
    },
    Country {
        faiths: CHRISTIAN,
        ..c(
            "YE",
            (I::Lo, "Yemen"),
            (false, "Yemen"),
            (E::No, "Yemen"),
            "也门",
            &[
                ["Sanaa", "Sanaa", "Saná", "萨那"],
                ["Aden", "Aden", "Adén", "亚丁"],
            ],
            &people::ARABIC,
            2,
            &["SA", "IR"],
        )
    },
    Country {
        faiths: CHRISTIAN,
        ..c(
            "TR",
            (I::La, "Turchia"),
            (false, "Turkey"),
            (E::No, "Turquía"),
            "土耳其",
            &[
                ["Ankara", "Ankara", "Ankara", "安卡拉"],
                ["Istanbul", "Istanbul", "Estambul", "伊斯坦布尔"],
            ],
            &people::TURKISH,
            3,
            &["SY", "IR", "IQ", "RU", "UA"],
        )
    },
    Country {
        topics: ALL_TOPICS & !ELECTIONS,
        faiths: CHRISTIAN,
        ..c(
            "AF",
            (I::L, "Afghanistan"),
            (false, "Afghanistan"),
            (E::No, "Afganistán"),
            "阿富汗",
            &[
                ["Kabul", "Kabul", "Kabul", "喀布尔"],
                ["Herat", "Herat", "Herat", "赫拉特"],
            ],
            &people::PERSIAN,
            3,
            &["PK", "IR", "TJ", "UZ"],
        )
    },
    Country {
        faiths: CHRISTIAN,
        ..c(
            "KZ",
            (I::Il, "Kazakistan"),
            (false, "Kazakhstan"),
            (E::No, "Kazajistán"),
            "哈萨克斯坦",
            &[
                ["Astana", "Astana", "Astaná", "阿斯塔纳"],
                ["Almaty", "Almaty", "Almaty", "阿拉木图"],
            ],
            &people::CENTRAL_ASIAN,
            2,
            &["RU", "CN", "UZ", "KG"],
        )
    },
    Country {
        faiths: CHRISTIAN,
        ..c(
            "UZ",
            (I::L, "Uzbekistan"),
            (false, "Uzbekistan"),
            (E::No, "Uzbekistán"),
            "乌兹别克斯坦",
            &[
                ["Tashkent", "Tashkent", "Taskent", "塔什干"],
                ["Samarcanda", "Samarkand", "Samarcanda", "撒马尔罕"],
            ],
            &people::CENTRAL_ASIAN,
            2,
            &["KZ", "KG", "TJ", "AF", "RU"],
        )
    },
    Country {
        faiths: CHRISTIAN,
        ..c(
            "KG",
            (I::Il, "Kirghizistan"),
            (false, "Kyrgyzstan"),
            (E::No, "Kirguistán"),
            "吉尔吉斯斯坦",
            &[["Bishkek", "Bishkek", "Biskek", "比什凯克"]],
            &people::CENTRAL_ASIAN,
            1,
            &["KZ", "UZ", "TJ", "CN"],
        )
    },
    Country {
        faiths: CHRISTIAN,
        ..c(
            "TJ",
            (I::Il, "Tagikistan"),
            (false, "Tajikistan"),
            (E::No, "Tayikistán"),
            "塔吉克斯坦",
            &[["Dushanbe", "Dushanbe", "Dusambé", "杜尚别"]],
            &people::CENTRAL_ASIAN,
            1,
            &["AF", "UZ", "KG", "RU"],
        )
    },
    Country {
        faiths: CATHOLIC | PROTESTANT | MUSLIM,
        ..c(
            "RU",
            (I::La, "Russia"),
            (false, "Russia"),
            (E::No, "Rusia"),
            "俄罗斯",
            &[
                ["Mosca", "Moscow", "Moscú", "莫斯科"],
                [
                    "Vladivostok",
                    "Vladivostok",
                    "Vladivostok",
                    "符拉迪沃斯托克",
                ],
            ],
            &people::RUSSIAN,
            3,
            &["UA", "KZ", "CN", "KP"],
        )
    },
    Country {
        faiths: CHRISTIAN,
        ..c(
            "UA",
            (I::L, "Ucraina"),
            (false, "Ukraine"),
            (E::No, "Ucrania"),
            "乌克兰",
            &[
                ["Kiev", "Kyiv", "Kiev", "基辅"],
                ["Leopoli", "Lviv", "Leópolis", "利沃夫"],
            ],
            &people::UKRAINIAN,
            2,
            &["RU", "VA", "IT", "TR"],
        )
    },
    Country {
        topics: ALL_TOPICS & !RELIGION,
        ..c(
            "AL",
            (I::L, "Albania"),
            (false, "Albania"),
            (E::No, "Albania"),
            "阿尔巴尼亚",
            &[
                ["Tirana", "Tirana", "Tirana", "地拉那"],
                ["Durazzo", "Durrës", "Durrës", "都拉斯"],
            ],
            &people::ALBANIAN,
            1,
            &["IT", "IR", "VA"],
        )
    },
    Country {
        topics: ALL_TOPICS & !RELIGION,
        ..c(
            "IT",
            (I::L, "Italia"),
            (false, "Italy"),
            (E::No, "Italia"),
            "意大利",
            &[
                ["Roma", "Rome", "Roma", "罗马"],
                ["Milano", "Milan", "Milán", "米兰"],
            ],
            &people::ITALIAN,
            2,
            &["VA", "AL", "LK", "BD", "PH", "CN"],
        )
    },
    Country {
        land: Land::HolySee,
        gov: Some(&[
            ["la Santa Sede", "the Holy See", "la Santa Sede", "教廷"],
            [
                "le autorità vaticane",
                "Vatican officials",
                "las autoridades vaticanas",
                "教廷官员",
            ],
        ]),
        topics: DIPLOMACY | CULTURE,
        ..c(
            "VA",
            (I::Il, "Vaticano"),
            (true, "Vatican"),
            (E::El, "Vaticano"),
            "教廷",
            &[[
                "Città del Vaticano",
                "Vatican City",
                "Ciudad del Vaticano",
                "梵蒂冈",
            ]],
            &people::ITALIAN,
            2,
            &["CN", "VN", "IT", "UA", "IQ"],
        )
    },
    Country {
        plural_it: true,
        topics: ALL_TOPICS & !RELIGION,
        ..c(
            "US",
            (I::Gli, "Stati Uniti"),
            (true, "United States"),
            (E::No, "Estados Unidos"),
            "美国",
            &[
                ["Washington", "Washington", "Washington", "华盛顿"],
                ["New York", "New York", "Nueva York", "纽约"],
            ],
            &people::AMERICAN,
            2,
            &["CN", "JP", "KR", "PH", "TW", "IN"],
        )
    },
];

pub(crate) fn by_code(code: &str) -> &'static Country {
    COUNTRIES
        .iter()
        .find(|c| c.code == code)
        .unwrap_or_else(|| panic!("unknown country {code}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn neighbours_exist_and_codes_are_unique() {
        for (i, c) in COUNTRIES.iter().enumerate() {
            assert!(
                COUNTRIES[..i].iter().all(|d| d.code != c.code),
                "{} twice",
                c.code
            );
            for n in c.near {
                assert_ne!(by_code(n).code, c.code);
            }
            assert!(!c.cities.is_empty());
        }
        assert!(COUNTRIES.len() >= 40);
    }
}
