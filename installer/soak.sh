#!/usr/bin/env bash
# The long soak (issue 9): COUNT random valid orders (default 500) submitted by acr-purchase
# processes against acr-bss-sandbox with random faults (latency, 503, throttling,
# commit-then-stall, dropped connections) and random SIGKILLs followed by resume; then every
# journal row is checked against what the sandbox sold. CTest runs the same program with 50.
#
#   installer/soak.sh [COUNT] [--seed S]
#
# Environment: ACRP_SOAK_BUILD_DIR (default build/ci, configured with the ci preset when missing).
# Prints the seed (repeat a run with --seed), the counts per fault and outcome, and exits non-zero
# on any disagreement. Work files (journals, order files, outputs) stay in
# BUILD/tests/soak/soak-local.work, where the secret scan of the test suite also looks.
set -euo pipefail
cd "$(dirname "$0")/.."

count=500
if [ $# -gt 0 ] && [[ "$1" =~ ^[0-9]+$ ]]; then count="$1"; shift; fi
if [ "$count" -lt 1 ]; then
    echo "usage: installer/soak.sh [COUNT] [--seed S]   (COUNT: submits, default 500)" >&2
    exit 2
fi
build="${ACRP_SOAK_BUILD_DIR:-build/ci}"
if [ ! -f "$build/build.ninja" ]; then
    cmake --preset ci -B "$build" >/dev/null
fi
echo "== building acrp-soak in $build"
cmake --build "$build" --target acrp-soak >"$build/soak.build.log" 2>&1 || {
    grep -E 'error|FAILED' "$build/soak.build.log" | head -40 >&2
    exit 2
}
home="$build/tests/soak/soak-local.home"
mkdir -p "$home"
# The CLI processes get their own HOME from acrp-soak; this one is the soak's own.
exec env QT_QPA_PLATFORM=offscreen HOME="$PWD/$home" XDG_CONFIG_HOME="$PWD/$home/config" \
    XDG_DATA_HOME="$PWD/$home/data" XDG_CACHE_HOME="$PWD/$home/cache" LANG=C.UTF-8 LC_ALL=C.UTF-8 \
    "$build/tests/soak/acrp-soak" --count "$count" --work "$build/tests/soak/soak-local.work" "$@"
