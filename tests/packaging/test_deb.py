"""The .deb: installed into a bare Debian 12 root (debootstrap minbase) with apt, so a
missing dependency shows; there, as a new user from /tmp with a clean environment, the
smoke test, the demo and an export pass; the desktop file, icons, AppStream metainfo and
MIME type are where desktops look, the triggers run, and purging leaves nothing behind
(packaging/linux/test-deb.sh does the work and says which step failed)."""

from __future__ import annotations

import os
import re

import pytest

from .conftest import DIST, ROOT, built, folder_size, megabytes, run, version

BUNDLE = DIST / "pyinstaller" / "facilitator"


@pytest.mark.skipif(os.geteuid() != 0, reason="a bare Debian root needs root (debootstrap, chroot)")
def test_the_deb_installs_and_runs_on_a_bare_debian(figure):
    deb = built(DIST / f"facilitator_{version()}_amd64.deb")
    result = run(["bash", str(ROOT / "packaging" / "linux" / "test-deb.sh"), str(deb)], cwd=ROOT)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    assert "test-deb: ok" in result.stdout
    assert "facilitator --smoke-test: rc 0, smoke test: ok" in result.stdout
    figure(".deb", megabytes(deb.stat().st_size))
    found = re.search(r"Installed-Size (\d+) MB", result.stdout)
    if found:
        figure(".deb: installed size", f"{found.group(1)} MiB")
    figure(".deb: install, run and purge in a bare Debian root", f"{result.seconds:.0f} s")


def test_the_linux_bundle_stays_small(figure):
    size = folder_size(built(BUNDLE))
    figure("Linux bundle (dist/pyinstaller/facilitator)", megabytes(size))
    assert size <= 170_000_000, megabytes(size)
