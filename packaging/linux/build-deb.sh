#!/bin/bash
# Builds the Debian package of Facilitator from the PyInstaller onedir bundle.
#
#   packaging/linux/build-deb.sh BUNDLE_DIR ICONS_DIR OUT_DIR
#     BUNDLE_DIR  dist/pyinstaller/facilitator (packaging/facilitator.spec)
#     ICONS_DIR   the folder packaging/icons.py wrote (facilitator-16.png ... facilitator-512.png)
#     OUT_DIR     gets facilitator_<version>_<arch>.deb
# The package's file tree is staged in build/linux/deb-root (FACILITATOR_DEB_WORK=build/linux).
#
# Layout: /opt/facilitator (the bundle), /usr/bin/facilitator -> /opt/facilitator/facilitator,
# the desktop file, hicolor icons, AppStream metainfo and the shared-mime-info type of
# *.facilitator files. Depends is computed here from the bundle's ELF files: every library
# they need that the bundle does not carry, mapped to the Debian package that has it on the
# build machine (build on the oldest Debian/Ubuntu you support: the bundle's glibc floor is
# the build machine's). The desktop file, the metainfo and the MIME type are validated here,
# so a bad file fails the build.
#
# Environment: FACILITATOR_MAINTAINER ("Name <address>"), SOURCE_DATE_EPOCH (release date;
# default: the date of the last commit), DEB_COMPRESSION (default "zstd -z9", 3 s, dpkg >= 1.21.18,
# i.e. Debian 12 / Ubuntu 22.04 and later; "zstd -z19" is 20 % smaller and takes 100 s, "xz -z6"
# is for older systems).
set -euo pipefail

fail() { echo "build-deb: $*" >&2; exit 1; }
step() { STEP="$*"; echo "build-deb: $STEP"; }
trap 'rc=$?; rm -rf "${MIMETEST:-}" "${ELFS:-}"; [ $rc -eq 0 ] || echo "build-deb: FAILED at step: ${STEP:-start} (rc $rc)" >&2' EXIT

[ $# -eq 3 ] || fail "usage: $0 BUNDLE_DIR ICONS_DIR OUT_DIR"
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
BUNDLE=$(cd "$1" && pwd) || fail "no bundle folder $1"
ICONS=$(cd "$2" && pwd) || fail "no icons folder $2"
mkdir -p "$3" && OUT=$(cd "$3" && pwd)
APP_ID=se.facilitator.Facilitator
PACKAGE=facilitator
MAINTAINER=${FACILITATOR_MAINTAINER:-"Facilitator maintainers <maintainers@facilitator.invalid>"}
read -r -a COMPRESSION <<< "${DEB_COMPRESSION:-zstd -z9}"
START=$(date +%s.%N)

step "checking the tools and the inputs"
for tool in dpkg-deb dpkg-query objdump desktop-file-validate appstreamcli update-mime-database python3 gzip; do
    command -v "$tool" >/dev/null || fail "$tool is missing (apt-get install dpkg binutils desktop-file-utils appstream shared-mime-info python3)"
done
[ -x "$BUNDLE/facilitator" ] || fail "$BUNDLE/facilitator is not an executable (build the PyInstaller bundle first)"
SVG=$ROOT/facilitator/resources/icons/facilitator.svg
[ -f "$SVG" ] || fail "$SVG is missing"
SIZES="16 24 32 48 64 128 256 512"
for size in $SIZES; do
    [ -f "$ICONS/facilitator-$size.png" ] || fail "$ICONS/facilitator-$size.png is missing (python packaging/icons.py $ICONS)"
done

# pyproject's version, in Debian's spelling (1.2.0rc1 -> 1.2.0~rc1, 1.2.0.dev3 -> 1.2.0~dev3).
PEP440=$(python3 -c 'import sys, tomllib; print(tomllib.load(open(sys.argv[1], "rb"))["project"]["version"])' "$ROOT/pyproject.toml")
VERSION=$(printf '%s' "$PEP440" | sed -E 's/\.?(a|b|rc|dev)([0-9]*)$/~\1\2/')
ARCH=$(dpkg --print-architecture)
if [ -z "${SOURCE_DATE_EPOCH:-}" ]; then
    SOURCE_DATE_EPOCH=$(git -C "$ROOT" log -1 --format=%ct 2>/dev/null || date +%s)
fi
export SOURCE_DATE_EPOCH
DATE=$(date -u -d "@$SOURCE_DATE_EPOCH" +%F)
DEB=$OUT/${PACKAGE}_${VERSION}_${ARCH}.deb
WORK=${FACILITATOR_DEB_WORK:-$ROOT/build/linux}
STAGE=$WORK/deb-root
echo "build-deb: $PACKAGE $VERSION ($ARCH), release date $DATE"

step "staging the file tree in $STAGE"
rm -rf --one-file-system "$STAGE"
mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
    "$STAGE/usr/share/metainfo" "$STAGE/usr/share/mime/packages" "$STAGE/usr/share/doc/$PACKAGE" \
    "$STAGE/usr/share/icons/hicolor/scalable/apps"
cp -a --reflink=auto "$BUNDLE" "$STAGE/opt/$PACKAGE"
ln -s "/opt/$PACKAGE/facilitator" "$STAGE/usr/bin/facilitator"
for size in $SIZES; do
    mkdir -p "$STAGE/usr/share/icons/hicolor/${size}x${size}/apps"
    cp "$ICONS/facilitator-$size.png" "$STAGE/usr/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
done
cp "$SVG" "$STAGE/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg"
cp "$HERE/$APP_ID.desktop" "$STAGE/usr/share/applications/$APP_ID.desktop"
cp "$HERE/$APP_ID.xml" "$STAGE/usr/share/mime/packages/$APP_ID.xml"
sed -e "s/@VERSION@/$PEP440/g" -e "s/@DATE@/$DATE/g" "$HERE/$APP_ID.metainfo.xml" \
    > "$STAGE/usr/share/metainfo/$APP_ID.metainfo.xml"

cat > "$STAGE/usr/share/doc/$PACKAGE/copyright" <<EOF
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: Facilitator
Comment: /opt/facilitator is a PyInstaller bundle: besides Facilitator itself it carries
 CPython, Qt and PySide6 and the Python packages and system libraries they need.

Files: *
Copyright: The Facilitator contributors
License: GPL-3.0-or-later
 This program is free software: you can redistribute it and/or modify it under the terms of
 the GNU General Public License as published by the Free Software Foundation, either version 3
 of the License, or (at your option) any later version.
 .
 On Debian systems, the complete text of the GNU General Public License version 3 can be
 found in "/usr/share/common-licenses/GPL-3".

Files: opt/facilitator/_internal/PySide6/* opt/facilitator/_internal/shiboken6/*
 opt/facilitator/_internal/libpyside6* opt/facilitator/_internal/libshiboken6*
Copyright: The Qt Company Ltd. and other contributors
License: LGPL-3.0-only
 Qt 6 and PySide6 (Qt for Python), used under the GNU Lesser General Public License
 version 3. On Debian systems, the complete text of the GNU Lesser General Public License
 version 3 can be found in "/usr/share/common-licenses/LGPL-3".

Files: opt/facilitator/_internal/libpython* opt/facilitator/_internal/python3* opt/facilitator/_internal/base_library.zip
Copyright: Python Software Foundation
License: PSF-2.0
 The Python interpreter and standard library, under the Python Software Foundation License
 version 2 (https://docs.python.org/3/license.html).
EOF
{
    printf '%s (%s) stable; urgency=medium\n\n' "$PACKAGE" "$VERSION"
    printf '  * Facilitator %s, built from the PyInstaller bundle.\n\n' "$PEP440"
    printf ' -- %s  %s\n' "$MAINTAINER" "$(date -u -R -d "@$SOURCE_DATE_EPOCH")"
} | gzip -9n > "$STAGE/usr/share/doc/$PACKAGE/changelog.gz"

# Installed files are root's (--root-owner-group); nothing writable by group or others.
chmod -R u+rwX,go+rX,go-w "$STAGE"
find "$STAGE/usr/share" -type f -exec chmod 0644 {} +

step "validating the desktop file"
desktop-file-validate "$STAGE/usr/share/applications/$APP_ID.desktop" \
    || fail "desktop-file-validate rejected packaging/linux/$APP_ID.desktop"

step "validating the AppStream metainfo (with the desktop file it launches)"
appstreamcli validate-tree --no-net --strict --explain "$STAGE" \
    || fail "appstreamcli rejected packaging/linux/$APP_ID.metainfo.xml"

step "checking the MIME type with update-mime-database"
MIMETEST=$(mktemp -d)
mkdir -p "$MIMETEST/mime/packages"
cp "$STAGE/usr/share/mime/packages/$APP_ID.xml" "$MIMETEST/mime/packages/"
XDG_DATA_HOME=$MIMETEST update-mime-database "$MIMETEST/mime" 2>"$MIMETEST/log" \
    || { cat "$MIMETEST/log" >&2; fail "update-mime-database rejected packaging/linux/$APP_ID.xml"; }
if [ -s "$MIMETEST/log" ]; then cat "$MIMETEST/log" >&2; fail "update-mime-database complained about packaging/linux/$APP_ID.xml"; fi
grep -qx 'application/x-facilitator' "$MIMETEST/mime/types" || fail "the MIME type application/x-facilitator was not defined"
grep -q ':application/x-facilitator:\*\.facilitator' "$MIMETEST/mime/globs2" || fail "the *.facilitator glob was not defined"
rm -rf "$MIMETEST"
grep -qx 'MimeType=application/x-facilitator;' "$STAGE/usr/share/applications/$APP_ID.desktop" \
    || fail "the desktop file does not claim application/x-facilitator"

step "computing Depends from the bundle's ELF files"
ELFS=$(mktemp)
find "$STAGE/opt/$PACKAGE" -type f -print0 \
    | xargs -0 -r python3 -c 'import sys
for name in sys.argv[1:]:
    with open(name, "rb") as f:
        if f.read(4) == b"\x7fELF":
            print(name)' > "$ELFS"
[ -s "$ELFS" ] || fail "no ELF files in the bundle"
# Libraries the bundle carries (files and symlinks, by name) need no package.
CARRIED=$(find "$STAGE/opt/$PACKAGE" \( -type f -o -type l \) -printf '%f\n' | sort -u)
NEEDED=$(tr '\n' '\0' < "$ELFS" | xargs -0 objdump -p | awk '$1 == "NEEDED" {print $2}' | sort -u)
SYSTEM_LIBS=$(comm -23 <(printf '%s\n' "$NEEDED") <(printf '%s\n' "$CARRIED"))
GLIBC_FLOOR=$(tr '\n' '\0' < "$ELFS" | xargs -0 objdump -T | grep -o 'GLIBC_[0-9][0-9.]*' | sed 's/GLIBC_//' | sort -uV | tail -1)
LDCACHE=$(ldconfig -p)
declare -A DEPENDS=()
for soname in $SYSTEM_LIBS; do
    path=$(awk -v s="$soname" '$1 == s && /x86-64|AArch64|64bit/ {print $NF; exit}' <<< "$LDCACHE")
    [ -n "$path" ] || fail "$soname (needed by the bundle) is not installed on the build machine"
    owner=""
    for candidate in "$path" "$(readlink -f "$path")" "${path#/usr}" "/usr${path}"; do
        owner=$(dpkg-query -S "$candidate" 2>/dev/null | grep -v '^diversion' | head -1 | cut -d: -f1) && [ -n "$owner" ] && break
    done
    [ -n "$owner" ] || fail "no Debian package owns $path ($soname, needed by the bundle)"
    # The package's shlibs file gives the lowest version with this ABI ("libxcb 1 libxcb1 (>= 1.12)").
    base=${soname%%.so*}; abi=${soname#*.so.}
    entry=$(cat "/var/lib/dpkg/info/$owner:$ARCH.shlibs" "/var/lib/dpkg/info/$owner.shlibs" 2>/dev/null \
        | awk -v b="$base" -v v="$abi" '$1 == b && $2 == v {$1 = ""; $2 = ""; sub(/^ +/, ""); print; exit}' || true)
    DEPENDS[$owner]=${entry:-$owner}
done
# glibc: at least the newest symbol version the bundle uses.
if [ -n "${DEPENDS[libc6]:-}" ] && [ -n "$GLIBC_FLOOR" ]; then
    shlibs_floor=$(sed -nE 's/^libc6 \(>= ([0-9.]+)\)$/\1/p' <<< "${DEPENDS[libc6]}")
    floor=$(printf '%s\n%s\n' "${shlibs_floor:-0}" "$GLIBC_FLOOR" | sort -V | tail -1)
    DEPENDS[libc6]="libc6 (>= $floor)"
fi
# The bundle carries its own fontconfig and xkbcommon, but they read the system's data:
# fonts.conf (and through it a font) and the XKB keymaps.
grep -qx 'libfontconfig.so.1' <<< "$CARRIED" && DEPENDS[fontconfig-config]=fontconfig-config
grep -qx 'libxkbcommon.so.0' <<< "$CARRIED" && DEPENDS[xkb-data]=xkb-data
DEPENDS_LINE=$(printf '%s\n' "${DEPENDS[@]}" | sort -u | paste -sd, | sed 's/,/, /g')
echo "build-deb: $(wc -l < "$ELFS") ELF files; system libraries: $(echo $SYSTEM_LIBS)"
echo "build-deb: Depends: $DEPENDS_LINE"
# A note (not an error: a library may be opened with dlopen) about bundled libraries that
# nothing loads, starting from the executable, Python's extension modules and Qt's plugins
# and following NEEDED through the bundle and the system: candidates for the spec's UNUSED.
python3 - "$STAGE/opt/$PACKAGE" "$ELFS" <<'EOF'
import os, subprocess, sys
top, elfs = sys.argv[1], [line.rstrip("\n") for line in open(sys.argv[2])]
libdirs = {os.path.join(top, "_internal"), os.path.join(top, "_internal", "PySide6", "Qt", "lib")}
bundled = {}
for folder in libdirs:
    for name in os.listdir(folder):
        bundled.setdefault(name, os.path.realpath(os.path.join(folder, name)))
system = {}
for line in subprocess.run(["ldconfig", "-p"], capture_output=True, text=True).stdout.splitlines()[1:]:
    name, _, path = line.strip().partition(" => ")
    if "x86-64" in name or "64bit" in name or "AArch64" in name:
        system.setdefault(name.split()[0], path)
needed = {}
for chunk in range(0, len(elfs), 100):
    current = None
    for line in subprocess.run(["objdump", "-p", *elfs[chunk:chunk + 100]], capture_output=True, text=True).stdout.splitlines():
        if line.endswith(":     file format elf64-x86-64") or ":     file format " in line:
            current = os.path.realpath(line.split(":     file format")[0])
            needed[current] = []
        elif line.strip().startswith("NEEDED") and current:
            needed[current].append(line.split()[1])
def libs(path):
    if path not in needed:
        out = subprocess.run(["objdump", "-p", path], capture_output=True, text=True).stdout
        needed[path] = [l.split()[1] for l in out.splitlines() if l.strip().startswith("NEEDED")]
    return needed[path]
is_lib = lambda p: os.path.dirname(p) in {os.path.realpath(d) for d in libdirs} and ".so" in os.path.basename(p) \
    and not os.path.basename(p).startswith(("libpython", "libpyside", "libshiboken"))
stack = [os.path.realpath(e) for e in elfs if not is_lib(os.path.realpath(e))]
seen = set()
while stack:
    path = stack.pop()
    if path in seen:
        continue
    seen.add(path)
    stack += [bundled.get(n) or system[n] for n in libs(path) if n in bundled or n in system]
unused = sorted(os.path.basename(e) for e in map(os.path.realpath, elfs) if e not in seen)
if unused:
    print("build-deb: note: bundled libraries nothing links to (dlopen aside):", " ".join(unused))
EOF
rm -f "$ELFS"

step "writing DEBIAN/control"
INSTALLED_SIZE=$(du -sk --exclude=DEBIAN "$STAGE" | cut -f1)
cat > "$STAGE/DEBIAN/control" <<EOF
Package: $PACKAGE
Version: $VERSION
Architecture: $ARCH
Maintainer: $MAINTAINER
Installed-Size: $INSTALLED_SIZE
Depends: $DEPENDS_LINE
Section: misc
Priority: optional
Description: plan and run participatory workshops and World Cafés
 Facilitator helps Swedish municipal coordinators plan and run workshops,
 consultations and World Cafés, and turn what is said into an action plan
 with owners: meeting formats, table hosts and rotations, capture during the
 meeting (also from participants' phones on the local network), harvesting
 into themes and measures, follow-up, and minutes and handouts as Word
 documents. The user interface is in Swedish.
EOF

step "building $DEB with dpkg-deb ${COMPRESSION[*]}"
rm -f "$DEB"
BUILD_START=$(date +%s.%N)
dpkg-deb --build --root-owner-group "-Z${COMPRESSION[0]}" "${COMPRESSION[@]:1}" "$STAGE" "$DEB" >/dev/null
BUILD_END=$(date +%s.%N)
dpkg-deb --field "$DEB" Package Version Depends >/dev/null || fail "dpkg-deb cannot read $DEB"

step "done"
BUNDLE_MB=$(du -sm "$BUNDLE" | cut -f1)
DEB_MB=$(awk -v b="$(stat -c %s "$DEB")" 'BEGIN {printf "%.1f", b / 1048576}')
printf 'build-deb: %s\n' "$DEB"
printf 'build-deb: bundle %s MB, installed size %s MB, .deb %s MB; dpkg-deb %s s, whole script %s s\n' \
    "$BUNDLE_MB" "$((INSTALLED_SIZE / 1024))" "$DEB_MB" \
    "$(awk -v a="$BUILD_START" -v b="$BUILD_END" 'BEGIN {printf "%.1f", b - a}')" \
    "$(awk -v a="$START" -v b="$(date +%s.%N)" 'BEGIN {printf "%.1f", b - a}')"
