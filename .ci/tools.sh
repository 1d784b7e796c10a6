# shellcheck shell=bash
# Installs the checkers the tests run and exports where to find them:
#
#   DATELINE_TEST_VNU_JAR        the Nu Html Checker (npm package vnu-jar), run with Debian's Java
#   DATELINE_TEST_CHROMEDRIVER   Debian's chromedriver (package chromium-driver), which the
#   DATELINE_TEST_CHROMIUM       browser tests start to drive Debian's headless Chromium
#   DATELINE_TEST_SMTP_SINK      the command (a prefix: the tests add --port and --dir) that
#                                starts .ci/smtp_sink.py, a real SMTP server, in its own venv
#   DATELINE_TEST_PYTHON         a Python with PyPI's feedparser (RSS, Atom) and jsonfeed-util
#                                (JSON Feed), in its own venv: the feed and sitemap tests parse
#                                what the site serves with it
#   DATELINE_TEST_SCHEMATHESIS   PyPI's schemathesis (its `schemathesis` command), in its own
#                                venv: the API test runs it against /api/openapi.json
#   DATELINE_TEST_AXE_JS         axe-core (npm), the accessibility checker the browser test
#                                injects into every kind of page in headless Chromium
#
#   source .ci/tools.sh
#
# vnu-jar is installed with --ignore-scripts: its install script would download a Java
# runtime from outside the package registries. Debian's default-jre-headless runs it instead.
# Meant to be sourced; sets no shell options.

DATELINE_TOOLS_DIR="${DATELINE_TOOLS_DIR:-${TMPDIR:-/tmp}/dateline-tools}"
DATELINE_VNU_VERSION=26.9.27
DATELINE_AXE_VERSION=4.14.1
# aiosmtpd and its dependencies, all pinned so that a new machine gets what CI tested.
DATELINE_SMTP_SINK_REQUIREMENTS="aiosmtpd==1.4.6 atpublic==9.0.0 attrs==26.1.0"
# The feed parsers and their one dependency, pinned likewise. feedparser 6 reads no JSON Feed.
DATELINE_FEEDS_REQUIREMENTS="feedparser==6.0.14 feedparser-sgmllib==2.1.0 jsonfeed-util==1.2.0"
# schemathesis and every package it brings, pinned likewise.
DATELINE_SCHEMATHESIS_REQUIREMENTS="schemathesis==4.32.5 anyio==4.16.0 certifi==2026.10.19.post1 \
charset-normalizer==3.5.3 click==8.5.1 graphql-core==3.3.2 harfile==0.6.0 hypothesis==6.170.17 \
hypothesis-graphql==0.13.5 idna==3.20 iniconfig==2.3.1 jsonschema_rs==0.60.3 markdown-it-py==4.3.0 \
MarkupSafe==3.0.4 mdurl==0.1.2 packaging==26.4 pluggy==1.7.0 Pygments==2.21.0 \
pyrate-limiter==4.5.1 pytest==9.2.0 PyYAML==6.0.4 requests==2.34.2 rich==15.0.0 \
sortedcontainers==2.4.0 typing_extensions==4.16.0 urllib3==2.8.0 Werkzeug==3.1.9"

_dl_tools_log() { printf '[tools] %s\n' "$*" >&2; }

_dl_apt_install() {
    if [ "$(id -u)" -ne 0 ]; then
        _dl_tools_log "missing $*: install it with apt first"
        return 1
    fi
    _dl_tools_log "installing $* with apt"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq </dev/null >/dev/null || return 1
    apt-get install -y -qq --no-install-recommends "$@" </dev/null >/dev/null
}

# A venv of its own (folder $1, pinned requirements $2, modules $3 to check it works), so
# that the machine's Python stays as it is. The stamp file records what was installed: a
# venv whose pins changed, or that broke, is made anew.
_dl_venv_install() {
    local venv="$1" requirements="$2" module="$3"
    local stamp="$venv/dateline-requirements.txt"
    if [ "$(cat "$stamp" 2>/dev/null)" != "$requirements" ] \
        || ! "$venv/bin/python" -c "import $module" >/dev/null 2>&1; then
        command -v python3 >/dev/null 2>&1 || _dl_apt_install python3 || return 1
        # Debian's python3 makes venvs only with python3-venv (it brings ensurepip).
        python3 -c 'import ensurepip' >/dev/null 2>&1 || _dl_apt_install python3-venv || return 1
        _dl_tools_log "installing $requirements with pip in $venv"
        rm -rf "$venv"
        python3 -m venv "$venv" </dev/null >/dev/null || return 1
        # Word splitting of the requirements is meant: one argument per package.
        # shellcheck disable=SC2086
        "$venv/bin/python" -m pip install -q --no-input --disable-pip-version-check \
            $requirements </dev/null >/dev/null || return 1
        printf '%s' "$requirements" >"$stamp"
    fi
}

_dl_smtp_sink_install() {
    local venv="$DATELINE_TOOLS_DIR/smtp-venv" script
    script="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/smtp_sink.py"
    _dl_venv_install "$venv" "$DATELINE_SMTP_SINK_REQUIREMENTS" aiosmtpd || return 1
    # The tests split this on whitespace: neither path may contain a space.
    export DATELINE_TEST_SMTP_SINK="$venv/bin/python $script"
    _dl_tools_log "DATELINE_TEST_SMTP_SINK=$DATELINE_TEST_SMTP_SINK"
}

_dl_feeds_python_install() {
    local venv="$DATELINE_TOOLS_DIR/feeds-venv"
    _dl_venv_install "$venv" "$DATELINE_FEEDS_REQUIREMENTS" "feedparser, jsonfeed" || return 1
    export DATELINE_TEST_PYTHON="$venv/bin/python"
    _dl_tools_log "DATELINE_TEST_PYTHON=$DATELINE_TEST_PYTHON"
}

_dl_schemathesis_install() {
    local venv="$DATELINE_TOOLS_DIR/schemathesis-venv"
    _dl_venv_install "$venv" "$DATELINE_SCHEMATHESIS_REQUIREMENTS" schemathesis || return 1
    export DATELINE_TEST_SCHEMATHESIS="$venv/bin/schemathesis"
    _dl_tools_log "DATELINE_TEST_SCHEMATHESIS=$DATELINE_TEST_SCHEMATHESIS"
}

# The version an npm package in the tools folder has, or nothing.
_dl_npm_version() {
    sed -n 's/^  "version": "\(.*\)",$/\1/p' \
        "$DATELINE_TOOLS_DIR/node_modules/$1/package.json" 2>/dev/null
}

dateline_tools_install() {
    command -v java >/dev/null 2>&1 || _dl_apt_install default-jre-headless || return 1
    command -v npm >/dev/null 2>&1 || _dl_apt_install nodejs npm || return 1
    local jar="$DATELINE_TOOLS_DIR/node_modules/vnu-jar/build/dist/vnu.jar"
    local axe="$DATELINE_TOOLS_DIR/node_modules/axe-core/axe.min.js"
    if [ ! -f "$jar" ] || [ ! -f "$axe" ] \
        || [ "$(_dl_npm_version axe-core)" != "$DATELINE_AXE_VERSION" ]; then
        _dl_tools_log "installing vnu-jar@$DATELINE_VNU_VERSION axe-core@$DATELINE_AXE_VERSION with npm"
        mkdir -p "$DATELINE_TOOLS_DIR"
        npm install --prefix "$DATELINE_TOOLS_DIR" --ignore-scripts --no-audit --no-fund --silent \
            "vnu-jar@$DATELINE_VNU_VERSION" "axe-core@$DATELINE_AXE_VERSION" </dev/null >/dev/null \
            || return 1
    fi
    export DATELINE_TEST_VNU_JAR="$jar"
    _dl_tools_log "DATELINE_TEST_VNU_JAR=$DATELINE_TEST_VNU_JAR"
    export DATELINE_TEST_AXE_JS="$axe"
    _dl_tools_log "DATELINE_TEST_AXE_JS=$DATELINE_TEST_AXE_JS"

    # chromium-driver depends on the chromium of the same version, so both come together.
    command -v chromedriver >/dev/null 2>&1 || _dl_apt_install chromium chromium-driver || return 1
    export DATELINE_TEST_CHROMEDRIVER=/usr/bin/chromedriver
    export DATELINE_TEST_CHROMIUM=/usr/bin/chromium
    _dl_tools_log "DATELINE_TEST_CHROMEDRIVER=$DATELINE_TEST_CHROMEDRIVER"
    _dl_tools_log "DATELINE_TEST_CHROMIUM=$DATELINE_TEST_CHROMIUM"

    _dl_smtp_sink_install || return 1
    _dl_feeds_python_install || return 1
    _dl_schemathesis_install || return 1
}

dateline_tools_install
