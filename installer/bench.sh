#!/usr/bin/env bash
# Builds and runs every benchmark of tests/bench/ (issue 9) and prints a summary table with the
# machine it ran on. Figures are printed, never asserted: a MISSED target does not fail the run.
#
#   installer/bench.sh [BUILD_DIR]        default build/bench (RelWithDebInfo, warnings are errors)
#
# Environment: BENCH_STARTUP_RUNS (default 15), BENCH_SUBMIT_COUNT (1000), BENCH_SUBMIT_ROUNDS (3),
# BENCH_SUBMIT_IN_FLIGHT (space-separated modes, default "1 8"), BENCH_SUBMIT_GROWTH (orders held by
# the sandbox scaling probe, 5000), BENCH_SIGNER_MS (1500),
# BENCH_HISTORY_RUNS (7), BENCH_HISTORY_ROWS (comma-separated sizes of the large journals, default
# "100000,1000000"; the 1,000,000-order journal takes about 1 GB in a temporary folder while it runs).
# BENCH_STALL_ROWS (100000: the journal the stall meter's History window opens).
# Needs node and tests/interop/node_modules for the SDK side of the submit benchmark
# (installer/dev.sh deps installs both). Takes about eight minutes plus the build (most of it filling
# the 1,000,000-order journal).
set -euo pipefail
cd "$(dirname "$0")/.."

build_dir="${1:-build/bench}"
startup_runs="${BENCH_STARTUP_RUNS:-15}"
submit_count="${BENCH_SUBMIT_COUNT:-1000}"
submit_rounds="${BENCH_SUBMIT_ROUNDS:-3}"
submit_modes="${BENCH_SUBMIT_IN_FLIGHT:-1 8}"
submit_growth="${BENCH_SUBMIT_GROWTH:-5000}"
signer_ms="${BENCH_SIGNER_MS:-1500}"
history_runs="${BENCH_HISTORY_RUNS:-7}"
history_rows="${BENCH_HISTORY_ROWS:-100000,1000000}"
stall_rows="${BENCH_STALL_ROWS:-100000}"

if ! command -v node >/dev/null 2>&1 || [ ! -d tests/interop/node_modules ]; then
    echo "bench.sh: the submit benchmark needs node and tests/interop/node_modules: run installer/dev.sh deps" >&2
    exit 2
fi

echo "== building the benchmarks in $build_dir (RelWithDebInfo)"
if [ ! -f "$build_dir/CMakeCache.txt" ]; then
    cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DACRP_WARNINGS_AS_ERRORS=ON >/dev/null
fi
build_type="$(sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p' "$build_dir/CMakeCache.txt")"
if [ "$build_type" != "RelWithDebInfo" ] && [ "$build_type" != "Release" ]; then
    echo "bench.sh: warning: $build_dir is a $build_type build; figures are meant for RelWithDebInfo" >&2
fi
cmake --build "$build_dir" --target bench_startup bench_submit bench_history bench_signer bench_stalls -j "$(nproc)"

bench="$build_dir/tests/bench"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT

load_before="$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo n/a)"
started=$(date +%s)

echo
echo "== 1, 2: start-up and memory"
"$bench/bench_startup" --runs "$startup_runs" | tee -a "$log"
clients="ours,popcore,v3,raw"
for mode in $submit_modes; do
    echo "== 3: submit throughput, $mode in flight"
    "$bench/bench_submit" --count "$submit_count" --rounds "$submit_rounds" --in-flight "$mode" --clients "$clients" \
        --growth-orders "$submit_growth" | tee -a "$log"
    clients="ours,popcore,v3" # the raw diagnostics and the scaling probe are always sequential: once is enough
done
echo "== 4: history window, 10 vs $history_rows orders"
# (the offscreen platform's "does not support propagateSizeHints" notices are noise)
QT_QPA_PLATFORM=offscreen "$bench/bench_history" --runs "$history_runs" --rows "$history_rows" \
    2> >(grep -v -e propagateSizeHints -e XDG_RUNTIME_DIR >&2) | tee -a "$log"
echo "== 5: signer and validator"
"$bench/bench_signer" --ms "$signer_ms" | tee -a "$log"
echo "== 6: frame stalls: the wizard, Templates and History at $stall_rows orders (longest main-thread gap)"
QT_QPA_PLATFORM=offscreen "$bench/bench_stalls" --rows "$stall_rows" \
    2> >(grep -v -e propagateSizeHints -e XDG_RUNTIME_DIR -e "does not support raise" >&2) | tee -a "$log"

cpu_model="$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo 2>/dev/null | head -n1)"
memory="$(awk '/^MemTotal:/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo 2>/dev/null)"
os="$(. /etc/os-release 2>/dev/null && echo "${PRETTY_NAME:-}")"
qt="$(qtpaths6 --qt-version 2>/dev/null || qmake6 -query QT_VERSION 2>/dev/null || echo "?")"

echo
echo "== Summary ($(date -u +%Y-%m-%d), $(( $(date +%s) - started )) s)"
echo
echo "| Benchmark | acr-purchase | Baseline | Ratio | Target | Verdict |"
echo "|---|---|---|---|---|---|"
grep '^RESULT|' "$log" | awk -F'|' '{ printf "| %s | %s | %s | %s | %s | %s |\n", $2, $3, $4, $5, $6, $7 }'
echo
echo "Machine: $(nproc) CPUs (${cpu_model:-unknown CPU}), ${memory:-? GiB} RAM, ${os:-unknown OS}, Qt $qt," \
    "g++ $(g++ -dumpfullversion 2>/dev/null || echo '?'), node $(node --version)."
echo "Load average before / after the run: $load_before / $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo n/a)."
