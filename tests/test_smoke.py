"""`facilitator --smoke-test`: every step a coordinator will hit, and a clear failure naming
the step when one breaks (the packaged builds run it; see tests/packaging)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

STEPS = ("catalogue", "window", "demo", "minutes", "catalogue-doc", "printables", "list", "phones", "cleanup")


def smoke(tmp_path: Path, prelude: str = ""):
    code = prelude + "\nimport sys\nfrom facilitator.cli.main import main\nsys.exit(main(['--smoke-test']))\n"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(tmp_path)}
    return subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True,
                          timeout=120)


def test_every_step_passes_and_nothing_is_left_behind(tmp_path):
    result = smoke(tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    for step in STEPS:
        assert any(line.startswith(f"smoke test: {step}: ok") for line in lines), (step, result.stdout)
    assert lines[-1] == "smoke test: ok"
    assert "phones: ok (port" in result.stdout and "/s/style.css" in result.stdout
    assert list(tmp_path.iterdir()) == [], "the temporary folder must be removed"


def test_a_missing_template_fails_the_exports_and_names_them(tmp_path):
    prelude = (
        "from pathlib import Path\n"
        "import facilitator.export.docx_base as base\n"
        f"base.builtin_template = lambda: Path({str(tmp_path / 'gone.docx')!r})\n"
    )
    result = smoke(tmp_path, prelude)
    assert result.returncode == 1
    for step in ("minutes", "catalogue-doc", "printables"):
        assert f"smoke test: {step}: FAILED: the bundled Word template is missing" in result.stdout
    assert "smoke test: window: ok" in result.stdout and "smoke test: phones: ok" in result.stdout
    assert result.stdout.splitlines()[-1] == "smoke test: FAILED: minutes, catalogue-doc, printables"


def test_missing_phone_pages_fail_the_phones_step(tmp_path):
    prelude = (
        "from pathlib import Path\n"
        "import facilitator.share.server as server\n"
        f"server.web_dir = lambda: Path({str(tmp_path / 'no-web')!r})\n"
    )
    result = smoke(tmp_path, prelude)
    assert result.returncode == 1
    assert "smoke test: phones: FAILED" in result.stdout
    assert result.stdout.splitlines()[-1] == "smoke test: FAILED: phones"
