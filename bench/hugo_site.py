#!/usr/bin/env python3
"""Writes the articles of a `dateline generate` JSON Lines file as a Hugo site, for
bench/static-export.sh: the same stories, as Markdown with front matter, in four languages
(one per edition), with a minimal theme giving pages comparable to Dateline's mirror.

    python3 bench/hugo_site.py ARTICLES.jsonl SITE_DIR [--base-url URL]

What the theme renders, for comparison with `dateline export-static`:

- every article (`/{ed}/yyyy/mm/dd/slug/`): date, regions (linked), headline, standfirst,
  byline, the Markdown body (footnotes included), tags (linked) and the footer; with
  `--related`, also five related stories (Hugo's `.Related` over tags and regions, which
  makes Hugo markedly slower); and its printable version (`.../print/`, a second output
  format);
- each edition's front page with every story, paginated by 20;
- the tag and region taxonomies: a page per term, paginated by 20, and the lists of terms;
- an RSS feed (the 30 latest stories) for each edition and each tag and region.

Dateline renders more than this (Atom and JSON Feed beside RSS, date archives, sitemaps,
"See also" by text similarity): the comparison is, if anything, kind to Hugo.
"""

import argparse
import json
import os
import shutil
import sys

EDITIONS = {
    # code: (language name, weight, Hugo language code)
    "it": ("Italiano", 1, "it"),
    "en": ("English", 2, "en"),
    "es": ("Español", 3, "es"),
    "zh": ("中文", 4, "zh"),
}

CONFIG = """baseURL = "{base_url}"
title = "Dateline"
defaultContentLanguage = "en"
defaultContentLanguageInSubdir = true
disableKinds = ["section", "404", "sitemap", "robotsTXT"]
enableRobotsTXT = false
paginate = 20
timeZone = "UTC"
# Hugo's defaults would also index and render every author and category.
[taxonomies]
  tag = "tags"
  region = "regions"
[permalinks]
  posts = "/:year/:month/:day/:slug/"
[outputFormats.print]
  mediaType = "text/html"
  baseName = "index"
  path = "print"
  isHTML = true
  permalinkable = false
[outputs]
  home = ["HTML", "RSS"]
  page = ["HTML", "print"]
  taxonomy = ["HTML"]
  term = ["HTML", "RSS"]
[services.rss]
  limit = 30
[markup.goldmark.renderer]
  unsafe = false
[related]
  includeNewer = true
  threshold = 0
  toLower = true
  [[related.indices]]
    name = "tags"
    weight = 100
  [[related.indices]]
    name = "regions"
    weight = 80
[languages]
{languages}
"""

LANGUAGE = """  [languages.{code}]
    languageName = "{name}"
    weight = {weight}
    contentDir = "content/{code}"
"""

BASEOF = """<!DOCTYPE html>
<html lang="{{ .Site.Language.Lang }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ block "title" . }}{{ .Site.Title }}{{ end }}</title>
<link rel="canonical" href="{{ .Permalink }}">
{{ with .OutputFormats.Get "RSS" }}<link rel="alternate" type="application/rss+xml" href="{{ .Permalink }}">{{ end }}
<link rel="stylesheet" href="/site.css">
</head>
<body>
<header class="masthead">
<a class="brand" href="{{ "/" | relLangURL }}">{{ .Site.Title }}</a>
<nav class="editions">{{ range .Site.Home.AllTranslations }}<a href="{{ .RelPermalink }}" hreflang="{{ .Language.Lang }}">{{ .Language.LanguageName }}</a>{{ end }}</nav>
</header>
<main id="main">
{{ block "main" . }}{{ end }}
</main>
<footer class="site-footer"><p class="owner">{{ .Site.Title }}</p></footer>
</body>
</html>
"""

SINGLE = """{{ define "title" }}{{ .Title }} – {{ .Site.Title }}{{ end }}
{{ define "main" }}
<article class="story">
<header class="story-head">
<p class="dateline-time"><time datetime="{{ .Date.Format "2006-01-02T15:04:05Z07:00" }}">{{ .Date.Format "02/01/2006, 15.04" }}</time></p>
{{ with .GetTerms "regions" }}<p class="regions">{{ range $i, $r := . }}{{ if $i }} – {{ end }}<a href="{{ $r.RelPermalink }}">{{ upper $r.LinkTitle }}</a>{{ end }}</p>{{ end }}
<h1>{{ .Title }}</h1>
{{ with .Params.standfirst }}<p class="standfirst">{{ . }}</p>{{ end }}
{{ with .Params.authors }}<p class="byline">{{ delimit . ", " }}</p>{{ end }}
</header>
<div class="body">
{{ .Content }}
</div>
{{ with .GetTerms "tags" }}<p class="tags">{{ range $i, $t := . }}{{ if $i }}, {{ end }}<a href="{{ $t.RelPermalink }}" rel="tag">{{ $t.LinkTitle }}</a>{{ end }}</p>{{ end }}
<p class="actions">{{ with .OutputFormats.Get "print" }}<a href="{{ .RelPermalink }}">Print</a>{{ end }}</p>
</article>
{{ end }}
"""

RELATED = """{{ with .Site.RegularPages.Related . | first 5 }}<aside class="see-also"><h2>See also</h2><ul>
{{ range . }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <time>{{ .Date.Format "02/01/2006" }}</time></li>
{{ end }}</ul></aside>{{ end }}
"""

PRINT = """<!DOCTYPE html>
<html lang="{{ .Site.Language.Lang }}">
<head>
<meta charset="utf-8">
<meta name="robots" content="noindex">
<title>{{ .Title }} – {{ .Site.Title }}</title>
<link rel="canonical" href="{{ .Permalink }}">
<link rel="stylesheet" href="/site.css">
</head>
<body class="print-page">
<main>
<p class="print-tools"><a href="{{ .RelPermalink }}">Back</a></p>
<article class="story">
<p class="dateline-time"><time>{{ .Date.Format "02/01/2006, 15.04" }}</time></p>
{{ with .GetTerms "regions" }}<p class="regions">{{ range $i, $r := . }}{{ if $i }} – {{ end }}{{ upper $r.LinkTitle }}{{ end }}</p>{{ end }}
<h1>{{ .Title }}</h1>
{{ with .Params.standfirst }}<p class="standfirst">{{ . }}</p>{{ end }}
<div class="body">
{{ .Content }}
</div>
</article>
<p class="print-address"><a href="{{ .Permalink }}">{{ .Permalink }}</a></p>
</main>
</body>
</html>
"""

STORY_LIST = """<ul class="story-list">
{{ range .Paginator.Pages }}<li>
{{ with .GetTerms "regions" }}<p class="regions">{{ range $i, $r := . }}{{ if $i }} – {{ end }}<a href="{{ $r.RelPermalink }}">{{ upper $r.LinkTitle }}</a>{{ end }}</p>{{ end }}
<h2 class="headline"><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2>
<p class="when"><time datetime="{{ .Date.Format "2006-01-02T15:04:05Z07:00" }}">{{ .Date.Format "02/01/2006, 15.04" }}</time></p>
{{ with .Params.standfirst }}<p class="standfirst">{{ . }}</p>{{ end }}
</li>
{{ end }}</ul>
<nav class="pager">
{{ with .Paginator.Prev }}<a rel="prev" href="{{ .URL }}">←</a>{{ end }}
<span>{{ .Paginator.PageNumber }}</span>
{{ with .Paginator.Next }}<a rel="next" href="{{ .URL }}">→</a>{{ end }}
</nav>
"""

HOME = (
    """{{ define "main" }}
{{ $paginator := .Paginate .Site.RegularPages }}
<h1>{{ .Site.Title }}</h1>
"""
    + STORY_LIST
    + "{{ end }}\n"
)

LIST = (
    """{{ define "title" }}{{ .Title }} – {{ .Site.Title }}{{ end }}
{{ define "main" }}
<h1 class="list-heading">{{ .Title }}</h1>
"""
    + STORY_LIST
    + "{{ end }}\n"
)

TERMS = """{{ define "title" }}{{ .Title }} – {{ .Site.Title }}{{ end }}
{{ define "main" }}
<h1 class="list-heading">{{ .Title }}</h1>
<ul>{{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.LinkTitle }}</a> ({{ .Count }})</li>{{ end }}</ul>
{{ end }}
"""


def front_matter(a):
    fm = {
        "title": a["headline"],
        "date": a["published_at"],
        # Dateline makes the slug from the headline; here the article's external id (unique,
        # address-safe) does, since only the shape of the address matters.
        "slug": a.get("slug") or a["id"],
        "standfirst": a.get("standfirst", ""),
        "dateline": a.get("dateline", ""),
        "tags": a.get("tags", []),
        "regions": [r.lower() for r in a.get("regions", [])],
        "authors": a.get("authors", []),
    }
    if a.get("translation_group"):
        fm["translationKey"] = a["translation_group"]
    # Hugo reads a JSON object at the top of a file as front matter.
    return json.dumps(fm, ensure_ascii=False)


def write_site(jsonl, site, base_url, related):
    if os.path.exists(site):
        shutil.rmtree(site)
    os.makedirs(site)
    languages = "".join(
        LANGUAGE.format(code=code, name=name, weight=weight)
        for code, (name, weight, _) in EDITIONS.items()
    )
    with open(os.path.join(site, "hugo.toml"), "w", encoding="utf-8") as f:
        f.write(CONFIG.format(base_url=base_url, languages=languages))
    layouts = {
        "_default/baseof.html": BASEOF,
        "_default/single.html": SINGLE.replace(
            "</article>\n{{ end }}", "</article>\n" + (RELATED if related else "") + "{{ end }}"
        ),
        "_default/single.print.html": PRINT,
        "_default/list.html": LIST,
        "_default/terms.html": TERMS,
        "index.html": HOME,
    }
    for path, text in layouts.items():
        full = os.path.join(site, "layouts", path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8") as f:
            f.write(text)
    os.makedirs(os.path.join(site, "static"))
    with open(os.path.join(site, "static", "site.css"), "w") as f:
        f.write("body{font-family:serif}\n")
    count = 0
    for code in EDITIONS:
        os.makedirs(os.path.join(site, "content", code, "posts"))
    with open(jsonl, encoding="utf-8") as lines:
        for line in lines:
            a = json.loads(line)
            if a.get("status", "published") != "published" or a["edition"] not in EDITIONS:
                continue
            path = os.path.join(site, "content", a["edition"], "posts", a["id"] + ".md")
            with open(path, "w", encoding="utf-8") as f:
                f.write(front_matter(a))
                f.write("\n\n")
                f.write(a["body"])
                f.write("\n")
            count += 1
    return count


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("jsonl")
    p.add_argument("site")
    p.add_argument("--base-url", default="http://127.0.0.1:8080/")
    p.add_argument("--related", action="store_true", help="list five related stories per article")
    args = p.parse_args()
    n = write_site(args.jsonl, args.site, args.base_url, args.related)
    print(f"hugo_site_articles={n}")


if __name__ == "__main__":
    sys.exit(main())
