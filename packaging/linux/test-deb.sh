#!/bin/bash
# Proves the Debian package on a bare Debian 12: a minbase debootstrap root (nothing of Qt's
# runtime, no fonts, no desktop), where apt must find everything the package needs from its
# Depends alone. Run as root (debootstrap, chroot, mount).
#
#   packaging/linux/test-deb.sh build/linux/deb/facilitator_<version>_amd64.deb
#
# Work folder: build/linux/ (FACILITATOR_DEB_WORK to change it). The fresh root is cached as
# build/linux/bookworm-minbase.tar.zst (.gz without zstd), downloaded packages in
# build/linux/apt-archives, so a second run needs the network only for `apt-get update`.
# DEBIAN_MIRROR picks the mirror. Logs: build/linux/test-logs. The root is deleted after a
# successful run and left in build/linux/bookworm-root after a failure.
set -euo pipefail

STEP=start
fail() { echo "test-deb: FAILED at step: $STEP: $*" >&2; exit 1; }
step() { STEP="$*"; echo "test-deb: $STEP"; STEP_START=$(date +%s.%N); }
seconds() { awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN {printf "%.1f", b - a}'; }
took() { TIMES+=("$STEP: $(seconds "$STEP_START") s"); }
TIMES=()

[ $# -eq 1 ] || { echo "usage: $0 DEB" >&2; exit 2; }
[ "$(id -u)" -eq 0 ] || { echo "test-deb: needs root (debootstrap, chroot, mount)" >&2; exit 2; }
DEB=$(readlink -f "$1")
[ -f "$DEB" ] || { echo "test-deb: no such file: $1" >&2; exit 2; }
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
WORK=${FACILITATOR_DEB_WORK:-$ROOT/build/linux}
SUITE=bookworm
# The Debian mirror this machine's apt already uses (its first non-security source), unless
# DEBIAN_MIRROR names one.
host_mirror() {
    local uri=""
    if compgen -G "/etc/apt/sources.list.d/*.sources" >/dev/null; then
        uri=$(awk '/^URIs:/ && $2 !~ /security/ {print $2; exit}' /etc/apt/sources.list.d/*.sources)
    fi
    if [ -z "$uri" ] && [ -f /etc/apt/sources.list ]; then
        uri=$(awk '$1 == "deb" && $0 !~ /security/ {for (i = 2; i <= NF; i++) if ($i ~ /^(https?|file):/) {print $i; exit}}' \
            /etc/apt/sources.list)
    fi
    echo "$uri"
}
MIRROR=${DEBIAN_MIRROR:-$(host_mirror)}
[ -n "$MIRROR" ] || { echo "test-deb: no Debian mirror found in this machine's apt sources; set DEBIAN_MIRROR" >&2; exit 2; }
if command -v zstd >/dev/null; then
    TARBALL=$WORK/$SUITE-minbase.tar.zst PACK="zstd -q -T0 -3" UNPACK="zstd -q -d -c"
else
    TARBALL=$WORK/$SUITE-minbase.tar.gz PACK="gzip -1" UNPACK="gzip -d -c"
fi
CACHE=$WORK/apt-archives
CHROOT=$WORK/$SUITE-root
APP_ID=se.facilitator.Facilitator
START=$(date +%s.%N)
LOGS=$WORK/test-logs
mkdir -p "$WORK" "$CACHE/partial" "$LOGS"

unmount_all() {
    # Deepest first; never leave a mount behind (and never delete through one).
    local mounts
    mounts=$(awk -v r="$CHROOT" 'index($2, r) == 1 {print $2}' /proc/self/mounts | sort -r)
    for m in $mounts; do umount "$m" 2>/dev/null || umount -l "$m"; done
}
on_exit() {
    local rc=$?
    unmount_all
    if [ $rc -ne 0 ]; then
        echo "test-deb: FAILED at step: $STEP (rc $rc); the root is left in $CHROOT for a look" >&2
    fi
}
trap on_exit EXIT

in_root() { chroot "$CHROOT" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive LC_ALL=C.UTF-8 "$@"; }
# What a user's shell gives the app: nothing but a home, a path and (here) the offscreen platform.
as_user() { chroot "$CHROOT" /usr/bin/env -i HOME=/tmp PATH=/usr/bin:/bin QT_QPA_PLATFORM=offscreen /bin/sh -c "cd /tmp && $1"; }

step "preparing a fresh Debian 12 minbase root"
unmount_all
if [ -e "$CHROOT" ]; then rm -rf --one-file-system "$CHROOT"; fi
if [ ! -s "$TARBALL" ]; then
    command -v debootstrap >/dev/null || fail "debootstrap is missing (apt-get install debootstrap)"
    echo "test-deb: no cached root yet: debootstrap --variant=minbase $SUITE from $MIRROR"
    debootstrap --variant=minbase "$SUITE" "$CHROOT" "$MIRROR" > "$LOGS/debootstrap.log" 2>&1 \
        || { tail -20 "$LOGS/debootstrap.log" >&2; fail "debootstrap (log: $LOGS/debootstrap.log)"; }
    rm -f "$CHROOT"/var/cache/apt/archives/*.deb
    tar -C "$CHROOT" --numeric-owner -cf - . | $PACK > "$TARBALL.tmp" && mv "$TARBALL.tmp" "$TARBALL"
else
    mkdir -p "$CHROOT"
    $UNPACK < "$TARBALL" | tar -C "$CHROOT" --numeric-owner -xpf -
fi
[ -x "$CHROOT/usr/bin/apt-get" ] || fail "the root in $CHROOT has no apt-get"
took

step "installing the package with apt (its Depends only, no Recommends)"
mount -t proc proc "$CHROOT/proc"
mount --bind "$CACHE" "$CHROOT/var/cache/apt/archives"
cp /etc/resolv.conf "$CHROOT/etc/resolv.conf"
echo "deb $MIRROR $SUITE main" > "$CHROOT/etc/apt/sources.list"
cp "$DEB" "$CHROOT/tmp/"
NAME=$(basename "$DEB")
in_root apt-get -qq update > "$LOGS/apt.log" 2>&1 || { cat "$LOGS/apt.log" >&2; fail "apt-get update"; }
BEFORE=$(in_root dpkg-query -W -f='${Package}\n' | wc -l)
in_root apt-get install -y -q --no-install-recommends "/tmp/$NAME" >> "$LOGS/apt.log" 2>&1 \
    || { tail -30 "$LOGS/apt.log" >&2; fail "apt-get install ./$NAME"; }
AFTER=$(in_root dpkg-query -W -f='${Package}\n' | wc -l)
echo "test-deb: apt installed $((AFTER - BEFORE - 1)) packages besides facilitator (log: $LOGS/apt.log)"
in_root dpkg-query -W -f='${Status}\n' facilitator | grep -qx 'install ok installed' || fail "facilitator is not installed"
took

step "running the app as a user would (env -i, from /tmp)"
# Warnings a user would meet although the command succeeds: no fonts (invisible text), a
# missing library or platform plugin.
USER_VISIBLE='Fontconfig (error|warning)|QFontDatabase|Cannot find font|platform plugin|cannot open shared object|Traceback'
run_user() {  # run_user WHAT COMMAND [SUMMARY]: output in $LOGS/WHAT.out and .err
    local what=$1 command=$2
    as_user "$command" > "$LOGS/$what.out" 2> "$LOGS/$what.err" \
        || { cat "$LOGS/$what.out" "$LOGS/$what.err" >&2; fail "$command"; }
    echo "  $command: rc 0${3:+, $(eval "$3")}"
    if [ -s "$LOGS/$what.err" ]; then sed 's/^/    (stderr) /' "$LOGS/$what.err"; fi
    if grep -qiE "$USER_VISIBLE" "$LOGS/$what.err"; then fail "$command: warnings a user would see (above)"; fi
}
run_user version 'facilitator --version' 'cat "$LOGS/version.out"'
run_user smoke 'facilitator --smoke-test' 'tail -1 "$LOGS/smoke.out"'
run_user demo 'facilitator demo /tmp/d.facilitator' 'echo "$(stat -c %s "$CHROOT/tmp/d.facilitator") bytes"'
run_user minutes 'facilitator export minutes /tmp/d.facilitator --meeting 1 --out /tmp/m.docx' \
    'echo "$(stat -c %s "$CHROOT/tmp/m.docx") bytes"'
head -c 2 "$CHROOT/tmp/m.docx" | grep -q PK || fail "export minutes wrote no Word file (/tmp/m.docx)"
ls "$CHROOT"/usr/share/fonts/truetype/*/*.ttf >/dev/null 2>&1 || fail "no font is installed (the Depends should bring one through fontconfig-config)"
took

step "checking where the files are installed"
for path in /usr/bin/facilitator /opt/facilitator/facilitator \
        "/usr/share/applications/$APP_ID.desktop" "/usr/share/metainfo/$APP_ID.metainfo.xml" \
        "/usr/share/mime/packages/$APP_ID.xml" "/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg" \
        /usr/share/doc/facilitator/copyright /usr/share/doc/facilitator/changelog.gz; do
    in_root test -e "$path" || fail "$path is not installed"
done
for size in 16 24 32 48 64 128 256 512; do
    [ -s "$CHROOT/usr/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png" ] || fail "the ${size}x${size} icon is not installed"
done
[ "$(readlink "$CHROOT/usr/bin/facilitator")" = /opt/facilitator/facilitator ] || fail "/usr/bin/facilitator is not the link to /opt/facilitator"
in_root dpkg -L facilitator | grep -q "^/usr/share/metainfo/$APP_ID.metainfo.xml$" || fail "dpkg does not list the metainfo"
INSTALLED_KB=$(in_root dpkg-query -W -f='${Installed-Size}' facilitator)
OPT_MB=$(du -sm "$CHROOT/opt/facilitator" | cut -f1)
took

step "desktop integration: the MIME and desktop databases (dpkg triggers)"
# A desktop system has these; installing them now integrates the files already there, and
# reinstalling the package shows that its triggers run.
in_root apt-get install -y -q --no-install-recommends shared-mime-info desktop-file-utils >> "$LOGS/apt.log" 2>&1 \
    || { tail -20 "$LOGS/apt.log" >&2; fail "apt-get install shared-mime-info desktop-file-utils"; }
rm -f "$CHROOT/usr/share/mime/application/x-facilitator.xml"
in_root dpkg -i "/tmp/$NAME" > "$LOGS/triggers.log" 2>&1 || { cat "$LOGS/triggers.log" >&2; fail "dpkg -i (reinstall)"; }
grep -q 'Processing triggers for shared-mime-info' "$LOGS/triggers.log" || { cat "$LOGS/triggers.log" >&2; fail "the shared-mime-info trigger did not run"; }
grep -q 'Processing triggers for desktop-file-utils' "$LOGS/triggers.log" || { cat "$LOGS/triggers.log" >&2; fail "the desktop-file-utils trigger did not run"; }
[ -f "$CHROOT/usr/share/mime/application/x-facilitator.xml" ] || fail "update-mime-database did not register application/x-facilitator"
grep -q "^application/x-facilitator=.*$APP_ID.desktop" "$CHROOT/usr/share/applications/mimeinfo.cache" \
    || fail "update-desktop-database does not list $APP_ID.desktop for application/x-facilitator"
echo "  triggers ran: shared-mime-info, desktop-file-utils; application/x-facilitator registered and handled by $APP_ID.desktop"
if command -v gio >/dev/null; then
    # The root's MIME database, read by GLib on this machine: by name and by content alone.
    cp "$CHROOT/tmp/d.facilitator" "$CHROOT/tmp/no-extension"
    for file in d.facilitator no-extension; do
        type=$(XDG_DATA_HOME="$CHROOT/usr/share" XDG_DATA_DIRS=/nonexistent gio info -a standard::content-type "$CHROOT/tmp/$file" 2>/dev/null | awk '/content-type/ {print $2}')
        [ "$type" = application/x-facilitator ] || fail "/tmp/$file is detected as '$type', not application/x-facilitator"
        echo "  gio: /tmp/$file is $type"
    done
fi
took

step "purging the package"
in_root apt-get purge -y -q facilitator >> "$LOGS/apt.log" 2>&1 || { tail -20 "$LOGS/apt.log" >&2; fail "apt-get purge facilitator"; }
for path in /opt/facilitator /usr/bin/facilitator "/usr/share/applications/$APP_ID.desktop" \
        "/usr/share/mime/packages/$APP_ID.xml" /usr/share/mime/application/x-facilitator.xml; do
    ! in_root test -e "$path" && ! in_root test -L "$path" || fail "$path is still there after apt-get purge"
done
! grep -q 'x-facilitator' "$CHROOT/usr/share/applications/mimeinfo.cache" || fail "mimeinfo.cache still names application/x-facilitator"
echo "  /opt/facilitator, /usr/bin/facilitator and the MIME type are gone"
took

unmount_all
rm -rf --one-file-system "$CHROOT"
DEB_MB=$(awk -v b="$(stat -c %s "$DEB")" 'BEGIN {printf "%.1f", b / 1048576}')
echo "test-deb: ok"
echo "test-deb: .deb $DEB_MB MB; Installed-Size $((INSTALLED_KB / 1024)) MB; /opt/facilitator $OPT_MB MB on disk"
for t in "${TIMES[@]}"; do echo "test-deb:   $t"; done
echo "test-deb: total $(seconds "$START") s"
