#!/usr/bin/env bash
# The quick start behind the README's two commands, for a fresh Debian 12 machine:
#   installer/dev.sh run    install what is missing, build (dev preset), start the wizard on the sandbox
#   installer/dev.sh test   install what is missing, build (ci preset, warnings are errors), run every test
# Also: installer/dev.sh deps | build [PRESET]
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian 12 packages the build, the tests and the app need (named in the README).
PACKAGES=(
    cmake ninja-build g++ pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev libqt6sql6-sqlite qtkeychain-qt6-dev libgl-dev
    dbus dbus-x11 gnome-keyring libsecret-tools
)

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_deps() {
    local missing=()
    for p in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    command -v node >/dev/null 2>&1 || missing+=(nodejs npm)
    if [ "${#missing[@]}" -gt 0 ]; then
        echo "== installing: ${missing[*]}"
        as_root apt-get update -qq
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
    fi
    if [ -f tests/interop/package-lock.json ] && [ ! -d tests/interop/node_modules ]; then
        echo "== installing the official Alibaba Cloud SDKs for the interop tests (npm ci)"
        (cd tests/interop && npm ci --no-audit --no-fund --loglevel=error)
    fi
}

build() {
    local preset="$1"
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset"
}

case "${1:-}" in
    deps) install_deps ;;
    build) install_deps; build "${2:-dev}" ;;
    run)
        install_deps
        build dev
        shift
        exec build/dev/bin/acr-purchase "$@"
        ;;
    test)
        install_deps
        build ci
        # The packages first (cpack, lintian, validators, install, smoke test, removal), so the test
        # runner's summary stays the last line; a failure there still fails the run.
        pkg_rc=0
        installer/package-check.sh build/ci || pkg_rc=$?
        # The keychain tests need a session bus with an unlocked Secret Service; the wrapper gives
        # every test run one of its own.
        test_rc=0
        installer/with-test-session.sh ctest --preset ci --output-on-failure -j"$(nproc)" || test_rc=$?
        if [ "$pkg_rc" -ne 0 ]; then echo "package-check FAILED (see above)" >&2; fi
        exit $(( test_rc != 0 || pkg_rc != 0 ))
        ;;
    *)
        echo "usage: $0 run|test|deps|build [PRESET]" >&2
        exit 5
        ;;
esac
