# shellcheck shell=bash
# Helpers shared by the bench scripts. Sourced, not run.
#
# Everything here talks to 127.0.0.1 only, waits a bounded time, and records
# the processes it starts so that bench_cleanup (run from an EXIT trap) stops
# them all.

BENCH_PIDS=()
BENCH_POLICY_RC_CREATED=0

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() {
    log "ERROR: $*"
    exit 1
}

# Installs Debian packages that provide the given commands, if missing.
# Usage: need_cmds cmd:package ...
need_cmds() {
    local pair cmd pkg missing=()
    for pair in "$@"; do
        cmd=${pair%%:*}
        pkg=${pair#*:}
        command -v "$cmd" >/dev/null 2>&1 || [ -x "$cmd" ] || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    [ "$(id -u)" -eq 0 ] || die "missing packages: ${missing[*]} (install them, or run as root)"
    log "installing with apt: ${missing[*]}"
    # Installing nginx must not start Debian's default site on port 80 of every
    # interface: while installing, tell invoke-rc.d to start no service.
    if [ ! -e /usr/sbin/policy-rc.d ]; then
        printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d
        chmod +x /usr/sbin/policy-rc.d
        BENCH_POLICY_RC_CREATED=1
    fi
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq </dev/null >/dev/null
    apt-get install -y -qq --no-install-recommends "${missing[@]}" </dev/null >/dev/null
    if [ "$BENCH_POLICY_RC_CREATED" = 1 ]; then
        rm -f /usr/sbin/policy-rc.d
        BENCH_POLICY_RC_CREATED=0
    fi
}

# A TCP port on 127.0.0.1 that nothing listens on now.
free_port() {
    python3 -c 'import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])'
}

# Waits until URL answers 2xx, for at most $2 seconds, while process $3 lives.
wait_http() {
    local url=$1 timeout=$2 pid=${3:-} deadline
    deadline=$((SECONDS + timeout))
    while [ $SECONDS -lt "$deadline" ]; do
        if [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null; then
            return 2
        fi
        if curl -fsS --max-time 5 -o /dev/null "$url" 2>/dev/null; then
            return 0
        fi
        sleep 0.5
    done
    return 1
}

# Stops one process: TERM, up to 15 s for it to end, then KILL.
stop_pid() {
    local pid=$1
    kill -0 "$pid" 2>/dev/null || return 0
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 30); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.5
    done
    if kill -0 "$pid" 2>/dev/null; then
        log "process $pid ignored TERM for 15 s; killing it"
        kill -KILL "$pid" 2>/dev/null || true
    fi
    wait "$pid" 2>/dev/null || true
}

bench_cleanup() {
    local pid
    for pid in "${BENCH_PIDS[@]}"; do
        stop_pid "$pid"
    done
    BENCH_PIDS=()
    if [ "$BENCH_POLICY_RC_CREATED" = 1 ]; then
        rm -f /usr/sbin/policy-rc.d
    fi
    if [ -n "${BENCH_WORK:-}" ] && [ -d "$BENCH_WORK" ]; then
        if [ "${KEEP:-0}" = 1 ]; then
            log "kept $BENCH_WORK"
        else
            rm -rf "$BENCH_WORK"
        fi
    fi
}

median() {
    python3 -c 'import statistics, sys
xs = [float(x) for x in sys.argv[1:]]
print(f"{statistics.median(xs):.2f}" if xs else "nan")' "$@"
}

ratio() {
    python3 -c 'import sys
a, b = float(sys.argv[1]), float(sys.argv[2])
print(f"{a / b:.3f}" if b else "nan")' "$1" "$2"
}

cpu_model() {
    sed -n 's/^model name[[:space:]]*:[[:space:]]*//p' /proc/cpuinfo | head -n 1
}

# Builds the release binary unless SKIP_BUILD=1 or DATELINE_BIN points elsewhere.
build_release() {
    if [ "${SKIP_BUILD:-0}" = 1 ]; then
        log "SKIP_BUILD=1: using $DATELINE_BIN as it is"
    else
        log "building: cargo build --release -j2"
        cargo build --release -j2 >&2
    fi
    [ -x "$DATELINE_BIN" ] || die "no binary at $DATELINE_BIN"
}
