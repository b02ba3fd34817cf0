#!/bin/sh
# Installs what is missing, builds, and runs the whole test suite headless:
# the real HTTPS training server, a real Secret Service (gnome-keyring) in a
# private D-Bus session, SQLite files and widgets under the offscreen platform.
set -eu
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh

# A throwaway HOME isolates the keyring, settings and journal of the tests
# from the user's own.
TEST_HOME=$(mktemp -d)
trap 'rm -rf "$TEST_HOME"' EXIT
export HOME="$TEST_HOME"
export XDG_RUNTIME_DIR="$TEST_HOME/runtime"
mkdir -m 700 -p "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM=offscreen
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS

# `echo |` (an empty password line) unlocks the new login keyring without a
# prompt; `printf ""` would prompt and fail.
exec dbus-run-session -- sh -c '
    echo | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    ctest --preset default -j 2 "$@"
' sh "$@"
