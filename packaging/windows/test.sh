#!/usr/bin/env bash
# Install Facilitator's Windows installer silently under Wine, in a fresh Wine prefix, and test it.
#
#   packaging/windows/test.sh dist/Facilitator-<version>-setup.exe      (KEEP=1 keeps the prefix)
#
# Checks the installed files, the Start-menu entry and the registry (not only exit codes: a
# 32-bit installer on 64-bit-only Wine exits 0 having done nothing), runs the installed
# facilitator.exe (--version, --smoke-test, demo, export minutes), uninstalls silently and checks
# that everything is gone. Prints the installer size, the installed size and the duration.
# Limits: Wine 8 is not Windows (no Defender/SmartScreen, no signature checks, no real desktop).
set -euo pipefail

if [[ $# -ne 1 || ! -f $1 ]]; then
    echo "usage: $0 Facilitator-<version>-setup.exe" >&2
    exit 2
fi
INSTALLER=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
START=$SECONDS
STEP=""
fail() { echo "test.sh: FAILED at step: $STEP${1:+: $1}" >&2; exit 1; }
step() { STEP=$1; echo "== [$((SECONDS - START))s] $STEP"; }
trap 'fail "command failed: line $LINENO"' ERR

for tool in wine winepath wineserver script timeout; do
    command -v "$tool" >/dev/null || { echo "test.sh: $tool missing (apt-get install wine wine64)" >&2; exit 1; }
done
export WINEPREFIX WINEARCH=win64 WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
WINEPREFIX=$(mktemp -d "${TMPDIR:-/tmp}/facilitator-wine.XXXXXX")
WORK=$WINEPREFIX/drive_c/facilitator-test   # the test's own files, seen as C:\facilitator-test
cleanup() {
    wineserver -k 2>/dev/null || true
    if [[ ${KEEP:-} == 1 ]]; then echo "test.sh: kept $WINEPREFIX"; else rm -rf "$WINEPREFIX"; fi
}
trap cleanup EXIT

# Windows programs need a terminal under Wine; LAST_OUT holds the output without CRs and escapes
# (Wine's console writes runs of spaces as "cursor forward" escapes).
LAST_OUT=""
LAST_RC=0
run() {  # run TIMEOUT PROGRAM ARGS...
    local limit=$1
    shift
    set +e
    LAST_OUT=$(timeout "$limit" script -qefc "stty cols 4000 2>/dev/null; $(printf '%q ' "$@")" /dev/null </dev/null \
        | perl -pe 's/\e\[(\d*)C/" " x ($1 || 1)/ge; s/\e\[[0-9;?]*[A-Za-z]//g; s/\r//g')
    LAST_RC=${PIPESTATUS[0]}
    set -e
    if [[ $LAST_RC == 124 ]]; then fail "timed out after $limit s: $*"; fi
    return 0
}
show() { [[ -z $LAST_OUT ]] || printf '%s\n' "$LAST_OUT" | sed 's/^/    | /'; }
expect_rc0() { show; [[ $LAST_RC == 0 ]] || fail "exit code $LAST_RC: $1"; }

step "fresh Wine prefix"
wine wineboot --init >/dev/null 2>&1 || true
wineserver -w
mkdir -p "$WORK"
run 30 wine cmd /c echo %LOCALAPPDATA%
LOCALAPPDATA_WIN=$(printf '%s\n' "$LAST_OUT" | grep -m1 ':\\')
run 30 wine cmd /c echo %APPDATA%
APPDATA_WIN=$(printf '%s\n' "$LAST_OUT" | grep -m1 ':\\')
INSTDIR=$(winepath -u "$LOCALAPPDATA_WIN\\Programs\\Facilitator" 2>/dev/null)
INSTDIR=${INSTDIR%/}
LNK="$(winepath -u "$APPDATA_WIN" 2>/dev/null)/Microsoft/Windows/Start Menu/Programs/Facilitator.lnk"
[[ $INSTDIR == "$WINEPREFIX"/* ]] || fail "unexpected install folder $INSTDIR"

step "silent install (/S)"
INSTALL_START=$SECONDS
run 300 wine "$INSTALLER" /S
expect_rc0 "the installer"
wineserver -w
INSTALL_SECONDS=$((SECONDS - INSTALL_START))

step "installed files"
for need in facilitator.exe uninstall.exe _internal/python313.dll _internal/PySide6/Qt6Core.dll \
            _internal/facilitator/resources/i18n/facilitator_sv.qm _internal/facilitator/resources/templates/facilitator.docx; do
    [[ -f $INSTDIR/$need ]] || fail "missing $INSTDIR/$need (a 32-bit installer stub installs nothing on 64-bit Wine)"
done
[[ -f $LNK ]] || fail "no Start-menu shortcut at $LNK"
INSTALLED_KB=$(du -sk --apparent-size "$INSTDIR" | cut -f1)
echo "    $INSTDIR: $(find "$INSTDIR" -type f | wc -l) files, $((INSTALLED_KB / 1024)) MB"

step "registry (uninstall entry, .facilitator association)"
UNINSTALL_KEY='HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\Facilitator'
run 30 wine reg query "$UNINSTALL_KEY"
expect_rc0 "reg query $UNINSTALL_KEY"
for value in DisplayName DisplayVersion Publisher DisplayIcon EstimatedSize UninstallString QuietUninstallString; do
    grep -q "^ *$value " <<<"$LAST_OUT" || fail "$UNINSTALL_KEY has no $value"
done
grep -qE '^ *QuietUninstallString +REG_SZ +".*uninstall\.exe" /S$' <<<"$LAST_OUT" || fail "QuietUninstallString"
run 30 wine reg query 'HKCU\Software\Classes\.facilitator' /ve
expect_rc0 ".facilitator"
grep -q "Facilitator.Process" <<<"$LAST_OUT" || fail ".facilitator does not name Facilitator.Process"
run 30 wine reg query 'HKCU\Software\Classes\Facilitator.Process\shell\open\command' /ve
expect_rc0 "the open command"
grep -qF 'facilitator.exe" "%1"' <<<"$LAST_OUT" || fail 'the open command is not "...facilitator.exe" "%1"'
run 30 wine reg query 'HKCU\Software\Classes\Facilitator.Process\DefaultIcon' /ve
expect_rc0 "the file icon"
# Not checked: what Explorer sees. Windows merges HKCU\Software\Classes into HKEY_CLASSES_ROOT;
# Wine 8 does not (`wine cmd /c assoc .facilitator` answers "File association missing"), so a
# double-click cannot be tried here.

EXE=$INSTDIR/facilitator.exe
step "facilitator.exe --version"
run 120 wine "$EXE" --version
show
echo "    rc $LAST_RC"
[[ $LAST_RC == 0 ]] || fail "facilitator.exe --version: exit code $LAST_RC"
if grep -q "^Facilitator " <<<"$LAST_OUT"; then
    echo "    (the windowed exe's output reaches the terminal)"
else
    echo "    (no output from the windowed exe under Wine: only its exit code is checked)"
fi

step "facilitator.exe --smoke-test"
SMOKE_START=$SECONDS
run 300 wine "$EXE" --smoke-test
show
echo "    rc $LAST_RC, $((SECONDS - SMOKE_START)) s"
[[ $LAST_RC == 0 ]] || fail "facilitator.exe --smoke-test: exit code $LAST_RC"

step "facilitator.exe demo + export minutes"
run 120 wine "$EXE" demo 'C:\facilitator-test\Demo med mellanslag.facilitator'
expect_rc0 "facilitator.exe demo"
[[ -s "$WORK/Demo med mellanslag.facilitator" ]] || fail "demo wrote no file"
run 120 wine "$EXE" export minutes 'C:\facilitator-test\Demo med mellanslag.facilitator' --meeting 1 \
    --out 'C:\facilitator-test\protokoll.docx'
expect_rc0 "facilitator.exe export minutes"
python3 - "$WORK/protokoll.docx" <<'EOF' || fail "the minutes are not a Word document"
import sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as docx:
    text = docx.read("word/document.xml")
assert len(text) > 1000, len(text)
print(f"    protokoll.docx: {len(text)} bytes of document.xml")
EOF

step "silent uninstall (/S)"
# NSIS uninstallers copy themselves to %TEMP%, start that copy and return at once: wait for every
# Wine process INSIDE the pseudo-terminal (when `script` ends, the hang-up kills the copy, silently).
run 120 sh -c 'wine "$0" /S; rc=$?; wineserver -w; exit $rc' "$INSTDIR/uninstall.exe"
expect_rc0 "uninstall.exe /S"
[[ ! -e $INSTDIR ]] || fail "$INSTDIR still exists: $(find "$INSTDIR" | head -5 | tr '\n' ' ')"
[[ ! -e $LNK ]] || fail "the Start-menu shortcut is still there"
run 30 wine reg query "$UNINSTALL_KEY"
[[ $LAST_RC != 0 ]] || fail "$UNINSTALL_KEY is still there"
run 30 wine reg query 'HKCU\Software\Classes\Facilitator.Process'
[[ $LAST_RC != 0 ]] || fail "HKCU\\Software\\Classes\\Facilitator.Process is still there"

SIZE=$(stat -c %s "$INSTALLER")
STEP="figures"
echo "test.sh: ok: $(basename "$INSTALLER")"
echo "test.sh: installer $((SIZE / 1024 / 1024)) MB ($SIZE bytes, limit 50 MB), installed $((INSTALLED_KB / 1024)) MB" \
     "(limit 170 MB), silent install ${INSTALL_SECONDS} s, test $((SECONDS - START)) s"
(( SIZE <= 50 * 1024 * 1024 )) || fail "the installer is larger than 50 MB"
(( INSTALLED_KB <= 170 * 1024 )) || fail "the installed size is larger than 170 MB"
