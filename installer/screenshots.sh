#!/usr/bin/env bash
# Regenerates the README screenshots under resources/screenshots/ from the real widgets
# (offscreen, in English and Simplified Chinese): the wizard's pages and the order history window.
# Needs a build (installer/dev.sh build) and, for the Chinese pages, a CJK font (fonts-wqy-microhei
# is installed when missing).
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build/dev}"
if ! dpkg-query -W -f='${Status}' fonts-wqy-microhei 2>/dev/null | grep -q 'install ok installed'; then
    if [ "$(id -u)" -eq 0 ]; then apt-get install -y -qq fonts-wqy-microhei; else sudo apt-get install -y -qq fonts-wqy-microhei; fi
fi
cmake --build "$build" --target acrp-screenshots
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" QT_QPA_PLATFORM=offscreen \
    "$build/tests/ui/acrp-screenshots" resources/screenshots
