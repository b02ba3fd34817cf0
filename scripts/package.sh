#!/bin/sh
# Builds the Debian package of BranchDesk: a release build (preset "release",
# into build-release/), then CPack's DEB generator with installer/'s
# configuration. Progress goes to stderr; the last line on stdout is the path
# of the .deb, so `deb=$(scripts/package.sh)` works.
#
#   scripts/package.sh
#   sudo apt install "$(scripts/package.sh | tail -n 1)"   # or: apt install ./branchdesk_<version>_amd64.deb
set -eu
cd "$(dirname "$0")/.."
scripts/install-deps.sh >&2
cmake --preset release >&2
cmake --build --preset release -j "$(nproc)" >&2

out=build-release/packages
rm -f "$out"/branchdesk_*.deb
cpack --config build-release/CPackConfig.cmake -G DEB -B "$out" >&2

set -- "$out"/branchdesk_*.deb
if [ "$#" -ne 1 ] || [ ! -f "$1" ]; then
    echo "package.sh: cpack did not produce exactly one branchdesk_*.deb in $out" >&2
    exit 1
fi
echo "$(pwd)/$1"
