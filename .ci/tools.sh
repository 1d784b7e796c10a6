# shellcheck shell=bash
# Installs the checkers the tests run and exports where to find them:
#
#   DATELINE_TEST_VNU_JAR        the Nu Html Checker (npm package vnu-jar), run with Debian's Java
#   DATELINE_TEST_CHROMEDRIVER   Debian's chromedriver (package chromium-driver), which the
#   DATELINE_TEST_CHROMIUM       browser tests start to drive Debian's headless Chromium
#
#   source .ci/tools.sh
#
# vnu-jar is installed with --ignore-scripts: its install script would download a Java
# runtime from outside the package registries. Debian's default-jre-headless runs it instead.
# Meant to be sourced; sets no shell options.

DATELINE_TOOLS_DIR="${DATELINE_TOOLS_DIR:-${TMPDIR:-/tmp}/dateline-tools}"
DATELINE_VNU_VERSION=26.9.27

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

dateline_tools_install() {
    command -v java >/dev/null 2>&1 || _dl_apt_install default-jre-headless || return 1
    command -v npm >/dev/null 2>&1 || _dl_apt_install nodejs npm || return 1
    local jar="$DATELINE_TOOLS_DIR/node_modules/vnu-jar/build/dist/vnu.jar"
    if [ ! -f "$jar" ]; then
        _dl_tools_log "installing vnu-jar@$DATELINE_VNU_VERSION with npm"
        mkdir -p "$DATELINE_TOOLS_DIR"
        npm install --prefix "$DATELINE_TOOLS_DIR" --ignore-scripts --no-audit --no-fund --silent \
            "vnu-jar@$DATELINE_VNU_VERSION" </dev/null >/dev/null || return 1
    fi
    export DATELINE_TEST_VNU_JAR="$jar"
    _dl_tools_log "DATELINE_TEST_VNU_JAR=$DATELINE_TEST_VNU_JAR"

    # chromium-driver depends on the chromium of the same version, so both come together.
    command -v chromedriver >/dev/null 2>&1 || _dl_apt_install chromium chromium-driver || return 1
    export DATELINE_TEST_CHROMEDRIVER=/usr/bin/chromedriver
    export DATELINE_TEST_CHROMIUM=/usr/bin/chromium
    _dl_tools_log "DATELINE_TEST_CHROMEDRIVER=$DATELINE_TEST_CHROMEDRIVER"
    _dl_tools_log "DATELINE_TEST_CHROMIUM=$DATELINE_TEST_CHROMIUM"
}

dateline_tools_install
