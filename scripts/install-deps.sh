#!/bin/sh
# Installs the Debian 12 packages BranchDesk needs to build, run and test,
# only those missing. Runs apt-get as root, or through sudo.
# Packaging (scripts/package.sh, the install_package test): dpkg-dev and file
# for CPack's dpkg-shlibdeps; desktop-file-utils, appstream, man-db and
# groff-base to validate the .desktop, metainfo and man pages.
set -eu

PACKAGES="
cmake g++ make ccache pkg-config
qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev
qt6-pdf-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins libsecret-1-0
libgtest-dev libgmock-dev libbenchmark-dev
openssl libssl-dev ca-certificates
dbus dbus-x11 gnome-keyring
dpkg-dev file desktop-file-utils appstream man-db groff-base
"

missing=""
for p in $PACKAGES; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done

if [ -z "$missing" ]; then
    exit 0
fi

echo "Installing missing packages:$missing"
if [ "$(id -u)" -eq 0 ]; then
    SUDO=""
elif command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
else
    echo "These packages are missing and neither root nor sudo is available:$missing" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing
