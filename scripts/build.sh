#!/bin/sh
# Configures and builds with the default preset (Debug, tests, -Werror).
set -eu
cd "$(dirname "$0")/.."
cmake --preset default >/dev/null
cmake --build --preset default -j "$(nproc)"
