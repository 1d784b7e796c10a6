#!/usr/bin/env python3
"""Page weight of one page served on loopback, and a check for third-party references.

    python3 bench/page_weight.py http://127.0.0.1:PORT/it/2026/10/31/some-slug

Fetches the page with `Accept-Encoding: gzip`, then every same-host resource a
browser would load for it: stylesheets, scripts, images, icons, preloads, and
what the stylesheets (and inline <style>) pull in with url() and @import, such
as fonts. Counts the bytes as sent (compressed when the server compresses).

A reference in <link>, <script>, <img> (and the other loading tags) to any
other host is flagged, and nothing is ever fetched from another host: only the
page's own origin, which must be on loopback. <link> relations that a browser
does not fetch (canonical, alternate, ...) are listed apart.

Prints one line per resource, then key=value lines.
"""

import gzip
import http.client
import re
import sys
import zlib
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

LOADING_RELS = {
    "stylesheet", "preload", "modulepreload", "icon", "shortcut", "apple-touch-icon",
    "apple-touch-icon-precomposed", "mask-icon", "manifest", "prefetch", "preconnect",
    "dns-prefetch", "prerender",
}
# Hosts only connect or resolve: a third-party flag, but nothing to weigh.
CONNECT_ONLY_RELS = {"preconnect", "dns-prefetch"}
LOOPBACK = {"127.0.0.1", "localhost", "[::1]", "::1"}
CSS_URL = re.compile(r"""url\(\s*(['"]?)([^'")]+)\1\s*\)|@import\s+(['"])([^'"]+)\3""")
MAX_RESOURCES = 200


class Refs(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.refs = []  # (tag, rel, url)
        self.in_style = False
        self.styles = []

    def add(self, tag, rel, url):
        url = (url or "").strip()
        if url:
            self.refs.append((tag, rel, url))

    def handle_starttag(self, tag, attrs):
        a = {k: (v or "") for k, v in attrs}
        if tag == "link":
            self.add("link", " ".join(a.get("rel", "").lower().split()), a.get("href"))
        elif tag in ("script", "img", "iframe", "source", "video", "audio", "embed", "track"):
            self.add(tag, "", a.get("src"))
            if tag == "video":
                self.add(tag, "poster", a.get("poster"))
        elif tag == "input" and a.get("type", "").lower() == "image":
            self.add(tag, "", a.get("src"))
        elif tag == "object":
            self.add(tag, "", a.get("data"))
        if tag in ("img", "source") and a.get("srcset"):
            for candidate in a["srcset"].split(","):
                self.add(tag, "srcset", candidate.strip().split(" ")[0])
        if tag == "style":
            self.in_style = True

    def handle_endtag(self, tag):
        if tag == "style":
            self.in_style = False

    def handle_data(self, data):
        if self.in_style:
            self.styles.append(data)


def kind_of(tag, rel, path):
    if tag == "link" and "stylesheet" in rel.split():
        return "css"
    if tag == "script":
        return "js"
    if tag in ("img", "source", "input") or tag == "video" and rel == "poster":
        return "img"
    lower = path.lower().split("?")[0]
    for ext, kind in ((".css", "css"), (".js", "js"), (".mjs", "js"), (".woff2", "font"),
                      (".woff", "font"), (".ttf", "font"), (".otf", "font"), (".png", "img"),
                      (".jpg", "img"), (".jpeg", "img"), (".gif", "img"), (".webp", "img"),
                      (".avif", "img"), (".svg", "img")):
        if lower.endswith(ext):
            return kind
    return "other"


def decode(body, encoding):
    if encoding == "gzip":
        return gzip.decompress(body)
    if encoding == "deflate":
        return zlib.decompress(body)
    return body


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    page_url = sys.argv[1]
    origin = urlsplit(page_url)
    if origin.scheme != "http" or origin.hostname not in LOOPBACK:
        sys.exit("page_weight.py: only an http:// page on loopback, please")
    port = origin.port or 80

    def same_host(parts):
        return parts.scheme in ("http", "https") and parts.hostname in LOOPBACK \
            and (parts.port or 80) == port

    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)

    def fetch(path):
        conn.request("GET", path, headers={"Accept-Encoding": "gzip", "Host": origin.netloc})
        resp = conn.getresponse()
        body = resp.read()
        header_bytes = len(f"HTTP/1.1 {resp.status} {resp.reason}\r\n") + 2 + sum(
            len(k) + len(v) + 4 for k, v in resp.getheaders())
        encoding = (resp.getheader("Content-Encoding") or "identity").lower()
        return resp.status, body, header_bytes, encoding, resp.getheader("Content-Type") or ""

    rows = []  # (kind, status, wire_body, headers, identity, encoding, path)
    flags = []
    nonfetch = []
    seen = set()

    def path_of(parts):
        return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")

    status, body, hdr, enc, _ = fetch(path_of(origin))
    html = decode(body, enc)
    rows.append(("html", status, len(body), hdr, len(html), enc, path_of(origin)))
    seen.add(path_of(origin))

    parser = Refs()
    parser.feed(html.decode("utf-8", errors="replace"))
    queue = []  # (kind, url)
    for tag, rel, ref in parser.refs:
        absolute = urljoin(page_url, ref)
        parts = urlsplit(absolute)
        if parts.scheme in ("data", "blob", "javascript", "mailto", "tel"):
            continue
        rels = set(rel.split())
        fetched = tag != "link" or bool(rels & LOADING_RELS)
        if not same_host(parts):
            (flags if fetched else nonfetch).append(f"{tag}{'[' + rel + ']' if rel else ''} {absolute}")
            continue
        # A browser loads one srcset candidate, usually in place of src: check
        # every candidate's host above, but weigh only src.
        if fetched and rel != "srcset" and not rels & CONNECT_ONLY_RELS:
            queue.append((kind_of(tag, rel, parts.path), absolute))
    for style in parser.styles:
        for m in CSS_URL.finditer(style):
            queue.append(("css-ref", urljoin(page_url, m.group(2) or m.group(4))))

    while queue and len(seen) < MAX_RESOURCES:
        kind, absolute = queue.pop(0)
        parts = urlsplit(absolute)
        if parts.scheme == "data":
            continue
        if not same_host(parts):
            flags.append(f"css-url {absolute}")
            continue
        path = path_of(parts)
        if path in seen:
            continue
        seen.add(path)
        status, body, hdr, enc, ctype = fetch(path)
        identity = decode(body, enc) if status == 200 else b""
        if kind == "css-ref":
            kind = kind_of("", "", parts.path)
        rows.append((kind, status, len(body), hdr, len(identity), enc, path))
        if status == 200 and (kind == "css" or "text/css" in ctype):
            for m in CSS_URL.finditer(identity.decode("utf-8", errors="replace")):
                queue.append(("css-ref", urljoin(absolute, m.group(2) or m.group(4))))

    print(f"{'kind':<6} {'status':>6} {'wire':>8} {'headers':>7} {'identity':>8} {'enc':<8} path")
    for kind, status, wire, hdr, ident, enc, path in rows:
        print(f"{kind:<6} {status:>6} {wire:>8} {hdr:>7} {ident:>8} {enc:<8} {path}")
    for f in flags:
        print(f"FLAG third-party reference: {f}")
    for f in nonfetch:
        print(f"note: other-host link not fetched by browsers: {f}")

    total = {k: sum(r[2] for r in rows if r[0] == k and r[1] == 200)
             for k in ("html", "css", "js", "img", "font", "other")}
    broken = [r for r in rows if r[1] != 200]
    for r in broken:
        print(f"FLAG broken reference: {r[6]} answered {r[1]}")
    print(f"page_html_gzip_bytes={total['html']}")
    print(f"page_css_gzip_bytes={total['css']}")
    print(f"page_js_gzip_bytes={total['js']}")
    print(f"page_weight_gzip_bytes={total['html'] + total['css'] + total['js']}")
    print(f"page_weight_all_gzip_bytes={sum(total.values())}")
    print(f"page_weight_all_with_headers_bytes={sum(r[2] + r[3] for r in rows)}")
    print(f"page_requests={len(rows)}")
    print(f"page_html_content_encoding={rows[0][5]}")
    print(f"third_party_refs={len(flags)}")
    print(f"third_party_nonfetched_links={len(nonfetch)}")
    print(f"broken_refs={len(broken)}")


if __name__ == "__main__":
    main()
