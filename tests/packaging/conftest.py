"""`make package-test`: each built package in dist/ proven from outside the source tree, in a
clean environment. Every test here is marked ``package`` (kept out of `make test`); the
figures they measure are printed in one table at the end and kept in dist/package-figures.txt."""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "dist"
FIGURES: list[tuple[str, str]] = []


def pytest_collection_modifyitems(items):
    for item in items:
        if Path(str(item.fspath)).is_relative_to(Path(__file__).parent):
            item.add_marker(pytest.mark.package)


def pytest_terminal_summary(terminalreporter):
    if not FIGURES:
        return
    terminalreporter.section("package figures")
    lines = [f"{name:<58} {value}" for name, value in FIGURES]
    for line in lines:
        terminalreporter.write_line(line)
    if DIST.is_dir():
        (DIST / "package-figures.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.fixture
def figure():
    def record(name: str, value: str) -> None:
        FIGURES.append((name, value))

    return record


def version() -> str:
    import tomllib

    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def built(path: Path) -> Path:
    if not path.exists():
        pytest.fail(f"{path} has not been built: run `make package` first")
    return path


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    """What a new user's shell has: no venv, no PYTHONPATH, no developer settings."""
    env = {"HOME": str(home), "PATH": "/usr/local/bin:/usr/bin:/bin", "LANG": "C.UTF-8",
           "QT_QPA_PLATFORM": "offscreen"}
    env.update(extra)
    return env


def run(command: list[str], cwd: Path, env: dict[str, str] | None = None, timeout: float = 900):
    started = time.monotonic()
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    result.seconds = time.monotonic() - started
    return result


def megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


__all__ = ["DIST", "ROOT", "built", "clean_env", "folder_size", "megabytes", "os", "run", "version"]
