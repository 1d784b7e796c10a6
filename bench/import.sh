#!/usr/bin/env bash
# Bulk import: wall time and peak memory of `dateline import` of generated
# articles into a fresh data folder, RUNS times. See bench/README.md.
#
#   bash bench/import.sh                          # 100,000 articles, 3 runs
#   ARTICLES=10000 RUNS=1 bash bench/import.sh    # quick look
#
# Settings (environment): ARTICLES=100000 RUNS=3 SKIP_BUILD=0
# DATELINE_BIN=target/release/dateline IMPORT_TIMEOUT=1800 (seconds per
# import) VERIFY=1 (count the imported articles through the API afterwards)
# KEEP=0 (keep the temp dir) OUT=bench/out.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
REPO=$PWD
# shellcheck source=bench/lib.sh
source bench/lib.sh

ARTICLES=${ARTICLES:-100000}
RUNS=${RUNS:-3}
IMPORT_TIMEOUT=${IMPORT_TIMEOUT:-1800}
VERIFY=${VERIFY:-1}
DATELINE_BIN=${DATELINE_BIN:-$REPO/target/release/dateline}
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
OUT=${OUT:-$REPO/bench/out}/import-$STAMP

trap 'exit 130' INT
trap 'exit 143' TERM
trap bench_cleanup EXIT

need_cmds /usr/bin/time:time curl:curl python3:python3
build_release
mkdir -p "$OUT"
BENCH_WORK=$(mktemp -d /tmp/dateline-import.XXXXXX)
JSONL=$BENCH_WORK/articles.jsonl
COMMANDS=()

# "h:mm:ss" or "m:ss.ss", as GNU time prints it, to seconds.
to_seconds() {
    awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.2f\n", s }' <<<"$1"
}
# One field of `time -v` output.
time_field() { # $1 file, $2 field name
    sed -n "s/^[[:space:]]*$2: //p" "$1" | head -n 1
}

log "generating $ARTICLES articles"
COMMANDS+=("$DATELINE_BIN generate --articles $ARTICLES --out $JSONL")
/usr/bin/time -v -o "$OUT/time-generate.txt" \
    timeout "$IMPORT_TIMEOUT" "$DATELINE_BIN" generate --articles "$ARTICLES" --out "$JSONL" \
    </dev/null >"$OUT/generate.log" 2>&1 || die "generate failed: $(tail -n 20 "$OUT/generate.log")"
GEN_WALL=$(to_seconds "$(time_field "$OUT/time-generate.txt" 'Elapsed (wall clock) time (h:mm:ss or m:ss)')")
JSONL_BYTES=$(wc -c <"$JSONL")
JSONL_LINES=$(wc -l <"$JSONL")
log "generated $JSONL_LINES lines, $JSONL_BYTES bytes, in ${GEN_WALL}s"

WALLS=()
RSSES=()
DATA_BYTES=()
for run in $(seq 1 "$RUNS"); do
    data=$BENCH_WORK/data-$run
    mkdir -p "$data"
    sync
    log "run $run/$RUNS: importing into $data"
    COMMANDS+=("/usr/bin/time -v $DATELINE_BIN import --data $data $JSONL")
    # stdin and stderr are not a terminal, so the import logs lines, not a bar.
    /usr/bin/time -v -o "$OUT/time-import-run$run.txt" \
        timeout "$IMPORT_TIMEOUT" "$DATELINE_BIN" import --data "$data" "$JSONL" \
        </dev/null >"$OUT/import-run$run.log" 2>&1 \
        || die "import failed: $(tail -n 20 "$OUT/import-run$run.log")"
    wall=$(to_seconds "$(time_field "$OUT/time-import-run$run.txt" 'Elapsed (wall clock) time (h:mm:ss or m:ss)')")
    rss=$(time_field "$OUT/time-import-run$run.txt" 'Maximum resident set size (kbytes)')
    bytes=$(du -sb "$data" | cut -f1)
    WALLS+=("$wall")
    RSSES+=("$rss")
    DATA_BYTES+=("$bytes")
    log "run $run/$RUNS: ${wall}s wall, ${rss} KiB max RSS, data folder $bytes bytes"
    if [ "$run" -lt "$RUNS" ] || [ "$VERIFY" != 1 ]; then
        rm -rf "$data"
    fi
done

IMPORTED_TOTAL=skipped
if [ "$VERIFY" = 1 ]; then
    # The folder is not empty, so `demo` serves what was imported as it is.
    port=$(free_port)
    "$DATELINE_BIN" demo --data "$BENCH_WORK/data-$RUNS" --listen "127.0.0.1:$port" \
        </dev/null >"$OUT/verify.log" 2>&1 &
    verify_pid=$!
    BENCH_PIDS+=("$verify_pid")
    if wait_http "http://127.0.0.1:$port/api/v1/articles?edition=it&per_page=1" 120 "$verify_pid"; then
        IMPORTED_TOTAL=0
        for edition in it en es zh; do
            n=$(curl -fsS --max-time 10 "http://127.0.0.1:$port/api/v1/articles?edition=$edition&per_page=1" \
                | python3 -c 'import json, sys; print(json.load(sys.stdin).get("total", 0))')
            IMPORTED_TOTAL=$((IMPORTED_TOTAL + n))
        done
        log "the API counts $IMPORTED_TOTAL articles in it/en/es/zh"
        stop_pid "$verify_pid"
    else
        log "WARNING: could not start Dateline on the imported data to count articles"
        IMPORTED_TOTAL=unknown
    fi
fi

{
    echo "# bench/import.sh"
    echo "date=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "nproc=$(nproc)"
    echo "cpu=$(cpu_model)"
    echo "kernel=$(uname -r)"
    echo "dateline_commit=$(git -C "$REPO" rev-parse --short HEAD 2>/dev/null || echo none)"
    echo "filesystem=$(df -T "$BENCH_WORK" | awk 'NR == 2 { print $2 }')"
    echo "articles=$ARTICLES"
    echo "runs=$RUNS"
    echo "jsonl_bytes=$JSONL_BYTES"
    echo "jsonl_lines=$JSONL_LINES"
    echo "generate_wall_s=$GEN_WALL"
    echo "import_wall_s_median=$(median "${WALLS[@]}")"
    echo "import_max_rss_kib_median=$(median "${RSSES[@]}")"
    echo "import_articles_per_s=$(ratio "$ARTICLES" "$(median "${WALLS[@]}")")"
    echo "data_folder_bytes_median=$(median "${DATA_BYTES[@]}")"
    echo "imported_total_via_api=$IMPORTED_TOTAL"
    echo "all_import_wall_s=$(IFS=,; echo "${WALLS[*]}")"
    echo "all_import_max_rss_kib=$(IFS=,; echo "${RSSES[*]}")"
    echo "# commands"
    for c in "${COMMANDS[@]}"; do
        echo "#   $c"
    done
    echo "# raw output: $OUT"
} >"$OUT/summary.txt"

printf '\n==================== summary ====================\n'
cat "$OUT/summary.txt"
