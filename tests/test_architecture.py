"""The layers keep to their places (ENGINEERING.md)."""

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_domain_storage_and_importers_load_without_qt():
    code = (
        "import sys, pkgutil, importlib, facilitator.domain, facilitator.storage, facilitator.importers\n"
        "for package in (facilitator.domain, facilitator.storage, facilitator.importers):\n"
        "    for info in pkgutil.iter_modules(package.__path__, package.__name__ + '.'):\n"
        "        importlib.import_module(info.name)\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_widgets_never_touch_sqlite():
    offenders = []
    for path in (ROOT / "facilitator" / "ui").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            if any(name.split(".")[0] in ("sqlite3", "sqlite_utils") for name in names):
                offenders.append(path.name)
    assert offenders == []


def test_the_window_asks_storage_and_writes_no_sql():
    """UI code may call the store's methods, never its database connection."""
    offenders = []
    for path in (ROOT / "facilitator" / "ui").rglob("*.py"):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if ".db." in line or ".db[" in line or ".conn." in line:
                offenders.append(f"{path.name}:{number}")
    assert offenders == []
