# shellcheck shell=bash
# Starts the services the test suite needs and exports where to find them.
#
#   source .ci/services.sh      # in a developer shell: starts (or reuses) the
#                               # server and exports DATELINE_TEST_POSTGRES_URL
#   dateline_services_stop      # stops the server if this shell started it
#   bash .ci/services.sh        # starts it and prints the export line
#
# PostgreSQL: Debian's `postgresql` package (installed with apt if missing and
# if we are root), but not Debian's own cluster or systemd: a private cluster
# made with initdb under $DATELINE_PG_DIR (default /tmp/dateline-pg), listening
# on 127.0.0.1 only, on 5432 or the next free port, tuned for throwaway test
# data (fsync off). The cluster is kept between runs and reused; a broken or
# wrong-version one is made anew. Role `dateline` (password `dateline`,
# CREATEDB): tests connect to the `postgres` database and create their own.
#
# Meant to be sourced, also into an interactive shell, so it sets no shell
# options and never exits: errors make dateline_services_start return non-zero.

DATELINE_PG_DIR="${DATELINE_PG_DIR:-${TMPDIR:-/tmp}/dateline-pg}"

_dl_log() { printf '[services] %s\n' "$*" >&2; }

# initdb and postgres refuse to run as root, so root runs them as `postgres`.
# From / because the caller's cwd (e.g. /root) may be unreadable for postgres.
_dl_as_pg() {
    if [ "$(id -u)" -eq 0 ]; then
        (cd / && runuser -u postgres -- "$@")
    else
        (cd / && "$@")
    fi
}

_dl_pg_bin() {
    # The newest installed major version.
    local initdb
    initdb=$(printf '%s\n' /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)
    [ -x "$initdb" ] && dirname "$initdb"
}

_dl_install_postgres() {
    if _dl_pg_bin >/dev/null; then
        return 0
    fi
    if [ "$(id -u)" -ne 0 ]; then
        _dl_log "PostgreSQL is not installed: run 'sudo apt-get install postgresql' first"
        return 1
    fi
    _dl_log "installing PostgreSQL with apt"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq </dev/null >/dev/null || return 1
    apt-get install -y -qq --no-install-recommends postgresql </dev/null >/dev/null || return 1
    _dl_pg_bin >/dev/null
}

_dl_port_in_use() {
    # Something accepts connections there. /dev/tcp needs no extra tool.
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

_dl_free_port() {
    local port
    for port in $(seq 5432 5499); do
        if ! _dl_port_in_use "$port"; then
            echo "$port"
            return 0
        fi
    done
    _dl_log "no free port in 5432-5499"
    return 1
}

_dl_psql_admin() {
    _dl_as_pg "$DATELINE_PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 \
        -h "$DATELINE_PG_DIR/run" -p "$DATELINE_PG_PORT" -U postgres -d postgres "$@"
}

_dl_init_cluster() {
    local data="$DATELINE_PG_DIR/data" version
    version=$(basename "$(dirname "$DATELINE_PG_BIN")")
    if [ -f "$data/PG_VERSION" ] && [ "$(cat "$data/PG_VERSION")" = "$version" ] \
        && [ -f "$data/postgresql.conf" ]; then
        return 0
    fi
    _dl_log "creating a PostgreSQL $version cluster in $data"
    rm -rf "$DATELINE_PG_DIR"
    mkdir -p "$DATELINE_PG_DIR/run" || return 1
    if [ "$(id -u)" -eq 0 ]; then
        chown -R postgres:postgres "$DATELINE_PG_DIR" || return 1
    fi
    chmod 700 "$DATELINE_PG_DIR"
    # Superuser by the local socket without a password; TCP needs a password,
    # as it would in production.
    _dl_as_pg "$DATELINE_PG_BIN/initdb" -D "$data" -U postgres -E UTF8 --locale=C.UTF-8 \
        --auth-local=trust --auth-host=scram-sha-256 >"$DATELINE_PG_DIR/initdb.log" 2>&1 || {
        cat "$DATELINE_PG_DIR/initdb.log" >&2
        return 1
    }
}

# Every PostgreSQL test makes its own database, named after the test process
# (dateline_site_PID_..., dateline_test_PID_...), and leaves it for a look after
# a failure. A server reused across runs gathers them by the hundred (6 GB
# seen), so those of processes that have ended go; a run in progress keeps its.
_dl_drop_leftover_databases() {
    local name pid dropped=0
    for name in $(_dl_psql_admin -At -c \
        "SELECT datname FROM pg_database WHERE datname ~ '^dateline_(site|test)_[0-9]+_'"); do
        pid=${name#dateline_*_}
        pid=${pid%%_*}
        [ -d "/proc/$pid" ] && continue
        _dl_psql_admin -c "DROP DATABASE IF EXISTS \"$name\"" >/dev/null 2>&1 \
            && dropped=$((dropped + 1))
    done
    if [ "$dropped" -gt 0 ]; then
        _dl_log "dropped $dropped test databases left by earlier runs"
    fi
}

dateline_services_start() {
    local data pidfile
    _dl_install_postgres || return 1
    DATELINE_PG_BIN=$(_dl_pg_bin) || return 1
    data="$DATELINE_PG_DIR/data"
    pidfile="$data/postmaster.pid"

    DATELINE_PG_PORT=$(sed -n 4p "$pidfile" 2>/dev/null)
    if [ -n "$DATELINE_PG_PORT" ] && _dl_as_pg "$DATELINE_PG_BIN/pg_isready" -q \
        -h "$DATELINE_PG_DIR/run" -p "$DATELINE_PG_PORT" >/dev/null 2>&1; then
        # Left running by an earlier run or another shell: reuse it as it is.
        _dl_log "reusing the PostgreSQL server already running on port $DATELINE_PG_PORT"
        DATELINE_PG_STARTED_HERE=0
    else
        # A server killed without a clean stop leaves its pid file behind, and
        # its pid may belong to another process by now.
        rm -f "$pidfile"
        _dl_init_cluster || return 1
        DATELINE_PG_PORT=$(_dl_free_port) || return 1
        _dl_log "starting PostgreSQL on 127.0.0.1:$DATELINE_PG_PORT (log: $DATELINE_PG_DIR/server.log)"
        if ! _dl_as_pg "$DATELINE_PG_BIN/pg_ctl" -D "$data" -l "$DATELINE_PG_DIR/server.log" \
            -w -t 60 start -o "-c listen_addresses=127.0.0.1 -p $DATELINE_PG_PORT \
-c unix_socket_directories=$DATELINE_PG_DIR/run -c max_connections=200 \
-c fsync=off -c synchronous_commit=off -c full_page_writes=off" >/dev/null; then
            _dl_log "PostgreSQL failed to start; the end of its log:"
            tail -n 30 "$DATELINE_PG_DIR/server.log" >&2
            return 1
        fi
        DATELINE_PG_STARTED_HERE=1
    fi

    _dl_psql_admin <<'SQL' || return 1
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'dateline') THEN
        CREATE ROLE dateline LOGIN CREATEDB PASSWORD 'dateline';
    ELSE
        ALTER ROLE dateline LOGIN CREATEDB PASSWORD 'dateline';
    END IF;
END
$$;
SQL
    _dl_drop_leftover_databases
    export DATELINE_PG_BIN DATELINE_PG_PORT DATELINE_PG_STARTED_HERE
    export DATELINE_TEST_POSTGRES_URL="postgres://dateline:dateline@127.0.0.1:$DATELINE_PG_PORT/postgres"
    _dl_log "DATELINE_TEST_POSTGRES_URL=$DATELINE_TEST_POSTGRES_URL"
}

# Stops the server only if this shell started it, so a server that a developer
# keeps running in another shell survives a run of .ci/run.
dateline_services_stop() {
    if [ "${DATELINE_PG_STARTED_HERE:-0}" = 1 ] && [ -n "${DATELINE_PG_BIN:-}" ]; then
        _dl_log "stopping PostgreSQL"
        _dl_as_pg "$DATELINE_PG_BIN/pg_ctl" -D "$DATELINE_PG_DIR/data" -m fast -w -t 60 stop \
            >/dev/null 2>&1 || _dl_log "PostgreSQL did not stop cleanly"
        DATELINE_PG_STARTED_HERE=0
    fi
}

if (return 0 2>/dev/null); then
    dateline_services_start || return 1
else
    # Run as a script: the server outlives it; print what to export.
    dateline_services_start || exit 1
    printf 'export DATELINE_TEST_POSTGRES_URL=%q\n' "$DATELINE_TEST_POSTGRES_URL"
fi
