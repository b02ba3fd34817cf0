#!/bin/sh
# Installs what is missing, builds, and starts BranchDesk in Training mode:
# a local HTTPS training server with a fresh CA, a demo operator signed in.
set -eu
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
exec build/bin/branchdesk --environment training "$@"
