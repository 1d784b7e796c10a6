#!/usr/bin/env bash
# Search speed: 1,000 queries on 100,000 generated articles, in SQLite FTS5, PostgreSQL
# full-text search and Dateline (GET /api/v1/search). Latency p50/p99 and index build
# time, medians of RUNS runs. See bench/README.md.
#
#   bash bench/search.sh                                  # about 15 minutes
#   ARTICLES=10000 RUNS=1 bash bench/search.sh            # quick look
#   ENGINES="fts5 pg" bash bench/search.sh                # the peers only
#
# Settings (environment): ARTICLES=100000 QUERIES=1000 SEED=20261127 RUNS=3 WARMUP=1
# ENGINES="fts5 pg dateline" VENV=/tmp/dateline-bench-venv PSYCOPG_VERSION=3.3.9
# PG_JIT=off PG_MAINTENANCE_WORK_MEM=256MB SKIP_BUILD=0
# DATELINE_BIN=${CARGO_TARGET_DIR:-target}/release/dateline IMPORT_TIMEOUT=1800
# READY_TIMEOUT=900 (seconds for Dateline to answer a search with results) KEEP=0 OUT=bench/out.
# Exit status: 0 measured; 3 Dateline has no search endpoint (or no reindex command) yet,
# the peers were measured and written; 1 anything else.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
REPO=$PWD
# shellcheck source=bench/lib.sh
source bench/lib.sh

ARTICLES=${ARTICLES:-100000}
QUERIES=${QUERIES:-1000}
SEED=${SEED:-20261127}
RUNS=${RUNS:-3}
WARMUP=${WARMUP:-1}
ENGINES=${ENGINES:-fts5 pg dateline}
VENV=${VENV:-/tmp/dateline-bench-venv}
PSYCOPG_VERSION=${PSYCOPG_VERSION:-3.3.9}
PG_JIT=${PG_JIT:-off}
PG_MAINTENANCE_WORK_MEM=${PG_MAINTENANCE_WORK_MEM:-256MB}
IMPORT_TIMEOUT=${IMPORT_TIMEOUT:-1800}
READY_TIMEOUT=${READY_TIMEOUT:-900}
DATELINE_BIN=${DATELINE_BIN:-${CARGO_TARGET_DIR:-$REPO/target}/release/dateline}
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
OUT_BASE=${OUT:-$REPO/bench/out}
OUT=$OUT_BASE/search-$STAMP

cleanup() {
    bench_cleanup
    # Stops PostgreSQL only if .ci/services.sh started it for this run.
    if declare -F dateline_services_stop >/dev/null; then
        dateline_services_stop
    fi
}
trap 'exit 130' INT
trap 'exit 143' TERM
trap cleanup EXIT

has_engine() { [[ " $ENGINES " == *" $1 "* ]]; }

need_cmds /usr/bin/time:time curl:curl python3:python3
build_release
mkdir -p "$OUT"
BENCH_WORK=$(mktemp -d /tmp/dateline-search.XXXXXX)
JSONL=$BENCH_WORK/articles.jsonl
COMMANDS=()
STATUS=0
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)

# 1. The articles and the queries.
log "generating $ARTICLES articles"
COMMANDS+=("$DATELINE_BIN generate --articles $ARTICLES --out $JSONL")
timeout "$IMPORT_TIMEOUT" "$DATELINE_BIN" generate --articles "$ARTICLES" --out "$JSONL" \
    </dev/null >"$OUT/generate.log" 2>&1 || die "generate failed: $(tail -n 20 "$OUT/generate.log")"
# The queries use PostgreSQL's stop-word lists: install it first if it is to be measured.
if has_engine pg; then
    set +eu
    # shellcheck source=.ci/services.sh
    source "$REPO/.ci/services.sh" 2>"$OUT/services.log"
    rc=$?
    set -eu
    [ "$rc" = 0 ] || die "could not start PostgreSQL: $(tail -n 20 "$OUT/services.log")"
fi
QFILE=$OUT/queries.tsv
COMMANDS+=("python3 bench/search_bench.py queries $JSONL $QFILE --count $QUERIES --seed $SEED")
python3 bench/search_bench.py queries "$JSONL" "$QFILE" --count "$QUERIES" --seed "$SEED" >"$OUT/queries.txt"
log "queries: $(tr '\n' ' ' <"$OUT/queries.txt")"

# 2. The builds, each timed RUNS times; the last index of each is kept for the queries.
PY=python3
if has_engine fts5; then
    log "SQLite FTS5: $RUNS builds"
    COMMANDS+=("python3 bench/search_bench.py build-fts5 $JSONL --db TMP/fts5.db --runs $RUNS")
    python3 bench/search_bench.py build-fts5 "$JSONL" --db "$BENCH_WORK/fts5.db" --runs "$RUNS" \
        >"$OUT/fts5-build.txt" 2>"$OUT/fts5-build.log" \
        || die "FTS5 build failed: $(tail -n 20 "$OUT/fts5-build.log")"
fi
if has_engine pg; then
    if ! "$VENV/bin/python" -c "import psycopg" 2>/dev/null; then
        log "installing psycopg[binary]==$PSYCOPG_VERSION into $VENV"
        python3 -m venv "$VENV"
        "$VENV/bin/pip" install --quiet "psycopg[binary]==$PSYCOPG_VERSION" >&2
    fi
    PY=$VENV/bin/python
    log "PostgreSQL: $RUNS builds"
    COMMANDS+=("$VENV/bin/python bench/search_bench.py build-pg $JSONL --url \$DATELINE_TEST_POSTGRES_URL --runs $RUNS --maintenance-work-mem $PG_MAINTENANCE_WORK_MEM")
    "$PY" bench/search_bench.py build-pg "$JSONL" --url "$DATELINE_TEST_POSTGRES_URL" --runs "$RUNS" \
        --maintenance-work-mem "$PG_MAINTENANCE_WORK_MEM" >"$OUT/pg-build.txt" 2>"$OUT/pg-build.log" \
        || die "PostgreSQL build failed: $(tail -n 20 "$OUT/pg-build.log")"
    PG_BUILT=1
fi

start_serve() { # $1 data folder, $2 log; sets SERVE_PID and BASE
    local port
    port=$(free_port)
    COMMANDS+=("DATELINE_MAIL_SCHEDULE=off $DATELINE_BIN --data $1 serve --listen 127.0.0.1:$port")
    DATELINE_MAIL_SCHEDULE=off "$DATELINE_BIN" --data "$1" serve --listen "127.0.0.1:$port" \
        </dev/null >"$2" 2>&1 &
    SERVE_PID=$!
    BENCH_PIDS+=("$SERVE_PID")
    BASE=http://127.0.0.1:$port
    wait_http "$BASE/api/v1/articles?edition=en&per_page=1" 300 "$SERVE_PID" \
        || die "dateline serve did not answer: $(tail -n 20 "$2")"
}
to_seconds() {
    awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.2f\n", s }' <<<"$1"
}
wall_of() { # a `time -v` output file
    to_seconds "$(sed -n 's/^[[:space:]]*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$1")"
}

DATELINE_READY=0
if has_engine dateline; then
    : >"$OUT/dateline-build.txt"
    # Is there a search endpoint at all? Ask an empty site before importing 100,000 articles.
    mkdir -p "$BENCH_WORK/probe"
    start_serve "$BENCH_WORK/probe" "$OUT/serve-probe.log"
    probe=$(curl -sS -o /dev/null -w '%{http_code}' --max-time 10 "$BASE/api/v1/search?q=probe&edition=en&per_page=20")
    stop_pid "$SERVE_PID"
    if [ "$probe" = 404 ]; then
        log "ERROR: GET /api/v1/search answers 404: this dateline has no search endpoint yet"
        echo "dateline_search_endpoint=missing" >>"$OUT/dateline-build.txt"
        STATUS=3
    else
        DATA=$BENCH_WORK/data
        mkdir -p "$DATA"
        log "importing $ARTICLES articles into $DATA (not index time: for the record)"
        COMMANDS+=("/usr/bin/time -v $DATELINE_BIN --data $DATA import $JSONL")
        /usr/bin/time -v -o "$OUT/time-import.txt" timeout "$IMPORT_TIMEOUT" \
            "$DATELINE_BIN" --data "$DATA" import "$JSONL" </dev/null >"$OUT/import.log" 2>&1 \
            || die "import failed: $(tail -n 20 "$OUT/import.log")"
        echo "dateline_import_wall_s=$(wall_of "$OUT/time-import.txt")" >>"$OUT/dateline-build.txt"
        # Index build: `dateline reindex` rebuilds the search index from the store.
        if "$DATELINE_BIN" --help 2>/dev/null | grep -qE '^[[:space:]]+reindex\b'; then
            walls=()
            inner=()
            for run in $(seq 1 "$RUNS"); do
                log "dateline reindex $run/$RUNS"
                COMMANDS+=("/usr/bin/time -v $DATELINE_BIN --data $DATA reindex")
                /usr/bin/time -v -o "$OUT/time-reindex-run$run.txt" timeout "$IMPORT_TIMEOUT" \
                    "$DATELINE_BIN" --data "$DATA" reindex </dev/null >"$OUT/reindex-run$run.log" 2>&1 \
                    || die "reindex failed: $(tail -n 20 "$OUT/reindex-run$run.log")"
                walls+=("$(wall_of "$OUT/time-reindex-run$run.txt")")
                # What it reports itself ("N stories indexed in X s"): the rebuild without
                # opening the store and the index.
                inner+=("$(grep -Eo 'indexed in [0-9.]+ s' "$OUT/reindex-run$run.log" | tail -n 1 | grep -Eo '[0-9.]+' || echo nan)")
            done
            {
                echo "dateline_build_s=$(median "${walls[@]}")"
                echo "dateline_all_build_s=$(IFS=,; echo "${walls[*]}")"
                echo "dateline_reindex_reported_s=$(IFS=,; echo "${inner[*]}")"
                echo "dateline_reindex_max_rss_kib=$(sed -n 's/^[[:space:]]*Maximum resident set size (kbytes): //p' "$OUT/time-reindex-run$RUNS.txt")"
            } >>"$OUT/dateline-build.txt"
        else
            log "WARNING: this dateline has no reindex command: no index build time"
            echo "dateline_build_s=missing (no 'dateline reindex' yet)" >>"$OUT/dateline-build.txt"
            STATUS=3
        fi
        echo "dateline_data_folder_bytes=$(du -sb "$DATA" | cut -f1)" >>"$OUT/dateline-build.txt"
        t0=$SECONDS
        start_serve "$DATA" "$OUT/serve.log"
        # Wait until the first query finds something: an index built at start is then ready.
        q1=$(head -n 1 "$QFILE" | python3 -c 'import sys, urllib.parse
ed, kind, text = sys.stdin.readline().rstrip("\n").split("\t")
print(urllib.parse.quote(text, safe=""), ed)')
        ready=no
        deadline=$((SECONDS + READY_TIMEOUT))
        while [ $SECONDS -lt $deadline ]; do
            n=$(curl -sS --max-time 30 "$BASE/api/v1/search?q=${q1% *}&edition=${q1#* }&per_page=20" 2>/dev/null \
                | python3 -c 'import json, sys
d = json.load(sys.stdin)
if isinstance(d, dict):
    d = next((d[k] for k in ("results", "articles", "hits", "items") if isinstance(d.get(k), list)), [])
print(len(d))' 2>/dev/null || echo 0)
            if [ "${n:-0}" -gt 0 ]; then
                ready=yes
                break
            fi
            sleep 1
        done
        echo "dateline_first_results_after_start_s=$([ $ready = yes ] && echo $((SECONDS - t0)) || echo "never (${READY_TIMEOUT}s)")" >>"$OUT/dateline-build.txt"
        DATELINE_READY=1
    fi
fi

# 3. RUNS timed passes of the queries per engine, the engines taking turns (run 1: fts5 pg
#    dateline, run 2: pg dateline fts5, ...), so that a slow spell of the machine does not
#    fall on one engine only.
ORDER=()
for e in fts5 pg dateline; do
    if has_engine "$e" && { [ "$e" != dateline ] || [ "$DATELINE_READY" = 1 ]; }; then
        ORDER+=("$e")
    fi
done
for run in $(seq 1 "$RUNS"); do
    for i in $(seq 0 $((${#ORDER[@]} - 1))); do
        e=${ORDER[$(((i + run - 1) % ${#ORDER[@]}))]}
        log "run $run/$RUNS: $e"
        case $e in
            fts5) args=(--db "$BENCH_WORK/fts5.db") ;;
            pg) args=(--url "$DATELINE_TEST_POSTGRES_URL" --jit "$PG_JIT") ;;
            dateline) args=(--base-url "$BASE") ;;
        esac
        if [ "$run" = 1 ]; then
            shown="${args[*]}"
            if [ "$e" = pg ]; then
                shown=${shown//"$DATELINE_TEST_POSTGRES_URL"/\$DATELINE_TEST_POSTGRES_URL}
            fi
            COMMANDS+=("$PY bench/search_bench.py run $e $QFILE $shown --tag N --warmup $WARMUP")
        fi
        rc=0
        "$PY" bench/search_bench.py run "$e" "$QFILE" "${args[@]}" --tag "$run" --warmup "$WARMUP" \
            --out "$OUT" >"$OUT/$e-run$run.txt" 2>>"$OUT/$e-runs.log" || rc=$?
        if [ "$e" = dateline ] && [ "$rc" = 3 ]; then
            log "ERROR: Dateline's search answered: $(tr '\n' ' ' <"$OUT/$e-run$run.txt")"
            STATUS=3
            break 2
        fi
        [ "$rc" = 0 ] || die "$e queries failed: $(tail -n 20 "$OUT/$e-runs.log")"
    done
done
for e in "${ORDER[@]}"; do
    {
        if [ -f "$OUT/$e-build.txt" ]; then cat "$OUT/$e-build.txt"; fi
        runs=("$OUT/$e"-run*.txt)
        if [ -f "${runs[0]}" ]; then python3 bench/search_bench.py summarize "${runs[@]}"; fi
    } >"$OUT/$e.txt"
done
if has_engine dateline && [ "$DATELINE_READY" != 1 ]; then
    cp "$OUT/dateline-build.txt" "$OUT/dateline.txt"
fi
python3 bench/search_bench.py compare "$OUT" "${ORDER[@]}" >"$OUT/common.txt"
if [ "${PG_BUILT:-0}" = 1 ] && [ "${KEEP:-0}" != 1 ]; then
    "$PY" bench/search_bench.py drop-pg --url "$DATELINE_TEST_POSTGRES_URL" || log "could not drop the benchmark database"
fi
if [ -n "${SERVE_PID:-}" ]; then
    stop_pid "$SERVE_PID"
fi

# 5. The summary.
val() { # the first value of key $1 in the engines' results; empty when none has it
    local f
    for f in "$OUT/fts5.txt" "$OUT/pg.txt" "$OUT/dateline.txt"; do
        if [ -f "$f" ] && grep -q "^$1=" "$f"; then
            sed -n "s/^$1=//p" "$f" | head -n 1
            return 0
        fi
    done
}
{
    echo "# bench/search.sh"
    echo "date=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "nproc=$(nproc)"
    echo "cpu=$(cpu_model)"
    echo "loadavg_before=$LOAD_BEFORE"
    echo "loadavg_after=$(cut -d' ' -f1-3 /proc/loadavg)"
    echo "dateline_commit=$(git -C "$REPO" rev-parse --short HEAD 2>/dev/null || echo none)"
    echo "dateline_uncommitted_files_in_crates=$(git -C "$REPO" status --porcelain -- crates 2>/dev/null | wc -l)"
    echo "articles=$ARTICLES"
    echo "runs=$RUNS"
    echo "warmup_passes=$WARMUP"
    echo "queries_sha256=$(sha256sum "$QFILE" | cut -c1-16)"
    cat "$OUT/queries.txt"
    for e in fts5 pg dateline common; do
        if [ -s "$OUT/$e.txt" ]; then cat "$OUT/$e.txt"; fi
    done
    d50=$(val dateline_p50_ms)
    if [ -n "$d50" ]; then
        for peer in fts5 pg; do
            p=$(val "${peer}_p50_ms")
            if [ -n "$p" ]; then echo "ratio_p50_dateline_over_$peer=$(ratio "$d50" "$p")"; fi
            p=$(val "${peer}_p99_ms")
            if [ -n "$p" ]; then echo "ratio_p99_dateline_over_$peer=$(ratio "$(val dateline_p99_ms)" "$p")"; fi
        done
    fi
    echo "# Latency: one client, one query at a time, 20 results, medians over $RUNS runs (the engines"
    echo "# taking turns) of each run's p50/p99, per edition and kind too. FTS5: in process (Python"
    echo "# sqlite3), no network. PostgreSQL: psycopg over TCP on 127.0.0.1, round trip included."
    echo "# Dateline: HTTP/1.1 keep-alive on 127.0.0.1 from Python's http.client, request + JSON"
    echo "# answer included (its parsing is not);"
    echo "# dateline_http_floor_*: the same client on a tiny 404, the cost of HTTP alone."
    echo "# *_common_*: on the common_queries that every engine answered with at least one story."
    echo "# Build: FTS5 insert + optimize; PostgreSQL CREATE TABLE AS to_tsvector + GIN + ANALYZE;"
    echo "# Dateline: dateline reindex (the import is not index time)."
    echo "# commands"
    for c in "${COMMANDS[@]}"; do
        echo "#   $c"
    done
    echo "# raw output: $OUT"
} >"$OUT/summary.txt"
cp "$OUT/summary.txt" "$OUT_BASE/search.txt"

printf '\n==================== summary ====================\n'
cat "$OUT/summary.txt"
if [ "$STATUS" = 3 ]; then
    log "ERROR: Dateline could not be measured fully (no /api/v1/search or no 'dateline reindex');"
    log "       the peers were measured; see $OUT_BASE/search.txt"
fi
exit "$STATUS"
