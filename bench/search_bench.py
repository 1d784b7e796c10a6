#!/usr/bin/env python3
"""Search speed: the same 1,000 queries on the same generated articles in SQLite FTS5,
PostgreSQL full-text search and Dateline's GET /api/v1/search. Used by bench/search.sh.

    python3 search_bench.py queries ARTICLES.jsonl QUERIES.tsv [--count 1000] [--seed 20261127]
    python3 search_bench.py build-fts5 ARTICLES.jsonl --db FILE [--runs 3]
    python3 search_bench.py build-pg ARTICLES.jsonl --url postgres://... [--runs 3]
    python3 search_bench.py run fts5|pg|dateline QUERIES.tsv [--db F | --url U | --base-url B] \
        [--tag N] [--warmup 1] [--out DIR]
    python3 search_bench.py summarize RUN1.txt RUN2.txt ...
    python3 search_bench.py drop-pg --url postgres://...

Builds are timed `--runs` times (the last index is kept); `run` makes one timed pass of
the queries (after `--warmup` untimed ones), so that the script can alternate the engines
from run to run; `summarize` gives the medians over runs. The pg commands need psycopg 3
(bench/search.sh installs it in a venv); the rest only the standard library. Each
command prints key=value lines.

Queries (QUERIES.tsv: edition, kind, text), drawn with a fixed seed from the articles,
per edition in proportion to its share of the articles:
- it/en/es: `word` (45 %), `and2` two words of one article (20 %), `phrase2` two
  adjacent words (20 %), `and3` three words of one article (15 %); words of at least
  3 letters, lowercase, not in the edition's PostgreSQL (Snowball) stop-word list,
  half from headlines and half from bodies;
- zh: `han2`, `han3`, `han4`: 2, 3 or 4 consecutive Han characters from a headline or
  a body (a third each; they may straddle two words, as a reader's query may not).

Chinese: neither FTS5's unicode61 nor PostgreSQL's parser segments Han text (a run of
Han characters is one token), so for both a space is put around every Han character,
in the indexed text and in the query, and the query is the phrase of its characters.
Dateline gets the query as a user would type it.
"""

import argparse
import collections
import json
import os
import random
import re
import statistics
import sys
import time

EDITIONS = ("it", "en", "es", "zh")
PG_CONFIG = {"it": "italian", "en": "english", "es": "spanish", "zh": "simple"}
WORD = re.compile(r"[^\W\d_]+")
# Letters and digits: a number between two words keeps them from being a phrase.
TOKEN = re.compile(r"[^\W_]+")
HAN_CLASS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
HAN = re.compile(f"[{HAN_CLASS}]")
HAN_RUN = re.compile(f"[{HAN_CLASS}]+")
LIMIT = 20
# FTS5 bm25 column weights, headline, standfirst, body; PostgreSQL: A, B, D.
BM25_WEIGHTS = (10.0, 5.0, 1.0)


def read_articles(path):
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                r = json.loads(line)
                out.append((r["id"], r["edition"], r["headline"], r.get("standfirst", ""), r["body"]))
    return out


def spaced_han(text):
    """A space around every Han character, so that a tokenizer without Chinese
    segmentation makes one token of each."""
    return HAN.sub(lambda m: f" {m.group(0)} ", text)


def stop_words():
    """The Snowball stop-word lists PostgreSQL uses, so that no query is made only of
    words PostgreSQL ignores."""
    found = {}
    roots = [os.environ.get("PG_TSEARCH_DATA", "")]
    base = "/usr/share/postgresql"
    if os.path.isdir(base):
        roots += [os.path.join(base, v, "tsearch_data") for v in sorted(os.listdir(base), reverse=True)]
    for ed, name in (("it", "italian"), ("en", "english"), ("es", "spanish")):
        for root in roots:
            p = os.path.join(root, f"{name}.stop")
            if root and os.path.exists(p):
                with open(p, encoding="utf-8") as f:
                    found[ed] = {w.strip() for w in f if w.strip()}
                break
        else:
            sys.exit(f"no {name}.stop found (install postgresql, or set PG_TSEARCH_DATA)")
    return found


def make_queries(args):
    arts = read_articles(args.articles)
    stops = stop_words()
    by_ed = collections.defaultdict(list)
    for a in arts:
        by_ed[a[1]].append(a)
    eds = [e for e in EDITIONS if by_ed[e]]
    # Largest remainder: the counts add up to --count.
    exact = {e: args.count * len(by_ed[e]) / len(arts) for e in eds}
    counts = {e: int(exact[e]) for e in eds}
    for e in sorted(eds, key=lambda e: exact[e] - counts[e], reverse=True)[: args.count - sum(counts.values())]:
        counts[e] += 1
    rng = random.Random(args.seed)
    queries = []
    kinds = [("word", 45), ("and2", 20), ("phrase2", 20), ("and3", 15)]

    def words_of(text, ed):
        return [w for w in WORD.findall(text.lower()) if len(w) >= 3 and w not in stops[ed]]

    for ed in eds:
        made = 0
        while made < counts[ed]:
            a = rng.choice(by_ed[ed])
            text = a[2] if rng.random() < 0.5 else a[4]
            if ed == "zh":
                n = rng.choice((2, 3, 4))
                runs = [r for r in HAN_RUN.findall(text) if len(r) >= n]
                if not runs:
                    continue
                run = rng.choice(runs)
                start = rng.randrange(len(run) - n + 1)
                queries.append((ed, f"han{n}", run[start : start + n]))
                made += 1
                continue
            kind = rng.choices([k for k, _ in kinds], weights=[w for _, w in kinds])[0]
            if kind == "phrase2":
                tokens = TOKEN.findall(text.lower())
                pairs = [
                    (x, y)
                    for x, y in zip(tokens, tokens[1:])
                    if len(x) >= 3 and len(y) >= 3 and x.isalpha() and y.isalpha()
                    and x not in stops[ed] and y not in stops[ed] and x != y
                ]
                if not pairs:
                    continue
                q = " ".join(rng.choice(pairs))
            else:
                ws = sorted(set(words_of(text, ed)))
                n = {"word": 1, "and2": 2, "and3": 3}[kind]
                if len(ws) < n:
                    continue
                q = " ".join(rng.sample(ws, n))
            queries.append((ed, kind, q))
            made += 1
    with open(args.queries, "w", encoding="utf-8") as f:
        for q in queries:
            f.write("\t".join(q) + "\n")
    print(f"queries={len(queries)}")
    print("queries_per_edition=" + ",".join(f"{e}:{counts[e]}" for e in eds))
    kc = collections.Counter(k for _, k, _ in queries)
    print("queries_per_kind=" + ",".join(f"{k}:{c}" for k, c in sorted(kc.items())))


def read_queries(path):
    with open(path, encoding="utf-8") as f:
        return [tuple(line.rstrip("\n").split("\t")) for line in f if line.strip()]


def pct(sorted_xs, p):
    """Nearest-rank percentile."""
    if not sorted_xs:
        return float("nan")
    k = max(0, min(len(sorted_xs) - 1, int(round(p / 100 * len(sorted_xs) + 0.5)) - 1))
    return sorted_xs[k]


def timed_pass(name, queries, run_one, warmup, out, tag, hits_of=int):
    """`warmup` untimed passes over the queries, then one timed pass, one query at a time.
    Prints key=value lines for this pass. `run_one` returns what `hits_of` turns into the
    number of results, after the timing (so that, for HTTP, parsing JSON is not timed)."""
    for _ in range(warmup):
        for q in queries:
            run_one(q)
    lat, raw = [], []
    t_all = time.perf_counter()
    for q in queries:
        t0 = time.perf_counter()
        r = run_one(q)
        lat.append(time.perf_counter() - t0)
        raw.append(r)
    total = time.perf_counter() - t_all
    hits = [hits_of(r) for r in raw]
    s = sorted(lat)
    print(f"{name}_p50_ms={pct(s, 50) * 1000:.3f}")
    print(f"{name}_p99_ms={pct(s, 99) * 1000:.3f}")
    print(f"{name}_mean_ms={statistics.fmean(lat) * 1000:.3f}")
    print(f"{name}_max_ms={s[-1] * 1000:.3f}")
    print(f"{name}_queries_per_s={len(queries) / total:.1f}")
    for field, label in ((0, ""), (1, "kind_")):
        groups = collections.defaultdict(list)
        for q, t, n in zip(queries, lat, hits):
            groups[q[field]].append((t, n))
        keys = [e for e in EDITIONS if e in groups] if field == 0 else sorted(groups)
        for k in keys:
            ts = sorted(t for t, _ in groups[k])
            print(f"{name}_{label}{k}_p50_ms={pct(ts, 50) * 1000:.3f}")
            print(f"{name}_{label}{k}_p99_ms={pct(ts, 99) * 1000:.3f}")
            print(f"{name}_{label}{k}_zero_hit_queries={sum(1 for _, n in groups[k] if n == 0)}/{len(ts)}")
    print(f"{name}_zero_hit_queries={sum(1 for n in hits if n == 0)}")
    print(f"{name}_full_pages={sum(1 for n in hits if n >= LIMIT)}")
    print(f"# {name} run {tag}: p50 {pct(s, 50) * 1000:.3f} ms, p99 {pct(s, 99) * 1000:.3f} ms, "
          f"mean {statistics.fmean(lat) * 1000:.3f} ms", file=sys.stderr, flush=True)
    if out:
        with open(os.path.join(out, f"{name}-per-query-run{tag}.tsv"), "w", encoding="utf-8") as f:
            f.write("edition\tkind\tquery\tms\thits\n")
            for (ed, kind, text), t, n in zip(queries, lat, hits):
                f.write(f"{ed}\t{kind}\t{text}\t{t * 1000:.3f}\t{n}\n")


def summarize(args):
    """The median over runs of every numeric key of the runs' outputs; `a/b` counts and
    other text are taken from the last run. Also lists each run's p50 and p99."""
    runs = []
    for path in args.files:
        kv = {}
        with open(path, encoding="utf-8") as f:
            for line in f:
                if "=" in line and not line.startswith("#"):
                    k, v = line.rstrip("\n").split("=", 1)
                    kv[k] = v
        runs.append(kv)
    keys = list(dict.fromkeys(k for r in runs for k in r))
    for k in keys:
        values = [r[k] for r in runs if k in r]
        try:
            m = statistics.median(float(v) for v in values)
        except ValueError:
            print(f"{k}={values[-1]}")
            continue
        if all(re.fullmatch(r"-?\d+", v) for v in values):
            print(f"{k}={m:g}")
        else:
            print(f"{k}={m:.3f}")
        if k.endswith(("_p50_ms", "_p99_ms")) and k.count("_") == 2:
            print(f"{k.replace('_p', '_all_p', 1)}={','.join(values)}")


def compare(args):
    """Latency on the queries that every engine answered with at least one story: the
    engines match differently (stemming, stop words, Chinese segmentation), and a query that
    finds nothing is cheap, so this is the like-for-like comparison."""
    import csv
    import glob

    per = {}
    for e in args.engines:
        files = sorted(glob.glob(os.path.join(args.dir, f"{e}-per-query-run*.tsv")))
        if files:
            per[e] = [list(csv.DictReader(open(f, encoding="utf-8"), delimiter="\t")) for f in files]
    if len(per) < 2:
        return
    n = min(len(r) for runs in per.values() for r in runs)
    common = [i for i in range(n) if all(int(runs[-1][i]["hits"]) > 0 for runs in per.values())]
    print(f"common_queries={len(common)}")
    first = next(iter(per.values()))[0]
    for ed in ("",) + EDITIONS:
        idx = [i for i in common if not ed or first[i]["edition"] == ed]
        if not idx:
            continue
        label = f"_{ed}" if ed else ""
        for e, runs in per.items():
            for p in (50, 99):
                v = statistics.median(pct(sorted(float(r[i]["ms"]) for i in idx), p) for r in runs)
                print(f"{e}_common{label}_p{p}_ms={v * 1:.3f}")


# --------------------------------------------------------------------- FTS5


def fts5_match(ed, kind, text):
    if ed == "zh":
        return '"' + " ".join(text) + '"'
    words = text.split()
    if kind == "phrase2":
        return '"' + " ".join(words) + '"'
    return " ".join(f'"{w}"' for w in words)


def build_fts5(args):
    import sqlite3

    arts = read_articles(args.articles)
    rows = collections.defaultdict(list)
    for n, (_, ed, h, s, body) in enumerate(arts, start=1):
        if ed == "zh":
            h, s, body = spaced_han(h), spaced_han(s), spaced_han(body)
        rows[ed].append((n, h, s, body))
    builds = []
    for b in range(args.runs):
        for suffix in ("", "-wal", "-shm", "-journal"):
            if os.path.exists(args.db + suffix):
                os.remove(args.db + suffix)
        db = sqlite3.connect(args.db, isolation_level=None)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        t0 = time.perf_counter()
        for ed in rows:
            db.execute(
                f"CREATE VIRTUAL TABLE fts_{ed} USING fts5(headline, standfirst, body, "
                "tokenize='unicode61 remove_diacritics 2')"
            )
        db.execute("BEGIN")
        for ed, rs in rows.items():
            db.executemany(f"INSERT INTO fts_{ed}(rowid, headline, standfirst, body) VALUES (?, ?, ?, ?)", rs)
        db.execute("COMMIT")
        for ed in rows:
            db.execute(f"INSERT INTO fts_{ed}(fts_{ed}) VALUES ('optimize')")
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        builds.append(time.perf_counter() - t0)
        print(f"# fts5 build {b + 1}/{args.runs}: {builds[-1]:.1f} s", file=sys.stderr, flush=True)
        db.close()
    print(f"fts5_sqlite_version={sqlite3.sqlite_version}")
    print(f"fts5_build_s={statistics.median(builds):.2f}")
    print("fts5_all_build_s=" + ",".join(f"{x:.2f}" for x in builds))
    print(f"fts5_db_bytes={os.path.getsize(args.db)}")


def run_fts5(args, queries):
    import sqlite3

    db = sqlite3.connect(args.db, isolation_level=None)
    w = ", ".join(str(x) for x in BM25_WEIGHTS)
    sql = {
        ed: f"SELECT rowid, headline FROM fts_{ed} WHERE fts_{ed} MATCH ? ORDER BY bm25(fts_{ed}, {w}) LIMIT {LIMIT}"
        for ed in EDITIONS
    }

    def run_one(q):
        ed, kind, text = q
        return len(db.execute(sql[ed], (fts5_match(ed, kind, text),)).fetchall())

    timed_pass("fts5", queries, run_one, args.warmup, args.out, args.tag)
    db.close()


# --------------------------------------------------------------- PostgreSQL


def pg_url(url, dbname):
    scheme, rest = url.split("://", 1)
    return scheme + "://" + re.sub(r"/[^/?]*(\?|$)", f"/{dbname}\\1", rest, count=1)


def build_pg(args):
    import psycopg

    arts = read_articles(args.articles)
    admin = psycopg.connect(args.url, autocommit=True)
    dbname = args.dbname
    admin.execute(f'DROP DATABASE IF EXISTS "{dbname}"')
    admin.execute(f"CREATE DATABASE \"{dbname}\" ENCODING 'UTF8' TEMPLATE template0")
    admin.close()
    conn = psycopg.connect(pg_url(args.url, dbname), autocommit=True)
    print(f"pg_server_version={conn.execute('SHOW server_version').fetchone()[0]}")
    for setting in ("shared_buffers", "work_mem", "fsync"):
        print(f"pg_{setting}={conn.execute(f'SHOW {setting}').fetchone()[0]}")
    print(f"pg_maintenance_work_mem_for_build={args.maintenance_work_mem}")
    conn.execute("CREATE TABLE docs (id integer PRIMARY KEY, edition text NOT NULL, headline text NOT NULL, "
                 "standfirst text NOT NULL, body text NOT NULL)")
    with conn.cursor() as cur:
        with cur.copy("COPY docs (id, edition, headline, standfirst, body) FROM STDIN") as cp:
            for n, (_, ed, h, s, body) in enumerate(arts, start=1):
                if ed == "zh":
                    h, s, body = spaced_han(h), spaced_han(s), spaced_han(body)
                cp.write_row((n, ed, h, s, body))
    conn.execute("VACUUM ANALYZE docs")
    cfg = "(CASE edition WHEN 'it' THEN 'italian' WHEN 'en' THEN 'english' WHEN 'es' THEN 'spanish' ELSE 'simple' END)::regconfig"
    builds = []
    for b in range(args.runs):
        conn.execute("DROP TABLE IF EXISTS fts")
        conn.execute(f"SET maintenance_work_mem = '{args.maintenance_work_mem}'")
        t0 = time.perf_counter()
        conn.execute(
            "CREATE TABLE fts AS SELECT id, edition, headline, "
            f"setweight(to_tsvector({cfg}, headline), 'A') || setweight(to_tsvector({cfg}, standfirst), 'B') "
            f"|| setweight(to_tsvector({cfg}, body), 'D') AS tsv FROM docs"
        )
        conn.execute("CREATE INDEX fts_tsv ON fts USING gin (tsv)")
        conn.execute("ANALYZE fts")
        builds.append(time.perf_counter() - t0)
        print(f"# pg build {b + 1}/{args.runs}: {builds[-1]:.1f} s", file=sys.stderr, flush=True)
    conn.execute("DROP TABLE docs")
    conn.execute("VACUUM fts")
    size = conn.execute("SELECT pg_relation_size('fts_tsv'), pg_total_relation_size('fts')").fetchone()
    print(f"pg_build_s={statistics.median(builds):.2f}")
    print("pg_all_build_s=" + ",".join(f"{x:.2f}" for x in builds))
    print(f"pg_gin_bytes={size[0]}")
    print(f"pg_table_with_tsv_bytes={size[1]}")
    conn.close()


PG_SQL = {
    fn: (
        f"SELECT id, headline FROM fts, {fn}(%s::regconfig, %s) q WHERE edition = %s AND tsv @@ q "
        f"ORDER BY ts_rank_cd(tsv, q) DESC LIMIT {LIMIT}"
    )
    for fn in ("plainto_tsquery", "phraseto_tsquery")
}


def run_pg(args, queries):
    import psycopg

    conn = psycopg.connect(pg_url(args.url, args.dbname), autocommit=True)
    # JIT compiling pays off for long analytical queries, not for these: off, as advised
    # for short queries (--jit on keeps the server's setting).
    if args.jit == "off":
        conn.execute("SET jit = off")
    cur = conn.cursor()
    if args.tag == "1":
        print(f"pg_jit={conn.execute('SHOW jit').fetchone()[0]}")
        # One plan, to see that the GIN index is used.
        cur.execute("EXPLAIN " + PG_SQL["plainto_tsquery"], ("english", "election", "en"))
        plan = " / ".join(r[0].strip() for r in cur.fetchall())
        print(f"pg_plan_uses_gin={'yes' if 'fts_tsv' in plan else 'no'}")

    def run_one(q):
        ed, kind, text = q
        if ed == "zh":
            fn, text = "phraseto_tsquery", " ".join(text)
        else:
            fn = "phraseto_tsquery" if kind == "phrase2" else "plainto_tsquery"
        cur.execute(PG_SQL[fn], (PG_CONFIG[ed], text, ed))
        return len(cur.fetchall())

    timed_pass("pg", queries, run_one, args.warmup, args.out, args.tag)
    cur.close()
    conn.close()


def drop_pg(args):
    import psycopg

    with psycopg.connect(args.url, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{args.dbname}"')


# ----------------------------------------------------------------- Dateline


def run_dateline(args, queries):
    import http.client
    import socket
    from urllib.parse import quote, urlsplit

    class Conn(http.client.HTTPConnection):
        """No Nagle delay on the client's side of the exchange."""

        def connect(self):
            super().connect()
            self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    u = urlsplit(args.base_url)
    conn = Conn(u.hostname, u.port, timeout=30)

    def get(path):
        conn.request("GET", path)
        r = conn.getresponse()
        return r.status, r.read()

    def count(body):
        if body is None:
            return 0
        data = json.loads(body)
        if isinstance(data, dict):
            for name in ("results", "articles", "hits", "items"):
                if isinstance(data.get(name), list):
                    return len(data[name])
            raise ValueError(f"no list of results in {sorted(data)}")
        return len(data)

    def path_of(q):
        ed, kind, text = q
        if kind == "phrase2":
            text = f'"{text}"'
        return f"/api/v1/search?q={quote(text, safe='')}&edition={ed}&per_page={LIMIT}"

    status, body = get(path_of(queries[0]))
    if status != 200:
        print(f"dateline_search_endpoint={'missing' if status == 404 else f'http_{status}'}")
        print(f"# {body[:300]!r}", file=sys.stderr)
        return 3
    count(body)
    paths = {id(q): path_of(q) for q in queries}
    errors = collections.Counter()

    def run_one(q):
        status, body = get(paths[id(q)])
        if status != 200:
            errors[f"http_{status}"] += 1
            return None
        return body

    timed_pass("dateline", queries, run_one, args.warmup, args.out, args.tag, hits_of=count)
    # The cost of the HTTP exchange alone: an unknown API path (a small JSON 404).
    lat = []
    for _ in range(len(queries)):
        t0 = time.perf_counter()
        get("/api/v1/no-such-endpoint")
        lat.append(time.perf_counter() - t0)
    s = sorted(lat)
    print(f"dateline_http_floor_p50_ms={pct(s, 50) * 1000:.3f}")
    print(f"dateline_http_floor_p99_ms={pct(s, 99) * 1000:.3f}")
    print("dateline_http_errors=" + (",".join(f"{k}:{v}" for k, v in sorted(errors.items())) or "0"))
    conn.close()
    return 0


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="cmd", required=True)
    q = sub.add_parser("queries")
    q.add_argument("articles")
    q.add_argument("queries")
    q.add_argument("--count", type=int, default=1000)
    q.add_argument("--seed", type=int, default=20261127)

    def pg_args(e):
        e.add_argument("--url", required=True, help="a database URL of the server; the benchmark's own database is made beside")
        e.add_argument("--dbname", default="dateline_search_bench")

    b = sub.add_parser("build-fts5")
    b.add_argument("articles")
    b.add_argument("--db", required=True)
    b.add_argument("--runs", type=int, default=3)
    b = sub.add_parser("build-pg")
    b.add_argument("articles")
    b.add_argument("--runs", type=int, default=3)
    b.add_argument("--maintenance-work-mem", default="256MB")
    pg_args(b)
    b = sub.add_parser("drop-pg")
    pg_args(b)
    r = sub.add_parser("run", help="one timed pass of the queries on one engine")
    r.add_argument("engine", choices=("fts5", "pg", "dateline"))
    r.add_argument("queries")
    r.add_argument("--tag", default="1", help="the run's number, for file names")
    r.add_argument("--warmup", type=int, default=1)
    r.add_argument("--out")
    r.add_argument("--db", help="fts5: the database built by build-fts5")
    r.add_argument("--url", help="pg: as given to build-pg")
    r.add_argument("--dbname", default="dateline_search_bench")
    r.add_argument("--jit", choices=("on", "off"), default="off")
    r.add_argument("--base-url", help="dateline: http://127.0.0.1:PORT")
    m = sub.add_parser("summarize", help="medians over the runs' outputs")
    m.add_argument("files", nargs="+")
    c = sub.add_parser("compare", help="latency on the queries every engine answered")
    c.add_argument("dir")
    c.add_argument("engines", nargs="+")
    args = p.parse_args()
    if args.cmd == "queries":
        make_queries(args)
    elif args.cmd == "build-fts5":
        build_fts5(args)
    elif args.cmd == "build-pg":
        build_pg(args)
    elif args.cmd == "drop-pg":
        drop_pg(args)
    elif args.cmd == "summarize":
        summarize(args)
    elif args.cmd == "compare":
        compare(args)
    else:
        queries = read_queries(args.queries)
        return {"fts5": run_fts5, "pg": run_pg, "dateline": run_dateline}[args.engine](args, queries) or 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
