#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages a part of Facilitator needs, only those missing.
#
#   tools/system-deps.sh qt         Python's venv and the libraries Qt needs (make run, make test)
#   tools/system-deps.sh test       + the tools some tests look through (LibreOffice Writer and
#                                     Calc, zbarimg, pdftoppm, Chromium, npm for axe-core); tests
#                                     that miss one are skipped
#   tools/system-deps.sh package    + what make package / package-test use (NSIS, Wine,
#                                     osslsigncode, desktop-file-utils, AppStream, debootstrap)
#
# Installs as root, or through sudo when it needs no password; otherwise says once what to
# install and exits 1 (2 for "qt" only, so make stops; the optional tools never stop it).
set -euo pipefail

QT=(python3-venv libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libxcb-icccm4 libxcb-keysyms1
    libxcb-cursor0 libxkbcommon-x11-0 libxcb-shape0 fonts-dejavu-core)
TEST=(zbar-tools poppler-utils libreoffice-writer-nogui libreoffice-calc-nogui chromium)
# npm fetches axe-core for the accessibility tests (tools/axe.sh); a Node.js from elsewhere will do.
command -v npm >/dev/null 2>&1 || TEST+=(npm)
PACKAGE=(binutils nsis wine wine64 osslsigncode desktop-file-utils appstream shared-mime-info debootstrap zstd file)

what="${1:-qt}"
case "$what" in
  qt) wanted=("${QT[@]}") ;;
  test) wanted=("${QT[@]}" "${TEST[@]}") ;;
  package) wanted=("${QT[@]}" "${PACKAGE[@]}") ;;
  *) echo "usage: $0 qt|test|package" >&2; exit 2 ;;
esac

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "system-deps: this is not a Debian or Ubuntu system; install the equivalents of: ${wanted[*]}" >&2
  [ "$what" = qt ] && exit 0  # pip's PySide6 may still work; Qt says so itself if a library is missing
  exit 0
fi

missing=()
for package in "${wanted[@]}"; do
  status=$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || true)
  [ "$status" = installed ] || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = 0 ]; then
  SUDO=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  SUDO=(sudo -n)
else
  echo "Facilitator needs these system packages: ${missing[*]}" >&2
  echo "Install them once with:  sudo apt-get install ${missing[*]}" >&2
  [ "$what" = qt ] && exit 1
  echo "(Going on without them; the tests or packages that need them will say so.)" >&2
  exit 0
fi

echo "system-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update -qq
if [ "$what" = qt ]; then
  "${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  # One by one, so a package this distribution lacks (chromium on Ubuntu is a snap) costs only itself.
  # Wine wants its recommended fonts and helpers; the test tools do without theirs.
  flags=(--no-install-recommends)
  [ "$what" = package ] && flags=()
  for package in "${missing[@]}"; do
    "${SUDO[@]}" apt-get install -y -qq "${flags[@]}" "$package" \
      || echo "system-deps: $package could not be installed; what needs it will be skipped or fail with a message." >&2
  done
fi
