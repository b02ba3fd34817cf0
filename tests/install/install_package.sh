#!/bin/bash
# install_package: the Debian package of BranchDesk, built from the build tree
# the suite uses, checked, and (as root) installed, started and removed.
#
#   install_package.sh BUILD_DIR VERSION "EXPECTED_QM_FILES"
#
#  1. cpack -G DEB from BUILD_DIR's CPackConfig.cmake into a private temporary
#     folder; the packaged programs must be the ones built in BUILD_DIR.
#  2. Metadata (dpkg-deb -f): name, version, Depends (computed + run-time
#     pieces), Recommends, no maintainer scripts.
#  3. Contents (dpkg-deb -c / -x): every expected path and nothing outside
#     /usr; desktop-file-validate, appstreamcli validate --no-net, man pages
#     through groff/lexgrog/man, DEP-5 copyright, icon sizes, commented example.
#  4. As root only: apt-get install the .deb, --version / --help, start the
#     installed app offscreen in Training mode with a throwaway HOME (its
#     training server child must start), SIGTERM (clean exit, child gone),
#     upgrade to the same build packed as a newer version, apt-get remove +
#     dpkg --purge, nothing of the package left, the user's data untouched by
#     upgrade, remove and purge. The package is never left installed (EXIT trap).
# Not root: steps 1-3, then a note that the install steps were skipped.
set -eEu -o pipefail

BUILD_DIR=${1:?usage: install_package.sh BUILD_DIR VERSION [EXPECTED_QM_FILES]}
VERSION=${2:?usage: install_package.sh BUILD_DIR VERSION [EXPECTED_QM_FILES]}
EXPECTED_QM=${3:-}
# The desktop id is a contract (menu entries, AppStream, icon names): a change
# must be deliberate, so it is spelt out here rather than read from the build.
APP_ID=co.branchdesk.BranchDesk
PACKAGE=branchdesk

fail() {
    echo "FAIL: $*" >&2
    exit 1
}
step() { echo "== $*"; }
# Any command that fails without its own message still says where.
trap 'echo "FAIL: line $LINENO: \"$BASH_COMMAND\" exited with status $?" >&2' ERR

WORK=$(mktemp -d "${TMPDIR:-/tmp}/branchdesk-install-test.XXXXXX")
# apt's unprivileged _apt user must be able to read the .deb.
chmod 755 "$WORK"
installed_by_us=0
app_pid=""

cleanup() {
    local status=$?
    trap - ERR
    if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
        kill -KILL "$app_pid" 2>/dev/null || true
    fi
    if [ "$installed_by_us" = 1 ] && dpkg-query -W -f='${db:Status-Status}' "$PACKAGE" 2>/dev/null | grep -qv '^not-installed$'; then
        echo "cleanup: purging the $PACKAGE package this test installed" >&2
        timeout 300 dpkg --purge "$PACKAGE" >/dev/null 2>&1 \
            || DEBIAN_FRONTEND=noninteractive timeout 300 apt-get purge -y "$PACKAGE" >/dev/null 2>&1 \
            || echo "cleanup: could NOT purge $PACKAGE; remove it by hand: dpkg --purge $PACKAGE" >&2
    fi
    rm -rf "$WORK"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 143' TERM
trap 'exit 130' INT

need() {
    command -v "$1" >/dev/null 2>&1 || fail "$1 is missing (package $2; scripts/install-deps.sh installs it)"
}
need cpack cmake
need dpkg-deb dpkg
need dpkg-shlibdeps dpkg-dev
need desktop-file-validate desktop-file-utils
need appstreamcli appstream
need groff groff-base
need lexgrog man-db
need file file
need readelf binutils

ARCH=$(dpkg --print-architecture)
DEB_NAME="${PACKAGE}_${VERSION}_${ARCH}.deb"

# --- 1. Build the package from this build tree --------------------------------
step "1. cpack -G DEB from $BUILD_DIR"
[ -f "$BUILD_DIR/CPackConfig.cmake" ] || fail "$BUILD_DIR/CPackConfig.cmake is missing: configure the build first"
for program in branchdesk branchdesk-sandbox; do
    [ -x "$BUILD_DIR/bin/$program" ] || fail "$BUILD_DIR/bin/$program is not built"
done
if ! timeout 900 cpack --config "$BUILD_DIR/CPackConfig.cmake" -G DEB -B "$WORK/out" >"$WORK/cpack.log" 2>&1; then
    cat "$WORK/cpack.log" >&2
    fail "cpack could not build the Debian package (log above)"
fi
DEB="$WORK/out/$DEB_NAME"
[ -f "$DEB" ] || { ls -l "$WORK/out" >&2; fail "cpack did not write $DEB_NAME"; }
echo "built $DEB_NAME ($(du -h "$DEB" | cut -f1))"

# --- 2. Metadata ---------------------------------------------------------------
step "2. control fields"
field() { dpkg-deb -f "$DEB" "$1"; }
[ "$(field Package)" = "$PACKAGE" ] || fail "Package is '$(field Package)', expected $PACKAGE"
[ "$(field Version)" = "$VERSION" ] || fail "Version is '$(field Version)', expected $VERSION"
[ "$(field Architecture)" = "$ARCH" ] || fail "Architecture is '$(field Architecture)', expected $ARCH"
for name in Section Priority Maintainer Homepage Description; do
    [ -n "$(field "$name")" ] || fail "the control field $name is empty or missing"
done
[ "$(field Description | wc -l)" -gt 2 ] || fail "Description has no long description: $(field Description)"

# One dependency name per line, without versions or alternatives' bars.
names_of() { tr ',|' '\n\n' | sed -e 's/(.*)//' -e 's/[[:space:]]//g' -e '/^$/d'; }
DEPENDS=$(field Depends | names_of)
RECOMMENDS=$(field Recommends | names_of)
echo "Depends: $(field Depends)"
echo "Recommends: $(field Recommends)"
# Run-time pieces shlibdeps cannot see, then libraries only shlibdeps adds
# (proof it ran; libqt6network6 also carries the TLS backend plugin).
for dep in libsecret-1-0 qt6-qpa-plugins libqt6sql6-sqlite libqt6svg6 openssl \
           libc6 libqt6core6 libqt6widgets6 libqt6network6 libqt6httpserver6 libqt6keychain1; do
    grep -qx "$dep" <<<"$DEPENDS" || fail "Depends lacks $dep"
done
grep -qx gnome-keyring <<<"$RECOMMENDS" || fail "Recommends lacks gnome-keyring"

# The users' settings, journal, drafts and keychain entries must survive
# upgrade, remove and purge: the package has no maintainer scripts at all.
dpkg-deb --ctrl-tarfile "$DEB" | tar -t >"$WORK/control-members"
if grep -E '(^|/)(preinst|postinst|prerm|postrm|config|conffiles)$' "$WORK/control-members"; then
    fail "the package has maintainer scripts or conffiles (listed above); it must have none"
fi

# --- 3. Contents -------------------------------------------------------------------
step "3. contents"
dpkg-deb -c "$DEB" >"$WORK/listing"
# Paths without the leading "." and trailing "/".
awk '{print $6}' "$WORK/listing" | sed -e 's|^\./|/|' -e 's|/$||' -e '/^$/d' | sort >"$WORK/paths"
# Files and links only (what must disappear on removal).
awk '$1 !~ /^d/ {print $6}' "$WORK/listing" | sed -e 's|^\./|/|' | sort >"$WORK/files"

EXPECTED=(
    /usr/bin/branchdesk
    /usr/bin/branchdesk-sandbox
    "/usr/share/applications/$APP_ID.desktop"
    "/usr/share/metainfo/$APP_ID.metainfo.xml"
    "/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg"
    /usr/share/man/man1/branchdesk.1.gz
    /usr/share/man/man1/branchdesk-sandbox.1.gz
    /usr/share/doc/branchdesk/copyright
    /usr/share/doc/branchdesk/README.md
    /usr/share/doc/branchdesk/examples/BranchDesk.conf
)
for size in 16 32 48 64 128 256; do
    EXPECTED+=("/usr/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png")
done
for qm in $EXPECTED_QM; do
    EXPECTED+=("/usr/share/branchdesk/translations/$qm")
done
for path in "${EXPECTED[@]}"; do
    grep -qxF "$path" "$WORK/files" || fail "the package lacks $path"
done
[ -n "$EXPECTED_QM" ] || echo "note: the build produces no .qm translations yet; none expected in the package"
# Nothing outside /usr (never /etc: the managed configuration belongs to IT),
# and nothing from the build tree's tests or headers.
if grep -vE '^(/usr|/usr/bin(/branchdesk|/branchdesk-sandbox)?|/usr/share|/usr/share/(applications|metainfo|icons|man|doc|branchdesk)(/.*)?)$' "$WORK/paths"; then
    fail "the package contains unexpected paths (listed above)"
fi
if awk '{print $2}' "$WORK/listing" | grep -vx 'root/root'; then
    fail "some packaged files are not owned by root/root"
fi
for program in branchdesk branchdesk-sandbox; do
    grep -E "^-rwxr-xr-x .* \./usr/bin/$program$" "$WORK/listing" >/dev/null \
        || fail "/usr/bin/$program is not packaged with mode 0755"
done

dpkg-deb -x "$DEB" "$WORK/root"
ROOT="$WORK/root"

# The packaged programs are the ones built in BUILD_DIR (stripped, same build id).
build_id() { readelf -n "$1" | sed -n 's/^[[:space:]]*Build ID:[[:space:]]*//p'; }
for program in branchdesk branchdesk-sandbox; do
    built=$(build_id "$BUILD_DIR/bin/$program")
    packaged=$(build_id "$ROOT/usr/bin/$program")
    [ -n "$built" ] || fail "$BUILD_DIR/bin/$program has no build id to compare"
    [ "$built" = "$packaged" ] \
        || fail "/usr/bin/$program in the package (build id $packaged) is not $BUILD_DIR/bin/$program ($built)"
done
[ "$("$ROOT/usr/bin/branchdesk" --version)" = "BranchDesk $VERSION" ] \
    || fail "the packaged branchdesk --version does not print 'BranchDesk $VERSION'"

DESKTOP="$ROOT/usr/share/applications/$APP_ID.desktop"
desktop-file-validate "$DESKTOP" || fail "desktop-file-validate rejects $APP_ID.desktop (above)"
desktop_key() { sed -n "s/^$1=//p" "$DESKTOP" | head -n 1; }
[ "$(desktop_key Name)" = "BranchDesk" ] || fail "the desktop entry's Name is not BranchDesk"
[ "$(desktop_key Exec)" = "branchdesk" ] || fail "the desktop entry's Exec is '$(desktop_key Exec)'"
[ "$(desktop_key Icon)" = "$APP_ID" ] || fail "the desktop entry's Icon is '$(desktop_key Icon)', expected $APP_ID"
case "$(desktop_key Categories)" in
    *Office\;*Finance\;* | *Finance\;*Office\;*) ;;
    *) fail "the desktop entry's Categories lack Office;Finance;: $(desktop_key Categories)" ;;
esac

METAINFO="$ROOT/usr/share/metainfo/$APP_ID.metainfo.xml"
appstreamcli validate --no-net "$METAINFO" || fail "appstreamcli validate --no-net rejects $APP_ID.metainfo.xml (above)"
grep -qF "<id>$APP_ID</id>" "$METAINFO" || fail "the metainfo's id is not $APP_ID"
grep -qF "<launchable type=\"desktop-id\">$APP_ID.desktop</launchable>" "$METAINFO" \
    || fail "the metainfo does not launch $APP_ID.desktop"
grep -qF "<release version=\"$VERSION\"" "$METAINFO" || fail "the metainfo has no release $VERSION"

for size in 16 32 48 64 128 256; do
    png="$ROOT/usr/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
    file -b "$png" | grep -q "PNG image data, $size x $size," || fail "$png is not a ${size}x${size} PNG: $(file -b "$png")"
done

for page in branchdesk branchdesk-sandbox; do
    gz="$ROOT/usr/share/man/man1/$page.1.gz"
    gzip -t "$gz" || fail "$page.1.gz is not valid gzip"
    warnings=$(zcat "$gz" | groff -man -Tutf8 -ww -z 2>&1) || fail "groff cannot format $page.1: $warnings"
    [ -z "$warnings" ] || fail "groff warns about $page.1: $warnings"
    lexgrog "$gz" | grep -qF "\"$page - " || fail "lexgrog finds no NAME line in $page.1.gz"
    MANWIDTH=80 man -P cat -l "$gz" 2>/dev/null | grep -q '^EXIT STATUS' || fail "man -l $page.1.gz shows no EXIT STATUS section"
done

COPYRIGHT="$ROOT/usr/share/doc/branchdesk/copyright"
head -n 1 "$COPYRIGHT" | grep -qx 'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' \
    || fail "the copyright file is not machine-readable (DEP-5 Format line)"
grep -q '^Files: \*$' "$COPYRIGHT" && grep -q '^License: ' "$COPYRIGHT" \
    || fail "the copyright file has no 'Files: *' paragraph with a License"

# The managed-configuration example only documents: every setting commented.
if grep -vE '^[[:space:]]*(#.*)?$' "$ROOT/usr/share/doc/branchdesk/examples/BranchDesk.conf"; then
    fail "the example BranchDesk.conf has uncommented lines (above); it must change nothing"
fi

if [ "$(id -u)" -ne 0 ]; then
    echo "SKIPPED: install, start and remove steps need root (CI runs as root); package checks passed"
    exit 0
fi

# --- 4. Install, start, remove (root) ---------------------------------------------
step "4. apt-get install ./$DEB_NAME"
if dpkg-query -W -f='${db:Status-Status}' "$PACKAGE" 2>/dev/null | grep -qv '^not-installed$'; then
    fail "$PACKAGE is already installed here ($(dpkg-query -W -f='${Version} ${db:Status-Abbrev}' "$PACKAGE")); this test will not replace it. Remove it first: dpkg --purge $PACKAGE"
fi
installed_by_us=1
if ! DEBIAN_FRONTEND=noninteractive timeout 600 apt-get install -y --no-install-recommends "$DEB" >"$WORK/apt-install.log" 2>&1; then
    cat "$WORK/apt-install.log" >&2
    fail "apt-get install of $DEB_NAME failed (log above)"
fi
dpkg-query -W -f='${db:Status-Status}' "$PACKAGE" | grep -qx installed || fail "dpkg does not report $PACKAGE as installed"
while read -r path; do
    [ -e "$path" ] || [ -L "$path" ] || fail "$path is in the package but not on disk after install"
done <"$WORK/files"

version_line=$(/usr/bin/branchdesk --version) || fail "/usr/bin/branchdesk --version failed"
[ "$version_line" = "BranchDesk $VERSION" ] || fail "/usr/bin/branchdesk --version printed '$version_line', expected 'BranchDesk $VERSION'"
help_text=$(branchdesk-sandbox --help) || fail "branchdesk-sandbox --help failed"
grep -q -- '--tls-dir' <<<"$help_text" || fail "branchdesk-sandbox --help does not describe --tls-dir"
echo "$version_line; branchdesk-sandbox --help OK"

step "4b. the installed app starts offscreen in Training mode"
USER_HOME="$WORK/home"
RUNTIME="$WORK/runtime"
mkdir -p "$USER_HOME"
mkdir -m 700 "$RUNTIME"
# Nothing configured: an empty HOME, no system file (a workstation's own
# /etc/xdg/BranchDesk/BranchDesk.conf must not change what is tested), no
# session bus, no display.
env -i PATH=/usr/bin:/bin LANG=C.UTF-8 HOME="$USER_HOME" XDG_RUNTIME_DIR="$RUNTIME" \
    QT_QPA_PLATFORM=offscreen BRANCHDESK_SYSTEM_CONFIG="$WORK/no-system.conf" \
    /usr/bin/branchdesk >"$WORK/app.log" 2>&1 &
app_pid=$!
child=""
for _ in $(seq 1 100); do
    child=$(pgrep -P "$app_pid" -f branchdesk-sandbox | head -n 1 || true)
    [ -n "$child" ] && break
    kill -0 "$app_pid" 2>/dev/null || { cat "$WORK/app.log" >&2; fail "the installed branchdesk exited during start-up (output above)"; }
    sleep 0.2
done
[ -n "$child" ] || { cat "$WORK/app.log" >&2; fail "the installed branchdesk started no training server (branchdesk-sandbox child) within 20 s"; }
child_exe=$(readlink "/proc/$child/exe" || true)
[ "$child_exe" = /usr/bin/branchdesk-sandbox ] || fail "the training server child runs '$child_exe', not /usr/bin/branchdesk-sandbox"
echo "training server: pid $child, $(tr '\0' ' ' <"/proc/$child/cmdline")"
compgen -G "$RUNTIME/branchdesk-training-*" >/dev/null \
    || fail "no branchdesk-training-* certificate folder under XDG_RUNTIME_DIR"
sleep 4
kill -0 "$app_pid" 2>/dev/null || { cat "$WORK/app.log" >&2; fail "the installed branchdesk did not keep running (output above)"; }
[ -e "/proc/$child" ] || fail "the training server stopped while the app was running"

step "4c. SIGTERM: the app quits cleanly and its training server goes with it"
kill -TERM "$app_pid"
for _ in $(seq 1 75); do
    kill -0 "$app_pid" 2>/dev/null || break
    sleep 0.2
done
if kill -0 "$app_pid" 2>/dev/null; then
    cat "$WORK/app.log" >&2
    fail "the installed branchdesk did not exit within 15 s of SIGTERM"
fi
app_status=0
wait "$app_pid" || app_status=$?
app_pid=""
[ "$app_status" -eq 0 ] || { cat "$WORK/app.log" >&2; fail "the installed branchdesk exited with status $app_status after SIGTERM, expected 0"; }
child_gone() { [ ! -e "/proc/$child" ] || grep -q '^State:[[:space:]]*Z' "/proc/$child/status" 2>/dev/null; }
for _ in $(seq 1 50); do
    child_gone && break
    sleep 0.2
done
child_gone || fail "the training server (pid $child) is still running after the app quit"
! compgen -G "$RUNTIME/branchdesk-training-*" >/dev/null \
    || fail "the training certificate folder under XDG_RUNTIME_DIR was not removed on exit"
echo "app exited with status 0; training server gone"

step "4d. upgrade to a newer package: the user's data stays as it is"
# What a user has in their home by now: what the app wrote (the journal),
# plus settings and a draft of their own.
mkdir -p "$USER_HOME/.config/BranchDesk" "$USER_HOME/.local/share/BranchDesk/drafts"
printf '[ui]\nlanguage=es_CO\n' >>"$USER_HOME/.config/BranchDesk/BranchDesk.conf"
echo 'not a real draft' >"$USER_HOME/.local/share/BranchDesk/drafts/test-Training.draft"
snapshot() { (cd "$USER_HOME" && find . -type f -print0 | sort -z | xargs -0 sha256sum); }
snapshot >"$WORK/user-data.before"
grep -q 'journal.sqlite' "$WORK/user-data.before" || fail "the app wrote no journal.sqlite in the throwaway HOME"

# The same build, packed again as a newer version (dpkg sorts "+" after the end).
UPGRADE_VERSION="$VERSION+upgradetest"
if ! timeout 900 cpack --config "$BUILD_DIR/CPackConfig.cmake" -G DEB -R "$UPGRADE_VERSION" -B "$WORK/out-upgrade" >"$WORK/cpack-upgrade.log" 2>&1; then
    cat "$WORK/cpack-upgrade.log" >&2
    fail "cpack could not build the upgrade package (log above)"
fi
UPGRADE_DEB="$WORK/out-upgrade/${PACKAGE}_${UPGRADE_VERSION}_${ARCH}.deb"
[ -f "$UPGRADE_DEB" ] || { ls -l "$WORK/out-upgrade" >&2; fail "cpack did not write $(basename "$UPGRADE_DEB")"; }
if ! DEBIAN_FRONTEND=noninteractive timeout 600 apt-get install -y --no-install-recommends "$UPGRADE_DEB" >"$WORK/apt-upgrade.log" 2>&1; then
    cat "$WORK/apt-upgrade.log" >&2
    fail "apt-get install of the newer package failed (log above)"
fi
[ "$(dpkg-query -W -f='${Version}' "$PACKAGE")" = "$UPGRADE_VERSION" ] \
    || fail "after the upgrade dpkg reports version $(dpkg-query -W -f='${Version}' "$PACKAGE"), expected $UPGRADE_VERSION"
/usr/bin/branchdesk --version >/dev/null || fail "/usr/bin/branchdesk --version fails after the upgrade"
snapshot | cmp -s - "$WORK/user-data.before" || fail "upgrading the package changed the user's data in HOME"
echo "upgraded to $UPGRADE_VERSION; user data unchanged"

step "4e. apt-get remove, then dpkg --purge: nothing of the package is left, user data is"
if ! DEBIAN_FRONTEND=noninteractive timeout 300 apt-get remove -y "$PACKAGE" >"$WORK/apt-remove.log" 2>&1; then
    cat "$WORK/apt-remove.log" >&2
    fail "apt-get remove $PACKAGE failed (log above)"
fi
dpkg-query -W -f='${db:Status-Status}' "$PACKAGE" 2>/dev/null | grep -qx installed && fail "$PACKAGE is still installed after apt-get remove"
snapshot | cmp -s - "$WORK/user-data.before" || fail "apt-get remove changed the user's data in HOME"
timeout 300 dpkg --purge "$PACKAGE" >"$WORK/dpkg-purge.log" 2>&1 || { cat "$WORK/dpkg-purge.log" >&2; fail "dpkg --purge $PACKAGE failed"; }
installed_by_us=0
if dpkg -s "$PACKAGE" >/dev/null 2>&1; then
    fail "dpkg -s $PACKAGE still knows the package after purge"
fi
left=""
while read -r path; do
    if [ -e "$path" ] || [ -L "$path" ]; then left="$left $path"; fi
done <"$WORK/files"
for dir in /usr/share/doc/branchdesk /usr/share/branchdesk; do
    [ ! -e "$dir" ] || left="$left $dir"
done
[ -z "$left" ] || fail "left on disk after remove and purge:$left"
snapshot | cmp -s - "$WORK/user-data.before" || fail "dpkg --purge changed the user's data in HOME"
[ -s "$USER_HOME/.config/BranchDesk/BranchDesk.conf" ] || fail "the user's settings file is gone"
echo "removed and purged; $(wc -l <"$WORK/user-data.before") user files left in place"
echo "PASS"
