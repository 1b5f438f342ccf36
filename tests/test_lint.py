"""The folders kept clean by ruff and mypy stay clean (issue 12).

Both tools read their settings from pyproject.toml; mypy keeps its cache in the repository's
.mypy_cache, so a second run takes about a second.
"""

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

#: Folders and modules (relative to the repository) that mypy must find clean: the domain,
#: storage and the application layer (the UI's Qt types are checked by Qt at run time).
CHECKED_PATHS = ["facilitator/domain", "facilitator/storage", "facilitator/actions", "facilitator/ui/session.py"]
#: ruff keeps the whole tree clean.
LINTED_PATHS = ["facilitator", "tests", "benchmarks", "packaging", "tools"]


def run_tool(module: str, *args: str) -> subprocess.CompletedProcess[str]:
    if importlib.util.find_spec(module) is None:
        pytest.skip(f"{module} is not installed (pip install -e '.[test]')")
    return subprocess.run(
        [sys.executable, "-m", module, *args], capture_output=True, text=True, cwd=ROOT, timeout=300
    )


def test_ruff_finds_nothing():
    result = run_tool("ruff", "check", "--output-format", "concise", *LINTED_PATHS)
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_finds_nothing():
    result = run_tool("mypy", *CHECKED_PATHS)
    assert result.returncode == 0, result.stdout + result.stderr
