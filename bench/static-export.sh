#!/usr/bin/env bash
# The static mirror against Hugo: `dateline export-static` of N generated articles, and
# Debian's `hugo` building the same articles written as Markdown, timed in the same run
# (hyperfine, medians). See bench/README.md.
#
#   bash bench/static-export.sh                         # 10,000 and 100,000 articles
#   SIZES=10000 RUNS=1 bash bench/static-export.sh      # quick look
#
# Settings (environment): SIZES="10000 100000" RUNS=3 WARMUP=0 SKIP_BUILD=0
# DATELINE_BIN=${CARGO_TARGET_DIR:-target}/release/dateline HUGO_RELATED=0 (1: Hugo's theme
# also lists five related stories per article, as Dateline's "See also" does)
# STEP_TIMEOUT=3600 (seconds for any one step) KEEP=0 OUT=bench/out
# OUTPUT_DIR (where both write their sites: by default beside the inputs, on disk; give a
# tmpfs such as /dev/shm to time the generators rather than the disk: on a shared virtual
# machine, creating 50,000 files and folders on ext4 costs either tool anything from 3 to 15 s
# of kernel time from one run to the next, syncing and pausing between runs or not)
# FEEDS_FULL_TEXT=1 (0: Dateline's feeds carry summaries, as Hugo's RSS does)
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
REPO=$PWD
# shellcheck source=bench/lib.sh
source bench/lib.sh

SIZES=${SIZES:-10000 100000}
RUNS=${RUNS:-3}
WARMUP=${WARMUP:-0}
HUGO_RELATED=${HUGO_RELATED:-0}
OUTPUT_DIR=${OUTPUT_DIR:-}
FEEDS_FULL_TEXT=${FEEDS_FULL_TEXT:-1}
export DATELINE_FEEDS_FULL_TEXT
if [ "$FEEDS_FULL_TEXT" = 1 ]; then DATELINE_FEEDS_FULL_TEXT=true; else DATELINE_FEEDS_FULL_TEXT=false; fi
STEP_TIMEOUT=${STEP_TIMEOUT:-3600}
DATELINE_BIN=${DATELINE_BIN:-${CARGO_TARGET_DIR:-$REPO/target}/release/dateline}
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
OUT_BASE=${OUT:-$REPO/bench/out}
OUT=$OUT_BASE/static-export-$STAMP

trap 'exit 130' INT
trap 'exit 143' TERM
# Sites written outside the work folder (OUTPUT_DIR) go with it.
outputs_cleanup() {
    if [ -n "${OUTPUT_DIR:-}" ] && [ -n "${OUTPUTS:-}" ] && [ "${KEEP:-0}" != 1 ]; then
        rm -rf "$OUTPUTS"
    fi
    bench_cleanup
}
trap outputs_cleanup EXIT

need_cmds hugo:hugo hyperfine:hyperfine /usr/bin/time:time python3:python3
build_release
mkdir -p "$OUT"
BENCH_WORK=$(mktemp -d /tmp/dateline-static.XXXXXX)
COMMANDS=()
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)

to_seconds() {
    awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.2f\n", s }' <<<"$1"
}
wall_of() { # a `time -v` output file
    to_seconds "$(sed -n 's/^[[:space:]]*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$1")"
}
rss_of() {
    sed -n 's/^[[:space:]]*Maximum resident set size (kbytes): //p' "$1"
}
# The median of command $2 (0-based) in hyperfine's JSON $1, in seconds.
hf_median() {
    python3 -c 'import json, sys
r = json.load(open(sys.argv[1]))["results"][int(sys.argv[2])]
print("%.2f %s" % (r["median"], ",".join("%.2f" % t for t in r["times"])))' "$1" "$2"
}

SUMMARY=$OUT/sizes.txt
: >"$SUMMARY"
for N in $SIZES; do
    W=$BENCH_WORK/$N
    mkdir -p "$W"
    JSONL=$W/articles.jsonl
    DATA=$W/data
    SITE=$W/hugo-site
    log "$N articles: generating"
    COMMANDS+=("$DATELINE_BIN generate --articles $N --out articles.jsonl")
    timeout "$STEP_TIMEOUT" "$DATELINE_BIN" generate --articles "$N" --out "$JSONL" \
        </dev/null >"$OUT/generate-$N.log" 2>&1 || die "generate failed: $(tail -n 20 "$OUT/generate-$N.log")"

    # Dateline's side: the articles imported, and the node's search index built, as on a
    # running site (neither is part of the export's time; both are recorded).
    log "$N articles: importing into Dateline"
    COMMANDS+=("$DATELINE_BIN --data DATA import articles.jsonl")
    /usr/bin/time -v -o "$OUT/time-import-$N.txt" timeout "$STEP_TIMEOUT" \
        "$DATELINE_BIN" --data "$DATA" import "$JSONL" </dev/null >"$OUT/import-$N.log" 2>&1 \
        || die "import failed: $(tail -n 20 "$OUT/import-$N.log")"
    log "$N articles: building Dateline's search index"
    COMMANDS+=("$DATELINE_BIN --data DATA reindex")
    /usr/bin/time -v -o "$OUT/time-reindex-$N.txt" timeout "$STEP_TIMEOUT" \
        "$DATELINE_BIN" --data "$DATA" reindex </dev/null >"$OUT/reindex-$N.log" 2>&1 \
        || die "reindex failed: $(tail -n 20 "$OUT/reindex-$N.log")"

    # Hugo's side: the same articles as Markdown with front matter.
    log "$N articles: writing the Hugo site"
    related=()
    if [ "$HUGO_RELATED" = 1 ]; then related=(--related); fi
    COMMANDS+=("python3 bench/hugo_site.py articles.jsonl SITE ${related[*]}")
    python3 bench/hugo_site.py "$JSONL" "$SITE" "${related[@]}" >"$OUT/hugo-site-$N.txt"

    # The timed builds, each from nothing: hyperfine empties the output folder before every
    # run. Dateline: `export-static` (stderr is not a terminal: log lines, no bar).
    log "$N articles: timing both, $RUNS runs each"
    OUTPUTS=$W
    if [ -n "$OUTPUT_DIR" ]; then
        OUTPUTS=$(mktemp -d "$OUTPUT_DIR/dateline-static-out.XXXXXX")
    fi
    MIRROR=$OUTPUTS/mirror
    PUBLIC=$OUTPUTS/public
    dl_args=("$DATELINE_BIN" --data "$DATA" export-static "$MIRROR")
    hugo_args=(hugo --quiet --source "$SITE" --destination "$PUBLIC" --cacheDir "$W/hugo-cache")
    dl_cmd="${dl_args[*]}"
    hugo_cmd="${hugo_args[*]}"
    COMMANDS+=("hyperfine --runs $RUNS --warmup $WARMUP --prepare 'rm -rf MIRROR' '$DATELINE_BIN --data DATA export-static MIRROR' --prepare 'rm -rf PUBLIC' 'hugo --quiet --source SITE --destination PUBLIC --cacheDir CACHE'")
    timeout "$STEP_TIMEOUT" hyperfine --runs "$RUNS" --warmup "$WARMUP" --style basic \
        --export-json "$OUT/hyperfine-$N.json" \
        --prepare "rm -rf $MIRROR" "$dl_cmd" \
        --prepare "rm -rf $PUBLIC" "$hugo_cmd" \
        </dev/null >"$OUT/hyperfine-$N.txt" 2>&1 \
        || die "hyperfine failed: $(tail -n 30 "$OUT/hyperfine-$N.txt")"
    read -r dl_median dl_all <<<"$(hf_median "$OUT/hyperfine-$N.json" 0)"
    read -r hugo_median hugo_all <<<"$(hf_median "$OUT/hyperfine-$N.json" 1)"

    # Once more each with `time -v`, for memory and CPU; then Dateline again on its own
    # mirror, which has nothing to rewrite.
    rm -rf "$MIRROR" "$PUBLIC"
    /usr/bin/time -v -o "$OUT/time-export-$N.txt" "${dl_args[@]}" </dev/null >"$OUT/export-$N.log" 2>&1 \
        || die "export failed: $(tail -n 20 "$OUT/export-$N.log")"
    /usr/bin/time -v -o "$OUT/time-hugo-$N.txt" "${hugo_args[@]}" </dev/null >"$OUT/hugo-$N.log" 2>&1 \
        || die "hugo failed: $(tail -n 20 "$OUT/hugo-$N.log")"
    COMMANDS+=("$DATELINE_BIN --data DATA export-static MIRROR   # again, nothing changed")
    /usr/bin/time -v -o "$OUT/time-export-again-$N.txt" "${dl_args[@]}" </dev/null >"$OUT/export-again-$N.log" 2>&1 \
        || die "export failed: $(tail -n 20 "$OUT/export-again-$N.log")"
    {
        echo "[$N]"
        echo "articles_$N=$(wc -l <"$JSONL")"
        echo "dateline_export_s_median_$N=$dl_median"
        echo "dateline_export_s_all_$N=$dl_all"
        echo "hugo_build_s_median_$N=$hugo_median"
        echo "hugo_build_s_all_$N=$hugo_all"
        echo "ratio_dateline_over_hugo_$N=$(ratio "$dl_median" "$hugo_median")"
        echo "dateline_export_max_rss_kib_$N=$(rss_of "$OUT/time-export-$N.txt")"
        echo "hugo_max_rss_kib_$N=$(rss_of "$OUT/time-hugo-$N.txt")"
        echo "dateline_export_report_$N=$(tail -n 1 "$OUT/export-$N.log")"
        echo "dateline_export_again_s_$N=$(wall_of "$OUT/time-export-again-$N.txt")"
        echo "dateline_export_again_report_$N=$(tail -n 1 "$OUT/export-again-$N.log")"
        echo "dateline_files_$N=$(find "$MIRROR" -type f | wc -l)"
        echo "dateline_bytes_$N=$(du -sb "$MIRROR" | cut -f1)"
        echo "hugo_files_$N=$(find "$PUBLIC" -type f | wc -l)"
        echo "hugo_bytes_$N=$(du -sb "$PUBLIC" | cut -f1)"
        echo "dateline_import_s_$N=$(wall_of "$OUT/time-import-$N.txt")"
        echo "dateline_reindex_s_$N=$(wall_of "$OUT/time-reindex-$N.txt")"
    } >>"$SUMMARY"
    log "$N articles: Dateline ${dl_median}s, Hugo ${hugo_median}s"
    if [ "${KEEP:-0}" != 1 ]; then
        rm -rf "$W" "$OUTPUTS"
    fi
done

{
    echo "# bench/static-export.sh"
    echo "date=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "nproc=$(nproc)"
    echo "cpu=$(cpu_model)"
    echo "loadavg_before=$LOAD_BEFORE"
    echo "loadavg_after=$(cut -d' ' -f1-3 /proc/loadavg)"
    echo "dateline_commit=$(git -C "$REPO" rev-parse --short HEAD 2>/dev/null || echo none)"
    echo "dateline_uncommitted_files_in_crates=$(git -C "$REPO" status --porcelain -- crates 2>/dev/null | wc -l)"
    echo "hugo=$(hugo version | head -n 1)"
    echo "hyperfine=$(hyperfine --version)"
    echo "runs=$RUNS"
    echo "hugo_related=$HUGO_RELATED"
    echo "output_dir=${OUTPUT_DIR:-disk, beside the inputs in $BENCH_WORK}"
    echo "dateline_feeds_full_text=$DATELINE_FEEDS_FULL_TEXT"
    cat "$SUMMARY"
    echo "# Times: wall clock of a full build into an emptied folder, median of $RUNS runs"
    echo "# (hyperfine, each tool's runs in a row). Dateline reads the store and the node's"
    echo "# search index (built beforehand by \`dateline reindex\`, as on any running node);"
    echo "# Hugo reads the Markdown files. *_again_*: Dateline run once more on its own mirror."
    echo "# commands"
    for c in "${COMMANDS[@]}"; do
        echo "#   $c"
    done
    echo "# raw output: $OUT"
} >"$OUT/summary.txt"
cp "$OUT/summary.txt" "$OUT_BASE/static-export.txt"

printf '\n==================== summary ====================\n'
cat "$OUT/summary.txt"
