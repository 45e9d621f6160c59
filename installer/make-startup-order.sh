#!/usr/bin/env bash
# Regenerates app/startup-order.txt: the code sections of the functions acr-purchase runs from its
# start to the first paint of the wizard, which the Linux build hands to the linker (gold's
# --section-ordering-file, app/CMakeLists.txt) so that they lie together in the program.
#
# Why: the kernel maps the 64 KiB around every page of code a process faults in. The start-up runs
# about 400 of the program's functions, some 210 KiB of code, but scattered over the 2 MiB of it
# they took 25 of its 32 64-KiB windows: 1.8 MiB of resident memory at the first paint. Placed
# together they take four (issue 16; README "Where the time goes").
#
# Usage: installer/make-startup-order.sh [BUILD_DIR]   (default build/ci; it must hold bin/acr-purchase)
# Run it after larger changes to what the first page does, and commit the result. A stale list is
# harmless: a section it names that no longer exists is ignored, and code it misses is placed as
# before. Needs valgrind (callgrind), binutils' nm and python3.
set -euo pipefail
cd "$(dirname "$0")/.."

build_dir="${1:-build/ci}"
program="$build_dir/bin/acr-purchase"
out=app/startup-order.txt
[ -x "$program" ] || { echo "make-startup-order.sh: no $program: build it first" >&2; exit 1; }
command -v valgrind >/dev/null || { echo "make-startup-order.sh: valgrind is missing (apt-get install valgrind)" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/home" "$work/runtime"
chmod 700 "$work/runtime"

# One start-up to the first paint, as bench_startup measures it: a private HOME, the offscreen
# platform, no session bus. callgrind records the address of every instruction run.
env HOME="$work/home" XDG_CONFIG_HOME="$work/home/config" XDG_DATA_HOME="$work/home/data" \
    XDG_CACHE_HOME="$work/home/cache" XDG_STATE_HOME="$work/home/state" XDG_RUNTIME_DIR="$work/runtime" \
    DBUS_SESSION_BUS_ADDRESS="unix:path=$work/no-session-bus" QT_QPA_PLATFORM=offscreen \
    LANG=C.UTF-8 LC_ALL=C.UTF-8 \
    valgrind --tool=callgrind --dump-instr=yes --callgrind-out-file="$work/callgrind.out" \
    "$program" --smoke-test >"$work/valgrind.log" 2>&1 \
    || { cat "$work/valgrind.log" >&2; exit 1; }

nm --defined-only --print-size "$program" >"$work/symbols.txt"

python3 - "$work/callgrind.out" "$work/symbols.txt" "$(realpath "$program")" "$out" <<'EOF'
import bisect, re, sys

profile, symbols_file, program, out = sys.argv[1:]

# The instruction addresses run inside the program itself (callgrind's "ob=" names the object of
# the lines that follow; "0x..." is an address, "+N"/"-N" one relative to the previous).
names, inside, addresses, last = {}, False, set(), None
for line in open(profile):
    match = re.match(r'(c?ob)=\((\d+)\)(?: (.*))?', line.strip())
    if match:
        kind, number, name = match.groups()
        if name:
            names[number] = name == program
        if kind == 'ob':
            inside = names.get(number, False)
        continue
    token = line.split(' ', 1)[0]
    if token.startswith('0x'):
        last = int(token, 16)
    elif token[:1] in '+-' and token[1:].isdigit() and last is not None:
        last += int(token)
    else:
        continue
    if inside:
        addresses.add(last)

functions = []
for line in open(symbols_file):
    fields = line.split()
    if len(fields) == 4 and fields[2] in 'tTwW':
        functions.append((int(fields[0], 16), int(fields[1], 16), fields[3]))
functions.sort()
starts = [function[0] for function in functions]
run = {}
for address in addresses:
    index = bisect.bisect_right(starts, address) - 1
    if index >= 0 and address < functions[index][0] + functions[index][1]:
        run[functions[index][0]] = functions[index]

# g++ -ffunction-sections puts a function in .text.<mangled name>; static initializers in
# .text.startup.<name>; the cold part of a function (name.cold) in .text.unlikely.<name>.
def section(name):
    if name == 'main' or name.startswith('_GLOBAL__sub_I_'):
        return '.text.startup.' + name
    if name.endswith('.cold'):
        return '.text.unlikely.' + name[:-len('.cold')]
    return '.text.' + name

sections = [section(name) for _, _, name in sorted(run.values())]
with open(out, 'w') as output:
    output.write('# Made by installer/make-startup-order.sh: the functions acr-purchase runs before its first\n'
                 '# paint, for the linker to place together. Do not edit by hand.\n')
    output.write(''.join(line + '\n' for line in dict.fromkeys(sections)))
size = sum(function[1] for function in run.values())
print(f'{out}: {len(run)} functions, {size // 1024} KiB of code')
EOF
