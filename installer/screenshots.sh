#!/usr/bin/env bash
# Regenerates the README screenshots under resources/screenshots/ from the real widgets
# (offscreen, in English and Simplified Chinese): the wizard's pages and the order history window;
# then the Review page once more in a dark palette (Fusion) and once at 200 % (QT_SCALE_FACTOR=2).
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
shoot() {
    HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" QT_QPA_PLATFORM=offscreen \
        "$build/tests/ui/acrp-screenshots" resources/screenshots "$@"
}
shoot
shoot --only review --lang en --dark --suffix dark          # wizard-review-dark-en.png
QT_SCALE_FACTOR=2 shoot --only review --lang en --suffix 200 # wizard-review-200-en.png
