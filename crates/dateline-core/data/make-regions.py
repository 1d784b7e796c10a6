#!/usr/bin/env python3
"""Regenerate regions.tsv: every ISO 3166-1 country/territory, plus Kosovo (XK),
with its common short name in English, Italian, Spanish and Simplified Chinese.

Names come from pycountry, which ships the iso-codes gettext catalogues, and are
then corrected by hand (OVERRIDES below): iso-codes gives the official short
forms ("Iran, Islamic Republic of"), some Taiwanese rather than mainland Chinese
spellings (瓜地马拉, 马尔他) and a few plain mistakes (柬埔塞, "Costa de Marfíl").
A newsroom writes the names readers know, so the overrides win.

How to run (from the repository root; the venv stays outside the repo):

    python3 -m venv /tmp/regions-venv
    /tmp/regions-venv/bin/pip install pycountry==26.2.16
    /tmp/regions-venv/bin/python crates/dateline-core/data/make-regions.py

It rewrites regions.tsv next to this script, prints to stderr the names it left
identical to English (to check by eye: most are right, e.g. "Malta"), and fails
if any name is empty, holds a tab or a newline, or a Chinese name has no Han
character.
"""

import gettext
import pathlib
import re
import sys

import pycountry

LANGS = [("it", "it"), ("es", "es"), ("zh", "zh_CN")]

# code -> {column: name}; only the columns that need correcting.
OVERRIDES = {
    # Common names over official long forms.
    "BN": {"en": "Brunei", "es": "Brunéi"},
    "BO": {"en": "Bolivia", "it": "Bolivia", "es": "Bolivia", "zh": "玻利维亚"},
    "BQ": {"en": "Caribbean Netherlands", "it": "Paesi Bassi caraibici",
           "es": "Caribe Neerlandés", "zh": "荷兰加勒比区"},
    "CD": {"en": "Democratic Republic of the Congo",
           "it": "Repubblica Democratica del Congo",
           "es": "República Democrática del Congo", "zh": "刚果民主共和国"},
    "CG": {"en": "Republic of the Congo", "it": "Repubblica del Congo",
           "es": "República del Congo", "zh": "刚果共和国"},
    "CV": {"en": "Cape Verde", "it": "Capo Verde", "es": "Cabo Verde"},
    "FK": {"en": "Falkland Islands", "it": "Isole Falkland", "es": "Islas Malvinas",
           "zh": "福克兰群岛"},
    "FM": {"en": "Micronesia", "it": "Micronesia", "es": "Micronesia"},
    "IR": {"en": "Iran", "it": "Iran", "es": "Irán", "zh": "伊朗"},
    "KP": {"en": "North Korea", "it": "Corea del Nord", "es": "Corea del Norte", "zh": "朝鲜"},
    "KR": {"en": "South Korea", "it": "Corea del Sud", "es": "Corea del Sur", "zh": "韩国"},
    "LA": {"en": "Laos", "it": "Laos", "es": "Laos", "zh": "老挝"},
    "MD": {"en": "Moldova", "it": "Moldavia", "es": "Moldavia", "zh": "摩尔多瓦"},
    "MF": {"en": "Saint Martin", "it": "Saint-Martin", "es": "San Martín"},
    "MM": {"it": "Myanmar", "es": "Myanmar"},
    "MO": {"en": "Macau", "it": "Macao", "es": "Macao", "zh": "澳门"},
    "PN": {"en": "Pitcairn Islands", "it": "Isole Pitcairn", "es": "Islas Pitcairn",
           "zh": "皮特凯恩群岛"},
    "PS": {"en": "Palestine", "it": "Palestina", "es": "Palestina", "zh": "巴勒斯坦"},
    "RU": {"en": "Russia", "it": "Russia", "es": "Rusia", "zh": "俄罗斯"},
    "SX": {"en": "Sint Maarten", "it": "Sint Maarten", "es": "Sint Maarten"},
    "SY": {"en": "Syria", "it": "Siria", "es": "Siria", "zh": "叙利亚"},
    "TL": {"en": "East Timor", "it": "Timor Est", "es": "Timor Oriental", "zh": "东帝汶"},
    "TR": {"en": "Turkey", "it": "Turchia", "es": "Turquía", "zh": "土耳其"},
    "TW": {"en": "Taiwan", "it": "Taiwan", "es": "Taiwán", "zh": "台湾"},
    "TZ": {"en": "Tanzania", "it": "Tanzania", "es": "Tanzania", "zh": "坦桑尼亚"},
    "UM": {"it": "Isole minori esterne degli Stati Uniti"},
    "VA": {"en": "Vatican City", "it": "Città del Vaticano", "es": "Ciudad del Vaticano",
           "zh": "梵蒂冈"},
    "VE": {"en": "Venezuela", "it": "Venezuela", "es": "Venezuela", "zh": "委内瑞拉"},
    "VG": {"en": "British Virgin Islands", "it": "Isole Vergini britanniche",
           "es": "Islas Vírgenes Británicas"},
    "VI": {"en": "U.S. Virgin Islands", "it": "Isole Vergini americane",
           "es": "Islas Vírgenes de los Estados Unidos"},
    "VN": {"en": "Vietnam", "it": "Vietnam", "es": "Vietnam", "zh": "越南"},
    # Spanish: accents, spellings and word order.
    "AS": {"es": "Samoa Americana"},
    "AX": {"es": "Islas Åland"},
    "BF": {"es": "Burkina Faso"},
    "BM": {"es": "Bermudas"},
    "CI": {"es": "Costa de Marfil"},
    "KM": {"es": "Comoras"},
    "MV": {"es": "Maldivas"},
    "NE": {"es": "Níger"},
    "PM": {"es": "San Pedro y Miquelón"},
    "SR": {"es": "Surinam"},
    "TN": {"es": "Túnez"},
    # Italian.
    "LC": {"it": "Santa Lucia"},
    "SS": {"it": "Sudan del Sud"},
    # English: the spelling with its diacritics, as for Curaçao and Réunion.
    "ST": {"en": "São Tomé and Príncipe"},
    # Simplified Chinese: mainland spellings and typos.
    "BD": {"zh": "孟加拉国"},
    "BV": {"zh": "布韦岛"},
    "CC": {"zh": "科科斯（基林）群岛"},
    "GS": {"zh": "南乔治亚和南桑威奇群岛"},
    "GT": {"zh": "危地马拉"},
    "HM": {"zh": "赫德岛和麦克唐纳群岛"},
    "IM": {"zh": "马恩岛"},
    "KG": {"zh": "吉尔吉斯斯坦"},
    "KH": {"zh": "柬埔寨"},
    "MT": {"zh": "马耳他"},
    "PF": {"zh": "法属波利尼西亚"},
    "SH": {"zh": "圣赫勒拿、阿森松和特里斯坦-达库尼亚"},
    "TF": {"es": "Territorios Australes Franceses", "zh": "法属南部领地"},
    "TT": {"zh": "特立尼达和多巴哥"},
}

# Not in ISO 3166-1, but user-assigned XK is what everyone uses for Kosovo.
EXTRA = {"XK": {"en": "Kosovo", "it": "Kosovo", "es": "Kosovo", "zh": "科索沃"}}

HAN = re.compile(r"[\u4e00-\u9fff]")


def main() -> int:
    catalogues = {
        col: gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[loc])
        for col, loc in LANGS
    }
    rows = {}
    for country in pycountry.countries:
        en = getattr(country, "common_name", None) or country.name
        row = {"en": en}
        for col, cat in catalogues.items():
            # The catalogue may translate the common name, the official one, or both.
            for msgid in (en, country.name):
                translated = cat.gettext(msgid)
                if translated != msgid:
                    break
            row[col] = translated
        row.update(OVERRIDES.get(country.alpha_2, {}))
        rows[country.alpha_2] = row
    rows.update(EXTRA)

    errors = []
    cols = ["en"] + [col for col, _ in LANGS]
    for code, row in sorted(rows.items()):
        for col in cols:
            name = row[col].strip()
            if not name or "\t" in name or "\n" in name or "\r" in name:
                errors.append(f"{code} {col}: bad name {name!r}")
            if col == "zh" and not HAN.search(name):
                errors.append(f"{code} zh: no Han character in {name!r}")
            if col in ("it", "es") and name == row["en"] and code not in OVERRIDES:
                print(f"same as English: {code} {col} {name}", file=sys.stderr)
            row[col] = name
    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 1

    out = pathlib.Path(__file__).with_name("regions.tsv")
    with out.open("w", encoding="utf-8", newline="\n") as f:
        f.write("code\t" + "\t".join(cols) + "\n")
        for code, row in sorted(rows.items()):
            f.write(code + "\t" + "\t".join(row[col] for col in cols) + "\n")
    print(f"wrote {len(rows)} regions to {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
