#!/usr/bin/env bash
# Regenerates the checked-in raster icons from resources/icons/acr-purchase.svg:
#   resources/linux/icons/hicolor/<N>x<N>/apps/acr-purchase.png   (Linux, hicolor theme)
#   installer/windows/acr-purchase.ico                              (Windows executable and installer)
#   installer/macos/acr-purchase.icns                               (macOS bundle)
#   resources/icons/raster/*.png   the first page's icons at 1x and 2x: the wizard's logo (48 px) and the
#                                  sandbox endpoint's (16 px), which the program reads as PNG so that its
#                                  first paint loads no SVG renderer (issue 16; ui/Icons.cpp)
# Run it after changing the SVG and commit the results. They are checked in so that no platform needs
# an SVG renderer at build time. Needs rsvg-convert (Debian: librsvg2-bin) and python3.
set -euo pipefail
cd "$(dirname "$0")/.."

svg=resources/icons/acr-purchase.svg
hicolor=resources/linux/icons/hicolor
command -v rsvg-convert >/dev/null || { echo "make-icons.sh: rsvg-convert is missing (apt-get install librsvg2-bin)" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Every size the three formats need, rendered once.
for size in 16 22 24 32 48 64 128 256 512 1024; do
    rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio --format png "$svg" --output "$work/$size.png"
done

# The sizes desktop environments look up in hicolor (SVG in scalable/ covers the rest).
for size in 16 22 24 32 48 64 128 256; do
    mkdir -p "$hicolor/${size}x${size}/apps"
    cp "$work/$size.png" "$hicolor/${size}x${size}/apps/acr-purchase.png"
done

# The first page's icons, at 1x and 2x.
mkdir -p resources/icons/raster
for size in 48 96; do
    rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio --format png "$svg" \
        --output "resources/icons/raster/acr-purchase-$size.png"
done
for size in 16 32; do
    rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio --format png resources/icons/sandbox.svg \
        --output "resources/icons/raster/sandbox-$size.png"
done

# ICO and ICNS both accept embedded PNG images, so they are plain containers around the renders above.
python3 - "$work" installer/windows/acr-purchase.ico installer/macos/acr-purchase.icns <<'PY'
import struct, sys
work, ico_path, icns_path = sys.argv[1:4]
png = lambda size: open(f"{work}/{size}.png", "rb").read()

# ICO: ICONDIR, then one ICONDIRENTRY per image (width/height 0 means 256), then the PNG data.
sizes = [16, 24, 32, 48, 64, 128, 256]
images = [png(s) for s in sizes]
offset = 6 + 16 * len(sizes)
ico = struct.pack("<HHH", 0, 1, len(sizes))
for size, data in zip(sizes, images):
    ico += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(data), offset)
    offset += len(data)
with open(ico_path, "wb") as f:
    f.write(ico + b"".join(images))

# ICNS: big-endian chunks of (type, length including the 8-byte header, PNG data).
types = [("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256), ("ic09", 512),
         ("ic10", 1024), ("ic11", 32), ("ic12", 64), ("ic13", 256), ("ic14", 512)]
body = b"".join(t.encode() + struct.pack(">I", 8 + len(png(s))) + png(s) for t, s in types)
with open(icns_path, "wb") as f:
    f.write(b"icns" + struct.pack(">I", 8 + len(body)) + body)
PY
echo "make-icons.sh: wrote $hicolor/*/apps/acr-purchase.png, resources/icons/raster/*.png, installer/windows/acr-purchase.ico, installer/macos/acr-purchase.icns"
