#!/usr/bin/env bash
# Article page throughput: Dateline against nginx serving the same bytes as a
# static file, with and without gzip; then Dateline with its page cache off;
# then the page weight and a third-party reference check. See bench/README.md.
#
#   bash bench/article-page.sh                       # full run (about 5 minutes)
#   DURATION=3s RUNS=1 bash bench/article-page.sh    # quick look
#   BENCH_PAGE=some.html bash bench/article-page.sh  # nginx alone on that file
#
# Settings (environment): THREADS=2 CONNECTIONS=64 DURATION=10s WARMUP=2s RUNS=5
# EDITION=it SKIP_BUILD=0 DATELINE_BIN=target/release/dateline KEEP=0 (keep the
# temp dir) OUT=bench/out (raw wrk output and the summary go there).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
REPO=$PWD
# shellcheck source=bench/lib.sh
source bench/lib.sh

THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-64}
DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-2s}
RUNS=${RUNS:-5}
EDITION=${EDITION:-it}
DATELINE_BIN=${DATELINE_BIN:-$REPO/target/release/dateline}
BENCH_PAGE=${BENCH_PAGE:-}
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
OUT=${OUT:-$REPO/bench/out}/article-page-$STAMP
READY_TIMEOUT=${READY_TIMEOUT:-600}

trap 'exit 130' INT
trap 'exit 143' TERM
trap bench_cleanup EXIT

need_cmds nginx:nginx wrk:wrk curl:curl gzip:gzip python3:python3
mkdir -p "$OUT"
BENCH_WORK=$(mktemp -d /tmp/dateline-bench.XXXXXX)
# nginx workers run as nobody when the master is root: they must read the docroot.
chmod 755 "$BENCH_WORK"
DOCROOT=$BENCH_WORK/www
NGINX_PREFIX=$BENCH_WORK/nginx
mkdir -p "$DOCROOT" "$NGINX_PREFIX/tmp"
COMMANDS=()

# ---------------------------------------------------------------- Dateline
start_dateline() { # $1: log file; extra env as "$@" after it
    local logfile=$1
    shift
    DPORT=$(free_port)
    COMMANDS+=("${*:+$* }$DATELINE_BIN demo --data $BENCH_WORK/data --listen 127.0.0.1:$DPORT")
    env "$@" "$DATELINE_BIN" demo --data "$BENCH_WORK/data" --listen "127.0.0.1:$DPORT" \
        </dev/null >>"$logfile" 2>&1 &
    DPID=$!
    BENCH_PIDS+=("$DPID")
    log "Dateline (pid $DPID) on 127.0.0.1:$DPORT; waiting up to ${READY_TIMEOUT}s for it to answer"
    local rc=0
    wait_http "http://127.0.0.1:$DPORT/api/v1/articles?edition=$EDITION&per_page=1" \
        "$READY_TIMEOUT" "$DPID" || rc=$?
    if [ "$rc" -ne 0 ]; then
        tail -n 30 "$logfile" >&2 || true
        die "Dateline did not answer (rc=$rc; log above)"
    fi
    # A fresh data folder has its search index built in the background; until then "See
    # also" comes from part of the archive and the page is not the one measured.
    local deadline=$((SECONDS + READY_TIMEOUT))
    until curl -fsS --max-time 5 "http://127.0.0.1:$DPORT/health" 2>/dev/null \
        | grep -q '"search_index":"ready"'; do
        [ $SECONDS -lt $deadline ] || die "the search index was not ready after ${READY_TIMEOUT}s"
        sleep 0.5
    done
}

PAGE_PATH=/article.html
if [ -z "$BENCH_PAGE" ]; then
    build_release
    start_dateline "$OUT/dateline.log"
    API="http://127.0.0.1:$DPORT/api/v1/articles?edition=$EDITION&per_page=1"
    # The contract says a path; take the path of an absolute URL all the same.
    PAGE_PATH=$(curl -fsS --max-time 10 "$API" | python3 -c 'import json, sys, urllib.parse
doc = json.load(sys.stdin)
parts = urllib.parse.urlsplit(doc["articles"][0]["url"])
print(parts.path + ("?" + parts.query if parts.query else ""))')
    case $PAGE_PATH in
        /*) ;;
        *) die "the API gave an article url that is not a path: $PAGE_PATH" ;;
    esac
    DURL="http://127.0.0.1:$DPORT$PAGE_PATH"
    log "article: $PAGE_PATH"
    curl -fsS --max-time 10 -H 'Accept-Encoding: identity' -o "$DOCROOT/article.html" "$DURL"
else
    cp "$BENCH_PAGE" "$DOCROOT/article.html"
fi
gzip -9 -n -c "$DOCROOT/article.html" >"$DOCROOT/article.html.gz"
chmod 644 "$DOCROOT"/article.html*
chmod 755 "$DOCROOT"
PAGE_BYTES=$(wc -c <"$DOCROOT/article.html")
PAGE_GZ_BYTES=$(wc -c <"$DOCROOT/article.html.gz")

# ------------------------------------------------------------------- nginx
# At its best for one static file: no logging, sendfile, the file's descriptor
# and metadata cached, the .gz made ahead of time, connections kept forever.
NPORT=$(free_port)
NGINX_CONF=$NGINX_PREFIX/nginx.conf
cat >"$NGINX_CONF" <<EOF
worker_processes auto;
daemon off;
pid $NGINX_PREFIX/nginx.pid;
error_log $NGINX_PREFIX/error.log warn;
events {
    worker_connections 4096;
    multi_accept on;
}
http {
    types { text/html html; }
    default_type application/octet-stream;
    charset utf-8;
    access_log off;
    server_tokens off;
    sendfile on;
    tcp_nopush on;
    tcp_nodelay on;
    keepalive_timeout 75s;
    keepalive_requests 10000000;
    open_file_cache max=64 inactive=300s;
    open_file_cache_valid 300s;
    open_file_cache_min_uses 1;
    open_file_cache_errors on;
    gzip off;
    gzip_static on;
    gzip_vary on;
    client_body_temp_path $NGINX_PREFIX/tmp/client;
    proxy_temp_path $NGINX_PREFIX/tmp/proxy;
    fastcgi_temp_path $NGINX_PREFIX/tmp/fastcgi;
    uwsgi_temp_path $NGINX_PREFIX/tmp/uwsgi;
    scgi_temp_path $NGINX_PREFIX/tmp/scgi;
    server {
        listen 127.0.0.1:$NPORT;
        server_name bench;
        root $DOCROOT;
        location = /article.html { }
        location / { return 404; }
    }
}
EOF
nginx -t -q -c "$NGINX_CONF" -p "$NGINX_PREFIX" -e "$NGINX_PREFIX/error.log"
COMMANDS+=("nginx -c $NGINX_CONF -p $NGINX_PREFIX -e $NGINX_PREFIX/error.log")
nginx -c "$NGINX_CONF" -p "$NGINX_PREFIX" -e "$NGINX_PREFIX/error.log" </dev/null &
NPID=$!
BENCH_PIDS+=("$NPID")
NURL="http://127.0.0.1:$NPORT/article.html"
wait_http "$NURL" 30 "$NPID" || die "nginx did not answer: $(cat "$NGINX_PREFIX/error.log")"
log "nginx (pid $NPID) on 127.0.0.1:$NPORT"

# ------------------------------------------------------------ same bytes?
# Prints "status bytes content-encoding" for one GET.
probe() { # $1 url, $2 accept-encoding
    local headers status size
    headers=$(mktemp "$BENCH_WORK/h.XXXXXX")
    read -r status size < <(curl -sS --max-time 10 -H "Accept-Encoding: $2" -D "$headers" \
        -o /dev/null -w '%{http_code} %{size_download}\n' "$1")
    printf '%s %s %s\n' "$status" "$size" \
        "$(tr -d '\r' <"$headers" | sed -n 's/^[Cc]ontent-[Ee]ncoding: *//p' | head -n 1)"
}
# Sets GZ_WIRE and GZ_ENC: the body size and encoding of a gzip request.
check_same() { # $1 name, $2 url
    local status size enc
    read -r status size enc < <(probe "$2" identity) || true
    [ "${status:-}" = 200 ] || die "$1 answered ${status:-nothing} to $2"
    [ "$size" = "$PAGE_BYTES" ] || die "$1 sent $size bytes, the saved page has $PAGE_BYTES: is the page the same on every request?"
    read -r status size enc < <(probe "$2" gzip) || true
    [ "${status:-}" = 200 ] || die "$1 answered ${status:-nothing} to a gzip request"
    [ "${enc:-}" = gzip ] || log "WARNING: $1 did not answer gzip when asked (Content-Encoding: ${enc:-none})"
    GZ_WIRE=$size
    GZ_ENC=${enc:-identity}
}
check_same nginx "$NURL"
NGINX_GZ_WIRE=$GZ_WIRE
if [ -z "$BENCH_PAGE" ]; then
    check_same Dateline "$DURL"
    DATELINE_GZ_WIRE=$GZ_WIRE
    DATELINE_GZ_ENC=$GZ_ENC
fi
log "page: $PAGE_BYTES bytes identity, $PAGE_GZ_BYTES with gzip -9"

# --------------------------------------------------------------------- wrk
# Runs wrk once; prints requests/sec; keeps the full output in $OUT.
measure() { # $1 label, $2 url, $3 accept-encoding ("" for none), $4 run number
    local args=(-t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency)
    [ -n "$3" ] && args+=(-H "Accept-Encoding: $3")
    local file="$OUT/wrk-$1-run$4.txt"
    wrk "${args[@]}" "$2" >"$file" 2>&1 || die "wrk failed: $(cat "$file")"
    if grep -qE 'Non-2xx|Socket errors' "$file"; then
        log "WARNING: errors in $file: $(grep -E 'Non-2xx|Socket errors' "$file" | tr -s ' ')"
    fi
    awk '/^Requests\/sec:/ { print $2 }' "$file"
}
wrk_cmd() { # the command line, as printed in the summary
    local h=""
    [ -n "$2" ] && h=" -H 'Accept-Encoding: $2'"
    printf "wrk -t%s -c%s -d%s --latency%s %s" "$THREADS" "$CONNECTIONS" "$DURATION" "$h" "$1"
}
warm() { # $1 url, $2 accept-encoding
    local args=(-t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP")
    [ -n "$2" ] && args+=(-H "Accept-Encoding: $2")
    wrk "${args[@]}" "$1" >/dev/null 2>&1 || true
}

declare -A RPS=()
SERVERS=(nginx)
[ -z "$BENCH_PAGE" ] && SERVERS=(dateline nginx)
url_of() { if [ "$1" = nginx ]; then echo "$NURL"; else echo "$DURL"; fi; }

for server in "${SERVERS[@]}"; do
    for enc in "" gzip; do
        warm "$(url_of "$server")" "$enc"
        COMMANDS+=("$(wrk_cmd "$(url_of "$server")" "$enc")")
    done
done
for run in $(seq 1 "$RUNS"); do
    # Alternate which server goes first, so neither always follows the other.
    order=("${SERVERS[@]}")
    if [ $((run % 2)) -eq 0 ] && [ ${#order[@]} -eq 2 ]; then order=(nginx dateline); fi
    for enc in identity gzip; do
        hdr=""
        [ "$enc" = gzip ] && hdr=gzip
        for server in "${order[@]}"; do
            r=$(measure "$server-$enc" "$(url_of "$server")" "$hdr" "$run")
            RPS[$server-$enc]="${RPS[$server-$enc]:-} $r"
            log "run $run/$RUNS $server $enc: $r req/s"
        done
    done
done

# ------------------------------------------------------------ page weight
# Measured on the cached server, which answers gzip as readers get it.
if [ -z "$BENCH_PAGE" ]; then
    python3 bench/page_weight.py "$DURL" >"$OUT/page-weight.txt"
    grep -v '=' "$OUT/page-weight.txt" >&2 || true
fi

# ------------------------------------------------------ uncached Dateline
if [ -z "$BENCH_PAGE" ]; then
    log "restarting Dateline with DATELINE_PAGE_CACHE=off"
    stop_pid "$DPID"
    start_dateline "$OUT/dateline-uncached.log" DATELINE_PAGE_CACHE=off
    DURL="http://127.0.0.1:$DPORT$PAGE_PATH"
    read -r status size _ < <(probe "$DURL" identity) || true
    [ "${status:-}" = 200 ] || die "uncached Dateline answered ${status:-nothing}"
    [ "$size" = "$PAGE_BYTES" ] \
        || log "WARNING: the uncached page has $size bytes, the cached one $PAGE_BYTES"
    warm "$DURL" ""
    COMMANDS+=("DATELINE_PAGE_CACHE=off $(wrk_cmd "$DURL" "")")
    for run in $(seq 1 "$RUNS"); do
        r=$(measure "dateline-uncached-identity" "$DURL" "" "$run")
        RPS[dateline-uncached-identity]="${RPS[dateline-uncached-identity]:-} $r"
        log "run $run/$RUNS dateline uncached identity: $r req/s"
    done
fi

# ---------------------------------------------------------------- summary
med() {
    # shellcheck disable=SC2086 # the list is space-separated on purpose
    median ${RPS[$1]:-}
}
{
    echo "# bench/article-page.sh"
    echo "date=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "nproc=$(nproc)"
    echo "cpu=$(cpu_model)"
    echo "kernel=$(uname -r)"
    echo "nginx=$(nginx -v 2>&1 | sed 's/^nginx version: //')"
    echo "wrk=$(wrk --version 2>&1 | head -n 1 | awk '{print $2}')"
    if [ -z "$BENCH_PAGE" ]; then
        echo "dateline_commit=$(git -C "$REPO" rev-parse --short HEAD 2>/dev/null || echo none)"
        echo "page=$PAGE_PATH"
    else
        echo "page=$BENCH_PAGE"
    fi
    echo "threads=$THREADS"
    echo "connections=$CONNECTIONS"
    echo "duration=$DURATION"
    echo "runs=$RUNS"
    echo "page_identity_bytes=$PAGE_BYTES"
    echo "page_gzip9_bytes=$PAGE_GZ_BYTES"
    echo "nginx_gzip_wire_bytes=$NGINX_GZ_WIRE"
    echo "nginx_rps_identity=$(med nginx-identity)"
    echo "nginx_rps_gzip=$(med nginx-gzip)"
    if [ -z "$BENCH_PAGE" ]; then
        echo "dateline_gzip_wire_bytes=$DATELINE_GZ_WIRE"
        echo "dateline_gzip_encoding=$DATELINE_GZ_ENC"
        echo "dateline_rps_identity=$(med dateline-identity)"
        echo "dateline_rps_gzip=$(med dateline-gzip)"
        echo "ratio_identity=$(ratio "$(med dateline-identity)" "$(med nginx-identity)")"
        echo "ratio_gzip=$(ratio "$(med dateline-gzip)" "$(med nginx-gzip)")"
        echo "dateline_uncached_rps_identity=$(med dateline-uncached-identity)"
        echo "dateline_uncached_over_cached=$(ratio "$(med dateline-uncached-identity)" "$(med dateline-identity)")"
        grep '=' "$OUT/page-weight.txt"
    fi
    echo "wrk_runs_with_errors=$({ grep -lE 'Non-2xx|Socket errors' "$OUT"/wrk-*.txt || true; } | wc -l)"
    for key in "${!RPS[@]}"; do
        echo "all_rps_$key=$(echo "${RPS[$key]}" | xargs | tr ' ' ',')"
    done | sort
    echo "# commands"
    for c in "${COMMANDS[@]}"; do
        echo "#   $c"
    done
    echo "# raw output: $OUT"
} >"$OUT/summary.txt"
cp "$NGINX_CONF" "$OUT/nginx.conf"

printf '\n==================== summary ====================\n'
cat "$OUT/summary.txt"
