#!/usr/bin/env bash
# Newsletter: render and queue a personalised digest for every one of 100,000
# subscribers (`dateline newsletter queue`), then send the whole outbox over SMTP
# to Postfix's smtp-sink on 127.0.0.1 (`dateline newsletter send`), RUNS times,
# each on a fresh copy of the same data folder. Beside it, in the same run, the
# sink's own ceiling: Postfix's smtp-source blasting as many mails of the same
# size over as many connections at the same sink. See bench/README.md.
#
#   bash bench/newsletter.sh                           # 3 runs (about 5 minutes)
#   SUBSCRIBERS=10000 RUNS=1 bash bench/newsletter.sh  # quick look
#
# Settings (environment): SUBSCRIBERS=100000 WEEK_ARTICLES=1200 (stories spread
# over the 8 days before AT) AT=2026-11-23T08:00:00Z (a Monday: daily and weekly
# digests are due) RUNS=3 CONNECTIONS=8 RATE=10000 (DATELINE_MAIL_CONNECTIONS and
# DATELINE_MAIL_RATE) SAMPLE=200 (mails captured to measure sizes) PROBE_NODELAY=0
# (1: also send each run's outbox once more with TCP_NODELAY forced on, see the
# README; moot from commit 38585d7 on, whose sender sets it itself)
# QUEUE_TIMEOUT=600 SEND_TIMEOUT=1800 (seconds per command) SKIP_BUILD=0
# DATELINE_BIN=target/release/dateline DATELINE_COMMIT (the commit the binary was
# built from, for the summary; default HEAD) KEEP=0 (keep the temp dir) OUT=bench/out.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
REPO=$PWD
# shellcheck source=bench/lib.sh
source bench/lib.sh

SUBSCRIBERS=${SUBSCRIBERS:-100000}
WEEK_ARTICLES=${WEEK_ARTICLES:-1200}
AT=${AT:-2026-11-23T08:00:00Z}
RUNS=${RUNS:-3}
CONNECTIONS=${CONNECTIONS:-8}
# PIN=1: the sink on CPU 0, the sender (Dateline or smtp-source) on CPU 1, so that neither
# waits for the other's core and the sink's own ceiling is what is compared.
PIN=${PIN:-0}
PIN_SINK=() PIN_SENDER=()
if [ "$PIN" = 1 ]; then
    PIN_SINK=(taskset -c 0) PIN_SENDER=(taskset -c 1)
fi
RATE=${RATE:-10000}
SAMPLE=${SAMPLE:-200}
PROBE_NODELAY=${PROBE_NODELAY:-0}
QUEUE_TIMEOUT=${QUEUE_TIMEOUT:-600}
SEND_TIMEOUT=${SEND_TIMEOUT:-1800}
DATELINE_BIN=${DATELINE_BIN:-${CARGO_TARGET_DIR:-$REPO/target}/release/dateline}
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
OUT=${OUT:-$REPO/bench/out}/newsletter-$STAMP
SMTP_SINK=/usr/sbin/smtp-sink
SMTP_SOURCE=/usr/sbin/smtp-source

trap 'exit 130' INT
trap 'exit 143' TERM
trap bench_cleanup EXIT

# Postfix's test programs come with the postfix package. Install it with Debian's
# "No configuration" answer, and (need_cmds' policy-rc.d) without starting anything:
# no MTA is configured or listens.
if [ ! -x "$SMTP_SINK" ] && [ "$(id -u)" -eq 0 ]; then
    echo "postfix postfix/main_mailer_type select No configuration" | debconf-set-selections
fi
need_cmds /usr/bin/time:time python3:python3 "$SMTP_SINK:postfix" "$SMTP_SOURCE:postfix"
[ "$PROBE_NODELAY" = 1 ] && need_cmds cc:gcc
build_release
mkdir -p "$OUT"
BENCH_WORK=$(mktemp -d /tmp/dateline-newsletter.XXXXXX)
# smtp-sink drops root for nobody, who must reach the sample dump folder.
chmod 755 "$BENCH_WORK"
PRISTINE=$BENCH_WORK/pristine
COMMANDS=()

to_seconds() { # "h:mm:ss" or "m:ss.ss", as GNU time prints it
    awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.2f\n", s }' <<<"$1"
}
time_field() { # $1 file, $2 field name of `time -v`
    sed -n "s/^[[:space:]]*$2: //p" "$1" | head -n 1
}
wall_of() { to_seconds "$(time_field "$1" 'Elapsed (wall clock) time (h:mm:ss or m:ss)')"; }
rss_of() { time_field "$1" 'Maximum resident set size (kbytes)'; }
cpu_of() { time_field "$1" 'Percent of CPU this job got' | tr -d '%'; }
# CPU seconds (user + sys) of the command a `time -v` file reports on.
cpu_s_of() { python3 -c 'import sys; print(f"{float(sys.argv[1]) + float(sys.argv[2]):.2f}")' \
    "$(time_field "$1" 'User time (seconds)')" "$(time_field "$1" 'System time (seconds)')"; }
# The machine's CPU ticks so far: "total busy" (busy: all but idle and iowait).
machine_ticks() { awk '/^cpu / { t = $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9; print t, t - $5 - $6 }' /proc/stat; }
# Percent of all the machine's cores busy between two machine_ticks readings.
machine_busy_pct() { # $1 "total busy" before, $2 after
    python3 -c 'import sys; t0, b0 = map(float, sys.argv[1].split()); t1, b1 = map(float, sys.argv[2].split())
print(round(100 * (b1 - b0) / (t1 - t0)) if t1 > t0 else "nan")' "$1" "$2"
}
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }
div() { python3 -c 'import sys; a, b = float(sys.argv[1]), float(sys.argv[2]); print(f"{a / b:.{sys.argv[3]}f}" if b else "nan")' "$1" "$2" "${3:-1}"; }

# Waits until something accepts connections on 127.0.0.1:$1, while process $2 lives.
wait_tcp() {
    local port=$1 pid=$2 deadline=$((SECONDS + 30))
    while [ $SECONDS -lt $deadline ]; do
        kill -0 "$pid" 2>/dev/null || return 2
        python3 -c 'import socket, sys
socket.create_connection(("127.0.0.1", int(sys.argv[1])), timeout=1).close()' "$port" 2>/dev/null && return 0
        sleep 0.2
    done
    return 1
}

# smtp-sink as root must be told whom to run as.
SINK_USER=()
[ "$(id -u)" -eq 0 ] && SINK_USER=(-u nobody)

start_sink() { # $1 log file, then extra smtp-sink options; sets SINK_PID, SINK_PORT
    local logfile=$1
    shift
    SINK_PORT=$(free_port)
    COMMANDS+=("$SMTP_SINK $* ${SINK_USER[*]} 127.0.0.1:$SINK_PORT 1000")
    "${PIN_SINK[@]}" "$SMTP_SINK" "$@" "${SINK_USER[@]}" "127.0.0.1:$SINK_PORT" 1000 </dev/null >"$logfile" 2>&1 &
    SINK_PID=$!
    BENCH_PIDS+=("$SINK_PID")
    wait_tcp "$SINK_PORT" "$SINK_PID" || die "smtp-sink did not listen: $(cat "$logfile")"
}

# Messages the sink has taken so far (its -c counters).
sink_count() {
    sleep 0.5
    local n
    n=$(tail -c 300 "$SINK_LOG" | tr '\r' '\n' | sed -n 's/.*mesg=\([0-9]*\).*/\1/p' | tail -n 1)
    echo "${n:-0}"
}
# CPU seconds the sink has used so far.
sink_cpu() {
    awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f\n", ($14 + $15) / hz }' "/proc/$SINK_PID/stat"
}

# ------------------------------------------------------------- the data
# The demo site (four editions, about 2,100 stories of the past two years), plus
# WEEK_ARTICLES generated stories dated evenly over the eight days before AT, so
# that every edition's daily and weekly digest has news; then the subscribers.
log "preparing the data folder: demo site + $WEEK_ARTICLES stories before $AT + $SUBSCRIBERS subscribers"
COMMANDS+=("$DATELINE_BIN --data $PRISTINE demo --no-serve")
"$DATELINE_BIN" --data "$PRISTINE" demo --no-serve </dev/null >"$OUT/prepare.log" 2>&1 \
    || die "demo failed: $(tail -n 20 "$OUT/prepare.log")"
COMMANDS+=("$DATELINE_BIN generate --articles $WEEK_ARTICLES --out $BENCH_WORK/generated.jsonl")
"$DATELINE_BIN" generate --articles "$WEEK_ARTICLES" --out "$BENCH_WORK/generated.jsonl" \
    </dev/null >>"$OUT/prepare.log" 2>&1 || die "generate failed: $(tail -n 20 "$OUT/prepare.log")"
python3 - "$BENCH_WORK/generated.jsonl" "$BENCH_WORK/week.jsonl" "$AT" <<'EOF'
import datetime, json, sys
src, dst, at = sys.argv[1], sys.argv[2], sys.argv[3]
end = int(datetime.datetime.fromisoformat(at.replace("Z", "+00:00")).timestamp())
span = 8 * 86400
lines = [l for l in open(src, encoding="utf-8") if l.strip()]
with open(dst, "w", encoding="utf-8") as out:
    for i, line in enumerate(lines):
        a = json.loads(line)
        # New ids, so they add to the demo's stories instead of updating them.
        a["id"] = "nl-" + a["id"]
        if a.get("translation_group"):
            a["translation_group"] = "nl-" + a["translation_group"]
        t = end - span + (i + 0.5) * span / len(lines)
        a["published_at"] = datetime.datetime.fromtimestamp(
            int(t) // 60 * 60, datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        out.write(json.dumps(a, ensure_ascii=False) + "\n")
EOF
COMMANDS+=("$DATELINE_BIN --data $PRISTINE import $BENCH_WORK/week.jsonl   # generated, re-dated")
"$DATELINE_BIN" --data "$PRISTINE" import "$BENCH_WORK/week.jsonl" \
    </dev/null >>"$OUT/prepare.log" 2>&1 || die "import failed: $(tail -n 20 "$OUT/prepare.log")"
COMMANDS+=("$DATELINE_BIN --data $PRISTINE newsletter generate-subscribers --count $SUBSCRIBERS")
/usr/bin/time -v -o "$OUT/time-generate-subscribers.txt" \
    "$DATELINE_BIN" --data "$PRISTINE" newsletter generate-subscribers --count "$SUBSCRIBERS" \
    </dev/null >>"$OUT/prepare.log" 2>&1 || die "generate-subscribers failed: $(tail -n 20 "$OUT/prepare.log")"
"$DATELINE_BIN" --data "$PRISTINE" newsletter status </dev/null >"$OUT/status-pristine.txt" 2>&1
PRISTINE_BYTES=$(du -sb "$PRISTINE" | cut -f1)
log "data folder ready ($PRISTINE_BYTES bytes): $(tr '\n' ' ' <"$OUT/status-pristine.txt")"

queue() { # $1 data folder, $2 name for the output files
    sync
    /usr/bin/time -v -o "$OUT/time-queue-$2.txt" \
        timeout "$QUEUE_TIMEOUT" "$DATELINE_BIN" --data "$1" newsletter queue --at "$AT" \
        </dev/null >"$OUT/queue-$2.out" 2>"$OUT/queue-$2.log" \
        || die "queue failed: $(tail -n 20 "$OUT/queue-$2.log")"
}
queued_mails() { sed -n 's/^queued \([0-9]*\) mails in .*/\1/p' "$1"; }

# ---------------------------------------------------- sizes of the mails
# SAMPLE mails drawn at random from a queued outbox are sent to a second
# smtp-sink that writes each to a file: their sizes, and the median one becomes
# the message smtp-source sends for the ceiling.
log "capturing $SAMPLE mails to measure their size"
queue_dir=$BENCH_WORK/sample
cp -a "$PRISTINE" "$queue_dir"
queue "$queue_dir" sample
python3 - "$queue_dir/dateline.db" "$SAMPLE" <<'EOF'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.execute("UPDATE outbox SET state = 'sent' WHERE state = 'queued' AND id NOT IN "
           "(SELECT id FROM outbox WHERE state = 'queued' ORDER BY random() LIMIT ?)",
           (int(sys.argv[2]),))
db.commit()
EOF
mkdir -p "$BENCH_WORK/dump"
chmod 777 "$BENCH_WORK/dump"
SINK_LOG=$OUT/smtp-sink-dump.log
start_sink "$SINK_LOG" -d "$BENCH_WORK/dump/%H%M%S."
DUMP_PID=$SINK_PID
DATELINE_SMTP_URL=smtp://127.0.0.1:$SINK_PORT DATELINE_MAIL_RATE=$RATE DATELINE_MAIL_CONNECTIONS=$CONNECTIONS \
    timeout "$SEND_TIMEOUT" "$DATELINE_BIN" --data "$queue_dir" newsletter send \
    </dev/null >"$OUT/send-sample.out" 2>"$OUT/send-sample.log" \
    || die "sending the sample failed: $(tail -n 20 "$OUT/send-sample.log")"
stop_pid "$DUMP_PID"
rm -rf "$queue_dir"
read -r SAMPLE_N MAIL_BYTES_MEAN MAIL_BYTES_MEDIAN MAIL_BYTES_MAX < <(
    python3 - "$BENCH_WORK/dump" "$BENCH_WORK/median.eml" <<'EOF'
import os, statistics, sys
folder, median_file = sys.argv[1], sys.argv[2]
SINK_RECORDS = (b"X-Client-Addr:", b"X-Client-Proto:", b"X-Helo-Args:", b"X-Mail-Args:", b"X-Rcpt-Args:")
mails = []
for name in sorted(os.listdir(folder)):
    lines = open(os.path.join(folder, name), "rb").read().split(b"\n")
    i = 0
    while i < len(lines) and lines[i].startswith(SINK_RECORDS):
        i += 1
    i += 1  # smtp-sink's own Received: header, and its folded lines
    while i < len(lines) and lines[i][:1] in (b"\t", b" "):
        i += 1
    # As sent: CRLF line ends, without the empty line smtp-sink appends.
    mail = b"\n".join(lines[i:]).rstrip(b"\n").replace(b"\r", b"")
    mails.append((len(mail) + mail.count(b"\n") + 2, mail))
if not mails:
    sys.exit("no mail was captured")
mails.sort(key=lambda m: m[0])
sizes = [s for s, _ in mails]
open(median_file, "wb").write(mails[len(mails) // 2][1] + b"\n")
print(len(sizes), round(statistics.mean(sizes)), round(statistics.median(sizes)), max(sizes))
EOF
)
cp "$BENCH_WORK/median.eml" "$OUT/median-mail.eml"
log "mail sizes over $SAMPLE_N mails: mean $MAIL_BYTES_MEAN bytes, median $MAIL_BYTES_MEDIAN, max $MAIL_BYTES_MAX"

# ------------------------------------------------- the TCP_NODELAY probe
# A diagnostic, not a setting of Dateline: a preloaded connect() that sets
# TCP_NODELAY on every TCP socket, to show what Nagle's algorithm costs the sender.
if [ "$PROBE_NODELAY" = 1 ]; then
    cat >"$BENCH_WORK/nodelay.c" <<'EOF'
#define _GNU_SOURCE
#include <dlfcn.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
int connect(int fd, const struct sockaddr *addr, socklen_t len) {
    static int (*real)(int, const struct sockaddr *, socklen_t);
    if (!real) real = (int (*)(int, const struct sockaddr *, socklen_t))dlsym(RTLD_NEXT, "connect");
    if (addr && (addr->sa_family == AF_INET || addr->sa_family == AF_INET6)) {
        int one = 1;
        setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    }
    return real(fd, addr, len);
}
EOF
    cc -O2 -shared -fPIC -o "$BENCH_WORK/nodelay.so" "$BENCH_WORK/nodelay.c" -ldl
    cp "$BENCH_WORK/nodelay.c" "$OUT/nodelay.c"
fi

# ------------------------------------------------------------- the runs
# Its running counters grow by a line a mail: kept in the temp dir, the tail saved.
SINK_LOG=$BENCH_WORK/smtp-sink.log
start_sink "$SINK_LOG" -c
log "smtp-sink (pid $SINK_PID) on 127.0.0.1:$SINK_PORT"
SMTP_ENV="DATELINE_SMTP_URL=smtp://127.0.0.1:$SINK_PORT DATELINE_MAIL_RATE=$RATE DATELINE_MAIL_CONNECTIONS=$CONNECTIONS"
COMMANDS+=("/usr/bin/time -v $DATELINE_BIN --data COPY newsletter queue --at $AT")
COMMANDS+=("$SMTP_ENV /usr/bin/time -v $DATELINE_BIN --data COPY newsletter send")
[ "$PROBE_NODELAY" = 1 ] && COMMANDS+=("LD_PRELOAD=nodelay.so $SMTP_ENV $DATELINE_BIN --data COPY2 newsletter send   # diagnostic")

# Sends a data folder's outbox to the sink. Sets SENT, SEND_S, SEND_RATE, FAILED,
# SINK_GOT, SINK_CPU_PCT, MACHINE_BUSY_PCT; the time -v report goes to $OUT/time-$2.txt.
send() { # $1 data folder, $2 name, then extra environment (VAR=value ...)
    local dir=$1 name=$2 c0 n0 m0 line
    shift 2
    n0=$(sink_count)
    c0=$(sink_cpu)
    m0=$(machine_ticks)
    env "$@" DATELINE_SMTP_URL="smtp://127.0.0.1:$SINK_PORT" DATELINE_MAIL_RATE="$RATE" \
        DATELINE_MAIL_CONNECTIONS="$CONNECTIONS" \
        "${PIN_SENDER[@]}" /usr/bin/time -v -o "$OUT/time-$name.txt" \
        timeout "$SEND_TIMEOUT" "$DATELINE_BIN" --data "$dir" newsletter send \
        </dev/null >"$OUT/$name.out" 2>"$OUT/$name.log" \
        || die "send failed: $(tail -n 20 "$OUT/$name.log")"
    MACHINE_BUSY_PCT=$(machine_busy_pct "$m0" "$(machine_ticks)")
    # "sent N mails in X s (R per second); F failed, T to retry later"
    line=$(cat "$OUT/$name.out" "$OUT/$name.log" | grep -o 'sent [0-9]* mails in [0-9.]* s.*' | tail -n 1)
    [ -n "$line" ] || die "no 'sent N mails' line in $OUT/$name.log"
    local re='^sent ([0-9]+) mails in ([0-9.]+) s.*; ([0-9]+) failed'
    [[ $line =~ $re ]] || die "cannot read: $line"
    SENT=${BASH_REMATCH[1]}
    SEND_S=${BASH_REMATCH[2]}
    FAILED=${BASH_REMATCH[3]}
    SEND_RATE=$(div "$SENT" "$SEND_S" 1)
    SINK_CPU_PCT=$(python3 -c 'import sys; print(round(100 * (float(sys.argv[2]) - float(sys.argv[1])) / float(sys.argv[3])))' \
        "$c0" "$(sink_cpu)" "$SEND_S")
    SINK_GOT=$(($(sink_count) - n0))
}

# The sink's ceiling: smtp-source sends MAILS copies of the median mail over
# CONNECTIONS connections, each kept open (-d). Sets CEIL_RATE, CEIL_S, SINK_GOT, SINK_CPU_PCT,
# MACHINE_BUSY_PCT.
ceiling() { # $1 run number
    local c0 n0 m0
    n0=$(sink_count)
    c0=$(sink_cpu)
    m0=$(machine_ticks)
    "${PIN_SENDER[@]}" /usr/bin/time -v -o "$OUT/time-smtp-source-run$1.txt" \
        timeout "$SEND_TIMEOUT" "$SMTP_SOURCE" -d -s "$CONNECTIONS" -m "$MAILS" -F "$BENCH_WORK/median.eml" \
        -M bench.test -f newsletter@bench.test -t reader@example.test "127.0.0.1:$SINK_PORT" \
        </dev/null >"$OUT/smtp-source-run$1.log" 2>&1 \
        || die "smtp-source failed: $(tail -n 20 "$OUT/smtp-source-run$1.log")"
    MACHINE_BUSY_PCT=$(machine_busy_pct "$m0" "$(machine_ticks)")
    CEIL_S=$(wall_of "$OUT/time-smtp-source-run$1.txt")
    CEIL_RATE=$(div "$MAILS" "$CEIL_S" 1)
    SINK_CPU_PCT=$(python3 -c 'import sys; print(round(100 * (float(sys.argv[2]) - float(sys.argv[1])) / float(sys.argv[3])))' \
        "$c0" "$(sink_cpu)" "$CEIL_S")
    SINK_GOT=$(($(sink_count) - n0))
}

MAILS=
Q_WALL=() Q_INNER=() Q_RSS=() Q_CPU=() Q_CPU_S=() S_RATE=() S_WALL=() S_RSS=() S_CPU=() S_CPU_S=()
S_SINK_CPU=() S_MACHINE=() C_RATE=() C_SINK_CPU=() C_CPU_S=() C_MACHINE=() P_RATE=() LOADS=()
LOADS_END=() MISMATCHES=0 FAILED_TOTAL=0
for run in $(seq 1 "$RUNS"); do
    dir=$BENCH_WORK/run-$run
    LOADS+=("$(loadavg | tr ' ' '/')")
    log "run $run/$RUNS (load average $(loadavg)): copying the data folder"
    cp -a "$PRISTINE" "$dir"
    queue "$dir" "run$run"
    n=$(queued_mails "$OUT/queue-run$run.out")
    [ -n "$n" ] || die "no 'queued N mails' line in $OUT/queue-run$run.out"
    if [ -z "$MAILS" ]; then MAILS=$n; fi
    [ "$n" = "$MAILS" ] || log "WARNING: run $run queued $n mails, run 1 queued $MAILS"
    Q_WALL+=("$(wall_of "$OUT/time-queue-run$run.txt")")
    Q_INNER+=("$(sed -n 's/^queued [0-9]* mails in \([0-9.]*\) s.*/\1/p' "$OUT/queue-run$run.out")")
    Q_RSS+=("$(rss_of "$OUT/time-queue-run$run.txt")")
    Q_CPU+=("$(cpu_of "$OUT/time-queue-run$run.txt")")
    Q_CPU_S+=("$(cpu_s_of "$OUT/time-queue-run$run.txt")")
    log "run $run/$RUNS queue: $n mails in ${Q_WALL[-1]} s wall, max RSS ${Q_RSS[-1]} KiB"
    QUEUED_BYTES=$(du -sb "$dir" | cut -f1)
    [ "$PROBE_NODELAY" = 1 ] && cp -a "$dir" "$dir-probe"

    # Alternate which sender goes first, so neither always follows the other.
    for who in $([ $((run % 2)) -eq 1 ] && echo "dateline smtp-source" || echo "smtp-source dateline"); do
        if [ "$who" = dateline ]; then
            send "$dir" "send-run$run"
            S_RATE+=("$SEND_RATE")
            S_WALL+=("$SEND_S")
            S_RSS+=("$(rss_of "$OUT/time-send-run$run.txt")")
            S_CPU+=("$(cpu_of "$OUT/time-send-run$run.txt")")
            S_CPU_S+=("$(cpu_s_of "$OUT/time-send-run$run.txt")")
            S_SINK_CPU+=("$SINK_CPU_PCT")
            S_MACHINE+=("$MACHINE_BUSY_PCT")
            FAILED_TOTAL=$((FAILED_TOTAL + ${FAILED:-0}))
            if [ "$SINK_GOT" != "$SENT" ] || [ "$SENT" != "$n" ]; then
                MISMATCHES=$((MISMATCHES + 1))
                log "WARNING: queued $n, Dateline says it sent $SENT, the sink counted $SINK_GOT"
            fi
            log "run $run/$RUNS send: $SENT mails in $SEND_S s = $SEND_RATE/s, max RSS ${S_RSS[-1]} KiB, CPU ${S_CPU_S[-1]} s (${S_CPU[-1]} %), sink CPU $SINK_CPU_PCT %, machine busy $MACHINE_BUSY_PCT %"
        else
            ceiling "$run"
            C_RATE+=("$CEIL_RATE")
            C_SINK_CPU+=("$SINK_CPU_PCT")
            C_CPU_S+=("$(cpu_s_of "$OUT/time-smtp-source-run$run.txt")")
            C_MACHINE+=("$MACHINE_BUSY_PCT")
            [ "$SINK_GOT" = "$MAILS" ] || log "WARNING: smtp-source sent $MAILS, the sink counted $SINK_GOT"
            log "run $run/$RUNS smtp-source: $MAILS mails in $CEIL_S s = $CEIL_RATE/s, CPU ${C_CPU_S[-1]} s, sink CPU $SINK_CPU_PCT %, machine busy $MACHINE_BUSY_PCT %"
        fi
    done
    if [ "$PROBE_NODELAY" = 1 ]; then
        send "$dir-probe" "send-nodelay-run$run" LD_PRELOAD="$BENCH_WORK/nodelay.so"
        P_RATE+=("$SEND_RATE")
        log "run $run/$RUNS send with TCP_NODELAY (diagnostic): $SENT mails in $SEND_S s = $SEND_RATE/s"
        rm -rf "$dir-probe"
    fi
    rm -rf "$dir"
    LOADS_END+=("$(loadavg | tr ' ' '/')")
done
tail -c 2000 "$SINK_LOG" | tr '\r' '\n' | tail -n 3 >"$OUT/smtp-sink-counters.txt"

# ---------------------------------------------------------------- summary
list() { local IFS=,; echo "$*"; }
Q_WALL_MED=$(median "${Q_WALL[@]}")
S_RATE_MED=$(median "${S_RATE[@]}")
C_RATE_MED=$(median "${C_RATE[@]}")
{
    echo "# bench/newsletter.sh"
    echo "date=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "nproc=$(nproc)"
    echo "cpu=$(cpu_model)"
    echo "memory=$(free -g | awk '/^Mem:/ { print $2 " GiB" }')"
    echo "kernel=$(uname -r)"
    # With SKIP_BUILD=1 the binary may be older than HEAD: DATELINE_COMMIT names it.
    echo "dateline_commit=${DATELINE_COMMIT:-$(git -C "$REPO" rev-parse --short HEAD 2>/dev/null || echo none)}"
    echo "dateline_bin=$DATELINE_BIN"
    echo "postfix=$(dpkg-query -W -f '${Version}' postfix 2>/dev/null || echo unknown)"
    echo "load_average_at_each_run=$(list "${LOADS[@]}")"
    echo "load_average_after_each_run=$(list "${LOADS_END[@]}")"
    echo "subscribers=$SUBSCRIBERS"
    echo "week_articles=$WEEK_ARTICLES"
    echo "at=$AT"
    echo "runs=$RUNS"
    echo "connections=$CONNECTIONS"
    echo "rate_limit=$RATE"
    echo "mails_queued=$MAILS"
    echo "queue_runs=$(grep -v '^queued' "$OUT/queue-run1.out" | sed 's/ stories, / stories /; s/ mails queued//' | paste -sd ';' -)"
    echo "data_folder_bytes=$PRISTINE_BYTES"
    echo "data_folder_queued_bytes=$QUEUED_BYTES"
    echo "mail_bytes_mean=$MAIL_BYTES_MEAN"
    echo "mail_bytes_median=$MAIL_BYTES_MEDIAN"
    echo "mail_bytes_max=$MAIL_BYTES_MAX"
    echo "mail_sample=$SAMPLE_N"
    echo "queue_wall_s_median=$Q_WALL_MED"
    echo "queue_reported_s_median=$(median "${Q_INNER[@]}")"
    echo "queue_mails_per_s=$(div "$MAILS" "$Q_WALL_MED" 0)"
    echo "queue_s_per_100000_mails=$(div "$(python3 -c "print($Q_WALL_MED * 100000)")" "$MAILS" 2)"
    echo "queue_max_rss_kib_median=$(median "${Q_RSS[@]}")"
    echo "queue_cpu_percent_median=$(median "${Q_CPU[@]}")"
    echo "queue_cpu_s_median=$(median "${Q_CPU_S[@]}")"
    echo "send_mails_per_s_median=$S_RATE_MED"
    echo "send_s_median=$(median "${S_WALL[@]}")"
    echo "send_max_rss_kib_median=$(median "${S_RSS[@]}")"
    echo "send_cpu_percent_median=$(median "${S_CPU[@]}")"
    echo "send_cpu_s_median=$(median "${S_CPU_S[@]}")"
    echo "send_cpu_ms_per_mail=$(div "$(median "${S_CPU_S[@]}")" "$(python3 -c "print($MAILS / 1000)")" 3)"
    echo "sink_cpu_percent_during_send_median=$(median "${S_SINK_CPU[@]}")"
    echo "machine_busy_percent_during_send_median=$(median "${S_MACHINE[@]}")"
    echo "sink_ceiling_mails_per_s_median=$C_RATE_MED"
    echo "sink_cpu_percent_during_ceiling_median=$(median "${C_SINK_CPU[@]}")"
    echo "smtp_source_cpu_s_median=$(median "${C_CPU_S[@]}")"
    echo "smtp_source_cpu_ms_per_mail=$(div "$(median "${C_CPU_S[@]}")" "$(python3 -c "print($MAILS / 1000)")" 3)"
    echo "machine_busy_percent_during_ceiling_median=$(median "${C_MACHINE[@]}")"
    echo "ratio_send_over_ceiling=$(ratio "$S_RATE_MED" "$C_RATE_MED")"
    if [ "$PROBE_NODELAY" = 1 ]; then
        echo "nodelay_probe_mails_per_s_median=$(median "${P_RATE[@]}")"
        echo "ratio_nodelay_probe_over_ceiling=$(ratio "$(median "${P_RATE[@]}")" "$C_RATE_MED")"
        echo "all_nodelay_probe_mails_per_s=$(list "${P_RATE[@]}")"
    fi
    echo "send_failed_total=$FAILED_TOTAL"
    echo "runs_where_sink_count_differs=$MISMATCHES"
    echo "all_queue_wall_s=$(list "${Q_WALL[@]}")"
    echo "all_queue_max_rss_kib=$(list "${Q_RSS[@]}")"
    echo "all_send_mails_per_s=$(list "${S_RATE[@]}")"
    echo "all_send_max_rss_kib=$(list "${S_RSS[@]}")"
    echo "all_send_cpu_s=$(list "${S_CPU_S[@]}")"
    echo "all_sink_cpu_percent_during_send=$(list "${S_SINK_CPU[@]}")"
    echo "all_machine_busy_percent_during_send=$(list "${S_MACHINE[@]}")"
    echo "all_sink_ceiling_mails_per_s=$(list "${C_RATE[@]}")"
    echo "all_sink_cpu_percent_during_ceiling=$(list "${C_SINK_CPU[@]}")"
    echo "all_machine_busy_percent_during_ceiling=$(list "${C_MACHINE[@]}")"
    echo "# commands (COPY: a fresh copy of the prepared data folder for each run)"
    for c in "${COMMANDS[@]}"; do
        echo "#   $c"
    done
    echo "#   $SMTP_SOURCE -d -s $CONNECTIONS -m $MAILS -F median-mail.eml -M bench.test -f newsletter@bench.test -t reader@example.test 127.0.0.1:$SINK_PORT"
    echo "# raw output: $OUT"
} >"$OUT/summary.txt"

printf '\n==================== summary ====================\n'
cat "$OUT/summary.txt"
printf '\n%-44s %12s\n' "median of $RUNS runs, $MAILS mails" ""
printf '%-44s %12s\n' \
    "queue: wall time (s)" "$Q_WALL_MED" \
    "queue: mails per second" "$(div "$MAILS" "$Q_WALL_MED" 0)" \
    "queue: peak memory (MiB)" "$(div "$(median "${Q_RSS[@]}")" 1024 0)" \
    "send: mails per second (Dateline)" "$S_RATE_MED" \
    "send: peak memory (MiB)" "$(div "$(median "${S_RSS[@]}")" 1024 0)" \
    "sink ceiling: mails per second (smtp-source)" "$C_RATE_MED" \
    "Dateline send / sink ceiling" "$(ratio "$S_RATE_MED" "$C_RATE_MED")"
if [ "$PROBE_NODELAY" = 1 ]; then
    printf '%-44s %12s\n' "send with TCP_NODELAY forced (diagnostic)" "$(median "${P_RATE[@]}")"
fi
