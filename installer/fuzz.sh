#!/usr/bin/env bash
# Fuzzing (issue 9): builds the libFuzzer targets of tests/fuzz with clang, AddressSanitizer and
# UndefinedBehaviorSanitizer, coverage instrumentation on the code under test too, then runs each
# target for a bounded time and prints per target: runs, coverage, crashes.
#
#   installer/fuzz.sh [SECONDS]      SECONDS per target, default 60 (CI: 3 targets x 60 s plus the build)
#
# Environment (all optional):
#   ACRP_FUZZ_BUILD_DIR   build directory, default build/fuzz
#   ACRP_FUZZ_TARGETS     targets to run, default "bss_response order_file sandbox_request"
#   ACRP_FUZZ_JOBS        build parallelism, default 2
#   ACRP_FUZZ_CMAKE_ARGS  extra arguments for the configure step (e.g. -DCMAKE_PREFIX_PATH=...)
#
# Each run starts from the checked-in seeds (tests/fuzz/corpus/TARGET) and regression inputs
# (tests/fuzz/regressions/TARGET) plus what earlier runs found (BUILD_DIR/corpus/TARGET, the only
# corpus directory written to). A crash leaves its input in BUILD_DIR/artifacts/TARGET/ and the
# full log in BUILD_DIR/logs/TARGET.log; the summary prints how to reproduce it. Once fixed, copy
# the input to tests/fuzz/regressions/TARGET/ so the replay test keeps it fixed.
#
# Exit status: 0 when no target crashed, 1 when one did, 2 on a usage or setup error.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-60}"
if ! [[ "$seconds" =~ ^[1-9][0-9]*$ ]]; then
    echo "usage: installer/fuzz.sh [SECONDS]   (a whole number of seconds per target, default 60)" >&2
    exit 2
fi
build="${ACRP_FUZZ_BUILD_DIR:-build/fuzz}"
targets="${ACRP_FUZZ_TARGETS:-bss_response order_file sandbox_request}"
jobs="${ACRP_FUZZ_JOBS:-2}"

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# clang and the libFuzzer/sanitizer runtimes from Debian 12.
packages=(clang-14 libclang-rt-14-dev)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
    echo "== installing: ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
cc=clang-14
cxx=clang++-14
command -v "$cxx" >/dev/null 2>&1 || { cc=clang; cxx=clang++; }

# Everything is instrumented (fuzzer-no-link), not only the harnesses: libFuzzer is guided by the
# coverage of acrp_core and acrp_sandbox. Debug keeps Q_ASSERT; -O1 keeps it fast enough.
flags="-O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=undefined"
flags+=" -fsanitize=fuzzer-no-link"
read -ra extra_args <<<"${ACRP_FUZZ_CMAKE_ARGS:-}"
echo "== configuring $build ($cxx, ASan + UBSan + libFuzzer)"
CC="$cc" CXX="$cxx" cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DACRP_FUZZ=ON \
    -DACRP_WARNINGS_AS_ERRORS=ON -DCMAKE_C_COMPILER="$cc" -DCMAKE_CXX_COMPILER="$cxx" \
    -DCMAKE_CXX_FLAGS="$flags" "${extra_args[@]}" >"$build.configure.log" 2>&1 || {
    cat "$build.configure.log" >&2
    exit 2
}
executables=()
for t in $targets; do executables+=("fuzz_$t"); done
known_targets=$(cmake --build "$build" --target help)
if ! grep -q "^fuzz_${targets%% *}:" <<<"$known_targets"; then
    echo "$build has no fuzz targets: tests/CMakeLists.txt must have add_subdirectory(fuzz)" >&2
    exit 2
fi
echo "== building ${executables[*]}"
build_start=$SECONDS
if ! cmake --build "$build" -j "$jobs" --target "${executables[@]}" >"$build.build.log" 2>&1; then
    grep -E 'error|FAILED' "$build.build.log" | head -40 >&2
    echo "the build failed; the whole log is $build.build.log" >&2
    exit 2
fi
echo "== built in $((SECONDS - build_start)) s"

dictionary() {
    case "$1" in
        sandbox_request) echo tests/fuzz/dict/http.dict ;;
        *) echo tests/fuzz/dict/json.dict ;;
    esac
}

# Leaks count as crashes (libFuzzer checks an input that allocates more than it frees); UBSan
# stops at the first report instead of printing and going on.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:symbolize=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export LANG=C.UTF-8 LC_ALL=C.UTF-8

summary=()
crashed=0
for t in $targets; do
    exe="$build/tests/fuzz/fuzz_$t"
    corpus="$build/corpus/$t"
    artifacts="$build/artifacts/$t"
    log="$build/logs/$t.log"
    mkdir -p "$corpus" "$artifacts" "$(dirname "$log")"
    marker="$build/logs/$t.started"
    touch "$marker" # the artifacts of this run are the ones newer than this
    echo "== fuzzing $t for $seconds s"
    status=0
    "$exe" "$corpus" "tests/fuzz/corpus/$t" "tests/fuzz/regressions/$t" -dict="$(dictionary "$t")" \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=8192 -print_final_stats=1 \
        -artifact_prefix="$artifacts/" >"$log" 2>&1 || status=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    rss=$(sed -n 's/^stat::peak_rss_mb: *//p' "$log" | tail -1)
    cov=$(grep -Eo 'cov: [0-9]+ ft: [0-9]+ corp: [0-9]+' "$log" | tail -1 || true)
    findings=$(find "$artifacts" -type f \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' -o -name 'oom-*' \
        -o -name 'slow-unit-*' \) -newer "$marker" | sort)
    count=$(printf '%s' "$findings" | grep -c . || true)
    if [ "$status" -ne 0 ] && [ "$count" -eq 0 ]; then count=1; fi
    summary+=("$(printf '%-16s runs %-9s exec/s %-6s %-28s peak RSS %4s MB  crashes %s' "$t" "${runs:-?}" \
        "${speed:-?}" "${cov:-cov: ?}" "${rss:-?}" "$count")")
    if [ "$count" -gt 0 ]; then
        crashed=1
        echo "-- $t: exit status $status; the end of $log:"
        grep -E '^(==[0-9]+==|    #[0-9]+|SUMMARY|=== fuzz property|=== |.*runtime error)' "$log" | head -60 || tail -40 "$log"
        for f in $findings; do
            echo "-- input: $f"
            echo "   reproduce: $exe $f"
        done
    fi
done

echo
echo "== fuzzing summary ($seconds s per target; coverage = libFuzzer's cov/ft at the end)"
printf '%s\n' "${summary[@]}"
if [ "$crashed" -ne 0 ]; then
    echo "== a target crashed: fix it, then copy its input to tests/fuzz/regressions/TARGET/" >&2
    exit 1
fi
