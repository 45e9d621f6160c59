#!/usr/bin/env bash
# The quick start behind the README's two commands, for a fresh Debian 12 machine:
#   installer/dev.sh run    install what is missing, build (dev preset), start the wizard on the sandbox
#   installer/dev.sh test   install what is missing, build (ci preset, warnings are errors), run every test,
#                           then fuzz each libFuzzer target for ACRP_FUZZ_SECONDS (default 60, 0 skips)
# Also: installer/dev.sh deps | build [PRESET]
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian 12 packages the build, the tests and the app need (named in the README).
PACKAGES=(
    cmake ninja-build g++ pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev libqt6sql6-sqlite qtkeychain-qt6-dev libgl-dev
    nlohmann-json3-dev
    dbus dbus-x11 gnome-keyring libsecret-tools
    fonts-wqy-microhei  # a CJK font: the Chinese UI, and the tests that measure its layout, need real glyphs
    g++-mingw-w64-x86-64  # the windows_cross_compile test (MinGW-w64, with its objdump)
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

# build PRESET [TARGET...]: configures and builds everything, or only the TARGETs given.
build() {
    local preset="$1"
    shift
    cmake --preset "$preset" >/dev/null
    if [ "$#" -gt 0 ]; then
        cmake --build --preset "$preset" --target "$@"
    else
        cmake --build --preset "$preset"
    fi
}

case "${1:-}" in
    deps) install_deps ;;
    build) install_deps; build "${2:-dev}" ;;
    run)
        install_deps
        # Only what the wizard needs: the program and the sandbox (not the tests, benchmarks or fuzz replays).
        build dev acr-purchase acr-bss-sandbox
        shift
        exec build/dev/bin/acr-purchase "$@"
        ;;
    test)
        install_deps
        build ci
        # The packages first (cpack, lintian, validators, install, smoke test, removal), then the tests,
        # then fuzzing; a failure in any part fails the run, and the last lines give one verdict each.
        pkg_rc=0
        installer/package-check.sh build/ci || pkg_rc=$?
        # The keychain tests need a session bus with an unlocked Secret Service; the wrapper gives
        # every test run one of its own.
        test_rc=0
        installer/with-test-session.sh ctest --preset ci --output-on-failure -j"$(nproc)" || test_rc=$?
        # A running ctest writes the captured outputs to Testing/Temporary/LastTest.log.tmp through a
        # buffer, so the secret_scan test (the last one) sees only part of them: scan the complete log.
        build/ci/tests/soak/acrp-secret-scan --logs build/ci/Testing/Temporary || test_rc=$?
        # Then a bounded fuzzing session (issue 9): each libFuzzer target for ACRP_FUZZ_SECONDS
        # (default 60; 0 skips it), in its own clang build (build/fuzz). Its summary is a few lines.
        fuzz_seconds="${ACRP_FUZZ_SECONDS:-60}"
        fuzz_rc=0
        if [ "$fuzz_seconds" != 0 ]; then
            echo
            installer/fuzz.sh "$fuzz_seconds" || fuzz_rc=$?
        fi
        # One verdict per part, the last lines of the run.
        echo
        echo "== result"
        verdict() { if [ "$2" -eq 0 ]; then echo "   $1: passed"; else echo "   $1: FAILED (exit $2, see above)"; fi; }
        verdict "package check" "$pkg_rc"
        verdict "tests (ctest)" "$test_rc"
        if [ "$fuzz_seconds" != 0 ]; then verdict "fuzzing ($fuzz_seconds s per target)" "$fuzz_rc";
        else echo "   fuzzing: skipped (ACRP_FUZZ_SECONDS=0)"; fi
        exit $(( test_rc != 0 || pkg_rc != 0 || fuzz_rc != 0 ))
        ;;
    *)
        echo "usage: $0 run|test|deps|build [PRESET]" >&2
        exit 5
        ;;
esac
