#!/usr/bin/env bash
# Fetches axe-core (pinned) into build/axe for the accessibility tests of the phone pages and
# the results site, once. Without npm or the registry the tests that need it say so and skip.
set -uo pipefail
cd "$(dirname "$0")/.."
AXE=build/axe/node_modules/axe-core/axe.min.js
[ -f "$AXE" ] && exit 0
if ! command -v npm >/dev/null 2>&1; then
  echo "axe: npm is missing; the accessibility tests will be skipped (tools/system-deps.sh test installs it)." >&2
  exit 0
fi
npm install --silent --no-audit --no-fund --prefix build/axe axe-core@4.14.1 \
  || echo "axe: axe-core could not be fetched; the accessibility tests will be skipped." >&2
exit 0
