#!/bin/sh
# Renders branchdesk.svg to the PNG sizes the hicolor icon theme wants
# (png/branchdesk-<N>.png). The PNGs are committed, so neither the build nor
# the package needs an SVG renderer; run this again (rsvg-convert, from the
# librsvg2-bin package) whenever branchdesk.svg changes, and commit the result.
set -eu
cd "$(dirname "$0")"
command -v rsvg-convert >/dev/null 2>&1 || {
    echo "render-png.sh: rsvg-convert is missing (apt-get install librsvg2-bin)" >&2
    exit 1
}
mkdir -p png
for size in 16 32 48 64 128 256; do
    rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio \
        --output "png/branchdesk-$size.png" branchdesk.svg
done
# Strip nothing else: rsvg-convert writes no timestamps, so a re-run with an
# unchanged SVG gives byte-identical files.
