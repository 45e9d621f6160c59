#!/usr/bin/env bash
# The windows_cross_compile test: configures app/launch for Windows with MinGW-w64 (Debian's
# g++-mingw-w64-x86-64, installed by installer/dev.sh) through tests/launch/cross, builds it with the
# project's warnings as errors, installs it, and checks with objdump that bin/ holds acr-purchase.com
# as an x86-64 console (CUI) program (or cmd.exe would not wait for it) and the stand-in for
# acr-purchase.exe, linked with ParentConsole, as a GUI one. A missing compiler fails the test.
#   tests/launch/cross-compile.sh SOURCE_DIR WORK_DIR
set -euo pipefail
src="$1"
work="$2"
cxx=x86_64-w64-mingw32-g++
objdump=x86_64-w64-mingw32-objdump
for tool in "$cxx" "$objdump"; do
    if ! command -v "$tool" >/dev/null; then
        echo "FAIL: $tool not found; install g++-mingw-w64-x86-64 (installer/dev.sh deps)" >&2
        exit 1
    fi
done
rm -rf "$work"
cmake -S "$src/tests/launch/cross" -B "$work/build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_SYSTEM_NAME=Windows -DCMAKE_CXX_COMPILER="$cxx" -DACRP_SOURCE_DIR="$src" >/dev/null
cmake --build "$work/build"
cmake --install "$work/build" --prefix "$work/install" >/dev/null

status=0
# check FILE SUBSYSTEM: objdump -p prints e.g. "Subsystem  00000003  (Windows CUI)".
check() {
    local headers="" format subsystem
    [ -f "$1" ] && headers="$("$objdump" -p "$1")"
    format="$(sed -n 's/.*file format \(.*\)$/\1/p' <<<"$headers" | head -n1)"
    subsystem="$(awk '$1 == "Subsystem" { $1 = ""; $2 = ""; sub(/^ +/, ""); print; exit }' <<<"$headers")"
    if [ "$format" = pei-x86-64 ] && [ "$subsystem" = "$2" ]; then
        echo "PASS: ${1#"$work"/}: $format, $subsystem"
    else
        echo "FAIL: ${1#"$work"/}: expected pei-x86-64, $2; got ${format:-no PE file}, ${subsystem:-no subsystem}" >&2
        status=1
    fi
}
check "$work/install/bin/acr-purchase.com" "(Windows CUI)"
check "$work/install/bin/gui-stand-in.exe" "(Windows GUI)"
exit "$status"
