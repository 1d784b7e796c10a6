#!/usr/bin/env python3
"""The "See also" quality evaluation on Reuters-21578 R52 (test set). Used by
bench/related-r52.sh; Python 3.11, standard library only.

    python3 bench/r52.py convert TAB OUT.jsonl KEY.tsv
    python3 bench/r52.py evaluate --key KEY.tsv --jsonl OUT.jsonl \
        [--db DATA/dateline.db --base-url http://127.0.0.1:PORT] [--limit 5] [--out DIR]

`convert` turns every document of the R52 .tab file (Orange's format: three
header lines, then `topic<TAB>text`) into one Dateline import line, edition
`en`, id `r52-test-N` (N = the document's 1-based row in the file), and writes
the answer key (id, topic) apart: the topic is not in the import (no tags, no
regions), so the engine cannot see it.

`evaluate` asks `GET /api/v1/articles/{id}/related?limit=L` for every story
and scores it: a returned story is a hit when it has the same R52 topic. It
also scores a plain TF-IDF cosine baseline on the same documents, computed
here. Prints key=value lines; with --out, writes per-story results there.
"""

import argparse
import collections
import hashlib
import http.client
import json
import math
import re
import socket
import sqlite3
import statistics
import sys
import time
from datetime import datetime, timedelta, timezone
from urllib.parse import urlsplit

WORD = re.compile(r"[^\W\d_]+")
# Publication times are spread over this past year by a hash of the id, so
# that recency carries no information about the topic (the file's row order
# might).
YEAR_START = datetime(2025, 1, 1, tzinfo=timezone.utc)
YEAR_SECONDS = 365 * 24 * 3600
HEADLINE_WORDS = 12
HEADLINE_CHARS = 120


def read_tab(path):
    """[(topic, text)] from an Orange .tab file: header, types, flags, then rows."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    header = lines[0].split("\t")
    if header[:2] != ["Category", "Text"]:
        sys.exit(f"{path}: unexpected header {header!r}; expected Category<TAB>Text")
    docs = []
    for n, line in enumerate(lines[3:], start=4):
        if not line.strip():
            continue
        parts = line.split("\t")
        if len(parts) != 2:
            sys.exit(f"{path}:{n}: expected 2 tab-separated fields, found {len(parts)}")
        topic, text = parts[0].strip(), " ".join(parts[1].split())
        if not topic or not text:
            sys.exit(f"{path}:{n}: empty topic or text")
        docs.append((topic, text))
    return docs


def headline_of(text):
    """The R52 texts are lowercase letters and spaces only, with the title run into the
    body: no sentence to cut at. The headline is the opening words (at most 12 and 120
    characters), first letter capitalised."""
    out = []
    for w in text.split():
        if len(out) >= HEADLINE_WORDS or len(" ".join(out + [w])) > HEADLINE_CHARS:
            break
        out.append(w)
    h = " ".join(out) or text[:HEADLINE_CHARS]
    return h[:1].upper() + h[1:]


def published_at(ext_id):
    offset = int.from_bytes(hashlib.sha256(ext_id.encode()).digest()[:8], "big") % YEAR_SECONDS
    return (YEAR_START + timedelta(seconds=offset)).strftime("%Y-%m-%dT%H:%M:%SZ")


def convert(args):
    docs = read_tab(args.tab)
    with open(args.jsonl, "w", encoding="utf-8") as out, open(args.key, "w", encoding="utf-8") as key:
        key.write("id\ttopic\n")
        for n, (topic, text) in enumerate(docs, start=1):
            ext = f"r52-test-{n}"
            record = {
                "id": ext,
                "edition": "en",
                "headline": headline_of(text),
                "standfirst": "",
                "dateline": "London",
                "body": text,
                "regions": [],
                "tags": [],
                "authors": [],
                "published_at": published_at(ext),
            }
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            key.write(f"{ext}\t{topic}\n")
    topics = collections.Counter(t for t, _ in docs)
    print(f"documents={len(docs)}")
    print(f"topics={len(topics)}")
    print("topic_sizes=" + ",".join(f"{t}:{c}" for t, c in topics.most_common()))


# ---------------------------------------------------------------- evaluation


def read_key(path):
    key = {}
    with open(path, encoding="utf-8") as f:
        next(f)
        for line in f:
            ext, topic = line.rstrip("\n").split("\t")
            key[ext] = topic
    return key


def tfidf_top(texts, k, variant="plain"):
    """TF-IDF cosine: lowercase, runs of letters, no stemming, no stop words.
    "plain": tf = raw count, idf = ln(N/df).
    "smooth_sublinear": tf = 1 + ln(count), idf = ln((1+N)/(1+df)) + 1, the weighting of
    scikit-learn's TfidfVectorizer(sublinear_tf=True) (its tokens differ: it drops
    one-letter words).
    Returns, per document, the k most similar others (ties broken by position, so the
    result is deterministic)."""
    if variant == "plain":
        tf_of = float
        idf_of = lambda n, d: math.log(n / d)  # noqa: E731
    elif variant == "smooth_sublinear":
        tf_of = lambda c: 1.0 + math.log(c)  # noqa: E731
        idf_of = lambda n, d: math.log((1 + n) / (1 + d)) + 1.0  # noqa: E731
    else:
        raise ValueError(variant)
    n = len(texts)
    counts = [collections.Counter(WORD.findall(t.lower())) for t in texts]
    df = collections.Counter()
    for c in counts:
        df.update(c.keys())
    idf = {w: idf_of(n, d) for w, d in df.items()}
    vectors = []
    for c in counts:
        v = {w: tf_of(tf) * idf[w] for w, tf in c.items() if idf[w] > 0}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        vectors.append({w: x / norm for w, x in v.items()})
    postings = collections.defaultdict(list)
    for i, v in enumerate(vectors):
        for w, x in v.items():
            postings[w].append((i, x))
    top = []
    for i, v in enumerate(vectors):
        acc = collections.defaultdict(float)
        for w, x in v.items():
            for j, y in postings[w]:
                acc[j] += x * y
        acc.pop(i, None)
        best = sorted(acc.items(), key=lambda e: (-e[1], e[0]))[:k]
        top.append([j for j, _ in best])
    return top


class Client:
    """Keep-alive HTTP/1.1 on loopback."""

    def __init__(self, base):
        u = urlsplit(base)
        self.host, self.port = u.hostname, u.port
        self.conn = None

    def get(self, path):
        for attempt in (1, 2):
            if self.conn is None:
                self.conn = http.client.HTTPConnection(self.host, self.port, timeout=30)
                self.conn.connect()
                self.conn.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            try:
                self.conn.request("GET", path)
                r = self.conn.getresponse()
                return r.status, r.read()
            except (http.client.HTTPException, OSError):
                self.conn.close()
                self.conn = None
                if attempt == 2:
                    raise


def related_ids(payload):
    """Ids from the answer, tolerant of its shape: {"related": [...]} (or "articles",
    "results", "items", "stories"), or a bare list; items are objects with an "id", or ids."""
    items = payload
    if isinstance(payload, dict):
        for name in ("related", "articles", "results", "items", "stories"):
            if isinstance(payload.get(name), list):
                items = payload[name]
                break
        else:
            raise ValueError(f"no list of related articles in {sorted(payload)}")
    if not isinstance(items, list):
        raise ValueError("the answer is neither a list nor an object holding one")
    out = []
    for it in items:
        v = it.get("id") if isinstance(it, dict) else it
        out.append(int(v))
    return out


class Score:
    def __init__(self, limit):
        self.limit = limit
        self.stories = 0
        self.hits = 0
        self.slots = 0
        self.per_story = []  # precision of stories returning >= 1
        self.short = 0
        self.empty = 0

    def add(self, hits, returned):
        self.stories += 1
        self.hits += hits
        self.slots += returned
        if returned:
            self.per_story.append(hits / returned)
        else:
            self.empty += 1
        if returned < self.limit:
            self.short += 1

    def lines(self, prefix):
        micro = self.hits / self.slots if self.slots else float("nan")
        macro = statistics.fmean(self.per_story) if self.per_story else float("nan")
        strict = self.hits / (self.limit * self.stories) if self.stories else float("nan")
        return [
            f"{prefix}_p_at_{self.limit}_micro={micro:.4f}",
            f"{prefix}_p_at_{self.limit}_macro={macro:.4f}",
            f"{prefix}_p_at_{self.limit}_strict={strict:.4f}",
            f"{prefix}_hits={self.hits}",
            f"{prefix}_slots_returned={self.slots}",
            f"{prefix}_stories={self.stories}",
            f"{prefix}_stories_fewer_than_{self.limit}={self.short}",
            f"{prefix}_stories_none={self.empty}",
        ]


def score_all(order, key, returned, limit, big):
    """Overall and per-topic scores; `returned` maps ext id -> [ext ids]."""
    overall = Score(limit)
    per_topic = {t: Score(limit) for t in big}
    for ext in order:
        got = returned[ext]
        hits = sum(1 for o in got if key.get(o) == key[ext])
        overall.add(hits, len(got))
        if key[ext] in per_topic:
            per_topic[key[ext]].add(hits, len(got))
    return overall, per_topic


def evaluate(args):
    key = read_key(args.key)
    topics = collections.Counter(key.values())
    big = [t for t, _ in topics.most_common(5)]
    text_of = {}
    with open(args.jsonl, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            text_of[r["id"]] = r["body"]
    num_of, ext_of = {}, {}
    if args.db:
        db = sqlite3.connect(f"file:{args.db}?mode=ro", uri=True)
        for num, ext in db.execute(
            "SELECT id, external_id FROM articles WHERE external_id LIKE 'r52-test-%'"
        ):
            num_of[ext], ext_of[num] = num, ext
        db.close()
    missing = [e for e in key if e not in num_of]
    order = sorted(key, key=lambda e: int(e.rsplit("-", 1)[1]))
    lines = [
        f"documents={len(key)}",
        f"topics={len(topics)}",
        f"in_database={len(num_of) if args.db else 'not_read'}",
        "biggest_topics=" + ",".join(f"{t}:{topics[t]}" for t in big),
        f"topics_of_one_story={sum(1 for c in topics.values() if c == 1)}",
        # The best micro P@5 any engine can reach: a story can have at most
        # (size of its topic - 1) right answers.
        f"ceiling_p_at_{args.limit}_strict="
        f"{sum(min(args.limit, topics[key[e]] - 1) for e in key) / (args.limit * len(key)):.4f}",
        # What stories drawn at random would score.
        f"chance_p_at_{args.limit}="
        f"{sum((topics[key[e]] - 1) / (len(key) - 1) for e in key) / len(key):.4f}",
    ]
    if args.db and missing:
        sys.exit(f"{len(missing)} stories are not in the database, e.g. {missing[:3]}")

    # Baselines: TF-IDF cosine over the documents as imported (the body is the whole text).
    texts = [text_of[e] for e in order]
    base = None
    for variant, prefix in (("plain", "baseline"), ("smooth_sublinear", "baseline_smooth_sublinear")):
        if variant != "plain" and not args.both_baselines:
            continue
        t0 = time.monotonic()
        top = tfidf_top(texts, args.limit, variant)
        found = {e: [order[j] for j in top[i]] for i, e in enumerate(order)}
        b_all, b_topic = score_all(order, key, found, args.limit, big)
        lines.append(f"{prefix}_seconds={time.monotonic() - t0:.1f}")
        lines += b_all.lines(prefix)
        for t in big:
            lines += [l for l in b_topic[t].lines(f"{prefix}_{t}") if "_micro=" in l]
        if base is None:
            base = found

    status = "not_run"
    result = None
    if args.base_url:
        if not args.db:
            sys.exit("--base-url needs --db")
        client = Client(args.base_url)
        probe = num_of[order[0]]
        code, body = client.get(f"/api/v1/articles/{probe}")
        if code != 200:
            sys.exit(f"GET /api/v1/articles/{probe} answered {code}: is this the imported data?")
        code, body = client.get(f"/api/v1/articles/{probe}/related?limit={args.limit}")
        if code == 404:
            status = "missing"
        elif code != 200:
            status = f"http_{code}"
        else:
            status = "ok"
        if status == "ok":
            got, latencies, errors = {}, [], collections.Counter()
            for ext in order:
                t1 = time.perf_counter()
                code, body = client.get(f"/api/v1/articles/{num_of[ext]}/related?limit={args.limit}")
                latencies.append(time.perf_counter() - t1)
                if code != 200:
                    errors[f"http_{code}"] += 1
                    got[ext] = []
                    continue
                ids = related_ids(json.loads(body))
                if len(ids) > args.limit:
                    errors["more_than_limit"] += 1
                if num_of[ext] in ids:
                    errors["itself"] += 1
                if len(set(ids)) != len(ids):
                    errors["duplicates"] += 1
                got[ext] = [ext_of.get(i, f"unknown-{i}") for i in ids[: args.limit]]
            result = got
            d_all, d_topic = score_all(order, key, got, args.limit, big)
            lines += d_all.lines("dateline")
            for t in big:
                lines += [l for l in d_topic[t].lines(f"dateline_{t}") if "_micro=" in l]
            latencies.sort()
            lines.append(f"dateline_related_p50_ms={1000 * latencies[len(latencies) // 2]:.2f}")
            lines.append(
                f"dateline_related_p99_ms={1000 * latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))]:.2f}"
            )
            lines.append("dateline_answer_errors=" + (",".join(f"{k}:{v}" for k, v in sorted(errors.items())) or "0"))
    lines.insert(0, f"related_endpoint={status}")

    if args.out:
        with open(f"{args.out}/per-story.tsv", "w", encoding="utf-8") as f:
            f.write("id\tnumeric_id\ttopic\tbaseline_top\tbaseline_hits\tdateline_top\tdateline_hits\n")
            for ext in order:
                b = base[ext]
                d = result[ext] if result else []
                bh = sum(1 for o in b if key[o] == key[ext])
                dh = sum(1 for o in d if key.get(o) == key[ext])
                f.write(f"{ext}\t{num_of.get(ext, '-')}\t{key[ext]}\t{','.join(b)}\t{bh}\t"
                        f"{','.join(d) if result else '-'}\t{dh if result else '-'}\n")
    print("\n".join(lines))
    return 0 if status in ("ok", "not_run") else 3


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("convert")
    c.add_argument("tab")
    c.add_argument("jsonl")
    c.add_argument("key")
    e = sub.add_parser("evaluate")
    e.add_argument("--key", required=True)
    e.add_argument("--jsonl", required=True, help="the import file (texts for the baseline)")
    e.add_argument("--db", help="DATA/dateline.db: external id -> numeric id")
    e.add_argument("--base-url")
    e.add_argument("--limit", type=int, default=5)
    e.add_argument("--out")
    e.add_argument("--both-baselines", type=int, default=1,
                   help="also score the smoothed, sublinear TF-IDF (1) or not (0)")
    args = p.parse_args()
    if args.cmd == "convert":
        convert(args)
        return 0
    return evaluate(args)


if __name__ == "__main__":
    sys.exit(main())
