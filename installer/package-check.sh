#!/usr/bin/env bash
# Builds the Linux packages of a configured build directory and checks them the way a user meets them:
#   installer/package-check.sh BUILD_DIR      e.g. build/ci (after `cmake --build --preset ci`)
#
#  1. cpack: the DEB and the TGZ, into BUILD_DIR/packages/
#  2. the DEB holds every file it should and declares the Debian 12 runtime dependencies, including
#     the run-time plugins dpkg-shlibdeps cannot see
#  3. lintian (no errors), desktop-file-validate and appstreamcli validate --no-net (no errors);
#     the newest release in the metainfo and the changelog is the package version
#  4. apt-get install ./the.deb, then /usr/bin/acr-purchase --version, /usr/bin/acr-bss-sandbox --version
#     and an offscreen start-up smoke test (`acr-purchase --smoke-test`: shows the main window and
#     exits 0 once it is on screen) in a private D-Bus session with a keyring
#  5. apt-get remove acr-purchase leaves none of its files behind
#
# Installs what it needs with apt-get (through sudo when not root). Prints one PASS or FAIL line per
# check and exits non-zero when any check failed. Leaves the package uninstalled.
set -uo pipefail

usage() { echo "usage: $0 BUILD_DIR   (a configured build directory, e.g. build/ci)" >&2; exit 5; }
[ $# -eq 1 ] || usage
case "$1" in -h | --help) usage ;; esac
source_dir="$(cd "$(dirname "$0")/.." && pwd)"
build_dir="$(cd "$1" 2>/dev/null && pwd)" || { echo "package-check: no such directory: $1" >&2; exit 5; }
[ -f "$build_dir/CPackConfig.cmake" ] || { echo "package-check: $build_dir is not a configured build directory (no CPackConfig.cmake)" >&2; exit 5; }

passed=0
failed=0
pass() { echo "PASS $*"; passed=$((passed + 1)); }
fail() { echo "FAIL $*"; failed=$((failed + 1)); }
section() { echo "== $*"; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
finish() {
    if [ "$failed" -eq 0 ]; then
        echo "package-check: PASS (all $passed checks)"
        exit 0
    fi
    echo "package-check: FAIL ($failed of $((passed + failed)) checks failed)"
    exit 1
}
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# --- tools ------------------------------------------------------------------------------------------
# cpack needs dpkg-dev (dpkg-shlibdeps) and file; the smoke test runs inside installer/with-test-session.sh.
tools=(dpkg-dev file fakeroot lintian desktop-file-utils appstream dbus gnome-keyring)
missing=()
for p in "${tools[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
    section "installing: ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null ||
        { echo "FAIL could not install ${missing[*]}"; exit 1; }
fi

# --- 1. packages ------------------------------------------------------------------------------------
section "build and cpack in $build_dir"
# cpack packs what is built; build first so the packages never hold stale binaries.
if ! cmake --build "$build_dir" >"$work/build.log" 2>&1; then
    tail -n 50 "$work/build.log"
    fail "cmake --build $build_dir (log above)"
    finish
fi
rm -f "$build_dir"/packages/acr-purchase[-_]*
if (cd "$build_dir" && cpack -G "DEB;TGZ") >"$work/cpack.log" 2>&1; then
    pass "cpack built the DEB and the TGZ"
else
    cat "$work/cpack.log"
    fail "cpack (log above)"
    finish
fi
first() { find "$1" -maxdepth 1 -name "$2" -print -quit 2>/dev/null; }
deb="$(first "$build_dir/packages" 'acr-purchase_*.deb')"
tgz="$(first "$build_dir/packages" 'acr-purchase-*.tar.gz')"
if [ -z "$deb" ] || [ -z "$tgz" ]; then
    fail "cpack left no .deb or no .tar.gz in $build_dir/packages"
    finish
fi
echo "   $deb"
echo "   $tgz"
version="$(dpkg-deb -f "$deb" Version)"
depends="$(dpkg-deb -f "$deb" Depends)"
# Package names in Depends, one a line (alternatives and version constraints dropped).
depends_names="$(tr ',' '\n' <<<"$depends" | sed -e 's/|.*//' -e 's/(.*//' -e 's/[[:space:]]//g')"
declared() { grep -Fxq "$1" <<<"$depends_names"; }

# --- 2. contents and dependencies -------------------------------------------------------------------
section "contents and dependencies"
dpkg-deb -x "$deb" "$work/root"
desktop_file="$work/root/usr/share/applications/acr-purchase.desktop"
metainfo_file="$(first "$work/root/usr/share/metainfo" '*.metainfo.xml')"
app_id="$(basename "${metainfo_file:-none}" .metainfo.xml)"
expected=(
    usr/bin/acr-purchase usr/bin/acr-bss-sandbox
    usr/share/applications/acr-purchase.desktop "usr/share/metainfo/$app_id.metainfo.xml"
    usr/share/icons/hicolor/scalable/apps/acr-purchase.svg
    usr/share/doc/acr-purchase/copyright usr/share/doc/acr-purchase/changelog.gz
    usr/share/man/man1/acr-purchase.1.gz usr/share/man/man1/acr-bss-sandbox.1.gz
)
for size in 16 22 24 32 48 64 128 256; do
    expected+=("usr/share/icons/hicolor/${size}x${size}/apps/acr-purchase.png")
done
absent=()
for f in "${expected[@]}"; do [ -f "$work/root/$f" ] || absent+=("/$f"); done
if [ "${#absent[@]}" -eq 0 ]; then
    pass "the DEB holds the binaries, .desktop, metainfo, hicolor SVG and PNG icons, copyright, changelog, man pages"
else
    fail "the DEB lacks: ${absent[*]}"
fi
tar -tzf "$tgz" >"$work/tgz.list"
if grep -q '/bin/acr-purchase$' "$work/tgz.list" && grep -q '/bin/acr-bss-sandbox$' "$work/tgz.list"; then
    pass "the TGZ holds bin/acr-purchase and bin/acr-bss-sandbox"
else
    fail "the TGZ lacks bin/acr-purchase or bin/acr-bss-sandbox"
fi

# Every package that provides a library the binaries link, or a plugin Qt loads at run time, must be a
# direct dependency: installing the DEB on a machine that has none of them must bring them all.
plugin_dir="$(dirname "$(dirname "$(dpkg -L libqt6gui6 | grep -m1 '/plugins/platforms/libqxcb.so$')")")"
needed_files=(
    "$plugin_dir/platforms/libqxcb.so" "$plugin_dir/platforms/libqoffscreen.so"
    "$plugin_dir/sqldrivers/libqsqlite.so" "$plugin_dir/iconengines/libqsvgicon.so"
    "$plugin_dir/imageformats/libqsvg.so" "$plugin_dir/tls/libqopensslbackend.so"
)
# The package's own architecture only: */libm.so.6 alone would also match libc6-i386's copy.
multiarch="$(dpkg-architecture -qDEB_HOST_MULTIARCH)"
for binary in "$work"/root/usr/bin/*; do
    for soname in $(objdump -p "$binary" | awk '$1 == "NEEDED" { print $2 }'); do
        needed_files+=("*/$multiarch/$soname")
    done
done
undeclared=()
for f in "${needed_files[@]}"; do
    owner="$(dpkg -S "$f" 2>/dev/null | head -n1 | cut -d: -f1)"
    if [ -z "$owner" ]; then
        undeclared+=("$f(no package owns it)")
    elif ! declared "$owner"; then
        undeclared+=("$owner(for $(basename "$f"))")
    fi
done
for p in libqt6keychain1 libqt6httpserver6 libqt6network6 libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins; do
    declared "$p" || undeclared+=("$p")
done
if [ "${#undeclared[@]}" -eq 0 ]; then
    pass "Depends names every linked library and run-time plugin: $depends"
else
    fail "Depends lacks: ${undeclared[*]}"
fi

# --- 3. validators ------------------------------------------------------------------------------------
section "lintian"
# lintian warns about running as root, which CI does; --fail-on error is its default made explicit.
lintian --fail-on error --display-info "$deb" >"$work/lintian.log" 2>&1
lintian_rc=$?
grep -v 'running with root privileges' "$work/lintian.log" | sed 's/^/   /'
if [ "$lintian_rc" -eq 0 ]; then
    pass "lintian: no errors"
else
    fail "lintian reported errors (above)"
fi

section "desktop-file-validate and appstreamcli validate"
if [ -f "$desktop_file" ] && desktop-file-validate "$desktop_file"; then
    pass "desktop-file-validate $(basename "$desktop_file")"
else
    fail "desktop-file-validate $(basename "$desktop_file")"
fi
if [ -n "$metainfo_file" ]; then
    appstreamcli validate --no-net --explain "$metainfo_file" >"$work/appstream.log" 2>&1
    cat "$work/appstream.log"
    # Warnings make appstreamcli exit 3 too; only errors (E:) fail this check.
    if grep -q '^E:' "$work/appstream.log" || ! grep -q 'Validation' "$work/appstream.log"; then
        fail "appstreamcli validate $(basename "$metainfo_file")"
    else
        pass "appstreamcli validate --no-net $(basename "$metainfo_file"): no errors"
    fi
else
    fail "appstreamcli validate: no metainfo file in the DEB"
fi
newest_release="$(grep -o '<release version="[^"]*"' "${metainfo_file:-/dev/null}" | head -n1 | cut -d'"' -f2)"
changelog_version="$(zcat "$work/root/usr/share/doc/acr-purchase/changelog.gz" 2>/dev/null | head -n1 | sed -n 's/^acr-purchase (\([^)]*\)).*/\1/p')"
if [ "$newest_release" = "$version" ] && [ "$changelog_version" = "$version" ]; then
    pass "the newest release in the metainfo and in the changelog is $version"
else
    fail "package version $version, newest metainfo release '${newest_release}', changelog '${changelog_version}' (add a release to resources/linux/acr-purchase.metainfo.xml.in and installer/linux/changelog)"
fi

# --- 4. install and run ---------------------------------------------------------------------------
section "apt-get install $deb"
if dpkg-query -W -f='${Status}' acr-purchase 2>/dev/null | grep -q 'install ok installed'; then
    echo "   acr-purchase is installed already: removing it first"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq acr-purchase >/dev/null
fi
install_deb() { as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" >"$work/apt.log" 2>&1; }
if ! install_deb; then
    echo "   apt-get install failed; refreshing the package lists and trying once more"
    as_root apt-get update -qq
    install_deb
fi
if dpkg-query -W -f='${Status}' acr-purchase 2>/dev/null | grep -q 'install ok installed'; then
    pass "apt-get install ./$(basename "$deb")"
else
    cat "$work/apt.log"
    fail "apt-get install ./$(basename "$deb") (log above)"
    finish
fi
installed_files="$(dpkg -L acr-purchase)"

out="$(/usr/bin/acr-purchase --version 2>&1)"
if [ "$out" = "acr-purchase $version" ]; then
    pass "/usr/bin/acr-purchase --version: $out"
else
    fail "/usr/bin/acr-purchase --version printed '$out', expected 'acr-purchase $version'"
fi
out="$(/usr/bin/acr-bss-sandbox --version 2>&1)"
if [ "$out" = "acr-bss-sandbox $version" ]; then
    pass "/usr/bin/acr-bss-sandbox --version: $out"
else
    fail "/usr/bin/acr-bss-sandbox --version printed '$out', expected 'acr-bss-sandbox $version'"
fi

# The smoke test runs as a user would start it, with a home of its own so it touches no real data, a
# private session bus with an unlocked keyring, and no display (offscreen). The timeout only catches a
# hang: a working --smoke-test exits by itself as soon as the window is exposed.
smoke_home="$work/home"
mkdir -p "$smoke_home"
(
    cd "$smoke_home" &&
        env -u DISPLAY -u WAYLAND_DISPLAY HOME="$smoke_home" XDG_CONFIG_HOME="$smoke_home/.config" \
            XDG_DATA_HOME="$smoke_home/.local/share" XDG_CACHE_HOME="$smoke_home/.cache" QT_QPA_PLATFORM=offscreen \
            timeout 60 "$source_dir/installer/with-test-session.sh" /usr/bin/acr-purchase --smoke-test
) >"$work/smoke.log" 2>&1
smoke_rc=$?
sed 's/^/   | /' "$work/smoke.log"
if [ "$smoke_rc" -eq 0 ]; then
    pass "offscreen smoke test: acr-purchase --smoke-test showed the main window and exited 0"
elif [ "$smoke_rc" -eq 124 ]; then
    fail "offscreen smoke test: acr-purchase --smoke-test did not exit within 60 s"
else
    fail "offscreen smoke test: acr-purchase --smoke-test exited $smoke_rc"
fi

# --- 5. remove ------------------------------------------------------------------------------------
section "apt-get remove acr-purchase"
as_root env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq acr-purchase >"$work/apt.log" 2>&1
left=()
while IFS= read -r f; do
    [ -e "$f" ] && [ ! -d "$f" ] && left+=("$f")
done <<<"$installed_files"
if dpkg-query -W -f='${Status}' acr-purchase 2>/dev/null | grep -q 'install ok installed'; then
    cat "$work/apt.log"
    fail "apt-get remove acr-purchase: still installed"
elif [ "${#left[@]}" -gt 0 ]; then
    fail "apt-get remove acr-purchase left: ${left[*]}"
elif [ -e /usr/share/doc/acr-purchase ]; then
    fail "apt-get remove acr-purchase left /usr/share/doc/acr-purchase"
else
    pass "apt-get remove acr-purchase removed all $(grep -c . <<<"$installed_files") paths it had installed"
fi

finish
