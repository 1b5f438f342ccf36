"""The Windows installer, built on Linux: installed silently under Wine into a fresh prefix,
its files, Start-menu shortcut and registry entries (uninstall entry, .facilitator file type)
checked, the installed facilitator.exe's --version, --smoke-test, demo and export run, then
uninstalled silently and checked gone (packaging/windows/test.sh does the work and says which
step failed). Wine is not Windows: see the README for what this cannot show."""

from __future__ import annotations

import re
import shutil

import pytest

from .conftest import DIST, ROOT, built, megabytes, run, version


@pytest.mark.skipif(shutil.which("wine") is None, reason="Wine is not installed (tools/system-deps.sh package)")
def test_the_installer_installs_runs_and_uninstalls_under_wine(figure):
    installer = built(DIST / "windows" / f"Facilitator-{version()}-setup.exe")
    result = run(["bash", str(ROOT / "packaging" / "windows" / "test.sh"), str(installer)], cwd=ROOT)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-6000:]
    assert f"test.sh: ok: {installer.name}" in result.stdout
    assert "smoke test: ok" in result.stdout
    figure("Windows installer", megabytes(installer.stat().st_size))
    assert installer.stat().st_size <= 50 * 1024 * 1024
    installed = re.search(r"installed (\d+) MB", result.stdout)
    assert installed, result.stdout[-2000:]
    figure("Windows: installed size", f"{installed.group(1)} MiB")
    assert int(installed.group(1)) <= 170
    figure("Windows: install, run and uninstall under Wine", f"{result.seconds:.0f} s")
