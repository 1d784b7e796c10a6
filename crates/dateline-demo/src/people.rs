//! Invented people: name parts by naming tradition, in Latin script and in Chinese characters.
//!
//! Names are common given names and family names combined at random, so the people are
//! fictional; the Chinese forms are the usual transliterations (or the characters themselves
//! for Chinese, Japanese, Korean and Vietnamese names), which lets the Chinese edition name the
//! same person as the other three.

pub(crate) struct NamePart {
    pub lat: &'static str,
    pub zh: &'static str,
}

const fn n(lat: &'static str, zh: &'static str) -> NamePart {
    NamePart { lat, zh }
}

pub(crate) struct Culture {
    /// Latin-script order: family name first ("Zhang Wei") or given name first ("Rahul Singh").
    pub family_first: bool,
    /// Chinese order.
    pub zh_family_first: bool,
    /// Between the two parts in Chinese: "" for East Asian names, the middle dot for the rest.
    pub zh_sep: &'static str,
    /// Second references use the family name ("Singh said") rather than the full name,
    /// where that is how the press refers to people of this tradition.
    pub short_family: bool,
    pub zh_short_family: bool,
    pub male: &'static [NamePart],
    pub female: &'static [NamePart],
    pub family: &'static [NamePart],
    /// Women's family names where they differ (Russian "-ova"); same length as `family`.
    pub family_f: &'static [NamePart],
}

const EAST: Culture = Culture {
    family_first: true,
    zh_family_first: true,
    zh_sep: "",
    short_family: true,
    zh_short_family: false,
    male: &[],
    female: &[],
    family: &[],
    family_f: &[],
};

const WEST: Culture = Culture {
    family_first: false,
    zh_family_first: false,
    zh_sep: "·",
    short_family: true,
    zh_short_family: true,
    male: &[],
    female: &[],
    family: &[],
    family_f: &[],
};

pub(crate) static MANDARIN: Culture = Culture {
    family: &[
        n("Zhang", "张"),
        n("Wang", "王"),
        n("Li", "李"),
        n("Liu", "刘"),
        n("Chen", "陈"),
        n("Yang", "杨"),
        n("Zhao", "赵"),
        n("Huang", "黄"),
        n("Zhou", "周"),
        n("Wu", "吴"),
        n("Xu", "徐"),
        n("Sun", "孙"),
    ],
    male: &[
        n("Wei", "伟"),
        n("Jun", "军"),
        n("Qiang", "强"),
        n("Lei", "磊"),
        n("Tao", "涛"),
        n("Ming", "明"),
        n("Jian", "建"),
        n("Hao", "浩"),
        n("Yong", "勇"),
        n("Bin", "斌"),
        n("Zhiyuan", "志远"),
        n("Guoqing", "国庆"),
    ],
    female: &[
        n("Fang", "芳"),
        n("Jing", "静"),
        n("Min", "敏"),
        n("Yan", "燕"),
        n("Xiuying", "秀英"),
        n("Hui", "慧"),
        n("Lan", "兰"),
        n("Ting", "婷"),
        n("Xiaomei", "晓梅"),
        n("Yuqing", "雨晴"),
        n("Na", "娜"),
        n("Li", "丽"),
    ],
    ..EAST
};

pub(crate) static CANTONESE: Culture = Culture {
    family: &[
        n("Chan", "陈"),
        n("Wong", "黄"),
        n("Lee", "李"),
        n("Cheung", "张"),
        n("Leung", "梁"),
        n("Lam", "林"),
        n("Ho", "何"),
        n("Ng", "吴"),
        n("Lau", "刘"),
        n("Tsang", "曾"),
        n("Yip", "叶"),
        n("Chow", "周"),
    ],
    male: &[
        n("Ka-ming", "家明"),
        n("Chi-keung", "志强"),
        n("Wai-lun", "伟伦"),
        n("Kin-man", "健文"),
        n("Siu-fai", "少辉"),
        n("Tsz-hin", "梓轩"),
        n("Chun-yip", "俊业"),
        n("Ho-yin", "浩然"),
    ],
    female: &[
        n("Mei-ling", "美玲"),
        n("Ka-yan", "嘉欣"),
        n("Wing-sze", "咏诗"),
        n("Suk-yee", "淑仪"),
        n("Hoi-yan", "凯欣"),
        n("Pui-man", "佩雯"),
        n("Sze-wan", "思韵"),
        n("Man-yee", "敏仪"),
    ],
    ..EAST
};

pub(crate) static TAIWANESE: Culture = Culture {
    family: &[
        n("Chen", "陈"),
        n("Lin", "林"),
        n("Huang", "黄"),
        n("Chang", "张"),
        n("Lee", "李"),
        n("Wang", "王"),
        n("Wu", "吴"),
        n("Liu", "刘"),
        n("Tsai", "蔡"),
        n("Yang", "杨"),
        n("Hsu", "许"),
        n("Cheng", "郑"),
    ],
    male: &[
        n("Chih-ming", "志明"),
        n("Chia-hao", "家豪"),
        n("Kuan-yu", "冠宇"),
        n("Tsung-han", "宗翰"),
        n("Chien-hung", "建宏"),
        n("Yu-chen", "宇辰"),
        n("Wei-ting", "威廷"),
        n("Cheng-wei", "政纬"),
    ],
    female: &[
        n("Shu-fen", "淑芬"),
        n("Ya-ting", "雅婷"),
        n("Yi-chun", "怡君"),
        n("Hsin-yi", "欣怡"),
        n("Mei-hua", "美华"),
        n("Pei-shan", "佩珊"),
        n("Ching-wen", "静雯"),
        n("Hui-ju", "慧如"),
    ],
    ..EAST
};

pub(crate) static JAPANESE: Culture = Culture {
    family_first: false,
    zh_short_family: true,
    family: &[
        n("Sato", "佐藤"),
        n("Suzuki", "铃木"),
        n("Takahashi", "高桥"),
        n("Tanaka", "田中"),
        n("Watanabe", "渡边"),
        n("Ito", "伊藤"),
        n("Yamamoto", "山本"),
        n("Nakamura", "中村"),
        n("Kobayashi", "小林"),
        n("Kato", "加藤"),
        n("Yoshida", "吉田"),
        n("Matsumoto", "松本"),
    ],
    male: &[
        n("Kenta", "健太"),
        n("Shota", "翔太"),
        n("Hiroshi", "浩"),
        n("Takuya", "拓也"),
        n("Daisuke", "大辅"),
        n("Haruto", "阳翔"),
        n("Kenji", "健二"),
        n("Yuto", "悠斗"),
    ],
    female: &[
        n("Yumi", "由美"),
        n("Misaki", "美咲"),
        n("Keiko", "惠子"),
        n("Naomi", "直美"),
        n("Aoi", "葵"),
        n("Sakura", "樱"),
        n("Emi", "惠美"),
        n("Haruka", "遥"),
    ],
    ..EAST
};

pub(crate) static KOREAN: Culture = Culture {
    family: &[
        n("Kim", "金"),
        n("Lee", "李"),
        n("Park", "朴"),
        n("Choi", "崔"),
        n("Jung", "郑"),
        n("Kang", "姜"),
        n("Cho", "赵"),
        n("Yoon", "尹"),
        n("Jang", "张"),
        n("Lim", "林"),
        n("Han", "韩"),
        n("Shin", "申"),
    ],
    male: &[
        n("Min-jun", "敏俊"),
        n("Ji-hoon", "志勋"),
        n("Sung-ho", "成浩"),
        n("Young-soo", "英洙"),
        n("Dong-hyun", "东贤"),
        n("Jae-won", "在元"),
        n("Hyun-woo", "贤宇"),
        n("Tae-yang", "泰阳"),
    ],
    female: &[
        n("Seo-yeon", "瑞妍"),
        n("Ji-woo", "智友"),
        n("Hye-jin", "惠珍"),
        n("Eun-ji", "恩智"),
        n("Su-bin", "秀彬"),
        n("Min-seo", "敏瑞"),
        n("Ha-eun", "夏恩"),
        n("Yoo-na", "有娜"),
    ],
    ..EAST
};

pub(crate) static VIETNAMESE: Culture = Culture {
    // The press refers to Vietnamese people by their full name (or the last given name),
    // never by the family name alone, which a third of the country shares.
    short_family: false,
    family: &[
        n("Nguyễn", "阮"),
        n("Trần", "陈"),
        n("Lê", "黎"),
        n("Phạm", "范"),
        n("Hoàng", "黄"),
        n("Phan", "潘"),
        n("Vũ", "武"),
        n("Đặng", "邓"),
        n("Bùi", "裴"),
        n("Đỗ", "杜"),
        n("Hồ", "胡"),
        n("Ngô", "吴"),
    ],
    male: &[
        n("Văn Hùng", "文雄"),
        n("Minh Tuấn", "明俊"),
        n("Quốc Bảo", "国宝"),
        n("Đức Anh", "德英"),
        n("Hoàng Nam", "黄南"),
        n("Văn Thắng", "文胜"),
        n("Thanh Tùng", "青松"),
        n("Công Minh", "公明"),
    ],
    female: &[
        n("Thị Lan", "氏兰"),
        n("Thu Hà", "秋河"),
        n("Thanh Hương", "青香"),
        n("Ngọc Ánh", "玉映"),
        n("Minh Châu", "明珠"),
        n("Thị Mai", "氏梅"),
        n("Phương Linh", "芳玲"),
        n("Hồng Nhung", "红绒"),
    ],
    ..EAST
};

pub(crate) static KHMER: Culture = Culture {
    short_family: false,
    family: &[
        n("Sok", "索"),
        n("Chan", "占"),
        n("Heng", "亨"),
        n("Meas", "密"),
        n("Keo", "高"),
        n("Prak", "巴"),
        n("Chea", "谢"),
        n("Ly", "李"),
    ],
    male: &[
        n("Dara", "达拉"),
        n("Vannak", "万纳"),
        n("Rithy", "利迪"),
        n("Sophal", "索帕"),
        n("Veasna", "威萨纳"),
        n("Bunthoeun", "本通"),
    ],
    female: &[
        n("Sophea", "索菲娅"),
        n("Sreymom", "斯雷蒙"),
        n("Channary", "占纳丽"),
        n("Bopha", "波帕"),
        n("Kunthea", "坤迪亚"),
        n("Malis", "玛莉"),
    ],
    ..EAST
};

/// Burmese names have no family name; both parts are personal, so second references repeat
/// the whole name. The second syllables are kept in `family` only to reuse the machinery.
pub(crate) static BURMESE: Culture = Culture {
    family_first: false,
    zh_family_first: false,
    short_family: false,
    male: &[
        n("Aung", "昂"),
        n("Kyaw", "觉"),
        n("Zaw", "佐"),
        n("Thant", "丹"),
        n("Min", "敏"),
        n("Htet", "赫"),
        n("Naing", "奈"),
        n("Myo", "妙"),
    ],
    family: &[
        n("Win", "温"),
        n("Htun", "吞"),
        n("Oo", "乌"),
        n("Lwin", "伦"),
        n("Soe", "梭"),
        n("Thein", "登"),
        n("Naing", "奈"),
        n("Zaw", "佐"),
    ],
    female: &[
        n("Hnin", "宁"),
        n("Thiri", "蒂里"),
        n("Su", "素"),
        n("May", "梅"),
        n("Ei", "埃"),
        n("Nandar", "南达"),
        n("Khin", "钦"),
        n("Thazin", "达津"),
    ],
    family_f: &[
        n("Phyu", "漂"),
        n("Wai", "韦"),
        n("Mon", "蒙"),
        n("Thu", "杜"),
        n("Zin", "津"),
        n("Aye", "埃"),
        n("Hlaing", "莱"),
        n("Nwe", "努"),
    ],
    ..EAST
};

pub(crate) static THAI: Culture = Culture {
    // Thai and Lao people are referred to by their given name, so the full name is safer.
    short_family: false,
    zh_short_family: false,
    family: &[
        n("Srisuk", "西素"),
        n("Wongsawat", "翁沙瓦"),
        n("Chaiyaporn", "猜亚蓬"),
        n("Boonmee", "汶米"),
        n("Thongdee", "通迪"),
        n("Sukprasert", "素巴实"),
        n("Kaewkla", "乔卡"),
        n("Phommachanh", "蓬玛占"),
        n("Sisavath", "西萨瓦"),
        n("Rattanakorn", "拉达纳功"),
    ],
    male: &[
        n("Somchai", "颂猜"),
        n("Anan", "阿南"),
        n("Prasert", "巴实"),
        n("Niran", "尼兰"),
        n("Thanawat", "他那瓦"),
        n("Kittisak", "吉提萨"),
        n("Somsak", "颂萨"),
        n("Boonsong", "汶颂"),
    ],
    female: &[
        n("Suda", "素达"),
        n("Malee", "玛丽"),
        n("Kanya", "甘雅"),
        n("Ratana", "拉达娜"),
        n("Pranee", "巴妮"),
        n("Siriporn", "西丽蓬"),
        n("Nittaya", "妮塔雅"),
        n("Wanida", "婉妮达"),
    ],
    ..WEST
};

pub(crate) static INDIAN: Culture = Culture {
    family: &[
        n("Sharma", "夏尔马"),
        n("Gupta", "古普塔"),
        n("Singh", "辛格"),
        n("Patel", "帕特尔"),
        n("Kumar", "库马尔"),
        n("Das", "达斯"),
        n("Reddy", "雷迪"),
        n("Nair", "奈尔"),
        n("Iyer", "艾耶尔"),
        n("Joshi", "乔希"),
        n("Mehta", "梅塔"),
        n("Verma", "维尔马"),
    ],
    male: &[
        n("Rahul", "拉胡尔"),
        n("Arjun", "阿琼"),
        n("Vikram", "维克拉姆"),
        n("Ravi", "拉维"),
        n("Anil", "阿尼尔"),
        n("Sanjay", "桑杰"),
        n("Deepak", "迪帕克"),
        n("Manoj", "马诺杰"),
    ],
    female: &[
        n("Priya", "普丽娅"),
        n("Anjali", "安贾莉"),
        n("Sunita", "苏妮塔"),
        n("Meera", "米拉"),
        n("Kavita", "卡维塔"),
        n("Lakshmi", "拉克希米"),
        n("Pooja", "普贾"),
        n("Neha", "妮哈"),
    ],
    ..WEST
};

pub(crate) static NEPALI: Culture = Culture {
    family: &[
        n("Shrestha", "什雷斯塔"),
        n("Thapa", "塔帕"),
        n("Gurung", "古隆"),
        n("Adhikari", "阿迪卡里"),
        n("Tamang", "塔芒"),
        n("Rai", "拉伊"),
        n("Magar", "马加尔"),
        n("Karki", "卡尔基"),
    ],
    male: &[
        n("Bikash", "比卡什"),
        n("Ramesh", "拉梅什"),
        n("Suman", "苏曼"),
        n("Prakash", "普拉卡什"),
        n("Dipendra", "迪彭德拉"),
        n("Santosh", "桑托什"),
    ],
    female: &[
        n("Sita", "西塔"),
        n("Gita", "吉塔"),
        n("Anita", "阿妮塔"),
        n("Sarita", "萨丽塔"),
        n("Kamala", "卡玛拉"),
        n("Sabina", "萨比娜"),
    ],
    ..WEST
};

pub(crate) static SINHALA: Culture = Culture {
    family: &[
        n("Perera", "佩雷拉"),
        n("Fernando", "费尔南多"),
        n("Silva", "席尔瓦"),
        n("Mendis", "门迪斯"),
        n("Kumara", "库马拉"),
        n("Bandara", "班达拉"),
        n("Peiris", "皮里斯"),
        n("Liyanage", "利亚纳格"),
    ],
    male: &[
        n("Nimal", "尼马尔"),
        n("Ruwan", "鲁万"),
        n("Chaminda", "查明达"),
        n("Kasun", "卡孙"),
        n("Lahiru", "拉希鲁"),
        n("Sunil", "苏尼尔"),
    ],
    female: &[
        n("Kumari", "库马丽"),
        n("Dilani", "迪拉妮"),
        n("Sanduni", "桑杜妮"),
        n("Nadeesha", "娜迪莎"),
        n("Chathurika", "查图丽卡"),
        n("Ishara", "伊莎拉"),
    ],
    ..WEST
};

pub(crate) static SOUTH_ASIAN_MUSLIM: Culture = Culture {
    family: &[
        n("Khan", "汗"),
        n("Hussain", "侯赛因"),
        n("Chaudhry", "乔杜里"),
        n("Ahmed", "艾哈迈德"),
        n("Rahman", "拉赫曼"),
        n("Malik", "马利克"),
        n("Qureshi", "库雷希"),
        n("Hossain", "霍萨因"),
        n("Butt", "巴特"),
        n("Islam", "伊斯拉姆"),
        n("Sheikh", "谢赫"),
        n("Mirza", "米尔扎"),
    ],
    male: &[
        n("Imran", "伊姆兰"),
        n("Bilal", "比拉勒"),
        n("Tariq", "塔里克"),
        n("Farhan", "法尔汉"),
        n("Asif", "阿西夫"),
        n("Kamal", "卡迈勒"),
        n("Shahid", "沙希德"),
        n("Rafiq", "拉菲克"),
    ],
    female: &[
        n("Ayesha", "阿伊莎"),
        n("Nadia", "娜迪亚"),
        n("Sana", "萨娜"),
        n("Rubina", "鲁比娜"),
        n("Farzana", "法尔扎娜"),
        n("Nasreen", "纳斯林"),
        n("Shabnam", "沙布纳姆"),
        n("Sadia", "萨迪娅"),
    ],
    ..WEST
};

pub(crate) static ARABIC: Culture = Culture {
    family: &[
        n("Haddad", "哈达德"),
        n("Khalil", "哈利勒"),
        n("Mansour", "曼苏尔"),
        n("Nasser", "纳赛尔"),
        n("Saleh", "萨利赫"),
        n("Hamdan", "哈姆丹"),
        n("Aziz", "阿齐兹"),
        n("Darwish", "达尔维什"),
        n("Youssef", "优素福"),
        n("Khoury", "胡里"),
        n("Masri", "马斯里"),
        n("Abbas", "阿巴斯"),
    ],
    male: &[
        n("Ahmed", "艾哈迈德"),
        n("Omar", "奥马尔"),
        n("Hassan", "哈桑"),
        n("Karim", "卡里姆"),
        n("Ali", "阿里"),
        n("Khaled", "哈立德"),
        n("Samir", "萨米尔"),
        n("Tarek", "塔里克"),
        n("Fadi", "法迪"),
        n("Issa", "伊萨"),
    ],
    female: &[
        n("Fatima", "法蒂玛"),
        n("Layla", "莱拉"),
        n("Nour", "努尔"),
        n("Mariam", "玛丽亚姆"),
        n("Rania", "拉尼娅"),
        n("Huda", "胡达"),
        n("Salma", "萨尔玛"),
        n("Dina", "迪娜"),
        n("Rana", "拉娜"),
        n("Samira", "萨米拉"),
    ],
    ..WEST
};

pub(crate) static PERSIAN: Culture = Culture {
    family: &[
        n("Hosseini", "侯赛尼"),
        n("Rezaei", "雷扎伊"),
        n("Moradi", "莫拉迪"),
        n("Ahmadi", "艾哈迈迪"),
        n("Karimi", "卡里米"),
        n("Sadeghi", "萨德吉"),
        n("Jafari", "贾法里"),
        n("Rahimi", "拉希米"),
        n("Mohammadi", "穆罕默迪"),
        n("Nazari", "纳扎里"),
        n("Hashemi", "哈希米"),
        n("Azizi", "阿齐齐"),
    ],
    male: &[
        n("Reza", "礼萨"),
        n("Mohammad", "穆罕默德"),
        n("Hossein", "侯赛因"),
        n("Amir", "阿米尔"),
        n("Mehdi", "迈赫迪"),
        n("Ali", "阿里"),
        n("Farid", "法里德"),
        n("Hamid", "哈米德"),
    ],
    female: &[
        n("Maryam", "玛丽亚姆"),
        n("Zahra", "扎赫拉"),
        n("Shirin", "希琳"),
        n("Niloufar", "尼卢法尔"),
        n("Fatemeh", "法特梅"),
        n("Leila", "蕾拉"),
        n("Parisa", "帕丽萨"),
        n("Sara", "萨拉"),
    ],
    ..WEST
};

pub(crate) static MALAY: Culture = Culture {
    family: &[
        n("Santoso", "桑托索"),
        n("Wijaya", "维贾亚"),
        n("Hidayat", "希达亚特"),
        n("Ibrahim", "易卜拉欣"),
        n("Abdullah", "阿卜杜拉"),
        n("Halim", "哈利姆"),
        n("Setiawan", "塞蒂亚万"),
        n("Rahman", "拉赫曼"),
        n("Kusuma", "库苏马"),
        n("Ismail", "伊斯梅尔"),
    ],
    male: &[
        n("Ahmad", "艾哈迈德"),
        n("Rizal", "里扎尔"),
        n("Budi", "布迪"),
        n("Agus", "阿古斯"),
        n("Hafiz", "哈菲兹"),
        n("Dedi", "德迪"),
        n("Faisal", "费萨尔"),
        n("Irwan", "伊尔万"),
    ],
    female: &[
        n("Siti", "西蒂"),
        n("Nurul", "努鲁尔"),
        n("Dewi", "黛维"),
        n("Putri", "普特丽"),
        n("Aisyah", "阿伊莎"),
        n("Rina", "丽娜"),
        n("Wati", "瓦蒂"),
        n("Farah", "法拉"),
    ],
    ..WEST
};

pub(crate) static LUSO_HISPANIC: Culture = Culture {
    family: &[
        n("Santos", "桑托斯"),
        n("Reyes", "雷耶斯"),
        n("Cruz", "克鲁斯"),
        n("Bautista", "包蒂斯塔"),
        n("Garcia", "加西亚"),
        n("Mendoza", "门多萨"),
        n("Ramos", "拉莫斯"),
        n("Navarro", "纳瓦罗"),
        n("Pereira", "佩雷拉"),
        n("Soares", "索阿雷斯"),
        n("Torres", "托雷斯"),
    ],
    male: &[
        n("Jose", "何塞"),
        n("Juan", "胡安"),
        n("Miguel", "米格尔"),
        n("Antonio", "安东尼奥"),
        n("Carlos", "卡洛斯"),
        n("Rafael", "拉斐尔"),
        n("Mario", "马里奥"),
        n("Joaquim", "若阿金"),
    ],
    female: &[
        n("Maria", "玛丽亚"),
        n("Ana", "安娜"),
        n("Rosa", "罗莎"),
        n("Teresa", "特蕾莎"),
        n("Carmela", "卡梅拉"),
        n("Lourdes", "卢尔德斯"),
        n("Joana", "若阿娜"),
        n("Clara", "克拉拉"),
    ],
    ..WEST
};

pub(crate) static RUSSIAN: Culture = Culture {
    family: &[
        n("Ivanov", "伊万诺夫"),
        n("Belov", "别洛夫"),
        n("Petrov", "彼得罗夫"),
        n("Popov", "波波夫"),
        n("Sokolov", "索科洛夫"),
        n("Volkov", "沃尔科夫"),
        n("Morozov", "莫罗佐夫"),
        n("Orlov", "奥尔洛夫"),
    ],
    family_f: &[
        n("Ivanova", "伊万诺娃"),
        n("Belova", "别洛娃"),
        n("Petrova", "彼得罗娃"),
        n("Popova", "波波娃"),
        n("Sokolova", "索科洛娃"),
        n("Volkova", "沃尔科娃"),
        n("Morozova", "莫罗佐娃"),
        n("Orlova", "奥尔洛娃"),
    ],
    male: &[
        n("Aleksei", "阿列克谢"),
        n("Dmitry", "德米特里"),
        n("Sergei", "谢尔盖"),
        n("Nikolai", "尼古拉"),
        n("Andrei", "安德烈"),
        n("Pavel", "帕维尔"),
        n("Ivan", "伊万"),
        n("Mikhail", "米哈伊尔"),
    ],
    female: &[
        n("Olga", "奥尔加"),
        n("Irina", "伊琳娜"),
        n("Natalia", "娜塔莉娅"),
        n("Elena", "叶莲娜"),
        n("Anna", "安娜"),
        n("Vera", "薇拉"),
        n("Tatiana", "塔季扬娜"),
        n("Yulia", "尤利娅"),
    ],
    ..WEST
};

pub(crate) static UKRAINIAN: Culture = Culture {
    family: &[
        n("Shevchenko", "舍甫琴科"),
        n("Kovalenko", "科瓦连科"),
        n("Bondarenko", "邦达连科"),
        n("Tkachuk", "特卡丘克"),
        n("Melnyk", "梅尔尼克"),
        n("Lytvyn", "利特文"),
        n("Boyko", "博伊科"),
        n("Lysenko", "雷先科"),
        n("Moroz", "莫罗兹"),
        n("Savchuk", "萨夫丘克"),
    ],
    male: &[
        n("Oleh", "奥列格"),
        n("Andriy", "安德里"),
        n("Taras", "塔拉斯"),
        n("Mykola", "米科拉"),
        n("Yuriy", "尤里"),
        n("Bohdan", "博赫丹"),
        n("Petro", "彼得罗"),
        n("Vasyl", "瓦西尔"),
    ],
    female: &[
        n("Olena", "奥莲娜"),
        n("Iryna", "伊琳娜"),
        n("Oksana", "奥克萨娜"),
        n("Nataliya", "娜塔莉娅"),
        n("Halyna", "加林娜"),
        n("Kateryna", "卡捷琳娜"),
        n("Sofiya", "索菲娅"),
        n("Mariya", "玛丽娅"),
    ],
    ..WEST
};

pub(crate) static CENTRAL_ASIAN: Culture = Culture {
    family: &[
        n("Aliyev", "阿利耶夫"),
        n("Umarov", "乌马罗夫"),
        n("Sadykov", "萨德科夫"),
        n("Rakhimov", "拉希莫夫"),
        n("Yusupov", "尤苏波夫"),
        n("Saidov", "赛多夫"),
        n("Bekov", "别科夫"),
        n("Kasymov", "卡瑟莫夫"),
    ],
    family_f: &[
        n("Aliyeva", "阿利耶娃"),
        n("Umarova", "乌马罗娃"),
        n("Sadykova", "萨德科娃"),
        n("Rakhimova", "拉希莫娃"),
        n("Yusupova", "尤苏波娃"),
        n("Saidova", "赛多娃"),
        n("Bekova", "别科娃"),
        n("Kasymova", "卡瑟莫娃"),
    ],
    male: &[
        n("Nurlan", "努尔兰"),
        n("Timur", "帖木儿"),
        n("Rustam", "鲁斯塔姆"),
        n("Aziz", "阿齐兹"),
        n("Bakhrom", "巴赫罗姆"),
        n("Daniyar", "达尼亚尔"),
        n("Farrukh", "法鲁赫"),
        n("Erlan", "叶尔兰"),
    ],
    female: &[
        n("Aigerim", "艾格琳"),
        n("Dilnoza", "迪尔诺扎"),
        n("Gulnara", "古丽娜拉"),
        n("Madina", "玛迪娜"),
        n("Zarina", "扎丽娜"),
        n("Aizhan", "艾让"),
        n("Nodira", "诺迪拉"),
        n("Saule", "萨乌列"),
    ],
    ..WEST
};

pub(crate) static MONGOLIAN: Culture = Culture {
    // Mongolians are known by their given name; the patronymic is not a family name.
    short_family: false,
    zh_short_family: false,
    family: &[
        n("Ganbold", "甘宝勒德"),
        n("Bayar", "巴雅尔"),
        n("Bold", "包勒德"),
        n("Tsogt", "朝格图"),
        n("Dorj", "道尔吉"),
        n("Gantulga", "甘图拉嘎"),
        n("Sukh", "苏和"),
        n("Enkh", "恩赫"),
    ],
    male: &[
        n("Tumur", "图木尔"),
        n("Temuulen", "特木伦"),
        n("Erdene", "额尔登"),
        n("Ganzorig", "甘卓力格"),
        n("Bilguun", "毕力贡"),
        n("Sukhbat", "苏和巴特"),
    ],
    female: &[
        n("Oyun", "奥云"),
        n("Saran", "萨仁"),
        n("Nomin", "诺敏"),
        n("Solongo", "索伦高"),
        n("Undral", "温德拉勒"),
        n("Tuya", "图雅"),
    ],
    ..WEST
};

pub(crate) static TURKISH: Culture = Culture {
    family: &[
        n("Yılmaz", "耶尔马兹"),
        n("Kaya", "卡亚"),
        n("Demir", "德米尔"),
        n("Şahin", "沙欣"),
        n("Çelik", "切利克"),
        n("Arslan", "阿尔斯兰"),
        n("Doğan", "多安"),
        n("Aydın", "艾登"),
        n("Polat", "波拉特"),
        n("Koç", "科奇"),
    ],
    male: &[
        n("Mehmet", "穆罕默德"),
        n("Emre", "埃姆雷"),
        n("Murat", "穆拉特"),
        n("Burak", "布拉克"),
        n("Can", "詹"),
        n("Serkan", "塞尔坎"),
        n("Volkan", "沃尔坎"),
        n("Kemal", "凯末尔"),
    ],
    female: &[
        n("Ayşe", "阿伊谢"),
        n("Elif", "埃利夫"),
        n("Zeynep", "泽伊内普"),
        n("Fatma", "法特玛"),
        n("Merve", "梅尔韦"),
        n("Esra", "埃斯拉"),
        n("Selin", "塞林"),
        n("Deniz", "德尼兹"),
    ],
    ..WEST
};

pub(crate) static HEBREW: Culture = Culture {
    family: &[
        n("Cohen", "科恩"),
        n("Levi", "利维"),
        n("Mizrahi", "米兹拉希"),
        n("Peretz", "佩雷茨"),
        n("Friedman", "弗里德曼"),
        n("Katz", "卡茨"),
        n("Biton", "比通"),
        n("Azoulay", "阿祖莱"),
        n("Shapiro", "夏皮罗"),
        n("Avraham", "亚伯拉罕"),
    ],
    male: &[
        n("David", "大卫"),
        n("Yossi", "约西"),
        n("Avi", "阿维"),
        n("Eitan", "埃坦"),
        n("Noam", "诺姆"),
        n("Uri", "乌里"),
        n("Amir", "阿米尔"),
        n("Moshe", "摩西"),
    ],
    female: &[
        n("Noa", "诺阿"),
        n("Tamar", "塔玛"),
        n("Michal", "米哈尔"),
        n("Yael", "雅埃尔"),
        n("Shira", "希拉"),
        n("Maya", "玛雅"),
        n("Ruth", "露丝"),
        n("Dana", "达娜"),
    ],
    ..WEST
};

pub(crate) static ITALIAN: Culture = Culture {
    family: &[
        n("Rossi", "罗西"),
        n("Bianchi", "比安基"),
        n("Ferrari", "费拉里"),
        n("Moretti", "莫雷蒂"),
        n("Ricci", "里奇"),
        n("Marino", "马里诺"),
        n("Greco", "格雷科"),
        n("Bruno", "布鲁诺"),
        n("Gallo", "加洛"),
        n("Conti", "孔蒂"),
        n("Costa", "科斯塔"),
        n("Fontana", "丰塔纳"),
    ],
    male: &[
        n("Marco", "马可"),
        n("Luca", "卢卡"),
        n("Paolo", "保罗"),
        n("Giovanni", "乔瓦尼"),
        n("Andrea", "安德烈亚"),
        n("Matteo", "马泰奥"),
        n("Stefano", "斯特凡诺"),
        n("Davide", "达维德"),
    ],
    female: &[
        n("Giulia", "朱莉娅"),
        n("Paola", "保拉"),
        n("Chiara", "基娅拉"),
        n("Sara", "萨拉"),
        n("Elena", "埃莱娜"),
        n("Anna", "安娜"),
        n("Laura", "劳拉"),
        n("Silvia", "西尔维娅"),
    ],
    ..WEST
};

pub(crate) static ALBANIAN: Culture = Culture {
    family: &[
        n("Bajrami", "拜拉米"),
        n("Gashi", "加希"),
        n("Dervishi", "德尔维希"),
        n("Leka", "莱卡"),
        n("Kola", "科拉"),
        n("Marku", "马尔库"),
        n("Hysa", "许萨"),
        n("Çela", "切拉"),
        n("Prifti", "普里夫蒂"),
        n("Dushku", "杜什库"),
    ],
    male: &[
        n("Arben", "阿尔本"),
        n("Besnik", "贝斯尼克"),
        n("Gentian", "根蒂安"),
        n("Ilir", "伊利尔"),
        n("Dritan", "德里坦"),
        n("Erion", "埃里翁"),
        n("Klodian", "克洛迪安"),
        n("Fatos", "法托斯"),
    ],
    female: &[
        n("Elira", "埃莉拉"),
        n("Mirela", "米雷拉"),
        n("Blerta", "布莱尔塔"),
        n("Jonida", "约尼达"),
        n("Arta", "阿尔塔"),
        n("Drita", "德丽塔"),
        n("Entela", "恩特拉"),
        n("Ornela", "奥尔内拉"),
    ],
    ..WEST
};

pub(crate) static AMERICAN: Culture = Culture {
    family: &[
        n("Miller", "米勒"),
        n("Johnson", "约翰逊"),
        n("Carter", "卡特"),
        n("Brooks", "布鲁克斯"),
        n("Turner", "特纳"),
        n("Hughes", "休斯"),
        n("Parker", "帕克"),
        n("Collins", "科林斯"),
        n("Bennett", "贝内特"),
        n("Foster", "福斯特"),
        n("Reed", "里德"),
        n("Hayes", "海斯"),
    ],
    male: &[
        n("John", "约翰"),
        n("Michael", "迈克尔"),
        n("David", "戴维"),
        n("James", "詹姆斯"),
        n("Robert", "罗伯特"),
        n("Daniel", "丹尼尔"),
        n("Mark", "马克"),
        n("Thomas", "托马斯"),
    ],
    female: &[
        n("Sarah", "莎拉"),
        n("Emily", "埃米莉"),
        n("Laura", "劳拉"),
        n("Jessica", "杰西卡"),
        n("Rachel", "雷切尔"),
        n("Megan", "梅根"),
        n("Karen", "卡伦"),
        n("Hannah", "汉娜"),
    ],
    ..WEST
};

/// The agency's own (invented) staff; bylines stay in Latin script in every edition, as
/// agencies usually keep a reporter's byline unchanged across languages.
pub(crate) const BYLINES: &[&str] = &[
    "Marta Ferri",
    "Giorgio Bernardi",
    "Lucia Moretti",
    "Davide Sartori",
    "Elena Vitale",
    "Paolo Gentile",
    "Chiara Mancini",
    "Stefano Lodi",
    "Ana Beltrán",
    "Pablo Ruiz Ortega",
    "Sarah Whitfield",
    "Thomas Reed",
    "Zhou Lan",
    "Nguyen Thi Mai",
    "Anil Mathew",
    "Yuki Morita",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gendered_family_names_line_up() {
        for c in [&RUSSIAN, &CENTRAL_ASIAN, &BURMESE] {
            assert_eq!(c.family.len(), c.family_f.len());
        }
    }
}
