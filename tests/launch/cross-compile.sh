#!/usr/bin/env bash
# The windows_cross_compile test: builds the Windows-only code of the console handling with MinGW-w64
# (Debian's g++-mingw-w64-x86-64, installed by installer/dev.sh) with the project's warnings as
# errors, links the console twin acr-purchase.com and a GUI-subsystem stand-in for acr-purchase.exe,
# and checks with objdump that each is an x86-64 PE file of the right subsystem: the twin a console
# (CUI) program, or cmd.exe would not wait for it; the stand-in a GUI one. A missing compiler fails.
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
mkdir -p "$work"
flags=(-std=c++20 -Wall -Wextra -Wpedantic -Werror -O2 -static -I "$src/app")
launch="$src/app/launch"

"$cxx" "${flags[@]}" -mconsole -o "$work/acr-purchase.com" "$launch/ConsoleTwin.cpp" "$launch/LaunchRules.cpp"
"$cxx" "${flags[@]}" -mwindows -o "$work/gui-stand-in.exe" "$src/tests/launch/ParentConsoleStub.cpp" \
    "$launch/ParentConsole.cpp" "$launch/LaunchRules.cpp"

status=0
# check FILE SUBSYSTEM: objdump -p prints e.g. "Subsystem  00000003  (Windows CUI)".
check() {
    local headers format subsystem
    headers="$("$objdump" -p "$1")"
    format="$(sed -n 's/.*file format \(.*\)$/\1/p' <<<"$headers" | head -n1)"
    subsystem="$(awk '$1 == "Subsystem" { $1 = ""; $2 = ""; sub(/^ +/, ""); print; exit }' <<<"$headers")"
    if [ "$format" = pei-x86-64 ] && [ "$subsystem" = "$2" ]; then
        echo "PASS: $(basename "$1"): $format, $subsystem"
    else
        echo "FAIL: $(basename "$1"): expected pei-x86-64, $2; got ${format:-no PE file}, ${subsystem:-no subsystem}" >&2
        status=1
    fi
}
check "$work/acr-purchase.com" "(Windows CUI)"
check "$work/gui-stand-in.exe" "(Windows GUI)"
exit "$status"
